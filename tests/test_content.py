"""The shipped questions and roles: complete, bilingual, sourced, telling roles apart."""

from __future__ import annotations

import hashlib
import re

from conftest import SHARED

from rolequiz.content import load
from rolequiz.content.models import FACT_KEYS
from rolequiz.engine.simulate import simulate

ROLES = {"data-analyst", "data-scientist", "data-engineer", "ml-engineer", "mlops-engineer",
         "devops-engineer", "ai-engineer", "ai-architect", "cyber-physical-engineer"}
NEGATION = re.compile(r"\b(ne|n'|pas|jamais|aucun|not|never|no|without|don't|n't)\b",
                      re.IGNORECASE)


def test_the_nine_roles(content):
    assert {r.id for r in content.roles.roles} >= ROLES


def test_each_file_is_fingerprinted_by_the_first_16_hex_digits_of_its_sha256(content):
    """What results and progress files record (docs/quiz.md): the same 16 digits as every
    earlier version, so results saved before still match their content."""
    questions, roles = load.default_paths()
    assert content.questions.digest == hashlib.sha256(questions.read_bytes()).hexdigest()[:16]
    assert content.roles.digest == hashlib.sha256(roles.read_bytes()).hexdigest()[:16]


def test_the_shipped_content_is_found_in_the_package_first_then_beside_it(tmp_path,
                                                                          monkeypatch):
    """Installed, the files are in rolequiz/data/; in a clone, at the repository's root;
    with neither, the error will name the package's place for them."""
    package = tmp_path / "rolequiz"
    monkeypatch.setattr(load, "__file__", str(package / "content" / "load.py"))
    assert load.default_paths() == (package / "data" / "questions.yaml",
                                    package / "data" / "roles.yaml")
    (tmp_path / "questions.yaml").write_text("x", encoding="utf-8")
    assert load.package_file("questions.yaml") == tmp_path / "questions.yaml"
    (package / "data").mkdir(parents=True)
    (package / "data" / "questions.yaml").write_text("x", encoding="utf-8")
    assert load.package_file("questions.yaml") == package / "data" / "questions.yaml"


def test_questionnaire_shape(content):
    """An interest inventory: each item one activity on one dimension, at least four items a
    dimension (enough to tell an interest from the noise of its answers), the blocks
    interleaved so that they don't show, a liking scale with its instructions."""
    qs = content.questions
    assert len(qs.dimensions) >= 12
    assert len(qs.scale.choices) == 5
    for q in qs.questions:
        assert len(q.weights) == 1 and all(w > 0 for w in q.weights.values()), q.id
    dims = [next(iter(q.weights)) for q in qs.questions]
    for d in qs.dimensions:
        assert dims.count(d.id) >= 4, d.id
    assert all(a != b for a, b in zip(dims, dims[1:], strict=False)), "two in a row"
    assert qs.instructions is not None
    assert set(qs.instructions.values) == {"fr", "en"}
    labels = [c.label.get("en") for c in qs.scale.choices]
    assert labels[0] == "Strongly dislike" and labels[-1] == "Strongly like"


def test_questions_have_no_negations(content):
    for q in content.questions.questions:
        for lang in ("fr", "en"):
            assert not NEGATION.search(q.text.get(lang)), (q.id, lang, q.text.get(lang))


def test_everything_in_both_languages(content):
    assert content.languages == {"fr", "en"}
    for role in content.roles.roles:
        for text in (role.name, role.summary, *role.missions, *role.skills, *role.deliverables):
            assert text is not None
            assert set(text.values) >= {"fr", "en"} or set(text.values) == {""}, role.id


def test_every_card_is_complete_and_sourced(content):
    seeds = {p.name for p in (SHARED / "seeds").glob("*.txt")} if SHARED.exists() else None
    for role in content.roles.roles:
        assert role.summary and role.missions and role.skills and role.deliverables, role.id
        assert role.sources, role.id
        for key, fact in role.facts.items():
            assert key in FACT_KEYS
            source = content.roles.source(fact.source)
            assert source.file or source.url
    for source in content.roles.sources:
        if source.file and seeds is not None:
            assert source.file in seeds, source.file


def test_figures_from_the_articles_are_exact(content):
    salary = {r.id: r.facts["salary"].value.get("fr") for r in content.roles.roles
              if "salary" in r.facts}
    assert "50 000 – 90 000 €" in salary["ml-engineer"]
    assert "50 000 – 90 000 €" in salary["mlops-engineer"]
    assert "45 000 – 85 000 €" in salary["cyber-physical-engineer"]
    ai = salary["ai-engineer"]
    assert "35 000" in ai and "45 000" in ai and "80 000" in ai and "100 000" in ai
    assert "150 000" in ai
    # no source gives a data analyst's salary: the card must not invent one
    assert "salary" not in content.roles.role("data-analyst").facts


def test_roles_are_told_apart_under_noise(content):
    sim = simulate(content, respondents=300, seed=1)
    for f in sim.roles:
        assert f.ideal_rank == 1 and f.ideal_margin >= 3.0, f
        assert f.top1 >= 0.70 and f.top3 >= 0.95, f
    assert sim.pairs[0].distance > 0.1  # no two roles interchangeable


def test_validate_simulate_prints_the_figures(runner):
    """The shipped roles pass the ideal and noisy respondents' targets. The undecided and
    realistic respondents' targets depend on the scoring engine: the exit status says
    whether they are met, and the last line names the parts that missed them."""
    from conftest import run_cli

    result = run_cli(runner, "validate", "--simulate", "--respondents", "50",
                     "--undecided", "100", "--realistic", "30")
    assert result.exit_code in (0, 1), result.output
    assert "All roles reach the targets." in result.stdout
    for role in ROLES:
        assert role in result.stdout
    assert "Closest pairs" in result.stdout
    last = result.stdout.rstrip().splitlines()[-1]
    if result.exit_code == 0:
        assert last == "All targets met."
    else:
        assert last.startswith("Targets missed: ") and "ideal" not in last
