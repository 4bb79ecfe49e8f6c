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
from collections.abc import Mapping

from rolequiz.i18n import percent, t
from rolequiz.models import Content, Match, Note, QuestionSet, Reason, Result, Role

LIFT_MIN = 0.5  # both the interest and the need at least this high to lift a role
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
    gaps = [(p - role.importance(d)) ** 2 for d, p in profile.items() if p is not None]
    if not gaps:
        return None
    return 100.0 * (1.0 - math.sqrt(math.fsum(gaps) / len(gaps)))


def reasons(
    profile: Mapping[str, float | None], role: Role, content: Content, lang: str
) -> tuple[Reason, ...]:
    """What lifts the role most (shared strong interests) and its biggest gaps."""
    lifts: list[tuple[float, str, float, float]] = []
    gaps: list[tuple[float, str, float, float]] = []
    for d, you in profile.items():
        if you is None:
            continue
        need = role.importance(d)
        if you >= LIFT_MIN and need >= LIFT_MIN:
            lifts.append((-(you * need), d, you, need))
        if abs(you - need) >= GAP_MIN:
            gaps.append((-abs(you - need), d, you, need))
    out: list[Reason] = []
    for kind, items, limit in (("lift", lifts, MAX_LIFTS), ("gap", gaps, MAX_GAPS)):
        for _, d, you, need in sorted(items)[:limit]:
            key = "lift" if kind == "lift" else ("gap_need" if need > you else "gap_extra")
            name = content.questions.dimension(d).name.get(lang)
            text = t(key, lang, dim=name, you=percent(you), role=percent(need))
            out.append(Reason(kind, d, round(you, 2), round(need, 2), text))
    return tuple(out)


def rank(content: Content, profile: Mapping[str, float | None], lang: str) -> tuple[Match, ...]:
    """Every role, best first; equal (rounded) scores share a rank; ties by role id."""
    scored = []
    for role in content.roles.roles:
        raw = match_score(profile, role)
        score = 50.0 if raw is None else round(min(100.0, max(0.0, raw)), 1)
        scored.append((-score, role.id, role))
    scored.sort(key=lambda item: (item[0], item[1]))
    matches: list[Match] = []
    previous: float | None = None
    current_rank = 0
    for position, (neg, _, role) in enumerate(scored, start=1):
        if -neg != previous:
            current_rank, previous = position, -neg
        matches.append(
            Match(
                rank=current_rank,
                role=role.id,
                name=role.name.get(lang),
                score=-neg,
                reasons=reasons(profile, role, content, lang),
            )
        )
    return tuple(matches)


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
