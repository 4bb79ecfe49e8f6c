"""`rolequiz validate` and answers files: every malformed file in the corpus is caught,
at the right line, with a message saying what to do, and exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import DATA, run_cli

CORPUS = DATA / "invalid"
EXPECTED = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
MINI = DATA / "mini"


def _args(name: str) -> list[str]:
    path = str(CORPUS / name)
    if name.endswith(".questions.yaml"):
        return ["validate", "--questions", path, "--roles", str(MINI / "roles.yaml")]
    if name.endswith(".roles.yaml"):
        return ["validate", "--questions", str(MINI / "questions.yaml"), "--roles", path]
    return ["quiz", "--questions", str(MINI / "questions.yaml"), "--roles",
            str(MINI / "roles.yaml"), "--answers", path]


def test_corpus_is_complete():
    on_disk = {p.name for p in CORPUS.glob("*.yaml")}
    assert on_disk == set(EXPECTED), "every corpus file needs an expectation, and back"
    assert len(on_disk) >= 40


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_malformed_file_is_reported_at_its_line(runner, name):
    exp = EXPECTED[name]
    result = run_cli(runner, *_args(name))
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert result.stdout == ""
    where = f"{CORPUS / name}:{exp['line']}:" if exp["line"] else f"{CORPUS / name}: "
    lines = [line for line in result.stderr.splitlines() if exp["message"] in line]
    assert lines, result.stderr
    assert lines[0].startswith("rolequiz: " + where), lines[0]
    if exp["hint"]:
        assert exp["hint"] in lines[0]


def test_every_problem_is_reported_at_once(runner, tmp_path):
    bad = tmp_path / "q.yaml"
    bad.write_text(
        "scale:\n  - {value: 1, label: A}\n  - {value: 2, label: B}\n"
        "dimensions:\n  - {id: data, name: Data}\n"
        "questions:\n"
        "  - {id: q1, text: A, weights: {data: 2}}\n"  # out of range
        "  - {id: q1, text: B, weights: {dta: 1}}\n"  # duplicate id + unknown dimension
        "  - {id: q3, txt: C, weights: {data: 1}}\n",  # unknown key, missing text
        encoding="utf-8",
    )
    result = run_cli(runner, "validate", "--questions", bad, "--roles", MINI / "roles.yaml")
    assert result.exit_code == 2
    errors = result.stderr.splitlines()
    assert [e.split(":")[2] for e in errors] == ["7", "8", "8", "9", "9"]
    assert "outside [-1, 1]" in errors[0]
    assert "duplicate question id 'q1' (first at line 7)" in result.stderr
    assert "did you mean 'data'?" in result.stderr
    assert "unknown key 'txt' in a question — did you mean 'text'?" in result.stderr
    # the roles file is checked too, in the same run, against the questions' dimensions
    roles = tmp_path / "r.yaml"
    roles.write_text("roles:\n  - {id: x, name: X, profile: {hardware: 1}}\n", encoding="utf-8")
    both = run_cli(runner, "validate", "--questions", bad, "--roles", roles)
    assert both.exit_code == 2
    assert str(roles) not in both.stderr  # no cascade from the broken questions file
    assert len(both.stderr.splitlines()) == 5


def test_valid_content_prints_a_summary(runner, mini):
    result = run_cli(runner, "validate", "--questions", mini["questions"], "--roles",
                     mini["roles"])
    assert result.exit_code == 0, result.output
    assert "2 dimensions, 2 questions, scale 1–5" in result.stdout
    assert "2 roles, 0 sources" in result.stdout
    assert "languages: en, fr" in result.stdout


def test_missing_file(runner, tmp_path, mini):
    result = run_cli(runner, "validate", "--questions", tmp_path / "nope.yaml", "--roles",
                     mini["roles"])
    assert result.exit_code == 2
    assert f"{tmp_path / 'nope.yaml'}: file not found — check the path" in result.stderr


def test_a_folder_instead_of_a_file(runner, tmp_path, mini):
    result = run_cli(runner, "validate", "--questions", tmp_path, "--roles", mini["roles"])
    assert result.exit_code == 2
    assert "is a folder, not a file" in result.stderr


def test_huge_file_is_refused_before_parsing(runner, tmp_path, mini):
    big = tmp_path / "big.yaml"
    big.write_text("questions:\n" + "  - {id: q, text: x, weights: {data: 1}}\n" * 40_000,
                   encoding="utf-8")
    result = run_cli(runner, "validate", "--questions", big, "--roles", mini["roles"])
    assert result.exit_code == 2
    assert "file too large" in result.stderr


def test_bom_is_accepted(runner, tmp_path, mini):
    q = tmp_path / "q.yaml"
    q.write_bytes(b"\xef\xbb\xbf" + Path(mini["questions"]).read_bytes())
    result = run_cli(runner, "validate", "--questions", q, "--roles", mini["roles"])
    assert result.exit_code == 0, result.stderr


def test_json_answers_and_saved_results_are_accepted(runner, tmp_path, mini):
    common = ["--questions", mini["questions"], "--roles", mini["roles"], "--format", "json"]
    js = tmp_path / "a.json"
    js.write_text('{\n\t"answers": {"q1": 5, "q2": 1}\n}\n', encoding="utf-8")  # a tab
    first = run_cli(runner, "quiz", "--answers", js, *common)
    assert first.exit_code == 0, first.output
    saved = tmp_path / "result.json"
    saved.write_text(first.stdout, encoding="utf-8")
    again = run_cli(runner, "quiz", "--answers", saved, *common)
    assert again.exit_code == 0, again.output
    assert again.stdout == first.stdout


def test_null_answer_counts_as_skipped(runner, tmp_path, mini):
    a = tmp_path / "a.yaml"
    a.write_text("answers:\n  q1: 5\n  q2:\n", encoding="utf-8")
    result = run_cli(runner, "quiz", "--answers", a, "--questions", mini["questions"],
                     "--roles", mini["roles"], "--format", "json")
    data = json.loads(result.stdout)
    assert (data["answered"], data["skipped"], data["total"]) == (1, 1, 2)
    assert data["profile"]["hardware"] is None  # skipped: unknown, not a dislike


def test_a_file_of_another_kind_is_named_for_what_it_is(runner, content):
    """Swapped --questions/--roles, or a content file given as answers: one line that says
    what the file is, not a list of every key that looks wrong."""
    from conftest import ROOT

    q, r = ROOT / "questions.yaml", ROOT / "roles.yaml"

    def schema_at(path):  # where the file says what it is: the value of `schema:`
        lines = path.read_text(encoding="utf-8").splitlines()
        return f"{[n for n, line in enumerate(lines, 1) if line.startswith('schema: ')][0]}:9"

    swapped = run_cli(runner, "validate", "--questions", r, "--roles", q)
    assert swapped.exit_code == 2
    assert sorted(swapped.stderr.splitlines()) == sorted([
        f"rolequiz: {r}:{schema_at(r)}: this is a roles file (rolequiz.roles/1), not a"
        " questions file — give it with --roles (were the two options swapped?)",
        f"rolequiz: {q}:{schema_at(q)}: this is a questions file (rolequiz.questions/1), not"
        " a roles file — give it with --questions (were the two options swapped?)",
    ])
    answers = run_cli(runner, "quiz", "--answers", q)
    assert answers.exit_code == 2
    assert answers.stderr == (f"rolequiz: {q}:{schema_at(q)}: this is a questions file "
                              "(rolequiz.questions/1), not an answers file — give it with "
                              "--questions\n")
