"""Rich renderables for results. Builds and returns; never prints.

Every piece of data goes in as `rich.text.Text` after `textsafe.clean`, so markup in a
name (``[bold]``, ``[/]``, ``:smile:``) or an escape sequence is shown literally.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.table import Table
from rich.text import Text

from rolequiz.base.shell import command_lines
from rolequiz.base.textsafe import clean
from rolequiz.content.models import FACT_KEYS, Content, Match, Result, Role
from rolequiz.engine.scoring import headline, interests_in_order
from rolequiz.i18n import in_sentence, number, percent, plural, t
from rolequiz.views.terminal.cells import Unbroken


def safe(text: str, style: str = "") -> Text:
    """Data from files as literal text."""
    return Text(clean(text), style=style)


def bar(fraction: float, width: int, *, ascii_only: bool = False) -> Text:
    """A horizontal bar, `fraction` of `width` cells filled."""
    fraction = min(1.0, max(0.0, fraction))
    full = int(round(fraction * width))
    fill, empty = ("#", ".") if ascii_only else ("█", "░")
    return Text(fill * full + empty * (width - full), style="cyan")


Step = tuple[Sequence[str], str]  # a suggested command's words, and what it does

# -- the results screen -----------------------------------------------------------------

COMPARE_ROWS = ("salary", "remote", "stress", "outlook", "skills", "tools", "deliverables")
MAX_LIST_ITEMS = 4
WIDE = 100  # from this width the top roles are compared in columns, else one after another


def _heading(text: str, ascii_only: bool) -> Group:
    """A heading underlined; the rule is cut at the screen's edge, never wrapped."""
    rule = "=" if ascii_only else "━"
    return Group(Text(""), Unbroken(Text(clean(text), style="bold")),
                 Text(rule * min(len(text), 60), style="dim", no_wrap=True, overflow="crop"))


def _simple_box(ascii_only: bool) -> box.Box:
    if ascii_only:
        return box.Box("    \n    \n -- \n    \n    \n    \n    \n    \n", ascii=True)
    return box.SIMPLE_HEAD


