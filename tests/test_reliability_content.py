"""Text and numbers from files at the edges (security.md, cases 26, 32, 35): escape
sequences in error messages, numbers beyond what the arithmetic holds, long work that shows
no sign of life."""

from __future__ import annotations

import io
import json
import os
import sys

import pytest
from conftest import DATA, run_cli

from rolequiz.base.errors import ContentError, Problem, UsageError

MINI = DATA / "mini"
ESCAPES = "\x1b[2J\x1b]0;PWN\x07\u202e\x9b"


def shows_nothing_raw(text: str) -> None:
    assert not set(text) & set("\x1b\x07\u202e\x9b"), repr(text)


# -- escapes in messages (case 26) ----------------------------------------------------------


def test_an_unknown_question_id_is_shown_with_its_escapes_visible(runner, tmp_path):
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps({"answers": {"x" + ESCAPES: 1}}), encoding="utf-8")
    result = run_cli(runner, "quiz", "--questions", MINI / "questions.yaml", "--roles",
                     MINI / "roles.yaml", "--answers", answers)
    assert result.exit_code == 2
    shows_nothing_raw(result.stderr)
    assert "unknown question id 'x\\x1b[2J\\x1b]0;PWN\\x07\\u202e\\x9b'" in result.stderr


def test_escapes_from_yaml_in_a_question_id_are_shown_escaped(runner, tmp_path):
    questions = tmp_path / "q.yaml"
    text = (MINI / "questions.yaml").read_text(encoding="utf-8")
    questions.write_text(text.replace("{id: q1,", '{id: "q\\e[2J\\e]0;PWN\\a",'),
                         encoding="utf-8")
    result = run_cli(runner, "validate", "--questions", questions, "--roles",
                     MINI / "roles.yaml")
    assert result.exit_code == 2
    shows_nothing_raw(result.output)
    assert "q\\x1b[2J\\x1b]0;PWN\\x07" in result.stderr


def test_a_workshop_title_is_shown_escaped_in_the_content_mismatch(runner, tmp_path):
    folder = tmp_path / "W"
    assert run_cli(runner, "workshop", "init", folder, "--title", "T", "--open").exit_code == 0
    manifest = folder / "workshop.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["title"] = "Group" + ESCAPES
    manifest.write_text(json.dumps(data), encoding="utf-8")
    result = run_cli(runner, "quiz", "--workshop", folder, "--questions",
                     MINI / "questions.yaml", "--answers", MINI / "answers.yaml")
    assert result.exit_code == 2
    shows_nothing_raw(result.output)
    assert "Group\\x1b[2J" in result.stderr


@pytest.mark.parametrize("error", [
    UsageError("a name from a file: Zo\x1bé\u202e"),
    ContentError([Problem("f\x1b.yaml", 1, 2, "bad 'x\x9by'", "fix \x07 it")]),
])
def test_every_message_goes_through_the_one_place_that_cleans_it(capsys, error):
    """cli/guard.py: whatever error carries a piece of a file, it reaches the terminal
    with its control and bidi characters made visible; a message of several lines keeps
    them."""
    from rolequiz.cli.guard import exit_code

    assert exit_code(error) == 2
    err = capsys.readouterr().err
    shows_nothing_raw(err)
    assert err.startswith("rolequiz: ")
    assert "\\x1b" in err or "\\x9b" in err


def test_a_message_of_several_lines_keeps_its_lines(capsys):
    from rolequiz.base.errors import SaveError
    from rolequiz.cli.guard import exit_code

    assert exit_code(SaveError("first\x1b line\nsecond\u202e line")) == 1
    assert capsys.readouterr().err == "rolequiz: first\\x1b line\nsecond\\u202e line\n"


# -- numbers at the edges (case 32) ---------------------------------------------------------


def scale_questions(tmp_path, low: str, high: str, weight: str = "1"):
    text = (MINI / "questions.yaml").read_text(encoding="utf-8")
    text = text.replace("value: 1,", f"value: {low},").replace("value: 5,", f"value: {high},")
    text = text.replace("weights: {data: 1}", f"weights: {{data: {weight}}}")
    path = tmp_path / "q.yaml"
    path.write_text(text, encoding="utf-8")
    return path


BIG = "1" + "0" * 400


@pytest.mark.parametrize("command", [["validate"], ["validate", "--simulate"],
                                     ["quiz", "--answers", str(MINI / "answers.yaml")]])
def test_a_scale_beyond_the_arithmetic_is_refused_with_its_line(runner, tmp_path, command):
    """-1e400 … 1e400 written out as whole numbers: the scoring divides by them (an
    OverflowError traceback); refused at validation, with where and what to write."""
    questions = scale_questions(tmp_path, "-" + BIG, BIG)
    result = run_cli(runner, *command, "--questions", questions, "--roles", MINI / "roles.yaml")
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines() == [
        f"rolequiz: {questions}:3:13: scale value -10000… (401 digits) is out of range — "
        "scale values and answers are whole numbers from -1000 to 1000",
        f"rolequiz: {questions}:7:13: scale value 100000… (401 digits) is out of range — "
        "scale values and answers are whole numbers from -1000 to 1000",
    ]


