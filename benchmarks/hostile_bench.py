"""How long rolequiz takes to refuse hostile files (RELIABILITY.md 1-8), next to the time it
takes to validate the shipped content in the same run.

    python benchmarks/hostile_bench.py [--rounds 9] [--quick]

The tests check that the work stays bounded by counting it (tests/conftest.py, ParseWork);
the time is measured here, where a busy machine cannot fail a test. Every case is one
command run in this process (typer's CliRunner, content cache off), exit code 2 expected:
each file of tests/hostile as a questions file, a 4 MB YAML file, and the hostile JSON
results of tests/test_reliability.py read by `rolequiz results`. The baseline is
`rolequiz validate` of the shipped content (two YAML files, every check), measured in the
same interleaved rounds, so a busy machine slows both sides together. Prints the median
CPU and wall times and the ratio of CPU times to the baseline's (CPU time: a busy machine
stretches wall times, hardly CPU times); exits 1 when a case takes more than MAX_RATIO
times the baseline (with --quick: report only, exit 0 unless a case's exit code is wrong).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from typer.testing import CliRunner  # noqa: E402

from rolequiz.cli import app  # noqa: E402

# Refusing a hostile file may cost at most this many times the CPU time of validating the
# whole shipped content (about 14 ms): about 0.3 s. The costliest cases, deep flow nesting,
# take about 13 times (180 ms): the careful loader's scanner looks ahead for a possible key
# over the first 1,000 or so brackets, and checks every open one at each step. A file that
# made the work grow with what it expands to would take seconds or hours.
MAX_RATIO = 20.0
HOSTILE = ROOT / "tests" / "hostile"
MINI = ROOT / "tests" / "data" / "mini"


def hostile_json(folder: Path) -> list[Path]:
    from test_reliability import HOSTILE_JSON  # the same files as the tests

    paths = []
    for name in ("deep.json", "deep-unclosed.json", "huge.json", "alias-bomb.json"):
        path = folder / name
        path.write_text(HOSTILE_JSON[name], encoding="utf-8")
        paths.append(path)
    return paths


def cases(folder: Path) -> dict[str, tuple[list[str], int]]:
    """name -> (command line, expected exit code)"""
    out: dict[str, tuple[list[str], int]] = {"baseline: validate shipped": (["validate"], 0)}
    for path in sorted(HOSTILE.glob("*.yaml")):
        out[f"{path.name} ({path.stat().st_size} B)"] = (
            ["validate", "--questions", str(path), "--roles", str(MINI / "roles.yaml")], 2)
    huge = folder / "huge.yaml"
    huge.write_text("questions:\n" + "  - {id: q, text: x, weights: {d: 1}}\n" * 110_000,
                    encoding="utf-8")
    out[f"huge.yaml ({huge.stat().st_size // 1024} KB)"] = (
        ["validate", "--questions", str(huge), "--roles", str(MINI / "roles.yaml")], 2)
    for path in hostile_json(folder):
        out[f"results {path.name} ({path.stat().st_size // 1024} KB)"] = (
            ["results", str(path)], 2)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, help="timed rounds (default 9, quick 3)")
    ap.add_argument("--quick", action="store_true", help="report only, always exit 0")
    args = ap.parse_args(argv)
    rounds = args.rounds or (3 if args.quick else 9)
    with tempfile.TemporaryDirectory(prefix="rolequiz-bench-") as tmp:
        env = {"ROLEQUIZ_NO_CACHE": "1",  # every round reads and checks the YAML
               "NO_COLOR": "1", "ROLEQUIZ_STATE_DIR": str(Path(tmp) / "state")}
        runner = CliRunner(env=env)
        todo = cases(Path(tmp))
        cpu: dict[str, list[float]] = {name: [] for name in todo}
        wall: dict[str, list[float]] = {name: [] for name in todo}
        for round_ in range(rounds + 1):  # the first round warms up (imports)
            for name, (argv_, code) in todo.items():
                w0, c0 = time.perf_counter(), time.process_time()
                result = runner.invoke(app, argv_)
                c1, w1 = time.process_time(), time.perf_counter()
                if result.exit_code != code:
                    print(f"{name}: exit {result.exit_code}, expected {code}\n{result.output}")
                    return 1
                if round_:
                    cpu[name].append(c1 - c0)
                    wall[name].append(w1 - w0)
    base = statistics.median(cpu["baseline: validate shipped"])
    width = max(map(len, todo))
    print(f"rolequiz hostile files: {rounds} interleaved rounds after 1 warm-up, "
          f"Python {sys.version.split()[0]}, target: CPU time <= {MAX_RATIO:g} x baseline")
    print(f"{'case':<{width}}  {'CPU ms':>8}  {'wall ms':>8}  {'x baseline':>10}")
    worst = 0.0
    for name in todo:
        c, w = statistics.median(cpu[name]), statistics.median(wall[name])
        ratio = c / base
        if not name.startswith("baseline"):
            worst = max(worst, ratio)
        flag = "" if ratio <= MAX_RATIO or name.startswith("baseline") else "  MISSED"
        print(f"{name:<{width}}  {c * 1000:8.1f}  {w * 1000:8.1f}  {ratio:10.2f}{flag}")
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    if load:
        print("load average (1, 5, 15 min): " + ", ".join(f"{x:.2f}" for x in load))
    print(f"worst case: {worst:.2f} x the baseline")
    return 0 if args.quick or worst <= MAX_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main())
