"""An unfinished quiz on disk: which answers were given, where the student stopped.

One file per state folder (``progress.json``), rewritten atomically after every answer, so
a crash, Ctrl-C or a closed window never loses more than the key being pressed. A file
that cannot be read is never overwritten: it is moved aside as ``*.corrupt-<timestamp>``
and reported, and the quiz carries on from scratch. When it cannot even be moved, it stays
where it is and no save replaces or removes it.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from rolequiz.content.models import QuestionSet

SCHEMA = "rolequiz.progress/1"
FILE_NAME = "progress.json"
_KEY = re.compile(r"[a-z0-9][a-z0-9-]{0,80}\Z")


def file_name(workshop: str = "", student: str = "") -> str:
    """The progress file of a quiz: `progress.json` for a quiz of one's own; in a
    workshop, one file per workshop and student (`student`: a file-name-safe key, the
    name's slug or the code), so that students sharing a login never share a file."""
    if not workshop:
        return FILE_NAME
    if not (_KEY.match(workshop) and _KEY.match(student)):
        raise ValueError(f"not a file-name-safe key: {workshop!r}, {student!r}")
    return f"progress-{workshop}-{student}.json"
LAST_RESULT = "last-result.json"
MAX_BYTES = 1_000_000  # a progress file is a few KB


@dataclass
class Progress:
    """What a student has done so far. `position` is the index of the question on screen."""

    questions_digest: str
    roles_digest: str = ""
    answers: dict[str, int] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)
    position: int = 0
    lang: str = "en"
    questions_path: str = ""
    roles_path: str = ""
    started: str = ""
    updated: str = ""
    # in a workshop: whose quiz this is (the workshop's id, the student's code and name)
    workshop: str = ""
    code: str = ""
    name: str = ""

    def to_dict(self) -> dict:
        data = {
            "schema": SCHEMA,
            "content": {"questions": self.questions_digest, "roles": self.roles_digest},
            "paths": {"questions": self.questions_path, "roles": self.roles_path},
            "lang": self.lang,
            "position": self.position,
            "answers": dict(sorted(self.answers.items())),
            "skipped": sorted(set(self.skipped)),
            "started": self.started,
            "updated": self.updated,
        }
        if self.workshop:
            data["participant"] = {"workshop": self.workshop, "code": self.code,
                                   "name": self.name or None}
        return data


@dataclass(frozen=True)
class Loaded:
    """The outcome of reading a progress file: the progress (or None) and what to tell."""

    progress: Progress | None
    corrupt_kept_at: Path | None = None
    problem: str = ""


def state_dir(explicit: str | Path | None = None) -> Path:
    """--state-dir, else ROLEQUIZ_STATE_DIR, else the user data folder of this platform."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("ROLEQUIZ_STATE_DIR", "").strip()
    if env:
        return Path(env).expanduser()
    import platformdirs  # only here: it is not needed to start

    return Path(platformdirs.user_data_dir("rolequiz", appauthor=False))


def now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S%z")


def new(questions: QuestionSet, roles_digest: str = "", lang: str = "en",
        questions_path: str = "", roles_path: str = "") -> Progress:
    stamp = now()
    return Progress(
        questions_digest=questions.digest,
        roles_digest=roles_digest,
        lang=lang,
        questions_path=questions_path,
        roles_path=roles_path,
        started=stamp,
        updated=stamp,
    )


def save(path: Path, progress: Progress) -> None:
    """Atomically replace the progress file (SaveError names the path on failure)."""
    from rolequiz.base.errors import SaveError
    from rolequiz.base.files import atomic_write  # tempfile is not needed to show a question

    progress.updated = now()
    data = json.dumps(progress.to_dict(), ensure_ascii=False, indent=2) + "\n"
    problem = _cannot_read(path)
    if problem is not None:
        raise SaveError(key="unreadable_there", what="quiz progress", path=path,
                        reason=problem.strerror or str(problem), errno=problem.errno)
    atomic_write(path, data, what="quiz progress")


def remove(path: Path) -> None:
    if _cannot_read(path) is not None:
        return  # not ours to delete: a progress file load() could neither read nor move
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError:
        pass  # a stale progress file is harmless: the next start asks before using it


def load(path: Path) -> Loaded:
    """Read a progress file. Missing: Loaded(None). Unreadable or malformed: the file is
    renamed to `<name>.corrupt-<timestamp>` (never overwritten, never deleted) and the
    reason is returned so the caller can tell the student."""
    from rolequiz.base.files import FileTooLarge, NotRegularFile, read_bounded

    try:
        # a regular file only, never past the limit: a pipe by that name would block before
        # the first screen, a link to /dev/zero fill the memory
        raw = read_bounded(path, MAX_BYTES)
    except FileNotFoundError:
        return Loaded(None)
    except (NotRegularFile, FileTooLarge) as e:
        reason = _too_large(path) if isinstance(e, FileTooLarge) else e.strerror
        return Loaded(None, _set_aside(path), reason)
    except OSError as e:
        return _unreadable(path, e)
    try:
        data = json.loads(raw.decode("utf-8"))
        progress = _from_dict(data)
    except (ValueError, TypeError, KeyError, RecursionError, UnicodeDecodeError) as e:
        reason = _reason(e)
        return Loaded(None, _set_aside(path), reason)
    except OSError as e:
        return _unreadable(path, e)
    return Loaded(progress)


def _unreadable(path: Path, e: OSError) -> Loaded:
    """A file the system refuses to read (permissions, a disk error, a folder in its place)
    may still hold a student's answers: moved aside like a corrupt one, else left alone."""
    kept = _set_aside(path)
    if kept is not None:
        return Loaded(None, kept, e.strerror or str(e))
    return Loaded(None, None, f"cannot read {path}: {e.strerror or e}; it is left where it "
                              "is, and nothing will be saved over it")


