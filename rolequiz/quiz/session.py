"""The interactive quiz loop: welcome, one question at a time, back, skip, help, the end.

No maths and no rich here: screens are plain text (drawn in a few milliseconds, readable on
any terminal, by a screen reader, or in a log), built by small functions that return
strings. Every change (an answer, a skip, a step back) is handed to `save` at once, so
nothing is lost when the quiz stops, however it stops.
"""

from __future__ import annotations

import math
import os
import shutil
import textwrap
from collections.abc import Callable
from typing import Protocol, TextIO

from rolequiz.base.textsafe import clean
from rolequiz.content.models import Content, Question
from rolequiz.i18n import NBSP, percent, plural, t
from rolequiz.quiz.progress import Progress

SECONDS_PER_QUESTION = 10
AGAIN_AFTER = 5  # adaptive: after "keep going", the results are offered again this much later
MAX_LINE = 90  # characters per line of text, whatever the terminal's width

class Reader(Protocol):
    line_mode: bool

    def read(self) -> str: ...


class Quit(Exception):
    """The student pressed q: progress is saved, the quiz stops (exit 0)."""


class Screen:
    """A plain-text terminal: width, optional colour and clearing, ASCII fallback."""

    def __init__(self, out: TextIO, *, color: bool | None = None, clear: bool = False,
                 ascii_only: bool | None = None, width: int | None = None):
        self.out = out
        tty = _isatty(out)
        plain_env = bool(os.environ.get("NO_COLOR")) or os.environ.get("TERM") == "dumb"
        self.color = (tty and not plain_env) if color is None else color
        self.clear = clear and tty and os.environ.get("TERM") != "dumb"
        if ascii_only is None:
            enc = (getattr(out, "encoding", None) or "ascii").lower().replace("-", "")
            ascii_only = not enc.startswith("utf")
        self.ascii_only = ascii_only
        self.fixed_width = width
        self.shown = ""  # the screen on the terminal, to draw again

    def redraw(self) -> None:
        """The last screen once more (after Ctrl-Z and `fg`, the shell wrote over it)."""
        if self.shown:
            self.show(self.shown)

    @property
    def width(self) -> int:
        if self.fixed_width:
            return self.fixed_width
        return max(20, shutil.get_terminal_size((80, 24)).columns)

    @property
    def height(self) -> int | None:
        """Rows of the terminal when screens are drawn over each other (None otherwise:
        the text scrolls, nothing needs to fit)."""
        if not self.clear:
            return None
        return shutil.get_terminal_size((80, 24)).lines

    @property
    def text_width(self) -> int:
        """Lines of text stay short enough to read on a wide screen or a projector."""
        return min(self.width, MAX_LINE)

    def style(self, text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.color else text

    def show(self, text: str) -> None:
        self.shown = text
        prefix = "\x1b[H\x1b[2J" if self.clear else "\n"
        try:
            self.out.write(prefix + text)
            self.out.flush()
        except OSError:
            pass  # the terminal is gone; the progress is saved anyway


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def progress_bar(done: int, total: int, width: int, *, ascii_only: bool) -> str:
    width = max(4, width)
    full = 0 if total <= 0 else int(round(width * done / total))
    fill, empty = ("#", "-") if ascii_only else ("█", "░")
    return "[" + fill * full + empty * (width - full) + "]"


def _wrap(text: str, width: int, indent: str = "") -> str:
    return "\n".join(
        textwrap.wrap(text, width=max(10, width), initial_indent=indent,
                      subsequent_indent=indent, break_long_words=True, break_on_hyphens=False)
        or [indent.rstrip()]
    )


def fold(text: str, width: int | None = None) -> str:
    """`text` folded to the terminal's width (at most MAX_LINE), each of its lines on
    its own: a word is never cut by the terminal, and a no-break space never breaks."""
    if width is None:
        width = min(max(20, shutil.get_terminal_size((80, 24)).columns), MAX_LINE)
    return "\n".join(_wrap(line, width) for line in text.split("\n"))


def key_range(count: int) -> str:
    return "1" if count == 1 else f"1-{count}"


class Session:
    """The quiz as a small state machine over a reader and a screen."""

    def __init__(self, content: Content, lang: str, progress: Progress, reader: Reader,
                 screen: Screen, save: Callable[[Progress], None], *, resumed: bool = False):
        self.content = content
        self.lang = lang
        self.progress = progress
        self.reader = reader
        self.screen = screen
        self._save = save
        self.resumed = resumed
        self.questions = content.questions.questions
        self.choices = content.questions.scale.choices
        self.message = ""
        self.number: int | None = None  # the number shown on screen, when not index + 1
        self.pending = ""  # a key typed on the welcome screen, for the first question

    # -- saving ----------------------------------------------------------------------
    def save(self) -> None:
        from rolequiz.base.errors import SaveError
        from rolequiz.i18n.errors import message

        try:
            self._save(self.progress)
        except SaveError as e:
            self.message = t("quiz.save_failed", self.lang, error=message(e, self.lang))

    # -- screens ---------------------------------------------------------------------
    def welcome_text(self) -> str:
        lang, sc, width = self.lang, self.screen, self.screen.text_width
        qs = self.content.questions
        total = len(self.questions)
        title = clean(qs.title.get(lang)) if qs.title else t("quiz.title", lang)
        minutes = max(1, math.ceil(total * SECONDS_PER_QUESTION / 60))
        lines = [sc.style(_wrap(title, width), "1"), "", _wrap(t("quiz.intro", lang), width), "",
                 _wrap(self.length_text(total, minutes), width)]
        answered = len(self.progress.answers)
        if self.resumed and answered:
            lines += ["", sc.style(_wrap(plural(total, lang, "quiz.welcome_back",
                                                answered=answered), width), "1")]
        if self.message:
            lines += ["", sc.style(_wrap(clean(self.message), width), "33")]
        keys = ["", sc.style(t("quiz.keys_title", lang), "1"), *self.key_lines()]
        end = []
        if self.reader.line_mode:
            end += ["", _wrap(t("quiz.typed", lang), width)]
        start = "quiz.start_line" if self.reader.line_mode else "quiz.start"
        if self.resumed and answered:
            start = "quiz.continue_line" if self.reader.line_mode else "quiz.continue"
        end += ["", _wrap(t(start, lang, keys=key_range(len(self.choices))), width)]
        # on a small terminal the keys give way (a line says ? shows them), then the blank
        # lines, then how long the quiz is: the title and what the quiz is stay on the
        # screen, never scrolled off its top
        room = sc.height
        if room is None or _rows(lines + keys + end) < room:
            return "\n".join(lines + keys + end) + "\n"
        end[-1] += "\n" + _wrap(t("quiz.keys_hint", lang), width)
        tight = [line for line in lines + end if line]
        for form in (lines + end, [lines[0], "", *tight[1:]], tight):
            if _rows(form) < room:
                return "\n".join(form) + "\n"
        tight.remove(lines[4])  # the quiz's length
        return "\n".join(tight) + "\n"

    def length_text(self, total: int, minutes: int) -> str:
        return plural(total, self.lang, "quiz.length", minutes=minutes)

    def key_lines(self) -> list[str]:
        lang, width = self.lang, self.screen.text_width
        back = "b" if self.screen.ascii_only or self.reader.line_mode else "b / ←"
        keep = t("quiz.enter", lang)
        rows = [
            (key_range(len(self.choices)), t("quiz.key_answer", lang)),
            (back, t("quiz.key_back", lang)),
            (keep, t("quiz.key_keep", lang)),
            ("s", t("quiz.key_skip", lang)),
            ("q", t("quiz.key_quit", lang)),
            ("?", t("quiz.key_help", lang)),
        ]
        pad = max(len(k) for k, _ in rows) + 2
        out = []
        for key, what in rows:
            body = textwrap.wrap(what, width=max(10, width - pad - 2)) or [""]
            out.append(f"  {key.ljust(pad)}{body[0]}")
            out += [" " * (pad + 2) + more for more in body[1:]]
        return out

    def question_text(self, index: int) -> str:
        lang, sc, width = self.lang, self.screen, self.screen.text_width
        q: Question = self.questions[index]
        total = len(self.questions)
        n = self.number if self.number is not None else index + 1
        head, done, total = self.counter(n, total)
        pct = percent(done / total, lang)
        bar = progress_bar(done, total, min(30, width - len(pct) - 3),
                           ascii_only=sc.ascii_only)
        lines = [sc.style(head, "1"), sc.style(bar, "36") + " " + pct, ""]
        how = self.content.questions.instructions
        if how is not None:  # how to answer, on every question: a liking, not a skill
            lines += [sc.style(_wrap(clean(how.get(lang)), width), "2"), ""]
        lines.append(sc.style(_wrap(clean(q.text.get(lang)), width), "1"))
        lines.append("")
        current = self.progress.answers.get(q.id)
        mark = ">" if sc.ascii_only else "›"
        for pos, choice in enumerate(self.choices, start=1):
            chosen = choice.value == current
            label = clean(choice.label.get(lang))
            if chosen:
                label += f"   ({t('quiz.your_answer', lang)})"
            row = _wrap(label, width - 6, "")
            first, *rest = row.split("\n")
            prefix = f"{mark if chosen else ' '} {self.key_of(pos)}  "
            text = prefix + first + "".join("\n" + " " * len(prefix) + r for r in rest)
            lines.append(sc.style(text, "1;36") if chosen else text)
        if q.id in self.progress.skipped and current is None:
            lines += ["", t("quiz.skipped", lang)]
        lines.append("")
        dot = "|" if sc.ascii_only else "·"
        footer = t("quiz.footer", lang, keys=key_range(len(self.choices))).replace("·", dot)
        if current is not None:
            footer += f" {dot} " + t("quiz.footer_keep", lang)
        # a key and what it does stay on one line ("q quitter", never "q" / "quitter")
        glued = f" {dot} ".join(part.replace(" ", NBSP) for part in footer.split(f" {dot} "))
        lines.append(sc.style(_wrap(glued, width).replace(NBSP, " "), "2"))
        if self.message:
            lines += ["", _wrap(clean(self.message), width)]
        return "\n".join(lines) + "\n"

    def counter(self, n: int, total: int) -> tuple[str, int, int]:
        """The heading of question n, and the share of the quiz done (done of total)."""
        return t("quiz.question", self.lang, n=n, total=total), n - 1, total

    def key_of(self, position: int) -> str:
        """The key of the choice at `position` (from 1): its number; with single keys,
        "0" for the tenth. A scale of 11 choices is answered in line mode (typed, then
        Enter): single keys could not tell 1 from 10 and 11 (cli/interactive.py)."""
        return "0" if position == 10 and not self.reader.line_mode else str(position)

    def help_text(self, back: str = "quiz.help_back") -> str:
        lang, width = self.lang, self.screen.text_width
        lines = [self.screen.style(t("quiz.keys_title", lang), "1")]
        lines += self.key_lines()
        if self.reader.line_mode:
            lines += ["", _wrap(t("quiz.typed", lang), width)]
        key = "quiz.help_back_line" if self.reader.line_mode else back
        lines += ["", _wrap(t(key, lang), width)]
        return "\n".join(lines) + "\n"

    def done_text(self) -> str:
        lang, width = self.lang, self.screen.text_width
        total = len(self.questions)
        answered = len(self.progress.answers)
        lines = [self.screen.style(t("quiz.done_title", lang), "1"), "",
                 _wrap(plural(total, lang, "quiz.done_count", answered=answered), width)]
        skipped = [str(i + 1) for i, q in enumerate(self.questions)
                   if q.id not in self.progress.answers]
        if skipped:
            shown = ", ".join(skipped[:12]) + (", ..." if len(skipped) > 12 else "")
            lines += ["", _wrap(plural(len(skipped), lang, "quiz.done_skipped",
                                       numbers=shown), width)]
        lines += ["", _wrap(t("quiz.done_keys", lang).replace(
            "·", "|" if self.screen.ascii_only else "·"), width)]
        if self.message:
            lines += ["", _wrap(clean(self.message), width)]
        return "\n".join(lines) + "\n"

    # -- input -----------------------------------------------------------------------
    def read(self) -> str:
        if self.reader.line_mode:
            try:
                self.screen.out.write("> ")
                self.screen.out.flush()
            except OSError:
                pass
        if self.pending:  # an answer typed on the welcome back screen
            key, self.pending = self.pending, ""
            return key
        key = self.reader.read()
        return {"<": "b", "back": "b", "skip": "s", "quit": "q", "h": "?", "help": "?",
                "": "enter"}.get(key, key) if self.reader.line_mode else key

    def answer_for(self, key: str) -> int | None:
        """The scale value a key stands for (keys count the choices from 1), or None."""
        if not key.isdecimal():  # "²" is a digit to isdigit(), not to int()
            return None
        n = int(key)
        if not self.reader.line_mode and n == 0 and len(self.choices) >= 10:
            n = 10
        if 1 <= n <= len(self.choices):
            return self.choices[n - 1].value
        return None

    # -- the loop --------------------------------------------------------------------
    def run(self) -> dict[str, int]:
        """Ask until the end; returns the answers. Raises Quit on q; KeyboardInterrupt,
        EOFError and SystemExit (signals) pass through, the progress being saved already."""
        self.welcome()
        total = len(self.questions)
        index = min(self.progress.position, total)
        while True:
            if index >= total:
                self.progress.position = total
                self.save()
                if self.end_screen(self.done_text()) == "results":
                    return dict(self.progress.answers)
                index = total - 1
                continue
            self.progress.position = index
            index = self.ask(index)

    def end_screen(self, text: str, *, more: bool = False) -> str:
        """Show an end screen until a key decides: "results" (Enter, space, →), "back"
        (b, ←), q raises Quit. With `more`, any other key is "more" (more questions);
        without, the screen stays."""
        while True:
            self.screen.show(text)
            if not more:
                self.message = ""
            key = self.read()
            if key in ("enter", "space", "right"):
                return "results"
            if key == "q":
                raise Quit
            if key in ("b", "left"):
                return "back"
            if more:
                return "more"

    def welcome(self) -> None:
        while True:
            self.screen.show(self.welcome_text())
            key = self.read()
            self.message = ""
            if key == "q":
                raise Quit
            if key in ("enter", "space", "right"):
                return
            if self.resumed and self.answer_for(key) is not None:
                self.pending = key  # coming back, a digit answers the next question
                return
            if key == "?":  # the keys, which a small screen leaves out of the welcome
                self.screen.show(self.help_text("quiz.help_back_start"))
                self.read()

    def ask(self, index: int) -> int:
        """One question until the student moves; returns the next index."""
        q = self.questions[index]
        hint = ""
        while True:
            text = self.question_text(index)
            self.message = ""
            self.screen.show(text + (hint and "\n" + hint + "\n"))
            key = self.read()
            value = self.answer_for(key)
            if value is not None:
                self.progress.answers[q.id] = value
                self.progress.skipped = [s for s in self.progress.skipped if s != q.id]
                self.progress.position = index + 1
                self.save()
                return index + 1
            if key in ("b", "left"):
                if (self.number or index + 1) == 1:  # the first question asked
                    continue
                self.progress.position = max(0, index - 1)
                self.save()
                return index - 1
            if key == "s":
                self.progress.answers.pop(q.id, None)
                if q.id not in self.progress.skipped:
                    self.progress.skipped.append(q.id)
                self.progress.position = index + 1
                self.save()
                return index + 1
            if key in ("enter", "right") and q.id in self.progress.answers:
                self.progress.position = index + 1
                self.save()
                return index + 1
            if key == "q":
                raise Quit
            if key == "?":
                self.screen.show(self.help_text())
                self.read()
                continue
            hint = t("quiz.hint_line" if self.reader.line_mode else "quiz.hint", self.lang,
                     keys=key_range(len(self.choices)))



class AdaptiveSession(Session):
    """The quiz asking the most telling question next (rolequiz.engine.adaptive). Once the top of
    the ranking is settled the student is offered the results or more questions; back, skip,
    quit and resume work as in the full quiz. The order asked is rebuilt on resume from what
    was answered or skipped, since the planner depends on nothing else."""

    def __init__(self, *args, planner, **kwargs):
        super().__init__(*args, **kwargs)
        self.planner = planner
        self.offered = False
        self.offered_at = 0  # questions asked when the results were last offered
        self.status = None  # the planner's last Status
        self.ahead: int | None = None  # about how many questions are left (planner.more)
        self.shown: tuple[int, float] | None = None  # (question number, bar's fraction) last

    def _status(self):
        self.status = self.planner.status(self.progress.answers, set(self.progress.skipped))
        return self.status

    def length_text(self, total: int, minutes: int) -> str:
        return plural(total, self.lang, "adaptive.length")

    def counter(self, n: int, total: int) -> tuple[str, int, int]:
        """"Question 5 · about 9 more": the length is not known in advance; the bar fills
        toward the estimate, not toward every question of the file."""
        if self.ahead is None:
            return super().counter(n, total)
        if self.status is not None and self.status.settled:  # going on to refine
            head, whole = t("adaptive.question_refine", self.lang, number=n), n
        elif self.ahead <= 0:
            head, whole = t("adaptive.question_last", self.lang, number=n), n
        else:
            head = plural(self.ahead, self.lang, "adaptive.question", number=n)
            whole = n + self.ahead
        # the estimate may grow after an answer; the bar never goes back for it going on
        # (it waits for the answers to catch up), the count says the estimate as it is
        if self.shown is not None and n > self.shown[0] and (n - 1) / whole < self.shown[1]:
            whole = max(n, int((n - 1) / self.shown[1]))
        self.shown = (n, (n - 1) / whole)
        return head, n - 1, whole

    def settled_text(self, status) -> str:
        width = self.screen.text_width
        keys = t("adaptive.settled_keys", self.lang)
        lines = [self.screen.style(_wrap(plural(status.asked, self.lang, "adaptive.settled",
                                                total=status.total), width), "1"),
                 "", _wrap(keys.replace("·", "|" if self.screen.ascii_only else "·"), width)]
        return "\n".join(lines) + "\n"

    def run(self) -> dict[str, int]:
        self.welcome()
        position = {q.id: i for i, q in enumerate(self.questions)}
        done = set(self.progress.answers) | set(self.progress.skipped)
        order = [i for i, q in enumerate(self.questions) if q.id in done]
        step = len(order)
        while True:
            if step >= len(order):  # a new question is needed: settled, or which one?
                status = self._status()
                # offered once settled; after "keep going", again once it is settled after
                # AGAIN_AFTER more questions
                if (status.settled and status.remaining
                        and (not self.offered or status.asked >= self.offered_at + AGAIN_AFTER)):
                    self.offered, self.offered_at = True, status.asked
                    choice = self.end_screen(self.settled_text(status), more=True)
                    if choice == "results":
                        return dict(self.progress.answers)
                    if choice == "back" and order:
                        self.offered = False  # offered again once they come back here
                        step = len(order) - 1
                        continue
                qid = self.planner.next_question(self.progress.answers,
                                                 set(self.progress.skipped))
                if qid is None:  # every question asked: the usual end screen
                    self.save()
                    if self.end_screen(self.done_text()) == "results":
                        return dict(self.progress.answers)
                    if order:
                        step = len(order) - 1
                    continue
                order.append(position[qid])
                self.ahead = self.planner.more(self.progress.answers,
                                               set(self.progress.skipped)) - 1
                self.ahead = max(self.ahead, 0)
            index = order[step]
            self.number = step + 1
            moved = self.ask(index)
            step = step + 1 if moved > index else max(0, step - 1)


def _rows(lines: list[str]) -> int:
    """How many terminal rows these (already wrapped) lines take."""
    return sum(line.count("\n") + 1 for line in lines)
