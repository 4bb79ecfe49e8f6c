"""Options shared by several commands.

Every value an option or argument takes is named by an upper-case word (FILE, DIR, ROLE...,
NAME, N), and a choice by its values in brackets, once: [fr|en].
"""


from pathlib import Path
from typing import Annotated, Optional

import typer

from rolequiz.cli.choices import Format, Lang, lang_of  # noqa: F401 - commands import them here


def choices(enum) -> str:
    """The metavar of a choice: its values in brackets, "[fr|en]"."""
    return "[" + "|".join(item.value for item in enum) + "]"


QuestionsOpt = Annotated[
    Optional[Path],  # noqa: UP045 - typer reads the annotation at run time
    typer.Option("--questions", metavar="FILE",
                 help="Questions file (default: the built-in questions)."),
]
RolesOpt = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option("--roles", metavar="FILE", help="Roles file (default: the built-in roles)."),
]


LangOpt = Annotated[
    Optional[Lang],  # noqa: UP045
    typer.Option(
        "--lang", metavar=choices(Lang),
        help="Language (default: ROLEQUIZ_LANG, then the system language, then en).",
        show_default=False,
    ),
]


FormatOpt = Annotated[
    Format, typer.Option("--format", "-f", metavar=choices(Format), help="Output format.")
]
OutputOpt = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option(
        "--output", "-o", metavar="FILE",
        help="Write to FILE instead of the terminal (never left half-written).",
    ),
]
