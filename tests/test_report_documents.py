"""The group report's documents (Markdown, HTML, CSV, JSON) for one fixed workshop folder,
compared with stored expectations: every word a counselor reads, in both languages, named
or anonymized.

Regenerate the expectations after a deliberate change with
    ROLEQUIZ_UPDATE_EXPECTED=1 pytest tests/test_report_documents.py
and read the diff before committing it.
"""

from __future__ import annotations

import csv
import io
import json
import os
import time
from datetime import date
from pathlib import Path

import pytest

from rolequiz.base.errors import UsageError
from rolequiz.content.load import load_content
from rolequiz.content.results import result_to_dict
from rolequiz.engine.scoring import score
from rolequiz.group import layout, manifest, participants, reader, report, store
from rolequiz.i18n import date_words
from rolequiz.views import report_csv, report_html, report_markdown

EXPECTED = Path(__file__).parent / "expected"
UPDATE = os.environ.get("ROLEQUIZ_UPDATE_EXPECTED") == "1"

# (name, code, answers): analysts (Tom's and the unnamed student's answers too close to
# tell: unclear interests), a maker, a flat profile (no preference) and a student who
# skipped everything: flat or unknown interests correlate with no role, and both roles tie
# for first place at 50. Over two dimensions every other score is 100 (interests and needs
# lean the same way) or 0 (the opposite way).
PEOPLE = [
    ("Zoé", "zzzzzz", {"q1": 5, "q2": 1}),
    ("Tom", "tttttt", {"q1": 4, "q2": 2}),
    (None, "nnnnnn", {"q1": 5, "q2": 2}),
    ("Anaëlle", "aaaaaa", {"q1": 1, "q2": 5}),
    ("Léo", "kkkkkk", {"q1": 3, "q2": 3}),
    ("Sam", "ssssss", {}),
]


def check_expected(name: str, text: str) -> None:
    path = EXPECTED / name
    if UPDATE or not path.exists():
        if not UPDATE:
            pytest.fail(f"{path} is missing; run with ROLEQUIZ_UPDATE_EXPECTED=1 to create it")
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{name} changed (see the docstring)"


@pytest.fixture(scope="module")
def folder(tmp_path_factory, mini_files):
    """A workshop with six results of its own content, one of other content, one quiz in
    progress, and one file for each reason a file is skipped."""
    ws = tmp_path_factory.mktemp("report") / "2B"
    with pytest.MonkeyPatch.context() as mp:  # prepared the day before the first quiz
        mp.setattr(manifest, "utc_now", lambda: "2026-11-30T08:00:00Z")
        manifest.init(ws, "Classe 2B", mini_files["questions"], mini_files["roles"])
    content = load_content(mini_files["questions"], mini_files["roles"])
    other_q = ws.parent / "other-questions.yaml"
    other_q.write_bytes(mini_files["questions"].read_bytes() + b"# v2\n")
    other = load_content(other_q, mini_files["roles"])
    with pytest.MonkeyPatch.context() as mp:  # the first result the day before the others
        times = iter(["2026-12-01T10:00:00Z"])
        mp.setattr(store, "utc_now", lambda: next(times, "2026-12-02T10:00:00Z"))
        for name, code, answers in PEOPLE:
            data = result_to_dict(score(content, answers, "en"), content)
            store.save_result(ws, data, name, code)
        store.save_result(ws, result_to_dict(score(other, {"q1": 4}, "en"), other), "Other",
                          "oooooo")
    store.save_progress(ws, participants.participant("Max", "mmmmmm"), {"answers": {}})
    (ws / "zoe (copy).json").write_bytes((ws / "zoe.json").read_bytes())
    (ws / "empty.json").write_bytes(b"")
    (ws / "notes.json").write_text("shopping list", encoding="utf-8")
    (ws / "settings.json").write_text('{"theme": "dark"}', encoding="utf-8")
    (ws / "cut.json").write_text('{"schema": "rolequiz.result/1", "matc', encoding="utf-8")
    (ws / "huge.json").write_bytes(b" " * (layout.MAX_RESULT_BYTES + 1))
    return ws


@pytest.fixture(autouse=True)
def _a_week_later(monkeypatch):
    """The documents say how old the results are: read a week after the workshop."""
    monkeypatch.setattr(report, "_today", lambda: date(2026, 12, 8))


