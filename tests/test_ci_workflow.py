"""The hosted CI workflow: valid YAML, every system and Python the project supports, and the
README's own test command (a CI that installs differently proves something else)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "tests.yml"


@pytest.fixture(scope="module")
def workflow() -> dict:
    if not WORKFLOW.exists() and not (ROOT / ".git").exists():
        pytest.skip("not a checkout (an sdist has no .github)")
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def job(workflow) -> dict:
    (only,) = workflow["jobs"].values()
    return only


def runs(job) -> list[str]:
    return [step["run"] for step in job["steps"] if "run" in step]


def readme_test_command() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- test-command -->\n```sh\n(.*?)\n```", readme, re.S)
    assert block, "README.md has no test command"
    return block.group(1)


def test_it_runs_on_pushes_and_pull_requests(workflow):
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert set(triggers) >= {"push", "pull_request"}


def test_every_system_with_every_supported_python(job):
    matrix = job["strategy"]["matrix"]
    assert matrix["os"] == ["ubuntu-latest", "macos-latest", "windows-latest"]
    assert matrix["python"] == ["3.10", "3.11", "3.12", "3.13"]  # strings, not 3.1
    assert job["strategy"]["fail-fast"] is False
    assert job["runs-on"] == "${{ matrix.os }}"
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'requires-python = ">=3.10"' in pyproject  # the oldest in the matrix


def test_checkout_then_the_matrix_python(job):
    uses = [step.get("uses", "") for step in job["steps"]]
    assert uses[0].startswith("actions/checkout@")
    (setup,) = [s for s in job["steps"] if s.get("uses", "").startswith("actions/setup-python@")]
    assert setup["with"]["python-version"] == "${{ matrix.python }}"


def test_the_readme_test_command_with_each_systems_venv(job):
    """`python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/pytest`,
    with the venv's programs where each system puts them."""
    script = "\n".join(runs(job))
    assert "python -m venv .venv" in script
    assert "bin=.venv/Scripts" in script and "bin=.venv/bin" in script
    readme = readme_test_command()
    for part in readme.split(" && ")[1:]:  # the venv's pip, then the venv's pytest
        assert part.replace(".venv/bin/", "$VENV_BIN/") in script, part
    assert "$VENV_BIN/ruff check ." in script
    assert job["defaults"]["run"]["shell"] == "bash"  # the same script on Windows
