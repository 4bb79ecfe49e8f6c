"""The group report: aggregation, and every export a counselor opens elsewhere."""

from __future__ import annotations

import csv
import errno
import html
import io
import json
import os
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console

from rolequiz.base.errors import UsageError
from rolequiz.content.load import load_content
from rolequiz.content.results import result_to_dict
from rolequiz.engine.scoring import score
from rolequiz.group import manifest, participants, reader, report, store
from rolequiz.views import report_csv, report_html, report_markdown
from rolequiz.views.terminal.report import report_view

HOSTILE = ["=cmd|' /C calc'!A0", "+1", "-2+3", "@SUM(A1)", "\tTab", "\rCR",
           "[bold red]Zoé[/]", "<script>alert(1)</script>", "\x1b[2Jclear", "Zoé\u202eevil"]


@pytest.fixture
def mini_content(mini):
    return load_content(mini["questions"], mini["roles"])


def save(folder, content, answers, name=None):
    data = result_to_dict(score(content, answers, "en"), content)
    return store.save_result(folder, data, name)


# The interest in "data" each answer set below gives (the profile a result holds, rounded to
# two decimals as in the result file): q1 is a data question, q2 weighs -0.3 on data.
DATA_INTEREST = {"Zoé": 1.0, "Tom": 0.75, "(no name)": 0.94, "Anaëlle": 0.0, "Léo": 0.5}


@pytest.fixture
def group(tmp_path, mini, mini_content):
    """A workshop: 3 analysts, 1 maker (Anaëlle), and two ties: Léo's flat answers and Sam,
    who skipped everything, correlate with no role, so both roles share first place at 50.
    Only Zoé's and Anaëlle's answers are clear: two answers of 4 and 2, or 5 and 2, differ
    too little to tell (unclear interests), Léo has no preference and Sam no answers."""
    folder = tmp_path / "ws"
    manifest.init(folder, "Classe 2B", mini["questions"], mini["roles"])
    save(folder, mini_content, {"q1": 5, "q2": 1}, "Zoé")
    save(folder, mini_content, {"q1": 4, "q2": 2}, "Tom")
    save(folder, mini_content, {"q1": 5, "q2": 2})
    save(folder, mini_content, {"q1": 1, "q2": 5}, "Anaëlle")
    save(folder, mini_content, {"q1": 3, "q2": 3}, "Léo")
    save(folder, mini_content, {}, "Sam")
    return folder


def build(folder, **kw):
    return report.build(reader.read_results([folder]), kw.pop("lang", "en"), **kw)


def test_aggregates_first_matches_profile_and_unmatched(group):
    """Each participant counts once for their first role; a tie counts for every role tied
    (and is counted as a tie); every result whose screen says no role stands out (unclear
    interests, no preference, no answers) is counted as having no clear preference."""
    r = build(group)
    assert r.title == "Classe 2B" and r.participants == 6
    [g] = r.groups
    assert g.pinned
    scores = {p.label: p.scores for p in g.people}
    assert scores["Sam"] == scores["Léo"] == {"analyst": 50.0, "maker": 50.0}  # two ties
    assert [(rc.role, rc.count) for rc in g.first_matches] == [("analyst", 5), ("maker", 3)]
    notes = {p.label: set(p.notes) for p in g.people if p.name}
    assert notes == {"Zoé": set(), "Tom": {"unclear_interests"}, "Anaëlle": set(),
                     "Léo": {"no_preference"}, "Sam": {"no_answers"}}
    unnamed = [set(p.notes) for p in g.people if not p.name]
    assert unnamed == [{"unclear_interests"}]
    assert (g.ties, g.unclear) == (2, 4)
    assert g.unmatched == []
    assert [d for d, _ in g.dimensions] == ["data", "hardware"]
    assert [p.label for p in g.people] == sorted((p.label for p in g.people), key=str.casefold)


