"""The adaptive quiz's stop rule, held to what docs/scoring.md (section 5) promises.

Three ways in: the estimate worked out by hand on one dimension, where each step of the
documented model is a line of arithmetic; simulated respondents, on whom a rule that is too
sure of itself loses the full quiz's #1 and one that is too cautious asks nearly everything;
and the numbers the page gives counselors, which must be the ones the code uses.
"""

from __future__ import annotations

import collections
import math
import random
import re
import statistics
from statistics import NormalDist
from types import MappingProxyType

import pytest

from rolequiz.content.load import load_content
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
from rolequiz.engine import adaptive, scoring
from rolequiz.engine.simulate import noisy
from tests.conftest import ROOT

SCALE = Scale(tuple(Choice(v, Text.plain(str(v))) for v in range(1, 6)))  # mid 3, half 2


def content_of(dims: list[str], questions: list[dict[str, float]],
               roles: dict[str, dict[str, float]]) -> Content:
    """Content built in memory: questions q0, q1... in this order, roles by id."""
    qs = QuestionSet(
        "q.yaml", SCALE, tuple(Dimension(d, Text.plain(d.upper())) for d in dims),
        tuple(Question(f"q{i}", Text.plain(f"Question {i}"), MappingProxyType(w))
              for i, w in enumerate(questions)))
    rs = RoleSet("r.yaml", tuple(Role(r, Text.plain(r.upper()), MappingProxyType(p))
                                 for r, p in roles.items()))
    return Content(qs, rs)


def one_dimension(n: int, needs: dict[str, float]) -> Content:
    """n questions, each weighing 1.0 on the one dimension d; a role per need."""
    return content_of(["d"], [{"d": 1.0}] * n, {r: {"d": p} for r, p in needs.items()})


# -- the estimate, worked out by hand -----------------------------------------------------


NEEDS = {"a": 0.85, "b": 0.55, "c": 0.35, "d": 0.0}


def test_contradicting_answers_widen_the_spread_as_documented():
    """"Very much", "not at all", twice over, on one dimension: the estimate of the
    interest stays at 0, each answer is 1 away from it, so the spread of one answer is
    sqrt((10 * 0.35^2 + 4) / (10 + 3)) = 0.634 (0.35 counting as ten answers, one of the
    four answers spent on the estimate). Consistent answers keep 0.35."""
    content = one_dimension(8, {"a": 1.0, "b": 0.0})
    plan = adaptive.Planner(content)
    status = plan.status({"q0": 5, "q1": 1, "q2": 5, "q3": 1})
    assert status.sigma == pytest.approx(math.sqrt((10 * 0.35**2 + 4) / 13), rel=1e-12)
    assert plan.status({"q0": 5, "q1": 5, "q2": 5, "q3": 5}).sigma == 0.35


def inverse(m: list[list[float]]) -> list[list[float]]:
    """Inverse of a small symmetric positive definite matrix (Gauss-Jordan)."""
    n = len(m)
    rows = [[*row, *(float(i == j) for j in range(n))] for i, row in enumerate(m)]
    for c in range(n):
        rows[c] = [v / rows[c][c] for v in rows[c]]
        for r in range(n):
            if r != c:
                f = rows[r][c]
                rows[r] = [v - f * w for v, w in zip(rows[r], rows[c], strict=True)]
    return [row[n:] for row in rows]


