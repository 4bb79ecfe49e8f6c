"""JSON answers files are read without PyYAML, with exactly the YAML path's verdicts."""

from __future__ import annotations

import json
import subprocess
import sys
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rolequiz.base.errors import ContentError
from rolequiz.content import answers as content_module
from rolequiz.content import yamlsafe
from rolequiz.content.answers import load_answers
from rolequiz.content.load import load_content


@pytest.fixture(scope="module")
def questions():
    from pathlib import Path

    mini = Path(__file__).parent / "data" / "mini"
    return load_content(mini / "questions.yaml", mini / "roles.yaml").questions


def verdict(path, questions, fast: bool):
    saved = content_module._plain_json_answers
    try:
        if not fast:
            content_module._plain_json_answers = lambda *a: None
        return load_answers(path, questions)
    except ContentError as e:
        return [str(p) for p in e.problems]
    finally:
        content_module._plain_json_answers = saved


VALUES = st.one_of(st.integers(-2, 7), st.none(), st.booleans(), st.floats(0, 6),
                   st.text("12ab", max_size=2), st.lists(st.integers(1, 5), max_size=2))
KEYS = st.sampled_from(["q1", "q2", "q3", "Q1", "schema", "answers"])


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(
    st.dictionaries(KEYS, VALUES, max_size=4),
    st.sampled_from([None, "rolequiz.answers/1", "rolequiz.result/1", "other/1", 3]),
    st.sampled_from([None, "extra"]),
    st.booleans(),
)
def test_fast_and_yaml_paths_agree(tmp_path, questions, answers, schema, extra, tabs):
    doc: dict = {"answers": answers}
    if schema is not None:
        doc["schema"] = schema
    if extra:
        doc[extra] = {"deep": [1, {"x": None}]}
    text = json.dumps(doc, indent="\t" if tabs else 2)
    path = tmp_path / "answers.json"
    path.write_text(text, encoding="utf-8")
    assert verdict(path, questions, fast=True) == verdict(path, questions, fast=False)


@pytest.mark.parametrize(
    "text",
    [
        '{"answers": {"q1": 5, "q1": 4}}',  # duplicate: the YAML path names both lines
        '{"answers": {"q1": 5}, "answers": {"q2": 1}}',
        '{"answers": {"q1": 5.0}}',
        '{"answers": {"q1": true}}',
        '{"answers": {"q1": "5"}}',
        '{"answers": []}',
        '{"answers": {"q1": 5}} trailing',
        '\ufeff{"answers": {"q1": 5}}',
        '{"schema": "rolequiz.result/1", "answers": {"q1": 5}, "x": '
        + "[" * 45 + "]" * 45 + "}",
        # the nesting limit itself: 40 levels are read, 41 are not
        '{"schema": "rolequiz.result/1", "answers": {"q1": 5}, "x": '
        + "[" * 39 + "]" * 39 + "}",
        '{"schema": "rolequiz.result/1", "answers": {"q1": 5}, "x": '
        + "[" * 40 + "]" * 40 + "}",
    ],
)
def test_odd_json_gets_the_yaml_paths_verdict(tmp_path, questions, text):
    path = tmp_path / "answers.json"
    path.write_text(text, encoding="utf-8")
    assert verdict(path, questions, fast=True) == verdict(path, questions, fast=False)


def read_without_the_yaml_reader(path, questions, monkeypatch):
    """load_answers with the YAML reader out of reach: only the quick reader can answer."""
    def unreachable(*args):
        raise AssertionError("the YAML reader was used")

    monkeypatch.setattr(content_module, "yamlsafe",
                        SimpleNamespace(read_text=unreachable, parse=unreachable))
    return load_answers(path, questions)


def nested(levels: int) -> str:
    """`levels` empty containers one in the other, a mapping and a list in turn."""
    text = "[]"
    for level in range(1, levels):
        text = f'{{"y": {text}}}' if level % 2 else f"[{text}]"
    return text


@pytest.mark.parametrize("text", [
    '{"schema": "rolequiz.answers/1", "answers": {"q1": 5, "q2": 1}}',
    '{"schema": "rolequiz.result/1", "answers": {"q1": 5, "q2": 1}, "matches": []}',
    # the nesting limit: the result itself and 39 levels in it are 40 levels
    '{"schema": "rolequiz.result/1", "answers": {"q1": 5, "q2": 1}, "x": '
    + nested(39) + "}",
    '\ufeff{"answers": {"q1": 5, "q2": 1}}',  # a byte-order mark, as Notepad writes
    # the size limit itself
    '{"answers": {"q1": 5, "q2": 1}}'.ljust(yamlsafe.MAX_BYTES),
], ids=["with its schema", "a saved result", "40 levels deep", "byte-order mark",
        "the size limit"])
def test_json_answers_with_nothing_wrong_are_read_without_pyyaml(tmp_path, questions,
                                                                monkeypatch, text):
    path = tmp_path / "answers.json"
    path.write_text(text, encoding="utf-8")
    assert path.stat().st_size <= yamlsafe.MAX_BYTES
    assert read_without_the_yaml_reader(path, questions, monkeypatch) == {"q1": 5, "q2": 1}


def test_the_size_limit_is_the_yaml_paths():
    assert content_module._MAX_BYTES == yamlsafe.MAX_BYTES


def test_a_plain_json_answers_file_does_not_import_pyyaml(tmp_path, mini):
    path = tmp_path / "a.json"
    path.write_text('{"answers": {"q1": 5, "q2": null}}', encoding="utf-8")
    code = (
        "import sys\nfrom rolequiz.content.answers import load_answers\n"
        "from rolequiz.content.load import load_content\n"
        f"c = load_content({str(mini['questions'])!r}, {str(mini['roles'])!r})\n"
        f"print(load_answers({str(path)!r}, c.questions), 'yaml' in sys.modules)\n"
    )
    out = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True).stdout.strip() for _ in range(2)]
    assert out[1] == "{'q1': 5} False"  # the second run: content from the cache
