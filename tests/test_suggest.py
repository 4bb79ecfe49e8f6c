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
    for words in commands:
        assert words[0] == "rolequiz"
        ran = run_cli(runner, *words[1:])
        assert ran.exit_code == 0, (words, ran.output)
        # in French, with the roles of the quiz: the same names as the quiz showed
        assert "Analyste de données" in ran.stdout, (words, ran.stdout)
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


# -- the words of a command -----------------------------------------------------------------

from rolequiz.base.shell import command  # noqa: E402,I001
from rolequiz.cli.suggest import Origin, custom_paths  # noqa: E402


def test_a_command_is_quoted_for_the_shell_it_runs_in():
    args = ["rolequiz", "results", "my result.json", "--lang", "fr"]
    assert command(args, windows=False) == "rolequiz results 'my result.json' --lang fr"
    assert command(args, windows=True) == 'rolequiz results "my result.json" --lang fr'
    assert command(["a", "b"]) == "a b"  # this machine's shell


def test_windows_commands_stay_on_one_line():
    args = ["rolequiz", "compare", "data-analyst", "data-scientist", "ai-engineer"]
    assert command_lines(args, 20, windows=True) == [
        "rolequiz compare data-analyst data-scientist ai-engineer"]


def test_lines_break_between_groups_and_fill_up_to_the_width():
    args = ["rolequiz", "compare", "data-analyst", "data-scientist", "--lang", "fr"]
    assert command_lines(args, 31, windows=False) == [
        "rolequiz compare data-analyst \\", "  data-scientist --lang fr"]
    # exactly as wide as the screen, with room for " \\": still on the line
    assert command_lines(["ab", "cd", "ef"], 6, windows=False) == ["ab \\", "  cd \\", "  ef"]
    assert command_lines(["ab", "cd", "ef"], 7, windows=False) == ["ab cd \\", "  ef"]
    assert command_lines(["ab", "cd", "ef"], 9, windows=False) == ["ab cd \\", "  ef"]
    assert command_lines(["ab", "cd", "ef"], 10, windows=False) == ["ab cd ef"]
    assert command_lines(["ab"], 1, windows=False) == ["ab"]


def test_a_flag_does_not_take_the_next_option_or_a_second_value():
    assert command_lines(["rolequiz", "quiz", "--resume", "--adaptive"], 12,
                         windows=False) == ["rolequiz \\", "  quiz \\", "  --resume \\",
                                            "  --adaptive"]
    assert command_lines(["x", "--roles", "a.yaml", "b"], 14, windows=False) == [
        "x \\", "  --roles a.yaml \\", "  b"]


def test_what_next_says_only_what_adds_something(monkeypatch):
    monkeypatch.setenv("ROLEQUIZ_LANG", "en")
    roles, names = ["a", "b", "c"], ["A", "B", "C"]
    plain = Origin(lang="en")
    assert [s[0] for s in plain.steps(roles, names)] == [
        ["rolequiz", "show", "a"], ["rolequiz", "compare", "a", "b", "c"]]
    assert [s[0] for s in plain.steps(roles[:1], names[:1])] == [["rolequiz", "show", "a"]]
    assert plain.steps([], []) == []
    french = Origin(lang="fr", last_result=True, state_dir=Path("st"))
    steps = [s[0] for s in french.steps(roles, names)]
    assert steps[0] == ["rolequiz", "show", "a", "--lang", "fr"]
    # every command alike, though `results` would keep the result's language
    assert steps[2] == ["rolequiz", "results", "--state-dir", "st", "--lang", "fr"]
    assert steps[3] == ["rolequiz", "results", "--state-dir", "st", "--lang", "fr", "--save",
                        "mon-resultat.json"]
    assert [s[0] for s in french.steps(roles, names, again=False)][2] == steps[3]
    saved = Origin(lang="en", saved_to=Path("me.json"), last_result=True,
                   questions=Path("q.yaml"), roles=Path("r.yaml"))
    steps = [s[0] for s in saved.steps(roles, names)]
    assert steps == [
        ["rolequiz", "show", "a", "--questions", "q.yaml", "--roles", "r.yaml"],
        ["rolequiz", "compare", "a", "b", "c", "--questions", "q.yaml", "--roles", "r.yaml"],
        ["rolequiz", "results", "me.json", "--questions", "q.yaml", "--roles", "r.yaml"]]
    assert saved.again(Path("other.json"))[:3] == ["rolequiz", "results", "other.json"]


def test_only_content_files_that_differ_from_the_built_in_ones_are_named(tmp_path):
    from rolequiz.content.load import default_paths, load_content

    dq, dr = default_paths()
    copy_q, copy_r = tmp_path / "q.yaml", tmp_path / "r.yaml"
    copy_q.write_bytes(Path(dq).read_bytes())  # a workshop's unedited copy
    copy_r.write_bytes(Path(dr).read_bytes())
    assert custom_paths(load_content(copy_q, copy_r), copy_q, copy_r) == (None, None)
    assert custom_paths(load_content(), None, None) == (None, None)
    files = write_content(tmp_path / "own")
    own = load_content(files["questions"], files["roles"])
    assert custom_paths(own, files["questions"], files["roles"]) == (
        files["questions"], files["roles"])
    # roles of its own on the built-in questions: only the roles are named
    edited = tmp_path / "edited.yaml"
    edited.write_text(Path(dr).read_text("utf-8").replace("Data Analyst", "Data Analyste", 1),
                      encoding="utf-8")
    assert custom_paths(load_content(None, edited), None, edited) == (None, edited)


def test_every_option_keeps_its_value_on_its_line():
    assert command_lines(["x", "--roles", "a", "--lang", "fr"], 12, windows=False) == [
        "x \\", "  --roles a \\", "  --lang fr"]


def test_on_this_machine_a_command_is_quoted_for_its_shell():
    import os

    expected = '"a b"' if os.name == "nt" else "'a b'"
    assert command(["a b"]) == expected
    assert command_lines(["a b"], 80) == [expected]