def test_the_interest_profile_is_mean_spread_and_range_of_the_known_interests(group):
    """Mean, population standard deviation ("spread"), min and max over the participants
    whose answers touch the dimension; Sam, who answered nothing, is left out, not a 0."""
    import statistics

    xs = list(DATA_INTEREST.values())
    [g] = build(group).groups
    data = {s.dimension: s for s in g.profile}["data"]
    assert data.known == 5
    assert data.mean == round(statistics.fmean(xs), 3) == 0.638
    assert data.sd == round(statistics.pstdev(xs), 3) == 0.364
    assert (data.low, data.high) == (0.0, 1.0)
    hardware = {s.dimension: s for s in g.profile}["hardware"]
    assert hardware.known == 5  # q2 was answered by all but Sam
    md = report_markdown.to_markdown(build(group))
    assert "| Data | 64 | ±36 | 0–100 |" in md


def test_roles_nobody_matched(tmp_path, mini_content):
    save(tmp_path, mini_content, {"q1": 5, "q2": 1}, "A")
    [g] = build(tmp_path).groups
    assert [r.role for r in g.unmatched] == ["maker"]
    assert g.first_matches[0].role == "analyst" and g.first_matches[0].count == 1


def test_names_come_from_the_content_in_the_report_language(group):
    [g] = build(group, lang="fr").groups
    assert dict(g.roles) == {"analyst": "Analyste", "maker": "Fabricant"}
    assert dict(g.dimensions)["data"] == "Données"


def test_results_of_other_content_are_reported_separately(group, tmp_path, mini):
    other_q = tmp_path / "q.yaml"
    other_q.write_bytes(mini["questions"].read_bytes() + b"# v2\n")
    other = load_content(other_q, mini["roles"])
    save(group, other, {"q1": 5}, "Other")
    r = build(group)
    assert [g.size for g in r.groups] == [6, 1]
    assert r.groups[0].pinned and not r.groups[1].pinned
    text = render(r)
    assert "shown separately" in text
    with pytest.raises(UsageError, match="2 different question/role sets"):
        report_csv.to_csv(r)
    only = build(group, content=r.groups[1].content_id[:6])
    assert [g.size for g in only.groups] == [1]
    assert "Other" in report_csv.to_csv(only)
    with pytest.raises(UsageError, match="no results made with content"):
        build(group, content="zzzz")


def test_anonymize_hides_names_and_file_names(group):
    (group / "broken.json").write_text("{", encoding="utf-8")
    r = build(group, anonymize=True)
    outputs = [report.to_json(r), report_csv.to_csv(r), report_markdown.to_markdown(r),
               report_html.to_html(r),
               render(r)]
    for out in outputs:
        for name in ("Zoé", "Tom", "Anaëlle", "Léo", "zoe", "broken"):
            assert name not in out, (name, out[:300])
    codes = {p.code for p in r.groups[0].people}
    assert all(c in report_csv.to_csv(r) for c in codes)


def test_anonymized_participants_are_shown_by_their_code_in_code_order(group):
    """--anonymize labels each participant with their code (never a name, never a file),
    ordered by code so that the order gives no hint of the names."""
    [g] = build(group, anonymize=True).groups
    codes = [p.code for p in g.people]
    assert len(codes) == 6 and all(participants.is_code(c) for c in codes)
    assert [p.label for p in g.people] == sorted(codes)
    assert all(p.name is None and p.path is None for p in g.people)
    [named] = build(group).groups
    assert {p.label for p in named.people} >= {"Zoé", "Tom", "Anaëlle", "Léo", "Sam"}
    assert all(p.name == p.label and p.path.endswith(".json") for p in named.people
               if p.label != p.code)


def test_anonymized_results_without_a_code_are_numbered(tmp_path, mini_content):
    """A result saved outside a workshop has no participant code: anonymized, it is
    numbered from 1 (#1, #2... in English, n° 1... in French)."""
    for stem, answers in (("zoe", {"q1": 5}), ("tom", {"q1": 1})):
        data = result_to_dict(score(mini_content, answers, "en"), mini_content)
        (tmp_path / f"{stem}.json").write_text(json.dumps(data), encoding="utf-8")
    assert [p.label for p in build(tmp_path).groups[0].people] == ["tom", "zoe"]
    [g] = build(tmp_path, anonymize=True).groups
    assert [p.label for p in g.people] == ["#1", "#2"]
    assert [p.code for p in g.people] == [None, None]
    [fr] = build(tmp_path, anonymize=True, lang="fr").groups
    assert [p.label for p in fr.people] == ["n°\u00a01", "n°\u00a02"]