class ResultView:
    """The whole results screen; lays itself out for the width it is given."""

    def __init__(self, result: Result, content: Content, *, ascii_only: bool = False,
                 top: int = 3, next_steps: bool | Sequence[Step] = True):
        self.result = result
        self.content = content
        self.ascii_only = ascii_only
        self.top = top
        self.next_steps = next_steps
        self.lang = result.lang

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        yield from self.header()
        yield self.ranking(width)
        yield from self.profile(width)
        yield from self.why()
        yield from self.comparison(width)
        if self.next_steps:
            yield from self.what_next(width)

    # -- parts -----------------------------------------------------------------------
    def header(self):
        r, lang = self.result, self.lang
        yield Text(t("results.title", lang), style="bold")
        yield Unbroken(Text(_answered(r)))
        yield from self.headline()
        doubts = [n for n in r.notes if n.code != "adaptive"]  # the rest is information
        if doubts:
            yield _heading(t("results.care", lang), self.ascii_only)
            for note in doubts:
                yield _hanging("!", safe(note.text), "yellow")
        for note in r.notes:
            if note.code == "adaptive":
                yield _hanging("i", safe(note.text), "dim")

    def headline(self):
        """The verdict, after a blank line; it wraps where a line may break (never between
        a word and a French colon, nor inside "(94 %)")."""
        r, lang = self.result, self.lang
        kind, liked = headline(r)
        if kind and (kind != "weak" or liked):
            yield Text("")
        if kind == "flat":
            yield Unbroken(Text(t("results.headline_flat", lang), style="bold yellow"))
        elif kind == "weak":
            # what the student likes comes first, not a role that fits badly
            names = {d.id: d.name.get(lang) for d in self.content.questions.dimensions}
            if liked:
                parts: list = [t("results.headline_likes", lang)]
                for i, d in enumerate(liked):
                    parts += [", " if i else "", safe(names.get(d, d), "bold green"),
                              f" ({percent(r.profile[d] or 0, lang)})"]
                yield Unbroken(Text.assemble(*parts))
            yield Unbroken(Text(t("results.headline_weak", lang), style="bold yellow"))
        elif kind == "tie":
            a, b = r.matches[0], r.matches[1]
            yield Unbroken(Text.assemble(
                t("results.headline_tie", lang), safe(a.name, "bold"),
                f" {number(a.score, lang)}", t("results.and", lang), safe(b.name, "bold"),
                f" {number(b.score, lang)}"))
        elif kind == "clear":
            best = r.matches[0]
            yield Unbroken(Text.assemble(t("results.headline", lang),
                                         safe(best.name, "bold green"),
                                         f"  {number(best.score, lang)}/100"))

    def ranking(self, width: int) -> RenderableType:
        lang = self.lang
        longest = max((len(clean(m.name)) for m in self.result.matches), default=4)
        bar_width = max(6, min(30, width - longest - 18))
        table = Table(box=_simple_box(self.ascii_only), pad_edge=False, expand=False,
                      show_edge=False)
        table.add_column(t("results.rank_column", lang), justify="right", no_wrap=True)
        table.add_column(t("results.role", lang), overflow="fold", ratio=1)
        table.add_column(t("results.score", lang), justify="right", no_wrap=True)
        table.add_column("", no_wrap=True, width=bar_width)
        for m in self.result.matches:
            top = m.rank == 1
            table.add_row(str(m.rank), safe(m.name, "bold" if top else ""),
                          Text(number(m.score, lang), style="bold" if top else ""),
                          bar(m.score / 100, bar_width, ascii_only=self.ascii_only))
        return Group(_heading(t("results.ranking", lang), self.ascii_only), table)

    def profile(self, width: int):
        lang, r = self.lang, self.result
        dims = list(self.content.questions.dimensions)
        names = {d.id: d.name.get(lang) for d in dims}
        ids = interests_in_order(r, [d.id for d in dims])
        longest = max((len(clean(names.get(d, d))) for d in ids), default=4)
        bar_width = max(6, min(30, width - min(longest, 30) - 10))
        yield _heading(t("results.profile", lang), self.ascii_only)
        table = Table.grid(padding=(0, 1))
        table.add_column(overflow="fold", ratio=1)
        table.add_column(justify="right", no_wrap=True)
        table.add_column(no_wrap=True, width=bar_width)
        unknown = 0
        for d in ids:
            p = r.profile[d]
            if p is None:
                unknown += 1
                table.add_row(safe(names.get(d, d), "dim"),
                              Text(t("results.not_known", lang), "dim"), Text(""))
            else:
                table.add_row(safe(names.get(d, d)), str(round(p * 100)),
                              bar(p, bar_width, ascii_only=self.ascii_only))
        yield table
        if unknown:
            yield Unbroken(Text(plural(unknown, lang, "results.profile_hint"), style="dim"))

    def why(self):
        lang = self.lang
        shown = self.result.matches[: self.top]
        if not shown or not self.result.answered:
            return
        yield _heading(t("results.reasons", lang), self.ascii_only)
        for i, m in enumerate(shown):
            if i:
                yield Text("")
            why = t("results.why", lang, name=in_sentence(m.name, lang))
            yield Unbroken(Text.assemble((f"{m.rank}. ", "bold"), safe(why, "bold"),
                                         f" ({number(m.score, lang)})"))
            if not m.reasons:
                yield _hanging(" ", Text(t("results.no_reason", lang), "dim"), "")
            for reason in m.reasons:
                lift = reason.kind == "lift"
                yield _hanging("+" if lift else "-", safe(reason.text), "green" if lift else "red")

    def comparison(self, width: int):
        lang = self.lang
        shown = list(self.result.matches[: self.top])
        if len(shown) < 2 or not self.result.answered:
            return
        roles = [self._role(m) for m in shown]
        # a row none of these roles has says nothing: left out; a gap in a row is a dash,
        # explained once under the table
        keys = [key for key in COMPARE_ROWS if any(_has(role, key) for role in roles)]
        if not keys:
            return  # content without facts or lists: nothing to compare
        gaps = any(not _has(role, key) for role in roles for key in keys)
        yield _heading(t("results.compare", lang, n=len(shown)), self.ascii_only)
        if width >= WIDE:
            table = Table(box=_simple_box(self.ascii_only), pad_edge=False, expand=True,
                          show_edge=False)
            table.add_column("", no_wrap=True, style="bold")
            from rolequiz.views.terminal.cells import Headings

            headings = Headings()  # every name starts on the heading's first line
            for m in shown:
                table.add_column(headings.add(safe(m.name, "bold")), overflow="fold", ratio=1)
            table.add_row(t("results.score", lang),
                          *[Text(number(m.score, lang)) for m in shown])
            for n, key in enumerate(keys):
                table.add_row(t("results." + key, lang), *[self._cell(role, key) for role in roles],
                              end_section=n < len(keys) - 1)
            yield headings.around(table)
            yield from self._compare_notes(shown, roles, gaps)
            return
        for i, (m, role) in enumerate(zip(shown, roles, strict=True)):
            if i:
                yield Text("")
            yield Text.assemble((f"{m.rank}. ", "bold"), safe(m.name, "bold"),
                                f"  {number(m.score, lang)}")
            grid = Table.grid(padding=(0, 1))
            grid.add_column(no_wrap=True, style="dim")
            grid.add_column(overflow="fold", ratio=1)
            for key in keys:
                grid.add_row(t("results." + key, lang), self._cell(role, key))
            yield grid
        yield from self._compare_notes(shown, roles, gaps)

    def what_next(self, width: int):
        lang = self.lang
        shown = self.result.matches[: self.top]
        if not shown:
            return
        steps = self.next_steps
        if steps is True:  # without knowing how the result was made: the cards
            extra = ["--lang", lang]
            steps = [(["rolequiz", "show", shown[0].role, *extra],
                      t("results.next_show", lang, name=clean(shown[0].name)))]
            if len(shown) >= 2:
                steps.append((["rolequiz", "compare", *(m.role for m in shown), *extra],
                              t("results.next_compare", lang)))
        if not steps:
            return
        yield _heading(t("results.next", lang), self.ascii_only)
        for args, what in steps:
            # one command per line, or continued lines a shell joins back: copy-pastable
            for line in command_lines(args, max(20, width - 2)):
                yield Text("  " + clean(line), style="bold cyan", no_wrap=True,
                           overflow="ignore")
            yield _hanging("    ", safe(what, "dim"), "")

    # -- helpers ---------------------------------------------------------------------
    def _role(self, m: Match) -> Role | None:
        try:
            return self.content.roles.role(m.role)
        except KeyError:
            return None

    def _compare_notes(self, shown, roles, gaps: bool):
        """Under the table: why two salaries side by side are not comparable, and what a
        dash means."""
        from rolequiz.content.salary import comparability
        from rolequiz.views.terminal.cells import Unbroken

        figures = [(m.name, role.facts["salary"].figures if role and "salary" in role.facts
                    else ()) for m, role in zip(shown, roles, strict=True)]
        for note in comparability(figures, self.lang)[1]:
            yield Unbroken(safe(note, "yellow"))
        if gaps:
            yield self._gap_legend()

    def _gap(self) -> Text:
        return Text("-" if self.ascii_only else "–", style="dim")

    def _gap_legend(self) -> Text:
        text = t("results.not_stated_mark", self.lang)
        return Text(text.replace("–", "-") if self.ascii_only else text, style="dim")

    def _cell(self, role: Role | None, key: str) -> RenderableType:
        lang = self.lang
        if role is None:
            return self._gap()
        if key in FACT_KEYS:
            from rolequiz.content.salary import fact_text

            fact = role.facts.get(key)  # "100 000 €" stays on one line
            return Unbroken(safe(fact_text(fact, lang))) if fact else self._gap()
        items = getattr(role, key, ())
        if not items:
            return self._gap()
        dot = "-" if self.ascii_only else "•"
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column(overflow="fold", ratio=1)
        for item in items[:MAX_LIST_ITEMS]:
            grid.add_row(dot, Unbroken(safe(item.get(lang))))
        extra = len(items) - MAX_LIST_ITEMS
        if extra > 0:
            grid.add_row("", Text(plural(extra, lang, "results.more"), style="dim"))
        return grid


def _has(role: Role | None, key: str) -> bool:
    if role is None:
        return False
    return key in role.facts if key in FACT_KEYS else bool(getattr(role, key, ()))


def _answered(r: Result) -> str:
    return plural(r.total, r.lang, "results.answered", answered=r.answered)


def _hanging(mark: str, text: Text, style: str) -> Table:
    """`mark text` with the text's next lines indented under its first word."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, width=len(mark) + 1, justify="right")
    grid.add_column(overflow="fold", ratio=1)
    grid.add_row(Text(mark, style=style), Unbroken(text))  # "(100 %)" stays whole
    return grid


def result_view(result: Result, content: Content, *, ascii_only: bool = False,
                top_reasons: int = 3, next_steps: bool | Sequence[Step] = True
                ) -> RenderableType:
    """The results screen: ranking, interests, why, the top roles compared, what next."""
    return ResultView(result, content, ascii_only=ascii_only, top=top_reasons,
                      next_steps=next_steps)
