"""Workshop quizzes in a real classroom, through pseudo-terminals: students sharing one
login each keep their own answers; a quiz killed on one computer goes on from another one
through the workshop folder, which the report counts as in progress meanwhile; a share that
is gone at the end keeps the result on the student's computer until `workshop submit`."""

from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")

sys.path.insert(0, str(Path(__file__).parent))
from quizcontent import QUESTION_IDS, write_content  # noqa: E402
from terminal import leave_results, spawn  # noqa: E402

from rolequiz.group import manifest  # noqa: E402
from tests.conftest import run_cli  # noqa: E402

pytestmark = pytest.mark.skipif(os.name != "posix", reason="pseudo-terminals are POSIX")


@pytest.fixture
def room(tmp_path):
    """A workshop folder pinning small content, and a clean English terminal."""
    files = write_content(tmp_path / "content")
    folder = tmp_path / "2B"
    manifest.init(folder, "Classe 2B", files["questions"], files["roles"])
    return folder


def env_for(state: Path) -> dict[str, str]:
    env = dict(os.environ)
    for var in ("ROLEQUIZ_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "COLUMNS",
                "LINES", "ROLEQUIZ_LINE_MODE"):
        env.pop(var, None)
    env.update(NO_COLOR="1", TERM="xterm", ROLEQUIZ_STATE_DIR=str(state),
               PYTHONIOENCODING="utf-8")
    return env


def quiz(folder: Path, state: Path, name: str | None, *extra: str):
    args = ["-m", "rolequiz", "quiz", "--workshop", str(folder), *extra]
    if name:
        args += ["--name", name]
    return spawn(sys.executable, args, env=env_for(state))


def answer(child, first: int, keys: str) -> None:
    for n, key in enumerate(keys, start=first):
        child.expect(f"Question {n} of 6")
        child.expect(r"\? help")
        child.send(key)


def stop(child) -> str:
    """Ctrl-C on the next question; what the quiz said."""
    child.expect(r"\? help")
    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    return child.before


def in_progress(folder: Path) -> int:
    from typer.testing import CliRunner

    out = run_cli(CliRunner(), "report", folder, "--format", "json")
    assert out.exit_code == 0, out.output
    return json.loads(out.stdout)["in_progress"]


def test_two_students_on_one_login_each_resume_their_own_answers(room, tmp_path):
    state = tmp_path / "shared-login"
    alice = quiz(room, state, "Alice")
    alice.expect("Press Enter to start")
    alice.send("\r")
    answer(alice, 1, "55")
    stop(alice)
    bruno = quiz(room, state, "Bruno")  # the same login, the next student
    bruno.expect("Press Enter to start")  # nothing to resume: Alice's quiz is not his
    bruno.send("\r")
    answer(bruno, 1, "111")
    stop(bruno)
    assert in_progress(room) == 2  # both counted by the group report meanwhile

    alice = quiz(room, state, "Alice", "--resume")
    alice.expect("Welcome back: 2 of 6 questions already answered")
    alice.expect("Press Enter to continue")
    alice.send("\r")
    answer(alice, 3, "4444")
    alice.expect("see your results")
    alice.send("\r")
    leave_results(alice)
    alice.close()
    assert alice.exitstatus == 0
    saved = json.loads((room / "alice.json").read_text("utf-8"))
    assert saved["answers"] == dict(zip(QUESTION_IDS, [5, 5, 4, 4, 4, 4], strict=True))
    assert in_progress(room) == 1  # Bruno's is still there, untouched

    bruno = quiz(room, state, "Bruno", "--resume")
    bruno.expect("Welcome back: 3 of 6 questions already answered")
    bruno.expect("Press Enter to continue")
    bruno.send("\r")
    answer(bruno, 4, "222")
    bruno.expect("see your results")
    bruno.send("\r")
    leave_results(bruno)
    bruno.close()
    saved = json.loads((room / "bruno.json").read_text("utf-8"))
    assert saved["answers"] == dict(zip(QUESTION_IDS, [1, 1, 1, 2, 2, 2], strict=True))
    assert in_progress(room) == 0