def _too_large(path: Path) -> str:
    try:
        return f"the file is too large ({path.stat().st_size} bytes)"
    except OSError:
        return "the file is too large"


def _cannot_read(path: Path) -> OSError | None:
    """Why `path` cannot be read (None when it can, or when there is no file). Never opens
    a pipe or a device: they are no progress file either."""
    from rolequiz.base.files import FileTooLarge, read_bounded

    try:
        read_bounded(path, 0)  # opened, and checked to be a regular file
    except (FileNotFoundError, FileTooLarge):  # none, or one with bytes in it
        return None
    except OSError as e:
        return e
    return None


def _reason(e: Exception) -> str:
    if isinstance(e, json.JSONDecodeError):
        return f"not valid JSON (line {e.lineno}, column {e.colno}: {e.msg})"
    if isinstance(e, UnicodeDecodeError):
        return f"not UTF-8 (byte 0x{e.object[e.start]:02x} at offset {e.start})"
    if isinstance(e, RecursionError):
        return "nesting too deep"
    return str(e) or type(e).__name__


def _set_aside(path: Path) -> Path | None:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for n in range(100):
        target = path.with_name(f"{path.name}.corrupt-{stamp}" + (f"-{n}" if n else ""))
        if target.exists():
            continue
        try:
            os.replace(path, target)
        except OSError:
            return None
        return target
    return None


def from_dict(data: object) -> Progress:
    """A progress from its JSON data (a copy kept elsewhere); ValueError if it is not one."""
    return _from_dict(data)


def _from_dict(data: object) -> Progress:
    if not isinstance(data, dict):
        raise ValueError("not a progress file (expected a JSON object)")
    if data.get("schema") != SCHEMA:
        raise ValueError(f"schema is {data.get('schema')!r}, expected {SCHEMA!r}")
    content = data.get("content")
    paths = data.get("paths") or {}
    answers = data.get("answers")
    skipped = data.get("skipped", [])
    position = data.get("position", 0)
    if not isinstance(content, dict) or not isinstance(content.get("questions"), str):
        raise ValueError("'content.questions' is missing")
    if not isinstance(answers, dict) or not all(
        isinstance(k, str) and type(v) is int for k, v in answers.items()
    ):
        raise ValueError("'answers' must map question ids to whole numbers")
    if not isinstance(skipped, list) or not all(isinstance(s, str) for s in skipped):
        raise ValueError("'skipped' must be a list of question ids")
    if type(position) is not int or position < 0:
        raise ValueError("'position' must be a whole number, 0 or more")
    if not isinstance(paths, dict):
        raise ValueError("'paths' must be a mapping")

    def text(value: object) -> str:
        return value if isinstance(value, str) else ""

    who = data.get("participant") if isinstance(data.get("participant"), dict) else {}

    return Progress(
        questions_digest=content["questions"],
        roles_digest=text(content.get("roles")),
        answers=dict(answers),
        skipped=list(skipped),
        position=position,
        lang=text(data.get("lang")) or "en",
        questions_path=text(paths.get("questions")),
        roles_path=text(paths.get("roles")),
        started=text(data.get("started")),
        updated=text(data.get("updated")),
        workshop=text(who.get("workshop")),
        code=text(who.get("code")),
        name=text(who.get("name")),
    )


@dataclass(frozen=True)
class Reconciled:
    progress: Progress
    changed: bool  # the questions are not the ones the progress was saved for
    kept: int
    dropped: tuple[str, ...]  # question ids (or answers off the scale) left out


def reconcile(progress: Progress, questions: QuestionSet) -> Reconciled:
    """Fit saved progress to the current questions: answers to questions that still exist
    (with a value still on the scale) are kept, the others dropped and listed."""
    ids = [q.id for q in questions.questions]
    known = set(ids)
    values = set(questions.scale.values)
    changed = progress.questions_digest != questions.digest
    answers = {k: v for k, v in progress.answers.items() if k in known and v in values}
    dropped = tuple(sorted(set(progress.answers) - set(answers)))
    skipped = [s for s in progress.skipped if s in known and s not in answers]
    fitted = Progress(
        questions_digest=questions.digest,
        roles_digest=progress.roles_digest,
        answers=answers,
        skipped=skipped,
        position=first_open(ids, answers, skipped),
        lang=progress.lang,
        questions_path=progress.questions_path,
        roles_path=progress.roles_path,
        started=progress.started,
        updated=progress.updated,
    )
    return Reconciled(fitted, changed, len(answers), dropped)


def first_open(ids: list[str], answers: Mapping[str, int], skipped: list[str]) -> int:
    """Where to resume: the first question neither answered nor skipped on purpose;
    len(ids) (the end of the quiz) when there is none."""
    seen = set(skipped)
    for i, qid in enumerate(ids):
        if qid not in answers and qid not in seen:
            return i
    return len(ids)
