"""Options shared by several commands."""


from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

QuestionsOpt = Annotated[
    Optional[Path],  # noqa: UP045 - typer reads the annotation at run time
    typer.Option("--questions", metavar="FILE", help="Questions file (default: the built-in)."),
]
RolesOpt = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option("--roles", metavar="FILE", help="Roles file (default: the built-in)."),
]


class Lang(str, Enum):
    fr = "fr"
    en = "en"


LangOpt = Annotated[
    Optional[Lang],  # noqa: UP045
    typer.Option(
        "--lang",
        help="fr or en (default: ROLEQUIZ_LANG, else the locale, else en).",
        show_default=False,
    ),
]


class Format(str, Enum):
    table = "table"
    json = "json"
    markdown = "markdown"
    html = "html"  # one self-contained page (cli/emit.py)
    svg = "svg"  # a picture of the terminal output (cli/emit.py)


FormatOpt = Annotated[
    Format, typer.Option("--format", "-f", help="Output format.")
]
OutputOpt = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option(
        "--output", "-o", metavar="FILE",
        help="Write to FILE (replaced all at once) instead of the terminal.",
    ),
]


FORMAT_WORDS = {
    "unsupported": {
        "en": "{command} cannot write --format {format}; use one of: {names}",
        "fr": "{command} ne sait pas écrire --format {format} ; formats possibles : {names}",
    },
}


def require_format(format: Format, supported: tuple[Format, ...], command: str,
                   lang: str = "en") -> None:
    """A clear exit-2 error for a format this command cannot write."""
    if format not in supported:
        from rolequiz.errors import UsageError
        from rolequiz.i18n import translate

        names = ", ".join(f.value for f in supported)
        raise UsageError(translate(FORMAT_WORDS, "unsupported", lang, command=command,
                                   format=format.value, names=names))


def lang_of(value: Lang | None) -> str:
    from rolequiz.i18n import choose_language

    return choose_language(value.value if value else None)
