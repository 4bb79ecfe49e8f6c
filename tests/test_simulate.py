"""`rolequiz validate --simulate` and `--results`: every figure on tiny content small enough to
work out by hand (engine/simulate.py, engine/validity.py, engine/itemstats.py), and the
command around them (cli/validate.py, views/validity.py).

The figures are worked out by hand for a stand-in scorer, plain distance scoring with a
`clear` the test chooses: they check how respondents are drawn and counted, and stay true
whatever the engine becomes. The command's tests use the real engine, on content where the
outcome does not depend on how it scores (distinct roles, or two roles with one profile)."""

from __future__ import annotations

import json
import math
import random
import re
from fractions import Fraction
from pathlib import Path

import pytest
from conftest import run_cli
from hypothesis import given
from hypothesis import strategies as st

from rolequiz.content.load import load_content
from rolequiz.content.models import (
    Choice,
    Content,
    Dimension,
    Match,
    Note,
    Question,
    QuestionSet,
    Result,
    Role,
    RoleSet,
    Scale,
    Text,
)
from rolequiz.content.results import result_to_dict
from rolequiz.engine import itemstats, simulate, validity
from rolequiz.engine.scoring import ideal_answers, score
from rolequiz.views import validity as view

NBSP = "\u00a0"


# -- tiny content ------------------------------------------------------------------------


def write_content(folder: Path, dims: list[str], questions: list[tuple[str, dict]],
                  roles: list[tuple[str, dict]], scale: int = 5) -> tuple[Path, Path]:
    """Content files: questions as (id, weights), roles as (id, profile)."""
    def mapping(m: dict) -> str:
        return "{" + ", ".join(f"{k}: {v}" for k, v in m.items()) + "}"

    q = ["schema: rolequiz.questions/1", "scale:"]
    q += [f"  - {{value: {v}, label: V{v}}}" for v in range(1, scale + 1)]
    q += ["dimensions:"] + [f"  - {{id: {d}, name: {d.upper()}}}" for d in dims]
    q += ["questions:"] + [f"  - {{id: {i}, text: Q, weights: {mapping(w)}}}"
                           for i, w in questions]
    r = ["schema: rolequiz.roles/1", "roles:"]
    r += [f"  - {{id: {i}, name: {i.upper()}, profile: {mapping(p)}}}" for i, p in roles]
    folder.mkdir(parents=True, exist_ok=True)
    qp, rp = folder / "questions.yaml", folder / "roles.yaml"
    qp.write_text("\n".join(q) + "\n", encoding="utf-8")
    rp.write_text("\n".join(r) + "\n", encoding="utf-8")
    return qp, rp


def tiny(tmp_path: Path, *args, **kwargs) -> Content:
    return load_content(*write_content(tmp_path / "content", *args, **kwargs))


def one_dimension(tmp_path: Path, roles: list[tuple[str, dict]], scale: int = 5,
                  questions: int = 1) -> Content:
    return tiny(tmp_path, ["d"], [(f"q{i}", {"d": 1}) for i in range(1, questions + 1)],
                roles, scale)


def phi(x: float) -> float:
    """The standard normal distribution function."""
    return (1 + math.erf(x / math.sqrt(2))) / 2


def distance(clear_when=lambda answers: True):
    """A stand-in scorer: distance scoring as docs/scoring.md (section 2) describes it when
    these tests are written (interests from the answers; score = 100 * (1 - RMS gap to the
    role's needs) over the known dimensions, rounded to 0.1; best first, ties by id), and a
    result that is clear exactly when clear_when(answers)."""
    def scorer(content, answers):
        qs = content.questions
        num: dict[str, float] = {}
        den: dict[str, float] = {}
        for q in qs.questions:
            if q.id in answers:
                x = (answers[q.id] - qs.scale.mid) / qs.scale.half_range
                for d, w in q.weights.items():
                    num[d] = num.get(d, 0.0) + w * x
                    den[d] = den.get(d, 0.0) + abs(w)
        you = {d: (1 + num[d] / den[d]) / 2 for d in den}
        scored = sorted((-round(100 * (1 - math.sqrt(
            sum((you[d] - r.importance(d)) ** 2 for d in you) / len(you))), 1), r.id)
            for r in content.roles.roles)
        matches = tuple(Match(i, rid, rid, -neg, ()) for i, (neg, rid) in enumerate(scored, 1))
        notes = () if clear_when(answers) else (Note("stand_in", "not clear"),)
        return Result("en", dict(answers), len(answers), len(qs.questions) - len(answers),
                      len(qs.questions), you, matches, notes)
    return scorer


