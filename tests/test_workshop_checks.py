"""Workshop folders, checked sentence by sentence: what a counselor or a student reads when
a folder, a manifest, a progress file or a result is not what it should be."""

from __future__ import annotations

import errno
import gc
import json
import os
from pathlib import Path

import pytest

from rolequiz.base.errors import NotFound, SaveError, UsageError
from rolequiz.content.load import load_content
from rolequiz.content.results import result_to_dict
from rolequiz.engine.scoring import score
from rolequiz.group import layout, manifest, participants, reader, store, watch

FIX = "restore it from a copy, or prepare a new folder with: rolequiz workshop init"


@pytest.fixture
def mini_content(mini):
    return load_content(mini["questions"], mini["roles"])


@pytest.fixture
def ws(tmp_path, mini):
    manifest.init(tmp_path / "ws", " Classe   2B ", mini["questions"], mini["roles"])
    return tmp_path / "ws"


def message(call, *args, **kwargs) -> tuple[str, str]:
    with pytest.raises((UsageError, NotFound)) as caught:
        call(*args, **kwargs)
    return type(caught.value).__name__, str(caught.value)


# -- init and the manifest ----------------------------------------------------------------


def test_init_writes_a_manifest_with_a_short_id_and_the_time(ws, mini_content):
    m = manifest.read_manifest(ws)
    assert m.title == "Classe 2B"  # spaces tidied
    assert len(m.id) == 8 and int(m.id, 16) >= 0
    assert m.created.endswith("Z") and m.created[:2] == "20"
    assert m.summary() == {"id": m.id, "title": "Classe 2B"}
    assert m.names["roles"] == [{"id": "analyst", "name": {"fr": "Analyste", "en": "Analyst"}},
                                {"id": "maker", "name": {"fr": "Fabricant", "en": "Maker"}}]
    assert m.names["dimensions"] == [{"id": "data", "name": {"fr": "Données", "en": "Data"}},
                                     {"id": "hardware",
                                      "name": {"fr": "Matériel", "en": "Hardware"}}]


def test_init_refusals(ws, tmp_path, mini):
    assert message(manifest.init, tmp_path / "new", " \t ") == (
        "UsageError", 'the workshop needs a title: --title "Class 2B, March"')
    assert message(manifest.init, ws, "B", mini["questions"], mini["roles"]) == (
        "UsageError", f"{ws} is already a workshop folder (workshop.json exists); choose a "
                      "new folder for a new group")
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    assert message(manifest.init, tmp_path / "a-file", "B", mini["questions"],
                   mini["roles"]) == ("UsageError", f"{tmp_path / 'a-file'} exists and is not "
                                                    "a folder")


def test_two_inits_at_once_keep_the_first_manifest(tmp_path, mini, monkeypatch):
    """Another init writing its manifest while this one copies the content: this one
    gives up, leaves the other's manifest alone and no stray file behind."""
    import rolequiz.content.load

    folder = tmp_path / "ws"
    real = rolequiz.content.load.load_content

    def racing(*args):
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "workshop.json").write_text('{"theirs": true}', encoding="utf-8")
        return real(*args)

    monkeypatch.setattr(rolequiz.content.load, "load_content", racing)
    assert message(manifest.init, folder, "B", mini["questions"], mini["roles"]) == (
        "UsageError", f"{folder} is already a workshop folder (workshop.json exists); choose "
                      "a new folder for a new group")
    assert json.loads((folder / "workshop.json").read_text(encoding="utf-8")) == {
        "theirs": True}
    assert sorted(p.name for p in folder.glob("*.json")) == ["workshop.json"]


@pytest.mark.parametrize("name, what", [("questions.yaml", "copy of the questions"),
                                        ("roles.yaml", "copy of the roles"),
                                        ("workshop.json", "workshop manifest")])
def test_a_failed_write_while_preparing_a_workshop_says_which_file(tmp_path, mini,
                                                                   monkeypatch, name, what):
    folder = tmp_path / "ws"
    real = os.replace

    def refused(src, dst):
        if Path(dst).name == name:
            raise PermissionError(13, "Permission denied", os.fspath(dst))
        return real(src, dst)

    monkeypatch.setattr(os, "replace", refused)
    path = folder / ("content" if name.endswith(".yaml") else "") / name
    with pytest.raises(SaveError) as caught:
        manifest.init(folder, "B", mini["questions"], mini["roles"])
    assert str(caught.value) == f"could not save the {what} to {path}: Permission denied"


