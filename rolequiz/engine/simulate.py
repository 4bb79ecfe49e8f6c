"""How well content tells its roles apart: simulated respondents (DESIGN.md).

For each role, its *ideal respondent* answers every question as the role's profile
suggests (scoring.ideal_answers). *Realistic noise* moves each answer one step up or down
with probability 0.3; at an end of the scale the step goes inward, so a noisy answer always
differs by exactly one step. Counselors who write their own content run this through
`rolequiz validate --simulate`.
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping
from dataclasses import dataclass

from rolequiz.content.models import Content, Role
from rolequiz.engine.scoring import ideal_answers, interest_profile, match_score

NOISE = 0.3


@dataclass(frozen=True)
class RoleFigures:
    role: str
    ideal_rank: int  # where the ideal respondent puts the role (1 = first)
    ideal_margin: float  # the role's score minus the best other role's, for that respondent
    runner_up: str  # the best other role for the ideal respondent
    top1: float  # share of noisy respondents with the role first (alone)
    top3: float  # share with the role in their top three


@dataclass(frozen=True)
class Pair:
    a: str
    b: str
    distance: float  # RMS difference of the two profiles over all dimensions, in [0, 1]
    separators: tuple[tuple[str, float, float], ...]  # (dimension, need of a, need of b)


@dataclass(frozen=True)
class Simulation:
    respondents: int  # noisy respondents per role
    seed: int
    roles: tuple[RoleFigures, ...]
    pairs: tuple[Pair, ...]  # closest pairs first


def _scores(content: Content, answers: Mapping[str, int]) -> list[tuple[float, str]]:
    profile = interest_profile(content.questions, answers)
    out = []
    for role in content.roles.roles:
        raw = match_score(profile, role)
        out.append((0.0 if raw is None else raw, role.id))
    return out


def _position(scores: list[tuple[float, str]], role_id: str) -> tuple[int, float, str]:
    """1-based rank of role_id counting roles scoring at least as high (a tie is no win),
    its margin over the best other role, and that role's id."""
    mine = next(s for s, r in scores if r == role_id)
    others = [(s, r) for s, r in scores if r != role_id]
    best_other, best_id = max(others, key=lambda x: (x[0], x[1])) if others else (0.0, "")
    rank = 1 + sum(1 for s, _ in others if round(s, 1) >= round(mine, 1))
    return rank, mine - best_other, best_id


def noisy(answers: Mapping[str, int], values: tuple[int, ...], rng: random.Random,
          p: float = NOISE) -> dict[str, int]:
    out = {}
    for qid, v in answers.items():
        if rng.random() < p:
            i = values.index(v)
            step = rng.choice((-1, 1))
            if not 0 <= i + step < len(values):
                step = -step
            v = values[i + step]
        out[qid] = v
    return out


def closest_pairs(content: Content, limit: int = 5) -> tuple[Pair, ...]:
    dims = [d.id for d in content.questions.dimensions]
    roles = content.roles.roles
    pairs = []
    for i, a in enumerate(roles):
        for b in roles[i + 1 :]:
            diffs = [(a.importance(d) - b.importance(d)) ** 2 for d in dims]
            dist = math.sqrt(math.fsum(diffs) / len(dims)) if dims else 0.0
            seps = sorted(dims, key=lambda d: (-abs(a.importance(d) - b.importance(d)), d))[:3]
            pairs.append(
                Pair(a.id, b.id, dist,
                     tuple((d, a.importance(d), b.importance(d)) for d in seps))
            )
    pairs.sort(key=lambda p: (p.distance, p.a, p.b))
    return tuple(pairs[:limit])


def role_figures(content: Content, role: Role, respondents: int, rng: random.Random
                 ) -> RoleFigures:
    ideal = ideal_answers(content.questions, role)
    rank, margin, runner_up = _position(_scores(content, ideal), role.id)
    values = content.questions.scale.values
    top1 = top3 = 0
    for _ in range(respondents):
        r, _, _ = _position(_scores(content, noisy(ideal, values, rng)), role.id)
        top1 += r == 1
        top3 += r <= 3
    n = max(respondents, 1)
    return RoleFigures(role.id, rank, margin, runner_up, top1 / n, top3 / n)


def simulate(content: Content, respondents: int = 2000, seed: int = 0) -> Simulation:
    """Figures for every role; deterministic for a given seed."""
    figures = []
    for role in sorted(content.roles.roles, key=lambda r: r.id):
        rng = random.Random(f"{seed}:{role.id}")
        figures.append(role_figures(content, role, respondents, rng))
    return Simulation(respondents, seed, tuple(figures), closest_pairs(content))
