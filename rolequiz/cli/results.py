"""`rolequiz results [FILE]`: show a saved result again (by default, your last quiz)."""


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
from rolequiz.i18n.help_en import HELP


@app.command(help=HELP["results"], short_help=HELP["results (short)"])
def results(
    file: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Argument(metavar="FILE", help=HELP["results FILE"], show_default=False),
    ] = None,
    format: FormatOpt = Format.table,
    output: OutputOpt = None,
    lang: LangOpt = None,
    questions: QuestionsOpt = None,
    roles: RolesOpt = None,
    state_dir: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--state-dir", metavar="DIR", help=HELP["results --state-dir"]),
    ] = None,
    save: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--save", metavar="FILE", help=HELP["results --save"]),
    ] = None,
) -> None:
    from rolequiz.base.errors import NotFound
    from rolequiz.base.jsontext import to_json
    from rolequiz.cli.guard import use_language
    from rolequiz.content.load import load_content
    from rolequiz.content.results import load_result, result_to_dict
    from rolequiz.i18n import LANGUAGES, t
    from rolequiz.quiz import progress
    from rolequiz.views.markdown import result_to_markdown

    if file is None:
        folder = progress.state_dir(state_dir)
        file = folder / progress.LAST_RESULT
        if not file.is_file():
            raise NotFound(t("results.none_saved", lang_of(lang), folder=folder))
        last = True
    else:
        last = False
    if save is not None:
        from rolequiz.cli.emit import check_output

        check_output(save, lang_of(lang))
    saved = load_result(file, lang_of(lang))
    # the language the result was saved in, unless another is asked for
    language = lang_of(lang) if lang or saved.result.lang not in LANGUAGES \
        else saved.result.lang
    use_language(language)  # a file that cannot be saved is told in the result's language
    content = load_content(questions, roles, language)
    notice = ""
    if saved.same_content(content):
        # same content, same answers: the same result (an adaptive one keeps its note),
        # in the language asked for now
        result = _rescore(content, saved.result, language)
        data = result_to_dict(result, content, saved.code)
    else:
        result, data = saved.result, saved.data
        notice = t("results.other_content", language)
        import dataclasses

        result = dataclasses.replace(result, lang=language)
    text = to_json(data)
    if save is not None:
        from rolequiz.base.files import atomic_write

        atomic_write(save, text, what="result")

    from rolequiz.cli.suggest import Origin, custom_paths

    q, r = custom_paths(content, questions, roles)
    origin = Origin(lang=language, questions=q, roles=r, state_dir=state_dir,
                    saved_to=save or (None if last else file), last_result=last)
    top = result.matches[:3]
    # cards need the content the result was made with
    steps = [] if notice else origin.steps([m.role for m in top], [m.name for m in top],
                                           again=False)

    from rolequiz.cli import browse

    if format is Format.table and output is None and not notice and browse.possible():
        browse.browse(content, result, origin, just_saved=save is not None, code=saved.code)
        return

    from rich.console import Group
    from rich.text import Text

    from rolequiz.cli.emit import emit
    from rolequiz.views.html import result_to_html
    from rolequiz.views.terminal.results import result_view

    def view(ascii_only: bool):
        screen = result_view(result, content, ascii_only=ascii_only, next_steps=steps)
        return Group(Text(notice, style="yellow"), Text(""), screen) if notice else screen

    emit(
        format=format, output=output, lang=language, command="results",
        title=t("document.title", language),
        view=view,
        data=lambda: data,
        markdown=lambda: result_to_markdown(result, content),
        # the page shows the roles' cards: only with the content the result was made with
        html=None if notice else (lambda: result_to_html(result, content)),
    )
    if save is not None:
        from rolequiz.base.textsafe import clean

        sys.stderr.write(clean(t("results.saved_to", language, path=save)) + "\n")


def _rescore(content, saved, language: str):
    """The saved answers scored again, as the quiz that made them did."""
    if not saved.adaptive:
        from rolequiz.engine.scoring import score

        return score(content, saved.answers, language)
    import dataclasses

    from rolequiz.engine import adaptive

    status = adaptive.planner(content).status(saved.answers)
    result = adaptive.result(content, saved.answers, status, language)
    return dataclasses.replace(result, asked=saved.asked or result.asked)
