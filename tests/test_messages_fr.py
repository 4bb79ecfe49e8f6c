"""Messages a French session used to show in English, or read wrongly, through the real
command line, in both languages: save errors, the workshop folder's errors, click's own
complaints, the resume prompt and the pause message, the report's lines, salary notes and
the suggested commands."""

from __future__ import annotations

import errno
import json
import os
import re
import sys

import pytest
from conftest import ROOT, run_cli

from rolequiz.base.errors import SaveError
from rolequiz.i18n import errors as error_words

NBSP = "\u00a0"
EXAMPLE = ROOT / "examples" / "data-curious.yaml"


def _no_space_for(monkeypatch, target) -> None:
    """Writing `target` fails as on a full disk (and nothing else does)."""
    real = os.replace

    def replace(src, dst, *args, **kwargs):
        if os.fspath(dst) == os.fspath(target):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)


# -- save errors, in the session's language ------------------------------------------------

@pytest.mark.parametrize("how, env, said", [
    (["--lang", "fr"], {}, "rolequiz: impossible d’enregistrer le résultat dans {target}"
                           "\u00a0: plus de place sur le disque\n"),
    ([], {"ROLEQUIZ_LANG": "fr"}, "rolequiz: impossible d’enregistrer le résultat dans "
                                  "{target}\u00a0: plus de place sur le disque\n"),
    ([], {}, "rolequiz: could not save the result to {target}: No space left on device\n"),
])
def test_a_result_that_cannot_be_saved_is_told_in_the_session_language(
        runner, tmp_path, monkeypatch, how, env, said):
    target = tmp_path / "result.json"
    _no_space_for(monkeypatch, target)
    r = run_cli(runner, "quiz", "--answers", EXAMPLE, "--format", "json", "--save", target,
                *how, env=env)
    assert r.exit_code == 1
    assert r.stderr == said.format(target=target)


def test_results_words_a_save_error_in_the_result_language(runner, tmp_path, monkeypatch):
    """`results` without --lang speaks the saved result's language: its errors too."""
    saved = tmp_path / "fr.json"
    r = run_cli(runner, "quiz", "--answers", EXAMPLE, "--lang", "fr", "--format", "json",
                "--save", saved)
    assert r.exit_code == 0, r.stderr
    target = tmp_path / "copy.json"
    _no_space_for(monkeypatch, target)
    r = run_cli(runner, "results", saved, "--format", "json", "--save", target)
    assert r.exit_code == 1
    assert r.stderr == (f"rolequiz: impossible d’enregistrer le résultat dans {target}"
                        "\u00a0: plus de place sur le disque\n")


@pytest.mark.parametrize("key", list(SaveError.ENGLISH))
@pytest.mark.parametrize("what", list(error_words.WHATS))
def test_a_save_error_in_english_reads_as_it_always_did(key, what):
    e = SaveError(key=key, what=what, path="/x/y.json", reason="Permission denied",
                  errno=errno.EACCES)
    assert error_words.message(e, "en") == str(e)
    assert str(e).startswith(("could not", f"could not save the {what}"))
    french = error_words.message(e, "fr")
    assert "could not" not in french and "the " not in french, french


def test_french_names_each_file_with_its_article():
    words = {what: error_words.what_words(what, "fr") for what in error_words.WHATS}
    assert words["result"] == "le résultat"
    assert words["quiz progress"] == "la progression du quiz"
    assert words["workshop manifest"] == "le manifeste de l’atelier"
    assert words["report"] == "le bilan"
    assert words["workshop key"] == "la clé de l’atelier"


# -- the workshop folder --------------------------------------------------------------------

@pytest.fixture
def ws(runner, tmp_path, mini):
    folder = tmp_path / "ws"
    r = run_cli(runner, "workshop", "init", folder, "--title", "Classe 2B", "--open",
                "--questions", mini["questions"], "--roles", mini["roles"])
    assert r.exit_code == 0, r.output
    return folder


def _one_result(runner, ws, tmp_path):
    answers = tmp_path / "a.yaml"
    answers.write_text("answers:\n  q1: 5\n  q2: 1\n", encoding="utf-8")
    r = run_cli(runner, "quiz", "--answers", answers, "--workshop", ws, "--name", "Zoé")
    assert r.exit_code == 0, r.stderr


