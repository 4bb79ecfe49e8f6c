"""Saves cut off, folders that come and go, folders prepared twice (security.md, cases 24,
25, 36).

A save cut off (`kill -9`, a computer switched off) is played for real: the save runs in a
forked child that dies at one of its steps (os._exit where the system call was), so the
files left are exactly what the code leaves. "A minute ago" is set on the files (os.utime),
never waited for."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from conftest import ROOT, run_cli

from rolequiz.base.errors import SaveError
from rolequiz.content.load import load_content
from rolequiz.content.results import result_to_dict
from rolequiz.engine.scoring import ideal_answers, score
from rolequiz.group import manifest, reader, store
from rolequiz.group.watch import Watcher

ANSWERS = ROOT / "examples" / "maker.yaml"
posix_only = pytest.mark.skipif(not hasattr(os, "fork"), reason="a save cut off in a fork")


@pytest.fixture
def workshop(tmp_path, runner) -> Path:
    folder = tmp_path / "W"
    assert run_cli(runner, "workshop", "init", folder, "--title", "Group", "--open").exit_code == 0
    done = run_cli(runner, "quiz", "--answers", ANSWERS, "--workshop", folder, "--name", "Zoé")
    assert done.exit_code == 0, done.output
    return folder


def a_result(i: int = 0) -> dict:
    content = load_content()
    role = content.roles.roles[i % len(content.roles.roles)]
    return result_to_dict(score(content, ideal_answers(content.questions, role), "en"), content)


def cut_off(folder: Path, name: str, at: str, i: int = 0) -> None:
    """Save a result into `folder` in a forked child that dies when the save calls `at`."""
    from privileges import forked

    result = a_result(i)

    def save() -> str:
        def die(*args, **kwargs):
            os._exit(9)  # what kill -9 leaves: nothing of Python's cleanup runs

        setattr(os, at, die)
        store.save_result(folder, result, name)
        return "saved: never cut off"

    code, out = forked(save)
    assert code == 9, out


def a_minute_ago(folder: Path) -> None:
    old = time.time() - 120
    for p in [*folder.iterdir(), *(folder / "content").iterdir()]:
        if p.is_file():
            os.utime(p, (old, old))


def report_json(runner, folder: Path) -> dict:
    result = run_cli(runner, "report", folder, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


# -- saves cut off (case 24) -------------------------------------------------------------------


@posix_only
def test_what_saves_cut_off_leave_is_reported_then_cleaned(runner, workshop):
    # fsync, replace: the whole result is in the temporary file; fchmod: nothing is yet
    for name, at, i in (("Léa", "fsync", 1), ("Max", "replace", 2), ("Ana", "fchmod", 3)):
        cut_off(workshop, name, at, i)
    left = sorted(p.name for p in workshop.iterdir())
    assert [n for n in left if not n.startswith(".")] == [
        "ana.json", "content", "lea.json", "max.json", "workshop.json", "zoe.json"]
    temps = [n for n in left if n.startswith(".")]
    assert len(temps) == 3 and all(n.endswith(".tmp") for n in temps)

    # just now: a save may be under way; the report lists the empty results as before
    data = report_json(runner, workshop)
    assert data["participants"] == 1
    assert {s["reason"] for s in data["skipped"]} == {"empty"}
    assert data["problems"] == []

    a_minute_ago(workshop)
    data = report_json(runner, workshop)
    assert data["participants"] == 1
    assert data["problems"] == [
        f"6 files left by saves that were cut off (empty results or temporary files); to "
        f"recover the complete results and remove the rest: rolequiz workshop clean {workshop}"]

    clean = run_cli(runner, "workshop", "clean", workshop)
    assert clean.exit_code == 0, clean.output
    lines = clean.stdout.splitlines()
    recovered = sorted(line.rsplit(" as ", 1)[1] for line in lines
                       if line.startswith("Recovered"))
    assert recovered == [str(workshop / "lea.json"), str(workshop / "max.json")]
    assert sorted(line for line in lines if line.startswith("Removed")) == sorted(
        [f"Removed {workshop / 'ana.json'}"]
        + [f"Removed {workshop / n}" for n in temps if n.startswith(".ana.json.")])
    assert sorted(p.name for p in workshop.iterdir()) == [
        "content", "lea.json", "max.json", "workshop.json", "zoe.json"]

    data = report_json(runner, workshop)
    assert data["participants"] == 3 and data["skipped"] == [] and data["problems"] == []
    again = run_cli(runner, "workshop", "clean", workshop)
    assert again.stdout == f"Nothing to clean in {workshop}.\n"


@posix_only
def test_a_recovered_result_never_takes_the_place_of_another(runner, workshop):
    cut_off(workshop, "Léa", "replace", 1)
    a_minute_ago(workshop)
    (workshop / "lea.json").unlink()  # the empty file gone, and another Léa saved since
    path, _ = store.save_result(workshop, a_result(4), "Léa")
    assert path.name == "lea.json"
    theirs = path.read_bytes()
    assert run_cli(runner, "workshop", "clean", workshop).exit_code == 0
    assert (workshop / "lea.json").read_bytes() == theirs
    assert json.loads((workshop / "lea-2.json").read_text(encoding="utf-8"))["schema"] == \
        "rolequiz.result/1"
    assert report_json(runner, workshop)["participants"] == 3


@posix_only
def test_a_sealed_save_cut_off_is_recovered_with_the_key_and_left_without_it(
        runner, tmp_path, monkeypatch):
    folder = tmp_path / "S"
    assert run_cli(runner, "workshop", "init", folder, "--title", "Sealed").exit_code == 0
    cut_off(folder, "Léa", "fsync", 1)  # the whole sealed result is in the temporary file
    cut_off(folder, "Ana", "fchmod", 3)  # nothing of it is
    empties = sorted(p.name for p in folder.glob("*.sealed"))
    temps = sorted(p.name for p in folder.glob(".*.tmp"))
    assert len(empties) == 2 and len(temps) == 2
    assert all((folder / n).stat().st_size == 0 for n in empties)
    a_minute_ago(folder)
    assert report_json(runner, folder)["problems"][0].startswith(
        "4 files left by saves that were cut off")

    # on a computer without the workshop's key: nothing that may hold a result is removed
    monkeypatch.setenv("ROLEQUIZ_STATE_DIR", str(tmp_path / "elsewhere"))
    whole = [n for n in temps if (folder / n).stat().st_size > 0]
    away = run_cli(runner, "workshop", "clean", folder)
    assert away.exit_code == 0, away.output
    assert len(whole) == 1
    assert [line for line in away.stdout.splitlines() if line.startswith("Left ")] == [
        f"Left {folder / whole[0]} as it is: it is sealed with a key that is not on this "
        "computer, and may hold a complete result"]
    assert "rolequiz workshop key import FILE" in away.stdout
    assert sorted(p.name for p in folder.glob(".*.tmp")) == whole  # the empty one removed
    assert list(folder.glob("*.sealed")) == []  # both names were empty files

    # with the key: the whole one is put in place, still sealed; the cut one removed
    monkeypatch.undo()
    monkeypatch.setenv("ROLEQUIZ_STATE_DIR", str(tmp_path / "state"))
    home = run_cli(runner, "workshop", "clean", folder)
    assert home.exit_code == 0, home.output
    recovered = [line for line in home.stdout.splitlines() if line.startswith("Recovered")]
    assert len(recovered) == 1 and recovered[0].endswith(".sealed")
    assert list(folder.glob(".*.tmp")) == []
    (kept,) = folder.glob("*.sealed")
    assert kept.read_bytes().startswith(b"rolequiz.sealed/1 ")
    data = report_json(runner, folder)
    assert data["participants"] == 1 and data["skipped"] == [] and data["problems"] == []


def test_clean_leaves_alone_what_is_not_a_minute_old_and_what_it_does_not_know(runner,
                                                                               workshop):
    (workshop / "new.json").write_bytes(b"")  # a save under way
    (workshop / ".new.json.abc123.tmp").write_text("{", encoding="utf-8")
    (workshop / "notes.txt").write_text("the counselor's", encoding="utf-8")
    (workshop / ".hidden").write_text("someone's", encoding="utf-8")
    before = sorted(p.name for p in workshop.iterdir())
    result = run_cli(runner, "workshop", "clean", workshop)
    assert result.stdout == f"Nothing to clean in {workshop}.\n"
    assert sorted(p.name for p in workshop.iterdir()) == before


def test_old_temporary_copies_of_progress_and_content_are_removed(runner, workshop):
    pdir = workshop / ".progress"
    pdir.mkdir()
    leftovers = [pdir / ".k7m3qp.json.x1y2z3.tmp", workshop / "content" / ".roles.yaml.q9.tmp"]
    for p in leftovers:
        p.write_text("half", encoding="utf-8")
        os.utime(p, (time.time() - 120,) * 2)
    result = run_cli(runner, "workshop", "clean", workshop)
    assert result.exit_code == 0
    assert sorted(result.stdout.splitlines()) == sorted(f"Removed {p}" for p in leftovers)
    assert not any(p.exists() for p in leftovers)
    assert (workshop / "content" / "roles.yaml").exists()


def test_clean_needs_a_workshop(runner, tmp_path):
    result = run_cli(runner, "workshop", "clean", tmp_path / "nowhere")
    assert result.exit_code == 2
    assert "no workshop at" in result.stderr


# -- the live report's folders (case 25) ---------------------------------------------------------


def test_links_that_lead_nowhere_never_hide_a_new_result(workshop):
    """A link to nothing or a link that loops, wherever the folder lists it: the result
    that arrives after it still changes what the live report watches."""
    for n in range(5):
        (workshop / f"{n}-dangling.json").symlink_to(workshop / f"missing-{n}")
        (workshop / f"{n}-loop.json").symlink_to(workshop / f"{n}-loop.json")
    watcher = Watcher([workshop])
    assert watcher.changed()
    assert not watcher.changed()
    store.save_result(workshop, a_result(1), "Léa")
    assert watcher.changed()
    col = reader.read_results([workshop], cache={})
    assert len(col.entries) == 2
    assert {s.reason for s in col.skipped} == {"unreadable"}


def test_a_folder_gone_for_a_while_keeps_the_live_report_waiting(workshop, monkeypatch,
                                                                 capsys):
    """A share reconnecting: the folder is not there for a few polls. The live report says
    it is waiting, keeps the last report, and reads the folder again once it is back."""
    from rolequiz.cli import live

    away = workshop.with_name("W-away")

    def vanish():
        workshop.rename(away)

    def come_back():
        away.rename(workshop)
        store.save_result(workshop, a_result(1), "Léa")

    steps = [lambda: None, vanish, lambda: None, come_back, lambda: None]
    frames = []

    def polls(changed, show, sleep=None, interval=1.0, polls=None, gone=None):
        for step in steps:
            step()
            if changed():
                show()
                frames.append(capsys.readouterr().out)
        return len(frames)

    monkeypatch.setattr(live, "watch_loop", polls)
    live.watch([workshop], "en", False, None, None)
    assert len(frames) == 3, frames
    assert "Participants: 1" in frames[0] and "watching" in frames[0]
    assert "Participants: 1" in frames[1]  # the last report stays
    assert f"{workshop} unreachable since" in " ".join(frames[1].split())
    assert "Participants: 2" in frames[2] and "watching" in frames[2]


# -- a folder prepared for a workshop (case 36) -------------------------------------------------


def test_init_refuses_a_content_folder_that_is_a_link(runner, tmp_path):
    elsewhere = tmp_path / "my-own-content"
    elsewhere.mkdir()
    (elsewhere / "questions.yaml").write_text("mine", encoding="utf-8")
    folder = tmp_path / "W"
    folder.mkdir()
    (folder / "content").symlink_to(elsewhere)
    result = run_cli(runner, "workshop", "init", folder, "--title", "Group", "--open")
    assert result.exit_code == 2
    assert result.stderr == (
        f"rolequiz: {folder / 'content'} is a link or not a plain folder or file: the "
        "workshop’s content would be copied wherever it points; remove it, or choose another "
        "folder\n")
    assert (elsewhere / "questions.yaml").read_text(encoding="utf-8") == "mine"
    assert sorted(p.name for p in elsewhere.iterdir()) == ["questions.yaml"]
    assert not (folder / "workshop.json").exists()


def test_init_refuses_a_content_copy_that_is_a_link(runner, tmp_path):
    target = tmp_path / "precious.yaml"
    target.write_text("mine", encoding="utf-8")
    folder = tmp_path / "W"
    (folder / "content").mkdir(parents=True)
    (folder / "content" / "roles.yaml").symlink_to(target)
    result = run_cli(runner, "workshop", "init", folder, "--title", "Group", "--open")
    assert result.exit_code == 2
    assert "roles.yaml is a link" in result.stderr
    assert target.read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize("fails", ["copy of the questions", "copy of the roles",
                                   "workshop manifest"])
@pytest.mark.parametrize("existed", [False, True])
def test_a_failed_init_leaves_no_half_workshop(runner, tmp_path, monkeypatch, fails, existed):
    from rolequiz.base import files

    real_write = files.atomic_write

    def full(path, data, *, what="file"):
        if what == fails:
            raise SaveError(f"could not save the {what} to {path}: No space left on device")
        return real_write(path, data, what=what)

    monkeypatch.setattr(manifest, "atomic_write", full)
    monkeypatch.setattr(files, "atomic_write", full)  # create_exclusive writes through it
    folder = tmp_path / "W"
    if existed:
        folder.mkdir()
    result = run_cli(runner, "workshop", "init", folder, "--title", "Group", "--open")
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith(f"rolequiz: could not save the {fails} to ")
    assert "No space left on device" in result.stderr
    if existed:
        assert list(folder.iterdir()) == []  # as it was
    else:
        assert not folder.exists()


def test_init_refuses_a_folder_with_an_earlier_groups_results(runner, tmp_path, workshop):
    old = tmp_path / "old"
    old.mkdir()
    for n in ("a", "b", "c"):
        (old / f"{n}.json").write_bytes((workshop / "zoe.json").read_bytes())
    result = run_cli(runner, "workshop", "init", old, "--title", "New group", "--open")
    assert result.exit_code == 2
    assert result.stderr == (
        f"rolequiz: {old} already holds 3 results of an earlier group (and no "
        "workshop.json): they would count in this workshop’s report; choose an empty folder, "
        "or add --force\n")
    assert not (old / "workshop.json").exists() and not (old / "content").exists()

    forced = run_cli(runner, "workshop", "init", old, "--title", "New group", "--force", "--open")
    assert forced.exit_code == 0, forced.output
    assert (old / "workshop.json").exists()
