"""`rolequiz` alone starts the quiz without loading typer (rolequiz/cli/fast.py): the whole
quiz, q, Ctrl-C and the resume it prints, in a pseudo-terminal, with typer made impossible
to import. The result is byte for byte the --answers run's."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

pexpect = pytest.importorskip("pexpect")

from quizcontent import write_answers  # noqa: E402
from terminal import leave_results, spawn  # noqa: E402
from test_quiz_terminal import child_env  # noqa: E402

from rolequiz.cli.fast import fast_path  # noqa: E402
from rolequiz.content.load import load_content  # noqa: E402

pytestmark = pytest.mark.skipif(os.name != "posix", reason="pseudo-terminals are POSIX")

# `rolequiz [args]`, where anything that imports typer fails
NO_TYPER = ("import sys; sys.modules['typer'] = None; sys.argv[1:] = {args!r}; "
            "from rolequiz.cli import main; main()")


def plain(state, *args: str, **env: str):
    return spawn(sys.executable, ["-c", NO_TYPER.format(args=list(args))],
                 env=child_env(state, **env))


def question(child, n: int, total: int) -> None:
    child.expect(f"Question {n} of {total}")
    child.expect(r"\? help")


def test_the_whole_quiz_without_typer_gives_the_answers_run_result(tmp_path):
    state = tmp_path / "state"
    ids = [q.id for q in load_content().questions.questions]
    keys = {qid: "12345"[n % 5] for n, qid in enumerate(ids)}
    child = plain(state)
    child.expect("Press Enter to start")
    child.send("\r")
    for n, qid in enumerate(ids, start=1):
        question(child, n, len(ids))
        child.send(keys[qid])
    child.expect("That’s all the questions!")
    child.expect("see your results")
    child.send("\r")
    leave_results(child)  # the results screen
    child.close()
    assert child.exitstatus == 0, child.before

    given = write_answers(tmp_path / "given.yaml", {k: int(v) for k, v in keys.items()})
    expected = subprocess.run(
        [sys.executable, "-m", "rolequiz", "quiz", "--answers", str(given), "--format", "json",
         "--lang", "en"], capture_output=True, text=True, env=child_env(state), check=True,
        timeout=120)
    assert (state / "last-result.json").read_text(encoding="utf-8") == expected.stdout


def test_q_and_ctrl_c_without_typer_keep_the_progress_and_say_how_to_resume(tmp_path):
    state = tmp_path / "state"
    ids = [q.id for q in load_content().questions.questions]
    total = len(ids)
    child = plain(state)
    child.expect("Press Enter to start")
    child.send("\r")
    question(child, 1, total)
    child.send("4")
    question(child, 2, total)
    child.send("q")
    child.expect(f"Quiz paused: 1 of {total} questions answered")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before

    child = plain(state, "quiz")  # asks whether to resume
    child.expect("You have an unfinished quiz")
    child.expect("q: quit")
    child.send("r")
    child.expect("Press Enter to continue")
    child.send("\r")
    question(child, 2, total)
    child.send("2")
    question(child, 3, total)
    child.sendintr()
    child.expect(f"Quiz paused: 2 of {total} questions answered")
    child.expect("Resume with: rolequiz quiz --resume")
    child.expect("rolequiz: interrupted")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    progress = json.loads((state / "progress.json").read_text(encoding="utf-8"))
    assert progress["answers"] == {ids[0]: 4, ids[1]: 2}


def test_without_a_terminal_the_plain_start_says_what_the_app_says(tmp_path):
    env = child_env(tmp_path / "state")
    runs = [subprocess.run([sys.executable, "-c", NO_TYPER.format(args=[])], env=env,
                           stdin=subprocess.DEVNULL, capture_output=True, text=True,
                           timeout=120),
            subprocess.run([sys.executable, "-m", "rolequiz", "quiz", "--lang", "en"], env=env,
                           stdin=subprocess.DEVNULL, capture_output=True, text=True,
                           timeout=120)]
    assert [r.returncode for r in runs] == [2, 2]
    assert runs[0].stderr == runs[1].stderr and "needs a terminal" in runs[0].stderr


@pytest.mark.parametrize("args", [["--help"], ["quiz", "--lang", "fr"], ["--lang", "fr"],
                                  ["roles"], ["quiz", "quiz"], ["--versions"]])
def test_anything_but_the_plain_start_goes_to_the_app(args):
    assert fast_path(args) is None


def test_shell_completion_goes_to_the_app(monkeypatch):
    monkeypatch.setenv("_ROLEQUIZ_COMPLETE", "bash_complete")
    assert fast_path([]) is None
