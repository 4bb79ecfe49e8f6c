"""The README says what the program does: its examples must stay true."""

from __future__ import annotations

import re

from conftest import ROOT, run_cli


def test_readme_answers_example_uses_real_question_ids(content):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("schema: rolequiz.answers/1", 1)[1].split("```", 1)[0]
    ids = re.findall(r"^ +([a-z0-9-]+):", block, re.MULTILINE)
    known = {q.id for q in content.questions.questions}
    assert ids and set(ids) <= known, set(ids) - known


def test_every_command_in_the_readme_exists(runner):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    # commands as typed: at the start of a line, after a prompt, or in `code`
    commands = set(re.findall(r"(?:^|`|\$ )rolequiz ([a-z]+)", readme, re.MULTILINE))
    assert commands >= {"quiz", "validate", "roles", "show", "compare", "results", "report",
                        "workshop"}
    for command in commands:
        result = run_cli(runner, command, "--help")
        assert result.exit_code == 0, (command, result.output)
