"""The adaptive quiz: which question comes next, when the top is settled, and the CLI."""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rolequiz.content.load import load_content
from rolequiz.engine import adaptive, scoring
from rolequiz.i18n import t
from tests.conftest import ONET, ROOT, run_cli

SCALE = """scale:
  - {value: 1, label: {fr: "Pas du tout", en: "Not at all"}}
  - {value: 2, label: {fr: "Plutôt pas", en: "Not really"}}
  - {value: 3, label: {fr: "Sans avis", en: "Not sure"}}
  - {value: 4, label: {fr: "Plutôt oui", en: "Rather yes"}}
  - {value: 5, label: {fr: "Tout à fait", en: "Very much"}}
"""


def write_content(folder: Path, dims: int, roles: list[list[float]],
                  questions: list[dict[int, float]]) -> tuple[Path, Path]:
    q = ["schema: rolequiz.questions/1", SCALE.rstrip(), "dimensions:"]
    q += [f"  - {{id: d{i}, name: {{fr: D{i}, en: D{i}}}}}" for i in range(dims)]
    q.append("questions:")
    for n, ws in enumerate(questions):
        weights = ", ".join(f"d{d}: {w}" for d, w in ws.items())
        q.append(f"  - {{id: q{n}, text: {{fr: Question {n}, en: Question {n}}}, "
                 f"weights: {{{weights}}}}}")
    r = ["schema: rolequiz.roles/1", "roles:"]
    for n, prof in enumerate(roles):
        p = ", ".join(f"d{d}: {v}" for d, v in enumerate(prof))
        r.append(f"  - {{id: r{n}, name: {{fr: Métier {n}, en: Role {n}}}, profile: {{{p}}}}}")
    qp, rp = folder / "questions.yaml", folder / "roles.yaml"
    qp.write_text("\n".join(q) + "\n", encoding="utf-8")
    rp.write_text("\n".join(r) + "\n", encoding="utf-8")
    return qp, rp


def random_content(folder: Path, seed: int, dims=5, roles=8, per_dim=6):
    """Roles with distinct corners of the profile space; questions on one or two
    dimensions, some weighing against a dimension."""
    rng = random.Random(seed)
    profiles = []
    for _ in range(roles):
        prof = [round(rng.choice((0.0, 0.1, 0.3, 0.6, 0.9, 1.0)), 1) for _ in range(dims)]
        if not any(prof):
            prof[0] = 1.0
        profiles.append(prof)
    questions = []
    for d in range(dims):
        for _ in range(per_dim):
            ws = {d: 1.0}
            if rng.random() < 0.3:
                other = rng.randrange(dims)
                if other != d:
                    ws[other] = rng.choice((-0.5, 0.3))
            questions.append(ws)
    rng.shuffle(questions)
    return load_content(*write_content(folder, dims, profiles, questions))


def first(content, answers) -> str:
    return scoring.score(content, answers).matches[0].role


from rolequiz.engine.simulate import noisy  # noqa: E402  (realistic noise, as DESIGN.md defines it)

# -- the core ----------------------------------------------------------------------------


def test_nothing_answered_is_not_settled_and_a_question_comes(mini):
    content = load_content(mini["questions"], mini["roles"])
    status = adaptive.settled(content, {})
    assert not status.settled and not status.guaranteed
    assert status.asked == 0 and status.remaining == status.total == 2
    assert adaptive.next_question(content, {}) in {"q1", "q2"}


def test_no_question_left_means_none_and_settled(mini):
    content = load_content(mini["questions"], mini["roles"])
    assert adaptive.next_question(content, {"q1": 5}, skipped={"q2"}) is None
    status = adaptive.settled(content, {"q1": 5, "q2": 1})
    assert status.settled and status.remaining == 0 and status.top[0] == "analyst"


