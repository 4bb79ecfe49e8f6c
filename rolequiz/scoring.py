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

from rolequiz.i18n import DEFAULT, MESSAGES, percent, t
from rolequiz.models import Content, Match, Note, QuestionSet, Reason, Result, Role

LIFT_MIN = 0.5  # the need at least this high for a dimension to lift a role...
LIFT_YOU_MIN = 0.6  # ...and the interest clearly above neutral (51 % is no "you enjoy")
GAP_MIN = 0.3  # a difference at least this large is worth naming
MAX_LIFTS = 3
MAX_GAPS = 2
NEAR_TIE = 2.0  # points between #1 and #2
FLAT_RANGE = 0.15  # interest profile spread under which there is no clear preference


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
    ranker = _Ranker(content, profile, lang)
    scored = []
    for role in content.roles.roles:
        needs = ranker.needs(role)
        diffs = list(map(operator.sub, ranker.ys, needs))
        raw = ranker.score_of(diffs)
        score = 50.0 if raw is None else round(min(100.0, max(0.0, raw)), 1)
        scored.append((-score, role.id, role, needs, diffs))
    scored.sort(key=operator.itemgetter(0, 1))  # by score, then role id
    matches: list[Match] = []
    previous: float | None = None
    current_rank = 0
    for position, (neg, _, role, needs, diffs) in enumerate(scored, start=1):
        if -neg != previous:
            current_rank, previous = position, -neg
        matches.append(Match(current_rank, role.id, role.name.get(lang), -neg,
                             ranker.reasons_of(needs, diffs)))
    return tuple(matches)


class _Ranker:
    """match_score and reasons for many roles against one profile. Everything that does not
    depend on the role (the known dimensions, their names, the sentences, the rounded
    percentages) is worked out once, so ranking 1,000 roles takes milliseconds
    (docs/performance.md). Same arithmetic, same order, same output as one role at a time."""

    def __init__(self, content: Content | None, profile: Mapping[str, float | None], lang: str):
        self.content = content
        self.lang = lang
        self.known = [(d, p) for d, p in profile.items() if p is not None]
        self.lifting = [i for i, (_, p) in enumerate(self.known) if p >= LIFT_YOU_MIN]
        self.ys = [p for _, p in self.known]
        self.twos = [2] * len(self.known)
        self.names: dict[str, str] = {}
        self.templates = {
            key: MESSAGES[key].get(lang) or MESSAGES[key][DEFAULT]
            for key in ("lift", "gap_need", "gap_extra")
        }
        dims = [d for d, _ in self.known]
        self._pick = operator.itemgetter(*dims) if len(dims) > 1 else None
        self.order = [sorted(dims).index(d) for d in dims]
        # reasons already made, by dimension then need (frozen, so shared between roles)
        self._lift_made: list[dict[float, Reason]] = [{} for _ in dims]
        self._gap_made: list[dict[float, Reason]] = [{} for _ in dims]
        self._shown: dict[float, tuple[str, float]] = {}  # x -> (percent(x), round(x, 2))
        self._by_shown: dict[tuple, Reason] = {}

    def needs(self, role: Role) -> list[float]:
        """The role's need for each known dimension (0 where its profile is silent)."""
        if self._pick is not None:
            try:  # one C call when the profile names every known dimension
                return list(self._pick(role.profile))
            except KeyError:
                pass
        get = role.profile.get
        return [get(d, 0.0) for d, _ in self.known]

    def score(self, role: Role) -> float | None:
        return self.score_of(list(map(operator.sub, self.ys, self.needs(role))))

    def score_of(self, diffs: list[float]) -> float | None:
        """From the differences interest - need over the known dimensions."""
        if not diffs:
            return None
        # (p - need) ** 2 for each known dimension, the loop run by C (map)
        gaps = list(map(pow, diffs, self.twos))
        return 100.0 * (1.0 - math.sqrt(math.fsum(gaps) / len(gaps)))

    def reasons(self, role: Role) -> tuple[Reason, ...]:
        needs = self.needs(role)
        return self.reasons_of(needs, list(map(operator.sub, self.ys, needs)))

    def reasons_of(self, needs: list[float], diffs: list[float]) -> tuple[Reason, ...]:
        # Candidates sort as the definition's (-(you * need), dimension, ...) and
        # (-|you - need|, dimension, ...) do: `order[i]` ranks dimension i's id among them.
        order = self.order
        lift_min, gap_min = LIFT_MIN, GAP_MIN
        lifts = []
        for i in self.lifting:  # the dimensions the student enjoys enough to lift a role
            need = needs[i]
            if need >= lift_min:
                lifts.append((-(self.ys[i] * need), order[i], i))
        gaps = []
        for i, diff in enumerate(diffs):
            if diff >= gap_min or -diff >= gap_min:
                gaps.append((-abs(diff), order[i], i))
        if not lifts and not gaps:
            return ()
        out: list[Reason] = []
        if lifts:
            lifts.sort()
            made = self._lift_made
            for _, _, i in lifts[:MAX_LIFTS]:
                need = needs[i]
                r = made[i].get(need)
                out.append(r if r is not None else self._made(made, "lift", i, need))
        if gaps:
            gaps.sort()
            made = self._gap_made
            ys = self.ys
            for _, _, i in gaps[:MAX_GAPS]:
                need = needs[i]
                r = made[i].get(need)
                if r is None:
                    r = self._made(made, "gap_need" if need > ys[i] else "gap_extra", i, need)
                out.append(r)
        return tuple(out)

    def _made(self, made: list[dict[float, Reason]], key: str, i: int, need: float) -> Reason:
        d, you = self.known[i]
        r = made[i][need] = self._reason(key, d, you, need)
        return r

    def _reason(self, key: str, d: str, you: float, need: float) -> Reason:
        """A new reason, kept: roles with the same need on a dimension share it (frozen)."""
        name = self.names.get(d)
        if name is None:
            assert self.content is not None
            name = self.names[d] = self.content.questions.dimension(d).name.get(self.lang)
        shown = self._shown
        if you not in shown:
            shown[you] = (percent(you), round(you, 2))
        if need not in shown:
            shown[need] = (percent(need), round(need, 2))
        # Needs that differ only past the second decimal make the same reason: share it.
        same = (key, d, shown[you], shown[need])
        r = self._by_shown.get(same)
        if r is None:
            (you_pct, you_2), (need_pct, need_2) = shown[you], shown[need]
            text = self.templates[key].format(dim=name, you=you_pct, role=need_pct)
            kind = "lift" if key == "lift" else "gap"
            r = self._by_shown[same] = Reason(kind, d, you_2, need_2, text)
        return r


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
        return (Note("no_answers", t("note_no_answers", lang)),)
    out: list[Note] = []
    if len(given) * 2 < total:
        out.append(Note("few_answers", t("note_few_answers", lang, answered=len(given),
                                         total=total)))
    known = [p for p in profile.values() if p is not None]
    if len(given) >= 2 and (len(set(given)) == 1 or max(known) - min(known) < FLAT_RANGE):
        out.append(Note("no_preference", t("note_no_preference", lang)))
    elif len(matches) >= 2 and matches[0].score - matches[1].score < NEAR_TIE:
        gap = f"{matches[0].score - matches[1].score:.1f}"
        out.append(
            Note(
                "near_tie",
                t("note_near_tie", lang, first=matches[0].name, second=matches[1].name, gap=gap),
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
