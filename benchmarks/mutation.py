#!/usr/bin/env python3
"""Mutation testing: do the tests of a module notice when its code changes?

    python benchmarks/mutation.py                      # every module in MODULES, 2 jobs
    python benchmarks/mutation.py --module rolequiz/engine/scoring.py
    python benchmarks/mutation.py --module rolequiz/x.py --tests tests/test_x.py
    python benchmarks/mutation.py --sample 30 --seed 4 # 30 random mutants of each module
    python benchmarks/mutation.py --list               # the mutants, nothing run
    python benchmarks/mutation.py --only report:_group: # these mutants (ids or beginnings)
    python benchmarks/mutation.py --json out.json      # the same figures as JSON

Each mutant is the module with exactly one small change (a `<` made `<=`, a `+` made `-`,
a number made 0, a call statement made `pass`, ...). The module's own test files are run
against it; a failing run kills the mutant, a passing one lets it survive: a change no test
notices. Per module: tried, killed (of which timeouts), survived (of which listed as
equivalent in benchmarks/mutation_equivalents.txt, and of which on lines the tests never
run), and the score killed / (tried - equivalent) against the target (90 %); then each
survivor that is not listed as equivalent, with its id, line and the change.
Exit 1 when a module is under the target, 2 when the set-up fails, 0 otherwise.
See docs/testing.md.

Why a mutator of its own rather than mutmut 3.8 or cosmic-ray 8.7 (both installable here):
mutmut was tried on rolequiz/quiz/progress.py. It is fast (337 mutants in 56 s on 2 busy cores:
it forks one pytest process and switches mutants through trampolines inside each function),
but its mutant names are numbers within a function (`x_now__mutmut_2`), renumbered as soon
as a function gains or loses a mutable spot, so a list of equivalent mutants cannot outlive
the next edit; it only mutates inside functions (not module constants, class bodies, default
values); it needs its own section in pyproject.toml, with `also_copy` for the rest of the
package, and copies the tree into ./mutants; and it rewrites every function into a
trampoline, which changes what the tests see (function identity, introspection). cosmic-ray
needs a session database, a config file and an external runner for each module. This file
has no dependency beyond the standard library, one table to edit when modules move, ids
that survive line moves, and runs the real module source in a copy of the repository.

How it works. Mutants are made from the module's syntax tree, but written as text: only
the characters of the change are replaced (an operator's token, a constant, a statement),
then the result is parsed again and checked to be the original tree with exactly that one
node replaced; when the token edit parses differently (precedence), the node is written
whole, in parentheses, with ast.unparse. Not mutated: docstrings and other bare strings,
`if __name__ == "__main__"` and `if TYPE_CHECKING` blocks, annotations, `__all__`,
logging calls, f-string insides (an f-string as a whole becomes "XX"), and what starts
on a line marked `# pragma: no mutate` (on a def, class, if or loop: its whole block).

Operators: comparisons (< <= > >= == != swapped at the boundary and negated, in / not in,
is / is not), arithmetic (+ -, * /, // /, % /, ** *, | &, << >>, also in +=), and / or,
`not` / unary minus removed, numbers (n -> n+1, 0, 1), True / False, strings -> "XX",
`return x` -> `return None`, a call statement -> `pass`, break / continue.

Ids: `stem:qualname:operator:hash:occurrence`, e.g. `scoring:_Ranker.rank:cmp.Lt.LtE:1a2b3c4d:0`,
where stem is the file name without .py (so ids survive a move to a subpackage), hash is
the start of the SHA-1 of the text of the mutated node's lines (spaces evened out) and of
the node unparsed, and occurrence counts the same (qualname, operator, hash) before it.
Moving code, re-indenting it or editing other lines leaves an id unchanged; editing the
line itself (its comment too) gives its mutants new ids. (Hashing the whole statement was
tried first: one edit in a 60-line dict of labels renamed every mutant in it.)

Running: the repository is copied once per job into a temporary folder (without .git and
.venv; ../shared is linked beside it when it exists), each mutant is written into a copy
and `python -m pytest -x -q -p no:cacheprovider --hypothesis-seed=0 TESTS` runs with the
copy as current directory and first on PYTHONPATH, so the copy's rolequiz is imported, not
the editable install: checked before anything else (the module's __file__, then a mutant
that raises on import must be killed). The tests first run clean, and the tool stops if
they fail. The time limit of a mutant is 10x that clean run, at least 30 s; a mutant past
it counts as killed (an endless loop is a change the tests noticed), and as a timeout.
Hypothesis draws the same examples in every run (--hypothesis-seed, its saved examples
removed before each run), so a survivor survives again on the next run.

Which tests: the clean run is repeated once under a line tracer (sys.settrace, in every
Python process the tests start, through a sitecustomize on PYTHONPATH, and a pytest plugin
that says which test or fixture is running). A mutant then runs only the tests of the
module's files that reach its lines (the way PIT and mutmut choose tests): those whose
test or wider-scoped fixtures ran the lines, every test for lines run on import (module
constants, default values, class bodies), and every test that starts a process (a process
started with an environment of its own, without PYTHONPATH, is not traced). Mutants of
lines no test reaches are reported as "not covered" survivors without running
(--run-uncovered runs them against all the tests); --whole-files runs the whole files for
every mutant. On 12 mutants of rolequiz/quiz/progress.py: the same 5 survivors, in half the
time. The quickest tests run first (from the traced run's times), so a mutant dies sooner.
"""

from __future__ import annotations

