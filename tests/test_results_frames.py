"""The results browser's frames, drawn without a terminal: exactly what each screen holds
at 40, 80 and 200 columns (stored renders), what every key does, saving, leaving, and line
mode. The real program in a pseudo-terminal is tests/test_results_browser.py."""

from __future__ import annotations

import dataclasses
import io
import os
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rolequiz.base.errors import SaveError
from rolequiz.cli.browse import CLEAR, Browser, _free_name
from rolequiz.content.load import load_content
from rolequiz.content.models import Note
from rolequiz.engine.scoring import score

EXPECTED = Path(__file__).parent / "expected"
UPDATE = os.environ.get("ROLEQUIZ_UPDATE_EXPECTED") == "1"
CONTENT = load_content()


def likes(liked: set[str], disliked: set[str] = frozenset()) -> dict[str, int]:
    out = {}
    for q in CONTENT.questions.questions:
        dim = next(iter(q.weights))
        out[q.id] = 5 if dim in liked else 1 if dim in disliked else 3
    return out


def result(lang: str = "en", kind: str = "clear"):
    if kind == "flat":
        return score(CONTENT, {q.id: 3 for q in CONTENT.questions.questions}, lang)
    r = score(CONTENT, likes({"data", "stats"}, {"hardware"}), lang)
    if kind == "adaptive":
        note = Note("adaptive", "Adaptive quiz: 17 of 48 questions asked.")
        r = dataclasses.replace(r, notes=(note,), adaptive=True, asked=17)
    return r


class Reader:
    """Keys (or lines) given in advance."""

    def __init__(self, keys, line_mode=False):
        self.keys, self.line_mode = list(keys), line_mode

    def read(self):
        if not self.keys:
            raise EOFError
        return self.keys.pop(0)


def browser(lang="en", kind="clear", cols=80, rows=24, **kw):
    kw.setdefault("code", "k3xq9z")
    return Browser(result(lang, kind), CONTENT, io.StringIO(), kw.pop("reader", None),
                   color=kw.pop("color", False), size=lambda: (cols, rows), **kw)


def frame(b: Browser) -> list[str]:
    text = b.frame()
    assert text.startswith(CLEAR)
    return text.removeprefix(CLEAR).split("\n")


def check_expected(name: str, text: str) -> None:
    path = EXPECTED / name
    if UPDATE or not path.exists():
        if not UPDATE:
            pytest.fail(f"{path} is missing; run with ROLEQUIZ_UPDATE_EXPECTED=1 to create it")
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{name} changed"


@pytest.mark.parametrize("cols, rows", [(40, 20), (80, 24), (200, 40)])
@pytest.mark.parametrize("lang, kind", [("en", "clear"), ("fr", "clear"), ("en", "flat"),
                                        ("fr", "adaptive")])
def test_the_first_screen_as_stored(lang, kind, cols, rows):
    check_expected(f"summary-{lang}-{kind}-{cols}x{rows}.txt",
                   "\n".join(frame(browser(lang, kind, cols, rows))) + "\n")


@pytest.mark.parametrize("kind", ["clear", "flat", "adaptive"])
def test_the_first_screen_in_colour_as_stored(monkeypatch, kind):
    """Bold for the verdict and the first role, colours for the marks: as the student sees."""
    monkeypatch.delenv("NO_COLOR", raising=False)
    check_expected(f"summary-en-{kind}-80x24-colour.txt",
                   "\n".join(frame(browser(kind=kind, color=True))) + "\n")


def test_a_top_3_with_two_tied_roles_is_still_shown():
    base = result()
    a, b, c = base.matches[:3]
    tied = (a, dataclasses.replace(b, score=a.score, rank=1), c)
    lines = frame(Browser(dataclasses.replace(base, matches=tied + base.matches[3:]), CONTENT,
                          io.StringIO(), None, color=False, size=lambda: (80, 24)))
    # the ranking is shown whenever the top 3 do not all score the same
    assert sum(1 for line in lines if re.match(r"[123]\. ", line)) == 3