def documented_model(content: Content, answers: dict[str, int], skipped: set[str]):
    """Section 5's model written out plainly, for any content: (the #1 now, the chance that
    another role ends above it, the spread of one answer used, and for each question left
    the share of the open races' uncertainty its answer would remove).

    Interests theta ~ N(0, 0.6^2 I); the answer x to a question is a . theta plus noise,
    a being its weights divided by the sum of their sizes; the noise has spread 0.35,
    pooled with the residuals of the answers given (0.35 counting as ten answers, one answer
    per known dimension spent on the estimate, never fewer than none). The final lean of
    dimension d sums the weighted answers given and the predicted ones left, over the sum
    of the weights' sizes: s = c + G theta + H noise. A role's score is 50 (1 + r), r the
    correlation of the interests with its needs: a role B ends above the #1 A when the margin
    sum_d (u_Bd - u_Ad) s_d is positive, u a role's needs over the dimensions known at the
    end, centred on their mean and scaled to length 1: a normal tail; the tails add up. A
    question's worth: the squared correlation of its answer with the margins of the twelve
    likeliest races, each weighed by its chance, plus those of the #2 and #3, weighed by at
    least one in a million (by that alone when not among the twelve)."""
    dims = [d.id for d in content.questions.dimensions]
    m = len(dims)
    scale = content.questions.scale

    def weights(q: Question) -> list[float]:
        return [q.weights.get(d, 0.0) for d in dims]

    def normalized(q: Question) -> list[float]:
        size = sum(abs(v) for v in q.weights.values())
        return [w / size for w in weights(q)]

    def dot(u: list[float], v: list[float]) -> float:
        return sum(x * y for x, y in zip(u, v, strict=True))

    def times(mat: list[list[float]], v: list[float]) -> list[float]:
        return [dot(row, v) for row in mat]

    given = [(normalized(q), weights(q), (answers[q.id] - scale.mid) / scale.half_range)
             for q in content.questions.questions if q.id in answers]
    left = [q for q in content.questions.questions
            if q.id not in answers and q.id not in skipped]
    ahead = [(normalized(q), weights(q)) for q in left]

    def posterior(noise2: float) -> tuple[list[float], list[list[float]]]:
        precision = [[(1 / 0.6**2 if i == j else 0.0)
                      + sum(a[i] * a[j] for a, _, _ in given) / noise2 for j in range(m)]
                     for i in range(m)]
        cov = inverse(precision)
        return times(cov, [sum(a[i] * x for a, _, x in given) / noise2 for i in range(m)]), cov

    noise2 = 0.35**2
    theta, cov = posterior(noise2)
    residuals = sum((x - dot(a, theta)) ** 2 for a, _, x in given)
    known_now = sum(1 for d in range(m) if any(w[d] for _, w, _ in given))
    pooled = (10 * noise2 + residuals) / (10 + max(len(given) - known_now, 0))
    if pooled > noise2:
        noise2 = pooled
        theta, cov = posterior(noise2)

    size = [sum(abs(w[d]) for _, w, _ in given) + sum(abs(w[d]) for _, w in ahead)
            for d in range(m)]
    known = [d for d in range(m) if size[d] > 0]
    lean = {d: (sum(w[d] * x for _, w, x in given)
                + sum(w[d] * dot(a, theta) for a, w in ahead)) / size[d] for d in known}
    g = {d: [sum(w[d] * a[e] for a, w in ahead) / size[d] for e in range(m)] for d in known}
    h = {d: [w[d] / size[d] for _, w in ahead] for d in known}
    lean_cov = {(d, e): dot(g[d], times(cov, g[e])) + noise2 * dot(h[d], h[e])
                for d in known for e in known}

    ranking = [m.role for m in scoring.score(content, answers).matches]
    first = ranking[0]
    def unit(role) -> dict[int, float]:
        needs = {d: role.importance(dims[d]) for d in known}
        mean = sum(needs.values()) / len(needs)
        length = math.sqrt(sum((v - mean) ** 2 for v in needs.values()))
        return {d: (v - mean) / length if length > 1e-12 else 0.0 for d, v in needs.items()}

    needs = {r.id: unit(r) for r in content.roles.roles}
    a = needs[first]
    races = []
    twins = 0  # roles of the #1's very shape: nothing tells them apart, counted as certain
    for role, b in needs.items():
        delta = {d: b[d] - a[d] for d in known}
        mean = sum(delta[d] * lean[d] for d in known)
        var = sum(delta[d] * lean_cov[d, e] * delta[e] for d in known for e in known)
        if role != first and math.sqrt(sum(x * x for x in delta.values())) <= 1e-9:
            twins += 1
        elif role != first and var > 0:
            races.append((role, NormalDist().cdf(mean / math.sqrt(var)), delta, var))
    chance = min(1.0, twins + sum(c for _, c, _, _ in races))

    # the twelve races most likely to change the #1 weigh, each by its chance; the races of
    # the #2 and #3 weigh at least one in a million, so that once settled going on refines
    # them
    races.sort(key=lambda race: (race[1], race[0]), reverse=True)
    weighed = [((max(c, 1e-6) if n < 12 else 1e-6) if role in ranking[1:3] else c, delta, var)
               for n, (role, c, delta, var) in enumerate(races)
               if n < 12 or role in ranking[1:3]]
    worth = {}
    for q, (aq, wq) in zip(left, ahead, strict=True):
        cov_a = times(cov, aq)
        with_lean = {d: dot(g[d], cov_a) + noise2 * wq[d] / size[d] for d in known}
        var_x = dot(aq, cov_a) + noise2
        worth[q.id] = sum(weight * sum(delta[d] * with_lean[d] for d in known) ** 2
                          / (var * var_x) for weight, delta, var in weighed)
    return first, chance, math.sqrt(noise2), worth


THREE = content_of(
    ["x", "y", "z"],
    [{"x": 1.0}, {"y": 1.0}, {"x": 1.0, "y": 0.5}, {"x": 0.6, "y": -0.8}, {"y": 1.0, "x": -0.3},
     {"x": 1.0}, {"y": 1.0}, {"x": 0.5, "y": 0.5}, {"z": 1.0}, {"z": 1.0, "x": 0.4}, {"y": 1.0},
     {"x": 1.0}],
    {"p": {"x": 0.9, "y": 0.2, "z": 0.5}, "q": {"x": 0.3, "y": 0.9, "z": 0.4},
     "r": {"x": 0.7, "y": 0.7, "z": 0.1}, "s": {"x": 0.1, "y": 0.1, "z": 0.9},
     "t": {"x": 0.5, "y": 0.5, "z": 0.5}})


# sixteen roles close to one another, on THREE's questions: more races than the twelve
MANY = content_of(
    ["x", "y", "z"], [dict(q.weights) for q in THREE.questions.questions],
    {r: dict(zip("xyz", needs, strict=True)) for r, needs in {
        "m00": (0.55, 0.6, 0.62), "m01": (0.68, 0.6, 0.67), "m02": (0.31, 0.49, 0.68),
        "m03": (0.56, 0.66, 0.35), "m04": (0.49, 0.4, 0.52), "m05": (0.53, 0.31, 0.39),
        "m06": (0.41, 0.67, 0.61), "m07": (0.36, 0.62, 0.36), "m08": (0.55, 0.35, 0.3),
        "m09": (0.65, 0.38, 0.39), "m10": (0.69, 0.65, 0.42), "m11": (0.68, 0.52, 0.57),
        "m12": (0.38, 0.68, 0.58), "m13": (0.69, 0.66, 0.42), "m14": (0.44, 0.37, 0.36),
        "m15": (0.33, 0.42, 0.54)}.items()})


