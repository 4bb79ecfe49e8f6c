"""The keyboard and the terminal (security.md, cases 28, 29, 30): Ctrl-Z then `fg`,
Ctrl-S, a byte that starts no UTF-8 character, scales of 10 and 11 choices.

Keys are written into a pseudo-terminal before they are read, so what the reader makes of
them never depends on when they arrive; the quiz itself is driven by what it shows
(tests/terminal.py)."""

from __future__ import annotations

import json
import os
import sys
import termios
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")

from terminal import leave_results, spawn  # noqa: E402

from rolequiz.quiz.keys import PosixKeyReader  # noqa: E402

ANSWERS = Path(__file__).resolve().parent.parent / "examples" / "maker.yaml"

pytestmark = pytest.mark.skipif(os.name != "posix", reason="pseudo-terminals are POSIX")


@pytest.fixture
def pty():
    master, slave = os.openpty()
    yield master, slave
    os.close(master)
    os.close(slave)


def keys_read(master: int, slave: int, typed: bytes, n: int) -> list[str]:
    """The keys the reader makes of `typed`, written once single keys are set: the
    terminal treats what arrives before by its earlier settings."""
    typed += b"xyz"  # more than any reader could eat: a wrong one is wrong, never stuck
    with PosixKeyReader(slave) as reader:
        os.write(master, typed)
        arrived(slave, len(typed))
        return [reader.read() for _ in range(n)]


def arrived(fd: int, n: int) -> None:
    """Wait until the terminal holds `n` bytes for the reader: what the reader makes of
    them then never depends on how fast the system passes them on."""
    import array
    import fcntl
    import time

    waiting = array.array("i", [0])
    while True:
        fcntl.ioctl(fd, termios.FIONREAD, waiting)
        if waiting[0] >= n:
            return
        time.sleep(0.001)


# -- bytes that start no character (case 29) ---------------------------------------------------


@pytest.mark.parametrize("lead", [b"\xe9", b"\xf0", b"\xc3", b"\xe9\xa9", b"\xbf", b"\xff"])
def test_a_byte_that_starts_no_character_never_eats_the_next_keys(pty, lead):
    """A Latin-1 keyboard sends é as 0xE9; what follows is the student's next keys."""
    master, slave = pty
    assert keys_read(master, slave, lead + b"1s2q", 5) == ["", "1", "s", "2", "q"]


@pytest.mark.parametrize("char", ["é", "€", "😀"])
def test_a_whole_character_is_one_key_with_no_meaning(pty, char):
    master, slave = pty
    assert keys_read(master, slave, char.encode("utf-8") + b"3", 2) == ["", "3"]


# -- flow control (case 28) ----------------------------------------------------------------------


def test_flow_control_is_off_while_keys_are_read_and_back_after(pty):
    """Ctrl-S would freeze the screen until Ctrl-Q: while the quiz runs it is a key like
    any other (with no meaning), and the terminal gets its own setting back after."""
    master, slave = pty
    mode = termios.tcgetattr(slave)
    mode[0] |= termios.IXON
    termios.tcsetattr(slave, termios.TCSANOW, mode)
    with PosixKeyReader(slave) as reader:
        assert not termios.tcgetattr(slave)[0] & termios.IXON
        os.write(master, b"\x13\x111")  # with IXON, the terminal would keep \x13 and \x11
        arrived(slave, 3)
        assert [reader.read() for _ in range(3)] == ["\x13", "\x11", "1"]
    assert termios.tcgetattr(slave)[0] & termios.IXON


# -- Ctrl-Z, then fg (case 28) -------------------------------------------------------------------


def quiz_in_a_shell(tmp_path: Path, mini) -> pexpect.spawn:
    """The quiz as a job of an interactive shell, so that Ctrl-Z stops it and `fg` brings
    it back, as at a student's terminal."""
    env = dict(os.environ, NO_COLOR="1", TERM="xterm", PS1="$ ",
               ROLEQUIZ_STATE_DIR=str(tmp_path / "state"), PYTHONIOENCODING="utf-8")
    for var in ("ROLEQUIZ_LANG", "LANGUAGE", "LC_ALL", "LANG", "ROLEQUIZ_LINE_MODE"):
        env.pop(var, None)
    shell = spawn("bash", ["--norc", "--noprofile", "-i"], env=env)
    shell.expect_exact("$ ")
    shell.sendline(f"{sys.executable} -m rolequiz quiz --questions {mini['questions']} "
                   f"--roles {mini['roles']} --save {tmp_path / 'r.json'}")
    shell.expect("Press Enter to start")
    shell.send("\r")
    shell.expect("Question 1 of 2")
    shell.expect(r"\? help")
    return shell