import argparse
import ast
import bisect
import concurrent.futures
import copy
import hashlib
import io
import itertools
import json
import os
import queue
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import tokenize
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The module -> test files table: the only place to update when modules move. Each set is
# the tests that exercise the module directly and run in a few seconds (test_workshop_group,
# 20 s of concurrent saves, is left out on purpose).
MODULES: dict[str, list[str]] = {
    "rolequiz/engine/scoring.py": ["tests/test_scoring.py", "tests/test_scoring_rules.py",
                                   "tests/test_scoring_speed.py"],
    "rolequiz/engine/adaptive.py": ["tests/test_adaptive.py", "tests/test_adaptive_rules.py"],
    "rolequiz/content/load.py": ["tests/test_content.py", "tests/test_validate.py",
                                 "tests/test_content_checks.py", "tests/test_content_cache.py"],
    "rolequiz/content/answers.py": ["tests/test_content_checks.py",
                                    "tests/test_answers_speed.py"],
    "rolequiz/group/report.py": ["tests/test_report.py", "tests/test_report_documents.py"],
    "rolequiz/views/report_csv.py": ["tests/test_report.py", "tests/test_report_documents.py"],
    "rolequiz/quiz/progress.py": ["tests/test_progress.py", "tests/test_session.py"],
    "rolequiz/group/participants.py": ["tests/test_workshop.py", "tests/test_workshop_checks.py"],
    "rolequiz/group/manifest.py": ["tests/test_workshop.py", "tests/test_workshop_cli.py",
                                   "tests/test_workshop_checks.py"],
    "rolequiz/group/store.py": ["tests/test_workshop.py", "tests/test_workshop_checks.py"],
    "rolequiz/group/reader.py": ["tests/test_workshop.py", "tests/test_report.py",
                                 "tests/test_workshop_checks.py"],
    "rolequiz/content/reading.py": ["tests/test_reading.py", "tests/test_content_checks.py",
                                    "tests/test_hostile.py", "tests/test_validate.py"],
    "rolequiz/group/cleanup.py": ["tests/test_cleanup.py", "tests/test_reliability_saves.py"],
    "rolequiz/group/watch.py": ["tests/test_workshop.py", "tests/test_workshop_cli.py",
                                "tests/test_workshop_checks.py"],
    "rolequiz/base/shell.py": ["tests/test_suggest.py"],
    "rolequiz/cli/suggest.py": ["tests/test_suggest.py", "tests/test_results_command.py"],
    "rolequiz/views/terminal/summary.py": ["tests/test_results_frames.py"],
    "rolequiz/cli/browse.py": ["tests/test_results_frames.py"],
}

EQUIVALENTS = Path(__file__).resolve().parent / "mutation_equivalents.txt"
TARGET = 90.0
MIN_TIMEOUT = 30.0
TIMEOUT_FACTOR = 10.0
NO_MUTATE = "pragma: no mutate"
LOGGER_NAMES = {"log", "logger", "logging", "_log", "_logger", "LOG", "LOGGER"}
COPY_IGNORE = shutil.ignore_patterns(
    ".git", ".venv", "venv", "__pycache__", "*.egg-info", ".hypothesis", ".pytest_cache",
    ".ruff_cache", ".mypy_cache", "mutants", "build", "dist", "node_modules",
    "mutation-baseline*")

# ---------------------------------------------------------------------------------------
# Mutants

CMP_SWAPS: dict[type, tuple[type, ...]] = {
    ast.Lt: (ast.LtE, ast.GtE), ast.LtE: (ast.Lt, ast.Gt),
    ast.Gt: (ast.GtE, ast.LtE), ast.GtE: (ast.Gt, ast.Lt),
    ast.Eq: (ast.NotEq,), ast.NotEq: (ast.Eq,),
    ast.In: (ast.NotIn,), ast.NotIn: (ast.In,),
    ast.Is: (ast.IsNot,), ast.IsNot: (ast.Is,),
}
ARITH_SWAPS: dict[type, type] = {
    ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.Div, ast.Div: ast.Mult,
    ast.FloorDiv: ast.Div, ast.Mod: ast.Div, ast.Pow: ast.Mult,
    ast.BitOr: ast.BitAnd, ast.BitAnd: ast.BitOr, ast.BitXor: ast.BitAnd,
    ast.LShift: ast.RShift, ast.RShift: ast.LShift,
}
OP_TEXT: dict[type, str] = {
    ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Eq: "==", ast.NotEq: "!=",
    ast.In: "in", ast.NotIn: "not in", ast.Is: "is", ast.IsNot: "is not",
    ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//",
    ast.Mod: "%", ast.Pow: "**", ast.BitOr: "|", ast.BitAnd: "&", ast.BitXor: "^",
    ast.LShift: "<<", ast.RShift: ">>", ast.And: "and", ast.Or: "or",
}
# precedence levels of the binary operators: swapping within a level keeps the tree's shape
LEVEL: dict[type, int] = {
    ast.BitOr: 1, ast.BitXor: 2, ast.BitAnd: 3, ast.LShift: 4, ast.RShift: 4,
    ast.Add: 5, ast.Sub: 5, ast.Mult: 6, ast.Div: 6, ast.FloorDiv: 6, ast.Mod: 6,
    ast.MatMult: 6, ast.Pow: 7,
}
# tokens that may stand between two operands besides the operator itself
BRACKETS = {"(", ")"}
HOLE = "\0 the mutated node \0"


@dataclass(frozen=True)
class Mutant:
    id: str
    module: str                            # the path as given, e.g. rolequiz/engine/scoring.py
    qualname: str
    operator: str
    line: int                              # first line of the change, in the original
    end_line: int                          # last line of the mutated node, in the original
    edits: tuple[tuple[int, int, str], ...]  # (start, end, text) offsets in the original
    before: str                            # the changed line, before and after
    after: str

    def apply(self, source: str) -> str:
        for start, end, text in sorted(self.edits, reverse=True):
            source = source[:start] + text + source[end:]
        return source


class _Source:
    """Offsets in the text for the syntax tree's positions (which count UTF-8 bytes)."""

    def __init__(self, text: str):
        self.text = text
        self.lines = text.split("\n")
        self.starts = [0]
        for line in self.lines:
            self.starts.append(self.starts[-1] + len(line) + 1)
        self.tokens = [(self.char_offset(*t.start), self.char_offset(*t.end), t.string)
                       for t in tokenize.generate_tokens(io.StringIO(text).readline)
                       if t.type in (tokenize.OP, tokenize.NAME)]
        self.token_starts = [t[0] for t in self.tokens]

    def offset(self, line: int, col_bytes: int) -> int:
        raw = self.lines[line - 1].encode("utf-8")[:col_bytes]
        return self.starts[line - 1] + len(raw.decode("utf-8"))

    def char_offset(self, line: int, col_chars: int) -> int:
        return self.starts[line - 1] + col_chars

    def span(self, node: ast.AST) -> tuple[int, int]:
        return (self.offset(node.lineno, node.col_offset),
                self.offset(node.end_lineno, node.end_col_offset))

    def tokens_between(self, start: int, end: int) -> list[tuple[int, int, str]]:
        first = bisect.bisect_left(self.token_starts, start)
        last = bisect.bisect_left(self.token_starts, end)
        return [t for t in self.tokens[first:last] if t[2] not in BRACKETS]


