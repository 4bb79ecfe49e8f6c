"""The group report's figures, checked by hand on a small fixed workshop: which results are
clear, how many unclear results each figure includes (or leaves out with --only-clear),
how often each role is in a top 3; and names a counselor can read: duplicates told apart,
a class-list order, local times."""

from __future__ import annotations

import csv
import io
import json
import os
import statistics
import time
import unicodedata

import pytest
from rich.console import Console

from rolequiz.group import reader, report
from rolequiz.group.participants import sort_key
from rolequiz.views import report_csv, report_html, report_markdown
from rolequiz.views.terminal.report import report_view

ROLES = {"ana": "Analyst", "dev": "Developer", "eng": "Engineer", "mak": "Maker",
         "tea": "Teacher"}

# (name, code, [(role, score)] best first, notes, interests in data and people)
# - adam: clear, no tie.            - Bob: clear, analyst and developer tied first.
# - Zoé zzzzz2: a near tie (unclear) beside "adaptive" (information); maker and engineer
#   tied at third place: both are in her top 3.
# - Zoé zzzzz3: only "adaptive": clear.
# - Élève 10: no answers, every role at 50: all five tied first, all five in the top 3.
# - Élève 2: few answers and no preference.   - Émile: weak fit and near tie.
STUDENTS = [
    ("adam", "aaaaa2", [("ana", 90), ("dev", 80), ("eng", 70), ("mak", 60), ("tea", 10)],
     [], (0.9, 0.2)),
    ("Bob", "bbbbb2", [("dev", 88), ("ana", 88), ("tea", 50), ("eng", 40), ("mak", 0)],
     [], (0.8, 0.6)),
    ("Zoé", "zzzzz2", [("ana", 75), ("tea", 60), ("mak", 55), ("eng", 55), ("dev", 20)],
     ["near_tie", "adaptive"], (0.5, 0.7)),
    ("Zoé", "zzzzz3", [("tea", 95), ("mak", 30), ("eng", 20), ("dev", 10), ("ana", 5)],
     ["adaptive"], (0.0, 1.0)),
    ("Élève 10", "eeeee2", [("eng", 50), ("dev", 50), ("ana", 50), ("mak", 50), ("tea", 50)],
     ["no_answers"], (None, None)),
    ("Élève 2", "eeeee3", [("mak", 70), ("eng", 65), ("tea", 40), ("ana", 30), ("dev", 30)],
     ["few_answers", "no_preference"], (0.6, 0.55)),
    ("Émile", "eeeee4", [("ana", 66), ("eng", 64), ("dev", 62), ("tea", 10), ("mak", 0)],
     ["weak_fit", "near_tie"], (0.7, 0.3)),
]
ORDER = ["adam", "Bob", "Élève 2", "Élève 10", "Émile", "Zoé (zzzzz2)", "Zoé (zzzzz3)"]


def result(name, code, ranking, notes, interests, when="2026-12-02T13:05:00Z"):
    matches, rank = [], 0
    for i, (role, score) in enumerate(ranking, start=1):
        if not matches or score != matches[-1]["score"]:
            rank = i
        matches.append({"rank": rank, "role": role, "name": ROLES[role], "score": float(score),
                        "reasons": []})
    return {
        "schema": "rolequiz.result/1", "lang": "en",
        "answered": 0 if "no_answers" in notes else 8, "skipped": 0, "total": 8,
        "profile": dict(zip(("data", "people"), interests, strict=True)),
        "matches": matches, "clear": all(n == "adaptive" for n in notes),
        "notes": [{"code": n, "text": f"({n})"} for n in notes],
        "content": {"questions": "q" * 16, "roles": "r" * 16},
        "participant": {"name": name, "code": code}, "finished_at": when,
    }


@pytest.fixture
def ws(tmp_path):
    for name, code, ranking, notes, interests in STUDENTS:
        (tmp_path / f"{code}.json").write_text(
            json.dumps(result(name, code, ranking, notes, interests)), encoding="utf-8")
    return tmp_path


def build(folder, lang="en", **kw):
    return report.build(reader.read_results([folder]), lang, **kw)


def render(r, width=120) -> str:
    buf = io.StringIO()
    Console(file=buf, width=width, color_system=None, markup=False, emoji=False,
            highlight=False).print(report_view(r))
    return buf.getvalue()


def read_csv(text, delimiter=","):
    return list(csv.reader(io.StringIO(text[1:], newline=""), delimiter=delimiter))


# -- the figures, by hand ------------------------------------------------------------------