@pytest.fixture(scope="module")
def mini_files():
    d = Path(__file__).parent / "data" / "mini"
    return {"questions": d / "questions.yaml", "roles": d / "roles.yaml"}


def build(folder, lang="en", **kw):
    return report.build(reader.read_results([folder]), lang, **kw)


def local(text: str, folder: Path) -> str:
    """The document with the folder's temporary path written <folder>."""
    return text.replace(str(folder), "<folder>")


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("anonymize", [False, True], ids=["named", "anonymized"])
def test_markdown_matches_expectations(folder, lang, anonymize):
    r = build(folder, lang, anonymize=anonymize)
    name = f"report-{lang}-{'anonymized' if anonymize else 'named'}.md"
    check_expected(name, local(report_markdown.to_markdown(r), folder))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_html_matches_expectations(folder, lang):
    r = build(folder, lang, anonymize=lang == "fr")
    check_expected(f"report-{lang}.html", local(report_html.to_html(r), folder))


def test_the_two_contents_are_told_apart(folder):
    r = build(folder)
    assert [(g.size, g.pinned) for g in r.groups] == [(6, True), (1, False)]
    assert r.participants == 7 and r.in_progress == 1
    assert sorted((s.path.rsplit("/", 1)[-1], s.reason) for s in r.skipped) == [
        ("cut.json", "damaged"), ("empty.json", "empty"), ("huge.json", "too-big"),
        ("notes.json", "not-json"), ("settings.json", "not-a-result"),
        ("zoe (copy).json", "duplicate")]


def read_csv(text: str, delimiter: str) -> list[list[str]]:
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:], newline=""), delimiter=delimiter))


@pytest.fixture
def paris():
    """This computer's clock one hour ahead of UTC (a POSIX TZ string: the sign is west)."""
    if not hasattr(time, "tzset"):
        pytest.skip("time zones set by TZ: POSIX only")
    old = os.environ.get("TZ")
    os.environ["TZ"] = "CET-1"
    time.tzset()
    yield
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()


# when the quizzes ended, as a French report writes it
AT_11 = "2 déc. 2026 à 11\u00a0h\u00a000 (UTC+1)"
FIRST_AT_11 = "1er déc. 2026 à 11\u00a0h\u00a000 (UTC+1)"


@pytest.mark.parametrize("lang, delimiter, rows", [
    ("en", ",", [
        ["Participant", "Code", "Finished", "Answered", "Questions", "Notes", "Result", "1st",
         "2nd", "3rd", "Analyst", "Maker", "Data (%)", "Hardware (%)"],
        ["Anaëlle", "aaaaaa", "2 Dec 2026 11:00 (UTC+1)", "2", "2", "", "clear", "Maker",
         "Analyst", "", "0", "100", "0", "100"],
        ["Léo", "kkkkkk", "2 Dec 2026 11:00 (UTC+1)", "2", "2", "no_preference",
         "unclear: no clear preference", "Analyst", "Maker", "", "50", "50", "50", "50"],
        ["nnnnnn", "nnnnnn", "2 Dec 2026 11:00 (UTC+1)", "2", "2", "unclear_interests",
         "unclear: inconsistent answers", "Analyst", "Maker", "", "100", "0", "94", "25"],
        ["Sam", "ssssss", "2 Dec 2026 11:00 (UTC+1)", "0", "2", "no_answers",
         "unclear: no answers", "Analyst", "Maker", "", "50", "50", "", ""],
        ["Tom", "tttttt", "2 Dec 2026 11:00 (UTC+1)", "2", "2", "unclear_interests",
         "unclear: inconsistent answers", "Analyst", "Maker", "", "100", "0", "75", "25"],
        ["Zoé", "zzzzzz", "1 Dec 2026 11:00 (UTC+1)", "2", "2", "", "clear", "Analyst",
         "Maker", "", "100", "0", "100", "0"],
    ]),
    ("fr", ";", [
        ["Élève", "Code", "Terminé", "Réponses", "Questions", "Remarques", "Résultat",
         "1er", "2e", "3e", "Analyste", "Fabricant", "Données (%)", "Matériel (%)"],
        ["Anaëlle", "aaaaaa", AT_11, "2", "2", "", "clair", "Fabricant",
         "Analyste", "", "0", "100", "0", "100"],
        ["Léo", "kkkkkk", AT_11, "2", "2", "no_preference",
         "incertain (pas de préférence nette)", "Analyste", "Fabricant", "", "50", "50", "50",
         "50"],
        ["nnnnnn", "nnnnnn", AT_11, "2", "2", "unclear_interests",
         "incertain (intérêts peu nets)", "Analyste", "Fabricant", "", "100", "0", "94",
         "25"],
        ["Sam", "ssssss", AT_11, "0", "2", "no_answers",
         "incertain (aucune réponse)", "Analyste", "Fabricant", "", "50", "50", "", ""],
        ["Tom", "tttttt", AT_11, "2", "2", "unclear_interests",
         "incertain (intérêts peu nets)", "Analyste", "Fabricant", "", "100", "0", "75",
         "25"],
        ["Zoé", "zzzzzz", FIRST_AT_11, "2", "2", "", "clair", "Analyste",
         "Fabricant", "", "100", "0", "100", "0"],
    ]),
])
def test_csv_rows_of_the_workshop_content(folder, paris, lang, delimiter, rows):
    """One row per participant, names as the report's language gives them, numbers as a
    spreadsheet of that language reads them, times on the counselor's clock (UTC+1 here),
    whether each result is clear in words beside the codes of its notes."""
    pinned = build(folder).groups[0].content_id
    assert read_csv(report_csv.to_csv(build(folder, lang, content=pinned)), delimiter) == rows


