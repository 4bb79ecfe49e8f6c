"""The limits of docs/scoring.md (reasons, notes), each at its boundary, and the page's
numbers read against the code's."""

from __future__ import annotations

import math
import re
from types import MappingProxyType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rolequiz.content.models import (
    Choice,
    Content,
    Dimension,
    Question,
    QuestionSet,
    Role,
    RoleSet,
    Scale,
    Text,
)
from rolequiz.engine import scoring
from tests.conftest import ROOT

SCALE = Scale(tuple(Choice(v, Text.plain(str(v))) for v in range(1, 6)))  # 3 = no opinion


def content_of(dims: list[str], questions: list[dict[str, float]],
               roles: dict[str, dict[str, float]]) -> Content:
    """Content built in memory: questions q0, q1... in this order; a role's name is its id
    in capitals ("Role A" in French)."""
    qs = QuestionSet(
        "q.yaml", SCALE,
        tuple(Dimension(d, Text({"en": d.capitalize(), "fr": d.upper()})) for d in dims),
        tuple(Question(f"q{i}", Text.plain(f"Question {i}"), MappingProxyType(w))
              for i, w in enumerate(questions)))
    rs = RoleSet("r.yaml", tuple(
        Role(r, Text({"en": r.upper(), "fr": f"Métier {r}"}), MappingProxyType(p))
        for r, p in roles.items()))
    return Content(qs, rs)


def one_question_each(dims: list[str], roles: dict[str, dict[str, float]]) -> Content:
    """One question per dimension, weighing 1.0 on it: answer 5 gives 100 %, 4 gives 75 %,
    3 gives 50 %, 2 gives 25 %, 1 gives 0 %."""
    return content_of(dims, [{d: 1.0} for d in dims], roles)


def codes(result) -> list[str]:
    return [n.code for n in result.notes]


def role_of(needs: dict[str, float], rid: str = "job") -> Role:
    return Role(rid, Text.plain(rid.upper()), MappingProxyType(needs))


# -- interests and scores -------------------------------------------------------------------


def test_an_answer_beyond_the_ends_of_the_scale_counts_as_the_end():
    """An interest is capped at 100 % and floored at 0 %: an answer of 7 on the 1-5 scale
    (a lean of +2) reads as 100 %, an answer of -1 (a lean of -2) as 0 %."""
    content = one_question_each(["alpha", "beta"], {"job": {"alpha": 1.0}})
    assert scoring.interest_profile(content.questions, {"q0": 7, "q1": -1}) == {
        "alpha": 1.0, "beta": 0.0}


def test_interests_are_given_to_two_decimals():
    """"Very much" to a question of weight 1 on alpha and "not at all" to one of weight 0.5:
    a lean of (1 - 0.5) / 1.5 = 1/3, an interest of 2/3, given as 0.67."""
    content = content_of(["alpha", "beta"], [{"alpha": 1.0}, {"alpha": 0.5}, {"beta": 1.0}],
                         {"job": {"alpha": 1.0}})
    result = scoring.score(content, {"q0": 5, "q1": 1, "q2": 3})
    assert result.profile == {"alpha": 0.67, "beta": 0.5}


def test_a_result_counts_the_questions_answered_and_skipped():
    """One of four questions answered (an answer to a question the content does not have is
    left out): 1 answered, 3 skipped."""
    content = one_question_each(["alpha", "beta", "delta", "gamma"], {"job": {"alpha": 1.0}})
    result = scoring.score(content, {"q0": 5, "q9": 1})
    assert (result.answers, result.answered, result.skipped, result.total) == (
        {"q0": 5}, 1, 3, 4)


def test_a_result_is_in_english_unless_a_language_is_asked_for():
    content = one_question_each(["alpha", "beta", "delta", "gamma"], {"job": {"alpha": 1.0}})
    result = scoring.score(content, {"q0": 5})
    assert result.lang == "en"
    assert result.notes[0].text == "You answered only 1 of 4 questions: the ranking is rough."


@pytest.mark.parametrize(("apart", "score"), [(1e-12, 50.0), (2e-12, 100.0)])
def test_interests_or_needs_a_trillionth_apart_are_flat_and_score_50(apart, score):
    """Values 0, 0, x, x are -x/2, -x/2, x/2, x/2 around their mean: a length of
    sqrt(4 x (x/2)^2) = x, exactly 1e-12 for x = 1e-12, the limit up to which a profile (or
    a role's needs) is taken as flat: no shape, a score of 50. Twice as far apart they have
    a shape, the same as the other side's: 100."""
    shape = {"a": 0.0, "b": 0.0, "c": 1.0, "d": 1.0}
    barely = {"a": 0.0, "b": 0.0, "c": apart, "d": apart}
    assert scoring.match_score(barely, role_of(shape)) == pytest.approx(score)
    assert scoring.match_score(shape, role_of(barely)) == pytest.approx(score)