# -- random and shrugging respondents ----------------------------------------------------

# One dimension, one question on a 7-value scale: answer v gives the interest
# x = (1 + (v - 4) / 3) / 2, that is 1/6, 1/3, 1/2, 2/3, 5/6 for v = 2..6 (0 and 1 for
# 1 and 7). Three roles: flat (needs 0.5), high (1), low (0.1; a role needs something).
# Distance scoring puts first the role nearest x: flat for v = 3, 4, 5 (1/3 is 0.17 from
# flat, 0.23 from low); high for 6 and 7; low for 1 and 2. A flat role is a magnet.
FLAT = [("flat", {"d": 0.5}), ("high", {"d": 1.0}), ("low", {"d": 0.1})]


def test_a_flat_role_is_the_magnet_of_shrugging_respondents_worked_by_hand(tmp_path):
    content = one_dimension(tmp_path, FLAT, scale=7)
    shrugging = [{"q1": v} for v in range(2, 7)]  # each inner value once
    g = validity.undecided_figures(content, "shrugging", shrugging, (2, 3, 4, 5, 6),
                                   scorer=distance())
    assert (g.magnet, g.magnet_share) == ("flat", 3 / 5)
    assert not g.ok  # 60 % land on one role
    everything = [{"q1": v} for v in range(1, 8)]
    g = validity.undecided_figures(content, "random", everything, tuple(range(1, 8)),
                                   scorer=distance())
    assert (g.magnet, g.magnet_share) == ("flat", 3 / 7)


def test_drawn_undecided_respondents_come_near_the_hand_figures(tmp_path):
    content = one_dimension(tmp_path, FLAT, scale=7)
    random_, shrugging = validity.undecided(content, 3000, seed=5, scorer=distance())
    assert random_.kind == "random" and random_.values == tuple(range(1, 8))
    assert shrugging.kind == "shrugging" and shrugging.values == (2, 3, 4, 5, 6)
    assert random_.magnet == shrugging.magnet == "flat"
    assert abs(random_.magnet_share - 3 / 7) < 0.03  # 3000 draws: 2.6 standard errors
    assert abs(shrugging.magnet_share - 3 / 5) < 0.03


def test_the_share_of_clear_results_counts_what_the_scorer_says(tmp_path):
    content = one_dimension(tmp_path, FLAT, scale=7)
    sets = [{"q1": v} for v in range(1, 8)]
    g = validity.undecided_figures(content, "random", sets, tuple(range(1, 8)),
                                   scorer=distance(lambda a: a["q1"] in (1, 7)))
    assert g.clear == 2 / 7
    assert not g.ok  # 29 % clear, over 5 %
    g = validity.undecided_figures(content, "random", sets[:1], (1,),
                                   scorer=distance(lambda a: False))
    assert g.clear == 0 and g.magnet_share == 1.0


def test_undecided_answers_stay_in_their_values():
    rng = random.Random(1)
    qs = QuestionSet("q", Scale(tuple(Choice(v, Text.plain(str(v))) for v in (1, 2, 3, 4, 5))),
                     (Dimension("d", Text.plain("D")),),
                     tuple(Question(f"q{i}", Text.plain("Q"), {"d": 1.0}) for i in range(50)))
    seen = set()
    for _ in range(40):
        seen |= set(validity.undecided_answers(qs, (2, 3, 4), rng).values())
    assert seen == {2, 3, 4}
    assert validity.inner_values((1, 2, 3, 4, 5)) == (2, 3, 4)
    assert validity.inner_values((0, 10)) == ()


