"""Writing to the terminal: one stdout console, one for stderr, made on first use."""

from __future__ import annotations

import os
import sys
from typing import Any


def ascii_only(stream: Any = None) -> bool:
    encoding = (getattr(stream or sys.stdout, "encoding", None) or "ascii").lower()
    return not encoding.replace("-", "").startswith("utf")


def console(stderr: bool = False, width: int | None = None):
    """A rich Console that never interprets data: no markup, no emoji, no highlighting.
    NO_COLOR and TERM=dumb are honoured by rich itself."""
    env_width = os.environ.get("COLUMNS")
    if width is None and env_width and env_width.isdecimal() and not sys.stdout.isatty():
        width = int(env_width)
    height = None
    if width is None and os.environ.get("TERM") == "dumb" and sys.stdout.isatty():
        try:  # rich assumes 80x25 on a dumb terminal unless given both; the real size is known
            width, height = os.get_terminal_size(sys.stdout.fileno())
        except (OSError, ValueError):
            pass
    return _console_class()(
        stderr=stderr,
        markup=False,
        emoji=False,
        highlight=False,
        width=width,
        height=height,
        soft_wrap=False,
    )


def _console_class():
    """rich's Console, except that a reader gone away (`| head`) is what the rest of the
    program says it is, a quiet end with exit code 0 (cli/guard.py), not rich's exit 1."""
    from rich.console import Console

    class QuietOnBrokenPipe(Console):
        def on_broken_pipe(self) -> None:
            self.quiet = True
            raise BrokenPipeError

    return QuietOnBrokenPipe


def write(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()
