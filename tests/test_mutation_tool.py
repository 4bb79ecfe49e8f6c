"""The mutation tool's own pieces (benchmarks/mutation.py): the mutants it makes, their ids,
the score it reports. Nothing here runs pytest in a subprocess."""

from __future__ import annotations

import ast
import importlib.util
import sys

from conftest import ROOT

spec = importlib.util.spec_from_file_location("mutation_tool", ROOT / "benchmarks" / "mutation.py")
mt = importlib.util.module_from_spec(spec)
sys.modules["mutation_tool"] = mt  # (its dataclasses look themselves up there)
spec.loader.exec_module(mt)

TINY = '''\
"""A module docstring."""
from __future__ import annotations

import logging

__all__ = ["grade"]
log = logging.getLogger(__name__)
LIMIT = 10


def grade(score: "int", names: list[str]) -> str:
    """A function docstring."""
    log.debug("grading %s", score)
    total = score * 2 + 1
    total -= 1
    if score < LIMIT and score is not None:
        print("low")
        return "low"
    for name in names:
        if name in ("x", "y"):
            continue
        if not name:
            break
    mask = total | score & 3  # pragma: no mutate
    return f"{total}" if -score <= 0 or True else ""


def bits(a, b, c):
    return a | b & c, c * -(a + b)


if __name__ == "__main__":
    grade(1, [])
'''


def changed_places(a: ast.AST, b: ast.AST) -> int:
    """How many places two trees differ at: a node whose type or plain fields differ counts
    once (its insides are not looked at), otherwise its children are compared."""
    if type(a) is not type(b):
        return 1
    if isinstance(a, list):
        if len(a) != len(b):
            return 1
        return sum(changed_places(x, y) for x, y in zip(a, b, strict=True))
    if not isinstance(a, ast.AST):
        return int(a != b)
    plain = [f for f, v in ast.iter_fields(a) if not isinstance(v, (ast.AST, list))]
    if any(getattr(a, f) != getattr(b, f) for f in plain):
        return 1
    return sum(changed_places(getattr(a, f), getattr(b, f))
               for f, v in ast.iter_fields(a) if isinstance(v, (ast.AST, list)))


def test_every_mutant_is_the_original_with_exactly_one_node_changed():
    original = ast.parse(TINY)
    mutants = mt.generate(TINY, "pkg/tiny.py")
    assert len(mutants) > 30
    for m in mutants:
        text = m.apply(TINY)
        assert text != TINY, m.id
        assert changed_places(original, ast.parse(text)) == 1, (m.id, m.before, m.after)


def test_the_same_mutants_with_every_change_parsed_and_checked():
    fast = mt.generate(TINY, "tiny.py")
    assert mt.generate(TINY, "tiny.py", verify_all=True) == fast


def test_ids_are_unique_and_name_the_module_by_its_file_name_only():
    ids = [m.id for m in mt.generate(TINY, "rolequiz/engine/tiny.py")]
    assert len(ids) == len(set(ids))
    assert all(i.startswith("tiny:") and i.count(":") == 4 for i in ids)
    assert ids == [m.id for m in mt.generate(TINY, "rolequiz/tiny.py")]


def test_ids_survive_code_moving_and_other_statements_changing():
    """Code inserted above and another statement edited: every other mutant keeps its id
    (its line moves with it); only the edited statement's mutants change ids."""
    before = mt.generate(TINY, "tiny.py")
    moved = TINY.replace("LIMIT = 10\n", "LIMIT = 10\n\n\ndef other(x):\n    return x + 1\n")
    moved = moved.replace("    total -= 1\n", "    total -= 2\n")
    after = mt.generate(moved, "tiny.py")
    old = {m.id: m for m in before}
    new = {m.id: m for m in after}
    assert set(old) - set(new) == {m.id for m in before if m.before == "total -= 1"}
    assert set(new) - set(old) == {m.id for m in after
                                   if m.before == "total -= 2" or m.qualname == "other"}
    assert len(set(old) & set(new)) == len(before) - 3
    for i in set(old) & set(new):
        assert new[i].line == old[i].line + (4 if old[i].line > 8 else 0), i


def test_each_kind_of_change_is_made():
    operators = {m.operator for m in mt.generate(TINY, "tiny.py")}
    assert operators >= {
        "cmp.Lt.LtE", "cmp.Lt.GtE", "cmp.IsNot.Is", "cmp.In.NotIn", "cmp.LtE.Lt",
        "arith.Mult.Div", "arith.Add.Sub", "arith.Sub.Add", "arith.BitOr.BitAnd",
        "bool.And.Or", "bool.Or.And", "not.removed", "neg.removed",
        "num.n+1", "num.0", "num.1", "const.True.False", "str.XX",
        "return.None", "stmt.pass", "loop.continue.break", "loop.break.continue"}


