"""How well content tells its roles apart: simulated respondents (DESIGN.md).

For each role, its *ideal respondent* answers every question as the role's profile
suggests (scoring.ideal_answers). *Realistic noise* moves each answer one step up or down
with probability 0.3; at an end of the scale the step goes inward, so a noisy answer always
differs by exactly one step. Counselors who write their own content run this through
`rolequiz validate --simulate`.

Every respondent is scored by `scoring.score`, the whole result a student gets, and read
only through its ranked matches: the figures follow the engine whatever it becomes.
"""

from __future__ import annotations

import heapq
import math
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from rolequiz.content.models import Content, Result, Role
from rolequiz.engine.scoring import ideal_answers, score

NOISE = 0.3
# What every role must reach (property 1 of DESIGN.md; docs/content.md)
MIN_MARGIN = 3.0  # points between the role and the best other, for its ideal respondent
MIN_TOP1 = 0.70  # noisy respondents with the role first (alone)
MIN_TOP3 = 0.95  # noisy respondents with the role in their top three

Scorer = Callable[[Content, Mapping[str, int]], Result]


@dataclass(frozen=True)
class RoleFigures:
    role: str
    ideal_rank: int  # where the ideal respondent puts the role (1 = first)
    ideal_margin: float  # the role's score minus the best other role's, for that respondent
    runner_up: str  # the best other role for the ideal respondent
    top1: float  # share of noisy respondents with the role first (alone)
    top3: float  # share with the role in their top three
    respondents: int = 0  # noisy respondents (0: only the ideal one was played)

    @property
    def ok(self) -> bool:
        if self.ideal_rank != 1 or self.ideal_margin < MIN_MARGIN:
            return False
        return self.respondents == 0 or (self.top1 >= MIN_TOP1 and self.top3 >= MIN_TOP3)


@dataclass(frozen=True)
class Pair:
    a: str
    b: str
    distance: float  # RMS difference of the two profiles over all dimensions, in [0, 1]
    separators: tuple[tuple[str, float, float], ...]  # (dimension, need of a, need of b)
    # the questions whose ideal answers differ most for the two roles: (id, answer of a, of b)
    items: tuple[tuple[str, int, int], ...] = ()
    differing: int = 0  # how many questions the two ideal respondents answer differently


@dataclass(frozen=True)
class Simulation:
    respondents: int  # noisy respondents per role
    seed: int
    roles: tuple[RoleFigures, ...]
    pairs: tuple[Pair, ...]  # closest pairs first
    dead_items: tuple[str, ...] = ()  # questions every role's ideal respondent answers alike

    @property
    def ok(self) -> bool:
        return all(f.ok for f in self.roles)


def standing(result: Result, role_id: str) -> tuple[int, float, str]:
    """The role's place in a result: its 1-based rank counting the roles scoring at least
    as high (a tie is no win), its margin over the best other role, and that role's id."""
    mine = None
    best_other: tuple[float, str] | None = None
    for m in result.matches:  # best first (the result contract)
        if m.role == role_id:
            mine = m.score
        elif best_other is None:
            best_other = (m.score, m.role)
    if mine is None:
        raise KeyError(role_id)
    rank = 1 + sum(1 for m in result.matches if m.role != role_id and m.score >= mine)
    if best_other is None:
        return rank, mine, ""
    return rank, mine - best_other[0], best_other[1]


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


def ideal_sets(content: Content) -> dict[str, dict[str, int]]:
    """Role id -> its ideal respondent's answers."""
    return {r.id: ideal_answers(content.questions, r) for r in content.roles.roles}


def dead_items(content: Content, ideals: Mapping[str, Mapping[str, int]] | None = None
               ) -> tuple[str, ...]:
    """The questions every role's ideal respondent answers the same way: no role is told
    apart by them. Sorted by id; none with fewer than two roles."""
    if len(content.roles.roles) < 2:
        return ()
    ideals = ideal_sets(content) if ideals is None else ideals
    sets = list(ideals.values())
    return tuple(sorted(q.id for q in content.questions.questions
                        if len({s[q.id] for s in sets}) == 1))


