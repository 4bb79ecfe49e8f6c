"""The typer app. Errors become messages and exit codes in cli/guard.py."""


import sys
from typing import Annotated, Any

import typer
from typer.core import TyperCommand, TyperGroup

from rolequiz import __version__
from rolequiz.cli.guard import HANDLED, exit_code, language_in, safe_streams, use_language
from rolequiz.i18n.help_en import HELP


def help_language(args: list[str]) -> str:
    """The language of this run's help: the last `--lang X` or `--lang=X` before `--`
    (when it is one rolequiz speaks), else ROLEQUIZ_LANG or the locale (choose_language)."""
    from rolequiz.i18n import LANGUAGES, choose_language

    asked = None
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(args):
            asked = args[i + 1]
        elif arg.startswith("--lang="):
            asked = arg.split("=", 1)[1]
    return choose_language(asked if asked in LANGUAGES else None)


class RolequizGroup(TyperGroup):
    """Runs the quiz for options given without a command, and maps the project's exceptions
    to one clear message and an exit code (cli/guard.py). The help, and the usage errors,
    speak the run's language (cli/helplang.py)."""

    help_lang = "en"

    def main(self, args: Any = None, *more: Any, **kwargs: Any) -> Any:
        # typer has just built the commands for this run: they take the run's language
        # before anything is parsed (the help of `--lang fr --help` is already French)
        self.help_lang = help_language(sys.argv[1:] if args is None else list(args))
        if self.help_lang != "en":  # English is what the commands say already
            from rolequiz.cli.helplang import localize

            localize(self, self.help_lang)
        return super().main(args, *more, **kwargs)

    def _in_french(self, error: BaseException) -> None:
        """A usage error (a missing argument, an unknown option) told in French in a French
        run; in English, click tells it as always."""
        if self.help_lang == "fr":
            from rolequiz.cli.helplang import is_told_in_french, show_error

            if is_told_in_french(error):
                show_error(error)
                raise typer.Exit(error.exit_code) from None  # type: ignore[attr-defined]

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        # `rolequiz --lang fr` is the quiz with its options, as `rolequiz quiz --lang fr`
        own = {o for p in self.get_params(ctx) for o in (*p.opts, *p.secondary_opts)}
        if args and args[0].startswith("-") and args[0].split("=")[0] not in own:
            args = ["quiz", *args]
        return super().parse_args(ctx, args)

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except HANDLED as e:
            raise typer.Exit(exit_code(e)) from None
        except Exception as e:
            self._in_french(e)
            raise

    def make_context(self, *args: Any, **kwargs: Any) -> Any:
        # `rolequiz --help` is written here, before any command: a reader gone away
        # (`| head`) or a full disk is told as everywhere else, not as click's exit 1
        if kwargs.get("parent", args[2] if len(args) > 2 else None) is None:
            # a new run: its language, as far as the command line tells it yet
            command_line = args[1] if len(args) > 1 else kwargs.get("args", [])
            use_language(language_in(list(command_line)))
        try:
            return super().make_context(*args, **kwargs)
        except HANDLED as e:
            raise typer.Exit(exit_code(e)) from None
        except Exception as e:
            self._in_french(e)
            raise


class RolequizCommand(TyperCommand):
    """A command with a required argument: its usage line names it as its help does,
    `rolequiz show [OPTIONS] ROLE`, without the braces recent typer adds ({ROLE})."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        return [p[1:-1] if p.startswith("{") and p.endswith("}") else p
                for p in super().collect_usage_pieces(ctx)]


app = typer.Typer(
    cls=RolequizGroup,
    name="rolequiz",
    help=HELP["rolequiz"],
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=False,
    add_completion=False,
    # a bug (never a user's mistake) prints a plain traceback, without local variables
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"rolequiz {__version__}\n")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def root(
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True,
                     help=HELP["rolequiz --version"]),
    ] = False,
) -> None:
    """Which data, AI or engineering job suits you? Run without a command to take the quiz."""
    if ctx.invoked_subcommand is None:
        # the registered command, so that this module never imports the command modules
        ctx.invoke(ctx.command.get_command(ctx, "quiz"))


def main(args: list[str] | None = None) -> None:
    """Run the typer app (rolequiz.cli.main loads the commands and comes here)."""
    safe_streams()
    app(args=args, prog_name="rolequiz")
