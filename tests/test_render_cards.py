"""The list, card and comparison views at 40 to 200 columns: nothing cut to "…", headings
that start on one line, a legend for the marks shown, numbers kept with their units."""

from __future__ import annotations

import functools
import io
import re
from collections import Counter
from html import escape as html_escape

import pytest
from conftest import DATA
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.text import Text

from rolequiz.content import cards
from rolequiz.content.load import load_content
from rolequiz.content.models import LIST_FIELDS
from rolequiz.engine.scoring import score
from rolequiz.i18n import number
from rolequiz.i18n import t as message
from rolequiz.views.html import comparison_to_html
from rolequiz.views.markdown import comparison_to_markdown
from rolequiz.views.terminal.cards import card_view, comparison_view, role_list_view
from rolequiz.views.terminal.cells import Unbroken
from rolequiz.views.terminal.results import result_view

WIDTHS = (40, 80, 120, 200)


def render(renderable, width: int) -> str:
    con = Console(file=io.StringIO(), width=width, color_system=None, markup=False,
                  emoji=False, highlight=False)
    con.print(renderable)
    return con.file.getvalue()


def words(text: str) -> list[str]:
    return text.split()


def assert_shown(name: str, text: str) -> None:
    """Every word of a name is on screen whole; a word longer than its column may fold,
    but then its pieces follow one another."""
    tokens = words(text)
    for w in name.split():
        if w not in tokens:
            pieces = re.escape(w[:6])
            assert re.search(pieces, text), (w, text)


@pytest.fixture(scope="module")
def fixture_content():
    return load_content(DATA / "cards" / "questions.yaml", DATA / "cards" / "roles.yaml")


@functools.cache
def _default_content():
    return load_content()


@pytest.fixture(scope="module")
def default_content():
    return _default_content()


def _scores(content, lang="en"):
    answers = {q.id: 5 - i % 5 for i, q in enumerate(content.questions.questions)}
    result = score(content, answers, lang)
    return result, cards.Scores(
        "result.json", {m.role: (m.rank, m.score) for m in result.matches},
        tuple(m.role for m in result.matches))


def _strings(content) -> str:
    out = []
    for r in content.roles.roles:
        for t in (r.name, r.summary, *(t for k in LIST_FIELDS for t in getattr(r, k)),
                  *(f.value for f in r.facts.values())):
            if t is not None:
                out += list(t.values.values())
    out += [v for s in content.roles.sources for v in s.title.values.values()]
    return "\n".join(out)


@pytest.mark.parametrize("which", ["fixture_content", "default_content"])
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_name_or_score_is_cut(request, which, width, lang):
    content = request.getfixturevalue(which)
    result, scores = _scores(content, lang)
    roles = content.roles.roles
    views = [
        role_list_view(cards.role_list(content, lang, scores)),
        role_list_view(cards.role_list(content, lang)),
        result_view(result, content),
    ]
    views += [card_view(cards.card(content, r, lang, scores)) for r in roles]
    for n in (2, 3, 4):
        views.append(comparison_view(cards.comparison(content, roles[:n], lang, scores)))
    # the default content may quote "…" itself: no more of them on screen than in the data
    allowed = sum(_strings(content).count(mark) for mark in ("…", "..."))
    for view in views:
        text = render(view, width)
        assert text.count("…") + text.count("...") <= allowed
        assert max(len(line) for line in text.splitlines()) <= width
    listing = render(views[0], width)
    for m in result.matches:
        assert_shown(m.name, listing)
        assert number(m.score, lang) in words(listing)  # a score is never split
    for n in (2, 3, 4):
        text = render(views[-4 + n], width)
        for r in roles[:n]:
            assert_shown(r.name.get(lang), text)
            assert number(scores.of(r.id)[1], lang) in text


def test_wide_comparison_is_a_table_and_narrow_is_vertical(fixture_content):
    roles = fixture_content.roles.roles[:2]
    data = cards.comparison(fixture_content, roles, "en")
    wide = render(comparison_view(data), 100)
    narrow = render(comparison_view(data), 40)
    assert any("Zeta Analyst" in line and "Omega Welder" in line for line in wide.splitlines())
    assert not any("Zeta Analyst" in line and "Omega Welder" in line
                   for line in narrow.splitlines())
    assert narrow.count("Zeta Analyst") > 5  # repeated on every criterion


def test_ascii_console_gets_ascii_glyphs(fixture_content):
    roles = fixture_content.roles.roles[:2]
    text = render(comparison_view(cards.comparison(fixture_content, roles, "en"),
                                  ascii_only=True), 100)
    text += render(card_view(cards.card(fixture_content, roles[0], "en"), ascii_only=True), 80)
    assert not set(text) & set("•▲█░—")
    assert "^" in text and "#" in text


