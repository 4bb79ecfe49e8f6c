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


@app.command(short_help="Take the quiz and see which roles suit you best.")
def quiz(
    answers: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            "--answers",
            metavar="FILE",
            help="Take the answers from this file (YAML or JSON) instead of asking.",
        ),
    ] = None,
    format: FormatOpt = Format.table,
    output: OutputOpt = None,
    lang: LangOpt = None,
    questions: QuestionsOpt = None,
    roles: RolesOpt = None,
    resume: Annotated[
        bool,
        typer.Option("--resume", help="Continue the unfinished quiz where you left off."),
    ] = False,
    state_dir: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            "--state-dir",
            metavar="DIR",
            help="Where progress is kept (default: ROLEQUIZ_STATE_DIR, else your user "
            "data folder).",
        ),
    ] = None,
    save: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            "--save",
            metavar="FILE",
            help="Also write the result as JSON to FILE (show it again with "
            "`rolequiz results FILE`).",
        ),
    ] = None,
    line_mode: Annotated[
        bool,
        typer.Option(
            "--line-mode",
            help="Type each answer then Enter, instead of single keys (also "
            "ROLEQUIZ_LINE_MODE=1).",
        ),
    ] = False,
    workshop: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--workshop", metavar="DIR",
                     help="Save the result in this group folder (made with rolequiz workshop "
                     "init)."),
    ] = None,
    name: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--name", metavar="NAME",
                     help="Your name or a pseudonym in the workshop (default: a code)."),
    ] = None,
    adaptive: Annotated[
        bool,
        typer.Option(
            "--adaptive",
            help="Ask the most telling question next and stop once your top matches are "
            "clear (with --answers: run it, taking each answer from the file).",
        ),
    ] = False,
) -> None:
    """Take the quiz and see which roles suit you best."""
    from rolequiz.cli.take import take_quiz

    take_quiz(answers=answers, format=format, output=output, lang=lang, questions=questions,
              roles=roles, resume=resume, state_dir=state_dir, save=save, line_mode=line_mode,
              workshop=workshop, name=name, adaptive=adaptive)
