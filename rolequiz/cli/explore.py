"""`rolequiz roles`, `rolequiz show ROLE`, `rolequiz compare ROLE ROLE...`: look around."""


from pathlib import Path
from typing import Annotated, Optional

import typer

from rolequiz.cli.app import RolequizCommand, app
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

ResultsOpt = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option(
        "--results", metavar="FILE",
        help=HELP["--results"],
    ),
]


def _load(questions, roles, results, language: str):
    """The content, and the student's scores from --results checked against it."""
    from rolequiz.content.cards import check_scores_fit, read_scores
    from rolequiz.content.load import load_content

    content = load_content(questions, roles, language)
    scores = read_scores(results, language) if results is not None else None
    if scores is not None:
        check_scores_fit(scores, content, language)
    return content, scores


@app.command("roles", help=HELP["roles"], short_help=HELP["roles"])
def roles_command(
    results: ResultsOpt = None,
    format: FormatOpt = Format.table,
    output: OutputOpt = None,
    lang: LangOpt = None,
    questions: QuestionsOpt = None,
    roles: RolesOpt = None,
) -> None:
    from rolequiz.cli.emit import emit
    from rolequiz.content import cards
    from rolequiz.i18n import t
    from rolequiz.views import html as export_html
    from rolequiz.views import markdown as export
    from rolequiz.views.terminal.cards import role_list_view

    language = lang_of(lang)
    content, scores = _load(questions, roles, results, language)
    data = cards.role_list(content, language, scores)
    emit(
        format=format, output=output, lang=language, command="roles",
        title=t("cards.roles_title", language),
        view=lambda ascii_only: role_list_view(data, ascii_only=ascii_only),
        data=lambda: data,
        markdown=lambda: export.role_list_to_markdown(data),
        html=lambda: export_html.role_list_to_html(data),
    )


@app.command("show", cls=RolequizCommand,
             help=HELP["show"], short_help=HELP["show (short)"])
def show_command(
    role: Annotated[
        Optional[str],  # noqa: UP045
        typer.Argument(metavar="ROLE", help=HELP["show ROLE"], show_default=False),
    ] = None,
    sources: Annotated[
        bool, typer.Option("--sources", help=HELP["show --sources"])
    ] = False,
    advice: Annotated[
        bool, typer.Option("--advice",
                           help=HELP["show --advice"])
    ] = False,
    glossary: Annotated[
        bool, typer.Option("--glossary",
                           help=HELP["show --glossary"])
    ] = False,
    results: ResultsOpt = None,
    format: FormatOpt = Format.table,
    output: OutputOpt = None,
    lang: LangOpt = None,
    questions: QuestionsOpt = None,
    roles: RolesOpt = None,
) -> None:
    from rolequiz.base.errors import UsageError
    from rolequiz.cli.emit import emit
    from rolequiz.content import cards
    from rolequiz.i18n import t
    from rolequiz.views import html as export_html
    from rolequiz.views import markdown as export
    from rolequiz.views.terminal import cards as view

    language = lang_of(lang)
    if (role is not None) + advice + glossary != 1:
        key = "cards.show_what" if role is None and not advice and not glossary else \
            "cards.show_one"
        raise UsageError(t(key, language))
    content, scores = _load(questions, roles, results, language)
    if advice or glossary:
        page = cards.advice(content, language) if advice else cards.glossary(content, language)
        title = t("cards.advice_title" if advice else "cards.glossary_title", language)
        emit(
            format=format, output=output, lang=language, command="show", title=title,
            view=lambda ascii_only: (view.advice_view if advice else view.glossary_view)(
                page, ascii_only=ascii_only),
            data=lambda: page,
            markdown=lambda: (export.advice_to_markdown if advice
                              else export.glossary_to_markdown)(page),
            html=lambda: (export_html.advice_to_html if advice
                          else export_html.glossary_to_html)(page),
        )
        return
    found = cards.find_role(content, role, language)
    data = cards.card(content, found, language, scores)
    emit(
        format=format, output=output, lang=language, command="show", title=data["name"],
        view=lambda ascii_only: view.card_view(data, ascii_only=ascii_only, sources=sources),
        data=lambda: data,
        markdown=lambda: export.card_to_markdown(data, sources=sources),
        html=lambda: export_html.card_to_html(data, sources=sources),
    )


@app.command("compare", help=HELP["compare"], short_help=HELP["compare (short)"])
def compare_command(
    role_ids: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Argument(metavar="ROLE...", help=HELP["compare ROLE..."],
                       show_default=False),
    ] = None,
    top: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option("--top", metavar="N",
                     help=HELP["compare --top"]),
    ] = None,
    results: ResultsOpt = None,
    format: FormatOpt = Format.table,
    output: OutputOpt = None,
    lang: LangOpt = None,
    questions: QuestionsOpt = None,
    roles: RolesOpt = None,
) -> None:
    from rolequiz.cli.emit import emit
    from rolequiz.content import cards
    from rolequiz.i18n import t
    from rolequiz.views import html as export_html
    from rolequiz.views import markdown as export
    from rolequiz.views.terminal.cards import comparison_view

    language = lang_of(lang)
    content, scores = _load(questions, roles, results, language)
    picked = cards.pick_roles(content, role_ids or [], language, top=top, scores=scores)
    data = cards.comparison(content, picked, language, scores)
    emit(
        format=format, output=output, lang=language, command="compare",
        title=t("cards.compare_title", language),
        view=lambda ascii_only: comparison_view(data, ascii_only=ascii_only),
        data=lambda: data,
        markdown=lambda: export.comparison_to_markdown(data),
        html=lambda: export_html.comparison_to_html(data),
    )
