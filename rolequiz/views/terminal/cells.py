"""Table cells for the terminal: text that wraps only where a line may break, and column
headings that read from the top. Builds renderables; never prints.

rich wraps at any Unicode space, a no-break space included, so "100 000 €" can end up as
"100" over "000 €". `Unbroken` keeps a number whole, with its unit, however narrow the
column: a space between two digits, between a number and its currency sign, % or unit,
before a French ; : ! ? », after «, and every no-break space hold their neighbours
together. A run longer than the whole line is folded, never cut.

The lines it lays out keep their no-break spaces: nothing wraps them again, a terminal
shows them as spaces, and a table saved with --output keeps the French typography. A
console whose code page has no such character gets a plain space (base/textsafe.py).
"""

from __future__ import annotations

import unicodedata

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.measure import Measurement
from rich.segment import Segment
from rich.table import Table
from rich.text import Text

NO_BREAK = "\u00a0\u202f\u2007"  # no-break, narrow no-break and figure spaces
SHOWN_AS_SPACE = str.maketrans(dict.fromkeys(NO_BREAK, " "))
# what the laid-out lines show for a no-break space: itself (a test that wants to know which
# texts reached the screen without Unbroken sets SHOWN_AS_SPACE here)
SHOWN: dict[int, str] = {}
SIGNS = "%‰"
# short units written after a number; a word such as "hours" may go to the next line
UNITS = frozenset({"k€", "K€", "M€", "k$", "M$", "h", "min", "ms", "km", "kg", "m²",
                   "ko", "Mo", "Go", "To", "kB", "MB", "GB", "TB", "°C"})
HIGH_PUNCTUATION = ";:!?»"
RANGE_DASH = "–—"  # a range written without spaces ("€50,000–€90,000") may break after it


def _sign(ch: str) -> bool:
    return ch in SIGNS or unicodedata.category(ch) == "Sc"


def _breakable(ch: str) -> bool:
    return ch.isspace() and ch not in NO_BREAK


def _word_at(plain: str, start: int) -> str:
    """The word from `start` to the next space or punctuation that closes it."""
    end = start
    while end < len(plain) and not plain[end].isspace() and plain[end] not in ",;:.)!?»":
        end += 1
    return plain[start:end]


def _glued(plain: str, before: int, after: int) -> bool:
    """Whether the spaces between plain[before] and plain[after] must not end a line."""
    a, b = plain[before], plain[after]
    if a.isdigit() and (b.isdigit() or _sign(b) or _word_at(plain, after) in UNITS):
        return True  # 100 000, 45 000 €, 100 %, 3 h
    if _sign(a) and b.isdigit() and a not in SIGNS:
        return True  # $ 100
    if b in HIGH_PUNCTUATION and (after + 1 == len(plain) or not plain[after + 1].isalnum()):
        return True  # a French "coût ;" or "« mot »"
    return a == "«"


def runs(plain: str) -> list[tuple[int, int]]:
    """(start, end) of every piece of `plain` a line may not break inside."""
    out: list[tuple[int, int]] = []
    start: int | None = None
    i, n = 0, len(plain)
    while i < n:
        if not _breakable(plain[i]):
            if start is None:
                start = i
            i += 1
            if plain[i - 1] in RANGE_DASH and i < n and not _breakable(plain[i]) \
                    and i - 1 > start:
                out.append((start, i))  # "€50,000–€90,000" may break after its dash
                start = None
            continue
        j = i
        while j < n and _breakable(plain[j]):
            j += 1
        if start is not None and (j == n or not _glued(plain, i - 1, j)):
            out.append((start, i))
            start = None
        i = j
    if start is not None:
        out.append((start, n))
    return out


def _fold(plain: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """A run wider than the line, in pieces of at most `width` cells (at least one
    character each)."""
    pieces: list[tuple[int, int]] = []
    begin, used = start, 0
    for i in range(start, end):
        w = cell_len(plain[i])
        if used + w > width and i > begin:
            pieces.append((begin, i))
            begin, used = i, 0
        used += w
    pieces.append((begin, end))
    return pieces


def line_spans(plain: str, width: int) -> list[tuple[int, int]]:
    """(start, end) of each line of `plain` wrapped at `width` cells, breaking only
    between runs."""
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    for start, end in runs(plain):
        if current is not None and cell_len(plain[current[0]:end]) <= width:
            current = (current[0], end)
            continue
        if current is not None:
            lines.append(current)
        pieces = _fold(plain, start, end, width)
        lines += pieces[:-1]
        current = pieces[-1]
    if current is not None:
        lines.append(current)
    return lines


class Unbroken:
    """`text` wrapped to the width it is given, breaking lines only where `runs` allows;
    its no-break spaces are kept (SHOWN)."""

    def __init__(self, text: Text):
        self.text = text

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        plain = self.text.plain
        widths = [cell_len(plain[s:e]) for s, e in runs(plain)]
        return Measurement(max(widths, default=0), cell_len(plain.strip()))

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        lines = []
        for start, end in line_spans(self.text.plain, options.max_width):
            line = self.text[start:end]
            if SHOWN:
                line.plain = line.plain.translate(SHOWN)  # same length: styles kept
            lines.append(line)
        if lines:
            yield from Text("\n").join(lines).render(console, end="\n")


class Headings:
    """Column headings that start on the same line. rich puts a table's heading cells at
    the bottom of the heading row, so a name folded over two lines would start a line
    above the others; here each heading is padded below to the height of the tallest.

        headings = Headings()
        table.add_column(headings.add(Text("Data Engineer")))
        yield headings.around(table)

    The table is laid out once more to learn each column's width."""

    def __init__(self) -> None:
        self.texts: list[RenderableType] = []
        self.widths: dict[int, int] = {}

    def add(self, text: RenderableType) -> _Heading:
        self.texts.append(text)
        return _Heading(self, len(self.texts) - 1)

    def around(self, table: Table) -> _Measured:
        return _Measured(self, table)

    def height(self, console: Console, options: ConsoleOptions) -> int:
        return max((len(console.render_lines(self.texts[i], options.update_width(w), pad=False))
                    for i, w in self.widths.items()), default=1)


class _Heading:
    def __init__(self, headings: Headings, index: int):
        self.headings, self.index = headings, index

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, self.headings.texts[self.index])

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        self.headings.widths[self.index] = options.max_width
        lines = console.render_lines(self.headings.texts[self.index], options, pad=False)
        for line in lines:
            yield from line
            yield Segment.line()
        for _ in range(self.headings.height(console, options) - len(lines)):
            yield Segment.line()


class _Measured:
    def __init__(self, headings: Headings, table: Table):
        self.headings, self.table = headings, table

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, self.table)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        self.headings.widths.clear()
        console.render_lines(self.table, options)  # each heading learns its column's width
        yield self.table