def test_a_scale_without_inner_values_has_no_shrugging_respondents(tmp_path):
    content = one_dimension(tmp_path, FLAT, scale=2)
    groups = validity.undecided(content, 10)
    assert [g.kind for g in groups] == ["random"]
    lines = view.undecided_section(groups, content, "en")
    assert "No shrugging respondents: the scale (1 to 2) has no value between its ends." in lines


# -- realistic respondents ---------------------------------------------------------------


def test_without_spread_or_noise_realistic_respondents_are_the_ideal_ones(content):
    rng = random.Random(0)
    for role in content.roles.roles:
        interests = validity.varied_interests(content, role, 0.0, rng)
        assert validity.realistic_answers(content.questions, interests, 0.0, rng) == \
            ideal_answers(content.questions, role)


def test_answer_noise_worked_by_hand(tmp_path):
    """Roles high (needs 1) and low (0.1), one question. A respondent of high aims at 5;
    with answer noise e of spread 1, high is #1 alone exactly when the answer is 4 or 5
    (3 means an interest of 0.5, nearer low), i.e. 5 + e >= 3.5: Phi(1.5) = 0.933. One of
    low aims at 3 + 2 * (0.2 - 1) = 1.4 and low is #1 up to an answer of 3, i.e.
    1.4 + e < 3.5: Phi(2.1) = 0.982."""
    content = one_dimension(tmp_path, [("high", {"d": 1}), ("low", {"d": 0.1})])
    real = validity.realistic(content, 2000, seed=3, interest_spread=0.0, answer_noise=1.0,
                              scorer=distance())
    high, low = real.roles
    assert abs(high.top1 - phi(1.5)) < 0.015  # 2000 respondents: 2.7 standard errors
    assert abs(low.top1 - phi(2.1)) < 0.01
    assert real.top1 == pytest.approx((high.top1 + low.top1) / 2)
    assert high.top3 == low.top3 == real.top3 == 1.0  # two roles: always in the top 3
    assert real.per_role == 2000


def test_interest_spread_worked_by_hand(tmp_path):
    """Roles a (needs 0.75) and b (0.25), one question. A respondent of a with interest p
    aims at 1 + 4p and, without answer noise, answers its nearest value; a is #1 alone
    when that is 4 or 5, i.e. p >= 0.625: with a spread of 0.1, Phi(1.25) = 0.894."""
    content = one_dimension(tmp_path, [("a", {"d": 0.75}), ("b", {"d": 0.25})])
    real = validity.realistic(content, 2000, seed=4, interest_spread=0.1, answer_noise=0.0,
                              scorer=distance())
    assert abs(real.top1 - phi(1.25)) < 0.02
    assert [r.role for r in real.roles] == ["a", "b"]


def test_realistic_clear_share_counts_what_the_scorer_says(tmp_path):
    content = one_dimension(tmp_path, [("high", {"d": 1}), ("low", {"d": 0.1})])
    real = validity.realistic(content, 50, interest_spread=0.0, answer_noise=0.0,
                              scorer=distance(lambda a: a["q1"] == 5))
    high, low = real.roles
    assert (high.clear, low.clear, real.clear) == (1.0, 0.0, 0.5)
    assert not real.ok and not low.ok  # half clear, under 90 %


def test_a_sample_of_roles_when_there_are_too_many(tmp_path):
    roles = [(f"r{i:02d}", {"d": i / 20}) for i in range(1, 21)]
    content = one_dimension(tmp_path, roles)
    real = validity.realistic(content, 1, seed=2, sample=5)
    assert len(real.roles) == 5 and real.of_roles == 20
    assert [r.role for r in real.roles] == sorted(r.role for r in real.roles)
    again = validity.realistic(content, 1, seed=2, sample=5)
    assert again == real


