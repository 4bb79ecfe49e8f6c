"""Answers that need neither typer nor the content, given before either is imported.

Each costs a few milliseconds instead of the 50 ms typer takes to import (see
docs/performance.md). Anything not recognised here exactly goes to the typer app, so
this module can only make things faster, never different: its answers must stay
byte for byte what the typer app would print.
"""

from __future__ import annotations

import sys


def fast_path(args: list[str]) -> int | None:
    """An exit code if `args` were fully handled here, else None (the app takes over)."""
    if args == ["--version"]:
        from rolequiz import __version__

        sys.stdout.write(f"rolequiz {__version__}\n")
        sys.stdout.flush()
        return 0
    return None