def correlation(xs: list[float], ys: list[float]) -> float:
    """Pearson's r as docs/scoring.md defines it, in floating point, not clipped."""
    mx, my = math.fsum(xs) / len(xs), math.fsum(ys) / len(ys)
    cx, cy = [x - mx for x in xs], [y - my for y in ys]
    return math.fsum(a * b for a, b in zip(cx, cy, strict=True)) / (
        math.sqrt(math.fsum(a * a for a in cx)) * math.sqrt(math.fsum(b * b for b in cy)))


def test_a_score_stays_between_0_and_100_when_rounding_puts_the_correlation_past_1():
    """Interests 73 %, 25 % and 22 % against needs 10 points higher everywhere, the same
    shape: the correlation computes as 1.0000000000000004, yet the score is exactly 100 (not
    100.00000000000003). Interests 0 %, 0 % and 25 % against the opposite needs, 100 %,
    100 % and 75 %: it computes as -1.0000000000000002, yet the score is exactly 0 (not
    -1e-14)."""
    for interests, needs, score in (([0.73, 0.25, 0.22], [0.83, 0.35, 0.32], 100.0),
                                    ([0.0, 0.0, 0.25], [1.0, 1.0, 0.75], 0.0)):
        r = correlation(interests, needs)
        assert abs(r) > 1.0 and 50 * (1 + r) != score
        profile = dict(zip("abc", interests, strict=True))
        assert scoring.match_score(profile, role_of(dict(zip("abc", needs, strict=True)))) == score


def test_content_without_roles_ranks_nothing():
    content = one_question_each(["alpha", "beta"], {})
    result = scoring.score(content, {"q0": 5, "q1": 1})
    assert scoring.rank(content, result.profile, "en") == ()
    assert result.matches == ()


# -- reasons ----------------------------------------------------------------------------------


def test_at_most_three_lifts_the_strongest_first():
    """Five dimensions the student enjoys and the job needs: the reasons name three of them
    as lifts, strongest (interest x need) first, and no more."""
    dims = ["alpha", "beta", "delta", "gamma", "omega"]
    needs = {"alpha": 0.6, "beta": 1.0, "delta": 0.7, "gamma": 0.9, "omega": 0.8}
    content = one_question_each(dims, {"job": needs})
    result = scoring.score(content, {f"q{i}": 5 for i in range(5)})
    lifts = [r for r in result.matches[0].reasons if r.kind == "lift"]
    assert [r.dimension for r in lifts] == ["beta", "gamma", "omega"]
    assert all(r.you == 1.0 for r in lifts)


def test_at_most_two_gaps_the_largest_first():
    """Four dimensions far from the job's needs, by 100, 75, 50 and 50 points: the
    reasons name the two largest gaps, largest first, and no more."""
    dims = ["alpha", "beta", "delta", "gamma"]
    content = one_question_each(dims, {"job": {"alpha": 0.5, "beta": 1.0, "delta": 0.0,
                                               "gamma": 1.0}})
    # interests: alpha 0 % (gap 50), beta 25 % (75), delta 50 % (50), gamma 0 % (100)
    result = scoring.score(content, {"q0": 1, "q1": 2, "q2": 3, "q3": 1})
    gaps = [r for r in result.matches[0].reasons if r.kind == "gap"]
    assert [(r.dimension, r.you, r.role) for r in gaps] == [("gamma", 0.0, 1.0),
                                                           ("beta", 0.25, 1.0)]


@pytest.mark.parametrize(("you", "need", "lift"), [
    (0.6, 0.5, True),     # both limits reached
    (0.55, 1.0, False),   # an interest of 55 % is no "you enjoy"
    (1.0, 0.45, False),   # a need of 45 % is not what the job is about
    (0.6, 0.45, False),
])
def test_a_lift_takes_an_interest_of_60_percent_and_a_need_of_50(you, need, lift):
    content = one_question_each(["alpha", "beta"], {"job": {"alpha": need, "beta": 0.0}})
    reasons = scoring.reasons({"alpha": you, "beta": 0.0}, content.roles.roles[0], content,
                              "en")
    assert any(r.kind == "lift" and r.dimension == "alpha" for r in reasons) == lift


