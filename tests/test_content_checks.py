"""Each check of a content or answers file fed its own bad input: the exact message, hint
and line:column it reports. (tests/data/invalid runs the same checks through the CLI.)"""

from __future__ import annotations

import gc
import weakref

import pytest

from rolequiz.base.errors import ContentError
from rolequiz.content import yamlsafe
from rolequiz.content.answers import load_answers, parse_answers
from rolequiz.content.load import load_content, parse_questions, parse_roles
from rolequiz.i18n import COUNSELOR

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


def test_checking_a_file_keeps_none_of_its_nodes(tmp_path):
    """A long-running process (a live report) reads content again and again: the YAML
    nodes of a file checked, numbers included, are freed with it."""
    node = yamlsafe.parse(QUESTIONS, "f.yaml")
    weight = node.value[-1][1].value[0].value[-1][1].value[0][1]  # q1's weight of data
    assert weight.value == "1"
    parse_questions(node, "f.yaml")
    gone = weakref.ref(weight)
    del node, weight
    gc.collect()
    assert gone() is None


def test_both_files_problems_come_in_one_error(tmp_path):
    """A questions file with a bad weight and a roles file that is not even YAML: both
    named at once."""
    q, r = tmp_path / "q.yaml", tmp_path / "r.yaml"
    q.write_text(changed(QUESTIONS, "{data: 1}", "{data: 5}"), encoding="utf-8")
    r.write_text("roles: [\n", encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_content(q, r)
    assert [str(p).replace(f"{tmp_path}/", "") for p in caught.value.problems] == [
        "q.yaml:10:21: weight of 'data' is 5, outside [-1, 1] — use -1 to 1",
        "r.yaml:2:1: invalid YAML: expected the node content, but found '<stream end>' "
        "(while parsing a flow node) — check the indentation and quotes"]


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


@pytest.mark.parametrize("old, new, expected", [
    ("    text: Explore", "    text: Explore\n    colour: red",
     ["f.yaml:10:5: unknown key 'colour' in a question — allowed keys: id, text, weights"]),
    ("    text: Explore", "    txet: Explore",
     ["f.yaml:8:5: a question has no 'text' — add 'text:'",
      "f.yaml:9:5: unknown key 'txet' in a question — did you mean 'text'?"]),
    ("  - id: q1\n", "  - id: q1\n    [a]: 1\n",
     ["f.yaml:9:5: a key in a question is a list — keys are plain words"]),
    ("{data: 1}", "{data: abc}",
     ["f.yaml:10:21: weight of 'data' must be a number, not text ('abc')"]),
    ("{data: 1}", "{data: [1]}", ["f.yaml:10:21: weight of 'data' must be a number, not a list"]),
    ("{data: 1}", "{data: 010}",
     ["f.yaml:10:21: weight of 'data' '010' is read by YAML as 8 — write a plain decimal number "
      "(e.g. 10 or 0.5)"]),
    ("{data: 1}", "{data: 1_0}",
     ["f.yaml:10:21: weight of 'data' '1_0' is read by YAML as 10 — write a plain decimal "
      "number (e.g. 10 or 0.5)"]),
    ("{data: 1}", "{data: -1}", []),
    ("{data: 1}", "{data: 0.0}",
     ["f.yaml:10:21: weight of 'data' is 0 — remove it, or give a value in [-1, 1]"]),
    ("{data: 1}", "{data: 1.0001}",
     ["f.yaml:10:21: weight of 'data' is 1.0001, outside [-1, 1] — use -1 to 1"]),
    ("{data: 1}", "{data: -1.5}",
     ["f.yaml:10:21: weight of 'data' is -1.5, outside [-1, 1] — use -1 to 1"]),
    ("{data: 1}", "{dta: 1}",
     ["f.yaml:10:15: weight on unknown dimension 'dta' — did you mean 'data'?"]),
    ("{data: 1}", "{zzzz: 1}", ["f.yaml:10:15: weight on unknown dimension 'zzzz' — known: data"]),
    ("{value: 1, label: Low}", "{value: one, label: Low}",
     ["f.yaml:3:13: scale value must be a whole number, not text ('one')"]),
    ("{value: 1, label: Low}", "{value: [1], label: Low}",
     ["f.yaml:3:13: scale value must be a whole number, not a list"]),
    ("{value: 1, label: Low}", "{value: 01, label: Low}",
     ["f.yaml:3:13: scale value '01' is read by YAML as 1 — write a plain whole number"]),
    ("{value: 1, label: Low}", "{value: 2, label: Low}",
     ["f.yaml:4:13: scale value 2 is not greater than the one before (2) — list the values in "
      "increasing order, lowest first"]),
    ("{value: 1, label: Low}", "{label: Low}",
     ["f.yaml:3:5: a scale choice has no 'value' — add 'value:'"]),
    ("{value: 1, label: Low}", "{value: 1}",
     ["f.yaml:3:5: a scale choice has no 'label' — add 'label:'"]),
    ("{value: 1, label: Low}", "{value: 1, label: Low, colour: red}",
     ["f.yaml:3:28: unknown key 'colour' in a scale choice — allowed keys: value, label"]),
    ("  - id: q1", "  - id: ___",
     ["f.yaml:8:9: question id '___' may use only a-z, 0-9 and single dashes — for example "
      "'my-id'"]),
    ("  - id: q1", "  - id: Q 1",
     ["f.yaml:8:9: question id 'Q 1' may use only a-z, 0-9 and single dashes — for example "
      "'q-1'"]),
    ("name: Data}", "name: {english: Data}}",
     ["f.yaml:6:23: 'english' in dimension name is not a language code — use a code like fr "
      "or en"]),
    ("name: Data}", "name: {fre: Data}}", []),  # a three-letter code is a language code
    ("name: Data}", "name: {}}",
     ["f.yaml:6:22: dimension name is empty — write the text, e.g. {fr: ..., en: ...}"]),
    ("name: Data}", "name: Data, description: {en: ''}}",
     ["f.yaml:6:46: description (en) is empty — write the text"]),
    ("  - {id: data, name: Data}", "  - {id: data, name: Data}\n  - {id: data, name: Again}",
     ["f.yaml:7:10: duplicate dimension id 'data' (first at line 6) — ids must differ"]),
    ("  - {id: data, name: Data}", "  - {id: data, name: Data}\n  - {id: extra, name: Extra}",
     ["f.yaml:7:5: dimension 'extra' has no question — give it a weight in at least one "
      "question, or remove it"]),
    ("  - {id: data, name: Data}\n", "  []\n",
     ["f.yaml:6:3: dimensions is empty — list at least one dimension",
      "f.yaml:10:15: weight on unknown dimension 'data'"]),
    ("  - id: q1\n    text: Explore\n    weights: {data: 1}\n",
     "  - id: q1\n    text: Explore\n    weights: {data: 1}\n"
     "  - {id: q1, text: Again, weights: {data: 1}}\n",
     ["f.yaml:11:10: duplicate question id 'q1' (first at line 8) — ids must differ"]),
    ("  - id: q1\n    text: Explore\n    weights: {data: 1}\n", "  []\n",
     ["f.yaml:8:3: questions is empty — list at least one question"]),
    ("rolequiz.questions/1", "rolequiz.answers/1",
     ["f.yaml:1:9: this is an answers file (rolequiz.answers/1), not a questions file — give "
      "it with --answers"]),
    ("rolequiz.questions/1", "rolequiz.result/1",
     ["f.yaml:1:9: this is a result file (rolequiz.result/1), not a questions file — give it "
      "with --answers"]),
    ("schema: rolequiz.questions/1", "schema: 5",
     ["f.yaml:1:9: schema is read as a number ('5'), not as text — put it in quotes: \"5\""]),
    ("schema: rolequiz.questions/1", "schema: rolequiz.questions/1\ntitle: {en: T, fr: ''}",
     ["f.yaml:2:20: title (fr) is empty — write the text"]),
    ("    text: Explore", "    text: 1.5",
     ["f.yaml:9:11: question text is read as a number ('1.5'), not as text — put it in "
      "quotes: \"1.5\""]),
    ("  - id: q1\n    text: Explore\n    weights: {data: 1}\n", "  - [q1]\n",
     ["f.yaml:8:5: a question must be a mapping (key: value), not a list"]),  # no more
    # one language in use: a mapping without it is not a missing translation
    ("name: Data}", "name: {en: Data}, description: {english: x}}",
     ["f.yaml:6:48: 'english' in description is not a language code — use a code like fr "
      "or en"]),
    ("scale:\n  - {value: 1, label: Low}\n  - {value: 2, label: High}\n", "scale: {a: 1}\n",
     ["f.yaml:2:8: scale must be a list (lines starting with '- '), not a mapping"]),
    ("{data: 1}", "{[a]: 1}", ["f.yaml:10:15: a key in weights is a list — keys are plain words"]),
    # an unused dimension is reported only once everything else is right
    ("  - {id: data, name: Data}\n", "  - {id: data, name: Data}\n  - {id: extra, name: Extra}\n"
     "  - {id: other, name: Other}\n", ["f.yaml:7:5: dimension 'extra' has no question — give "
                                       "it a weight in at least one question, or remove it",
                                       "f.yaml:8:5: dimension 'other' has no question — give "
                                       "it a weight in at least one question, or remove it"]),
    ("name: Data}", "name: {en: Data}}",
     ["f.yaml:3:23: missing translation: en — this file uses en, fr; add the missing text",
      "f.yaml:6:22: missing translation: fr — this file uses en, fr; add the missing text"]),
    ("    weights: {data: 1}", "    weights:",
     ["f.yaml:10:13: weights must be a mapping (key: value), not an empty value"]),
    # the first one's line is its key's, not its value's; the keys after it are still read
    ("    text: Explore\n", "    text:\n      en: Explore\n    text: Again\n",
     ["f.yaml:11:5: duplicate key 'text' (first at line 9) — keep one of them; YAML would "
      "silently drop the first"]),
    ("name: Data}", "name: {f: Data}}",
     ["f.yaml:6:23: 'f' in dimension name is not a language code — did you mean 'fr'?"]),
    ("name: Data}", "name: {e: Data}}",
     ["f.yaml:6:23: 'e' in dimension name is not a language code — did you mean 'en'?"]),
    ("name: Data}", "name: {english: Data, en: ''}}",  # the languages after it are read
     ["f.yaml:6:23: 'english' in dimension name is not a language code — use a code like fr "
      "or en", "f.yaml:6:42: dimension name (en) is empty — write the text"]),
    ("{data: 1}", "{data: -010}",
     ["f.yaml:10:21: weight of 'data' '-010' is read by YAML as -8 — write a plain decimal "
      "number (e.g. 10 or 0.5)"]),
    # an unknown schema (a later version?) does not stop the other checks
    ("schema: rolequiz.questions/1\n", "schema: rolequiz.questions/2\ncolour: red\n",
     ["f.yaml:1:9: schema is 'rolequiz.questions/2', expected 'rolequiz.questions/1' — is "
      "this the right file?", "f.yaml:2:1: unknown key 'colour' in the questions file — "
      "allowed keys: schema, title, instructions, scale, dimensions, questions"]),
    ("  - {id: data, name: Data}\n", "  {id: data, name: Data}\n",
     ["f.yaml:6:3: dimensions must be a list (lines starting with '- '), not a mapping",
      "f.yaml:10:15: weight on unknown dimension 'data'"]),
    ("  - {id: data, name: Data}", "  - [data, Data]",
     ["f.yaml:6:5: a dimension must be a mapping (key: value), not a list",
      "f.yaml:10:15: weight on unknown dimension 'data'"]),
    ("name: Data}", "name: Data, colour: red}",
     ["f.yaml:6:28: unknown key 'colour' in a dimension — allowed keys: id, name, "
      "description"]),
    ("  - id: q1\n    text: Explore\n    weights: {data: 1}\n", "  {id: q1}\n",
     ["f.yaml:8:3: questions must be a list (lines starting with '- '), not a mapping"]),
    ("  - {value: 1, label: Low}", "  - Low",
     ["f.yaml:3:5: a scale choice must be a mapping (key: value), not text"]),
    ("{value: 1, label: Low}", "{value: 1, label: ''}",
     ["f.yaml:3:23: scale label is empty — write the text"]),
    # every weight is checked, after an unknown dimension or a value that is no number
    ("{data: 1}", "{dta: 1, data: 5}",
     ["f.yaml:10:15: weight on unknown dimension 'dta' — did you mean 'data'?",
      "f.yaml:10:29: weight of 'data' is 5, outside [-1, 1] — use -1 to 1"]),
    ("{data: 1}", "{data: abc, dta: 1}",
     ["f.yaml:10:21: weight of 'data' must be a number, not text ('abc')",
      "f.yaml:10:26: weight on unknown dimension 'dta' — did you mean 'data'?"]),
])
def test_each_problem_of_a_questions_file(old, new, expected):
    if "missing translation" in "".join(expected):  # one mapping with en, one with fr
        new_text = changed(changed(QUESTIONS, old, new), "label: Low}", "label: {fr: Bas}}")
    else:
        new_text = changed(QUESTIONS, old, new)
    assert problems(new_text) == expected


def test_a_mapping_missing_several_translations_names_each():
    text = changed(QUESTIONS, "name: Data}", "name: {en: Data}}")
    text = changed(text, "label: Low}", "label: {fr: Bas, de: Tief}}")
    assert problems(text) == [
        "f.yaml:3:23: missing translation: en — this file uses de, en, fr; add the missing text",
        "f.yaml:6:22: missing translation: de, fr — this file uses de, en, fr; add the missing "
        "text"]


def test_an_unknown_name_with_nothing_close_lists_every_known_one():
    text = changed(QUESTIONS, "  - {id: data, name: Data}\n",
                   "  - {id: data, name: Data}\n  - {id: tools, name: Tools}\n")
    assert problems(changed(text, "{data: 1}", "{zzzz: 1}")) == [
        "f.yaml:11:15: weight on unknown dimension 'zzzz' — known: data, tools"]


def test_an_unused_dimension_waits_for_the_other_problems():
    text = changed(QUESTIONS, "  - {id: data, name: Data}\n",
                   "  - {id: data, name: Data}\n  - {id: extra, name: Extra}\n")
    assert problems(changed(text, "{data: 1}", "{data: 2}")) == [
        "f.yaml:11:21: weight of 'data' is 2, outside [-1, 1] — use -1 to 1"]


@pytest.mark.parametrize("text, expected", [
    ("", ["f.yaml: the file is empty — write the questions"]),
    ("- a\n", ["f.yaml:1:1: the file must be a mapping (key: value), not a list"]),
    ("dimensions: []\n",
     ["f.yaml:1:1: the questions file has no 'questions' — add 'questions:'",
      "f.yaml:1:1: the questions file has no 'scale' — add 'scale:'",
      "f.yaml:1:13: dimensions is empty — list at least one dimension"]),
])
def test_a_questions_file_without_its_parts(text, expected):
    assert problems(text) == expected


def test_a_valid_questions_file_gives_every_part():
    text = changed(QUESTIONS, "schema: rolequiz.questions/1\n",
                   "schema: rolequiz.questions/1\ntitle: {en: Jobs, fr: Métiers}\n")
    text = changed(text, "name: Data}", "name: {en: Data, fr: Données}, description: {en: "
                   "Tables, fr: Tableaux}}")
    text = changed(text, "label: Low}", "label: {en: Low, fr: Bas}}")
    text = changed(text, "label: High}", "label: {en: High, fr: Haut}}")
    text = changed(text, "    text: Explore", "    text: {en: Explore, fr: Explorer}")
    text = changed(text, "{data: 1}", "{data: -0.5}")
    qs = parse_questions(yamlsafe.parse(text, "f.yaml"), "f.yaml", "d1g3st")
    assert (qs.path, qs.digest, qs.languages) == ("f.yaml", "d1g3st", {"en", "fr"})
    assert qs.title.get("fr") == "Métiers"
    assert [(c.value, c.label.get("fr")) for c in qs.scale.choices] == [(1, "Bas"), (2, "Haut")]
    [d] = qs.dimensions
    assert (d.id, d.name.get("fr"), d.description.get("en")) == ("data", "Données", "Tables")
    [q] = qs.questions
    assert (q.id, q.text.get("fr"), dict(q.weights)) == ("q1", "Explorer", {"data": -0.5})


ROLES_FULL = """\
schema: rolequiz.roles/1
sources:
  - {id: guide, title: A guide, url: https://example.org/guide}
roles:
  - id: a
    name: A
    profile: {data: 1}
    skills: [SQL]
    facts:
      salary: {value: "30 k", source: guide}
    sources: [guide]
"""


@pytest.mark.parametrize("old, new, expected", [
    ("url: https://example.org/guide", "url: ftp://example.org/guide",
     ["f.yaml:3:38: source url 'ftp://example.org/guide' is not a web address — start with "
      "https://"]),
    ("url: https://example.org/guide", "url: http://example.org/guide", []),
    ("url: https://example.org/guide", "file: guide.txt", []),
    (", url: https://example.org/guide", "",
     ["f.yaml:3:5: a source has neither 'file' nor 'url' — say where to find the article"]),
    ("{id: guide, title: A guide,", "{id: guide,",
     ["f.yaml:3:5: a source has no 'title' — add 'title:'"]),
    ("  - {id: guide, title: A guide, url: https://example.org/guide}",
     "  - {id: guide, title: A guide, url: https://example.org/guide}\n"
     "  - {id: guide, title: B, url: https://b.org}",
     ["f.yaml:4:10: duplicate source id 'guide' (first at line 3) — ids must differ"]),
    ("    sources: [guide]", "    sources: [guid]",
     ["f.yaml:11:15: unknown source 'guid' — did you mean 'guide'?"]),
    ("    sources: [guide]", "    sources: [zzzzz]",
     ["f.yaml:11:15: unknown source 'zzzzz' — known: guide"]),
    ("source: guide}", "source: guid}",
     ["f.yaml:10:39: unknown source 'guid' — did you mean 'guide'?"]),
    ("source: guide}", "sourc: guide}",
     ["f.yaml:10:15: the salary fact has no 'source' — add 'source:'",
      "f.yaml:10:31: unknown key 'sourc' in the salary fact — did you mean 'source'?"]),
    ("      salary: {value", "      salry: {value",
     ["f.yaml:10:7: unknown key 'salry' in facts — did you mean 'salary'?"]),
    ('source: guide}\n', 'source: guide}\n      salry: 5\n',  # its value is not read
     ["f.yaml:11:7: unknown key 'salry' in facts — did you mean 'salary'?"]),
    ("    skills: [SQL]", "    skills: SQL",
     ["f.yaml:8:13: skills must be a list (lines starting with '- '), not text"]),
    ("    skills: [SQL]", "    skills: [SQL, '']",
     ["f.yaml:8:19: an entry of skills is empty — write the text"]),
    ("{data: 1}", "{data: 0}",
     ["f.yaml:7:14: the profile is all zero — give at least one dimension a value above 0"]),
    ("{data: 1}", "{}",
     ["f.yaml:7:14: the profile is all zero — give at least one dimension a value above 0"]),
    ("{data: 1}", "{data: 1.01}",
     ["f.yaml:7:21: profile value of 'data' is 1.01, outside [0, 1] — use 0 to 1"]),
    ("{data: 1}", "{data: -0.01}",
     ["f.yaml:7:21: profile value of 'data' is -0.01, outside [0, 1] — use 0 to 1"]),
    ("{data: 1}", "{dta: 1}",
     ["f.yaml:7:15: profile names unknown dimension 'dta' — did you mean 'data'?"]),
    ("{data: 1}", "{data: abc}",
     ["f.yaml:7:21: profile value of 'data' must be a number, not text ('abc')"]),
    ("{data: 1}", "[]", ["f.yaml:7:14: profile must be a mapping (key: value), not a list"]),
    ("    name: A\n", "    nme: A\n",
     ["f.yaml:5:5: a role has no 'name' — add 'name:'",
      "f.yaml:6:5: unknown key 'nme' in a role — did you mean 'name'?"]),
    ("  - id: a\n", "  - id: a\n    summary: ''\n",
     ["f.yaml:6:14: summary is empty — write the text"]),
    ("  - id: a\n", "  - id: a\n    colour: red\n",
     ["f.yaml:6:5: unknown key 'colour' in a role — allowed keys: id, name, summary, profile, "
      "missions, skills, tools, deliverables, advantages, training, notes, facts, sources, "
      "profile_basis"]),
    ("rolequiz.roles/1", "rolequiz.questions/1",
     ["f.yaml:1:9: this is a questions file (rolequiz.questions/1), not a roles file — give it "
      "with --questions (were the two options swapped?)"]),
    ("sources:\n  - {id: guide, title: A guide, url: https://example.org/guide}\n",
     "sources: {id: guide}\n",
     ["f.yaml:2:10: sources must be a list (lines starting with '- '), not a mapping",
      "f.yaml:9:39: unknown source 'guide' — list it under sources",
      "f.yaml:10:15: unknown source 'guide' — list it under sources"]),
    ("  - {id: guide, title: A guide, url: https://example.org/guide}", "  - guide",
     ["f.yaml:3:5: a source must be a mapping (key: value), not text",
      "f.yaml:10:39: unknown source 'guide' — list it under sources",
      "f.yaml:11:15: unknown source 'guide' — list it under sources"]),
    ("title: A guide", "title: ''", ["f.yaml:3:24: source title is empty — write the text"]),
    ("url: https://example.org/guide", "url: 5",
     ["f.yaml:3:38: source url is read as a number ('5'), not as text — put it in quotes: "
      "\"5\""]),
    ("    name: A\n", "    name: ''\n", ["f.yaml:6:11: role name is empty — write the text"]),
    # the facts after an unknown one are still checked
    ('      salary: {value: "30 k", source: guide}\n',
     '      salry: 5\n      salary: {value: "30 k", source: guid}\n',
     ["f.yaml:10:7: unknown key 'salry' in facts — did you mean 'salary'?",
      "f.yaml:11:39: unknown source 'guid' — did you mean 'guide'?"]),
    ('salary: {value: "30 k", source: guide}', 'salary: "30 k"',
     ["f.yaml:10:15: the salary fact must be a mapping (key: value), not text"]),
    ('{value: "30 k"', "{value: ''", ["f.yaml:10:23: the salary value is empty — write the text"]),
    ("    sources: [guide]", "    sources: guide",
     ["f.yaml:11:14: sources must be a list (lines starting with '- '), not text"]),
    ("    sources: [guide]", "    sources: [5]",
     ["f.yaml:11:15: source is read as a number ('5'), not as text — put it in quotes: \"5\""]),
    ("{data: 1}", "{dta: 1, data: 5}",  # every value is checked, after an unknown dimension
     ["f.yaml:7:15: profile names unknown dimension 'dta' — did you mean 'data'?",
      "f.yaml:7:29: profile value of 'data' is 5, outside [0, 1] — use 0 to 1"]),
])
def test_each_problem_of_a_roles_file(old, new, expected):
    assert problems(changed(ROLES_FULL, old, new), "roles") == expected


def test_a_valid_roles_file_gives_every_part():
    rs = parse_roles(yamlsafe.parse(ROLES_FULL, "f.yaml"), "f.yaml", {"data", "x"}, "d1g")
    assert rs.digest == "d1g"
    [src] = rs.sources
    assert (src.id, src.title.get("en"), src.file, src.url) == (
        "guide", "A guide", None, "https://example.org/guide")
    [role] = rs.roles
    assert (role.id, role.name.get("en"), dict(role.profile)) == ("a", "A", {"data": 1.0})
    assert [t.get("en") for t in role.skills] == ["SQL"]
    fact = role.facts["salary"]
    assert (fact.value.get("en"), fact.source) == ("30 k", "guide")
    assert role.sources == ("guide",)
    assert role.summary is None


def test_without_valid_dimensions_profiles_are_checked_for_shape_only():
    """A broken questions file gives no dimension ids: the roles file is still checked,
    but an unknown dimension is not reported (it would only echo the first problem)."""
    node = yamlsafe.parse(changed(ROLES_FULL, "{data: 1}", "{anything: 0.5}"), "f.yaml")
    assert dict(parse_roles(node, "f.yaml", None).roles[0].profile) == {"anything": 0.5}


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
    ("", "f.yaml: the file is empty — write the roles"),
    ("schema: rolequiz.roles/1\nroles:\n  - a\n",
     "f.yaml:3:5: a role must be a mapping (key: value), not text"),
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


@pytest.mark.parametrize("name, text, expected", [
    ("a.json", '{"answers": {"q9": 2}}',
     ["a.json:1:14: unknown question id 'q9' — did you mean 'q4'?"]),
    ("a.json", '{"answers": {"q1": 9}}',
     ["a.json:1:20: the answer to 'q1' is 9, not on the scale — use one of 1, 2"]),
    ("a.json", '{"answers": {"q1": true}}',
     ["a.json:1:20: the answer to 'q1' must be a whole number, not a true/false value "
      "('true')"]),
    ("a.json", '{"answers": {"q1": 2.0}}',
     ["a.json:1:20: the answer to 'q1' must be a whole number, not 2.0"]),
    ("a.json", '{"answers": {"q9": 2, "q1": 9}}',  # every answer is checked
     ["a.json:1:14: unknown question id 'q9' — did you mean 'q4'?",
      "a.json:1:29: the answer to 'q1' is 9, not on the scale — use one of 1, 2"]),
    ("a.json", '{"answers": {"q1": [2]}}',
     ["a.json:1:20: the answer to 'q1' must be a whole number, not a list"]),
    ("a.json", '{"answers": {"q1": 2}, "extra": 1}',
     ["a.json:1:24: unknown key 'extra' in the answers file — allowed keys: schema, answers"]),
    # another kind of file: that alone, not its keys nor its answers
    ("a.json", '{"schema": "rolequiz.questions/1", "answers": {"q9": 2}, "x": 1}',
     ["a.json:1:12: this is a questions file (rolequiz.questions/1), not an answers file — "
      "give it with --questions"]),
    ("a.json", '{"answers": [1]}',
     ["a.json:1:13: answers must be a mapping (key: value), not a list"]),
    ("a.json", '{"schema": "rolequiz.result/1", "matches": []}',
     ["a.json:1:1: this saved result holds no answers to score again — use the answers file "
      "of the quiz, or a result saved by rolequiz quiz --save"]),
    ("a.yaml", "schema: rolequiz.answers/1\n",
     ["a.yaml:1:1: the answers file has no 'answers' — add 'answers:'"]),
    ("a.yaml", "", ["a.yaml: the file is empty — write the answers"]),
    ("a.yaml", "answers:\n  q1: 2\n q2: 1\n",
     ["a.yaml:3:2: invalid YAML: expected <block end>, but found '<block mapping start>' "
      "(while parsing a block mapping) — check the indentation and quotes"]),
    ("a.yaml", "answers:\n  q1: 2\n  q1: 1\n",
     ["a.yaml:3:3: duplicate key 'q1' (first at line 2) — keep one of them; YAML would "
      "silently drop the first"]),
])
def test_each_problem_of_an_answers_file(questions, tmp_path, name, text, expected):
    """JSON or YAML, read by the quick JSON reader or not: the same problems, whole."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_answers(path, questions)
    assert [str(p).replace(f"{tmp_path}/", "") for p in caught.value.problems] == expected


@pytest.mark.parametrize("text", [
    '{"answers": {"q1": 2, "q4": 1}}',
    '{"schema": "rolequiz.answers/1", "answers": {"q1": 2, "q4": 1}}',
    '{"schema": "rolequiz.result/1", "answers": {"q1": 2, "q4": 1}, "matches": [{"x": 1}]}',
    '\ufeff{"answers": {"q1": 2, "q4": 1}}',
    '{\n\t"answers": {"q1": 2, "q4": 1}\n}',
    "answers: {q1: 2, q4: 1}\n",
])
def test_answers_files_that_are_read(questions, tmp_path, text):
    path = tmp_path / "a.json"
    path.write_text(text, encoding="utf-8")
    assert load_answers(path, questions) == {"q1": 2, "q4": 1}


def test_an_answers_file_over_the_size_limit_is_refused_even_as_plain_json(questions,
                                                                         tmp_path):
    path = tmp_path / "a.json"
    path.write_text('{"answers": {"q1": 2}}'.ljust(yamlsafe.MAX_BYTES + 1), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_answers(path, questions)
    assert [str(p).replace(f"{tmp_path}/", "") for p in caught.value.problems] == [
        "a.json: file too large (more than 1024 KB) — content and answers files are a few "
        "KB; is this the right file?"]


def test_a_schema_that_is_not_text_is_reported_once(questions, tmp_path):
    path = tmp_path / "a.json"
    path.write_text('{"schema": 3, "answers": {"q1": 2}}', encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_answers(path, questions)
    assert [str(p).replace(f"{tmp_path}/", "") for p in caught.value.problems] == [
        "a.json:1:12: schema is read as a number ('3'), not as text — put it in quotes: \"3\""]


@pytest.mark.parametrize("text, expected", [
    ('{\n"answers": {\n"q1": 2,\n"q9": 1\n}\n}\n\t\n',
     "a.json:4:1: unknown question id 'q9' — did you mean 'q4'?"),
    ('{\n"answers": {\n"q\U0001F600": 2\n}\n}\n\t\n',
     "a.json:3:1: unknown question id 'q\U0001F600' — did you mean 'q4'?"),
])
def test_a_json_answers_file_pyyaml_cannot_read_is_checked_as_answers(questions, tmp_path,
                                                                      text, expected):
    """A valid JSON file with a tab on its last line (which YAML refuses): its answers are
    checked all the same, each problem at its line, the ids as written."""
    path = tmp_path / "a.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_answers(path, questions)
    assert [str(p).replace(f"{tmp_path}/", "") for p in caught.value.problems] == [expected]


def test_a_json_answers_file_too_deep_for_json_says_so(questions, tmp_path):
    path = tmp_path / "a.json"
    path.write_text('{"answers": ' + "[" * 50_000 + "]" * 50_000 + "}", encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_answers(path, questions)
    assert [str(p).replace(f"{tmp_path}/", "") for p in caught.value.problems] == [
        "a.json: nesting too deep"]


def test_a_json_answers_file_pyyaml_cannot_read_is_explained_as_json(questions, tmp_path):
    """A JSON file with a tab (which YAML refuses) and a mistake: the message is JSON's,
    with its line, not a YAML error about tabs."""
    path = tmp_path / "a.json"
    path.write_text('{\n\t"answers": {"q1": 2}\n\t"x": 1\n}', encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_answers(path, questions)
    [problem] = caught.value.problems
    assert str(problem).replace(f"{tmp_path}/", "") == (
        "a.json:3:2: invalid JSON: Expecting ',' delimiter")


def test_a_content_file_given_as_answers_is_named_alone(questions, tmp_path):
    """A questions file given as an answers file: one sentence saying what it is, not
    a list of every key that does not belong in an answers file."""
    path = tmp_path / "q.yaml"
    path.write_text(QUESTIONS, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_answers(path, questions)
    assert [str(p).replace(f"{tmp_path}/", "") for p in caught.value.problems] == [
        "q.yaml:1:9: this is a questions file (rolequiz.questions/1), not an answers file — "
        "give it with --questions"]


@pytest.mark.parametrize("old, new, expected", [
    ("roles:\n", "extra: 1\nroles:\n",
     "f.yaml:2:1: unknown key 'extra' in the roles file — allowed keys: schema, sources, "
     "roles, advice, glossary, sic"),
    ("roles:\n", "sources:\n  - {id: s1, title: T, file: [a]}\nroles:\n",
     "f.yaml:3:30: source file must be text, not a list"),
    ("profile: {data: 1}}", "profile: {data: 1}, facts: [1]}",
     "f.yaml:3:49: facts must be a mapping (key: value), not a list"),
])
def test_each_problem_of_a_roles_file_s_own_parts(old, new, expected):
    assert expected in problems(changed(ROLES, old, new), "roles")


# -- where each statement comes from: quotes, salary figures, needs, advice, glossary ---------

ROLES_SOURCED = """\
schema: rolequiz.roles/1
sources:
  - {id: guide, title: A guide, file: guide.txt, author: Ann Lee, date: "2025-03-20"}
  - {id: notes, title: Notes, url: https://example.org/notes, date: undated}
roles:
  - id: a
    name: A
    profile: {data: 1}
    profile_basis:
      data: {quotes: [{source: guide, quote: "Data all day"}], judgement: Ours}
    skills:
      - {text: SQL, source: guide, quote: "SQL yes"}
    notes:
      - {text: Mind the gap, quotes: [{source: notes, quote: [One, Two]}]}
    facts:
      salary:
        figures:
          - {level: junior, low: 30000, high: 40000, currency: EUR, basis: gross,
             period: year, source: guide, quote: "30 000 to 40 000 euros"}
      remote: {value: Often, source: notes, quote: "Often remote"}
advice:
  - {text: Look around, source: notes, quote: "Look around"}
glossary:
  - {term: ETL, words: [ETL, ELT], definition: "Extract, transform, load"}
"""


def test_a_sourced_roles_file_gives_every_part():
    from rolequiz.content.models import Sourced

    rs = parse_roles(yamlsafe.parse(ROLES_SOURCED, "f.yaml"), "f.yaml", {"data"})
    guide, notes = rs.sources
    assert (guide.author, guide.date, notes.date) == ("Ann Lee", "2025-03-20", "undated")
    [role] = rs.roles
    [skill] = role.skills
    assert isinstance(skill, Sourced) and skill.get("en") == "SQL"
    assert [(q.source, q.text) for q in skill.quotes] == [("guide", "SQL yes")]
    assert [q.text for q in role.notes[0].quotes] == ["One", "Two"]
    [figure] = role.facts["salary"].figures
    assert (figure.level, figure.low, figure.high, figure.currency, figure.basis,
            figure.period, figure.quotes) == ("junior", 30000, 40000, "EUR", "gross", "year",
                                              ("30 000 to 40 000 euros",))
    assert role.facts["salary"].source == "guide" and role.facts["salary"].value is None
    assert role.facts["remote"].quotes == ("Often remote",)
    assert [q.text for q in role.profile_basis["data"].quotes] == ["Data all day"]
    assert role.profile_basis["data"].judgement.get("en") == "Ours"
    listed = changed(ROLES_SOURCED, "{quotes: [{source: guide, quote: \"Data all day\"}], "
                     "judgement: Ours}", "[{source: guide, quote: \"Data all day\"}]")
    [role] = parse_roles(yamlsafe.parse(listed, "f.yaml"), "f.yaml", {"data"}).roles
    assert role.profile_basis["data"].judgement is None
    assert role.profile_basis["data"].quotes[0].text == "Data all day"
    assert rs.advice[0].quotes[0].source == "notes"
    assert rs.glossary[0].words == ("ETL", "ELT")


@pytest.mark.parametrize("old, new, expected", [
    ('date: "2025-03-20"', "date: 2025-03-20", []),
    ('date: "2025-03-20"', "date: 2025", []),
    ('date: "2025-03-20"', "date: March 2025",
     ["f.yaml:3:73: source date 'March 2025' is not a date — write it as 2025-03-20, 2025-03 or "
      "2025, or 'undated' when the article gives none"]),
    ("author: Ann Lee", "author: [Ann]",
     ["f.yaml:3:58: source author must be text, not a list"]),
    ('source: guide, quote: "SQL yes"', 'quote: "SQL yes"',
     ["f.yaml:12:21: an entry of skills has a quote but no 'source' — add 'source:' (the id of "
      "the article it comes from)"]),
    ('source: guide, quote: "SQL yes"', 'source: gide, quote: "SQL yes"',
     ["f.yaml:12:29: unknown source 'gide' — did you mean 'guide'?"]),
    ('quote: "SQL yes"', 'quote: ""',
     ["f.yaml:12:43: quote is empty — write the text"]),
    ('quote: "SQL yes"', "quote: []",
     ["f.yaml:12:43: quote is empty — copy the source’s words, or remove the line"]),
    ("{text: SQL, source", "{txt: SQL, source",
     ["f.yaml:12:9: an entry of skills has no 'text' — add 'text:'",
      "f.yaml:12:10: unknown key 'txt' in an entry of skills — did you mean 'text'?"]),
    ("level: junior", "level: beginner",
     ["f.yaml:18:21: level 'beginner' is not one of junior, all, senior"]),
    ("basis: gross", "basis: brut",
     ["f.yaml:18:76: basis 'brut' is not one of gross, net, unstated"]),
    ("period: year", "period: yearly",
     ["f.yaml:19:22: period 'yearly' is not one of year, month, unstated — did you mean 'year'?"]),
    ("currency: EUR", "currency: €",
     ["f.yaml:18:64: currency '€' is not a currency code — write its three-letter code, "
      "such as EUR or USD"]),
    ("low: 30000, high: 40000", "low: 40000, high: 30000",
     ["f.yaml:18:34: low (40000) is above high (30000) — swap them"]),
    ("low: 30000, high: 40000", "low: 30k",
     ["f.yaml:18:34: low must be a number, not text ('30k')"]),
    ("low: 30000, high: 40000", "average: 35000.5",
     ["f.yaml:18:38: average must be a whole amount, 0 or more, not 35000.5 — write the amount in "
      "full: 45000, not 45k"]),
    ("low: 30000, high: 40000", "average: 35000, low: 30000",
     ["f.yaml:18:29: a salary figure gives an average and a range — give each in a figure "
      "of its own"]),
    ("low: 30000, high: 40000, ", "",
     ["f.yaml:18:13: a salary figure has no amount — give low and high, or average"]),
    ("level: junior, ", "",
     ["f.yaml:18:13: a salary figure has no 'level' — add 'level:'"]),
    ("        figures:\n", "        values:\n",
     ["f.yaml:17:9: the salary fact has no 'source' — add 'source:'",
      "f.yaml:17:9: the salary fact has no 'value' — add 'value:'",
      "f.yaml:17:9: unknown key 'values' in the salary fact — did you mean 'value'?"]),
    ("        figures:\n", "        figures: []\n        old:\n",
     ["f.yaml:17:18: figures is empty — give at least one figure",
      "f.yaml:18:9: unknown key 'old' in the salary fact — allowed keys: figures"]),
    ('remote: {value: Often, source: notes, quote: "Often remote"}',
     "remote: {figures: [], source: notes}",
     ["f.yaml:20:15: the remote fact has no 'value' — add 'value:'",
      "f.yaml:20:16: unknown key 'figures' in the remote fact — allowed keys: value, source, "
      "quote"]),
    ("data: {quotes", "dta: {quotes",
     ["f.yaml:10:7: profile_basis names unknown dimension 'dta' — did you mean 'data'?"]),
    ('{quotes: [{source: guide, quote: "Data all day"}], judgement: Ours}', "{}",
     ["f.yaml:10:13: the basis of 'data' is empty — give quotes, or the judgement behind it"]),
    ("judgement: Ours", "jugement: Ours",
     ["f.yaml:10:64: unknown key 'jugement' in the basis of 'data' — did you mean 'judgement'?"]),
    ('[{source: guide, quote: "Data all day"}]', "[{source: guide}]",
     ["f.yaml:10:23: an entry of the basis of 'data' has no 'quote' — add 'quote:'"]),
    ("words: [ETL, ELT], ", "", []),
    ('definition: "Extract, transform, load"', "meaning: ETL",
     ["f.yaml:24:5: a glossary entry has no 'definition' — add 'definition:'",
      "f.yaml:24:36: unknown key 'meaning' in a glossary entry — allowed keys: term, words, "
      "definition"]),
])
def test_each_problem_of_a_sourced_roles_file(old, new, expected):
    assert problems(changed(ROLES_SOURCED, old, new), "roles") == expected


NBSP = "\u00a0"


@pytest.mark.parametrize("text, expected", [
    ("answers:\n  q9: 2\n  q1: 7\n",
     [f"a.yaml:2:3: identifiant de question inconnu{NBSP}: «{NBSP}q9{NBSP}» — voulais-tu dire "
      f"«{NBSP}q4{NBSP}»{NBSP}?",
      f"a.yaml:3:7: la réponse à «{NBSP}q1{NBSP}» vaut 7, une valeur hors de l’échelle — "
      f"valeurs possibles{NBSP}: 1, 2"]),
    ("answers:\n\tq1: 2\n",
     [f"a.yaml:2:1: une tabulation sert à l’indentation{NBSP}; YAML demande des espaces — "
      "indente avec des espaces"]),
])
def test_an_answers_file_is_explained_in_the_language_asked_for(questions, tmp_path, text,
                                                                 expected):
    """`quiz --answers FILE --lang fr`: what is wrong with the file is said in French."""
    path = tmp_path / "a.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_answers(path, questions, "fr")
    assert [str(p).replace(f"{tmp_path}/", "") for p in caught.value.problems] == expected


def test_a_missing_file_is_said_in_the_language_asked_for(tmp_path):
    with pytest.raises(ContentError) as caught:
        yamlsafe.read_text(tmp_path / "none.yaml", lang="fr")
    assert str(caught.value).endswith("none.yaml: fichier introuvable — vérifie le chemin")
    with pytest.raises(ContentError) as caught:
        yamlsafe.read_text(tmp_path / "none.yaml", lang="fr", audience=COUNSELOR)
    assert str(caught.value).endswith("none.yaml: fichier introuvable — vérifiez le chemin")
    with pytest.raises(ContentError) as caught:
        yamlsafe.read_text(tmp_path / "none.yaml")
    assert str(caught.value).endswith("none.yaml: file not found — check the path")
