"""Ranking many roles at once gives exactly what the one-role-at-a-time definition gives."""

from __future__ import annotations

import math
import random
from dataclasses import replace
from types import MappingProxyType

from hypothesis import given, settings
from hypothesis import strategies as st

from rolequiz.content.load import load_content
from rolequiz.content.models import (
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
from rolequiz.engine import scoring
from rolequiz.i18n import percent, t

# -- the definitions, written the plain way (as in docs/scoring.md) --------------------------


def ref_match_score(profile, role):
    """50 * (1 + r): r the correlation of interests and needs over the known dimensions."""
    known = sorted((d, p) for d, p in profile.items() if p is not None)
    if not known:
        return None
    ys = [p for _, p in known]
    ns = [role.importance(d) for d, _ in known]
    my, mn = math.fsum(ys) / len(ys), math.fsum(ns) / len(ns)
    cy, cn = [y - my for y in ys], [n - mn for n in ns]
    sy, sn = math.sqrt(math.fsum([c * c for c in cy])), math.sqrt(math.fsum([c * c for c in cn]))
    if sy <= 1e-12 or sn <= 1e-12:
        return 50.0
    r = math.fsum([a * b for a, b in zip(cy, cn, strict=True)]) / (sy * sn)
    return 50.0 * (1.0 + min(1.0, max(-1.0, r)))


def ref_reasons(profile, role, content, lang):
    lifts, gaps = [], []
    for d, you in sorted(profile.items()):
        if you is None:
            continue
        need = role.importance(d)
        if you >= scoring.LIKE_MIN and need >= scoring.LIFT_MIN:
            lifts.append((-(you * need), d, you, need))
        if (you >= scoring.LIKE_MIN and need <= scoring.LOW_NEED) or (
                you <= scoring.DISLIKE_MAX and need >= scoring.LIFT_MIN):
            gaps.append((-abs(you - need), d, you, need))
    out = []
    for kind, items, limit in (("lift", lifts, scoring.MAX_LIFTS), ("gap", gaps, scoring.MAX_GAPS)):
        for _, d, you, need in sorted(items)[:limit]:
            key = "lift" if kind == "lift" else (
                "gap_need" if need > you
                else "gap_extra" if percent(need) != "0" else "gap_extra_none")
            name = content.questions.dimension(d).name.get(lang)
            text = t("scoring." + key, lang, dim=name, you=percent(you), role=percent(need))
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
            fast, plain = scoring.match_score(profile, role), ref_match_score(profile, role)
            assert fast == plain
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


# -- the shortcuts, where they could go wrong ---------------------------------------------

# Values that tie a lot: equal differences, differences of equal size and opposite sign,
# differences right at the 30-point limit, needs with 2 and 3 decimals.
TIE_VALUES = [0.0, 0.2, 0.3, 0.5, 0.6, 0.8, 0.9, 1.0, 0.505, 0.25, 0.75]


@given(
    dims=st.integers(1, 12),
    needs=st.lists(st.lists(st.sampled_from(TIE_VALUES), min_size=12, max_size=12),
                   min_size=1, max_size=25),
    interests=st.lists(st.one_of(st.none(), st.sampled_from(TIE_VALUES)), min_size=12,
                       max_size=12),
    lang=st.sampled_from(["en", "fr"]),
)
@settings(max_examples=300, deadline=None)
def test_rank_matches_the_plain_definition_when_values_tie(dims, needs, interests, lang):
    content = made_up(random.Random(0), 1, dims)  # its dimensions (d0, d1 ... d10, d11)
    ids = [d.id for d in content.questions.dimensions]
    # each row and the interests are cut to the first `dims` values
    roles = tuple(Role(f"r{n:02d}", Text.plain(f"Role {n}"),
                       MappingProxyType(dict(zip(ids, row, strict=False))))
                  for n, row in enumerate(needs))
    content = Content(content.questions, RoleSet("r", roles))
    profile = dict(zip(ids, interests, strict=False))
    assert scoring.rank(content, profile, lang) == ref_rank(content, profile, lang)


def test_a_dimension_name_with_braces_or_a_nul_reads_as_written():
    """Reason sentences are cut around the role's percentage at a NUL; a name holding one
    (or braces) is formatted in full instead."""
    for name in ("Data {role} \x00 {{x}}", "A\x00B", "{dim}"):
        content = made_up(random.Random(0), 1, 2)
        dims = tuple(replace(d, name=Text(MappingProxyType({"en": name, "fr": name})))
                     for d in content.questions.dimensions)
        content = Content(replace(content.questions, dimensions=dims),
                          RoleSet("r", (Role("r", Text.plain("R"), MappingProxyType(
                              {"d0": 0.9, "d1": 0.0})),)))
        profile = {"d0": 0.9, "d1": 0.9}
        (match,) = scoring.rank(content, profile, "en")
        assert [r.text for r in match.reasons] == [
            t("scoring.lift", "en", dim=name, you="90", role="90"),
            t("scoring.gap_extra_none", "en", dim=name, you="90", role="0")]
        assert match == ref_rank(content, profile, "en")[0]


def test_values_exactly_at_the_band_limits_count():
    """An interest of exactly 60 % is enjoyed and of exactly 40 % not enjoyed; a need of
    exactly 50 % is needed and of exactly 30 % little used."""
    content = made_up(random.Random(0), 1, 4)
    ids = [d.id for d in content.questions.dimensions]
    rows = [(0.5, 0.3, 0.5, 0.3), (0.49, 0.31, 0.49, 0.31)]
    roles = tuple(Role(f"r{n}", Text.plain(f"Role {n}"),
                       MappingProxyType(dict(zip(ids, row, strict=True))))
                  for n, row in enumerate(rows))
    content = Content(content.questions, RoleSet("r", roles))
    profile = dict(zip(ids, (0.6, 0.6, 0.4, 0.4), strict=True))
    matches = scoring.rank(content, profile, "en")
    assert matches == ref_rank(content, profile, "en")
    said = {m.role: [(r.kind, r.dimension) for r in m.reasons] for m in matches}
    assert said["r0"] == [("lift", "d0"), ("gap", "d1"), ("gap", "d2")]
    assert said["r1"] == []


def test_a_reason_gives_the_interest_to_two_decimals_whatever_the_dimension_s_name():
    """An interest of 2/3 is given as 0.67 (and read "67"), for a name cut around the role's
    percentage and for one formatted in full (it holds the cut mark)."""
    for name in ("Dim", "A\x00B"):
        content = made_up(random.Random(0), 1, 2)
        dims = tuple(replace(d, name=Text(MappingProxyType({"en": name, "fr": name})))
                     for d in content.questions.dimensions)
        content = Content(replace(content.questions, dimensions=dims),
                          RoleSet("r", (Role("r", Text.plain("R"), MappingProxyType(
                              {"d0": 0.9, "d1": 0.0})),)))
        profile = {"d0": 2 / 3, "d1": 0.2}
        (match,) = scoring.rank(content, profile, "en")
        assert [(r.kind, r.you, r.text) for r in match.reasons] == [
            ("lift", 0.67, t("scoring.lift", "en", dim=name, you="67", role="90"))]
        assert match == ref_rank(content, profile, "en")[0]


# -- what the adaptive quiz asks: the first ids, the rounded scores ------------------------


def test_top_ids_are_the_first_ids_of_rank_among_all_roles_or_the_given_ones():
    rng = random.Random(5)
    for i in range(40):
        content = made_up(rng, rng.randint(1, 30), rng.randint(1, 12))
        profile = made_up_profile(rng, content)
        if i % 8 == 0:
            profile = dict.fromkeys(profile)  # nothing known: every role at 50, by id
        ranked = [m.role for m in scoring.rank(content, profile, "en")]
        for n in (1, 3, len(ranked)):
            assert scoring.top_ids(content, profile, n) == ranked[:n]
        some = tuple(r for r in content.roles.roles if rng.random() < 0.5)
        ids = {r.id for r in some}
        assert scoring.top_ids(content, profile, 3, some) == [i for i in ranked if i in ids][:3]


def test_top_ids_order_equal_rounded_scores_by_id():
    """Interests 100 %, 0 % and 50 %; three roles that need the first fully, the second not
    at all and the third at 62.3 %, 62 % and 60 %: the further from 50 %, the less their
    needs follow the interests' shape. They score 99.50, 99.53 and 99.67 before rounding,
    99.5, 99.5 and 99.7 as shown: the two at 99.5 are tied, listed by id, whatever their
    next digits; 99.7 comes first even though the integers would tie all three."""
    ids = {"a": 0.623, "b": 0.62, "c": 0.6}
    content = made_up(random.Random(0), 1, 3)
    roles = tuple(Role(rid, Text.plain(rid), MappingProxyType({"d0": 1.0, "d1": 0.0, "d2": n}))
                  for rid, n in ids.items())
    content = Content(content.questions, RoleSet("r", roles))
    profile = {"d0": 1.0, "d1": 0.0, "d2": 0.5}
    matches = scoring.rank(content, profile, "en")
    assert [(m.rank, m.role, m.score) for m in matches] == [(1, "c", 99.7), (2, "a", 99.5),
                                                            (2, "b", 99.5)]
    assert scoring.top_ids(content, profile, 3) == ["c", "a", "b"]
    assert scoring.top_ids(content, profile, 2, roles[:2]) == ["a", "b"]


def test_rounded_scores_are_the_scores_rank_gives_role_by_role():
    rng = random.Random(6)
    for i in range(40):
        content = made_up(rng, rng.randint(1, 30), rng.randint(1, 12))
        profile = made_up_profile(rng, content)
        if i % 8 == 0:
            profile = dict.fromkeys(profile)  # nothing known: 50 each
        given = {m.role: m.score for m in scoring.rank(content, profile, "en")}
        roles = content.roles.roles
        assert scoring._Ranker(None, profile, "").rounded_scores(roles) == [
            given[r.id] for r in roles]
