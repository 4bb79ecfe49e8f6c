"""Each check of a content or answers file fed its own bad input: the exact message, hint
and line:column it reports. (tests/data/invalid runs the same checks through the CLI.)"""

from __future__ import annotations

import pytest

from rolequiz import yamlsafe
from rolequiz.content import load_answers, parse_answers, parse_questions, parse_roles
from rolequiz.errors import ContentError

# line 1..10; each case below changes one line of it
QUESTIONS = """\
schema: rolequiz.questions/1
scale:
  - {value: 1, label: Low}
  - {value: 2, label: High}
dimensions:
  - {id: data, name: Data}
questions:
  - id: q1
    text: Explore
    weights: {data: 1}
"""

ROLES = """\
schema: rolequiz.roles/1
roles:
  - {id: a, name: A, profile: {data: 1}}
"""


def problems(text: str, kind: str = "questions") -> list[str]:
    """Every problem reported for `text` (a file named f.yaml), as the CLI prints them."""
    node = yamlsafe.parse(text, "f.yaml")
    try:
        if kind == "questions":
            parse_questions(node, "f.yaml")
        else:
            parse_roles(node, "f.yaml", {"data"})
    except ContentError as e:
        return [str(p) for p in e.problems]
    return []


def changed(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


def test_the_base_files_are_valid():
    assert problems(QUESTIONS) == [] and problems(ROLES, "roles") == []


@pytest.mark.parametrize("old, new, expected", [
    ("    text: Explore", '    text: "   "',
     "f.yaml:9:11: question text is empty — write the text"),
    ("    text: Explore", "    text: {fr: ' ', en: Explore}",
     "f.yaml:9:16: question text (fr) is empty — write the text"),
    ("    text: Explore", "    text:",
     "f.yaml:9:10: question text is empty — write the text, or remove the line"),
    ("    text: Explore", "    text: [Explore, Build]",
     "f.yaml:9:11: question text must be text, not a list"),
    ("{data: 1}", "{data: .nan}",
     "f.yaml:10:21: weight of 'data' must be a finite number, not .nan"),
    ("{data: 1}", "{data: .inf}",
     "f.yaml:10:21: weight of 'data' must be a finite number, not .inf"),
    ("{data: 1}", "{data: -.Inf}",
     "f.yaml:10:21: weight of 'data' must be a finite number, not -.Inf"),
    ("{data: 1}", "{}",
     "f.yaml:10:14: weights is empty — give at least one dimension a weight, e.g. {data: 1.0}"),
    ("{data: 1}", "[data]",
     "f.yaml:10:14: weights must be a mapping (key: value), not a list"),
    ("rolequiz.questions/1", "rolequiz.questions/2",
     "f.yaml:1:9: schema is 'rolequiz.questions/2', expected 'rolequiz.questions/1' — "
     "is this the right file?"),
])
def test_a_bad_question_is_reported_alone_at_its_line(old, new, expected):
    """One bad value, one problem: its message, its hint, its line and column."""
    assert problems(changed(QUESTIONS, old, new)) == [expected]


def _scale(n: int) -> str:
    choices = "".join(f"  - {{value: {i}, label: L{i}}}\n" for i in range(1, n + 1))
    return changed(QUESTIONS, "  - {value: 1, label: Low}\n  - {value: 2, label: High}\n",
                   choices) if n else changed(
        QUESTIONS, "scale:\n  - {value: 1, label: Low}\n  - {value: 2, label: High}\n",
        "scale: []\n")


@pytest.mark.parametrize("n, expected", [
    (0, ["f.yaml:2:8: the scale has 0 choices — give 2 to 11 choices"]),
    (1, ["f.yaml:3:3: the scale has 1 choice — give 2 to 11 choices"]),
    (2, []),
    (11, []),
    (12, ["f.yaml:3:3: the scale has 12 choices — give 2 to 11 choices"]),
])
def test_a_scale_has_2_to_11_choices(n, expected):
    assert problems(_scale(n)) == expected


def test_an_eleven_choice_scale_keeps_every_choice():
    node = yamlsafe.parse(_scale(11), "f.yaml")
    assert parse_questions(node, "f.yaml").scale.values == tuple(range(1, 12))


@pytest.mark.parametrize("text, expected", [
    ("schema: rolequiz.roles/1\nroles: {id: a}\n",
     "f.yaml:2:8: roles must be a list (lines starting with '- '), not a mapping"),
    ("schema: rolequiz.roles/1\nroles: []\n",
     "f.yaml:2:8: roles is empty — list at least one role"),
    (changed(ROLES, "{data: 1}", "{data: .nan}"),
     "f.yaml:3:38: profile value of 'data' must be a finite number, not .nan"),
    (changed(ROLES, "rolequiz.roles/1", "rolequiz.roles/7"),
     "f.yaml:1:9: schema is 'rolequiz.roles/7', expected 'rolequiz.roles/1' — "
     "is this the right file?"),
])
def test_a_bad_roles_file_is_reported_at_its_line(text, expected):
    assert problems(text, "roles") == [expected]


# -- answers ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def questions():
    four = changed(QUESTIONS, "  - id: q1\n    text: Explore\n    weights: {data: 1}\n",
                   "".join(f"  - {{id: q{i}, text: Q{i}, weights: {{data: 1}}}}\n"
                           for i in range(1, 5)))
    return parse_questions(yamlsafe.parse(four, "q.yaml"), "q.yaml")


def test_an_explicit_null_skips_that_answer_only(questions, tmp_path):
    """A null (an answer left empty) in the middle of a YAML answers file skips that
    question; the answers after it still count."""
    text = "answers:\n  q1: 2\n  q2:\n  q3: 1\n  q4: ~\n"
    assert parse_answers(yamlsafe.parse(text, "a.yaml"), "a.yaml", questions) == {
        "q1": 2, "q3": 1}
    path = tmp_path / "a.yaml"
    path.write_text(text, encoding="utf-8")
    assert load_answers(path, questions) == {"q1": 2, "q3": 1}
    as_json = tmp_path / "a.json"
    as_json.write_text('{"answers": {"q1": 2, "q2": null, "q3": 1}}', encoding="utf-8")
    assert load_answers(as_json, questions) == {"q1": 2, "q3": 1}
