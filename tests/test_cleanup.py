"""`rolequiz workshop clean`'s rules, file by file (group/cleanup.py): which temporary file
is a whole result put back, which is removed, what is left alone, and what is said when a
file cannot be removed. The saves cut off for real (kill -9 in a fork) are in
tests/test_reliability_saves.py; here the leftovers are written by hand, with their age."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from rolequiz.content.load import load_content
from rolequiz.content.results import result_to_dict
from rolequiz.engine.scoring import ideal_answers, score
from rolequiz.group import cleanup
from rolequiz.group.layout import MANIFEST, WORKSHOP_SCHEMA
from rolequiz.group.reader import STALE_AFTER

NOW = 1_800_000_000.0  # a fixed "now": every age below is exact


def a_result() -> bytes:
    content = load_content()
    role = content.roles.roles[0]
    data = result_to_dict(score(content, ideal_answers(content.questions, role), "en"), content)
    return json.dumps(data).encode("utf-8")


def left(folder: Path, name: str, data: bytes = b"", age: float = 120.0) -> Path:
    path = folder / name
    path.write_bytes(data)
    os.utime(path, (NOW - age, NOW - age))
    return path


@pytest.fixture
def folder(tmp_path) -> Path:
    (tmp_path / "W").mkdir()
    return tmp_path / "W"


def test_a_whole_result_takes_back_the_empty_name_its_save_had_taken(folder):
    empty = left(folder, "zoe.json")
    temp = left(folder, ".zoe.json.k3x9a1.tmp", a_result())
    done = cleanup.clean(folder, NOW)
    assert done.recovered == [(temp, empty)] and done.removed == [] and done.failed == []
    assert json.loads(empty.read_bytes())["schema"] == "rolequiz.result/1"
    assert not temp.exists()


def test_an_empty_name_younger_than_a_minute_is_another_save_under_way(folder):
    young = left(folder, "zoe.json", age=STALE_AFTER - 1)
    temp = left(folder, ".zoe.json.k3x9a1.tmp", a_result())
    done = cleanup.clean(folder, NOW)
    assert done.recovered == [(temp, folder / "zoe-2.json")]
    assert young.read_bytes() == b"" and not temp.exists()


def test_a_minute_old_exactly_counts_as_left_over(folder):
    empty = left(folder, "zoe.json", age=STALE_AFTER)
    temp = left(folder, ".zoe.json.k3x9a1.tmp", a_result(), age=STALE_AFTER)
    assert cleanup.clean(folder, NOW).recovered == [(temp, empty)]
    assert cleanup.clean(folder, NOW + 1).recovered == []  # nothing left the second time


@pytest.mark.parametrize("name, data", [
    (".zoe.json.k3x9a1.tmp", b'{"schema": "rolequiz.result/1", "matc'),  # cut off halfway
    (".zoe.json.k3x9a1.tmp", b'{"schema": "something else"}'),  # JSON, but no result
    (".notes.txt.k3x9a1.tmp", b"hello"),  # the temporary file of something else
    (".a\\b.json.k3x9a1.tmp", None),  # a whole result, under a name no save makes
])
def test_a_temporary_file_that_holds_no_result_to_put_back_is_removed(folder, name, data):
    temp = left(folder, name, a_result() if data is None else data)
    done = cleanup.clean(folder, NOW)
    assert done.recovered == [] and done.removed == [temp] and not temp.exists()
    assert sorted(p.name for p in folder.iterdir()) == []


def test_a_manifest_is_put_back_only_where_there_is_none(folder):
    manifest = json.dumps({"schema": WORKSHOP_SCHEMA, "id": "ab12cd34"}).encode()
    temp = left(folder, f".{MANIFEST}.k3x9a1.tmp", manifest)
    assert cleanup.clean(folder, NOW).recovered == [(temp, folder / MANIFEST)]
    assert json.loads((folder / MANIFEST).read_bytes())["id"] == "ab12cd34"

    other = left(folder, f".{MANIFEST}.q1w2e3.tmp", manifest.replace(b"ab12", b"ffff"))
    done = cleanup.clean(folder, NOW)
    assert done.recovered == [] and done.removed == [other]  # the one in place stays
    assert json.loads((folder / MANIFEST).read_bytes())["id"] == "ab12cd34"


@pytest.mark.parametrize("data", [b'{"schema": "rolequiz.result/1"}', b"[1, 2]"])
def test_a_temporary_manifest_that_is_no_manifest_is_removed(folder, data):
    temp = left(folder, f".{MANIFEST}.k3x9a1.tmp", data)
    done = cleanup.clean(folder, NOW)
    assert done.recovered == [] and done.removed == [temp] and not (folder / MANIFEST).exists()


def test_an_empty_result_that_has_been_written_since_is_kept(folder, monkeypatch):
    empty = left(folder, "zoe.json")
    found = cleanup.leftovers(folder, NOW)
    assert found == [empty]
    empty.write_bytes(a_result())  # its save finished between the look and the removal
    monkeypatch.setattr(cleanup, "leftovers", lambda *a: found)
    done = cleanup.clean(folder, NOW)
    assert done.removed == [] and empty.stat().st_size > 0


def test_what_cannot_be_removed_is_said_and_the_rest_is_cleaned(folder, monkeypatch):
    stuck = left(folder, "ana.json")
    temp = left(folder, ".ana.json.k3x9a1.tmp", b"{")
    later = left(folder, "zoe.json")
    real = os.unlink

    def unlink(path, *args, **kwargs):
        if Path(path) in (stuck, temp):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, "unlink", unlink)
    done = cleanup.clean(folder, NOW)
    assert done.failed == [(temp, "Permission denied"), (stuck, "Permission denied")]
    assert done.removed == [later] and not later.exists()


def test_a_file_that_cannot_be_looked_at_is_said_and_the_rest_is_cleaned(folder, monkeypatch):
    first = left(folder, "ana.json")
    second = left(folder, "zoe.json")
    found = cleanup.leftovers(folder, NOW)
    real = os.lstat

    def lstat(path, *args, **kwargs):
        if Path(path) == first:
            raise OSError(5, "Input/output error", str(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(cleanup, "leftovers", lambda *a: found)
    monkeypatch.setattr(os, "lstat", lstat)
    done = cleanup.clean(folder, NOW)
    assert done.failed == [(first, "Input/output error")] and done.removed == [second]


def test_a_temporary_file_that_cannot_be_read_is_said(folder, monkeypatch):
    temp = left(folder, ".zoe.json.k3x9a1.tmp", a_result())
    other = left(folder, ".zz.json.q1w2e3.tmp", b"{")  # after it: looked at too

    def unreadable(path, *args, **kwargs):
        if Path(path) == temp:
            raise OSError(5, "Input/output error", str(path))
        return b"{"

    monkeypatch.setattr(cleanup, "read_bounded", unreadable)
    done = cleanup.clean(folder, NOW)
    assert done.failed == [(temp, "Input/output error")] and temp.exists()
    assert done.removed == [other]


def test_a_sealed_temporary_file_without_its_key_is_left_and_the_others_cleaned(folder):
    locked = left(folder, ".k7m3qp.sealed.k3x9a1.tmp",
                  b"rolequiz.sealed/1 0123456789abcdef\n" + bytes(range(200)))
    plain = left(folder, ".zoe.json.q1w2e3.tmp", b"{")  # after the locked one: looked at too
    empty = left(folder, "k7m3qp.sealed")
    done = cleanup.clean(folder, NOW)
    assert done.locked == [locked] and locked.exists()
    assert sorted(done.removed) == sorted([plain, empty])


def test_a_sealed_name_holding_plain_bytes_is_no_result(folder):
    temp = left(folder, ".k7m3qp.sealed.k3x9a1.tmp", a_result())
    done = cleanup.clean(folder, NOW)
    assert done.locked == [] and done.recovered == [] and done.removed == [temp]


def test_leftovers_are_looked_for_in_the_folder_its_progress_and_its_content(folder):
    for place in (".progress", "content"):
        (folder / place).mkdir()
    expected = [left(folder, "zoe.json"), left(folder / ".progress", ".k7.json.a1.tmp", b"x"),
                left(folder / "content", ".roles.yaml.a1.tmp", b"x")]
    left(folder / ".progress", "k7.json")  # an empty progress file is no leftover
    left(folder, "young.json", age=1)
    left(folder, MANIFEST)
    assert cleanup.leftovers(folder, NOW) == sorted(expected)
    assert cleanup.leftovers(folder, time.time() + 10 ** 9) != []


def test_an_empty_result_gone_meanwhile_is_passed_over(folder, monkeypatch):
    gone = left(folder, "ana.json")
    empty = left(folder, "zoe.json")
    found = cleanup.leftovers(folder, NOW)
    gone.unlink()  # removed by someone else between the look and the clean
    monkeypatch.setattr(cleanup, "leftovers", lambda *a: found)
    done = cleanup.clean(folder, NOW)
    assert done.removed == [empty] and done.failed == []


def test_a_whole_result_that_cannot_be_given_a_new_name_is_kept_and_said(folder, monkeypatch):
    young = left(folder, "zoe.json", age=1)  # its name is taken: a new one is needed
    temp = left(folder, ".zoe.json.k3x9a1.tmp", a_result())
    later = left(folder, ".zz.json.q1w2e3.tmp", b"{")
    real = os.open

    def full(path, flags, *args, **kwargs):
        if flags & os.O_EXCL:
            raise OSError(28, "No space left on device", str(path))
        return real(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", full)
    done = cleanup.clean(folder, NOW)
    [(where, why)] = done.failed
    assert where == temp and temp.exists() and young.exists()
    assert why.startswith("could not save the result in ") and "No space left" in why
    assert done.removed == [later]
