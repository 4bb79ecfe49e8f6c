"""Writing files so that a crash, a full disk or a second writer never loses data; reading
files that others control without ever blocking on them or reading more than a limit."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path

from rolequiz.base.errors import SaveError

# -- reading ---------------------------------------------------------------------------------


class NotRegularFile(OSError):
    """A pipe, a device or a socket where a file was expected: it was not read."""


class FileTooLarge(OSError):
    """More bytes than the limit: the file was not read to its end."""


NOT_REGULAR = "not a regular file: a pipe or a device"
TOO_LARGE = "too large"
_READ_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
               | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0))


def read_bounded(path: str | Path, limit: int, *, special: bool = False) -> bytes:
    """The bytes of `path`, at most `limit` of them (FileTooLarge beyond), in time bounded by
    the limit, never waiting for a writer that may never come.

    A file in a folder others write into (a workshop share, a state folder) may be a pipe
    (`mkfifo`) or a link to a device (/dev/zero): a blocking open of a pipe waits forever
    and reading /dev/zero never ends. So it is opened without blocking (O_NONBLOCK), and
    anything but a regular file is refused (NotRegularFile) — checked before it is opened,
    and again once open, in case it was swapped in between. With `special`, for the paths a
    user types (`--answers <(cat a.yaml)`), a pipe or a device is read once instead, up to
    the limit: whoever gave it is there to write into it."""
    name = os.fspath(path)
    if not special:
        st = os.stat(name)
        if stat.S_ISDIR(st.st_mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), name)
        if not stat.S_ISREG(st.st_mode):
            raise NotRegularFile(errno.EINVAL, NOT_REGULAR, name)
    fd = os.open(name, _READ_FLAGS)
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), name)
        if stat.S_ISREG(st.st_mode):
            if st.st_size > limit:
                raise FileTooLarge(errno.EFBIG, TOO_LARGE, name)
        elif not special:
            raise NotRegularFile(errno.EINVAL, NOT_REGULAR, name)
        elif hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)  # a pipe with a writer: wait for its bytes
        parts: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 16, limit + 1 - size))
            if not chunk:
                break
            parts.append(chunk)
            size += len(chunk)
        if size > limit:
            raise FileTooLarge(errno.EFBIG, TOO_LARGE, name)
        return b"".join(parts)
    finally:
        os.close(fd)


def can_replace(path: str | Path) -> bool:
    """Whether the user may write `path` as it is, the way the shell's `echo > path` would:
    True when there is no file yet. Writing a file by renaming a new one over it needs only
    the folder's permission, so a read-only file would be replaced without this check."""
    try:
        if not os.path.lexists(path):
            return True
        if not os.path.isfile(path):
            return True  # a device or a pipe is written into, never replaced
    except OSError:
        return True  # the write itself says what is wrong
    return os.access(path, os.W_OK)


# -- writing ---------------------------------------------------------------------------------


def atomic_write(path: str | Path, data: str | bytes, *, what: str = "file",
                 private: bool = False) -> None:
    """Replace `path` with `data` all at once: temp file in the same folder, flush, fsync,
    os.replace. On failure the previous file is intact and a SaveError names the path.
    `private`: readable and writable by the user alone (mode 0600), as a key must be."""
    import tempfile  # only here: reading files (above) must not pay for it

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
        raise SaveError(key="to", what=what, path=path, reason=e.strerror or str(e),
                        errno=e.errno) from None
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
        raise SaveError(key="folder", what=what, path=folder, reason=e.strerror or str(e),
                        errno=e.errno) from None
    for n in range(1, attempts + 1):
        name = f"{stem}{suffix}" if n == 1 else f"{stem}-{n}{suffix}"
        target = folder / name
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            continue
        except OSError as e:
            raise SaveError(key="in", what=what, path=folder, reason=e.strerror or str(e),
                            errno=e.errno) from None
        os.close(fd)
        try:
            atomic_write(target, raw, what=what)
        except SaveError:
            with contextlib.suppress(OSError):
                os.unlink(target)
            raise
        return target
    raise SaveError(key="no_name", what=what, path=folder)


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
