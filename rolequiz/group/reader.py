"""Reading a folder of results fast, never failing on a bad file: it is skipped and
listed with the reason."""

from __future__ import annotations

import contextlib
import gc
import json
import operator
import os
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from stat import S_ISREG
from typing import Any

from rolequiz.base.errors import NotFound
from rolequiz.base.files import NOT_REGULAR
from rolequiz.group import seal
from rolequiz.group.layout import (
    CONTENT_DIR,
    MANIFEST,
    MAX_RESULT_BYTES,
    PROGRESS_DIR,
    RESULT_SCHEMA,
    RESULT_SUFFIXES,
)
from rolequiz.group.manifest import Manifest, ManifestError, read_manifest
from rolequiz.group.participants import clean_name
from rolequiz.group.store import count_pending
from rolequiz.i18n import plural, t

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
    detail: str = ""  # in English (the JSON report's "detail")
    # the detail in any language: a catalogue key and its values ("os": the system's
    # reason, its error number in values)
    key: str = ""
    values: tuple[tuple[str, Any], ...] = ()


@dataclass
class Collection:
    entries: list[Entry] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    manifests: list[Manifest] = field(default_factory=list)
    in_progress: int = 0
    problems: list[str] = field(default_factory=list)  # e.g. a broken manifest


class _Bad(Exception):
    def __init__(self, reason: str, detail: str = "", key: str = "", **values: Any):
        super().__init__(reason)
        self.reason = reason
        self.detail = detail
        self.key, self.values = key, tuple(values.items())


BadFile = _Bad  # what parse_result raises for a file that is no result (its .reason says why)
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
            raise _Bad("damaged", "no roles in the result", "report.detail.no_roles")
        # column by column, so the checks run as C loops: thousands of files per second
        # one visit per role (each is a dict in memory just parsed), then by column
        # (the ranks follow from the scores, best first, equal scores sharing a rank)
        ids, scores = zip(*map(_MATCH, ms), strict=True)
        if not (_STR.issuperset(map(type, ids)) and _NUMBER.issuperset(map(type, scores))
                and 0 <= scores[-1] and scores[0] <= 100
                and all(map(operator.ge, scores, scores[1:]))):
            raise _Bad("damaged", "a role's id, name or score is wrong, or out of order",
                       "report.detail.bad_roles")
        profile = data["profile"]
        if type(profile) is not dict:
            raise _Bad("damaged", "no interest profile", "report.detail.no_profile")
        pkeys = tuple(profile)
        if not _STR.issuperset(map(type, pkeys)):
            raise _Bad("damaged", "a dimension id is not text", "report.detail.bad_dimension")
        known = [v for v in profile.values() if v is not None]
        if known and not (_NUMBER.issuperset(map(type, known)) and 0 <= min(known)
                          and max(known) <= 1):
            raise _Bad("damaged", "an interest is not a number from 0 to 1",
                       "report.detail.bad_interest")
        content = data.get("content") or {}
        key = (str(content.get("questions") or "?"), str(content.get("roles") or "?"))
        key = _SHARED.setdefault(key, key)
        lang = str(data.get("lang") or "")
        role_names = _ROLE_NAMES.setdefault((key, lang), {})
        if not all(map(role_names.__contains__, ids)):
            names = tuple(map(_NAME, ms))
            if not _STR.issuperset(map(type, names)):
                raise _Bad("damaged", "a role's name is not text", "report.detail.bad_name")
            for rid, rname in zip(ids, names, strict=True):
                role_names.setdefault(rid, rname)
        who = data.get("participant") or {}
        name, code = who.get("name"), who.get("code")
        ws = data.get("workshop") or {}
        notes = data.get("notes")
        notes = tuple(str(n.get("code")) for n in notes if type(n) is dict) if notes else ()
        answered, total = data.get("answered", 0), data.get("total", 0)
        if type(answered) is not int or type(total) is not int:
            raise _Bad("damaged", "the number of answers is wrong", "report.detail.bad_count")
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
        raise _Bad("damaged", "a required part is missing", "report.detail.missing_part"
                   ) from None


def _result_files(folder: str, real: str) -> list[tuple[str, str]]:
    """Candidate result files of a folder as (path, real path), sorted: *.json and
    *.sealed at the top level, except the manifest and hidden files (temp files of a save
    in progress, .progress)."""
    out = []
    prefix = os.path.join(real, "")
    with os.scandir(folder) as it:
        for e in it:
            n = e.name
            if n.startswith(".") or n == MANIFEST or not n.lower().endswith(RESULT_SUFFIXES):
                continue
            out.append((e.path, prefix + n))
    # shortest name first: of two copies (zoe.json, "zoe (copy).json") the original is kept
    out.sort(key=lambda p: (len(p[0]), p[0]))
    return out


