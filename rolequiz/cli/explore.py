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

ResultsOpt = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option(
        "--results", metavar="FILE",
        help="A saved quiz result (rolequiz quiz --format json): show the student's scores.",
    ),
]


def _load(questions, roles, results, language: str):
    """The content, and the student's scores from --results checked against it."""
    from rolequiz.content.cards import check_scores_fit, read_scores
    from rolequiz.content.load import load_content

    content = load_content(questions, roles)
    scores = read_scores(results) if results is not None else None
    if scores is not None:
        check_scores_fit(scores, content, language)
    return content, scores


@app.command("roles", short_help="List the roles (with your scores, given --results).")
def roles_command(
    results: ResultsOpt = None,
    format: FormatOpt = Format.table,
    output: OutputOpt = None,
    lang: LangOpt = None,
    questions: QuestionsOpt = None,
    roles: RolesOpt = None,
) -> None:
    """List the roles (with your scores, given --results)."""
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
             short_help="Show one role's card, every fact with its source.")
def show_command(
    role: Annotated[str, typer.Argument(metavar="ROLE", help="A role id (rolequiz roles).")],
    results: ResultsOpt = None,
    format: FormatOpt = Format.table,
    output: OutputOpt = None,
    lang: LangOpt = None,
    questions: QuestionsOpt = None,
    roles: RolesOpt = None,
) -> None:
    """Show one role's card: facts, missions, skills, tools, sources."""
    from rolequiz.cli.emit import emit
    from rolequiz.content import cards
    from rolequiz.views import html as export_html
    from rolequiz.views import markdown as export
    from rolequiz.views.terminal.cards import card_view

    language = lang_of(lang)
    content, scores = _load(questions, roles, results, language)
    found = cards.find_role(content, role, language)
    data = cards.card(content, found, language, scores)
    emit(
        format=format, output=output, lang=language, command="show", title=data["name"],
        view=lambda ascii_only: card_view(data, ascii_only=ascii_only),
        data=lambda: data,
        markdown=lambda: export.card_to_markdown(data),
        html=lambda: export_html.card_to_html(data),
    )


@app.command("compare", short_help="Compare 2 to 4 roles side by side.")
def compare_command(
    role_ids: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Argument(metavar="ROLE...", help="2 to 4 role ids (rolequiz roles).",
                       show_default=False),
    ] = None,
    top: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option("--top", metavar="N", help="Compare the N best matches of --results (2-4)."),
    ] = None,
    results: ResultsOpt = None,
    format: FormatOpt = Format.table,
    output: OutputOpt = None,
    lang: LangOpt = None,
    questions: QuestionsOpt = None,
    roles: RolesOpt = None,
) -> None:
    """Compare 2 to 4 roles side by side (or your --top N matches)."""
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
