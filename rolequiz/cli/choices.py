"""The choices an option can take (languages, output formats), without typer: the quiz
started with no options does not load typer at all (rolequiz/cli/fast.py)."""

from __future__ import annotations

from enum import Enum


class Lang(str, Enum):
    fr = "fr"
    en = "en"


class Format(str, Enum):
    table = "table"
    json = "json"
    markdown = "markdown"
    html = "html"  # one self-contained page (cli/emit.py)
    svg = "svg"  # a picture of the terminal output (cli/emit.py)


def require_format(format: Format, supported: tuple[Format, ...], command: str,
                   lang: str = "en") -> None:
    """A clear exit-2 error for a format this command cannot write."""
    if format not in supported:
        from rolequiz.base.errors import UsageError
        from rolequiz.i18n import t

        names = ", ".join(f.value for f in supported)
        raise UsageError(t("format.unsupported", lang, command=command, format=format.value,
                           names=names))


def lang_of(value: Lang | None) -> str:
    """The language of this command: --lang, else the environment's. Errors raised where
    no language is known are then worded in it (cli/guard.py)."""
    from rolequiz.cli.guard import use_language
    from rolequiz.i18n import choose_language

    lang = choose_language(value.value if value else None)
    use_language(lang)
    return lang
