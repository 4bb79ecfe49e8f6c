"""The command line as a user meets it: version, quiz --answers in three formats, errors."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT, run_cli

from rolequiz import __version__


def test_version(runner):
    result = run_cli(runner, "--version")
    assert result.exit_code == 0
    assert result.stdout == f"rolequiz {__version__}\n"


def test_python_dash_m(tmp_path):
    out = subprocess.run([sys.executable, "-m", "rolequiz", "--version"], cwd=tmp_path,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0
    assert out.stdout.strip() == f"rolequiz {__version__}"


def test_help_lists_the_commands(runner):
    result = run_cli(runner, "--help")
    assert result.exit_code == 0
    for command in ("quiz", "validate"):
        assert command in result.stdout
    assert run_cli(runner, "-h").stdout == result.stdout


def test_quiz_json_follows_the_result_contract(runner, mini):
    result = run_cli(runner, "quiz", "--answers", mini["answers"], "--questions",
                     mini["questions"], "--roles", mini["roles"], "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema"] == "rolequiz.result/1"
    assert data["lang"] == "en"
    assert (data["answered"], data["skipped"], data["total"]) == (2, 0, 2)
    assert data["profile"] == {"data": 1.0, "hardware": 0.0}
    assert [m["role"] for m in data["matches"]] == ["analyst", "maker"]
    top = data["matches"][0]
    assert top == {**top, "rank": 1, "name": "Analyst", "score": 100.0}
    assert top["reasons"][0]["kind"] == "lift"
    assert top["reasons"][0]["dimension"] == "data"
    for m in data["matches"]:
        assert 0 <= m["score"] <= 100
        assert isinstance(m["reasons"], list)


def test_quiz_json_in_french(runner, mini):
    result = run_cli(runner, "quiz", "--answers", mini["answers"], "--questions",
                     mini["questions"], "--roles", mini["roles"], "-f", "json", "--lang", "fr")
    data = json.loads(result.stdout)
    assert data["lang"] == "fr"
    assert data["matches"][0]["name"] == "Analyste"
    reason = data["matches"][0]["reasons"][0]["text"]
    assert reason.startswith("«\u00a0Données\u00a0»\u00a0: tu aimes"), reason


def test_language_from_the_environment(runner, mini, monkeypatch):
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    args = ["quiz", "--answers", mini["answers"], "--questions", mini["questions"],
            "--roles", mini["roles"], "-f", "json"]
    assert json.loads(run_cli(runner, *args).stdout)["lang"] == "fr"
    monkeypatch.setenv("ROLEQUIZ_LANG", "en")
    assert json.loads(run_cli(runner, *args).stdout)["lang"] == "en"


def test_quiz_markdown_and_table(runner, mini):
    common = ["quiz", "--answers", mini["answers"], "--questions", mini["questions"],
              "--roles", mini["roles"]]
    md = run_cli(runner, *common, "--format", "markdown")
    assert md.exit_code == 0
    assert "| 1 | Analyst | 100.0 |" in md.stdout
    table = run_cli(runner, *common)
    assert table.exit_code == 0
    assert "Analyst" in table.stdout and "100.0" in table.stdout
    assert "Why Analyst?" in table.stdout


def test_quiz_without_a_terminal_or_answers_stops_before_asking(runner, mini):
    result = run_cli(runner, "quiz", "--questions", mini["questions"], "--roles",
                     mini["roles"], input="5\n5\n")
    assert result.exit_code == 2
    assert "needs a terminal" in result.stderr
    assert "--answers" in result.stderr


def test_bad_option_is_a_usage_error(runner):
    result = run_cli(runner, "quiz", "--format", "pdf")
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_same_inputs_same_bytes(mini):
    cmd = [sys.executable, "-m", "rolequiz", "quiz", "--answers", str(mini["answers"]),
           "--questions", str(mini["questions"]), "--roles", str(mini["roles"]), "-f", "json"]
    outs = {subprocess.run(cmd, capture_output=True, timeout=60, cwd=ROOT).stdout
            for _ in range(2)}
    assert len(outs) == 1