def test_default_counts_shrink_with_the_number_of_roles():
    assert validity.default_counts(9) == {"noisy": 2000, "undecided": 1000, "realistic": 500,
                                          "realistic_roles": 0}
    # 923 roles: 200,000 // 923**2 = 0 noisy; 200,000 // 923 = 216 undecided; one
    # realistic respondent for each of 216 roles drawn at random
    assert validity.default_counts(923) == {"noisy": 0, "undecided": 216, "realistic": 1,
                                            "realistic_roles": 216}
    assert validity.default_counts(100)["noisy"] == 20


@given(interests=st.lists(st.floats(0, 1), min_size=2, max_size=2),
       noise=st.floats(0, 5), seed=st.integers(0, 10**6),
       values=st.lists(st.integers(-20, 20), min_size=2, max_size=11, unique=True))
def test_realistic_answers_stay_on_the_scale(interests, noise, seed, values):
    values = sorted(values)
    qs = QuestionSet("q", Scale(tuple(Choice(v, Text.plain(str(v))) for v in values)),
                     (Dimension("a", Text.plain("A")), Dimension("b", Text.plain("B"))),
                     (Question("q1", Text.plain("Q"), {"a": 1.0}),
                      Question("q2", Text.plain("Q"), {"a": 0.5, "b": -1.0})))
    answers = validity.realistic_answers(qs, dict(zip("ab", interests, strict=True)), noise,
                                         random.Random(seed))
    assert set(answers) == {"q1", "q2"} and set(answers.values()) <= set(values)


# -- the ideal table, pairs and dead items -----------------------------------------------


def pairs_content(tmp_path):
    """r1 and r2 both need c at 0.3: question qc gets 3 + 2 * (2 * 0.3 - 1) = 2.2 -> 2 from
    both, a dead item. qa: 5 vs 1; qb: 1 vs 5; qac: lean (1 - 0.4) / 2 = 0.3 -> 3.6 -> 4
    for r1, (-1 - 0.4) / 2 = -0.7 -> 1.6 -> 2 for r2."""
    return tiny(tmp_path, ["a", "b", "c"],
                [("qa", {"a": 1}), ("qb", {"b": 1}), ("qc", {"c": 1}),
                 ("qac", {"a": 1, "c": 1})],
                [("r1", {"a": 1, "c": 0.3}), ("r2", {"b": 1, "c": 0.3})])


def test_dead_items_and_separating_items_worked_by_hand(tmp_path):
    content = pairs_content(tmp_path)
    assert simulate.dead_items(content) == ("qc",)
    (pair,) = simulate.closest_pairs(content)
    assert (pair.a, pair.b) == ("r1", "r2")
    assert pair.distance == pytest.approx(math.sqrt(2 / 3))  # gaps 1, 1, 0 over 3 dims
    assert pair.items == (("qa", 5, 1), ("qb", 1, 5), ("qac", 4, 2))
    assert pair.differing == 3
    sim = simulate.simulate(content, 5)
    assert sim.dead_items == ("qc",) and sim.pairs == (pair,)


def test_no_dead_items_with_a_single_role(tmp_path):
    content = one_dimension(tmp_path, [("only", {"d": 1})])
    assert simulate.dead_items(content) == ()
    assert simulate.closest_pairs(content) == ()


def test_the_standing_of_a_role_counts_ties_as_losses():
    def result(*scored):
        return Result("en", {}, 0, 0, 0, {},
                      tuple(Match(i, r, r, s, ()) for i, (r, s) in enumerate(scored, 1)))

    assert simulate.standing(result(("a", 80.0), ("b", 70.0)), "a") == (1, 10.0, "b")
    assert simulate.standing(result(("a", 80.0), ("b", 80.0), ("c", 1.0)), "b") == \
        (2, 0.0, "a")
    assert simulate.standing(result(("a", 80.0), ("b", 70.0), ("c", 60.0)), "c") == \
        (3, -20.0, "a")


def test_a_role_with_only_its_ideal_respondent_is_judged_on_it(tmp_path):
    content = pairs_content(tmp_path)
    sim = simulate.simulate(content, 0)
    assert sim.respondents == 0 and all(f.respondents == 0 for f in sim.roles)
    assert sim.ok == all(f.ideal_rank == 1 and f.ideal_margin >= 3 for f in sim.roles)