MARKUPISH = st.text(alphabet="[]/=ab :\\<>&\x1b\u202e\n", min_size=1, max_size=30)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=MARKUPISH, item=MARKUPISH)
def test_any_text_renders_literally(fixture_content, name, item):
    base = cards.comparison(fixture_content, fixture_content.roles.roles[:2], "en")
    base["roles"][0]["name"] = name
    base["rows"][5]["cells"][0]["items"] = [{"text": item, "shared": False}]
    for width in (40, 120):
        text = render(comparison_view(base), width)
        assert "\x1b" not in text and "\u202e" not in text


# -- the comparison's table: legend, headings, numbers ----------------------------------

ROLE_IDS = ("data-analyst", "data-scientist", "data-engineer", "ml-engineer", "mlops-engineer",
            "devops-engineer", "ai-engineer", "ai-architect", "cyber-physical-engineer")


def _roles(content, ids):
    return [cards.find_role(content, i, "en") for i in ids]


def _flat(text: str) -> str:
    return " ".join(text.split())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ids=st.lists(st.sampled_from(ROLE_IDS), min_size=2, max_size=4, unique=True),
       width=st.integers(40, 200), lang=st.sampled_from(["en", "fr"]),
       scored=st.booleans(), ascii_only=st.booleans(),
       tweak=st.sampled_from(["as is", "shared", "flat"]))
def test_the_legend_explains_exactly_the_marks_shown(ids, width, lang, scored, ascii_only,
                                                     tweak):
    default_content = _default_content()
    roles = _roles(default_content, ids)
    data = cards.comparison(default_content, roles, lang,
                            _scores(default_content, lang)[1] if scored else None)
    for row in data["rows"]:
        if tweak == "flat" and row["kind"] == "level":  # no need stands out
            row["stands_out"] = False
            for c in row["cells"]:
                c["top"] = False
        if tweak == "shared" and row["key"] == "tools":
            for c in row["cells"]:
                c["items"][:1] = [{"text": "Git", "shared": True}]
    needs = any(c["top"] for row in data["rows"] if row["kind"] == "level"
                for c in row["cells"])
    shared = any(i["shared"] for row in data["rows"] if row["kind"] == "list"
                 for c in row["cells"] for i in c["items"])
    assert needs == (tweak != "flat") and (tweak != "shared" or shared)
    top = "^" if ascii_only else "▲"
    raw = render(comparison_view(data, ascii_only=ascii_only), width)
    text = _flat(raw)
    legend_top = message("cards.legend_top", lang).replace("▲", top)
    legend_shared = message("cards.legend_shared", lang)
    body = text.replace(legend_top, "").replace(legend_shared, "")
    assert (legend_top in text) == (top in body) == needs, text
    assert (legend_shared in text) == ("=" in body.split()) == shared, text
    # the best score is in bold; a ▲ there would read as "needs it most"
    for line in raw.splitlines():
        if "(#" in line:
            assert top not in line, line


TRIO = ("data-engineer", "ml-engineer", "mlops-engineer")


def heading_lines(text: str) -> list[str]:
    """The lines of a table's heading: from its first written line to the rule below it."""
    lines = text.splitlines()
    rule = next(i for i, line in enumerate(lines) if set(line.strip()) <= set("─-")
                and line.strip())
    first = next(i for i, line in enumerate(lines) if line.strip())
    return lines[first:rule]


def assert_headings_start_together(text: str, names: list[str]) -> None:
    """The first line of the heading holds the first word of every name (a word wider than
    its column folds: its first piece is there)."""
    first = heading_lines(text)[0].split()
    for name in names:
        word = name.split()[0]
        assert any(word.startswith(tok) and len(tok) >= min(len(word), 8) for tok in first), (
            name, text)


