"""The interactive quiz in a pseudo-terminal, saving into a workshop folder."""

from __future__ import annotations

import json
import os
import sys

import pytest

pexpect = pytest.importorskip("pexpect")

from quizcontent import QUESTION_IDS, write_content  # noqa: E402

from rolequiz import workshop  # noqa: E402

pytestmark = pytest.mark.skipif(os.name != "posix", reason="pseudo-terminals are POSIX")


def test_interactive_quiz_saves_into_the_workshop(tmp_path):
    files = write_content(tmp_path / "content")
    folder = tmp_path / "ws"
    workshop.init(folder, "Group", files["questions"], files["roles"])
    env = dict(os.environ)
    for var in ("ROLEQUIZ_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "COLUMNS"):
        env.pop(var, None)
    env.update(NO_COLOR="1", TERM="xterm", ROLEQUIZ_STATE_DIR=str(tmp_path / "state"),
               PYTHONIOENCODING="utf-8")
    child = pexpect.spawn(sys.executable, ["-m", "rolequiz", "quiz", "--workshop", str(folder),
                                           "--name", "Zoé"],
                          env=env, encoding="utf-8", timeout=15, dimensions=(40, 100))
    child.expect("Press Enter to start")
    child.send("\r")
    for n, key in enumerate("514253", start=1):
        child.expect(f"Question {n} of {len(QUESTION_IDS)}")
        child.expect(r"\? help")
        child.send(key)
    child.expect("see your results")
    child.send("\r")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    saved = json.loads((folder / "zoe.json").read_text(encoding="utf-8"))
    assert saved["participant"]["name"] == "Zoé"
    assert saved["answers"] == dict(zip(QUESTION_IDS, [5, 1, 4, 2, 5, 3], strict=True))
    assert saved["workshop"]["title"] == "Group"
    assert "Your code: " + saved["participant"]["code"] in child.before
