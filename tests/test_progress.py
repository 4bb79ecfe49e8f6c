"""The progress file: atomic saves, corrupt files kept aside, content that changed."""

from __future__ import annotations

import builtins
import errno
import io
import json
import os
import re
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from privileges import unprivileged
from quizcontent import QUESTION_IDS, write_content

from rolequiz.base.errors import SaveError
from rolequiz.content.load import load_content
from rolequiz.quiz import progress as prog


@pytest.fixture(scope="module")
def questions(tmp_path_factory):
    files = write_content(tmp_path_factory.mktemp("content"))
    return load_content(files["questions"], files["roles"]).questions


def test_save_then_load_gives_the_same_progress(tmp_path, questions):
    p = prog.new(questions, "roles-digest", "fr", "q.yaml", "r.yaml")
    p.answers = {"solder-board": 2, "explore-table": 5}
    p.skipped = ["present-results"]
    p.position = 3
    path = tmp_path / "state" / prog.FILE_NAME
    prog.save(path, p)
    data = json.loads(path.read_text("utf-8"))
    assert data["schema"] == "rolequiz.progress/1"
    assert data["content"] == {"questions": questions.digest, "roles": "roles-digest"}
    loaded = prog.load(path)
    assert loaded.corrupt_kept_at is None and loaded.problem == ""
    assert loaded.progress == p  # every field, paths and times included
    assert loaded.progress.skipped == ["present-results"]
    assert loaded.progress.position == 3 and loaded.progress.lang == "fr"
    assert [f.name for f in path.parent.iterdir()] == [prog.FILE_NAME]  # no temp files left


STAMP = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4}"


def test_the_file_has_the_shape_docs_quiz_md_shows(tmp_path):
    """Keys, nesting and time format of the documented example; a save stamps `updated`."""
    p = prog.Progress(questions_digest="qd", roles_digest="rd", answers={"b": 5, "a": 1},
                      skipped=["c", "c"], position=2, lang="fr", questions_path="q.yaml",
                      roles_path="r.yaml", started="2026-11-23T18:48:25+0000")
    path = tmp_path / prog.FILE_NAME
    prog.save(path, p)
    data = json.loads(path.read_text("utf-8"))
    assert re.fullmatch(STAMP, data["updated"]), data["updated"]
    assert data == {
        "schema": "rolequiz.progress/1",
        "content": {"questions": "qd", "roles": "rd"},
        "paths": {"questions": "q.yaml", "roles": "r.yaml"},
        "lang": "fr",
        "position": 2,
        "answers": {"a": 1, "b": 5},
        "skipped": ["c"],
        "started": "2026-11-23T18:48:25+0000",
        "updated": data["updated"],
    }
    assert list(data) == ["schema", "content", "paths", "lang", "position", "answers",
                          "skipped", "started", "updated"]


def test_the_file_is_indented_like_the_docs_and_keeps_accents_as_written(tmp_path):
    """A person opening the file sees the layout of docs/quiz.md (two spaces a level) and
    a folder named Données as such, not as an escape."""
    p = prog.Progress(questions_digest="qd", questions_path="Données/questions.yaml")
    path = tmp_path / prog.FILE_NAME
    prog.save(path, p)
    text = path.read_text("utf-8")
    assert text.startswith('{\n  "schema": "rolequiz.progress/1",\n  "content": {\n'
                           '    "questions": "qd",\n')
    assert '\n    "questions": "Données/questions.yaml",\n' in text


def test_a_new_progress_is_stamped_with_the_local_time(questions):
    p = prog.new(questions, "rd", "fr", "q.yaml", "r.yaml")
    assert re.fullmatch(STAMP, p.started) and p.updated == p.started
    assert (p.questions_digest, p.roles_digest, p.lang) == (questions.digest, "rd", "fr")
    assert (p.questions_path, p.roles_path) == ("q.yaml", "r.yaml")
    assert (p.answers, p.skipped, p.position) == ({}, [], 0)


def test_a_minimal_file_loads_with_the_defaults(tmp_path):
    """Only schema, content.questions and answers are required: no position means the
    first question, no language English, and nothing else is invented."""
    path = tmp_path / prog.FILE_NAME
    path.write_text('{"schema": "rolequiz.progress/1", "content": {"questions": "qd"}, '
                    '"answers": {"q1": 4}}', "utf-8")
    loaded = prog.load(path)
    assert loaded.problem == "" and loaded.corrupt_kept_at is None
    assert loaded.progress == prog.Progress(questions_digest="qd", roles_digest="",
                                            answers={"q1": 4}, skipped=[], position=0,
                                            lang="en", questions_path="", roles_path="",
                                            started="", updated="")


