"""Answers files (the contract of DESIGN.md): question id -> a value of the scale.

YAML, JSON, or a saved result. JSON with nothing wrong in it (what scripts and saved
results give) is read by json alone, without PyYAML; anything else goes through the YAML
reader, which explains every problem with its line. Both accept exactly the same files
(tests/test_answers_speed.py holds them equal).
"""

from __future__ import annotations

import json
from pathlib import Path

from rolequiz.base.errors import ContentError, Problem
from rolequiz.base.later import later
from rolequiz.content.load import (
    ANSWERS_SCHEMA,
    RESULT_SCHEMA,
    YAML_TAG,
    Checker,
    What,
    check_schema,
    root_entries,
)
from rolequiz.content.models import QuestionSet
from rolequiz.i18n import t

yaml = later("yaml", globals())
yamlsafe = later("rolequiz.content.yamlsafe", globals())

def load_answers(path: str | Path, questions: QuestionSet, lang: str = "en",
                 audience: str = "tu") -> dict[str, int]:
    """An answers file (YAML or JSON; a saved result works too) -> question id -> value.
    The file is read once (a pipe, `--answers <(cat a.yaml)`, cannot be read twice), then
    parsed from memory. What is wrong with it is said in `lang`, what to do to `audience`
    (the student who gave it, unless a counselor did)."""
    from rolequiz.content.reading import read_given

    name = str(path)
    data = read_given(path, _MAX_BYTES, lang, audience)
    quick = _plain_json_answers(data, questions)
    if quick is not None:
        return quick
    text = yamlsafe.decode(data, name, lang, audience)
    try:
        node = yamlsafe.parse(text, name, lang, audience)
    except ContentError:
        node = _json_fallback(text, name, lang, audience)
        if node is None:
            raise
    return parse_answers(node, name, questions, lang, audience)


def _plain_json_answers(data: bytes, questions: QuestionSet) -> dict[str, int] | None:
    """The answers of a JSON file with nothing wrong in it (what scripts and saved results
    give), read without PyYAML; None for anything else, which the YAML path then reads and,
    if something is wrong, explains with its line. Accepts exactly what that path accepts."""
    try:
        if not data.removeprefix(_BOM).lstrip().startswith(b"{"):
            return None
        root = json.loads(data.decode("utf-8").removeprefix("\ufeff"),
                          object_pairs_hook=_no_duplicates)
    except (ValueError, RecursionError):
        return None
    schema = root.get("schema", ANSWERS_SCHEMA)
    if schema == RESULT_SCHEMA:
        if _depth(root) > 40:  # yamlsafe.MAX_DEPTH: the YAML path refuses it
            return None
    elif schema != ANSWERS_SCHEMA or set(root) - {"schema", "answers"}:
        return None
    given = root.get("answers")
    if not isinstance(given, dict):
        return None
    known = {q.id for q in questions.questions}
    values = set(questions.scale.values)
    answers: dict[str, int] = {}
    for qid, value in given.items():
        if qid not in known:
            return None
        if value is None:
            continue  # an explicit skip
        if type(value) is not int or value not in values:
            return None
        answers[qid] = value
    return answers


_MAX_BYTES = 1024 * 1024  # yamlsafe.MAX_BYTES, without importing PyYAML (tested equal)
_BOM = "\ufeff".encode()


def _depth(root) -> int:
    deepest, stack = 0, [(root, 1)]
    while stack:
        value, depth = stack.pop()
        deepest = max(deepest, depth)
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values())
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value)
    return deepest


def _no_duplicates(pairs: list) -> dict:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise ValueError("duplicate key")  # the YAML path names both lines
    return out


def _json_fallback(text: str, name: str, lang: str = "en", audience: str = "tu"):
    """A JSON file PyYAML cannot read (tabs, say) is read as JSON, positions by line only."""
    from rolequiz.content.reading import json_words

    if not text.lstrip().startswith("{"):
        return None
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as e:
        if isinstance(e, json.JSONDecodeError):
            raise ContentError([Problem(name, e.lineno, e.colno, t(
                "file.invalid_json", lang, message=json_words(e.msg, lang)))]) from None
        raise ContentError([Problem(name, None, None, t("yaml.nesting", lang))]) from None
    try:
        return yamlsafe.parse(json.dumps(data, ensure_ascii=False, indent=0), name, lang,
                              audience)
    except ContentError:
        return None


def parse_answers(node, name: str, questions: QuestionSet, lang: str = "en",
                  audience: str = "tu") -> dict[str, int]:
    c = Checker(name, lang, audience)
    entries = root_entries(c, node, "check.write_answers", empty_ok=True)
    answers: dict[str, int] = {}
    if entries:
        schema = None
        if "schema" in entries:
            # told by check_schema below when it is not text: a checker of its own, not c
            schema = Checker(name).text(entries["schema"][1], "check.what.schema")
        if schema == RESULT_SCHEMA:
            # a saved result: take its answers, the rest is its own business
            if "answers" not in entries:
                c.add(node, "answers.result_without_answers",
                      "answers.result_without_answers_hint")
        elif check_schema(c, entries, ANSWERS_SCHEMA):
            c.raise_if_any()  # a questions or roles file given as answers: say only that
        else:
            c.keys(entries, node, "check.what.answers_file", ["schema", "answers"], ["answers"])
        if "answers" in entries:
            known = {q.id for q in questions.questions}
            values = questions.scale.values
            for qid, (key_node, value_node) in c.mapping(
                entries["answers"][1], "check.what.answers"
            ).items():
                if qid not in known:
                    c.add(key_node, "answers.unknown_question", id=qid,
                          said=c.suggest(qid, known))
                    continue
                if isinstance(value_node, yaml.ScalarNode) and value_node.tag == YAML_TAG + "null":
                    continue  # an explicit skip
                v = c.integer(value_node, What("check.what.answer", qid))
                if v is not None and v not in values:
                    c.add(value_node, "answers.not_on_scale", "answers.not_on_scale_hint",
                          id=qid, value=v, values=", ".join(map(str, values)))
                elif v is not None:
                    answers[qid] = v
    c.raise_if_any()
    return answers