def test_more_digits_than_python_reads_are_refused_not_a_crash(runner, tmp_path):
    huge = "1" + "0" * 5000  # int() refuses more than 4,300 digits (a ValueError)
    questions = scale_questions(tmp_path, "1", huge)
    answers = tmp_path / "a.yaml"
    answers.write_text(f"answers:\n  q1: {huge}\n", encoding="utf-8")
    result = run_cli(runner, "validate", "--questions", questions, "--roles",
                     MINI / "roles.yaml")
    assert result.exit_code == 2 and "(5001 digits) is out of range" in result.stderr
    result = run_cli(runner, "quiz", "--questions", MINI / "questions.yaml", "--roles",
                     MINI / "roles.yaml", "--answers", answers)
    assert result.exit_code == 2, result.output
    assert "the answer to 'q1' 100000… (5001 digits) is out of range" in result.stderr


def test_a_scale_of_1000_steps_each_way_is_fine(runner, tmp_path):
    questions = scale_questions(tmp_path, "-1000", "1000")
    answers = tmp_path / "a.yaml"
    answers.write_text("answers:\n  q1: 1000\n  q2: -1000\n", encoding="utf-8")
    result = run_cli(runner, "quiz", "--questions", questions, "--roles", MINI / "roles.yaml",
                     "--answers", answers, "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["matches"][0]["role"] == "analyst"


@pytest.mark.parametrize("weight, message", [
    ("4.9e-324", "weight of 'data' is 4.94066e-324, too small to count — remove it, or give a "
                 "value from 1e-06 to 1 (or -1 to -1e-06)"),
    ("-1.0e-7", "weight of 'data' is -1e-07, too small to count"),
    (BIG, "weight of 'data' 100000… (401 digits) is out of range"),
])
def test_a_weight_too_small_to_count_or_too_large_is_refused(runner, tmp_path, weight,
                                                             message):
    questions = scale_questions(tmp_path, "1", "5", weight)
    result = run_cli(runner, "validate", "--questions", questions, "--roles",
                     MINI / "roles.yaml")
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert result.stderr.startswith(f"rolequiz: {questions}:12:")


def test_a_profile_value_too_small_to_count_is_refused(runner, tmp_path):
    roles = tmp_path / "r.yaml"
    roles.write_text((MINI / "roles.yaml").read_text(encoding="utf-8").replace(
        "profile: {data: 1}", "profile: {data: 4.9e-324}"), encoding="utf-8")
    result = run_cli(runner, "validate", "--questions", MINI / "questions.yaml", "--roles",
                     roles)
    assert result.exit_code == 2
    assert result.stderr == (f"rolequiz: {roles}:3:70: profile value of 'data' is 4.94066e-324, "
                             "too small to count — use 0, or a value from 1e-06 to 1\n")


# -- long work shows a sign of life (case 35) -----------------------------------------------


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_simulated_respondents_are_counted_on_a_terminal_only(content, monkeypatch):
    from rolequiz.cli import validate
    from rolequiz.engine import scoring

    clock = iter(range(1000, 10_000))
    monkeypatch.setattr("time.monotonic", lambda: next(clock) / 10)  # 0.1 s a call
    answers = {q.id: 3 for q in content.questions.questions}
    screen = Terminal()
    counted = validate.Counted("en", screen)
    for _ in range(64):
        assert counted(content, answers) == scoring.score(content, answers)
    counted.done()
    assert screen.getvalue() == ("\rSimulated respondents scored: 16…"
                                 "\rSimulated respondents scored: 48…" "\r\x1b[K")
    log = io.StringIO()
    quiet = validate.Counted("en", log)
    for _ in range(64):
        quiet(content, answers)
    quiet.done()
    assert log.getvalue() == ""


@pytest.mark.skipif(os.name != "posix", reason="a pseudo-terminal")
def test_validate_simulate_counts_in_a_terminal_and_erases_the_count(tmp_path):
    pytest.importorskip("pexpect")
    from terminal import spawn

    env = dict(os.environ, NO_COLOR="1", ROLEQUIZ_CACHE_DIR=str(tmp_path / "cache"))
    child = spawn(sys.executable, ["-m", "rolequiz", "validate", "--simulate", "--questions",
                                   str(MINI / "questions.yaml"), "--roles",
                                   str(MINI / "roles.yaml"), "--respondents", "50",
                                   "--undecided", "20", "--realistic", "20"], env=env)
    child.expect("Simulated respondents scored: 16…")
    child.expect("Targets|targets")
    child.expect(__import__("pexpect").EOF)
    child.close()
    assert child.exitstatus in (0, 1)


def test_validate_simulate_writes_no_count_into_a_log(runner):
    result = run_cli(runner, "validate", "--simulate", "--questions", MINI / "questions.yaml",
                     "--roles", MINI / "roles.yaml", "--respondents", "50", "--undecided",
                     "20", "--realistic", "20")
    assert "Simulated respondents scored" not in result.output