# -- what saves cut off leave behind ------------------------------------------------------

STALE_AFTER = 60  # seconds: a save takes milliseconds; a file left this long is left over
# the temporary file of a save (base/files.atomic_write): ".zoe.json.k3x9_a1.tmp"
TEMP_NAME = re.compile(r"\.(?P<target>.+)\.[A-Za-z0-9_]+\.tmp\Z")
LEFTOVER_PLACES = ("", PROGRESS_DIR, CONTENT_DIR)  # the folder, its progress, its content


def leftovers(folder: str | Path, now: float | None = None) -> list[Path]:
    """What saves cut off (a computer switched off, a process killed) left in a workshop
    folder a minute ago or more: results still empty (the name was taken, the bytes never
    came) and temporary files of a save (a whole result may be in one: `rolequiz workshop
    clean` puts it in place). Only names and sizes are looked at; links are not followed."""
    now = time.time() if now is None else now
    out = []
    for place in LEFTOVER_PLACES:
        where = os.path.join(os.fspath(folder), place) if place else os.fspath(folder)
        try:
            with os.scandir(where) as it:
                for e in it:
                    n = e.name
                    temp = n.startswith(".") and TEMP_NAME.match(n)
                    empty = not place and not n.startswith(".") and n != MANIFEST \
                        and n.lower().endswith(RESULT_SUFFIXES)
                    if not (temp or empty):
                        continue
                    try:
                        st = e.stat(follow_symlinks=False)
                    except OSError:
                        continue
                    if not S_ISREG(st.st_mode) or now - st.st_mtime < STALE_AFTER:
                        continue
                    if temp or st.st_size == 0:
                        out.append(Path(e.path))
        except OSError:
            continue
    return sorted(out)


def holds_results(folder: str | Path) -> bool:
    """Whether a folder holds a file that can be a result, as read_results looks for them
    (a folder without a manifest can: results saved there by a rolequiz that created the
    folder it was given)."""
    try:
        with os.scandir(folder) as it:
            for e in it:
                n = e.name
                if n.startswith(".") or n == MANIFEST or not n.lower().endswith(RESULT_SUFFIXES):
                    continue
                try:
                    if e.is_file():
                        return True
                except OSError:
                    continue
    except OSError:
        return False
    return False


def read_results(paths: Iterable[str | Path], cache: dict | None = None,
                 lang: str = "en", keys: seal.Keyring | None = None) -> Collection:
    """Every result in the given folders and files. Never raises for a bad file: it goes
    to `skipped` with the reason. `cache` (path -> (size, mtime, Entry|_Bad)) lets a live
    view re-read only the files that changed; `lang` is the language of the problems;
    `keys` open sealed results (one that does not open is skipped as damaged)."""
    col = Collection()
    files: list[tuple[str, str]] = []  # (path to read, real path: the same file named twice)
    for p in paths:
        p = os.fspath(p)
        if os.path.isdir(p):
            real = os.path.realpath(p)
            try:
                m = read_manifest(p, lang)
                if m is not None:
                    col.manifests.append(m)
            except ManifestError as e:
                col.problems.append(str(e))
            try:
                files += _result_files(p, real)
            except OSError as e:
                col.problems.append(t("report.folder_unreadable", lang, path=p,
                                      reason=e.strerror or e))
            col.in_progress += count_pending(p)
            left = leftovers(p)
            if left:
                from rolequiz.base.shell import command

                col.problems.append(plural(len(left), lang, "report.leftovers", command=command(
                    ["rolequiz", "workshop", "clean", p])))
        elif os.path.isfile(p):
            files.append((p, os.path.realpath(p)))
        else:
            raise NotFound(t("workshop.no_such_file", lang, path=p))
    with no_gc():
        _read_all(col, files, cache, keys)
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