def separating_items(content: Content, a: Role, b: Role, limit: int = 3,
                     ideals: Mapping[str, Mapping[str, int]] | None = None
                     ) -> tuple[tuple[tuple[str, int, int], ...], int]:
    """The questions whose ideal answers differ most for roles a and b (largest difference
    first, then by id), at most `limit`, and how many differ at all."""
    if ideals is None:
        ia, ib = ideal_answers(content.questions, a), ideal_answers(content.questions, b)
    else:
        ia, ib = ideals[a.id], ideals[b.id]
    diffs = sorted((-abs(ia[q.id] - ib[q.id]), q.id) for q in content.questions.questions
                   if ia[q.id] != ib[q.id])
    return tuple((qid, ia[qid], ib[qid]) for _, qid in diffs[:limit]), len(diffs)


def closest_pairs(content: Content, limit: int = 5,
                  ideals: Mapping[str, Mapping[str, int]] | None = None) -> tuple[Pair, ...]:
    """The `limit` pairs of roles with the closest profiles, what separates their profiles
    and the questions that separate their ideal respondents. Every pair's distance costs one
    C call, so 923 roles (425,000 pairs) take a fraction of a second."""
    dims = sorted(d.id for d in content.questions.dimensions)
    roles = sorted(content.roles.roles, key=lambda r: r.id)
    if not dims or len(roles) < 2:
        return ()
    vectors = [tuple(r.importance(d) for d in dims) for r in roles]
    root = math.sqrt(len(dims))
    dist = math.dist
    nearest = heapq.nsmallest(
        limit,
        ((dist(vectors[i], vectors[j]) / root, i, j)
         for i in range(len(roles)) for j in range(i + 1, len(roles))),
    )
    pairs = []
    for d, i, j in nearest:
        a, b = roles[i], roles[j]
        seps = sorted(dims, key=lambda x: (-abs(a.importance(x) - b.importance(x)), x))[:3]
        items, differing = separating_items(content, a, b, ideals=ideals)
        pairs.append(Pair(a.id, b.id, d,
                          tuple((x, a.importance(x), b.importance(x)) for x in seps),
                          items, differing))
    return tuple(pairs)


def role_figures(content: Content, role: Role, respondents: int, rng: random.Random,
                 ideal: Mapping[str, int] | None = None, ideal_result: Result | None = None,
                 scorer: Scorer = score) -> RoleFigures:
    ideal = ideal_answers(content.questions, role) if ideal is None else ideal
    if ideal_result is None:
        ideal_result = scorer(content, ideal)
    rank, margin, runner_up = standing(ideal_result, role.id)
    values = content.questions.scale.values
    top1 = top3 = 0
    for _ in range(respondents):
        r, _, _ = standing(scorer(content, noisy(ideal, values, rng)), role.id)
        top1 += r == 1
        top3 += r <= 3
    n = max(respondents, 1)
    return RoleFigures(role.id, rank, margin, runner_up, top1 / n, top3 / n, respondents)


def simulate(content: Content, respondents: int = 2000, seed: int = 0,
             scorer: Scorer = score) -> Simulation:
    """Figures for every role; deterministic for a given seed. Roles whose ideal
    respondents answer alike are scored once."""
    ideals = ideal_sets(content)
    scored: dict[tuple[int, ...], Result] = {}
    qids = [q.id for q in content.questions.questions]
    figures = []
    for role in sorted(content.roles.roles, key=lambda r: r.id):
        ideal = ideals[role.id]
        key = tuple(ideal[q] for q in qids)
        if key not in scored:
            scored[key] = scorer(content, ideal)
        rng = random.Random(f"{seed}:{role.id}")
        figures.append(role_figures(content, role, respondents, rng, ideal, scored[key],
                                    scorer))
    return Simulation(respondents, seed, tuple(figures), closest_pairs(content, ideals=ideals),
                      dead_items(content, ideals))