def test_a_content_file_that_goes_away_while_a_workshop_is_prepared_is_named(
        tmp_path, mini, monkeypatch):
    """Checked, then gone before it is copied: the file is named, nothing half-made."""
    import rolequiz.content.load

    roles = tmp_path / "roles.yaml"
    roles.write_bytes(mini["roles"].read_bytes())
    real = rolequiz.content.load.load_content

    def then_removed(*args):
        content = real(*args)
        roles.unlink()
        return content

    monkeypatch.setattr(rolequiz.content.load, "load_content", then_removed)
    assert message(manifest.init, tmp_path / "ws", "B", mini["questions"], roles) == (
        "NotFound", f"cannot read {roles}: No such file or directory")
    assert not (tmp_path / "ws").exists()


@pytest.mark.skipif(os.name != "posix", reason="symbolic links need privileges on Windows")
def test_a_manifest_the_system_cannot_read_is_named_with_the_reason(tmp_path):
    """A link to itself (ELOOP): not "no workshop", but the file and why."""
    path = tmp_path / "workshop.json"
    path.symlink_to("workshop.json")
    with pytest.raises(manifest.ManifestError) as caught:
        manifest.read_manifest(tmp_path)
    assert str(caught.value) == f"cannot read {path}: {os.strerror(errno.ELOOP)}"


def test_a_folder_without_a_readable_manifest_is_no_workshop(tmp_path):
    (tmp_path / "file").write_text("x", encoding="utf-8")
    assert manifest.read_manifest(tmp_path / "file") is None  # not a folder
    (tmp_path / "odd" / "workshop.json").mkdir(parents=True)
    assert manifest.read_manifest(tmp_path / "odd") is None  # a folder by that name
    assert manifest.read_manifest(tmp_path / "none") is None


@pytest.mark.parametrize("text, problem", [
    ("{", "not valid JSON (damaged?)"),
    (b"\xff{", "not valid JSON (damaged?)"),
    ("[]", "incomplete workshop manifest"),
    ('{"schema": "x"}', "not a rolequiz workshop manifest (schema 'x')"),
    ('{"title": "T"}', "not a rolequiz workshop manifest (schema None)"),
    ('{"schema": "rolequiz.workshop/1"}', "incomplete workshop manifest"),
])
def test_a_broken_manifest_says_what_and_how_to_fix_it(tmp_path, text, problem):
    path = tmp_path / "workshop.json"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    with pytest.raises(manifest.ManifestError) as caught:
        manifest.read_manifest(tmp_path)
    assert str(caught.value) == f"{path}: {problem}; {FIX}"


def test_a_manifest_with_a_bom_is_read(ws):
    path = ws / "workshop.json"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert manifest.read_manifest(ws).title == "Classe 2B"


@pytest.mark.parametrize("name", ["/etc/passwd", "\\\\server\\x", "a/../../b", "a\\..\\b",
                                  "C:x", "", 5, None])
def test_content_files_outside_the_folder_are_refused(ws, name):
    path = ws / "workshop.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["content"]["roles"]["file"] = name
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(manifest.ManifestError) as caught:
        manifest.read_manifest(ws)
    assert str(caught.value) == f"{path}: content file {name!r} is not inside the folder"


def test_a_manifest_without_title_or_date_still_works(ws):
    path = ws / "workshop.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["title"], data["created"], data["names"]
    path.write_text(json.dumps(data), encoding="utf-8")
    m = manifest.read_manifest(ws)
    assert (m.title, m.created, m.names) == ("", "", None)


def test_pinned_content_messages(ws, tmp_path, mini):
    m = manifest.read_manifest(ws)
    other = tmp_path / "q.yaml"
    other.write_bytes(mini["questions"].read_bytes() + b"# changed\n")
    for option, args in (("questions", (other, None)), ("roles", (None, other))):
        assert message(manifest.pinned_content_paths, ws, *args) == (
            "UsageError", f"{other} is not the {option} file of the workshop “Classe 2B” "
                          f"({ws / 'workshop.json'}); leave out --{option} to use the "
                          "workshop’s own copy")
    assert manifest.pinned_content_paths(ws, mini["questions"], mini["roles"]) == (
        m.questions_file, m.roles_file)  # the same content, named explicitly
    assert message(manifest.pinned_content_paths, tmp_path / "plain", other, None) == (
        "NoWorkshop", f"no workshop at {tmp_path / 'plain'} (the folder does not exist): check "
                      "the folder’s name with the person who runs the workshop")
    m.questions_file.write_bytes(b"")
    assert message(manifest.pinned_content_paths, ws) == (
        "ManifestError", f"{m.questions_file} was changed after the workshop was prepared; "
                      f"restore it, or prepare a new folder with: rolequiz workshop init")
    m.questions_file.unlink()
    assert message(manifest.pinned_content_paths, ws) == (
        "NotFound", f"cannot read {m.questions_file}: No such file or directory")


