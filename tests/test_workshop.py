"""Workshop folders: names, saving, the manifest, progress, and reading a folder that
holds more than clean results."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rolequiz.base.errors import NotFound, UsageError
from rolequiz.content.load import load_content
from rolequiz.content.results import result_to_dict
from rolequiz.engine.scoring import score
from rolequiz.group import layout, manifest, participants, reader, store, watch


@pytest.fixture
def mini_content(mini):
    return load_content(mini["questions"], mini["roles"])


def result_for(content, answers, lang="en") -> dict:
    return result_to_dict(score(content, answers, lang), content)


# -- names -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Zoé Lefèvre", "zoe-lefevre"),
        ("../../etc/passwd", "etc-passwd"),
        ("/abs/path", "abs-path"),
        ("CON", "p-con"),
        ("nul", "p-nul"),
        ("Com1", "p-com1"),
        ("a\x00b", "a-b"),
        ("李明", ""),
        ("   ", ""),
        ("x" * 300, "x" * 40),
        ("[bold red]Zoé", "bold-red-zoe"),
    ],
)
def test_slug_is_a_safe_file_name(name, expected):
    assert participants.slug(name) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200)
       | st.text(alphabet="./\\:*?\"<>|CONULPTcom1 é\x00\u202e", max_size=30))
def test_any_name_gives_a_file_inside_the_folder(name):
    s = participants.slug(name)
    assert re.fullmatch(r"([a-z0-9]+(-[a-z0-9]+)*)?", s)
    assert len(s) <= participants.MAX_SLUG
    assert s not in participants._WINDOWS_RESERVED
    who = participants.participant(name)
    stem = who.stem
    assert stem and "/" not in stem and "\\" not in stem and stem not in (".", "..")


def test_codes_are_short_readable_and_random():
    codes = {participants.new_code() for _ in range(200)}
    assert len(codes) == 200
    assert all(participants.is_code(c) and not set(c) & set("01ilo") for c in codes)


# -- saving results ------------------------------------------------------------------------


def test_save_result_adds_participant_workshop_and_time(tmp_path, mini_content):
    data = result_for(mini_content, {"q1": 5, "q2": 1})
    path, who = store.save_result(tmp_path / "group", data, "  Zoé   Lefèvre ")
    assert path == tmp_path / "group" / "zoe-lefevre.json"
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["participant"] == {"name": "Zoé Lefèvre", "code": who.code}
    assert saved["workshop"] is None
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", saved["finished_at"])
    for key, value in data.items():  # the result contract is kept as is
        assert saved[key] == value
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".")]


def test_same_name_twice_gives_two_files(tmp_path, mini_content):
    data = result_for(mini_content, {"q1": 5})
    p1, w1 = store.save_result(tmp_path, data, "Zoé")
    p2, w2 = store.save_result(tmp_path, data, "zoe")
    assert (p1.name, p2.name) == ("zoe.json", "zoe-2.json")
    assert w1.code != w2.code


def test_no_name_uses_the_code(tmp_path, mini_content):
    path, who = store.save_result(tmp_path, result_for(mini_content, {"q1": 5}))
    assert path.name == f"{who.code}.json" and who.name is None


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_results_are_readable_by_the_counselor(tmp_path, mini_content):
    path, _ = store.save_result(tmp_path, result_for(mini_content, {"q1": 5}), "a")
    assert path.stat().st_mode & 0o044 == 0o044


# -- init and pinned content -----------------------------------------------------------------


def test_init_copies_and_pins_the_content(tmp_path, mini, mini_content):
    m = manifest.init(tmp_path / "ws", "Classe 2B", mini["questions"], mini["roles"])
    assert m.title == "Classe 2B"
    assert m.questions_file.read_bytes() == mini["questions"].read_bytes()
    assert m.roles_file.read_bytes() == mini["roles"].read_bytes()
    assert m.content_key == (mini_content.questions.digest, mini_content.roles.digest)
    data = json.loads((tmp_path / "ws" / "workshop.json").read_text(encoding="utf-8"))
    assert data["schema"] == "rolequiz.workshop/1"
    q, r = manifest.pinned_content_paths(tmp_path / "ws")
    assert (q, r) == (m.questions_file, m.roles_file)
    # the same content named explicitly is fine
    assert manifest.pinned_content_paths(tmp_path / "ws", mini["questions"], None)[0] == q


def test_init_refuses_an_existing_workshop_and_bad_content(tmp_path, mini):
    manifest.init(tmp_path / "ws", "A", mini["questions"], mini["roles"])
    with pytest.raises(UsageError, match="already a workshop folder"):
        manifest.init(tmp_path / "ws", "B", mini["questions"], mini["roles"])
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema: rolequiz.questions/1\nscale: 3\n", encoding="utf-8")
    from rolequiz.base.errors import ContentError

    with pytest.raises(ContentError):
        manifest.init(tmp_path / "ws2", "C", bad, mini["roles"])
    assert not (tmp_path / "ws2" / "workshop.json").exists()
    with pytest.raises(UsageError, match="title"):
        manifest.init(tmp_path / "ws3", "   ", mini["questions"], mini["roles"])


def test_other_content_is_refused_and_tampering_detected(tmp_path, mini):
    m = manifest.init(tmp_path / "ws", "A", mini["questions"], mini["roles"])
    other = tmp_path / "q.yaml"
    other.write_bytes(mini["questions"].read_bytes() + b"# changed\n")
    with pytest.raises(UsageError, match="not the questions file of the workshop"):
        manifest.pinned_content_paths(tmp_path / "ws", other, None)
    m.roles_file.write_bytes(m.roles_file.read_bytes() + b"\n")
    with pytest.raises(UsageError, match="changed after the workshop was prepared"):
        manifest.pinned_content_paths(tmp_path / "ws")


@pytest.mark.parametrize("text", ["{", "[]", '{"schema": "x"}', '{"schema": "rolequiz.workshop/1"}',
                                  '{"schema": "rolequiz.workshop/1", "id": "a", "content": '
                                  '{"questions": {"file": "../../etc/passwd", "digest": "a", '
                                  '"sha256": "b"}, "roles": {"file": "r", "digest": "a", '
                                  '"sha256": "b"}}}'])
def test_a_broken_manifest_is_a_clear_error(tmp_path, text):
    (tmp_path / "workshop.json").write_text(text, encoding="utf-8")
    with pytest.raises(manifest.ManifestError) as e:
        manifest.read_manifest(tmp_path)
    assert "workshop.json" in str(e.value)


# -- progress --------------------------------------------------------------------------------


def test_progress_saved_found_and_resumed(tmp_path, mini_content):
    who = participants.participant("Zoé")
    state = {"answers": {"q1": 4}, "position": 1}
    path = store.save_progress(tmp_path, who, state)
    assert path == tmp_path / ".progress" / f"{who.code}.json"
    assert store.count_pending(tmp_path) == 1
    [found] = store.find_progress(tmp_path, name="zoe")
    assert found.participant == who and found.state == state
    assert store.load_progress(tmp_path, who.code).state == state
    assert store.find_progress(tmp_path, name="Tom") == []
    # finishing removes the progress; the result keeps the same code
    result = result_for(mini_content, {"q1": 4, "q2": 2})
    saved, again = store.save_result(tmp_path, result, who.name, who.code)
    assert again == who
    assert store.count_pending(tmp_path) == 0
    assert json.loads(saved.read_text(encoding="utf-8"))["participant"]["code"] == who.code


def test_unknown_or_damaged_progress(tmp_path):
    with pytest.raises(NotFound, match="no quiz is in progress"):
        store.load_progress(tmp_path, "abcdef")
    with pytest.raises(UsageError, match="not a participant code"):
        store.progress_path(tmp_path, "../../x")
    who = participants.participant()
    path = store.save_progress(tmp_path, who, {"answers": {}})
    path.write_text('{"schema": "rolequiz.workshop-progress/1", "partic', encoding="utf-8")
    with pytest.raises(UsageError, match="damaged"):
        store.load_progress(tmp_path, who.code)
    assert not path.exists()
    assert list(path.parent.glob(f"{who.code}.json.damaged-*"))  # kept aside, not lost


# -- reading a folder --------------------------------------------------------------------------


def fill(folder: Path, content, n: int = 3) -> list[Path]:
    paths = []
    for i in range(n):
        data = result_for(content, {"q1": 1 + i % 5, "q2": 5 - i % 5})
        paths.append(store.save_result(folder, data, f"Student {i}")[0])
    return paths


def test_read_results_skips_and_lists_bad_files(tmp_path, mini_content):
    good = fill(tmp_path, mini_content, 3)
    raw = good[0].read_bytes()
    (tmp_path / "truncated.json").write_bytes(raw[: len(raw) // 2])
    (tmp_path / "empty.json").write_bytes(b"")
    (tmp_path / "latin1.json").write_bytes(b'{"name": "Zo\xe9"}')
    (tmp_path / "package.json").write_text('{"name": "x"}', encoding="utf-8")
    (tmp_path / "list.json").write_text("[1, 2]", encoding="utf-8")
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    (tmp_path / "huge.json").write_bytes(b" " * (layout.MAX_RESULT_BYTES + 10))
    nan = json.loads(raw)
    nan["matches"][0]["score"] = float("nan")
    (tmp_path / "nan.json").write_text(json.dumps(nan), encoding="utf-8")
    wrong = json.loads(raw)
    wrong["matches"][0]["score"] = "high"
    (tmp_path / "wrong.json").write_text(json.dumps(wrong), encoding="utf-8")
    (tmp_path / "copy of student-0.json").write_bytes(raw)
    (tmp_path / "bom.json").write_bytes(b"\xef\xbb\xbf" + good[1].read_bytes().replace(
        b'"code": "', b'"code": "x'))  # a BOM from an editor, another participant
    (tmp_path / "notes.txt").write_text("not a result", encoding="utf-8")
    (tmp_path / ".student-9.json.abc.tmp").write_text("{", encoding="utf-8")
    (tmp_path / "sub").mkdir()

    col = reader.read_results([tmp_path])
    assert len(col.entries) == 4  # 3 students + the BOM one
    reasons = {Path(s.path).name: s.reason for s in col.skipped}
    assert reasons == {
        "truncated.json": "damaged",
        "empty.json": "empty",
        "latin1.json": "not-json",
        "package.json": "not-a-result",
        "list.json": "not-a-result",
        "deep.json": "not-json",
        "huge.json": "too-big",
        "nan.json": "damaged",
        "wrong.json": "damaged",
        "copy of student-0.json": "duplicate",
    }
    dup = next(s for s in col.skipped if s.reason == "duplicate")
    assert Path(dup.detail).name == "student-0.json"


def test_same_folder_twice_counts_once(tmp_path, mini_content):
    paths = fill(tmp_path, mini_content, 2)
    col = reader.read_results([tmp_path, tmp_path, paths[0]])
    assert len(col.entries) == 2 and not col.skipped


def test_a_missing_folder_is_a_usage_error(tmp_path):
    with pytest.raises(NotFound, match="no such file or folder"):
        reader.read_results([tmp_path / "nope"])


def test_cache_rereads_only_changed_files(tmp_path, mini_content, monkeypatch):
    fill(tmp_path, mini_content, 3)
    cache: dict = {}
    assert len(reader.read_results([tmp_path], cache=cache).entries) == 3
    calls = []
    real = reader._parse_file
    monkeypatch.setattr(reader, "_parse_file",
                        lambda p, *keys: calls.append(p) or real(p, *keys))
    fill(tmp_path / "x", mini_content, 1)
    new = store.save_result(tmp_path, result_for(mini_content, {"q1": 3}), "New")[0]
    col = reader.read_results([tmp_path], cache=cache)
    assert len(col.entries) == 4
    assert calls == [str(new)]


def test_cache_does_not_read_an_unchanged_damaged_file_again(tmp_path, mini_content,
                                                            monkeypatch):
    """It is listed again with its reason, from what the last reading found."""
    fill(tmp_path, mini_content, 1)
    (tmp_path / "cut.json").write_text('{"schema": "rolequiz.result/1", "x": 1',
                                       encoding="utf-8")
    cache: dict = {}
    first = reader.read_results([tmp_path], cache=cache)
    calls = []
    real = reader._parse_file
    monkeypatch.setattr(reader, "_parse_file",
                        lambda p, *keys: calls.append(p) or real(p, *keys))
    again = reader.read_results([tmp_path], cache=cache)
    assert calls == []
    assert [(s.reason, s.detail) for s in again.skipped] == [
        (s.reason, s.detail) for s in first.skipped] == [("damaged", "cut off before its end")]
    assert len(again.entries) == 1


def test_cache_forgets_a_file_that_is_gone(tmp_path, mini_content):
    """Put back changed with the same size and time, it is read anew, not taken from the
    reading before it went away."""
    path = store.save_result(tmp_path, result_for(mini_content, {"q1": 5}), "Zoe")[0]
    stat = path.stat()
    cache: dict = {}
    assert [e.name for e in reader.read_results([tmp_path], cache=cache).entries] == ["Zoe"]
    text = path.read_text(encoding="utf-8")
    path.unlink()
    assert reader.read_results([tmp_path], cache=cache).entries == []
    path.write_text(text.replace('"Zoe"', '"Lea"'), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_size == stat.st_size
    assert [e.name for e in reader.read_results([tmp_path], cache=cache).entries] == ["Lea"]


@pytest.mark.skipif(os.name != "posix", reason="symbolic links need privileges on Windows")
@pytest.mark.parametrize("cache", [None, {}], ids=["report", "live view"])
def test_a_link_to_nothing_is_skipped_as_unreadable(tmp_path, cache):
    (tmp_path / "gone.json").symlink_to(tmp_path / "nowhere.json")
    col = reader.read_results([tmp_path], cache=cache)
    assert [(s.reason, s.detail) for s in col.skipped] == [
        ("unreadable", "No such file or directory")]


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="open files listed by Linux")
def test_reading_results_leaves_no_file_open(tmp_path, mini_content):
    """A live view reads again and again: a file left open each time would soon be one
    too many (a few hundred results on some systems)."""
    fill(tmp_path, mini_content, 3)
    (tmp_path / "cut.json").write_text('{"schema": "rolequiz.result/1"', encoding="utf-8")
    before = len(os.listdir("/proc/self/fd"))
    col = reader.read_results([tmp_path])
    assert len(os.listdir("/proc/self/fd")) == before
    assert (len(col.entries), len(col.skipped)) == (3, 1)


def test_a_result_of_exactly_the_size_limit_is_read(tmp_path, mini_content):
    text = json.dumps(result_for(mini_content, {"q1": 5}))
    path = tmp_path / "big.json"
    path.write_text(text.ljust(layout.MAX_RESULT_BYTES), encoding="utf-8")
    assert path.stat().st_size == layout.MAX_RESULT_BYTES
    assert len(reader.read_results([tmp_path]).entries) == 1


def test_a_file_named_twice_is_read_once_and_hides_no_other(tmp_path, mini_content):
    """A folder and a file inside it, given together: that file counts once, and the
    folder's other files all count."""
    zoe = store.save_result(tmp_path, result_for(mini_content, {"q1": 5}), "Zoe")[0]
    store.save_result(tmp_path, result_for(mini_content, {"q1": 1}), "Lea Martin")
    col = reader.read_results([zoe, tmp_path])
    assert sorted(Path(e.path).name for e in col.entries) == ["lea-martin.json", "zoe.json"]
    assert col.skipped == []


