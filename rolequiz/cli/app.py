"""The typer app. Errors become messages and exit codes in cli/guard.py."""


import sys
from typing import Annotated, Any

import typer
from typer.core import TyperCommand, TyperGroup

from rolequiz import __version__
from rolequiz.cli.guard import HANDLED, exit_code, language_in, safe_streams, use_language

try:  # typer 0.28 has click inside it
    from typer._click.exceptions import UsageError as ClickUsageError
except ImportError:  # pragma: no cover - earlier typer versions use click itself
    from click.exceptions import UsageError as ClickUsageError


class FrenchUsageError(ClickUsageError):
    """click's own complaint about the command line (an unknown option, a value not among
    the choices), said in French: its usage line, how to get help, and the error. English
    keeps click's words."""

    def __init__(self, error: Any):
        super().__init__(error.message, error.ctx)
        self.exit_code = error.exit_code
        self.english = error

    def format_message(self) -> str:
        return french_usage_message(self.english)

    def show(self, file: Any = None) -> None:
        from rolequiz.i18n import t

        out = sys.stderr if file is None else file
        text = ""
        ctx = self.ctx
        if ctx is not None:
            usage = ctx.get_usage()
            usage = usage.split(" ", 1)[1] if usage.startswith("Usage: ") else usage
            text += t("args.usage", "fr", usage=usage) + "\n"
            if ctx.command.get_help_option(ctx) is not None:
                text += t("args.try_help", "fr", command=f"{ctx.command_path} "
                          f"{ctx.help_option_names[0]}") + "\n"
            text += "\n"
        text += t("args.error", "fr", message=self.format_message()) + "\n"
        out.write(text)
        out.flush()


def french_usage_message(error: Any) -> str:
    """click's message for `error`, in French when it is one click is known to give; else
    as click wrote it."""
    import re

    from rolequiz.i18n import t

    english = error.format_message()
    m = re.fullmatch(r"Invalid value for (.+?): (.*)", english, re.S)
    if m:
        option = m.group(1).replace("'", "")
        reason = m.group(2)
        choice = re.fullmatch(r"'(.*)' is not (?:one of )?(.*)\.", reason, re.S)
        if choice and getattr(getattr(error, "param", None), "type", None) is not None \
                and hasattr(error.param.type, "choices"):
            names = ", ".join(str(getattr(c, "value", c)) for c in error.param.type.choices)
            return t("args.bad_choice", "fr", value=choice.group(1), option=option,
                     choices=names)
        number = re.fullmatch(r"'(.*)' is not a valid (?:integer|int|float)(?: range)?\.", reason)
        if number:
            return t("args.not_a_number", "fr", value=number.group(1), option=option)
        return t("args.bad_value", "fr", option=option, reason=reason)
    m = re.fullmatch(r"No such option: (\S+)(?:\.? ?Did you mean (.+)\?)?"
                     r"(?: \(Possible options: (.*)\))?", english, re.S)
    if m:
        text = t("args.no_option", "fr", option=m.group(1))
        if m.group(2):
            text += " " + t("args.did_you_mean", "fr", option=m.group(2))
        if m.group(3):
            text += " " + t("args.possible", "fr", options=m.group(3))
        return text + "."
    m = re.fullmatch(r"No such command '(.*)'\.(?: Did you mean (.+)\?)?", english, re.S)
    if m:
        text = t("args.no_command", "fr", command=m.group(1))
        if m.group(2):
            text += " " + t("args.did_you_mean", "fr", option=m.group(2).replace("'", ""))
        return text
    m = re.fullmatch(r"Option '(.*)' requires (?:an argument|\d+ arguments)\.", english)
    if m:
        return t("args.needs_value", "fr", option=m.group(1))
    m = re.fullmatch(r"Missing (argument|option) '?([^'.]*)'?\.(.*)", english, re.S)
    if m:
        key = "args.missing_argument" if m.group(1) == "argument" else "args.missing_option"
        return t(key, "fr", name=m.group(2)) + m.group(3)
    m = re.fullmatch(r"Got unexpected extra arguments?(?:\(s\))? \((.*)\)", english, re.S)
    if m:
        return t("args.extra", "fr", args=m.group(1))
    return english


def _in_french(error: Any) -> Any:
    """`error` as the session's language says it: French, or click's own English."""
    from rolequiz.cli.guard import session_language

    if isinstance(error, ClickUsageError) and not isinstance(error, FrenchUsageError) \
            and type(error).__name__ != "NoArgsIsHelpError" and session_language() == "fr":
        return FrenchUsageError(error)
    return error


class RolequizGroup(TyperGroup):
    """Runs the quiz for options given without a command, and maps the project's exceptions
    to one clear message and an exit code (cli/guard.py)."""

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
        except ClickUsageError as e:  # a command's options, told in the session's language
            french = _in_french(e)
            if french is e:
                raise
            raise french from None

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
        except ClickUsageError as e:
            french = _in_french(e)
            if french is e:
                raise
            raise french from None


class RolequizCommand(TyperCommand):
    """A command with a required argument: its usage line names it as its help does,
    `rolequiz show [OPTIONS] ROLE`, without the braces recent typer adds ({ROLE})."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        return [p[1:-1] if p.startswith("{") and p.endswith("}") else p
                for p in super().collect_usage_pieces(ctx)]


app = typer.Typer(
    cls=RolequizGroup,
    name="rolequiz",
    help="Which data, AI or engineering job suits you? A quiz, role cards and comparisons.",
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
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
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
