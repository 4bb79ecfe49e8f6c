"""The scoring engine: answers -> interest profile -> every role ranked, with reasons.

Pure functions over validated content: no I/O, no terminal. See docs/scoring.md.

- An answer v on a scale from low to high becomes x = (v - mid) / half_range, in [-1, 1].
- Interest in a dimension d: s_d = sum(w_qd * x_q) / sum(|w_qd|) over the answered
  questions q that weigh on d, shown as P_d = (1 + s_d) / 2 in [0, 1] (0.5 = neutral).
  A dimension no answered question touches is unknown (None), never a dislike.
- A role's need for d is p_d in [0, 1] (0 where its profile is silent).
- Score = 50 * (1 + r), r the correlation of the interests and the needs over the known
  dimensions: 100 for the same shape, 0 for opposite shapes, 50 when either is flat.
"""

from __future__ import annotations

import heapq
import math
import operator
from collections.abc import Mapping

from rolequiz.content.models import (
    Content,
    Match,
    Note,
    QuestionSet,
    Reason,
    Result,
    Role,
    new_match,
    new_reason,
)
from rolequiz.i18n import number, percent, plural, t

LIKE_MIN = 0.6  # an interest at least this high is "you enjoy" (the neutral band ends)
DISLIKE_MAX = 0.4  # an interest at most this low is "you seem not to enjoy"
LIFT_MIN = 0.5  # the need at least this high for an enjoyed dimension to lift a role
LOW_NEED = 0.3  # a need at most this low is "the job uses little of it"
CORE_NEED = 0.8  # a need at least this high is the core of the job
MAX_LIFTS = 3
MAX_GAPS = 2
NEAR_TIE = 2.0  # points between #1 and #2
FLAT_RANGE = 0.15  # interest profile spread under which there is no clear preference
# Do the interests differ more than the answers vary around them? A one-way analysis of
# variance of the answers grouped by dimension; the differences count when they would
# arise by chance at most this often.
CHANCE_MAX = 0.01
SIGMA = 0.35  # the spread of one answer around the interest before any is seen (step 0.5)...
PRIOR_WEIGHT = 10  # ...counted as this many answers when the spread is estimated
_CUT = "\x00"  # where a reason's sentence is cut (a name holding it is formatted in full)


def interest_profile(
    questions: QuestionSet, answers: Mapping[str, int]
) -> dict[str, float | None]:
    """Dimension id -> interest in [0, 1], or None when no answered question touches it."""
    mid, half = questions.scale.mid, questions.scale.half_range
    num: dict[str, list[float]] = {d.id: [] for d in questions.dimensions}
    den: dict[str, list[float]] = {d.id: [] for d in questions.dimensions}
    for q in questions.questions:
        v = answers.get(q.id)
        if v is None:
            continue
        x = (v - mid) / half
        for d, w in q.weights.items():
            num[d].append(w * x)
            den[d].append(abs(w))
    profile: dict[str, float | None] = {}
    for d in questions.dimensions:
        if den[d.id]:
            # fsum is exactly rounded, so question order cannot change a digit
            s = math.fsum(num[d.id]) / math.fsum(den[d.id])
            profile[d.id] = min(1.0, max(0.0, (1.0 + s) / 2.0))
        else:
            profile[d.id] = None
    return profile


def match_score(profile: Mapping[str, float | None], role: Role) -> float | None:
    """50 * (1 + r), r the correlation of interests and needs over the known dimensions;
    unrounded. None when no dimension is known."""
    return _Ranker(None, profile, "").score(role)


def reasons(
    profile: Mapping[str, float | None], role: Role, content: Content, lang: str
) -> tuple[Reason, ...]:
    """What lifts the role most (shared strong interests) and its biggest gaps."""
    return _Ranker(content, profile, lang).reasons(role)


def rank(content: Content, profile: Mapping[str, float | None], lang: str) -> tuple[Match, ...]:
    """Every role, best first; equal (rounded) scores share a rank; ties by role id."""
    return _Ranker(content, profile, lang).rank(content.roles.roles)


