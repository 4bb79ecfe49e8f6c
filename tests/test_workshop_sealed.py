"""Sealed workshops: students' results readable by the counselor's key alone, progress by
the student's code alone, the key moved with a passphrase, and a workshop closed with
nothing personal left in its folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import ROOT, run_cli

from rolequiz.base.errors import NotFound
from rolequiz.content.load import load_content
from rolequiz.content.results import result_to_dict
from rolequiz.engine.scoring import score
from rolequiz.group import layout, manifest, participants, reader, seal, store

# names no ciphertext will hold by chance, and that the content files do not hold either
NAMES = ["Zoé Quintessence", "Hugo Xylophage", "Inès Bergamote", "Anaëlle Zinzolin",
         "Tom Pervenche", "Léo Cormoran", None, None]
CRASHING = ["Maëlys Tarabiscot", "Nolan Gribouille"]  # stop after one answer


def _env(state: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["ROLEQUIZ_STATE_DIR"] = str(state)
    return env


def _init(runner, folder: Path, mini, *extra: str) -> None:
    r = run_cli(runner, "workshop", "init", folder, "--title", "Classe 2B", *extra,
                "--questions", mini["questions"], "--roles", mini["roles"])
    assert r.exit_code == 0, r.output


def _answers(tmp_path: Path, i: int) -> Path:
    a = tmp_path / f"answers-{i}.yaml"
    a.write_text(f"answers: {{q1: {1 + i % 5}, q2: {5 - (i * 2) % 5}}}\n", encoding="utf-8")
    return a


_CRASH = textwrap.dedent("""
    import sys, time
    from rolequiz.group import store
    session = store.open_session(sys.argv[1], sys.argv[2])
    session.save({"answers": {"q1": 4}})
    print(session.participant.code, flush=True)
    time.sleep(120)  # the laptop crashes here