def test_a_workshop_without_results_in_markdown(tmp_path, mini):
    """Every role listed with 0 and an empty bar, every interest unknown."""
    manifest.init(tmp_path, "Empty", mini["questions"], mini["roles"])
    md = report_markdown.to_markdown(build(tmp_path))
    assert "| Analyst | 0 | ░░░░░░░░░░░░░░░░░░░░ |" in md
    assert "| Data | unknown | unknown | unknown | ░░░░░░░░░░░░░░░░░░░░ |" in md
    assert "### Roles that were nobody’s top match\n\nAnalyst, Maker\n" in md


@pytest.mark.parametrize("lang, title, none", [
    ("en", "# Group report", "No results yet."),
    ("fr", "# Bilan du groupe", "Aucun résultat pour l’instant."),
])
def test_a_folder_without_results_or_title_in_each_document(tmp_path, lang, title, none):
    r = build(tmp_path, lang=lang)
    assert report_markdown.to_markdown(r).startswith(f"{title}\n\n")
    assert f"\n{none}\n" in report_markdown.to_markdown(r)
    assert f"<h1>{title[2:]}</h1>" in report_html.to_html(r)
    assert f"<p>{html.escape(none)}</p>" in report_html.to_html(r)


def test_a_report_is_in_english_unless_asked(tmp_path):
    assert report.build(reader.read_results([tmp_path])).lang == "en"


def test_one_content_needs_no_content_heading(group):
    r = build(group)
    assert "## Content" not in report_markdown.to_markdown(r)
    assert "<h2>Content" not in report_html.to_html(r)


def test_a_workshop_without_results_in_html(tmp_path, mini):
    manifest.init(tmp_path, "Empty", mini["questions"], mini["roles"])
    page = report_html.to_html(build(tmp_path))
    assert page.count('<span style="width:0.0%"></span>') == 4  # 2 roles, 2 interests
    assert "<ul><li>Analyst</li><li>Maker</li></ul>" in page
    data = json.loads(report.to_json(build(tmp_path)))
    assert [s["known"] for s in data["groups"][0]["profile"]] == [0, 0]


def test_the_json_export_is_readable_text(group):
    text = report.to_json(build(group))
    assert text.startswith('{\n  "schema": "rolequiz.report/1",\n')
    assert '"Zoé"' in text and "\\u00e9" not in text


def test_only_the_notes_of_no_clear_preference_make_a_result_unclear(group):
    """Unclear interests, no preference, no answers: the screen says no role stands out.
    Other notes (a near tie, few answers, no good fit) are information: the preference is
    clear."""
    path = group / "tom.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["notes"] = [{"code": "near_tie", "text": "..."}, {"code": "few_answers", "text": ".."},
                     {"code": "weak_fit", "text": "..."}]
    path.write_text(json.dumps(data), encoding="utf-8")
    r = build(group, content=build(group).groups[0].content_id)
    assert r.groups[0].unclear == 3  # the unnamed student, Léo and Sam, not Tom any more
    rows = read_csv(report_csv.to_csv(r))
    tom = next(row for row in rows if row[0] == "Tom")
    assert tom[rows[0].index("Notes")] == "near_tie few_answers weak_fit"


def test_interests_in_the_csv_are_percentages_with_one_decimal(tmp_path, mini_content):
    path, _ = save(tmp_path, mini_content, {"q1": 5, "q2": 1}, "A")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["profile"] = {"data": 0.12345, "hardware": None}
    path.write_text(json.dumps(data), encoding="utf-8")
    rows = read_csv(report_csv.to_csv(build(tmp_path)))
    assert rows[1][-2:] == ["12.3", ""]


