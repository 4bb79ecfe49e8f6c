from __future__ import annotations

import json
import os
import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from typer.testing import CliRunner

# No clock in a property test: no per-example deadline, and no failure because drawing
# examples was slow (both only measure how busy the machine is). A test that lists its own
# suppressed health checks must list too_slow again.
settings.register_profile("rolequiz", deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("rolequiz")

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SHARED = ROOT.parent / "shared"  # the sources' texts (seeds/), when beside the checkout


def _seeds() -> Path | None:
    """The folder of the articles roles.yaml quotes (never shipped): ROLEQUIZ_SEEDS, else a
    shared/seeds folder beside the checkout or beside the folder of its worktrees."""
    env = os.environ.get("ROLEQUIZ_SEEDS", "").strip()
    candidates = [Path(env)] if env else [up / "shared" / "seeds" for up in ROOT.parents[:2]]
    return next((p for p in candidates if p.is_dir()), None)


SEEDS = _seeds()
# O*NET's 60 Interest Profiler items and one occupation in three (README.md there)
ONET = DATA / "onet"


@pytest.fixture(autouse=True)
def _stable_env(monkeypatch, tmp_path, tmp_path_factory):
    """Same output on every machine: English, no colour, a fixed width, private state and
    cache dirs."""
    for var in ("ROLEQUIZ_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("ROLEQUIZ_STATE_DIR", str(tmp_path / "state"))
    # (not inside tmp_path: tests check that nothing else was written there)
    monkeypatch.setenv("ROLEQUIZ_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.delenv("ROLEQUIZ_NO_CACHE", raising=False)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def mini() -> dict[str, Path]:
    """A two-dimension, two-role content set small enough to reason about by hand."""
    d = DATA / "mini"
    return {"questions": d / "questions.yaml", "roles": d / "roles.yaml",
            "answers": d / "answers.yaml"}


@pytest.fixture
def content():
    from rolequiz.content.load import load_content

    return load_content()


def run_cli(runner: CliRunner, *args: str, **kwargs):
    from rolequiz.cli import app

    return runner.invoke(app, [str(a) for a in args], **kwargs)


def environ_without_color() -> dict[str, str]:
    env = dict(os.environ)
    env["NO_COLOR"] = "1"
    return env


class ParseWork:
    """What reading hostile files costs, counted instead of timed (a count does not change
    when the machine is busy):
    - events: Python calls and returns, and built-in calls, made in rolequiz's and PyYAML's
      code (sys.setprofile), the work a bomb would multiply;
    - every text handed to a parser (json.loads, yamlsafe.parse), with its length;
    - the YAML nodes composed for each file, and the files whose tree reached the content
      checks (each node in it once: a node met twice is an alias the checks would walk again
      and again, 9**9 times for a bomb).
    Over EVENT_CAP events, a text over the size limit, more nodes for one file than the limit
    has bytes, or a shared node: the run stops at once, so a regression fails, never hangs."""

    EVENT_CAP = 5_000_000

    def __init__(self, limit: int):
        self.limit = limit
        self.events = 0
        self.parsed: list[tuple[str, str | None, int]] = []  # (parser, file name, length)
        self.nodes: Counter[str] = Counter()
        self.checked: list[str] = []
        self.violations: list[str] = []
        self.reading: str | None = None

    def budget(self, size: int) -> int:
        """The events allowed for a command that refuses a file of `size` bytes: a fixed
        part (loading the shipped content from its YAML takes about 70,000; a whole quiz over
        tests/data/mini, 6,000) and a few per byte (the deepest YAML of the corpus takes
        about 1.1). A bomb needs millions."""
        return 200_000 + 4 * size

    def stop(self, why: str) -> None:
        self.violations.append(why)
        raise AssertionError(why)

    def text(self, parser: str, name: str | None, text) -> None:
        self.parsed.append((parser, name, len(text)))
        if len(text) > self.limit:
            self.stop(f"{parser} was given {len(text)} characters ({name})")

    def node(self) -> None:
        if self.reading is not None:
            self.nodes[self.reading] += 1
            if self.nodes[self.reading] > self.limit:
                self.stop(f"more than {self.limit} nodes for {self.reading}")

    def tree(self, name: str, root) -> None:
        seen: set[int] = set()
        stack = [root] if root is not None else []
        while stack:
            node = stack.pop()
            if id(node) in seen:
                self.stop(f"a node of {name} reached the checks twice (an alias)")
            seen.add(id(node))
            if isinstance(node.value, list):
                for item in node.value:
                    stack.extend(item if isinstance(item, tuple) else (item,))

    def parsed_as_yaml(self, name: str) -> bool:
        return any(p == "yaml" and n == name for p, n, _ in self.parsed)


@pytest.fixture
def parse_work(monkeypatch):
    import yaml

    import rolequiz
    from rolequiz.content import answers, load, yamlsafe

    work = ParseWork(yamlsafe.MAX_BYTES)
    real_parse, real_loads = yamlsafe.parse, json.loads

    def parse(text, name, *args, **kwargs):
        work.text("yaml", name, text)
        work.reading = name
        try:
            return real_parse(text, name, *args, **kwargs)
        finally:
            work.reading = None

    def loads(text, *args, **kwargs):
        work.text("json", None, text)
        return real_loads(text, *args, **kwargs)

    monkeypatch.setattr(yamlsafe, "parse", parse)
    monkeypatch.setattr(json, "loads", loads)
    for cls in (yaml.nodes.ScalarNode, yaml.nodes.CollectionNode):  # libyaml's too
        def init(self, *args, _real=cls.__init__, **kwargs):
            work.node()
            _real(self, *args, **kwargs)

        monkeypatch.setattr(cls, "__init__", init)
    for module, checker, name_at in ((load, "_questions", 2), (load, "_roles", 2),
                                     (answers, "parse_answers", 1)):
        def check(*args, _real=getattr(module, checker), _at=name_at, **kwargs):
            work.checked.append(args[_at])
            work.tree(args[_at], args[_at - 1])
            return _real(*args, **kwargs)

        monkeypatch.setattr(module, checker, check)

    ours = tuple(os.path.dirname(m.__file__) + os.sep for m in (rolequiz, yaml))

    def profile(frame, event, arg):
        if frame.f_code.co_filename.startswith(ours):
            work.events += 1
            if work.events > work.EVENT_CAP:
                sys.setprofile(None)
                work.stop(f"more than {work.EVENT_CAP} calls in rolequiz and PyYAML")

    sys.setprofile(profile)
    try:
        yield work
    finally:
        sys.setprofile(None)
