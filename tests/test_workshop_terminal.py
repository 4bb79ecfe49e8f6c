"""The interactive quiz in a pseudo-terminal, saving into a workshop folder."""

from __future__ import annotations

import json
import os
import shlex
import sys

import pytest

pexpect = pytest.importorskip("pexpect")

from quizcontent import QUESTION_IDS, write_content  # noqa: E402
from terminal import leave_results  # noqa: E402
from terminal import spawn as spawn_in_terminal  # noqa: E402

from rolequiz.group import manifest  # noqa: E402

pytestmark = pytest.mark.skipif(os.name != "posix", reason="pseudo-terminals are POSIX")


@pytest.fixture
def group(tmp_path):
    """A workshop folder pinning small content, and a clean English terminal environment."""
    files = write_content(tmp_path / "content")
    folder = tmp_path / "ws"
    manifest.init(folder, "Group", files["questions"], files["roles"])
    env = dict(os.environ)
    for var in ("ROLEQUIZ_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "COLUMNS"):
        env.pop(var, None)
    env.update(NO_COLOR="1", TERM="xterm", ROLEQUIZ_STATE_DIR=str(tmp_path / "state"),
               PYTHONIOENCODING="utf-8")
    return folder, env


def test_interactive_quiz_saves_into_the_workshop(group):
    folder, env = group
    child = spawn_in_terminal(sys.executable, ["-m", "rolequiz", "quiz", "--workshop",
                                               str(folder), "--name", "Zoé"], env=env)
    child.expect("Press Enter to start")
    child.send("\r")
    for n, key in enumerate("514253", start=1):
        child.expect(f"Question {n} of {len(QUESTION_IDS)}")
        child.expect(r"\? help")
        child.send(key)
    child.expect("see your results")
    child.send("\r")
    leave_results(child)
    child.close()
    assert child.exitstatus == 0, child.before
    saved = json.loads((folder / "zoe.json").read_text(encoding="utf-8"))
    assert saved["participant"]["name"] == "Zoé"
    assert saved["answers"] == dict(zip(QUESTION_IDS, [5, 1, 4, 2, 5, 3], strict=True))
    assert saved["workshop"]["title"] == "Group"
    assert "Your code: " + saved["participant"]["code"] in child.before


def test_interrupted_workshop_quiz_resumes_and_saves_once(group):
    folder, env = group

    def spawn(*extra):
        return spawn_in_terminal(sys.executable, ["-m", "rolequiz", "quiz", "--workshop",
                                                   str(folder), "--name", "Hugo", *extra],
                                 env=env)

    child = spawn()
    child.expect("Press Enter to start")
    child.send("\r")
    for n, key in enumerate("51", start=1):
        child.expect(f"Question {n} of 6")
        child.expect(r"\? help")
        child.send(key)
    child.expect("Question 3 of 6")
    child.expect(r"\? help")
    child.sendintr()  # Ctrl-C: the laptop is closed
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert not list(folder.glob("*.json"))[1:]  # only workshop.json: nothing finished yet
    # the student copies the command the quiz printed: it must bring them back to the
    # workshop, so their result lands in the group's folder
    printed = [line for line in child.before.splitlines() if "rolequiz quiz --resume" in line]
    assert printed, child.before
    command = shlex.split(printed[-1][printed[-1].index("rolequiz quiz"):])
    assert command[:3] == ["rolequiz", "quiz", "--resume"]
    assert command[3:] == ["--workshop", str(folder), "--name", "Hugo"]

    child = spawn_in_terminal(sys.executable, ["-m", *command], env=env)
    child.expect("Welcome back: 2 of 6 questions already answered")
    child.expect("Press Enter")
    child.send("\r")
    for n, key in zip(range(3, 7), "4253", strict=True):
        child.expect(f"Question {n} of 6")
        child.expect(r"\? help")
        child.send(key)
    child.expect("see your results")
    child.send("\r")
    leave_results(child)
    child.close()
    assert child.exitstatus == 0, child.before
    saved = json.loads((folder / "hugo.json").read_text(encoding="utf-8"))
    assert saved["answers"] == dict(zip(QUESTION_IDS, [5, 1, 4, 2, 5, 3], strict=True))
    assert sorted(p.name for p in folder.glob("*.json")) == ["hugo.json", "workshop.json"]
