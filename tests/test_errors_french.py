"""What is wrong with a file, said in French when the session is French: the content
checker's messages, an answers file's, a saved result's, PyYAML's and JSON's own words, the
typography warnings of `validate`, and the hints, which say "vous" to a counselor (validate,
workshop init) and "tu" to a student (quiz, results, show)."""

from __future__ import annotations

import json
import re

import pytest
import yaml
from conftest import DATA, run_cli

from rolequiz.base.errors import ContentError
from rolequiz.content import yamlsafe

CORPUS = DATA / "invalid"
MINI = DATA / "mini"
NBSP = "\u00a0"

# English words that, in a French session, would mean a message was left untranslated.
# Only whole words: the French messages name YAML keys in quotes (« file », « answers »).
ENGLISH = ["must", "unknown", "missing", "should", "add", "expected", "found", "not allowed",
           "is empty", "did you mean", "while", "invalid", "warning", "allowed keys",
           "check the", "write the", "is read as", "not a", "has no"]


def _english_in(text: str) -> list[str]:
    """The English words of `text`, leaving out the file's name and what is in « »: names
    and values as the file writes them."""
    unquoted = re.sub(r"(?m)^rolequiz: .*?(:\d+)*: ", "", text)
    unquoted = re.sub(r"«\xa0[^»]*\xa0»", "«»", unquoted)
    return [w for w in ENGLISH if re.search(rf"\b{re.escape(w)}\b", unquoted, re.I)]


def _args(name: str) -> list[str]:
    path = CORPUS / name
    if name.endswith(".questions.yaml"):
        return ["validate", "--questions", path, "--roles", MINI / "roles.yaml"]
    if name.endswith(".roles.yaml"):
        return ["validate", "--questions", MINI / "questions.yaml", "--roles", path]
    return ["quiz", "--questions", MINI / "questions.yaml", "--roles", MINI / "roles.yaml",
            "--answers", path]


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("*.yaml")))
def test_every_malformed_file_is_explained_in_french(runner, name):
    result = run_cli(runner, *_args(name), "--lang", "fr")
    assert result.exit_code == 2, result.output
    said = result.stderr
    assert said.strip()
    assert _english_in(said) == [], said
    if name.startswith("a-"):  # the student who gave the answers is "tu"
        assert "vouliez-vous" not in said and not re.search(r"\b(ajoutez|vérifiez)\b", said)
    else:  # the counselor who runs validate, "vous"
        assert "voulais-tu" not in said and not re.search(r"\b(ajoute|vérifie)\b", said)


def test_the_same_files_say_in_english_what_they_always_said(runner):
    result = run_cli(runner, *_args("q-unknown-top-key.questions.yaml"), "--lang", "en")
    assert (f"{CORPUS / 'q-unknown-top-key.questions.yaml'}:12:1: unknown key 'dimension' in "
            "the questions file — did you mean 'dimensions'?") in result.stderr


def test_the_content_checker_speaks_french_to_the_counselor(runner, monkeypatch):
    monkeypatch.setenv("ROLEQUIZ_LANG", "fr")  # the environment, as well as --lang
    name = "q-weight-out-of-range.questions.yaml"
    result = run_cli(runner, *_args(name))
    assert result.stderr == (
        f"rolequiz: {CORPUS / name}:9:52: le poids de «{NBSP}data{NBSP}» vaut 1,5, hors de "
        f"l’intervalle [-1{NBSP}; 1] — choisissez une valeur de -1 à 1\n")
    name = "q-unknown-question-key.questions.yaml"
    result = run_cli(runner, *_args(name))
    assert result.stderr.splitlines() == [
        f"rolequiz: {CORPUS / name}:10:5: une question n’a pas de «{NBSP}weights{NBSP}» — "
        f"ajoutez «{NBSP}weights:{NBSP}»",
        f"rolequiz: {CORPUS / name}:12:5: clé inconnue dans une question{NBSP}: "
        f"«{NBSP}wieghts{NBSP}» — vouliez-vous dire «{NBSP}weights{NBSP}»{NBSP}?"]


def test_an_answers_file_speaks_french_to_the_student(runner):
    name = "a-no-answers-key.answers.yaml"
    result = run_cli(runner, *_args(name), "--lang", "fr")
    assert result.stderr.splitlines() == [
        f"rolequiz: {CORPUS / name}:1:1: le fichier de réponses n’a pas de «{NBSP}answers{NBSP}» "
        f"— ajoute «{NBSP}answers:{NBSP}»",
        f"rolequiz: {CORPUS / name}:2:1: clé inconnue dans le fichier de réponses{NBSP}: "
        f"«{NBSP}answer{NBSP}» — voulais-tu dire «{NBSP}answers{NBSP}»{NBSP}?"]