# -- real answers: item-total correlation and Cronbach's alpha ---------------------------

# Four students, three questions of one dimension:
#   student  q1 q2 q3  total
#   1         1  2  2    5
#   2         2  2  3    7
#   3         3  4  3   10
#   4         4  4  5   13
# Variances (n - 1): q1 5/3, q2 4/3, q3 4.75/3; totals 36.75/3.
# alpha = 3/2 * (1 - 13.75 / 36.75) = 46/49 = 0.93878.
# q1 against the mean of q2 and q3 (2, 2.5, 3.5, 4.5): sum of products of deviations 4.25,
# of squares 5 and 3.6875: r = 4.25 / sqrt(5 * 3.6875) = 0.98978.
STUDENTS = [(1, 2, 2), (2, 2, 3), (3, 4, 3), (4, 4, 5)]


def test_cronbach_alpha_worked_by_hand():
    assert itemstats.cronbach_alpha(STUDENTS) == pytest.approx(float(Fraction(46, 49)))
    assert itemstats.cronbach_alpha([(1, 1), (2, 2)]) == pytest.approx(1.0)  # identical items
    assert itemstats.cronbach_alpha([(1, 2, 3)]) is None  # one student
    assert itemstats.cronbach_alpha([(1,), (2,)]) is None  # one question
    assert itemstats.cronbach_alpha([(3, 3), (3, 3)]) is None  # no spread at all
    with pytest.raises(ValueError):
        itemstats.cronbach_alpha([(1, 2), (1,)])


def test_item_total_correlation_worked_by_hand(tmp_path):
    content = one_dimension(tmp_path, [("r", {"d": 1})], questions=3)
    sets = [dict(zip(("q1", "q2", "q3"), s, strict=True)) for s in STUDENTS]
    rel = itemstats.reliability(content.questions, sets)
    assert rel.students == 4 and rel.other_content == 0 and not rel.enough
    q1 = rel.items[0]
    assert (q1.item, q1.dimension, q1.reversed, q1.students) == ("q1", "d", False, 4)
    assert q1.r == pytest.approx(4.25 / math.sqrt(5 * 3.6875))
    (d,) = rel.dimensions
    assert (d.items, d.students) == (3, 4)
    assert d.alpha == pytest.approx(46 / 49)
    assert rel.ok  # four students: nothing is judged


def test_a_reverse_keyed_question_is_read_mirrored(tmp_path):
    content = tiny(tmp_path, ["d"], [("q1", {"d": 1}), ("q2", {"d": 1}), ("q3", {"d": -1})],
                   [("r", {"d": 1})])
    sets = [{"q1": a, "q2": b, "q3": 6 - c} for a, b, c in STUDENTS]
    rel = itemstats.reliability(content.questions, sets)
    assert rel.items[2].reversed
    assert rel.items[0].r == pytest.approx(4.25 / math.sqrt(5 * 3.6875))
    assert rel.dimensions[0].alpha == pytest.approx(46 / 49)


def test_other_content_and_skipped_questions(tmp_path):
    content = one_dimension(tmp_path, [("r", {"d": 1})], questions=3)
    sets = [dict(zip(("q1", "q2", "q3"), s, strict=True)) for s in STUDENTS]
    sets += [{"q1": 3, "zz": 4}, {"q1": 9}]  # an unknown question; a value off the scale
    sets += [{"q1": 5, "q2": 5}]  # skipped q3: in q1's and q2's correlation, not in alpha
    rel = itemstats.reliability(content.questions, sets)
    assert rel.students == 5 and rel.other_content == 2
    assert [i.students for i in rel.items] == [5, 5, 4]
    assert rel.dimensions[0].students == 4
    assert rel.dimensions[0].alpha == pytest.approx(46 / 49)


