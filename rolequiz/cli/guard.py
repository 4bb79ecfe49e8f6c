"""The one place that turns the project's errors into a message and an exit code, without
typer: the typer app (cli/app.py) and the quiz started before typer (cli/fast.py) share it."""

from __future__ import annotations

import sys

from rolequiz.base.errors import ExitCode, RolequizError

# What the program reports itself; anything else is a bug and keeps its traceback.
HANDLED = (RolequizError, KeyboardInterrupt, BrokenPipeError)


def report_error(error: RolequizError) -> None:
    for line in error.lines():
        sys.stderr.write(f"rolequiz: {line}\n")
    sys.stderr.flush()


def exit_code(error: BaseException) -> int:
    """Tell the user about one of HANDLED, and give the exit code it ends with."""
    if isinstance(error, RolequizError):
        report_error(error)
        return int(error.exit_code)
    if isinstance(error, KeyboardInterrupt):
        sys.stderr.write("\nrolequiz: interrupted\n")
        return int(ExitCode.INTERRUPTED)
    return int(ExitCode.OK)  # BrokenPipeError: the reader went away (| head), nothing to tell


def safe_streams() -> None:
    """Never crash on a console that cannot show a character (ascii, cp850, cp1252): what
    it cannot show is written as a stand-in ("EUR" for €), not a question mark."""
    from rolequiz.base.textsafe import stand_ins

    errors = stand_ins()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors=errors)  # type: ignore[union-attr]
        except (AttributeError, ValueError):
            pass
