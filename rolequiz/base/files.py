"""Writing files so that a crash, a full disk or a second writer never loses data."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from rolequiz.base.errors import SaveError


def atomic_write(path: str | Path, data: str | bytes, *, what: str = "file",
                 private: bool = False) -> None:
    """Replace `path` with `data` all at once: temp file in the same folder, flush, fsync,
    os.replace. On failure the previous file is intact and a SaveError names the path.
    `private`: readable and writable by the user alone (mode 0600), as a key must be."""
    path = Path(path)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    tmp = None
    try:
        if path.exists() and not path.is_file():
            # a device or a pipe (/dev/stdout, /dev/full): write into it; replacing it would
            # put a plain file in place of the device
            with open(path, "wb") as f:
                f.write(raw)
                f.flush()
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        # mkstemp makes the file private (0600); a result or an export in a shared folder
        # must be readable like any file the user creates
        if not private:
            _chmod_like_new_file(fd)
        with os.fdopen(fd, "wb") as f:
            f.write(raw)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
        tmp = None
        _fsync_dir(path.parent)
    except OSError as e:
        raise SaveError(f"could not save the {what} to {path}: {e.strerror or e}") from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def create_exclusive(folder: str | Path, stem: str, suffix: str, data: str | bytes,
                     *, what: str = "file", attempts: int = 1000) -> Path:
    """Write `data` to a new file `stem<suffix>` (or `stem-2<suffix>`, ...) in `folder`,
    never replacing an existing one, even with other processes writing at the same time.
    The name is reserved with O_EXCL, the bytes go to a temp file and replace the reserved
    (empty) file atomically, so a reader sees either nothing or the whole file."""
    folder = Path(folder)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise SaveError(f"could not create the folder {folder}: {e.strerror or e}") from None
    for n in range(1, attempts + 1):
        name = f"{stem}{suffix}" if n == 1 else f"{stem}-{n}{suffix}"
        target = folder / name
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            continue
        except OSError as e:
            raise SaveError(f"could not save the {what} in {folder}: {e.strerror or e}") from None
        os.close(fd)
        try:
            atomic_write(target, raw, what=what)
        except SaveError:
            with contextlib.suppress(OSError):
                os.unlink(target)
            raise
        return target
    raise SaveError(f"could not find a free file name for the {what} in {folder}")


def _chmod_like_new_file(fd: int) -> None:
    if os.name != "posix":
        return
    mask = os.umask(0)
    os.umask(mask)
    with contextlib.suppress(OSError):
        os.fchmod(fd, 0o666 & ~mask)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
