"""roles, show, compare and the result exports, as a user runs them (tests/data/cards)."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from xml.etree import ElementTree

import pytest
from conftest import DATA, run_cli

CARDS = DATA / "cards"
CONTENT = ["--questions", str(CARDS / "questions.yaml"), "--roles", str(CARDS / "roles.yaml")]
ANSWERS = "answers: {q-data: 5, q-talk: 4, q-code: 2, q-solder: 1}\n"
NAMES = ["Zeta Analyst", "Omega Welder", "Gamma Coder With A Remarkably Long Job Title",
         "Delta Host"]
IDS = ["zeta-analyst", "omega-welder", "gamma-coder", "delta-host"]


def shown(name: str, text: str) -> bool:
    """Every word of `name` is in `text` (a long name may wrap inside its column)."""
    words = text.split()
    return all(w in words for w in name.split())


def cli(runner, *args, **kwargs):
    return run_cli(runner, *args, *CONTENT, **kwargs)


@pytest.fixture
def results(runner, tmp_path):
    """A saved result: zeta-analyst 1st, delta-host 2nd, gamma-coder 3rd, omega-welder 4th."""
    answers = tmp_path / "answers.yaml"
    answers.write_text(ANSWERS, encoding="utf-8")
    out = cli(runner, "quiz", "--answers", answers, "--format", "json")
    assert out.exit_code == 0, out.output
    path = tmp_path / "result.json"
    path.write_text(out.stdout, encoding="utf-8")
    assert [m["role"] for m in json.loads(out.stdout)["matches"]] == [
        "zeta-analyst", "delta-host", "gamma-coder", "omega-welder"]
    return path


# -- roles -------------------------------------------------------------------------------


def test_roles_lists_every_role_with_its_id_and_first_sentence(runner):
    out = cli(runner, "roles")
    assert out.exit_code == 0, out.output
    flat = " ".join(out.stdout.split())
    for name, ident in zip(NAMES, IDS, strict=True):
        assert shown(name, flat) and ident in flat
    assert "A zeta analyst reads imaginary numbers and explains them." in flat
    assert "made up for tests" not in flat  # only the opening sentence
    assert "rolequiz show ID" in flat


def test_roles_with_results_shows_scores_best_first(runner, results):
    out = cli(runner, "roles", "--results", results)
    assert out.exit_code == 0, out.output
    text = out.stdout
    positions = [text.index(ident) for ident in
                 ["zeta-analyst", "delta-host", "gamma-coder", "omega-welder"]]
    assert positions == sorted(positions)
    saved = json.loads(results.read_text(encoding="utf-8"))
    for m in saved["matches"]:
        assert f"{m['score']:.1f}" in text
    data = json.loads(cli(runner, "roles", "--results", results, "-f", "json").stdout)
    assert data["scored"] is True
    assert [(r["id"], r["rank"]) for r in data["roles"]] == [
        (m["role"], m["rank"]) for m in saved["matches"]]


def test_roles_in_french(runner):
    out = cli(runner, "roles", "--lang", "fr")
    assert out.exit_code == 0
    assert "Métier" in out.stdout and "Analyste zêta" in out.stdout
    assert "Voir un métier : rolequiz show ID" in " ".join(out.stdout.split())


# -- show --------------------------------------------------------------------------------


def test_show_prints_the_whole_card_with_sources(runner):
    out = cli(runner, "show", "zeta-analyst")
    assert out.exit_code == 0, out.output
    flat = " ".join(out.stdout.split())
    for heading in ("Key facts", "What you do", "Skills", "Tools", "Deliverables", "Advantages",
                    "How to get there", "What the job calls for", "Sources"):
        assert heading in flat
    for text in ("This role is made up for tests.", "Exploring tables", "Zetasheet",
                 "A degree in imaginary statistics", "Varied work"):
        assert text in flat
    # each fact cites its source by number; the sources list gives title and file or URL
    assert "Salary 30,000 – 40,000 zetas a year [1]" in flat
    assert "Remote work Often possible [2]" in flat
    assert "[1] “Zeta guide to imaginary jobs” — zeta-guide.txt" in flat
    assert "[2] “Omega survey (fictitious)” — https://example.org/omega-survey" in flat


def test_show_says_once_what_no_source_states(runner):
    out = cli(runner, "show", "omega-welder")
    flat = " ".join(out.stdout.split())
    assert "Salary 25,000 zetas a year [1]" in flat
    assert "Not stated in the sources: remote work, stress, job outlook." in flat
    assert "not known" not in flat and "Remote work" not in flat
    fr = " ".join(cli(runner, "show", "omega-welder", "--lang", "fr").stdout.split())
    assert "Non précisé dans les sources : télétravail, stress, perspectives." in fr
    assert "inconnu" not in fr


def test_show_a_role_without_facts_or_sources(runner):
    out = cli(runner, "show", "delta-host")
    assert out.exit_code == 0, out.output
    assert "Sources" not in out.stdout
    assert "Not stated in the sources: salary, remote work, stress, job outlook." in " ".join(
        out.stdout.split())
    assert "not known" not in out.stdout


@pytest.mark.parametrize("asked, suggestion", [
    ("zeta-analist", "zeta-analyst"),
    ("omega-welders", "omega-welder"),
    ("analyst", "zeta-analyst"),
])
def test_show_misspelt_role_suggests_and_exits_2(runner, asked, suggestion):
    out = cli(runner, "show", asked)
    assert out.exit_code == 2
    assert out.stdout == ""
    assert f"did you mean '{suggestion}'?" in out.stderr
    assert f"no role '{asked}'" in out.stderr
    assert "Traceback" not in out.output


def test_show_unknown_role_without_close_match_points_to_the_list(runner):
    out = cli(runner, "show", "astronaut", "--lang", "fr")
    assert out.exit_code == 2
    assert "aucun métier «\u00a0astronaut\u00a0»" in out.stderr
    assert "rolequiz roles" in out.stderr


def test_show_accepts_a_name_or_a_differently_cased_id(runner):
    assert "zeta-analyst" in cli(runner, "show", "Zeta Analyst").stdout
    assert "zeta-analyst" in cli(runner, "show", "ZETA-ANALYST").stdout
    assert "zeta-analyst" in cli(runner, "show", "Analyste zêta").stdout


def test_show_with_results_gives_the_students_score(runner, results):
    out = cli(runner, "show", "gamma-coder", "--results", results)
    assert "Score:" in out.stdout and "(#3 of 4)" in out.stdout


# -- show on the default content: the articles' words, advice, glossary -----------------


def test_show_sources_gives_the_words_of_the_article_under_each_line(runner):
    """`show ROLE --sources`: each statement with its article's own words; no file name."""
    plain = run_cli(runner, "show", "data-analyst", "--lang", "fr")
    assert plain.exit_code == 0, plain.output
    flat = " ".join(plain.stdout.split())
    assert "« Fait pas de développement. SQL oui, Python non. »" not in flat
    assert "rolequiz show data-analyst --sources" in flat  # said where to find them
    out = run_cli(runner, "show", "data-analyst", "--sources", "--lang", "fr")
    flat = " ".join(out.stdout.split())
    assert "« Fait pas de développement. SQL oui, Python non. » [1]" in flat
    assert "« Les rôles en Machine Learning et en IA », blog personnel" in flat
    assert "20 mars 2025" in flat and ".txt" not in flat
    # a fact and a need: the excerpt under each
    ml = " ".join(run_cli(runner, "show", "ml-engineer", "--sources").stdout.split())
    assert ("“Un profil d’ingénieur Machine Learning «junior» peut prétendre à un salaire "
            "moyen brut annuel de 50k € à sa sortie d’école") in ml
    assert "“Connaître l’informatique distribuée et le Cloud ;” [1]" in ml
    assert ("The quiz authors’ judgement: a low need, since the data is analysed to get models "
            "ready") in ml
    assert "Quotes in French, as the articles wrote them." in ml  # said once, at the top
    french = run_cli(runner, "show", "ml-engineer", "--sources", "--lang", "fr").stdout
    assert "Citations en" not in french
    for fmt, quote in (("markdown", "“Fait pas de développement. SQL oui, Python non.”"),
                       ("html", "“Fait pas de développement. SQL oui, Python non.”"),
                       ("json", "Fait pas de développement. SQL oui, Python non.")):
        text = run_cli(runner, "show", "data-analyst", "--sources", "-f", fmt).stdout
        assert quote in text, fmt
    data = json.loads(run_cli(runner, "show", "data-analyst", "-f", "json").stdout)
    assert data["quotes"]["skills"][3] == [{"source": "seed-roles-overview", "n": 1,
                                            "text": "Fait pas de développement. SQL oui, "
                                                    "Python non."}]
    assert data["sources"][0]["date"] == "2025-03-20" and data["sources"][0]["where"] is None