def test_no_code_no_code_line_and_ascii_marks():
    lines = frame(browser(code=None, ascii_only=True))
    text = "\n".join(lines)
    assert lines[0].startswith("Your results - Answered 48 of 48")
    assert "code" not in text.lower()
    assert "·" not in text and "█" not in text and " | " in text and "#" in text


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["en", "fr"]), st.integers(40, 160), st.integers(16, 60))
def test_every_frame_fills_the_screen_exactly_and_never_splits_a_number(lang, cols, rows):
    b = browser(lang, cols=cols, rows=rows)
    for key in ["", "1", "c", "space", "i", "r", "enter"]:
        if key:
            b.handle(key)
        lines = frame(b)
        assert len(lines) == rows
        assert all(len(line) <= cols for line in lines)
        for a, c in zip(lines, lines[1:], strict=False):
            assert not (re.search(r"\d$", a.rstrip()) and re.match(r"\s*(%|sur 100)", c)), (a, c)


def test_each_key_opens_its_view_and_enter_comes_back():
    b = browser()
    names = [m.name for m in b.result.matches]
    heads = {"r": "Roles, closest match first", "i": "Your interests (50 = neutral)",
             "c": "Your top 3 compared"}
    for key, head in heads.items():
        assert b.handle(key) is True
        assert frame(b)[0] == head
        for back in ("enter", "b", "esc", "left", "space"):
            b.handle(key)
            b.handle(back) if back != "space" else None
        b.handle("enter")
        assert frame(b)[0].startswith("Your results")
    for rank in (1, 5, 9):
        b.handle(str(rank))
        assert frame(b)[0].startswith(f"{rank}. {names[rank - 1]}: "), frame(b)[0]
    before = frame(b)
    b.handle("0")  # no role at rank 0: nothing changes
    assert frame(b) == before
    assert b.handle("q") is False


def test_a_tall_view_scrolls_line_by_line_page_by_page_and_to_either_end():
    b = browser(rows=20)
    b.handle("c")
    first = frame(b)
    assert "lines 1–" in "\n".join(first)
    b.handle("down")
    assert frame(b)[0] == first[1]
    b.handle("j")
    assert frame(b)[0] == first[2]
    b.handle("up")
    b.handle("k")
    assert frame(b) == first
    b.handle("space")
    page = frame(b)
    assert page[0] == first[b.room - 1]  # a page on, the last line stays in view
    b.handle("pgdn")
    b.handle("pgup")
    assert frame(b) == page
    b.handle("end")
    end = "\n".join(frame(b))
    total = re.search(r"of (\d+)", end).group(1)
    assert re.search(rf"lines \d+–{total} of {total}", end)
    b.handle("home")
    assert frame(b) == first
    b.handle("up")  # never above the top
    assert frame(b) == first


def test_the_first_screen_scrolls_only_when_even_its_shortest_form_is_too_tall():
    b = browser(cols=40, rows=20)
    first = frame(b)
    assert "lines 1–" not in "\n".join(first)
    for key in ("down", "space", "end", "j"):
        b.handle(key)
    assert frame(b) == first  # it fits: nothing moves
    small = browser(cols=40, rows=10)
    top = frame(small)
    assert "lines 1–" in "\n".join(top)
    small.handle("down")
    assert frame(small)[0] == top[1]


def test_the_scroll_position_tells_the_lines_on_screen_even_past_the_end():
    b = browser()
    b.handle("c")
    frames = []
    for _ in range(8):
        b.handle("space")
        frames.append("\n".join(frame(b)))
    first, end, total = map(int, re.search(r"lines (\d+)–(\d+) of (\d+)", frames[-1]).groups())
    assert end == total and end - first + 1 == b.room  # the last page, whole
    assert frames[-1] == frames[-2]  # more Space changes nothing


