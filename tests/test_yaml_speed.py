"""The fast YAML paths (libyaml) must read exactly what the careful pure-Python loader reads,
refuse exactly what it refuses with the same words, and never crash the process."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from rolequiz.base.errors import ContentError
from rolequiz.content import yamlsafe

pytestmark = pytest.mark.skipif(yamlsafe.CParser is None, reason="PyYAML without libyaml")


def tree(node):
    """Everything a node tree says, positions and scalar styles included, without recursion.
    (Not flow_style: PyYAML says None for a "- " list at its key's indentation, libyaml False;
    nothing here reads it.)"""
    out, stack = [], [node]
    while stack:
        n = stack.pop()
        if n is None:
            out.append(None)
            continue
        out.append((type(n).__name__, n.tag, n.start_mark.line, n.start_mark.column,
                    n.end_mark.line, n.end_mark.column,
                    n.value if isinstance(n, yaml.ScalarNode) else len(n.value),
                    getattr(n, "style", None)))
        if isinstance(n, yaml.SequenceNode):
            stack.extend(reversed(n.value))
        elif isinstance(n, yaml.MappingNode):
            for k, v in reversed(n.value):
                stack.extend([v, k])
    return out


def careful(text: str):
    """What the pure-Python loader alone makes of `text` (the reference)."""
    try:
        return tree(yamlsafe._compose(yamlsafe._Loader, text))
    except Exception as e:  # noqa: BLE001
        return type(e).__name__


def message(text: str, monkeypatch=None) -> str:
    with pytest.raises(ContentError) as e:
        yamlsafe.parse(text, "f.yaml")
    return "\n".join(str(p) for p in e.value.problems)


def test_default_and_mini_content_read_the_same(mini):
    from rolequiz.content.load import default_paths

    for path in (*default_paths(), mini["questions"], mini["roles"], mini["answers"]):
        text = yamlsafe.read_text(path)
        assert yamlsafe._c_tree(text) is not yamlsafe._AGAIN, path  # the fastest path ran
        assert tree(yamlsafe.parse(text, str(path))) == careful(text), path
        assert tree(yamlsafe._compose(yamlsafe._FastLoader, text)) == careful(text), path


SCALARS = st.one_of(
    st.text(alphabet="abé:-#'\" []{},!&*?|>\t\n\\01.", max_size=12),
    st.integers(-1000, 1000), st.floats(allow_nan=False), st.booleans(), st.none(),
)
DOCS = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.text("abcé-_ ", max_size=6), inner, max_size=4)),
    max_leaves=25,
)


@settings(max_examples=150, deadline=None)
@given(DOCS, st.sampled_from([None, True, False]), st.sampled_from([None, "'", '"']))
def test_any_document_reads_the_same_fast_or_careful(doc, flow, style):
    text = yaml.safe_dump(doc, default_flow_style=flow, default_style=style, allow_unicode=True)
    assert tree(yamlsafe.parse(text, "f")) == careful(text)


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\nb: &x [1, 2]\nc: *x\n",  # an alias, line 3
        "a: 1\nb: !!python/object/apply:os.system ['echo hi']\n",
        "a:\n  b: !custom x\n",
        "a: &a [*a]\n",
        "a: [1, 2\n",  # broken: libyaml words it differently
        "a: b: c\n",
        "a: 'unterminated\n",
        "a: 1\n---\nb: 2\n",
        "a: *nowhere\n",
        "a: 1\na: 2\n\tb: 3\n",
        "x: " + "[" * 50 + "]" * 50 + "\n",
        "".join(" " * i + "- \n" for i in range(60)),
    ],
)
def test_refusals_have_the_same_words_with_or_without_libyaml(text, monkeypatch):
    fast = message(text)
    monkeypatch.setattr(yamlsafe, "_FastLoader", None)
    assert message(text) == fast


def test_an_alias_is_reported_at_the_alias_even_on_the_fastest_path():
    text = "roles:\n  - id: a\n    name: &n Name\n  - id: b\n    name: *n\n"
    assert message(text) == (
        "f.yaml:5:11: aliases like *n are not allowed — write the value out in full "
        "instead of referring to an anchor"
    )


def test_many_brackets_but_shallow_still_read_the_same():
    text = "items:\n" + "".join(f"  - {{id: i{n}, v: [1, 2]}}\n" for n in range(1500))
    assert yamlsafe._c_tree(text) is yamlsafe._AGAIN  # over the bound: event by event
    assert tree(yamlsafe.parse(text, "f")) == careful(text)


def test_a_thread_reads_event_by_event():
    text = "a: [1, {b: 2}]\n"
    seen = {}

    def work():
        seen["fast"] = yamlsafe._c_tree(text)
        seen["tree"] = tree(yamlsafe.parse(text, "f"))

    t = threading.Thread(target=work)
    t.start()
    t.join()
    assert seen["fast"] is yamlsafe._AGAIN
    assert seen["tree"] == careful(text)


@pytest.mark.parametrize(
    "body",
    [
        "[" * 30_000 + "\n",  # 30 KB; RELIABILITY.md #3: libyaml's composer crashes here
        "[" * 60_000 + "\n",
        "{" * 30_000 + "\n",
        "a: " + "[a, " * 15_000 + "\n",
        "- " * 20_000 + "x\n",
        "".join(" " * i + "-\n" for i in range(1000)),  # 500 KB
    ],
)
def test_deep_nesting_is_an_error_never_a_crash(tmp_path, body):
    path = tmp_path / "deep.yaml"
    path.write_text(body, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "rolequiz", "validate", "--questions", str(path)],
        capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 2, proc.stderr[-500:]
    assert "nesting too deep (more than 40 levels)" in proc.stderr
    assert "Traceback" not in proc.stderr