@pytest.mark.parametrize("lang, lines", [
    ("fr", ["cut.json\u00a0: abîmé ou coupé (coupé avant la fin)",
            "latin.json\u00a0: pas un fichier JSON (pas du texte UTF-8)",
            "parts.json\u00a0: abîmé ou coupé (il manque une partie obligatoire)"]),
    ("en", ["cut.json: damaged or cut off (cut off before its end)",
            "latin.json: not a JSON file (not UTF-8 text)",
            "parts.json: damaged or cut off (a required part is missing)"]),
])
def test_a_report_says_why_files_were_skipped_in_its_language(runner, ws, tmp_path, lang,
                                                               lines):
    _one_result(runner, ws, tmp_path)
    (ws / "cut.json").write_text('{"schema": "rolequiz.result/1", "matches": [',
                                 encoding="utf-8")
    (ws / "latin.json").write_bytes(b'{"name": "Zo\xe9"}')
    (ws / "parts.json").write_text('{"schema": "rolequiz.result/1"}', encoding="utf-8")
    r = run_cli(runner, "report", ws, "--lang", lang, env={"COLUMNS": "200"})
    assert r.exit_code == 0, r.stderr
    for line in lines:
        assert line in r.stdout, r.stdout
    assert ("cut off before" in r.stdout) == (lang == "en")


@pytest.mark.parametrize("lang, said", [
    ("fr", "son plus ancien résultat date d’aujourd’hui"),
    ("en", "its oldest result is from today"),
])
def test_a_result_of_today_is_said_to_be_from_today(runner, ws, tmp_path, lang, said):
    _one_result(runner, ws, tmp_path)
    r = run_cli(runner, "report", ws, "--lang", lang, env={"COLUMNS": "200"})
    assert r.exit_code == 0, r.stderr
    assert said in r.stdout
    assert "0\u00a0jour" not in r.stdout and "0 days" not in r.stdout


@pytest.mark.parametrize("lang, first, result", [
    ("fr", "  1er\u00a0: ", "  Résultat\u00a0: "),
    ("en", "  1st: ", "  Result: "),
])
def test_the_narrow_report_writes_its_labels_with_the_language_colon(runner, ws, tmp_path,
                                                                       lang, first, result):
    _one_result(runner, ws, tmp_path)
    r = run_cli(runner, "report", ws, "--lang", lang, env={"COLUMNS": "30"})
    assert r.exit_code == 0, r.stderr
    assert first in r.stdout and result in r.stdout, r.stdout
    if lang == "fr":
        assert "1er:" not in r.stdout and "Résultat:" not in r.stdout


@pytest.mark.parametrize("lang, said", [
    ("fr", "n’est pas une clé écrite par `rolequiz workshop key export` (pas une clé "
           "d’atelier exportée par rolequiz)"),
    ("en", "is not a key written by `rolequiz workshop key export` (not an exported "
           "rolequiz workshop key)"),
])
def test_a_file_that_is_no_exported_key_is_said_in_the_session_language(runner, tmp_path,
                                                                          lang, said):
    bogus = tmp_path / "key.txt"
    bogus.write_text("not a key\n", encoding="utf-8")
    r = run_cli(runner, "workshop", "key", "import", bogus, "--lang", lang)
    assert r.exit_code == 2
    assert said in r.stderr, r.stderr


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_workshop_folder_errors_follow_the_language(tmp_path, lang):
    from rolequiz.base.errors import NotFound, UsageError
    from rolequiz.group import store

    with pytest.raises(UsageError) as e:
        store.load_progress(tmp_path, "ABCDEF", lang=lang)
    assert str(e.value) == {
        "fr": "«\u00a0ABCDEF\u00a0» n’est pas un code d’élève (6\u00a0lettres et chiffres)",
        "en": "'ABCDEF' is not a participant code (6 letters and digits)"}[lang]
    with pytest.raises(NotFound) as e:
        store.load_progress(tmp_path, "abcdef", lang=lang)
    assert str(e.value) == {
        "fr": f"aucun quiz en cours avec le code abcdef dans {tmp_path}\u00a0; aucun quiz "
              "n’est en cours dans ce dossier",
        "en": f"no saved progress with code abcdef in {tmp_path}; no quiz is in progress "
              "in this folder"}[lang]
    with pytest.raises(NotFound) as e:
        store.open_session(tmp_path, "Tom", resume=True, lang=lang)
    assert str(e.value) == {
        "fr": f"aucun quiz n’est en cours dans {tmp_path} au nom de «\u00a0Tom\u00a0»\u00a0; "
              "commence-en un nouveau sans --resume",
        "en": f"no quiz is in progress in {tmp_path} under the name 'Tom'; start a new one "
              "without --resume"}[lang]


# -- workshop init ----------------------------------------------------------------------------

@pytest.mark.parametrize("lang, word", [("fr", "FICHIER"), ("en", "FILE")])
def test_init_names_the_export_file_in_the_session_language(runner, tmp_path, lang, word):
    r = run_cli(runner, "workshop", "init", tmp_path / "g", "--title", "2B", "--lang", lang)
    assert r.exit_code == 0, r.stderr
    assert r.stdout.rstrip().endswith(f"--output {word}")


# -- click's own errors -------------------------------------------------------------------