@pytest.mark.parametrize(("content", "answers", "skipped"), [
    (THREE, {"q0": 5, "q1": 2}, set()),
    (THREE, {"q0": 5, "q1": 1, "q2": 1, "q3": 5, "q4": 5}, set()),  # contradicting
    (THREE, {"q0": 4, "q2": 5, "q5": 5}, {"q8", "q9"}),  # "z" will stay unknown
    (THREE, {"q0": 4, "q1": 4, "q5": 4}, {"q8", "q9"}),
    (THREE, {"q0": 5, "q1": 2, "q2": 5, "q3": 3, "q5": 5, "q6": 2}, set()),
    (THREE, {"q0": 5, "q1": 1, "q2": 5, "q3": 4, "q5": 5}, {"q8", "q9"}),
    (THREE, {"q0": 2, "q1": 4, "q4": 5, "q6": 4, "q8": 3, "q10": 3}, {"q9"}),
    (THREE, {"q0": 5, "q1": 2, "q8": 4}, {"q9"}),  # one question, of weight 1, on "z"
    (THREE, {"q3": 2}, set()),  # one answer, two dimensions known
    (THREE, {"q6": 5}, set()),
    # settled (a chance of 6e-7): going on refines the #2 and #3
    (THREE, {"q1": 1, "q2": 4, "q3": 5, "q6": 1, "q7": 4, "q8": 3, "q10": 1, "q11": 5}, set()),
    # settled, every question worth under one in a million: q1 and q6 (alike) tie
    (THREE, {"q0": 5, "q2": 5, "q3": 4, "q8": 1, "q9": 1, "q10": 5, "q11": 4}, set()),
    # fifteen races: the #2 is not among the twelve likeliest
    (MANY, {"q0": 4}, set()),
    (MANY, {"q4": 2}, set()),
    (MANY, {"q3": 3}, set()),
    (MANY, {"q3": 3, "q9": 3}, set()),
])
def test_the_estimate_and_the_next_question_are_the_documented_model_s(content, answers,
                                                                      skipped):
    """Three dimensions, questions weighing on one or two of them (one against), five or
    sixteen roles: the chance of another #1 and the spread of one answer are the model's to
    1e-9, and the question asked next is the one worth the most, the first in the file among
    equals."""
    first, chance, spread, worth = documented_model(content, answers, skipped)
    plan = adaptive.Planner(content)
    status = plan.status(answers, skipped)
    assert status.top[0] == first
    # roles more than 4.5 sd behind are left out: at most Phi(-4.5) < 3.4e-6 each
    assert status.chance == pytest.approx(chance, rel=1e-9,
                                          abs=3.4e-6 * len(content.roles.roles))
    assert status.sigma == pytest.approx(spread, rel=1e-12)
    best = max(worth.values())
    assert best > 0
    assert plan.next_question(answers, skipped) == next(
        q for q, v in worth.items() if v >= best * (1 - 1e-9))


def test_the_first_three_now_are_the_result_s_first_three_ties_and_rounding_included():
    """The races are run against the #1 the result would show now, and once settled the
    quiz refines the #2 and #3: the status's top three are the result's, in its order
    (score rounded to one decimal, then id). Roles come in near twins (needs a few
    thousandths apart, ids in no particular order), so that rounded scores often tie while
    the unrounded ones do not."""
    rng = random.Random(SEED)
    ties = 0
    for _ in range(40):
        dims = ["x", "y", "z"]
        names = [f"r{i:02d}" for i in range(12)]
        rng.shuffle(names)
        roles = {}
        for one, two in zip(names[::2], names[1::2], strict=True):
            needs = {d: rng.randrange(21) / 20 for d in dims}
            roles[one] = needs
            d = rng.choice(dims)
            roles[two] = {**needs, d: abs(needs[d] - rng.choice((2, 3, 4)) / 1000)}
        questions = [{d: 1.0} for d in dims for _ in range(3)]
        rng.shuffle(questions)
        content = content_of(dims, questions, roles)
        plan = adaptive.Planner(content)
        ids = [f"q{i}" for i in range(len(questions))]
        for _ in range(5):
            asked = rng.sample(ids, rng.randrange(1, len(ids)))
            answers = {q: rng.randrange(1, 6) for q in asked}
            top = scoring.score(content, answers).matches[:3]
            assert plan.status(answers).top == tuple(m.role for m in top), answers
            ties += top[0].score == top[1].score or top[1].score == top[2].score
    assert ties >= 40  # rounded ties were indeed put to the test
    # scores near 0 too: interests (100, 0, 50 %) opposite in shape to every role's needs
    content = content_of(["x", "y", "z"], [{"x": 1.0}, {"y": 1.0}, {"z": 1.0}],
                         {"a": {"y": 1.0, "z": 0.5}, "b": {"y": 1.0, "z": 0.45},
                          "c": {"x": 0.02, "y": 1.0, "z": 0.5}})
    answers = {"q0": 5, "q1": 1, "q2": 3}
    scores = [(m.role, m.score) for m in scoring.score(content, answers).matches]
    assert scores == sorted(scores, key=lambda rs: (-rs[1], rs[0])) and scores[0][1] < 1.0
    assert adaptive.Planner(content).status(answers).top == tuple(r for r, _ in scores)


def test_a_tie_that_nothing_left_can_break_keeps_the_top_open_and_a_lead_it_cannot_end_does_not():
    """"a" needs x, "b" needs z, both need y alike: centred on their means, their needs on y
    are both 0, so the y question left cannot move one against the other. Equal interests in
    x and z tie them for good: the #1 shares its place, not settled. With x above z, nothing
    left can change the order: settled, with no chance of another #1."""
    content = content_of(["x", "y", "z"], [{"x": 1.0}, {"z": 1.0}, {"y": 1.0}, {"y": 1.0}],
                         {"a": {"x": 1.0, "y": 0.5}, "b": {"y": 0.5, "z": 1.0}})
    plan = adaptive.Planner(content, stop_chance=1.0)  # a few answers: the noise test aside
    tie = plan.status({"q0": 5, "q1": 5, "q2": 1})
    assert tie.top == ("a", "b") and tie.ready and not tie.settled
    ahead = plan.status({"q0": 5, "q1": 1, "q2": 3})
    assert ahead.top == ("a", "b") and ahead.settled and ahead.chance == 0.0


def test_roles_that_need_the_same_get_their_questions_in_file_order():
    """No answer can tell apart two roles with the same needs: every question is worth the
    same, and they come in file order."""
    content = content_of(["x", "y"], [{"x": 1.0}, {"y": 1.0}, {"x": 0.5, "y": 0.5}],
                         {"one": {"x": 0.8, "y": 0.3}, "two": {"x": 0.8, "y": 0.3}})
    plan = adaptive.Planner(content)
    answers: dict[str, int] = {}
    for expected in ("q0", "q1", "q2"):
        assert plan.next_question(answers) == expected
        answers[expected] = 4