def test_participants_with_one_name_are_ordered_by_code(tmp_path, mini_content):
    for code in ("bbbbbb", "aaaaaa"):
        data = result_to_dict(score(mini_content, {"q1": 5}, "en"), mini_content)
        store.save_result(tmp_path, data, "Zoé", code)
    data = result_to_dict(score(mini_content, {"q1": 4}, "en"), mini_content)
    data["participant"] = {"name": "Zoé", "code": "Abc"}  # any code a file may hold
    (tmp_path / "other.json").write_text(json.dumps(data), encoding="utf-8")
    data = result_to_dict(score(mini_content, {"q1": 3}, "en"), mini_content)
    data["participant"] = {"name": "Zoé"}  # none at all
    (tmp_path / "none.json").write_text(json.dumps(data), encoding="utf-8")
    people = build(tmp_path).groups[0].people
    assert [p.code for p in people] == [None, "Abc", "aaaaaa", "bbbbbb"]


def test_markdown_escapes_only_what_markdown_reads(tmp_path, mini_content):
    save(tmp_path, mini_content, {"q1": 5, "q2": 1}, "Xavier Ölçer")
    md = report_markdown.to_markdown(build(tmp_path))
    assert "| Xavier Ölçer | Analyst (100.0) | Maker (0.0) |" in md


def test_folder_problems_are_listed_in_the_documents(group):
    (group / "workshop.json").write_text("{", encoding="utf-8")
    r = build(group)
    problem = (f"{group / 'workshop.json'}: not valid JSON (damaged?); restore it from a "
               "copy, or prepare a new folder with: rolequiz workshop init")
    assert r.problems == [problem]
    md = report_markdown.to_markdown(r)
    assert f"### Files skipped: 0\n\n- {report_markdown._md(problem)}\n" in md
    assert f"<li>{html.escape(problem)}</li>" in report_html.to_html(r)


@pytest.mark.parametrize("lang, reason", [("en", "cannot be read (Permission denied)"),
                                          ("fr", "illisible (accès refusé)")])
def test_a_file_that_cannot_be_read_is_listed_with_why(group, monkeypatch, lang, reason):
    """With the system’s reason, in the report’s language and punctuation."""
    from rolequiz.i18n import t

    real_open = os.open

    def refuse(path, *args):
        if str(path).endswith("tom.json"):
            raise PermissionError(errno.EACCES, "Permission denied", path)
        return real_open(path, *args)

    monkeypatch.setattr(reader.os, "open", refuse)
    md = report_markdown.to_markdown(build(group, lang=lang))
    tom = report_markdown._md(str(group / "tom.json"))
    assert f"- {tom}{t('punct.colon', lang)}{reason}" in md


def test_empty_folder(tmp_path):
    r = build(tmp_path)
    assert r.participants == 0 and r.groups == []
    assert "No results yet." in render(r)
    assert json.loads(report.to_json(r))["participants"] == 0


def test_workshop_without_results_still_lists_its_roles(tmp_path, mini):
    manifest.init(tmp_path, "Empty", mini["questions"], mini["roles"])
    [g] = build(tmp_path).groups
    assert g.size == 0 and len(g.unmatched) == 2
    assert report_csv.to_csv(build(tmp_path)).count("\r\n") == 1  # the header alone


# -- CSV -------------------------------------------------------------------------------------


def read_csv(text: str, delimiter=","):
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:], newline=""), delimiter=delimiter))


def test_csv_one_row_per_participant_with_every_role(group):
    r = build(group)
    rows = read_csv(report_csv.to_csv(r))
    header, body = rows[0], rows[1:]
    assert len(body) == 6
    assert header[:3] == ["Participant", "Code", "Finished"]
    assert "Analyst" in header and "Maker" in header and "Data (%)" in header
    ia, im = header.index("Analyst"), header.index("Maker")
    for row in body:
        assert 0 <= float(row[ia]) <= 100 and 0 <= float(row[im]) <= 100
    zoe = next(row for row in body if row[0] == "Zoé")
    assert float(zoe[ia]) == 100.0


