"""The group report: aggregation, and every export a counselor opens elsewhere."""

from __future__ import annotations

import csv
import io
import json
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


@pytest.fixture
def group(tmp_path, mini, mini_content):
    """A workshop: 3 analysts, 1 maker, 1 tie (a flat profile)."""
    folder = tmp_path / "ws"
    manifest.init(folder, "Classe 2B", mini["questions"], mini["roles"])
    save(folder, mini_content, {"q1": 5, "q2": 1}, "Zoé")
    save(folder, mini_content, {"q1": 4, "q2": 2}, "Tom")
    save(folder, mini_content, {"q1": 5, "q2": 2})
    save(folder, mini_content, {"q1": 1, "q2": 5}, "Anaëlle")
    save(folder, mini_content, {"q1": 3, "q2": 3}, "Léo")
    return folder


def build(folder, **kw):
    return report.build(reader.read_results([folder]), kw.pop("lang", "en"), **kw)


def test_aggregates_first_matches_profile_and_unmatched(group):
    r = build(group)
    assert r.title == "Classe 2B" and r.participants == 5
    [g] = r.groups
    assert g.pinned
    counts = {rc.role: rc.count for rc in g.first_matches}
    firsts = [p.top[0][0] for p in g.people]
    assert counts["analyst"] == firsts.count("analyst") + g.ties * 0 >= 3
    assert counts["maker"] >= 1
    assert sum(counts.values()) == 5 + g.ties
    assert g.unmatched == []
    data = {s.dimension: s for s in g.profile}
    assert [d for d, _ in g.dimensions] == ["data", "hardware"]
    assert data["data"].known == 5
    assert 0 <= data["data"].low <= data["data"].mean <= data["data"].high <= 1
    assert data["data"].sd > 0
    assert [p.label for p in g.people] == sorted((p.label for p in g.people), key=str.casefold)


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
    assert [g.size for g in r.groups] == [5, 1]
    assert r.groups[0].pinned and not r.groups[1].pinned
    text = render(r)
    assert "reported separately" in text
    with pytest.raises(UsageError, match="2 different contents"):
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
    assert len(body) == 5
    assert header[:3] == ["Participant", "Code", "Finished"]
    assert "Analyst" in header and "Maker" in header and "Data (%)" in header
    ia, im = header.index("Analyst"), header.index("Maker")
    for row in body:
        assert 0 <= float(row[ia]) <= 100 and 0 <= float(row[im]) <= 100
    zoe = next(row for row in body if row[0] == "Zoé")
    assert float(zoe[ia]) == 100.0


def test_csv_in_french_uses_semicolons_and_decimal_commas(group):
    rows = read_csv(report_csv.to_csv(build(group, lang="fr")), delimiter=";")
    assert rows[0][0] == "Participant" and "Analyste" in rows[0]
    i = rows[0].index("Fabricant")
    assert any("," in row[i] for row in rows[1:])
    assert all("." not in row[i] for row in rows[1:])


@pytest.mark.parametrize("name", HOSTILE)
def test_csv_neutralises_formulas_and_control_characters(tmp_path, mini_content, name):
    save(tmp_path, mini_content, {"q1": 5}, name)
    rows = read_csv(report_csv.to_csv(build(tmp_path)))
    cell = rows[1][0]
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert "\x1b" not in cell and "\u202e" not in cell
    if name[0] in "=+-@":
        assert cell == "'" + name


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
    assert "a\\|b \\*c\\* \\[x\\]\\(http://e\\)" in md
    assert md.startswith("# Group report\n")


def test_json_report(group):
    data = json.loads(report.to_json(build(group)))
    assert data["schema"] == "rolequiz.report/1"
    assert data["participants"] == 5
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
    assert "broken.json: damaged or cut off" in text
    assert "Roles nobody matched first: none" in text


def test_view_in_french(group):
    text = render(build(group, lang="fr"))
    assert "Participants : 5" in text and "Premiers métiers proposés" in text
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
    save(tmp_path, mini_content, {"q1": 5, "q2": 1}, "A")
    [g] = build(tmp_path, lang="fr").groups  # mini content is not the built-in one
    assert dict(g.roles) == {"analyst": "Analyst", "maker": "Maker"}  # as saved (English)
    assert [d for d, _ in g.dimensions] == ["data", "hardware"]


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
