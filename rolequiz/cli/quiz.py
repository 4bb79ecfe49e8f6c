"""`rolequiz quiz`: the quiz, interactive or from an answers file. This module reads the
options; cli/take.py runs the quiz."""


from pathlib import Path
from typing import Annotated, Optional

import typer

from rolequiz.cli.app import app
from rolequiz.cli.options import (
    Format,
    FormatOpt,
    LangOpt,
    OutputOpt,
    QuestionsOpt,
    RolesOpt,
)
from rolequiz.i18n.help_en import HELP


@app.command(help=HELP["quiz"], short_help=HELP["quiz"])
def quiz(
    answers: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            "--answers",
            metavar="FILE",
            help=HELP["quiz --answers"],
        ),
    ] = None,
    format: FormatOpt = Format.table,
    output: OutputOpt = None,
    lang: LangOpt = None,
    questions: QuestionsOpt = None,
    roles: RolesOpt = None,
    resume: Annotated[
        bool,
        typer.Option("--resume", help=HELP["quiz --resume"]),
    ] = False,
    state_dir: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            "--state-dir",
            metavar="DIR",
            help=HELP["quiz --state-dir"],
        ),
    ] = None,
    save: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            "--save",
            metavar="FILE",
            help=HELP["quiz --save"],
        ),
    ] = None,
    line_mode: Annotated[
        bool,
        typer.Option(
            "--line-mode",
            help=HELP["quiz --line-mode"],
        ),
    ] = False,
    workshop: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--workshop", metavar="DIR",
                     help=HELP["quiz --workshop"]),
    ] = None,
    name: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--name", metavar="NAME",
                     help=HELP["quiz --name"]),
    ] = None,
    adaptive: Annotated[
        bool,
        typer.Option(
            "--adaptive",
            help=HELP["quiz --adaptive"],
        ),
    ] = False,
) -> None:
    from rolequiz.cli.take import take_quiz

    take_quiz(answers=answers, format=format, output=output, lang=lang, questions=questions,
              roles=roles, resume=resume, state_dir=state_dir, save=save, line_mode=line_mode,
              workshop=workshop, name=name, adaptive=adaptive)