def test_show_advice_and_glossary(runner):
    advice = run_cli(runner, "show", "--advice", "--lang", "fr")
    assert advice.exit_code == 0, advice.output
    flat = " ".join(advice.stdout.split())
    assert "Regarde surtout les compétences demandées." in flat
    assert "« Le titres [sic] changent d'une boîte à une autre » [1]" in flat
    assert "« Faut surtout regarder les compétences demandées » [1]" in flat
    assert json.loads(run_cli(runner, "show", "--advice", "-f", "json").stdout)["schema"] == \
        "rolequiz.advice/1"
    glossary = " ".join(run_cli(runner, "show", "--glossary").stdout.split())
    assert "ETL / ELT Extract, Transform, Load" in glossary
    assert "not taken from the articles" in glossary
    card = " ".join(run_cli(runner, "show", "data-engineer").stdout.split())
    assert ("In the glossary (rolequiz show --glossary): Data science, (Data) pipeline, "
            "ETL / ELT") in card
    for args in ([], ["data-analyst", "--advice"], ["--advice", "--glossary"]):
        out = run_cli(runner, "show", *args)
        assert out.exit_code == 2 and "--advice" in out.stderr, args


def test_compare_json_sets_salaries_like_beside_like(runner):
    out = run_cli(runner, "compare", "ai-engineer", "cyber-physical-engineer", "-f", "json")
    row = next(r for r in json.loads(out.stdout)["rows"] if r["key"] == "salary")
    assert [lv["level"] for lv in row["levels"]] == ["junior", "all", "senior"]
    assert row["comparable"] is False
    assert row["notes"] == ["These salaries can’t be compared for AI Engineer and Cyber-Physical "
                            "Engineer, experience level not stated: different currencies, in "
                            "dollars for one, in euros for the other; gross or net stated for "
                            "neither; period "
                            "stated for only one (a year); place stated for only one (United "
                            "States)."]
    figure = row["cells"][0]["figures"][0]
    assert (figure["level"], figure["low"], figure["high"], figure["basis"]) == (
        "junior", 35000, 45000, "gross")
    assert row["cells"][0]["text"].startswith("Starting out: €35,000–€45,000 gross a year")


