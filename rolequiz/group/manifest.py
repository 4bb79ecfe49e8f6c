"""The workshop manifest (``workshop.json``): preparing a folder, reading it back, and the
content it pins."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rolequiz.base.errors import NotFound, UsageError
from rolequiz.base.files import atomic_write, create_exclusive
from rolequiz.group.layout import CONTENT_DIR, MANIFEST, SUFFIX, WORKSHOP_SCHEMA, json_text, utc_now

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
    written = create_exclusive(folder, "workshop", SUFFIX, json_text(data),
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
