"""Workshop folders: a group's results collected in one folder, without a server.

A counselor prepares a folder (``workshop.json`` + a copy of the content in ``content/``),
shares it (network folder, USB stick), and every student's quiz saves one result file into
it. Reading a folder never fails on a bad file: it is skipped and listed with the reason.

Layout of a workshop folder::

    workshop.json                 the manifest: title, id, pinned content and its digests
    content/questions.yaml        copies of the content every student of the group answers
    content/roles.yaml
    zoe.json  k7m3qp.json ...     one result per student (never two students in one file)
    .progress/<code>.json         answers of a quiz still in progress (crash-safe)
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import operator
import os
import re
import secrets
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from rolequiz.base.errors import NotFound, UsageError
from rolequiz.base.files import atomic_write, create_exclusive

MANIFEST = "workshop.json"
WORKSHOP_SCHEMA = "rolequiz.workshop/1"
PROGRESS_SCHEMA = "rolequiz.workshop-progress/1"
RESULT_SCHEMA = "rolequiz.result/1"  # same value as content.RESULT_SCHEMA (kept import-light)
CONTENT_DIR = "content"
PROGRESS_DIR = ".progress"
SUFFIX = ".json"
MAX_RESULT_BYTES = 2 * 1024 * 1024  # a result is a few KB; anything far bigger is not one
MAX_NAME = 100  # characters of a participant name kept
MAX_SLUG = 40  # characters of a name used in a file name

_CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i: easy to read out loud
_CODE_LEN = 6
_CODE = re.compile(f"[{_CODE_ALPHABET}]{{{_CODE_LEN}}}\\Z")
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", "clock$"} | {
    f"{p}{n}" for p in ("com", "lpt") for n in range(10)
}


# -- names and codes ---------------------------------------------------------------------


def new_code() -> str:
    """A short random code that identifies a participant without naming them."""
    return "".join(secrets.choice(_CODE_ALPHABET) for _ in range(_CODE_LEN))


def is_code(text: str) -> bool:
    return bool(_CODE.match(text))


def clean_name(name: str | None) -> str | None:
    """The name as stored: trimmed, one line, at most MAX_NAME characters; None if blank."""
    if name is None:
        return None
    name = " ".join(name.split())
    return name[:MAX_NAME] or None


def slug(name: str | None) -> str:
    """A file-name-safe form of `name` for every system (Windows, FAT USB sticks):
    ASCII letters, digits and dashes only, at most MAX_SLUG characters, never a reserved
    device name (CON, NUL...). '' when nothing usable is left (the caller uses a code)."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKD", name)
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    text = text[:MAX_SLUG].strip("-")
    if text in _WINDOWS_RESERVED:
        text = "p-" + text
    return text


@dataclass(frozen=True)
class Participant:
    code: str
    name: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "code": self.code}

    @property
    def stem(self) -> str:
        """The result's file name without suffix: the name's slug, else the code."""
        return slug(self.name) or self.code


def participant(name: str | None = None, code: str | None = None) -> Participant:
    return Participant(code=code or new_code(), name=clean_name(name))


# -- the manifest ------------------------------------------------------------------------