def test_ctrl_z_gives_the_shell_its_terminal_and_fg_brings_the_quiz_back(tmp_path, mini):
    shell = quiz_in_a_shell(tmp_path, mini)
    shell.send("\x1a")  # Ctrl-Z
    shell.expect("Stopped")
    shell.expect_exact("$ ")
    shell.sendline("fg")
    shell.expect("Question 1 of 2")  # drawn again over what the shell wrote
    shell.expect(r"\? help")
    shell.send("5")  # a single key, no Enter: single keys again
    shell.expect("Question 2 of 2")
    shell.expect(r"\? help")
    shell.send("1")
    shell.expect("see your results")
    shell.send("\r")
    shell.expect("q quit")  # the results browser, single keys too
    shell.send("q")
    shell.expect_exact("$ ")
    shell.sendline("echo END-$?")  # the quiz's exit code, as `fg` gives it
    shell.expect("END-0")
    shell.sendline("exit")
    shell.expect(pexpect.EOF)
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert data["answers"] == {"q1": 5, "q2": 1}


# -- scales of 10 and 11 choices (case 30) ---------------------------------------------------


def scale_content(tmp_path: Path, n: int) -> tuple[Path, Path]:
    lines = ["schema: rolequiz.questions/1", "scale:"]
    lines += [f'  - {{value: {v}, label: "{v}"}}' for v in range(n)]  # 0 to n-1
    lines += ["dimensions:", "  - {id: data, name: Data}", "  - {id: hardware, name: HW}",
              "questions:", "  - {id: q1, text: Explore, weights: {data: 1}}",
              "  - {id: q2, text: Solder, weights: {hardware: 1}}"]
    questions = tmp_path / "q.yaml"
    questions.write_text("\n".join(lines) + "\n", encoding="utf-8")
    roles = tmp_path / "r.yaml"
    roles.write_text("schema: rolequiz.roles/1\nroles:\n"
                     "  - {id: analyst, name: Analyst, profile: {data: 1}}\n"
                     "  - {id: maker, name: Maker, profile: {hardware: 1}}\n",
                     encoding="utf-8")
    return questions, roles


def play(tmp_path: Path, n: int, keys: list[str]) -> tuple[dict, str]:
    questions, roles = scale_content(tmp_path, n)
    saved = tmp_path / "r.json"
    env = dict(os.environ, NO_COLOR="1", TERM="xterm", ROLEQUIZ_STATE_DIR=str(tmp_path / "s"),
               PYTHONIOENCODING="utf-8")
    env.pop("ROLEQUIZ_LINE_MODE", None)
    child = spawn(sys.executable, ["-m", "rolequiz", "quiz", "--questions", str(questions),
                                   "--roles", str(roles), "--save", str(saved)], env=env)
    child.expect("Press Enter to start")
    child.send("\r")
    screens = ""
    for i, key in enumerate(keys, start=1):
        child.expect(f"Question {i} of 2")
        child.expect(r"\? help")
        screens += child.before
        child.send(key)
    child.expect("see your results")
    child.send("\r")
    leave_results(child)
    child.close()
    return json.loads(saved.read_text(encoding="utf-8"))["answers"], screens


def test_ten_choices_are_ten_single_keys(tmp_path):
    answers, screens = play(tmp_path, 10, ["0", "9"])
    assert answers == {"q1": 9, "q2": 8}  # the tenth choice (its value is 9), the ninth
    assert "0  9" in screens


def test_eleven_choices_are_typed_each_with_its_own_number(tmp_path):
    """1-9 and 0 cannot tell eleven choices apart: such a scale is answered in line mode,
    the number typed, then Enter; every choice has a number of its own."""
    answers, screens = play(tmp_path, 11, ["11\r", "10\r"])
    assert answers == {"q1": 10, "q2": 9}
    shown = [line.split() for line in screens.splitlines()]
    keys = [row[0] for row in shown if len(row) == 2 and row[0] != row[1]
            and row[0].isdecimal()]
    assert keys[:11] == [str(k) for k in range(1, 12)]


