"""`rolequiz workshop clean`: what saves cut off left in a workshop folder (reader.leftovers),
recovered when it holds a whole result, removed otherwise.

A result is saved in three steps (base/files.create_exclusive): its name is taken with an
empty file, the bytes go to a temporary file beside it, which then replaces the empty one.
A computer switched off or a process killed between the steps leaves an empty result, a
temporary file, or both. A temporary file that holds a whole result (it reads as one) is
put in place: under its own name when that is still the empty file of the same save, else
under a new name. Everything else a minute old is removed: empty results, temporary
files of results cut off halfway, of progress copies and of content copies. A file saved
less than a minute ago is left alone (it may be a save happening right now).
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from stat import S_ISREG

from rolequiz.base.errors import SaveError
from rolequiz.base.files import FileTooLarge, NotRegularFile, create_exclusive, read_bounded
from rolequiz.group.layout import (
    MANIFEST,
    MAX_RESULT_BYTES,
    RESULT_SUFFIXES,
    SEALED_SUFFIX,
    SUFFIX,
    WORKSHOP_SCHEMA,
)
from rolequiz.group.reader import STALE_AFTER, TEMP_NAME, BadFile, leftovers, parse_result


@dataclass
class Cleaned:
    recovered: list[tuple[Path, Path]] = field(default_factory=list)  # (temp file, result)
    removed: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)  # (file, why)
    locked: list[Path] = field(default_factory=list)  # sealed to a key not at hand: left


class NeedsKey(OSError):
    """A sealed result's temporary file, sealed to a key not at hand: it cannot be told
    whether it holds a whole result, so it is left as it is."""


def clean(folder: str | Path, now: float | None = None, keys=None) -> Cleaned:
    """Recover the whole results left in temporary files, remove the other leftovers.
    `keys` (group/seal.Keyring) open the temporary files of sealed results."""
    folder = Path(folder)
    now = time.time() if now is None else now
    done = Cleaned()
    found = leftovers(folder, now)
    temps = [p for p in found if TEMP_NAME.match(p.name)]
    for temp in temps:  # first: a recovered result may take the place of an empty one
        try:
            target = _recover(folder, temp, now, keys)
        except NeedsKey:
            done.locked.append(temp)
            continue
        except OSError as e:
            done.failed.append((temp, e.strerror or str(e)))
            continue
        except SaveError as e:  # no new name could be made for it: said, and kept
            done.failed.append((temp, str(e)))
            continue
        if target is not None:
            done.recovered.append((temp, target))
            continue
        _remove(temp, done)
    for empty in (p for p in found if p not in temps):
        try:
            st = os.lstat(empty)
        except FileNotFoundError:
            continue  # a recovered result took its place
        except OSError as e:
            done.failed.append((empty, e.strerror or str(e)))
            continue
        if st.st_size == 0:  # still empty: nothing of a result in it
            _remove(empty, done)
    return done


def _remove(path: Path, done: Cleaned) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        return
    except OSError as e:
        done.failed.append((path, e.strerror or str(e)))
        return
    done.removed.append(path)


def _recover(folder: Path, temp: Path, now: float, keys=None) -> Path | None:
    """Where the whole result (or manifest) in `temp` was put, or None when it holds
    none (cut off halfway, or the temporary file of something else)."""
    if temp.parent != folder:
        return None  # a progress copy or a content copy: the file itself is the one kept
    name = TEMP_NAME.match(temp.name).group("target")  # type: ignore[union-attr]
    if not name.lower().endswith(RESULT_SUFFIXES) or "/" in name or "\\" in name:
        return None
    sealed = name.lower().endswith(SEALED_SUFFIX)
    try:  # a file that cannot be read now may still hold a result: said, and kept
        raw = read_bounded(temp, MAX_RESULT_BYTES)
    except (FileTooLarge, NotRegularFile):
        return None
    try:
        data = json.loads(_opened(raw, keys) if sealed else raw.decode("utf-8"))
    except (ValueError, RecursionError):
        return None
    if name == MANIFEST:
        if not (isinstance(data, dict) and data.get("schema") == WORKSHOP_SCHEMA):
            return None
    else:
        try:
            parse_result(data, str(temp))
        except BadFile:
            return None
    target = folder / name
    if _left_empty(target, now) or (name == MANIFEST and not os.path.lexists(target)):
        os.replace(temp, target)  # the empty file its own save had reserved
        return target
    if name == MANIFEST:
        return None  # a manifest is there already: it stays the one
    saved = create_exclusive(folder, Path(name).stem, SEALED_SUFFIX if sealed else SUFFIX, raw,
                             what="result")
    with contextlib.suppress(FileNotFoundError):
        os.unlink(temp)
    return saved


def _opened(raw: bytes, keys) -> bytes:
    """A sealed result's JSON (ValueError when it is not a whole one); NeedsKey when the
    key it was sealed to is not at hand."""
    from rolequiz.group import seal

    if not seal.is_sealed(raw):
        raise ValueError("not a sealed result")
    kid = raw[len(seal.MAGIC): len(seal.MAGIC) + seal.KEY_ID_LEN].decode("latin-1")
    if keys is None or kid not in keys:
        raise NeedsKey(kid)
    try:
        return seal.unseal(raw, keys)
    except seal.SealError as e:  # cut off: the box does not open
        raise ValueError(str(e)) from None


def _left_empty(path: Path, now: float) -> bool:
    """An empty result a minute old: the name a save cut off had taken (a younger one may
    be another student's save, happening now)."""
    try:
        st = os.lstat(path)
    except OSError:
        return False
    return S_ISREG(st.st_mode) and st.st_size == 0 and now - st.st_mtime >= STALE_AFTER