# -- saving results and progress ----------------------------------------------------------


def test_a_result_saved_in_a_workshop_names_it(ws, mini_content):
    data = result_to_dict(score(mini_content, {"q1": 5}, "en"), mini_content)
    path, _ = store.save_result(ws, data, "Zoé")
    m = manifest.read_manifest(ws)
    assert json.loads(path.read_text(encoding="utf-8"))["workshop"] == {"id": m.id,
                                                                       "title": "Classe 2B"}
    # broken: whether results must be sealed cannot be told, so nothing is saved there
    (ws / "workshop.json").write_text("{", encoding="utf-8")
    with pytest.raises(SaveError, match="manifest cannot be read"):
        store.save_result(ws, data, "Tom")
    assert not (ws / "tom.json").exists()
    # the manifest read when the quiz started still says how to save
    path, _ = store.save_result(ws, data, "Tom", manifest=m)
    assert json.loads(path.read_text(encoding="utf-8"))["workshop"]["id"] == m.id


def test_a_save_that_fails_says_what_it_was_saving(ws, mini_content):
    """The result: every name the student's could take is taken; the progress: a folder
    where its file should be."""
    data = result_to_dict(score(mini_content, {"q1": 5}, "en"), mini_content)
    (ws / "zoe.json").write_text("", encoding="utf-8")
    for n in range(2, 1001):
        os.link(ws / "zoe.json", ws / f"zoe-{n}.json")
    with pytest.raises(SaveError) as caught:
        store.save_result(ws, data, "Zoé")
    assert str(caught.value) == f"could not find a free file name for the result in {ws}"
    path = store.progress_path(ws, "aaaaaa")
    path.mkdir(parents=True)
    with pytest.raises(SaveError) as caught:
        store.save_progress(ws, participants.participant("Zoé", "aaaaaa"), {"n": 1})
    assert str(caught.value) == f"could not save the progress to {path}: Is a directory"


def test_progress_messages(ws):
    assert message(store.progress_path, ws, "ABCDEF") == (
        "UsageError", "'ABCDEF' is not a participant code (6 letters and digits)")
    assert message(store.load_progress, ws, "abcdef") == (
        "NotFound", f"no saved progress with code abcdef in {ws}; no quiz is in progress in "
                    "this folder")
    store.save_progress(ws, participants.participant("Zoé", "bbbbbb"), {"n": 1})
    store.save_progress(ws, participants.participant(None, "aaaaaa"), {"n": 2})
    assert message(store.load_progress, ws, "cccccc") == (
        "NotFound", f"no saved progress with code cccccc in {ws}; quizzes in progress here: "
                    "aaaaaa, bbbbbb")
    for name in (None, "Tom"):
        assert message(store.open_session, ws, name, resume=True) == (
            "NotFound", f"say which quiz to resume with --name CODE; in progress in {ws}: "
                        "aaaaaa (-), bbbbbb (Zoé)")
    empty = ws.parent / "empty"
    assert message(store.open_session, empty, "Tom", resume=True) == (
        "NotFound", f"no quiz is in progress in {empty} under the name 'Tom'; start a new one "
                    "without --resume")
    assert message(store.open_session, empty, None, resume=True) == (
        "NotFound", f"no quiz is in progress in {empty}; start a new one without --resume")
    session = store.open_session(ws, " AAAAAA ", resume=True)
    assert session.state == {"n": 2}
    assert session.resume_hint == f"rolequiz quiz --workshop {ws} --resume --name aaaaaa"