# -- the exact (worst-case) rule ------------------------------------------------------------


X_OR_Z = content_of(["x", "y", "z"], [{"x": 1.0}, {"z": 1.0}, {"y": 1.0}, {"x": 1.0},
                                       {"z": 1.0}],
                    {"a-x": {"x": 1.0, "y": 0.5}, "b-z": {"y": 0.5, "z": 1.0}})


def test_the_worst_case_rule_is_certain_exactly_when_no_answer_left_can_change_the_first():
    """"a-x" needs x, "b-z" needs z, both y alike: "a-x" stays first while the final lean
    in x stays above the one in z. x "very much", z "not at all", y "not sure", a question
    left on each of x and z: at worst x ends at 0 and z at 0, a tie, which "a-x" would keep
    on its id only: not certain. With x answered twice, x ends at 1 whatever z does:
    certain."""
    plan = adaptive.Planner(X_OR_Z, stop_chance=1.0)  # a few answers: the noise test aside
    open_ = plan.status({"q0": 5, "q1": 1, "q2": 3})
    assert open_.top[0] == "a-x" and open_.ready and not open_.guaranteed
    sure = plan.status({"q0": 5, "q1": 1, "q2": 3, "q3": 5})
    assert sure.top[0] == "a-x" and sure.guaranteed
    # a skipped question is no longer a threat
    assert plan.status({"q0": 5, "q1": 1, "q2": 3}, skipped={"q3", "q4"}).guaranteed


def test_the_worst_case_rule_counts_every_answer_left_against_the_first():
    """x "very much" (lean 1), z "not at all" (-1), y "not at all": with a question left on
    each, x can end at 0 and z at 0: not certain. With z's second answer given ("rather no",
    -0.5), z ends at -0.75 and x at worst at 0: certain."""
    plan = adaptive.Planner(X_OR_Z, stop_chance=1.0)  # a few answers: the noise test aside
    status = plan.status({"q0": 5, "q1": 1, "q2": 1})
    assert status.top[0] == "a-x" and status.ready and not status.guaranteed
    assert plan.status({"q0": 5, "q1": 1, "q2": 1, "q4": 2}).guaranteed


def test_the_worst_case_rule_waits_for_every_dimension_and_clear_interests():
    """Certain in the worst case is not enough while a dimension has no answer yet (y, with
    its question still to come); once that question is skipped, y is unknown and the x and
    z answers decide."""
    plan = adaptive.Planner(X_OR_Z)
    no_y = plan.status({"q0": 5, "q1": 1, "q3": 5, "q4": 1})
    assert not no_y.ready and not no_y.guaranteed and not no_y.settled
    skipped = plan.status({"q0": 5, "q1": 1, "q3": 5, "q4": 1}, skipped={"q2"})
    assert skipped.ready and skipped.guaranteed and skipped.settled


def test_the_worst_case_rule_stops_ideal_respondents_before_the_end(content):
    """docs/scoring.md: on the default content the worst-case rule stops after about 32 of
    45 questions; it must stop before the end for most roles' ideal respondents, with the
    full quiz's #1."""
    total = len(content.questions.questions)
    plan = adaptive.Planner(content)
    asked = []
    for role in content.roles.roles:
        full = scoring.ideal_answers(content.questions, role)
        run = adaptive.run(content, full, rule="exact", plan=plan)
        asked.append(run.asked)
        assert scoring.score(content, run.answers).matches[0].role == role.id
    assert statistics.median(asked) < total


# -- simulated respondents -----------------------------------------------------------------

SEED = 20260601  # the benchmark's


@pytest.fixture(scope="module")
def shipped():
    return load_content()


def play_recording(content: Content, plan: adaptive.Planner, full: dict[str, int]):
    """Play the adaptive quiz from a full set of answers, keeping every status on the way:
    (the statuses, the answers given)."""
    answers: dict[str, int] = {}
    statuses = []
    while (qid := plan.next_question(answers)) is not None:
        answers[qid] = full[qid]
        statuses.append(plan.status(answers))
        if statuses[-1].settled:
            break
    return statuses, answers


def first_of(content: Content, answers: dict[str, int]) -> str:
    return scoring.score(content, answers).matches[0].role


@pytest.fixture(scope="module")
def realistic(shipped):
    """45 realistic respondents (DESIGN.md: each role's ideal respondent, each answer moved
    one step with probability 0.3), five per role, played to the stop: (full quiz #1,
    adaptive #1, statuses)."""
    rng = random.Random(SEED)
    roles = sorted(shipped.roles.roles, key=lambda r: r.id)
    values = shipped.questions.scale.values
    plan = adaptive.Planner(shipped)
    out = []
    for i in range(45):
        full = noisy(scoring.ideal_answers(shipped.questions, roles[i % len(roles)]), values,
                     rng, 0.3)
        statuses, answers = play_recording(shipped, plan, full)
        out.append((first_of(shipped, full), first_of(shipped, answers), statuses))
    return out


@pytest.fixture(scope="module")
def random_answerers(shipped):
    """60 respondents answering every question at random (no consistent interests)."""
    rng = random.Random(SEED)
    values = shipped.questions.scale.values
    plan = adaptive.Planner(shipped)
    out = []
    for _ in range(60):
        full = {q.id: rng.choice(values) for q in shipped.questions.questions}
        statuses, answers = play_recording(shipped, plan, full)
        out.append((first_of(shipped, full), first_of(shipped, answers), statuses))
    return out


