"""Files are written whole or not at all; a second writer never overwrites the first."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest

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


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_permission_denied_names_the_path(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    with pytest.raises(SaveError) as e:
        atomic_write(locked / "x.json", "data")
    assert str(locked / "x.json") in str(e.value)


def test_real_disk_full(tmp_path):
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    with pytest.raises(SaveError):
        # /dev/full cannot be replaced; writing into a folder we cannot create fails cleanly
        atomic_write("/dev/full/x.json", "data")


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