# -- compare -----------------------------------------------------------------------------


def test_compare_two_roles_side_by_side(runner):
    out = cli(runner, "compare", "zeta-analyst", "omega-welder")
    assert out.exit_code == 0, out.output
    lines = out.stdout.splitlines()
    # one row per criterion, both roles on the same line
    salary = next(line for line in lines if line.lstrip().startswith("Salary"))
    assert "30,000" in salary and "25,000" in salary
    remote = next(line for line in lines if line.lstrip().startswith("Remote work"))
    assert "Often possible" in remote and "–" in remote.split()  # a gap, explained once:
    assert out.stdout.count("not stated in the sources") == 1
    assert "– not stated in the sources" in out.stdout
    for label in ("Stress", "Job outlook", "Skills", "Tools", "Deliverables", "Data",
                  "Hardware", "People", "Programming"):
        assert any(line.lstrip().startswith(label) for line in lines), label
    # the biggest differences stand out: Data and Hardware, marked on the role that needs more
    data_row = next(line for line in lines if line.lstrip().startswith("Data "))
    assert data_row.count("▲") == 1 and data_row.index("▲") < data_row.index("░░░░░░░░░░")
    prog_row = next(line for line in lines if line.lstrip().startswith("Programming"))
    assert "▲" not in prog_row  # 30 vs 20: not a big difference
    # what both share is marked
    assert "= SQL" in out.stdout and "= Statistics" in out.stdout
    assert "• Zetasheet" in out.stdout


