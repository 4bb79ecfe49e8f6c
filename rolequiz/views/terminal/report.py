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
    UNCLEAR_NOTES,
    Group,
    Report,
    age_line,
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
# Roles listed at most in a table or a line of the report on screen, most chosen first:
# a content of 900 roles (O*NET), or a result listing 40,000, would bury the screen (and
# take minutes to lay out). The exports list every role.
MAX_ROLES_SHOWN = 30


def report_view(report: Report, *, ascii_only: bool = False, people: bool = True,
                footer: str | None = None) -> RenderableType:
    lang = report.lang
    parts: list[RenderableType] = [safe(report.title, "bold")]
    if (age := age_line(report)) is not None:
        parts.append(Text(age, style="dim"))
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
                parts.append(Text(f"  {reason_label(reason, lang)}{t('punct.colon', lang)}{n}",
                                  style="yellow"))
        else:
            for s in report.skipped:
                parts.append(safe(f"  {s.path}{t('punct.colon', lang)}{skip_reason(s, lang)}",
                                  "yellow"))
    if footer:
        parts.append(Text(""))
        parts.append(Text(footer, style="dim"))
    return RichGroup(*parts)


def _group_view(g: Group, lang: str, *, ascii_only: bool, people: bool) -> list[RenderableType]:
    out: list[RenderableType] = []
    if (left_out := left_out_text(g, lang)) is not None:
        out += [Text(left_out, style="yellow"), Text("")]
    out.append(_first_table(g.first_matches[:MAX_ROLES_SHOWN], g.size, lang, ascii_only))
    out += _more_roles(len(g.first_matches), lang)
    out.append(Text(firsts_text(g, lang)))
    if g.ties:
        out.append(Text(plural(g.ties, lang, "report.ties"), style="dim"))
    if g.unclear:
        out.append(Text(t("report.unclear", lang, n=g.unclear), style="yellow"))
    out += [Text(""), top_view(g, lang), Text(t("report.top_three_ties", lang), style="dim"),
            Text("")]
    out.append(_profile_table(g, lang, ascii_only))
    out.append(Text(averages_text(g, lang)))
    out.append(_unmatched_line(g, lang))
    if people and g.people:
        out.append(Text(""))
        out.append(people_view(g, lang, ascii_only=ascii_only))
    return out


def _first_table(rows, size: int, lang: str, ascii_only: bool) -> Table:
    first = Table(title=t("report.first_matches", lang), title_justify="left", box=box.SIMPLE_HEAD,
                  pad_edge=False, title_style="bold")
    first.add_column(t("report.role", lang), overflow="fold")
    first.add_column(t("report.count", lang), justify="right", overflow="fold")
    first.add_column("", no_wrap=True, overflow="crop", min_width=4, max_width=BAR)
    for rc in rows:
        frac = rc.count / size if size else 0.0
        first.add_row(safe(rc.name), str(rc.count), bar(frac, BAR, ascii_only=ascii_only))
    return first


def _profile_table(g: Group, lang: str, ascii_only: bool) -> Table:
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
    return prof


def _unmatched_line(g: Group, lang: str) -> Text:
    unmatched = Text(t("report.unmatched", lang) + t("punct.colon", lang), style="bold")
    names = [r.name for r in g.unmatched[:MAX_ROLES_SHOWN]]
    unmatched.append_text(safe(", ".join(names) or t("report.none", lang)))
    if len(g.unmatched) > MAX_ROLES_SHOWN:
        unmatched.append_text(Text(" " + plural(len(g.unmatched) - MAX_ROLES_SHOWN, lang,
                                                "report.more_roles"), style="dim"))
    return unmatched


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
    for r in g.top[:MAX_ROLES_SHOWN]:
        counts = ((r.first, r.top) if g.only_clear
                  else (r.first, r.first_not_clear, r.top, r.top_not_clear))
        table.add_row(safe(r.name), *map(str, counts))
    return RichGroup(Text(t("report.top_three", lang), style="bold"), table,
                     *_more_roles(len(g.top), lang))


def _more_roles(n: int, lang: str) -> list[Text]:
    """The line that says how many roles a table leaves out, when it leaves some out."""
    if n <= MAX_ROLES_SHOWN:
        return []
    return [Text(plural(n - MAX_ROLES_SHOWN, lang, "report.more_roles"), style="dim")]


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
                     Grid(header, rows, rule="-" if ascii_only else "─",
                          colon=t("punct.colon", lang)))