def test_csv_in_french_uses_semicolons_and_decimal_commas(group, tmp_path):
    rows = read_csv(report_csv.to_csv(build(group, lang="fr")), delimiter=";")
    assert rows[0][0] == "Élève" and "Analyste" in rows[0]
    # two dimensions give scores of 0, 50 and 100 only: three give decimals. The interests
    # (data 97 %, hardware 11 %, people 80 %) against each role's needs, 50 * (1 + r):
    from quizcontent import QUESTION_IDS, write_content

    files = write_content(tmp_path / "content")
    three = load_content(files["questions"], files["roles"])
    (tmp_path / "results").mkdir()
    save(tmp_path / "results", three, dict(zip(QUESTION_IDS, (5, 1, 4, 2, 5, 4), strict=True)),
         "Zoé")
    header, zoe = read_csv(report_csv.to_csv(build(tmp_path / "results", lang="fr")),
                           delimiter=";")
    # (no manifest: the role names are the result's, saved in English; dimensions by id)
    scores = {name: zoe[header.index(name)] for name in ("Data Analyst", "Maker",
                                                         "[bold]Trainer[/]")}
    assert scores == {"Data Analyst": "100", "[bold]Trainer[/]": "83,7", "Maker": "0,2"}
    assert zoe[header.index("data (%)")] == "97"


@pytest.mark.parametrize("name", HOSTILE)
def test_csv_neutralises_formulas_and_control_characters(tmp_path, mini_content, name):
    save(tmp_path, mini_content, {"q1": 5}, name)
    rows = read_csv(report_csv.to_csv(build(tmp_path)))
    cell = rows[1][0]
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert "\x1b" not in cell and "\u202e" not in cell
    if name[0] in "=+-@":
        assert cell == "'" + name


@pytest.mark.parametrize("text, shown", [
    ("=1+1", "'=1+1"), ("+33 6", "'+33 6"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tTab", "' Tab"), ("\rCR", "'\\x0dCR"),  # made visible, and still marked as text
    ("Zoé", "Zoé"), (" =1", " =1"), ("\x1b[2J", "\\x1b[2J"), ("", ""), (None, ""),
])
def test_a_csv_cell_is_text_a_spreadsheet_cannot_run(text, shown):
    assert report_csv.cell(text) == shown


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="=+-@\t\r\n\"';, aZé0\x1b", max_size=20))
def test_csv_cells_never_start_a_formula(text):
    c = report_csv.cell(text)
    assert not c.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert "\x1b" not in c


# -- HTML, Markdown, JSON ----------------------------------------------------------------------


class _Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += attrs

    def handle_data(self, data):
        self.text.append(data)


def test_html_is_self_contained_escaped_and_printable(tmp_path, mini_content):
    for name in HOSTILE:
        save(tmp_path, mini_content, {"q1": 5, "q2": 1}, name)
    page = report_html.to_html(build(tmp_path))
    p = _Collect()
    p.feed(page)
    assert "script" not in p.tags
    assert not [v for k, v in p.attrs if k in ("src", "href")]  # nothing fetched
    assert "@media print" in page and '<meta charset="utf-8">' in page
    text = "".join(p.text)
    assert "<script>alert(1)</script>" in text  # shown, not run
    assert "[bold red]Zoé[/]" in text
    assert "\x1b" not in page and "\u202e" not in page


def test_markdown_escapes_names(tmp_path, mini_content):
    save(tmp_path, mini_content, {"q1": 5}, "a|b *c* [x](http://e)")
    md = report_markdown.to_markdown(build(tmp_path))
    assert "a\\|b \\*c\\* \\[x\\](http://e)" in md  # no link: its brackets are escaped
    assert md.startswith("# Group report\n")


def test_json_report(group):
    data = json.loads(report.to_json(build(group)))
    assert data["schema"] == "rolequiz.report/1"
    assert data["participants"] == 6
    [g] = data["groups"]
    assert {p["label"] for p in g["people"]} >= {"Zoé", "Tom", "Anaëlle", "Léo"}
    assert all(set(p["scores"]) == {"analyst", "maker"} for p in g["people"])
    assert len(g["people"][0]["top"]) == 2  # only two roles in this content