def test_a_quiz_killed_on_one_computer_goes_on_from_another(room, tmp_path):
    first = quiz(room, tmp_path / "pc-1", "Zoé")
    first.expect("Press Enter to start")
    first.send("\r")
    answer(first, 1, "524")
    first.expect("Question 4 of 6")
    first.expect(r"\? help")
    first.kill(signal.SIGKILL)  # the computer is switched off: no goodbye
    first.close()
    assert in_progress(room) == 1

    other = quiz(room, tmp_path / "pc-2", "Zoé")  # another computer, the same command
    other.expect(r"You have an unfinished quiz \(3 of 6 answered")
    other.send("r")
    other.expect("found in the workshop folder")
    other.expect("Press Enter to continue")
    other.send("\r")
    answer(other, 4, "135")
    other.expect("see your results")
    other.send("\r")
    shown = leave_results(other)
    other.close()
    assert other.exitstatus == 0, shown
    saved = json.loads((room / "zoe.json").read_text("utf-8"))
    assert saved["answers"] == dict(zip(QUESTION_IDS, [5, 2, 4, 1, 3, 5], strict=True))
    assert in_progress(room) == 0


def test_an_anonymous_student_resumes_with_the_code_the_quiz_gave(room, tmp_path):
    state = tmp_path / "pc"
    child = quiz(room, state, None)
    child.expect("Press Enter to start")
    child.send("\r")
    answer(child, 1, "44")
    said = stop(child)
    code = said.split("--name ")[1].split()[0]
    other = quiz(room, state, None)  # the next anonymous student is not offered it
    other.expect("Press Enter to start")
    other.send("q")
    other.expect(pexpect.EOF)
    child = quiz(room, tmp_path / "elsewhere", code, "--resume")
    child.expect("Welcome back: 2 of 6")
    child.send("\r")
    answer(child, 3, "4444")
    child.expect("see your results")
    child.send("\r")
    leave_results(child)
    [result] = [p for p in room.glob("*.json") if p.name != "workshop.json"]
    data = json.loads(result.read_text("utf-8"))
    assert data["participant"]["code"] == code and data["participant"]["name"] is None


def test_a_share_gone_at_the_end_keeps_the_result_until_it_is_submitted(room, tmp_path):
    state = tmp_path / "pc"
    child = quiz(room, state, "Yanis")
    child.expect("Press Enter to start")
    child.send("\r")
    answer(child, 1, "55555")
    child.expect("Question 6 of 6")
    child.expect(r"\? help")
    away = room.with_name("2B-away")
    room.rename(away)  # the network share drops before the last answer
    child.send("1")
    child.expect("see your results")
    child.send("\r")
    shown = leave_results(child)  # the results are shown all the same
    child.close()
    assert child.exitstatus == 1
    flat = " ".join(shown.split())
    assert "could not be saved into the workshop folder" in flat
    assert "rolequiz workshop submit" in flat
    assert not room.exists()  # no new, empty folder made in its place
    [kept] = (state / "unsent").glob("*.json")

    away.rename(room)  # the share is back
    from typer.testing import CliRunner

    out = run_cli(CliRunner(), "workshop", "submit", room, "--state-dir", state)
    assert out.exit_code == 0, out.output
    assert "Sent to the workshop" in out.stdout
    saved = json.loads((room / "yanis.json").read_text("utf-8"))
    assert saved["answers"] == dict(zip(QUESTION_IDS, [5, 5, 5, 5, 5, 1], strict=True))
    assert saved["workshop"]["title"] == "Classe 2B"
    assert not kept.exists() and in_progress(room) == 0
    again = run_cli(CliRunner(), "workshop", "submit", room, "--state-dir", state)
    assert "No results waiting" in again.stdout


def test_with_the_share_and_this_computer_both_unable_to_save_the_results_are_shown(room,
                                                                                    tmp_path):
    state = tmp_path / "pc"
    child = quiz(room, state, "Yanis")
    child.expect("Press Enter to start")
    child.send("\r")
    answer(child, 1, "55555")
    child.expect("Question 6 of 6")
    child.expect(r"\? help")
    room.rename(room.with_name("2B-away"))  # the share drops before the last answer
    (state / "unsent").write_text("", encoding="utf-8")  # and nothing can be kept here
    child.send("1")
    child.expect("see your results")
    child.send("\r")
    shown = " ".join(leave_results(child).split())
    child.close()
    assert child.exitstatus == 1
    assert "Closest match" in shown or "No role stands out" in shown  # the results, shown
    assert "could not be saved in the workshop folder" in shown
    assert "show this screen to your counsellor" in shown
    assert "Traceback" not in shown