def test_damaged_progress_files_are_kept_with_numbered_names(ws):
    who = participants.participant("Zoé", "dddddd")
    path = store.save_progress(ws, who, {"n": 1})
    kept = []
    for _ in range(2):
        path.write_text('{"schema": "rolequiz.workshop-progress/1", "partic', encoding="utf-8")
        kind, text = message(store.load_progress, ws, "dddddd")
        kept.append(path.with_name(f"dddddd.json.damaged-{len(kept) + 1}"))
        assert (kind, text) == ("UsageError", f"the progress file {path} is damaged (it was "
                                              f"kept as {kept[-1].name}): start the quiz again")
    assert all(p.read_text(encoding="utf-8").endswith('"partic') for p in kept)


def test_a_damaged_progress_file_that_cannot_be_kept_aside_stays_and_is_named(
        ws, monkeypatch):
    """No name left for it (999 damaged copies already), or the rename refused: the file
    stays where it is, and the message names it."""
    path = store.save_progress(ws, participants.participant("Zoé", "dddddd"), {"n": 1})
    path.write_text('{"schema": "rolequiz.workshop-progress/1", "partic', encoding="utf-8")
    expected = (f"the progress file {path} is damaged (it was kept as dddddd.json): start "
                "the quiz again")
    for n in range(1, 1000):
        os.link(path, path.with_name(f"dddddd.json.damaged-{n}"))
    assert message(store.load_progress, ws, "dddddd") == ("UsageError", expected)
    path.with_name("dddddd.json.damaged-1").unlink()

    def refused(src, dst):
        raise PermissionError(13, "Permission denied", os.fspath(src))

    monkeypatch.setattr(os, "replace", refused)
    assert message(store.load_progress, ws, "dddddd") == ("UsageError", expected)
    monkeypatch.undo()
    assert path.read_text(encoding="utf-8").endswith('"partic')


@pytest.mark.parametrize("change", [
    lambda d: d.update(schema="rolequiz.progress/1"),
    lambda d: d["participant"].update(code="zzzzzz"),  # not the file's code
    lambda d: d["participant"].update(code="ZZ"),
    lambda d: d["participant"].update(code=7),
    lambda d: d["participant"].update(name=7),
    lambda d: d.update(state=[1]),
    lambda d: d.pop("state"),
    lambda d: d.pop("participant"),
])
def test_a_progress_file_that_is_not_right_is_not_resumed(ws, change):
    who = participants.participant("Zoé", "eeeeee")
    path = store.save_progress(ws, who, {"n": 1})
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")
    assert store.pending(ws) == []
    assert message(store.load_progress, ws, "eeeeee")[0] == "UsageError"  # damaged


def test_pending_quizzes_newest_first_and_only_progress_files(ws):
    for code, name, when in (("aaaaaa", "Zoé", "2026-01-01"), ("bbbbbb", "zoe", "2026-03-01"),
                             ("cccccc", "Tom", "2026-02-01")):
        path = store.save_progress(ws, participants.participant(name, code), {})
        data = json.loads(path.read_text(encoding="utf-8"))
        data["saved_at"] = when
        path.write_text(json.dumps(data), encoding="utf-8")
    pdir = ws / ".progress"
    (pdir / "notes.txt").write_text("x", encoding="utf-8")
    (pdir / ".aaaaaa.json.tmp").write_text("{", encoding="utf-8")
    assert [p.participant.code for p in store.pending(ws)] == ["aaaaaa", "bbbbbb", "cccccc"]
    assert store.count_pending(ws) == 3
    assert [p.participant.code for p in store.find_progress(ws, name="ZOÉ")] == [
        "bbbbbb", "aaaaaa"]
    assert [p.participant.code for p in store.find_progress(ws, code="cccccc")] == [
        "cccccc"]
    assert [p.saved_at for p in store.find_progress(ws)] == [
        "2026-03-01", "2026-02-01", "2026-01-01"]
    store.discard_progress(ws, "not a code")
    store.discard_progress(ws, "cccccc")
    assert store.count_pending(ws) == 2
    assert store.count_pending(ws / "nowhere") == 0 and store.pending(ws / "x") == []


def test_quizzes_in_progress_under_a_name_are_found_newest_first_and_undated_last(
        ws, monkeypatch):
    """Newest first by the time each save wrote in the file; a file without a time (made
    by hand) comes last."""
    for code, when in (("aaaaaa", "2026-03-01T10:00:00Z"), ("bbbbbb", None),
                       ("cccccc", "2026-03-02T10:00:00Z")):
        monkeypatch.setattr(store, "utc_now", lambda when=when: when)
        path = store.save_progress(ws, participants.participant("Zoé", code), {})
        if when is None:
            data = json.loads(path.read_text(encoding="utf-8"))
            del data["saved_at"]
            path.write_text(json.dumps(data), encoding="utf-8")
    assert [p.participant.code for p in store.find_progress(ws, name="zoe")] == [
        "cccccc", "aaaaaa", "bbbbbb"]


