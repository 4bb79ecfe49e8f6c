"""The commands a result suggests ("What next?", "Show it again"), with the options that show
the student the same thing again: the result's language whenever it is not the one the
environment gives (every command alike, `results` too, though it would keep the result's
language: a student copying one command or another sees the same option, and the command
says itself which language it speaks), the questions and roles files where they are not the
built-in ones (a workshop's own copies included). A step is only suggested when it adds
something."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rolequiz.i18n import t


@dataclass(frozen=True)
class Origin:
    """Where a result shown now came from."""

    lang: str  # the result's language
    questions: Path | None = None  # the content files used, when not the built-in ones
    roles: Path | None = None
    state_dir: Path | None = None  # --state-dir, where the last result is kept
    saved_to: Path | None = None  # the file the result is saved in, if any
    last_result: bool = False  # the state folder keeps it as the last result

    def content_args(self) -> list[str]:
        args: list[str] = []
        if self.questions is not None:
            args += ["--questions", str(self.questions)]
        if self.roles is not None:
            args += ["--roles", str(self.roles)]
        return args

    def lang_args(self) -> list[str]:
        from rolequiz.i18n import choose_language

        return [] if self.lang == choose_language() else ["--lang", self.lang]

    def again(self, saved_to: Path | None = None) -> list[str]:
        """`rolequiz results ...` that shows this result again, in its language."""
        saved_to = saved_to or self.saved_to
        args = ["rolequiz", "results"]
        if saved_to is not None:
            args.append(str(saved_to))
        elif self.state_dir is not None:
            args += ["--state-dir", str(self.state_dir)]
        return args + self.content_args() + self.lang_args()

    def steps(self, roles: list[str], names: list[str], *, again: bool = True
              ) -> list[tuple[list[str], str]]:
        """What next, as (command words, what it does); `again`: the command that shows
        the result again (not from that command itself)."""
        lang = self.lang
        if not roles:
            return []
        extra = self.content_args() + self.lang_args()  # roles are checked against questions
        steps = [(["rolequiz", "show", roles[0], *extra],
                  t("results.next_show", lang, name=names[0]))]
        if len(roles) >= 2:
            steps.append((["rolequiz", "compare", *roles, *extra],
                          t("results.next_compare", lang)))
        if again and (self.saved_to is not None or self.last_result):
            steps.append((self.again(), t("results.next_results", lang)))
        if self.saved_to is None and self.last_result:
            args = ["rolequiz", "results"]
            if self.state_dir is not None:
                args += ["--state-dir", str(self.state_dir)]
            steps.append(([*args, *self.content_args(), *self.lang_args(), "--save",
                           t("results.file", lang)],
                          t("results.next_save", lang)))
        return steps


def custom_paths(content, questions: Path | None, roles: Path | None
                 ) -> tuple[Path | None, Path | None]:
    """The content files worth naming in a command: only those that differ from the
    built-in ones (a workshop's unedited copies are the built-in content)."""
    if questions is None and roles is None:
        return None, None
    from rolequiz.content.load import load_content

    builtin = load_content(None, None)
    q = None if content.questions.digest == builtin.questions.digest else questions
    r = None if content.roles.digest == builtin.roles.digest else roles
    return (Path(q) if q is not None else None), (Path(r) if r is not None else None)
