"""What runs before typer is imported, or instead of it.

typer takes about 45 ms to import and set up, a third of the time until the quiz's first
screen (docs/performance.md). `--version`, and `rolequiz` (or `rolequiz quiz`) with no
option at all, are handled here without it. Anything else goes to the typer app exactly as
given, so this module can only make things faster, never different: `--version` prints
byte for byte what the app prints, and the quiz runs the very function the `quiz` command
runs (cli/take.py), its errors reported by the same code (cli/guard.py).
"""

from __future__ import annotations

import os
import sys


def fast_path(args: list[str]) -> int | None:
    """An exit code if `args` were fully handled here, else None (the app takes over)."""
    if args == ["--version"]:
        from rolequiz import __version__
        from rolequiz.cli.guard import safe_streams

        safe_streams()
        sys.stdout.write(f"rolequiz {__version__}\n")
        sys.stdout.flush()
        return 0
    if args in ([], ["quiz"]) and not _completing():
        return _plain_quiz()
    return None


def _completing() -> bool:
    """A shell asking for completions (click's _ROLEQUIZ_COMPLETE and the like): the app's."""
    return any(k.startswith("_") and k.endswith("_COMPLETE") for k in os.environ)


def _plain_quiz() -> int:
    """The quiz with every option at its default, as the typer app would run it."""
    from rolequiz.cli.guard import HANDLED, exit_code, safe_streams
    from rolequiz.cli.take import take_quiz

    safe_streams()
    try:
        take_quiz()
    except HANDLED as e:
        return exit_code(e)
    return 0