def test_compare_json_marks_the_differences(runner):
    out = cli(runner, "compare", "zeta-analyst", "omega-welder", "gamma-coder", "-f", "json")
    data = json.loads(out.stdout)
    assert data["schema"] == "rolequiz.comparison/1"
    assert [r["id"] for r in data["roles"]] == ["zeta-analyst", "omega-welder", "gamma-coder"]
    rows = {r["key"]: r for r in data["rows"]}
    assert list(rows)[:7] == ["salary", "remote", "stress", "outlook", "skills", "tools",
                              "deliverables"]
    assert rows["remote"]["cells"][1] == {"text": None, "source": None, "n": None,
                                          "quotes": [], "figures": []}
    assert rows["remote"]["empty"] is False
    assert rows["stress"]["cells"][2]["source"] == "omega-survey"
    tools = rows["tools"]["cells"]
    assert [i for i in tools[0]["items"] if i["shared"]] == [{"text": "SQL", "shared": True}]
    skills = rows["skills"]["cells"]  # Statistics: two of three roles, so not shared by all
    assert not any(i["shared"] for c in skills for i in c["items"])
    # spreads: data 1.0, hardware 1.0, code 0.8, people 0.8 -> the first three stand out
    out_rows = [k for k, r in rows.items() if r["stands_out"]]
    assert out_rows == ["profile:data", "profile:hardware", "profile:people"]
    assert [c["top"] for c in rows["profile:hardware"]["cells"]] == [False, True, False]
    # sources numbered once for the whole comparison
    assert [(s["n"], s["id"]) for s in data["sources"]] == [(1, "zeta-guide"),
                                                            (2, "omega-survey")]


@pytest.mark.parametrize("args", [["zeta-analyst"], IDS + ["zeta-analyst"], []])
def test_compare_needs_two_to_four_roles(runner, args):
    out = cli(runner, "compare", *args)
    assert out.exit_code == 2
    assert "compare takes 2 to 4 roles" in out.stderr


def test_compare_the_same_role_twice_is_an_error(runner):
    out = cli(runner, "compare", "zeta-analyst", "Zeta Analyst")
    assert out.exit_code == 2 and "named twice" in out.stderr


def test_compare_misspelt_role(runner):
    out = cli(runner, "compare", "zeta-analyst", "gamma-codr")
    assert out.exit_code == 2
    assert "did you mean 'gamma-coder'?" in out.stderr


def test_compare_top_three_of_a_result(runner, results):
    out = cli(runner, "compare", "--top", "3", "--results", results, "-f", "json")
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout)
    assert [r["id"] for r in data["roles"]] == ["zeta-analyst", "delta-host", "gamma-coder"]
    score_row = data["rows"][0]
    assert score_row["key"] == "score"
    assert [c["top"] for c in score_row["cells"]] == [True, False, False]
    table = cli(runner, "compare", "--top", "3", "--results", results)
    assert table.exit_code == 0
    [match] = [line for line in table.stdout.splitlines() if line.lstrip().startswith("Score")]
    assert "(#1)" in match and "▲" not in match  # ▲ marks needs, not the best score


@pytest.mark.parametrize("args, message", [
    (["--top", "3"], "--top needs --results FILE"),
    (["--top", "5", "--results", "RESULT"], "compare takes 2 to 4 roles, not 5"),
    (["--top", "2", "zeta-analyst", "--results", "RESULT"], "either role ids or --top"),
])
def test_compare_top_misuse(runner, results, args, message):
    args = [str(results) if a == "RESULT" else a for a in args]
    out = cli(runner, "compare", *args)
    assert out.exit_code == 2
    assert message in out.stderr


# -- saved results that are not right ----------------------------------------------------


@pytest.mark.parametrize("text, message", [
    ("{not json", "invalid JSON"),
    ("", "invalid JSON"),
    ("[1, 2]", "expected a JSON object"),
    ('{"schema": "rolequiz.answers/1", "answers": {}}', "expected 'rolequiz.result/1'"),
    ('{"schema": "rolequiz.result/1"}', "'matches' is missing"),
    ('{"schema": "rolequiz.result/1", "matches": [{"role": "zeta-analyst", "rank": 1, '
     '"score": 250}]}', "score must be a number from 0 to 100"),
    ('{"schema": "rolequiz.result/1", "matches": [{"role": "zeta-analyst", "rank": "1", '
     '"score": 50}]}', "rank must be a whole number"),
    ('{"schema": "rolequiz.result/1", "matches": [{"rank": 1, "score": 50}]}', "no role id"),
    # our words, not the interpreter's: 3.12 stops near 1,000 levels, 3.13 reads 5,000
    ("[" * 5000 + "]" * 5000, "nesting too deep"),
    ("[" * 101 + "]" * 101, "nesting too deep"),
    ('{"schema": "rolequiz.result/1", "matches": [' + "{}," * 3 + "[" * 99 + "]" * 99 + "]}",
     "nesting too deep"),
])
def test_a_bad_results_file_is_a_clear_error(runner, tmp_path, text, message):
    bad = tmp_path / "bad.json"
    bad.write_text(text, encoding="utf-8")
    for command in (["roles"], ["compare", "--top", "2"], ["show", "zeta-analyst"]):
        out = cli(runner, *command, "--results", bad)
        assert out.exit_code == 2, out.output
        assert str(bad) in out.stderr and message in out.stderr
        assert "Traceback" not in out.output


