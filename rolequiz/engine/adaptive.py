"""The adaptive quiz: ask the most telling question next, stop once the top is settled.

Pure functions over validated content; no I/O, no terminal. See docs/scoring.md, section 5.

The result of an adaptive run is scoring.score on the answers actually given: the same
engine, the same reasons. This module only decides which question comes next and when the
answers so far already decide the #1.

The model (the "settled" rule). Behind the answers is the student's interest theta_d in each
dimension, on the answer scale mapped to [-1, 1]. Before any answer theta_d ~ N(0, TAU^2);
an answer to question q is x_q = a_q . theta + noise, noise ~ N(0, SIGMA^2), where a_q is
the question's weights divided by the sum of their sizes. After each answer the estimate of
theta is updated exactly (Gaussian conditioning). From it follows, for every question not
yet asked, a predicted answer and its uncertainty, hence a prediction of the interest
profile the full quiz would end with. Whether role B would end above the current #1 A is a
linear function of that profile (scores are 50 (1 + r), r the correlation of interests and
needs: B is above A when sum_d P_d (u_Bd - u_Ad) > 0, u a role's needs centred and scaled to
length 1), so its chance is a normal tail, Phi(mean / sd).
The top is *settled* when the chances that any other role overtakes the #1, added up, are
at most EPSILON, every dimension a question can still reach has an answer, and the answers
pass scoring's test that the interests stand out beyond their own noise.

The question asked next is the one whose answer explains the largest share of the
uncertainty about the races that are still open: sum over roles B of
chance(B overtakes A) * corr(answer to q, margin of A over B)^2.

Status.guaranteed is the worst-case alternative: with every remaining answer free to take
any value of the scale, can some role still end above the #1? (run(..., rule="exact") stops
on it; the benchmark compares both rules.)

For a session loop: planner(content) once; after each answer, status(answers, skipped) and
next_question(answers, skipped). Both depend on the answers and skips only, so back, skip
and resume need nothing else.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from operator import mul

from rolequiz.content.models import Content
from rolequiz.engine import scoring
from rolequiz.i18n import t

TAU = 0.6  # spread of interests between students, before any answer (in [-1, 1] units)
SIGMA = scoring.SIGMA  # spread of one answer around what the interests predict (step 0.5)
PRIOR_WEIGHT = scoring.PRIOR_WEIGHT  # SIGMA counts as this many answers in the estimate
EPSILON = 0.05  # the top is settled when the #1 changes with at most this chance
# The quiz may stop only when the interests stand out at this chance, a hundred times
# stricter than a result's (scoring.CHANCE_MAX): it looks again after every answer, and a
# test made thirty times at 1 % passed by luck for one random answerer in six (measured:
# 17.5 % stopped early; at 0.1 %, 2 %; at 0.01 %, none of 200), while consistent students
# pass it by far (their chance is under one in a million).
STOP_CHANCE = scoring.CHANCE_MAX / 100
FLOOR = 1e-6  # once settled, keep refining the races of the #2 and #3 with this weight
MAX_RACES = 12  # the closest races weigh in the choice of the next question
# A role certainly more than this many standard deviations behind the #1 is left out:
# Phi(-4.5) < 3.4e-6, so even 1,000 such roles could add at most 0.0034 to the chance.
_PRUNE_Z = 4.5


@dataclass(frozen=True)
class Status:
    """Where an adaptive run stands after the answers so far."""

    settled: bool  # the rule says the #1 would not change with the remaining answers
    asked: int  # questions answered or skipped so far
    total: int  # questions in the content
    remaining: int  # questions still to ask
    top: tuple[str, ...]  # the current top 3 role ids, best first
    chance: float  # estimated chance that the full quiz would have another #1
    guaranteed: bool  # even the worst case of the remaining answers cannot change the #1
    sigma: float = SIGMA  # the spread of one answer the estimate used
    # every dimension a question can still reach has an answer, and the interests stand
    # out beyond the noise of the answers: only then can the top be settled
    ready: bool = True


# -- small dense linear algebra (a dozen dimensions at most; no numpy in the core) --------


def _inverse(m: list[list[float]]) -> list[list[float]]:
    """Inverse of a symmetric positive definite matrix (Gauss-Jordan, pivoting)."""
    n = len(m)
    a = [[*row, *(1.0 if i == j else 0.0 for j in range(n))] for i, row in enumerate(m)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[piv] = a[piv], a[col]
        p = a[col][col]
        inv_p = 1.0 / p
        row_c = [v * inv_p for v in a[col]]
        a[col] = row_c
        for r in range(n):
            if r != col:
                f = a[r][col]
                if f:
                    ar = a[r]
                    a[r] = [x - f * y for x, y in zip(ar, row_c, strict=True)]
    return [row[n:] for row in a]


def _phi(z: float) -> float:
    """Standard normal cumulative distribution."""
    return 0.5 * math.erfc(-z / math.sqrt(2.0))


class Planner:
    """Everything about one content that does not depend on the answers, computed once."""

    def __init__(self, content: Content, tau: float = TAU, sigma: float = SIGMA,
                 epsilon: float = EPSILON, stop_chance: float = STOP_CHANCE):
        qs = content.questions
        self.content = content
        self.tau, self.sigma, self.epsilon = tau, sigma, epsilon
        self.stop_chance = stop_chance
        self.dims = [d.id for d in qs.dimensions]
        index = {d: i for i, d in enumerate(self.dims)}
        self.mid, self.half = qs.scale.mid, qs.scale.half_range
        self.qids = [q.id for q in qs.questions]
        # weights and normalized weights, sparse: [(dim index, w)]
        self.w: list[list[tuple[int, float]]] = []
        self.a: list[list[tuple[int, float]]] = []
        for q in qs.questions:
            ws = sorted((index[d], float(v)) for d, v in q.weights.items())
            total = math.fsum(abs(v) for _, v in ws)
            self.w.append(ws)
            self.a.append([(i, v / total) for i, v in ws])
        roles = sorted(content.roles.roles, key=lambda r: r.id)
        self.role_ids = [r.id for r in roles]
        self.profiles = [[float(r.importance(d)) for d in self.dims] for r in roles]
        n = len(self.dims)
        # A role's score is 50 * (1 + r), r the correlation of the interests with its needs:
        # B ends above A when sum_d P_d (u_Bd - u_Ad) > 0, u a role's needs centred on their
        # mean and scaled to length 1 (over the dimensions known at the end).
        self.units = self._units(list(range(n)))
        self.squares = [[x * x for x in u] for u in self.units]
        self.outer = [[u[i] * u[j] for i in range(n) for j in range(i, n)] for u in self.units]
        self._role_index = {r: i for i, r in enumerate(self.role_ids)}
        self._opening: str | None = None
        self._last: tuple[object, _Analysis] | None = None
        self._dist_cache: dict[int, list[float]] = {}

    def _units(self, dims: list[int]) -> list[list[float]]:
        """Each role's needs over `dims`, centred and scaled to length 1 (all 0 when the
        role needs them all equally: it correlates with nothing)."""
        out = []
        for p in self.profiles:
            needs = [p[d] for d in dims]
            mean = math.fsum(needs) / len(needs) if needs else 0.0
            c = [x - mean for x in needs]
            norm = math.sqrt(math.fsum(x * x for x in c))
            out.append([x / norm for x in c] if norm > 1e-12 else [0.0] * len(c))
        return out

    # -- one analysis per set of answers ---------------------------------------------

    def _analyse(self, answers: Mapping[str, int], skipped: Collection[str]) -> _Analysis:
        key = (tuple(sorted(answers.items())), frozenset(skipped))
        if self._last is not None and self._last[0] == key:
            return self._last[1]
        result = self._compute(answers, skipped)
        self._last = (key, result)
        return result

    def _compute(self, answers: Mapping[str, int], skipped: Collection[str]) -> _Analysis:
        m = len(self.dims)
        num = [0.0] * m
        den = [0.0] * m
        wrem = [0.0] * m
        answered: list[tuple[int, float]] = []
        remaining: list[int] = []
        for qi, qid in enumerate(self.qids):
            v = answers.get(qid)
            if v is not None:
                x = (v - self.mid) / self.half
                answered.append((qi, x))
                for d, w in self.w[qi]:
                    num[d] += w * x
                    den[d] += abs(w)
            elif qid not in skipped:
                remaining.append(qi)
                for d, w in self.w[qi]:
                    wrem[d] += abs(w)

        # the current ranking, in scoring.rank's order (scores over the known dimensions)
        known_now = [d for d in range(m) if den[d] > 0]
        mask = [1.0 if den[d] > 0 else 0.0 for d in range(m)]
        prof = [min(1.0, max(0.0, (1.0 + num[d] / den[d]) / 2.0)) if den[d] > 0 else 0.0
                for d in range(m)]
        ranking = self._top3({self.dims[d]: (prof[d] if mask[d] else None) for d in range(m)})
        first = ranking[0][2]

        # what the theta estimate says (Gaussian conditioning on the answers so far)
        sig2 = self.sigma**2
        cov_t, theta = self._posterior(answered, sig2)
        # Answers that contradict each other widen the spread: the residuals around what
        # the estimate predicts, pooled with PRIOR_WEIGHT answers at SIGMA, set it.
        if answered:
            resid = math.fsum((x - sum(ai * theta[i] for i, ai in self.a[qi])) ** 2
                              for qi, x in answered)
            free = max(len(answered) - len(known_now), 0)
            pooled = (PRIOR_WEIGHT * sig2 + resid) / (PRIOR_WEIGHT + free)
            if pooled > sig2:
                sig2 = pooled
                cov_t, theta = self._posterior(answered, sig2)

        # the final s_d of the full quiz: mean and covariance
        total = [den[d] + wrem[d] for d in range(m)]
        known = [d for d in range(m) if total[d] > 0]
        g = [[0.0] * m for _ in range(m)]
        hh = [[0.0] * m for _ in range(m)]
        mean_s = [num[d] / total[d] if total[d] > 0 else 0.0 for d in range(m)]
        for qi in remaining:
            w, a = self.w[qi], self.a[qi]
            xq = sum(ai * theta[i] for i, ai in a)
            for d, wd in w:
                f = wd / total[d]
                mean_s[d] += f * xq
                gd = g[d]
                for e, ae in a:
                    gd[e] += f * ae
                hd = hh[d]
                for e, we in w:
                    hd[e] += f * we / total[e]
        cols = list(zip(*cov_t, strict=True))
        gs = [[sum(map(mul, g[d], cols[e])) for e in range(m)] for d in range(m)]
        cov_s = [[sum(map(mul, gs[d], g[e])) + sig2 * hh[d][e] for e in range(m)]
                 for d in range(m)]

        keep = {ri for _, _, ri in ranking[1:3]}  # refined once settled, however far behind
        races = self._races(first, known, mean_s, cov_s, keep) if answered else None
        # dimensions with no answer yet that a question left could still reach
        uncovered = [d for d in range(m) if den[d] == 0 and wrem[d] > 0]
        return _Analysis(answered, remaining, ranking, known, total, cov_t, g, races,
                         guaranteed=bool(answered) and self._guaranteed(first, num, den, wrem),
                         sigma=math.sqrt(sig2), uncovered=uncovered,
                         telling=self._telling(answers, prof, mask))

    def _telling(self, answers: Mapping[str, int], prof: list[float], mask: list[float]
                 ) -> bool:
        """The answers so far show interests that stand out beyond their own noise
        (scoring's test: not flat, and not something chance would give)."""
        known = [p for p, k in zip(prof, mask, strict=True) if k]
        if not known or scoring.flat(list(answers.values()), known):
            return False
        return scoring.differentiation(self.content.questions, answers) <= self.stop_chance

    def _posterior(self, answered: list[tuple[int, float]], sig2: float
                   ) -> tuple[list[list[float]], list[float]]:
        """Covariance and mean of theta given the answers (Gaussian conditioning)."""
        m = len(self.dims)
        prec = [[(1.0 / self.tau**2 if i == j else 0.0) for j in range(m)] for i in range(m)]
        bvec = [0.0] * m
        for qi, x in answered:
            a = self.a[qi]
            for i, ai in a:
                bvec[i] += ai * x / sig2
                row = prec[i]
                for j, aj in a:
                    row[j] += ai * aj / sig2
        cov_t = _inverse(prec)
        return cov_t, [sum(map(mul, cov_t[i], bvec)) for i in range(m)]

    def _top3(self, profile: dict[str, float | None]) -> list[tuple[float, str, int]]:
        """The first three roles in scoring.rank's order: (-score, id, role index).

        With every dimension known, a role's correlation is one dot product with its unit
        needs; the roles within rounding reach of the third best are then scored exactly by
        scoring, so ties and rounding are the result's."""
        roles = None
        if all(p is not None for p in profile.values()) and len(self.units) > 3:
            ys = [profile[d] for d in self.dims]
            mean = math.fsum(ys) / len(ys)
            c = [y - mean for y in ys]
            norm = math.sqrt(math.fsum(x * x for x in c))
            if norm > 1e-12:
                approx = [sum(map(mul, c, u)) / norm for u in self.units]
                third = heapq.nlargest(3, approx)[-1]
                every = self.content.roles.roles
                by_id = {r.id: r for r in every}
                # 0.05 points of score are 0.001 of r: a margin far above rounding noise
                roles = tuple(by_id[self.role_ids[ri]] for ri, a in enumerate(approx)
                              if a >= third - 0.01)
        ids = scoring.top_ids(self.content, profile, 3, roles)
        return [(0.0, rid, self._role_index[rid]) for rid in ids]

    def _races(self, first: int, known: list[int], mean_s, cov_s, keep: Collection[int] = ()
               ) -> list[tuple[float, int, float]]:
        """For every other role B still in the race: (chance B ends above the #1, B, the
        variance of the margin of B over the #1, in units of s)."""
        if not known:
            return []
        kk = [(i, j) for i in range(len(known)) for j in range(i, len(known))]
        # var = (b - a)' C (b - a) = b'Cb - 2 b.(Ca) + a'Ca, b'Cb from the role's products
        # questions on one dimension each (like O*NET's) leave C diagonal: b'Cb is then a
        # dot product with the squares of b, a quarter of the work
        diagonal = all(cov_s[known[i]][known[j]] == 0.0 for i, j in kk if i != j)
        if diagonal:
            kk = [(i, i) for i in range(len(known))]
        cflat = [cov_s[known[i]][known[j]] * (1.0 if i == j else 2.0) for i, j in kk]
        if len(known) == len(self.dims):
            us = self.units
            outers = self.squares if diagonal else self.outer
            dist = self._distances(first)
        else:  # a dimension nobody can answer any more is left out of every score
            us = self._units(known)
            outers = [[u[i] * u[j] for i, j in kk] for u in us]
            a0 = us[first]
            dist = [math.sqrt(math.fsum((x - y) ** 2 for x, y in zip(u, a0, strict=True)))
                    for u in us]
        a = us[first]
        ca = [sum(cov_s[d][e] * ae for e, ae in zip(known, a, strict=True)) for d in known]
        aca = sum(map(mul, a, ca))
        s_now = [mean_s[d] for d in known]
        a_s = sum(map(mul, a, s_now))
        # Gershgorin: no eigenvalue of C exceeds its largest absolute row sum
        lam = max(sum(abs(cov_s[d][e]) for e in known) for d in known)
        cut = _PRUNE_Z * math.sqrt(max(lam, 0.0))
        mus = [sum(map(mul, u, s_now)) - a_s for u in us]
        # the margin's sd is at most dist * sqrt(lam): roles certainly far behind drop out
        near = [ri for ri, (mu, dd) in enumerate(zip(mus, dist, strict=True))
                if (mu >= -cut * dd or ri in keep) and ri != first]
        out = []
        for ri in near:
            mu = mus[ri]
            if dist[ri] <= 1e-9:
                out.append((1.0, ri, 0.0))  # the same profile here: a coin toss at best
                continue
            u = us[ri]
            var = sum(map(mul, cflat, outers[ri])) - 2.0 * sum(map(mul, u, ca)) + aca
            if var <= 1e-15:
                chance = 1.0 if mu >= 0 else 0.0
            else:
                chance = _phi(mu / math.sqrt(var))
            out.append((chance, ri, var))
        return out

    def _distances(self, first: int) -> list[float]:
        """Distance of every role's unit needs to the role `first`'s, over all dimensions
        (cached: the #1 seldom changes from one answer to the next)."""
        dist = self._dist_cache.get(first)
        if dist is None:
            a = self.units[first]
            dist = [math.sqrt(sum((x - y) ** 2 for x, y in zip(b, a, strict=True)))
                    for b in self.units]
            if len(self._dist_cache) >= 16:
                self._dist_cache.clear()
            self._dist_cache[first] = dist
        return dist

    # -- the public questions ----------------------------------------------------------

    def status(self, answers: Mapping[str, int], skipped: Collection[str] = ()) -> Status:
        an = self._analyse(answers, skipped)
        chance = 1.0 if an.races is None else min(1.0, math.fsum(c for c, *_ in an.races))
        # never settled before every dimension has an answer (when a question can still
        # give one), nor while the answers cannot tell one interest from another
        ready = bool(an.answered) and not an.uncovered and an.telling
        return Status(
            settled=(chance <= self.epsilon and ready) or not an.remaining,
            asked=len(self.qids) - len(an.remaining),
            total=len(self.qids),
            remaining=len(an.remaining),
            top=tuple(r for _, r, _ in an.ranking),
            chance=chance,
            guaranteed=(an.guaranteed and ready) or not an.remaining,
            sigma=an.sigma,
            ready=ready,
        )

    def more(self, answers: Mapping[str, int], skipped: Collection[str] = (),
             limit: int = 40) -> int:
        """About how many more questions before the top is settled: the quiz played on as
        if the student went on answering like the role now first would (its ideal answers:
        before any answer the estimate predicts "not sure" everywhere, which settles
        nothing), at most `limit` steps, at most the questions left."""
        from rolequiz.engine.scoring import ideal_answers

        answers, skipped = dict(answers), set(skipped)
        last = self._last
        first = self._analyse(answers, skipped).ranking[0][1]
        like = ideal_answers(self.content.questions, self.content.roles.role(first))
        steps = 0

        def done() -> tuple[bool, int]:
            status = self.status(answers, skipped)
            return status.settled, status.remaining

        try:
            finished, remaining = done()
            while not finished and steps < limit:
                qid = self.next_question(answers, skipped)
                if qid is None:
                    break
                answers[qid] = like[qid]
                steps += 1
                finished, remaining = done()
        finally:
            self._last = last  # the real answers' analysis stays the one kept
        return steps if finished else steps + remaining

    def _guaranteed(self, first: int, num, den, wrem) -> bool:
        """The exact rule: every remaining answer may take any value; the #1 stays ahead of
        every other role whatever they are (each dimension's final interest is bounded on
        its own, so this is a safe, slightly cautious test)."""
        m = len(self.dims)
        bounds = []
        for d in range(m):
            t = den[d] + wrem[d]
            if t > 0:
                bounds.append((d, (num[d] - wrem[d]) / t, (num[d] + wrem[d]) / t))
        known = [d for d, _, _ in bounds]
        us = self.units if len(known) == m else self._units(known)
        a = us[first]
        for ri, u in enumerate(us):
            if ri == first:
                continue
            worst = 0.0
            for (_, lo, hi), ud, ad in zip(bounds, u, a, strict=True):
                dl = ud - ad
                worst += max(dl * lo, dl * hi)
            if worst >= 0:
                return False
        return True

    def next_question(self, answers: Mapping[str, int], skipped: Collection[str] = ()
                      ) -> str | None:
        """The id of the question that tells the open races apart best; None when every
        question has been answered or skipped. Deterministic: ties go to file order."""
        an = self._analyse(answers, skipped)
        if not an.remaining:
            return None
        if an.races is None:
            # Nothing answered yet: the question that best tells all roles apart.
            if not skipped and self._opening is not None:
                return self._opening
            choice = self._widest(an.remaining)
            if not skipped:
                self._opening = choice
            return choice
        if an.uncovered and math.fsum(c for c, *_ in an.races) <= self.epsilon:
            return self._cover(an)
        races = heapq.nlargest(MAX_RACES, (r for r in an.races if r[2] > 1e-15))
        present = {ri for _, ri, _ in races}
        # once settled, keep refining the races of the #2 and #3
        races += [(FLOOR, ri, var) for c, ri, var in an.races
                  if ri not in present and ri in {r[2] for r in an.ranking[1:3]} and var > 1e-15]
        races = [(max(c, FLOOR) if ri in {r[2] for r in an.ranking[1:3]} else c, ri, var)
                 for c, ri, var in races]
        if not races:
            return self._closest(an)
        known, total, cov_t, g = an.known, an.total, an.cov_t, an.g
        us = self.units if len(known) == len(self.dims) else self._units(known)
        first = us[an.ranking[0][2]]
        races = [(wt, [x - y for x, y in zip(us[ri], first, strict=True)], var)
                 for wt, ri, var in races]
        m = len(self.dims)
        sig2 = an.sigma**2
        scaled = [(wt / var, delta) for wt, delta, var in races]
        best, best_value = an.remaining[0], -1.0
        for qi in an.remaining:
            w, a = self.w[qi], self.a[qi]
            # the answer's covariance with every final s_d, and its own variance
            sa = [sum(cov_t[i][k] * ak for k, ak in a) for i in range(m)]
            cov = [sum(map(mul, g[d], sa)) for d in known]
            pos = {d: n for n, d in enumerate(known)}
            for d, wd in w:
                cov[pos[d]] += sig2 * wd / total[d]
            var_x = sum(ai * sa[i] for i, ai in a) + sig2
            value = 0.0
            for f, delta in scaled:
                c = sum(map(mul, delta, cov))
                value += f * c * c
            value /= var_x
            if value > best_value * (1 + 1e-9) + 1e-15:
                best, best_value = qi, value
        return self.qids[best]

    def _cover(self, an: _Analysis) -> str:
        """The race is decided but a dimension has no answer yet: a question on the one the
        current top 3 needs most (ties to the dimension first in the file), the question
        on it whose ideal answers differ most between roles."""
        top = [self.profiles[r[2]] for r in an.ranking]
        dim = min(an.uncovered, key=lambda d: (-max(p[d] for p in top), d))
        return self._widest([qi for qi in an.remaining if any(d == dim for d, _ in self.w[qi])])

    def _closest(self, an: _Analysis) -> str:
        """No race is open: the question whose ideal answers differ the most between the
        #1 and the #2."""
        top = [self.profiles[r[2]] for r in an.ranking[:2]]
        if len(top) < 2:
            return self.qids[an.remaining[0]]

        def lean(qi: int, prof: list[float]) -> float:
            return sum(ai * (2.0 * prof[i] - 1.0) for i, ai in self.a[qi])

        return self.qids[max(an.remaining,
                             key=lambda qi: (abs(lean(qi, top[0]) - lean(qi, top[1])), -qi))]

    def _widest(self, remaining: list[int]) -> str:
        """The question on which the roles' ideal answers differ the most."""
        best, best_value = remaining[0], -1.0
        n = len(self.profiles)
        for qi in remaining:
            leans = [sum(ai * (2.0 * prof[i] - 1.0) for i, ai in self.a[qi])
                     for prof in self.profiles]
            mean = sum(leans) / n
            value = sum((x - mean) ** 2 for x in leans)
            if value > best_value * (1 + 1e-9) + 1e-15:
                best, best_value = qi, value
        return self.qids[best]


@dataclass
class _Analysis:
    answered: list[tuple[int, float]]
    remaining: list[int]
    ranking: list[tuple[float, str, int]]  # the top 3: (-score, role id, role index)
    known: list[int]  # dimensions known at the end of the full quiz
    total: list[float]  # per dimension: sum of |weights| of answered + remaining questions
    cov_t: list[list[float]]  # covariance of theta
    g: list[list[float]]  # d(final s_d) / d(theta_e)
    races: list[tuple[float, int, float]] | None  # None before any answer
    guaranteed: bool
    sigma: float  # the spread of one answer used (SIGMA, or more for contradicting answers)
    uncovered: list[int]  # dimensions with no answer that a remaining question touches
    telling: bool  # the interests stand out beyond the noise of the answers


# -- module-level conveniences, one planner per content ---------------------------------

_PLANNERS: dict[int, tuple[Content, Planner]] = {}


def planner(content: Content) -> Planner:
    entry = _PLANNERS.get(id(content))
    if entry is None or entry[0] is not content:
        if len(_PLANNERS) > 8:
            _PLANNERS.clear()
        entry = (content, Planner(content))
        _PLANNERS[id(content)] = entry
    return entry[1]


def next_question(content: Content, answers: Mapping[str, int],
                  skipped: Collection[str] = ()) -> str | None:
    """The question to ask next (None when none is left)."""
    return planner(content).next_question(answers, skipped)


def settled(content: Content, answers: Mapping[str, int],
            skipped: Collection[str] = ()) -> Status:
    """Where the run stands; `.settled` says the #1 is decided."""
    return planner(content).status(answers, skipped)


AnswerSource = Callable[[str], "int | None"] | Mapping[str, int]


@dataclass(frozen=True)
class Run:
    """An adaptive quiz played to its end without a terminal."""

    answers: dict[str, int]  # the answers given
    skipped: frozenset[str]  # asked, not answered
    asked: int  # questions asked (answered or skipped)
    status: Status  # where it stopped


def run(content: Content, answer_source: AnswerSource, rule: str = "model",
        plan: Planner | None = None) -> Run:
    """Ask the next question, take its answer from `answer_source` (a mapping, or a
    function of the question id; None or a missing id means skipped), until the top is
    settled (rule "model") or certain whatever the rest (rule "exact"), or nothing is left."""
    plan = plan or planner(content)
    if callable(answer_source):
        source = answer_source
    else:
        def source(qid: str) -> int | None:
            return answer_source.get(qid)
    answers: dict[str, int] = {}
    skipped: set[str] = set()
    asked = 0
    while True:
        qid = plan.next_question(answers, skipped)
        if qid is None:
            break
        asked += 1
        value = source(qid)
        if value is None:
            skipped.add(qid)
        else:
            answers[qid] = value
        status = plan.status(answers, skipped)
        if status.guaranteed if rule == "exact" else status.settled:
            break
    return Run(answers, frozenset(skipped), asked, plan.status(answers, skipped))


def play(content: Content, answer_source: AnswerSource, rule: str = "model",
         plan: Planner | None = None) -> tuple[dict[str, int], int]:
    """A simulation: (the answers given, the number of questions asked)."""
    r = run(content, answer_source, rule, plan)
    return r.answers, r.asked


def result(content: Content, answers: Mapping[str, int], status: Status, lang: str):
    """scoring.score on the answers given. When the top is settled, the note that few
    questions were answered is replaced by one saying the quiz was adaptive."""
    from dataclasses import replace

    from rolequiz.content.models import Note
    from rolequiz.engine.scoring import score
    from rolequiz.i18n import percent, plural

    res = replace(score(content, answers, lang), adaptive=True, asked=status.asked)
    if status.settled and any(n.code == "few_answers" for n in res.notes):
        # a chance that rounds to 0 % (0.5 % included: it rounds to even) is not none:
        # "under 1 %"
        chance = (t("adaptive.under_one", lang) if percent(status.chance) == "0"
                  else percent(status.chance, lang))
        note = Note("adaptive", plural(status.asked, lang, "adaptive.adaptive_note",
                                       total=status.total, chance=chance))
        return replace(res, notes=tuple(note if n.code == "few_answers" else n
                                        for n in res.notes))
    # every adaptive result says so, in every format, through its notes
    note = Note("adaptive", plural(status.asked, lang, "adaptive.asked", total=status.total))
    return replace(res, notes=(*res.notes, note))
