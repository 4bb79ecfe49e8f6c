"""The README says what the program does: its examples must stay true."""

from __future__ import annotations

import re

from conftest import ROOT, run_cli


def test_readme_answers_example_uses_real_question_ids(content):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("schema: rolequiz.answers/1", 1)[1].split("```", 1)[0]
    ids = re.findall(r"^ +([a-z0-9-]+):", block, re.MULTILINE)
    known = {q.id for q in content.questions.questions}
    assert ids and set(ids) <= known, set(ids) - known


def test_every_command_in_the_readme_exists(runner):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    # commands as typed: at the start of a line, after a prompt, or in `code`
    commands = set(re.findall(r"(?:^|`|\$ )rolequiz ([a-z]+)", readme, re.MULTILINE))
    assert commands >= {"quiz", "validate", "roles", "show", "compare", "results", "report",
                        "workshop"}
    for command in commands:
        result = run_cli(runner, command, "--help")
        assert result.exit_code == 0, (command, result.output)


# -- --help and the formats of the README -----------------------------------------------------


def _commands() -> list[tuple[str, ...]]:
    """Every command and sub-command of the app, as typed after `rolequiz`."""
    import typer.main

    from rolequiz.cli import load_app

    out: list[tuple[str, ...]] = []

    def walk(group, path: tuple[str, ...]) -> None:
        for name, command in group.commands.items():
            out.append((*path, name))
            if hasattr(command, "commands"):
                walk(command, (*path, name))

    walk(typer.main.get_command(load_app()), ())
    return out


# a value named by upper-case words (FILE, ROLE..., DIR...) or a choice in brackets ([fr|en])
METAVAR = re.compile(r"[A-Z]+(?:\.\.\.)?|\[[a-z]+(?:\|[a-z]+)+\]")


def test_help_is_never_cut_and_names_every_value_the_same_way(runner, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    commands = _commands()
    assert ("workshop", "init") in commands and ("compare",) in commands
    for path in [(), *commands]:
        result = run_cli(runner, *path, "--help")
        text = result.stdout
        assert result.exit_code == 0, (path, result.output)
        assert max(len(line) for line in text.splitlines()) <= 80, path
        # a summary cut short ends in "..." (or "…"); only a repeated value may
        assert "…" not in text, (path, text)
        for before in re.findall(r"(\S*)\.\.\.", text):
            assert re.fullmatch(r"\[?[A-Z]+\]?", before), (path, before, text)
        assert not re.search(r"<[^>\s]*>|\{[^}\s]*\}", text), (path, text)
        usage = text.split("\n\n", 1)[0].split()[2:]  # after "Usage: rolequiz"
        for piece in usage:
            if piece not in path:
                assert re.fullmatch(r"\[?(?:OPTIONS|COMMAND|ARGS|[A-Z]+)\]?(?:\.\.\.)?\]?",
                                    piece), (path, piece)
        for metavar in re.findall(r"^ +(?:-\w, )?--[a-z-]+ (\S+)", text, re.MULTILINE):
            assert METAVAR.fullmatch(metavar), (path, metavar)


def _readme_formats() -> dict[str, set[str]]:
    """The README's table of formats: command -> the formats it says it writes."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("<!-- formats -->", 1)[1].split("\n\n", 1)[0]
    out: dict[str, set[str]] = {}
    for row in table.splitlines()[2:]:
        names, formats = row.strip("|").split("|")
        for name in re.findall(r"`([a-z ]+)`", names):
            out[name] = set(re.findall(r"`([a-z]+)`", formats))
    return out


def test_the_readme_lists_the_formats_each_command_writes(runner, mini, tmp_path):
    """Each command is run with every format any command knows: those the README lists
    work, the others are refused as bad usage (exit 2)."""
    said = _readme_formats()
    commands = _commands()
    groups = {path[:-1] for path in commands}
    assert set(said) == {" ".join(path) for path in commands if path not in groups}
    content = ["--questions", mini["questions"], "--roles", mini["roles"]]
    saved = tmp_path / "result.json"
    assert run_cli(runner, "quiz", "--answers", mini["answers"], *content,
                   "--save", saved, "--format", "json").exit_code == 0
    args = {
        "quiz": ["--answers", mini["answers"], *content],
        "results": [saved, *content],
        "roles": content,
        "show": ["analyst", *content],
        "compare": ["analyst", "maker", *content],
        "report": [saved],
        "validate": content,
        "workshop init": ["--title", "2B", *content],
        "workshop submit": [tmp_path / "2B"],
        "workshop clean": [tmp_path / "2B"],
        "workshop key export": [tmp_path / "2B"],
        "workshop key import": [tmp_path / "key"],
        "workshop close": [tmp_path / "2B"],
    }
    assert set(args) == set(said)
    every = set().union(*said.values()) | {"csv", "svg"}
    for command, formats in said.items():
        for fmt in sorted(every):
            where = tmp_path / f"{command.replace(' ', '-')}-{fmt}"
            extra = [where / "group"] if command == "workshop init" else []
            result = run_cli(runner, *command.split(), *extra, *args[command], "--format", fmt,
                             "--output", where.with_suffix("." + fmt))
            assert result.exit_code == (0 if fmt in formats else 2), (command, fmt,
                                                                     result.output)


def test_every_test_the_security_table_names_exists():
    """docs/security.md maps each hostile case to the tests that hold it: a test renamed or
    removed would leave a case mapped to nothing."""
    text = (ROOT / "docs" / "security.md").read_text(encoding="utf-8")
    table = text[text.index("## How each case is tested"):]
    rows = [line for line in table.splitlines() if re.match(r"\| \d+ \|", line)]
    assert [int(row.split("|")[1]) for row in rows] == list(range(1, len(rows) + 1))
    found = re.findall(r"\b(test_\w+)(\.py|\*)?", table)
    named = {name for name, end in found if not end}
    prefixes = {name for name, end in found if end == "*"}  # test_a_thing_* : a family
    defined = set()
    for path in (ROOT / "tests").rglob("*.py"):
        defined |= set(re.findall(r"def (test_\w+)", path.read_text(encoding="utf-8")))
    assert named and not named - defined, sorted(named - defined)
    assert all(any(d.startswith(p) for d in defined) for p in prefixes), prefixes
    assert all("test_" in row for row in rows)  # every case held by a test