@pytest.mark.parametrize(("you", "need", "gap"), [
    (0.75, 0.3, True),    # enjoyed, and the job makes little use of it: named
    (0.75, 0.31, False),  # a need over 30 % is not "little"
    (0.59, 0.0, False),   # 59 % is the neutral band: nothing said
    (0.4, 0.5, True),     # the job needs it, you seem not to enjoy it
    (0.41, 1.0, False),   # 41 % is the neutral band: nothing said
    (0.4, 0.49, False),   # a need under 50 % is not what the job is about
    (0.0, 0.0, False),    # a low interest meeting a low need is agreement, never a minus
    (0.2, 0.3, False),
])
def test_a_gap_is_an_enjoyed_interest_the_job_uses_little_or_a_need_not_enjoyed(you, need,
                                                                                 gap):
    content = one_question_each(["alpha", "beta"], {"job": {"alpha": need, "beta": 0.0}})
    reasons = scoring.reasons({"alpha": you, "beta": 0.0}, content.roles.roles[0], content,
                              "en")
    assert any(r.kind == "gap" and r.dimension == "alpha" for r in reasons) == gap


BANDS = st.sampled_from([0.0, 0.2, 0.3, 0.31, 0.39, 0.4, 0.41, 0.5, 0.59, 0.6, 0.61, 0.8, 1.0])


@given(you=st.one_of(BANDS, st.floats(0, 1)), need=st.one_of(BANDS, st.floats(0, 1)))
def test_what_a_reason_says_follows_the_bands_of_the_chart(you, need):
    """For every pair of interest band (disliked <= 40 %, neutral, enjoyed >= 60 %) and need
    band (little <= 30 %, some, needed >= 50 %): what a reason may say, and no dimension is
    both a lift and a gap of one role."""
    content = one_question_each(["alpha", "beta"], {"job": {"alpha": need, "beta": 0.0}})
    said = [r for r in scoring.reasons({"alpha": you, "beta": 0.0}, content.roles.roles[0],
                                       content, "en") if r.dimension == "alpha"]
    kinds = [r.kind for r in said]
    assert len(kinds) == len(set(kinds)) <= 1
    enjoyed, disliked = you >= 0.6, you <= 0.4
    assert ("lift" in kinds) == (enjoyed and need >= 0.5)
    assert ("gap" in kinds) == ((enjoyed and need <= 0.3) or (disliked and need >= 0.5))
    for r in said:
        if r.kind == "gap":
            assert r.text.startswith("You enjoy") == enjoyed
            little = "makes little use of it" in r.text
            none = "but the job doesn’t need it (0%)" in r.text
            assert (little or none) == enjoyed
            assert none == (enjoyed and round(need * 100) == 0)
            assert ("more than you seem to enjoy it" in r.text) == disliked


# -- notes ------------------------------------------------------------------------------------


def flat_content(share: float) -> Content:
    """Dimension "alpha" gets one "not sure" answer (50 %). Dimension "beta" gets a "rather
    yes" on a question of weight `share` and a "not sure" on one of weight 1 - share: its
    interest is 50 % + 25 % x share."""
    return content_of(["alpha", "beta"],
                      [{"alpha": 1.0}, {"beta": share}, {"beta": round(1 - share, 2)}],
                      {"job-a": {"alpha": 1.0}, "job-b": {"beta": 1.0}})


@pytest.mark.parametrize(("share", "spread", "flagged"), [
    (0.56, 0.14, True),    # interests 14 points apart: no clear preference
    (0.64, 0.16, False),   # 16 points apart: a preference, however mild
    (0.8, 0.2, False),
])
def test_interests_less_than_15_points_apart_show_no_clear_preference(share, spread,
                                                                      flagged):
    content = flat_content(share)
    result = scoring.score(content, {"q0": 3, "q1": 4, "q2": 3})
    assert result.profile["beta"] - result.profile["alpha"] == pytest.approx(spread)
    assert ("no_preference" in codes(result)) == flagged
    # a mild preference is not flat: whether it stands out is the noise test's to say
    # (three answers cannot tell it from chance)
    assert codes(result) == (["no_preference"] if flagged else ["unclear_interests"])



@pytest.mark.parametrize(("low", "flagged"), [(0.1, False), (0.1000001, True)])
def test_interests_exactly_15_points_apart_show_a_preference(low, flagged):
    """Interests of 10 % and 25 % are 15 points apart, in floating point too (0.25 - 0.1 is
    0.15): not less than 15, so no note of no preference; a hair closer, the note."""
    content = flat_content(0.5)
    answers = {"q0": 3, "q1": 4, "q2": 3}
    profile = {"alpha": low, "beta": 0.25}
    assert 0.25 - 0.1 == scoring.FLAT_RANGE
    said = scoring.notes(content, answers, profile, scoring.rank(content, profile, "en"), "en")
    assert ("no_preference" in [n.code for n in said]) == flagged