@dataclass(frozen=True)
class Manifest:
    folder: Path
    id: str
    title: str
    created: str
    questions_file: Path
    roles_file: Path
    questions_digest: str  # sha256[:16] of the file, as in a result's "content"
    roles_digest: str
    questions_sha256: str
    roles_sha256: str
    names: Any = None  # {"roles": [{id, name}], "dimensions": [...]} as written by init

    @property
    def content_key(self) -> tuple[str, str]:
        return (self.questions_digest, self.roles_digest)

    def summary(self) -> dict[str, str]:
        return {"id": self.id, "title": self.title}


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _sha256(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as e:
        raise NotFound(f"cannot read {path}: {e.strerror or e}") from None


def init(folder: str | Path, title: str, questions: str | Path | None = None,
         roles: str | Path | None = None) -> Manifest:
    """Prepare a workshop folder: validate the content, copy it into the folder, write the
    manifest. Refuses a folder that already is a workshop (its results would be mixed)."""
    from rolequiz.content.load import default_paths, load_content

    folder = Path(folder)
    title = " ".join(title.split())
    if not title:
        raise UsageError("the workshop needs a title: --title \"Class 2B, March\"")
    if (folder / MANIFEST).exists():
        raise UsageError(
            f"{folder} is already a workshop folder ({MANIFEST} exists); "
            "choose a new folder for a new group"
        )
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"{folder} exists and is not a folder")
    dq, dr = default_paths()
    qpath, rpath = Path(questions or dq), Path(roles or dr)
    content = load_content(qpath, rpath)  # refuse content with problems before copying
    qbytes, rbytes = _read_bytes(qpath), _read_bytes(rpath)
    cdir = folder / CONTENT_DIR
    atomic_write(cdir / "questions.yaml", qbytes, what="questions copy")
    atomic_write(cdir / "roles.yaml", rbytes, what="roles copy")
    data = {
        "schema": WORKSHOP_SCHEMA,
        "id": secrets.token_hex(4),
        "title": title,
        "created": _now(),
        "content": {
            "questions": {
                "file": f"{CONTENT_DIR}/questions.yaml",
                "digest": content.questions.digest,
                "sha256": hashlib.sha256(qbytes).hexdigest(),
            },
            "roles": {
                "file": f"{CONTENT_DIR}/roles.yaml",
                "digest": content.roles.digest,
                "sha256": hashlib.sha256(rbytes).hexdigest(),
            },
        },
        # names in every language, so a report needs not parse the content again
        "names": {
            "roles": [{"id": r.id, "name": dict(r.name.values)} for r in content.roles.roles],
            "dimensions": [{"id": d.id, "name": dict(d.name.values)}
                           for d in content.questions.dimensions],
        },
    }
    written = create_exclusive(folder, "workshop", SUFFIX, _dumps(data),
                               what="workshop manifest")
    if written.name != MANIFEST:  # another init won the race: keep theirs
        with contextlib.suppress(OSError):
            os.unlink(written)
        raise UsageError(f"{folder} is already a workshop folder ({MANIFEST} exists)")
    return read_manifest(folder)  # type: ignore[return-value]


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as e:
        raise NotFound(f"cannot read {path}: {e.strerror or e}") from None


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


class ManifestError(UsageError):
    """workshop.json exists but cannot be used."""


def read_manifest(folder: str | Path) -> Manifest | None:
    """The folder's manifest, None when there is none; ManifestError when it is broken."""
    folder = Path(folder)
    path = folder / MANIFEST
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except (NotADirectoryError, IsADirectoryError):
        return None
    except OSError as e:
        raise ManifestError(f"cannot read {path}: {e.strerror or e}") from None
    fix = "restore it from a copy, or prepare a new folder with: rolequiz workshop init"
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ManifestError(f"{path}: not valid JSON (damaged?); {fix}") from None
    try:
        if data.get("schema") != WORKSHOP_SCHEMA:
            raise ManifestError(f"{path}: not a rolequiz workshop manifest "
                                f"(schema {data.get('schema')!r}); {fix}")
        c = data["content"]
        q, r = c["questions"], c["roles"]
        qfile = _inside(folder, q["file"], path)
        rfile = _inside(folder, r["file"], path)
        return Manifest(
            folder=folder,
            id=str(data["id"]),
            title=str(data.get("title") or ""),
            created=str(data.get("created") or ""),
            questions_file=qfile,
            roles_file=rfile,
            questions_digest=str(q["digest"]),
            roles_digest=str(r["digest"]),
            questions_sha256=str(q["sha256"]),
            roles_sha256=str(r["sha256"]),
            names=data.get("names"),
        )
    except (KeyError, TypeError, AttributeError):
        raise ManifestError(f"{path}: incomplete workshop manifest; {fix}") from None