def _is_docstring(stmt: ast.stmt) -> bool:
    return (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant)
            and isinstance(stmt.value.value, str))


def _is_logging(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call):
        return False
    f = node.func
    while isinstance(f, ast.Attribute):
        if isinstance(f.value, ast.Name) and f.value.id in LOGGER_NAMES:
            return True
        f = f.value
    return False


def _skipped_statement(stmt: ast.stmt) -> bool:
    if isinstance(stmt, (ast.Import, ast.ImportFrom, ast.Global, ast.Nonlocal)):
        return True
    if _is_docstring(stmt):
        return True
    if isinstance(stmt, ast.Expr) and _is_logging(stmt.value):
        return True
    if isinstance(stmt, ast.If):
        t = stmt.test
        if (isinstance(t, ast.Compare) and isinstance(t.left, ast.Name)
                and t.left.id == "__name__"):
            return True
        name = t.attr if isinstance(t, ast.Attribute) else getattr(t, "id", None)
        if name == "TYPE_CHECKING":
            return True
    if isinstance(stmt, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
        targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
        if any(isinstance(t, ast.Name) and t.id in ("__all__", "__slots__", "__match_args__")
               for t in targets):
            return True
    return False


@dataclass
class _Found:
    node: ast.AST
    path: tuple            # how to reach the node from the module: ((field, index|None), ...)
    qualname: str
    operator: str
    expected: ast.AST      # what stands at `path` after the change
    edits: list[tuple[int, int, str]]
    safe: bool             # an atom for an atom, a token for one of the same precedence


class _Finder:
    """Walks the tree and lists every candidate change, in source order."""

    def __init__(self, tree: ast.Module, src: _Source):
        self.src = src
        self.found: list[_Found] = []
        self.tree = tree

    def run(self) -> list[_Found]:
        self._visit(self.tree, (), ["<module>"])
        return self.found

    # --- walking -----------------------------------------------------------------------
    def _visit(self, node: ast.AST, path: tuple, names: list[str]) -> None:
        if isinstance(node, (ast.stmt, ast.expr)) and self._no_mutate(node.lineno):
            return
        if isinstance(node, ast.stmt):
            if _skipped_statement(node):
                return
            self._statement(node, path, names)
        elif isinstance(node, ast.expr):
            if isinstance(node, ast.JoinedStr):
                self._add(node, path, names, "str.XX", ast.Constant("XX"),
                          [(*self.src.span(node), '"XX"')])
                return  # positions inside f-strings are not reliable before 3.12
            if _is_logging(node):
                return
            self._expression(node, path, names)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            inner = [*names[1:], node.name] if names == ["<module>"] else [*names, node.name]
            for i, dec in enumerate(node.decorator_list):
                self._visit(dec, (*path, ("decorator_list", i)), names)
            if isinstance(node, ast.ClassDef):
                for fname in ("bases", "keywords"):
                    for i, child in enumerate(getattr(node, fname)):
                        self._visit(child, (*path, (fname, i)), names)
            else:
                args = node.args
                for fname in ("defaults", "kw_defaults"):
                    for i, child in enumerate(getattr(args, fname)):
                        if child is not None:
                            self._visit(child, (*path, ("args", None), (fname, i)), names)
            body = node.body
            start = 1 if body and _is_docstring(body[0]) else 0
            for i in range(start, len(body)):
                self._visit(body[i], (*path, ("body", i)), inner)
            return
        for fname, value in ast.iter_fields(node):
            if fname in ("annotation", "returns", "type_comment"):
                continue
            if isinstance(node, ast.arguments):
                continue  # only reached through lambdas: defaults handled nowhere else
            if isinstance(value, list):
                for i, child in enumerate(value):
                    if isinstance(child, ast.AST):
                        self._visit_child(node, child, (*path, (fname, i)), names)
            elif isinstance(value, ast.AST):
                self._visit_child(node, value, (*path, (fname, None)), names)

    def _visit_child(self, parent, child, path, names):
        if isinstance(parent, ast.Module) and isinstance(child, ast.stmt):
            if path[-1][1] == 0 and _is_docstring(child):
                return
        if isinstance(child, ast.excepthandler):
            for i, stmt in enumerate(child.body):
                self._visit(stmt, (*path, ("body", i)), names)
            if child.type is not None:
                self._visit(child.type, (*path, ("type", None)), names)
            return
        if isinstance(child, (ast.expr_context, ast.operator, ast.boolop, ast.unaryop,
                              ast.cmpop)):
            return
        self._visit(child, path, names)

    def _no_mutate(self, line: int) -> bool:
        return NO_MUTATE in self.src.lines[line - 1]

    # --- candidate changes ----------------------------------------------------------------
    def _add(self, node, path, names, operator, expected, edits, safe=True):
        self.found.append(_Found(node, path, ".".join(names), operator, expected, edits, safe))

    def _statement(self, node: ast.stmt, path, names):
        src = self.src
        if isinstance(node, ast.Return) and node.value is not None and not (
                isinstance(node.value, ast.Constant) and node.value.value is None):
            self._add(node, path, names, "return.None", ast.Return(ast.Constant(None)),
                      [(*src.span(node.value), "None")])
        elif isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
            self._add(node, path, names, "stmt.pass", ast.Pass(),
                      [(*src.span(node), "pass")])
        elif isinstance(node, ast.Break):
            self._add(node, path, names, "loop.break.continue", ast.Continue(),
                      [(*src.span(node), "continue")])
        elif isinstance(node, ast.Continue):
            self._add(node, path, names, "loop.continue.break", ast.Break(),
                      [(*src.span(node), "break")])
        elif isinstance(node, ast.AugAssign) and type(node.op) in ARITH_SWAPS:
            new = ARITH_SWAPS[type(node.op)]
            start = src.span(node.target)[1]
            end = src.span(node.value)[0]
            toks = src.tokens_between(start, end)
            expected = copy.copy(node)
            expected.op = new()
            edits = ([(toks[0][0], toks[0][1], OP_TEXT[new] + "=")] if len(toks) == 1
                     else [(*src.span(node), ast.unparse(expected))])
            self._add(node, path, names,
                      f"arith.{type(node.op).__name__}.{new.__name__}", expected, edits,
                      safe=len(toks) == 1)

    def _expression(self, node: ast.expr, path, names):
        src = self.src
        if isinstance(node, ast.Compare):
            for i, op in enumerate(node.ops):
                left = node.left if i == 0 else node.comparators[i - 1]
                toks = src.tokens_between(src.span(left)[1], src.span(node.comparators[i])[0])
                for new in CMP_SWAPS.get(type(op), ()):
                    expected = copy.copy(node)
                    expected.ops = [*node.ops[:i], new(), *node.ops[i + 1:]]
                    edits = ([(toks[0][0], toks[-1][1], OP_TEXT[new])] if toks
                             else self._whole(node, expected))
                    self._add(node, path, names,
                              f"cmp.{type(op).__name__}.{new.__name__}", expected, edits,
                              safe=bool(toks))
        elif isinstance(node, ast.BinOp) and type(node.op) in ARITH_SWAPS:
            new = ARITH_SWAPS[type(node.op)]
            toks = src.tokens_between(src.span(node.left)[1], src.span(node.right)[0])
            expected = copy.copy(node)
            expected.op = new()
            edits = ([(toks[0][0], toks[0][1], OP_TEXT[new])] if len(toks) == 1
                     else self._whole(node, expected))
            self._add(node, path, names,
                      f"arith.{type(node.op).__name__}.{new.__name__}", expected, edits,
                      safe=len(toks) == 1 and LEVEL[type(node.op)] == LEVEL[new])
        elif isinstance(node, ast.BoolOp):
            new = ast.Or if isinstance(node.op, ast.And) else ast.And
            expected = copy.copy(node)
            expected.op = new()
            edits = []
            for a, b in itertools.pairwise(node.values):
                toks = src.tokens_between(src.span(a)[1], src.span(b)[0])
                if len(toks) != 1:
                    edits = None
                    break
                edits.append((toks[0][0], toks[0][1], OP_TEXT[new]))
            self._add(node, path, names,
                      f"bool.{type(node.op).__name__}.{new.__name__}", expected,
                      edits or self._whole(node, expected), safe=False)
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.Not, ast.USub,
                                                                    ast.UAdd, ast.Invert)):
            name = {ast.Not: "not", ast.USub: "neg", ast.UAdd: "pos",
                    ast.Invert: "invert"}[type(node.op)]
            start = src.span(node)[0]
            end = src.span(node.operand)[0]
            # `-x` -> `x`: remove the operator's characters only (keeps the operand's text)
            self._add(node, path, names, f"{name}.removed", node.operand,
                      [(start, end, "")], safe=False)
        elif isinstance(node, ast.Constant):
            self._constant(node, path, names)

    def _constant(self, node: ast.Constant, path, names):
        v = node.value
        span = self.src.span(node)
        if isinstance(v, bool):
            self._add(node, path, names, f"const.{v}.{not v}", ast.Constant(not v),
                      [(*span, repr(not v))])
        elif isinstance(v, (int, float)):
            zero, one = (0.0, 1.0) if isinstance(v, float) else (0, 1)
            for label, new in (("n+1", v + 1), ("0", zero), ("1", one)):
                if new == v or (label != "n+1" and new == v + 1):
                    continue
                self._add(node, path, names, f"num.{label}", ast.Constant(new),
                          [(*span, repr(new))])
        elif isinstance(v, str) and v != "XX":
            self._add(node, path, names, "str.XX", ast.Constant("XX"),
                      [(*span, '"XX"')])
        elif isinstance(v, bytes) and v != b"XX":
            self._add(node, path, names, "str.XX", ast.Constant(b"XX"),
                      [(*span, 'b"XX"')])

    def _whole(self, node: ast.expr, expected: ast.expr) -> list[tuple[int, int, str]]:
        return [(*self.src.span(node), f"({ast.unparse(expected)})")]


