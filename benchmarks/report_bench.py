"""How long `rolequiz report` takes over 10,000 result files, next to the time it takes
just to read and parse the same files (the floor any report must pay), for an open
workshop (plain JSON files) and a sealed one (each file a libsodium sealed box).

    python benchmarks/report_bench.py [--files 10000] [--rounds 5]

Generates the files in a temporary folder (like a workshop folder: a manifest, pinned
content, one JSON result per student, every one different), then the same results sealed
in a second folder, then alternates, round after round, the floors and the full reports
(read, open, check, aggregate, render the terminal table). The floor of the open folder:
read + json.loads of every file; of the sealed one: read + open the sealed box (PyNaCl's
binding, nothing around it) + json.loads. Prints the medians (wall clock and CPU time) and
their ratios; exits 1 when a report takes more than 1.5x its floor or more than 3 seconds
of CPU time. Standard library, PyNaCl and rolequiz only.
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
from rolequiz.group import layout, manifest, participants, reader, seal  # noqa: E402

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


KEY = seal.new_key("bench", "Benchmark group")


def seal_copy(plain: Path, folder: Path) -> None:
    """The same results in a sealed workshop: each file sealed to KEY, named by its code."""
    manifest.init(folder, "Benchmark group", plain / "content" / "questions.yaml",
                  plain / "content" / "roles.yaml", seal=lambda *_: KEY.manifest_record())
    with os.scandir(plain) as it:
        for e in it:
            if e.name.endswith(".json") and e.name != layout.MANIFEST:
                raw = Path(e.path).read_bytes()
                code = json.loads(raw)["participant"]["code"]
                (folder / f"{code}.sealed").write_bytes(seal.seal(raw, KEY.public))


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


def sealed_read(folder: Path) -> int:
    """The floor of a sealed folder: list it, read every sealed file, open the box with
    the bare binding, parse the JSON. Nothing else."""
    from nacl.bindings import crypto_box_seal_open

    header = len(seal.MAGIC) + seal.KEY_ID_LEN + 1
    public, secret = KEY.public, KEY.secret
    n = 0
    with os.scandir(folder) as it:
        names = [e.path for e in it if e.name.endswith(".sealed")]
    for path in names:
        with open(path, "rb") as f:
            json.loads(crypto_box_seal_open(f.read()[header:], public, secret))
        n += 1
    return n


def full_report(folder: Path) -> int:
    """What `rolequiz report DIR` does, printing into memory instead of the terminal."""
    from rich.console import Console

    from rolequiz.group import report
    from rolequiz.views.terminal.report import report_view

    report._NAMES_CACHE.clear()  # each round pays what a fresh `rolequiz report` pays
    with reader.no_gc():  # as the command does
        col = reader.read_results([folder], keys=seal.Keyring([KEY]))
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
        sealed = folder.with_name(folder.name + "-sealed")
        if not (folder / layout.MANIFEST).exists():
            t0 = time.perf_counter()
            generate(folder, args.files)
            print(f"generated {args.files} result files in {time.perf_counter() - t0:.1f} s")
        if sealed.exists():  # sealed to the key of another run: seal them again
            import shutil

            shutil.rmtree(sealed)
        seal_copy(folder, sealed)
        for f, suffix in ((folder, ".json"), (sealed, ".sealed")):
            size = sum(p.stat().st_size for p in f.glob("*" + suffix))
            print(f"{args.files} {suffix} files, {size / 1e6:.1f} MB in all")
        cases = {"plain": (plain_read, folder), "report": (full_report, folder),
                 "sealed floor": (sealed_read, sealed), "sealed report": (full_report, sealed)}
        for fn, where in cases.values():
            fn(where)  # warm up: imports, and the files in the page cache
        wall: dict[str, list[float]] = {name: [] for name in cases}
        cpu: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(args.rounds):  # alternate, so all meet the same machine load
            for name, (fn, where) in cases.items():
                w0, c0 = time.perf_counter(), time.process_time()
                n = fn(where)
                wall[name].append(time.perf_counter() - w0)
                cpu[name].append(time.process_time() - c0)
                assert n == args.files + (name == "plain"), (name, n)  # + workshop.json
    ok = True
    rows = (("read + json.loads", "plain"), ("report (table)", "report"),
            ("read + open + json.loads", "sealed floor"), ("sealed report (table)",
                                                           "sealed report"))
    for label, t in (("wall clock", wall), ("CPU time", cpu)):
        med = {name: statistics.median(xs) for name, xs in t.items()}
        print(f"{label}:")
        for what, name in rows:
            print(f"  {what + ':':27}median {med[name]:.3f} s  (rounds: "
                  + ", ".join(f"{x:.3f}" for x in t[name]) + ")")
        print(f"  ratio report / plain reading: {med['report'] / med['plain']:.2f}")
        print(f"  ratio sealed report / its floor: "
              f"{med['sealed report'] / med['sealed floor']:.2f}")
        print(f"  opening a sealed file: "
              f"{(med['sealed floor'] - med['plain']) / args.files * 1e6:.0f} µs each")
        if label == "CPU time":
            # CPU time is what the code costs; the wall clock also counts the time other
            # programs held the processor, which on a shared machine can double it
            ok = all(med[r] / med[f] <= MAX_RATIO and med[r] <= MAX_SECONDS
                     for r, f in (("report", "plain"), ("sealed report", "sealed floor")))
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    if load:
        print("load average (1, 5, 15 min): " + ", ".join(f"{x:.2f}" for x in load))
    print(f"limits: ratio {MAX_RATIO}, report {MAX_SECONDS:.0f} s (checked on CPU time)")
    print("OK" if ok else "TOO SLOW")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