def _read_all(col: Collection, files: list[tuple[str, str]], cache: dict | None,
              keys: seal.Keyring | None = None) -> None:
    by_id: dict[Any, str] = {}
    new_cache: dict = {} if cache is not None else None  # type: ignore[assignment]
    seen_paths: set[str] = set()
    for path, real in files:
        if real in seen_paths:
            continue  # the same file named twice (a folder and a file inside it)
        seen_paths.add(real)
        try:
            entry = _read_one(path, cache, new_cache, keys)
        except _Bad as bad:
            col.skipped.append(Skipped(path, bad.reason, bad.detail, bad.key, bad.values))
            continue
        # without a code, a copy is the same time, ranking and interests: scores alone
        # cannot tell students apart (flat answers, or one interest known, give every
        # role 50)
        ident = ("code", entry.code) if entry.code else ("file", entry.finished_at,
                                                           entry.roles, entry.scores,
                                                           entry.profile_keys,
                                                           entry.profile_values)
        first = by_id.get(ident)
        if first is not None:
            col.skipped.append(Skipped(path, "duplicate", first))
            continue
        by_id[ident] = path
        col.entries.append(entry)
    if cache is not None:
        cache.clear()
        cache.update(new_cache)


def _read_one(path: str, cache: dict | None, new_cache: dict | None,
              keys: seal.Keyring | None = None) -> Entry:
    if cache is None:
        return _parse_file(path, keys)
    try:
        st = os.stat(path)
    except OSError as e:
        raise _Bad("unreadable", e.strerror or str(e), "os", errno=e.errno) from None
    sig = (st.st_size, st.st_mtime_ns)
    if cache is not None:
        hit = cache.get(path)
        if hit is not None and hit[0] == sig:
            new_cache[path] = hit  # type: ignore[index]
            if isinstance(hit[1], _Bad):
                raise hit[1]
            return hit[1]
    try:
        entry: Entry | _Bad = _parse_file(path, keys)
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
_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
               | getattr(os, "O_BINARY", 0))
SEALED, SEALED_LEN = seal.MAGIC, len(seal.MAGIC)


def _read_bytes_fast(path: str) -> bytes:
    """A small file's bytes with plain system calls (no buffered file object: a third of
    the cost of reading a result). The size is checked before anything is read. Opened
    without blocking: a pipe named like a result (`mkfifo zoe.json`) would wait forever for
    a writer; it, and a device (a link to /dev/zero), is skipped unread."""
    fd = os.open(path, _OPEN_FLAGS)
    try:
        st = os.fstat(fd)
        if not S_ISREG(st.st_mode):
            raise _Bad("unreadable", NOT_REGULAR, "os", errno=None)
        size = st.st_size
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


def _parse_file(path: str, keys: seal.Keyring | None = None) -> Entry:
    try:
        raw = _read_bytes_fast(path)
    except OSError as e:
        raise _Bad("unreadable", e.strerror or str(e), "os", errno=e.errno) from None
    if not raw:
        raise _Bad("empty", "empty file (still being written, or cut off)")  # not shown
    if len(raw) > MAX_RESULT_BYTES:  # it grew while being read
        raise _Bad("too-big")
    if raw[:SEALED_LEN] == SEALED:  # a sealed result: its JSON, with the counselor's key
        try:
            raw = seal.unseal(raw, keys)
        except seal.SealError as e:
            raise _Bad("damaged", str(e), "seal.why." + e.key if e.key else "",
                       **e.values) from None
    try:
        data = _decode(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise _Bad("not-json", "not UTF-8 text", "report.detail.not_unicode") from None
    except RecursionError:
        raise _Bad("not-json", "nesting too deep", "report.detail.too_deep") from None
    except ValueError as e:
        if raw.startswith(b"\xef\xbb\xbf"):  # a BOM added by an editor (or by Windows)
            try:
                data = _decode(raw[3:].decode("utf-8"))
            except (ValueError, RecursionError):
                raise _not_json("not-json", e) from None
        else:
            if raw.lstrip()[:1] != b"{":
                raise _not_json("not-json", e) from None
            cut = isinstance(e, json.JSONDecodeError) and (
                e.msg.startswith("Unterminated string") or e.pos >= len(e.doc.rstrip()) - 1)
            if cut:
                raise _Bad("damaged", "cut off before its end", "report.detail.cut_off"
                           ) from None
            raise _not_json("damaged", e) from None
    return parse_result(data, path)


def _not_json(reason: str, e: ValueError) -> _Bad:
    """A file JSON cannot read: the parser's words, and where it stopped."""
    if isinstance(e, json.JSONDecodeError):
        return _Bad(reason, str(e), "report.detail.json_at", line=e.lineno, column=e.colno)
    return _Bad(reason, str(e))  # NaN or Infinity: the parser's words name it