def test_settled_exactly_when_the_chances_add_up_to_five_percent_or_less(realistic):
    """The top is settled when the estimated chance of another #1 is at most 5 %, and not
    before. The respondents' runs pass through chances on both sides of the bar (checked
    first, so that the rule is really put to the test)."""
    seen = [(s.chance, s.ready, s.settled) for *_, statuses in realistic for s in statuses
            if s.remaining]
    assert any(0.05 < c <= 0.075 for c, _, _ in seen)
    assert any(0.0333 < c <= 0.05 for c, _, _ in seen)
    assert any(c <= 0.05 and not ready for c, ready, _ in seen)  # the wait is put to the test
    for chance, ready, settled in seen:
        assert settled == (chance <= 0.05 and ready), chance


def test_realistic_respondents_keep_their_first_and_answer_well_under_the_whole_quiz(
        shipped, realistic):
    """The targets of docs/scoring.md for the likely-case rule: the full quiz's #1 for at
    least 95 % of realistic respondents (the page reports 100 % on the default content; these
    45 all keep it), and at most 60 % of the questions at the median (it reports 9 of 45;
    a rule that read its normal tail backwards asks about 41)."""
    total = len(shipped.questions.questions)
    assert all(full == mine for full, mine, _ in realistic)
    asked = [statuses[-1].asked for *_, statuses in realistic]
    assert statistics.median(asked) <= 0.6 * total
    assert all(statuses[-1].settled for *_, statuses in realistic)


def test_random_answers_keep_the_quiz_going_to_the_end(shipped, random_answerers):
    """Answers with no consistent interests never make the top "settled": the interests do
    not stand out beyond the noise of the answers, and the quiz may stop only when they do
    at STOP_CHANCE (1 in 10,000), since it looks again after every answer. Measured with
    the test at scoring's 1 %, 17.5 % of random answerers were told their top was settled."""
    total = len(shipped.questions.questions)
    assert all(statuses[-1].asked == total for *_, statuses in random_answerers)
    assert not any(s.settled for *_, statuses in random_answerers for s in statuses[:-1])
    assert adaptive.STOP_CHANCE == scoring.CHANCE_MAX / 100


# -- the numbers the page gives --------------------------------------------------------------

WORDS = {"ten": 10, "twelve": 12}


def test_the_model_numbers_of_the_scoring_page_are_the_code_s():
    """docs/scoring.md tells counselors the numbers behind the estimate; they are the ones
    rolequiz/engine/adaptive.py uses."""
    page = " ".join((ROOT / "docs" / "scoring.md").read_text(encoding="utf-8").split())

    def number(pattern: str) -> float:
        found = re.search(pattern, page)
        assert found, pattern
        text = found.group(1)
        return float(WORDS.get(text, text))

    assert number(r"vary between students with a spread of ([\d.]+)") == adaptive.TAU
    assert number(r"one answer varies around what the interests predict with a spread of "
                  r"([\d.]+)") == adaptive.SIGMA
    assert number(r"with [\d.]+ counting as (\w+) answers") == adaptive.PRIOR_WEIGHT
    assert number(r"settled when these chances add up to ([\d.]+) ?%") / 100 == \
        adaptive.EPSILON
    assert number(r"certainly more than ([\d.]+) standard deviations behind") == \
        adaptive._PRUNE_Z
    assert number(r"over the closest races \(the (\w+) roles most likely") == \
        adaptive.MAX_RACES


# -- which question next ---------------------------------------------------------------------


def test_the_first_question_is_the_one_the_roles_ideal_answers_differ_on_most():
    """The roles differ only in "x" and all need "y" fully: a question on "y" tells nothing
    (every role would answer "very much"), one weighing half on "x" tells half as much as
    one weighing on "x" alone, which comes first. Before any answer nothing is settled."""
    content = content_of(
        ["x", "y"], [{"y": 1.0}, {"x": 0.5, "y": 0.5}, {"x": 1.0}],
        {"high": {"x": 1.0, "y": 1.0}, "low": {"x": 0.2, "y": 1.0},
         "mid": {"x": 0.6, "y": 1.0}})
    plan = adaptive.Planner(content)
    assert plan.next_question({}) == "q2"
    assert plan.next_question({}, skipped={"q2"}) == "q1"
    status = plan.status({})
    assert not status.settled and status.chance == 1.0 and status.asked == 0
    # the choice depends on the answers and skips alone, not on what was asked before
    fresh = adaptive.Planner(content)
    assert fresh.next_question({}, skipped={"q2"}) == "q1"
    assert fresh.next_question({}) == "q2"


def test_a_content_with_a_single_role_is_settled_at_once_and_can_still_be_gone_through():
    """With one role nothing can overtake it: settled as soon as every dimension has an
    answer that stands out, and a student who keeps going gets the remaining questions."""
    content = content_of(["x", "y", "z"], [{"x": 1.0}, {"y": 1.0}, {"z": 1.0}, {"x": 1.0}],
                         {"only": {"x": 0.7}})
    plan = adaptive.Planner(content, stop_chance=1.0)  # a few answers: the noise test aside
    assert not plan.status({"q0": 5, "q1": 1}).settled  # z has no answer yet
    status = plan.status({"q0": 5, "q1": 1, "q2": 3})
    assert status.settled and status.chance == 0.0 and status.top == ("only",)
    assert plan.next_question({"q0": 5, "q1": 1, "q2": 3}) == "q3"


def test_questions_that_tell_nothing_new_apart_go_in_file_order():
    """On one dimension every question tells the same: the next one is the first left in
    the file, skips aside."""
    content = one_dimension(6, NEEDS)
    plan = adaptive.Planner(content)
    assert plan.next_question({}) == "q0"
    assert plan.next_question({"q0": 4}) == "q1"
    assert plan.next_question({"q0": 4, "q1": 2}, skipped={"q2"}) == "q3"