def test_missing_or_binary_results_file(runner, tmp_path):
    out = cli(runner, "roles", "--results", tmp_path / "nope.json")
    assert out.exit_code == 2 and "file not found" in out.stderr
    binary = tmp_path / "latin1.json"
    binary.write_bytes(b'{"schema": "caf\xe9"}')
    out = cli(runner, "roles", "--results", binary)
    assert out.exit_code == 2 and "not UTF-8" in out.stderr


def test_results_made_with_other_roles(runner, tmp_path):
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"schema": "rolequiz.result/1", "matches": [
        {"role": "astronaut", "rank": 1, "score": 90.0}]}), encoding="utf-8")
    out = cli(runner, "roles", "--results", other)
    assert out.exit_code == 2
    assert "was made with other roles" in out.stderr


# -- every format, to the terminal and to a file ------------------------------------------

COMMANDS = {
    "roles": ["roles"],
    "show": ["show", "zeta-analyst"],
    "compare": ["compare", "zeta-analyst", "omega-welder", "gamma-coder", "delta-host"],
    "quiz": ["quiz", "--answers", "ANSWERS"],
}


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)


def _args(name, tmp_path):
    answers = tmp_path / "answers.yaml"
    answers.write_text(ANSWERS, encoding="utf-8")
    return [str(answers) if a == "ANSWERS" else a for a in COMMANDS[name]]


@pytest.mark.parametrize("name", list(COMMANDS))
@pytest.mark.parametrize("fmt", ["table", "json", "markdown", "html", "svg"])
def test_every_command_in_every_format(runner, tmp_path, name, fmt):
    args = _args(name, tmp_path)
    out = cli(runner, *args, "--format", fmt)
    assert out.exit_code == 0, out.output
    text = out.stdout
    assert "Zeta Analyst" in " ".join(text.replace("&#160;", " ").split())
    if fmt == "json":
        assert json.loads(text)["schema"].startswith("rolequiz.")
    elif fmt == "markdown":
        assert text.startswith("# ")
    elif fmt == "html":
        assert text.startswith("<!DOCTYPE html>") and text.rstrip().endswith("</html>")
        parser = _Tags()
        parser.feed(text)
        assert "svg" in parser.tags or name == "roles"
    elif fmt == "svg":
        assert text.lstrip().startswith("<svg") and text.rstrip().endswith("</svg>")
        assert "@font-face" not in text and "cdnjs" not in text  # no web request
        ElementTree.fromstring(text)  # well-formed

    # --output writes the same bytes to a file and says so on stderr
    target = tmp_path / "out" / f"{name}.{fmt}"
    saved = cli(runner, *args, "--format", fmt, "--output", target)
    assert saved.exit_code == 0, saved.output
    assert saved.stdout == ""
    assert f"Saved to {target}" in saved.stderr
    assert target.read_text(encoding="utf-8") == text
    assert not [p for p in target.parent.iterdir() if p.name.endswith(".tmp")]


def test_table_output_to_a_file_is_plain_text(runner, tmp_path):
    target = tmp_path / "compare.txt"
    out = cli(runner, "compare", "zeta-analyst", "omega-welder", "-o", target)
    assert out.exit_code == 0
    text = target.read_text(encoding="utf-8")
    assert "\x1b" not in text and "Often possible" in text


def test_output_replaces_an_existing_file(runner, tmp_path):
    target = tmp_path / "card.html"
    target.write_text("old", encoding="utf-8")
    assert cli(runner, "show", "delta-host", "-f", "html", "-o", target).exit_code == 0
    assert "Delta Host" in target.read_text(encoding="utf-8")