def test_ideal_respondents_stop_early_with_the_full_quiz_first(tmp_path):
    content = random_content(tmp_path, seed=3)
    total = len(content.questions.questions)
    asked_counts = []
    for role in content.roles.roles:
        full = scoring.ideal_answers(content.questions, role)
        answers, asked = adaptive.play(content, full)
        asked_counts.append(asked)
        assert first(content, answers) == first(content, full)
        assert len(answers) == asked <= total
    assert sorted(asked_counts)[len(asked_counts) // 2] < total  # shorter, at the median


def test_noisy_respondents_mostly_agree_with_the_full_quiz(tmp_path):
    content = random_content(tmp_path, seed=11, dims=6, roles=10)
    rng = random.Random(5)
    roles = sorted(content.roles.roles, key=lambda r: r.id)
    values = content.questions.scale.values
    same = 0
    n = 60
    for i in range(n):
        full = noisy(scoring.ideal_answers(content.questions, roles[i % len(roles)]), values,
                     rng)
        answers, _ = adaptive.play(content, full)
        same += first(content, answers) == first(content, full)
    assert same / n >= 0.9


def test_the_choice_is_deterministic_and_skips_are_never_asked_again(tmp_path):
    content = random_content(tmp_path, seed=4)
    answers, skipped = {}, set()
    seen = []
    for n in range(len(content.questions.questions)):
        qid = adaptive.next_question(content, answers, skipped)
        assert qid is not None and qid not in seen
        assert qid == adaptive.Planner(content).next_question(dict(answers), set(skipped))
        seen.append(qid)
        if n % 3 == 0:
            skipped.add(qid)
        else:
            answers[qid] = 4
    assert adaptive.next_question(content, answers, skipped) is None


def test_resuming_from_saved_answers_asks_the_same_next_question(tmp_path):
    """Nothing but the answers (and skips) decides the next question: a run restarted
    from saved answers goes on exactly where it was."""
    content = random_content(tmp_path, seed=8)
    full = scoring.ideal_answers(content.questions, content.roles.roles[0])
    answers: dict[str, int] = {}
    for _ in range(4):
        answers[adaptive.next_question(content, answers)] = full[
            adaptive.next_question(content, answers)]
    fresh = adaptive.Planner(content)
    assert fresh.next_question(json.loads(json.dumps(answers))) == adaptive.next_question(
        content, answers)


def test_a_skipped_answer_source_counts_as_asked(tmp_path):
    content = random_content(tmp_path, seed=2)
    run = adaptive.run(content, lambda qid: None)
    assert run.answers == {} and run.asked == len(content.questions.questions)
    assert len(run.skipped) == run.asked and run.status.remaining == 0


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.integers(0, 10_000),
    answered=st.integers(1, 12),
    completion=st.integers(0, 10_000),
)
def test_a_guaranteed_first_survives_any_completion(seed, answered, completion):
    """The exact rule is safe: when it says the #1 cannot change, no way of answering the
    remaining questions changes it (rounded ties aside)."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        content = random_content(Path(folder), seed=seed, dims=3, roles=4, per_dim=4)
    rng = random.Random(completion)
    values = content.questions.scale.values
    qids = [q.id for q in content.questions.questions]
    rng.shuffle(qids)
    answers = {q: rng.choice(values) for q in qids[:answered]}
    status = adaptive.settled(content, answers)
    if not status.guaranteed:
        return
    for _ in range(20):
        full = dict(answers)
        full.update({q: rng.choice(values) for q in qids[answered:]})
        result = scoring.score(content, full)
        best = result.matches[0].score
        mine = next(m.score for m in result.matches if m.role == status.top[0])
        assert mine >= best - 0.1


def test_the_settled_result_says_it_was_adaptive_in_both_languages(tmp_path):
    content = random_content(tmp_path, seed=3)
    full = scoring.ideal_answers(content.questions, content.roles.roles[1])
    run = adaptive.run(content, full)
    assert run.status.settled
    for lang, word in (("en", "Adaptive quiz"), ("fr", "Quiz adaptatif")):
        res = adaptive.result(content, run.answers, run.status, lang)
        assert res.matches == scoring.score(content, run.answers, lang).matches
        if run.asked * 2 < run.status.total:
            assert [n.code for n in res.notes].count("adaptive") == 1
            assert "few_answers" not in [n.code for n in res.notes]
            assert any(word in n.text for n in res.notes)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_messages_exist_in_both_languages(lang):
    from rolequiz.i18n import plural

    text = plural(17, lang, "adaptive.settled", asked=17, total=40)
    assert "17" in text and "40" in text
    assert t("adaptive.settled_keys", lang)
    if lang == "fr":
        assert "sur 40" in text and "\u00a0:" in text


# -- the command line --------------------------------------------------------------------


def test_cli_adaptive_answers_json(runner, tmp_path):
    content = random_content(tmp_path, seed=3)
    full = scoring.ideal_answers(content.questions, content.roles.roles[2])
    answers_file = tmp_path / "answers.json"
    answers_file.write_text(json.dumps({"answers": full}), encoding="utf-8")
    res = run_cli(runner, "quiz", "--adaptive", "--answers", answers_file, "--format", "json",
                  "--questions", tmp_path / "questions.yaml", "--roles", tmp_path / "roles.yaml")
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["adaptive"] is True
    assert data["answered"] == data["asked"] < data["total"]
    assert data["schema"] == "rolequiz.result/1"
    # the same engine: scoring the answers given gives the same matches
    again = scoring.score(content, data["answers"])
    assert [m["role"] for m in data["matches"]] == [m.role for m in again.matches]
    assert [m["score"] for m in data["matches"]] == [m.score for m in again.matches]
    assert data["matches"][0]["role"] == first(content, full)


def test_cli_adaptive_with_answers_missing_counts_skips(runner, mini, tmp_path):
    answers_file = tmp_path / "a.yaml"
    answers_file.write_text("answers:\n  q1: 5\n", encoding="utf-8")
    res = run_cli(runner, "quiz", "--adaptive", "--answers", answers_file, "--format", "json",
                  "--questions", mini["questions"], "--roles", mini["roles"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["answered"] == 1 and 1 <= data["asked"] <= 2


def test_cli_adaptive_markdown_in_french(runner, mini):
    res = run_cli(runner, "quiz", "--adaptive", "--answers", mini["answers"], "--format",
                  "markdown", "--lang", "fr", "--questions", mini["questions"], "--roles",
                  mini["roles"])
    assert res.exit_code == 0, res.output
    assert "Quiz adaptatif" in res.stdout


def test_cli_adaptive_bad_answers_file_exits_2(runner, mini, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("answers:\n  q1: 9\n", encoding="utf-8")
    res = run_cli(runner, "quiz", "--adaptive", "--answers", bad, "--questions",
                  mini["questions"], "--roles", mini["roles"])
    assert res.exit_code == 2
    assert "Traceback" not in res.output


def test_cli_adaptive_without_terminal_says_what_to_do(runner, mini):
    res = run_cli(runner, "quiz", "--adaptive", "--questions", mini["questions"], "--roles",
                  mini["roles"], input="")
    assert res.exit_code == 2
    assert "--answers" in res.output


def _spawn_adaptive(tmp_path, *extra):
    pytest.importorskip("pexpect")
    from terminal import spawn

    return spawn(
        sys.executable, ["-m", "rolequiz", "quiz", "--adaptive", "--lang", "en",
                         "--questions", str(tmp_path / "questions.yaml"),
                         "--roles", str(tmp_path / "roles.yaml"), *extra],
        cwd=str(ROOT),
        env={"NO_COLOR": "1", "TERM": "xterm", "PATH": "/usr/bin:/bin",
             "ROLEQUIZ_STATE_DIR": str(tmp_path / "state"),
             "ROLEQUIZ_CACHE_DIR": str(tmp_path / "cache")},
    )


QUESTION = r"Question (\d+) · (?:about \d+ more|probably the last one|refining your results)"


def _answer_shown(child, texts, full):
    """Wait for a question screen, answer it as the ideal respondent; returns its id."""
    child.expect(QUESTION)
    number = int(child.match.group(1))
    i = child.expect([re.escape(t) for t in texts])
    qid = texts[i]
    child.expect(r"\? help")
    child.send(str(full[qid]))
    return number, qid


def test_terminal_adaptive_quiz_settles_then_shows_results(tmp_path, runner):
    """The real interactive quiz with --adaptive: single keys, back, the settled screen,
    Enter for the results; the saved result equals the --answers simulation byte for byte."""
    content = random_content(tmp_path, seed=3)
    full = {q.text.get("en"): v for q, v in zip(
        content.questions.questions,
        scoring.ideal_answers(content.questions, content.roles.roles[0]).values(),
        strict=True)}
    texts = sorted(full, key=len, reverse=True)  # longest first: no text is cut short
    saved = tmp_path / "me.json"
    child = _spawn_adaptive(tmp_path, "--save", str(saved))
    child.expect(r"Up to \d+ questions: the quiz picks the most telling one")
    child.expect("Press Enter to start")
    child.send("\r")
    numbers = []
    first = _answer_shown(child, texts, full)
    numbers.append(first[0])
    child.expect(r"Question 2 · ")
    child.expect(r"\? help")
    child.send("b")  # back: the first question again, its answer marked
    child.expect(r"Question 1 · ")
    child.expect(re.escape(first[1]))
    child.expect(r"\(your answer\)")
    child.send(str(full[first[1]]))
    while True:
        i = child.expect([QUESTION, r"clear after (\d+) of (\d+)"])
        if i == 1:
            break
        numbers.append(int(child.match.group(1)))
        j = child.expect([re.escape(t) for t in texts])
        child.expect(r"\? help")
        child.send(str(full[texts[j]]))
    asked, total = int(child.match.group(1)), int(child.match.group(2))
    assert asked < total and numbers == list(range(1, asked + 1))
    child.expect("c: keep going")
    child.send("\r")
    child.expect("Adaptive quiz")
    from terminal import leave_results

    leave_results(child)
    child.close()
    assert child.exitstatus == 0, child.before
    answers_file = tmp_path / "answers.json"
    answers_file.write_text(json.dumps({"answers": {
        q.id: full[q.text.get("en")] for q in content.questions.questions}}), encoding="utf-8")
    sim = run_cli(runner, "quiz", "--adaptive", "--answers", answers_file, "--format", "json",
                  "--questions", tmp_path / "questions.yaml", "--roles", tmp_path / "roles.yaml")
    assert sim.exit_code == 0, sim.output
    assert saved.read_text(encoding="utf-8") == sim.stdout
    assert json.loads(sim.stdout)["asked"] == asked


def test_terminal_adaptive_quiz_resumes_after_ctrl_c(tmp_path):
    content = random_content(tmp_path, seed=3)
    full = {q.text.get("en"): v for q, v in zip(
        content.questions.questions,
        scoring.ideal_answers(content.questions, content.roles.roles[1]).values(),
        strict=True)}
    texts = sorted(full, key=len, reverse=True)
    child = _spawn_adaptive(tmp_path)
    child.expect("Press Enter to start")
    child.send("\r")
    _answer_shown(child, texts, full)
    _answer_shown(child, texts, full)
    child.expect(r"Question 3 · ")
    child.expect(r"\? help")
    child.sendintr()
    child.expect(pexpect_eof())
    child.close()
    assert child.exitstatus == 130
    assert "rolequiz quiz --resume" in child.before
    child = _spawn_adaptive(tmp_path, "--resume", "--format", "json", "--save",
                            str(tmp_path / "r.json"))
    child.expect("Welcome back: 2 of")
    child.expect("Press Enter to continue")
    child.send("\r")
    number, _ = _answer_shown(child, texts, full)
    assert number == 3  # numbering goes on from the questions already asked
    while child.expect([r"Question \d+ · ", r"clear after"]) == 0:
        j = child.expect([re.escape(t) for t in texts])
        child.expect(r"\? help")
        child.send(str(full[texts[j]]))
    child.expect("c: keep going")
    child.send("\r")
    child.expect(pexpect_eof())  # --format json: the result on stdout, no browser
    child.close()
    assert child.exitstatus == 0
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert data["adaptive"] is True and data["asked"] < data["total"]
    assert data["matches"][0]["role"] == content.roles.roles[1].id


def pexpect_eof():
    import pexpect

    return pexpect.EOF


# -- O*NET content (external reference data) --------------------------------------------


def test_onet_content_plays_right(tmp_path, monkeypatch):
    """Hundreds of roles and 60 questions nobody here wrote. How fast each step is, is timed by
    benchmarks/adaptive_bench.py (target: 5 ms), not here: a busy machine would fail it."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import adaptive_bench as bench
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    monkeypatch.setattr(bench, "ONET", ONET)  # the tests' copy, whatever is beside the clone
    content = bench.onet_content(tmp_path)
    plan = adaptive.Planner(content)
    full = next(bench.respondents(content, 1, 1))
    answers: dict[str, int] = {}
    for _ in range(20):
        plan.status(answers)
        qid = plan.next_question(answers)
        assert qid in full and qid not in answers
        answers[qid] = full[qid]
    played, asked = adaptive.play(content, full, plan=plan)
    assert bench.top3(content, played)[0] == bench.top3(content, full)[0]


def test_adaptive_in_workshop_mode_saves_an_adaptive_result(runner, tmp_path):
    from rolequiz.group import manifest

    content = random_content(tmp_path, seed=3)
    folder = tmp_path / "ws"
    manifest.init(folder, "Group", tmp_path / "questions.yaml", tmp_path / "roles.yaml")
    full = scoring.ideal_answers(content.questions, content.roles.roles[2])
    answers_file = tmp_path / "answers.json"
    answers_file.write_text(json.dumps({"answers": full}), encoding="utf-8")
    res = run_cli(runner, "quiz", "--adaptive", "--answers", answers_file, "--workshop", folder,
                  "--name", "Léa", "--format", "json")
    assert res.exit_code == 0, res.output
    saved = json.loads((folder / "lea.json").read_text(encoding="utf-8"))
    assert saved["adaptive"] is True and saved["asked"] == json.loads(res.stdout)["asked"]
    assert saved["matches"][0]["role"] == first(content, full)
    report = run_cli(runner, "report", folder, "--format", "json")
    assert report.exit_code == 0, report.output
