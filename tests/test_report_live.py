"""`rolequiz report --watch`, the live view on the projector: it fits the terminal, whatever
its size (the counts on top, the footer on the last line, a line saying how many
participants are not shown), is drawn again when the terminal is resized, and ends cleanly
however it is stopped: Ctrl-C, SIGTERM, or nobody reading its output any more."""

from __future__ import annotations

import io
import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from rich.cells import cell_len
from rich.console import Console

from rolequiz.cli.live import watch_loop
from rolequiz.content.load import load_content
from rolequiz.content.results import result_to_dict
from rolequiz.engine.scoring import ideal_answers, score
from rolequiz.group import manifest, participants, reader, report, store
from rolequiz.views.terminal.report import LiveReport, unclear_count

NBSP = "\u00a0"
STUDENTS = 25
UNCLEAR = 5  # every fifth student answers 3 everywhere: no preference
IN_PROGRESS = 2
COUNTS = f"Finished: {STUDENTS} · In progress: {IN_PROGRESS} · No clear preference: {UNCLEAR}"
FOOTER = r"Press Ctrl-C to stop\. Updated at \d\d:\d\d:\d\d; watching 2B"


@pytest.fixture
def classroom(tmp_path) -> Path:
    """A workshop of the built-in content (9 roles, 12 interests: a tall summary), 25
    results with names long enough to take a line each, and 2 quizzes in progress."""
    folder = tmp_path / "2B"
    manifest.init(folder, "Classe 2B")
    content = load_content()
    roles = content.roles.roles
    flat = {q.id: 3 for q in content.questions.questions}
    for i in range(STUDENTS):
        answers = flat if i % 5 == 4 else ideal_answers(content.questions, roles[i % len(roles)])
        store.save_result(folder, result_to_dict(score(content, answers, "en"), content),
                          f"Élève {i + 1:02d} du groupe du mardi matin")
    for name in ("Max", "Léa"):
        store.save_progress(folder, participants.participant(name), {"answers": {}})
    # the data is what the counts below say, read from the files themselves
    notes = [{n["code"] for n in json.loads(p.read_text(encoding="utf-8"))["notes"]}
             for p in folder.glob("eleve-*.json")]
    assert len(notes) == STUDENTS
    assert sum(bool(n & {"no_answers", "no_preference", "unclear_interests"})
               for n in notes) == UNCLEAR
    return folder


def live_lines(folder: Path, cols: int, rows: int, lang: str = "en") -> list[str]:
    data = report.build(reader.read_results([folder]), lang)
    buf = io.StringIO()
    Console(file=buf, width=cols, color_system=None, markup=False, emoji=False,
            highlight=False).print(LiveReport(data, rows, "FOOTER: Ctrl-C", "rolequiz report 2B"),
                                   crop=True)
    text = buf.getvalue()
    assert text.endswith("\n")
    return [line.rstrip() for line in text[:-1].split("\n")]


def shown_and_more(lines: list[str], more: str = r"… and (\d+) more: rolequiz report 2B") -> tuple[
        int, int]:
    """Participants whose line is on the screen, and the number the "more" line gives."""
    shown = sum(line.count("Élève ") for line in lines)  # a name, not the French header
    found = [m for line in lines if (m := re.fullmatch(more, line.rstrip()))]
    assert len(found) <= 1
    return shown, int(found[0].group(1)) if found else 0


# -- the view, fitted ----------------------------------------------------------------------


@pytest.mark.parametrize("cols, rows", [(100, 30), (100, 40), (100, 80), (80, 24), (60, 12),
                                        (40, 20), (100, 6), (30, 3), (100, 1)])
def test_the_view_fills_the_screen_exactly_with_the_footer_last(classroom, cols, rows):
    lines = live_lines(classroom, cols, rows)
    assert len(lines) == rows
    assert lines[-1].startswith("FOOTER")
    assert all(cell_len(line) <= cols for line in lines)
    if rows >= 3:
        assert lines[0] == "Classe 2B"
    if cols >= 60 and rows >= 3:
        assert lines[1] == COUNTS
    shown, more = shown_and_more(lines)
    if rows >= 6:
        assert shown + more == STUDENTS  # everyone is either on the screen or counted


def test_a_screen_tall_enough_shows_everyone_without_a_more_line(classroom):
    lines = live_lines(classroom, 100, 80)
    assert shown_and_more(lines) == (STUDENTS, 0)
    assert "Top matches" in lines and any(line.startswith("Average interests") for line in lines)


def test_a_short_screen_keeps_the_summary_and_cuts_the_list(classroom):
    lines = live_lines(classroom, 100, 30)
    shown, more = shown_and_more(lines)
    assert more > 0 and shown > 0
    text = "\n".join(lines)
    for heading in ("Top matches", "Average interests", "Roles that were nobody’s top match"):
        assert heading in text
    assert lines.index(next(x for x in lines if x.startswith("… and"))) == len(lines) - 2


def test_the_view_in_french(classroom):
    lines = live_lines(classroom, 100, 30, "fr")
    assert lines[1] == (f"Terminés{NBSP}: {STUDENTS} · En cours{NBSP}: {IN_PROGRESS} · Sans "
                        f"préférence nette{NBSP}: {UNCLEAR}")
    shown, more = shown_and_more(lines, rf"… et (\d+) autres{NBSP}: rolequiz report 2B")
    assert more > 0 and shown + more == STUDENTS