# -- the terminal view -------------------------------------------------------------------------


def render(r, width=100) -> str:
    buf = io.StringIO()
    Console(file=buf, width=width, color_system=None, markup=False, emoji=False,
            highlight=False).print(report_view(r))
    return buf.getvalue()


@pytest.mark.parametrize("width", [30, 40, 60, 100, 160])
def test_view_at_every_width_keeps_whole_names(tmp_path, mini_content, width):
    long = "Marie-Antoinette Joséphine de La Tour d'Auvergne-Lauraguais"
    save(tmp_path, mini_content, {"q1": 5}, long)
    save(tmp_path, mini_content, {"q1": 1, "q2": 5}, "[bold red]Zoé[/]")
    text = render(build(tmp_path), width)
    assert all(len(line) <= width for line in text.splitlines())
    flat = " ".join(text.split())
    assert "[bold red]Zoé[/]" in flat
    for word in long.split():  # folded, never cut with an ellipsis
        assert word in text.replace("\n", " ") or word in flat.replace(" ", "")
    assert "…" not in text
    assert "Participants: 2" in text


def test_view_lists_skipped_files_and_in_progress(group):
    (group / "broken.json").write_text('{"schema": "rolequiz.result/1", "matc', encoding="utf-8")
    store.save_progress(group, participants.participant("Max"), {"answers": {}})
    text = render(build(group))
    assert "Quizzes still in progress: 1" in text
    flat = " ".join(text.split())  # a long temporary path wraps the line
    assert "broken.json: damaged or cut off" in flat
    assert "Roles that were nobody’s top match: none" in flat


def test_view_in_french(group):
    text = render(build(group, lang="fr"))
    assert "Élèves\u00a0: 6" in text and "Métiers arrivés en tête" in text
    assert "Analyste" in text


def test_names_come_from_the_manifest_without_parsing_the_content(group, monkeypatch):
    import rolequiz.content.load

    def refuse(*a, **kw):
        raise AssertionError("the report parsed the content again")

    monkeypatch.setattr(rolequiz.content.load, "load_content", refuse)
    report._NAMES_CACHE.clear()
    [g] = build(group, lang="fr").groups
    assert dict(g.roles) == {"analyst": "Analyste", "maker": "Fabricant"}
    assert dict(g.dimensions) == {"data": "Données", "hardware": "Matériel"}


def test_without_a_manifest_names_come_from_the_results(tmp_path, mini_content):
    """As saved (English), roles in id order whatever order the results rank them in."""
    save(tmp_path, mini_content, {"q1": 1, "q2": 5}, "A")  # Maker first
    [g] = build(tmp_path, lang="fr").groups  # mini content is not the built-in one
    assert g.roles == [("analyst", "Analyst"), ("maker", "Maker")]
    assert g.dimensions == [("data", "data"), ("hardware", "hardware")]


def _strip_names(folder):
    """A manifest written before names were kept in it (or with them damaged)."""
    path = folder / "workshop.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["names"]
    path.write_text(json.dumps(data), encoding="utf-8")
    return data


def test_without_names_in_the_manifest_they_come_from_its_content_copy(group):
    _strip_names(group)
    for _ in range(2):  # the second time from the names kept for this content
        [g] = build(group, lang="fr").groups
        assert g.roles == [("analyst", "Analyste"), ("maker", "Fabricant")]
        assert g.dimensions == [("data", "Données"), ("hardware", "Matériel")]