def test_every_figure_of_the_group_by_hand(ws):
    [g] = build(ws).groups
    assert (g.size, g.counted, g.not_clear, g.left_out) == (7, 7, 4, 0)
    assert [p.label for p in g.people if p.clear] == ["adam", "Bob", "Zoé (zzzzz3)"]
    # first: ana adam Bob Zoé2 Élève10 Émile | dev Bob Élève10 | eng Élève10 |
    # mak Élève10 Élève2 | tea Zoé3 Élève10; the unclear ones: Zoé2, Élève10, Élève2, Émile
    assert [(r.role, r.count, r.not_clear) for r in g.first_matches] == [
        ("ana", 5, 3), ("dev", 2, 1), ("mak", 2, 2), ("tea", 2, 1), ("eng", 1, 1)]
    assert (g.firsts, g.firsts_not_clear, g.ties) == (12, 8, 2)  # ties: Bob, Élève 10
    assert g.unclear == 2  # no clear preference: Élève 10 (no answers), Élève 2
    assert g.unmatched == []
    # top 3 (a tie at third counts for each): ana adam Bob Zoé2 Élève10 Émile;
    # dev adam Bob Élève10 Émile; eng adam Zoé2 Zoé3 Élève10 Élève2 Émile;
    # mak Zoé2 Zoé3 Élève10 Élève2; tea Bob Zoé2 Zoé3 Élève10 Élève2
    assert [(r.role, r.first, r.first_not_clear, r.top, r.top_not_clear) for r in g.top] == [
        ("eng", 1, 1, 6, 4), ("ana", 5, 3, 5, 3), ("tea", 2, 1, 5, 3), ("dev", 2, 1, 4, 2),
        ("mak", 2, 2, 4, 3)]
    data, people = ({s.dimension: s for s in g.profile}[d] for d in ("data", "people"))
    # Élève 10's interests are unknown: six known of seven
    assert (data.known, data.mean) == (6, round(3.5 / 6, 3)) == (6, 0.583)
    assert (people.known, people.mean) == (6, round(3.35 / 6, 3)) == (6, 0.558)
    assert data.sd == round(statistics.pstdev([0.9, 0.8, 0.5, 0.0, 0.6, 0.7]), 3)
    assert (data.low, data.high) == (0.0, 0.9)


def test_only_clear_leaves_the_unclear_results_out_of_every_figure(ws):
    [g] = build(ws, only_clear=True).groups
    assert (g.size, g.counted, g.not_clear, g.left_out, g.counted_not_clear) == (7, 3, 4, 4, 0)
    assert len(g.people) == 7  # every participant still listed
    # adam, Bob, Zoé zzzzz3 only: first ana adam Bob | dev Bob | tea Zoé3
    assert [(r.role, r.count, r.not_clear) for r in g.first_matches] == [
        ("ana", 2, 0), ("dev", 1, 0), ("tea", 1, 0), ("eng", 0, 0), ("mak", 0, 0)]
    assert (g.firsts, g.firsts_not_clear, g.ties) == (4, 0, 1)
    assert [r.role for r in g.unmatched] == ["eng", "mak"]
    # top 3: ana adam Bob; dev adam Bob; eng adam Zoé3; mak Zoé3; tea Bob Zoé3
    assert [(r.role, r.first, r.top) for r in g.top] == [
        ("ana", 2, 2), ("dev", 1, 2), ("tea", 1, 2), ("eng", 0, 2), ("mak", 0, 1)]
    assert all(r.first_not_clear == r.top_not_clear == 0 for r in g.top)
    data, people = ({s.dimension: s for s in g.profile}[d] for d in ("data", "people"))
    assert (data.known, data.mean, people.mean) == (3, round(1.7 / 3, 3), 0.6) == (3, 0.567, 0.6)
    assert data.sd == round(statistics.pstdev([0.9, 0.8, 0.0]), 3) == 0.403