def _at(tree: ast.AST, path: tuple) -> tuple[ast.AST, str, int | None]:
    """The parent of the node at `path`, the field and index where it stands."""
    parent = tree
    for fname, index in path[:-1]:
        parent = getattr(parent, fname)
        if index is not None:
            parent = parent[index]
    return parent, path[-1][0], path[-1][1]


def _swap(tree: ast.AST, path: tuple, new: ast.AST) -> ast.AST:
    parent, fname, index = _at(tree, path)
    if index is None:
        old = getattr(parent, fname)
        setattr(parent, fname, new)
    else:
        old = getattr(parent, fname)[index]
        getattr(parent, fname)[index] = new
    return old


def _one_change(original: ast.Module, mutated: str, path: tuple, expected: ast.AST) -> bool:
    """Is `mutated` the original tree with `expected` at `path`, and nothing else changed?"""
    old = _swap(original, path, ast.Constant(HOLE))
    holed = ast.dump(original)
    _swap(original, path, old)
    try:
        tree = ast.parse(mutated)
        parent, fname, index = _at(tree, path)
        got = getattr(parent, fname) if index is None else getattr(parent, fname)[index]
    except (SyntaxError, AttributeError, IndexError, TypeError, ValueError):
        return False
    if ast.dump(got) != ast.dump(expected):
        return False
    _swap(tree, path, ast.Constant(HOLE))
    return ast.dump(tree) == holed


