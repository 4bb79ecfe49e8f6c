"""Rich renderables for the group report. Builds and returns; never prints.

Every name from a file goes in as literal `Text` after `textsafe.clean`."""

from __future__ import annotations

from rich import box
from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.console import Group as RichGroup
from rich.segment import Segment
from rich.style import Style
from rich.table import Table
from rich.text import Text

from rolequiz.base.textsafe import clean
from rolequiz.group.report import (
    Group,
    Report,
    averages_text,
    clear_mark,
    firsts_text,
    left_out_text,
    percent_text,
    reason_label,
    skip_reason,
)
from rolequiz.i18n import number, plural, t
from rolequiz.views.terminal.results import bar, safe

BAR = 24


def report_view(report: Report, *, ascii_only: bool = False, people: bool = True,
                footer: str | None = None) -> RenderableType:
    lang = report.lang
    parts: list[RenderableType] = [safe(report.title, "bold")]
    line = Text(t("report.participants", lang, n=report.participants), style="bold")
    parts.append(line)
    if report.in_progress:
        parts.append(Text(t("report.in_progress", lang, n=report.in_progress)))
    for problem in report.problems:
        parts.append(safe("! " + problem, "yellow"))
    if not report.groups:
        parts.append(Text(t("report.no_results", lang)))
    for g in report.groups:
        parts.append(Text(""))
        if len(report.groups) > 1:
            parts.append(Text(f"{t('report.content', lang, id=g.content_id)} - "
                              f"{t('report.participants', lang, n=g.size)}",
                              style="bold underline"))
            if not g.pinned and any(x.pinned for x in report.groups):
                parts.append(Text(t("report.other_content", lang), style="yellow"))
        parts += _group_view(g, lang, ascii_only=ascii_only, people=people)
    if report.skipped:
        parts.append(Text(""))
        parts.append(Text(t("report.skipped", lang, n=len(report.skipped)), style="yellow"))
        if report.anonymized:
            counts: dict[str, int] = {}
            for s in report.skipped:
                counts[s.reason] = counts.get(s.reason, 0) + 1
            for reason, n in sorted(counts.items()):
                parts.append(Text(f"  {reason_label(reason, lang)}: {n}", style="yellow"))
        else:
            for s in report.skipped:
                parts.append(safe(f"  {s.path}: {skip_reason(s, lang)}", "yellow"))
    if footer:
        parts.append(Text(""))
        parts.append(Text(footer, style="dim"))
    return RichGroup(*parts)


def _group_view(g: Group, lang: str, *, ascii_only: bool, people: bool) -> list[RenderableType]:
    out: list[RenderableType] = []
    if (left_out := left_out_text(g, lang)) is not None:
        out += [Text(left_out, style="yellow"), Text("")]
    first = Table(title=t("report.first_matches", lang), title_justify="left", box=box.SIMPLE_HEAD,
                  pad_edge=False, title_style="bold")
    first.add_column(t("report.role", lang), overflow="fold")
    first.add_column(t("report.count", lang), justify="right", overflow="fold")
    first.add_column("", no_wrap=True, overflow="crop", min_width=4, max_width=BAR)
    for rc in g.first_matches:
        frac = rc.count / g.size if g.size else 0.0
        first.add_row(safe(rc.name), str(rc.count), bar(frac, BAR, ascii_only=ascii_only))
    out.append(first)
    out.append(Text(firsts_text(g, lang)))
    if g.ties:
        out.append(Text(plural(g.ties, lang, "report.ties"), style="dim"))
    if g.unclear:
        out.append(Text(t("report.unclear", lang, n=g.unclear), style="yellow"))
    out += [Text(""), top_view(g, lang), Text(t("report.top_three_ties", lang), style="dim"),
            Text("")]

    prof = Table(title=t("report.profile", lang), title_justify="left", box=box.SIMPLE_HEAD,
                 pad_edge=False, title_style="bold")
    prof.add_column(t("report.dimension", lang), overflow="fold")
    prof.add_column("%", justify="right", overflow="fold")
    prof.add_column(t("report.spread", lang), justify="right", overflow="fold")
    prof.add_column(t("report.range", lang), justify="right", overflow="fold")
    prof.add_column("", no_wrap=True, overflow="crop", min_width=4, max_width=BAR)
    for s in g.profile:
        rng = t("report.unknown", lang) if s.low is None or s.high is None else \
            f"{round(s.low * 100)}-{round(s.high * 100)}"
        prof.add_row(
            safe(s.name),
            percent_text(s.mean, lang),
            "" if s.sd is None else ("+/-" if ascii_only else "±") + percent_text(s.sd, lang),
            rng,
            Text("") if s.mean is None else bar(s.mean, BAR, ascii_only=ascii_only),
        )
    out.append(prof)
    out.append(Text(averages_text(g, lang)))

    unmatched = Text(t("report.unmatched", lang) + t("punct.colon", lang), style="bold")
    unmatched.append_text(safe(", ".join(r.name for r in g.unmatched) or t("report.none", lang)))
    out.append(unmatched)

    if people and g.people:
        out.append(Text(""))
        out.append(people_view(g, lang, ascii_only=ascii_only))
    return out


