"""Writing into a workshop folder: each student's result as its own file, and the answers
of a quiz still in progress (crash-safe, resumable).

In a sealed workshop (its manifest holds a public key) a result is saved as
`<code>.sealed`, which only the counselor's key opens, and a quiz in progress as
`.progress/<id>.sealed`, which only the student's code opens (group/seal.py); in an open
one (`workshop init --open`) both are plain JSON, named after the student."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rolequiz.base.errors import NotFound, SaveError, UsageError
from rolequiz.base.files import (
    FileTooLarge,
    NotRegularFile,
    atomic_write,
    create_exclusive,
    read_bounded,
)
from rolequiz.group import seal
from rolequiz.group.layout import (
    MAX_RESULT_BYTES,
    PROGRESS_DIR,
    PROGRESS_SCHEMA,
    SEALED_SUFFIX,
    SUFFIX,
    json_text,
    utc_now,
)
from rolequiz.group.manifest import Manifest, ManifestError, read_manifest
from rolequiz.group.participants import Participant, clean_name, is_code, participant, slug
from rolequiz.i18n import plural, t

# -- saving a result ---------------------------------------------------------------------


def save_result(folder: str | Path, result: Mapping[str, Any], name: str | None = None,
                code: str | None = None, manifest: Manifest | None = None,
                lang: str = "en") -> tuple[Path, Participant]:
    """Save one student's result (the JSON result contract) as a new file in `folder`.

    Adds "participant" {name, code}, "workshop" {id, title} (None without a manifest) and
    "finished_at". The file is created exclusively and written atomically: students
    finishing at the same moment never overwrite each other. A finished quiz's progress
    file (same code) is removed afterwards. `manifest`: the workshop's, as read when the
    quiz started (it says whether to seal, even if the file went missing since). `lang`:
    the language of the errors."""
    who = participant(name, code)
    manifest = manifest or workshop_of(folder, lang)
    data = result_document(folder, result, who, manifest)
    path = _create(folder, who, data, manifest)
    discard_progress(folder, who.code, manifest)
    return path, who


def workshop_of(folder: str | Path, lang: str = "en") -> Manifest | None:
    """The folder's manifest, None when there is none. One that cannot be read is a
    SaveError: whether results must be sealed is not known, so nothing is saved there."""
    try:
        return read_manifest(Path(folder), lang)
    except (ManifestError, OSError) as e:
        from rolequiz.i18n.errors import message

        raise SaveError(t("workshop.manifest_unusable", lang,
                          error=message(e, lang))) from None


def _create(folder: str | Path, who: Participant, data: Mapping[str, Any],
            manifest: Manifest | None) -> Path:
    """A new result file: sealed, named after the code, in a sealed workshop; else plain
    JSON named after the student."""
    text = json_text(data)
    if manifest is not None and manifest.public_key is not None:
        return create_exclusive(folder, who.code, SEALED_SUFFIX,
                                seal.seal(text.encode("utf-8"), manifest.public_key),
                                what="result")
    return create_exclusive(folder, who.stem, SUFFIX, text, what="result")


def result_document(folder: str | Path, result: Mapping[str, Any],
                    who: Participant, manifest: Manifest | None = None) -> dict[str, Any]:
    """The file a result becomes in the workshop folder: the result, with "participant",
    "workshop" and "finished_at"."""
    if manifest is None:
        try:
            manifest = read_manifest(Path(folder))
        except (ManifestError, OSError):
            pass  # the result matters more than the manifest: save it anyway
    data = dict(result)
    data["participant"] = who.as_dict()
    data["workshop"] = manifest.summary() if manifest else None
    data["finished_at"] = utc_now()
    return data


def submit(folder: str | Path, document: Mapping[str, Any], lang: str = "en") -> Path:
    """Bring into `folder` a result that could not be saved there at the end of the quiz
    (kept on the student's computer as `result_document` made it). UsageError when it
    belongs to another workshop."""
    manifest = workshop_of(folder, lang)
    workshop = document.get("workshop")
    wanted = workshop.get("id") if isinstance(workshop, dict) else None
    if manifest is not None and wanted is not None and wanted != manifest.id:
        raise UsageError(t("workshop.other_workshop", lang, id=wanted, folder=folder))
    who = document.get("participant") if isinstance(document.get("participant"), dict) else {}
    code = who.get("code") if isinstance(who.get("code"), str) else None
    person = participant(who.get("name") if isinstance(who.get("name"), str) else None,
                         code if code and is_code(code) else None)
    data = dict(document)
    data["participant"] = person.as_dict()
    path = _create(folder, person, data, manifest)
    discard_progress(folder, person.code, manifest)
    return path


# -- progress of a quiz in a workshop (crash-safe, resumable) -----------------------------


def progress_path(folder: str | Path, code: str, manifest: Manifest | None = None,
                  lang: str = "en") -> Path:
    """Where the progress of `code` is kept: `.progress/<code>.json`; in a sealed workshop
    `.progress/<id>.sealed`, the id made from the code (it shows nowhere in the folder)."""
    if not is_code(code):
        raise UsageError(t("workshop.not_a_code", lang, code=code))
    if manifest is not None and manifest.sealed:
        _, file_id = seal.progress_lock(code, manifest.id)
        return Path(folder) / PROGRESS_DIR / f"{file_id}{SEALED_SUFFIX}"
    return Path(folder) / PROGRESS_DIR / f"{code}{SUFFIX}"


def save_progress(folder: str | Path, who: Participant, state: Mapping[str, Any],
                  manifest: Manifest | None = None) -> Path:
    """Keep the answers given so far (`state`, the session's own data) inside the workshop
    folder, replaced atomically after every answer; sealed with the student's code in a
    sealed workshop."""
    manifest = manifest or workshop_of(folder)
    path = progress_path(folder, who.code, manifest)
    data = {"schema": PROGRESS_SCHEMA, "participant": who.as_dict(), "saved_at": utc_now(),
            "state": dict(state)}
    raw = json_text(data).encode("utf-8")
    if manifest is not None and manifest.sealed:
        raw = seal.lock_progress(raw, seal.progress_lock(who.code, manifest.id)[0])
    atomic_write(path, raw, what="progress")
    return path


@dataclass(frozen=True)
class Pending:
    """A quiz started in the workshop and not finished."""

    participant: Participant
    state: dict[str, Any]
    path: Path
    saved_at: str = ""


def load_progress(folder: str | Path, code: str, manifest: Manifest | None = None,
                  lang: str = "en") -> Pending:
    """The progress saved under `code`; NotFound (naming what exists) when there is none."""
    if not is_code(code):
        progress_path(folder, code, lang=lang)  # the UsageError for a malformed code
    manifest = manifest or _manifest_or_none(folder)
    path = progress_path(folder, code, manifest)
    try:
        raw = read_bounded(path, MAX_RESULT_BYTES)
    except (NotRegularFile, FileTooLarge):
        raw = b""  # not a progress file: damaged, kept aside below
    except OSError:
        if manifest is not None and manifest.sealed:  # codes are not in the file names
            n = count_pending(folder)
            known = plural(n, lang, "workshop.pending_count") if n else \
                t("workshop.no_pending", lang)
        else:
            codes = sorted(p.participant.code for p in pending(folder))
            known = t("workshop.pending_codes", lang, codes=", ".join(codes)) if codes else \
                t("workshop.no_pending", lang)
        raise NotFound(t("workshop.no_progress", lang, code=code, folder=folder,
                         known=known)) from None
    if manifest is not None and manifest.sealed:
        try:
            raw = seal.unlock_progress(raw, seal.progress_lock(code, manifest.id)[0])
        except seal.SealError:
            raw = b""
    p = _parse_progress(path, raw, code)
    if p is None:
        kept = _keep_aside(path)
        raise UsageError(t("workshop.progress_damaged", lang, path=path, kept=kept.name))
    return p


def find_progress(folder: str | Path, name: str | None = None,
                  code: str | None = None) -> list[Pending]:
    """Quizzes in progress in `folder` matching a code or a name (same slug), newest first."""
    out = []
    wanted = slug(clean_name(name)) if name else None
    for p in pending(folder):
        if code is not None and p.participant.code != code:
            continue
        if wanted is not None and slug(p.participant.name) != wanted:
            continue
        out.append(p)
    return sorted(out, key=lambda p: p.saved_at, reverse=True)


def pending(folder: str | Path) -> list[Pending]:
    """Every readable quiz in progress in the folder (damaged files are left alone)."""
    out = []
    pdir = Path(folder) / PROGRESS_DIR
    try:
        entries = list(os.scandir(pdir))
    except OSError:
        return []
    for e in entries:
        if e.name.startswith(".") or not e.name.endswith(SUFFIX):
            continue
        try:  # a regular file only: a pipe there would block, a device never end
            raw = read_bounded(e.path, MAX_RESULT_BYTES)
        except OSError:
            continue
        p = _parse_progress(Path(e.path), raw)
        if p is not None:
            out.append(p)
    return sorted(out, key=lambda p: p.participant.code)


def count_pending(folder: str | Path) -> int:
    """Quizzes in progress: files counted, none read (no key is needed to count); a pipe
    or a device by such a name is none."""
    try:
        with os.scandir(Path(folder) / PROGRESS_DIR) as it:
            return sum(1 for e in it if e.name.endswith((SUFFIX, SEALED_SUFFIX))
                       and not e.name.startswith(".") and _regular(e))
    except OSError:
        return 0


def _regular(e: os.DirEntry) -> bool:
    try:
        return e.is_file()
    except OSError:
        return False


def _manifest_or_none(folder: str | Path) -> Manifest | None:
    try:
        return read_manifest(Path(folder))
    except (ManifestError, OSError):
        return None


def _parse_progress(path: Path, raw: bytes, sealed_for: str | None = None) -> Pending | None:
    """A progress file's data; `sealed_for`: the code a sealed one was opened with (its
    file is named after an id made from the code, not the code)."""
    try:
        data = json.loads(raw.decode("utf-8-sig"))
        if data.get("schema") != PROGRESS_SCHEMA:
            return None
        who = data["participant"]
        code = who["code"]
        if not isinstance(code, str) or not is_code(code) or code != (
                sealed_for if path.suffix == SEALED_SUFFIX else path.stem):
            return None
        name = who.get("name")
        state = data["state"]
        if not isinstance(state, dict) or not (name is None or isinstance(name, str)):
            return None
        return Pending(Participant(code, clean_name(name)), state, path,
                       str(data.get("saved_at") or ""))
    except (UnicodeDecodeError, ValueError, RecursionError, KeyError, TypeError,
            AttributeError):
        return None


def _keep_aside(path: Path) -> Path:
    """Rename a damaged file so it is neither used nor overwritten."""
    for n in range(1, 1000):
        target = path.with_name(f"{path.name}.damaged-{n}")
        if not target.exists():
            try:
                os.replace(path, target)
            except OSError:
                return path
            return target
    return path


class WorkshopSession:
    """What an interactive quiz needs from a workshop folder, in three calls:

        session = workshop.open_session(folder, name, resume)   # before the 1st question
        ... session.state (None, or the state saved before an interruption) ...
        session.save(state)           # after every answer (atomic, crash-safe)
        session.finish(result_dict)   # at the end: saves the result, drops the progress

    `state` is the session's own data (answers, position...); it is stored as is."""

    def __init__(self, folder: str | Path, who: Participant,
                 state: dict[str, Any] | None = None):
        self.folder = Path(folder)
        self.participant = who
        self.state = state
        self.manifest = _manifest_or_none(self.folder)

    @property
    def resume_hint(self) -> str:
        """The command that resumes this quiz (shown when it is interrupted), quoted for
        the shell: a shared folder's name often has spaces."""
        from rolequiz.base.shell import command

        return command(["rolequiz", "quiz", "--workshop", str(self.folder), "--resume",
                        "--name", self.participant.code])

    def save(self, state: Mapping[str, Any]) -> Path:
        return save_progress(self.folder, self.participant, state, self.manifest)

    def finish(self, result: Mapping[str, Any]) -> Path:
        path, _ = save_result(self.folder, result, self.participant.name,
                              self.participant.code, self.manifest)
        return path


def open_session(folder: str | Path, name: str | None = None,
                 resume: bool = False, lang: str = "en") -> WorkshopSession:
    """A new participant, or with `resume` the quiz in progress whose code or name is
    `name`. Never guesses between students: a name that several quizzes in progress
    share, or no name at all, is a NotFound listing the codes to choose from."""
    if not resume:
        return WorkshopSession(folder, participant(name))
    if name and is_code(name.strip().lower()):
        p = load_progress(folder, name.strip().lower(), lang=lang)
        return WorkshopSession(folder, p.participant, p.state)
    found = find_progress(folder, name=name) if name else []
    if len(found) == 1:
        return WorkshopSession(folder, found[0].participant, found[0].state)
    waiting = found or pending(folder)
    codes = ", ".join(f"{p.participant.code} ({p.participant.name or '-'})"
                      for p in sorted(waiting, key=lambda p: p.participant.code))
    if not waiting:
        m = _manifest_or_none(folder)
        if m is not None and m.sealed and count_pending(folder):
            raise NotFound(t("workshop.resume_sealed", lang, folder=folder))
        if name:
            raise NotFound(t("workshop.none_in_progress_named", lang, folder=folder,
                             name=name))
        raise NotFound(t("workshop.none_in_progress", lang, folder=folder))
    raise NotFound(t("workshop.say_which", lang, folder=folder, codes=codes))


def discard_progress(folder: str | Path, code: str, manifest: Manifest | None = None) -> None:
    """Remove the progress of `code` (its result is saved). A sealed one's name is worked
    out from the code only when the folder holds sealed progress at all (it costs an
    argon2id)."""
    if not is_code(code):
        return
    paths = [progress_path(folder, code)]
    if manifest is not None and manifest.sealed and _holds_sealed_progress(folder):
        paths.append(progress_path(folder, code, manifest))
    for path in paths:
        try:
            os.unlink(path)
        except OSError:
            pass


def _holds_sealed_progress(folder: str | Path) -> bool:
    try:
        with os.scandir(Path(folder) / PROGRESS_DIR) as it:
            return any(e.name.endswith(SEALED_SUFFIX) for e in it)
    except OSError:
        return False
