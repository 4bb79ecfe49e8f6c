"""The single-key reader of Windows consoles, played on any system against a stand-in for
`msvcrt` (the module only Windows has): what each key becomes, and when it is chosen."""

from __future__ import annotations

import io
import os
import sys

import pytest
from quizcontent import QUESTION_IDS, write_content

from rolequiz.content.load import load_content
from rolequiz.quiz import keys
from rolequiz.quiz import progress as prog
from rolequiz.quiz.keys import LineReader, WindowsKeyReader, open_reader
from rolequiz.quiz.session import Quit, Screen, Session


class Console:
    """`msvcrt` as a Windows console shows it: getwch() gives one UTF-16 unit at a time;
    an extended key (arrows, Home...) gives "\\x00" or "\\xe0" first, then its scan code."""

    def __init__(self, *typed: str):
        self.queue = list("".join(typed))

    def getwch(self) -> str:
        assert self.queue, "the reader asked for more keys than were typed"
        return self.queue.pop(0)


@pytest.fixture
def console(monkeypatch):
    def typed(*chars: str) -> Console:
        fake = Console(*chars)
        monkeypatch.setitem(sys.modules, "msvcrt", fake)
        return fake

    return typed


def read_all(fake: Console) -> list[str]:
    reader = WindowsKeyReader()
    out = []
    with reader:
        while fake.queue:
            out.append(reader.read())
    return out


def test_a_windows_console_gives_single_keys_not_lines():
    assert WindowsKeyReader.line_mode is False


@pytest.mark.parametrize("typed, name", [
    *[(d, d) for d in "0123456789"],
    ("\r", "enter"),
    ("\n", "enter"),  # Ctrl-Enter
    ("\x08", "b"),  # Backspace
    ("\x1b", "esc"),
    (" ", "space"),
    ("B", "b"), ("s", "s"), ("Q", "q"), ("?", "?"),
    ("\u00b2", ""),  # the key left of 1 on a French keyboard: "²", a digit to isdigit()
    ("\u00e9", ""),  # é
    ("\u00e7", ""),  # ç
])
def test_each_key_has_its_name(console, typed, name):
    assert read_all(console(typed)) == [name]


@pytest.mark.parametrize("prefix", ["\x00", "\xe0"])
@pytest.mark.parametrize("code, name", [
    ("H", "up"), ("P", "down"), ("K", "left"), ("M", "right"),
    ("I", "pgup"), ("Q", "pgdn"), ("G", "home"), ("O", "end"),
])
def test_extended_keys_with_either_prefix(console, prefix, code, name):
    """The numeric keypad sends "\\x00", the grey keys "\\xe0" (and Windows Terminal
    "\\x00" for both): the same key either way."""
    assert read_all(console(prefix, code)) == [name]


@pytest.mark.parametrize("prefix", ["\x00", "\xe0"])
@pytest.mark.parametrize("code", [";", "S", "R", "\x86", "h"])  # F1, Delete, Insert, F12, ...
def test_an_extended_key_with_no_name_is_nothing_and_takes_its_code_along(console, prefix,
                                                                           code):
    fake = console(prefix, code, "3")
    assert read_all(fake) == ["", "3"]  # the code is not read as a key of its own


@pytest.mark.parametrize("typed, error", [
    ("\x03", KeyboardInterrupt),  # Ctrl-C
    ("\x1a", EOFError),  # Ctrl-Z, the end of input on Windows
    ("\x04", EOFError),  # Ctrl-D, as on POSIX
])
def test_control_keys_stop_the_reader(console, typed, error):
    console(typed, "1")
    with pytest.raises(error):
        WindowsKeyReader().read()
    assert sys.modules["msvcrt"].queue == ["1"]  # nothing read past the control key


def test_a_quiz_played_on_a_windows_console(console, tmp_path):
    """The session over the Windows reader: start, answer, go back with the arrow, change
    an answer, skip, a French keyboard's "²" ignored, quit with the answers kept."""
    files = write_content(tmp_path / "content")
    content = load_content(files["questions"], files["roles"])
    console("\r", "5", "\xe0K", "4", "\u00b2", "1", "s", "\x00M", "q")
    saves = []
    out = io.StringIO()
    session = Session(content, "fr", prog.new(content.questions), WindowsKeyReader(),
                      Screen(out, color=False, ascii_only=True, width=80),
                      lambda p: saves.append(dict(p.answers)))
    with pytest.raises(Quit):
        session.run()
    assert session.progress.answers == {QUESTION_IDS[0]: 4, QUESTION_IDS[1]: 1}
    assert session.progress.skipped == [QUESTION_IDS[2]]
    assert "Appuie sur 1-5" in out.getvalue()  # "²" got the hint, not a crash


# -- which reader open_reader() picks ------------------------------------------------------


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def reader_on(monkeypatch, system: str):
    """open_reader() as it runs on `system`, os.name put back before anything else runs."""
    monkeypatch.delenv("ROLEQUIZ_LINE_MODE", raising=False)
    monkeypatch.setattr(sys, "stdin", Terminal())
    with monkeypatch.context() as m:
        m.setattr(os, "name", system)
        reader = open_reader()
    assert os.name == ("nt" if sys.platform == "win32" else "posix")
    return reader


def test_open_reader_picks_single_keys_on_windows(monkeypatch, console):
    console()
    assert isinstance(reader_on(monkeypatch, "nt"), WindowsKeyReader)


def test_open_reader_falls_back_to_lines_without_msvcrt(monkeypatch):
    monkeypatch.setitem(sys.modules, "msvcrt", None)  # import msvcrt: ImportError
    assert isinstance(reader_on(monkeypatch, "nt"), LineReader)


def test_line_mode_and_pipes_win_over_the_windows_console(monkeypatch, console):
    console()
    monkeypatch.setattr(sys, "stdin", io.StringIO())  # a pipe: no terminal
    with monkeypatch.context() as m:
        m.setattr(os, "name", "nt")
        piped = open_reader()
        asked = keys.open_reader(line_mode=True)
    assert isinstance(piped, LineReader) and isinstance(asked, LineReader)
    monkeypatch.setenv("ROLEQUIZ_LINE_MODE", "1")
    monkeypatch.setattr(sys, "stdin", Terminal())
    with monkeypatch.context() as m:
        m.setattr(os, "name", "nt")
        by_env = open_reader()
    assert isinstance(by_env, LineReader)