def _line_view(text: str, start: int, end: int, width: int = 150) -> str:
    """The lines from the one holding `start` to the one holding `end`, on one line."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    b = len(text) if b < 0 else b
    if b - a > width:  # a window around the change
        a = max(a, start - width // 3)
        b = min(b, a + width)
    return " ".join(text[a:b].split())


def generate(source: str, module: str, verify_all: bool = False) -> list[Mutant]:
    """Every one-change mutant of `source`, in source order, with stable ids. `module` is
    the path shown in reports; ids use only its file name without .py. Changes that could
    parse otherwise than meant (precedence) are parsed and compared with the intended tree;
    `verify_all` does so for every change."""
    tree = ast.parse(source)
    src = _Source(source)
    stem = Path(module).stem
    seen: dict[tuple[str, str, str], int] = {}
    mutants: list[Mutant] = []
    for f in _Finder(tree, src).run():
        edits = f.edits
        text = _apply(source, edits)
        if text == source:
            continue
        if f.safe and not verify_all:
            pass  # an atom replaced by an atom, a token by one of the same precedence
        elif not _one_change(tree, text, f.path, f.expected):
            if not isinstance(f.node, ast.expr):
                continue
            edits = [(*src.span(f.node), f"({ast.unparse(f.expected)})")]
            text = _apply(source, edits)
            if not _one_change(tree, text, f.path, f.expected):
                continue
        # the place: the text of the node's lines (spaces evened out) and the node itself
        lines = " ".join(src.lines[f.node.lineno - 1:f.node.end_lineno])
        place = f"{' '.join(lines.split())}\n{ast.unparse(f.node)}"
        digest = hashlib.sha1(place.encode()).hexdigest()[:8]
        key = (f.qualname, f.operator, digest)
        occurrence = seen.get(key, 0)
        seen[key] = occurrence + 1
        start = min(e[0] for e in edits)
        end = max(e[1] for e in edits)
        delta = sum(len(e[2]) - (e[1] - e[0]) for e in edits)
        mutants.append(Mutant(
            id=f"{stem}:{f.qualname}:{f.operator}:{digest}:{occurrence}",
            module=module, qualname=f.qualname, operator=f.operator,
            line=source.count("\n", 0, start) + 1,
            end_line=getattr(f.node, "end_lineno", None) or f.node.lineno,
            edits=tuple(edits),
            before=_line_view(source, start, end),
            after=_line_view(text, start, end + delta)))
    return mutants


def _apply(source: str, edits) -> str:
    for start, end, text in sorted(edits, reverse=True):
        source = source[:start] + text + source[end:]
    return source


# ---------------------------------------------------------------------------------------
# Equivalents

def read_equivalents(path: Path) -> dict[str, str]:
    """`id  # reason` per line; blank lines and lines starting with # are ignored."""
    out: dict[str, str] = {}
    if not path.is_file():
        return out
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        ident, _, reason = line.partition("#")
        out[ident.strip()] = reason.strip()
    return out


# ---------------------------------------------------------------------------------------
# Running

# Installed as sitecustomize.py (every Python process started with the tracer's folder on
# PYTHONPATH runs it): records the lines of one file that run, by owner: the test running
# (its pytest node id), a fixture wider than a test ("fixture NAME"), or "" (the module's
# own code run on import, and anything run while no test is). Processes the tests start
# inherit the owner through the environment; an owner that starts a process is noted, since
# a process started with an environment of its own runs untraced: such tests are run for
# every mutant.
TRACER = '''\
import atexit, json, os, subprocess, sys, threading
_target = os.environ.get("MUTATION_TRACE_FILE")
state = {"owner": os.environ.get("MUTATION_TRACE_OWNER", ""), "items": None}
lines = {}
spawners = set()

def set_owner(owner):
    state["owner"] = owner
    os.environ["MUTATION_TRACE_OWNER"] = owner

if _target:
    _known = {}
    def _local(frame, event, arg):
        if event == "line":
            owner = state["owner"]
            seen = lines.get(owner)
            if seen is None:
                seen = lines[owner] = set()
            seen.add(frame.f_lineno)
        return _local
    def _importing(frame, event, arg):
        if event == "line":
            lines.setdefault("", set()).add(frame.f_lineno)
        return _importing
    def _global(frame, event, arg):
        name = frame.f_code.co_filename
        hit = _known.get(name)
        if hit is None:
            hit = _known[name] = os.path.abspath(name) == _target
        if not hit:
            return None
        # the module's own code and what it runs (class bodies, module-level calls) count
        # for every test, whichever test happened to import the module first
        back = frame.f_back
        if frame.f_code.co_name == "<module>" or (
                back is not None and back.f_code.co_name == "<module>"
                and back.f_code.co_filename == name):
            _importing(frame, "line", arg)
            return _importing
        _local(frame, "line", arg)
        return _local
    def _marking(fn):
        def spawn(*args, **kwargs):
            spawners.add(state["owner"])
            return fn(*args, **kwargs)
        return spawn
    for _name in ("fork", "forkpty", "posix_spawn", "posix_spawnp", "system"):
        if hasattr(os, _name):
            setattr(os, _name, _marking(getattr(os, _name)))
    subprocess.Popen._execute_child = _marking(subprocess.Popen._execute_child)
    sys.settrace(_global)
    threading.settrace(_global)
    def _dump():
        out = os.path.join(os.environ["MUTATION_TRACE_OUT"], "lines-%d.json" % os.getpid())
        with open(out, "w") as f:
            json.dump({"lines": {k: sorted(v) for k, v in lines.items()},
                       "spawners": sorted(spawners), "items": state["items"],
                       "seconds": state.get("seconds")}, f)
    atexit.register(_dump)
'''

# A pytest plugin (-p mutation_owner) that tells the tracer who runs.
OWNER_PLUGIN = '''\
import time
import pytest
import sitecustomize as tracer

@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    tracer.set_owner(item.nodeid)
    t0 = time.perf_counter()
    yield
    tracer.state.setdefault("seconds", {})[item.nodeid] = time.perf_counter() - t0
    tracer.set_owner("")

@pytest.hookimpl(hookwrapper=True)
def pytest_fixture_setup(fixturedef, request):
    if fixturedef.scope == "function":
        yield
        return
    before = tracer.state["owner"]
    tracer.set_owner("fixture " + fixturedef.argname)
    yield
    tracer.set_owner(before)

def pytest_collection_finish(session):
    tracer.state["items"] = {item.nodeid: list(item.fixturenames) for item in session.items}
'''