def top_ids(content: Content, profile: Mapping[str, float | None], n: int,
            roles: tuple[Role, ...] | None = None) -> list[str]:
    """The ids of the first n roles of rank(), without their reasons; among `roles` only
    when given (the caller knows the others come after them)."""
    roles = content.roles.roles if roles is None else roles
    ranker = _Ranker(None, profile, "")
    scores = ranker.rounded_scores(roles)
    return [rid for _, rid in heapq.nsmallest(n, zip(map(operator.neg, scores),
                                                    [r.id for r in roles], strict=True))]


class _Ranker:
    """match_score, reasons and rank for many roles against one profile.

    Everything that does not depend on the role (the known dimensions in id order, the
    interests centred on their mean, the sentences cut around the role's percentage) is
    worked out once; each role then costs a few sums over the known dimensions. A reason
    is made once per dimension and need and shared."""

    def __init__(self, content: Content | None, profile: Mapping[str, float | None], lang: str):
        self.content = content
        self.lang = lang
        # in dimension id order: a reason's ties go to the dimension whose id sorts first
        self.known = sorted((d, p) for d, p in profile.items() if p is not None)
        self.dims = [d for d, _ in self.known]
        self.ys = tuple(p for _, p in self.known)
        k = len(self.ys)
        mean = math.fsum(self.ys) / k if k else 0.0
        self.centred = tuple(y - mean for y in self.ys)
        self.spread = math.sqrt(math.fsum(c * c for c in self.centred))
        self.liked = [(i, y) for i, y in enumerate(self.ys) if y >= LIKE_MIN]
        self.disliked = [(i, y) for i, y in enumerate(self.ys) if y <= DISLIKE_MAX]
        self._pick = operator.itemgetter(*self.dims) if len(self.dims) > 1 else None
        # by dimension: need -> its reason
        self._lifts = [_Said(self, "lift", i) for i in range(k)]
        self._gaps = [_Said(self, "gap", i) for i in range(k)]

    def needs(self, role: Role) -> tuple[float, ...]:
        """The role's need for each known dimension (0 where its profile is silent)."""
        if self._pick is not None:
            try:  # one C call when the profile names every known dimension
                return self._pick(role.profile)
            except KeyError:
                pass
        get = role.profile.get
        return tuple([get(d, 0.0) for d in self.dims])

    def score(self, role: Role) -> float | None:
        if not self.known:
            return None
        return self._score(self.needs(role))

    def _score(self, needs: tuple[float, ...]) -> float:
        """50 * (1 + r), r the correlation of the interests and the needs:
        sum(c_d * e_d) / (|c| * |e|), c and e the interests and needs centred on their means.
        A flat profile, or needs equal on every known dimension, correlate with nothing: 50."""
        mean = math.fsum(needs) / len(needs)
        centred = [n - mean for n in needs]
        spread = math.sqrt(math.fsum([e * e for e in centred]))
        if self.spread <= 1e-12 or spread <= 1e-12:
            return 50.0
        r = math.fsum(map(operator.mul, self.centred, centred)) / (self.spread * spread)
        return 50.0 * (1.0 + min(1.0, max(-1.0, r)))

    def reasons(self, role: Role) -> tuple[Reason, ...]:
        return self._reasons_of(self.needs(role))

    def rounded_scores(self, roles: tuple[Role, ...]) -> list[float]:
        if not self.known:
            return [50.0] * len(roles)
        return [round(self._score(needs), 1) for needs in self._rows(roles)]

    def rank(self, roles: tuple[Role, ...]) -> tuple[Match, ...]:
        if not roles:
            return ()
        rows = self._rows(roles)
        scores = ([round(self._score(needs), 1) for needs in rows] if self.known
                  else [50.0] * len(roles))
        # by score, then role id (ids are unique: the position is never compared)
        negs, ids, order = zip(*sorted(zip(map(operator.neg, scores), [r.id for r in roles],
                                           range(len(roles)), strict=True)), strict=True)
        ranks = []
        previous, current = None, 0
        for position, neg in enumerate(negs, start=1):
            if neg != previous:  # equal scores share the first one's rank
                previous, current = neg, position
            ranks.append(current)
        lang = self.lang
        return tuple(map(new_match, ranks, ids, [roles[j].name.get(lang) for j in order],
                         map(operator.neg, negs), [self._reasons_of(rows[j]) for j in order]))

    def _rows(self, roles: tuple[Role, ...]) -> list[tuple[float, ...]]:
        if self._pick is not None:
            try:
                return list(map(self._pick, [r.profile for r in roles]))
            except KeyError:
                pass
        return list(map(self.needs, roles))

    def _reasons_of(self, needs: tuple[float, ...]) -> tuple[Reason, ...]:
        """Up to MAX_LIFTS lifts: an interest you enjoy (>= LIKE_MIN) that the job needs
        (>= LIFT_MIN), by -(you * need). Then up to MAX_GAPS gaps, largest difference first:
        a need of the job (>= LIFT_MIN) that you seem not to enjoy (<= DISLIKE_MAX), or an
        interest you enjoy that the job uses little (<= LOW_NEED). Ties by dimension id.
        The neutral band says nothing; a low interest meeting a low need is agreement."""
        out: list[Reason] = []
        if not needs:
            return ()
        lifts = [(-(y * needs[i]), i) for i, y in self.liked if needs[i] >= LIFT_MIN]
        if lifts:
            lifts.sort()
            out.extend(self._lifts[i][needs[i]] for _, i in lifts[:MAX_LIFTS])
        gaps = [(y - needs[i], i) for i, y in self.liked if needs[i] <= LOW_NEED]
        gaps += [(needs[i] - y, i) for i, y in self.disliked if needs[i] >= LIFT_MIN]
        if gaps:
            gaps.sort(key=lambda g: (-g[0], g[1]))
            out.extend(self._gaps[i][needs[i]] for _, i in gaps[:MAX_GAPS])
        return tuple(out)

    def _sentence(self, key: str, i: int) -> tuple[str, float, str, str | None]:
        """The sentence of `key` for dimension i, cut around the role's percentage: each new
        reason then joins three strings instead of formatting a template."""
        d, you = self.known[i]
        assert self.content is not None
        name = self.content.questions.dimension(d).name.get(self.lang)
        template = t("scoring." + key, self.lang)  # no values: the text as written
        cut = template.format(dim=name, you=percent(you), role=_CUT)
        if cut.count(_CUT) == 1:
            before, after = cut.split(_CUT)
            return d, round(you, 2), before, after
        # the name holds the cut mark itself: format each time (with its braces escaped)
        safe = name.replace("{", "{{").replace("}", "}}")
        return d, round(you, 2), template.format(dim=safe, you=percent(you), role="{role}"), None


