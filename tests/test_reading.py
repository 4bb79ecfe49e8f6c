"""A file the user names (content/reading.py): what is wrong with it, in the user's language
and to the right reader; what the json module says, in French."""

from __future__ import annotations

import errno
import json
import os
import threading

import pytest

from rolequiz.base.errors import ContentError
from rolequiz.content import reading
from rolequiz.i18n import t

# a JSON text for each complaint of the json module the catalogue words, and its key
BROKEN = [
    ("", "json.says.value"),
    ('{"a": 1, }', "json.says.property_name"),
    ('{"a": 1 "b": 2}', "json.says.comma"),
    ('{"a" 1}', "json.says.colon"),
    ('{"a": "x', "json.says.unterminated"),
    ('{"a": "x\ty"}', "json.says.control"),
    ('{"a": "\\q"}', "json.says.escape"),
    ('{"a": "\\u12"}', "json.says.u_escape"),
    ('{"a": 1} 2', "json.says.extra_data"),
]


@pytest.mark.parametrize("text, key", BROKEN)
def test_what_the_json_module_says_is_said_in_french(text, key):
    with pytest.raises(json.JSONDecodeError) as said:
        json.loads(text)
    assert reading.json_words(said.value.msg, "fr") == t(key, "fr")
    assert reading.json_words(said.value.msg, "en") == t(key, "en")


@pytest.mark.parametrize("container, words", [("object", "de l’objet"),
                                              ("array", "du tableau")])
def test_a_trailing_comma_as_newer_pythons_say_it(container, words):
    msg = f"Illegal trailing comma before end of {container}"  # Python 3.13's words
    assert reading.json_words(msg, "fr") == f"virgule en trop avant la fin {words}"


@pytest.mark.parametrize("msg", ["Illegal trailing comma before end of file",
                                 "Something json never said", "Expecting"])
def test_words_the_catalogue_does_not_know_are_kept_as_they_are(msg):
    assert reading.json_words(msg, "fr") == msg


def _refused(tmp_path, monkeypatch, error: OSError | None, **kwargs) -> tuple[str, str]:
    if error is not None:
        def fail(*args, **kw):
            raise error
        monkeypatch.setattr(reading, "read_bounded", fail)
    with pytest.raises(ContentError) as refused:
        reading.read_given(tmp_path / "answers.yaml", 1024, **kwargs)
    [problem] = refused.value.problems
    assert problem.path == str(tmp_path / "answers.yaml")
    return problem.message, problem.hint


def test_by_default_a_student_reads_it_in_english(tmp_path, monkeypatch):
    assert _refused(tmp_path, monkeypatch, None) == ("file not found", "check the path")


@pytest.mark.parametrize("audience, hint", [("tu", "vérifie les droits du fichier"),
                                            ("vous", "vérifiez les droits du fichier")])
def test_a_file_not_allowed_is_said_to_its_reader(tmp_path, monkeypatch, audience, hint):
    denied = PermissionError(errno.EACCES, "Permission denied")
    message, said = _refused(tmp_path, monkeypatch, denied, lang="fr", audience=audience)
    assert message == t("file.permission", "fr")
    assert said == t(f"file.permission_hint.{audience}", "fr")
    assert said.startswith(hint.split()[0])


@pytest.mark.parametrize("error, reason", [
    (OSError(errno.EIO, "Input/output error"), "Input/output error"),
    (OSError("a reason with no number"), "a reason with no number"),
])
def test_any_other_failure_says_the_system_s_reason(tmp_path, monkeypatch, error, reason):
    message, _ = _refused(tmp_path, monkeypatch, error, lang="fr")
    assert message == t("file.unreadable", "fr", reason=reason)
    assert reason in message


def test_a_reason_alone_comes_with_no_hint(tmp_path, monkeypatch):
    _, hint = _refused(tmp_path, monkeypatch, OSError(errno.EIO, "Input/output error"))
    assert hint == ""


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX pipes")
def test_a_pipe_the_user_names_is_read_once(tmp_path):
    """`--answers <(cat a.yaml)`: a pipe given on purpose is read, up to the limit."""
    pipe = tmp_path / "answers.yaml"
    os.mkfifo(pipe)

    def write() -> None:
        with open(pipe, "wb") as f:
            f.write(b"answers: {q1: 2}\n")

    writer = threading.Thread(target=write, daemon=True)  # never left waiting at exit
    writer.start()
    try:
        assert reading.read_given(pipe, 1024) == b"answers: {q1: 2}\n"
    finally:
        writer.join(timeout=10)
