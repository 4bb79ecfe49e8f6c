"""Taking the quiz, interactive or from an answers file: what `rolequiz quiz` does, without
typer, so that `rolequiz` alone can start it before typer is even imported
(rolequiz/cli/fast.py). The typer command in cli/quiz.py only reads the options."""

from __future__ import annotations

import sys
from pathlib import Path

from rolequiz.cli.choices import Format, Lang, lang_of
from rolequiz.i18n import t


def take_quiz(
    *,
    answers: Path | None = None,
    format: Format = Format.table,
    output: Path | None = None,
    lang: Lang | None = None,
    questions: Path | None = None,
    roles: Path | None = None,
    resume: bool = False,
    state_dir: Path | None = None,
    save: Path | None = None,
    line_mode: bool = False,
    workshop: Path | None = None,
    name: str | None = None,
    adaptive: bool = False,
) -> None:
    """The quiz with these options (the defaults are `rolequiz quiz`'s)."""
    language = lang_of(lang)
    if save is not None or output is not None:  # before any question: never after them
        from rolequiz.cli.emit import check_output

        check_output(save, language)
        check_output(output, language)
    if answers is None:
        from rolequiz.cli.interactive import check_terminal

        check_terminal(language)  # before anything else: never hang on a pipe
    from rolequiz.content.answers import load_answers
    from rolequiz.content.load import load_content

    if workshop is not None or name is not None:  # the workshop's folder pins the content
        from rolequiz.cli.join import workshop_content

        questions, roles = workshop_content(workshop, name, questions, roles, language)
    content = load_content(questions, roles, language)
    if answers is not None:
        given = load_answers(answers, content.questions, language)
        result = _result(content, given, language, adaptive, skipped=None)
        if save is not None:
            _save_result(content, result, save)
        if workshop is not None:
            from rolequiz.cli.join import save_to_workshop

            save_to_workshop(workshop, name, content, result, language)
    else:
        from rolequiz.cli import interactive

        seat = None
        if workshop is not None:  # whose quiz this is, in which workshop
            from rolequiz.cli.join import seat as take_seat

            seat = take_seat(workshop, name, resume)
        given, progress_path, skipped = interactive.run(
            content, language, resume=resume, state_dir_opt=state_dir, questions=questions,
            roles=roles, asked_lang=lang.value if lang else None, line_mode=line_mode,
            workshop=workshop, name=name, adaptive=adaptive, seat=seat,
        )
        result = _result(content, given, language, adaptive, skipped=skipped, played=True)
        code = None
        unsent = None
        if seat is not None:  # saved before anything else can go wrong
            code = seat.who.code
            unsent = _to_workshop(seat, content, result, language, state_dir)
        command = interactive.resume_command(questions, roles, state_dir,
                                             lang.value if lang else None, workshop,
                                             name if seat is None else (name or code),
                                             adaptive)
        failed = interactive.finish(content, given, language, progress_path, save, command,
                                    result=result, code=code)
        if unsent is not None:  # the share said no: the student hears where the result is
            from rolequiz.base.errors import SaveError
            from rolequiz.i18n.errors import message

            failed = SaveError(unsent if failed is None
                               else f"{unsent}\n{message(failed, language)}")
        from rolequiz.cli.suggest import Origin, custom_paths

        q, r = custom_paths(content, questions, roles)
        origin = Origin(lang=language, questions=q, roles=r, state_dir=state_dir,
                        saved_to=save if failed is None else None, last_result=True)
        # the results first, whatever the disk did; then what went wrong with the file
        from rolequiz.i18n.errors import message

        present(content, result, format, output, origin, line_mode=line_mode, code=code,
                problem=None if failed is None else message(failed, language))
        if failed is not None:
            raise failed
        return
    from rolequiz.cli.suggest import Origin, custom_paths

    q, r = custom_paths(content, questions, roles)
    origin = Origin(lang=language, questions=q, roles=r, saved_to=save)
    show_result(content, result, language, format, output, origin)
    if save is not None and format is Format.table and output is None:
        from rolequiz.base.textsafe import clean

        sys.stdout.write("\n" + clean(t("results.saved_to", language, path=save)) + "\n")