def test_names_and_titles_from_files_are_shown_escaped(tmp_path):
    """A name is text from a file: a control sequence in it is shown, never run."""
    folder = tmp_path / "2B"
    manifest.init(folder, "Classe\x1b[2J 2B")
    content = load_content()
    flat = {q.id: 3 for q in content.questions.questions}
    for i in range(30):
        store.save_result(folder, result_to_dict(score(content, flat, "en"), content),
                          f"\x1b]0;pwned\x07Zoé\u202e{i}")
    for rows in (12, 60):
        text = "\n".join(live_lines(folder, 100, rows))
        assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text
        assert "Classe\\x1b[2J 2B" in text
        if rows == 60:
            assert "\\x1b]0;pwned\\x07Zoé\\u202e1" in text


def test_unclear_follows_each_participants_own_mark_when_there_is_one():
    """A `clear` mark on a participant wins over the notes (read defensively: a report
    without marks counts the notes)."""
    people = [SimpleNamespace(clear=False, notes=()),
              SimpleNamespace(clear=True, notes=("no_preference",)),
              SimpleNamespace(notes=("unclear_interests",)),
              SimpleNamespace(notes=("weak_fit",)),
              SimpleNamespace(clear=None, notes=None)]
    fake = SimpleNamespace(groups=[SimpleNamespace(people=people)])
    assert unclear_count(fake) == 2


def test_the_loop_stops_when_nobody_reads_any_more():
    slept = []
    assert watch_loop(lambda: True, lambda: None, sleep=slept.append, gone=lambda: True) == 1
    assert slept == []


# -- the real program in a terminal ------------------------------------------------------

pexpect = pytest.importorskip("pexpect")
pyte = pytest.importorskip("pyte")
posix_only = pytest.mark.skipif(os.name != "posix", reason="pseudo-terminals are POSIX")

sys.path.insert(0, str(Path(__file__).parent))
from terminal import spawn  # noqa: E402


class Visible:
    """What a terminal of `cols` x `rows` shows of everything written to it."""

    def __init__(self, cols: int, rows: int):
        self.screen = pyte.Screen(cols, rows)
        self.stream = pyte.Stream(self.screen)

    def write(self, text: str) -> None:
        self.stream.feed(text)

    def flush(self) -> None:
        pass

    def lines(self) -> list[str]:
        return [line.rstrip() for line in self.screen.display]

    def resize(self, cols: int, rows: int) -> None:
        self.screen.resize(rows, cols)


def environment(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    for var in ("ROLEQUIZ_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "COLUMNS",
                "LINES"):
        env.pop(var, None)
    env.update(NO_COLOR="1", TERM="xterm", ROLEQUIZ_STATE_DIR=str(tmp_path / "state"),
               PYTHONIOENCODING="utf-8")
    return env


def watch(folder: Path, cols: int, rows: int):
    child = spawn(sys.executable, ["-m", "rolequiz", "report", folder.name, "--watch"],
                  env=environment(folder.parent), dimensions=(rows, cols),
                  cwd=str(folder.parent))
    seen = Visible(cols, rows)
    child.logfile_read = seen
    return child, seen


@posix_only
def test_the_live_view_fits_100x30_and_redraws_at_100x40(classroom):
    child, seen = watch(classroom, 100, 30)
    child.expect(FOOTER)  # the last thing a frame draws
    lines = seen.lines()
    assert re.fullmatch(FOOTER, lines[-1]), lines
    assert lines[0] == "Classe 2B" and lines[1] == COUNTS
    shown, more = shown_and_more(lines)
    assert more > 0 and shown + more == STUDENTS, lines
    assert seen.screen.cursor.hidden

    seen.resize(100, 40)
    child.setwinsize(40, 100)
    child.expect(FOOTER)
    lines = seen.lines()
    assert len(lines) == 40
    assert re.fullmatch(FOOTER, lines[-1]), lines
    assert lines[1] == COUNTS
    shown_40, more_40 = shown_and_more(lines)
    assert shown_40 > shown and shown_40 + more_40 == STUDENTS, lines

    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert not seen.screen.cursor.hidden
    assert "Traceback" not in child.before


@posix_only
def test_sigterm_gives_the_cursor_back(classroom):
    child, seen = watch(classroom, 100, 30)
    child.expect(FOOTER)
    assert seen.screen.cursor.hidden
    child.kill(signal.SIGTERM)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, (child.exitstatus, child.signalstatus)
    assert not seen.screen.cursor.hidden
    assert "Traceback" not in child.before


@posix_only
@pytest.mark.parametrize("lines", [5, 1])
def test_piped_into_head_it_ends_without_a_traceback(classroom, lines):
    """head reads its lines and goes away: the watch must notice and end (exit code 0,
    nothing on stderr) instead of running forever."""
    watcher = subprocess.Popen([sys.executable, "-m", "rolequiz", "report", "2B", "--watch"],
                               cwd=classroom.parent, env=environment(classroom.parent),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    head = subprocess.Popen(["head", f"-{lines}"], stdin=watcher.stdout,
                            stdout=subprocess.PIPE)
    watcher.stdout.close()  # head alone reads it now
    out = head.communicate(timeout=60)[0].decode("utf-8")
    try:
        code = watcher.wait(timeout=60)  # a safety net: it ends within a second or two
    finally:
        if watcher.poll() is None:
            watcher.kill()
            watcher.wait()
        err = watcher.stderr.read()
        watcher.stderr.close()
    assert out.splitlines()[0] == "Classe 2B" and len(out.splitlines()) == lines
    assert code == 0
    assert err == b""
