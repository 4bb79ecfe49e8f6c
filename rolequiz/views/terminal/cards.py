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

from rolequiz.content.cards import (
    is_missing,
    judgement_line,
    not_stated_line,
    quote_shown,
    quotes_language,
    salary_notes,
    shown_rows,
)
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
        return {"bullet": "-", "top": "^", "shared": "=", "dash": "-", "missing": "-"}
    return {"bullet": "•", "top": "▲", "shared": "=", "dash": "—", "missing": "–"}


def _score_text(item: dict[str, Any], lang: str, total: int | None = None) -> Text:
    if item.get("score") is None:
        return Text("–" if total is None else t("cards.not_known", lang), style="dim")
    text = number(item["score"], lang)
    if total:
        text += " (" + t("cards.your_rank", lang, rank=item["rank"], total=total) + ")"
    return Text(text, style="bold")


def _heading(text: str) -> Text:
    return Text(text, style="bold underline")


def _legend(data: dict[str, Any], lang: str, g: dict[str, str],
            rows: list[dict[str, Any]] | None = None) -> list[RenderableType]:
    """A line for each mark the comparison shows, and none for a mark it does not."""
    rows = data["rows"] if rows is None else rows

    def kind(k: str) -> list[dict[str, Any]]:
        return [c for row in rows if row["kind"] == k for c in row["cells"]]

    lines = []
    if any(c["top"] for c in kind("level")):
        lines.append(t("cards.legend_top", lang).replace("▲", g["top"]))
    if any(i["shared"] for c in kind("list") for i in c["items"]):
        lines.append(t("cards.legend_shared", lang))
    if any(is_missing(row, c) for row in rows for c in row["cells"]):
        lines.append(t("cards.not_stated_mark", lang).replace("–", g["missing"]))
    return [Unbroken(Text(line, style="dim")) for line in lines]


def _sources_view(sources: list[dict[str, Any]], lang: str, g: dict[str, str]
                  ) -> RenderableType:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, justify="right")
    grid.add_column(overflow="fold")
    for s in sources:
        where = s.get("where", s.get("url") or s.get("file")) or ""
        line = safe(s.get("citation") or s["title"])
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
            table.add_column(t("results.rank_column", lang), justify="right", no_wrap=True)
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


def _quote_lines(quotes: list[dict[str, Any]], lang: str) -> list[RenderableType]:
    """The sources' words, each in quotation marks with its source's number."""
    out: list[RenderableType] = []
    for q in quotes:
        line = safe(t("cards.quote", lang, text=quote_shown(q)), "italic dim")
        line.append(f" [{q['n']}]", style="dim")
        out.append(Padding(Unbroken(line), (0, 0, 0, 2)))
    return out


def _fact_value(fact: dict[str, Any], lang: str, sources: bool) -> RenderableType:
    """A fact's value with its source's number; a salary's figures one a line, each after
    its level; with `sources`, the words of the source under it."""
    colon = t("punct.colon", lang)
    parts: list[RenderableType] = []
    if fact["figures"]:
        for f in fact["figures"]:
            text = safe(f["level_label"] + colon, "bold")
            text.append_text(safe(f["text"]))
            text.append(f" [{f['n']}]", style="dim")
            parts.append(Unbroken(text))
            if sources:
                parts += _quote_lines([{"text": q, "n": f["n"]} for q in f["quotes"]], lang)
    else:
        text = safe(fact["value"])
        text.append(f" [{fact['n']}]", style="dim")
        parts.append(Unbroken(text))
        if sources:
            parts += _quote_lines([{"text": q, "n": fact["n"]} for q in fact["quotes"]], lang)
    return parts[0] if len(parts) == 1 else Group(*parts)


def _basis_lines(d: dict[str, Any], lang: str, described: bool) -> list[RenderableType]:
    basis = d["basis"]
    if basis is None:
        if not described or d["value"]:
            return []
        return [Padding(Unbroken(safe(t("cards.no_basis", lang), "italic dim")), (0, 0, 0, 2))]
    out = _quote_lines(basis["quotes"], lang)
    if basis["judgement"]:
        out.append(Padding(Unbroken(safe(judgement_line(basis["judgement"], lang),
                                         "italic dim")), (0, 0, 0, 2)))
    return out


