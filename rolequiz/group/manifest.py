"""The workshop manifest (``workshop.json``): preparing a folder, reading it back, the
content it pins, and finding a workshop by the folder someone typed."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import secrets
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rolequiz.base.errors import NotFound, UsageError
from rolequiz.base.files import atomic_write, create_exclusive
from rolequiz.base.textsafe import clean
from rolequiz.group.layout import (
    CONTENT_DIR,
    MANIFEST,
    RESULT_SUFFIXES,
    SUFFIX,
    WORKSHOP_SCHEMA,
    json_text,
    utc_now,
)
from rolequiz.i18n import COUNSELOR, plural, t

MAX_MANIFEST_BYTES = 1024 * 1024  # a manifest is a few KB
# a content copy: content/yamlsafe.MAX_BYTES (tested equal), without importing PyYAML
MAX_CONTENT_BYTES = 1024 * 1024

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
    public_key: bytes | None = None  # results are sealed to it (group/seal.py); None: open

    @property
    def sealed(self) -> bool:
        return self.public_key is not None

    @property
    def key_id(self) -> str:
        from rolequiz.group.seal import key_id

        return key_id(self.public_key) if self.public_key is not None else ""

    @property
    def content_key(self) -> tuple[str, str]:
        return (self.questions_digest, self.roles_digest)

    def summary(self) -> dict[str, str]:
        return {"id": self.id, "title": self.title}



def _sha256(path: Path, lang: str = "en") -> str:
    return hashlib.sha256(_read_bytes(path, lang)).hexdigest()


def init(folder: str | Path, title: str, questions: str | Path | None = None,
         roles: str | Path | None = None, lang: str = "en", *, force: bool = False,
         seal: Callable[[str, str], dict[str, str]] | None = None) -> Manifest:
    """Prepare a workshop folder: validate the content, copy it into the folder, write the
    manifest. Refuses a folder that already is a workshop (its results would be mixed), a
    folder that holds an earlier group's results (unless `force`), and a `content` that is
    a link or holds one (the copies would be written wherever it points).
    `seal(workshop id, title)` makes the workshop's key pair, keeps its private half and
    returns the record of its public half (group/seal.py): results saved into the folder
    are then sealed. Without it the folder keeps plain results (`workshop init --open`).

    The manifest is written last: a folder without one is no workshop, and a failure on
    the way (a full disk, Ctrl-C) removes what was written, so that no half-prepared
    folder is left behind."""
    from rolequiz.content.load import default_paths, load_content

    folder = Path(folder)
    title = " ".join(title.split())
    if not title:
        raise UsageError(t("workshop.needs_title", lang))
    if os.path.lexists(folder / MANIFEST):
        raise UsageError(t("workshop.already", lang, folder=folder, manifest=MANIFEST))
    if folder.exists() and not folder.is_dir():
        raise UsageError(t("workshop.not_a_folder", lang, folder=folder))
    earlier = _results_in(folder)
    if earlier and not force:
        raise UsageError(plural(earlier, lang, "workshop.holds_results", folder=folder))
    cdir = folder / CONTENT_DIR
    copies = (cdir / "questions.yaml", cdir / "roles.yaml")
    for path in (cdir, *copies):
        if os.path.islink(path) or (path.exists() and not (path.is_dir() if path == cdir
                                                            else path.is_file())):
            raise UsageError(t("workshop.content_not_plain", lang, path=path))
    dq, dr = default_paths()
    qpath, rpath = Path(questions or dq), Path(roles or dr)
    # refuse content with problems before copying; said to the counselor who runs init
    content = load_content(qpath, rpath, lang, COUNSELOR)
    qbytes, rbytes = _read_bytes(qpath, lang), _read_bytes(rpath, lang)
    made = [p for p in (folder, cdir) if not os.path.lexists(p)]  # to remove on failure
    written: list[Path] = []
    try:
        for path, raw, what in ((copies[0], qbytes, "copy of the questions"),
                                (copies[1], rbytes, "copy of the roles")):
            atomic_write(path, raw, what=what)
            written.append(path)
        workshop_id = secrets.token_hex(4)
        data = _manifest_data(workshop_id, title, content, qbytes, rbytes)
        if seal is not None:
            data["seal"] = seal(workshop_id, title)
        manifest = create_exclusive(folder, "workshop", SUFFIX, json_text(data),
                                    what="workshop manifest")
    except BaseException:
        _undo(written, made)
        raise
    if manifest.name != MANIFEST:  # another init won the race: keep theirs
        with contextlib.suppress(OSError):
            os.unlink(manifest)
        raise UsageError(t("workshop.already", lang, folder=folder, manifest=MANIFEST))
    return read_manifest(folder, lang)  # type: ignore[return-value]


def _manifest_data(workshop_id: str, title: str, content: Any, qbytes: bytes,
                   rbytes: bytes) -> dict:
    return {
        "schema": WORKSHOP_SCHEMA,
        "id": workshop_id,
        "title": title,
        "created": utc_now(),
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


def _undo(written: list[Path], made: list[Path]) -> None:
    """What a failed init wrote, removed: the copies, then the folders it made (if empty)."""
    for path in written:
        with contextlib.suppress(OSError):
            os.unlink(path)
    for path in reversed(made):
        with contextlib.suppress(OSError):
            os.rmdir(path)


def _results_in(folder: Path) -> int:
    """How many files of the folder a report would read as results (*.json and *.sealed
    beside the manifest; hidden files and folders aside)."""
    count = 0
    try:
        with os.scandir(folder) as it:
            for e in it:
                n = e.name
                if n.startswith(".") or n == MANIFEST or not n.lower().endswith(RESULT_SUFFIXES):
                    continue
                with contextlib.suppress(OSError):
                    count += e.is_file()
    except OSError:
        return 0
    return count


def _read_bytes(path: Path, lang: str = "en") -> bytes:
    """A content file's bytes: a regular file only (a copy in a shared folder may be a pipe
    or a link to /dev/zero: never opened, or never read past the limit)."""
    from rolequiz.base.files import read_bounded

    try:
        return read_bounded(path, MAX_CONTENT_BYTES)
    except OSError as e:
        raise NotFound(t("workshop.cannot_read", lang, path=path,
                         reason=e.strerror or e)) from None


class ManifestError(UsageError):
    """workshop.json exists but cannot be used."""


def read_manifest(folder: str | Path, lang: str = "en") -> Manifest | None:
    """The folder's manifest, None when there is none; ManifestError when it is broken.
    Only a regular file is opened: a pipe or a device by that name would block or worse."""
    folder = Path(folder)
    path = folder / MANIFEST
    try:
        raw = _manifest_bytes(path, lang)
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        return None
    except OSError as e:
        raise ManifestError(t("workshop.cannot_read", lang, path=path,
                              reason=e.strerror or e)) from None
    fix = t("workshop.manifest_fix", lang)
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ManifestError(t("workshop.manifest_not_json", lang, path=path, fix=fix)) from None
    try:
        if data.get("schema") != WORKSHOP_SCHEMA:
            raise ManifestError(t("workshop.manifest_schema", lang, path=path,
                                  schema=repr(data.get("schema")), fix=fix))
        c = data["content"]
        q, r = c["questions"], c["roles"]
        qfile = _inside(folder, q["file"], path, lang)
        rfile = _inside(folder, r["file"], path, lang)
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
            public_key=_public_key(data.get("seal")),
        )
    except (KeyError, TypeError, AttributeError, ValueError):
        raise ManifestError(t("workshop.manifest_incomplete", lang, path=path,
                              fix=fix)) from None


def _public_key(record: Any) -> bytes | None:
    """The key results are sealed to; None for an open workshop; ValueError when broken."""
    if record is None:
        return None
    from rolequiz.group.seal import public_from_record

    return public_from_record(record)


def _manifest_bytes(path: Path, lang: str) -> bytes:
    """The manifest's bytes. A folder by that name: IsADirectoryError (no manifest); any
    other file that is not a regular one is refused before it is opened, and checked again
    once open (it could have been swapped in between); never more than the limit."""
    from rolequiz.base.files import FileTooLarge, NotRegularFile, read_bounded

    try:
        return read_bounded(path, MAX_MANIFEST_BYTES)
    except NotRegularFile:
        raise ManifestError(t("workshop.manifest_not_a_file", lang, path=path)) from None
    except FileTooLarge:
        raise ManifestError(t("workshop.manifest_too_big", lang, path=path)) from None


def _inside(folder: Path, name: Any, manifest: Path, lang: str) -> Path:
    """A file named by the manifest, refused unless it stays inside the folder."""
    if not isinstance(name, str) or not name or name.startswith(("/", "\\")) or ".." in \
            re.split(r"[\\/]", name) or ":" in name:
        raise ManifestError(t("workshop.manifest_outside", lang, path=manifest,
                              name=clean(repr(name))))
    return folder / name


def pinned_content_paths(folder: str | Path, questions: str | Path | None = None,
                         roles: str | Path | None = None, lang: str = "en"
                         ) -> tuple[Path, Path]:
    """The content files a quiz saving into `folder` must use: the workshop's pinned
    copies (checked against their sha256), unless the student names files explicitly,
    which are then accepted only if they are the same content.

    A folder that `workshop init` did not prepare is refused (NoWorkshop, with the
    workshops beside it that the name was close to): saving there would leave the student
    out of the report without anyone knowing."""
    m = require(folder, lang, student=True)
    for pinned, sha in ((m.questions_file, m.questions_sha256),
                        (m.roles_file, m.roles_sha256)):
        if _sha256(pinned, lang) != sha:
            raise ManifestError(t("workshop.content_changed", lang, path=clean(str(pinned))))
    for what, given, sha in (("questions", questions, m.questions_sha256),
                             ("roles", roles, m.roles_sha256)):
        if given is not None and _sha256(Path(given), lang) != sha:
            key = "workshop.not_pinned_questions" if what == "questions" \
                else "workshop.not_pinned_roles"
            raise UsageError(t(key, lang, path=given, title=clean(m.title),
                               manifest=m.folder / MANIFEST))
    return m.questions_file, m.roles_file


# -- finding a workshop by the folder typed --------------------------------------------------
# A quiz must never save into a folder that is not a workshop (the student would be missing
# from the report and nobody would know), so a folder without a manifest is refused, with
# the workshops it was probably meant to be ("2B" for "2b"). Looking around is bounded: at
# most MAX_ENTRIES entries of the parent folder (and of the folder itself), never recursing;
# only folders are looked into, and only their manifest is read (a regular file: a pipe or
# a device is never opened).

MAX_ENTRIES = 200  # entries of a folder looked at, at most (a share can hold thousands)
MAX_SUGGESTIONS = 3


class NoWorkshop(UsageError):
    """The folder given is not a workshop (or does not exist)."""


@dataclass(frozen=True)
class Suggestion:
    folder: Path  # as the person would type it: beside the folder they typed
    title: str


def require(folder: str | Path, lang: str, *, student: bool) -> Manifest:
    """The folder's manifest; NoWorkshop naming the folder, why, and the workshops it was
    probably meant to be (or what to do). `student` picks who the message speaks to: the
    student taking the quiz, or the counselor (report)."""
    folder = Path(folder)
    m = read_manifest(folder, lang)  # a broken manifest: ManifestError, said as it is
    if m is not None:
        return m
    raise NoWorkshop(no_workshop_message(folder, lang, student=student))


def no_workshop_message(folder: Path, lang: str, *, student: bool) -> str:
    from rolequiz.base.shell import command, quote

    shown = clean(str(folder))
    found = suggestions(folder)
    if found:  # each folder as it is typed: quoted for the shell when it needs to be
        paths = [clean(quote([str(s.folder)])[0]) for s in found]
        choices = [t("workshop.choice", lang, folder=path, title=clean(s.title)) if s.title
                   else path for path, s in zip(paths, found, strict=True)]
        joined = ", ".join(choices[:-1]) + t("workshop.or", lang) + choices[-1] \
            if len(choices) > 1 else choices[0]
        key = "workshop.did_you_mean_student" if student else "workshop.did_you_mean_counselor"
        return t(key, lang, folder=shown, choices=joined)
    if not os.path.lexists(folder):
        reason = t("workshop.reason_missing", lang)
    elif not os.path.isdir(folder):
        reason = t("workshop.reason_file", lang)
    else:
        reason = t("workshop.reason_no_manifest", lang, manifest=MANIFEST)
    init = command(["rolequiz", "workshop", "init", str(folder), "--title",
                    t("workshop.title_metavar", lang)])
    key = "workshop.no_workshop_student" if student else "workshop.no_workshop_counselor"
    return t(key, lang, folder=shown, reason=reason, command=clean(init))


def no_such_file(path: Path, lang: str) -> NotFound:
    return NotFound(t("workshop.no_such_file", lang, path=clean(str(path))))


# -- the workshops it was probably meant to be ----------------------------------------------


def suggestions(folder: str | Path) -> list[Suggestion]:
    """Workshops beside `folder` whose name (or title) is close to its name, best first;
    then, when `folder` is a folder itself, the workshops just inside it."""
    folder = Path(folder)
    name = folder.name
    parent = folder.parent
    if not name or name in (".", ".."):  # ".", "..", "/": name it from the absolute path
        absolute = Path(os.path.abspath(folder))
        name, parent = absolute.name, absolute.parent
    ranked: list[tuple[tuple, Suggestion]] = []
    if name:
        target = _key(name)
        same = os.path.normcase(os.path.abspath(parent / name))
        for entry_name, m in _workshops_in(parent):
            if os.path.normcase(os.path.abspath(parent / entry_name)) == same:
                continue
            rank = _closeness(name, target, entry_name, m.title)
            if rank is not None:
                ranked.append((rank, Suggestion(parent / entry_name, m.title)))
    ranked.sort(key=lambda r: (r[0], str(r[1].folder)))
    best = [s for _, s in ranked]
    if ranked and ranked[0][0][0] <= 2:  # a name that differs only in case or spelling
        best = [s for rank, s in ranked if rank[0] <= 2]
    if len(best) < MAX_SUGGESTIONS and os.path.isdir(folder):
        inside = sorted(_workshops_in(folder))
        best += [Suggestion(folder / n, m.title) for n, m in inside]
    return best[:MAX_SUGGESTIONS]


def _workshops_in(parent: Path) -> list[tuple[str, Manifest]]:
    """(name, manifest) of the workshops among the first MAX_ENTRIES entries of `parent`.
    Only folders are looked into (a link to one counts; a link that loops, a pipe or a
    device is skipped), and only their manifest is read."""
    out = []
    try:
        with os.scandir(parent) as it:
            for n, e in enumerate(it):
                if n >= MAX_ENTRIES:
                    break
                if e.name.startswith("."):
                    continue
                try:
                    if not e.is_dir():
                        continue
                    m = read_manifest(e.path)
                except (OSError, ManifestError):
                    continue
                if m is not None:
                    out.append((e.name, m))
    except OSError:
        pass
    return out


def _closeness(name: str, target: str, other: str, title: str) -> tuple | None:
    """How close the folder `other` (titled `title`) is to the name typed: a rank, lower
    is closer; None when it is not close."""
    if other.casefold() == name.casefold():
        return (0,)  # "2b" for "2B"
    key = _key(other)
    if key == target and key:
        return (1,)  # accents, spaces, dashes: "classe-2b" for "Classe 2B"
    if title and _key(title) == target:
        return (2,)  # the title typed as the folder: "Classe-2B" for the folder "2B"
    shorter = min(len(target), len(key))
    if shorter >= 2 and (key.startswith(target) or target.startswith(key)):
        return (3, abs(len(key) - len(target)))  # "2B" for "2B-march"
    distance = _distance(target, key)
    if distance <= max(1, min(3, len(target) // 4)):
        return (4, distance)  # "2V" for "2B"
    return None


def _key(name: str) -> str:
    """A name without case, accents, spaces, dashes, dots or underscores."""
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[\s_.\-]+", "", text)


def _distance(a: str, b: str) -> int:
    """Edits (insert, delete, replace, swap two neighbours) from `a` to `b`."""
    if abs(len(a) - len(b)) > 3:
        return 99
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        row = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                row[j] = min(row[j], previous2[j - 2] + 1)
        previous2, previous = previous, row
    return previous[-1]
