"""The progress file: atomic saves, corrupt files kept aside, content that changed."""

from __future__ import annotations

import errno
import json
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
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
    assert loaded.progress.answers == p.answers
    assert loaded.progress.skipped == ["present-results"]
    assert loaded.progress.position == 3 and loaded.progress.lang == "fr"
    assert [f.name for f in path.parent.iterdir()] == [prog.FILE_NAME]  # no temp files left


def test_missing_file_is_no_progress(tmp_path):
    assert prog.load(tmp_path / "nothing.json") == prog.Loaded(None)


@pytest.mark.parametrize(
    "raw, reason",
    [
        (b'{"schema": "rolequiz.progress/1", "answ', "not valid JSON"),
        (b"", "not valid JSON"),
        (b"\xe9t\xe9", "not UTF-8"),
        (b"[1, 2]", "not a progress file"),
        (b'{"schema": "rolequiz.result/1"}', "schema is"),
        (b'{"schema": "rolequiz.progress/1", "content": {"questions": "x"}, '
         b'"answers": {"q": "five"}}', "'answers'"),
        (b'{"schema": "rolequiz.progress/1", "content": {"questions": "x"}, '
         b'"answers": {}, "position": -1}', "'position'"),
        (b"[" * 100_000, "nesting too deep"),
    ],
)
def test_a_corrupt_file_is_kept_aside_never_overwritten(tmp_path, raw, reason):
    path = tmp_path / prog.FILE_NAME
    path.write_bytes(raw)
    loaded = prog.load(path)
    assert loaded.progress is None
    assert reason in loaded.problem
    assert loaded.corrupt_kept_at is not None
    assert loaded.corrupt_kept_at.name.startswith("progress.json.corrupt-")
    assert loaded.corrupt_kept_at.read_bytes() == raw
    assert not path.exists()
    # a second corrupt file in the same second gets its own name
    path.write_bytes(raw)
    again = prog.load(path)
    assert again.corrupt_kept_at != loaded.corrupt_kept_at
    assert loaded.corrupt_kept_at.read_bytes() == raw


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
    with pytest.raises(SaveError, match="No space left on device") as caught:
        prog.save(path, p)
    assert str(path) in str(caught.value)
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
    assert "rolequiz" in str(prog.state_dir(None))