def test_docstrings_annotations_all_logging_main_and_marked_lines_are_left_alone():
    lines = TINY.splitlines()
    untouchable = {i + 1 for i, text in enumerate(lines)
                   if '"""' in text or "__all__" in text or "log." in text
                   or "no mutate" in text or "def grade" in text or "__main__" in text
                   or text.startswith("    grade(")}
    assert len(untouchable) == 8
    for m in mt.generate(TINY, "tiny.py"):
        assert m.line not in untouchable, (m.id, m.before)


def test_a_change_that_would_parse_otherwise_is_written_in_parentheses():
    """`a | b & c` with `|` made `&` must mean `a & (b & c)`, not `(a & b) & c`; removing
    the minus of `-(a + b)` must keep `c * (a + b)`."""
    by_op = {m.operator: m for m in mt.generate(TINY, "tiny.py") if m.qualname == "bits"}
    ret = ast.parse(by_op["arith.BitOr.BitAnd"].apply(TINY)).body[-2].body[0].value
    first = ret.elts[0]
    assert isinstance(first.op, ast.BitAnd) and isinstance(first.right, ast.BinOp)
    ret = ast.parse(by_op["neg.removed"].apply(TINY)).body[-2].body[0].value
    assert ast.unparse(ret.elts[1]) == "c * (a + b)"


def test_the_score_leaves_equivalent_mutants_out_and_checks_the_target():
    mutants = mt.generate(TINY, "tiny.py")[:10]
    job = mt.Job("tiny.py", ["tests/test_tiny.py"], mutants)
    for i, m in enumerate(mutants):
        job.outcomes[m.id] = mt.Outcome(["killed", "timeout", "survived", "uncovered",
                                         "killed", "killed", "killed", "killed", "killed",
                                         "killed"][i])
    equivalents = {mutants[2].id: "the same output either way"}
    s = mt.summarize(job, equivalents, target=90.0)
    assert (s["tried"], s["killed"], s["timeouts"], s["survived"], s["equivalent"],
            s["not_covered"]) == (10, 8, 1, 2, 1, 1)
    assert s["score"] == round(100 * 8 / 9, 1) and not s["ok"]
    assert [v["id"] for v in s["survivors"]] == [mutants[3].id]
    equivalents[mutants[3].id] = "never reached by design"
    assert mt.summarize(job, equivalents, target=90.0)["ok"]


def test_equivalents_file_reads_ids_and_reasons(tmp_path):
    f = tmp_path / "eq.txt"
    f.write_text("# a comment\n\ntiny:grade:num.0:0123abcd:0  # never reached\n",
                 encoding="utf-8")
    assert mt.read_equivalents(f) == {"tiny:grade:num.0:0123abcd:0": "never reached"}
    listed = mt.read_equivalents(mt.EQUIVALENTS)
    assert all(i.count(":") == 4 and reason for i, reason in listed.items())


def test_the_module_table_names_files_that_exist():
    """MODULES is the one place to update when modules move: it must follow them."""
    assert {"scoring", "load", "answers", "adaptive", "report", "progress", "participants",
            "manifest", "store", "reader", "watch"} <= {
        m.rsplit("/", 1)[-1].removesuffix(".py") for m in mt.MODULES}
    for module, tests in mt.MODULES.items():
        assert (ROOT / module).is_file(), module
        assert tests and all((ROOT / t).is_file() for t in tests), (module, tests)


def test_a_mutant_runs_the_tests_that_reach_its_lines():
    """Tests whose own code or wider fixtures ran a line, plus those that start processes
    (untraced); a line run on import needs every test; a line nobody ran needs none."""
    cov = mt.Coverage(
        items={"t::a": ["tmp_path"], "t::b": ["group"], "t::c": [], "t::spawn": []},
        lines={"": {1, 2}, "t::a": {10, 11}, "fixture group": {20}, "t::c": {11, 30}},
        spawners={"t::spawn"})
    assert cov.tests_for(range(10, 11)) == ["t::a", "t::spawn"]
    assert cov.tests_for(range(11, 12)) == ["t::a", "t::c", "t::spawn"]
    assert cov.tests_for(range(20, 21)) == ["t::b", "t::spawn"]
    assert cov.tests_for(range(29, 31)) == ["t::c", "t::spawn"]
    assert cov.tests_for(range(2, 3)) == ["t::a", "t::b", "t::c", "t::spawn"]
    assert cov.tests_for(range(40, 45)) is None
