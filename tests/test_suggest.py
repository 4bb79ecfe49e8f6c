"""The commands a result suggests: each one, run as printed, succeeds and shows the same
thing; a wrapped command is still one command for the shell; nothing is suggested twice or
for nothing."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent))
from quizcontent import write_answers, write_content  # noqa: E402

from rolequiz.base.shell import command_lines  # noqa: E402
from tests.conftest import run_cli  # noqa: E402

WORD = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1,
               max_size=30)


@given(st.lists(WORD, min_size=1, max_size=12), st.integers(10, 120))
def test_a_wrapped_command_is_the_same_command_for_the_shell(args, width):
    lines = command_lines(args, width, windows=False)
    joined = "\n".join(lines)
    # a POSIX shell joins "\\\n" (a backslash then a newline) into nothing
    assert shlex.split(joined.replace("\\\n", "")) == args
    for line in lines[:-1]:
        assert line.endswith(" \\")
    for line in lines:  # too long only when one word (or an option and its value) is
        if len(line) > width:
            assert len(shlex.split(line.removesuffix(" \\"))) <= 2


def test_an_option_stays_with_its_value():
    lines = command_lines(["rolequiz", "compare", "a", "b", "--lang", "fr"], 22, windows=False)
    assert "--lang fr" in "\n".join(lines)


def what_next(text: str) -> list[list[str]]:
    """The commands under "What next?" / "Et maintenant ?", continued lines joined."""
    block = text.split("What next?")[-1] if "What next?" in text else \
        text.split("Et maintenant")[-1]
    commands, current = [], ""
    for line in block.splitlines():
        stripped = line.strip()
        if current or stripped.startswith("rolequiz "):
            current += " " + stripped.removesuffix("\\")
            if not stripped.endswith("\\"):
                commands.append(shlex.split(current))
                current = ""
    return commands


def test_every_command_suggested_after_a_quiz_runs_as_printed(runner, tmp_path, monkeypatch):
    monkeypatch.delenv("ROLEQUIZ_LANG", raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    files = write_content(tmp_path / "content")
    answers = write_answers(tmp_path / "a.yaml", {"explore-table": 5, "solder-board": 1,
                                                  "present-results": 4, "build-robot": 1,
                                                  "draw-charts": 5, "teach-others": 4})
    saved = tmp_path / "mine.json"
    out = run_cli(runner, "quiz", "--answers", answers, "--lang", "fr", "--save", saved,
                  "--questions", files["questions"], "--roles", files["roles"],
                  env={"COLUMNS": "40"})
    assert out.exit_code == 0, out.output
    commands = what_next(out.stdout)
    assert [c[1] for c in commands] == ["show", "compare", "results"]
    for command in commands:
        assert command[0] == "rolequiz"
        ran = run_cli(runner, *command[1:])
        assert ran.exit_code == 0, (command, ran.output)
        # in French, with the roles of the quiz: the same names as the quiz showed
        assert "Analyste de données" in ran.stdout, (command, ran.stdout)
    assert not any("--save" in c for c in commands)  # saved already


def test_results_of_the_last_quiz_suggests_saving_it_only_once(runner, tmp_path):
    files = write_content(tmp_path / "content")
    state = tmp_path / "state"
    answers = write_answers(tmp_path / "a.yaml", {"explore-table": 5, "solder-board": 1})
    quiz = run_cli(runner, "quiz", "--answers", answers, "--format", "json", "--lang", "en",
                   "--questions", files["questions"], "--roles", files["roles"])
    state.mkdir()
    (state / "last-result.json").write_text(quiz.stdout, encoding="utf-8")
    out = run_cli(runner, "results", "--state-dir", state, "--questions", files["questions"],
                  "--roles", files["roles"])
    assert out.exit_code == 0, out.output
    commands = what_next(out.stdout)
    assert [c[1] for c in commands] == ["show", "compare", "results"]
    assert "--save" in commands[-1] and "--state-dir" in commands[-1]
    save = commands[-1]
    save[save.index("--save") + 1] = str(tmp_path / "kept.json")
    ran = run_cli(runner, *save[1:])
    assert ran.exit_code == 0, ran.output
    assert (tmp_path / "kept.json").exists()