@pytest.mark.parametrize("names", [
    {"roles": [{"id": "analyst", "name": {"fr": 5}}], "dimensions": []},
    {"roles": [{"id": "analyst", "name": {}}], "dimensions": []},
    {"roles": [{"id": 7, "name": {"fr": "x"}}], "dimensions": []},
    {"roles": [{"id": "analyst", "name": "Analyste"}], "dimensions": []},
    {"roles": [], "dimensions": [{"id": "data"}]},
    {"roles": []},
    ["not", "a", "mapping"],
])
def test_damaged_names_in_the_manifest_are_not_used(group, names):
    """Names a report cannot trust (wrong types, missing parts) are read again from the
    workshop's content copy instead."""
    data = _strip_names(group)
    data["names"] = names
    (group / "workshop.json").write_text(json.dumps(data), encoding="utf-8")
    [g] = build(group, lang="fr").groups
    assert g.roles == [("analyst", "Analyste"), ("maker", "Fabricant")]


def test_a_changed_content_copy_is_not_trusted_for_names(group):
    _strip_names(group)
    copy = group / "content" / "roles.yaml"
    copy.write_text(copy.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    [g] = build(group, lang="fr").groups
    assert g.roles == [("analyst", "Analyst"), ("maker", "Maker")]  # as the results say


def test_results_of_the_built_in_content_get_its_names(tmp_path, content):
    """No manifest (or one whose copy was edited): the built-in content is used when the
    results were made with it."""
    answers = {q.id: 5 for q in content.questions.questions[:3]}
    data = result_to_dict(score(content, answers, "en"), content)
    manifest.init(tmp_path / "ws", "Built-in")  # the built-in content, copied
    _strip_names(tmp_path / "ws")
    copy = tmp_path / "ws" / "content" / "questions.yaml"
    copy.write_text(copy.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    store.save_result(tmp_path / "ws", data, "A")
    store.save_result(tmp_path / "plain", data, "B")
    for folder in ("ws", "plain"):
        [g] = build(tmp_path / folder, lang="fr").groups
        expected = [(r.id, r.name.get("fr")) for r in content.roles.roles]
        assert g.roles == expected and len(expected) >= 9
        assert g.dimensions == [(d.id, d.name.get("fr")) for d in content.questions.dimensions]


def test_a_missing_content_copy_falls_back_to_the_built_in_content(tmp_path, content):
    answers = {q.id: 5 for q in content.questions.questions[:3]}
    data = result_to_dict(score(content, answers, "en"), content)
    manifest.init(tmp_path, "Built-in")
    _strip_names(tmp_path)
    (tmp_path / "content" / "roles.yaml").unlink()
    store.save_result(tmp_path, data, "A")
    [g] = build(tmp_path, lang="fr").groups
    assert g.roles == [(r.id, r.name.get("fr")) for r in content.roles.roles]


def test_choosing_a_content_by_its_id_or_its_questions_digest(group, tmp_path, mini):
    other_q = tmp_path / "q.yaml"
    other_q.write_bytes(mini["questions"].read_bytes() + b"# v2\n")
    other = load_content(other_q, mini["roles"])
    save(group, other, {"q1": 5}, "Other")
    ids = [g.content_id for g in build(group).groups]
    for wanted in (f"  {ids[1].upper()} ", other.questions.digest[:10]):
        assert [g.content_id for g in build(group, content=wanted).groups] == [ids[1]]
    with pytest.raises(UsageError) as caught:
        build(group, content="zzzz")
    assert str(caught.value) == (f"no results made with content 'zzzz'; found: "
                                 f"{', '.join(sorted(ids))}")
    (tmp_path / "empty").mkdir()
    with pytest.raises(UsageError) as none:
        build(tmp_path / "empty", content="zzzz")
    assert str(none.value) == "no results made with content 'zzzz'; found: -"


def test_groups_the_workshop_first_then_the_largest(tmp_path, mini, mini_content):
    """The workshop's own content first even when it has fewer results, then the other
    contents by size, largest first."""
    manifest.init(tmp_path, "Mixed", mini["questions"], mini["roles"])
    save(tmp_path, mini_content, {"q1": 5}, "Own")
    for tag, n in (("a", 1), ("b", 3)):
        q = tmp_path / f"q-{tag}.yaml"
        q.write_bytes(mini["questions"].read_bytes() + f"# {tag}\n".encode())
        c = load_content(q, mini["roles"])
        for i in range(n):
            save(tmp_path, c, {"q1": 1 + i}, f"{tag}{i}")
    r = build(tmp_path)
    assert [(g.size, g.pinned) for g in r.groups] == [(1, True), (3, False), (1, False)]


def test_several_workshops_name_the_report_after_each_title(tmp_path, mini, mini_content):
    for folder, title in (("a", "Classe 2B"), ("b", "Classe 2C"), ("c", "Classe 2B")):
        manifest.init(tmp_path / folder, title, mini["questions"], mini["roles"])
        save(tmp_path / folder, mini_content, {"q1": 5}, folder)
    col = reader.read_results([tmp_path / f for f in "abc"])
    assert report.build(col).title == "Classe 2B + Classe 2C"
    assert report.build(col, title="Mine").title == "Mine"


def test_a_workshop_without_results_is_its_own_content(tmp_path, mini):
    manifest.init(tmp_path, "Empty", mini["questions"], mini["roles"])
    data = json.loads(report.to_json(build(tmp_path)))
    [g] = data["groups"]
    assert g["workshop_content"] is True and g["participants"] == 0
    assert [r["count"] for r in g["first_matches"]] == [0, 0]


def test_a_role_the_content_does_not_know_is_counted_too(group):
    """A result naming a role its content lacks (edited by hand, say) keeps that role."""
    path = group / "zoe.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["matches"].append({"rank": 3, "role": "ghost", "name": "Ghost", "score": 0.0,
                            "reasons": []})
    path.write_text(json.dumps(data), encoding="utf-8")
    [g] = build(group).groups
    assert g.roles == [("analyst", "Analyst"), ("maker", "Maker"), ("ghost", "Ghost")]
    assert [(rc.role, rc.count) for rc in g.first_matches] == [
        ("analyst", 5), ("maker", 3), ("ghost", 0)]
    assert [rc.role for rc in g.unmatched] == ["ghost"]