def test_csv_refuses_two_contents_and_says_how_to_choose(folder):
    r = build(folder)
    ids = ", ".join(f"{g.content_id}: {g.size}" for g in r.groups)
    with pytest.raises(UsageError) as en:
        report_csv.to_csv(r)
    assert str(en.value) == (
        f"these results come from 2 different question/role sets ({ids}); a CSV holds one: "
        "choose one with --content ID, or keep each group in its own folder")
    with pytest.raises(UsageError) as fr:
        report_csv.to_csv(build(folder, "fr"))
    assert str(fr.value).startswith(
        "ces résultats viennent de 2 jeux de questions et de métiers différents (")


def test_json_of_the_workshop_content(folder):
    """The JSON export: every figure of the group and of each participant, files named
    unless anonymized."""
    r = build(folder, content=build(folder).groups[0].content_id)
    data = json.loads(report.to_json(r))
    assert data["schema"] == "rolequiz.report/1"
    assert (data["title"], data["lang"], data["anonymized"]) == ("Classe 2B", "en", False)
    assert (data["participants"], data["in_progress"]) == (6, 1)
    [g] = data["groups"]
    assert g["workshop_content"] is True and g["participants"] == 6
    assert g["content"]["id"] == f"{g['content']['questions'][:8]}-{g['content']['roles'][:8]}"
    assert g["first_matches"] == [
        {"role": "analyst", "name": "Analyst", "count": 5, "not_clear": 4},
        {"role": "maker", "name": "Maker", "count": 3, "not_clear": 2}]
    assert (g["ties"], g["unclear"], g["unmatched"]) == (2, 4, [])
    # clear: Zoé and Anaëlle; Léo and Sam tie for first place (both roles at 50)
    assert (g["not_clear"], g["counted"], g["left_out"]) == (4, 6, 0)
    assert g["top3"] == [
        {"role": "analyst", "name": "Analyst", "first": 5, "first_not_clear": 4, "top3": 6,
         "top3_not_clear": 4},
        {"role": "maker", "name": "Maker", "first": 3, "first_not_clear": 2, "top3": 6,
         "top3_not_clear": 4}]
    assert g["profile"] == [
        {"dimension": "data", "name": "Data", "mean": 0.638, "sd": 0.364, "min": 0.0,
         "max": 1.0, "known": 5},
        {"dimension": "hardware", "name": "Hardware", "mean": 0.4, "sd": 0.339, "min": 0.0,
         "max": 1.0, "known": 5},
    ]
    leo = next(p for p in g["people"] if p["label"] == "Léo")
    assert leo["finished_at"].endswith("Z")
    assert {k: v for k, v in leo.items() if k != "finished_at"} == {
        "label": "Léo", "name": "Léo", "code": "kkkkkk", "answered": 2, "total": 2,
        "notes": ["no_preference"], "clear": False,
        "top": [{"role": "analyst", "name": "Analyst", "score": 50.0},
                {"role": "maker", "name": "Maker", "score": 50.0}],
        "scores": {"analyst": 50.0, "maker": 50.0},
        "profile": {"data": 0.5, "hardware": 0.5},
        "file": str(folder / "leo.json"),
    }
    skipped = {Path(s["file"]).name: (s["reason"], s["detail"]) for s in data["skipped"]}
    assert skipped == {
        "zoe (copy).json": ("duplicate", str(folder / "zoe.json")),
        "empty.json": ("empty", "empty file (still being written, or cut off)"),
        "notes.json": ("not-json", "Expecting value: line 1 column 1 (char 0)"),
        "settings.json": ("not-a-result", None),
        "cut.json": ("damaged", "cut off before its end"),
        "huge.json": ("too-big", None),
    }
    assert data["problems"] == []


