"""`rolequiz report --watch`: the group report, live, on the projector.

In a terminal the report is one screen drawn over itself (views/terminal/report.py
LiveReport): the counts on top, the summary, as many participants as fit with a line
saying how many are not shown, and the footer on the last line. It is drawn again when a
result arrives (the folders are checked every second) and when the terminal is resized.
Ctrl-C or SIGTERM stop it: the cursor comes back and the last screen stays.

Elsewhere (a pipe, a file, a dumb terminal) each new state of the report is printed
whole, one after the other. When whoever reads the output goes away (`| head -5`), the
watch ends quietly with exit code 0, whether or not a result arrived since.
"""

from __future__ import annotations

import contextlib
import io
import os
import signal
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

HOME = "\x1b[H"
CLEAR = "\x1b[H\x1b[2J"
ERASE_LINE = "\x1b[2K"
HIDE_CURSOR = "\x1b[?25l"
SHOW_CURSOR = "\x1b[?25h"


def watch_loop(changed: Callable[[], bool], show: Callable[[], None],
               sleep: Callable[[float], None] = time.sleep, interval: float = 1.0,
               polls: int | None = None, gone: Callable[[], bool] = lambda: False) -> int:
    """Poll; call `show` whenever `changed` says there is something new to show. Returns
    the number of refreshes. Ctrl-C (KeyboardInterrupt) is the normal way to stop: it
    ends the loop; so does `gone` (nobody reads the output any more)."""
    shown = 0
    n = 0
    try:
        while polls is None or n < polls:
            n += 1
            if changed():
                show()
                shown += 1
            if gone():
                break
            sleep(interval)
    except KeyboardInterrupt:
        pass
    return shown


def watch(paths: list[Path], lang: str, anonymize: bool, content: str | None,
          asked_lang: str | None, only_clear: bool = False, keys: Any = None,
          problems: list[str] | None = None) -> None:
    """The live report of `paths` until Ctrl-C, SIGTERM, or the output goes away; `keys`
    open sealed results (cli/keyring.py), `problems` are shown with every state."""
    from datetime import datetime

    from rolequiz.base.errors import NotFound
    from rolequiz.base.shell import command
    from rolequiz.base.textsafe import clean
    from rolequiz.group import report as rep
    from rolequiz.group.reader import Collection, read_results
    from rolequiz.group.watch import Watcher
    from rolequiz.i18n import t

    watcher = Watcher(paths)
    cache: dict = {}
    folders = clean(" ".join(str(p) for p in paths))
    words = ["rolequiz", "report", *map(str, paths)]
    if anonymize:
        words.append("--anonymize")
    if content:
        words += ["--content", content]
    if asked_lang:
        words += ["--lang", asked_lang]
    state: dict[str, Any] = {}

    def refresh() -> bool:
        """Read the folders again if they changed; whether they did. A folder that is not
        there for a while (a network share reconnecting, a USB stick pulled out) keeps the
        last report on screen, says so, and is read again as soon as it is back."""
        if not watcher.changed():
            return False
        now = datetime.now().strftime("%H:%M:%S")
        gone = [p for p in paths if not os.path.exists(p)]
        if not gone:
            try:
                col = read_results(paths, cache=cache, lang=lang, keys=keys)
            except (NotFound, OSError):  # gone between the look and the read
                gone = [p for p in paths if not os.path.exists(p)] or list(paths)
            else:
                col.problems[:0] = problems or []
                state["data"] = rep.build(col, lang, anonymize=anonymize, content=content,
                                          only_clear=only_clear)
                state["footer"] = t("report.watching", lang, folders=folders, time=now)
                return True
        if "data" not in state:
            state["data"] = rep.build(Collection(), lang, anonymize=anonymize)
        state["footer"] = t("report.waiting", lang, folders=clean(" ".join(map(str, gone))),
                            time=now)
        return True

    try:
        if _is_screen():
            _on_screen(refresh, state, clean(command(words)))
        else:
            _as_stream(refresh, state)
    except BrokenPipeError:
        _quiet_stdout()


# -- on a terminal: one screen drawn over itself ---------------------------------------


def _is_screen() -> bool:
    try:
        return sys.stdout.isatty() and os.environ.get("TERM") != "dumb"
    except (AttributeError, ValueError):
        return False


class _Resized(Exception):
    """The terminal changed size during a pause: draw again now."""


class _Screen:
    def __init__(self, out: Any):
        self.out = out
        self.resized = True  # the first frame clears the screen
        self.waiting = False

    def size(self) -> tuple[int, int]:
        try:
            cols, rows = os.get_terminal_size(self.out.fileno())
        except (OSError, ValueError, AttributeError):
            import shutil

            cols, rows = shutil.get_terminal_size((80, 24))
        return max(20, cols), max(3, rows)

    def on_resize(self) -> None:
        self.resized = True
        if self.waiting:
            raise _Resized

    def wait(self, seconds: float) -> None:
        """A pause that a resize ends at once."""
        try:
            self.waiting = True
            if not self.resized:
                time.sleep(seconds)
        except _Resized:
            pass
        finally:
            self.waiting = False

    def draw(self, lines: list[str], clear: bool) -> None:
        # each line erased as it is written: no flicker, nothing left of a longer one;
        # no new line after the last: the screen never scrolls
        self.out.write((CLEAR if clear else HOME)
                       + "\n".join(ERASE_LINE + line for line in lines))
        self.out.flush()


