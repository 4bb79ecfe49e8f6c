"""Fuzz the content loader for a while: python benchmarks/fuzz_loader.py [--seconds N].

Uses atheris (coverage-guided) when it is installed, else random mutations of the seed files.
Any exception other than ContentError is a bug: the input is saved and printed."""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from fuzz_target import SEEDS, one_input  # noqa: E402
from test_fuzz import TOKENS  # noqa: E402


def mutate(rng: random.Random) -> bytes:
    data = bytearray(rng.choice(SEEDS))
    for _ in range(rng.randint(1, 8)):
        pos = rng.randint(0, len(data))
        action = rng.choice(("insert", "delete", "replace", "truncate", "repeat"))
        if action == "insert":
            data[pos:pos] = rng.choice(TOKENS)
        elif action == "delete":
            del data[pos:pos + rng.randint(1, 8)]
        elif action == "replace" and pos < len(data):
            data[pos] = rng.randrange(256)
        elif action == "truncate":
            del data[pos:]
        elif action == "repeat":
            data[pos:pos] = rng.choice(TOKENS) * rng.randint(10, 3000)
    return bytes(data)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    try:
        import atheris  # type: ignore[import-not-found]
    except ImportError:
        atheris = None
    if atheris is not None:
        print("atheris found: coverage-guided run (stop with Ctrl-C)")
        atheris.Setup([sys.argv[0], f"-max_total_time={int(args.seconds)}"], one_input)
        atheris.Fuzz()
        return 0
    rng = random.Random(args.seed)
    end = time.monotonic() + args.seconds
    runs = 0
    while time.monotonic() < end:
        data = mutate(rng)
        try:
            one_input(data)
        except Exception:
            out = Path("fuzz-crash.yaml")
            out.write_bytes(data)
            traceback.print_exc()
            print(f"bug found after {runs} inputs; input saved to {out}")
            return 1
        runs += 1
    print(f"fuzz_loader: {runs} inputs in {args.seconds:g} s, no bug found (seed {args.seed})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