def test_profiles_in_another_order_or_incomplete_are_read_by_dimension(group):
    """A result whose profile lists the dimensions in another order, or lacks one, still
    counts each interest for its own dimension."""
    path = group / "tom.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["profile"] = {"hardware": data["profile"]["hardware"], "data": data["profile"]["data"]}
    path.write_text(json.dumps(data), encoding="utf-8")
    path = group / "zoe.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["profile"] = {"hardware": data["profile"]["hardware"]}
    path.write_text(json.dumps(data), encoding="utf-8")
    [g] = build(group).groups
    stats = {s.dimension: s for s in g.profile}
    xs = [v for k, v in DATA_INTEREST.items() if k != "Zoé"]
    assert (stats["data"].known, stats["data"].mean) == (4, round(sum(xs) / 4, 3))
    assert (stats["hardware"].known, stats["hardware"].mean) == (5, 0.4)


def test_interest_figures_are_rounded_to_three_decimals(tmp_path, mini_content):
    for name, answers in (("a", {"q1": 5, "q2": 1}), ("b", {"q1": 4, "q2": 2}),
                          ("c", {"q1": 5, "q2": 2})):
        save(tmp_path, mini_content, answers, name)
    import statistics

    xs = [1.0, 0.75, 0.94]  # the interest in data of each
    data = {s.dimension: s for s in build(tmp_path).groups[0].profile}["data"]
    assert data.mean == round(statistics.fmean(xs), 3) == 0.897
    assert data.sd == round(statistics.pstdev(xs), 3) == 0.107


def test_ascii_console_gets_ascii_symbols(group):
    buf = io.StringIO()
    Console(file=buf, width=100, color_system=None, markup=False, emoji=False,
            highlight=False, legacy_windows=False).print(
        report_view(build(group), ascii_only=True))
    text = buf.getvalue()
    assert "+/-" in text and "±" not in text and "█" not in text
    lines = text.splitlines()
    rule = lines[next(i for i, line in enumerate(lines) if line.startswith("Participant ")) + 1]
    assert set(rule) == {"-"}  # rich's own table borders follow the console's encoding
