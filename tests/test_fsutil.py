"""Files are written whole or not at all; a second writer never overwrites the first."""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from rolequiz.errors import SaveError
from rolequiz.fsutil import atomic_write, create_exclusive


def test_atomic_write_replaces_whole_and_is_readable(tmp_path):
    target = tmp_path / "result.json"
    atomic_write(target, "first")
    atomic_write(target, "second")
    assert target.read_text() == "second"
    assert [p.name for p in tmp_path.iterdir()] == ["result.json"]  # no temp file left
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask


def test_failed_write_keeps_the_previous_file(tmp_path, monkeypatch):
    target = tmp_path / "progress.json"
    atomic_write(target, "good answers")

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(SaveError) as e:
        atomic_write(target, "half written", what="progress")
    assert str(target) in str(e.value) and "No space left on device" in str(e.value)
    assert target.read_text() == "good answers"
    assert [p.name for p in tmp_path.iterdir()] == ["progress.json"]


def _unprivileged(fn) -> tuple[int, str]:
    """Run fn() in a forked child that cannot override file permissions: as root (CI runs
    as root), the child first becomes `nobody`. (Forked, not started anew: the interpreter
    may live where `nobody` cannot read it.) Returns the child's exit code and what fn
    returned, or the exception it raised."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 1
        try:
            os.close(read_end)
            if os.geteuid() == 0:
                import pwd

                try:
                    nobody = pwd.getpwnam("nobody")
                    uid, gid = nobody.pw_uid, nobody.pw_gid
                except KeyError:
                    uid = gid = 65534
                os.setgroups([])
                os.setgid(gid)
                os.setuid(uid)
            out = fn()
            code = 0
        except BaseException as e:  # noqa: BLE001 - reported to the parent, which fails
            out = f"{type(e).__name__}: {e}"
        finally:
            os.write(write_end, str(out).encode("utf-8"))
            os._exit(code)
    os.close(write_end)
    chunks = []
    while chunk := os.read(read_end, 65536):
        chunks.append(chunk)
    os.close(read_end)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), b"".join(chunks).decode("utf-8")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX permissions, tested in a fork")
def test_permission_denied_names_the_path_and_keeps_the_previous_file():
    """A real EACCES from the kernel: a folder the writer may read but not write."""
    # not tmp_path: pytest's base folder is private to root, `nobody` could not even reach it
    top = Path(tempfile.mkdtemp(prefix="rolequiz-perm-"))
    locked = top / "locked"
    try:
        top.chmod(0o755)
        locked.mkdir()
        target = locked / "progress.json"
        atomic_write(target, "good answers")
        locked.chmod(0o555)

        def save() -> str:
            # the child really is held by permissions (not, say, a read-only disk)
            assert not os.access(locked, os.W_OK) and os.access(locked, os.R_OK | os.X_OK)
            try:
                atomic_write(target, "half written", what="progress")
            except SaveError as e:
                return str(e)
            return "saved: the permissions were not enforced"

        code, message = _unprivileged(save)
        assert code == 0, message
        assert message == f"could not save the progress to {target}: Permission denied"
        assert target.read_text() == "good answers"
        assert sorted(p.name for p in locked.iterdir()) == ["progress.json"]
    finally:
        with contextlib.suppress(FileNotFoundError):
            locked.chmod(0o755)
        shutil.rmtree(top)


@pytest.mark.parametrize("call", ["open", "replace"])
def test_permission_denied_injected_keeps_the_previous_file(tmp_path, monkeypatch, call):
    """The same failure where the kernel would give it, on any system and as any user:
    creating the temp file (os.open, under mkstemp), or putting it in place (os.replace,
    e.g. a file another user owns in a sticky folder)."""
    target = tmp_path / "progress.json"
    atomic_write(target, "good answers")
    real = getattr(os, call)
    calls = []

    def denied(path, *args, **kwargs):
        if str(path).startswith(str(tmp_path)):
            calls.append(path)
            raise PermissionError(13, "Permission denied", str(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, call, denied)
    with pytest.raises(SaveError) as e:
        atomic_write(target, "half written", what="progress")
    monkeypatch.undo()
    assert calls  # the failure really came from there
    assert str(e.value) == f"could not save the progress to {target}: Permission denied"
    assert target.read_text() == "good answers"
    assert [p.name for p in tmp_path.iterdir()] == ["progress.json"]  # no temp file left


def test_real_disk_full(tmp_path):
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    with pytest.raises(SaveError):
        # /dev/full cannot be replaced; writing into a folder we cannot create fails cleanly
        atomic_write("/dev/full/x.json", "data")


def test_exclusive_creation_from_parallel_processes(tmp_path):
    code = (
        "import sys; from rolequiz.fsutil import create_exclusive\n"
        "create_exclusive(sys.argv[1], 'same-name', '.json', sys.argv[2])\n"
    )
    procs = [subprocess.Popen([sys.executable, "-c", code, str(tmp_path), f"student {i}"])
             for i in range(30)]
    assert all(p.wait(timeout=60) == 0 for p in procs)
    files = sorted(tmp_path.iterdir())
    assert len(files) == 30
    assert sorted(f.read_text() for f in files) == sorted(f"student {i}" for i in range(30))
    assert create_exclusive(tmp_path, "same-name", ".json", "x").name == "same-name-31.json"


def test_a_device_is_written_into_never_replaced():
    """--save /dev/null or --output /dev/full: the device node must survive, and a full
    device is a save error, not a silent success."""
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    before = os.stat("/dev/null")
    atomic_write("/dev/null", "result")
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev
    with pytest.raises(SaveError) as e:
        atomic_write("/dev/full", "result", what="result")
    assert "/dev/full" in str(e.value)
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)