def test_json_anonymized_names_no_person_and_no_file(folder):
    data = json.loads(report.to_json(build(folder, anonymize=True)))
    assert data["anonymized"] is True
    people = [p for g in data["groups"] for p in g["people"]]
    assert sorted(p["label"] for p in people) == sorted(
        [code for _, code, _ in PEOPLE] + ["oooooo"])
    assert all(p["name"] is None and p["file"] is None for p in people)
    assert all(s["file"] is None and s["detail"] is None for s in data["skipped"])


def test_the_json_keeps_names_as_written_and_indents_by_two(folder):
    """The JSON export is for people too: accents as written, not \\u escapes, and the
    indentation of every rolequiz JSON file."""
    text = report.to_json(build(folder))
    assert "Zoé" in text and "\\u00e9" not in text
    assert text.startswith('{\n  "schema": "rolequiz.report/1",\n  "title": ')
    assert text.endswith("}\n")


def test_the_html_report_says_when_the_quizzes_were_taken(folder):
    """The days in words as each language writes a date (French: "1er" for the first day of
    a month), one day alone when every quiz was taken that day."""
    assert ("Quizzes taken from <span class=\"nw\">1 December 2026</span> to "
            "<span class=\"nw\">2 December 2026</span>") in report_html.to_html(build(folder))
    assert ("Quiz passés du <span class=\"nw\">1er décembre 2026</span> au "
            "<span class=\"nw\">2 décembre 2026</span>") in report_html.to_html(
                build(folder, "fr"))
    one_day = build(folder, "fr", content=build(folder).groups[1].content_id)
    assert report_html.to_html(one_day).count("décembre") == 1
    assert "Quiz passés le <span class=\"nw\">2 décembre 2026</span>" in report_html.to_html(
        one_day)


@pytest.mark.parametrize("day, lang, words", [
    (date(2026, 12, 2), "en", "2 December 2026"),
    (date(2026, 12, 2), "fr", "2 décembre 2026"),
    (date(2027, 1, 1), "en", "1 January 2027"),
    (date(2027, 1, 1), "fr", "1er janvier 2027"),
    (date(2026, 8, 15), "fr", "15 août 2026"),
])
def test_a_date_in_words(day, lang, words):
    assert date_words(day, lang) == words


def test_a_time_no_one_can_read_gives_no_day():
    assert report.local_day("") is None and report.local_day("yesterday") is None
    assert report.build(reader.read_results([])).days is None


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="time zones set by TZ: POSIX only")
def test_the_day_is_the_day_where_the_report_is_read():
    """Results keep UTC times; the report gives the day of the counselor's clock."""
    old = os.environ.get("TZ")
    try:
        # POSIX time zone strings (no tz database needed): the sign is west of UTC
        for tz, day in (("UTC0", 2), ("EST+14", 1), ("XST-14", 3)):
            os.environ["TZ"] = tz
            time.tzset()
            assert report.local_day("2026-12-02T10:00:00Z") == date(2026, 12, day), tz
    finally:
        if old is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = old
        time.tzset()


def test_the_html_report_prints_on_a4_and_stacks_its_tables_on_a_phone(folder):
    text = report_html.to_html(build(folder))
    assert "@page{size:A4" in text
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in text
    assert "@media (max-width:40rem)" in text and "table.stack" in text
    # the top 3, interests and people, in both groups
    assert text.count('<table class="stack') == 6