def top_view(g: Group, lang: str) -> RenderableType:
    """How many students have each role first and in their top 3; how many of them have an
    unclear result (left out with --only-clear: no such columns then)."""
    # the title on its own line: as the table's title it would wrap to the narrow table
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column(t("report.role", lang), overflow="fold")
    unclear = t("report.unclear_column", lang)
    for head in (t("report.first", lang), unclear, t("report.in_top_three", lang), unclear):
        if g.only_clear and head == unclear:
            continue
        table.add_column(head, justify="right", overflow="fold")
    for r in g.top:
        counts = ((r.first, r.top) if g.only_clear
                  else (r.first, r.first_not_clear, r.top, r.top_not_clear))
        table.add_row(safe(r.name), *map(str, counts))
    return RichGroup(Text(t("report.top_three", lang), style="bold"), table)


def people_view(g: Group, lang: str, *, ascii_only: bool = False) -> RenderableType:
    """The participants, their top three, and whether their result is clear."""
    header = [t("report." + k, lang)
              for k in ("participant", "first", "second", "third", "result")]
    role_name = dict(g.roles)
    memo: dict[tuple[str, float], str] = {}  # the same role and score come back often
    marks: dict[tuple[str, ...], str] = {}  # and the same notes
    rows = []
    for p in g.people:
        roles, scores, notes = p.row()
        label = p.label
        cells = [label if label.isascii() and label.isprintable() else clean(label)]
        for key in zip(roles, scores, strict=True):
            cell = memo.get(key)
            if cell is None:
                rid, score = key
                cell = memo[key] = clean(f"{role_name.get(rid, rid)} {number(score, lang)}")
            cells.append(cell)
        if len(cells) < 4:
            cells += [""] * (4 - len(cells))
        mark = marks.get(notes)
        if mark is None:
            mark = marks[notes] = clean(clear_mark(notes, lang))
        cells.append(mark)
        rows.append(cells)
    return RichGroup(Text(t("report.people", lang), style="bold"),
                     Grid(header, rows, rule="-" if ascii_only else "─"))