# Ten students where q1 = q2 and q3 is uncorrelated with them (deviations 0, -2, 2, -2, 0,
# 0, 2, -2, 2, 0 against -2, -1, 0, 1, 2, 2, 1, 0, -1, -2): q3's r is exactly 0; alpha =
# 3/2 * (1 - (20 + 20 + 24) / 104) = 15/26 = 0.577, under 0.6.
TEN = list(zip([1, 2, 3, 4, 5, 5, 4, 3, 2, 1], [1, 2, 3, 4, 5, 5, 4, 3, 2, 1],
               [3, 1, 5, 1, 3, 3, 5, 1, 5, 3], strict=True))


def test_with_ten_students_weak_questions_and_dimensions_are_flagged(tmp_path):
    content = one_dimension(tmp_path, [("r", {"d": 1})], questions=3)
    sets = [dict(zip(("q1", "q2", "q3"), s, strict=True)) for s in TEN]
    rel = itemstats.reliability(content.questions, sets)
    assert rel.enough
    q1, q2, q3 = rel.items
    assert q3.r == pytest.approx(0.0, abs=1e-12) and q3.flagged
    assert q1.r == pytest.approx(10 / math.sqrt(20 * 11)) and not q1.flagged
    assert rel.dimensions[0].alpha == pytest.approx(15 / 26) and rel.dimensions[0].flagged
    assert not rel.ok
    nine = itemstats.reliability(content.questions, sets[:9])
    assert not nine.enough and nine.ok  # too few to judge


def test_a_dimension_with_one_question_has_no_figures(tmp_path):
    content = tiny(tmp_path, ["a", "b"], [("q1", {"a": 1}), ("q2", {"b": 1}),
                                          ("q3", {"b": 0.5, "a": 0.5})],
                   [("r", {"a": 1})])
    # q3 ties between a and b: it belongs to a, the first by id
    assert itemstats.own_dimension(content.questions.questions[2]) == ("a", False)
    rel = itemstats.reliability(content.questions, [{"q1": 1, "q2": 2, "q3": 3}] * 12)
    b = rel.dimensions[1]
    assert (b.dimension, b.items, b.alpha) == ("b", 1, None)
    assert rel.items[1].r is None and rel.items[0].r is None  # no spread


@given(st.lists(st.lists(st.integers(1, 5), min_size=3, max_size=3), min_size=2,
                max_size=30))
def test_alpha_is_at_most_one_and_r_within_minus_one_and_one(rows):
    alpha = itemstats.cronbach_alpha(rows)
    assert alpha is None or (math.isfinite(alpha) and alpha <= 1.0)
    r = itemstats.pearson([row[0] for row in rows], [row[1] for row in rows])
    assert r is None or -1.0 <= r <= 1.0


# -- the command -------------------------------------------------------------------------


def likes_content(tmp_path, twin: bool = False) -> tuple[Path, Path]:
    """Six dimensions of 130 questions, six roles each needing one dimension only. Answers
    at random average out to nearly the same interest everywhere (a flat profile: not
    clear), and land on each role equally often (1/6 each); a realistic respondent of a
    role stands out on its dimension. With `twin`, a seventh role has the profile of the
    first: whatever the engine, the two always tie, so neither is ever #1 alone."""
    dims = list("abcdef")
    roles = [(f"likes-{d}", {d: 1}) for d in dims]
    if twin:
        roles.append(("twin-of-a", {"a": 1}))
    return write_content(tmp_path / "likes", dims,
                         [(f"{d}-{i:03d}", {d: 1}) for d in dims for i in range(130)], roles)


def test_validate_simulate_meets_every_target_on_distinct_roles(runner, tmp_path):
    q, r = likes_content(tmp_path)
    result = run_cli(runner, "validate", "--questions", q, "--roles", r, "--simulate",
                     "--respondents", "20", "--undecided", "400", "--realistic", "20")
    assert result.exit_code == 0, result.output
    assert result.stdout.rstrip().endswith("All targets met.")
    assert "All roles reach the targets." in result.stdout


