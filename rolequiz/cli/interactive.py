"""The interactive quiz from the command line: progress file, keys, signals, messages.

Whatever stops the quiz (q, Ctrl-C, Ctrl-D, SIGTERM, SIGHUP), the answers are already on
disk (saved after each one), the terminal is restored, and the student is told how to
come back. Exit codes: 0 for q, 130 for every interruption.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from rolequiz.base import shell
from rolequiz.base.errors import ExitCode, Interrupted, SaveError, UsageError
from rolequiz.base.textsafe import clean
from rolequiz.cli.guard import signals_raise_exit
from rolequiz.content.models import Content
from rolequiz.i18n import plural, t
from rolequiz.i18n.errors import message

MAX_SINGLE_KEYS = 10  # choices a single key can answer: 1-9, and 0 for the tenth


def ui_stream() -> TextIO:
    """Screens go to the terminal: stdout, or stderr when stdout is a file or a pipe (so
    `rolequiz quiz --format json > result.json` still shows the questions)."""
    try:
        return sys.stdout if sys.stdout.isatty() else sys.stderr
    except (AttributeError, ValueError):
        return sys.stderr


def say(out: TextIO, text: str) -> None:
    try:
        out.write(text + "\n")
        out.flush()
    except OSError:
        pass  # the terminal went away (SIGHUP)


def resume_command(questions: Path | None, roles: Path | None, state_dir: Path | None,
                   lang: str | None, workshop: Path | None = None,
                   name: str | None = None, adaptive: bool = False) -> str:
    """The command that continues this quiz. In a workshop it names the folder (which pins
    the content) and the student, so the finished result is saved there too."""
    args = ["rolequiz", "quiz", "--resume"]
    if workshop is not None:
        args += ["--workshop", str(workshop)]
        if name:
            args += ["--name", name]
    else:
        if questions:
            args += ["--questions", str(questions)]
        if roles:
            args += ["--roles", str(roles)]
    if state_dir:
        args += ["--state-dir", str(state_dir)]
    if lang:
        args += ["--lang", lang]
    if adaptive:
        args.append("--adaptive")
    return shell.command(args)


def check_terminal(lang: str) -> None:
    try:
        tty = sys.stdin.isatty()
    except (AttributeError, ValueError):
        tty = False
    if not tty:
        raise UsageError(t("quiz.no_tty", lang))


def run(content: Content, lang: str, *, resume: bool, state_dir_opt: Path | None,
        questions: Path | None, roles: Path | None, asked_lang: str | None,
        line_mode: bool, workshop: Path | None = None, name: str | None = None,
        adaptive: bool = False, seat=None) -> tuple[dict[str, int], Path, list[str]]:
    """Take the quiz in the terminal. Returns the answers, the progress file path (to
    remove once the result is safe) and the questions skipped. Raises Interrupted (130) or
    SystemExit(0) on q."""
    from rolequiz.quiz import progress as prog
    from rolequiz.quiz.keys import open_reader
    from rolequiz.quiz.session import AdaptiveSession, Quit, Screen, Session

    out = ui_stream()
    folder = prog.state_dir(state_dir_opt)
    # in a workshop, `seat` (cli/join.py) says whose quiz this is: a file of their own
    path = folder / (seat.progress_file() if seat is not None else prog.FILE_NAME)
    notices: list[str] = []

    loaded = prog.load(path)
    if loaded.corrupt_kept_at is not None:
        notices.append(t("progress.corrupt", lang, path=path, reason=loaded.problem,
                         kept=loaded.corrupt_kept_at.name))
    elif loaded.problem:
        notices.append(t("progress.unreadable", lang, reason=loaded.problem))
    if seat is not None:
        loaded = _with_share(seat, loaded, lang, notices, resume)
    command = resume_command(questions, roles, state_dir_opt, asked_lang, workshop,
                             name if seat is None else (seat.who.name or seat.who.code),
                             adaptive)
    if seat is not None and seat.sealed and seat.who.name:
        # the copy in the folder opens with the code alone: say it, with its command
        command += "\n" + t("workshop.resume_elsewhere", lang, code=seat.who.code,
                            command=resume_command(questions, roles, None, asked_lang,
                                                   workshop, seat.who.code, adaptive))

    def save(p) -> None:
        """After every answer: on this computer, and in the workshop folder when there
        is one (either is enough to lose nothing)."""
        if seat is None:
            prog.save(path, p)
            return
        seat.stamp(p)
        p.updated = prog.now()
        seat.mirror(p.to_dict())
        try:
            prog.save(path, p)
        except SaveError:
            if seat.share_problem is not None:
                raise  # neither copy could be written: the student must hear it

    # single keys reach 10 choices (1-9, 0); more are typed, then Enter (Session.key_of)
    reader = open_reader(line_mode or len(content.questions.scale.choices) > MAX_SINGLE_KEYS)
    current = None
    resumed = False
    with signals_raise_exit():
        try:
            with reader:
                saved = loaded.progress
                if saved is not None and (saved.answers or saved.skipped):
                    fitted = prog.reconcile(loaded.progress, content.questions)
                    if not resume:
                        resume = _ask_resume(out, reader, lang, fitted.progress, content)
                    if resume:
                        current, resumed = fitted.progress, True
                        if fitted.changed:
                            if fitted.dropped:
                                notices.append(t(
                                    "progress.changed", lang,
                                    kept=plural(fitted.kept, lang, "progress.kept"),
                                    dropped=plural(len(fitted.dropped), lang, "progress.dropped")))
                            else:
                                notices.append(plural(fitted.kept, lang,
                                                      "progress.changed_all_kept"))
                elif resume:
                    notices.append(t("progress.none_to_resume", lang, folder=folder))
                if current is None:
                    current = prog.new(content.questions, content.roles.digest, lang,
                                       str(questions or ""), str(roles or ""))
                current.lang = lang
                screen = Screen(out, clear=not reader.line_mode)
                if hasattr(reader, "on_continue"):  # after Ctrl-Z and `fg`
                    reader.on_continue = screen.redraw
                if adaptive:
                    from rolequiz.engine.adaptive import planner

                    session = AdaptiveSession(content, lang, current, reader, screen, save,
                                              resumed=resumed, planner=planner(content))
                else:
                    session = Session(content, lang, current, reader, screen, save,
                                      resumed=resumed)
                session.message = " ".join(notices)  # shown on the welcome screen
                if resumed and fitted.changed:
                    session.save()
                answers = session.run()
                if screen.clear:
                    screen.show("")  # the results start on a clean screen
        except Quit:
            current = current if current is not None else loaded.progress
            _paused(out, path, current, content, lang, command, nothing_ok=True)
            raise SystemExit(int(ExitCode.OK)) from None
        except (KeyboardInterrupt, EOFError, SystemExit):
            current = current if current is not None else loaded.progress
            _paused(out, path, current, content, lang, command)
            raise Interrupted(t("quiz.interrupted", lang)) from None
    return answers, path, list(current.skipped)


def _with_share(seat, loaded, lang: str, notices: list[str], resume: bool = False):
    """The progress to offer: this student's on this computer, else theirs in the
    workshop folder (saved on another computer). The seat takes the saved code."""
    from rolequiz.quiz import progress as prog

    mine = loaded.progress
    if mine is not None and (mine.answers or mine.skipped):
        seat.adopt(mine.code, mine.name or None)
        return loaded
    found = seat.from_share()
    if found is None:
        if resume and seat.sealed and not seat.key.startswith("code-"):
            # a sealed folder's copies open with the student's code, never with a name
            notices.append(t("progress.sealed_needs_code", lang))
        return loaded
    code, name, state = found
    try:
        shared = prog.from_dict(state)
    except ValueError:
        return loaded  # a damaged copy: the quiz starts afresh, the copy stays
    seat.adopt(code, name)
    notices.append(t("progress.from_workshop", lang, folder=seat.folder))
    return prog.Loaded(shared)


def _paused(out: TextIO, path: Path, current, content: Content, lang: str, command: str,
            nothing_ok: bool = False) -> None:
    from rolequiz.quiz import progress as prog
    from rolequiz.quiz.session import fold

    total = len(content.questions.questions)
    say(out, "")
    if current is None or (not current.answers and not current.skipped):
        if nothing_ok:
            say(out, t("quiz.nothing_saved", lang))
        return
    try:
        prog.save(path, current)
    except SaveError as e:
        say(sys.stderr, f"rolequiz: {clean(message(e, lang))}")
        return
    say(out, fold(plural(total, lang, "quiz.paused", answered=len(current.answers),
                         path=path)))
    say(out, _with_command("quiz.resume_with", lang, command))


def _ask_resume(out: TextIO, reader, lang: str, saved, content: Content) -> bool:
    from rolequiz.quiz.session import fold

    total = len(content.questions.questions)
    when = saved_when(saved.updated, lang)
    while True:
        say(out, "")
        say(out, fold(t("progress.unfinished", lang, answered=len(saved.answers),
                        total=total, when=when)))
        keys = t("progress.unfinished_keys", lang)
        enc = (getattr(out, "encoding", None) or "ascii").lower().replace("-", "")
        if not enc.startswith("utf"):
            keys = keys.replace("·", "|")
        say(out, fold(keys))
        if reader.line_mode:
            try:
                out.write("> ")
                out.flush()
            except OSError:
                pass
        key = reader.read() or "enter"  # a line reader gives "" for Enter alone
        if key in ("r", "enter"):
            return True
        if key == "n":
            return False
        if key == "q":
            from rolequiz.quiz.session import Quit

            raise Quit


def saved_when(stamp: str, lang: str) -> str:
    """When a quiz was saved, in words: "on 2 December 2026 at 06:58", « le 2 décembre
    2026 à 06:58 », in this computer's time. The stamp comes from a file (a share's copy):
    one that is no date is said to be unknown."""
    from datetime import datetime

    from rolequiz.i18n import clock_words, date_words

    try:
        moment = datetime.fromisoformat(stamp.strip().replace("Z", "+00:00"))
        if moment.tzinfo is not None:
            moment = moment.astimezone()
    except (ValueError, OverflowError, OSError):
        return t("progress.when_unknown", lang)
    return t("progress.when", lang, date=date_words(moment, lang),
             time=clock_words(moment, lang))


def _with_command(key: str, lang: str, command: str) -> str:
    """A sentence that ends with a command, folded to the terminal: the command on a line
    of its own when the whole does not fit, never cut (it is copied as it is)."""
    import shutil

    from rolequiz.quiz.session import MAX_LINE, fold

    text = t(key, lang, command=command)
    width = min(max(20, shutil.get_terminal_size((80, 24)).columns), MAX_LINE)
    if "\n" not in text and len(text) <= width:
        return text
    lead = t(key, lang, command="\0").split("\0")[0].rstrip()
    first, *rest = command.split("\n", 1)  # a workshop's: the code's sentence follows
    return "\n".join([fold(lead, width), "  " + first, *rest])


def finish(content: Content, answers: dict[str, int], lang: str, path: Path,
           save_to: Path | None, command: str, result=None,
           code: str | None = None) -> SaveError | None:
    """Once the quiz is done: the result to --save FILE and to the state folder's
    last-result.json; the progress file is removed only once FILE is safe. A failure is
    returned, not raised, so the student still sees the results before hearing about it."""
    from rolequiz.base.files import atomic_write, can_replace
    from rolequiz.base.jsontext import to_json
    from rolequiz.content.results import result_to_dict
    from rolequiz.engine.scoring import score
    from rolequiz.quiz import progress as prog

    if result is None:
        result = score(content, answers, lang)
    data = to_json(result_to_dict(result, content, code))
    try:
        atomic_write(path.parent / prog.LAST_RESULT, data, what="result")
    except SaveError as e:
        say(sys.stderr, f"rolequiz: {clean(message(e, lang))}")  # a convenience copy: go on
    if save_to is not None:
        try:
            if not can_replace(save_to):  # made read-only since the quiz started
                raise SaveError(t("output.read_only", lang, path=clean(str(save_to))))
            atomic_write(save_to, data, what="result")
        except SaveError as e:
            if path.exists():
                return SaveError(t("quiz.save_failed_safe", lang, error=message(e, lang),
                                   path=path,
                                   command=command))
            return e
    prog.remove(path)
    return None