""")


def _play(folders: list[Path], tmp_path: Path, state: Path) -> dict[Path, list[str]]:
    """Every student of NAMES saves into each folder at once (one process each); the two
    of CRASHING stop after one answer. The codes of the crashed quizzes, per folder."""
    env = _env(state)
    procs = []
    for folder in folders:
        for i, name in enumerate(NAMES):
            cmd = [sys.executable, "-m", "rolequiz", "quiz", "--answers",
                   str(_answers(tmp_path, i)), "--workshop", str(folder), "--format", "json"]
            procs.append(subprocess.Popen(cmd + (["--name", name] if name else []),
                                          stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                          env=env))
    crashing = {f: [subprocess.Popen([sys.executable, "-c", _CRASH, str(f), name],
                                     stdout=subprocess.PIPE, env=env) for name in CRASHING]
                for f in folders}
    for p in procs:
        out, err = p.communicate(timeout=180)
        assert p.returncode == 0, err.decode()
    codes = {}
    for f, ps in crashing.items():
        codes[f] = [p.stdout.readline().decode().strip() for p in ps]
        for p in ps:
            p.kill()
            p.wait()
            p.stdout.close()
    return codes


def _every_file(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def _assert_nothing_personal(folder: Path) -> None:
    """No student's name anywhere (file names and every byte of every file), and no
    result, answer or interest profile in clear outside the pinned content."""
    texts = [n for n in NAMES + CRASHING if n]
    needles = set()
    for name in texts:
        for form in (name, name.casefold(), participants.slug(name)):
            needles.add(form.encode("utf-8"))
            needles.add(json.dumps(form).encode("ascii"))  # "Zo\u00e9..."
    for path in _every_file(folder):
        raw = path.read_bytes()
        where = str(path.relative_to(folder)).encode("utf-8")
        for needle in needles:
            assert needle not in raw and needle not in where, (path, needle)
        if path.name == layout.MANIFEST or layout.CONTENT_DIR in path.parts:
            continue
        for clear in (b'"answers"', b'"profile"', b'"participant"', b'"matches"',
                      b"rolequiz.result/1", b'"q1"', b'"state"'):
            assert clear not in raw, (path, clear)


def _comparable(report: dict) -> dict:
    """A JSON report without what differs between two folders of the same answers:
    file names, codes, the time each quiz ended."""
    for g in report["groups"]:
        for p in g["people"]:
            for key in ("file", "code", "finished_at"):
                p.pop(key)
            if p["name"] is None:
                p["label"] = None  # a code
        g["people"].sort(key=lambda p: json.dumps(p, sort_keys=True))
    return report


@pytest.mark.slow
def test_a_whole_sealed_workshop(runner, tmp_path, mini, monkeypatch):
    sealed, plain = tmp_path / "sealed", tmp_path / "plain"
    counselor = tmp_path / "state"  # the conftest's ROLEQUIZ_STATE_DIR: this computer
    _init(runner, sealed, mini)
    _init(runner, plain, mini, "--open")
    assert manifest.read_manifest(sealed).sealed and not manifest.read_manifest(plain).sealed
    codes = _play([sealed, plain], tmp_path, tmp_path / "students")

    # nothing personal in the sealed folder; names everywhere in the open one
    _assert_nothing_personal(sealed)
    assert (plain / "zoe-quintessence.json").is_file()
    assert sorted(p.suffix for p in sealed.iterdir() if p.is_file()) == \
        [".json"] + [".sealed"] * len(NAMES)  # workshop.json, one result per student
    assert len(list((sealed / layout.PROGRESS_DIR).iterdir())) == len(CRASHING)
    for code in codes[sealed]:  # progress named by neither name nor code
        assert not list(sealed.rglob(f"*{code}*"))

    # the same report from both, read with the counselor's key
    reports = {}
    for folder in (sealed, plain):
        r = run_cli(runner, "report", folder, "--format", "json")
        assert r.exit_code == 0, r.output
        reports[folder] = json.loads(r.stdout)
    assert reports[sealed]["participants"] == len(NAMES)
    assert reports[sealed]["in_progress"] == len(CRASHING)
    assert _comparable(reports[sealed]) == _comparable(reports[plain])
    table = run_cli(runner, "report", sealed).stdout
    assert "Zoé Quintessence" in table and "Workshop prepared on " in table

    # a crashed student goes on from another computer with their code, never their name
    with pytest.raises(NotFound, match="resume with your code"):
        store.open_session(sealed, CRASHING[0], resume=True)
    session = store.open_session(sealed, codes[sealed][0], resume=True)
    assert session.participant.name == CRASHING[0] and session.state == {"answers": {"q1": 4}}
    content = load_content(*manifest.pinned_content_paths(sealed))
    session.finish(result_to_dict(score(content, {"q1": 4, "q2": 2}), content))
    assert store.count_pending(sealed) == len(CRASHING) - 1
    _assert_nothing_personal(sealed)

    # a result altered, one cut off, one sealed for another workshop: listed as damaged
    victim = sorted(sealed.glob("*.sealed"))[0]
    raw = bytearray(victim.read_bytes())
    (sealed / "altered.sealed").write_bytes(raw[:-20] + bytes(b ^ 1 for b in raw[-20:]))
    (sealed / "cut.sealed").write_bytes(raw[: len(raw) // 2])
    other = tmp_path / "other-ws"
    _init(runner, other, mini)
    r = run_cli(runner, "quiz", "--answers", _answers(tmp_path, 1), "--workshop", other)
    assert r.exit_code == 0, r.output
    [foreign] = other.glob("*.sealed")
    (sealed / "foreign.sealed").write_bytes(foreign.read_bytes())
    r = run_cli(runner, "report", sealed, "--format", "json")
    data = json.loads(r.stdout)
    assert data["participants"] == len(NAMES) + 1
    skipped = {Path(s["file"]).name: (s["reason"], s["detail"]) for s in data["skipped"]}
    assert skipped == {
        "altered.sealed": ("damaged", "does not open with the workshop's key: altered or "
                                      "cut off"),
        "cut.sealed": ("damaged", "does not open with the workshop's key: altered or "
                                  "cut off"),
        "foreign.sealed": ("damaged", f"sealed for another key "
                                      f"({manifest.read_manifest(other).key_id}): another "
                                      "workshop's, or a key that is not the counselor's"),
    }
    for name in ("altered.sealed", "cut.sealed", "foreign.sealed"):
        assert name in r.stderr  # exports name the files they leave out

    # another computer: no key, one clear line; the key exported, then imported
    monkeypatch.setenv("ROLEQUIZ_STATE_DIR", str(tmp_path / "laptop"))
    r = run_cli(runner, "report", sealed)
    assert r.exit_code == 2 and r.stdout == ""
    [line] = r.stderr.splitlines()
    m = manifest.read_manifest(sealed)
    assert line.startswith(f"rolequiz: the results in {sealed} are sealed")
    assert f"key {m.key_id}" in line and "rolequiz workshop key export" in line
    assert "--key FILE" in line and "rolequiz workshop key import" in line
    monkeypatch.setenv("ROLEQUIZ_STATE_DIR", str(counselor))
    secret, wrong = tmp_path / "secret.txt", tmp_path / "wrong.txt"
    secret.write_text("correct horse battery staple\n", encoding="utf-8")
    wrong.write_text("incorrect horse\n", encoding="utf-8")
    exported = tmp_path / "usb" / "2B.key"
    r = run_cli(runner, "workshop", "key", "export", sealed, "--output", exported,
                "--passphrase-file", secret)
    assert r.exit_code == 0, r.output
    assert "--key" in r.stdout and "workshop key import" in r.stdout
    assert exported.stat().st_mode & 0o077 == 0
    assert b"secret_key" not in exported.read_bytes()
    monkeypatch.setenv("ROLEQUIZ_STATE_DIR", str(tmp_path / "laptop"))
    r = run_cli(runner, "report", sealed, "--key", exported, "--passphrase-file", wrong)
    assert r.exit_code == 2 and "wrong passphrase" in r.stderr and r.stdout == ""
    r = run_cli(runner, "report", sealed, "--key", exported, "--passphrase-file", secret,
                "--format", "json")
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["participants"] == len(NAMES) + 1
    r = run_cli(runner, "workshop", "key", "import", exported, "--passphrase-file", wrong)
    assert r.exit_code == 2 and "wrong passphrase" in r.stderr
    r = run_cli(runner, "workshop", "key", "import", exported, "--passphrase-file", secret)
    assert r.exit_code == 0, r.output
    assert run_cli(runner, "report", sealed).exit_code == 0

    # closed: the exports asked for, then nothing personal left
    out = tmp_path / "final"
    r = run_cli(runner, "workshop", "close", sealed, "--output", out / "2B.html",
                "--output", out / "2B.csv", "--yes")
    assert r.exit_code == 0, r.output
    assert "Zoé Quintessence" in (out / "2B.html").read_text(encoding="utf-8")
    assert "Zoé Quintessence" in (out / "2B.csv").read_text(encoding="utf-8-sig")
    assert r.stdout.startswith(f"Deleted from {sealed}: {len(NAMES) + 4} results, "
                               "1 quiz in progress:")
    for name in ("altered.sealed", "cut.sealed", "foreign.sealed", victim.name):
        assert f"\n  {name}\n" in r.stdout + "\n"
    assert sorted(str(p.relative_to(sealed)) for p in _every_file(sealed)) == [
        "content/questions.yaml", "content/roles.yaml", "workshop.json"]
    assert not (sealed / layout.PROGRESS_DIR).exists()
    r = run_cli(runner, "report", sealed, "--format", "json")
    assert json.loads(r.stdout)["participants"] == 0


# -- the parts, one by one ---------------------------------------------------------------


@pytest.fixture
def ws(runner, tmp_path, mini):
    folder = tmp_path / "ws"
    _init(runner, folder, mini)
    return folder


@pytest.fixture
def result(mini):
    content = load_content(mini["questions"], mini["roles"])
    return result_to_dict(score(content, {"q1": 5, "q2": 1}), content)


def test_init_keeps_the_private_key_for_this_user_alone(runner, tmp_path, mini):
    r = run_cli(runner, "workshop", "init", tmp_path / "ws", "--title", "2B",
                "--questions", mini["questions"], "--roles", mini["roles"])
    m = manifest.read_manifest(tmp_path / "ws")
    path = tmp_path / "state" / "keys" / f"{m.id}.json"
    assert f"key {m.key_id}, in {path}" in r.stdout
    assert "rolequiz workshop key export" in r.stdout and r.stderr == ""
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700
    key = seal.load_key(path.parent, m.id)
    assert key.public == m.public_key and key.secret is not None
    assert b"secret" not in (tmp_path / "ws" / "workshop.json").read_bytes()


def test_open_init_warns_and_keeps_no_key(runner, tmp_path, mini):
    r = run_cli(runner, "workshop", "init", tmp_path / "ws", "--title", "2B", "--open",
                "--questions", mini["questions"], "--roles", mini["roles"])
    assert r.exit_code == 0
    assert "warning: --open keeps every result in plain text" in r.stderr
    assert not (tmp_path / "state" / "keys").exists()


def test_a_sealed_result_opens_with_its_key_only(ws, result):
    path, who = store.save_result(ws, result, "Zoé")
    assert path.name == f"{who.code}.sealed"
    raw = path.read_bytes()
    assert raw.startswith(seal.MAGIC) and "Zoé".encode() not in raw
    m = manifest.read_manifest(ws)
    mine = seal.load_key(Path(os.environ["ROLEQUIZ_STATE_DIR"]) / "keys", m.id)
    doc = json.loads(seal.Keyring([mine]).open(raw))
    assert doc["participant"] == {"name": "Zoé", "code": who.code}
    someone = seal.new_key("ffffffff", "other")
    with pytest.raises(seal.SealError, match="sealed for another key"):
        seal.Keyring([someone]).open(raw)
    col = reader.read_results([ws])  # no key: listed, never a crash
    assert [(s.reason, s.detail) for s in col.skipped] == [
        ("damaged", "sealed, and no key was given to open it")]
    col = reader.read_results([ws], keys=seal.Keyring([mine]))
    assert [e.name for e in col.entries] == ["Zoé"] and not col.skipped


def test_progress_is_sealed_with_the_code_and_counted_without_it(ws):
    who = participants.participant("Zoé", "k7m3qp")
    path = store.save_progress(ws, who, {"answers": {"q1": 5}})
    assert path.suffix == ".sealed" and "k7m3qp" not in path.name
    assert "Zoé".encode() not in path.read_bytes() and b"\"q1\"" not in path.read_bytes()
    assert store.count_pending(ws) == 1
    assert reader.read_results([ws]).in_progress == 1
    assert store.load_progress(ws, "k7m3qp").state == {"answers": {"q1": 5}}
    with pytest.raises(NotFound, match="1 quiz in progress here"):
        store.load_progress(ws, "k7m3qq")  # another code: another file, never this one
    store.discard_progress(ws, "k7m3qp", manifest.read_manifest(ws))
    assert store.count_pending(ws) == 0


def test_the_students_own_copies_stay_plain(runner, ws, tmp_path):
    """--save and `workshop submit`'s waiting copy are the student's: readable; what
    submit sends into the folder is sealed."""
    from rolequiz.cli.join import UNSENT, keep_unsent, seat

    answers = _answers(tmp_path, 0)
    mine = tmp_path / "mine.json"
    r = run_cli(runner, "quiz", "--answers", answers, "--workshop", ws, "--name", "Zoé",
                "--save", mine)
    assert r.exit_code == 0, r.output
    assert json.loads(mine.read_text(encoding="utf-8"))["answers"]
    content = load_content(*manifest.pinned_content_paths(ws))
    place = seat(ws, "Tom", False)
    kept = keep_unsent(None, place, content, score(content, {"q1": 2}))
    assert kept.parent.name == UNSENT
    assert json.loads(kept.read_text(encoding="utf-8"))["participant"]["name"] == "Tom"
    r = run_cli(runner, "workshop", "submit", ws)
    assert r.exit_code == 0, r.output
    assert not kept.exists()
    sent = ws / f"{place.who.code}.sealed"
    assert sent.is_file() and b"Tom" not in sent.read_bytes()
    data = json.loads(run_cli(runner, "report", ws, "--format", "json").stdout)
    assert sorted(p["name"] for p in data["groups"][0]["people"]) == ["Tom", "Zoé"]


def test_a_key_swapped_in_the_shared_folder_is_said(runner, ws, result):
    """Someone replaces the public key in workshop.json with theirs: later results are
    theirs to read, not the counselor's. The report says so."""
    store.save_result(ws, result, "Zoé")
    intruder = seal.new_key("ffffffff", "intruder")
    data = json.loads((ws / layout.MANIFEST).read_text(encoding="utf-8"))
    data["seal"] = intruder.manifest_record()
    (ws / layout.MANIFEST).write_text(json.dumps(data), encoding="utf-8")
    store.save_result(ws, result, "Tom")
    r = run_cli(runner, "report", ws, "--format", "json")
    assert r.exit_code == 0, r.output
    report = json.loads(r.stdout)
    assert report["participants"] == 1
    [problem] = report["problems"]
    assert f"({intruder.id}) is not this workshop’s key" in problem
    assert [s["reason"] for s in report["skipped"]] == ["damaged"]


