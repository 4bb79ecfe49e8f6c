"""Regenerate the README pictures with rolequiz itself: python docs/make_images.py

docs/img/results.svg  rolequiz quiz --answers examples/data-curious.yaml --format svg
docs/img/compare.svg  rolequiz compare data-analyst ml-engineer --format svg

Run it after changing the default content or the terminal views; it uses the checkout's
rolequiz (python -m rolequiz), English, no colour theme surprises, 100 columns.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IMAGES = {
    "results.svg": ["quiz", "--answers", "examples/data-curious.yaml"],
    "compare.svg": ["compare", "data-analyst", "ml-engineer"],
}


def main() -> int:
    env = {**os.environ, "COLUMNS": "100", "ROLEQUIZ_LANG": "en", "PYTHONPATH": str(ROOT)}
    env.pop("NO_COLOR", None)
    for name, args in IMAGES.items():
        target = ROOT / "docs" / "img" / name
        cmd = [sys.executable, "-m", "rolequiz", *args, "--format", "svg", "--output",
               str(target)]
        done = subprocess.run(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
        if done.returncode != 0:
            return done.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
