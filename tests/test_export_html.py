"""The HTML pages are self-contained and show hostile content as text, never as markup."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import DATA, run_cli

CARDS = DATA / "cards"
NASTY_NAME = "<script>alert(1)</script>"
NASTY_URL = 'https://example.org/x"onmouseover="alert(1)'

HOSTILE_ROLES = f"""\
schema: rolequiz.roles/1
sources:
  - id: evil
    title: '"><img src=x onerror=alert(1)> & friends'
    url: '{NASTY_URL}'
  - id: local
    title: "[link=http://evil.example]click[/link]"
    file: "javascript:alert(1)"
roles:
  - id: evil-role
    name: {{en: '{NASTY_NAME}', fr: '{NASTY_NAME}'}}
    summary: {{en: "[bold]x[/] and :smile: and \\e[2J and \\u202e reversed", fr: "[bold]x[/]"}}
    profile: {{data: 1.0}}
    tools: ["<b>bold</b>", "[/]"]
    skills: ["<iframe src=https://evil.example>"]
    facts:
      salary: {{value: "<style>body{{display:none}}</style>", source: evil}}
      stress: {{value: "ok", source: local}}
    sources: [evil, local]
  - id: plain-role
    name: Plain
    profile: {{hardware: 1.0}}
"""


@pytest.fixture
def hostile(tmp_path) -> list[str]:
    roles = tmp_path / "roles.yaml"
    roles.write_text(HOSTILE_ROLES, encoding="utf-8")
    return ["--questions", str(CARDS / "questions.yaml"), "--roles", str(roles)]


class Page(HTMLParser):
    """Tags, attributes and text of a page, as a browser would see them."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str, str | None]] = []
        self.text: list[str] = []
        self.styles = 0
        self._in_style = False
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += [(tag, k, v) for k, v in attrs]
        self._in_style = tag == "style"
        self.styles += tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if not self._in_style:
            self.text.append(data)

    @property
    def all_text(self) -> str:
        return " ".join(" ".join(self.text).split())


def check_self_contained(page: Page, allowed_links: set[str]) -> None:
    assert page.styles == 1  # one inline style sheet
    for tag in ("script", "iframe", "object", "embed", "img", "link", "base", "form", "meta"):
        if tag != "meta":
            assert tag not in page.tags, tag
    for tag, name, value in page.attrs:
        assert not name.startswith("on"), (tag, name)  # no event handlers
        assert name != "style", (tag, name)
        if name in ("src", "href", "xlink:href", "action", "srcset"):
            assert value is not None
            assert value.startswith("#") or value in allowed_links, (tag, name, value)


