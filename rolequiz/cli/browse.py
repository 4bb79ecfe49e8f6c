"""The results in a terminal: one screen that holds the verdict, and keys that open the rest.

The first screen (views/terminal/summary.py) is fitted to the terminal: two reasons per
role, then one, then none, until it fits with the key line. Keys open the full ranking
(r), the interests (i), the comparison of the top 3 (c), any role's card by its rank
(1-9), save the result (s), and quit (q); Enter, Backspace or Escape come back to the
first screen. A view taller than the terminal scrolls (arrows, space, Page Up/Down). A
resized terminal is redrawn. When the browser ends, the first screen is printed once more,
so the result stays on the screen after the program has gone.

In line mode (a screen reader, `--line-mode`), nothing is cleared or paged: each view is
printed whole, then a prompt asks for the next one.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import signal
import sys
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from rolequiz.base.textsafe import clean
from rolequiz.content.models import Content, Result
from rolequiz.i18n import t

CLEAR = "\x1b[H\x1b[2J"
SCROLL = {"down": 1, "up": -1, "space": "page", "pgdn": "page", "pgup": "-page",
          "home": "home", "end": "end", "j": 1, "k": -1}
BACK = {"enter", "b", "esc", "left"}


class _Resized(Exception):
    """The terminal changed size while a key was awaited: draw again."""


class Browser:
    """The results, explored with single keys (or typed lines)."""

    def __init__(self, result: Result, content: Content, out: TextIO, reader: Any, *,
                 ascii_only: bool = False, color: bool = True, code: str | None = None,
                 saved_to: Path | None = None, save: Callable[[Path], None] | None = None,
                 again: Callable[[Path | None], list[str]] | None = None,
                 size: Callable[[], tuple[int, int]] | None = None):
        self.result = result
        self.content = content
        self.lang = result.lang
        self.out = out
        self.reader = reader
        self.ascii_only = ascii_only
        self.color = color
        self.code = code
        self.saved_to = saved_to
        self._save = save
        self.again = again
        self.size = size or _terminal_size
        self.view = "summary"
        self.top = 0  # first line shown of a view taller than the screen
        self.message = ""
        self.command: list[str] = []  # a command shown under the message
        self.waiting = False
        self.resized = False
        self.room = 20  # lines of the view on screen, the key lines aside

    # -- rendering ---------------------------------------------------------------------
    def lines(self, renderable: Any, width: int, crop: bool = True) -> list[str]:
        """A renderable as the terminal shows it, one string (with colours) per line;
        `crop=False` lets a word wider than the screen run on (the terminal wraps it and a
        copy takes it whole)."""
        from rich.console import Console

        buf = io.StringIO()
        console = Console(file=buf, width=width, force_terminal=self.color,
                          color_system="standard" if self.color else None, markup=False,
                          emoji=False, highlight=False, soft_wrap=False, legacy_windows=False)
        console.print(renderable, crop=crop)
        text = buf.getvalue()
        return text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")

    def summary(self, width: int, height: int) -> list[str]:
        """The first screen: the richest form that fits `height` lines."""
        from rolequiz.views.terminal.summary import summary_view

        # the reasons of each of the top 3, then the adaptive note, give way in this order
        tries = [((2, 2, 2), True), ((2, 1, 1), True), ((1, 1, 1), True), ((1, 1, 1), False),
                 ((1, 1, 0), False), ((1, 0, 0), False), ((0, 0, 0), False)]
        body: list[str] = []
        for reasons, info in tries:
            view = summary_view(self.result, self.content, ascii_only=self.ascii_only,
                                reasons=reasons, code=self.code, info=info)
            body = self.lines(view, width)
            if len(body) <= height:
                break
        return body

    def body(self, width: int, height: int) -> list[str]:
        if self.view == "summary":
            return self.summary(width, height)
        lines = self.lines(self.renderable(self.view), width)
        while lines and not _visible(lines[0]).strip():  # a view starts at the top
            lines.pop(0)
        while lines and not _visible(lines[-1]).strip():  # and ends with its last words
            lines.pop()
        return lines

    def renderable(self, view: str) -> Any:
        from rich.console import Group
        from rich.text import Text

        from rolequiz.views.terminal.results import ResultView

        full = ResultView(self.result, self.content, ascii_only=self.ascii_only)
        width = self.size()[0]
        if view == "ranking":
            shown: Any = full.ranking(width)
        elif view == "interests":
            return Group(*full.profile(width))
        elif view == "compare":
            parts = list(full.comparison(width))
            shown = Group(*parts) if parts else Text(t("browse.no_card", self.lang))
        else:
            shown = self.card(int(view))
        doubt = self.doubt()
        return shown if doubt is None else Group(doubt, Text(""), shown)

    def doubt(self) -> Any:
        """When the first screen says the ranking is in doubt, the scores on every other
        screen say so too, in a line: a score alone looks as sure as any other."""
        from rich.text import Text

        from rolequiz.group.report import doubt_words
        from rolequiz.views.terminal.results import _hanging

        if self.result.clear:
            return None
        why = doubt_words(tuple(n.code for n in self.result.notes), self.lang)
        return _hanging("!", Text(t("browse.doubt", self.lang, why=why)), "yellow")

    def card(self, rank: int) -> Any:
        from rich.console import Group
        from rich.text import Text

        from rolequiz.content import cards
        from rolequiz.i18n import number
        from rolequiz.views.terminal.cards import card_view
        from rolequiz.views.terminal.results import _hanging, safe

        m = self.result.matches[rank - 1]
        title = t("browse.card_title", self.lang, rank=rank, name=clean(m.name),
                  score=number(m.score, self.lang))
        from rolequiz.views.terminal.cells import Unbroken

        parts: list = [Unbroken(Text(title, style="bold"))]
        for reason in m.reasons:
            lift = reason.kind == "lift"
            parts.append(_hanging("+" if lift else "-", safe(reason.text),
                                  "green" if lift else "red"))
        try:
            role = self.content.roles.role(m.role)
        except KeyError:
            parts += [Text(""), Text(t("browse.no_card", self.lang), style="dim")]
            return Group(*parts)
        data = cards.card(self.content, role, self.lang, None)  # the score is in the title
        parts += [Text(""), card_view(data, ascii_only=self.ascii_only)]
        return Group(*parts)

    def keys(self, width: int, total: int, height: int) -> list[str]:
        """The key line(s) at the bottom: what the keys do here, and where a long view is."""
        from rich.text import Text

        count = min(9, len(self.result.matches))
        cards = "1" if count == 1 else f"1-{count}"
        if self.view == "summary":
            key = "browse.keys_saved" if self._save is None else "browse.keys_summary"
        else:
            key = "browse.keys_view"
        text = t(key, self.lang, cards=cards)
        if self.ascii_only:
            text = text.replace("·", "|")
        rows = []
        if total > height:
            scroll = "browse.keys_scroll_ascii" if self.ascii_only else "browse.keys_scroll"
            top = max(0, min(self.top, total - height))  # as the frame will show it
            rows.append(Text(t(scroll, self.lang, first=top + 1, last=min(total, top + height),
                               total=total), style="bold"))
        if self.message:
            rows.append(Text(clean(self.message), style="yellow"))
        out: list[str] = []
        for row in rows:
            out += self.lines(row, width)
        out += self.command_lines(self.command, width)
        # the keys wrap between two keys, never inside one
        sep = " | " if self.ascii_only else " · "
        line = ""
        for item in text.split(sep):
            if line and len(line) + len(sep) + len(item) > width:
                out += self.lines(Text(line, style="dim"), width)
                line = item
            else:
                line = line + sep + item if line else item
        return out + self.lines(Text(line, style="dim"), width)

    def command_lines(self, args: list[str], width: int) -> list[str]:
        """A command to type, whole: on one line, or continued lines a shell joins."""
        from rich.text import Text

        from rolequiz.base.shell import command_lines

        out: list[str] = []
        for line in command_lines(args, width - 2) if args else []:
            out += self.lines(Text("  " + clean(line), style="bold cyan", no_wrap=True,
                                   overflow="ignore"), width, crop=False)
        return out

    def frame(self) -> str:
        """The screen to draw now: the visible part of the view, then the key lines."""
        width, height = self.size()
        keys = self.keys(width, 0, height)
        room = max(1, height - _rows(keys, width))
        body = self.body(width, room)
        if len(body) > room:  # a scroll position line joins the keys
            for _ in range(2):  # its own height decides the room left, which it tells
                keys = self.keys(width, len(body), room)
                room = max(1, height - _rows(keys, width))
            keys = self.keys(width, len(body), room)
        self.room = room
        self.top = max(0, min(self.top, len(body) - room))
        shown = body[self.top: self.top + room]
        shown += [""] * (room - len(shown))
        return CLEAR + "\n".join(shown + keys)

    # -- the loop ----------------------------------------------------------------------
    def run(self) -> None:
        if self.reader.line_mode:
            self.run_lines()
            return
        with _on_resize(self._resized):
            while True:
                self.draw(self.frame())
                self.message, self.command = "", []
                try:
                    self.waiting = True
                    if self.resized:  # it changed while drawing
                        self.resized = False
                        continue
                    key = self.reader.read()
                except _Resized:
                    continue
                finally:
                    self.waiting = False
                if not self.handle(key):
                    break
        self.leave()

    def _resized(self) -> None:
        if self.waiting:
            raise _Resized
        self.resized = True

    def handle(self, key: str) -> bool:
        """One key; False when the browser should end."""
        if key == "q":
            return False
        if key.isdecimal() and 1 <= int(key) <= min(9, len(self.result.matches)):
            self.open(key)
        elif key in ("c", "r", "i"):
            self.open({"c": "compare", "r": "ranking", "i": "interests"}[key])
        elif key == "s":
            self.save()
        elif key in SCROLL:  # the first screen too, on a screen too small even for it
            step = SCROLL[key]
            page = max(1, self.room - 1)  # one line of the last page stays in view
            if step == "page":
                self.top += page
            elif step == "-page":
                self.top -= page
            elif step == "home":
                self.top = 0
            elif step == "end":
                self.top = 10**9
            else:
                self.top += step
            self.top = max(0, self.top)
        elif key in BACK or key == "space":
            self.open("summary")
        return True

    def open(self, view: str) -> None:
        self.view, self.top = view, 0

    def save(self) -> None:
        if self._save is None:
            if self.saved_to is not None:
                self.message = t("browse.already_saved", self.lang, path=self.saved_to)
            return
        from rolequiz.base.errors import SaveError

        path = _free_name(Path(t("results.file", self.lang)))
        try:
            self._save(path)
        except SaveError as e:
            from rolequiz.i18n.errors import message

            self.message = t("browse.not_saved", self.lang, error=message(e, self.lang))
            return
        self.saved_to, self._save = path, None
        # short, so that the first screen keeps its room; how to see it again comes on q
        self.message = t("browse.saved", self.lang, path=path)

    def leave(self) -> None:
        """The first screen once more, printed (not drawn): it stays after the program."""
        width, height = self.size()
        text = "\n".join(self.summary(width, max(1, height - 4)))
        if self.again is not None:
            lines = self.lines(_dim(t("browse.again", self.lang)), width)
            lines += self.command_lines(self.again(self.saved_to), width)
            text += "\n\n" + "\n".join(lines)
        self.draw(CLEAR + text + "\n")

    def draw(self, text: str) -> None:
        try:
            self.out.write(text)
            self.out.flush()
        except OSError:
            pass  # the terminal went away; the result is saved already

    # -- line mode ---------------------------------------------------------------------
    def run_lines(self) -> None:
        width = self.size()[0]
        self.print_view(width)
        count = min(9, len(self.result.matches))
        cards = "1" if count == 1 else f"1-{count}"
        while True:
            if self.message:
                self.draw("\n" + clean(self.message) + "\n" + "\n".join(
                    self.command_lines(self.command, width)) + "\n")
                self.message, self.command = "", []
            save = t("browse.line_save", self.lang) if self._save is not None else ""
            self.draw("\n" + t("browse.line_prompt", self.lang, cards=cards, save=save)
                      + "\n> ")
            try:
                key = self.reader.read()
            except EOFError:
                key = "q"
            if key in ("q", "quit"):
                if self.again is not None:
                    self.draw(t("browse.again", self.lang) + "\n" + "\n".join(
                        self.command_lines(self.again(self.saved_to), width)) + "\n")
                return
            if key in ("s", "save"):
                self.save()
            elif key in ("c", "r", "i", "b") or (key.isdecimal() and 1 <= int(key) <= count):
                self.handle(key)
                self.print_view(width)
            else:
                self.message = t("browse.line_help", self.lang)

    def print_view(self, width: int) -> None:
        body = self.summary(width, 10**6) if self.view == "summary" else \
            self.lines(self.renderable(self.view), width)
        self.draw("\n" + "\n".join(body) + "\n")


def _rows(lines: list[str], width: int) -> int:
    """Screen rows these lines take: a line wider than the screen wraps."""
    from rich.cells import cell_len

    return sum(max(1, -(-cell_len(_visible(line)) // width)) for line in lines)


def _visible(line: str) -> str:
    return re.sub(r"\x1b\[[0-9;]*m", "", line)


def _dim(text: str) -> Any:
    from rich.text import Text

    return Text(clean(text), style="dim")


def _free_name(path: Path) -> Path:
    """`path`, or path-2, path-3... when it exists: a save never overwrites a file."""
    if not path.exists() and not path.is_symlink():
        return path
    for n in range(2, 1000):
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        if not candidate.exists() and not candidate.is_symlink():
            return candidate
    return path.with_name(f"{path.stem}-{os.getpid()}{path.suffix}")


def _terminal_size() -> tuple[int, int]:
    size = shutil.get_terminal_size((80, 24))
    return max(20, size.columns), max(8, size.lines)


@contextmanager
def _on_resize(callback: Callable[[], None]):
    sig = getattr(signal, "SIGWINCH", None)
    if sig is None:
        yield
        return
    try:
        previous = signal.signal(sig, lambda signum, frame: callback())
    except (ValueError, OSError):  # not the main thread
        yield
        return
    try:
        yield
    finally:
        signal.signal(sig, previous)


def possible() -> bool:
    """A person at a terminal: keys come from it and the screen is it."""
    try:
        return (sys.stdin.isatty() and sys.stdout.isatty()
                and os.environ.get("TERM") != "dumb")
    except (AttributeError, ValueError):
        return False


def browse(content: Content, result: Result, origin: Any, *, line_mode: bool = False,
           code: str | None = None, just_saved: bool = False,
           problem: str | None = None) -> None:
    """Show `result` in the results browser until the student quits. `just_saved`: say
    that the result was saved to `origin.saved_to`; `problem`: what went wrong saving it
    (said on the first screen; the caller says it again once the browser has gone)."""
    from rolequiz.cli.output import ascii_only
    from rolequiz.quiz.keys import open_reader

    def save(path: Path) -> None:
        from rolequiz.base.files import atomic_write
        from rolequiz.base.jsontext import to_json
        from rolequiz.content.results import result_to_dict

        atomic_write(path, to_json(result_to_dict(result, content, code)), what="result")

    def again(saved_to: Path | None) -> list[str]:
        return origin.again(saved_to)

    plain = bool(os.environ.get("NO_COLOR"))
    browser = Browser(result, content, sys.stdout, None, ascii_only=ascii_only(),
                      color=not plain, code=code, saved_to=origin.saved_to,
                      save=None if origin.saved_to is not None else save,
                      again=again if (origin.saved_to or origin.last_result) else None)
    if problem:
        browser.message = problem
    elif just_saved and origin.saved_to is not None:
        browser.message = t("results.saved_to", result.lang, path=origin.saved_to)
    with open_reader(line_mode) as reader:
        browser.reader = reader
        if hasattr(reader, "on_continue"):  # after Ctrl-Z and `fg`: drawn again, as on resize
            reader.on_continue = browser._resized
        try:
            browser.run()
        except (KeyboardInterrupt, EOFError):
            browser.leave()
