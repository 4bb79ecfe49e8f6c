"""Ranking many roles at once gives exactly what the one-role-at-a-time definition gives."""

from __future__ import annotations

import math
import random
from types import MappingProxyType

from rolequiz import scoring
from rolequiz.content import load_content
from rolequiz.i18n import percent, t
from rolequiz.models import (
    Content,
    Dimension,
    Match,
    Question,
    QuestionSet,
    Reason,
    Role,
    RoleSet,
    Scale,
    Text,
)

# -- the definitions, written the plain way (as in docs/scoring.md) --------------------------


def ref_match_score(profile, role):
    gaps = [(p - role.importance(d)) ** 2 for d, p in profile.items() if p is not None]
    if not gaps:
        return None
    return 100.0 * (1.0 - math.sqrt(math.fsum(gaps) / len(gaps)))


def ref_reasons(profile, role, content, lang):
    lifts, gaps = [], []
    for d, you in profile.items():
        if you is None:
            continue
        need = role.importance(d)
        if you >= scoring.LIFT_YOU_MIN and need >= scoring.LIFT_MIN:
            lifts.append((-(you * need), d, you, need))
        if abs(you - need) >= scoring.GAP_MIN:
            gaps.append((-abs(you - need), d, you, need))
    out = []
    for kind, items, limit in (("lift", lifts, scoring.MAX_LIFTS), ("gap", gaps, scoring.MAX_GAPS)):
        for _, d, you, need in sorted(items)[:limit]:
            key = "lift" if kind == "lift" else ("gap_need" if need > you else "gap_extra")
            name = content.questions.dimension(d).name.get(lang)
            text = t(key, lang, dim=name, you=percent(you), role=percent(need))
            out.append(Reason(kind, d, round(you, 2), round(need, 2), text))
    return tuple(out)


def ref_rank(content, profile, lang):
    scored = []
    for role in content.roles.roles:
        raw = ref_match_score(profile, role)
        score = 50.0 if raw is None else round(min(100.0, max(0.0, raw)), 1)
        scored.append((-score, role.id, role))
    scored.sort(key=lambda item: (item[0], item[1]))
    matches, previous, current = [], None, 0
    for position, (neg, _, role) in enumerate(scored, start=1):
        if -neg != previous:
            current, previous = position, -neg
        matches.append(Match(current, role.id, role.name.get(lang), -neg,
                             ref_reasons(profile, role, content, lang)))
    return tuple(matches)


# -- content made up for the comparison ----------------------------------------------------


def made_up(rng: random.Random, roles: int, dims: int) -> Content:
    ids = [f"d{i}" for i in range(dims)]
    scale = Scale(())
    qs = QuestionSet(
        path="q", scale=scale,
        dimensions=tuple(Dimension(d, Text(MappingProxyType({"en": f"Dim {d}", "fr": f"Dim {d}"})))
                         for d in ids),
        questions=tuple(Question(f"q-{d}", Text.plain("?"), MappingProxyType({d: 1.0}))
                        for d in ids),
    )
    role_list = []
    for n in range(roles):
        # some profiles silent on some dimensions, values with 2 or more decimals, ties
        profile = {d: rng.choice([0.0, 0.5, 0.9, 1.0, round(rng.random(), rng.choice([1, 2, 3]))])
                   for d in ids if rng.random() < 0.8}
        profile = profile or {ids[0]: 0.7}
        role_list.append(Role(f"r{n:03d}", Text.plain(f"Role {n}"), MappingProxyType(profile)))
    return Content(qs, RoleSet("r", tuple(role_list)))


def made_up_profile(rng: random.Random, content: Content) -> dict[str, float | None]:
    return {d.id: rng.choice([None, 0.0, 0.5, 1.0, round(rng.random(), 2), rng.random()])
            for d in content.questions.dimensions}


def test_rank_matches_the_plain_definition_on_made_up_content():
    rng = random.Random(8)
    for _ in range(40):
        content = made_up(rng, rng.randint(1, 60), rng.randint(1, 12))
        profile = made_up_profile(rng, content)
        for lang in ("en", "fr"):
            assert scoring.rank(content, profile, lang) == ref_rank(content, profile, lang)
            role = content.roles.roles[0]
            assert scoring.match_score(profile, role) == ref_match_score(profile, role)
            assert scoring.reasons(profile, role, content, lang) == ref_reasons(
                profile, role, content, lang)


def test_rank_matches_the_plain_definition_on_the_default_content(content):
    rng = random.Random(4)
    for _ in range(20):
        answers = {q.id: rng.choice(content.questions.scale.values)
                   for q in content.questions.questions if rng.random() < 0.9}
        profile = scoring.interest_profile(content.questions, answers)
        assert scoring.rank(content, profile, "fr") == ref_rank(content, profile, "fr")


def test_a_profile_with_nothing_known_ranks_every_role_at_50(mini):
    content = load_content(mini["questions"], mini["roles"])
    profile = {d.id: None for d in content.questions.dimensions}
    matches = scoring.rank(content, profile, "en")
    assert {m.score for m in matches} == {50.0}
    assert matches == ref_rank(content, profile, "en")