def _inside(folder: Path, name: Any, manifest: Path) -> Path:
    """A file named by the manifest, refused unless it stays inside the folder."""
    if not isinstance(name, str) or not name or name.startswith(("/", "\\")) or ".." in \
            re.split(r"[\\/]", name) or ":" in name:
        raise ManifestError(f"{manifest}: content file {name!r} is not inside the folder")
    return folder / name


def pinned_content_paths(folder: str | Path, questions: str | Path | None = None,
                         roles: str | Path | None = None
                         ) -> tuple[str | Path | None, str | Path | None]:
    """The content files a quiz saving into `folder` must use.

    With a manifest: its pinned copies (checked against their sha256), unless the student
    names files explicitly, which are then accepted only if they are the same content.
    Without a manifest: whatever was given (None = the built-in content)."""
    m = read_manifest(folder)
    if m is None:
        return questions, roles
    for pinned, sha in ((m.questions_file, m.questions_sha256),
                        (m.roles_file, m.roles_sha256)):
        if _sha256(pinned) != sha:
            raise ManifestError(
                f"{pinned} was changed after the workshop was prepared; "
                f"restore it, or prepare a new folder with: rolequiz workshop init"
            )
    for what, given, sha in (("questions", questions, m.questions_sha256),
                             ("roles", roles, m.roles_sha256)):
        if given is not None and _sha256(Path(given)) != sha:
            raise UsageError(
                f"{given} is not the {what} file of the workshop \"{m.title}\" "
                f"({m.folder / MANIFEST}); leave out --{what} to use the workshop's own copy"
            )
    return m.questions_file, m.roles_file


# -- saving a result ---------------------------------------------------------------------


def save_result(folder: str | Path, result: Mapping[str, Any], name: str | None = None,
                code: str | None = None) -> tuple[Path, Participant]:
    """Save one student's result (the JSON result contract) as a new file in `folder`.

    Adds "participant" {name, code}, "workshop" {id, title} (None without a manifest) and
    "finished_at". The file is created exclusively and written atomically: students
    finishing at the same moment never overwrite each other. A finished quiz's progress
    file (same code) is removed afterwards."""
    folder = Path(folder)
    who = participant(name, code)
    manifest = None
    try:
        manifest = read_manifest(folder)
    except ManifestError:
        pass  # the result matters more than the manifest: save it anyway
    data = dict(result)
    data["participant"] = who.as_dict()
    data["workshop"] = manifest.summary() if manifest else None
    data["finished_at"] = _now()
    path = create_exclusive(folder, who.stem, SUFFIX, _dumps(data), what="result")
    discard_progress(folder, who.code)
    return path, who


# -- progress of a quiz in a workshop (crash-safe, resumable) -----------------------------


def progress_path(folder: str | Path, code: str) -> Path:
    if not is_code(code):
        raise UsageError(f"'{code}' is not a participant code (6 letters and digits)")
    return Path(folder) / PROGRESS_DIR / f"{code}{SUFFIX}"


def save_progress(folder: str | Path, who: Participant, state: Mapping[str, Any]) -> Path:
    """Keep the answers given so far (`state`, the session's own data) inside the workshop
    folder, replaced atomically after every answer."""
    path = progress_path(folder, who.code)
    data = {"schema": PROGRESS_SCHEMA, "participant": who.as_dict(), "saved_at": _now(),
            "state": dict(state)}
    atomic_write(path, _dumps(data), what="progress")
    return path


@dataclass(frozen=True)
class Pending:
    """A quiz started in the workshop and not finished."""

    participant: Participant
    state: dict[str, Any]
    path: Path
    saved_at: str = ""