def test_resuming_by_name_finds_the_student_whoever_else_is_in_progress(ws):
    store.save_progress(ws, participants.participant("Tom", "aaaaaa"), {"n": 1})
    store.save_progress(ws, participants.participant("Zoé", "bbbbbb"), {"n": 2})
    store.save_progress(ws, participants.participant("Léa", "cccccc"), {"n": 3})
    session = store.open_session(ws, "zoe", resume=True)
    assert (session.participant.code, session.state) == ("bbbbbb", {"n": 2})


def test_only_json_files_in_the_progress_folder_are_quizzes_in_progress(ws):
    """A copy kept under another extension, or the ._ file a Mac leaves beside each file
    on a USB stick, is neither resumed nor counted."""
    path = store.save_progress(ws, participants.participant("Zoé", "aaaaaa"), {"n": 1})
    (path.parent / "aaaaaa.bak").write_bytes(path.read_bytes())
    (path.parent / "._aaaaaa.json").write_bytes(b"\x00\x05\x16\x07")
    assert store.open_session(ws, "Zoé", resume=True).participant.code == "aaaaaa"
    assert store.count_pending(ws) == 1


def test_a_progress_entry_that_cannot_be_opened_hides_no_other_quiz(ws):
    """A folder named like a progress file (open() fails) is passed over, whatever the
    order the system lists the entries in."""
    for code in ("aaaaaa", "cccccc", "eeeeee"):
        store.save_progress(ws, participants.participant(None, code), {})
    for code in ("bbbbbb", "dddddd", "ffffff"):
        (ws / ".progress" / f"{code}.json").mkdir()
    assert [p.participant.code for p in store.pending(ws)] == ["aaaaaa", "cccccc", "eeeeee"]


# -- reading results ----------------------------------------------------------------------


def _variant(folder: Path, good: dict, name: str, change) -> None:
    data = json.loads(json.dumps(good))
    data["participant"] = {"name": name, "code": None}
    change(data)
    (folder / f"{name}.json").write_text(json.dumps(data), encoding="utf-8")


def _set(**kw):
    return lambda d: d.update(kw)


def _match(i, **kw):
    return lambda d: d["matches"][i].update(kw)


def _interest(value):
    return lambda d: d["profile"].update(data=value)


BAD = "a role's id, name or score is wrong, or out of order"
INTEREST = "an interest is not a number from 0 to 1"


@pytest.mark.parametrize("change, reason, detail", [
    (_set(matches=[]), "damaged", "no roles in the result"),
    (_set(matches={"a": 1}), "damaged", "no roles in the result"),
    (_match(0, score=100.1), "damaged", BAD),
    (_match(-1, score=-0.5), "damaged", BAD),
    (_match(-1, score=False), "damaged", BAD),
    (_match(0, score="high"), "damaged", BAD),
    (_match(0, role=5), "damaged", BAD),
    # each score in range, the first below the next one: out of order
    (lambda d: (_match(0, score=0.0)(d), _match(1, score=1.0)(d)), "damaged", BAD),
    (lambda d: d["matches"][0].pop("score"), "damaged", "a required part is missing"),
    (_set(profile=[0.5]), "damaged", "no interest profile"),
    (lambda d: d.pop("profile"), "damaged", "a required part is missing"),
    (_interest(1.01), "damaged", INTEREST),
    (_interest(-0.01), "damaged", INTEREST),
    (_interest(True), "damaged", INTEREST),
    (_interest("0.5"), "damaged", INTEREST),
    (_set(answered="2"), "damaged", "the number of answers is wrong"),
    (_set(total=2.0), "damaged", "the number of answers is wrong"),
    (_set(schema="rolequiz.result/2"), "not-a-result", ""),
    # a third role below 0: every score is checked, not the first two
    (lambda d: d["matches"].append({"role": "z", "name": "Z", "score": -0.5}), "damaged", BAD),
    # names are checked where a content's names are first read (other digests than mini's)
    (lambda d: (d.update(content={"questions": "names-q", "roles": "names-r"}),
                d["matches"][0].update(name=5)), "damaged", "a role's name is not text"),
])
def test_each_damage_of_a_result_is_named(tmp_path, mini_content, change, reason, detail):
    good = result_to_dict(score(mini_content, {"q1": 5, "q2": 1}, "en"), mini_content)
    _variant(tmp_path, good, "x", change)
    col = reader.read_results([tmp_path])
    assert col.entries == []
    assert [(s.reason, s.detail) for s in col.skipped] == [(reason, detail)]