def test_validate_simulate_exits_1_when_two_roles_cannot_be_told_apart(runner, tmp_path):
    q, r = likes_content(tmp_path, twin=True)
    result = run_cli(runner, "validate", "--questions", q, "--roles", r, "--simulate",
                     "--respondents", "10", "--undecided", "50", "--realistic", "20")
    assert result.exit_code == 1, result.output
    last = result.stdout.rstrip().splitlines()[-1]
    assert last.startswith("Targets missed: ")
    assert "ideal and noisy respondents" in last and "realistic respondents" in last
    assert "2 roles of 7 miss the targets" in result.stdout
    assert "No question separates them: their ideal respondents answer alike." in \
        result.stdout  # likes-a ~ twin-of-a, the closest pair
    realistic = next(line for line in result.stdout.splitlines()
                     if line.startswith("all roles "))
    assert realistic.endswith("TARGET MISSED")  # 5 roles of 7 at best: 71 %


def test_the_same_seed_prints_the_same_bytes(runner, tmp_path):
    q, r = write_content(tmp_path / "flat", ["d"], [("q1", {"d": 1})], FLAT, scale=7)
    args = ["validate", "--questions", q, "--roles", r, "--simulate", "--respondents", "30",
            "--undecided", "100", "--realistic", "30", "--seed", "7"]
    first, second = run_cli(runner, *args), run_cli(runner, *args)
    assert first.stdout == second.stdout
    other = run_cli(runner, *args[:-1], "8")
    assert other.stdout != first.stdout
    assert validity.undecided(load_content(q, r), 50, seed=3) == \
        validity.undecided(load_content(q, r), 50, seed=3)


@pytest.mark.parametrize("args", [
    ["--answer-noise", "-1"], ["--interest-spread", "2"], ["--undecided", "0"],
    ["--results", "no-such-folder"], ["--roles", "no-such-file.yaml"],
])
def test_bad_usage_exits_2(runner, tmp_path, args):
    q, r = write_content(tmp_path / "flat", ["d"], [("q1", {"d": 1})], FLAT)
    args = [str(tmp_path / a) if a.startswith("no-such") else a for a in args]
    base = ["validate", "--questions", q, "--simulate", "--realistic", "1", "--undecided", "1",
            "--respondents", "0"]
    if "--roles" not in args:
        base += ["--roles", r]
    result = run_cli(runner, *base, *args)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output


def test_french_output_has_decimal_commas_and_non_breaking_spaces(runner, tmp_path):
    q, r = write_content(tmp_path / "flat", ["d"], [("q1", {"d": 1})], FLAT, scale=7)
    result = run_cli(runner, "validate", "--questions", q, "--roles", r, "--simulate",
                     "--respondents", "10", "--undecided", "100", "--realistic", "10",
                     "--lang", "fr")
    assert result.exit_code == 1
    out = result.stdout
    assert f"Objectifs{NBSP}:" in out
    assert "dispersion de 0,10 sur chaque dimension" in out
    assert "dispersion de 0,70 (en crans d’échelle)" in out
    assert re.search(f"\\d,\\d{NBSP}%", out)  # a share: decimal comma, non-breaking space
    assert f"Objectifs manqués{NBSP}: " in out
    for mark in ":;?!%":
        assert f" {mark}" not in out, mark  # an ordinary space before it


def test_hostile_ids_are_escaped():
    evil = "evil\x1b[2J\u202e"
    scale = Scale(tuple(Choice(v, Text.plain(str(v))) for v in (1, 2, 3, 4, 5)))
    qs = QuestionSet("q\x07.yaml", scale, (Dimension("d\x1b", Text.plain("D")),),
                     (Question(evil, Text.plain("Q"), {"d\x1b": 1.0}),))
    rs = RoleSet("r.yaml", (Role(evil, Text.plain("E"), {"d\x1b": 1.0}),
                            Role("plain", Text.plain("P"), {"d\x1b": 0.0})))
    content = Content(qs, rs)
    sim = simulate.simulate(content, 3)
    groups = validity.undecided(content, 5)
    real = validity.realistic(content, 3)
    rel = itemstats.reliability(qs, [{evil: v} for v in (1, 2, 3)])
    lines = [*view.summary(content, "en"), *view.ideal_section(sim, "en"),
             *view.undecided_section(groups, content, "en"), *view.realistic_section(real, "en"),
             *view.pairs_section(sim, content, "en"), *view.reliability_section(rel, evil, "en")]
    text = "\n".join(lines)
    assert "\x1b" not in text and "\u202e" not in text and "\x07" not in text
    assert "evil\\x1b[2J\\u202e" in text