class Grid:
    """Rows of plain text cells laid out in columns, or one block per row when the
    columns do not fit the width; long cells are folded, never cut. Written by hand
    because a rich Table measures every cell several times: too slow for a report over
    thousands of participants."""

    GAP = 2

    def __init__(self, header: list[str], rows: list[list[str]], rule: str = "─",
                 colon: str = ": "):
        self.rule = rule
        self.colon = colon  # between a column's name and a cell, one block per row
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
                    for line in _fold(f"  {self.header[i]}{self.colon}{c}", width):
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


# -- the live view (report --watch): one screen, whatever its size ------------------------

# The summary gives way in this order when the screen is short: every role's row and the
# notes, then the rows of roles nobody got first (named on the "nobody" line anyway), then
# the interests, then the first matches, become columns of "name  number".
LEVELS = 4


def unclear_count(report: Report) -> int:
    """Results with no clear preference: each participant's own `clear` mark where the
    report has one, else the notes of their result (as Group.unclear counts them)."""
    n = 0
    for g in report.groups:
        for p in g.people:
            clear = getattr(p, "clear", None)
            if isinstance(clear, bool):
                n += not clear
                continue
            notes = getattr(p, "notes", None) or ()
            n += not UNCLEAR_NOTES.isdisjoint(notes)
    return n


class LiveReport:
    """The group report fitted to `height` lines of the console's width, for the live
    view on a projector: the counts on top, then the summary, then the participants
    (their top three, or a name and a first role per column, or as many as fit and a line
    saying how many are not shown and the command that shows them all), and `footer` on
    the last line, always. Exactly `height` lines."""

    def __init__(self, report: Report, height: int, footer: str, command: str, *,
                 ascii_only: bool = False):
        self.report = report
        self.height = max(1, height)
        self.footer = footer
        self.command = command
        self.ascii_only = ascii_only

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = max(10, options.max_width)
        opts = options.update(width=width, height=None)

        def render(*parts: RenderableType) -> list[list[Segment]]:
            lines: list[list[Segment]] = []
            for part in parts:
                lines += console.render_lines(part, opts, pad=False)
            return lines

        height = self.height
        footer = render(Text(self.footer, style="dim", no_wrap=True, overflow="ellipsis"))[:1]
        head = render(*self.head())
        room = height - len(footer)
        people = [p for g in self.report.groups for p in g.people]
        body: list[list[Segment]] = []
        if room > len(head):
            body = self.fit(render, room - len(head), width, people)
        lines = head + body
        if len(lines) > room:  # even the most compact summary does not fit: cut it, say so
            cut = render(self.more_line(None))[:1]
            keep = max(0, room - 1)
            lines = lines[:keep] + cut[:room - keep]
        lines += [[]] * (room - len(lines))  # the footer on the last line of the screen
        lines += footer
        new_line = Segment.line()
        for line in lines[:height]:
            yield from line
            yield new_line

    # -- the parts ---------------------------------------------------------------------
    def head(self) -> list[RenderableType]:
        r = self.report
        lang = r.lang
        sep = " | " if self.ascii_only else " · "
        counts = t("report.live_counts", lang, finished=r.participants,
                   in_progress=r.in_progress, unclear=unclear_count(r)).replace(" · ", sep)
        parts: list[RenderableType] = [
            Text(clean(r.title), style="bold", no_wrap=True, overflow="ellipsis"),
            Text(counts, style="bold"),
        ]
        for problem in r.problems:
            parts.append(safe("! " + problem, "yellow"))
        if r.skipped:
            parts.append(Text(t("report.skipped", lang, n=len(r.skipped)), style="yellow"))
        return parts

    def summary(self, level: int) -> list[RenderableType]:
        """The summary, fuller for a lower `level`: 0 every role's row and the notes; 1 the
        roles someone got first; 2 the interests in columns; 3 the first matches too."""
        r = self.report
        lang = r.lang
        out: list[RenderableType] = []
        if not r.groups:
            return [Text(""), Text(t("report.no_results", lang))]
        for g in r.groups:
            if level < 3:
                out.append(Text(""))
            if len(r.groups) > 1:
                out.append(Text(f"{t('report.content', lang, id=g.content_id)} - "
                                f"{t('report.participants', lang, n=g.size)}",
                                style="bold underline"))
            rows = g.first_matches if level == 0 else [rc for rc in g.first_matches if rc.count]
            if rows and level < 3:
                out.append(_first_table(rows, g.size, lang, self.ascii_only))
            elif rows:
                out.append(Text(t("report.first_matches", lang), style="bold"))
                out.append(Cells([(clean(rc.name), str(rc.count)) for rc in rows],
                                 ascii_only=self.ascii_only))
            if level == 0 and g.ties:
                out.append(Text(plural(g.ties, lang, "report.ties"), style="dim"))
            if level < 2:
                out.append(_profile_table(g, lang, self.ascii_only))
            else:
                out.append(Text(t("report.profile", lang) + " (%)", style="bold"))
                out.append(Cells([(clean(s.name), percent_text(s.mean, lang))
                                  for s in g.profile], ascii_only=self.ascii_only))
            out.append(_unmatched_line(g, lang))
        return out

    def people_cells(self, people: list) -> list[tuple[str, str]]:
        cells = []
        for p in people:
            first = next(iter(p.raw_top()), None)
            cells.append((clean(p.label), clean(first[1]) if first else ""))
        return cells

    def more_line(self, n: int | None) -> Text:
        """How many participants are not shown (`n`), or that the summary itself is cut
        (None: then on one line, cut at the screen's edge), and the command that shows
        everything."""
        lang = self.report.lang
        if n is None:
            text = t("report.live_cut", lang, command=self.command)
        else:
            text = plural(n, lang, "report.live_more", command=self.command)
        if self.ascii_only:
            text = text.replace("…", "...")
        if n is None:
            return Text(text, style="yellow", no_wrap=True, overflow="ellipsis")
        return Text(text, style="yellow")

    # -- fitting -----------------------------------------------------------------------
    def fit(self, render, room: int, width: int, people: list) -> list[list[Segment]]:
        """The richest summary and participants' list that fit `room` lines."""
        lang = self.report.lang
        title = render(Text(""), Text(t("report.people", lang), style="bold")) if people else []
        cells = Cells(self.people_cells(people), ascii_only=self.ascii_only) if people else None
        summaries = [render(*self.summary(level)) for level in range(LEVELS)]
        if not people:
            for lines in summaries:
                if len(lines) <= room:
                    return lines
            return summaries[-1]
        full = render(*[people_view(g, lang, ascii_only=self.ascii_only)
                        for g in self.report.groups if g.people])
        if len(summaries[0]) + 1 + len(full) <= room:
            return summaries[0] + [[]] + full
        columns = render(cells)
        for lines in summaries:
            if len(lines) + len(title) + len(columns) <= room:
                return lines + title + columns
        # not everyone fits: the most compact summary (it still says it all), and as many
        # participants as the rest of the screen holds; a bigger screen never shows fewer
        chosen = summaries[-1]
        more_height = len(render(self.more_line(len(people))))
        left = room - len(chosen) - len(title)
        if left < more_height:  # not one name fits: the summary makes room for the count
            return chosen[:max(0, room - more_height)] + render(self.more_line(len(people)))
        per_line = cells.per_line(width)  # type: ignore[union-attr]
        shown_lines = left - more_height
        shown = min(len(people), shown_lines * per_line)
        more = render(self.more_line(len(people) - shown))
        return chosen + title + columns[:shown_lines] + more[:left - shown_lines]


