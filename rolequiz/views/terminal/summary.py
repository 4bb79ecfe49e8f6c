"""The first results screen: the verdict, the top roles with their bars and the reasons that
matter most, and the student's workshop code. Builds and returns; never prints.

It is drawn to fit one terminal screen: `summary_view(..., reasons=2)` is the richest form,
and the results browser (cli/browse.py) asks for fewer reasons per role, then none, until
the screen holds it whole. Every text from a file goes in through `safe` (shown literally).
"""

from __future__ import annotations

from rich.console import Console, ConsoleOptions, Group, RenderResult
from rich.table import Table
from rich.text import Text

from rolequiz.content.models import Content, Result
from rolequiz.i18n import number, t
from rolequiz.views.terminal.cells import Unbroken
from rolequiz.views.terminal.results import ResultView, _answered, _hanging, bar, safe

TOP = 3


class Summary:
    """The verdict and the top roles, for one screen."""

    def __init__(self, result: Result, content: Content, *, ascii_only: bool = False,
                 reasons: int | tuple[int, ...] = 2, code: str | None = None,
                 info: bool = True):
        self.result = result
        self.content = content
        self.ascii_only = ascii_only
        # reasons shown for the first, second, third role
        self.reasons = (reasons,) * TOP if isinstance(reasons, int) else tuple(reasons)
        self.code = code
        self.info = info  # the adaptive note: information, first to go when space is short

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        r, lang = self.result, self.result.lang
        dot = "-" if self.ascii_only else "·"
        yield Unbroken(Text.assemble((t("results.title", lang), "bold"), f" {dot} ", _answered(r)))
        full = ResultView(r, self.content, ascii_only=self.ascii_only)
        yield from full.headline()
        for note in r.notes:
            if note.code != "adaptive":
                yield _hanging("!", safe(note.text), "yellow")
            elif self.info:
                yield _hanging("i", safe(note.text), "dim")
        if r.answered and r.matches:
            yield Text("")
            yield self.top(options.max_width)
        if self.code:
            yield Text("")
            yield Unbroken(Text.assemble(t("browse.code", lang), (self.code, "bold reverse"), " ",
                                         (t("browse.code_why", lang), "dim")))

    def top(self, width: int) -> Group:
        matches = self.result.matches[:TOP]
        pad = len(str(matches[-1].rank)) + 1
        longest = max(len(safe(m.name).plain) for m in matches)
        # rank, name, score and a bar on one line; the bar shrinks, then goes
        bar_width = max(0, min(20, width - pad - longest - 8))
        name_width = max(1, min(longest, width - pad - 7 - (bar_width + 1) * (bar_width >= 6)))
        parts: list = []
        m_lang = self.result.lang
        for m in matches:
            first = m.rank == 1
            grid = Table.grid(padding=(0, 1))
            grid.add_column(justify="right", no_wrap=True, width=pad)
            grid.add_column(overflow="fold", width=name_width)
            grid.add_column(justify="right", no_wrap=True)
            row = [Text(f"{m.rank}.", style="bold"), safe(m.name, "bold" if first else ""),
                   Text(number(m.score, m_lang), style="bold" if first else "")]
            if bar_width >= 6:
                grid.add_column(no_wrap=True, width=bar_width)
                row.append(bar(m.score / 100, bar_width, ascii_only=self.ascii_only))
            grid.add_row(*row)
            parts.append(grid)
            shown = self.reasons[m.rank - 1] if m.rank <= len(self.reasons) else 0
            for reason in m.reasons[:shown]:
                lift = reason.kind == "lift"
                parts.append(_hanging(" " * pad + ("+" if lift else "-"), safe(reason.text),
                                      "green" if lift else "red"))
        return Group(*parts)


def summary_view(result: Result, content: Content, *, ascii_only: bool = False,
                 reasons: int | tuple[int, ...] = 2, code: str | None = None,
                 info: bool = True) -> Summary:
    return Summary(result, content, ascii_only=ascii_only, reasons=reasons, code=code,
                   info=info)