def test_the_same_answer_to_two_questions_is_no_preference_but_one_answer_is_not():
    """Two questions answered alike already show no preference; a single answer is too little
    to say so (it is flagged as too few answers)."""
    content = one_question_each(["alpha", "beta", "delta", "gamma"],
                                {"job-a": {"alpha": 1.0}, "job-b": {"beta": 1.0}})
    assert "no_preference" in codes(scoring.score(content, {"q0": 5, "q1": 5}))
    one = scoring.score(content, {"q0": 5})
    assert "no_preference" not in codes(one) and "few_answers" in codes(one)


def test_the_same_answer_everywhere_shows_no_preference_even_when_reversed_questions_spread_it():
    """Agreeing with everything, including a question that counts against "beta", spreads
    the interests from 0 % to 100 %; it is still the same answer everywhere, and says
    nothing."""
    content = content_of(["alpha", "beta"], [{"alpha": 1.0}, {"beta": -1.0}, {"alpha": 0.5}],
                         {"job-a": {"alpha": 1.0}, "job-b": {"beta": 1.0}})
    result = scoring.score(content, {"q0": 5, "q1": 5, "q2": 5})
    assert result.profile == {"alpha": 1.0, "beta": 0.0}
    assert "no_preference" in codes(result) and not result.clear


def test_few_answers_means_fewer_than_half_of_the_questions():
    """Two of four questions answered is half: no warning; one of four is too few."""
    content = one_question_each(["alpha", "beta", "delta", "gamma"],
                                {"job-a": {"alpha": 1.0}, "job-b": {"beta": 1.0}})
    half = scoring.score(content, {"q0": 5, "q1": 1})
    assert "few_answers" not in codes(half)
    fewer = scoring.score(content, {"q0": 5})
    assert "few_answers" in codes(fewer)
    assert fewer.notes[0].text == "You answered only 1 of 4 questions: the ranking is rough."


def test_two_of_five_answers_are_fewer_than_half():
    content = one_question_each(["alpha", "beta", "delta", "gamma", "omega"],
                                {"job-a": {"alpha": 1.0}, "job-b": {"beta": 1.0}})
    result = scoring.score(content, {"q0": 5, "q1": 1})
    assert codes(result)[0] == "few_answers"
    assert result.notes[0].text == "You answered only 2 of 5 questions: the ranking is rough."


def near_tie(needs: dict[str, float], lang: str = "en"):
    """The student: "alpha" 100 %, "beta" 0 %, "gamma" 50 %. Each role needs alpha fully,
    beta not at all and gamma as given: the further from 50 %, the less its needs follow the
    shape of the interests (score 50 x (1 + r), r their correlation)."""
    content = one_question_each(["alpha", "beta", "gamma"],
                                {r: {"alpha": 1.0, "beta": 0.0, "gamma": n}
                                 for r, n in needs.items()})
    return scoring.score(content, {"q0": 5, "q1": 1, "q2": 3}, lang)


def test_a_three_way_near_tie_names_the_first_and_the_second():
    """Three roles within two points: the note names the #1 and the #2, two different roles,
    by name, with the gap between them; not the #3."""
    needs = {"m-third": 0.753, "z-first": 0.623, "a-second": 0.717}
    result = near_tie(needs)
    assert [(m.role, m.score) for m in result.matches] == [
        ("z-first", 99.5), ("a-second", 98.5), ("m-third", 98.0)]
    assert codes(result) == ["near_tie"]
    assert result.notes[0].text == ("Z-FIRST and A-SECOND are nearly tied (1.0 points "
                                    "apart): look at both.")
    french = near_tie(needs, "fr").notes[0].text
    assert french == ("Métier z-first et Métier a-second sont presque à égalité (1,0 point "
                      "d’écart)\u00a0: regarde les deux.")  # under 2: "point" in French
    assert "m-third" not in french


@pytest.mark.parametrize(("second", "gap", "tied"), [
    (0.785, "2.0", False),   # 99.5 and 97.5: two points apart is no tie
    (0.778, "1.9", True),    # 99.5 and 97.6
])
@pytest.mark.parametrize("others", [{"third": 0.95}, {}])
def test_a_near_tie_is_under_two_points_between_the_first_two(second, gap, tied, others):
    result = near_tie({"first": 0.623, "second": second, **others})
    assert f"{result.matches[0].score - result.matches[1].score:.1f}" == gap
    assert ("near_tie" in codes(result)) == tied


def two_dimensions_apart():
    """Alpha 100 %, beta 0 %: three questions each, all answered alike. Two roles that need
    alpha more than beta: both have the interests' shape."""
    content = content_of(["alpha", "beta"], [{"alpha": 1.0}, {"beta": 1.0}] * 3,
                         {"job-a": {"alpha": 1.0, "beta": 0.0},
                          "job-b": {"alpha": 0.9, "beta": 0.2}})
    return content, {"q0": 5, "q1": 1, "q2": 5, "q3": 1, "q4": 5, "q5": 1}


