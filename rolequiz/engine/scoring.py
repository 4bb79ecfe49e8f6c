"""The scoring engine: answers -> interest profile -> every role ranked, with reasons.

Pure functions over validated content: no I/O, no terminal. See docs/scoring.md.

- An answer v on a scale from low to high becomes x = (v - mid) / half_range, in [-1, 1].
- Interest in a dimension d: s_d = sum(w_qd * x_q) / sum(|w_qd|) over the answered
  questions q that weigh on d, shown as P_d = (1 + s_d) / 2 in [0, 1] (0.5 = neutral).
  A dimension no answered question touches is unknown (None), never a dislike.
- A role's need for d is p_d in [0, 1] (0 where its profile is silent).
- Score = 100 * (1 - sqrt(mean over known d of (P_d - p_d)^2)): 100 when the interests
  match the role's needs exactly, 0 when they are opposite everywhere.
"""

from __future__ import annotations

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
from rolequiz.i18n import percent, t

LIFT_MIN = 0.5  # the need at least this high for a dimension to lift a role...
LIFT_YOU_MIN = 0.6  # ...and the interest clearly above neutral (51 % is no "you enjoy")
GAP_MIN = 0.3  # a difference at least this large is worth naming
MAX_LIFTS = 3
MAX_GAPS = 2
NEAR_TIE = 2.0  # points between #1 and #2
FLAT_RANGE = 0.15  # interest profile spread under which there is no clear preference
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
    """100 * (1 - RMS gap between interests and needs) over known dimensions, unrounded."""
    return _Ranker(None, profile, "").score(role)


def reasons(
    profile: Mapping[str, float | None], role: Role, content: Content, lang: str
) -> tuple[Reason, ...]:
    """What lifts the role most (shared strong interests) and its biggest gaps."""
    return _Ranker(content, profile, lang).reasons(role)


def rank(content: Content, profile: Mapping[str, float | None], lang: str) -> tuple[Match, ...]:
    """Every role, best first; equal (rounded) scores share a rank; ties by role id."""
    return _Ranker(content, profile, lang).rank(content.roles.roles)


