"""How long a student waits for the quiz to appear, against a bare `python -c pass`.

    python benchmarks/first_screen.py [runs]

Spawns the real program in a pseudo-terminal (POSIX, needs pexpect), waits for the welcome
screen, presses Enter and waits for the first question. Prints medians in milliseconds.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time

import pexpect


def spawn(args: list[str], env: dict[str, str]):
    return pexpect.spawn(sys.executable, args, env=env, encoding="utf-8", timeout=20,
                         dimensions=(40, 100))


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    with tempfile.TemporaryDirectory() as state:
        env = dict(os.environ, NO_COLOR="1", ROLEQUIZ_STATE_DIR=state, LANG="en_US.UTF-8")
        bare, welcome, first = [], [], []
        for _ in range(runs):
            start = time.perf_counter()
            child = spawn(["-c", "print('ready')"], env)
            child.expect("ready")
            bare.append(time.perf_counter() - start)
            child.close(force=True)

            start = time.perf_counter()
            child = spawn(["-m", "rolequiz"], env)
            child.expect("Press Enter to start")
            welcome.append(time.perf_counter() - start)
            child.send("\r")
            child.expect("Question 1 of")
            first.append(time.perf_counter() - start)
            child.close(force=True)
    b, w, q = (statistics.median(x) * 1000 for x in (bare, welcome, first))
    print(f"python -c pass   {b:6.0f} ms")
    print(f"welcome screen   {w:6.0f} ms  ({w / b:.1f}x)")
    print(f"first question   {q:6.0f} ms  ({q / b:.1f}x, including the Enter round trip)")


if __name__ == "__main__":
    main()