class Grid:
    """Rows of plain text cells laid out in columns, or one block per row when the
    columns do not fit the width; long cells are folded, never cut. Written by hand
    because a rich Table measures every cell several times: too slow for a report over
    thousands of participants."""

    GAP = 2

    def __init__(self, header: list[str], rows: list[list[str]], rule: str = "─"):
        self.rule = rule
        self.header = header
        self.rows = rows
        self._memo: dict[str, tuple[int, tuple[str, ...]]] = {}
        self._gap = " " * self.GAP
        self._blank = _Blanks()

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = max(10, options.max_width)
        ncol = len(self.header)
        widths = []
        for i, h in enumerate(self.header):
            column = [row[i] for row in self.rows]
            column.append(h)
            # one C-level pass when the column is plain ASCII (the usual case)
            widths.append(max(map(len if "".join(column).isascii() else _cells, column)))
        room = width - self.GAP * (ncol - 1)
        if sum(widths) > room:
            # narrow columns keep their width, the wide ones share what is left equally;
            # longer cells fold
            fitted = list(widths)
            left, remaining = ncol, room
            for i in sorted(range(ncol), key=lambda i: widths[i]):
                fitted[i] = min(widths[i], remaining // left)
                remaining -= fitted[i]
                left -= 1
            widths = fitted
            if min(widths) < 8:
                widths = [room + 1]  # forces the narrow layout below
        bold = Style(bold=True)
        if len(widths) == ncol and sum(widths) + self.GAP * (ncol - 1) <= width:
            for line in self._lines(self.header, widths):
                yield Segment(line, bold)
                yield Segment.line()
            yield Segment(self.rule * (sum(widths) + self.GAP * (ncol - 1)), Style(dim=True))
            yield Segment.line()
            # lines go out in chunks: one segment per line costs rich more than the
            # formatting itself when there are thousands of participants
            chunk: list[str] = []
            for row in self.rows:
                chunk += self._lines(row, widths)
                if len(chunk) >= 64:
                    yield Segment("\n".join(chunk))
                    yield Segment.line()
                    chunk = []
            if chunk:
                yield Segment("\n".join(chunk))
                yield Segment.line()
            return
        for row in self.rows:  # too narrow for columns: one block per participant
            for line in _fold(row[0], width):
                yield Segment(line, bold)
                yield Segment.line()
            for i, c in enumerate(row[1:], start=1):
                if c:
                    for line in _fold(f"  {self.header[i]}: {c}", width):
                        yield Segment(line)
                        yield Segment.line()

    def _lines(self, cells: list[str], widths: list[int]) -> list[str]:
        """One row as lines: each cell padded to its column, folded cells on more lines.
        Cells are memoised by text: the same "role score" cells come back again and
        again over thousands of rows (the names, unique, are not)."""
        memo = self._memo
        first, wd0 = cells[0], widths[0]
        if len(first) <= wd0 and first.isascii():
            folded = [(first.ljust(wd0),)]
        else:
            folded = [tuple(line + " " * (wd0 - _cells(line)) for line in _fold(first, wd0))]
        get = memo.get
        for c, wd in zip(cells[1:], widths[1:], strict=True):
            f = get(c)
            if f is None or f[0] != wd:
                f = memo[c] = (wd, tuple(line + " " * (wd - _cells(line))
                                         for line in _fold(c, wd)))
            folded.append(f[1])
        gap = self._gap
        height = max(map(len, folded))
        if height == 1:  # the usual row at a wide terminal: one line
            return [gap.join([f[0] for f in folded]).rstrip()]
        blank = self._blank
        return [gap.join([f[k] if k < len(f) else blank[wd]
                          for f, wd in zip(folded, widths, strict=True)]).rstrip()
                for k in range(height)]


class _Blanks(dict):  # type: ignore[type-arg]
    """Width -> that many spaces, made once."""

    def __missing__(self, width: int) -> str:
        spaces = self[width] = " " * width
        return spaces


def _fold(text: str, width: int) -> list[str]:
    """`text` in lines of at most `width` cells, broken at spaces where possible, hard
    where a word is longer than a line; never loses a character."""
    n = len(text) if text.isascii() else cell_len(text)
    if n <= width:
        return [text]
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if _cells(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        while _cells(word) > width:
            head = _take(word, width)
            lines.append(head)
            word = word[len(head):]
        current = word
    if current or not lines:
        lines.append(current)
    return lines


def _cells(text: str) -> int:
    return len(text) if text.isascii() else cell_len(text)


def _take(word: str, width: int) -> str:
    """The longest start of `word` that fits in `width` cells (at least one character)."""
    out = ""
    for ch in word:
        if _cells(out + ch) > width:
            break
        out += ch
    return out or word[:1]
