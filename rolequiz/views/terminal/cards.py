"""Rich renderables for the role list, a role card and a comparison. Never prints.

They lay out the plain data of `rolequiz.content.cards`. Every text from a file goes through
`render.safe` (control characters made visible, markup shown literally). Below a width
that would squeeze the columns, the list and the comparison switch to a vertical layout,
so a role name or a score is never cut to "…". A fact never ends a line inside a number
or before its unit (`cells.Unbroken`), and the comparison's headings all start on the
same line (`cells.Headings`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from rolequiz.content.models import LIST_FIELDS
from rolequiz.i18n import number, t
from rolequiz.views.terminal.cells import Headings, Unbroken
from rolequiz.views.terminal.results import bar, safe

BAR = 10
LIST_WIDE = 70  # the role list is a table from this width on
CARD_LABEL = 14


class Adaptive:
    """Renders `wide()` when there is room for it, else `narrow()`."""

    def __init__(self, wide: Callable[[], RenderableType], narrow: Callable[[], RenderableType],
                 min_width: int):
        self.wide, self.narrow, self.min_width = wide, narrow, min_width

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self.wide() if options.max_width >= self.min_width else self.narrow()


def _glyphs(ascii_only: bool) -> dict[str, str]:
    if ascii_only:
        return {"bullet": "-", "top": "^", "shared": "=", "dash": "-"}
    return {"bullet": "•", "top": "▲", "shared": "=", "dash": "—"}


def _score_text(item: dict[str, Any], lang: str, total: int | None = None) -> Text:
    if item.get("score") is None:
        return Text("–" if total is None else t("cards.not_known", lang), style="dim")
    text = number(item["score"], lang)
    if total:
        text += " (" + t("cards.your_rank", lang, rank=item["rank"], total=total) + ")"
    return Text(text, style="bold")


def _not_known(lang: str) -> Text:
    return Text(t("cards.not_known", lang), style="dim italic")


def _heading(text: str) -> Text:
    return Text(text, style="bold underline")


def _legend(data: dict[str, Any], lang: str, g: dict[str, str]) -> list[RenderableType]:
    """A line for each mark the comparison shows, and none for a mark it does not."""
    def kind(k: str) -> list[dict[str, Any]]:
        return [c for row in data["rows"] if row["kind"] == k for c in row["cells"]]

    lines = []
    if any(c["top"] for c in kind("level")):
        lines.append(t("cards.legend_top", lang).replace("▲", g["top"]))
    if any(i["shared"] for c in kind("list") for i in c["items"]):
        lines.append(t("cards.legend_shared", lang))
    return [Unbroken(Text(line, style="dim")) for line in lines]


def _sources_view(sources: list[dict[str, Any]], lang: str, g: dict[str, str]
                  ) -> RenderableType:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, justify="right")
    grid.add_column(overflow="fold")
    for s in sources:
        where = s.get("url") or s.get("file") or ""
        line = safe(s["title"])
        if where:
            line.append(f" {g['dash']} ")
            line.append_text(safe(where, "dim"))
        grid.add_row(f"[{s['n']}]", Unbroken(line))
    return Group(_heading(t("cards.sources", lang)), grid)


# -- the role list ------------------------------------------------------------------------


def role_list_view(data: dict[str, Any], *, ascii_only: bool = False) -> RenderableType:
    lang, scored = data["lang"], data["scored"]

    def wide() -> RenderableType:
        table = Table(box=box.SIMPLE_HEAD, pad_edge=False, expand=False)
        if scored:
            table.add_column("#", justify="right", no_wrap=True)
        table.add_column(t("cards.role", lang), overflow="fold", min_width=12, max_width=28)
        if scored:
            table.add_column(t("cards.score", lang), justify="right", no_wrap=True)
        table.add_column(t("cards.summary", lang), overflow="fold", ratio=1, min_width=20)
        for item in data["roles"]:
            name = safe(item["name"], "bold")
            name.append("\n")
            name.append_text(safe(item["id"], "cyan"))
            summary = (Unbroken(safe(item["summary"])) if item["summary"]
                       else Text("–", style="dim"))
            cells: list[RenderableType] = []
            if scored:
                cells.append(str(item["rank"]) if item["rank"] else "–")
            cells.append(name)
            if scored:
                cells.append(_score_text(item, lang))
            cells.append(summary)
            table.add_row(*cells)
        return Group(table, Unbroken(Text(t("cards.roles_hint", lang), style="dim")))

    def narrow() -> RenderableType:
        parts: list[RenderableType] = []
        for item in data["roles"]:
            head = Text()
            if scored and item["rank"]:
                head.append(f"{item['rank']}. ")
            head.append_text(safe(item["name"], "bold"))
            head.append(" (")
            head.append_text(safe(item["id"], "cyan"))
            head.append(")")
            if scored:
                head.append("  ")
                head.append_text(_score_text(item, lang))
            parts.append(head)
            if item["summary"]:
                parts.append(Padding(Unbroken(safe(item["summary"])), (0, 0, 0, 2)))
        parts.append(Unbroken(Text(t("cards.roles_hint", lang), style="dim")))
        return Group(*parts)

    return Adaptive(wide, narrow, LIST_WIDE)


# -- one role's card ----------------------------------------------------------------------


def card_view(data: dict[str, Any], *, ascii_only: bool = False) -> RenderableType:
    lang = data["lang"]
    g = _glyphs(ascii_only)
    parts: list[RenderableType] = []
    title = safe(data["name"], "bold")
    title.append("  ")
    title.append_text(safe(data["id"], "cyan"))
    parts.append(title)
    if data.get("score") is not None:
        line = Text(t("cards.score", lang) + t("punct.colon", lang))
        line.append_text(_score_text(data, lang, data.get("total")))
        parts.append(Unbroken(line))
    if data["summary"]:
        parts += [Text(""), Unbroken(safe(data["summary"]))]

    facts = Table.grid(padding=(0, 1))
    facts.add_column(no_wrap=True, style="bold", max_width=CARD_LABEL)
    facts.add_column(overflow="fold")
    for key, fact in data["facts"].items():
        if fact["value"] is None:
            value = _not_known(lang)
        else:
            value = safe(fact["value"])
            value.append(f" [{fact['n']}]", style="dim")
            value = Unbroken(value)
        facts.add_row(t("cards." + key, lang), value)
    parts += [Text(""), _heading(t("cards.facts", lang)), facts]

    for key in LIST_FIELDS:
        if data[key]:
            grid = Table.grid(padding=(0, 1))
            grid.add_column(no_wrap=True)
            grid.add_column(overflow="fold")
            for item in data[key]:
                grid.add_row(g["bullet"], Unbroken(safe(item)))
            parts += [Text(""), _heading(t("cards." + key, lang)), grid]

    parts += [Text(""), _heading(t("cards.profile", lang)), _levels(data["profile"], ascii_only)]
    if data["sources"]:
        parts += [Text(""), _sources_view(data["sources"], lang, g)]
    return Group(*parts)


def _levels(profile: list[dict[str, Any]], ascii_only: bool) -> RenderableType:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(overflow="fold")
    grid.add_column(no_wrap=True)
    grid.add_column(no_wrap=True, justify="right")
    for d in profile:
        grid.add_row(safe(d["name"]), bar(d["value"], BAR, ascii_only=ascii_only),
                     str(round(d["value"] * 100)))
    return grid


# -- a comparison -------------------------------------------------------------------------


def _cell(row: dict[str, Any], cell: dict[str, Any], lang: str, g: dict[str, str],
          ascii_only: bool) -> RenderableType:
    kind = row["kind"]
    if kind == "score":
        if cell["value"] is None:
            return Text("–", style="dim")
        # the best score in bold, without the ▲ that marks the needs of the job
        return Unbroken(Text(f"{number(cell['value'], lang)} "
                             f"({t('cards.rank', lang, rank=cell['rank'])})",
                             style="bold yellow" if cell["top"] else ""))
    if kind == "fact":
        if cell["text"] is None:
            return _not_known(lang)
        text = safe(cell["text"])
        text.append(f" [{cell['n']}]", style="dim")
        return Unbroken(text)
    if kind == "list":
        if not cell["items"]:
            return Text(t("cards.none_listed", lang), style="dim italic")
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column(overflow="fold")
        for item in cell["items"]:
            if item["shared"]:
                grid.add_row(Text(g["shared"], style="dim"), Unbroken(safe(item["text"], "dim")))
            else:
                grid.add_row(g["bullet"], Unbroken(safe(item["text"])))
        return grid
    # a level of the profile
    text = bar(cell["value"], BAR, ascii_only=ascii_only)
    text.append(f" {round(cell['value'] * 100):>3}", style="bold yellow" if cell["top"] else "")
    if cell["top"]:
        text.append(" " + g["top"], style="bold yellow")
    return text


def _label(row: dict[str, Any]) -> Text:
    style = "bold yellow" if row["stands_out"] else "bold"
    return safe(row["label"], style)


def comparison_view(data: dict[str, Any], *, ascii_only: bool = False) -> RenderableType:
    lang = data["lang"]
    g = _glyphs(ascii_only)
    roles = data["roles"]

    def footer() -> list[RenderableType]:
        parts: list[RenderableType] = [*_legend(data, lang, g)]
        if data["sources"]:
            parts.append(_sources_view(data["sources"], lang, g))
        return parts

    def wide() -> RenderableType:
        table = Table(box=box.SIMPLE_HEAD, show_lines=True, pad_edge=False, expand=False)
        table.add_column("", overflow="fold", min_width=8, max_width=18)
        headings = Headings()
        for r in roles:
            head = safe(r["name"], "bold")
            head.append("\n")
            head.append_text(safe(r["id"], "cyan"))
            table.add_column(headings.add(head), overflow="fold", ratio=1, min_width=12)
        in_profile = False
        for row in data["rows"]:
            if row["kind"] == "level" and not in_profile:
                in_profile = True
                table.add_section()
                table.add_row(Text(data["profile_title"], style="bold underline"),
                              *["" for _ in roles])
            table.add_row(_label(row),
                          *[_cell(row, c, lang, g, ascii_only) for c in row["cells"]])
        return Group(headings.around(table), *footer())

    def narrow() -> RenderableType:
        parts: list[RenderableType] = []
        in_profile = False
        for row in data["rows"]:
            if row["kind"] == "level" and not in_profile:
                in_profile = True
                parts += [Text(""), Text(data["profile_title"], style="bold underline")]
            parts.append(_label(row))
            grid = Table.grid(padding=(0, 1))
            grid.add_column(overflow="fold", max_width=16)
            grid.add_column(overflow="fold")
            for r, c in zip(roles, row["cells"], strict=True):
                grid.add_row(safe(r["name"], "cyan"), _cell(row, c, lang, g, ascii_only))
            parts.append(Padding(grid, (0, 0, 0, 2)))
        return Group(*parts, Text(""), *footer())

    return Adaptive(wide, narrow, 16 + 20 * len(roles))