class _Said(dict):  # type: ignore[type-arg]
    """One dimension's reasons of one kind ("lift" or "gap"): need -> reason, made on first
    use, then shared by every role with that need (reasons are frozen)."""

    __slots__ = ("ranker", "kind", "i", "you", "cuts")

    def __init__(self, ranker: _Ranker, kind: str, i: int):
        super().__init__()
        self.ranker, self.kind, self.i, self.you = ranker, kind, i, ranker.ys[i]
        self.cuts: dict[str, tuple[str, float, str, str | None]] = {}  # sentence key -> cut

    def __missing__(self, need: float) -> Reason:
        kind = self.kind
        # a need shown as 0 % is none at all; a low one, little
        key = kind if kind == "lift" else ("gap_need" if need > self.you
                                           else "gap_extra" if percent(need) != "0"
                                           else "gap_extra_none")
        cut = self.cuts.get(key)
        if cut is None:
            cut = self.cuts[key] = self.ranker._sentence(key, self.i)
        d, you_2, before, after = cut
        pct = percent(need)
        text = pct.join((before, after)) if after is not None else before.format(role=pct)
        r = self[need] = new_reason(kind, d, you_2, round(need, 2), text)
        return r


def flat(given: list[int], known: list[float]) -> bool:
    """No clear preference: two answers or more, all the same, or interests (the known
    ones) within FLAT_RANGE of each other."""
    return len(given) >= 2 and (len(set(given)) == 1 or max(known) - min(known) < FLAT_RANGE)


