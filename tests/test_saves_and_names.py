"""Saves that fail on a real full device or an impossible path, answers files with YAML 1.1
surprises and duplicate keys, and hostile names in every report format (RELIABILITY.md 5, 6,
9, 10, 12). Each through the real command, checking what the user sees."""

from __future__ import annotations

import os
import stat

import pytest
from conftest import DATA, run_cli

MINI = DATA / "mini"
CONTENT = ["--questions", MINI / "questions.yaml", "--roles", MINI / "roles.yaml"]


def good_result(runner, path):
    r = run_cli(runner, "quiz", *CONTENT, "--answers", MINI / "answers.yaml", "--save", path,
                "--format", "json")
    assert r.exit_code == 0, r.output
    return path.read_bytes()


def test_save_to_a_full_disk_keeps_the_results_on_screen(runner, tmp_path):
    out = run_cli(runner, "quiz", *CONTENT, "--answers", MINI / "answers.yaml",
                  "--save", "/dev/full", "--format", "json")
    assert out.exit_code == 1, out.output
    assert "/dev/full" in out.stderr
    assert "Traceback" not in out.output
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)  # the device is still a device


def test_save_under_a_file_names_the_path_and_keeps_previous_results(runner, tmp_path):
    previous = tmp_path / "result.json"
    before = good_result(runner, previous)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", "utf-8")
    target = blocker / "result.json"
    out = run_cli(runner, "quiz", *CONTENT, "--answers", MINI / "answers.yaml",
                  "--save", target, "--format", "json")
    assert out.exit_code == 1, out.output
    assert str(target) in out.stderr or str(blocker) in out.stderr
    assert "Traceback" not in out.output
    assert previous.read_bytes() == before


@pytest.mark.parametrize(
    "value", ["yes", "no", "on", "off", "010", "12:30", "2024-01-02", "1.5", "[1]"],
)
def test_answers_file_yaml_surprises_are_type_errors_at_their_line(runner, tmp_path, value):
    path = tmp_path / "answers.yaml"
    path.write_text(f"answers:\n  q1: 5\n  q2: {value}\n", "utf-8")
    out = run_cli(runner, "quiz", *CONTENT, "--answers", path)
    assert out.exit_code == 2, out.output
    assert out.stderr.startswith(f"rolequiz: {path}:3:"), out.stderr
    assert "Traceback" not in out.output


def test_answers_file_duplicate_key_names_both_lines(runner, tmp_path):
    path = tmp_path / "answers.yaml"
    path.write_text("answers:\n  q1: 5\n  q2: 1\n  q1: 2\n", "utf-8")
    out = run_cli(runner, "quiz", *CONTENT, "--answers", path)
    assert out.exit_code == 2, out.output
    assert out.stderr.startswith(f"rolequiz: {path}:4:"), out.stderr
    assert "q1" in out.stderr and "2" in out.stderr


EVIL_NAME = "[/]=cmd|' [link=http://x]y[/link] :smile: \x1b[2J\u202e<b>"


def test_a_hostile_student_name_is_literal_in_every_report_format(runner, tmp_path, mini):
    ws = tmp_path / "ws"
    r = run_cli(runner, "workshop", "init", ws, "--title", "[/]T\x1b]0;x\x07",
                "--questions", mini["questions"], "--roles", mini["roles"])
    assert r.exit_code == 0, r.output
    answers = tmp_path / "a.yaml"
    answers.write_text("answers:\n  q1: 5\n  q2: 1\n", "utf-8")
    r = run_cli(runner, "quiz", "--answers", answers, "--workshop", ws, "--name", EVIL_NAME)
    assert r.exit_code == 0, r.output
    table = run_cli(runner, "report", ws)
    assert table.exit_code == 0, table.output
    assert "[/]=cmd|' [link=http://x]y[/link] :smile: \\x1b[2J\\u202e<b>" in table.stdout
    assert "[/]T\\x1b]0;x\\x07" in table.stdout
    for fmt in ("markdown", "html", "csv", "json"):
        out = run_cli(runner, "report", ws, "--format", fmt)
        assert out.exit_code == 0, (fmt, out.output)
        assert "\x1b" not in out.stdout or fmt == "json", fmt
        assert "\u202e" not in out.stdout or fmt == "json", fmt
        assert "Traceback" not in out.output
    html = run_cli(runner, "report", ws, "--format", "html").stdout
    assert "&lt;b&gt;" in html