def test_save_writes_a_new_file_never_over_one_and_is_offered_once(tmp_path, monkeypatch):
    saved = []

    def save(path: Path) -> None:
        saved.append(path)

    (tmp_path / "my-result.json").write_text("{}")
    monkeypatch.chdir(tmp_path)
    b = browser(save=save, again=lambda p: ["rolequiz", "results", str(p)])
    assert "s save" in frame(b)[-1]
    b.handle("s")
    assert saved == [Path("my-result-2.json")]
    lines = frame(b)
    assert "Saved to my-result-2.json." in "\n".join(lines)
    assert "s save" not in "\n".join(lines)
    b.handle("s")  # once saved: said where, not saved again
    assert saved == [Path("my-result-2.json")]
    assert "Already saved to my-result-2.json." in "\n".join(frame(b))


def test_a_save_that_fails_says_why_and_can_be_tried_again(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)

    def save(path: Path) -> None:
        raise SaveError("disk full")

    b = browser(save=save)
    b.handle("s")
    assert "Could not save: disk full" in "\n".join(frame(b))
    assert "s save" in "\n".join(frame(b))


def test_free_names_count_up_and_skip_links(tmp_path):
    base = tmp_path / "r.json"
    assert _free_name(base) == base
    base.write_text("x")
    (tmp_path / "r-2.json").symlink_to(tmp_path / "nowhere")
    assert _free_name(base) == tmp_path / "r-3.json"


def test_leaving_prints_the_first_screen_and_how_to_see_it_again():
    b = browser(again=lambda p: ["rolequiz", "results", "--state-dir", "/a b"])
    b.run_reader = None
    b.leave()
    out = b.out.getvalue()
    assert out.startswith(CLEAR) and "Closest match" in out and "k3xq9z" in out
    assert out.rstrip().endswith("Show it again:\n  rolequiz results --state-dir '/a b'")


def test_run_draws_until_q_and_a_resize_while_waiting_draws_again():
    keys = ["c", "down", "q"]
    b = browser(reader=Reader(keys))
    b.run()
    frames = b.out.getvalue().split(CLEAR)[1:]
    assert len(frames) == 4  # the first screen, c, down, then the one left on leaving
    assert frames[1].startswith("Your top 3 compared")
    b.waiting = True
    with pytest.raises(Exception) as e:
        b._resized()
    assert type(e.value).__name__ == "_Resized"
    b.waiting = False
    b._resized()
    assert b.resized