def test_output_that_cannot_be_written_exits_1(runner, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    out = cli(runner, "roles", "-f", "html", "-o", blocker / "roles.html")
    assert out.exit_code == 1
    assert "could not save" in out.stderr and "Traceback" not in out.output


def test_saved_message_in_french(runner, tmp_path):
    target = tmp_path / "r.md"
    out = cli(runner, "roles", "-f", "markdown", "-o", target, "--lang", "fr")
    assert "Enregistré dans" in out.stderr


def test_same_inputs_same_bytes(runner, results):
    for fmt in ("json", "markdown", "html", "svg"):
        args = ["compare", "--top", "3", "--results", str(results), "-f", fmt]
        assert cli(runner, *args).stdout == cli(runner, *args).stdout


def test_markdown_card_and_comparison(runner):
    card = cli(runner, "show", "omega-welder", "-f", "markdown").stdout
    assert card.startswith("# Omega Welder (`omega-welder`)")
    assert "*Not stated in the sources: remote work, stress, job outlook.*" in card
    assert "not known" not in card
    assert "1. “Zeta guide to imaginary jobs” — `zeta-guide.txt`" in card
    cmp = cli(runner, "compare", "zeta-analyst", "omega-welder", "-f", "markdown").stdout
    assert "| | Zeta Analyst (`zeta-analyst`) | Omega Welder (`omega-welder`) |" in cmp
    assert "| **What the job calls for: Data** | **100% ▲** | 0% |" in cmp
    assert "= SQL" in cmp


def test_quiz_html_page_for_a_parent(runner, tmp_path):
    args = _args("quiz", tmp_path)
    out = cli(runner, *args, "--format", "html", "--lang", "fr")
    page = out.stdout
    assert '<html lang="fr">' in page
    assert "Tes résultats rolequiz" in page
    assert "Les métiers les plus proches de toi" in page
    # the closest roles come with what they are and why they fit
    assert "L&#x27;analyste zêta lit des chiffres imaginaires" in page
    assert "«\u00a0Données\u00a0»\u00a0: tu aimes" in page


def test_ascii_console_does_not_crash(tmp_path):
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONIOENCODING": "ascii", "COLUMNS": "60", "NO_COLOR": "1"}
    for args in (["compare", "zeta-analyst", "omega-welder"], ["show", "zeta-analyst"],
                 ["roles"]):
        out = subprocess.run([sys.executable, "-m", "rolequiz", *args, *CONTENT, "--lang", "fr"],
                             capture_output=True, timeout=60, env=env, cwd=tmp_path)
        assert out.returncode == 0, out.stderr
        text = out.stdout.decode("ascii")  # nothing outside ASCII reached the console
        assert "Analyste z" in text


def test_results_page_gives_the_facts_of_the_closest_roles_with_sources(runner, tmp_path):
    from test_export_html import Page

    page = Page(cli(runner, *_args("quiz", tmp_path), "--format", "html").stdout)
    text = page.all_text
    assert "Salary 30,000 – 40,000 zetas a year [1]" in text
    assert "“Zeta guide to imaginary jobs” — zeta-guide.txt" in text
    assert "not a verdict" in text
    assert ("a", "href", "#source-1") in page.attrs


def test_help_lists_the_explore_commands_and_their_formats(runner):
    top = run_cli(runner, "--help").stdout
    assert top.index("quiz") < top.index("roles") < top.index("show") < top.index("compare")
    for command in ("roles", "show", "compare", "quiz"):
        text = run_cli(runner, command, "--help").stdout
        assert "table|json|markdown|html|svg" in text and "--output" in text


def test_a_format_a_command_cannot_write_is_a_usage_error():
    from rolequiz.base.errors import UsageError
    from rolequiz.cli.emit import emit
    from rolequiz.cli.options import Format

    for lang, words in (("en", "report cannot write --format html; use one of: table, json"),
                        ("fr", "report ne sait pas écrire --format html\u00a0; "
                               "formats possibles\u00a0:")):
        with pytest.raises(UsageError) as caught:
            emit(format=Format.html, output=None, lang=lang, command="report", title="t",
                 view=lambda ascii_only: "x", data=lambda: {}, markdown=None, html=None)
        assert caught.value.exit_code == 2
        assert words in str(caught.value)