def test_the_next_question_is_on_what_the_open_race_turns_on():
    """Two roles both need "x" (90 %) and differ on "y" (20 % against 80 %). With "y" half
    known, the race is open and only a question on "y" can decide it, wherever it stands in
    the file."""
    content = content_of(
        ["x", "y"], [{"x": 1.0}, {"x": 1.0}, {"y": 1.0}, {"x": 1.0}, {"y": 1.0}],
        {"y-low": {"x": 0.9, "y": 0.2}, "y-high": {"x": 0.9, "y": 0.8}})
    plan = adaptive.Planner(content)
    answers = {"q0": 5, "q2": 3}
    assert not plan.status(answers).settled
    assert plan.next_question(answers) == "q4"


def test_once_nothing_can_overtake_the_first_going_on_asks_what_separates_it_from_the_second():
    """"a" needs x and y, "b" only y, "c" only z. After "very much" to x and y and "not at
    all" to z the others are far out of reach, but a student who keeps going still gets
    questions: on x or z, what "a" and its runner-up "b" differ on once their needs are
    centred, though three questions on y come before them in the file."""
    content = content_of(
        ["x", "y", "z"], [{"x": 1.0}, {"y": 1.0}, {"z": 1.0}, {"y": 1.0}, {"x": 1.0},
                          {"y": 1.0}, {"y": 1.0}, {"y": 1.0}, {"x": 1.0}, {"z": 1.0}],
        {"a": {"x": 1.0, "y": 1.0}, "b": {"y": 1.0}, "c": {"z": 1.0}})
    plan = adaptive.Planner(content, stop_chance=1.0)  # a few answers: the noise test aside
    answers = {"q0": 5, "q1": 5, "q2": 1, "q3": 5, "q4": 5}
    status = plan.status(answers)
    assert status.settled and status.chance < 1e-5 and status.top[:2] == ("a", "b")
    _, _, _, worth = documented_model(content, answers, set())
    assert plan.next_question(answers) in ("q8", "q9")
    assert worth[plan.next_question(answers)] == max(worth.values())


def test_a_chance_that_rounds_to_zero_is_said_to_be_under_one_percent():
    content = content_of(["x", "y", "z"], [{"x": 1.0}, {"y": 1.0}, {"z": 1.0}] * 4,
                         {"a": {"x": 1.0}, "b": {"y": 1.0}, "c": {"z": 1.0}})
    status = adaptive.Status(settled=True, asked=3, total=12, remaining=9, top=("a",),
                             chance=0.004, guaranteed=False)
    answers = {"q0": 5, "q1": 1, "q2": 1}
    for lang, said in (("en", "(estimated chance of a change: under 1%)"),
                       ("fr", "(risque estimé\u00a0: moins de 1\u00a0%)")):
        note = adaptive.result(content, answers, status, lang).notes[-1]
        assert note.code == "adaptive" and note.text.endswith(said + "."), note.text
    for chance, said in ((0.005, "under 1%"), (0.0051, "1%"), (0.006, "1%")):
        status = adaptive.Status(settled=True, asked=3, total=12, remaining=9, top=("a",),
                                 chance=chance, guaranteed=False)
        assert adaptive.result(content, answers, status, "en").notes[-1].text.endswith(
            f"(estimated chance of a change: {said})."), chance
    # not settled: the note says only how many questions were asked
    status = adaptive.Status(settled=False, asked=3, total=12, remaining=9, top=("a",),
                             chance=0.3, guaranteed=False)
    notes = adaptive.result(content, answers, status, "en").notes
    assert notes[-1].code == "adaptive" and "estimated chance" not in notes[-1].text


# -- how many questions are left -------------------------------------------------------------


def played_like_the_first(content: Content, answers: dict[str, int], skipped=()):
    """The quiz played on with the ideal answers of the role first now, until settled:
    (that role, the questions asked on the way)."""
    plan = adaptive.Planner(content)
    first = plan.status(answers, skipped).top[0]
    like = scoring.ideal_answers(content.questions, content.roles.role(first))
    answers, asked = dict(answers), 0
    while not plan.status(answers, skipped).settled:
        qid = plan.next_question(answers, skipped)
        answers[qid] = like[qid]
        asked += 1
    return first, asked


@pytest.mark.parametrize(("content", "answers"), [
    (THREE, {}), (THREE, {"q0": 5, "q1": 2}), (THREE, {"q0": 1, "q1": 5}), (THREE, {"q8": 5}),
])
def test_the_questions_left_are_those_a_student_like_the_first_would_still_be_asked(
        content, answers):
    """"About N questions left": the quiz played on as if the student answered from now on
    like the role first now would, each time the question the quiz would ask, until the
    top is settled; fewer than the questions left in the file."""
    plan = adaptive.Planner(content)
    status = plan.status(answers)
    first, asked = played_like_the_first(content, answers)
    assert first == status.top[0]
    assert 2 <= plan.more(answers) == asked < status.remaining
    # counting does not change what comes next
    assert plan.status(answers) == status
    assert plan.next_question(answers) == adaptive.Planner(content).next_question(answers)


def test_the_questions_left_are_all_of_them_past_the_limit_and_none_once_settled():
    """Counting stops after `limit` questions played: then every question left counts.
    Once the top is settled, none is left to ask."""
    plan = adaptive.Planner(THREE)
    answers = {"q0": 5, "q1": 2}
    left = plan.status(answers).remaining
    assert plan.more(answers) == 6 < left == 10
    assert plan.more(answers, limit=0) == plan.more(answers, limit=2) == left
    assert plan.more(answers, limit=5) == left  # one short of settling
    assert plan.more(answers, limit=6) == 6
    settled = {"q1": 1, "q2": 4, "q3": 5, "q6": 1, "q7": 4, "q8": 3, "q10": 1, "q11": 5}
    assert plan.status(settled).settled and plan.more(settled) == 0


# -- any content: the documented model, the first question, the wait -------------------------


