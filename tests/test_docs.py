"""The README says what the program does: its examples must stay true."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
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
METAVAR = re.compile(r"[A-ZÉ]+(?:\.\.\.)?|\[[a-z]+(?:\|[a-z]+)+\]")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_help_is_never_cut_and_names_every_value_the_same_way(runner, monkeypatch, lang):
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("ROLEQUIZ_LANG", lang)  # the root's help has no --lang
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
            assert re.fullmatch(r"\[?[A-ZÉ]+\]?", before), (path, before, text)
        assert not re.search(r"<[^>\s]*>|\{[^}\s]*\}", text), (path, text)
        usage = text.split("\n\n", 1)[0].split("rolequiz", 1)[1].split()  # after "Usage:"
        for piece in usage:
            if piece not in path:
                assert re.fullmatch(r"\[?[A-ZÉ]+\]?(?:\.\.\.)?\]?", piece), (path, piece)
        for metavar in re.findall(r"^  (?:-\w, )?--[a-z-]+ (\S+)", text, re.MULTILINE):
            assert METAVAR.fullmatch(metavar), (path, metavar)


def _help_file(path: tuple[str, ...]) -> Path:
    return ROOT / "tests" / "expected" / ("help-" + "-".join(("rolequiz", *path)) + ".txt")


def test_the_english_help_is_as_written(runner):
    """Every help screen in English, byte for byte as kept in tests/expected/help-*.txt
    (100 columns): the French one is made from it, never the other way round."""
    commands = _commands()
    groups = {path[:-1] for path in commands}
    for path in [(), *commands]:
        result = run_cli(runner, *path, "--help")
        assert result.exit_code == 0, (path, result.output)
        expected = _help_file(path).read_text(encoding="utf-8")
        if path in groups:  # commands listed in the order the tests imported their modules
            assert sorted(result.stdout.splitlines()) == sorted(expected.splitlines()), path
        else:
            assert result.stdout == expected, path


def _flat(text: str) -> str:
    """`text` on one line (help is wrapped at 80 columns at most); a no-break space stays."""
    return re.sub(r"[ \n]+", " ", text).strip()


def _english_words() -> list[str]:
    """What an English help screen says in English: its sentences, and typer's words,
    without the names French keeps (options, commands, metavars: FILE is FICHIER)."""
    from rolequiz.i18n.help_en import HELP as EN
    from rolequiz.i18n.help_fr import HELP as FR

    words = []
    for key, text in EN.items():
        if text == FR[key] or key.startswith("metavar ") or "{" in text:
            continue
        words.append(_flat(text))
    return [*words, "Usage:", "Commands:", "default:", "required", "Show this message"]


@pytest.mark.parametrize("how", ["--lang fr", "--lang=fr", "ROLEQUIZ_LANG=fr", "LANG"])
def test_every_help_screen_is_in_french_in_a_french_session(runner, monkeypatch, how):
    """`--lang fr` anywhere, ROLEQUIZ_LANG or the locale: no English sentence left, and the
    French of every text the command has."""
    from rolequiz.i18n.help_fr import HELP as FR

    if how == "ROLEQUIZ_LANG=fr":
        monkeypatch.setenv("ROLEQUIZ_LANG", "fr")
    elif how == "LANG":
        monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    english = _english_words()
    commands = _commands()
    groups = {path[:-1] for path in commands}
    for path in [(), *commands]:
        if how.startswith("--lang"):
            if path in groups:
                continue  # a group has no --lang (`rolequiz --lang fr` is the quiz)
            args = [*path, "--help", *how.split()]
        else:
            args = [*path, "--help"]
        result = run_cli(runner, *args)
        assert result.exit_code == 0, (args, result.output)
        text = _flat(result.stdout)
        assert text.startswith("Utilisation\u00a0: rolequiz"), (args, text)
        for words in english:
            assert words not in text, (args, words)
        assert "Afficher cette aide et quitter." in text
        assert not re.search(r"\b(?:FILE|DIR|NAME|TITLE)\b", text), (args, text)
    assert _flat(FR["workshop key import"]) in text  # the last screen: workshop key import
    assert _flat(FR["workshop --passphrase-file"]) in text


def test_a_command_names_its_help_in_french_and_its_defaults(runner):
    text = run_cli(runner, "validate", "--lang", "fr", "-h").stdout
    assert "\nOptions\u00a0:\n" in text
    assert "[par défaut\u00a0: 0,1\u00a0; de 0 à 1]" in _flat(text)
    assert "[de 0 à 100\u00a0000]" in _flat(text)
    text = run_cli(runner, "workshop", "init", "-h", "--lang", "fr").stdout
    assert "Arguments\u00a0:\n  DOSSIER  Le dossier du groupe." in text
    assert "--title TITRE" in text and "Affiché sur le bilan du groupe.  [obligatoire]" in text
    text = run_cli(runner, "workshop", "--help", env={"ROLEQUIZ_LANG": "fr"}).stdout
    assert "Commandes\u00a0:\n" in text and "COMMANDE [ARGUMENTS]..." in text


@pytest.mark.parametrize("args, said", [
    (["quiz", "--lang", "de"], "Valeur invalide pour «\u00a0--lang\u00a0». «\u00a0de\u00a0» "
     "n’est pas une valeur possible («\u00a0fr\u00a0», «\u00a0en\u00a0»)."),
    (["validate", "--seed", "x"], "«\u00a0x\u00a0» n’est pas un nombre entier."),
    (["validate", "--respondents", "-3"], "-3 n’est pas compris entre 0 et 100\u00a0000."),
    (["workshop", "init"], "Il manque l’argument «\u00a0DOSSIER\u00a0»."),
    (["workshop", "init", "d"], "Il manque l’option «\u00a0--title\u00a0»."),
    (["comp"],
     "Commande «\u00a0comp\u00a0» inconnue. Peut-être «\u00a0compare\u00a0»\u00a0?"),
    (["quiz", "--lan", "fr"],
     "Option «\u00a0--lan\u00a0» inconnue (options possibles\u00a0: --lang)"),
    (["show", "a", "b"], "Argument en trop sur la ligne de commande («\u00a0b\u00a0»)."),
    (["quiz", "--save"], "L’option «\u00a0--save\u00a0» demande une valeur."),
])
def test_usage_errors_are_told_in_french(runner, monkeypatch, args, said):
    monkeypatch.setenv("ROLEQUIZ_LANG", "fr")
    result = run_cli(runner, *args)
    assert result.exit_code == 2, result.output
    assert "\nErreur\u00a0: " in "\n" + result.stderr, result.stderr
    said = said[0].lower() + said[1:] if said[:2].istitle() else said  # after « Erreur : »
    assert result.stderr.endswith(f"{said}\n"), result.stderr
    if args != ["quiz", "--save"]:  # click knows no command there: no usage line
        assert result.stderr.startswith("Utilisation\u00a0: rolequiz "), result.stderr
        assert "\nAide\u00a0: rolequiz " in result.stderr
    monkeypatch.setenv("ROLEQUIZ_LANG", "en")
    english = run_cli(runner, *args)
    assert english.exit_code == 2 and "Error: " in english.stderr


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