def test_every_document_says_how_many_unclear_results_its_figures_hold(ws):
    r = build(ws)
    lines = ["12 top matches, 8 of them unclear.", "Averages over 7 results, 4 of them unclear."]
    for text in (render(r), report_markdown.to_markdown(r), report_html.to_html(r)):
        for line in lines:
            assert line in text
        assert "Only clear results are counted" not in text
    md = report_markdown.to_markdown(r)
    assert ("| Role | 1st | Unclear | Top 3 | Unclear |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Engineer | 1 | 1 | 6 | 4 |\n| Analyst | 5 | 3 | 5 | 3 |\n"
            "| Teacher | 2 | 1 | 5 | 3 |\n| Developer | 2 | 1 | 4 | 2 |\n"
            "| Maker | 2 | 2 | 4 | 3 |\n") in md
    table = render(r)
    assert " Engineer      1         1       6         4" in table
    page = report_html.to_html(r)
    assert ('<tr><td>Engineer</td><td class="n" data-label="1st">1</td><td class="n" '
            'data-label="Unclear">1</td><td class="n" data-label="Top 3">6</td>'
            '<td class="n" data-label="Unclear">4</td></tr>') in page
    data = json.loads(report.to_json(r))
    [g] = data["groups"]
    assert (data["only_clear"], g["counted"], g["not_clear"], g["left_out"]) == (False, 7, 4, 0)
    assert g["top3"][0] == {"role": "eng", "name": "Engineer", "first": 1, "first_not_clear": 1,
                            "top3": 6, "top3_not_clear": 4}
    assert g["first_matches"][0] == {"role": "ana", "name": "Analyst", "count": 5,
                                     "not_clear": 3}
    assert [p["clear"] for p in g["people"]] == [True, True, False, False, False, False, True]


def test_with_only_clear_every_document_says_what_it_left_out(ws):
    r = build(ws, only_clear=True)
    said = ("Only clear results are counted: 4 unclear results are left out of the figures "
            "(they are still listed with the participants).")
    for text in (" ".join(render(r, 200).split()), report_markdown.to_markdown(r),
                 report_html.to_html(r)):
        assert said in text
        assert "4 top matches (clear results only)." in text
        assert "Averages over 3 results (clear results only)." in text
        assert "Unclear" not in text  # no such columns: nothing unclear counted
    assert ("| Role | 1st | Top 3 |\n|---|---:|---:|\n| Analyst | 2 | 2 |\n"
            "| Developer | 1 | 2 |\n| Teacher | 1 | 2 |\n| Engineer | 0 | 2 |\n"
            "| Maker | 0 | 1 |\n") in report_markdown.to_markdown(r)
    fr = build(ws, "fr", only_clear=True)
    assert ("Seuls les résultats clairs sont comptés\u00a0: 4 résultats incertains sont laissés "
            "hors des chiffres") in report_markdown.to_markdown(fr)
    data = json.loads(report.to_json(r))
    assert (data["only_clear"], data["groups"][0]["counted"]) == (True, 3)
    assert data["groups"][0]["left_out"] == 4


def test_one_unclear_first_match_in_words(tmp_path):
    name, code, ranking, _, interests = STUDENTS[0]
    (tmp_path / "a.json").write_text(json.dumps(result(name, code, ranking, ["near_tie"],
                                                       interests)), encoding="utf-8")
    assert "1 top match, 1 of them unclear." in report_markdown.to_markdown(build(tmp_path))
    fr = report_markdown.to_markdown(build(tmp_path, "fr"))
    assert "1 métier arrivé en tête, dont 1 incertain." in fr
    assert "Moyennes sur 1 résultat, dont 1 incertain." in fr


# -- each participant's mark -------------------------------------------------------------


