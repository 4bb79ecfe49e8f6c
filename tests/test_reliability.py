"""Hostile JSON where results and answers are read (RELIABILITY.md 2-4, 7, 8, 13): every
command that reads one says what is wrong with exit 2, never a traceback, and a group report
skips and lists such files."""

from __future__ import annotations

import json

import pytest
from conftest import run_cli

HOSTILE_JSON = {
    "deep.json": '{"answers": ' + "[" * 100_000 + "]" * 100_000 + "}",
    "deep-unclosed.json": "[" * 200_000,
    "huge.json": '{"answers": {' + ",".join(f'"q{i}": 1' for i in range(300_000)) + "}}",
    "nul.json": '{"a\x00": 1}',
    "nan.json": '{"schema": "rolequiz.result/1", "matches": [{"rank": 1, "role": "x", '
                '"score": NaN}]}',
    "truncated.json": '{"schema": "rolequiz.result/1", "answers": {"why-sales-d',
    "list.json": "[1, 2, 3]",
    "empty.json": "",
    "yaml-tag.json": "!!python/object/apply:os.system ['touch pwned']\n",
    "alias-bomb.json": "a: &a [1,1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n",
}
LATIN1 = '{"name": "Zoé"}'.encode("latin-1")

COMMANDS = [
    ["quiz", "--answers", "{f}", "--format", "json"],
    ["results", "{f}"],
    ["compare", "--top", "3", "--results", "{f}"],
    ["roles", "--results", "{f}"],
    ["show", "data-analyst", "--results", "{f}"],
]


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("hostile-json")
    for name, text in HOSTILE_JSON.items():
        (d / name).write_text(text, encoding="utf-8")
    (d / "latin1.json").write_bytes(LATIN1)
    return d


@pytest.mark.parametrize("name", [*sorted(HOSTILE_JSON), "latin1.json"])
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0] + (" " + c[1] if c[1] in (
    "--top", "--results", "data-analyst") else ""))
def test_every_reader_of_results_refuses_hostile_json(runner, hostile_dir, name, command,
                                                      parse_work):
    path = hostile_dir / name
    result = run_cli(runner, *[str(path) if a == "{f}" else a for a in command])
    assert parse_work.violations == []
    assert result.exit_code == 2, (result.exit_code, result.output)
    assert result.stdout == ""
    message = result.stderr.strip()
    assert message.startswith(f"rolequiz: {path}"), message
    assert "Traceback" not in result.output
    # bounded work, counted (conftest.ParseWork): in proportion to the file, and the
    # 3 MB file refused before any parser saw it
    size = path.stat().st_size
    if size > parse_work.limit:
        assert "too large" in message, message
        size = 0
    assert parse_work.events <= parse_work.budget(size), (parse_work.events, size)


def test_a_report_skips_and_lists_hostile_files(runner, hostile_dir, tmp_path, parse_work):
    folder = tmp_path / "ws"
    assert run_cli(runner, "workshop", "init", folder, "--title", "Group").exit_code == 0
    good = run_cli(runner, "quiz", "--answers",
                   __import__("conftest").ROOT / "examples" / "maker.yaml",
                   "--workshop", folder, "--name", "Zoé")
    assert good.exit_code == 0, good.output
    for p in hostile_dir.iterdir():
        (folder / p.name).write_bytes(p.read_bytes())
    before = parse_work.events
    report = run_cli(runner, "report", folder, "--format", "json")
    assert parse_work.violations == []
    # bounded work, counted: in proportion to the files (the one too large not read)
    size = sum(p.stat().st_size for p in folder.iterdir() if p.stat().st_size <= 1024 * 1024)
    spent = parse_work.events - before
    assert spent <= parse_work.budget(size), (spent, size)
    assert report.exit_code == 0, report.output
    data = json.loads(report.stdout)
    assert data["participants"] == 1
    skipped = {s["file"].rsplit("/", 1)[-1]: s["reason"] for s in data["skipped"]}
    assert skipped == {
        "deep.json": "not-json", "deep-unclosed.json": "not-json", "latin1.json": "not-json",
        "huge.json": "too-big", "nan.json": "damaged", "nul.json": "damaged",
        "truncated.json": "damaged", "list.json": "not-a-result", "empty.json": "empty",
        "yaml-tag.json": "not-json", "alias-bomb.json": "not-json",
    }


def test_a_saved_result_without_answers_is_not_an_empty_quiz(runner, tmp_path):
    saved = tmp_path / "result.json"
    saved.write_text('{"schema": "rolequiz.result/1", "matches": []}', encoding="utf-8")
    result = run_cli(runner, "quiz", "--answers", saved, "--format", "json")
    assert result.exit_code == 2
    assert "holds no answers" in result.stderr