def test_a_value_not_among_the_choices_is_said_in_french(runner):
    r = run_cli(runner, "quiz", "--lang", "de", env={"ROLEQUIZ_LANG": "fr"})
    assert r.exit_code == 2
    assert r.stderr == (
        "Utilisation\u00a0: rolequiz quiz [OPTIONS]\n"
        "Aide\u00a0: rolequiz quiz -h\n\n"
        "Erreur\u00a0: valeur invalide pour «\u00a0--lang\u00a0». «\u00a0de\u00a0» n’est "
        "pas une valeur possible («\u00a0fr\u00a0», «\u00a0en\u00a0»).\n")
    r = run_cli(runner, "quiz", "--format", "pdf", "--lang", "fr")
    assert r.exit_code == 2
    assert "«\u00a0pdf\u00a0» n’est pas une valeur possible" in r.stderr
    r = run_cli(runner, "quiz", "--ansers", "x", "--lang", "fr")
    assert r.exit_code == 2
    assert ("Erreur\u00a0: option «\u00a0--ansers\u00a0» inconnue (options possibles\u00a0: "
            "--answers)") in r.stderr
    r = run_cli(runner, "bogus", env={"ROLEQUIZ_LANG": "fr"})
    assert r.exit_code == 2
    assert "Erreur\u00a0: commande «\u00a0bogus\u00a0» inconnue." in r.stderr


def test_click_errors_stay_as_click_writes_them_in_english(runner):
    r = run_cli(runner, "quiz", "--lang", "de")
    assert r.exit_code == 2
    assert r.stderr == ("Usage: rolequiz quiz [OPTIONS]\n"
                        "Try 'rolequiz quiz -h' for help.\n\n"
                        "Error: Invalid value for '--lang': 'de' is not one of 'fr', 'en'.\n")


# -- the results, the cards and their suggestions ---------------------------------------------

@pytest.mark.parametrize("lang, head", [("fr", "Rang"), ("en", "#")])
def test_the_rank_column_is_named_in_the_language(runner, lang, head):
    r = run_cli(runner, "quiz", "--answers", EXAMPLE, "--lang", lang)
    assert r.exit_code == 0, r.stderr
    assert re.search(rf"^ *{re.escape(head)} +{'Métier' if lang == 'fr' else 'Role'} ",
                     r.stdout, re.M), r.stdout


def test_the_save_suggestion_carries_the_language_as_the_others_do(runner, tmp_path):
    state = tmp_path / "state"
    state.mkdir()
    r = run_cli(runner, "quiz", "--answers", EXAMPLE, "--lang", "fr", "--format", "json",
                "--save", state / "last-result.json")
    assert r.exit_code == 0, r.stderr
    r = run_cli(runner, "results")
    assert r.exit_code == 0, r.stderr
    assert "rolequiz show data-analyst --lang fr" in r.stdout
    assert "rolequiz results --lang fr --save mon-resultat.json" in r.stdout
    r = run_cli(runner, "results", env={"ROLEQUIZ_LANG": "fr"})
    assert "rolequiz results --save mon-resultat.json" in r.stdout  # French already


@pytest.mark.parametrize("lang, said, nested", [
    ("fr", "Ces salaires ne sont pas comparables pour ingénieure ou ingénieur machine "
           "learning et ingénieure ou ingénieur en IA (AI engineer), expérience non précisée"
           "\u00a0: devises différentes, en euros pour l’un, en dollars pour l’autre", "€"),
    ("en", "These salaries can’t be compared for Machine Learning Engineer and AI Engineer, "
           "experience level not stated: different currencies, in euros for one, in dollars "
           "for the other", "$ for"),
])
def test_salary_notes_name_currencies_in_words_without_nested_brackets(runner, lang, said,
                                                                         nested):
    r = run_cli(runner, "compare", "ml-engineer", "ai-engineer", "--lang", lang,
                "--format", "markdown")
    assert r.exit_code == 0, r.stderr
    text = " ".join(r.stdout.split())
    assert " ".join(said.split()) in text.replace("\\", ""), text
    for note in re.findall(r"(?:Ces salaires|These salaries)[^.]*\.", text):
        depth = 0
        for c in note:
            depth += (c == "(") - (c == ")")
            assert depth <= 1, note


def test_a_french_salary_range_never_starts_a_line_with_its_dash(runner):
    r = run_cli(runner, "show", "ai-engineer", "--lang", "fr", "--format", "markdown")
    assert r.exit_code == 0, r.stderr
    assert f"100{NBSP}000{NBSP}– 150{NBSP}000{NBSP}$" in r.stdout
    assert " – 150" not in r.stdout.replace(NBSP + "–", "")


# -- the interactive quiz: resume prompt, skipped questions, pause ---------------------------

pexpect = pytest.importorskip("pexpect")