def load_progress(folder: str | Path, code: str) -> Pending:
    """The progress saved under `code`; NotFound (naming what exists) when there is none."""
    path = progress_path(folder, code)
    try:
        raw = path.read_bytes()
    except OSError:
        codes = sorted(p.participant.code for p in pending(folder))
        known = ("quizzes in progress here: " + ", ".join(codes)) if codes else \
            "no quiz is in progress in this folder"
        raise NotFound(f"no saved progress with code {code} in {folder}; {known}") from None
    p = _parse_progress(path, raw)
    if p is None:
        kept = _keep_aside(path)
        raise UsageError(f"the progress file {path} is damaged; it was kept as {kept.name}; "
                         "start the quiz again")
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
        try:
            with open(e.path, "rb") as f:
                raw = f.read(MAX_RESULT_BYTES)
        except OSError:
            continue
        p = _parse_progress(Path(e.path), raw)
        if p is not None:
            out.append(p)
    return sorted(out, key=lambda p: p.participant.code)


def count_pending(folder: str | Path) -> int:
    try:
        return sum(1 for e in os.scandir(Path(folder) / PROGRESS_DIR)
                   if e.name.endswith(SUFFIX) and not e.name.startswith("."))
    except OSError:
        return 0


def _parse_progress(path: Path, raw: bytes) -> Pending | None:
    try:
        data = json.loads(raw.decode("utf-8-sig"))
        if data.get("schema") != PROGRESS_SCHEMA:
            return None
        who = data["participant"]
        code = who["code"]
        if not isinstance(code, str) or not is_code(code) or path.stem != code:
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


class Session:
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

    @property
    def resume_hint(self) -> str:
        """The command that resumes this quiz (shown when it is interrupted)."""
        return f"rolequiz quiz --workshop {self.folder} --resume --name {self.participant.code}"

    def save(self, state: Mapping[str, Any]) -> Path:
        return save_progress(self.folder, self.participant, state)

    def finish(self, result: Mapping[str, Any]) -> Path:
        path, _ = save_result(self.folder, result, self.participant.name,
                              self.participant.code)
        return path


def open_session(folder: str | Path, name: str | None = None,
                 resume: bool = False) -> Session:
    """A new participant, or with `resume` the quiz in progress whose code or name is
    `name`. Never guesses between students: a name that several quizzes in progress
    share, or no name at all, is a NotFound listing the codes to choose from."""
    if not resume:
        return Session(folder, participant(name))
    if name and is_code(name.strip().lower()):
        p = load_progress(folder, name.strip().lower())
        return Session(folder, p.participant, p.state)
    found = find_progress(folder, name=name) if name else []
    if len(found) == 1:
        return Session(folder, found[0].participant, found[0].state)
    waiting = found or pending(folder)
    codes = ", ".join(f"{p.participant.code} ({p.participant.name or '-'})"
                      for p in sorted(waiting, key=lambda p: p.participant.code))
    if not waiting:
        raise NotFound(f"no quiz is in progress in {folder}"
                       + (f" under the name '{name}'" if name else "")
                       + "; start a new one without --resume")
    raise NotFound(f"say which quiz to resume with --name CODE; in progress in {folder}: "
                   f"{codes}")


def discard_progress(folder: str | Path, code: str) -> None:
    if not is_code(code):
        return
    try:
        os.unlink(progress_path(folder, code))
    except OSError:
        pass


# -- reading a folder of results ---------------------------------------------------------


@dataclass(slots=True)
class Entry:
    """One valid result read from a file."""

    path: str
    name: str | None
    code: str | None
    finished_at: str
    content: tuple[str, str]  # (questions digest, roles digest)
    lang: str
    answered: int
    total: int
    profile_keys: tuple[str, ...]  # dimension ids, shared by all results of one content
    profile_values: tuple[float | None, ...]
    notes: tuple[str, ...]
    workshop: str | None  # workshop id
    # every role, best first, column by column
    roles: tuple[str, ...]
    names: dict[str, str]  # role id -> name as the results of this content name it
    scores: tuple[float, ...]
    firsts: tuple[str, ...]  # the role ids ranked first (more than one on a tie)

    @property
    def profile(self) -> dict[str, float | None]:
        """Dimension id -> interest in [0, 1], or None (unknown)."""
        return dict(zip(self.profile_keys, self.profile_values, strict=True))

    @property
    def role_names(self) -> tuple[str, ...]:
        return tuple(map(self.names.__getitem__, self.roles))

    @property
    def matches(self) -> list[tuple[str, str, float, int]]:
        """(role id, name, score, rank), best first."""
        out, rank, previous = [], 0, None
        for n, (rid, name, score) in enumerate(
                zip(self.roles, self.role_names, self.scores, strict=True), start=1):
            if score != previous:  # equal scores share a rank (the result contract)
                rank, previous = n, score
            out.append((rid, name, score, rank))
        return out

    @property
    def label(self) -> str:
        return self.name or self.code or Path(self.path).stem