def test_line_mode_prints_each_view_whole_and_asks_for_the_next(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    saved = []
    b = browser(reader=Reader(["i", "x", "2", "s", "q"], line_mode=True),
                save=saved.append, again=lambda p: ["rolequiz", "results", str(p)])
    b.run()
    out = b.out.getvalue()
    assert CLEAR not in out
    assert out.count("Type 1-9 (role card), c, r, i, s or q, then Enter:") == 4
    assert out.count("Type 1-9 (role card), c, r, i or q, then Enter:") == 1  # saved
    assert "Your interests (50 = neutral)" in out
    assert "c: compare your top 3 · r: all roles" in out  # after x: the keys explained
    assert f"2. {b.result.matches[1].name}: " in out
    assert saved == [Path("my-result.json")] and "Saved to my-result.json." in out
    assert out.rstrip().endswith("Show it again:\n  rolequiz results my-result.json")


def test_line_mode_ends_on_end_of_input():
    b = browser(reader=Reader(["r"], line_mode=True))
    b.run()
    assert "Roles, closest match first" in b.out.getvalue()


NAME = st.text(st.characters(codec="utf-8", categories=("L", "N", "Zs", "P")), min_size=1,
               max_size=60).filter(lambda x: x.strip())


@settings(max_examples=40, deadline=None)
@given(st.lists(NAME, min_size=3, max_size=3), st.integers(24, 140),
       st.lists(st.integers(0, 1000), min_size=3, max_size=3, unique=True))
def test_the_top_3_lines_up_at_any_width_and_never_cuts_a_name(names, width, scores):
    """Rank, name, score and bar: scores right-aligned in one column, a bar only where it
    has room (6 cells and more), a long name folded, never cut, never past the width."""
    from rich.console import Console

    from rolequiz.content.models import Match
    from rolequiz.views.terminal.summary import RANK, SCORE, summary_view

    scores = sorted((x / 10 for x in scores), reverse=True)
    base = result()
    matches = tuple(Match(i + 1, f"r{i}", n, sc, ()) for i, (n, sc) in
                    enumerate(zip(names, scores, strict=True)))
    r = dataclasses.replace(base, matches=matches, notes=())
    con = Console(width=width, file=io.StringIO(), color_system=None, emoji=False,
                  markup=False, highlight=False)
    con.print(summary_view(r, CONTENT, reasons=0, info=True))
    lines = con.file.getvalue().splitlines()
    assert all(len(line) <= width for line in lines)
    rows = [i for i, line in enumerate(lines) if re.match(r"\d\. ", line)]
    assert len(rows) == 3
    flat = " ".join(" ".join(lines).split())
    from rich.cells import cell_len

    room = width - RANK - SCORE - 2  # a word wider than this is folded over lines
    for m in matches:
        for word in m.name.split():
            assert (word if cell_len(word) <= room // 2 else word[:room // 4]) in flat

    longest = max(cell_len(n) for n in names)
    with_bar = width - RANK - longest - SCORE - 3 >= 6  # a bar narrower than 6 says little
    ends = set()
    for i, m in zip(rows, matches, strict=True):
        line = lines[i]
        text = f"{m.score:.1f}"
        assert text in line
        ends.add(cell_len(line[:line.index(text)]) + len(text))  # in cells: wide letters
        assert ("░" in line or "█" in line) == with_bar
    assert len(ends) == 1  # one column of scores


# -- whole sessions, as stored: every frame a sequence of keys draws -------------------------

SEPARATOR = "\n" + "=" * 20 + "\n"


@pytest.mark.parametrize("lang, cols, rows, ascii_only", [
    ("en", 80, 24, False), ("fr", 40, 20, True), ("fr", 100, 30, False)])
def test_a_session_of_keys_as_stored(lang, cols, rows, ascii_only):
    b = browser(lang, cols=cols, rows=rows, ascii_only=ascii_only)
    frames = []
    for key in ["", "1", "4", "c", "space", "pgdn", "end", "up", "home", "r", "i", "enter"]:
        if key:
            b.handle(key)
        frames.append("\n".join(frame(b)))
    check_expected(f"browse-{lang}-{cols}x{rows}{'-ascii' if ascii_only else ''}.txt",
                   SEPARATOR.join(frames) + "\n")


def test_a_line_mode_session_as_stored(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    b = browser("fr", reader=Reader(["", "i", "x", "2", "s", "s", "c", "b", "q"],
                                    line_mode=True),
                save=lambda p: None, again=lambda p: ["rolequiz", "results", str(p)])
    b.run()
    check_expected("browse-fr-line-mode.txt", b.out.getvalue())


@pytest.mark.parametrize("cols, rows", [(80, 24), (40, 20)])
def test_leaving_as_stored(cols, rows):
    b = browser("en", "adaptive", cols, rows,
                again=lambda p: ["rolequiz", "results", "--state-dir", "/tmp/a b"])
    b.leave()
    check_expected(f"browse-leave-{cols}x{rows}.txt", b.out.getvalue())


TRIES = [(2, 2, 2), True], [(2, 1, 1), True], [(1, 1, 1), True], [(1, 1, 1), False], \
    [(1, 1, 0), False], [(1, 0, 0), False], [(0, 0, 0), False]


@pytest.mark.parametrize("cols", [40, 80])
def test_the_first_screen_keeps_what_fits_in_this_order(cols):
    """Two reasons a role, then fewer from the third role up, then the adaptive note, then
    none: the richest form that leaves room for the key line."""
    from rolequiz.views.terminal.summary import summary_view

    r = result("en", "adaptive")
    for rows in range(10, 45):
        b = Browser(r, CONTENT, io.StringIO(), None, color=False, code="k3xq9z",
                    size=lambda rows=rows: (cols, rows))
        room = rows - len(b.keys(cols, 0, rows))
        expected = None
        for reasons, info in TRIES:
            lines = b.lines(summary_view(r, CONTENT, reasons=reasons, info=info,
                                         code="k3xq9z"), cols)
            expected = lines
            if len(lines) <= room:
                break
        if len(expected) <= room:
            assert frame(b)[:len(expected)] == expected, (cols, rows)
        else:  # too small even without reasons: it scrolls, from the top
            shown = frame(b)
            assert shown[0] == expected[0] and "lines 1–" in "\n".join(shown), (cols, rows)


def test_a_role_missing_from_the_roles_files_has_no_card():
    base = result()
    ghost = dataclasses.replace(base.matches[0], role="ghost-role", name="Ghost")
    b = Browser(dataclasses.replace(base, matches=(ghost, *base.matches[1:])), CONTENT,
                io.StringIO(), None, color=False, size=lambda: (80, 24))
    b.handle("1")
    text = "\n".join(frame(b))
    assert text.startswith("1. Ghost: ")
    assert "No card for this role in the roles file." in text


def test_the_terminal_size_has_a_floor(monkeypatch):
    import shutil

    from rolequiz.cli import browse

    monkeypatch.setattr(shutil, "get_terminal_size", lambda fallback: os.terminal_size((9, 3)))
    assert browse._terminal_size() == (20, 8)
    monkeypatch.setattr(shutil, "get_terminal_size",
                        lambda fallback: os.terminal_size((132, 43)))
    assert browse._terminal_size() == (132, 43)


@pytest.mark.parametrize("stdin, stdout, term, expected", [
    (True, True, "xterm", True), (False, True, "xterm", False), (True, False, "xterm", False),
    (True, True, "dumb", False)])
def test_the_browser_needs_a_person_at_a_terminal(monkeypatch, stdin, stdout, term, expected):
    import sys

    from rolequiz.cli import browse

    class Stream(io.StringIO):
        def __init__(self, tty):
            super().__init__()
            self.tty = tty

        def isatty(self):
            return self.tty

    monkeypatch.setattr(sys, "stdin", Stream(stdin))
    monkeypatch.setattr(sys, "stdout", Stream(stdout))
    monkeypatch.setenv("TERM", term)
    assert browse.possible() is expected


@pytest.mark.parametrize("problem, just_saved", [(None, False), ("disk full", False),
                                                 (None, True)])
def test_browse_opens_the_reader_says_what_happened_and_leaves_the_result(
        monkeypatch, tmp_path, problem, just_saved):
    import contextlib
    import sys

    from rolequiz.cli import browse as module
    from rolequiz.cli.suggest import Origin
    from rolequiz.quiz import keys

    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setattr(module, "_terminal_size", lambda: (80, 24))
    reader = Reader(["s", "q"])
    monkeypatch.setattr(keys, "open_reader", lambda line_mode=False:
                        contextlib.nullcontext(reader))
    monkeypatch.chdir(tmp_path)
    saved = tmp_path / "mine.json" if just_saved else None
    origin = Origin(lang="en", saved_to=saved, last_result=True)
    module.browse(CONTENT, result(), origin, code="k3xq9z", just_saved=just_saved,
                  problem=problem)
    text = out.getvalue()
    first = text.split(CLEAR)[1]
    if problem:
        assert "disk full" in first
    elif just_saved:
        assert "".join(f"Result saved to {saved}".split()) in "".join(first.split())
        assert "Already saved to" in text.split(CLEAR)[2]  # s: no second file
    else:
        assert (tmp_path / "my-result.json").exists()  # s saved it here
    last = text.split(CLEAR)[-1].replace(" \\\n    ", " ")  # a continued command joined
    assert "Closest match" in last and "k3xq9z" in last
    again = f"rolequiz results {saved}" if just_saved else "rolequiz results my-result.json"
    assert last.rstrip().endswith(again)
