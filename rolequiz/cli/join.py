"""What `rolequiz quiz --workshop DIR` does with the group's folder: which content the quiz
uses (the workshop's pinned copy), and saving the finished result into the folder."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from rolequiz.i18n import t


def workshop_content(folder: Path | None, name: str | None, questions: Path | None,
                     roles: Path | None, lang: str):
    """The content files for a quiz saving into `folder`: the workshop's pinned copy.
    Called before the first question: a folder that `workshop init` did not prepare (a
    name mistyped, "2b" for "2B") is refused here, with the workshops it was probably
    meant to be, instead of a quiz whose result nobody would find."""
    from rolequiz.base.errors import UsageError
    from rolequiz.group.manifest import pinned_content_paths

    if folder is None:
        raise UsageError(t("workshop.name_needs_workshop", lang))
    return pinned_content_paths(folder, questions, roles, lang)


def save_to_workshop(folder: Path, name: str | None, content: Any, result: Any, lang: str,
                     code: str | None = None, manifest: Any = None) -> tuple[Path, str]:
    """Save a finished quiz's result into the workshop folder and tell the student where
    and under which code (on stderr, so `--format json` output stays clean). Returns the
    file and the code."""
    import os

    from rolequiz.base.errors import SaveError
    from rolequiz.base.textsafe import clean
    from rolequiz.content.results import result_to_dict
    from rolequiz.group import store

    if not os.path.isdir(folder):  # gone during the quiz: saving would make a new folder
        raise SaveError(t("workshop.folder_gone", lang, folder=clean(str(folder))))
    result = result_to_dict(result, content)
    path, who = store.save_result(folder, result, name, code, manifest, lang)
    sys.stderr.write(t("workshop.saved", lang, path=clean(str(path)), code=who.code) + "\n")
    sys.stderr.flush()
    return path, who.code


class Seat:
    """One student's quiz in a workshop: who they are (their code is fixed from the first
    answer on), where their progress is kept on this computer (one file per workshop and
    student: students sharing a login never share a file), and its copy in the workshop
    folder, so the group report counts the quiz in progress and the student can go on from
    another computer with the same command."""

    def __init__(self, folder: Path, workshop_id: str, name: str | None, resume: bool,
                 summary: dict[str, str] | None = None, manifest: Any = None):
        from rolequiz.group.participants import is_code, participant, slug

        self.folder = folder
        self.workshop_id = workshop_id
        self.summary = summary  # the workshop's id and title, as its results carry them
        # as read when the quiz started: whether the folder's copies are sealed
        self.manifest = manifest
        given = (name or "").strip().lower()
        self.resume = resume
        if resume and is_code(given):  # an anonymous student comes back with their code
            self.who = participant(None, given)
            self.key = f"code-{given}"
        else:
            self.who = participant(name)  # a new code, replaced by a saved one on resume
            self.key = slug(self.who.name) or f"code-{self.who.code}"
        self.share_problem: str | None = None  # the last failure to write to the folder

    @property
    def sealed(self) -> bool:
        return self.manifest is not None and self.manifest.sealed

    def progress_file(self) -> str:
        from rolequiz.quiz.progress import file_name

        return file_name(self.workshop_id, self.key)

    def adopt(self, code: str, name: str | None = None) -> None:
        """Go on as the student of a saved quiz (its code, and its name if it had one)."""
        from rolequiz.group.participants import Participant, is_code

        if is_code(code):
            self.who = Participant(code, self.who.name or name)

    def stamp(self, progress: Any) -> None:
        progress.workshop, progress.code = self.workshop_id, self.who.code
        progress.name = self.who.name or ""

    def mirror(self, state: dict[str, Any]) -> None:
        """The progress, copied into the workshop folder; a failure is remembered, never
        raised: the copy on this computer is the one that counts."""
        from rolequiz.base.errors import SaveError
        from rolequiz.group import store

        if not self.folder.is_dir():  # a share gone away: never make a new folder for it
            self.share_problem = str(self.folder)
            return
        try:
            store.save_progress(self.folder, self.who, state, self.manifest)
            self.share_problem = None
        except (SaveError, OSError) as e:
            self.share_problem = str(e)

    def from_share(self) -> tuple[str, str | None, dict[str, Any]] | None:
        """This student's unfinished quiz in the workshop folder (code, name, state), the
        newest, or None. Never another student's: looked up by name, or by code (in a
        sealed workshop, by code only: names are sealed too)."""
        from rolequiz.base.errors import RolequizError
        from rolequiz.group import store

        if self.sealed:  # opened only for a student who came back with their code: a
            # new quiz loads no cryptography before its first question (and needs none)
            if not (self.resume and self.key.startswith("code-")):
                return None
            try:
                p = store.load_progress(self.folder, self.who.code, self.manifest)
            except (RolequizError, OSError):
                return None
            return p.participant.code, p.participant.name, p.state
        try:
            if self.who.name:
                found = store.find_progress(self.folder, name=self.who.name)
            elif self.key.startswith("code-"):
                found = store.find_progress(self.folder, code=self.who.code)
            else:
                found = []
        except OSError:
            return None
        if not found:
            return None
        return found[0].participant.code, found[0].participant.name, found[0].state


def seat(folder: Path, name: str | None, resume: bool) -> Seat:
    import re

    from rolequiz.group.manifest import read_manifest

    manifest = read_manifest(folder)
    workshop_id = re.sub(r"[^a-z0-9]", "", manifest.id.lower())[:16] if manifest else ""
    return Seat(Path(folder), workshop_id or "none", name, resume,
                manifest.summary() if manifest else None, manifest)


UNSENT = "unsent"  # results that could not reach their workshop folder, in the state folder


def keep_unsent(state_dir: Path | None, seat: Seat, content: Any, result: Any) -> Path:
    """A result the workshop folder could not take, kept on this computer as the folder
    would have had it, for `rolequiz workshop submit` to bring in later."""
    from rolequiz.base.files import atomic_write
    from rolequiz.base.jsontext import to_json
    from rolequiz.content.results import result_to_dict
    from rolequiz.group import store
    from rolequiz.quiz.progress import state_dir as folder_of

    doc = store.result_document(seat.folder, result_to_dict(result, content), seat.who,
                                seat.manifest)
    if doc.get("workshop") is None:
        doc["workshop"] = seat.summary
    path = folder_of(state_dir) / UNSENT / f"{seat.workshop_id}-{seat.who.code}.json"
    atomic_write(path, to_json(doc), what="result")
    return path
