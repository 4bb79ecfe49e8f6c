"""The real program in a pseudo-terminal: single keys, going back, skipping, Ctrl-C and
--resume, signals, line mode. Each final result is compared with the --answers run."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")

from quizcontent import QUESTION_IDS, write_answers, write_content  # noqa: E402
from terminal import leave_results  # noqa: E402
from terminal import spawn as spawn_in_terminal  # noqa: E402

pytestmark = pytest.mark.skipif(os.name != "posix", reason="pseudo-terminals are POSIX")

LEFT, RIGHT = "\x1b[D", "\x1b[C"


@pytest.fixture
def files(tmp_path):
    return write_content(tmp_path / "content")


@pytest.fixture
def state(tmp_path):
    return tmp_path / "state"


def child_env(state: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    for var in ("ROLEQUIZ_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG",
                "ROLEQUIZ_LINE_MODE", "COLUMNS", "LINES"):
        env.pop(var, None)
    env.update(NO_COLOR="1", TERM="xterm", ROLEQUIZ_STATE_DIR=str(state),
               PYTHONIOENCODING="utf-8")
    env.update(extra)
    return env


def spawn(files, state, *args: str, **env: str):
    argv = ["-m", "rolequiz", "quiz", "--questions", str(files["questions"]),
            "--roles", str(files["roles"]), *args]
    return spawn_in_terminal(sys.executable, argv, env=child_env(state, **env))


def question(child, n: int, total: int = 6) -> None:
    child.expect(f"Question {n} of {total}")
    child.expect(r"\? help")  # the whole screen is drawn: keys may come


def start(child) -> None:
    child.expect("Press Enter to (start|continue)")
    child.send("\r")


def finish(child, *, done_shown: bool = False, browser: bool = True) -> str:
    """To the results; with `browser` (stdout is the terminal), leave them with q."""
    if not done_shown:
        child.expect("That’s all the questions!")
    child.expect("see your results")
    child.send("\r")
    if browser:
        shown = leave_results(child)
    else:
        child.expect(pexpect.EOF)
        shown = child.before
    child.close()
    return shown


def json_of_answers(tmp_path, files, answers: dict[str, int], lang: str = "en") -> str:
    path = write_answers(tmp_path / "given.yaml", answers)
    out = subprocess.run(
        [sys.executable, "-m", "rolequiz", "quiz", "--answers", str(path), "--format", "json",
         "--lang", lang, "--questions", str(files["questions"]), "--roles", str(files["roles"])],
        capture_output=True, text=True, encoding="utf-8", timeout=120,
        env=child_env(tmp_path / "other-state"),
    )
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_single_keys_back_change_and_skip_give_the_same_json(tmp_path, files, state):
    saved = tmp_path / "result.json"
    child = spawn(files, state, "--save", str(saved))
    child.expect("6 questions, about 1 min")
    start(child)
    question(child, 1)
    child.send("5")
    question(child, 2)
    child.send("b")  # back: the previous answer is shown
    question(child, 1)
    assert "5  Very much   (your answer)" in child.before
    child.send("4")  # ... and changed
    question(child, 2)
    child.send("1")
    question(child, 3)
    child.send("s")  # skip
    question(child, 4)
    child.send(LEFT)  # the arrow goes back too
    question(child, 3)
    assert "(skipped)" in child.before
    child.send(RIGHT)  # nothing to keep: stays, with a hint
    child.expect("Press 1-5 to answer")
    child.send("s")
    question(child, 4)
    child.send("2")
    question(child, 5)
    child.send("5")
    question(child, 6)
    child.send("4")
    child.expect("You answered 5 of 6 questions")
    child.expect(re.escape("1 question skipped (number 3)"))
    out = finish(child, done_shown=True)
    assert child.exitstatus == 0, out
    assert "Closest match: Data Analyst" in out

    expected = {"explore-table": 4, "solder-board": 1, "build-robot": 2, "draw-charts": 5,
                "teach-others": 4}
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["answers"] == expected
    assert saved.read_text(encoding="utf-8") == json_of_answers(tmp_path, files, expected)
    # finished: no progress left behind, the last result kept for `rolequiz results`
    assert not (state / "progress.json").exists()
    assert (state / "last-result.json").read_text(encoding="utf-8") == saved.read_text(
        encoding="utf-8")


def test_ctrl_c_halfway_then_resume_and_finish(tmp_path, files, state):
    child = spawn(files, state)
    start(child)
    for n, key in enumerate("524", start=1):
        question(child, n)
        child.send(key)
    question(child, 4)
    child.sendintr()
    child.expect("Quiz paused: 3 of 6 questions answered")
    child.expect(r"Resume with:\s+rolequiz quiz --resume")  # whole, on its own line
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    progress = json.loads((state / "progress.json").read_text(encoding="utf-8"))
    assert progress["schema"] == "rolequiz.progress/1"
    assert progress["answers"] == {"explore-table": 5, "solder-board": 2, "present-results": 4}

    saved = tmp_path / "result.json"
    child = spawn(files, state, "--resume", "--save", str(saved))
    child.expect("Welcome back: 3 of 6 questions already answered")
    # coming back, the first digit typed answers the next question (none is lost)
    child.expect(r"Press Enter to continue, or answer the next question \(1-5\); q to quit")
    child.send("1")
    for n, key in zip((5, 6), "35", strict=True):  # from the first unanswered question
        question(child, n)
        assert "Question 1 of 6" not in child.before
        child.send(key)
    finish(child)
    assert child.exitstatus == 0
    answers = dict(zip(QUESTION_IDS, (5, 2, 4, 1, 3, 5), strict=True))
    assert saved.read_text(encoding="utf-8") == json_of_answers(tmp_path, files, answers)


def test_q_saves_and_quits_with_0_and_a_new_start_asks_first(files, state):
    child = spawn(files, state)
    start(child)
    question(child, 1)
    child.send("3")
    question(child, 2)
    child.send("q")
    child.expect("Quiz paused: 1 of 6 questions answered")
    child.expect("Resume with:")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0

    child = spawn(files, state)  # no --resume: it asks
    child.expect("You have an unfinished quiz")
    child.expect("q: quit")
    child.send("r")
    start(child)
    question(child, 2)
    child.send("q")
    child.expect(pexpect.EOF)
    child.close()

    child = spawn(files, state)
    child.expect("q: quit")
    child.send("n")  # start over
    start(child)
    question(child, 1)
    assert "(your answer)" not in child.before
    child.sendcontrol("d")  # Ctrl-D: the same as Ctrl-C
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
def test_signals_keep_the_progress(files, state, sig):
    child = spawn(files, state)
    start(child)
    question(child, 1)
    child.send("4")
    question(child, 2)
    child.kill(sig)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130, (child.exitstatus, child.signalstatus)
    progress = json.loads((state / "progress.json").read_text(encoding="utf-8"))
    assert progress["answers"] == {"explore-table": 4}
    assert progress["position"] == 1


def test_line_mode_types_answers_then_enter(tmp_path, files, state):
    saved = tmp_path / "result.json"
    child = spawn(files, state, "--save", str(saved), ROLEQUIZ_LINE_MODE="1")
    child.expect("Type your choice, then press Enter")
    child.sendline("")
    answers = [2, 3, 4, 5, 1, 2]
    for n, value in enumerate(answers, start=1):
        question(child, n)
        child.expect("> ")
        child.sendline(str(value))
    child.expect("That’s all the questions!")
    child.expect("> ")
    child.sendline("b")  # back from the end to the last question
    question(child, 6)
    child.expect("> ")
    child.sendline("")  # Enter keeps the answer shown
    child.expect("That’s all the questions!")
    child.expect("> ")
    child.sendline("")
    child.expect("then Enter:")  # the results, one view at a time
    child.sendline("q")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    expected = dict(zip(QUESTION_IDS, answers, strict=True))
    assert saved.read_text(encoding="utf-8") == json_of_answers(tmp_path, files, expected)


def test_french_everywhere(tmp_path, files, state):
    child = spawn(files, state, LANG="fr_FR.UTF-8")
    child.expect("6 questions, environ 1\u00a0min")
    child.expect("Appuie sur Entrée pour commencer")
    child.send("\r")
    child.expect("Question 1 sur 6")
    child.expect("Explorer un grand tableau de chiffres")
    child.expect(r"\? aide")
    child.send("?")
    child.expect("Touches")
    child.expect("revenir à la question")
    child.send("x")
    child.expect("Question 1 sur 6")
    child.expect(r"\? aide")
    child.send("q")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert "Quiz en pause" not in child.before  # nothing answered: nothing to resume
    assert "Rien à enregistrer" in child.before


def test_corrupt_progress_is_kept_aside_and_reported(files, state):
    state.mkdir(parents=True)
    (state / "progress.json").write_text('{"schema": "rolequiz.progress/1", "answ', "utf-8")
    child = spawn(files, state)
    child.expect(r"could\s+not\s+be\s+read\s+\(not\s+valid\s+JSON")
    child.expect(r"It\s+was\s+kept\s+as\s+progress\.json\.corrupt-")
    start(child)
    question(child, 1)
    child.send("2")
    question(child, 2)
    child.send("q")
    child.expect(pexpect.EOF)
    child.close()
    kept = list(state.glob("progress.json.corrupt-*"))
    assert len(kept) == 1
    assert kept[0].read_text("utf-8") == '{"schema": "rolequiz.progress/1", "answ'
    assert json.loads((state / "progress.json").read_text("utf-8"))["answers"] == {
        "explore-table": 2}


def test_an_unreadable_progress_file_is_kept_aside_and_the_student_told_where(files, state):
    """A folder where progress.json should be (the read fails with EISDIR): the notice names
    what was kept, and the new quiz saves its progress as usual."""
    (state / "progress.json").mkdir(parents=True)
    (state / "progress.json" / "answers.txt").write_text("keep me", "utf-8")
    child = spawn(files, state)
    child.expect(r"could\s+not\s+be\s+read\s+\(Is\s+a\s+directory\)")
    child.expect(r"It\s+was\s+kept\s+as\s+progress\.json\.corrupt-")
    start(child)
    question(child, 1)
    child.send("4")
    question(child, 2)
    child.send("q")
    child.expect(pexpect.EOF)
    child.close()
    [kept] = state.glob("progress.json.corrupt-*")
    assert (kept / "answers.txt").read_text("utf-8") == "keep me"
    assert json.loads((state / "progress.json").read_text("utf-8"))["answers"] == {
        "explore-table": 4}


def test_progress_for_changed_questions_keeps_what_still_exists(tmp_path, files, state):
    state.mkdir(parents=True)
    (state / "progress.json").write_text(json.dumps({
        "schema": "rolequiz.progress/1",
        "content": {"questions": "an-older-version", "roles": ""},
        "answers": {"explore-table": 5, "solder-board": 1, "a-question-removed-since": 4},
        "skipped": [], "position": 3,
    }), "utf-8")
    child = spawn(files, state, "--resume")
    child.expect(r"The\s+questions\s+have\s+changed\s+since\s+this\s+quiz\s+was\s+saved:"
                 r"\s+2\s+answers\s+kept,\s+1\s+dropped")
    start(child)
    question(child, 3)
    child.send("q")
    child.expect(pexpect.EOF)
    child.close()
    data = json.loads((state / "progress.json").read_text("utf-8"))
    assert data["answers"] == {"explore-table": 5, "solder-board": 1}


def test_no_terminal_exits_2_before_any_question(files, state):
    out = subprocess.run(
        [sys.executable, "-m", "rolequiz", "quiz", "--questions", str(files["questions"]),
         "--roles", str(files["roles"])],
        stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120,
        env=child_env(state),
    )
    assert out.returncode == 2
    assert "needs a terminal" in out.stderr and "--answers" in out.stderr
    assert "Question" not in out.stdout
    assert not state.exists()


def test_json_to_a_file_while_the_questions_stay_on_screen(tmp_path, files, state):
    out = tmp_path / "result.json"
    command = " ".join([
        sys.executable, "-m", "rolequiz", "quiz", "--format", "json",
        "--questions", str(files["questions"]), "--roles", str(files["roles"]), ">", str(out),
    ])
    child = spawn_in_terminal("/bin/sh", ["-c", command], env=child_env(state))
    start(child)
    for n, key in enumerate("123451", start=1):
        question(child, n)
        child.send(key)
    finish(child, browser=False)  # the result goes to the file, not to the screen
    assert child.exitstatus == 0
    expected = dict(zip(QUESTION_IDS, (1, 2, 3, 4, 5, 1), strict=True))
    assert out.read_text("utf-8") == json_of_answers(tmp_path, files, expected)


@pytest.mark.parametrize("encoding", ["ascii", "cp1252", "cp850"])
def test_a_dumb_narrow_terminal_with_a_legacy_encoding(tmp_path, files, state, encoding):
    child = spawn_in_terminal(
        sys.executable,
        ["-m", "rolequiz", "quiz", "--lang", "fr", "--questions", str(files["questions"]),
         "--roles", str(files["roles"])],
        env=child_env(state, TERM="dumb", PYTHONIOENCODING=encoding),
        encoding=encoding, codec_errors="replace", dimensions=(24, 40),
    )
    child.expect("Entr")
    child.send("\r")
    for n, key in enumerate("543212", start=1):
        child.expect(f"Question {n} sur 6")
        child.expect(r"\? aide")
        child.send(key)
    child.expect("Entr")
    child.send("\r")
    child.expect(pexpect.EOF)  # a dumb terminal cannot redraw: the whole printout
    child.close()
    out = child.before
    assert child.exitstatus == 0, out
    assert "Traceback" not in out and "\x1b[" not in out
    assert re.search("Tes 3 m.tiers en t.te", out) and "Analyste de donn" in out
    # every line fits, but a suggested command, which runs on rather than being cut; a
    # character the console lacks is written as a stand-in that may be longer ("EUR")
    shown = out.split("Et maintenant")[0]
    assert all(len(line) <= 40 + 2 * line.count("EUR") for line in shown.splitlines()), out
    assert not re.search(r"\S\?", shown), out  # French puts a space before "?": no "r?sultats"
    if encoding == "cp1252":
        assert "Réponses données" in out and "€" in out
    else:  # cp850 has the accents, not the euro sign; ascii has neither
        accents = encoding == "cp850"
        assert ("Réponses données" if accents else "Reponses donnees") in out
        assert "€" not in out and "EUR" in out


def test_the_unfinished_question_in_line_mode_takes_enter_for_resume(files, state):
    child = spawn(files, state, "--line-mode")
    child.expect("Type your choice, then press Enter")
    child.sendline("")
    question(child, 1)
    child.sendline("4")
    question(child, 2)
    child.sendline("q")
    child.expect(pexpect.EOF)
    child.close()
    child = spawn(files, state, "--line-mode")
    child.expect("q: quit")
    child.sendline("")  # Enter: resume
    child.expect("Welcome back: 1 of 6")
    child.sendline("")
    question(child, 2)
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130


def test_an_unwritable_save_file_still_shows_the_results_then_says_so(tmp_path, files, state):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    child = spawn(files, state, "--save", str(blocker / "result.json"))
    start(child)
    for n, key in enumerate("555111", start=1):
        question(child, n)
        child.send(key)
    out = finish(child)
    assert child.exitstatus == 1
    assert "Your results" in out  # the results first
    assert f"could not save the result to {blocker / 'result.json'}" in out
    assert "Your answers are safe in" in out and "rolequiz quiz --resume" in out
    assert (state / "progress.json").exists()