def test_with_two_interests_known_two_roles_of_the_same_shape_are_named_as_tied():
    """With two dimensions known scores are 0, 50 or 100; two roles at 100 are a tie worth
    naming."""
    content, answers = two_dimensions_apart()
    result = scoring.score(content, answers)
    assert [(m.role, m.score) for m in result.matches] == [("job-a", 100.0), ("job-b", 100.0)]
    assert codes(result) == ["near_tie"]
    assert result.notes[0].text == ("JOB-A and JOB-B are nearly tied (0.0 points apart): "
                                    "look at both.")


# -- the numbers the page gives ---------------------------------------------------------------

WORDS = {"two": 2, "three": 3}


def test_the_limits_of_the_scoring_page_are_the_code_s():
    """docs/scoring.md is what a counselor reads to explain a result: its limits are the
    ones rolequiz/engine/scoring.py applies."""
    page = " ".join((ROOT / "docs" / "scoring.md").read_text(encoding="utf-8").split())

    def numbers(pattern: str) -> tuple[float, ...]:
        found = re.search(pattern, page)
        assert found, pattern
        return tuple(float(WORDS.get(g, g)) for g in found.groups())

    assert numbers(r"\*\*lifts\*\*: up to (\w+) dimensions where the interest is at least "
                   r"(\d+) ?% \(clearly above neutral\) and the need at least (\d+) ?%") == (
        scoring.MAX_LIFTS, 100 * scoring.LIKE_MIN, 100 * scoring.LIFT_MIN)
    assert numbers(r"\*\*gaps\*\*: up to (\w+) dimensions where a need of at least (\d+) ?% "
                   r"meets an interest of at most (\d+) ?%, or an interest of at least (\d+) ?% "
                   r"meets a need of at most (\d+) ?%") == (
        scoring.MAX_GAPS, 100 * scoring.LIFT_MIN, 100 * scoring.DISLIKE_MAX,
        100 * scoring.LIKE_MIN, 100 * scoring.LOW_NEED)
    assert numbers(r"a need of at least (\d+) ?% \(the core of the job\)") == (
        100 * scoring.CORE_NEED,)
    assert numbers(r"would arise by chance (\d+) ?% of the time or less") == (
        100 * scoring.CHANCE_MAX,)
    assert numbers(r"or interests within (\d+) points of each other") == (
        100 * scoring.FLAT_RANGE,)
    assert numbers(r"the first two roles are less than (\d+) points apart") == (
        scoring.NEAR_TIE,)


@pytest.mark.parametrize("need, answer", [
    (0.365, 2),   # target 2.46: 0.46 from 2, 0.54 from 3; the nearer value, not the middle
    (0.635, 4),   # target 3.54: 0.46 from 4
    (0.375, 3),   # target 2.5: a tie goes to the value nearer the middle
    (0.0, 1), (1.0, 5),
])
def test_the_ideal_respondent_answers_the_nearest_value_and_ties_go_to_the_middle(need,
                                                                                  answer):
    """DESIGN.md's ideal respondent: mid + half_range * (2p - 1) for one question weighing
    1.0, the nearest scale value, a tie going to the value nearer the midpoint."""
    content = one_question_each(["data"], {"a": {"data": need}})
    assert scoring.ideal_answers(content.questions, content.roles.roles[0]) == {"q0": answer}


@pytest.mark.parametrize("need, answer", [
    (0.375 - 1e-10, 3),  # target 2.4999999996: a billionth or less from a tie is a tie
    (0.375 - 1e-8, 2),   # target 2.49999996: nearer 2
])
def test_a_target_within_a_billionth_of_a_tie_goes_to_the_middle(need, answer):
    content = one_question_each(["data"], {"a": {"data": need}})
    assert scoring.ideal_answers(content.questions, content.roles.roles[0]) == {"q0": answer}


@pytest.mark.parametrize("need, answer", [(1.0, 5), (0.0, 1), (0.75, 4)])
def test_the_ideal_answer_to_a_question_of_weight_half_leans_as_fully_as_one_of_weight_1(
        need, answer):
    """mid + half_range * 0.5 * (2p - 1) / 0.5: the weight of a question on its one
    dimension says how much it counts, not how far the answer leans."""
    content = content_of(["data"], [{"data": 0.5}], {"a": {"data": need}})
    assert scoring.ideal_answers(content.questions, content.roles.roles[0]) == {"q0": answer}


# -- do the interests stand out? ----------------------------------------------------------------


