"""Real content nobody here wrote: O*NET's 60 items and its occupations (the tests' copy:
308 of the 923, see tests/data/onet/README.md)."""

from __future__ import annotations

import json

import pytest
from conftest import ONET, run_cli
from onet_convert import AREAS, LETTERS, convert, occupations, role_id

from rolequiz.content.load import load_content
from rolequiz.engine.scoring import score


@pytest.fixture(scope="module")
def onet_files(tmp_path_factory):
    return convert(ONET, tmp_path_factory.mktemp("onet"))


def test_converted_content_validates(runner, onet_files):
    q, r = onet_files
    result = run_cli(runner, "validate", "--questions", q, "--roles", r)
    assert result.exit_code == 0, result.output
    assert "6 dimensions, 60 questions, scale 1–5" in result.stdout
    assert f"{len(occupations(ONET))} roles" in result.stdout


@pytest.mark.parametrize("area", AREAS)
def test_liking_one_area_ranks_its_occupations_first(onet_files, area):
    content = load_content(*onet_files)
    answers = {q.id: 5 if area in q.weights else 1 for q in content.questions.questions}
    result = score(content, answers)
    first_letter = {role_id(o["onet_soc_code"]): LETTERS[o["high_points"][0]]
                    for o in occupations(ONET)}
    # the best five: every area leads at least ten occupations of the copy (A: 10)
    top = result.matches[:5]
    assert all(first_letter[m.role] == area for m in top), [
        (m.name, first_letter[m.role]) for m in top]
    assert result.profile[area] == 1.0
    assert all(result.profile[a] == 0.0 for a in AREAS if a != area)


def test_onet_quiz_json_end_to_end(runner, onet_files, tmp_path):
    q, r = onet_files
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps({"answers": {f"item-{i:02d}": 5 for i in range(1, 11)}}),
                       encoding="utf-8")
    result = run_cli(runner, "quiz", "--questions", q, "--roles", r, "--answers", answers,
                     "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert len(data["matches"]) == len(occupations(ONET)) == 308
    assert data["answered"] == 10
