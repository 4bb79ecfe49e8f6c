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
    qs = content.questions
    assert len(qs.questions) >= 36
    assert len(qs.dimensions) >= 8
    assert len(qs.scale.choices) == 5
    for d in qs.dimensions:
        main = [q for q in qs.questions if max(q.weights, key=lambda k: abs(q.weights[k])) == d.id]
        assert len(main) >= 3, d.id
    reverse = [q for q in qs.questions if any(w < 0 for w in q.weights.values())]
    assert 3 <= len(reverse) <= len(qs.questions) // 4


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
    from conftest import run_cli

    result = run_cli(runner, "validate", "--simulate", "--respondents", "50")
    assert result.exit_code == 0, result.output
    assert "All roles reach the targets." in result.stdout
    for role in ROLES:
        assert role in result.stdout
    assert "Closest pairs" in result.stdout
