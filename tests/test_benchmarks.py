"""The benchmark's own pieces: the content it generates is valid, its clocks see things."""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path

from conftest import ONET, ROOT

from rolequiz.content.load import load_content

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
    assert len(content.roles.roles) == 308  # the tests' copy: one occupation in three
    assert len(content.questions.questions) == 60


def test_the_pty_clock_sees_the_marker_and_the_launcher_the_memory(tmp_path):
    env = bench.child_env(tmp_path)
    code = "import sys; x = bytearray(30 * 1024 * 1024); print('ready', flush=True); input()"
    argv = [sys.executable, "-c", code]
    start = time.perf_counter()
    seconds, status, peak, seen, _ = bench.run_pty(argv, env, ("ready",), launched=True,
                                                   timeout=120)
    outside = time.perf_counter() - start
    # its clock counts seconds, within the call (no limit: a busy machine makes both longer)
    assert status == 0 and 0 < seconds <= outside and b"ready" in seen
    assert 30 * bench.MIB < peak < 60 * bench.MIB  # the child's own peak, not the test's
    assert bench.peak_memory([sys.executable, "-c", "pass"], env)[0] < 30 * bench.MIB


def test_a_marker_that_never_comes_is_a_failure_not_a_hang(tmp_path):
    env = bench.child_env(tmp_path)
    argv = [sys.executable, "-c", "print('something else')"]
    start = time.perf_counter()
    # the child ends by itself: the timeout is only a safety net
    seconds, status, _, _, cpu = bench.run_pty(argv, env, ("never",), timeout=120)
    outside = time.perf_counter() - start
    assert status == -1 and seconds != seconds  # NaN
    assert 0 < cpu <= outside  # the child's CPU seconds were counted


def test_benchmark_files_stay_out_of_the_project():
    assert not (ROOT / "benchmarks" / "onet").exists()
    assert Path(bench.__file__).parent == ROOT / "benchmarks"


def test_the_scoring_round_times_score_in_a_child_and_counts_only_timed_rounds(tmp_path):
    paths = bench.write_synthetic(tmp_path / "content", roles=40, questions=20, dims=6)
    scoring = bench.Scoring(paths, 3, bench.child_env(tmp_path))
    scoring.run(False)  # a warm-up round
    assert scoring.cpu == [] and scoring.peaks == []
    start = time.perf_counter()
    scoring.run(True)
    outside = time.perf_counter() - start
    (cpu,), (peak,) = scoring.cpu, scoring.peaks
    # one call's CPU seconds: more than nothing, less than the whole round took
    assert 0 < cpu < outside and 5 * bench.MIB < peak < 60 * bench.MIB


def test_the_hostile_benchmark_runs_every_hostile_file(capsys):
    """Its figures are not checked here (a busy machine would fail that), only that it runs
    every case of the corpus and each gives the exit code the tests expect."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import hostile_bench
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    assert hostile_bench.main(["--quick", "--rounds", "1"]) == 0
    out = capsys.readouterr().out
    for path in (ROOT / "tests" / "hostile").glob("*.yaml"):
        assert f"\n{path.name} (" in out
    assert "huge.yaml (" in out and "results huge.json (" in out