def test_the_headings_of_the_example_start_on_the_first_line(default_content):
    """`rolequiz compare data-engineer machine-learning-engineer mlops-engineer`: at 80
    columns "Machine Learning Engineer" takes two lines, and starts beside the others."""
    for lang in ("en", "fr"):
        data = cards.comparison(default_content, _roles(default_content, TRIO), lang)
        for width in (80, 100, 200):
            text = render(comparison_view(data), width)
            assert_headings_start_together(text, [r["name"] for r in data["roles"]])
            ids = [line.split() for line in heading_lines(text)]
            assert all(any(r["id"] in line for line in ids) for r in data["roles"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ids=st.lists(st.sampled_from(ROLE_IDS), min_size=2, max_size=4, unique=True),
       width=st.integers(40, 200), lang=st.sampled_from(["en", "fr"]))
def test_headings_start_on_one_line_at_any_width(ids, width, lang):
    default_content = _default_content()
    data = cards.comparison(default_content, _roles(default_content, ids), lang)
    text = render(comparison_view(data), width)
    if "─" not in text:
        return  # the vertical layout: no heading row
    assert_headings_start_together(text, [r["name"] for r in data["roles"]])


# a number with its thousands groups, and its currency sign or % if it has one; in English,
# a sign before it and commas between its groups
NUMBER = re.compile(r"\d{1,3}(?: \d{3})+(?: ?[€$%])?|\d+ ?[€$%]|[€$£]\d{1,3}(?:,\d{3})*")
MONEY = ("Up to 100 % remote; from 1 200 000 € over 20 years, or 100 000 – 150 000 $ a year,"
         " 35\u00a0h a week and 45\u00a0000\u00a0€ at the start, with 80 %\u202fof it fixed")


def assert_numbers_whole(cell_texts: list[str], text: str) -> None:
    """Every number of `cell_texts` is on one line of `text`, with its unit."""
    def spaced(s: str) -> str:
        return s.replace("\u00a0", " ").replace("\u202f", " ")

    wanted = Counter(n for s in cell_texts for n in NUMBER.findall(spaced(s)))
    shown = Counter(n for line in spaced(text).splitlines() for n in NUMBER.findall(line))
    assert wanted, cell_texts
    missing = wanted - shown
    assert not missing, (missing, text)
    # the no-break spaces are kept: a table saved to a file keeps the French typography
    held = sum(s.count("\u00a0") + s.count("\u202f") for s in cell_texts)
    assert text.count("\u00a0") + text.count("\u202f") >= min(held, 1)


def _shown_texts(data) -> list[str]:
    """The fact and salary texts a comparison shows, as the views lay them out."""
    out = []
    for row in cards.shown_rows(data):
        for c in row["cells"]:
            if row["kind"] == "fact" and c["text"]:
                out.append(c["text"])
            elif row["kind"] == "figures":
                out += [f["text"] for f in c["figures"]]
    return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ids=st.lists(st.sampled_from(ROLE_IDS), min_size=2, max_size=4, unique=True),
       width=st.integers(40, 200), lang=st.sampled_from(["en", "fr"]))
def test_no_number_is_split_from_its_groups_or_its_unit(ids, width, lang):
    default_content = _default_content()
    if "ai-engineer" not in ids:  # its salaries: "… 100 000 – 150 000 $ par an …"
        ids = [*ids[:3], "ai-engineer"]
    data = cards.comparison(default_content, _roles(default_content, ids), lang)
    assert_numbers_whole(_shown_texts(data), render(comparison_view(data), width))
    # a salary given as text (content of an earlier version) beside the others
    facts = next(row for row in data["rows"] if row["kind"] == "fact")
    facts["cells"][0] = {**facts["cells"][0], "text": MONEY, "n": 1, "figures": []}
    assert_numbers_whole(_shown_texts(data), render(comparison_view(data), width))
    card = cards.card(default_content, _roles(default_content, ["ai-engineer"])[0], lang)
    card["facts"]["remote"] = {**card["facts"]["remote"], "value": MONEY, "n": 1}
    texts = [f["text"] for f in card["facts"]["salary"]["figures"]] + [MONEY]
    assert_numbers_whole(texts, render(card_view(card), width))


def test_the_salary_of_the_example_is_never_split(default_content):
    """The AI engineer's salaries ("100 000 – 150 000 $ par an", "$100,000–$150,000 a
    year") used to split at most widths, "100" over "000 – 150 000 $" at 80 and 100
    columns among them."""
    roles = _roles(default_content, ("data-analyst", "data-scientist", "ai-engineer"))
    for lang, wanted in (("fr", "100 000 – 150 000 $"), ("en", "$100,000–$150,000")):
        data = cards.comparison(default_content, roles, lang)
        salary = _shown_texts(data)
        assert any(wanted in text.replace("\u00a0", " ") for text in salary), salary
        for width in (40, 45, 80, 100, 104, 200):
            assert_numbers_whole(salary, render(comparison_view(data), width))


# -- salaries: figures in each language, like beside like ------------------------------------

def _flat_text(renderable, width=100) -> str:
    return " ".join(render(renderable, width).split())