def pages(runner, content: list[str], tmp_path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, args in {
        "roles": ["roles"],
        "show": ["show", "evil-role"],
        "compare": ["compare", "evil-role", "plain-role"],
    }.items():
        result = run_cli(runner, *args, *content, "--format", "html")
        assert result.exit_code == 0, result.output
        out[key] = result.stdout
    answers = tmp_path / "answers.yaml"
    answers.write_text("answers: {q-data: 5, q-solder: 1}\n", encoding="utf-8")
    result = run_cli(runner, "quiz", "--answers", answers, *content, "--format", "html")
    assert result.exit_code == 0, result.output
    out["quiz"] = result.stdout
    return out


def test_hostile_content_is_shown_as_text(runner, hostile, tmp_path):
    for key, html in pages(runner, hostile, tmp_path).items():
        page = Page(html)
        check_self_contained(page, {NASTY_URL})
        text = page.all_text
        # the role name reaches the reader literally, and the raw page never holds the tag
        assert NASTY_NAME in text, key
        assert "<script" not in html.lower(), key
        assert "<iframe" not in html.lower() and "<img" not in html.lower(), key
        assert "\x1b" not in html and "\u202e" not in html, key
        if key == "show":
            assert "[bold]x[/] and :smile: and \\x1b[2J and \\u202e reversed" in text
            assert "<b>bold</b>" in text and "[/]" in text
            assert "<style>body{display:none}</style>" in text
            assert '"><img src=x onerror=alert(1)> & friends' in text
            assert "javascript:alert(1)" in text  # a file name, shown, never a link
            assert ("a", "href", NASTY_URL) in page.attrs
            assert not any(v and v.startswith("javascript") for _, _, v in page.attrs)


def test_the_default_content_pages_are_self_contained(runner, tmp_path):
    from rolequiz.content.load import load_content

    content = load_content()
    urls = {s.url for s in content.roles.sources if s.url}
    first, second = (r.id for r in content.roles.roles[:2])
    for args in (["roles"], ["show", first], ["compare", first, second]):
        result = run_cli(runner, *args, "--format", "html")
        assert result.exit_code == 0, result.output
        check_self_contained(Page(result.stdout), urls)


def test_page_works_on_a_phone_and_on_a4(runner):
    html = run_cli(runner, "compare", "zeta-analyst", "omega-welder", "--questions",
                   CARDS / "questions.yaml", "--roles", CARDS / "roles.yaml", "-f", "html",
                   "--lang", "fr").stdout
    assert '<html lang="fr">' in html
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert "@page{size:A4" in html and "@media print" in html
    assert "@media (max-width:40rem)" in html
    # on a narrow screen each cell is labelled with its role
    page = Page(html)
    assert ("td", "data-role", "Analyste zêta") in page.attrs
    # bars are inline SVG with a text equivalent
    assert ("svg", "aria-label", "100\u00a0%") in page.attrs
    assert page.all_text.count("non précisé dans les sources") == 1  # a gap is a dash
    assert "inconnu" not in page.all_text


def test_json_keeps_hostile_text_as_data(runner, hostile):
    out = run_cli(runner, "show", "evil-role", *hostile, "-f", "json")
    data = json.loads(out.stdout)
    assert data["name"] == NASTY_NAME  # JSON is data: the consumer escapes for its medium


def test_markdown_escapes_markup(runner, hostile):
    out = run_cli(runner, "show", "evil-role", *hostile, "-f", "markdown").stdout
    assert "<script>" not in out and "\\<script\\>" in out
    assert "\x1b" not in out


def test_terminal_shows_markup_literally(runner, hostile):
    for args in (["roles"], ["show", "evil-role"], ["compare", "evil-role", "plain-role"]):
        out = run_cli(runner, *args, *hostile)
        assert out.exit_code == 0, out.output
        assert NASTY_NAME in out.stdout
        assert "\x1b" not in out.stdout and "\u202e" not in out.stdout
    card = run_cli(runner, "show", "evil-role", *hostile).stdout
    assert "[bold]x[/]" in card and "[link=http://evil.example]click[/link]" in card
    assert ":smile:" in card and "\\x1b[2J" in card


# -- the result page says what the results screen says -----------------------------------

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def result_html(lang: str, answers: dict[str, int], **changes) -> str:
    """The result page of the default content; `changes` to the result first."""
    import dataclasses

    from rolequiz.content.load import load_content
    from rolequiz.engine.scoring import score
    from rolequiz.views.html import result_to_html

    content = load_content()
    result = dataclasses.replace(score(content, answers, lang), **changes)
    return result_to_html(result, content)


def result_page(lang: str, answers: dict[str, int], **changes) -> str:
    """The result page as the text a reader sees (markup gone)."""
    return Page(result_html(lang, answers, **changes)).all_text


def example(name: str) -> dict[str, int]:
    from rolequiz.content.answers import load_answers
    from rolequiz.content.load import load_content

    return load_answers(EXAMPLES / f"{name}.yaml", load_content().questions)


def flat_answers() -> dict[str, int]:
    """Every answer in the middle of the scale: no preference at all."""
    from rolequiz.content.load import load_content

    return {q.id: 3 for q in load_content().questions.questions}


@pytest.mark.parametrize("lang, closest, score, top, care", [
    ("en", "Closest match: Data Analyst", "94.9/100", "Your closest roles", "Keep in mind"),
    ("fr", "Le métier le plus proche : Data analyst", "94,9/100",
     "Les métiers les plus proches de toi", "À garder en tête"),
])
def test_a_clear_result_opens_with_its_closest_match(lang, closest, score, top, care):
    from rolequiz.content.load import load_content
    from rolequiz.engine.scoring import score as scoring
    from rolequiz.i18n import number

    answers = example("data-curious")
    best = scoring(load_content(), answers, lang).matches[0]
    assert score == f"{number(best.score, lang)}/100"  # the figure as the language writes it
    text = result_page(lang, answers)
    assert f"{closest} {score}" in text
    assert text.index(closest) < text.index(top)  # first, before the roles in detail
    assert care not in text  # nothing to doubt


@pytest.mark.parametrize("lang, flat, care, closest", [
    ("en", "No role stands out yet: see below.", "Keep in mind", "Closest match"),
    ("fr", "Aucun métier ne se détache encore : voir ci-dessous.", "À garder en tête",
     "Le métier le plus proche"),
])
def test_a_result_without_preference_says_so_before_any_role(lang, flat, care, closest):
    from rolequiz.i18n import t

    text = result_page(lang, flat_answers())
    warning = " ".join(t("scoring.note_no_preference", lang).split())  # as the page reads
    assert flat in text and care in text and warning in text
    assert text.index(flat) < text.index(care) < text.index(warning) < text.index(
        t("html.top_roles", lang))
    assert closest not in text  # no role is put forward


def test_a_weak_fit_opens_with_what_the_student_enjoys():
    helping = {"explain-to-grandparents": 5, "give-a-talk": 4, "help-a-classmate": 5,
               "ask-members-their-needs": 5}
    answers = {q: helping.get(q, 1) for q in flat_answers()}
    text = result_page("en", answers)
    likes = "What you enjoy most: Explaining & helping (94%)"
    weak = "None of these jobs is a close fit: see below."
    assert text.index(likes) < text.index(weak) < text.index("Keep in mind")
    assert "Closest match" not in text


def test_an_adaptive_quiz_note_is_information_not_a_doubt():
    from rolequiz.content.models import Note

    note = Note("adaptive", "Adaptive quiz: 12 of 48 questions asked.")
    html = result_html("en", example("data-curious"), notes=(note,), adaptive=True)
    assert f'<p class="info">{note.text}</p>' in html  # told, in grey
    assert 'class="note"' not in html and "Keep in mind" not in Page(html).all_text
    doubt = Note("few_answers", "Only 12 of 48 questions answered: the ranking is rough.")
    html = result_html("en", example("data-curious"), notes=(doubt, note), adaptive=True)
    assert html.index("Keep in mind") < html.index(f'<p class="note">{doubt.text}</p>') < (
        html.index(f'<p class="info">{note.text}</p>'))


@pytest.mark.parametrize("lang, heading, unknown", [
    ("en", "Your interests (50 = neutral)", "unknown"),
    ("fr", "Tes intérêts (50 = neutre)", "inconnu"),
])
def test_interests_are_shown_most_enjoyed_first_with_the_neutral_point(lang, heading,
                                                                        unknown):
    """Two questions answered: their interests come first, highest first; the interests
    no answer touches come last, said to be unknown."""
    import re

    from rolequiz.content.load import load_content
    from rolequiz.engine.scoring import score
    from rolequiz.views.html import result_to_html

    content = load_content()
    answers = {"why-sales-dropped": 5, "solder-a-board": 1, "give-a-talk": 4}
    result = score(content, answers, lang)
    html = result_to_html(result, content)
    assert heading in Page(html).all_text
    table = html[html.index('<table class="profile">'):]
    table = table[:table.index("</table>")]
    values = re.findall(r'<td class="num">(?:<span class="unknown">)?([^<]+)<', table)
    known = [int(v) for v in values if v != unknown]
    assert len(known) >= 3 and known == sorted(known, reverse=True)
    assert values[len(known):] == [unknown] * (len(values) - len(known))  # last
    assert len(values) == len(content.questions.dimensions)
    assert unknown in values


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_documents_hold_no_terminal_commands(runner, lang):
    """A page is read in a browser or on paper: no "rolequiz show ID" to type there."""
    from rolequiz.content.load import load_content

    first, second = (r.id for r in load_content().roles.roles[:2])
    for args in (["quiz", "--answers", EXAMPLES / "data-curious.yaml"], ["roles"],
                 ["show", first], ["compare", first, second]):
        out = run_cli(runner, *args, "--format", "html", "--lang", lang)
        assert out.exit_code == 0, out.output
        text = Page(out.stdout).all_text
        for command in ("rolequiz show", "rolequiz compare", "rolequiz roles",
                        "rolequiz quiz", "rolequiz results --"):
            assert command not in text, (args, command)


# -- the Markdown result says the same ----------------------------------------------------


def result_markdown(lang: str, answers: dict[str, int]) -> str:
    from rolequiz.content.load import load_content
    from rolequiz.engine.scoring import score
    from rolequiz.views.markdown import result_to_markdown

    content = load_content()
    return result_to_markdown(score(content, answers, lang), content)


@pytest.mark.parametrize("lang, closest, care", [
    ("en", "Closest match: **Data Analyst** 94.9/100", "Keep in mind"),
    ("fr", "Le métier le plus proche\u00a0: **Data analyst** 94,9/100", "À garder en tête"),
])
def test_the_markdown_result_opens_with_the_closest_match(lang, closest, care):
    text = result_markdown(lang, example("data-curious"))
    assert closest in text
    assert text.index(closest) < text.index("| 1 |")
    assert care not in text


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_markdown_result_of_no_preference_says_so_and_puts_no_role_forward(lang):
    from rolequiz.i18n import t

    text = result_markdown(lang, flat_answers())
    flat = t("results.headline_flat", lang)
    assert f"**{flat}**" in text
    assert f"## {t('results.care', lang)}" in text
    assert text.index(flat) < text.index(t("results.care", lang)) < text.index("| 1 |")
    assert t("results.headline", lang) not in text


def test_the_markdown_interests_come_most_enjoyed_first():
    import re

    text = result_markdown("en", {"why-sales-dropped": 5, "solder-a-board": 1,
                                  "give-a-talk": 4})
    table = text.split("## Your interests (50 = neutral)")[1].split("\n\n")[1]
    values = re.findall(r"\| (\d+) \|", table)  # 0 to 100, as on the screen
    assert len(values) >= 3 and [int(v) for v in values] == sorted(map(int, values),
                                                                     reverse=True)
    assert table.rstrip().endswith("| unknown |")
