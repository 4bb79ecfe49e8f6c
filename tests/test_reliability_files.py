"""Files that are not what their name says (security.md, cases 21-23 and 31): a pipe named
like a result, a manifest or a progress file (`mkfifo`), a link to /dev/zero, a file of
1.5 GB, a pipe given on purpose (`--answers <(cat a.yaml)`).

What holds them: every file a workshop folder or the state folder holds is opened without
blocking and read only if it is a regular file, never past a size limit; a file the user
names is read once, whatever it is, then parsed from memory. So each case ends by
construction, with one line naming the file; the commands run in a child process under a
memory limit (1 GB: reading /dev/zero to its end would pass it at once), with a safety
net of a minute that only a hang reaches."""

from __future__ import annotations

import json
import os
import resource
import select
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DATA, ROOT, run_cli

from rolequiz.group.layout import MAX_RESULT_BYTES

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX pipes and devices")

MINI = DATA / "mini"
ANSWERS = ROOT / "examples" / "maker.yaml"
SAFETY_NET = 60  # seconds: only a hang gets there
MEMORY = 1 << 30
HUGE = 1_500_000_000  # a sparse file: 1.5 GB long, nothing on the disk


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def rolequiz(*args, cwd: Path, state: Path | None = None, stdin: str = "",
             timeout: float = SAFETY_NET) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_COLOR="1", COLUMNS="100", PYTHONUNBUFFERED="1")
    env["ROLEQUIZ_STATE_DIR"] = str(state or cwd / "state")
    return subprocess.run([sys.executable, "-m", "rolequiz", *map(str, args)], cwd=cwd,
                          env=env, input=stdin, capture_output=True, text=True,
                          timeout=timeout, preexec_fn=_limited)


def python(code: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True,
                          text=True, timeout=SAFETY_NET, preexec_fn=_limited)


@pytest.fixture
def workshop(tmp_path, runner) -> Path:
    folder = tmp_path / "W"
    assert run_cli(runner, "workshop", "init", folder, "--title", "Group", "--open").exit_code == 0
    done = run_cli(runner, "quiz", "--answers", ANSWERS, "--workshop", folder, "--name", "Zoé")
    assert done.exit_code == 0, done.output
    return folder


def replace_with(path: Path, kind: str) -> None:
    """`path` made a pipe, a link to /dev/zero, or a sparse file of 1.5 GB."""
    if path.exists() or path.is_symlink():
        path.unlink()
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "zero":
        path.symlink_to("/dev/zero")
    else:
        with open(path, "wb") as f:
            f.truncate(HUGE)