@dataclass
class Coverage:
    "Which tests run which lines of a module, from a traced clean run."
    items: dict[str, list[str]]        # test node id -> its fixtures, quickest first
    lines: dict[str, set[int]]         # owner -> lines
    spawners: set[str]                 # owners that started a process

    def tests_for(self, lines: range) -> list[str] | None:
        "The tests that run any of `lines`, with those that start processes; None: none."
        owners = {o for o, seen in self.lines.items() if any(n in seen for n in lines)}
        if not owners:
            return None
        owners |= self.spawners
        if "" in owners:
            return list(self.items)
        fixtures = {o.split(" ", 1)[1] for o in owners if o.startswith("fixture ")}
        return [t for t, used in self.items.items()
                if t in owners or fixtures.intersection(used)]


@dataclass
class Outcome:
    status: str               # killed | timeout | survived | uncovered
    seconds: float = 0.0
    tests: int = 0            # how many tests ran (0: whole files)


@dataclass
class Job:
    module: str
    tests: list[str]
    mutants: list[Mutant] = field(default_factory=list)
    clean_seconds: float = 0.0
    timeout: float = 0.0
    coverage: Coverage | None = None
    outcomes: dict[str, Outcome] = field(default_factory=dict)


class Workspace:
    """One copy of the repository per job, handed out to one mutant at a time."""

    def __init__(self, jobs: int):
        self.tmp = Path(tempfile.mkdtemp(prefix="rolequiz-mutation-"))
        self.copies: queue.Queue[Path] = queue.Queue()
        for i in range(jobs):
            home = self.tmp / f"w{i}"
            dst = home / ROOT.name
            shutil.copytree(ROOT, dst, ignore=COPY_IGNORE, symlinks=True)
            shared = ROOT.parent / "shared"
            if shared.exists():
                (home / "shared").symlink_to(shared)
            self.copies.put(dst)
        (self.tmp / "tracer").mkdir()
        (self.tmp / "tracer" / "sitecustomize.py").write_text(TRACER, encoding="utf-8")
        (self.tmp / "tracer" / "mutation_owner.py").write_text(OWNER_PLUGIN, encoding="utf-8")
        self.running: set[subprocess.Popen] = set()
        self.lock = threading.Lock()
        self.hypothesis_seed: int | None = None

    def close(self) -> None:
        with self.lock:
            for proc in self.running:
                _kill(proc)
        shutil.rmtree(self.tmp, ignore_errors=True)

    def all_copies(self) -> list[Path]:
        return list(self.copies.queue)

    def run(self, module: str, source: str | None, tests: list[str], timeout: float,
            extra_env: dict[str, str] | None = None, tracer: bool = False,
            where: Path | None = None) -> tuple[int | None, float, str]:
        """Write `source` (None: the original) as `module` in a free copy, run the tests;
        returns (exit code or None on timeout, seconds, the output's tail)."""
        repo = where or self.copies.get()
        target = repo / module
        original = (ROOT / module).read_text(encoding="utf-8")
        try:
            _write(target, original if source is None else source)
            env = dict(os.environ)
            # bytecode cached inside the copy (the mutated module's is removed by _write)
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            path = [str(repo)]
            if tracer:
                path.insert(0, str(self.tmp / "tracer"))
            if env.get("PYTHONPATH"):
                path.append(env["PYTHONPATH"])
            env["PYTHONPATH"] = os.pathsep.join(path)
            env.update(extra_env or {})
            argv = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider"]
            if tracer:
                argv += ["-p", "mutation_owner"]
            if self.hypothesis_seed is not None:
                argv.append(f"--hypothesis-seed={self.hypothesis_seed}")
            # every run starts without examples saved by the runs before it
            shutil.rmtree(repo / ".hypothesis", ignore_errors=True)
            t0 = time.perf_counter()
            with self.lock:
                proc = subprocess.Popen([*argv, *tests], cwd=repo, env=env,
                                        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                        stderr=subprocess.STDOUT, start_new_session=True)
                self.running.add(proc)
            try:
                out, _ = proc.communicate(timeout=timeout)
                code: int | None = proc.returncode
            except subprocess.TimeoutExpired:
                _kill(proc)
                out, _ = proc.communicate()
                code = None
            finally:
                with self.lock:
                    self.running.discard(proc)
            seconds = time.perf_counter() - t0
            return code, seconds, out.decode("utf-8", "replace")[-3000:]
        finally:
            _write(target, original)
            if where is None:
                self.copies.put(repo)

    def imported_file(self, repo: Path, module: str) -> str:
        dotted = module[:-3].replace("/", ".")
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(repo), env.get("PYTHONPATH")]))
        out = subprocess.run([sys.executable, "-c", f"import {dotted} as m; print(m.__file__)"],
                             cwd=repo, env=env, capture_output=True, text=True)
        return out.stdout.strip() or out.stderr.strip()


def _write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    # a stale .pyc with the same size and mtime second would be used instead of the text
    for pyc in (path.parent / "__pycache__").glob(f"{path.stem}.*.pyc"):
        pyc.unlink(missing_ok=True)


