"""Options shared by several commands."""

from __future__ import annotations

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


FormatOpt = Annotated[
    Format, typer.Option("--format", "-f", help="Output format.")
]


def lang_of(value: Lang | None) -> str:
    from rolequiz.i18n import choose_language

    return choose_language(value.value if value else None)
