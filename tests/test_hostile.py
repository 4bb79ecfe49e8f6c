"""Hostile files (RELIABILITY.md 1-8): each rejected fast, exit 2, file and line named,
nothing executed, nothing crashes."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import DATA, run_cli

HOSTILE = Path(__file__).parent / "hostile"
EXPECTED = json.loads((HOSTILE / "expected.json").read_text(encoding="utf-8"))
MINI = DATA / "mini"


def test_corpus_is_complete():
    assert {p.name for p in HOSTILE.glob("*.yaml")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
@pytest.mark.parametrize("as_what", ["questions", "roles", "answers"])
def test_hostile_file_is_rejected_with_its_line(runner, name, as_what, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # a tag that ran a command would leave a file here
    path = HOSTILE / name
    if as_what == "questions":
        args = ["validate", "--questions", path, "--roles", MINI / "roles.yaml"]
    elif as_what == "roles":
        args = ["validate", "--questions", MINI / "questions.yaml", "--roles", path]
    else:
        args = ["quiz", "--questions", MINI / "questions.yaml", "--roles",
                MINI / "roles.yaml", "--answers", path]
    start = time.perf_counter()
    result = run_cli(runner, *args)
    elapsed = time.perf_counter() - start
    exp = EXPECTED[name]
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"rolequiz: {path}:{exp['line']}:"), first
    assert exp["message"] in first
    assert " — " in first  # says what to do
    assert elapsed < 1.5, f"{name} took {elapsed:.2f}s"
    assert list(tmp_path.iterdir()) == []


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


def test_huge_file_is_refused_before_parsing(runner, tmp_path):
    huge = tmp_path / "huge.yaml"
    huge.write_text("questions:\n" + "  - {id: q, text: x, weights: {d: 1}}\n" * 110_000,
                    encoding="utf-8")  # about 4 MB
    start = time.perf_counter()
    result = run_cli(runner, "validate", "--questions", huge, "--roles", MINI / "roles.yaml")
    assert result.exit_code == 2
    assert "file too large (more than 1024 KB)" in result.stderr
    assert time.perf_counter() - start < 1.0


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