@pytest.mark.parametrize(("f", "d1", "d2", "tail"), [
    # P(F > f), as SciPy's scipy.stats.f.sf gives it
    (1.0, 11, 46, 0.4610442417582272),
    (2.5, 11, 36, 0.018884588085633883),
    (0.3, 3, 5, 0.8247137692919986),
    (10, 2, 20, 0.0009765625),  # (1 + 2f / d2)^(-d2 / 2) = 2^-10
    (1.7, 8, 47, 0.12340020104582021),
    (0.01, 1, 36, 0.9208991489457731),
    (2.7, 1, 41, 0.10799660104597184),
    (68.57142857142857, 1, 14, 9.144557061536976e-07),
    # by hand: F(d, d) and 1 / F(d, d) have the same law, so P(F > 1) = 1/2
    (1.0, 11, 11, 0.5),
    # no difference at all (F = 0), one too small to change a digit, an infinite one
    (0.0, 2, 13, 1.0),
    (1e-300, 2, 13, 1.0),
    (math.inf, 2, 13, 0.0),
])
def test_the_chance_of_a_difference_is_fisher_s_f_distribution(f, d1, d2, tail):
    """To 13 significant digits (SciPy's values are good to about 1e-15)."""
    assert scoring._f_tail(f, d1, d2) == pytest.approx(tail, rel=5e-14, abs=0)


def two_questions_each() -> Content:
    return content_of(["alpha", "beta", "gamma"],
                      [{"alpha": 1.0}, {"beta": 1.0}, {"gamma": 1.0}] * 2,
                      {"job-a": {"alpha": 1.0}, "job-b": {"beta": 1.0}})


def test_the_chance_is_the_analysis_of_variance_worked_out_by_hand():
    """Answers 5, 1, 3 then 4, 2, 3 (q0 and q3 on alpha, q1 and q4 on beta, q2 and q5 on
    gamma): leans alpha (1, 0.5), beta (-1, -0.5), gamma (0, 0). Between dimensions: means
    0.75, -0.75, 0 around 0: 2 x (0.5625 + 0.5625) = 2.25 on 2 degrees of freedom. Within:
    4 x 0.0625 = 0.25, pooled with 10 x 0.35^2: (0.25 + 1.225) / (3 + 10) on 13 degrees.
    F = 1.125 / 0.11346 = 9.915; P(F(2, 13) > 9.915)."""
    content = two_questions_each()
    answers = {"q0": 5, "q1": 1, "q2": 3, "q3": 4, "q4": 2, "q5": 3}
    f = (2.25 / 2) / ((0.25 + 10 * 0.35**2) / 13)
    assert scoring.differentiation(content.questions, answers) == pytest.approx(
        scoring._f_tail(f, 2, 13), rel=1e-12)
    assert scoring.differentiation(content.questions, answers) < scoring.CHANCE_MAX
    assert scoring.score(content, answers).clear


def test_answers_that_contradict_each_other_make_the_interests_unclear():
    """The same three leanings as above, but each dimension's second answer says the
    opposite of its first (leaning 62, 38, 62 %): the interests differ less than the
    answers vary."""
    content = two_questions_each()
    answers = {"q0": 5, "q1": 1, "q2": 3, "q3": 2, "q4": 4, "q5": 4}
    result = scoring.score(content, answers)
    assert scoring.differentiation(content.questions, answers) > scoring.CHANCE_MAX
    assert codes(result) == ["unclear_interests"]
    assert result.notes[0].text.startswith("No interest stands out clearly")
    assert not result.clear


def test_two_dimensions_are_enough_for_the_analysis():
    """Alpha's three answers all +1, beta's all -1: between the dimensions 3 x 1 + 3 x 1 = 6
    on 1 degree of freedom, nothing within; the spread (0 + 10 x 0.35^2) / (6 - 2 + 10) =
    0.0875, F = 6 / 0.0875 = 68.57, a chance of 9.1e-07 (SciPy): the interests stand out."""
    content, answers = two_dimensions_apart()
    chance = scoring.differentiation(content.questions, answers)
    assert chance == pytest.approx(scoring._f_tail(6 / 0.0875, 1, 14), rel=1e-12)
    assert chance == pytest.approx(9.144557061536976e-07, rel=1e-9)


def test_the_analysis_measures_the_dimensions_around_the_mean_of_all_answers():
    """Answers 5 and 5 on alpha, 4 and 2 on beta, 4 and 4 on gamma: leans (1, 1), (0.5,
    -0.5), (0.5, 0.5); means 1, 0 and 0.5 around a mean of all answers of 0.5. Between:
    2 x (0.5^2 + 0.5^2 + 0^2) = 1 on 2 degrees of freedom; within: 2 x 0.5^2 = 0.5; the
    spread (0.5 + 10 x 0.35^2) / (6 - 3 + 10) = 1.725 / 13. F = 0.5 / (1.725 / 13) = 3.768,
    and with 2 degrees of freedom P(F(2, d) > f) = (1 + 2f / d)^(-d / 2)."""
    content = two_questions_each()
    answers = {"q0": 5, "q3": 5, "q1": 4, "q4": 2, "q2": 4, "q5": 4}
    f = 0.5 / (1.725 / 13)
    assert scoring.differentiation(content.questions, answers) == pytest.approx(
        (1 + 2 * f / 13) ** -6.5, rel=1e-12)


