from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
# O*NET's 923 occupations and 60 Interest Profiler items, copied whole (README.md there)
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
    from rolequiz.content import load_content

    return load_content()


def run_cli(runner: CliRunner, *args: str, **kwargs):
    from rolequiz.cli import app

    return runner.invoke(app, [str(a) for a in args], **kwargs)


def environ_without_color() -> dict[str, str]:
    env = dict(os.environ)
    env["NO_COLOR"] = "1"
    return env