class _Ranker:
    """match_score, reasons and rank for many roles against one profile.

    Everything that does not depend on the role (the known dimensions in id order, the
    sentences cut around the role's percentage) is worked out once. Each role then costs a
    few calls that C runs: its needs picked in one call, its score from math.dist, its
    biggest gaps read off its sorted differences; a reason is made once per dimension and
    need and shared. Ranking 1,000 roles takes a few milliseconds (docs/performance.md); the
    output is the definition's, digit for digit (tests/test_scoring_speed.py)."""

    def __init__(self, content: Content | None, profile: Mapping[str, float | None], lang: str):
        self.content = content
        self.lang = lang
        # in dimension id order: a reason's ties go to the dimension whose id sorts first
        self.known = sorted((d, p) for d, p in profile.items() if p is not None)
        self.dims = [d for d, _ in self.known]
        self.ys = tuple(p for _, p in self.known)
        self.root = math.sqrt(len(self.known))
        self.lifting = [(i, y) for i, y in enumerate(self.ys) if y >= LIFT_YOU_MIN]
        self._pick = operator.itemgetter(*self.dims) if len(self.dims) > 1 else None
        # by dimension: need -> its reason
        self._lifts = [_Said(self, "lift", i) for i in range(len(self.dims))]
        self._gaps = [_Said(self, "gap", i) for i in range(len(self.dims))]

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
        """The definition, unrounded: the squares of interest - need summed exactly."""
        needs = self.needs(role)
        if not needs:
            return None
        gaps = [(y - need) ** 2 for y, need in zip(self.ys, needs, strict=True)]
        return 100.0 * (1.0 - math.sqrt(math.fsum(gaps) / len(gaps)))

    def reasons(self, role: Role) -> tuple[Reason, ...]:
        return self._reasons_of_all([self.needs(role)])[0]

    def rank(self, roles: tuple[Role, ...]) -> tuple[Match, ...]:
        if not roles:
            return ()
        rows = self._rows(roles)
        scores = self._rounded_scores(roles, rows)
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
                         map(operator.neg, negs), self._reasons_of_all([rows[j] for j in order])))

    def _rows(self, roles: tuple[Role, ...]) -> list[tuple[float, ...]]:
        if self._pick is not None:
            try:
                return list(map(self._pick, [r.profile for r in roles]))
            except KeyError:
                pass
        return list(map(self.needs, roles))

    def _rounded_scores(self, roles: tuple[Role, ...], rows: list[tuple[float, ...]]
                        ) -> list[float]:
        """Each role's score, rounded to one decimal, exactly as the definition's.

        math.dist (the square root of the sum of squares, one C call) is within 1e-12 of the
        definition's exact sum; the rare score that close to a rounding boundary (x.x5) is
        worked out the definition's way, so no published digit depends on the shortcut."""
        if not self.known:
            return [50.0] * len(roles)
        ys, root, dist = self.ys, self.root, math.dist
        raws = [100.0 * (1.0 - dist(ys, needs) / root) for needs in rows]
        if raws and (min(raws) < 0.0 or max(raws) > 100.0):
            raws = [min(100.0, max(0.0, raw)) for raw in raws]
        scores = list(map(round, raws, [1] * len(raws)))
        for j, (raw, rounded) in enumerate(zip(raws, scores, strict=True)):
            if abs(abs(raw - rounded) - 0.05) < 1e-9:
                exact = self.score(roles[j])
                assert exact is not None
                scores[j] = round(min(100.0, max(0.0, exact)), 1)
        return scores

    def _reasons_of_all(self, rows: list[tuple[float, ...]]) -> list[tuple[Reason, ...]]:
        """For each row of needs: up to MAX_LIFTS lifts, by -(you * need), then up to
        MAX_GAPS gaps, by -|you - need|; ties by dimension id (the index, as `known` is in
        id order). One loop with everything in locals: it runs once per role."""
        lifting, lift_said, gap_said = self.lifting, self._lifts, self._gaps
        ys, gaps_of, sub = self.ys, _gaps_of, operator.sub
        lift_min, max_lifts, gap_min, neg_gap_min = LIFT_MIN, MAX_LIFTS, GAP_MIN, -GAP_MIN
        fast_gaps = MAX_GAPS == 2 and len(ys) >= 4
        all_out: list[tuple[Reason, ...]] = []
        for needs in rows:
            out = []
            if lifting:
                lifts = []
                for i, y in lifting:
                    need = needs[i]
                    if need >= lift_min:
                        lifts.append((-(y * need), i))
                if lifts:
                    lifts.sort()
                    for _, i in lifts[:max_lifts]:
                        out.append(lift_said[i][needs[i]])
            if not needs:
                all_out.append(tuple(out))
                continue
            diffs = list(map(sub, ys, needs))
            if fast_gaps:
                # The two largest |d| are among the two lowest and the two highest values,
                # read off the sorted values. Sizes that could tie there: _gaps_of. (Equal
                # values are no trouble: diffs.index finds the lowest index, which a tie
                # goes to.)
                s = sorted(diffs)
                a, b, c, d = s[0], s[1], s[-2], s[-1]
                if b > neg_gap_min and c < gap_min:
                    # all but a and d within the limit: a and d are unique, if beyond it
                    if a <= neg_gap_min:
                        i = diffs.index(a)
                        if d >= gap_min:
                            j = diffs.index(d)
                            if -a < d or (-a == d and j < i):
                                i, j = j, i
                            out.append(gap_said[i][needs[i]])
                            i = j
                        out.append(gap_said[i][needs[i]])
                    elif d >= gap_min:
                        i = diffs.index(d)
                        out.append(gap_said[i][needs[i]])
                    all_out.append(tuple(out))
                    continue
                if a != b and c != d and -a != d and -a != c and -b != d:
                    # two beyond the limit, four sizes that cannot tie
                    if -a > d:
                        i, j = diffs.index(a), diffs.index(b if -b > d else d)
                    else:
                        i, j = diffs.index(d), diffs.index(c if c > -a else a)
                    out.append(gap_said[i][needs[i]])
                    out.append(gap_said[j][needs[j]])
                    all_out.append(tuple(out))
                    continue
            for i in gaps_of(diffs):
                out.append(gap_said[i][needs[i]])
            all_out.append(tuple(out))
        return all_out

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
        key = kind if kind == "lift" else ("gap_need" if need > self.you else "gap_extra")
        cut = self.cuts.get(key)
        if cut is None:
            cut = self.cuts[key] = self.ranker._sentence(key, self.i)
        d, you_2, before, after = cut
        pct = percent(need)
        text = pct.join((before, after)) if after is not None else before.format(role=pct)
        r = self[need] = new_reason(kind, d, you_2, round(need, 2), text)
        return r


def _gaps_of(diffs: list[float]) -> list[int]:
    """The indexes of the (at most MAX_GAPS) differences of at least GAP_MIN either way,
    largest first, ties to the lower index."""
    gap_min = GAP_MIN
    cands = sorted((-abs(v), i) for i, v in enumerate(diffs) if v >= gap_min or -v >= gap_min)
    return [i for _, i in cands[:MAX_GAPS]]


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
        out.append(Note("few_answers", t("scoring.note_few_answers", lang,
                                         answered=len(given), total=total)))
    known = [p for p in profile.values() if p is not None]
    if len(given) >= 2 and (len(set(given)) == 1 or max(known) - min(known) < FLAT_RANGE):
        out.append(Note("no_preference", t("scoring.note_no_preference", lang)))
    elif len(matches) >= 2 and matches[0].score - matches[1].score < NEAR_TIE:
        gap = f"{matches[0].score - matches[1].score:.1f}"
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
