"""Reading the student's keys: one key at a time where the terminal allows it, whole lines
(typed, then Enter) everywhere else.

`open_reader()` returns a context manager; the terminal settings are restored in its
`__exit__`, whatever happens (Ctrl-C, a signal, a bug). Keys come back as short names:
"1".."9", "0", "b", "s", "q", "?", "enter", "left", "right", "up", "down", "pgup", "pgdn",
"home", "end", "esc", "space", or "" for a key with no meaning here. Ctrl-C raises
KeyboardInterrupt, Ctrl-D (Ctrl-Z on Windows) EOFError.
In line mode a whole line comes back, stripped and lower-cased ("" for Enter alone).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import TextIO

_NAMES = {"\r": "enter", "\n": "enter", " ": "space", "\x7f": "b", "\x08": "b",
          "\x1b": "esc"}
_SEQUENCES = {  # what follows ESC for the keys that have a name (xterm and VT220 forms)
    b"[D": "left", b"OD": "left", b"[C": "right", b"OC": "right",
    b"[A": "up", b"OA": "up", b"[B": "down", b"OB": "down",
    b"[5~": "pgup", b"[6~": "pgdn", b"[H": "home", b"OH": "home", b"[1~": "home",
    b"[F": "end", b"OF": "end", b"[4~": "end",
}
_WINDOWS = {"K": "left", "M": "right", "H": "up", "P": "down", "I": "pgup", "Q": "pgdn",
            "G": "home", "O": "end"}


class LineReader:
    """Typed-then-Enter input: screen readers, projectors, pipes in tests, Windows IDEs."""

    line_mode = True

    def __init__(self, stream: TextIO | None = None):
        self.stream = stream or sys.stdin

    def __enter__(self) -> LineReader:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def read(self) -> str:
        line = self.stream.readline()
        if not line:
            raise EOFError
        return line.strip().lower()


class _Continued(Exception):
    """The program was stopped (Ctrl-Z) and continued (`fg`) while waiting for a key."""


class PosixKeyReader:
    """Single keys through termios: cbreak mode (no echo, no line buffering, Ctrl-C still
    sends SIGINT). The previous settings come back in __exit__.

    Flow control is off while the reader is open: Ctrl-S would otherwise freeze the screen
    until Ctrl-Q, which a student cannot guess; here it is a key with no meaning. Ctrl-Z
    gives the terminal back as it was before the program stops, and `fg` sets single keys
    again and calls `on_continue` (the screen drawn again: the shell has written over it)."""

    line_mode = False

    def __init__(self, fd: int):
        self.fd = fd
        self.saved: list | None = None
        self.on_continue: Callable[[], None] | None = None
        self._pending = b""  # a byte read ahead that belongs to the next key
        self._reading = False
        self._continued = False
        self._previous: dict[int, object] = {}

    def __enter__(self) -> PosixKeyReader:
        import termios

        self.saved = termios.tcgetattr(self.fd)
        self._single_keys()
        self._catch_stops()
        return self

    def _single_keys(self) -> None:
        import termios
        import tty

        tty.setcbreak(self.fd, termios.TCSANOW)
        mode = termios.tcgetattr(self.fd)
        mode[0] &= ~termios.IXON  # iflag: Ctrl-S and Ctrl-Q are keys, not flow control
        termios.tcsetattr(self.fd, termios.TCSANOW, mode)

    def _restore(self) -> None:
        import termios

        if self.saved is not None:
            try:
                termios.tcsetattr(self.fd, termios.TCSADRAIN, self.saved)
            except termios.error:
                pass  # the terminal is gone (SIGHUP): nothing left to restore

    def _catch_stops(self) -> None:
        import signal

        for name, handler in (("SIGTSTP", self._on_stop), ("SIGCONT", self._on_continue)):
            sig = getattr(signal, name, None)
            if sig is None:
                continue
            try:
                self._previous[sig] = signal.signal(sig, handler)
            except (ValueError, OSError):  # not the main thread
                pass

    def _on_stop(self, signum, frame) -> None:  # noqa: ARG002
        """Ctrl-Z: the terminal as it was, then stop for real (the default action)."""
        import signal

        self._restore()
        signal.signal(signum, signal.SIG_DFL)
        try:
            os.kill(os.getpid(), signum)  # stops here until `fg` (or `bg`)
        finally:
            signal.signal(signum, self._on_stop)
        self._on_continue(signum, frame)  # in case no SIGCONT comes (nothing stopped)

    def _on_continue(self, signum, frame) -> None:  # noqa: ARG002
        import termios

        if self.saved is None:
            return
        try:
            self._single_keys()
        except termios.error:
            return
        self._continued = True
        if self._reading:
            raise _Continued  # out of the read under way: draw again, then read on

    def __exit__(self, *exc: object) -> None:
        import signal

        for sig, handler in self._previous.items():
            try:
                signal.signal(sig, handler)  # type: ignore[arg-type]
            except (ValueError, OSError, TypeError):
                pass
        self._previous = {}
        self._restore()
        self.saved = None

    def _byte(self, timeout: float | None = None) -> bytes:
        if self._pending:
            b, self._pending = self._pending, b""
            return b
        if timeout is not None:
            import select

            ready, _, _ = select.select([self.fd], [], [], timeout)
            if not ready:
                return b""
        return os.read(self.fd, 1)

    def read(self) -> str:
        while True:
            if self._continued:
                self._continued = False
                if self.on_continue is not None:
                    self.on_continue()
            try:
                self._reading = True
                first = self._byte()
            except _Continued:
                continue
            finally:
                self._reading = False
            return self._key(first)

    def _key(self, first: bytes) -> str:
        if first == b"":
            raise EOFError  # the terminal closed
        if first == b"\x03":
            raise KeyboardInterrupt
        if first == b"\x04":
            raise EOFError
        if first == b"\x1b":
            seq = self._byte(0.05)
            if not seq:
                return "esc"  # Escape alone
            if seq in (b"[", b"O"):  # CSI or SS3: up to the final letter (or ~)
                while len(seq) < 8:
                    nxt = self._byte(0.05)
                    if not nxt:
                        break
                    seq += nxt
                    if nxt.isalpha() or nxt == b"~":
                        break
            return _SEQUENCES.get(seq, "")  # Alt with a key, or a key with no name here
        if first >= b"\x80":
            # the rest of a UTF-8 character, read and ignored: only continuation bytes
            # (0x80-0xBF), and only those already there. After a byte that starts no
            # character (0xE9 from a Latin-1 keyboard), the next key is a key of its own.
            lead = first[0]
            more = 1 if 0xC2 <= lead < 0xE0 else 2 if 0xE0 <= lead < 0xF0 else \
                3 if 0xF0 <= lead < 0xF5 else 0
            for _ in range(more):
                nxt = self._byte(0.05)
                if not nxt:
                    break
                if not 0x80 <= nxt[0] <= 0xBF:
                    self._pending = nxt  # not part of it: the next key
                    break
            return ""
        ch = first.decode("ascii")
        return _NAMES.get(ch, ch.lower())


class WindowsKeyReader:
    """Single keys through msvcrt (Windows consoles)."""

    line_mode = False

    def __enter__(self) -> WindowsKeyReader:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def read(self) -> str:
        import msvcrt

        ch = msvcrt.getwch()  # type: ignore[attr-defined]
        if ch in ("\x00", "\xe0"):
            code = msvcrt.getwch()  # type: ignore[attr-defined]
            return _WINDOWS.get(code, "")
        if ch == "\x03":
            raise KeyboardInterrupt
        if ch in ("\x1a", "\x04"):
            raise EOFError
        if not ch.isascii():
            return ""  # "²", "é": no meaning here, as on POSIX (and "²" is no digit to int())
        return _NAMES.get(ch, ch.lower())


def line_mode_wanted(asked: bool = False) -> bool:
    return asked or os.environ.get("ROLEQUIZ_LINE_MODE", "").strip() in ("1", "true", "yes")


def open_reader(line_mode: bool = False):
    """The best reader this terminal allows: single keys, else lines."""
    if line_mode_wanted(line_mode) or not sys.stdin.isatty():
        return LineReader()
    if os.name == "nt":
        try:
            import msvcrt  # noqa: F401
        except ImportError:
            return LineReader()
        return WindowsKeyReader()
    try:
        import termios
    except ImportError:
        return LineReader()
    try:
        fd = sys.stdin.fileno()
        termios.tcgetattr(fd)
    except (OSError, ValueError, termios.error):  # termios.error is not an OSError
        return LineReader()
    return PosixKeyReader(fd)
