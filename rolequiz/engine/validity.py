"""Respondents the content was not written for: undecided and realistic students.

The ideal respondents of simulate.py answer from the roles' own profiles, so they agree
with the scoring by construction. These do not:

- *random* respondents answer uniformly over the whole scale, *shrugging* ones uniformly
  over its inner values (every value but the two ends). Their results should not sound sure
  (`clear` for at most 5 %), and no role should collect them (none #1 for more than 25 %).
- *realistic* respondents of a role have interests that differ from the role's needs
  (each dimension: need + Gaussian noise of spread `interest_spread`, kept in [0, 1]) and
  answers that differ from those interests (the ideal-answer formula of DESIGN.md applied
  to their own interests, plus Gaussian noise of spread `answer_noise` scale steps, rounded
  to the nearest scale value, kept inside the scale). Over all of them, the role should be
  #1 alone for at least 85 %, in the top 3 for 98 %, and the result clear for 90 %.

Why these spreads: docs/scoring.md ("How the content is checked"). Every respondent is
scored by `scoring.score`, read through `clear` and its ranked matches only.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from rolequiz.content.models import Content, QuestionSet, Role
from rolequiz.engine.scoring import score
from rolequiz.engine.simulate import Scorer, standing

# Targets
MAX_UNDECIDED_CLEAR = 0.05  # undecided respondents whose result is clear
MAX_MAGNET = 0.25  # undecided respondents landing on one role
MIN_TOP1 = 0.85  # realistic respondents with their role #1 alone
MIN_TOP3 = 0.98  # ... with their role in the top three
MIN_CLEAR = 0.90  # ... with a clear result

# Defaults (docs/scoring.md says why)
INTEREST_SPREAD = 0.10  # in need units (0 to 1)
ANSWER_NOISE = 0.70  # in scale steps
UNDECIDED = 1000  # random respondents, and as many shrugging ones
REALISTIC = 500  # realistic respondents per role
NOISY = 2000  # noisy respondents per role (simulate.py)
# Scoring a respondent costs about as much per role (8 to 12 µs here): by default no group
# of respondents scores more than this many roles in all, so 923 roles stay within seconds.
WORK = 200_000


def default_counts(roles: int) -> dict[str, int]:
    """How many respondents each group gets when not told: the defaults above, fewer when
    the content has so many roles that a group would score more than WORK roles.
    - noisy: per role, possibly none (the ideal respondents are still played);
    - undecided: at least one;
    - realistic: per role, at least one; "realistic_roles" is how many roles get them: all
      of them (0), or, when even one respondent per role is too much, a sample of roles
      drawn at random with the seed."""
    roles = max(roles, 1)
    sampled = WORK // roles if WORK // (roles * roles) == 0 else 0
    return {
        "noisy": min(NOISY, WORK // (roles * roles)),
        "undecided": max(1, min(UNDECIDED, WORK // roles)),
        "realistic": max(1, min(REALISTIC, WORK // (roles * roles))),
        "realistic_roles": sampled if sampled < roles else 0,
    }


@dataclass(frozen=True)
class Undecided:
    kind: str  # "random" or "shrugging"
    respondents: int
    values: tuple[int, ...]  # the values they answer with
    clear: float  # share whose result is clear
    magnet: str  # the role most often #1 (on a tie, the first by id); "" without respondents
    magnet_share: float

    @property
    def ok(self) -> bool:
        return self.clear <= MAX_UNDECIDED_CLEAR and self.magnet_share <= MAX_MAGNET


@dataclass(frozen=True)
class RealisticRole:
    role: str
    respondents: int
    top1: float  # the role #1 alone
    top3: float  # the role in the top three (roles tied with it count as above it)
    clear: float

    @property
    def ok(self) -> bool:
        return self.top1 >= MIN_TOP1 and self.top3 >= MIN_TOP3 and self.clear >= MIN_CLEAR


@dataclass(frozen=True)
class Realistic:
    per_role: int
    interest_spread: float
    answer_noise: float
    roles: tuple[RealisticRole, ...]  # by role id: every role, or the sample drawn
    top1: float  # over every respondent of every role
    top3: float
    clear: float
    of_roles: int = 0  # the content's roles, when only a sample of them was played

    @property
    def ok(self) -> bool:
        return self.top1 >= MIN_TOP1 and self.top3 >= MIN_TOP3 and self.clear >= MIN_CLEAR


# -- undecided respondents ---------------------------------------------------------------


def inner_values(values: tuple[int, ...]) -> tuple[int, ...]:
    """Every value of the scale but its two ends (none on a two-value scale)."""
    return values[1:-1]


def undecided_answers(questions: QuestionSet, values: tuple[int, ...], rng: random.Random
                      ) -> dict[str, int]:
    """One respondent answering every question uniformly over `values`."""
    return {q.id: rng.choice(values) for q in questions.questions}


def undecided_figures(content: Content, kind: str, answer_sets: list[Mapping[str, int]],
                      values: tuple[int, ...], scorer: Scorer = score) -> Undecided:
    """The figures for these respondents: the share with a clear result, the role most
    often #1 and its share."""
    firsts: Counter[str] = Counter()
    clear = 0
    for answers in answer_sets:
        result = scorer(content, answers)
        clear += result.clear
        if result.matches:
            firsts[result.matches[0].role] += 1
    n = len(answer_sets)
    if not firsts:
        return Undecided(kind, n, values, clear / max(n, 1), "", 0.0)
    magnet, count = min(firsts.items(), key=lambda kv: (-kv[1], kv[0]))
    return Undecided(kind, n, values, clear / n, magnet, count / n)