def test_a_salary_figure_reads_as_each_language_writes_it(default_content):
    ml = cards.find_role(default_content, "ml-engineer", "en")
    fr = _flat_text(card_view(cards.card(default_content, ml, "fr")))
    en = _flat_text(card_view(cards.card(default_content, ml, "en")))
    assert "En début de carrière : 50 000 € brut par an en moyenne (Île-de-France)" in fr
    assert "50 000 – 90 000 € (brut ou net et période non précisés)" in fr
    assert "Starting out: €50,000 gross a year on average (Paris region)" in en
    assert "€50,000–€90,000 (gross or net, yearly or monthly, not stated)" in en
    raw = cards.card(default_content, ml, "fr")["facts"]["salary"]["figures"][0]["text"]
    assert raw.startswith("50\u00a0000\u00a0€ brut")  # no line may end inside it
    ai = cards.card(default_content, cards.find_role(default_content, "ai-engineer", "en"),
                    "en")
    assert [f["text"] for f in ai["facts"]["salary"]["figures"]][:2] == [
        "€35,000–€45,000 gross a year (France)",
        "up to €80,000 gross a year (France)"]


SALARIES = """\
schema: rolequiz.roles/1
sources:
  - {id: s, title: S, file: s.txt}
  - {id: t, title: T, file: t.txt}
roles:
  - id: starter
    name: Starter
    profile: {data: 1}
    facts:
      salary:
        figures:
          - {level: junior, low: 35000, high: 45000, currency: EUR, basis: gross, period: year,
             place: France, source: s, quote: q}
  - id: anyone
    name: Anyone
    profile: {people: 1}
    facts:
      salary:
        figures:
          - {level: all, low: 50000, high: 90000, currency: EUR, basis: unstated,
             period: unstated, source: t, quote: q}
  - id: twin
    name: Twin
    profile: {code: 1}
    facts:
      salary:
        figures:
          - {level: junior, average: 40000, currency: EUR, basis: gross, period: year,
             place: France, source: t, quote: q}
  - id: plain
    name: Plain
    profile: {hardware: 1}
    facts:
      salary: {value: "30 000 € a year", source: s}
"""


@pytest.fixture(scope="module")
def salaries(tmp_path_factory):
    folder = tmp_path_factory.mktemp("salaries")
    (folder / "roles.yaml").write_text(SALARIES, encoding="utf-8")
    return load_content(DATA / "cards" / "questions.yaml", folder / "roles.yaml")


def test_compare_says_a_starting_salary_and_an_all_levels_one_are_not_comparable(salaries):
    starter, anyone = _roles(salaries, ("starter", "anyone"))
    for lang, words in (("en", "These salaries can’t be compared for Starter and Anyone: "
                                "different experience levels, starting out for one, experience "
                                "level not stated for the other."),
                        ("fr", "Ces salaires ne sont pas comparables pour starter et anyone : "
                               "niveaux d’expérience différents, en début de carrière pour "
                               "l’un, expérience non précisée pour l’autre.")):
        data = cards.comparison(salaries, [starter, anyone], lang)
        row = next(r for r in data["rows"] if r["key"] == "salary")
        assert row["comparable"] is False
        assert [n.replace("\u00a0", " ") for n in row["notes"]] == [words]
        # like beside like: one line for each level, the other role's cell empty there
        shown = [r for r in cards.shown_rows(data) if r["kind"] == "figures"]
        assert [r["key"] for r in shown] == ["salary:junior", "salary:all"]
        assert [bool(c["figures"]) for c in shown[0]["cells"]] == [True, False]
        for width in (40, 100):
            assert words in _flat_text(comparison_view(data), width)
            assert words in " ".join(comparison_to_markdown(data).replace("\\", "")
                                     .replace("\u00a0", " ").split())
            assert html_escape(words) in comparison_to_html(data).replace("\u00a0", " ")


def test_the_same_level_on_the_same_terms_is_comparable(salaries):
    starter, twin, anyone = _roles(salaries, ("starter", "twin", "anyone"))
    data = cards.comparison(salaries, [starter, twin], "en")
    row = next(r for r in data["rows"] if r["key"] == "salary")
    assert (row["comparable"], row["notes"]) == (True, [])
    assert "not comparable" not in _flat_text(comparison_view(data))
    # gross beside a basis not stated, and a place beside none: said, one by one
    data = cards.comparison(salaries, [starter, twin, anyone], "en")
    notes = next(r for r in data["rows"] if r["key"] == "salary")["notes"]
    assert len(notes) == 2 and all("different experience levels" in n for n in notes)


def test_a_plain_salary_still_loads_and_shows_as_written(salaries):
    plain, starter = _roles(salaries, ("plain", "starter"))
    data = cards.card(salaries, plain, "en")
    assert data["facts"]["salary"]["value"] == "30 000 € a year"
    assert data["facts"]["salary"]["figures"] == []
    assert "Salary 30 000 € a year [1]" in _flat_text(card_view(data))
    both = cards.comparison(salaries, [plain, starter], "en")
    text = _flat_text(comparison_view(both))
    assert "30 000 € a year [1]" in text and "€35,000–€45,000 gross a year (France)" in text


