"""The language of `--help`, and the French of every help screen and usage error.

The command modules name their help texts from the English catalogue
(rolequiz/i18n/help_en.py), so the app typer builds is in English. Each run builds that
app afresh (typer makes its click commands on every call), and the root group, before it
parses anything, asks `help_language` (cli/app.py, so that an English run never imports
this module) which language the run speaks: `--lang X` anywhere on the command line, else
ROLEQUIZ_LANG or the locale, as for every other screen. For
French, `localize` walks the commands just built and puts help_fr.py's text in place of
each English one (the two catalogues have the same keys), and the French names of the
values (FICHIER, DOSSIER...). Nothing is patched: the texts are the commands' own
attributes, set before anything reads them, and an English run does none of this.

typer's own words go through the documented hooks of its click: a context class whose
formatter writes "Utilisation :", "Commandes :" and "[par défaut : …]", and the usage
errors the root group catches and tells in French (`show_error`). A message this module
does not know (a newer typer's) stays in English rather than be guessed.
"""

from __future__ import annotations

import re
import string
import sys
from typing import Any

try:
    from typer import _click as click  # typer 0.16 and later carry their own click
except ImportError:  # pragma: no cover - earlier typer: click itself
    import click  # type: ignore[no-redef]

from rolequiz.i18n import NBSP, number


def _catalogues() -> tuple[dict[str, str], dict[str, str]]:
    from rolequiz.i18n.help_en import HELP as EN
    from rolequiz.i18n.help_fr import HELP as FR

    return EN, FR


def localize(command: Any, lang: str) -> None:
    """Put `lang`'s help texts in `command` and every command under it (English: as they
    are)."""
    if lang != "fr":
        return
    en, fr = _catalogues()
    texts = {en[k]: fr[k] for k in en if not k.startswith(("metavar ", "click "))}
    metavars = {en[k]: fr[k] for k in en if k.startswith("metavar ")}
    _walk(command, texts, metavars, metavars[en["metavar COMMAND"]])


def _walk(command: Any, texts: dict[str, str], metavars: dict[str, str], sub: str) -> None:
    command.context_class = FrenchContext
    for name in ("help", "short_help"):
        value = getattr(command, name, None)
        if value:
            setattr(command, name, texts.get(value, value))
    if hasattr(command, "subcommand_metavar"):
        command.subcommand_metavar = sub
    for param in command.params:
        if param.help:
            param.help = texts.get(param.help, param.help)
        if param.metavar:
            word, dots = re.fullmatch(r"(.*?)((?:\.\.\.)?)", param.metavar).groups()
            param.metavar = metavars.get(word, word) + dots
    for child in getattr(command, "commands", {}).values():
        _walk(child, texts, metavars, sub)


# -- typer's own words ----------------------------------------------------------------------


def _pattern(template: str) -> re.Pattern[str]:
    """A catalogue text as a pattern: its {names} match anything."""
    parts = []
    for literal, name, _, _ in string.Formatter().parse(template):
        parts.append(re.escape(literal))
        if name is not None:
            parts.append(f"(?P<{name}>.+?)")
    return re.compile("".join(parts), re.DOTALL)


def _quoted(text: str) -> str:
    """click's 'value' as French quotes it: « value »."""
    return re.sub(r"'([^']*)'", f"«{NBSP}\\1{NBSP}»", text)


def _figure(text: str) -> str:
    """A number click wrote (100000, 0.1) as French writes it (100 000, 0,1)."""
    try:
        value = float(text)
    except ValueError:
        return text
    if value.is_integer() and abs(value) >= 1000:
        return number(value, "fr", ",.0f")
    return number(value, "fr", "g")


def french(text: str, *keys: str) -> str | None:
    """`text`, one of typer's messages written as the English catalogue's `keys` say, in
    French; None when it is none of them."""
    en, fr = _catalogues()
    for key in keys:
        match = _pattern(en[key]).fullmatch(text)
        if match:
            values = {name: _quoted(value) for name, value in match.groupdict().items()}
            for name in ("low", "high", "value"):
                if name in values:
                    values[name] = _figure(values[name])
            return fr[key].format(**values)
    return None


