"""Hostile files (RELIABILITY.md 1-8): each rejected with exit 2, file and line named,
nothing executed, nothing crashes, and with work bounded by the file's size (counted, not
timed: benchmarks/hostile_bench.py times them)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DATA, run_cli

HOSTILE = Path(__file__).parent / "hostile"
EXPECTED = json.loads((HOSTILE / "expected.json").read_text(encoding="utf-8"))
MINI = DATA / "mini"


def test_corpus_is_complete():
    assert {p.name for p in HOSTILE.glob("*.yaml")} == set(EXPECTED)


# sound YAML (no alias, tag, deep nesting or bad byte) that the content checks refuse
REFUSED_BY_THE_CHECKS = {"key-is-a-list.yaml"}


@pytest.mark.parametrize("name", sorted(EXPECTED))
@pytest.mark.parametrize("as_what", ["questions", "roles", "answers"])
def test_hostile_file_is_rejected_with_its_line(runner, name, as_what, tmp_path, monkeypatch,
                                                parse_work):
    monkeypatch.chdir(tmp_path)  # a tag that ran a command would leave a file here
    path = HOSTILE / name
    if as_what == "questions":
        args = ["validate", "--questions", path, "--roles", MINI / "roles.yaml"]
    elif as_what == "roles":
        args = ["validate", "--questions", MINI / "questions.yaml", "--roles", path]
    else:
        args = ["quiz", "--questions", MINI / "questions.yaml", "--roles",
                MINI / "roles.yaml", "--answers", path]
    result = run_cli(runner, *args)
    assert parse_work.violations == []
    exp = EXPECTED[name]
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"rolequiz: {path}:{exp['line']}:"), first
    assert exp["message"] in first
    assert " — " in first  # says what to do
    assert list(tmp_path.iterdir()) == []
    # bounded work: in proportion to the file, nothing expanded (an alias bomb's 342 bytes
    # stay a few dozen nodes, not 9**9), and the tree of a file refused while reading never
    # reaches the checks that walk it
    size = path.stat().st_size
    assert parse_work.events <= parse_work.budget(size), (parse_work.events, size)
    assert parse_work.nodes[str(path)] <= size, parse_work.nodes
    if name not in REFUSED_BY_THE_CHECKS:
        assert str(path) not in parse_work.checked


def test_python_tag_runs_nothing(tmp_path):
    marker = tmp_path / "pwned"
    evil = tmp_path / "evil.yaml"
    evil.write_text(f"answers: !!python/object/apply:os.system ['touch {marker}']\n",
                    encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "rolequiz", "quiz", "--answers", str(evil)],
        capture_output=True, text=True, timeout=60)
    assert out.returncode == 2
    assert "tags like !!python/object" in out.stderr
    assert not marker.exists()


@pytest.mark.parametrize("as_what", ["questions", "answers"])
def test_huge_file_is_refused_before_parsing(runner, tmp_path, parse_work, as_what):
    huge = tmp_path / "huge.yaml"
    huge.write_text("questions:\n" + "  - {id: q, text: x, weights: {d: 1}}\n" * 110_000,
                    encoding="utf-8")  # about 4 MB
    if as_what == "questions":
        args = ["validate", "--questions", huge, "--roles", MINI / "roles.yaml"]
    else:
        args = ["quiz", "--questions", MINI / "questions.yaml", "--roles",
                MINI / "roles.yaml", "--answers", huge]
    result = run_cli(runner, *args)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"rolequiz: {huge}: file too large (more than 1024 KB)")
    # the size was checked before any parser saw the text, YAML or JSON
    assert parse_work.violations == []
    assert parse_work.events <= parse_work.budget(0)  # the 4 MB were never looked at
    assert not parse_work.parsed_as_yaml(str(huge))
    assert parse_work.nodes[str(huge)] == 0
    assert max((n for _, _, n in parse_work.parsed), default=0) < 10_000  # mini files


def test_files_are_read_as_utf8_whatever_the_locale(tmp_path):
    """open() without encoding= breaks under LC_ALL=C; rolequiz never depends on it."""
    env = {"PATH": "/usr/bin:/bin", "LC_ALL": "C", "PYTHONUTF8": "0", "LANG": "C",
           "PYTHONIOENCODING": "ascii", "NO_COLOR": "1"}
    out = subprocess.run(
        [sys.executable, "-m", "rolequiz", "quiz", "--answers",
         str(Path(__file__).parent.parent / "examples" / "data-curious.yaml"), "--lang", "fr"],
        capture_output=True, env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    assert b"Traceback" not in out.stderr
    assert b"Data analyst" in out.stdout or b"Data Analyst" in out.stdout
