"""`rolequiz quiz`: the quiz, interactive or from an answers file."""


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
    resume: Annotated[
        bool,
        typer.Option("--resume", help="Continue the unfinished quiz where you left it."),
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
                     help="Save the result into this group folder (rolequiz workshop init)."),
    ] = None,
    name: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--name", help="Name or pseudonym for the workshop (default: a code)."),
    ] = None,
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
    language = lang_of(lang)
    if answers is None:
        from rolequiz.cli.interactive import check_terminal

        check_terminal(language)  # before anything else: never hang on a pipe
    from rolequiz.content import load_answers, load_content

    if workshop is not None or name is not None:  # the workshop's folder pins the content
        from rolequiz.cli.workshop import workshop_content

        questions, roles = workshop_content(workshop, name, questions, roles, language)
    content = load_content(questions, roles)
    if answers is not None:
        given = load_answers(answers, content.questions)
        result = _result(content, given, language, adaptive, skipped=None)
        if save is not None:
            _save_result(content, result, save)
        if workshop is not None:
            from rolequiz.cli.workshop import save_to_workshop

            save_to_workshop(workshop, name, content, result, language)
    else:
        from rolequiz.cli import interactive

        given, progress_path, skipped = interactive.run(
            content, language, resume=resume, state_dir_opt=state_dir, questions=questions,
            roles=roles, asked_lang=lang.value if lang else None, line_mode=line_mode,
            workshop=workshop, name=name, adaptive=adaptive,
        )
        result = _result(content, given, language, adaptive, skipped=skipped, played=True)
        if workshop is not None:  # saved before anything else can go wrong
            from rolequiz.cli.workshop import save_to_workshop

            save_to_workshop(workshop, name, content, result, language)
        command = interactive.resume_command(questions, roles, state_dir,
                                             lang.value if lang else None, workshop, name)
        failed = interactive.finish(content, given, language, progress_path, save, command,
                                    result=result)
        if failed is not None:
            show_result(content, result, language, format, output)
            raise failed
    show_result(content, result, language, format, output)
    if save is not None and format is Format.table and output is None:
        from rolequiz.cli.interactive import t
        from rolequiz.textsafe import clean

        sys.stdout.write("\n" + clean(t("saved_to", language, path=save)) + "\n")


def _result(content, given, language: str, adaptive: bool, *, skipped, played=False):
    """The result, by the one scoring engine. With --adaptive and an answers file, the
    adaptive quiz is played first, taking each asked question's answer from the file."""
    if not adaptive:
        from rolequiz.scoring import score

        return score(content, given, language)
    from rolequiz import adaptive as adapt

    if played:  # the student was asked in the terminal: the answers are the quiz's own
        status = adapt.planner(content).status(given, skipped or ())
        return adapt.result(content, given, status, language)
    run = adapt.run(content, given)
    return adapt.result(content, run.answers, run.status, language)


def _save_result(content, result, path: Path) -> None:
    from rolequiz.export import result_to_dict, to_json
    from rolequiz.fsutil import atomic_write

    atomic_write(path, to_json(result_to_dict(result, content)), what="result")


def show_result(content, result, language: str, format: Format, output=None) -> None:
    from rolequiz import export
    from rolequiz.cli.emit import emit

    # Each format imports what it needs when asked for: rich (the table) alone takes
    # 50 ms, more than the whole of `--format json` (docs/performance.md).
    def view(ascii_only: bool):
        from rolequiz.render import result_view

        return result_view(result, content, ascii_only=ascii_only)

    def html() -> str:
        from rolequiz.export_html import result_to_html

        return result_to_html(result, content)

    emit(
        format=format, output=output, lang=language, command="quiz",
        title=export.MD_WORDS.get(language, export.MD_WORDS["en"])["title"],
        view=view,
        data=lambda: export.result_to_dict(result, content),
        markdown=lambda: export.result_to_markdown(result, content),
        html=html,
    )