def test_watcher_sees_new_and_changed_files(tmp_path, mini_content):
    w = watch.Watcher([tmp_path])
    assert w.changed() is True  # the first look always shows
    assert w.changed() is False
    [path] = fill(tmp_path, mini_content, 1)
    assert w.changed() is True
    assert w.changed() is False
    store.save_progress(tmp_path, participants.participant(), {"answers": {}})
    assert w.changed() is True
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10_000_000))
    assert w.changed() is True
    path.unlink()
    assert w.changed() is True
    assert w.changed() is False


# -- the interactive quiz's view of a workshop ---------------------------------------------


def test_session_saves_resumes_and_finishes(tmp_path, mini_content):
    s = store.open_session(tmp_path, "Inès")
    assert s.state is None
    s.save({"answers": {"q1": 5}, "position": 1})
    assert f"--resume --name {s.participant.code}" in s.resume_hint
    # the laptop crashes; the student comes back with their name, or their code
    for key in ("Inès", "ines", s.participant.code, s.participant.code.upper()):
        again = store.open_session(tmp_path, key, resume=True)
        assert again.participant == s.participant
        assert again.state == {"answers": {"q1": 5}, "position": 1}
    path = again.finish(result_for(mini_content, {"q1": 5, "q2": 1}))
    assert path.name == "ines.json"
    assert store.count_pending(tmp_path) == 0
    with pytest.raises(NotFound, match="no quiz is in progress"):
        store.open_session(tmp_path, "Inès", resume=True)