# -- --results: a workshop's saved results -----------------------------------------------


def results_folder(tmp_path: Path, content: Content, rows, extra: bool = True) -> Path:
    folder = tmp_path / "workshop"
    folder.mkdir()
    for i, row in enumerate(rows):
        answers = dict(zip(("q1", "q2", "q3"), row, strict=True))
        data = result_to_dict(score(content, answers), content)
        data["participant"] = {"code": f"S{i:02d}"}  # told apart from a duplicate
        (folder / f"s{i:02d}.json").write_text(json.dumps(data), encoding="utf-8")
    if extra:
        other = result_to_dict(score(content, {"q1": 3}), content)
        other["answers"] = {"zz": 3}  # made with other questions
        other["participant"] = {"code": "OTHER"}
        (folder / "other.json").write_text(json.dumps(other), encoding="utf-8")
        (folder / "notes.json").write_text("[1, 2]", encoding="utf-8")  # not a result
    return folder


def test_results_flag_weak_questions_and_exit_1(runner, tmp_path):
    q, r = write_content(tmp_path / "c", ["d"], [(f"q{i}", {"d": 1}) for i in (1, 2, 3)],
                         [("r", {"d": 1}), ("s", {"d": 0.2})])
    folder = results_folder(tmp_path, load_content(q, r), TEN)
    result = run_cli(runner, "validate", "--questions", q, "--roles", r, "--results", folder)
    assert result.exit_code == 1, result.output
    out = result.stdout
    assert f"Real answers in {folder}: 10 participants." in out
    assert "1 result made with other questions is left out." in out
    assert "1 file skipped (not a result, damaged, or a duplicate)." in out
    q3 = next(line for line in out.splitlines() if line.startswith("q3 "))
    assert "0.00" in q3 and q3.endswith("TARGET MISSED")
    d = next(line for line in out.splitlines() if line.startswith("d "))
    assert "0.58" in d and d.endswith("TARGET MISSED")
    assert out.rstrip().endswith("Targets missed: real answers.")


def test_results_with_consistent_questions_exit_0(runner, tmp_path):
    q, r = write_content(tmp_path / "c", ["d"], [(f"q{i}", {"d": 1}) for i in (1, 2, 3)],
                         [("r", {"d": 1}), ("s", {"d": 0.2})])
    rows = [(v, v, w) for v, w in zip([1, 2, 3, 4, 5, 5, 4, 3, 2, 1, 3, 4],
                                      [1, 2, 3, 4, 5, 4, 4, 3, 2, 2, 3, 4], strict=True)]
    folder = results_folder(tmp_path, load_content(q, r), rows, extra=False)
    result = run_cli(runner, "validate", "--questions", q, "--roles", r, "--results", folder,
                     "--lang", "fr")
    assert result.exit_code == 0, result.output
    assert "12 élèves." in result.stdout
    assert result.stdout.rstrip().endswith("Tous les objectifs sont atteints.")


def test_results_with_too_few_students_judge_nothing(runner, tmp_path):
    q, r = write_content(tmp_path / "c", ["d"], [(f"q{i}", {"d": 1}) for i in (1, 2, 3)],
                         [("r", {"d": 1}), ("s", {"d": 0.2})])
    folder = results_folder(tmp_path, load_content(q, r), TEN[:9], extra=False)
    result = run_cli(runner, "validate", "--questions", q, "--roles", r, "--results", folder)
    assert result.exit_code == 0, result.output
    assert result.stdout.rstrip().endswith(
        "Too few to tell: at least 10 participants are needed; nothing is judged.")
    assert "All targets met" not in result.stdout  # no verdict on what was not judged