def random_case(rng: random.Random):
    """A small content (two to four dimensions, questions on one or two of them, one
    sometimes against, 2 to 16 roles with needs in steps of 5 %) and a random part of the
    quiz answered or skipped."""
    dims = list("xyzw"[:rng.choice([2, 3, 3, 3, 4])])
    questions = []
    for _ in range(rng.randrange(4, 13)):
        on = rng.sample(dims, rng.choice([1, 1, 1, 2]))
        questions.append({d: rng.choice([1.0, 0.5, 1.0]) if n == 0 else
                          rng.choice([1.0, 0.5, 0.6, -0.8, 0.4, -0.3]) for n, d in enumerate(on)})
    roles = {f"r{i:02d}": {d: rng.randrange(21) / 20 for d in dims}
             for i in range(rng.choice([2, 3, 4, 5, 6, 14, 16]))}
    content = content_of(dims, questions, roles)
    ids = [f"q{i}" for i in range(len(questions))]
    answers, skipped = {}, set()
    for qid in rng.sample(ids, rng.randrange(len(ids))):
        if rng.random() < 0.15:
            skipped.add(qid)
        else:
            answers[qid] = rng.randrange(1, 6)
    return content, answers, skipped


def widest(content: Content, qids: list[str]) -> str:
    """The question on which the roles' ideal answers (their needs from -1 to 1, weighed
    by the question's normalized weights) spread the most; the first in the file among
    equals."""
    questions = {q.id: q for q in content.questions.questions}

    def spread(qid: str) -> float:
        weights = questions[qid].weights
        size = sum(abs(w) for w in weights.values())
        leans = [sum(w / size * (2 * r.importance(d) - 1) for d, w in weights.items())
                 for r in content.roles.roles]
        mean = sum(leans) / len(leans)
        return sum((x - mean) ** 2 for x in leans)

    best = max(spread(q) for q in qids)
    return next(q for q in qids if spread(q) >= best * (1 - 1e-9))


RANDOM_CASES = 300
# further cases of random_case, each from a generator seeded with one of these: a #2 far
# behind whose race still counts once settled (137), a dimension with no answer that the
# top needs more than another (48)
SEEDED_CASES = (137, 48)


def follows_the_documented_rules(content: Content, answers: dict[str, int],
                                 skipped: set[str]) -> str:
    """Check one case against the rules; say which rule chose the next question."""
    plan = adaptive.Planner(content)
    status = plan.status(answers, skipped)
    left = [q.id for q in content.questions.questions
            if q.id not in answers and q.id not in skipped]
    if not answers:
        assert plan.next_question(answers, skipped) == widest(content, left)
        return "first"
    first, chance, spread, worth = documented_model(content, answers, skipped)
    assert status.top[0] == first
    assert status.chance == pytest.approx(chance, rel=1e-9,
                                          abs=3.4e-6 * len(content.roles.roles))
    assert status.sigma == pytest.approx(spread, rel=1e-12)
    questions = {q.id: q for q in content.questions.questions}
    uncovered = [d.id for d in content.questions.dimensions
                 if not any(questions[q].weights.get(d.id) for q in answers)
                 and any(questions[q].weights.get(d.id) for q in left)]
    if uncovered:
        assert not status.ready and not status.settled
    if not left:
        return "none"
    if uncovered and chance <= 0.05:
        top = [content.roles.role(r) for r in status.top]
        dim = min(uncovered, key=lambda d: -max(r.importance(d) for r in top))
        on = [q for q in left if questions[q].weights.get(dim)]
        assert plan.next_question(answers, skipped) == widest(content, on)
        return "cover"
    if max(worth.values()) > 1e-12:
        best = max(worth.values())
        assert plan.next_question(answers, skipped) == next(
            q for q, v in worth.items() if v >= best * (1 - 1e-9))
        return "worth"
    return "none"


def test_on_any_content_the_estimate_and_the_next_question_follow_the_documented_rules():
    """Random small contents, part answered: the chance of another #1 and the spread of one
    answer are the documented model's; the first question is the one the roles' ideal
    answers spread the most on; while a dimension a question left can reach has no answer,
    the top is not ready, and once the races are decided the next question is on the
    dimension the top three need most (the first in the file among equals), the widest
    question on it; otherwise the next is the question worth the most."""
    rng = random.Random(SEED)
    cases = [random_case(rng) for _ in range(RANDOM_CASES)]
    cases += [random_case(random.Random(seed)) for seed in SEEDED_CASES]
    checked = collections.Counter(follows_the_documented_rules(*case) for case in cases)
    assert min(checked[rule] for rule in ("first", "cover", "worth")) >= 2, checked


# -- the bars, exactly --------------------------------------------------------------------------


SETTLED = {"q1": 1, "q2": 4, "q3": 5, "q6": 1, "q7": 4, "q8": 3, "q10": 1, "q11": 5}  # on THREE


def test_a_chance_at_the_bar_is_settled_and_interests_at_the_stop_chance_stand_out():
    """The top is settled when the chance of another #1 is *at most* the bar, and the
    interests stand out when the chance that noise alone shows them is *at most*
    STOP_CHANCE: the bars set exactly at the values reached pass, a hair below fails."""
    chance = adaptive.Planner(THREE).status(SETTLED).chance
    assert 0 < chance < 1e-6
    assert adaptive.Planner(THREE, epsilon=chance).status(SETTLED).settled
    assert not adaptive.Planner(THREE, epsilon=chance * (1 - 1e-9)).status(SETTLED).settled
    noise = scoring.differentiation(THREE.questions, SETTLED)
    assert adaptive.Planner(THREE, stop_chance=noise).status(SETTLED).ready
    assert not adaptive.Planner(THREE, stop_chance=noise * (1 - 1e-9)).status(SETTLED).ready


def test_the_question_on_a_dimension_with_no_answer_comes_once_the_race_is_at_the_bar():
    """X_OR_Z, x "very much" and z "not at all": the race is as good as decided, y has no
    answer: its question (q2) comes next when the chance is at the bar, and the race's
    question (q3, on x) while it is above."""
    answers = {"q0": 5, "q1": 1}
    chance = adaptive.Planner(X_OR_Z).status(answers).chance
    assert adaptive.Planner(X_OR_Z, epsilon=chance).next_question(answers) == "q2"
    assert adaptive.Planner(X_OR_Z, epsilon=chance * (1 - 1e-9)).next_question(answers) == "q3"