@dataclass
class Skipped:
    path: str
    reason: str  # a code: unreadable, empty, too-big, not-json, not-a-result, damaged, duplicate
    detail: str = ""


@dataclass
class Collection:
    entries: list[Entry] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    manifests: list[Manifest] = field(default_factory=list)
    in_progress: int = 0
    problems: list[str] = field(default_factory=list)  # e.g. a broken manifest


class _Bad(Exception):
    def __init__(self, reason: str, detail: str = ""):
        super().__init__(reason)
        self.reason = reason
        self.detail = detail


_NUMBER = frozenset({int, float})  # exact types: True is not a score
_STR = frozenset({str})
_MATCH = operator.itemgetter("role", "score")
_NAME = operator.itemgetter("name")
# role id -> name, per (content, language): every result of one content in one language
# names its roles the same way, so the names are read from the first such result only
_ROLE_NAMES: dict[tuple[tuple[str, str], str], dict[str, str]] = {}
_SHARED: dict[Any, Any] = {}  # strings and keys every result repeats, kept once


def parse_result(data: Any, path: str) -> Entry:
    """A result's JSON data -> Entry, or _Bad with the reason. Checks every part the
    report uses (types and ranges), in a loop tight enough for thousands of files."""
    if type(data) is not dict or data.get("schema") != RESULT_SCHEMA:
        raise _Bad("not-a-result")
    try:
        ms = data["matches"]
        if type(ms) is not list or not ms:
            raise _Bad("damaged", "no roles in the result")
        # column by column, so the checks run as C loops: thousands of files per second
        # one visit per role (each is a dict in memory just parsed), then by column
        # (the ranks follow from the scores, best first, equal scores sharing a rank)
        ids, scores = zip(*map(_MATCH, ms), strict=True)
        if not (_STR.issuperset(map(type, ids)) and _NUMBER.issuperset(map(type, scores))
                and 0 <= scores[-1] and scores[0] <= 100
                and all(map(operator.ge, scores, scores[1:]))):
            raise _Bad("damaged", "a role's id, name or score is wrong, or out of order")
        profile = data["profile"]
        if type(profile) is not dict:
            raise _Bad("damaged", "no interest profile")
        pkeys = tuple(profile)
        if not _STR.issuperset(map(type, pkeys)):
            raise _Bad("damaged", "a dimension id is not text")
        known = [v for v in profile.values() if v is not None]
        if known and not (_NUMBER.issuperset(map(type, known)) and 0 <= min(known)
                          and max(known) <= 1):
            raise _Bad("damaged", "an interest is not a number from 0 to 1")
        content = data.get("content") or {}
        key = (str(content.get("questions") or "?"), str(content.get("roles") or "?"))
        key = _SHARED.setdefault(key, key)
        lang = str(data.get("lang") or "")
        role_names = _ROLE_NAMES.setdefault((key, lang), {})
        if not all(map(role_names.__contains__, ids)):
            names = tuple(map(_NAME, ms))
            if not _STR.issuperset(map(type, names)):
                raise _Bad("damaged", "a role's name is not text")
            for rid, rname in zip(ids, names, strict=True):
                role_names.setdefault(rid, rname)
        who = data.get("participant") or {}
        name, code = who.get("name"), who.get("code")
        ws = data.get("workshop") or {}
        notes = data.get("notes")
        notes = tuple(str(n.get("code")) for n in notes if type(n) is dict) if notes else ()
        answered, total = data.get("answered", 0), data.get("total", 0)
        if type(answered) is not int or type(total) is not int:
            raise _Bad("damaged", "the number of answers is wrong")
        return Entry(
            path=path,
            name=clean_name(name) if type(name) is str else None,
            code=code if type(code) is str and code else None,
            finished_at=str(data.get("finished_at") or ""),
            content=key,
            lang=lang,
            answered=answered,
            total=total,
            profile_keys=_SHARED.setdefault(pkeys, pkeys),
            profile_values=tuple(profile.values()),
            notes=notes,
            workshop=str(ws.get("id")) if type(ws) is dict and ws.get("id") else None,
            roles=ids,
            names=role_names,
            scores=scores,
            firsts=ids[: scores.count(scores[0])],
        )
    except _Bad:
        raise
    except (KeyError, TypeError, AttributeError, ValueError, OverflowError):
        raise _Bad("damaged", "a required part is missing") from None


