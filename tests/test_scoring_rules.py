"""The limits of docs/scoring.md (reasons, notes), each at its boundary, and the page's
numbers read against the code's."""

from __future__ import annotations

import re
from types import MappingProxyType

import pytest

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
    (0.75, 0.45, True),   # 30 points: named
    (0.75, 0.46, False),  # 29 points: not worth naming
    (0.2, 0.5, True),
    (0.2, 0.49, False),
])
def test_a_gap_is_named_from_30_points_either_way(you, need, gap):
    content = one_question_each(["alpha", "beta"], {"job": {"alpha": need, "beta": 0.0}})
    reasons = scoring.reasons({"alpha": you, "beta": 0.0}, content.roles.roles[0], content,
                              "en")
    assert any(r.kind == "gap" and r.dimension == "alpha" for r in reasons) == gap


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
    assert result.clear != flagged


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
    assert fewer.notes[0].text == "Only 1 of 4 questions answered: the ranking is rough."


def near_tie(needs: dict[str, float], lang: str = "en"):
    """The student: "alpha" 100 %, "beta" 0 %. Each role needs beta not at all and alpha
    as given (a fraction), so its score is 100 - 100 x (1 - need) / sqrt(2)."""
    content = one_question_each(["alpha", "beta"],
                                {r: {"alpha": n, "beta": 0.0} for r, n in needs.items()})
    return scoring.score(content, {"q0": 5, "q1": 1}, lang)


def test_a_three_way_near_tie_names_the_first_and_the_second():
    """Three roles within two points: the note names the #1 and the #2, two different roles,
    by name, with the gap between them; not the #3."""
    needs = {"m-third": 0.972, "z-first": 0.993, "a-second": 0.979}
    result = near_tie(needs)
    assert [(m.role, m.score) for m in result.matches] == [
        ("z-first", 99.5), ("a-second", 98.5), ("m-third", 98.0)]
    assert codes(result) == ["near_tie"]
    assert result.notes[0].text == ("Z-FIRST and A-SECOND are nearly tied (1.0 points "
                                    "apart): look at both.")
    french = near_tie(needs, "fr").notes[0].text
    assert french.startswith("Métier z-first et Métier a-second sont presque à égalité (")
    assert "m-third" not in french


@pytest.mark.parametrize(("second", "gap", "tied"), [
    (0.9646, "2.0", False),   # 99.5 and 97.5: two points apart is no tie
    (0.9661, "1.9", True),    # 99.5 and 97.6
])
@pytest.mark.parametrize("others", [{"third": 0.5}, {}])
def test_a_near_tie_is_under_two_points_between_the_first_two(second, gap, tied, others):
    result = near_tie({"first": 0.993, "second": second, **others})
    assert f"{result.matches[0].score - result.matches[1].score:.1f}" == gap
    assert ("near_tie" in codes(result)) == tied


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
        scoring.MAX_LIFTS, 100 * scoring.LIFT_YOU_MIN, 100 * scoring.LIFT_MIN)
    assert numbers(r"\*\*gaps\*\*: up to (\w+) dimensions where interest and need differ by "
                   r"(\d+) points or more") == (scoring.MAX_GAPS, 100 * scoring.GAP_MIN)
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