# -- whole runs ---------------------------------------------------------------------------------


def test_the_exact_rule_runs_until_certain_and_the_likely_rule_until_settled():
    """The ideal respondent of "p" on THREE: settled after 8 questions, certain whatever
    the rest only after 9; each rule stops at its own."""
    full = scoring.ideal_answers(THREE.questions, THREE.roles.role("p"))
    likely = adaptive.run(THREE, full, plan=adaptive.Planner(THREE))
    assert likely.asked == 8 and likely.status.settled and not likely.status.guaranteed
    exact = adaptive.run(THREE, full, rule="exact", plan=adaptive.Planner(THREE))
    assert exact.asked == 9 and exact.status.guaranteed
    assert adaptive.play(THREE, full) == (likely.answers, 8)
    with pytest.raises(AttributeError):
        likely.status.settled = False  # type: ignore[misc]
    with pytest.raises(AttributeError):
        likely.asked = 1  # type: ignore[misc]


def test_a_run_that_never_settles_asks_every_question_once_and_ends():
    """Two roles with the same needs can never be told apart: the run asks every question,
    skipped ones included, and ends when none is left."""
    content = content_of(["x", "y"], [{"x": 1.0}, {"y": 1.0}, {"x": 0.5, "y": 0.5}],
                         {"one": {"x": 0.8, "y": 0.3}, "two": {"x": 0.8, "y": 0.3}})
    run = adaptive.run(content, {"q0": 5, "q2": 4})
    assert run.asked == 3 and run.skipped == frozenset({"q1"})
    assert run.status.remaining == 0 and run.status.settled


def test_one_planner_per_content_is_kept_for_the_last_nine_contents():
    """adaptive.next_question and adaptive.settled reuse the planner of a content (its
    first question is worked out once); up to nine contents are kept, then the list
    starts again."""
    adaptive._PLANNERS.clear()
    contents = [one_dimension(3, NEEDS) for _ in range(12)]
    plans = [adaptive.planner(c) for c in contents[:9]]
    assert [adaptive.planner(c) for c in contents[:9]] == plans
    assert all(adaptive.planner(c) is p for c, p in zip(contents[:9], plans, strict=True))
    assert len(adaptive._PLANNERS) == 9
    adaptive.planner(contents[9])
    assert len(adaptive._PLANNERS) == 1
    assert adaptive.planner(contents[0]) is not plans[0]
    assert adaptive.next_question(contents[10], {}) == "q0"
    assert not adaptive.settled(contents[10], {}).settled
    assert adaptive.planner(contents[10]) is adaptive.planner(contents[10])


def test_with_no_race_open_the_next_question_is_where_the_first_two_s_ideal_answers_differ():
    """"a" and "b" need y and w each at their own mean: once x and z are answered, no
    question left can move one against the other (no race is open). Going on asks where
    their ideal answers differ most: "y" alone (a at 50 %, b at 55 %) rather than "y"
    against "w" (the two differences cancel), though it comes later in the file."""
    content = content_of(
        ["x", "y", "z", "w"],
        [{"x": 1.0}, {"z": 1.0}, {"y": 1.0, "w": 1.0}, {"y": 1.0, "w": -1.0}, {"y": 1.0}],
        {"a": {"x": 0.8, "y": 0.5, "z": 0.2, "w": 0.5},
         "b": {"x": 0.1, "y": 0.55, "z": 1.0, "w": 0.55}})
    plan = adaptive.Planner(content, stop_chance=1.0)  # a few answers: the noise test aside
    answers = {"q0": 5, "q1": 1, "q2": 3}
    status = plan.status(answers)
    assert status.settled and status.guaranteed and status.chance == 0.0
    assert plan.next_question(answers) == "q4"


def test_the_dimension_without_an_answer_asked_first_is_the_one_the_top_needs_most():
    """The race is decided (x "very much", z "not at all"), y and w have no answer yet: both
    roles need w (90 %) more than y (50 %), so the question on w comes first, though the
    one on y stands before it in the file."""
    content = content_of(
        ["x", "y", "z", "w"], [{"x": 1.0}, {"z": 1.0}, {"y": 1.0}, {"w": 1.0}, {"x": 1.0}],
        {"a-x": {"x": 1.0, "y": 0.5, "w": 0.9}, "b-z": {"y": 0.5, "z": 1.0, "w": 0.9}})
    plan = adaptive.Planner(content)
    answers = {"q0": 5, "q1": 1}
    assert plan.status(answers).chance <= adaptive.EPSILON
    assert plan.next_question(answers) == "q3"


def test_a_quiz_with_no_question_ends_at_once():
    content = content_of(["x"], [], {"a": {"x": 0.5}})
    run = adaptive.run(content, {})
    assert run.asked == 0 and run.status.settled and run.status.remaining == 0


def test_the_same_answer_everywhere_or_interests_that_cancel_out_are_never_ready():
    """The noise test aside (stop_chance 1), the interests must still stand out: "very
    much" to everything shows no preference, even where a question weighs against y (its
    lean then reads low); "rather yes" and "rather no" to the same interests leave them flat
    in the middle."""
    plan = adaptive.Planner(THREE, stop_chance=1.0)
    same = dict.fromkeys(("q0", "q1", "q3", "q5", "q8", "q9", "q11"), 5)
    assert scoring.score(THREE, same).profile == {"x": 1.0, "y": 0.56, "z": 1.0}
    assert plan.status(same).ready is False
    flat = {"q0": 4, "q5": 2, "q1": 4, "q6": 2, "q8": 3}
    assert plan.status(flat).ready is False
    clear = {"q0": 5, "q5": 5, "q1": 1, "q6": 1, "q8": 3}
    assert plan.status(clear).ready is True