def test_ctrl_z_on_the_live_report_gives_the_cursor_back_and_fg_draws_it_again(tmp_path,
                                                                                runner):
    from conftest import ROOT, run_cli

    folder = tmp_path / "W"
    assert run_cli(runner, "workshop", "init", folder, "--title", "Group", "--open").exit_code == 0
    assert run_cli(runner, "quiz", "--answers", ROOT / "examples" / "maker.yaml",
                   "--workshop", folder, "--name", "Zoé").exit_code == 0
    env = dict(os.environ, NO_COLOR="1", TERM="xterm", PS1="$ ")
    shell = spawn("bash", ["--norc", "--noprofile", "-i"], env=env, cwd=str(tmp_path))
    shell.expect_exact("$ ")
    shell.sendline(f"{sys.executable} -m rolequiz report W --watch")
    shell.expect("Ctrl-C to stop")  # the footer: the last thing a frame draws
    shell.send("\x1a")
    shell.expect_exact("\x1b[?25h")  # the cursor, shown again for the shell
    shell.expect("Stopped")
    shell.expect_exact("$ ")
    shell.sendline("fg")
    shell.expect_exact("\x1b[?25l")
    shell.expect("Ctrl-C to stop")  # drawn again at once, with no change in the folder
    shell.sendintr()
    shell.expect_exact("\x1b[?25h")
    shell.expect_exact("$ ")
    shell.sendline("exit")
    shell.expect(pexpect.EOF)


# -- SIGTERM and SIGHUP outside the quiz: the terminal put back ----------------------------------


def _terminal_after(child, signum: int) -> list[int]:
    """The terminal's settings once the program has been stopped by `signum` (read on the
    pseudo-terminal's master side, which shares them)."""

    child.kill(signum)
    child.expect(pexpect.EOF)
    child.wait()
    assert child.exitstatus == 128 + signum, (child.exitstatus, child.signalstatus)
    assert "Traceback" not in child.before
    return termios.tcgetattr(child.child_fd)


@pytest.fixture
def sealed_here(tmp_path):
    env = dict(os.environ, ROLEQUIZ_STATE_DIR=str(tmp_path / "state"), NO_COLOR="1")
    for args in (["workshop", "init", "S", "--title", "Sealed"],
                 ["quiz", "--answers", str(ANSWERS), "--save", "r.json"]):
        child = spawn(sys.executable, ["-m", "rolequiz", *args], cwd=tmp_path, env=env)
        child.expect(pexpect.EOF)
        child.wait()
        assert child.exitstatus == 0, child.before
    return tmp_path, env


@pytest.mark.parametrize("signame", ["SIGTERM", "SIGHUP"])
def test_a_signal_at_the_passphrase_prompt_gives_the_echo_back(sealed_here, signame):
    import signal

    where, env = sealed_here
    child = spawn(sys.executable, ["-m", "rolequiz", "workshop", "key", "export", "S",
                                   "--output", "k.key"], cwd=where, env=env)
    child.expect("Passphrase: ")
    assert not termios.tcgetattr(child.child_fd)[3] & termios.ECHO  # the prompt's own
    lflag = _terminal_after(child, getattr(signal, signame))[3]
    assert lflag & termios.ECHO and lflag & termios.ICANON
    assert not (where / "k.key").exists()


@pytest.mark.parametrize("signame", ["SIGTERM", "SIGHUP"])
def test_a_signal_in_the_results_browser_gives_the_terminal_back(sealed_here, signame):
    import signal

    where, env = sealed_here
    child = spawn(sys.executable, ["-m", "rolequiz", "results", "r.json"], cwd=where, env=env)
    child.expect("q quit")
    assert not termios.tcgetattr(child.child_fd)[3] & termios.ICANON  # single keys
    attrs = _terminal_after(child, getattr(signal, signame))
    assert attrs[3] & termios.ECHO and attrs[3] & termios.ICANON
    assert attrs[0] & termios.IXON  # flow control as it was
