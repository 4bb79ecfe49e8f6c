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
    assert ("svg", "aria-label", "100 %") in page.attrs
    assert "inconnu" in page.all_text


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
