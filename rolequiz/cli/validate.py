"""`rolequiz validate`: check content files and say everything that is wrong."""


import sys
from typing import Annotated

import typer

from rolequiz.cli.app import app
from rolequiz.cli.options import QuestionsOpt, RolesOpt

# What the shipped content must reach (issue figures; docs/content.md)
MIN_MARGIN = 3.0
MIN_TOP1 = 0.70
MIN_TOP3 = 0.95


@app.command()
def validate(
    questions: QuestionsOpt = None,
    roles: RolesOpt = None,
    simulate: Annotated[
        bool,
        typer.Option(
            "--simulate",
            help="Also measure how well the questions tell the roles apart, with simulated "
            "respondents (exit 1 when a role misses the targets).",
        ),
    ] = False,
    respondents: Annotated[
        int, typer.Option(min=1, max=100_000, help="Noisy respondents per role.")
    ] = 2000,
    seed: Annotated[int, typer.Option(help="Random seed of the simulation.")] = 0,
) -> None:
    """Check the questions and roles files; list every problem (exit 2 if any)."""
    from rolequiz.content.load import load_content

    content = load_content(questions, roles)
    qs, rs = content.questions, content.roles
    langs = ", ".join(sorted(content.languages)) or "-"
    sys.stdout.write(
        f"{qs.path}: {len(qs.dimensions)} dimensions, {len(qs.questions)} questions, "
        f"scale {qs.scale.low}-{qs.scale.high}\n"
        f"{rs.path}: {len(rs.roles)} roles, {len(rs.sources)} sources\n"
        f"languages: {langs}\n"
        "OK: no problems found\n"
    )
    if simulate:
        if not _simulation_report(content, respondents, seed):
            raise typer.Exit(1)


def _simulation_report(content, respondents: int, seed: int) -> bool:
    from rolequiz.base.textsafe import clean
    from rolequiz.engine.simulate import simulate

    sim = simulate(content, respondents, seed)
    width = max([len(f.role) for f in sim.roles] + [4])
    out = [
        "",
        f"Simulation: each role's ideal respondent, then {sim.respondents} noisy respondents "
        f"per role (each answer moved one step with probability 0.3; seed {sim.seed}).",
        f"Targets: ideal respondent ranks the role #1 by at least {MIN_MARGIN:g} points; "
        f"noisy respondents have it #1 at least {MIN_TOP1:.0%} and in the top 3 at least "
        f"{MIN_TOP3:.0%} of the time.",
        "",
        f"{'role':<{width}}  ideal  margin  {'runner-up':<{max(width, 9)}}  top-1   top-3",
    ]
    ok_all = True
    for f in sim.roles:
        ok = (f.ideal_rank == 1 and f.ideal_margin >= MIN_MARGIN and f.top1 >= MIN_TOP1
              and f.top3 >= MIN_TOP3)
        ok_all &= ok
        out.append(
            f"{clean(f.role):<{width}}  #{f.ideal_rank:<4}  {f.ideal_margin:6.1f}  "
            f"{clean(f.runner_up):<{max(width, 9)}}  {f.top1:6.1%}  {f.top3:6.1%}  "
            f"{'ok' if ok else 'BELOW TARGET'}"
        )
    out += ["", "Closest pairs (RMS difference of profiles, 0-1) and what separates them:"]
    for p in sim.pairs:
        seps = ", ".join(f"{clean(d)} {a:.2f} vs {b:.2f}" for d, a, b in p.separators)
        out.append(f"  {clean(p.a)} ~ {clean(p.b)}: {p.distance:.2f}  ({seps})")
    out.append("")
    out.append("All roles reach the targets." if ok_all else
               "Some roles miss the targets: make their profiles or questions more distinct.")
    sys.stdout.write("\n".join(out) + "\n")
    return ok_all
