"""`rolequiz quiz`: the quiz, interactive or from an answers file."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from rolequiz.cli.app import app
from rolequiz.cli.options import Format, FormatOpt, LangOpt, QuestionsOpt, RolesOpt, lang_of
from rolequiz.errors import UsageError


@app.command()
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
    lang: LangOpt = None,
    questions: QuestionsOpt = None,
    roles: RolesOpt = None,
    adaptive: Annotated[
        bool,
        typer.Option(
            "--adaptive",
            help="Ask the most telling question next and stop once your top matches are "
            "settled (with --answers: play it taking each answer from the file).",
        ),
    ] = False,
) -> None:
    """Take the quiz and see which roles suit you best."""
    from rolequiz.content import load_content, load_answers

    language = lang_of(lang)
    content = load_content(questions, roles)
    if adaptive:
        from rolequiz.cli.adaptive_quiz import adaptive_quiz

        adaptive_quiz(content, answers, language, format)
        return
    if answers is not None:
        given = load_answers(answers, content.questions)
    else:
        if not sys.stdin.isatty():
            raise UsageError(
                "the quiz needs a terminal to ask its questions; "
                "run it in a terminal, or give the answers with --answers FILE"
            )
        from rolequiz.session import ask_all

        given = ask_all(content, language)
    show_result(content, given, language, format)


def show_result(content, given, language: str, format: Format) -> None:
    from rolequiz.scoring import score

    result = score(content, given, language)
    if format is Format.json:
        from rolequiz.export import result_to_dict, to_json

        sys.stdout.write(to_json(result_to_dict(result, content)))
    elif format is Format.markdown:
        from rolequiz.export import result_to_markdown

        sys.stdout.write(result_to_markdown(result, content))
    else:
        from rolequiz.cli.output import ascii_only, console
        from rolequiz.render import result_view

        console().print(result_view(result, content, ascii_only=ascii_only()))