def test_edge_values_of_a_result_are_read(tmp_path, mini_content):
    """Scores of 100 and 0, interests of 0 and 1 (as integers too), a missing interest."""
    good = result_to_dict(score(mini_content, {"q1": 5, "q2": 1}, "en"), mini_content)
    _variant(tmp_path, good, "a", lambda d: (d["matches"][0].update(score=100),
                                             d["matches"][1].update(score=0),
                                             d["profile"].update(data=1, hardware=0)))
    _variant(tmp_path, good, "b", lambda d: d["profile"].update(data=None, hardware=0.0))
    col = reader.read_results([tmp_path])
    assert col.skipped == []
    by = {e.name: e for e in col.entries}
    assert by["a"].scores == (100, 0) and by["a"].profile == {"data": 1, "hardware": 0}
    assert by["b"].profile == {"data": None, "hardware": 0.0}


def test_a_result_is_read_into_every_field(tmp_path, mini_content):
    data = result_to_dict(score(mini_content, {"q1": 1, "q2": 5}, "fr"), mini_content)
    data.update(participant={"name": "  Zoé \n Lefèvre ", "code": "zzzzzz"},
                workshop={"id": "ab12", "title": "T"}, finished_at="2026-11-23T18:00:00Z")
    data["notes"] = [{"code": "few_answers", "text": "..."}, "odd", {"code": 3}]
    (tmp_path / "z.json").write_text(json.dumps(data), encoding="utf-8")
    [e] = reader.read_results([tmp_path]).entries
    assert (e.name, e.code, e.label) == ("Zoé Lefèvre", "zzzzzz", "Zoé Lefèvre")
    assert (e.workshop, e.finished_at, e.lang) == ("ab12", "2026-11-23T18:00:00Z", "fr")
    assert (e.answered, e.total) == (2, 2)
    assert e.notes == ("few_answers", "3")
    assert e.content == (mini_content.questions.digest, mini_content.roles.digest)
    assert e.roles == ("maker", "analyst") and e.role_names == ("Fabricant", "Analyste")
    assert e.firsts == ("maker",)
    # hardware liked (100 %), data not (0 %): over two dimensions the correlation with a
    # profile is +1 or -1, so the maker (hardware 1, data 0.2) gets 100, the analyst 0
    assert e.matches == [("maker", "Fabricant", 100.0, 1), ("analyst", "Analyste", 0.0, 2)]


def test_a_result_without_its_optional_parts_is_read_with_blanks(tmp_path, mini_content):
    """No content digests, language, time, name, nor a code that is text: nothing is
    made up, and the file's name labels it."""
    data = result_to_dict(score(mini_content, {"q1": 5}, "en"), mini_content)
    del data["content"], data["lang"]  # a result has no finished_at before it is saved
    data["participant"] = {"name": None, "code": 7}
    (tmp_path / "anon.json").write_text(json.dumps(data), encoding="utf-8")
    [e] = reader.read_results([tmp_path]).entries
    assert (e.content, e.lang, e.finished_at) == (("?", "?"), "", "")
    assert (e.code, e.label) == (None, "anon")


def test_only_the_best_score_is_first_even_when_the_next_ones_tie(tmp_path, mini_content):
    data = result_to_dict(score(mini_content, {"q1": 5}, "en"), mini_content)
    data["matches"] = [{"role": "a", "name": "A", "score": 90},
                       {"role": "b", "name": "B", "score": 50},
                       {"role": "c", "name": "C", "score": 50}]
    (tmp_path / "r.json").write_text(json.dumps(data), encoding="utf-8")
    [e] = reader.read_results([tmp_path]).entries
    assert e.firsts == ("a",)
    assert [m[3] for m in e.matches] == [1, 2, 2]


