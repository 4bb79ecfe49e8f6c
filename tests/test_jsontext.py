"""rolequiz.base.jsontext.dumps writes exactly what json.dumps(..., indent=2) writes."""

from __future__ import annotations

import json
from enum import IntEnum

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rolequiz.base.jsontext import MAX_DEPTH, dumps, loads, to_json
from rolequiz.content.results import result_to_dict
from rolequiz.engine.scoring import score

LEAVES = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True),
    st.text(), st.text(alphabet="\x00\x1f\x7f\u2028\u202e\"\\é😀 a"),
)
KEYS = st.one_of(st.text(max_size=5), st.integers(-3, 3), st.booleans(), st.none(),
                 st.floats(allow_nan=False))
DATA = st.recursive(
    LEAVES,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.tuples(inner, inner),
                            st.dictionaries(KEYS, inner, max_size=4)),
    max_leaves=30,
)


def reference(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


@settings(max_examples=400, deadline=None)
@given(DATA)
def test_same_text_as_json_dumps(data):
    assert dumps(data) == reference(data)


class Level(IntEnum):
    LOW = 1


def test_odd_values_are_left_to_json_dumps():
    for data in ({"a": Level.LOW}, {Level.LOW: 2}, {"deep": [[[[]]]], "x": {}}, [float("nan")],
                 {1.5: "x", None: "y", True: "z"}):
        assert dumps(data) == reference(data)


def test_a_real_result_is_byte_for_byte_the_same(content):
    answers = {q.id: 1 + n % 5 for n, q in enumerate(content.questions.questions)}
    data = result_to_dict(score(content, answers, "fr"), content)
    assert to_json(data) == reference(data) + "\n"


# -- reading: one depth limit on every Python ------------------------------------------------


def nested(levels: int, inner: str = "") -> str:
    return '{"a": ' * levels + (inner or "1") + "}" * levels


def test_loads_reads_what_json_reads_up_to_the_depth_limit():
    for text in ("3", '"x"', "null", "[]", "{}", '[1, {"a": [2, {}]}]',
                 nested(MAX_DEPTH), "[" * MAX_DEPTH + "]" * MAX_DEPTH):
        assert loads(text) == json.loads(text)


@pytest.mark.parametrize("text", [
    "[" * 101 + "]" * 101,
    nested(101),
    nested(50, "[" * 51 + "]" * 51),
    '[1, 2, {"deep": ' + "[" * 99 + "]" * 99 + "}]",
    "[" * 5000 + "]" * 5000,  # 3.12's json gives up here; 3.13's reads it
    "[" * 100_000 + "]" * 100_000,  # every json gives up here
])
def test_loads_refuses_deeper_nesting_the_same_way_everywhere(text):
    with pytest.raises(RecursionError):
        loads(text)
