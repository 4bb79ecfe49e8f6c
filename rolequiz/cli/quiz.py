"""`rolequiz quiz`: the quiz, interactive or from an answers file."""

from __future__ import annotations

import sys
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
    lang_of,
)
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
    output: OutputOpt = None,
    lang: LangOpt = None,
    questions: QuestionsOpt = None,
    roles: RolesOpt = None,
) -> None:
    """Take the quiz and see which roles suit you best."""
    from rolequiz.content import load_answers, load_content

    language = lang_of(lang)
    content = load_content(questions, roles)
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
    show_result(content, given, language, format, output)


def show_result(content, given, language: str, format: Format, output=None) -> None:
    from rolequiz.cli.emit import emit
    from rolequiz.export import MD_WORDS, result_to_dict, result_to_markdown
    from rolequiz.export_html import result_to_html
    from rolequiz.render import result_view
    from rolequiz.scoring import score

    result = score(content, given, language)
    emit(
        format=format, output=output, lang=language, command="quiz",
        title=MD_WORDS.get(language, MD_WORDS["en"])["title"],
        view=lambda ascii_only: result_view(result, content, ascii_only=ascii_only),
        data=lambda: result_to_dict(result, content),
        markdown=lambda: result_to_markdown(result, content),
        html=lambda: result_to_html(result, content),
    )