def test_equal_scores_share_a_rank_and_a_first_place(tmp_path, mini_content):
    data = result_to_dict(score(mini_content, {}, "en"), mini_content)  # 50 and 50
    data["participant"] = {"name": None, "code": None}
    (tmp_path / "tie.json").write_text(json.dumps(data), encoding="utf-8")
    [e] = reader.read_results([tmp_path]).entries
    assert e.firsts == ("analyst", "maker")
    assert [m[3] for m in e.matches] == [1, 1]
    assert e.label == "tie"  # no name, no code: the file's name
    assert (e.answered, e.workshop) == (0, None)


def test_what_a_folder_holds_and_how_copies_are_told_apart(tmp_path, mini_content):
    """*.json in any case, never the manifest nor hidden files; of two copies of one
    result the shorter file name is kept; results without a code are told apart by time,
    scores and interests."""
    data = result_to_dict(score(mini_content, {"q1": 5}, "en"), mini_content)
    path, _ = store.save_result(tmp_path, data, "Zoé")
    (tmp_path / "zoe-copy.JSON").write_bytes(path.read_bytes())
    (tmp_path / ".hidden.json").write_bytes(path.read_bytes())
    (tmp_path / "workshop.json").write_text("{", encoding="utf-8")
    anon = dict(data, participant=None, finished_at="2026-01-01T00:00:00Z")
    (tmp_path / "a1.json").write_text(json.dumps(anon), encoding="utf-8")
    (tmp_path / "a2.json").write_text(json.dumps(anon), encoding="utf-8")
    (tmp_path / "a3.json").write_text(json.dumps(dict(anon, finished_at="2026-01-02")),
                                      encoding="utf-8")
    # same time, same scores (one interest known: every role 50), other interests
    other = result_to_dict(score(mini_content, {"q1": 1}, "en"), mini_content)
    ranking = [[(m["role"], m["score"]) for m in d["matches"]] for d in (other, anon)]
    assert ranking[0] == ranking[1] and other["profile"] != anon["profile"]
    (tmp_path / "a4.json").write_text(
        json.dumps(dict(other, participant=None, finished_at=anon["finished_at"])),
        encoding="utf-8")
    col = reader.read_results([tmp_path])
    assert sorted(Path(e.path).name for e in col.entries) == ["a1.json", "a3.json", "a4.json",
                                                             "zoe.json"]
    assert sorted((Path(s.path).name, s.reason, Path(s.detail).name) for s in col.skipped) == [
        ("a2.json", "duplicate", "a1.json"), ("zoe-copy.JSON", "duplicate", "zoe.json")]
    assert col.problems == [f"{tmp_path / 'workshop.json'}: not valid JSON (damaged?); {FIX}"]


@pytest.mark.parametrize("raw, reason, detail", [
    (b"", "empty", "empty file (still being written, or cut off)"),
    (b'{"a": "\xe9"}', "not-json", "not UTF-8 text"),
    (b"[" * 100_000, "not-json", "nesting too deep"),
    (b"hello", "not-json", "Expecting value: line 1 column 1 (char 0)"),
    (b"  [1]", "not-a-result", ""),
    (b'{"schema": "rolequiz.result/1", "name": "abc', "damaged", "cut off before its end"),
    (b'{"schema": "rolequiz.result/1", "x": 1', "damaged", "cut off before its end"),
    (b'{"schema": "rolequiz.result/1", "x": tru, "y": 1}', "damaged",
     "Expecting value: line 1 column 38 (char 37)"),
    # cut right after the first letter of null: still at the end
    (b'{"schema": "rolequiz.result/1", "name": n', "damaged", "cut off before its end"),
    # a mistake two characters before the end is a mistake, not a cut
    (b'{"schema": "rolequiz.result/1", "x": 1 x}', "damaged",
     "Expecting ',' delimiter: line 1 column 40 (char 39)"),
    (b'{"score": NaN}', "damaged", "NaN is not a number a result can hold"),
    (b"\xef\xbb\xbf{", "not-json", "Expecting value: line 1 column 1 (char 0)"),
    (b"\xef\xbb\xbf[1]", "not-a-result", ""),
])
def test_each_unreadable_file_is_named(tmp_path, raw, reason, detail):
    (tmp_path / "f.json").write_bytes(raw)
    col = reader.read_results([tmp_path])
    assert [(s.reason, s.detail) for s in col.skipped] == [(reason, detail)]