def test_a_missing_file_is_said_to_whoever_gave_it(runner, tmp_path):
    missing = tmp_path / "none.yaml"
    counselor = run_cli(runner, "validate", "--questions", missing, "--lang", "fr")
    assert counselor.stderr == f"rolequiz: {missing}: fichier introuvable — vérifiez le chemin\n"
    student = run_cli(runner, "quiz", "--answers", missing, "--lang", "fr")
    assert student.stderr == f"rolequiz: {missing}: fichier introuvable — vérifie le chemin\n"
    english = run_cli(runner, "quiz", "--answers", missing, "--lang", "en")
    assert english.stderr == f"rolequiz: {missing}: file not found — check the path\n"


@pytest.mark.parametrize("text, french", [
    ("{not json", "JSON invalide\u00a0: il faudrait ici un nom de propriété entre guillemets "
                  "droits doubles — est-ce bien un résultat enregistré par rolequiz\u00a0?"),
    ("[1, 2]", "ce n’est pas un résultat de rolequiz (il faudrait un objet JSON) — enregistre "
               "de nouveau le résultat avec rolequiz quiz --save"),
    ('{"schema": "rolequiz.answers/1"}',
     "le schéma est «\u00a0rolequiz.answers/1\u00a0» au lieu de «\u00a0rolequiz.result/1\u00a0» — "
     "est-ce bien un résultat enregistré par rolequiz\u00a0?"),
    ('{"schema": "rolequiz.result/1", "lang": "fr"}',
     "«\u00a0answered\u00a0» manque, ou n’a pas le bon type — enregistre de nouveau le "
     "résultat avec rolequiz quiz --save"),
    ("[" * 200 + "]" * 200, "imbrication trop profonde"),
])
def test_a_saved_result_that_is_not_right_is_said_in_french(runner, tmp_path, text, french):
    saved = tmp_path / "result.json"
    saved.write_text(text, encoding="utf-8")
    result = run_cli(runner, "results", saved, "--lang", "fr")
    assert result.exit_code == 2, result.output
    assert french in result.stderr
    assert _english_in(result.stderr) == []


BROKEN_YAML = [
    "title: a: b\n",  # a colon in a text without quotes
    'title: "abc\n',  # a quote never closed
    "a:\n  b: 1\n c: 2\n",  # indentation
    "a: [1, 2\nb: 3\n",  # a bracket never closed
    "a: {b: 1\n",
    'a: "C:\\dossier"\n',  # a Windows path in double quotes
    "a: @b\n",
    "- a\nb: 1\n",
    "a: 1\n- b\n",
    "a: &x 1\nb: &x 2\nc: !tag 3\n",
]


@pytest.mark.parametrize("text", BROKEN_YAML)
def test_pyyaml_s_words_in_french_and_unchanged_in_english(text):
    with pytest.raises(yaml.MarkedYAMLError) as raw:
        yaml.load(text, Loader=yaml.SafeLoader)  # noqa: S506 - PyYAML's own words
    e = raw.value
    pyyaml = f"{e.problem} ({e.context})" if e.context and e.problem else e.problem
    with pytest.raises(ContentError) as english:
        yamlsafe.parse(text, "f.yaml", "en")
    with pytest.raises(ContentError) as french:
        yamlsafe.parse(text, "f.yaml", "fr")
    english_message = english.value.problems[0].message
    french_message = french.value.problems[0].message
    if english_message.startswith("invalid YAML: "):
        assert english_message == f"invalid YAML: {pyyaml}"
        assert french_message.startswith(f"YAML invalide{NBSP}: ")
    assert _english_in(french_message) == [], french_message


def test_a_colon_in_a_text_is_explained_in_french(runner, tmp_path):
    questions = tmp_path / "questions.yaml"
    questions.write_text("title: Métiers: le quiz\n", encoding="utf-8")
    result = run_cli(runner, "validate", "--questions", questions, "--lang", "fr")
    assert result.stderr == (
        f"rolequiz: {questions}:1:15: YAML invalide{NBSP}: deux-points inattendu ici (un texte "
        f"qui contient «{NBSP}:{NBSP}» doit être entre guillemets) — vérifiez l’indentation et "
        "les guillemets\n")