def test_two_answers_one_step_apart_each_way_are_unclear():
    """"Rather yes" to alpha's question, "rather not" to beta's: 75 % and 25 %, but two
    answers could differ that much by chance (leans 0.5 and -0.5: F = 0.5 / (10 x 0.35^2
    / 10) = 4.08, P(F(1, 10) > 4.08) = 0.07)."""
    content = one_question_each(["alpha", "beta"],
                                {"job-a": {"alpha": 1.0}, "job-b": {"beta": 1.0}})
    assert codes(scoring.score(content, {"q0": 4, "q1": 2})) == ["unclear_interests"]


@pytest.mark.parametrize(("chance", "unclear"), [(0.01, False), (0.0100001, True)])
def test_interests_stand_out_when_the_chance_is_1_percent_or_less(monkeypatch, chance,
                                                                  unclear):
    content = two_questions_each()
    answers = {"q0": 5, "q1": 1, "q2": 3, "q3": 4, "q4": 2, "q5": 3}
    monkeypatch.setattr(scoring, "differentiation", lambda questions, given: chance)
    assert ("unclear_interests" in codes(scoring.score(content, answers))) == unclear


def test_the_chance_is_left_at_one_when_a_single_dimension_is_answered():
    content = two_questions_each()
    assert scoring.differentiation(content.questions, {"q0": 5, "q3": 1}) == 1.0
    assert scoring.differentiation(content.questions, {}) == 1.0


def test_a_reversed_question_counts_the_other_way_in_the_analysis():
    """Agreeing with a question that weighs -1 on beta is a low beta: consistent with a
    disagreement on beta's other question, so the interests stand out as before."""
    content = content_of(["alpha", "beta", "gamma"],
                         [{"alpha": 1.0}, {"beta": -1.0}, {"gamma": 1.0}, {"alpha": 1.0},
                          {"beta": 1.0}, {"gamma": 1.0}],
                         {"job-a": {"alpha": 1.0}, "job-b": {"beta": 1.0}})
    straight = two_questions_each()
    answers = {"q0": 5, "q1": 1, "q2": 3, "q3": 4, "q4": 2, "q5": 3}
    reversed_ = dict(answers, q1=5)
    assert scoring.differentiation(content.questions, reversed_) == pytest.approx(
        scoring.differentiation(straight.questions, answers), rel=1e-12)


def test_the_main_weight_decides_a_question_s_dimension_ties_to_the_first_id():
    content = content_of(["alpha", "beta"], [{"beta": 0.5, "alpha": 0.5}, {"beta": 1.0},
                                             {"alpha": 0.3, "beta": -0.9}],
                         {"job-a": {"alpha": 1.0}, "job-b": {"beta": 1.0}})
    # q0 goes to alpha (tie, first id), q1 to beta, q2 to beta reversed: alpha (0.5),
    # beta (-1, -1); with q2 on alpha instead it would be alpha (0.5, 1), beta (-1)
    one = scoring.differentiation(content.questions, {"q0": 4, "q1": 1, "q2": 5})
    alone = content_of(["alpha", "beta"], [{"alpha": 1.0}, {"beta": 1.0}, {"beta": 1.0}],
                       {"job-a": {"alpha": 1.0}, "job-b": {"beta": 1.0}})
    assert one == pytest.approx(scoring.differentiation(alone.questions,
                                                        {"q0": 4, "q1": 1, "q2": 1}),
                                rel=1e-12)


# -- weak fit ------------------------------------------------------------------------------------


def weak(needs: dict[str, dict[str, float]], answers: dict[str, int], lang: str = "en"):
    """Two questions per dimension, answered alike: the interests stand out."""
    dims = ["alpha", "beta", "gamma"]
    content = content_of(dims, [{d: 1.0} for d in dims] * 2, needs)
    both = {**{f"q{i}": answers[d] for i, d in enumerate(dims)},
            **{f"q{i + 3}": answers[d] for i, d in enumerate(dims)}}
    return scoring.score(content, both, lang)