def test_a_file_read_in_short_pieces_is_read_whole(tmp_path, mini_content, monkeypatch):
    """A network folder may return fewer bytes than asked: reading goes on to the end."""
    data = result_to_dict(score(mini_content, {"q1": 5}, "en"), mini_content)
    path, _ = store.save_result(tmp_path, data, "Zoé")
    real_read = os.read
    monkeypatch.setattr(reader.os, "read", lambda fd, n: real_read(fd, min(n, 100)))
    [e] = reader.read_results([path]).entries
    assert e.name == "Zoé"


@pytest.mark.parametrize("short_reads", [False, True])
def test_a_file_that_grows_past_the_limit_while_read_is_too_big(tmp_path, monkeypatch,
                                                                 short_reads):
    """Its size said it was small enough; the bytes read say otherwise. Reading in pieces
    stops soon after the limit instead of reading on to the end of the file."""
    big = tmp_path / "big.json"
    big.write_bytes(b"{" + b" " * (2 * layout.MAX_RESULT_BYTES))
    real_fstat, real_read = os.fstat, os.read
    read = []

    def fstat(fd):  # the size when reading starts
        st = list(real_fstat(fd))
        st[6] = layout.MAX_RESULT_BYTES
        return os.stat_result(st)

    def pieces(fd, n):
        chunk = real_read(fd, min(n, 65536))
        read.append(len(chunk))
        return chunk

    monkeypatch.setattr(reader.os, "fstat", fstat)
    if short_reads:
        monkeypatch.setattr(reader.os, "read", pieces)
    assert [(s.reason, Path(s.path).name) for s in
            reader.read_results([big]).skipped] == [("too-big", "big.json")]
    if short_reads:
        assert layout.MAX_RESULT_BYTES < sum(read) <= layout.MAX_RESULT_BYTES + 65536


def test_a_folder_that_cannot_be_listed_is_a_problem_not_a_crash(tmp_path, monkeypatch):
    real = os.scandir

    def refuse(path):
        if Path(path) == tmp_path:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(reader.os, "scandir", refuse)
    col = reader.read_results([tmp_path])
    assert col.problems == [f"cannot read the folder {tmp_path}: Permission denied"]


def test_reading_turns_the_cycle_collector_off_and_back_as_it_was():
    for enabled in (True, False):
        (gc.enable if enabled else gc.disable)()
        with reader.no_gc():
            assert not gc.isenabled()
            with reader.no_gc():
                assert not gc.isenabled()
            assert not gc.isenabled()
        assert gc.isenabled() == enabled
    gc.enable()


def test_the_signature_changes_with_results_progress_and_missing_paths(ws, mini_content):
    data = result_to_dict(score(mini_content, {"q1": 5}, "en"), mini_content)
    path, _ = store.save_result(ws, data, "Zoé")
    sig = watch.signature([ws, path, ws / "gone.json"])
    names = [Path(item[0]).name for item in sig]
    assert names == sorted(names) and "zoe.json" in names and "workshop.json" in names
    assert (str(ws / "gone.json"), -1, 2) in sig  # ENOENT, and no crash
    assert (str(path), path.stat().st_size, path.stat().st_mtime_ns) in sig


def test_the_signature_sees_results_only_not_temporary_or_other_files(ws, mini_content):
    """A live report redraws for a new result, not for a save's hidden temporary file nor
    for a file that is not a result; a single result file watched is seen when it changes."""
    before = watch.signature([ws])
    (ws / ".zoe.json.tmp-1.json").write_text("{", encoding="utf-8")
    (ws / "notes.txt").write_text("hello", encoding="utf-8")
    assert watch.signature([ws]) == before
    data = result_to_dict(score(mini_content, {"q1": 5}, "en"), mini_content)
    path, _ = store.save_result(ws, data, "Zoé")
    assert watch.signature([ws]) != before
    alone = watch.signature([path])
    path.write_text(path.read_text(encoding="utf-8") + " ", encoding="utf-8")
    assert watch.signature([path]) != alone


def test_a_result_that_does_not_say_how_many_were_answered_counts_none(mini_content):
    """A result written by hand or by an older tool may leave out the counts: the report
    then shows 0 of 0, not a number nobody gave."""
    data = result_to_dict(score(mini_content, {"q1": 5}, "en"), mini_content)
    del data["answered"], data["total"]
    entry = reader.parse_result(data, "zoe.json")
    assert (entry.answered, entry.total) == (0, 0)
    data["answered"] = "3"
    with pytest.raises(Exception, match="damaged"):
        reader.parse_result(data, "zoe.json")
