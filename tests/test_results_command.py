"""`rolequiz results FILE` and `quiz --save FILE`: a result saved once shows again."""

from __future__ import annotations

import json
import re

import pytest
from conftest import run_cli
from quizcontent import QUESTION_IDS, write_answers, write_content

ANSWERS = dict(zip(QUESTION_IDS, (5, 1, 4, 2, 5, 4), strict=True))


@pytest.fixture
def files(tmp_path):
    f = write_content(tmp_path / "content")
    f["answers"] = write_answers(tmp_path / "answers.yaml", ANSWERS)
    return f


def content_args(files):
    return ["--questions", files["questions"], "--roles", files["roles"]]


def test_save_writes_the_same_bytes_as_format_json(runner, files, tmp_path):
    saved = tmp_path / "out" / "result.json"
    shown = run_cli(runner, "quiz", "--answers", files["answers"], "--format", "json",
                    "--save", saved, *content_args(files))
    assert shown.exit_code == 0, shown.output
    assert saved.read_text("utf-8") == shown.stdout


def test_results_file_shows_the_same_screen_as_the_quiz(runner, files, tmp_path):
    saved = tmp_path / "result.json"
    quiz = run_cli(runner, "quiz", "--answers", files["answers"], "--save", saved,
                   *content_args(files))
    assert quiz.exit_code == 0, quiz.output
    assert "Result saved to" in quiz.stdout
    again = run_cli(runner, "results", saved, *content_args(files))
    assert again.exit_code == 0, again.output
    # the same screen; after the quiz, "What next?" also says how to see it again
    shown = quiz.stdout.split("\nResult saved to")[0]
    assert again.stdout.split("What next?")[0] == shown.split("What next?")[0]
    assert f"rolequiz results {saved}" in shown.split("What next?")[1]
    assert "rolequiz results" not in again.stdout.split("What next?")[1]
    as_json = run_cli(runner, "results", saved, "--format", "json", *content_args(files))
    assert as_json.stdout == saved.read_text("utf-8")


def test_results_in_another_language_when_the_content_is_the_same(runner, files, tmp_path):
    saved = tmp_path / "result.json"
    run_cli(runner, "quiz", "--answers", files["answers"], "--save", saved, "--format", "json",
            *content_args(files))
    fr = run_cli(runner, "results", saved, "--lang", "fr", *content_args(files))
    assert fr.exit_code == 0, fr.output
    assert "Tes résultats" in fr.stdout and "Analyste de données" in fr.stdout


def test_results_made_with_other_content_are_shown_as_saved(runner, files, tmp_path, mini):
    saved = tmp_path / "result.json"
    run_cli(runner, "quiz", "--answers", files["answers"], "--save", saved, "--format", "json",
            *content_args(files))
    other = run_cli(runner, "results", saved, "--questions", mini["questions"], "--roles",
                    mini["roles"])
    assert other.exit_code == 0, other.output
    assert "made with different questions or roles" in other.stdout
    # the saved scores, which the loaded content could not give: the interests (data 97 %,
    # hardware 11 %, people 80 %) follow the analyst's needs (100, 0, 80) so closely that
    # 50 * (1 + r) rounds to 100.0; the trainer's needs (40, 0, 100) give r = 0.675: 83.7
    assert "Closest match: Data Analyst  100.0/100" in other.stdout
    assert re.search(r"^2 +\[bold\]Trainer\[/\] +83\.7 ", other.stdout, re.MULTILINE)


def test_results_without_file_shows_the_last_quiz(runner, files, tmp_path):
    state = tmp_path / "state"
    state.mkdir()
    missing = run_cli(runner, "results", "--state-dir", state)
    assert missing.exit_code == 2
    assert "no saved result" in missing.stderr and "rolequiz quiz" in missing.stderr
    quiz = run_cli(runner, "quiz", "--answers", files["answers"], "--format", "json",
                   *content_args(files))
    (state / "last-result.json").write_text(quiz.stdout, "utf-8")
    last = run_cli(runner, "results", "--state-dir", state, "--format", "json",
                   *content_args(files))
    assert last.exit_code == 0 and last.stdout == quiz.stdout
    copy = tmp_path / "copy.json"
    kept = run_cli(runner, "results", "--state-dir", state, "--save", copy, *content_args(files))
    assert kept.exit_code == 0
    assert copy.read_text("utf-8") == quiz.stdout