def test_missing_file_is_no_progress(tmp_path):
    assert prog.load(tmp_path / "nothing.json") == prog.Loaded(None)


VALID = b'"schema": "rolequiz.progress/1", "content": {"questions": "x"}'


@pytest.mark.parametrize(
    "raw, reason",
    [
        (b'{"schema": "rolequiz.progress/1", "answ',
         "not valid JSON (line 1, column 35: Unterminated string starting at)"),
        (b"", "not valid JSON (line 1, column 1: Expecting value)"),
        (b"\xe9t\xe9", "not UTF-8 (byte 0xe9 at offset 0)"),
        (b"[1, 2]", "not a progress file (expected a JSON object)"),
        (b'{"schema": "rolequiz.result/1"}',
         "schema is 'rolequiz.result/1', expected 'rolequiz.progress/1'"),
        (b'{"schema": "rolequiz.progress/1", "content": "x", "answers": {}}',
         "'content.questions' is missing"),
        (b'{"schema": "rolequiz.progress/1", "content": {"questions": 5}, "answers": {}}',
         "'content.questions' is missing"),
        (b"{" + VALID + b', "answers": {"q": "five"}}',
         "'answers' must map question ids to whole numbers"),
        (b"{" + VALID + b', "answers": {"q": true}}',
         "'answers' must map question ids to whole numbers"),
        (b"{" + VALID + b', "answers": {}, "skipped": "q1"}',
         "'skipped' must be a list of question ids"),
        (b"{" + VALID + b', "answers": {}, "skipped": [1]}',
         "'skipped' must be a list of question ids"),
        (b"{" + VALID + b', "answers": {}, "position": -1}',
         "'position' must be a whole number, 0 or more"),
        (b"{" + VALID + b', "answers": {}, "position": true}',
         "'position' must be a whole number, 0 or more"),
        (b"{" + VALID + b', "answers": {}, "paths": "q.yaml"}', "'paths' must be a mapping"),
        (b"[" * 100_000, "nesting too deep"),
    ],
)
def test_a_corrupt_file_is_kept_aside_never_overwritten(tmp_path, raw, reason):
    path = tmp_path / prog.FILE_NAME
    path.write_bytes(raw)
    loaded = prog.load(path)
    assert loaded.progress is None
    assert loaded.problem == reason
    assert loaded.corrupt_kept_at is not None
    assert loaded.corrupt_kept_at.name.startswith("progress.json.corrupt-")
    assert loaded.corrupt_kept_at.read_bytes() == raw
    assert not path.exists()
    # a second corrupt file in the same second gets its own name
    path.write_bytes(raw)
    again = prog.load(path)
    assert again.corrupt_kept_at != loaded.corrupt_kept_at
    assert loaded.corrupt_kept_at.read_bytes() == raw


def test_files_kept_aside_in_one_second_get_numbered_names(tmp_path, monkeypatch):
    """progress.json.corrupt-<date>-<time>, then -1, -2... in the same second: a kept file
    is never replaced by the next one."""
    monkeypatch.setattr(prog.time, "strftime", lambda fmt, *a: "20261123-184825")
    path = tmp_path / prog.FILE_NAME
    names = []
    for n in range(3):
        path.write_bytes(b"broken %d" % n)
        names.append(prog.load(path).corrupt_kept_at.name)
    assert names == ["progress.json.corrupt-20261123-184825",
                     "progress.json.corrupt-20261123-184825-1",
                     "progress.json.corrupt-20261123-184825-2"]
    assert [(tmp_path / name).read_bytes() for name in names] == [b"broken 0", b"broken 1",
                                                                  b"broken 2"]


def test_the_kept_name_says_when(tmp_path):
    path = tmp_path / prog.FILE_NAME
    path.write_bytes(b"{")
    kept = prog.load(path).corrupt_kept_at
    assert re.fullmatch(r"progress\.json\.corrupt-\d{8}-\d{6}", kept.name), kept.name


def test_a_file_over_the_size_limit_is_not_parsed(tmp_path):
    """A million bytes is the largest file read (docs/quiz.md); one byte more and it is
    kept aside unread."""
    limit = 1_000_000
    path = tmp_path / prog.FILE_NAME
    body = b'{"schema": "rolequiz.progress/1", "content": {"questions": "x"}, "answers": {}}'
    path.write_bytes(body + b" " * (limit - len(body)))
    assert prog.load(path).progress is not None
    path.write_bytes(body + b" " * (limit + 1 - len(body)))
    loaded = prog.load(path)
    assert loaded.progress is None
    assert loaded.problem == "the file is too large (1000001 bytes)"
    assert loaded.corrupt_kept_at.stat().st_size == limit + 1