def _terminal_quiz(tmp_path, *args: str, lang: str = "fr", columns: int = 40):
    from quizcontent import write_content
    from terminal import spawn

    files = write_content(tmp_path / "content")
    env = dict(os.environ)
    for var in ("ROLEQUIZ_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG",
                "ROLEQUIZ_LINE_MODE", "COLUMNS", "LINES"):
        env.pop(var, None)
    env.update(NO_COLOR="1", TERM="xterm", ROLEQUIZ_STATE_DIR=str(tmp_path / "state"),
               PYTHONIOENCODING="utf-8")
    argv = ["-m", "rolequiz", "quiz", "--questions", str(files["questions"]),
            "--roles", str(files["roles"]), "--lang", lang, *args]
    return spawn(sys.executable, argv, env=env, dimensions=(40, columns)), files


def _saved_progress(tmp_path, files, updated: str) -> None:
    from rolequiz.content.load import load_content
    from rolequiz.quiz import progress as prog

    content = load_content(files["questions"], files["roles"])
    p = prog.new(content.questions, content.roles.digest)
    p.answers = {content.questions.questions[0].id: 4}
    data = p.to_dict()
    data["updated"] = updated
    (tmp_path / "state").mkdir(exist_ok=True)
    (tmp_path / "state" / prog.FILE_NAME).write_text(json.dumps(data), encoding="utf-8")


def _lines_fit(text: str, width: int) -> list[str]:
    lines = [line.rstrip() for line in text.replace("\r", "").split("\n")]
    assert all(len(line) <= width for line in lines), lines
    return lines


@pytest.mark.skipif(os.name != "posix", reason="pseudo-terminals are POSIX")
@pytest.mark.parametrize("lang, when, keys_end", [
    ("fr", "le 2 décembre 2026 à 6\u00a0h\u00a058", "q\u00a0: quitter"),
    ("en", "on 2 December 2026 at 06:58", "quit"),
])
def test_the_resume_prompt_says_the_date_in_words_folded_to_the_terminal(tmp_path, lang,
                                                                          when, keys_end):
    from quizcontent import write_content

    files = write_content(tmp_path / "content")
    _saved_progress(tmp_path, files, "2026-12-02T06:58:10")
    child, _ = _terminal_quiz(tmp_path, lang=lang)
    child.expect(r"quit(ter)?\r\n")  # the end of the keys' line
    shown = child.before + child.after
    assert keys_end in shown  # (in French, "q : quitter" never split)
    child.send("q")
    child.expect(pexpect.EOF)
    lines = _lines_fit(shown, 40)
    assert when in " ".join(line.strip() for line in lines)
    assert "2026-12-02" not in shown


@pytest.mark.skipif(os.name != "posix", reason="pseudo-terminals are POSIX")
@pytest.mark.parametrize("lang, start, question, skipped", [
    ("fr", "Entrée pour commencer", "Question {n} sur 6", "1\u00a0question passée (numéro 2)."),
    ("en", "Enter to start", "Question {n} of 6", "1 question skipped (number 2)."),
])
def test_one_skipped_question_is_said_in_the_singular(tmp_path, lang, start, question,
                                                      skipped):
    child, _ = _terminal_quiz(tmp_path, lang=lang, columns=100)
    child.expect(start)
    child.send("\r")
    for n in range(1, 7):
        child.expect(question.format(n=n))
        child.expect(r"\? (help|aide)")
        child.send("s" if n == 2 else "3")
    child.expect(re.escape(skipped))
    child.send("q")
    child.expect(pexpect.EOF)


@pytest.mark.skipif(os.name != "posix", reason="pseudo-terminals are POSIX")
@pytest.mark.parametrize("lang, start, question, paused", [
    ("fr", "Entrée pour commencer", "Question 2 sur 6", "Quiz en pause"),
    ("en", "Enter to start", "Question 2 of 6", "Quiz paused"),
])
def test_the_pause_message_is_folded_to_the_terminal(tmp_path, lang, start, question, paused):
    child, _ = _terminal_quiz(tmp_path, lang=lang, columns=40)
    child.expect(start)
    child.send("\r")
    child.expect(r"\? (help|aide)")
    child.send("3")
    child.expect(question)
    child.expect(r"\? (help|aide)")
    child.send("q")
    child.expect(paused)
    child.expect(pexpect.EOF)
    tail = (paused + child.before).replace("\r", "")
    lines = [line for line in tail.split("\n") if line.strip()]
    # the prose folded to 40 columns; the command on a line of its own, whole, to copy
    commands = [line for line in lines if line.startswith("  rolequiz quiz --resume")]
    assert len(commands) == 1 and commands[0].rstrip().endswith(f"--lang {lang}")
    _lines_fit("\n".join(line for line in lines if line not in commands), 40)
    assert lines[-2] in ("Pour reprendre\u00a0:", "Resume with:")