class Cells:
    """(name, value) pairs in as many columns as fit, row by row: a name padded to the
    longest (cut with … past a third of the width), then its value. One line per row."""

    GAP = 3

    def __init__(self, cells: list[tuple[str, str]], *, ascii_only: bool = False):
        self.cells = cells
        self.ellipsis = "..." if ascii_only else "…"

    def _widths(self, width: int) -> tuple[int, int]:
        name = max((_cells(a) for a, _ in self.cells), default=0)
        value = max((_cells(b) for _, b in self.cells), default=0)
        value = min(value, max(4, width // 3))
        name = max(1, min(name, width - value - 2, max(8, width // 3)))
        return name, value

    def per_line(self, width: int) -> int:
        name, value = self._widths(width)
        cell = name + 2 + value
        return max(1, (width + self.GAP) // (cell + self.GAP))

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = max(10, options.max_width)
        name_w, value_w = self._widths(width)
        per = self.per_line(width)
        gap = " " * self.GAP
        for i in range(0, len(self.cells), per):
            row = []
            for a, b in self.cells[i:i + per]:
                a = _crop(a, name_w, self.ellipsis)
                b = _crop(b, value_w, self.ellipsis)
                row.append(a + " " * (name_w - _cells(a)) + "  " + b
                           + " " * (value_w - _cells(b)))
            yield Segment(_crop(gap.join(row).rstrip(), width, self.ellipsis))
            yield Segment.line()


def _crop(text: str, width: int, ellipsis: str = "…") -> str:
    """`text` in at most `width` cells, ending in `ellipsis` when it was longer."""
    if _cells(text) <= width:
        return text
    if width <= len(ellipsis):
        return _take(text, width)
    return _take(text, width - len(ellipsis)) + ellipsis
