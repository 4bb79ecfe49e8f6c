"""Handouts (`rolequiz report DIR --handouts`): one printed page per student, saying what
their result says, in the report's language, on one side of A4 and on a phone."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest
from conftest import run_cli

from rolequiz.content.cards import card, merge_sources
from rolequiz.content.load import load_content
from rolequiz.content.results import result_to_dict
from rolequiz.engine.scoring import ideal_answers, score
from rolequiz.group import manifest, reader, report, store
from rolequiz.views.handouts import handouts_to_html

HOSTILE = "<script>alert(1)</script> [bold]Zoé[/] \x1b[2J\u202eevil"


class _Page(HTMLParser):
    """The tags, the text of each handout, and every id."""

    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.sections: list[list[str]] = []
        self.ids: list[str] = []
        self._in = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.append(attrs["id"])
        if tag == "section" and attrs.get("class") == "handout":
            self.sections.append([])
            self._in = True

    def handle_endtag(self, tag):
        if tag == "section":
            self._in = False

    def handle_data(self, data):
        if self._in and data.strip():
            self.sections[-1].append(data.strip())


def parse(page: str) -> _Page:
    p = _Page()
    p.feed(page)
    return p


@pytest.fixture(scope="module")
def builtin():
    return load_content()


def answers(content, kind):
    """The built-in content (its roles have sources), answered for what each shows: a
    data analyst's own answers (clear), the same answer everywhere (no preference), five
    answers of 48 (few answers)."""
    ids = [q.id for q in content.questions.questions]
    if kind == "clear":
        return ideal_answers(content.questions, content.roles.role("data-analyst"))
    return dict.fromkeys(ids, 3) if kind == "flat" else dict.fromkeys(ids[:5], 5)


@pytest.fixture
def ws(tmp_path, builtin):
    folder = tmp_path / "2B"
    manifest.init(folder, "Classe 2B")  # the built-in content, copied
    for name, kind in (("Zoé", "clear"), ("Léo", "flat"), ("Émile", "few")):
        data = result_to_dict(score(builtin, answers(builtin, kind), "en"), builtin)
        store.save_result(folder, data, name)
    return folder


def build(folder, lang="en", **kw):
    return report.build(reader.read_results([folder]), lang, **kw)


def page_of(folder, lang="en", **kw) -> str:
    r = build(folder, lang, **kw)
    return handouts_to_html(r, report.handouts(r))


def saved(folder, stem):
    return json.loads((folder / f"{stem}.json").read_text(encoding="utf-8"))


def test_one_page_per_student_on_a4_a_sheet_each_and_a_phone_too(ws):
    page = page_of(ws)
    p = parse(page)
    assert len(p.sections) == 3
    assert [s[0] for s in p.sections] == ["Émile", "Léo", "Zoé"]  # the report's order
    assert "@page{size:A4" in page
    assert ".handout{break-after:page;page-break-after:always}" in page
    assert ".handout:last-of-type{break-after:auto" in page  # no blank sheet at the end
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert "@media (max-width:40rem)" in page
    assert len(p.ids) == len(set(p.ids)), "an id twice on one page"
    assert "script" not in p.tags


def test_a_page_says_what_the_result_says(ws, builtin):
    data = saved(ws, "zoe")
    text = parse(page_of(ws)).sections[2]
    assert text[0] == "Zoé" and text[1].startswith("Classe 2B")
    assert "This result is clear." in text
    top = data["matches"][:3]
    for m in top:  # the top 3 with their scores, and every reason of each
        assert f"{m['rank']}. {m['name']} —" in " ".join(text)
        assert f"{m['score']:.1f}/100" in text
        for r in m["reasons"]:
            assert r["text"] in text
    # interests highest first, "50 = neutral" said in the heading
    i = text.index("Your interests (50 = neutral)")
    names = {d.id: d.name.get("en") for d in builtin.questions.dimensions}
    order = sorted(data["profile"], key=lambda d: -data["profile"][d])
    shown = [x for x in text[i + 1:] if x in names.values()]
    assert shown == [names[d] for d in order]
    # the sources of the three roles' cards, numbered once for the page
    cards = [card(builtin, builtin.roles.role(m["role"]), "en") for m in top]
    sources = [s["title"] for s in merge_sources(cards)]
    listed = " ".join(text[text.index("Sources") + 1:])
    at = [listed.find(title) for title in sources]
    assert sources and -1 not in at and at == sorted(at)
    page = page_of(ws)
    for hint in ("rolequiz show", "rolequiz compare", "rolequiz results", "--"):
        assert hint not in page, hint


def test_an_unclear_result_says_why_and_what_the_student_read(ws):
    text = parse(page_of(ws)).sections[1]  # Léo: the same answer everywhere
    assert "This result is unclear: no clear preference." in text
    assert "Keep in mind" in text
    notes = [n["text"] for n in saved(ws, "leo")["notes"]]
    assert notes and all(n in text for n in notes)
    few = parse(page_of(ws)).sections[0]
    assert any(x.startswith("This result is unclear: few answers") for x in few)


def test_in_french_every_word_is_french_the_reasons_too(ws, builtin):
    """The results were taken in English: their reasons are said again in French from their
    figures, word for word as a French result says them; the notes' English sentences are
    left out (the short French words say why)."""
    text = parse(page_of(ws, "fr")).sections
    zoe, leo = text[2], text[1]
    assert "Ce résultat est clair." in zoe and "Tes intérêts (50 = neutre)" in zoe
    french = score(builtin, answers(builtin, "clear"), "fr")
    for m in french.matches[:3]:
        assert f"{m.score:.1f}".replace(".", ",") + "/100" in zoe
        for r in m.reasons:
            assert r.text in zoe
    assert "Ce résultat est incertain\u00a0: pas de préférence nette." in leo
    english = [n["text"] for n in saved(ws, "leo")["notes"]]
    assert not any(n in leo for n in english) and "À lire avec prudence" not in leo
    assert '<html lang="fr">' in page_of(ws, "fr")


def test_a_hostile_name_is_shown_never_run(ws, builtin):
    data = result_to_dict(score(builtin, {}, "en"), builtin)
    store.save_result(ws, data, HOSTILE)
    page = page_of(ws)
    p = parse(page)
    assert "script" not in p.tags
    assert "\x1b" not in page and "\u202e" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; [bold]Zoé[/] \\x1b[2J\\u202eevil" in page
    assert len(p.sections) == 4


def test_anonymized_pages_name_nobody(ws):
    page = page_of(ws, anonymize=True)
    for name in ("Zoé", "Léo", "Émile", "zoe.json"):
        assert name not in page
    codes = [saved(ws, stem)["participant"]["code"] for stem in ("zoe", "leo", "emile")]
    assert sorted(s[0] for s in parse(page).sections) == sorted(codes)


def test_without_the_content_at_hand_there_are_no_sources(tmp_path, mini):
    content = load_content(mini["questions"], mini["roles"])
    store.save_result(tmp_path, result_to_dict(score(content, {"q1": 5}, "en"), content), "A")
    page = page_of(tmp_path)
    assert "Sources" not in page and len(parse(page).sections) == 1


def test_a_result_gone_since_the_report_was_read_still_gets_its_page(ws):
    r = build(ws)
    (ws / "zoe.json").unlink()
    [zoe] = [s for s in parse(handouts_to_html(r, report.handouts(r))).sections
             if s[0] == "Zoé"]
    first = r.groups[0].people[2].top[0]
    assert f"1. {first[1]} —" in " ".join(zoe)


def test_no_results_no_pages(tmp_path):
    page = page_of(tmp_path)
    assert not parse(page).sections and "No results yet." in page


# -- on the command line -------------------------------------------------------------------


def test_handouts_are_written_where_asked(runner, ws, tmp_path):
    out = tmp_path / "handouts.html"
    r = run_cli(runner, "report", ws, "--handouts", "--output", out)
    assert r.exit_code == 0, r.output
    assert r.stderr.strip() == f"Handouts for 3 students written to {out}"
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and len(parse(page).sections) == 3
    r = run_cli(runner, "report", ws, "--handouts", "--format", "html", "--lang", "fr")
    assert r.exit_code == 0 and "Fiches" not in r.stderr
    assert len(parse(r.stdout).sections) == 3 and "Ce résultat est" in r.stdout


@pytest.mark.parametrize("args", [["--format", "csv"], ["--format", "json"], ["--watch"]])
def test_handouts_are_html_to_print(runner, ws, args):
    r = run_cli(runner, "report", ws, "--handouts", *args)
    assert r.exit_code == 2
    assert "--handouts writes an HTML page to print" in r.stderr


# -- in a browser ------------------------------------------------------------------------

PHONE = 390  # CSS pixels: a common phone's width
A4 = (595.28, 841.89)  # points


@pytest.fixture(scope="module")
def browser():
    from browser import Browser, chromium

    executable = chromium()
    if executable is None:
        pytest.skip("Chromium is not installed: the pages are not checked in a browser")
    try:
        b = Browser(executable)
    except (OSError, RuntimeError, TimeoutError) as e:  # a wrapper without its browser
        pytest.skip(f"Chromium ({executable}) did not start: {e}")
    with b:
        yield b


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_each_student_prints_on_one_a4_sheet_and_reads_on_a_phone(browser, ws, builtin,
                                                                  tmp_path, lang):
    """The longest pages there are: a long name, two notes, the most reasons, sources."""
    from browser import pdf_page_sizes

    for role in builtin.roles.roles:
        data = result_to_dict(score(builtin, ideal_answers(builtin.questions, role), "en"),
                              builtin)
        store.save_result(ws, data, f"Marie-Charlotte de La Tour d'Auvergne-{role.id}")
    path = tmp_path / "handouts.html"
    path.write_text(page_of(ws, lang), encoding="utf-8")
    students = 3 + len(builtin.roles.roles)
    browser.open(path, PHONE)
    assert browser.scroll_width() <= PHONE
    browser.open(path, 1280)
    sizes = pdf_page_sizes(browser.pdf())
    assert len(sizes) == students
    assert all((w, h) == pytest.approx(A4, abs=1.0) for w, h in sizes), sizes