def test_a_failed_save_keeps_the_previous_file_and_names_the_path(tmp_path, questions,
                                                                 monkeypatch):
    path = tmp_path / prog.FILE_NAME
    p = prog.new(questions)
    p.answers = {"explore-table": 1}
    prog.save(path, p)
    before = path.read_bytes()
    p.answers["solder-board"] = 5

    def disk_full(*args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(SaveError) as caught:
        prog.save(path, p)
    assert str(caught.value) == (f"could not save the quiz progress to {path}: "
                                 "No space left on device")
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert [f.name for f in tmp_path.iterdir()] == [prog.FILE_NAME]  # temp file removed


def test_changed_questions_keep_only_what_still_exists(questions):
    saved = prog.Progress(
        questions_digest="older",
        answers={"explore-table": 5, "gone": 3, "solder-board": 9},  # 9: off the scale now
        skipped=["present-results", "also-gone"],
        position=5,
    )
    fitted = prog.reconcile(saved, questions)
    assert fitted.changed
    assert fitted.progress.answers == {"explore-table": 5}
    assert fitted.dropped == ("gone", "solder-board")
    assert fitted.kept == 1
    assert fitted.progress.skipped == ["present-results"]
    assert fitted.progress.questions_digest == questions.digest
    assert fitted.progress.position == 1  # solder-board: the first one still open


def test_same_questions_are_not_changed(questions):
    p = prog.new(questions)
    p.answers = {"explore-table": 2}
    assert not prog.reconcile(p, questions).changed


@given(st.dictionaries(st.sampled_from(QUESTION_IDS), st.integers(1, 5)),
       st.lists(st.sampled_from(QUESTION_IDS)))
@settings(max_examples=60, deadline=None)
def test_resume_goes_to_the_first_question_neither_answered_nor_skipped(answers, skipped):
    position = prog.first_open(QUESTION_IDS, answers, skipped)
    assert 0 <= position <= len(QUESTION_IDS)
    assert all(q in answers or q in skipped for q in QUESTION_IDS[:position])
    if position < len(QUESTION_IDS):
        assert QUESTION_IDS[position] not in answers and QUESTION_IDS[position] not in skipped


def test_state_dir_option_then_env_then_platform(tmp_path, monkeypatch):
    monkeypatch.setenv("ROLEQUIZ_STATE_DIR", str(tmp_path / "env"))
    assert prog.state_dir(tmp_path / "opt") == tmp_path / "opt"
    assert prog.state_dir(None) == tmp_path / "env"
    monkeypatch.delenv("ROLEQUIZ_STATE_DIR")
    assert prog.state_dir(None).name == "rolequiz"


# -- files the system refuses to read: kept, never overwritten -------------------------------


def _saved(path, questions, answers):
    p = prog.new(questions)
    p.answers = dict(answers)
    prog.save(path, p)
    return path.read_bytes()


def _reads_fail(monkeypatch, path, err=errno.EIO, message="Input/output error"):
    """Every open() of `path` fails as a dying disk or a permission would make it fail."""
    real_open = io.open

    def failing(file, *args, **kwargs):
        if isinstance(file, (str, os.PathLike)) and os.fspath(file) == os.fspath(path):
            raise OSError(err, message, os.fspath(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(io, "open", failing)  # what Path.read_bytes() calls
    monkeypatch.setattr(builtins, "open", failing)
    real_os_open = os.open

    def failing_os_open(file, flags, *args, **kwargs):  # what a bounded read calls
        if os.fspath(file) == os.fspath(path) and not flags & (os.O_WRONLY | os.O_RDWR):
            raise OSError(err, message, os.fspath(file))
        return real_os_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", failing_os_open)


def test_an_unreadable_file_is_moved_aside_and_the_next_save_leaves_it_alone(
        tmp_path, questions, monkeypatch):
    """A read error (EIO, EACCES...) is not a missing file: the answers in it are kept
    under a new name, like a corrupt file's, and the student is told where."""
    path = tmp_path / prog.FILE_NAME
    before = _saved(path, questions, {"explore-table": 4})
    _reads_fail(monkeypatch, path)
    loaded = prog.load(path)
    monkeypatch.undo()
    assert loaded.progress is None
    assert loaded.problem == "Input/output error"
    assert loaded.corrupt_kept_at is not None
    assert loaded.corrupt_kept_at.name.startswith("progress.json.corrupt-")
    assert not path.exists()
    prog.save(path, prog.new(questions))  # the new quiz saves where the old one was
    assert loaded.corrupt_kept_at.read_bytes() == before
    assert json.loads(path.read_text("utf-8"))["answers"] == {}


def test_an_unreadable_file_that_cannot_be_moved_is_never_replaced_nor_removed(
        tmp_path, questions, monkeypatch):
    """When even the rename fails, the file stays where it is: load() says so, and every
    save (and the clean-up at the end of a quiz) refuses to touch it, naming the path."""
    path = tmp_path / prog.FILE_NAME
    before = _saved(path, questions, {"explore-table": 4, "solder-board": 1})
    _reads_fail(monkeypatch, path)
    real_replace = os.replace

    def no_rename_of_it(src, dst):
        if os.fspath(src) == os.fspath(path):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(src))
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", no_rename_of_it)
    loaded = prog.load(path)
    assert loaded.progress is None and loaded.corrupt_kept_at is None
    assert loaded.problem == (f"cannot read {path}: Input/output error; it is left where it "
                              "is, and nothing will be saved over it")
    fresh = prog.new(questions)
    fresh.answers = {"explore-table": 1}
    with pytest.raises(SaveError) as caught:
        prog.save(path, fresh)
    assert str(caught.value) == (
        f"could not save the quiz progress to {path}: the file already there cannot be read "
        "(Input/output error), so it is kept as it is; move it away to save this quiz")
    prog.remove(path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert [f.name for f in tmp_path.iterdir()] == [prog.FILE_NAME]


def test_a_folder_in_place_of_the_progress_file_is_moved_aside_whole(tmp_path, questions):
    """A real unreadable case (EISDIR), no fault injected: the folder and what it holds
    are kept under a new name, and the quiz saves its progress as usual."""
    path = tmp_path / prog.FILE_NAME
    path.mkdir()
    (path / "notes.txt").write_text("keep me", "utf-8")
    loaded = prog.load(path)
    assert loaded.progress is None
    assert loaded.problem == "Is a directory"
    kept = loaded.corrupt_kept_at
    assert kept is not None and kept.is_dir() and kept.name.startswith("progress.json.corrupt-")
    assert (kept / "notes.txt").read_text("utf-8") == "keep me"
    _saved(path, questions, {"explore-table": 2})
    assert prog.load(path).progress.answers == {"explore-table": 2}
    assert (kept / "notes.txt").read_text("utf-8") == "keep me"


@pytest.mark.skipif(os.name != "posix", reason="symbolic links need privileges on Windows")
def test_a_file_whose_size_cannot_even_be_read_is_moved_aside(tmp_path, questions):
    """stat() itself fails on a link that points to itself (ELOOP): the link is kept aside
    and the quiz starts anew, as for a file that cannot be read."""
    path = tmp_path / prog.FILE_NAME
    path.symlink_to(prog.FILE_NAME)
    loaded = prog.load(path)
    assert loaded.progress is None
    assert loaded.problem == os.strerror(errno.ELOOP)
    assert loaded.corrupt_kept_at is not None and loaded.corrupt_kept_at.is_symlink()
    assert not os.path.lexists(path)
    _saved(path, questions, {"solder-board": 5})
    assert loaded.corrupt_kept_at.is_symlink()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX permissions, tested in a fork")
def test_a_file_without_read_permission_is_moved_aside(questions):
    """A real EACCES: the file is read by a process that permissions hold (as root, a
    child turned `nobody`), which keeps it aside instead of saving over it."""
    # not tmp_path: pytest's base folder is private to root, `nobody` could not reach it
    top = Path(tempfile.mkdtemp(prefix="rolequiz-progress-"))
    try:
        top.chmod(0o777)
        path = top / prog.FILE_NAME
        before = _saved(path, questions, {"explore-table": 4})
        path.chmod(0)

        def load() -> str:
            assert not os.access(path, os.R_OK)  # held by the permissions, really
            loaded = prog.load(path)
            kept = loaded.corrupt_kept_at
            return f"{loaded.problem}|{kept.name if kept else None}|{path.exists()}"

        code, out = unprivileged(load)
        assert code == 0, out
        problem, kept, still_there = out.split("|")
        assert problem == "Permission denied"
        assert kept.startswith(prog.FILE_NAME + ".corrupt-") and still_there == "False"
        assert (top / kept).read_bytes() == before
    finally:
        shutil.rmtree(top)