def differentiation(questions: QuestionSet, answers: Mapping[str, int]) -> float:
    """The chance that interests would differ this much between dimensions if the student
    had no preference at all: a one-way analysis of variance of the answers (as leans in
    [-1, 1], reversed for a negative weight), each question grouped under the dimension it
    weighs on most. The spread of answers within a dimension (answers that contradict each
    other) is the yardstick; it is pooled with SIGMA counted as PRIOR_WEIGHT answers, so
    that a few consistent answers are not taken for certainty. 1.0 when nothing can be told
    (fewer than two dimensions answered)."""
    mid, half = questions.scale.mid, questions.scale.half_range
    groups: dict[str, list[float]] = {}
    for q in questions.questions:
        v = answers.get(q.id)
        if v is None:
            continue
        d, w = min(q.weights.items(), key=lambda kv: (-abs(kv[1]), kv[0]))
        groups.setdefault(d, []).append((v - mid) / half * (1.0 if w > 0 else -1.0))
    k = len(groups)
    n = sum(len(g) for g in groups.values())
    if k < 2:
        return 1.0
    grand = math.fsum(x for g in groups.values() for x in g) / n
    means = {d: math.fsum(g) / len(g) for d, g in groups.items()}
    between = math.fsum(len(g) * (means[d] - grand) ** 2 for d, g in groups.items())
    within = math.fsum((x - means[d]) ** 2 for d, g in groups.items() for x in g)
    df_within = n - k + PRIOR_WEIGHT
    spread2 = (within + PRIOR_WEIGHT * SIGMA**2) / df_within
    f = (between / (k - 1)) / spread2
    return _f_tail(f, k - 1, df_within)


def _f_tail(f: float, d1: float, d2: float) -> float:
    """P(F > f) for Fisher's F distribution with d1 and d2 degrees of freedom."""
    if f <= 0.0:
        return 1.0
    return _beta_inc(d2 / 2.0, d1 / 2.0, d2 / (d2 + d1 * f))