def test_export_refuses_a_short_passphrase_and_the_shared_folder(runner, ws, tmp_path):
    short = tmp_path / "short.txt"
    short.write_text("abc\n", encoding="utf-8")
    r = run_cli(runner, "workshop", "key", "export", ws, "--output", tmp_path / "k",
                "--passphrase-file", short)
    assert r.exit_code == 2 and "8 characters or more" in r.stderr
    assert not (tmp_path / "k").exists()
    good = tmp_path / "good.txt"
    good.write_text("a long enough passphrase\n", encoding="utf-8")
    r = run_cli(runner, "workshop", "key", "export", ws, "--output", ws / "key",
                "--passphrase-file", good)
    assert r.exit_code == 2 and "outside the workshop folder" in r.stderr
    assert not (ws / "key").exists()
    r = run_cli(runner, "workshop", "key", "export", ws, "--output", tmp_path / "k")
    assert r.exit_code == 2 and "--passphrase-file" in r.stderr  # no terminal to ask on


def test_close_asks_first_and_checks_every_export_before_deleting(runner, ws, result,
                                                                  tmp_path):
    path, _ = store.save_result(ws, result, "Zoé")
    r = run_cli(runner, "workshop", "close", ws)
    assert r.exit_code == 2 and "--yes" in r.stderr and path.exists()
    r = run_cli(runner, "workshop", "close", ws, "--output", tmp_path / "a.html",
                "--output", tmp_path / "b.pdf", "--yes")
    assert r.exit_code == 2 and ".html" in r.stderr
    assert path.exists() and not (tmp_path / "a.html").exists()
    r = run_cli(runner, "workshop", "close", ws, "--yes", "--lang", "fr")
    assert r.exit_code == 0
    assert r.stdout == (f"Fichiers effacés de {ws} (1\u00a0résultat, 0\u00a0quiz en "
                        f"cours)\u00a0:\n"
                        f"  {path.name}\n")
    r = run_cli(runner, "workshop", "close", ws, "--yes")
    assert r.stdout == f"No results or quizzes in progress to delete in {ws}.\n"