# -- what the sources do not say, said once --------------------------------------------------

def test_not_stated_is_said_once_and_empty_rows_are_left_out(default_content):
    """Neither the data analyst nor the data scientist has a salary, remote work, stress or
    outlook in any source: no such row, and no "not known" in every cell."""
    pair = _roles(default_content, ("data-analyst", "data-scientist"))
    for lang, label, said in (("en", "Salary", "not stated in the sources"),
                              ("fr", "Salaire", "non précisé dans les sources")):
        data = cards.comparison(default_content, pair, lang)
        assert {r["key"] for r in data["rows"] if r.get("empty")} == {
            "salary", "remote", "stress", "outlook"}
        for width in (40, 100):
            text = render(comparison_view(data), width)
            assert label not in text and text.count(said) <= 1
            assert "inconnu" not in text and "not known" not in text
        card = render(card_view(cards.card(default_content, pair[0], lang)), 100)
        assert " ".join(card.split()).casefold().count(said) == 1
        trio = _roles(default_content, ("data-analyst", "ml-engineer", "devops-engineer"))
        text = render(comparison_view(cards.comparison(default_content, trio, lang)), 120)
        assert text.count(said) == 1  # the gaps are dashes, explained once


def test_the_results_top_3_says_not_stated_once(default_content):
    from rolequiz.engine.scoring import score

    answers = {q.id: 5 if next(iter(q.weights)) in ("data", "communication") else 1
               for q in default_content.questions.questions}
    for lang, said in (("en", "not stated in the sources"),
                       ("fr", "non précisé dans les sources")):
        result = score(default_content, answers, lang)
        assert result.matches[0].role == "data-analyst"
        for width in (60, 120):
            text = render(result_view(result, default_content), width)
            compared = text[text.index(message("results.compare", lang, n=3)):]
            assert compared.count(said) <= 1
            assert "not known" not in compared and "inconnu" not in compared
            top = [default_content.roles.role(m.role) for m in result.matches[:3]]
            if not any("remote" in r.facts for r in top):
                assert message("results.remote", lang) not in compared


@pytest.mark.parametrize(("source", "width", "lines"), [
    ("100 000 – 150 000 $ a year", 10, ["100 000 –", "150 000 $", "a year"]),
    ("up to 100 % remote", 8, ["up to", "100 %", "remote"]),
    ("35 h a week", 4, ["35 h", "a", "week"]),
    ("45\u00a0000\u00a0€ brut", 8, ["45\u00a0000\u00a0€", "brut"]),  # no-break spaces kept
    ("pay\u202fday, now", 8, ["pay\u202fday,", "now"]),
    ("$ 100 a year", 5, ["$ 100", "a", "year"]),
    ("le coût ; « la vie »", 8, ["le", "coût ;", "« la", "vie »"]),
    ("1 000 000 €", 5, ["1 000", " 000 ", "€"]),  # wider than the line: folded, not cut
])
def test_unbroken_breaks_lines_only_where_allowed(source, width, lines):
    con = Console(file=io.StringIO(), width=width, color_system=None)
    con.print(Unbroken(Text(source)))
    assert [line.rstrip() for line in con.file.getvalue().splitlines()] == [
        line.rstrip() for line in lines]


WORDS = st.sampled_from(["100", "000", "1", "20", "€", "$", "%", "h", "a", "year", "remote",
                         "–", "pipelines"])


@settings(max_examples=200, deadline=None)
@given(words=st.lists(WORDS, min_size=1, max_size=30), width=st.integers(1, 60))
def test_unbroken_never_ends_a_line_inside_a_number(words, width):
    """Lines never wider than asked; nothing lost or cut; no line ends between two digits or
    before a unit, unless the number alone is wider than the line."""
    source = " ".join(words)
    lines = render(Unbroken(Text(source)), width).splitlines()
    assert all(len(line) <= width for line in lines)
    assert "".join(lines).replace(" ", "") == source.replace(" ", "")
    # at least as long as the longest number with its units: digits, signs and h in a row
    longest = max((len(m) for m in re.findall(r"[\d€$%h]+(?: [\d€$%h]+)*", source)),
                  default=0)
    if longest > width:
        return
    for above, below in zip(lines, lines[1:], strict=False):
        assert not (re.search(r"\d$", above.rstrip()) and re.match(r"[\d€$%]|h\b", below)), (
            lines, width)