def undecided(content: Content, respondents: int, seed: int = 0, scorer: Scorer = score
              ) -> tuple[Undecided, ...]:
    """Random respondents, then shrugging ones (none on a scale without inner values)."""
    values = content.questions.scale.values
    out = []
    for kind, among in (("random", values), ("shrugging", inner_values(values))):
        if not among:
            continue
        rng = random.Random(f"{seed}:{kind}")
        sets = [undecided_answers(content.questions, among, rng) for _ in range(respondents)]
        out.append(undecided_figures(content, kind, sets, among, scorer))
    return tuple(out)


# -- realistic respondents ---------------------------------------------------------------


def varied_interests(content: Content, role: Role, spread: float, rng: random.Random
                     ) -> dict[str, float]:
    """The role's need for every dimension (0 where silent), each moved by Gaussian noise of
    the given spread and kept within [0, 1]. Dimensions in id order, one draw each."""
    out = {}
    for d in sorted(x.id for x in content.questions.dimensions):
        need = role.importance(d)
        out[d] = min(1.0, max(0.0, need + rng.gauss(0.0, spread))) if spread > 0 else need
    return out


def _position(target: float, values: tuple[int, ...]) -> float:
    """A value on the scale's axis -> its position counted in steps from the lowest value
    (fractional between two values; the scale's values may be unevenly spaced)."""
    if target <= values[0]:
        return 0.0
    for i in range(len(values) - 1):
        lo, hi = values[i], values[i + 1]
        if target <= hi:
            return i + (target - lo) / (hi - lo)
    return float(len(values) - 1)


def _value_at(position: float, values: tuple[int, ...]) -> float:
    """The inverse of _position, within the scale."""
    position = min(float(len(values) - 1), max(0.0, position))
    i = min(int(position), len(values) - 2)
    return values[i] + (position - i) * (values[i + 1] - values[i])


def realistic_answers(questions: QuestionSet, interests: Mapping[str, float], noise: float,
                      rng: random.Random) -> dict[str, int]:
    """Answers of a student with these interests: for each question, the point
    mid + half_range * sum(w * (2p - 1)) / sum(|w|) (DESIGN.md's ideal answer, unrounded),
    moved by Gaussian noise of `noise` scale steps, then the nearest scale value (a tie goes
    to the value nearer the midpoint). With no noise and interests equal to a role's needs,
    these are the role's ideal answers."""
    scale = questions.scale
    values, mid, half = scale.values, scale.mid, scale.half_range
    out: dict[str, int] = {}
    for q in questions.questions:
        lean = math.fsum(w * (2 * interests.get(d, 0.0) - 1) for d, w in q.weights.items())
        target = mid + half * lean / math.fsum(abs(w) for w in q.weights.values())
        if noise > 0:
            target = _value_at(_position(target, values) + rng.gauss(0.0, noise), values)
        out[q.id] = min(values, key=lambda v: (round(abs(v - target), 9), abs(v - mid)))
    return out


def realistic(content: Content, per_role: int, seed: int = 0,
              interest_spread: float = INTEREST_SPREAD, answer_noise: float = ANSWER_NOISE,
              scorer: Scorer = score, sample: int = 0) -> Realistic:
    """For each role (by id), `per_role` realistic respondents: how often the role comes
    first alone, in the top 3, and how often the result is clear; and over all of them.
    With `sample` (fewer than the roles), only that many roles drawn at random."""
    roles = sorted(content.roles.roles, key=lambda r: r.id)
    of_roles = 0
    if 0 < sample < len(roles):
        drawn = random.Random(f"{seed}:realistic-sample").sample(range(len(roles)), sample)
        roles, of_roles = [roles[i] for i in sorted(drawn)], len(roles)
    rows = []
    total = top1_all = top3_all = clear_all = 0
    for role in roles:
        rng = random.Random(f"{seed}:realistic:{role.id}")
        top1 = top3 = clear = 0
        for _ in range(per_role):
            interests = varied_interests(content, role, interest_spread, rng)
            answers = realistic_answers(content.questions, interests, answer_noise, rng)
            result = scorer(content, answers)
            rank, _, _ = standing(result, role.id)
            top1 += rank == 1
            top3 += rank <= 3
            clear += result.clear
        n = max(per_role, 1)
        rows.append(RealisticRole(role.id, per_role, top1 / n, top3 / n, clear / n))
        total += per_role
        top1_all, top3_all, clear_all = top1_all + top1, top3_all + top3, clear_all + clear
    n = max(total, 1)
    return Realistic(per_role, interest_spread, answer_noise, tuple(rows), top1_all / n,
                     top3_all / n, clear_all / n, of_roles)
