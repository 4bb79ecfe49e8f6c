"""Files are written whole or not at all; a second writer never overwrites the first."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from privileges import forked, unprivileged

from rolequiz.base.errors import SaveError
from rolequiz.base.files import atomic_write, create_exclusive


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

        code, message = unprivileged(save)
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


def _mount_small_tmpfs(folder: Path) -> None:
    """Mount a 64 KB tmpfs on `folder`, seen by this process and its children only: a new
    mount namespace (as root), or a user namespace with one (as anyone, where the kernel
    allows it). Raises OSError when neither is possible."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)

    def check(result: int, what: str) -> None:
        if result != 0:
            err = ctypes.get_errno()
            raise OSError(err, f"{what}: {os.strerror(err)}")

    clone_newns, clone_newuser = 0x00020000, 0x10000000
    uid, gid = os.geteuid(), os.getegid()
    if uid == 0:
        check(libc.unshare(clone_newns), "unshare")
    else:
        check(libc.unshare(clone_newns | clone_newuser), "unshare")
        Path("/proc/self/setgroups").write_text("deny")
        Path("/proc/self/uid_map").write_text(f"0 {uid} 1")
        Path("/proc/self/gid_map").write_text(f"0 {gid} 1")
    ms_rec, ms_private = 0x4000, 0x40000
    # nothing mounted here may show in the namespace the tests run in
    check(libc.mount(None, b"/", None, ms_rec | ms_private, None), "make / private")
    check(libc.mount(b"tmpfs", os.fsencode(folder), b"tmpfs", 0, b"size=64k,mode=0755"),
          "mount tmpfs")


def _fill(folder: Path) -> None:
    """Write into `folder` until the filesystem refuses: it is then really full."""
    chunk = b"x" * 4096
    with open(folder / "filler", "wb", buffering=0) as f:
        try:
            while True:
                f.write(chunk)
        except OSError as e:
            assert e.errno == errno.ENOSPC, e
    try:  # the last partial page too
        with open(folder / "filler", "ab", buffering=0) as f:
            while True:
                f.write(b"x")
    except OSError as e:
        assert e.errno == errno.ENOSPC, e
    assert os.statvfs(folder).f_bavail == 0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux mount namespaces")
def test_real_disk_full(tmp_path):
    """A filesystem that is really full, not a mock: a 64 KB tmpfs filled to the last byte.
    The previous good result stays whole, the message names the file and, at the end of an
    interactive quiz, says where the answers are safe."""
    from quizcontent import write_answers, write_content

    from rolequiz.cli.interactive import finish
    from rolequiz.content.load import load_content
    from rolequiz.quiz import progress as prog

    small = tmp_path / "small-disk"
    small.mkdir()
    files = write_content(tmp_path / "content")
    content = load_content(files["questions"], files["roles"])
    ids = [q.id for q in content.questions.questions]
    first = write_answers(tmp_path / "first.yaml", dict.fromkeys(ids, 5))
    second = write_answers(tmp_path / "second.yaml", dict.fromkeys(ids, 1))
    state = tmp_path / "state"
    env = {**os.environ, "ROLEQUIZ_NO_CACHE": "1"}
    target = small / "result.json"

    def quiz(answers: Path) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "rolequiz", "quiz", "--questions", str(files["questions"]),
             "--roles", str(files["roles"]), "--answers", str(answers), "--format", "json",
             "--save", str(target)],
            capture_output=True, text=True, env=env, timeout=120)

    def on_a_full_disk() -> str:
        try:
            _mount_small_tmpfs(small)
        except OSError as e:
            return f"no small filesystem: {e}"
        assert os.statvfs(small).f_blocks * os.statvfs(small).f_frsize == 64 * 1024
        ok = quiz(first)
        assert ok.returncode == 0, ok.stderr
        good = target.read_bytes()
        assert json.loads(good)["answers"] == dict.fromkeys(ids, 5)
        _fill(small)

        # the real command, from an answers file: exit 1, the path named, nothing lost
        out = quiz(second)
        assert out.returncode == 1, (out.returncode, out.stderr)
        assert out.stderr == (f"rolequiz: could not save the result to {target}: "
                              "No space left on device\n"), out.stderr
        assert "Traceback" not in out.stderr
        assert target.read_bytes() == good
        assert sorted(p.name for p in small.iterdir()) == ["filler", "result.json"]

        # the end of an interactive quiz (what cli/take.py calls): the answers are safe
        progress_file = state / prog.FILE_NAME
        p = prog.new(content.questions)
        p.answers = dict.fromkeys(ids, 1)
        prog.save(progress_file, p)
        command = "rolequiz quiz --resume"
        error = finish(content, dict(p.answers), "en", progress_file, target, command)
        assert str(error) == (f"could not save the result to {target}: No space left on "
                              f"device. Your answers are safe in {progress_file}; finish "
                              f"with: {command}"), str(error)
        assert json.loads(progress_file.read_text(encoding="utf-8"))["answers"] == p.answers
        assert target.read_bytes() == good
        assert sorted(p.name for p in small.iterdir()) == ["filler", "result.json"]
        return "checked"

    code, message = forked(on_a_full_disk)
    if message.startswith("no small filesystem") and os.geteuid() != 0:
        pytest.skip(f"{message} (needs root or user namespaces)")
    assert (code, message) == (0, "checked"), message
    assert list(small.iterdir()) == []  # the tmpfs was never seen out here


def test_a_write_the_kernel_stops_halfway_keeps_the_previous_file(tmp_path):
    """A file-size limit (RLIMIT_FSIZE) makes the kernel accept the first bytes of a write,
    then refuse the rest (EFBIG): a half-written temp file, as on a disk that fills up
    mid-write. It never replaces the previous file and is removed."""
    resource = pytest.importorskip("resource")
    import signal

    target = tmp_path / "progress.json"
    atomic_write(target, "good answers")
    limit = 100

    def limited() -> str:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # else the signal kills the process
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        try:
            atomic_write(target, "x" * (10 * limit), what="progress")
        except SaveError as e:
            return str(e)
        return "saved: the limit was not enforced"

    code, message = forked(limited)
    assert code == 0, message
    assert message == f"could not save the progress to {target}: File too large"
    assert target.read_text() == "good answers"
    assert [p.name for p in tmp_path.iterdir()] == ["progress.json"]


def test_exclusive_creation_from_parallel_processes(tmp_path):
    code = (
        "import sys; from rolequiz.base.files import create_exclusive\n"
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
