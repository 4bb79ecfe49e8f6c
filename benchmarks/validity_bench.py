"""Does the content hold up against respondents it was not written for, and how long does
checking it take?

    python benchmarks/validity_bench.py            # the defaults of validate --simulate
    python benchmarks/validity_bench.py --quick    # a tenth of the respondents, for a look

Prints, for the default content and the O*NET content (923 occupations and the 60 Interest
Profiler items, converted here into a temporary folder by the tests' converter), the same
figures as `rolequiz validate --simulate` (docs/scoring.md, "How the content is checked"):
ideal and noisy respondents, random and shrugging respondents, realistic respondents, the
closest pairs and the questions no role separates; then the time each part took, as
processor time of this process and as wall time.

Targets (exit status 1 when one is missed, for either content):
- every role #1 for its ideal respondent by 3 points; noisy respondents: #1 >= 70 %,
  top 3 >= 95 %;
- random and shrugging respondents: a clear result for at most 5 %, no role #1 for more
  than 25 %;
- realistic respondents, over all roles: #1 alone >= 85 %, top 3 >= 98 %, clear >= 90 %;
- the O*NET content checked with the defaults in under 30 s of processor time.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # onet_convert: the converter the O*NET tests use

from onet_convert import convert  # noqa: E402

from rolequiz.content.load import load_content  # noqa: E402
from rolequiz.engine import simulate, validity  # noqa: E402
from rolequiz.views import validity as view  # noqa: E402

# ../shared/data/onet from the project root (DESIGN.md); a checkout nested deeper finds it
# in a parent folder; else the tests' copy (one occupation in three). ROLEQUIZ_ONET names
# another place.
ONET = Path(os.environ.get("ROLEQUIZ_ONET") or next(
    (p / "shared" / "data" / "onet" for p in ROOT.parents
     if (p / "shared" / "data" / "onet").is_dir()),
    ROOT / "tests" / "data" / "onet",
))
SEED = 0
TARGET_SECONDS = 30.0


class Clock:
    """Processor time and wall time of each part."""

    def __init__(self):
        self.parts: list[tuple[str, float, float]] = []

    def run(self, name, fn, *args, **kwargs):
        cpu, wall = time.process_time(), time.perf_counter()
        out = fn(*args, **kwargs)
        self.parts.append((name, time.process_time() - cpu, time.perf_counter() - wall))
        return out

    @property
    def cpu(self) -> float:
        return sum(c for _, c, _ in self.parts)

    @property
    def wall(self) -> float:
        return sum(w for _, _, w in self.parts)


def check(name: str, content, quick: bool, seed: int) -> tuple[list[str], Clock]:
    """Print the figures of one content; the parts whose targets were missed."""
    counts = validity.default_counts(len(content.roles.roles))
    if quick:
        counts = {k: (max(1, v // 10) if v else v) for k, v in counts.items()}
    clock = Clock()
    sim = clock.run("ideal and noisy", simulate.simulate, content, counts["noisy"], seed)
    groups = clock.run("random and shrugging", validity.undecided, content,
                       counts["undecided"], seed)
    real = clock.run("realistic", validity.realistic, content, counts["realistic"], seed,
                     sample=counts["realistic_roles"])
    print(f"== {name}: {len(content.roles.roles)} roles, "
          f"{len(content.questions.questions)} questions")
    lines = [*view.ideal_section(sim, "en"), *view.undecided_section(groups, content, "en"),
             *view.realistic_section(real, "en"), *view.pairs_section(sim, content, "en")]
    print("\n".join(lines))
    missed = (["ideal"] if not sim.ok else []) + [g.kind for g in groups if not g.ok]
    missed += [] if real.ok else ["realistic"]
    print("\n".join(view.verdict(missed, "en")))
    print()
    print("time (processor / wall, seconds): " + ", ".join(
        f"{part} {cpu:.1f} / {wall:.1f}" for part, cpu, wall in clock.parts)
        + f"; in all {clock.cpu:.1f} / {clock.wall:.1f}")
    print()
    return [f"{name}: {m}" for m in missed], clock


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="a tenth of the respondents (figures less precise)")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)

    failures = []
    contents = [("default", lambda folder: load_content())]
    if ONET.is_dir():
        contents.append(("onet", lambda folder: load_content(*convert(ONET, folder))))
    else:
        print(f"note: {ONET} not found; the O*NET content is left out", file=sys.stderr)
    for name, load in contents:
        with tempfile.TemporaryDirectory() as folder:
            start = time.process_time()
            content = load(Path(folder))
            loading = time.process_time() - start
        missed, clock = check(name, content, args.quick, args.seed)
        failures += missed
        if name == "onet" and not args.quick and clock.cpu + loading >= TARGET_SECONDS:
            failures.append(f"onet: checked in {clock.cpu + loading:.1f} s of processor "
                            f"time, over {TARGET_SECONDS:g} s")
    print("targets: " + ("all met" if not failures else "MISSED: " + "; ".join(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