def _result_files(folder: str, real: str) -> list[tuple[str, str]]:
    """Candidate result files of a folder as (path, real path), sorted: *.json at the
    top level, except the manifest and hidden files (temp files of a save in progress,
    .progress)."""
    out = []
    prefix = os.path.join(real, "")
    with os.scandir(folder) as it:
        for e in it:
            n = e.name
            if n.startswith(".") or n == MANIFEST or not n.lower().endswith(SUFFIX):
                continue
            out.append((e.path, prefix + n))
    # shortest name first: of two copies (zoe.json, "zoe (copy).json") the original is kept
    out.sort(key=lambda p: (len(p[0]), p[0]))
    return out


def read_results(paths: Iterable[str | Path], cache: dict | None = None) -> Collection:
    """Every result in the given folders and files. Never raises for a bad file: it goes
    to `skipped` with the reason. `cache` (path -> (size, mtime, Entry|_Bad)) lets a live
    view re-read only the files that changed."""
    col = Collection()
    files: list[tuple[str, str]] = []  # (path to read, real path: the same file named twice)
    for p in paths:
        p = os.fspath(p)
        if os.path.isdir(p):
            real = os.path.realpath(p)
            try:
                m = read_manifest(p)
                if m is not None:
                    col.manifests.append(m)
            except ManifestError as e:
                col.problems.append(str(e))
            try:
                files += _result_files(p, real)
            except OSError as e:
                col.problems.append(f"cannot read the folder {p}: {e.strerror or e}")
            col.in_progress += count_pending(p)
        elif os.path.isfile(p):
            files.append((p, os.path.realpath(p)))
        else:
            raise NotFound(f"{p}: no such file or folder")
    with no_gc():
        _read_all(col, files, cache)
    return col