def test_a_quiz_start_loads_no_cryptography(ws):
    """Sealing costs an import (PyNaCl, about 10 ms): only when something is saved."""
    code = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from rolequiz.cli.join import seat, workshop_content
        workshop_content(Path({str(ws)!r}), None, None, None, "en")
        for name in ("Zoé", None):
            assert seat(Path({str(ws)!r}), name, False).from_share() is None
        print("nacl" in sys.modules, "_sodium" in " ".join(sys.modules))
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env=_env(Path(os.environ["ROLEQUIZ_STATE_DIR"])))
    assert out.stdout.split() == ["False", "False"]


@pytest.mark.skipif(os.name != "posix", reason="pseudo-terminals are POSIX")
def test_a_named_student_who_stops_is_given_the_code_that_resumes_elsewhere(tmp_path):
    """In a sealed folder the copy of a quiz in progress opens with the student's code
    only: the quiz prints it when it stops, with the command for another computer."""
    pytest.importorskip("pexpect")
    import pexpect
    from quizcontent import QUESTION_IDS, write_content
    from terminal import leave_results
    from terminal import spawn as spawn_in_terminal

    from rolequiz.cli.keyring import new_workshop_key

    files = write_content(tmp_path / "content")
    folder = tmp_path / "ws"
    manifest.init(folder, "Group", files["questions"], files["roles"], seal=new_workshop_key)
    env = dict(os.environ)
    for var in ("ROLEQUIZ_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "COLUMNS"):
        env.pop(var, None)
    env.update(NO_COLOR="1", TERM="xterm", PYTHONIOENCODING="utf-8",
               ROLEQUIZ_STATE_DIR=str(tmp_path / "pc-1"))
    child = spawn_in_terminal(sys.executable, ["-m", "rolequiz", "quiz", "--workshop",
                                               str(folder), "--name", "Hugo"], env=env)
    child.expect("Press Enter to start")
    child.send("\r")
    for n, key in enumerate("51", start=1):
        child.expect(f"Question {n} of 6")
        child.expect(r"\? help")
        child.send(key)
    child.expect("Question 3 of 6")
    child.expect(r"\? help")
    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    [line] = [x for x in child.before.splitlines() if "from another computer" in x]
    code = line.split("Your code is ", 1)[1][:6]
    assert participants.is_code(code)
    command = line[line.index("rolequiz quiz"):].split()
    assert command[1:] == ["quiz", "--resume", "--workshop", str(folder), "--name", code]
    _assert_no_name(folder, "Hugo")

    env["ROLEQUIZ_STATE_DIR"] = str(tmp_path / "pc-2")  # the name alone finds nothing there
    child = spawn_in_terminal(sys.executable, ["-m", "rolequiz", "quiz", "--resume",
                                               "--workshop", str(folder), "--name", "Hugo"],
                              env=env)
    child.expect("can only be opened with its code")
    child.expect("Press Enter")
    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()
    child = spawn_in_terminal(sys.executable, ["-m", *command], env=env)
    child.expect("found in the workshop folder")
    child.expect("Press Enter")
    child.send("\r")
    for n, key in zip(range(3, 7), "4253", strict=True):
        child.expect(f"Question {n} of 6")
        child.expect(r"\? help")
        child.send(key)
    child.expect("see your results")
    child.send("\r")
    leave_results(child)
    child.close()
    assert child.exitstatus == 0, child.before
    _assert_no_name(folder, "Hugo")
    col = reader.read_results([folder], keys=seal.Keyring([seal.load_key(
        Path(os.environ["ROLEQUIZ_STATE_DIR"]) / "keys", manifest.read_manifest(folder).id)]))
    [entry] = col.entries
    assert (entry.name, entry.code, col.in_progress) == ("Hugo", code, 0)
    assert entry.answered == len(QUESTION_IDS)


def _assert_no_name(folder: Path, name: str) -> None:
    for path in _every_file(folder):
        if layout.CONTENT_DIR not in path.parts:
            assert name.encode() not in path.read_bytes(), path


def test_handouts_of_a_sealed_workshop_are_those_of_an_open_one(runner, tmp_path, mini,
                                                                monkeypatch):
    """A handout reads each result again (its reasons, its notes): sealed ones are opened
    with the same key as the report."""
    content = load_content(mini["questions"], mini["roles"])
    monkeypatch.setattr(store, "utc_now", lambda: "2026-12-01T10:00:00Z")
    pages = {}
    for kind, extra in (("sealed", ()), ("open", ("--open",))):
        folder = tmp_path / kind
        _init(runner, folder, mini, *extra)
        for name, code, answers in (("Zoé", "zzzzzz", {"q1": 5, "q2": 1}),
                                    ("Tom", "tttttt", {"q1": 2, "q2": 4})):
            store.save_result(folder, result_to_dict(score(content, answers), content),
                              name, code)
        out = tmp_path / f"{kind}.html"
        r = run_cli(runner, "report", folder, "--handouts", "--output", out)
        assert r.exit_code == 0, r.output
        pages[kind] = out.read_text(encoding="utf-8")
    assert "Zoé" in pages["sealed"]
    assert pages["sealed"] == pages["open"]


def test_validate_reads_the_answers_of_a_sealed_workshop(runner, tmp_path, mini, monkeypatch):
    content = load_content(mini["questions"], mini["roles"])
    folder = tmp_path / "ws"
    _init(runner, folder, mini)
    for i in range(10):
        answers = {"q1": 1 + i % 5, "q2": 5 - i % 5}
        store.save_result(folder, result_to_dict(score(content, answers), content))
    args = ["validate", "--questions", mini["questions"], "--roles", mini["roles"],
            "--results", folder]
    r = run_cli(runner, *args)
    assert f"Real answers in {folder}: 10 participants." in r.stdout, r.output
    monkeypatch.setenv("ROLEQUIZ_STATE_DIR", str(tmp_path / "elsewhere"))  # no key there
    r = run_cli(runner, *args)
    assert r.exit_code == 2 and "rolequiz workshop key export" in r.stderr