def card_view(data: dict[str, Any], *, ascii_only: bool = False, sources: bool = False
              ) -> RenderableType:
    """A role's card; with `sources`, the words of the articles under each line."""
    lang = data["lang"]
    g = _glyphs(ascii_only)
    quotes = data.get("quotes", {})
    parts: list[RenderableType] = []
    title = safe(data["name"], "bold")
    title.append("  ")
    title.append_text(safe(data["id"], "cyan"))
    parts.append(title)
    if data.get("score") is not None:
        line = Text(t("cards.score", lang) + t("punct.colon", lang))
        line.append_text(_score_text(data, lang, data.get("total")))
        parts.append(Unbroken(line))
    said_in = quotes_language(data) if sources else None
    if said_in:
        parts.append(Unbroken(Text(said_in, style="dim italic")))
    if data["summary"]:
        parts += [Text(""), Unbroken(safe(data["summary"]))]
        if sources:
            parts += _quote_lines(quotes.get("summary", []), lang)

    facts = Table.grid(padding=(0, 1))
    facts.add_column(no_wrap=True, style="bold", max_width=CARD_LABEL)
    facts.add_column(overflow="fold")
    for key, fact in data["facts"].items():
        if fact["value"] is not None:
            facts.add_row(t("cards." + key, lang), _fact_value(fact, lang, sources))
    parts += [Text(""), _heading(t("cards.facts", lang))]
    if facts.row_count:
        parts.append(facts)
    missing = not_stated_line(data)
    if missing:
        parts.append(Unbroken(Text(missing, style="dim italic")))

    for key in LIST_FIELDS:
        if data.get(key):
            grid = Table.grid(padding=(0, 1))
            grid.add_column(no_wrap=True)
            grid.add_column(overflow="fold")
            evidence = quotes.get(key, [])
            for i, item in enumerate(data[key]):
                cell: RenderableType = Unbroken(safe(item))
                if sources and i < len(evidence) and evidence[i]:
                    cell = Group(cell, *_quote_lines(evidence[i], lang))
                grid.add_row(g["bullet"], cell)
            parts += [Text(""), _heading(t("cards." + key, lang)), grid]

    parts += [Text(""), _heading(t("cards.profile", lang)),
              _levels(data["profile"], ascii_only, lang if sources else None)]
    if data.get("glossary"):
        terms = ", ".join(g["term"] for g in data["glossary"])
        parts += [Text(""), Unbroken(safe(t("cards.glossary_line", lang, terms=terms), "dim"))]
    if data["sources"]:
        parts += [Text(""), _sources_view(data["sources"], lang, g)]
    more = data.get("more", {})
    hints = []
    if more.get("sources") and not sources:
        hints.append(t("cards.sources_hint", lang, id=data["id"]))
    if more.get("advice"):
        hints.append(t("cards.advice_hint", lang))
    if hints:
        parts += [Text("")] + [Unbroken(safe(h, "dim")) for h in hints]
    return Group(*parts)


def _levels(profile: list[dict[str, Any]], ascii_only: bool, lang: str | None = None
            ) -> RenderableType:
    """The needs of the job as bars; given `lang`, each with why it is that high."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(overflow="fold")
    grid.add_column(no_wrap=True)
    grid.add_column(no_wrap=True, justify="right")
    if lang is None:
        for d in profile:
            grid.add_row(safe(d["name"]), bar(d["value"], BAR, ascii_only=ascii_only),
                         str(round(d["value"] * 100)))
        return grid
    described = any(d["basis"] for d in profile)
    parts: list[RenderableType] = []
    for d in profile:
        line = safe(d["name"], "bold")
        line.append("  ")
        line.append_text(bar(d["value"], BAR, ascii_only=ascii_only))
        line.append(f" {round(d['value'] * 100)}")
        parts += [line, *_basis_lines(d, lang, described)]
    return Group(*parts)


# -- advice and glossary ------------------------------------------------------------------


def advice_view(data: dict[str, Any], *, ascii_only: bool = False) -> RenderableType:
    """The sources' advice to students choosing, each with the words it comes from."""
    lang = data["lang"]
    g = _glyphs(ascii_only)
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    for item in data["items"]:
        grid.add_row(g["bullet"], Group(Unbroken(safe(item["text"])),
                                        *_quote_lines(item["quotes"], lang)))
    parts: list[RenderableType] = [_heading(t("cards.advice_title", lang))]
    said_in = quotes_language(data)
    if said_in:
        parts.append(Unbroken(Text(said_in, style="dim italic")))
    parts.append(grid)
    if data["sources"]:
        parts += [Text(""), _sources_view(data["sources"], lang, g)]
    return Group(*parts)


def glossary_view(data: dict[str, Any], *, ascii_only: bool = False) -> RenderableType:
    lang = data["lang"]
    parts: list[RenderableType] = [_heading(t("cards.glossary_title", lang)),
                                   Text(t("cards.glossary_intro", lang), style="dim")]
    for term in data["terms"]:
        parts += [Text(""), safe(term["term"], "bold"),
                  Padding(Unbroken(safe(term["definition"])), (0, 0, 0, 2))]
    return Group(*parts)


# -- a comparison -------------------------------------------------------------------------


def _cell(row: dict[str, Any], cell: dict[str, Any], lang: str, g: dict[str, str],
          ascii_only: bool) -> RenderableType:
    kind = row["kind"]
    if is_missing(row, cell):
        return Text(g["missing"], style="dim")
    if kind == "score":
        if cell["value"] is None:
            return Text("–", style="dim")
        # the best score in bold, without the ▲ that marks the needs of the job
        return Unbroken(Text(f"{number(cell['value'], lang)} "
                             f"({t('cards.rank', lang, rank=cell['rank'])})",
                             style="bold yellow" if cell["top"] else ""))
    if kind == "fact":
        text = safe(cell["text"])
        text.append(f" [{cell['n']}]", style="dim")
        return Unbroken(text)
    if kind == "figures":
        lines = []
        for f in cell["figures"]:
            text = safe(f["text"])
            text.append(f" [{f['n']}]", style="dim")
            lines.append(Unbroken(text))
        return lines[0] if len(lines) == 1 else Group(*lines)
    if kind == "list":
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

    rows = shown_rows(data)

    def footer() -> list[RenderableType]:
        parts: list[RenderableType] = [Unbroken(safe(note, "bold yellow"))
                                       for note in salary_notes(data)]
        parts += _legend(data, lang, g, rows)
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
        for row in rows:
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
        for row in rows:
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
