"""A short, bounded fuzz run of the content loader (benchmarks/fuzz_loader.py runs longer)."""

from __future__ import annotations

from fuzz_target import SEEDS, one_input
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

TOKENS = [b"[", b"]", b"{", b"}", b":", b"- ", b"&a ", b"*a", b"!!python/object:os.system",
          b"!x ", b"\n", b"\t", b"  ", b"\"", b"'", b"\\", b"\x00", b"\xff", b"\xc3", b"no",
          b"010", b"1:30", b"2024-01-02", b"~", b"? ", b"---", b"...", b"%YAML 1.1", b"#",
          b"value: ", b"weights: ", b"id: ", b"\xef\xbb\xbf", b"\x1b[2J", b"<<: "]


@st.composite
def mutated(draw):
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 6))):
        pos = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["insert", "delete", "replace", "truncate"]))
        if action == "insert":
            data[pos:pos] = draw(st.sampled_from(TOKENS))
        elif action == "delete":
            del data[pos:pos + draw(st.integers(1, 8))]
        elif action == "replace" and pos < len(data):
            data[pos] = draw(st.integers(0, 255))
        elif action == "truncate":
            del data[pos:]
    return bytes(data)


@given(mutated())
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_mutated_files_load_or_fail_cleanly(data):
    one_input(data)


@given(st.lists(st.sampled_from(TOKENS), max_size=40).map(b"".join))
@settings(max_examples=120, deadline=None)
def test_token_soup_loads_or_fails_cleanly(data):
    one_input(data)


@given(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=60))
@settings(max_examples=100, deadline=None)
def test_any_text_in_any_field(value):
    """Any text as a question's text, a dimension name or a role name, written the way a
    counselor might (plain, double-quoted with escapes, single-quoted)."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    for field in (f'"{escaped}"', value, "'" + value.replace("'", "''") + "'"):
        text = (
            "scale: [{value: 1, label: A}, {value: 2, label: B}]\n"
            f"dimensions: [{{id: data, name: {field}}}, {{id: hardware, name: H}}]\n"
            f"questions:\n  - {{id: q1, text: {field}, weights: {{data: 1}}}}\n"
            "  - {id: q2, text: Q, weights: {hardware: 1}}\n"
        )
        one_input(text.encode("utf-8", "surrogatepass"))
