"""The command line: a thin coat over the core. Each command lives in its own module.

Start-up time is a product feature (docs/performance.md), so importing this package costs
nothing: typer and the command modules load the first time `app` is used, and `main()`
first handles what needs no typer (``--version``, and the quiz started with no option:
cli/fast.py).
"""

from __future__ import annotations

import sys
import types

# The modules under rolequiz/cli/ that register commands on the app. A new command: add its
# module's name here (the order is the order of `rolequiz --help`: the quiz first).
# explore: roles, show, compare; workshop: report, workshop init; submit: workshop submit;
# keys: workshop key export, workshop key import; close: workshop close; clean: workshop clean
COMMANDS = ("quiz", "validate", "explore", "results", "workshop", "submit", "keys", "close",
            "clean")


def load_app():
    """The typer app with every command registered (imports typer: about 50 ms)."""
    import importlib

    from rolequiz.cli.app import app

    for name in COMMANDS:
        importlib.import_module(f"rolequiz.cli.{name}")
    return app


def main(argv: list[str] | None = None) -> None:
    """The `rolequiz` program."""
    from rolequiz.cli.fast import fast_path
    from rolequiz.cli.guard import HANDLED, exit_code, finish, signals_raise_exit

    args = sys.argv[1:] if argv is None else list(argv)
    try:
        code = fast_path(args)
        if code is None:
            load_app()
            from rolequiz.cli.app import main as run

            with signals_raise_exit():  # SIGTERM, SIGHUP: the terminal put back, as Ctrl-C
                run(args)
    except SystemExit as e:
        code = e.code
    except HANDLED as e:  # raised outside a command: writing the help to a full disk
        code = exit_code(e)
    raise SystemExit(finish(code))


class _Package(types.ModuleType):
    """`rolequiz.cli.app` is the typer app (as it always was), loaded on first use, even
    though a submodule has the same name: importing that submodule would otherwise
    replace the attribute with the module."""

    @property
    def app(self):
        return load_app()

    @app.setter
    def app(self, value) -> None:
        pass  # the import system recording the submodule: the typer app stays


sys.modules[__name__].__class__ = _Package

__all__ = ["COMMANDS", "app", "load_app", "main"]  # noqa: F822 - `app` is a property