def _beta_inc(a: float, b: float, x: float) -> float:
    """The regularized incomplete beta function I_x(a, b) (continued fraction, Lentz)."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b)
                     + a * math.log(x) + b * math.log1p(-x))
    if x > (a + 1.0) / (a + b + 2.0):  # the fraction converges fast on this side only
        return 1.0 - _beta_inc(b, a, 1.0 - x)
    tiny = 1e-300
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1.0)
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 300):
        for num in (m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
                    -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))):
            d = 1.0 + num * d
            d = 1.0 / (d if abs(d) > tiny else tiny)
            c = 1.0 + num / c
            c = c if abs(c) > tiny else tiny
            h *= d * c
        if abs(d * c - 1.0) < 1e-14:
            break
    return front * h / a


def weak_fit(content: Content, profile: Mapping[str, float | None], first: Match,
             lang: str) -> Note | None:
    """The closest match is no good fit: its core needs (>= CORE_NEED) are disliked, or
    what the student likes most is at the heart (>= LIFT_MIN) of no role at all."""
    role = content.roles.role(first.role)
    names = {d.id: d.name.get(lang) for d in content.questions.dimensions}
    disliked = sorted((p, d) for d, p in profile.items()
                      if p is not None and p <= DISLIKE_MAX and role.importance(d) >= CORE_NEED)
    if disliked:
        p, d = disliked[0]
        return Note("weak_fit", t("scoring.note_weak_core", lang, role=first.name,
                                  dim=names.get(d, d), you=percent(p)))
    liked = sorted((-p, d) for d, p in profile.items() if p is not None and p >= LIKE_MIN)
    if liked:
        top = -liked[0][0]
        best = [d for p, d in liked if -p >= top - 1e-9]
        if all(r.importance(d) < LIFT_MIN for d in best for r in content.roles.roles):
            return Note("weak_fit", t("scoring.note_weak_likes", lang,
                                      dim=names.get(best[0], best[0]), you=percent(top)))
    return None


def notes(
    content: Content,
    answers: Mapping[str, int],
    profile: Mapping[str, float | None],
    matches: tuple[Match, ...],
    lang: str,
) -> tuple[Note, ...]:
    """Warnings that keep a result from sounding more certain than it is."""
    total = len(content.questions.questions)
    given = [answers[q.id] for q in content.questions.questions if q.id in answers]
    if not given:
        return (Note("no_answers", t("scoring.note_no_answers", lang)),)
    out: list[Note] = []
    if len(given) * 2 < total:
        out.append(Note("few_answers", plural(len(given), lang, "scoring.note_few_answers",
                                              total=total)))
    known = [p for p in profile.values() if p is not None]
    if flat(given, known):
        out.append(Note("no_preference", t("scoring.note_no_preference", lang)))
        return tuple(out)
    if len(given) >= 2 and differentiation(content.questions, answers) > CHANCE_MAX:
        out.append(Note("unclear_interests", t("scoring.note_unclear_interests", lang)))
        return tuple(out)
    if matches:
        note = weak_fit(content, profile, matches[0], lang)
        if note is not None:
            out.append(note)
    # with fewer than two interests known every role scores 50: no tie worth naming
    if (len(matches) >= 2 and len(known) >= 2
            and matches[0].score - matches[1].score < NEAR_TIE):
        gap = number(matches[0].score - matches[1].score, lang)
        out.append(
            Note(
                "near_tie",
                t("scoring.note_near_tie", lang, first=matches[0].name,
                  second=matches[1].name, gap=gap),
            )
        )
    return tuple(out)


def score(content: Content, answers: Mapping[str, int], lang: str = "en") -> Result:
    """The whole result for a set of answers (question id -> scale value)."""
    known = {q.id for q in content.questions.questions}
    answers = {k: v for k, v in sorted(answers.items()) if k in known}
    profile = interest_profile(content.questions, answers)
    matches = rank(content, profile, lang)
    total = len(content.questions.questions)
    return Result(
        lang=lang,
        answers=answers,
        answered=len(answers),
        skipped=total - len(answers),
        total=total,
        profile={d: (None if p is None else round(p, 2)) for d, p in profile.items()},
        matches=matches,
        notes=notes(content, answers, profile, matches, lang),
    )


def ideal_answers(questions: QuestionSet, role: Role) -> dict[str, int]:
    """How a student who is exactly this role's profile answers each question:
    the scale value nearest mid + half_range * sum(w * (2p - 1)) / sum(|w|);
    a tie goes to the value nearer the midpoint."""
    mid, half = questions.scale.mid, questions.scale.half_range
    values = questions.scale.values
    out: dict[str, int] = {}
    for q in questions.questions:
        lean = math.fsum(w * (2 * role.importance(d) - 1) for d, w in q.weights.items())
        target = mid + half * lean / math.fsum(abs(w) for w in q.weights.values())
        out[q.id] = min(values, key=lambda v: (round(abs(v - target), 9), abs(v - mid)))
    return out


# -- how a result is read: what every view of it says first -----------------------------

HEADLINE_LIKES = 3  # the enjoyed interests a weak fit's headline names


def headline(result: Result) -> tuple[str, tuple[str, ...]]:
    """What a result's first line says, the same in the terminal and in a document:
    ("", ()) nothing (no answer, no role); ("flat", ()) no role stands out; ("weak", the
    enjoyed dimensions, most enjoyed first) no role fits well; ("tie", ()) the first two
    are nearly tied; ("clear", ()) the closest match."""
    if not result.answered or not result.matches:
        return "", ()
    codes = {n.code for n in result.notes}
    if "no_preference" in codes or "unclear_interests" in codes:
        return "flat", ()
    if "weak_fit" in codes:
        liked = sorted((-p, d) for d, p in result.profile.items()
                       if p is not None and p >= LIKE_MIN)
        return "weak", tuple(d for _, d in liked[:HEADLINE_LIKES])
    if "near_tie" in codes and len(result.matches) > 1:
        return "tie", ()
    return "clear", ()


def interests_in_order(result: Result, dimensions: list[str]) -> list[str]:
    """The result's dimensions as they are shown: the most enjoyed first, the unknown last,
    equal ones in the content's order (`dimensions`)."""
    order = {d: i for i, d in enumerate(dimensions)}
    p = result.profile
    return sorted(p, key=lambda d: (p[d] is None, -(p[d] or 0), order.get(d, 0)))