def test_session_never_guesses_between_students(tmp_path):
    a = store.open_session(tmp_path, "Zoé")
    a.save({"answers": {}})
    b = store.open_session(tmp_path, "Zoé")
    b.save({"answers": {}})
    with pytest.raises(NotFound, match="say which quiz to resume") as e:
        store.open_session(tmp_path, "Zoé", resume=True)
    assert a.participant.code in str(e.value) and b.participant.code in str(e.value)
    with pytest.raises(NotFound, match="say which quiz to resume"):
        store.open_session(tmp_path, None, resume=True)
    assert store.open_session(tmp_path, b.participant.code, resume=True).participant == \
        b.participant


def test_results_out_of_order_or_with_bad_names_are_damaged(tmp_path, mini_content):
    [good] = fill(tmp_path / "src", mini_content, 1)
    data = json.loads(good.read_text(encoding="utf-8"))
    swapped = dict(data, matches=list(reversed(data["matches"])))
    (tmp_path / "swapped.json").write_text(json.dumps(swapped), encoding="utf-8")
    other = json.loads(good.read_text(encoding="utf-8"))
    other["content"]["roles"] = "another-roles-file"  # names not seen before: checked
    other["matches"][0]["name"] = 42
    (tmp_path / "badname.json").write_text(json.dumps(other), encoding="utf-8")
    col = reader.read_results([tmp_path])
    assert {Path(s.path).name: s.reason for s in col.skipped} == {
        "swapped.json": "damaged", "badname.json": "damaged"}
    entry = reader.read_results([good]).entries[0]
    assert [m[3] for m in entry.matches] == sorted(m[3] for m in entry.matches)
    assert entry.matches[0][3] == 1 and entry.firsts == (entry.matches[0][0],)


@pytest.mark.parametrize("device", ["con", "prn", "aux", "nul", "clock$", "com0", "com9",
                                    "lpt0", "lpt9"])
def test_every_windows_device_name_is_kept_off_a_result_file(device):
    """Windows (and FAT USB sticks) reserve these names whatever the extension: a student
    called so gets a file name that is not a device. ("clock$" has a $ the slug drops.)"""
    expected = "clock" if device == "clock$" else f"p-{device}"
    assert participants.slug(device.upper()) == expected


def test_a_name_is_kept_to_its_first_hundred_characters_and_a_slug_to_forty():
    name = "Zoé " + "x" * 200
    assert participants.clean_name(name) == name[:100]
    assert participants.slug("-" * 5 + "zoe" + "-" * 5) == "zoe"
    assert participants.slug("a" * 39 + "-b") == "a" * 39  # no dash left at the end
    assert participants.slug("(" + "x" * 45) == "x" * 40  # the "(" takes none of the forty


def test_names_that_only_look_like_devices_keep_their_slug():
    assert [participants.slug(n) for n in ("com10", "console", "auxiliary", "lpt")] == [
        "com10", "console", "auxiliary", "lpt"]