MARKS = {
    "en": ["clear", "clear", "unclear: few answers, no clear preference", "unclear: no answers",
           "unclear: weak fit, near tie", "unclear: near tie", "clear"],
    "fr": ["clair", "clair", "incertain (peu de réponses, pas de préférence nette)",
           "incertain (aucune réponse)", "incertain (adéquation faible, quasi-égalité)",
           "incertain (quasi-égalité)", "clair"],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_each_row_says_whether_the_result_is_clear_and_why_not(ws, lang):
    r = build(ws, lang)
    marks = MARKS[lang]
    md = report_markdown.to_markdown(r)
    page = report_html.to_html(r)
    table = render(r)
    for label, mark in zip(ORDER, marks, strict=True):
        assert f"| {report_markdown._md(label)} |" in md
        assert md.split(f"| {report_markdown._md(label)} |")[1].split("\n")[0].endswith(
            f"| {mark} |")
        assert f'data-label="{"Result" if lang == "en" else "Résultat"}"' in page
        assert f">{mark}</td></tr>" in page
        line = next(x for x in table.splitlines() if x.startswith(label + " "))
        assert line.rstrip().endswith(mark), line
    delimiter = ";" if lang == "fr" else ","
    rows = read_csv(report_csv.to_csv(r), delimiter)
    header = rows[0]
    result, notes = header.index("Result" if lang == "en" else "Résultat"), header.index(
        "Notes" if lang == "en" else "Remarques")
    assert [row[result] for row in rows[1:]] == marks
    # the codes stay, for scripts, in the language of none
    assert [row[notes] for row in rows[1:]] == [
        "", "", "few_answers no_preference", "no_answers", "weak_fit near_tie",
        "near_tie adaptive", "adaptive"]


def test_an_unknown_note_is_doubt_shown_as_written_and_adaptive_is_not(ws):
    path = ws / "aaaaa2.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["notes"] = [{"code": "adaptive", "text": "."}, {"code": "=new\x1b", "text": "."}]
    path.write_text(json.dumps(data), encoding="utf-8")
    r = build(ws)
    assert not r.groups[0].people[0].clear
    rows = read_csv(report_csv.to_csv(r))
    assert rows[1][rows[0].index("Result")] == "unclear: =new\\x1b"  # cleaned, not a formula
    assert "unclear: =new\\x1b" in render(r)


# -- names -------------------------------------------------------------------------------


def test_names_in_the_order_of_a_class_list():
    names = ["Émile", "Zoé", "adam", "Élève 10", "Bob", "Élève 2"]
    assert sorted(names, key=str.casefold) == ["adam", "Bob", "Zoé", "Élève 10", "Élève 2",
                                               "Émile"]  # what a plain sort gives
    assert sorted(names, key=sort_key) == ["adam", "Bob", "Élève 2", "Élève 10", "Émile", "Zoé"]
    # equal but for case or accents: the original decides, the same way every time
    assert sorted(["zoé", "Zoé", "Zoe", "ZOE"], key=sort_key) == ["ZOE", "Zoe", "Zoé", "zoé"]
    assert sorted(["b2", "a10", "a9", "a09b", "a"], key=sort_key) == ["a", "a9", "a09b", "a10",
                                                                      "b2"]
    assert sort_key("Ｅ２") < sort_key("e10")  # full-width letters and digits


def test_participants_are_listed_in_that_order_and_duplicates_told_apart(ws):
    for lang in ("en", "fr"):
        [g] = build(ws, lang).groups
        assert [p.label for p in g.people] == ORDER
        assert [p.name for p in g.people][-2:] == ["Zoé", "Zoé"]  # the name as typed
    md = report_markdown.to_markdown(build(ws))
    assert md.index("| Élève 2 |") < md.index("| Élève 10 |") < md.index("| Émile |")
    assert "| Zoé (zzzzz2) |" in md and "| Zoé (zzzzz3) |" in md
    rows = read_csv(report_csv.to_csv(build(ws)))
    assert [row[0] for row in rows[1:]] == ORDER
    data = json.loads(report.to_json(build(ws)))
    assert [p["label"] for p in data["groups"][0]["people"]] == ORDER


def test_names_that_only_look_the_same_are_told_apart_too(tmp_path):
    """"Zoé" typed with a composed é on one computer and a decomposed one on another."""
    for i, name in enumerate(("Zoé", unicodedata.normalize("NFD", "Zoé"), "zoé")):
        data = result(name, f"code{i}2", STUDENTS[0][2], [], (0.5, 0.5))
        (tmp_path / f"{i}.json").write_text(json.dumps(data), encoding="utf-8")
    labels = [p.label for p in build(tmp_path).groups[0].people]
    assert sorted(labels) == sorted(["Zoé (code02)", unicodedata.normalize("NFD", "Zoé")
                                     + " (code12)", "zoé"])


def test_without_a_code_a_duplicate_gets_its_file(tmp_path):
    for stem in ("a", "b"):
        data = result("Zoé", None, STUDENTS[0][2], [], (0.5, 0.5))
        data["participant"] = {"name": "Zoé"}
        data["profile"]["data"] = 0.1 if stem == "a" else 0.2  # not a copy of the other
        (tmp_path / f"{stem}.json").write_text(json.dumps(data), encoding="utf-8")
    labels = [p.label for p in build(tmp_path).groups[0].people]
    assert labels == [f"Zoé ({tmp_path / 'a.json'})", f"Zoé ({tmp_path / 'b.json'})"]


def test_an_anonymized_csv_has_one_column_for_the_participant(ws):
    rows = read_csv(report_csv.to_csv(build(ws, anonymize=True)))
    assert rows[0][:3] == ["Code", "Finished", "Answered"]
    assert "Participant" not in rows[0]
    assert [row[0] for row in rows[1:]] == sorted(code for _, code, *_ in STUDENTS)
    named = read_csv(report_csv.to_csv(build(ws)))
    assert named[0][:2] == ["Participant", "Code"]
    assert len(named[0]) == len(rows[0]) + 1


def test_an_anonymized_result_without_a_code_keeps_its_number(tmp_path):
    data = result("Zoé", None, STUDENTS[0][2], [], (0.5, 0.5))
    data["participant"] = {"name": "Zoé"}
    (tmp_path / "zoe.json").write_text(json.dumps(data), encoding="utf-8")
    rows = read_csv(report_csv.to_csv(build(tmp_path, anonymize=True)))
    assert rows[0][0] == "Code" and rows[1][0] == "#1" and "Zoé" not in str(rows)


# -- times -------------------------------------------------------------------------------


@pytest.fixture
def zone():
    """Set this computer's time zone (POSIX TZ strings: the sign is west of UTC)."""
    if not hasattr(time, "tzset"):
        pytest.skip("time zones set by TZ: POSIX only")
    old = os.environ.get("TZ")

    def use(tz):
        os.environ["TZ"] = tz
        time.tzset()

    yield use
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()


@pytest.mark.parametrize("tz, when, lang, shown", [
    ("CET-1", "2026-12-02T13:05:00Z", "en", "2 Dec 2026 14:05 (UTC+1)"),
    ("CET-1", "2026-12-02T13:05:00Z", "fr", "2 déc. 2026 à 14\u00a0h\u00a005 (UTC+1)"),
    ("UTC0", "2026-12-02T13:05:00Z", "en", "2 Dec 2026 13:05 (UTC)"),
    ("EST+5", "2026-12-02T03:05:00Z", "en", "1 Dec 2026 22:05 (UTC-5)"),
    ("EST+5", "2026-12-02T03:05:00Z", "fr", "1er déc. 2026 à 22\u00a0h\u00a005 (UTC-5)"),
    ("IST-5:30", "2026-08-15T00:00:00+00:00", "fr", "15 août 2026 à 5\u00a0h\u00a030 (UTC+5:30)"),
    ("CET-1", "2026-12-02T13:05:00", "en", "2 Dec 2026 14:05 (UTC+1)"),  # no zone: UTC
    ("CET-1", "yesterday", "en", "yesterday"),
    ("CET-1", "", "en", ""),
])
def test_a_time_as_the_counselor_reads_it(zone, tz, when, lang, shown):
    zone(tz)
    assert report.local_time(when, lang) == shown


def test_the_csv_gives_local_times_and_the_json_keeps_utc(ws, zone):
    zone("CET-1")
    rows = read_csv(report_csv.to_csv(build(ws, "fr")), ";")
    assert {row[2] for row in rows[1:]} == {"2 déc. 2026 à 14\u00a0h\u00a005 (UTC+1)"}
    data = json.loads(report.to_json(build(ws)))
    assert {p["finished_at"] for p in data["groups"][0]["people"]} == {"2026-12-02T13:05:00Z"}


# -- on the command line -----------------------------------------------------------------


def test_only_clear_on_the_command_line(runner, ws):
    from conftest import run_cli

    r = run_cli(runner, "report", ws, "--only-clear", "--format", "json")
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    [g] = data["groups"]
    assert data["only_clear"] is True and (g["counted"], g["left_out"]) == (3, 4)
    table = run_cli(runner, "report", ws, "--only-clear", "--lang", "fr")
    assert table.exit_code == 0, table.output
    flat = " ".join(table.stdout.split())
    assert "Seuls les résultats clairs sont comptés : 4 résultats incertains" in flat
    assert "4 métiers arrivés en tête (résultats clairs seulement)." in flat
    plain = run_cli(runner, "report", ws)
    assert "12 top matches, 8 of them unclear." in plain.stdout


def test_anonymized_codes_keep_their_spelling_order_and_numbers_their_number_order(tmp_path):
    """Codes are no names: "k23abc" before "k3mnpq", as spelled; results without a code,
    numbered, come first, #2 before #10."""
    for i, code in enumerate(["k3mnpq", "k23abc", *[None] * 10]):
        data = result(f"S{i}", code, STUDENTS[0][2], [], (i / 20, 0.5))
        if code is None:
            data["participant"] = {"name": f"S{i}"}
        (tmp_path / f"{i}.json").write_text(json.dumps(data), encoding="utf-8")
    labels = [p.label for p in build(tmp_path, anonymize=True).groups[0].people]
    # (numbered in the named order, S0 to S11: the two with a code are the first two)
    assert labels == [f"#{n}" for n in range(3, 13)] + ["k23abc", "k3mnpq"]
