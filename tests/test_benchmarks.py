"""The benchmark's own pieces: the content it generates is valid, its clocks see things."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from conftest import ONET, ROOT

from rolequiz.content import load_content

spec = importlib.util.spec_from_file_location("bench", ROOT / "benchmarks" / "run.py")
bench = importlib.util.module_from_spec(spec)
sys.modules["bench"] = bench  # (its dataclasses look themselves up there)
spec.loader.exec_module(bench)


def test_synthetic_content_is_valid_and_the_size_asked(tmp_path):
    paths = bench.write_synthetic(tmp_path, roles=30, questions=20, dims=12)
    content = load_content(paths["questions"], paths["roles"])
    assert len(content.roles.roles) == 30
    assert len(content.questions.questions) == 20
    assert len(content.questions.dimensions) == 12


def test_onet_content_is_valid(tmp_path):
    paths = bench.write_onet(tmp_path, ONET)
    content = load_content(paths["questions"], paths["roles"])
    assert len(content.roles.roles) == 923
    assert len(content.questions.questions) == 60


def test_the_pty_clock_sees_the_marker_and_the_launcher_the_memory(tmp_path):
    env = bench.child_env(tmp_path)
    code = "import sys; x = bytearray(30 * 1024 * 1024); print('ready', flush=True); input()"
    argv = [sys.executable, "-c", code]
    seconds, status, peak, seen, _ = bench.run_pty(argv, env, ("ready",), launched=True)
    assert status == 0 and 0 < seconds < 10 and b"ready" in seen
    assert 30 * bench.MIB < peak < 60 * bench.MIB  # the child's own peak, not the test's
    assert bench.peak_memory([sys.executable, "-c", "pass"], env)[0] < 30 * bench.MIB


def test_a_marker_that_never_comes_is_a_failure_not_a_hang(tmp_path):
    env = bench.child_env(tmp_path)
    argv = [sys.executable, "-c", "print('something else')"]
    seconds, status, _, _, cpu = bench.run_pty(argv, env, ("never",), timeout=5)
    assert status == -1 and seconds != seconds  # NaN
    assert 0 < cpu < 5


def test_benchmark_files_stay_out_of_the_project():
    assert not (ROOT / "benchmarks" / "onet").exists()
    assert Path(bench.__file__).parent == ROOT / "benchmarks"


def test_the_scoring_round_times_score_in_a_child_and_counts_only_timed_rounds(tmp_path):
    paths = bench.write_synthetic(tmp_path / "content", roles=40, questions=20, dims=6)
    scoring = bench.Scoring(paths, 3, bench.child_env(tmp_path))
    scoring.run(False)  # a warm-up round
    assert scoring.cpu == [] and scoring.peaks == []
    scoring.run(True)
    (cpu,), (peak,) = scoring.cpu, scoring.peaks
    assert 0 < cpu < 1 and 5 * bench.MIB < peak < 60 * bench.MIB