def _frame(state: dict[str, Any], width: int, height: int, command: str) -> list[str]:
    from rich.console import Console

    from rolequiz.cli.output import ascii_only
    from rolequiz.views.terminal.report import LiveReport

    color = not os.environ.get("NO_COLOR")
    buf = io.StringIO()
    console = Console(file=buf, width=width, height=height, force_terminal=color,
                      color_system="standard" if color else None, markup=False, emoji=False,
                      highlight=False, soft_wrap=False, legacy_windows=False)
    console.print(LiveReport(state["data"], height, state["footer"], command,
                             ascii_only=ascii_only()), crop=True)
    text = buf.getvalue()
    lines = text.split("\n")
    if text.endswith("\n"):
        lines.pop()
    return lines[:height]


def _on_screen(refresh: Callable[[], bool], state: dict[str, Any], command: str) -> None:
    screen = _Screen(sys.stdout)

    def changed() -> bool:
        new = refresh()
        return new or screen.resized

    def show() -> None:
        clear, screen.resized = screen.resized, False
        width, height = screen.size()
        screen.draw(_frame(state, width, height, command), clear)

    with _terminal(screen):
        watch_loop(changed, show, sleep=screen.wait)


class _Terminated(Exception):
    """SIGTERM: stop as Ctrl-C does."""


@contextlib.contextmanager
def _terminal(screen: _Screen) -> Iterator[None]:
    """The cursor hidden and the signals caught while the live view runs; on the way out,
    whatever ends it (Ctrl-C, SIGTERM, an error), the cursor back and the signals as they
    were."""

    def terminated(signum, frame):
        raise _Terminated

    def stopped(signum, frame):
        """Ctrl-Z: the cursor back for the shell, then stop for real; `fg` hides it again
        and draws the screen anew (the shell wrote over it)."""
        with contextlib.suppress(OSError, ValueError, RuntimeError):  # (a write under way)
            screen.out.write(SHOW_CURSOR)
            screen.out.flush()
        signal.signal(signum, signal.SIG_DFL)
        try:
            os.kill(os.getpid(), signum)  # stops here until `fg`
        finally:
            signal.signal(signum, stopped)
        with contextlib.suppress(OSError, ValueError, RuntimeError):
            screen.out.write(HIDE_CURSOR)
        screen.on_resize()

    previous = {}
    for name, handler in (("SIGWINCH", lambda signum, frame: screen.on_resize()),
                          ("SIGTERM", terminated), ("SIGTSTP", stopped)):
        sig = getattr(signal, name, None)
        if sig is None:
            continue
        try:
            previous[sig] = signal.signal(sig, handler)
        except (ValueError, OSError):  # not the main thread
            pass
    try:
        with contextlib.suppress(OSError):
            screen.out.write(HIDE_CURSOR)
        yield
    except _Terminated:
        pass
    finally:
        for sig, handler in previous.items():
            with contextlib.suppress(ValueError, OSError):
                signal.signal(sig, handler)
        with contextlib.suppress(OSError):
            screen.out.write(SHOW_CURSOR + "\n")
            screen.out.flush()


# -- anywhere else: each state of the report printed whole -------------------------------


def _as_stream(refresh: Callable[[], bool], state: dict[str, Any]) -> None:
    from rich.console import Console

    from rolequiz.cli.output import ascii_only, console
    from rolequiz.views.terminal.report import report_view

    width = console().width  # COLUMNS, else rich's default

    def show() -> None:
        # rendered first, then written here: rich itself ends the program with exit code
        # 1 when the pipe breaks under it
        buf = io.StringIO()
        Console(file=buf, width=width, color_system=None, markup=False, emoji=False,
                highlight=False, soft_wrap=False).print(
            report_view(state["data"], ascii_only=ascii_only(), footer=state["footer"]),
            crop=False)
        sys.stdout.write(buf.getvalue() + "\n")
        sys.stdout.flush()

    def terminated(signum, frame):
        raise KeyboardInterrupt

    sig = getattr(signal, "SIGTERM", None)
    previous = None
    with contextlib.suppress(ValueError, OSError, TypeError):
        previous = signal.signal(sig, terminated)  # type: ignore[arg-type]
    try:
        watch_loop(refresh, show, gone=_output_gone)
    finally:
        if previous is not None:
            with contextlib.suppress(ValueError, OSError, TypeError):
                signal.signal(sig, previous)  # type: ignore[arg-type]


def _output_gone() -> bool:
    """Whether nobody reads stdout any more: the other end of a pipe was closed (poll
    says POLLERR or POLLHUP). A file, a terminal, or a system without poll: never."""
    import select

    if not hasattr(select, "poll"):
        return False
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, ValueError, OSError):
        return False
    p = select.poll()
    p.register(fd, 0)  # no event asked: errors and hang-ups are always told
    try:
        events = p.poll(0)
    except OSError:
        return False
    return any(ev & (select.POLLERR | select.POLLHUP) for _, ev in events)


def _quiet_stdout() -> None:
    """The reader went away: whatever Python still holds for stdout goes nowhere, instead
    of a second BrokenPipeError (and its message) when the program ends."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