def test_json_s_words_in_french(runner, tmp_path):
    answers = tmp_path / "a.json"
    answers.write_text('{"answers":\t{"q1": 2}', encoding="utf-8")  # a tab: not YAML
    result = run_cli(runner, "quiz", "--questions", MINI / "questions.yaml", "--roles",
                     MINI / "roles.yaml", "--answers", answers, "--lang", "fr")
    assert result.exit_code == 2
    assert f"JSON invalide{NBSP}: il manque une virgule" in result.stderr
    assert _english_in(result.stderr) == []
    json.loads('{"a": 1}')  # (the json module itself is untouched)


def test_typography_warnings_and_the_verdict_in_french(runner, tmp_path):
    questions = tmp_path / "questions.yaml"
    text = (MINI / "questions.yaml").read_text(encoding="utf-8")
    questions.write_text(text.replace("schema: rolequiz.questions/1\n",
                                      "schema: rolequiz.questions/1\n"
                                      'title: {fr: "Quel métier ?", en: "Which job?"}\n', 1),
                         encoding="utf-8")
    result = run_cli(runner, "validate", "--questions", questions, "--roles",
                     MINI / "roles.yaml", "--lang", "fr")
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        f"rolequiz: {questions}:2:25: avertissement{NBSP}: dans un texte en français, espace "
        f"ordinaire avant «{NBSP}?{NBSP}» («{NBSP}Quel métier ?{NBSP}») — remplacez-la par une "
        "espace insécable (U+00A0)\n")
    assert result.stdout.splitlines()[-1] == f"OK{NBSP}: aucune erreur, 1 avertissement"
    clean = run_cli(runner, "validate", "--lang", "fr")
    assert clean.stdout.splitlines()[-1] == f"OK{NBSP}: aucun problème trouvé"


def test_validate_counts_its_warnings_in_english_too(runner, tmp_path):
    roles = tmp_path / "roles.yaml"
    text = (MINI / "roles.yaml").read_text(encoding="utf-8")
    roles.write_text(text.replace("profile: {data: 1}", 'summary: {fr: "Environ 50 000 € '
                                  'par an", en: "x"}, profile: {data: 1}'), encoding="utf-8")
    result = run_cli(runner, "validate", "--questions", MINI / "questions.yaml", "--roles",
                     roles)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == "OK: no errors, 2 warnings"


@pytest.mark.parametrize("text, french", [
    ("{not json", "ce n’est pas un résultat enregistré (JSON invalide\u00a0: il faudrait ici un "
                  "nom de propriété entre guillemets droits doubles) — enregistres-en un "
                  "avec\u00a0: rolequiz quiz --answers FICHIER --format json > mon-resultat.json"),
    ('{"schema": "rolequiz.result/1", "matches": [{"role": "zeta-analyst", "rank": 1, '
     '"score": 250}]}', "l’entrée 1 de «\u00a0matches\u00a0» (zeta-analyst)\u00a0: le score "
                        "doit être un nombre de 0 à 100 — le fichier semble abîmé"),
    ("[" * 200 + "]" * 200,
     "imbrication trop profonde — est-ce bien un résultat enregistré\u00a0?"),
])
def test_show_compare_and_roles_say_what_is_wrong_with_results_in_french(runner, tmp_path,
                                                                         text, french):
    bad = tmp_path / "bad.json"
    bad.write_text(text, encoding="utf-8")
    for command in (["roles"], ["compare", "--top", "2"], ["show", "zeta-analyst"]):
        result = run_cli(runner, *command, "--results", bad, "--lang", "fr")
        assert result.exit_code == 2, result.output
        assert result.stderr.endswith(french + "\n"), result.stderr
        assert _english_in(result.stderr) == []


def test_a_straight_apostrophe_and_a_point_median_are_warned_about(runner, tmp_path):
    questions = tmp_path / "questions.yaml"
    text = (MINI / "questions.yaml").read_text(encoding="utf-8")
    questions.write_text(text.replace("schema: rolequiz.questions/1\n",
                                      "schema: rolequiz.questions/1\n"
                                      "title: {fr: \"L'avis d’un·e élève\", en: \"Why\"}\n", 1),
                         encoding="utf-8")
    result = run_cli(runner, "validate", "--questions", questions, "--roles",
                     MINI / "roles.yaml", "--lang", "fr")
    assert result.exit_code == 0, result.output
    assert f"apostrophe droite («{NBSP}L'avis d’un·e élè…{NBSP}») — écrivez l’apostrophe " \
        "typographique ’" in result.stderr
    assert f"point médian («{NBSP}L'avis d’un·e élève{NBSP}») — écrivez les deux formes" \
        in result.stderr
    assert result.stdout.splitlines()[-1] == f"OK{NBSP}: aucune erreur, 2 avertissements"