def no_traceback(out: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in out.stderr, out.stderr
    assert "MemoryError" not in out.stderr


# -- results, the manifest, the content copies (cases 21, 22) ---------------------------------


@pytest.mark.parametrize("kind", ["fifo", "zero"])
def test_a_result_that_is_a_pipe_or_a_device_is_skipped_unread(workshop, kind):
    replace_with(workshop / "x.json", kind)
    out = rolequiz("report", "W", "--format", "json", cwd=workshop.parent)
    no_traceback(out)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["participants"] == 1
    assert data["skipped"] == [{"file": "W/x.json", "reason": "unreadable",
                                "detail": "not a regular file: a pipe or a device"}]
    assert out.stderr == ("rolequiz: skipped W/x.json: cannot be read (not a regular file: "
                          "a pipe or a device)\n")


def test_the_live_report_is_drawn_whatever_pipe_the_folder_holds(workshop):
    replace_with(workshop / "x.json", "fifo")
    env = dict(os.environ, NO_COLOR="1", COLUMNS="100")
    watcher = subprocess.Popen([sys.executable, "-m", "rolequiz", "report", "W", "--watch"],
                               cwd=workshop.parent, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, preexec_fn=_limited)
    try:
        ready, _, _ = select.select([watcher.stdout], [], [], SAFETY_NET)  # a hang: none
        first = watcher.stdout.readline().decode("utf-8") if ready else ""
        watcher.stdout.close()  # nobody reads any more: the watch ends
        assert watcher.wait(timeout=SAFETY_NET) == 0
    finally:
        if watcher.poll() is None:
            watcher.kill()
            watcher.wait()
        err = watcher.stderr.read().decode("utf-8")
        watcher.stderr.close()
    assert first == "Group\n"
    assert "Traceback" not in err


@pytest.mark.parametrize("kind", ["fifo", "zero", "huge"])
def test_a_manifest_that_is_no_file_is_refused_by_report_and_quiz(workshop, kind):
    replace_with(workshop / "workshop.json", kind)
    report = rolequiz("report", "W", "--format", "json", cwd=workshop.parent)
    no_traceback(report)
    assert report.returncode == 0, report.stderr
    why = ("too large to be a workshop manifest" if kind == "huge" else
           "is not a regular file (a pipe or a device?); it was not opened")
    assert json.loads(report.stdout)["problems"] == [
        f"W/workshop.json{':' if kind == 'huge' else ''} {why}"]
    quiz = rolequiz("quiz", "--workshop", "W", "--answers", ANSWERS, cwd=workshop.parent)
    no_traceback(quiz)
    assert quiz.returncode == 2
    assert quiz.stderr.splitlines() == [f"rolequiz: W/workshop.json"
                                        f"{':' if kind == 'huge' else ''} {why}"]


@pytest.mark.parametrize("kind, why", [
    ("fifo", "not a regular file: a pipe or a device"),
    ("zero", "not a regular file: a pipe or a device"),
    ("huge", "too large"),
])
def test_a_content_copy_that_is_no_file_stops_the_quiz_before_it_starts(workshop, kind, why):
    copy = workshop / "content" / "questions.yaml"
    replace_with(copy, kind)
    out = rolequiz("quiz", "--workshop", "W", "--answers", ANSWERS, cwd=workshop.parent)
    no_traceback(out)
    assert out.returncode == 2
    assert out.stderr == f"rolequiz: cannot read W/content/questions.yaml: {why}\n"
    assert len(list(workshop.glob("*.json"))) == 2  # the manifest and Zoé's: nothing new


# -- progress files (case 23) ------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["fifo", "zero", "huge"])
@pytest.mark.parametrize("name", ["progress.json", "progress-ab12cd34-zoe.json"])
def test_a_progress_file_that_is_no_file_is_kept_aside_never_read(tmp_path, kind, name):
    path = tmp_path / name
    replace_with(path, kind)
    code = ("from pathlib import Path\nfrom rolequiz.quiz import progress as prog\n"
            f"loaded = prog.load(Path({str(path)!r}))\n"
            "print(loaded.progress, loaded.corrupt_kept_at.name, loaded.problem, sep='|')\n")
    out = python(code, tmp_path)
    assert out.returncode == 0, out.stderr
    progress, kept, problem = out.stdout.strip().split("|")
    assert progress == "None"
    assert kept.startswith(f"{name}.corrupt-")
    assert problem == ("the file is too large (1500000000 bytes)" if kind == "huge"
                       else "not a regular file: a pipe or a device")
    assert not path.exists() and not path.is_symlink()  # moved aside, kept: never deleted


def test_a_pipe_as_progress_file_does_not_hold_up_the_first_screen(tmp_path, mini):
    from terminal import spawn

    state = tmp_path / "state"
    state.mkdir()
    os.mkfifo(state / "progress.json")
    env = dict(os.environ, NO_COLOR="1", ROLEQUIZ_STATE_DIR=str(state))
    child = spawn(sys.executable, ["-m", "rolequiz", "quiz", "--questions",
                                   str(mini["questions"]), "--roles", str(mini["roles"])],
                  env=env)
    child.expect(r"could\s+not\s+be\s+read\s+\(not\s+a\s+regular\s+file")  # wrapped anywhere
    child.expect("Press Enter to start")
    child.send("q")
    child.expect("Nothing to save yet")
    child.wait()
    assert child.exitstatus == 0
    assert [p.name.split(".corrupt-")[0] for p in state.iterdir()] == ["progress.json"]


@pytest.mark.parametrize("kind", ["fifo", "zero"])
def test_a_workshop_progress_copy_that_is_no_file_is_left_out(workshop, kind):
    pdir = workshop / ".progress"
    pdir.mkdir()
    replace_with(pdir / "k7m3qp.json", kind)
    from rolequiz.group.store import count_pending

    assert count_pending(workshop) == 0  # no quiz in progress: a pipe is none
    code = ("from rolequiz.group import store\n"
            "print(store.pending('W'))\n"
            "try:\n    store.load_progress('W', 'k7m3qp')\n"
            "except Exception as e:\n    print(type(e).__name__, e)\n")
    out = python(code, workshop.parent)
    assert out.returncode == 0, out.stderr
    first, second = out.stdout.splitlines()
    assert first == "[]"
    assert second.startswith("UsageError the progress file W/.progress/k7m3qp.json is damaged")


# -- a pipe given on purpose (case 31) ----------------------------------------------------------


@pytest.mark.parametrize("suffix", ["yaml", "json"])
def test_answers_from_a_process_substitution_are_read_once(tmp_path, suffix):
    """`--answers <(cat a.yaml)`: a pipe, read once then parsed from memory (JSON and YAML
    alike; YAML used to find it empty, the JSON reader having read it first)."""
    given = tmp_path / f"a.{suffix}"
    if suffix == "json":
        given.write_text(json.dumps({"answers": {"q1": 5, "q2": 1}}), encoding="utf-8")
    else:
        given.write_text((MINI / "answers.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    script = ('"$0" -m rolequiz quiz --questions "$1" --roles "$2" --answers <(cat "$3") '
              '--format json')
    out = subprocess.run(["bash", "-c", script, sys.executable, str(MINI / "questions.yaml"),
                          str(MINI / "roles.yaml"), str(given)], capture_output=True, text=True,
                         timeout=SAFETY_NET, env=dict(os.environ, NO_COLOR="1"))
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["answered"] == 2


def test_content_files_from_pipes_are_read_once_and_never_cached(tmp_path, runner):
    """The content cache reads only regular files: a pipe read for the cache's key would
    be empty for the loader."""
    read_q, write_q = os.pipe()
    read_r, write_r = os.pipe()
    os.write(write_q, (MINI / "questions.yaml").read_bytes())
    os.write(write_r, (MINI / "roles.yaml").read_bytes())
    os.close(write_q)
    os.close(write_r)
    try:
        result = run_cli(runner, "validate", "--questions", f"/dev/fd/{read_q}",
                         "--roles", f"/dev/fd/{read_r}")
    finally:
        os.close(read_q)
        os.close(read_r)
    assert result.exit_code == 0, result.output
    assert "OK: no problems found" in result.stdout


def test_a_pipe_without_a_writer_is_an_empty_file_not_a_wait(tmp_path, mini):
    fifo = tmp_path / "answers.yaml"
    os.mkfifo(fifo)
    out = rolequiz("quiz", "--questions", mini["questions"], "--roles", mini["roles"],
                   "--answers", fifo, cwd=tmp_path)
    no_traceback(out)
    assert out.returncode == 2
    assert out.stderr == f"rolequiz: {fifo}: the file is empty — write the answers\n"


def test_the_content_limits_agree():
    from rolequiz.content import yamlsafe
    from rolequiz.group import manifest

    assert manifest.MAX_CONTENT_BYTES == yamlsafe.MAX_BYTES


# -- a sealed workshop's keys and passphrases ---------------------------------------------------


@pytest.fixture
def sealed(tmp_path, runner) -> Path:
    folder = tmp_path / "S"
    assert run_cli(runner, "workshop", "init", folder, "--title", "Sealed").exit_code == 0
    done = run_cli(runner, "quiz", "--answers", ANSWERS, "--workshop", folder, "--name", "Zoé")
    assert done.exit_code == 0, done.output
    return folder


@pytest.mark.parametrize("kind", ["zero", "huge"])
def test_a_passphrase_file_is_read_only_up_to_its_limit(sealed, kind):
    given = sealed.parent / "pass.txt"
    replace_with(given, kind)
    out = rolequiz("workshop", "key", "export", "S", "--output", "k.key",
                   "--passphrase-file", given, cwd=sealed.parent, state=sealed.parent / "state")
    no_traceback(out)
    assert out.returncode == 2
    assert out.stderr == f"rolequiz: cannot read the passphrase from {given}: too large\n"
    assert not (sealed.parent / "k.key").exists()


def test_a_passphrase_from_a_pipe_is_read_once(sealed):
    out = subprocess.run(
        ["bash", "-c", "python -m rolequiz workshop key export S --output k.key "
                       "--passphrase-file <(printf 'correct horse\\n')"],
        cwd=sealed.parent, capture_output=True, text=True, timeout=SAFETY_NET,
        env=dict(os.environ, ROLEQUIZ_STATE_DIR=str(sealed.parent / "state"),
                 PATH=f"{Path(sys.executable).parent}:{os.environ['PATH']}"))
    assert out.returncode == 0, out.stderr
    assert (sealed.parent / "k.key").stat().st_size > 0


@pytest.mark.parametrize("kind, why", [("zero", "too large"),
                                       ("fifo", "not a key written by")])
def test_a_key_file_that_is_a_device_or_an_empty_pipe_is_refused(sealed, kind, why):
    key = sealed.parent / "k.key"
    replace_with(key, kind)
    out = rolequiz("report", "S", "--key", key, "--passphrase-file", "/dev/null",
                   cwd=sealed.parent, state=sealed.parent / "elsewhere")
    no_traceback(out)
    assert out.returncode == 2
    assert len(out.stderr.splitlines()) == 1 and why in out.stderr, out.stderr


@pytest.mark.parametrize("kind", ["fifo", "zero"])
def test_a_kept_key_that_is_no_file_is_never_opened(sealed, kind):
    (kept,) = (sealed.parent / "state" / "keys").iterdir()
    replace_with(kept, kind)
    out = rolequiz("report", "S", "--format", "json", cwd=sealed.parent,
                   state=sealed.parent / "state")
    no_traceback(out)
    assert out.returncode == 2  # the key is not there: said in one line, how to bring it
    assert out.stderr.startswith("rolequiz: ") and "cannot read" in out.stderr, out.stderr


def test_a_result_swapped_for_a_pipe_is_never_waited_for(sealed):
    (result,) = sealed.glob("*.sealed")
    replace_with(result, "fifo")
    # the handouts read each result again, after the report has read the folder
    out = python(f"""
from rolequiz.group import report
try:
    report._saved({str(result)!r}, None)
except OSError as e:
    print("refused:", e.strerror)
""", sealed.parent)
    assert out.stdout == "refused: not a regular file: a pipe or a device\n", out.stderr


# -- a result that ranks 40,000 roles -------------------------------------------------------------


@pytest.fixture
def crowded(workshop) -> Path:
    """The workshop with one more result, of its content, ranking 40,000 roles (2 MB, just
    under the limit of a result)."""
    data = json.loads((workshop / "zoe.json").read_text(encoding="utf-8"))
    data["participant"] = {"name": "Many", "code": "m4nyr0"}
    data["matches"] = [{"rank": i + 1, "role": f"r{i}", "name": "R", "score": 5}
                       for i in range(40_000)]
    (workshop / "many.json").write_text(json.dumps(data, separators=(",", ":")),
                                        encoding="utf-8")
    assert (workshop / "many.json").stat().st_size < MAX_RESULT_BYTES
    return workshop


def test_the_csv_reads_each_result_s_scores_once_whatever_its_roles(crowded, runner,
                                                                   monkeypatch):
    from rolequiz.group.report import Person

    reads = []
    scores = Person.scores
    monkeypatch.setattr(Person, "scores", property(lambda p: reads.append(p.label)
                                                   or scores.fget(p)))
    result = run_cli(runner, "report", crowded, "--format", "csv")
    assert result.exit_code == 0, result.output
    assert sorted(reads) == ["Many", "Zoé"]  # a dict per row, not one per role and row
    header = result.stdout.splitlines()[0].split(",")
    assert len(header) == 10 + 40_000 + 9 + 12  # every role of the results in the export


def test_the_report_on_screen_lists_a_bounded_number_of_roles(crowded, runner):
    from rolequiz.views.terminal.report import MAX_ROLES_SHOWN

    result = run_cli(runner, "report", crowded)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert sum(line.startswith(" R ") for line in lines) <= 2 * MAX_ROLES_SHOWN
    more = f"… and {40_009 - MAX_ROLES_SHOWN:,} more roles (--format csv or json lists every role)."
    assert lines.count(more) == 2  # under the top matches and under the top 3s