@pytest.mark.parametrize(
    "text, message",
    [
        ("{not json", "invalid JSON"),
        ("[]", "not a rolequiz result"),
        ('{"schema": "rolequiz.answers/1", "answers": {}}', "schema is"),
        ('{"schema": "rolequiz.result/1", "lang": "en"}', "'answered'"),
        ('{"schema": "rolequiz.result/1", "lang": "en", "answered": 1, "skipped": 0, '
         '"total": 1, "profile": {}, "matches": [{"rank": "1"}]}', "'matches[0].rank'"),
        # the same words on every Python, whose own limits differ (3.13 reads 5,000 levels)
        ("[" * 5000 + "]" * 5000, "nesting too deep"),
        ("[" * 101 + "]" * 101, "nesting too deep"),
        ('{"schema": "rolequiz.result/1", "matches": ' + "[" * 100 + "]" * 100 + "}",
         "nesting too deep"),
    ],
)
def test_a_bad_result_file_is_one_clear_error(runner, tmp_path, text, message):
    path = tmp_path / "bad.json"
    path.write_text(text, "utf-8")
    out = run_cli(runner, "results", path)
    assert out.exit_code == 2
    assert str(path) in out.stderr and message in out.stderr
    assert "Traceback" not in out.output


def test_a_result_from_elsewhere_with_markup_is_shown_literally(runner, tmp_path, files):
    quiz = run_cli(runner, "quiz", "--answers", files["answers"], "--format", "json",
                   *content_args(files))
    data = json.loads(quiz.stdout)
    data["content"]["roles"] = "someone-else"
    data["matches"][0]["name"] = "[/]\x1b[2JEvil [link=http://x]y[/link]"
    data["notes"] = [{"code": "x", "text": ":smile: [red]note"}]
    path = tmp_path / "r.json"
    path.write_text(json.dumps(data), "utf-8")
    out = run_cli(runner, "results", path, *content_args(files))
    assert out.exit_code == 0, out.output
    assert "[/]\\x1b[2JEvil [link=http://x]y[/link]" in out.stdout
    assert ":smile: [red]note" in out.stdout


def test_rolequiz_with_quiz_options_and_no_command_is_the_quiz(runner, files):
    plain = run_cli(runner, "quiz", "--answers", files["answers"], "--format", "json",
                    "--lang", "fr", *content_args(files))
    short = run_cli(runner, "--answers", files["answers"], "--format", "json", "--lang", "fr",
                    *content_args(files))
    assert short.exit_code == 0, short.output
    assert short.stdout == plain.stdout
    assert run_cli(runner, "--version").stdout.startswith("rolequiz ")
    assert "Commands:" in run_cli(runner, "--help").stdout


def test_results_as_a_page_or_a_picture(runner, files, tmp_path, mini):
    saved = tmp_path / "result.json"
    run_cli(runner, "quiz", "--answers", files["answers"], "--save", saved, "--format", "json",
            *content_args(files))
    page = tmp_path / "page.html"
    out = run_cli(runner, "results", saved, "--format", "html", "-o", page,
                  *content_args(files))
    assert out.exit_code == 0, out.output
    assert "Data Analyst" in page.read_text("utf-8")
    other = run_cli(runner, "results", saved, "--format", "html", "--questions",
                    mini["questions"], "--roles", mini["roles"])
    assert other.exit_code == 2  # the cards of other content cannot be drawn
    assert "results cannot write --format html" in other.stderr
    assert "Traceback" not in other.output
