"""`rolequiz quiz --adaptive`: the most telling question next, stop once the top is settled.

With --answers FILE the adaptive quiz is played taking each asked question's answer from
the file (a simulation). Otherwise a plain terminal loop asks the questions: a number
answers, Enter alone skips, b goes back; once the top is settled the student chooses
between the results and more questions.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rolequiz.cli.options import Format
from rolequiz.errors import UsageError

WORDS = {
    "back": {"en": "b=back", "fr": "b=retour"},
}


def adaptive_quiz(content, answers_file: Path | None, language: str, format: Format) -> None:
    from rolequiz import adaptive

    if answers_file is not None:
        from rolequiz.content import load_answers

        given = load_answers(answers_file, content.questions)
        run = adaptive.run(content, given)
        answers, asked, status = run.answers, run.asked, run.status
    else:
        if not sys.stdin.isatty():
            raise UsageError(
                "the quiz needs a terminal to ask its questions; "
                "run it in a terminal, or give the answers with --answers FILE"
            )
        answers, asked, status = ask_adaptive(content, language)
    result = adaptive.result(content, answers, status, language)
    show(content, result, asked, language, format)


def show(content, result, asked: int, language: str, format: Format) -> None:
    # the note on a settled result says it already; otherwise one line says it
    said = any(n.code == "adaptive" for n in result.notes)
    if format is Format.json:
        from rolequiz.export import result_to_dict, to_json

        data = result_to_dict(result, content)
        data["adaptive"] = True
        data["asked"] = asked
        sys.stdout.write(to_json(data))
    elif format is Format.markdown:
        from rolequiz.adaptive import message
        from rolequiz.export import result_to_markdown

        sys.stdout.write(result_to_markdown(result, content))
        if not said:
            sys.stdout.write("\n" + message("asked", language, asked=asked, total=result.total)
                             + "\n")
    else:
        from rolequiz.adaptive import message
        from rolequiz.cli.output import ascii_only, console
        from rolequiz.render import result_view

        out = console()
        out.print(result_view(result, content, ascii_only=ascii_only()))
        if not said:
            out.print(message("asked", language, asked=asked, total=result.total),
                      markup=False, highlight=False)


def ask_adaptive(content, lang: str):
    """The plain terminal loop. Returns (answers, questions asked, last status)."""
    from rolequiz.adaptive import message, planner
    from rolequiz.i18n import translate
    from rolequiz.textsafe import clean

    plan = planner(content)
    qs = content.questions
    by_id = {q.id: q for q in qs.questions}
    choices = "  ".join(f"{c.value}={clean(c.label.get(lang))}" for c in qs.scale.choices)
    choices += "  " + translate(WORDS, "back", lang)
    answers: dict[str, int] = {}
    skipped: set[str] = set()
    history: list[str] = []  # questions in the order they were asked
    offered = False  # the "settled" choice was offered already
    total = len(qs.questions)

    def read() -> str:
        line = sys.stdin.readline()
        if not line:
            raise EOFError
        return line.strip()

    while True:
        status = plan.status(answers, skipped)
        if status.settled and not offered and status.remaining:
            offered = True
            sys.stdout.write("\n" + message("settled", lang, asked=status.asked, total=total)
                             + "\n" + message("prompt", lang) + "\n> ")
            sys.stdout.flush()
            if read().lower() != "c":
                break
        qid = plan.next_question(answers, skipped)
        if qid is None:
            break
        q = by_id[qid]
        sys.stdout.write(f"\n[{len(history) + 1}/{total}] {clean(q.text.get(lang))}\n"
                         f"{choices}\n> ")
        sys.stdout.flush()
        line = read()
        if line.lower() == "b":
            if history:
                # back: the previous question is asked again, then the choice goes on
                # from the answers as they are then
                last = history.pop()
                answers.pop(last, None)
                skipped.discard(last)
                line = _ask_again(by_id[last], choices, len(history) + 1, total, lang, read,
                                  qs.scale.values)
                history.append(last)
                _record(line, last, answers, skipped)
            continue
        if line and not _valid(line, qs.scale.values):
            continue  # not a choice: the same question again
        history.append(qid)
        _record(line, qid, answers, skipped)
    return answers, len(history), plan.status(answers, skipped)


def _valid(line: str, values) -> bool:
    return line.lstrip("-").isdigit() and int(line) in values


def _ask_again(q, choices, n, total, lang, read, values) -> str:
    from rolequiz.textsafe import clean

    while True:
        sys.stdout.write(f"\n[{n}/{total}] {clean(q.text.get(lang))}\n{choices}\n> ")
        sys.stdout.flush()
        line = read()
        if not line or _valid(line, values):
            return line


def _record(line: str, qid: str, answers: dict, skipped: set) -> None:
    """A valid number answers; an empty line skips."""
    if line:
        answers[qid] = int(line)
        skipped.discard(qid)
    else:
        skipped.add(qid)
