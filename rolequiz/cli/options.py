"""Options shared by several commands.

Every value an option or argument takes is named by an upper-case word (FILE, DIR, ROLE...,
NAME, N), and a choice by its values in brackets, once: [fr|en].
"""


from pathlib import Path
from typing import Annotated, Optional

import typer

from rolequiz.cli.choices import Format, Lang, lang_of  # noqa: F401 - commands import them here
from rolequiz.i18n.help_en import HELP


def choices(enum) -> str:
    """The metavar of a choice: its values in brackets, "[fr|en]"."""
    return "[" + "|".join(item.value for item in enum) + "]"


QuestionsOpt = Annotated[
    Optional[Path],  # noqa: UP045 - typer reads the annotation at run time
    typer.Option("--questions", metavar="FILE",
                 help=HELP["--questions"]),
]
RolesOpt = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option("--roles", metavar="FILE", help=HELP["--roles"]),
]


LangOpt = Annotated[
    Optional[Lang],  # noqa: UP045
    typer.Option(
        "--lang", metavar=choices(Lang),
        help=HELP["--lang"],
        show_default=False,
    ),
]


FormatOpt = Annotated[
    Format, typer.Option("--format", "-f", metavar=choices(Format), help=HELP["--format"])
]
OutputOpt = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option(
        "--output", "-o", metavar="FILE",
        help=HELP["--output"],
    ),
]