def present(content, result, format: Format, output, origin, *, line_mode: bool = False,
            code: str | None = None, steps=None, problem: str | None = None) -> None:
    """A result shown to a person: in a terminal, the results browser (one screen, keys
    for the rest); elsewhere (a pipe, a file, another format), the whole printout."""
    from rolequiz.cli import browse

    if format is not Format.table or output is not None or not browse.possible():
        show_result(content, result, result.lang, format, output, origin, steps=steps)
        if origin.saved_to is not None and format is Format.table and output is None:
            from rolequiz.base.textsafe import clean

            sys.stdout.write("\n" + clean(t("results.saved_to", result.lang,
                                              path=origin.saved_to)) + "\n")
        return
    browse.browse(content, result, origin, line_mode=line_mode, code=code,
                  just_saved=origin.saved_to is not None, problem=problem)


def _to_workshop(seat, content, result, language: str, state_dir: Path | None) -> str | None:
    """Save the result into the workshop folder; when the folder cannot take it (gone,
    full, read-only), keep it on this computer and return what to tell the student."""
    from rolequiz.base.errors import SaveError
    from rolequiz.base.shell import command
    from rolequiz.cli.join import keep_unsent, save_to_workshop
    from rolequiz.i18n.errors import message

    try:
        save_to_workshop(seat.folder, seat.who.name, content, result, language,
                         code=seat.who.code, manifest=seat.manifest)
        return None
    except (SaveError, OSError) as e:
        try:
            kept = keep_unsent(state_dir, seat, content, result)
        except SaveError as e2:
            return t("workshop.unsent_lost", language, error=message(e, language),
                     error2=message(e2, language))
        submit = ["rolequiz", "workshop", "submit", str(seat.folder)]
        if state_dir is not None:
            submit += ["--state-dir", str(state_dir)]
        return t("workshop.unsent", language, error=message(e, language), path=kept,
                 command=command(submit))


def _result(content, given, language: str, adaptive: bool, *, skipped, played=False):
    """The result, by the one scoring engine. With --adaptive and an answers file, the
    adaptive quiz is played first, taking each asked question's answer from the file."""
    if not adaptive:
        from rolequiz.engine.scoring import score

        return score(content, given, language)
    from rolequiz.engine import adaptive as adapt

    if played:  # the student was asked in the terminal: the answers are the quiz's own
        status = adapt.planner(content).status(given, skipped or ())
        return adapt.result(content, given, status, language)
    run = adapt.run(content, given)
    return adapt.result(content, run.answers, run.status, language)


def _save_result(content, result, path: Path) -> None:
    from rolequiz.base.files import atomic_write
    from rolequiz.base.jsontext import to_json
    from rolequiz.content.results import result_to_dict

    atomic_write(path, to_json(result_to_dict(result, content)), what="result")


def show_result(content, result, language: str, format: Format, output=None, origin=None,
                steps=None) -> None:
    from rolequiz.cli.emit import emit
    from rolequiz.content.results import result_to_dict
    from rolequiz.views import markdown as export

    # Each format imports what it needs when asked for: rich (the table) alone takes
    # 50 ms, more than the whole of `--format json` (docs/performance.md).
    def view(ascii_only: bool):
        from rolequiz.views.terminal.results import result_view

        return result_view(result, content, ascii_only=ascii_only, next_steps=next_steps)

    if steps is not None:
        next_steps = steps
    elif origin is not None:
        names = [m.name for m in result.matches[:3]]
        next_steps = origin.steps([m.role for m in result.matches[:3]], names)
    else:
        next_steps = True

    def html() -> str:
        from rolequiz.views.html import result_to_html

        return result_to_html(result, content)

    emit(
        format=format, output=output, lang=language, command="quiz",
        title=t("document.title", language),
        view=view,
        data=lambda: result_to_dict(result, content),
        markdown=lambda: export.result_to_markdown(result, content),
        html=html,
    )
