"""The first results screen: the verdict, the top roles with their bars and the reasons that
matter most, and the student's workshop code. Builds and returns; never prints.

It is drawn to fit one terminal screen: `summary_view(..., reasons=2)` is the richest form,
and the results browser (cli/browse.py) asks for fewer reasons per role, then none, until
the screen holds it whole. Every text from a file goes in through `safe` (shown literally).
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderResult
from rich.table import Table
from rich.text import Text

from rolequiz.content.models import Content, Result
from rolequiz.i18n import number, t
from rolequiz.views.terminal.cells import Unbroken
from rolequiz.views.terminal.results import ResultView, _answered, _hanging, bar, safe

TOP = 3
RANK = 2  # "1." to "3."
SCORE = 5  # "100.0"
BAR = 20  # the score bar's width at most
MIN_BAR = 6  # narrower than this, no bar


class Summary:
    """The verdict and the top roles, for one screen."""

    def __init__(self, result: Result, content: Content, *, ascii_only: bool,
                 reasons: int | tuple[int, ...], code: str | None, info: bool):
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
        top = r.matches[:TOP]
        # roles all level (every answer the same) are no ranking: the verdict says so
        if r.answered and top and len({m.score for m in top}) > 1:
            yield Text("")
            yield self.top(options.max_width)
        if self.code:
            yield Text("")
            yield Unbroken(Text.assemble(t("browse.code", lang), (self.code, "bold reverse"), " ",
                                         (t("browse.code_why", lang), "dim")))

    def top(self, width: int) -> Group:
        """Rank, name, score and a bar on one line per role (the bar shrinks, then goes;
        a long name folds), and under each the reasons this form has room for."""
        matches = self.result.matches[:TOP]
        longest = max(cell_len(safe(m.name).plain) for m in matches)
        bar_width = min(BAR, width - RANK - longest - SCORE - 3)
        show_bar = bar_width >= MIN_BAR
        # rank, a space, the name, a space, the score (and a space and the bar)
        name_width = max(1, min(longest, width - RANK - SCORE - 2
                                - (bar_width + 1 if show_bar else 0)))
        parts: list = []
        lang = self.result.lang
        for i, m in enumerate(matches):
            style = "bold" if m.rank == 1 else ""
            grid = Table.grid(padding=(0, 1))
            grid.add_column(justify="right", no_wrap=True, width=RANK)
            grid.add_column(overflow="fold", width=name_width)
            grid.add_column(justify="right", no_wrap=True, width=SCORE)
            row = [Text(f"{m.rank}.", style="bold"), safe(m.name, style),
                   Text(number(m.score, lang), style=style)]
            if show_bar:
                grid.add_column(no_wrap=True, width=bar_width)
                row.append(bar(m.score / 100, bar_width, ascii_only=self.ascii_only))
            grid.add_row(*row)
            parts.append(grid)
            for reason in m.reasons[:self.reasons[i]]:
                lift = reason.kind == "lift"
                parts.append(_hanging(" " * RANK + ("+" if lift else "-"), safe(reason.text),
                                      "green" if lift else "red"))
        return Group(*parts)


def summary_view(result: Result, content: Content, *, reasons: int | tuple[int, ...],
                 info: bool, ascii_only: bool = False, code: str | None = None) -> Summary:
    return Summary(result, content, ascii_only=ascii_only, reasons=reasons, code=code,
                   info=info)