@contextlib.contextmanager
def no_gc():
    """Reading thousands of results only adds objects, none of them in a cycle: the
    cycle collector would walk them again and again for nothing (10-20 % of a report's
    time). Off inside the block, back as it was after it; nesting is fine."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _read_all(col: Collection, files: list[tuple[str, str]], cache: dict | None) -> None:
    by_id: dict[Any, str] = {}
    new_cache: dict = {} if cache is not None else None  # type: ignore[assignment]
    seen_paths: set[str] = set()
    for path, real in files:
        if real in seen_paths:
            continue  # the same file named twice (a folder and a file inside it)
        seen_paths.add(real)
        try:
            entry = _read_one(path, cache, new_cache)
        except _Bad as bad:
            col.skipped.append(Skipped(path, bad.reason, bad.detail))
            continue
        ident = ("code", entry.code) if entry.code else ("file", entry.finished_at,
                                                           entry.roles, entry.scores)
        first = by_id.get(ident)
        if first is not None:
            col.skipped.append(Skipped(path, "duplicate", first))
            continue
        by_id[ident] = path
        col.entries.append(entry)
    if cache is not None:
        cache.clear()
        cache.update(new_cache)


def _read_one(path: str, cache: dict | None, new_cache: dict | None) -> Entry:
    if cache is None:
        return _parse_file(path)
    try:
        st = os.stat(path)
    except OSError as e:
        raise _Bad("unreadable", e.strerror or str(e)) from None
    sig = (st.st_size, st.st_mtime_ns)
    if cache is not None:
        hit = cache.get(path)
        if hit is not None and hit[0] == sig:
            new_cache[path] = hit  # type: ignore[index]
            if isinstance(hit[1], _Bad):
                raise hit[1]
            return hit[1]
    try:
        entry: Entry | _Bad = _parse_file(path)
    except _Bad as bad:
        entry = bad
    if new_cache is not None and not (isinstance(entry, _Bad) and entry.reason == "empty"):
        new_cache[path] = (sig, entry)
    if isinstance(entry, _Bad):
        raise entry
    return entry


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number a result can hold")


_decode = json.JSONDecoder(parse_constant=_no_constant).decode


def _read_bytes_fast(path: str) -> bytes:
    """A small file's bytes with plain system calls (no buffered file object: a third of
    the cost of reading a result). The size is checked before anything is read."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        size = os.fstat(fd).st_size
        if size > MAX_RESULT_BYTES:
            raise _Bad("too-big")
        raw = os.read(fd, size + 1)
        if len(raw) < size:  # a short read (network folders): read on to the end
            parts = [raw]
            while chunk := os.read(fd, 65536):
                parts.append(chunk)
                if sum(map(len, parts)) > MAX_RESULT_BYTES:
                    raise _Bad("too-big")
            raw = b"".join(parts)
        return raw
    finally:
        os.close(fd)


def _parse_file(path: str) -> Entry:
    try:
        raw = _read_bytes_fast(path)
    except OSError as e:
        raise _Bad("unreadable", e.strerror or str(e)) from None
    if not raw:
        raise _Bad("empty", "empty file (still being written, or cut off)")
    if len(raw) > MAX_RESULT_BYTES:  # it grew while being read
        raise _Bad("too-big")
    try:
        data = _decode(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise _Bad("not-json", "not UTF-8 text") from None
    except RecursionError:
        raise _Bad("not-json", "nesting too deep") from None
    except ValueError as e:
        if raw.startswith(b"\xef\xbb\xbf"):  # a BOM added by an editor (or by Windows)
            try:
                data = _decode(raw[3:].decode("utf-8"))
            except (ValueError, RecursionError):
                raise _Bad("not-json", str(e)) from None
        else:
            if raw.lstrip()[:1] != b"{":
                raise _Bad("not-json", str(e)) from None
            cut = isinstance(e, json.JSONDecodeError) and (
                e.msg.startswith("Unterminated string") or e.pos >= len(e.doc.rstrip()) - 1)
            raise _Bad("damaged", "cut off before its end" if cut else str(e)) from None
    return parse_result(data, path)


# -- watching folders for new results ------------------------------------------------------


def signature(paths: Iterable[str | Path]) -> tuple:
    """What a live view depends on: name, size and modification time of every result
    file, the manifest and the progress files. Equal signatures, same report."""
    items: list[tuple] = []
    for p in paths:
        p = os.fspath(p)
        try:
            if os.path.isdir(p):
                for sub in (p, os.path.join(p, PROGRESS_DIR)):
                    try:
                        with os.scandir(sub) as it:
                            for e in it:
                                if e.name.endswith(SUFFIX) and not e.name.startswith("."):
                                    st = e.stat()
                                    items.append((e.path, st.st_size, st.st_mtime_ns))
                    except FileNotFoundError:
                        continue
            else:
                st = os.stat(p)
                items.append((p, st.st_size, st.st_mtime_ns))
        except OSError as e:
            items.append((p, -1, e.errno or 0))
    items.sort()
    return tuple(items)


class Watcher:
    """Tells whether the watched folders changed since the last call (True the first time)."""

    def __init__(self, paths: Iterable[str | Path]):
        self.paths = list(paths)
        self._last: tuple | None = None

    def changed(self) -> bool:
        now = signature(self.paths)
        if now == self._last:
            return False
        self._last = now
        return True