def _kill(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        proc.kill()


class SetupError(Exception):
    pass


def _interrupted(signum, frame):
    raise KeyboardInterrupt


def prepare(ws: Workspace, job: Job, timeout: float | None) -> None:
    """The clean run (timed), the check that the copy is what runs, and line coverage."""
    for repo in ws.all_copies():
        got = ws.imported_file(repo, job.module)
        if Path(got).resolve() != (repo / job.module).resolve():
            raise SetupError(f"{job.module}: the copy imports {got}, not {repo / job.module}")
    code, seconds, out = ws.run(job.module, None, job.tests, timeout=3600)
    if code != 0:
        raise SetupError(f"{job.module}: the tests fail without any mutation "
                         f"(exit {code}):\n{out}")
    job.clean_seconds = seconds
    job.timeout = timeout or max(MIN_TIMEOUT, TIMEOUT_FACTOR * seconds)
    source = (ROOT / job.module).read_text(encoding="utf-8")
    sanity = source + '\nraise RuntimeError("mutation sanity check")\n'
    code, _, out = ws.run(job.module, sanity, job.tests, timeout=job.timeout)
    if code == 0:
        raise SetupError(f"{job.module}: a mutant that raises on import was not killed: "
                         f"the tests do not import the copied module\n{out}")
    traces = Path(tempfile.mkdtemp(dir=ws.tmp, prefix="trace-"))
    repo = ws.copies.get()
    try:
        env = {"MUTATION_TRACE_FILE": str((repo / job.module).resolve()),
               "MUTATION_TRACE_OUT": str(traces)}
        code, _, out = ws.run(job.module, None, job.tests, timeout=3600,
                              extra_env=env, tracer=True, where=repo)
    finally:
        ws.copies.put(repo)
    cov = Coverage({}, {}, set())
    for f in traces.glob("lines-*.json"):
        data = json.loads(f.read_text(encoding="utf-8"))
        for owner, seen in data["lines"].items():
            cov.lines.setdefault(owner, set()).update(seen)
        cov.spawners.update(data["spawners"])
        if data["items"]:
            in_file_order = data["items"]
            seconds = data["seconds"] or {}
            cov.items = {t: in_file_order[t]
                         for t in sorted(in_file_order, key=lambda t: seconds.get(t, 0.0))}
    if code == 0 and cov.lines.get("") and cov.items:
        # the quickest tests first, so that a mutant is killed sooner: if they pass that way
        code, _, out = ws.run(job.module, None, list(cov.items), timeout=3600)
        if code != 0:
            print(f"  {job.module}: the tests fail when run quickest first: they run in "
                  f"file order\n{out}", file=sys.stderr)
            cov.items = dict(in_file_order)
        job.coverage = cov
    else:
        print(f"  {job.module}: no line coverage (tracer exit {code}): every mutant "
              "runs all the tests", file=sys.stderr)


def tests_for(job: Job, m: Mutant, whole_files: bool) -> list[str] | None:
    """What to run for a mutant: the tests that reach its lines, quickest first, or the
    whole files (no coverage, or `whole_files`); None when no test reaches them."""
    if job.coverage is None:
        return job.tests
    tests = job.coverage.tests_for(range(m.line, max(m.line, m.end_line) + 1))
    if tests is None:
        return None
    return job.tests if whole_files else tests


def run_mutant(ws: Workspace, job: Job, m: Mutant, source: str, tests: list[str]) -> Outcome:
    code, seconds, _ = ws.run(job.module, m.apply(source), tests, timeout=job.timeout)
    everything = len(job.coverage.items) if job.coverage else -1
    ran = 0 if tests == job.tests or len(tests) == everything else len(tests)
    if code is None:
        return Outcome("timeout", seconds, ran)
    return Outcome("survived" if code == 0 else "killed", seconds, ran)


# ---------------------------------------------------------------------------------------
# Report

def summarize(job: Job, equivalents: dict[str, str], target: float) -> dict:
    counts = {"killed": 0, "timeout": 0, "survived": 0, "uncovered": 0}
    for o in job.outcomes.values():
        counts[o.status] += 1
    killed = counts["killed"] + counts["timeout"]
    survivors = [m for m in job.mutants if job.outcomes[m.id].status in ("survived", "uncovered")]
    equivalent = [m for m in survivors if m.id in equivalents]
    tried = len(job.mutants)
    scored = tried - len(equivalent)
    score = 100.0 * killed / scored if scored else 100.0
    listed_but_killed = [m.id for m in job.mutants if m.id in equivalents
                         and job.outcomes[m.id].status in ("killed", "timeout")]
    return {
        "module": job.module, "tests": job.tests,
        "clean_seconds": round(job.clean_seconds, 2), "timeout_seconds": round(job.timeout, 1),
        "tried": tried, "killed": killed, "timeouts": counts["timeout"],
        "survived": len(survivors), "equivalent": len(equivalent),
        "not_covered": counts["uncovered"],
        "score": round(score, 1), "target": target, "ok": score >= target,
        "mutant_seconds": round(sum(o.seconds for o in job.outcomes.values()), 1),
        "listed_equivalent_but_killed": listed_but_killed,
        "survivors": [
            {"id": m.id, "line": m.line, "before": m.before, "after": m.after,
             "not_covered": job.outcomes[m.id].status == "uncovered",
             "tests_run": job.outcomes[m.id].tests or "all"}
            for m in survivors if m.id not in equivalents],
    }


def print_report(summaries: list[dict], out=sys.stdout) -> None:
    for s in summaries:
        verdict = "ok" if s["ok"] else "UNDER TARGET"
        print(f"{s['module']}  ({' '.join(s['tests'])}; clean run {s['clean_seconds']:.1f} s, "
              f"time limit {s['timeout_seconds']:.0f} s, mutants ran "
              f"{s['mutant_seconds']:.0f} s)", file=out)
        print(f"  tried {s['tried']}, killed {s['killed']} (timeouts {s['timeouts']}), "
              f"survived {s['survived']} (equivalent {s['equivalent']}, not covered "
              f"{s['not_covered']}), score {s['score']:.1f} % (target {s['target']:.0f} %) "
              f"{verdict}", file=out)
        for bad in s["listed_equivalent_but_killed"]:
            print(f"  ! listed as equivalent but killed: {bad}", file=out)
        for v in s["survivors"]:
            tag = ("  [not covered]" if v["not_covered"] else
                   "" if v["tests_run"] == "all" else f"  ({v['tests_run']} tests reach it)")
            print(f"  {v['id']}  line {v['line']}{tag}", file=out)
            print(f"      {v['before']}  ->  {v['after']}", file=out)
        print(file=out)


# ---------------------------------------------------------------------------------------

def choose(args) -> dict[str, list[str]]:
    if not args.module:
        return {m: list(t) for m, t in MODULES.items()}
    chosen = {}
    for module in args.module:
        tests = args.tests or MODULES.get(module)
        if not tests:
            raise SystemExit(f"no tests for {module}: give --tests FILE... "
                             "(or add it to MODULES)")
        chosen[module] = list(tests)
    return chosen


def main(argv: list[str] | None = None) -> int:
    # Started in the background by a shell, this process ignores Ctrl-C, and so would every
    # test's child (an ignored signal stays ignored across exec): the tests that press
    # Ctrl-C in a terminal would hang. A handler of our own is reset to the default in them.
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    p = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    p.add_argument("--module", action="append", metavar="PATH",
                   help="a module to mutate (repeatable); default: every module in MODULES")
    p.add_argument("--tests", nargs="+", metavar="FILE",
                   help="the test files for --module (default: its row in MODULES)")
    p.add_argument("--jobs", type=int, default=2, help="mutants run at once (default 2)")
    p.add_argument("--timeout", type=float,
                   help="seconds per mutant (default 10x the clean run, at least 30)")
    p.add_argument("--sample", type=int, metavar="N", help="try N random mutants of each module")
    p.add_argument("--seed", type=int, default=1, help="for --sample (default 1)")
    p.add_argument("--only", nargs="+", metavar="ID",
                   help="only these mutants (ids, or their beginnings: scoring:rank:)")
    p.add_argument("--list", action="store_true", help="list the mutants, run nothing")
    p.add_argument("--json", metavar="FILE", help="write the figures as JSON")
    p.add_argument("--target", type=float, default=TARGET, help="score target in %% (90)")
    p.add_argument("--equivalents", type=Path, default=EQUIVALENTS,
                   help="the equivalent mutants file (default benchmarks/"
                        "mutation_equivalents.txt)")
    p.add_argument("--run-uncovered", action="store_true",
                   help="also run mutants of lines the tests never reach (all the tests)")
    p.add_argument("--whole-files", action="store_true",
                   help="run the whole test files for each mutant, not only the tests that "
                        "reach its lines")
    p.add_argument("--hypothesis-seed", type=int, default=0, metavar="N",
                   help="the same hypothesis examples for every run (default 0); -1: random")
    args = p.parse_args(argv)
    if args.tests and not args.module:
        p.error("--tests needs --module")
    if args.only and not args.module:  # the modules the ids name
        stems = {i.split(":", 1)[0] for i in args.only}
        args.module = [m for m in MODULES if Path(m).stem in stems] or None

    jobs = []
    made: set[str] = set()  # every id of the chosen modules, before --only and --sample
    for module, tests in choose(args).items():
        for path in [module, *tests]:
            if not (ROOT / path).is_file():
                p.error(f"no such file: {path}")
        source = (ROOT / module).read_text(encoding="utf-8")
        mutants = generate(source, module)
        made.update(m.id for m in mutants)
        if args.only:
            mutants = [m for m in mutants if m.id.startswith(tuple(args.only))]
        if args.sample is not None and args.sample < len(mutants):
            picked = set(random.Random(args.seed).sample(range(len(mutants)), args.sample))
            mutants = [m for i, m in enumerate(mutants) if i in picked]
        jobs.append(Job(module, tests, mutants))

    if args.list:
        for job in jobs:
            print(f"{job.module}: {len(job.mutants)} mutants")
            for m in job.mutants:
                print(f"  {m.id}  line {m.line}\n      {m.before}  ->  {m.after}")
        return 0

    equivalents = read_equivalents(args.equivalents)
    started = time.perf_counter()
    ws = Workspace(max(1, args.jobs))
    ws.hypothesis_seed = None if args.hypothesis_seed < 0 else args.hypothesis_seed
    signal.signal(signal.SIGTERM, _interrupted)
    try:
        print(f"checking {len(jobs)} module(s) with {args.jobs} job(s) in {ws.tmp}",
              file=sys.stderr)
        pool = concurrent.futures.ThreadPoolExecutor(max(1, args.jobs))
        try:
            for f in [pool.submit(prepare, ws, job, args.timeout) for job in jobs]:
                f.result()
            total = sum(len(j.mutants) for j in jobs)
            done = 0
            summaries: dict[str, dict] = {}
            lock = threading.Lock()
            last = [time.perf_counter()]

            def one(job: Job, m: Mutant, source: str) -> None:
                nonlocal done
                tests = tests_for(job, m, args.whole_files)
                if tests is None and not args.run_uncovered:
                    outcome = Outcome("uncovered")
                else:
                    outcome = run_mutant(ws, job, m, source, tests or job.tests)
                with lock:
                    job.outcomes[m.id] = outcome
                    done += 1
                    if len(job.outcomes) == len(job.mutants):  # the module is done: show it
                        summaries[job.module] = summarize(job, equivalents, args.target)
                        print_report([summaries[job.module]])
                        sys.stdout.flush()
                    now = time.perf_counter()
                    if now - last[0] > 30 or done == total:
                        last[0] = now
                        print(f"  {done}/{total} mutants, {now - started:.0f} s",
                              file=sys.stderr)

            futures = []
            # the cheapest modules first: their figures come out first
            for job in sorted(jobs, key=lambda j: j.clean_seconds * len(j.mutants)):
                if not job.mutants:
                    summaries[job.module] = summarize(job, equivalents, args.target)
                    print_report([summaries[job.module]])
                source = (ROOT / job.module).read_text(encoding="utf-8")
                print(f"  {job.module}: {len(job.mutants)} mutants, clean run "
                      f"{job.clean_seconds:.1f} s", file=sys.stderr)
                futures += [pool.submit(one, job, m, source) for m in job.mutants]
            for f in futures:
                f.result()
        finally:
            pool.shutdown(wait=False, cancel_futures=True)
    except SetupError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    finally:
        ws.close()
    elapsed = time.perf_counter() - started

    summaries = [summaries[job.module] for job in jobs]
    stems = {Path(job.module).stem for job in jobs}
    stale = sorted(i for i in equivalents if i.split(":", 1)[0] in stems and i not in made)
    for ident in stale:
        print(f"listed as equivalent but no longer made (its line changed?): {ident}")
    if len(summaries) > 1:
        print("module                        tried  killed  survived  equivalent  score")
        for s in summaries:
            print(f"{s['module']:<30}{s['tried']:>5}{s['killed']:>8}{s['survived']:>10}"
                  f"{s['equivalent']:>12}{s['score']:>6.1f} %" + ("" if s["ok"] else "  under"))
    print(f"{sum(s['tried'] for s in summaries)} mutants in {elapsed:.0f} s "
          f"with {args.jobs} job(s)" + (f", a sample of {args.sample} per module, seed "
                                        f"{args.seed}" if args.sample is not None else ""))
    if args.json:
        Path(args.json).write_text(json.dumps(
            {"seconds": round(elapsed, 1), "jobs": args.jobs, "sample": args.sample,
             "seed": args.seed, "target": args.target, "modules": summaries,
             "stale_equivalents": stale},
            indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0 if all(s["ok"] for s in summaries) else 1


if __name__ == "__main__":
    sys.exit(main())