@pytest.mark.parametrize(("core", "you", "flagged"), [
    (0.8, 2, True),    # the core of the job (80 %), not enjoyed (25 %)
    (0.79, 2, False),  # under 80 % is not the core
    (1.0, 3, False),   # neutral (50 %) is no dislike
])
def test_a_first_role_whose_core_is_not_enjoyed_is_a_weak_fit(core, you, flagged):
    result = weak({"job-a": {"alpha": core, "gamma": 0.5, "beta": 0.0},
                   "job-b": {"beta": 1.0}},
                  {"alpha": you, "beta": 1, "gamma": 5})
    assert result.matches[0].role == "job-a"
    assert ("weak_fit" in codes(result)) == flagged
    assert result.clear != flagged
    if flagged:
        assert result.notes[0].text == ("JOB-A is only the closest of a poor set of matches, "
                                        "not necessarily a good fit: it mostly needs “Alpha”, "
                                        "which you don’t seem to enjoy (25%).")


def test_what_the_student_enjoys_most_needed_by_no_role_is_a_weak_fit():
    result = weak({"job-a": {"alpha": 0.4, "beta": 0.0}, "job-b": {"beta": 0.49}},
                  {"alpha": 4, "beta": 1, "gamma": 5}, "fr")
    assert codes(result) == ["weak_fit"]
    assert result.notes[0].text == (
        "Ce que tu aimes le plus, «\u00a0GAMMA\u00a0» (100\u00a0%), n’est au cœur d’aucun de ces "
        "métiers\u00a0: le classement montre les moins éloignés de tes goûts, pas forcément des "
        "métiers faits pour toi.")
    needed = weak({"job-a": {"alpha": 0.4, "beta": 0.0}, "job-b": {"gamma": 0.5}},
                  {"alpha": 4, "beta": 1, "gamma": 5})
    assert "weak_fit" not in codes(needed)


def weak_fit_of(profile: dict[str, float], needs: dict[str, dict[str, float]]):
    """The weak-fit note of the first role for these interests, or None."""
    content = one_question_each(sorted(profile), needs)
    first = scoring.rank(content, profile, "en")[0]
    return scoring.weak_fit(content, profile, first, "en")


@pytest.mark.parametrize(("you", "flagged"), [(0.4, True), (0.41, False)])
def test_an_interest_of_exactly_40_percent_in_the_core_of_the_job_is_a_weak_fit(you, flagged):
    note = weak_fit_of({"alpha": you, "beta": 0.0, "gamma": 1.0},
                       {"job-a": {"alpha": 0.8, "gamma": 1.0}, "job-b": {"beta": 1.0}})
    assert (note is not None) == flagged
    if flagged:
        assert note.text == ("JOB-A is only the closest of a poor set of matches, not "
                             "necessarily a good fit: it mostly needs “Alpha”, which you don’t "
                             "seem to enjoy (40%).")


@pytest.mark.parametrize(("you", "flagged"), [(0.6, True), (0.59, False)])
def test_a_highest_interest_of_exactly_60_percent_needed_by_no_role_is_a_weak_fit(you,
                                                                                 flagged):
    """The highest interest, "alpha", is at least "enjoyed" at 60 %, and no role needs it:
    a weak fit. At 59 % nothing is enjoyed, and nothing is said."""
    note = weak_fit_of({"alpha": you, "beta": 0.2, "gamma": 0.5},
                       {"job-a": {"beta": 0.7, "gamma": 0.4}, "job-b": {"gamma": 0.7}})
    assert (note is not None) == flagged
    if flagged:
        assert note.code == "weak_fit"
        assert note.text.startswith("What you enjoy most, “Alpha” (60%), isn’t central to "
                                    "any of these jobs")


@pytest.mark.parametrize(("beta", "flagged"), [
    (0.9 - 1e-9, False),  # a billionth under 90 %: as high (rounding), and job-a needs it
    (0.9 - 2e-9, True),   # under that, only alpha is the highest, and no role needs it
    (0.7, True),
])
def test_interests_within_a_billionth_of_the_highest_count_as_the_highest(beta, flagged):
    note = weak_fit_of({"alpha": 0.9, "beta": beta, "gamma": 0.2},
                       {"job-a": {"beta": 0.5}, "job-b": {"gamma": 0.6}})
    assert (note is not None) == flagged


def test_with_one_interest_known_every_role_scores_50_and_no_tie_is_named():
    """One answer: one interest known, no shape to compare; every role scores 50 and
    shares the first place; the note is that too few questions were answered, not a tie
    "0.0 points apart"."""
    content = one_question_each(["alpha", "beta", "delta", "gamma"],
                                {"job-a": {"alpha": 1.0}, "job-b": {"beta": 1.0}})
    result = scoring.score(content, {"q0": 5})
    assert {m.score for m in result.matches} == {50.0}
    assert {m.rank for m in result.matches} == {1}
    assert codes(result) == ["few_answers"]
