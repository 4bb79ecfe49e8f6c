"""The code pages of Windows: cp850 (the console's, in France) and cp1252 (files and pipes).
The screens choose ASCII glyphs there (bars, rules, arrows); what the content itself holds
and the code page lacks ("€" in cp850) is written as a stand-in, never a crash and never a
bare question mark."""

from __future__ import annotations

import io
import sys

import pytest

from rolequiz.base.textsafe import stand_in, stand_ins
from rolequiz.cli import output
from rolequiz.cli.choices import Format
from rolequiz.cli.guard import safe_streams
from rolequiz.cli.take import show_result
from rolequiz.content.load import load_content
from rolequiz.engine.scoring import score
from rolequiz.quiz import progress as prog
from rolequiz.quiz.keys import WindowsKeyReader
from rolequiz.quiz.session import Screen, Session

CODE_PAGES = ["cp850", "cp1252"]
# what the content and the words of the interface hold beyond cp850: the views' own glyphs
# are never among them
FROM_THE_TEXT = set("€–—“”‘’œŒ…")


class Console(io.StringIO):
    """A console whose code page is `encoding`, as the program sees it (not a terminal)."""

    def __init__(self, encoding: str):
        super().__init__()
        self._encoding = encoding

    @property
    def encoding(self) -> str:
        return self._encoding

    def isatty(self) -> bool:
        return False


@pytest.fixture(scope="module")
def content():
    return load_content()


def a_result(content, lang):
    scale = content.questions.scale.choices
    answers = {q.id: (scale[-1] if i % 3 == 0 else scale[1]).value
               for i, q in enumerate(content.questions.questions)}
    return score(content, answers, lang)


def lacking(text: str, encoding: str) -> set[str]:
    out = set()
    for ch in set(text):
        try:
            ch.encode(encoding)
        except UnicodeEncodeError:
            out.add(ch)
    return out


def check_for(text: str, encoding: str) -> str:
    """`text` as the console gets it; every character it lacks has a proper stand-in."""
    missing = lacking(text, encoding)
    assert missing <= FROM_THE_TEXT, missing - FROM_THE_TEXT
    assert all("?" not in stand_in(ch) for ch in missing)
    shown = text.encode(encoding, errors=stand_ins()).decode(encoding)
    assert shown.count("?") == text.count("?")
    return shown


@pytest.mark.parametrize("encoding", CODE_PAGES)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_results_printout(monkeypatch, content, encoding, lang):
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setattr(sys, "stdout", Console(encoding))
    assert output.ascii_only() is True
    show_result(content, a_result(content, lang), lang, Format.table)
    text = sys.stdout.getvalue()
    assert "█" not in text and "━" not in text and "#" in text  # ASCII bars and rules
    shown = check_for(text, encoding)
    if encoding == "cp850":
        assert "EUR" in shown  # the salaries
    if lang == "fr":
        assert "métier" in shown  # the accents stay: both code pages have them


@pytest.mark.parametrize("encoding", CODE_PAGES)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_first_question_screen(content, encoding, lang):
    out = Console(encoding)
    screen = Screen(out, color=False, width=80)
    assert screen.ascii_only is True
    session = Session(content, lang, prog.new(content.questions), WindowsKeyReader(), screen,
                      lambda p: None)
    screen.show(session.question_text(0))
    text = out.getvalue()
    # every character is in the code page, or has a stand-in (’ becomes ')
    from rolequiz.base.textsafe import stand_ins

    text.encode(encoding, errors=stand_ins())
    assert "←" not in text and "›" not in text
    assert ("Question 1 sur" if lang == "fr" else "Question 1 of") in text


def test_the_program_writes_stand_ins_to_a_cp850_console(monkeypatch, content):
    """Through the streams as the program sets them up: bytes of cp850, "EUR" for €."""
    raw = io.BytesIO()
    console = io.TextIOWrapper(raw, encoding="cp850", newline="\n")
    monkeypatch.setattr(sys, "stdout", console)
    monkeypatch.setattr(sys, "stderr", io.TextIOWrapper(io.BytesIO(), encoding="cp850"))
    monkeypatch.setenv("COLUMNS", "80")
    safe_streams()
    show_result(content, a_result(content, "fr"), "fr", Format.table)
    console.flush()
    text = raw.getvalue().decode("cp850")
    assert "EUR" in text and "Tes 3 métiers en tête" in text and "métier" in text
    assert "\u00a0:" in text  # the no-break space, which cp850 has


@pytest.mark.parametrize("text, shown", [
    ("40 000 € – 60 000 €", "40 000 EUR - 60 000 EUR"),
    ("« Explorer »", '" Explorer "'),
    ("You enjoy “data”", 'You enjoy "data"'),
    ("l’œil…", "l'oeil..."),
    ("Zoé Ørsted", "Zoe Orsted"),
    ("100\u202f%", "100 %"),
    ("█░ ━ ← → ›", "#. = <- -> >"),
    ("李明", "??"),
])
def test_stand_ins_read_the_same(text, shown):
    assert stand_in(text) == shown


def test_stand_ins_only_replace_what_the_code_page_lacks():
    text = "Ingénieur·e – 45 000 €, « bien » l’œil"
    assert text.encode("cp850", errors=stand_ins()).decode("cp850") == \
        "Ingénieur·e - 45 000 EUR, « bien » l'oeil"
    assert text.encode("cp1252", errors=stand_ins()).decode("cp1252") == text
    with pytest.raises(UnicodeDecodeError):  # an encoding handler, not a decoding one
        b"\xff".decode("utf-8", errors=stand_ins())