def _extras(text: str) -> str:
    """An option's help with typer's "[default: 0.1; 0.0<=x<=1.0]" in French."""
    en, fr = _catalogues()
    if text == en["click help"]:
        return fr["click help"]
    match = re.fullmatch(r"(.*?)(\s*)\[([^\[\]]*)\]", text, re.DOTALL)
    if not match:
        return text
    help, space, extras = match.groups()
    said = [french(part, "click default", "click range") or
            (fr["click required"] if part == en["click required"] else part)
            for part in extras.split("; ")]
    return f"{help}{space}[{(NBSP + '; ').join(said)}]"


class FrenchFormatter(click.HelpFormatter):
    """click's help formatter, with French headings, usage line and option notes."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, _catalogues()[1]["click usage"] if prefix is None
                            else prefix)

    def write_heading(self, heading: str) -> None:
        en, fr = _catalogues()
        for key in ("click options", "click arguments", "click commands"):
            if heading == en[key]:
                heading = fr[key]
        self.write(f"{'':>{self.current_indent}}{heading}{NBSP}:\n")

    def write_dl(self, rows: Any, *args: Any, **kwargs: Any) -> None:
        super().write_dl([(term, _extras(text)) for term, text in rows], *args, **kwargs)


class FrenchContext(click.Context):
    formatter_class = FrenchFormatter


_NO_ARGS_IS_HELP = getattr(click.exceptions, "NoArgsIsHelpError", ())


def is_told_in_french(error: BaseException) -> bool:
    """Whether `show_error` tells `error` (a help shown for want of arguments is told by
    click itself, already in French: its text is the help)."""
    return isinstance(error, click.ClickException) and not isinstance(error, _NO_ARGS_IS_HELP)


def show_error(error: Any) -> None:
    """A usage error as click shows it (usage line, where to find help, the error), in
    French."""
    _, fr = _catalogues()
    ctx = getattr(error, "ctx", None)
    if ctx is not None:
        hint = ""
        if ctx.command.get_help_option(ctx) is not None:
            hint = fr["click try"].format(
                command=f"{ctx.command_path} {ctx.help_option_names[0]}") + "\n"
        click.echo(f"{ctx.get_usage()}\n{hint}", file=sys.stderr, color=ctx.color)
    said = _message(error)
    if said[:2].istitle():  # after « Erreur : » a sentence goes on in lower case
        said = said[0].lower() + said[1:]
    click.echo(fr["click error"].format(message=said), file=sys.stderr,
               color=ctx.color if ctx is not None else None)


def _message(error: Any) -> str:
    _, fr = _catalogues()
    exceptions = click.exceptions
    param = getattr(error, "param", None)
    if isinstance(error, exceptions.MissingParameter) and not error.message:
        kind = error.param_type or (param.param_type_name if param is not None else None)
        hint = error.param_hint or (param.get_error_hint(error.ctx) if param else None)
        if kind in ("option", "argument") and hint and isinstance(hint, str):
            key = "click missing option" if kind == "option" else "click missing argument"
            return fr[key].format(name=_quoted(hint))
    elif isinstance(error, exceptions.BadParameter) and not isinstance(
            error, exceptions.MissingParameter):
        hint = error.param_hint or (param.get_error_hint(error.ctx) if param else None)
        if hint and isinstance(hint, str):
            said = french(error.message, "click not a choice", "click not an integer",
                          "click not a number", "click out of range")
            return fr["click invalid value"].format(name=_quoted(hint),
                                                    message=said or error.message)
    elif isinstance(error, exceptions.NoSuchOption):
        said = fr["click no such option"].format(name=error.option_name)
        if error.possibilities:
            said = fr["click possible options"].format(
                message=said, names=", ".join(sorted(error.possibilities)))
        return said
    return french(error.format_message(), "click did you mean", "click no such command",
                  "click extra arguments", "click needs a value", "click takes no value") \
        or error.format_message()
