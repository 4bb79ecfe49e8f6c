"""How long `rolequiz report` takes over 10,000 result files, next to the time it takes
just to read and parse the same files (the floor any report must pay).

    python benchmarks/report_bench.py [--files 10000] [--rounds 5]

Generates the files in a temporary folder (like a workshop folder: a manifest, pinned
content, one JSON result per student, every one different), then alternates, round after
round, the plain read + json.loads of every file and the full report (read, check,
aggregate, render the terminal table). Prints the medians (wall clock and CPU time) and
their ratio; exits 1 when the report takes more than 1.5x the plain reading or more than
3 seconds of CPU time. Standard library and rolequiz only.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rolequiz.content.load import load_content  # noqa: E402
from rolequiz.content.results import result_to_dict  # noqa: E402
from rolequiz.engine.scoring import score  # noqa: E402
from rolequiz.group import layout, manifest, participants, reader  # noqa: E402

MAX_RATIO = 1.5
MAX_SECONDS = 3.0


def generate(folder: Path, n: int, seed: int = 6) -> None:
    rng = random.Random(seed)
    manifest.init(folder, "Benchmark group")
    m = manifest.read_manifest(folder)
    assert m is not None
    content = load_content(m.questions_file, m.roles_file)
    values = content.questions.scale.values
    ids = [q.id for q in content.questions.questions]
    ws = m.summary()
    codes: set[str] = set()
    for i in range(n):  # every student answers differently, as in a real group
        answers = {q: rng.choice(values) for q in ids if rng.random() > 0.05}
        data = result_to_dict(score(content, answers, "en"), content)
        # never the same code twice: a report counts two results with one code as one
        # student (10,000 random codes hold a pair about one run in twenty)
        code = participants.new_code()
        while code in codes:
            code = participants.new_code()
        codes.add(code)
        data["participant"] = {"name": f"Student {i:05d}" if i % 3 else None, "code": code}
        data["workshop"] = ws
        data["finished_at"] = f"2026-03-0{1 + i % 9}T10:{i % 60:02d}:00Z"
        stem = f"student-{i:05d}" if i % 3 else code
        (folder / f"{stem}.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def plain_read(folder: Path) -> int:
    """The floor: list the folder, read every JSON file, parse it. Nothing else."""
    n = 0
    with os.scandir(folder) as it:
        names = [e.path for e in it if e.name.endswith(".json")]
    for path in names:
        with open(path, "rb") as f:
            json.loads(f.read())
        n += 1
    return n


def full_report(folder: Path) -> int:
    """What `rolequiz report DIR` does, printing into memory instead of the terminal."""
    from rich.console import Console

    from rolequiz.group import report
    from rolequiz.views.terminal.report import report_view

    report._NAMES_CACHE.clear()  # each round pays what a fresh `rolequiz report` pays
    with reader.no_gc():  # as the command does
        col = reader.read_results([folder])
        data = report.build(col, "en")
        buf = io.StringIO()
        Console(file=buf, width=100, color_system=None, markup=False, emoji=False,
                highlight=False).print(report_view(data), crop=False)
        return data.participants


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=10_000)
    ap.add_argument("--rounds", type=int, default=9)
    ap.add_argument("--dir", type=Path, help="generate into DIR once and reuse it next time")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="rolequiz-bench-") as tmp:
        folder = args.dir or Path(tmp) / "group"
        if not (folder / layout.MANIFEST).exists():
            t0 = time.perf_counter()
            generate(folder, args.files)
            print(f"generated {args.files} result files in {time.perf_counter() - t0:.1f} s")
        size = sum(p.stat().st_size for p in folder.glob("*.json"))
        print(f"{args.files} result files, {size / 1e6:.1f} MB in all")
        full_report(folder)  # warm up: imports, and the files in the page cache
        plain_read(folder)
        wall: dict[str, list[float]] = {"plain": [], "report": []}
        cpu: dict[str, list[float]] = {"plain": [], "report": []}
        for _ in range(args.rounds):  # alternate, so both meet the same machine load
            for name, fn in (("plain", plain_read), ("report", full_report)):
                w0, c0 = time.perf_counter(), time.process_time()
                n = fn(folder)
                wall[name].append(time.perf_counter() - w0)
                cpu[name].append(time.process_time() - c0)
                assert n == args.files + (name == "plain"), (name, n)  # + workshop.json
    ok = True
    for label, t in (("wall clock", wall), ("CPU time", cpu)):
        mp, mr = statistics.median(t["plain"]), statistics.median(t["report"])
        print(f"{label}:")
        print(f"  read + json.loads: median {mp:.3f} s  (rounds: "
              + ", ".join(f"{x:.3f}" for x in t["plain"]) + ")")
        print(f"  report (table):    median {mr:.3f} s  (rounds: "
              + ", ".join(f"{x:.3f}" for x in t["report"]) + ")")
        print(f"  ratio report / plain reading: {mr / mp:.2f}")
        if label == "CPU time":
            # CPU time is what the code costs; the wall clock also counts the time other
            # programs held the processor, which on a shared machine can double it
            ok = mr / mp <= MAX_RATIO and mr <= MAX_SECONDS
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    if load:
        print("load average (1, 5, 15 min): " + ", ".join(f"{x:.2f}" for x in load))
    print(f"limits: ratio {MAX_RATIO}, report {MAX_SECONDS:.0f} s (checked on CPU time)")
    print("OK" if ok else "TOO SLOW")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
