"""The documents as a reader gets them: the result page and the group report laid out by a
real browser at a phone's width (390 px) without sideways scrolling, role ids never broken,
every page printed on A4; and the SVG picture holding every line it draws.

The browser checks need Chromium (tests/browser.py drives it); they are skipped where it is
not installed (`apt-get install chromium`).
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

import pytest
from browser import Browser, chromium, pdf_page_sizes
from conftest import ROOT, run_cli

from rolequiz.content.load import load_content
from rolequiz.content.results import result_to_dict
from rolequiz.engine.scoring import score
from rolequiz.group import manifest, reader, report, store
from rolequiz.views.html import result_to_html
from rolequiz.views.report_html import to_html as report_to_html

PHONE = 390  # CSS pixels: a common phone's width
A4 = (595.28, 841.89)  # points
EXAMPLES = ROOT / "examples"


def _answers(name: str) -> dict[str, int]:
    from rolequiz.content.answers import load_answers

    return load_answers(EXAMPLES / f"{name}.yaml", load_content().questions)


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, Path]:
    """The documents to look at, written as files: a clear result and an unclear one (every
    answer in the middle of the scale) in both languages, and a group report in both."""
    folder = tmp_path_factory.mktemp("pages")
    content = load_content()
    clear = _answers("data-curious")
    flat = {q.id: 3 for q in content.questions.questions}
    out: dict[str, Path] = {}
    for lang in ("en", "fr"):
        for kind, answers in (("clear", clear), ("unclear", flat)):
            result = score(content, answers, lang)
            path = out[f"result-{kind}-{lang}"] = folder / f"result-{kind}-{lang}.html"
            path.write_text(result_to_html(result, content), encoding="utf-8")

    # a workshop of long role names, a long hyphenated participant name and a file skipped
    # with its whole (long) path shown: all of it has to fit a phone
    workshop = folder / "workshop-with-a-rather-long-folder-name-for-the-class" / "2B"
    manifest.init(workshop, "Classe 2B", *_default_files())
    people = [("Marie-Charlotte Lefebvre-Dumont", clear), ("Tom", _answers("maker")),
              ("Léo", flat), ("Sam", _answers("automation-fan"))]
    for name, answers in people:
        store.save_result(workshop, result_to_dict(score(content, answers, "en"), content),
                          name)
    (workshop / "a-copy-of-someone's-result-saved-by-hand (2).json").write_text(
        "not json", encoding="utf-8")
    for lang in ("en", "fr"):
        built = report.build(reader.read_results([workshop]), lang)
        path = out[f"report-{lang}"] = folder / f"report-{lang}.html"
        path.write_text(report_to_html(built), encoding="utf-8")
    return out


def _default_files() -> tuple[Path, Path]:
    from rolequiz.content.load import default_paths

    return default_paths()


@pytest.fixture(scope="module")
def browser():
    executable = chromium()
    if executable is None:
        pytest.skip("Chromium is not installed: the pages are not checked in a browser")
    try:
        b = Browser(executable)
    except (OSError, RuntimeError, TimeoutError) as e:  # a wrapper without its browser
        pytest.skip(f"Chromium ({executable}) did not start: {e}")
    with b:
        yield b


PAGES = ["result-clear-en", "result-unclear-en", "result-clear-fr", "result-unclear-fr",
         "report-en", "report-fr"]


@pytest.mark.parametrize("name", PAGES)
def test_no_sideways_scrolling_on_a_phone(browser, pages, name):
    browser.open(pages[name], PHONE)
    assert browser.evaluate("window.innerWidth") == PHONE  # laid out as a phone would
    assert browser.scroll_width() <= PHONE


@pytest.mark.parametrize("name", PAGES)
def test_ids_and_hyphenated_names_are_never_broken_at_their_hyphens(browser, pages, name):
    """An id like cyber-physical-engineer is one thing to type, and "Cyber-Physical" or
    "Marie-Charlotte" one word: each on one line."""
    browser.open(pages[name], PHONE)
    broken = browser.evaluate(
        "Array.from(document.querySelectorAll('.id, .nw'))"
        ".filter(e => e.getClientRects().length > 1).map(e => e.textContent)")
    assert broken == []
    kept = browser.evaluate("Array.from(document.querySelectorAll('.id, .nw'))"
                            ".map(e => e.textContent)")
    # the longest id, or a long hyphenated name, was there to be checked
    assert ("cyber-physical-engineer" if name.startswith("result")
            else "Marie-Charlotte") in kept


@pytest.mark.parametrize("name", PAGES)
def test_every_page_prints_on_a4(browser, pages, name):
    browser.open(pages[name], 1280)
    sizes = pdf_page_sizes(browser.pdf())
    assert sizes, "no page found in the PDF"
    for width, height in sizes:
        assert (width, height) == pytest.approx(A4, abs=1.0), sizes


# -- the SVG picture of the terminal view (no browser needed) -----------------------------

SVG = "{http://www.w3.org/2000/svg}"


class Picture:
    """What an SVG of rich's draws: its height, the frame its text is clipped to (top and
    height), the clip paths it defines, and each visible text: baseline, words, clip path."""

    def __init__(self, svg: str):
        root = ElementTree.fromstring(svg)
        self.height = float(root.get("viewBox").split()[3])
        self.clips = {c.get("id") for c in root.iter(f"{SVG}clipPath")}
        frame = next(c for c in root.iter(f"{SVG}clipPath")
                     if c.get("id").endswith("clip-terminal"))
        self.frame_height = float(frame.find(f"{SVG}rect").get("height"))
        group = next(g for g in root.iter(f"{SVG}g")
                     if (g.get("clip-path") or "").endswith("clip-terminal)"))
        self.frame_top = float(
            re.search(r"translate\(\s*[\d.]+\s*,\s*([\d.]+)", group.get("transform"))[1])
        self.lines: list[tuple[float, str, str]] = []
        for text in group.iter(f"{SVG}text"):
            if (text.text or "").strip():
                clip = re.fullmatch(r"url\(#(.+)\)", text.get("clip-path") or "")
                self.lines.append((float(text.get("y")), text.text.replace("\xa0", " "),
                                   clip[1] if clip else ""))


DESCENT = 6.0  # px below the baseline a 20 px monospace font draws ("_", "p", "g")


@pytest.mark.parametrize("args", [
    ["quiz", "--answers", EXAMPLES / "data-curious.yaml"],
    ["compare", "data-analyst", "data-scientist"],
    ["compare", "data-analyst", "data-scientist", "--lang", "fr"],
    ["show", "data-analyst"],
], ids=["quiz", "compare", "compare-fr", "show"])
def test_the_svg_holds_every_line_it_draws(runner, monkeypatch, args):
    monkeypatch.setenv("COLUMNS", "80")
    out = run_cli(runner, *args, "--format", "svg")
    assert out.exit_code == 0, out.output
    picture = Picture(out.stdout)
    assert len(picture.lines) > 20
    last = max(y for y, _, _ in picture.lines)
    # the last line's descenders inside the frame, and the frame inside the picture
    assert last + DESCENT <= picture.frame_height
    assert picture.frame_top + picture.frame_height <= picture.height
    # every line is clipped to a clip path the picture defines (a viewer may drop a line
    # whose clip path is missing)
    assert all(clip in picture.clips for _, _, clip in picture.lines)


def test_the_svg_legend_breaks_between_its_phrases(runner, monkeypatch):
    """At 80 columns the comparison's legend does not fit on one line: each phrase gets
    its own line, neither is cut in two."""
    monkeypatch.setenv("COLUMNS", "80")
    out = run_cli(runner, "compare", "data-analyst", "data-scientist", "--format", "svg")
    texts = [text.strip() for _, text, _ in Picture(out.stdout).lines]
    assert "▲ the role that needs it most, on the rows where these roles differ most" in texts
    assert "= every role here has it" in texts
