"""Where the output goes (security.md, cases 27, 33, 34): standard output full or closed, a
reader that goes away, a file the user may not write, an export aimed into the folder it
reports on. Each ends with one line on stderr and its exit code, never a traceback, and
never writes where it was not allowed to."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from conftest import ROOT, run_cli

ANSWERS = ROOT / "examples" / "maker.yaml"
SAFETY_NET = 60

COMMANDS = {
    "roles": ["roles"],
    "roles json": ["roles", "--format", "json"],
    "show": ["show", "data-analyst"],
    "quiz": ["quiz", "--answers", str(ANSWERS)],
    "quiz json": ["quiz", "--answers", str(ANSWERS), "--format", "json"],
    "report": ["report", "W"],
    "report csv": ["report", "W", "--format", "csv"],
    "validate": ["validate"],
    "version": ["--version"],
    "help": ["--help"],
}


@pytest.fixture(scope="module")
def place(tmp_path_factory) -> Path:
    """A folder with a workshop W holding one result."""
    top = tmp_path_factory.mktemp("outputs")
    env = environment(top)
    for args in (["workshop", "init", "W", "--title", "Group", "--open"],
                 ["quiz", "--answers", str(ANSWERS), "--workshop", "W", "--name", "Zoé"]):
        subprocess.run([sys.executable, "-m", "rolequiz", *args], cwd=top, env=env,
                       check=True, capture_output=True, timeout=SAFETY_NET)
    return top


def environment(top: Path) -> dict[str, str]:
    env = dict(os.environ, NO_COLOR="1", COLUMNS="100", ROLEQUIZ_STATE_DIR=str(top / "state"))
    env.pop("PYTHONUNBUFFERED", None)  # stdout as most people have it: buffered
    return env


def shell(place: Path, line: str, args: list[str], unbuffered: bool = False):
    env = environment(place)
    if unbuffered:
        env["PYTHONUNBUFFERED"] = "1"
    return subprocess.run(["bash", "-c", line, sys.executable, *args], cwd=place, env=env,
                          capture_output=True, text=True, timeout=SAFETY_NET)


@pytest.mark.parametrize("unbuffered", [False, True], ids=["buffered", "unbuffered"])
@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_a_full_stdout_is_one_line_and_exit_1(place, name, unbuffered):
    out = shell(place, '"$0" -m rolequiz "$@" > /dev/full', COMMANDS[name], unbuffered)
    assert out.returncode == 1, out.stderr
    assert out.stderr == "rolequiz: could not write the output: No space left on device\n"


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_a_closed_stdout_is_one_line_and_exit_1(place, name):
    out = shell(place, '"$0" -m rolequiz "$@" >&-', COMMANDS[name])
    assert out.returncode == 1, out.stderr
    assert out.stderr == "rolequiz: could not write the output: standard output is closed\n"


@pytest.mark.parametrize("name", ["roles", "roles json", "report", "report csv", "help"])
def test_a_reader_that_went_away_ends_it_quietly_with_0(place, name):
    """`| head -1`, and a reader gone before the first byte: exit 0, nothing on stderr."""
    for reader in ("head -1 > /dev/null", "(exec 0<&-; true)"):
        out = shell(place, f'"$0" -m rolequiz "$@" | {reader}; exit ${{PIPESTATUS[0]}}',
                    COMMANDS[name])
        assert (out.returncode, out.stderr) == (0, ""), reader


def test_closed_stdout_never_lends_its_descriptor_to_a_file(place, tmp_path):
    """With descriptor 1 closed, the next file opened would get it, and whatever is
    written to "stdout" would land in that file (here: the result saved with --save)."""
    saved = tmp_path / "r.json"
    out = shell(place, '"$0" -m rolequiz "$@" >&-',
                ["quiz", "--answers", str(ANSWERS), "--save", str(saved)])
    assert out.returncode == 1
    assert json.loads(saved.read_text(encoding="utf-8"))["schema"] == "rolequiz.result/1"


# -- a file the user may not write (case 33) --------------------------------------------------

WRITERS = {
    "quiz --output": ["quiz", "--answers", str(ANSWERS), "--format", "json", "--output", "{f}"],
    "quiz --save": ["quiz", "--answers", str(ANSWERS), "--save", "{f}"],
    "roles --output": ["roles", "--format", "json", "--output", "{f}"],
    "report --output": ["report", "{w}", "--format", "csv", "--output", "{f}"],
    "workshop close --output": ["workshop", "close", "{w}", "--output", "{f}", "--yes"],
    "workshop key export --output": ["workshop", "key", "export", "{s}", "--output", "{f}",
                                     "--passphrase-file", "{p}"],
}


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_a_read_only_file_is_never_replaced(runner, tmp_path, monkeypatch, name):
    """Tests run as root, who may write anything: os.access is told to answer as for a
    user without the right (the kernel's answer is tested below, as `nobody`)."""
    folder = tmp_path / "W"
    assert run_cli(runner, "workshop", "init", folder, "--title", "Group", "--open").exit_code == 0
    target = tmp_path / "out.json"
    target.write_text("keep me", encoding="utf-8")
    real = os.access

    def access(path, mode, *args, **kwargs):
        if os.fspath(path) == str(target) and mode & os.W_OK:
            return False
        return real(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)
    sealed = tmp_path / "S"
    assert run_cli(runner, "workshop", "init", sealed, "--title", "Sealed").exit_code == 0
    (tmp_path / "pass.txt").write_text("correct horse\n", encoding="utf-8")
    args = [a.replace("{f}", str(target)).replace("{w}", str(folder)).replace("{s}", str(sealed))
            .replace("{p}", str(tmp_path / "pass.txt")) for a in WRITERS[name]]
    result = run_cli(runner, *args)
    assert result.exit_code == 2, result.output
    assert result.stderr == (f"rolequiz: {target} is read-only: it was not replaced; write to "
                             "another file, or make it writable first\n")
    assert result.stdout == ""
    assert target.read_text(encoding="utf-8") == "keep me"
    assert not list(tmp_path.glob(".*"))  # no temporary file left either


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX permissions, tested in a fork")
def test_a_read_only_file_is_refused_as_the_kernel_says(tmp_path):
    """The same refusal from the real permissions: a 0444 file in a folder `nobody` may
    write into (renaming over the file would have worked)."""
    from privileges import unprivileged

    top = Path(tempfile.mkdtemp(prefix="rolequiz-ro-"))
    try:
        top.chmod(0o777)
        target = top / "result.json"
        target.write_text("keep me", encoding="utf-8")
        target.chmod(0o444)

        def write() -> str:
            from typer.testing import CliRunner

            from rolequiz.cli import app

            assert not os.access(target, os.W_OK) and os.access(top, os.W_OK)
            env = {"ROLEQUIZ_STATE_DIR": str(top / "state"), "ROLEQUIZ_NO_CACHE": "1"}
            result = CliRunner().invoke(app, ["roles", "--format", "json", "--output",
                                              str(target)], env=env)
            return f"{result.exit_code}|{result.stderr}"

        code, out = unprivileged(write)
        assert code == 0, out
        assert out == (f"2|rolequiz: {target} is read-only: it was not replaced; write to "
                       "another file, or make it writable first\n")
        assert target.read_text(encoding="utf-8") == "keep me"
    finally:
        shutil.rmtree(top)


# -- an export aimed into the folder it reports on (case 34) ---------------------------------


@pytest.fixture
def here(runner, tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    assert run_cli(runner, "workshop", "init", "W", "--title", "Group", "--open").exit_code == 0
    assert run_cli(runner, "quiz", "--answers", ANSWERS, "--workshop", "W",
                   "--name", "Zoé").exit_code == 0
    return tmp_path


@pytest.mark.parametrize("given, output, key", [
    ("W", "W/zoe.json", "inside"),
    ("W", "W/report.csv", "inside"),
    ("W", "W/content/../x.csv", "inside"),
    ("W/zoe.json", "W/zoe.json", "input"),
    ("W/zoe.json", "W/../W/zoe.json", "input"),
])
def test_a_report_never_writes_into_the_folder_it_reads_without_force(runner, here, given,
                                                                      output, key):
    zoe = (here / "W" / "zoe.json").read_bytes()
    before = sorted(p.name for p in (here / "W").iterdir())
    result = run_cli(runner, "report", given, "--format", "csv", "--output", output)
    assert result.exit_code == 2, result.output
    if key == "inside":
        assert result.stderr == (f"rolequiz: {output} is inside {given}, which the report "
                                 "reads (students’ results are saved there): write the report "
                                 "elsewhere, or add --force\n")
    else:
        assert result.stderr == (f"rolequiz: {output} is one of the files the report reads: "
                                 "write the report elsewhere, or add --force\n")
    assert (here / "W" / "zoe.json").read_bytes() == zoe
    assert sorted(p.name for p in (here / "W").iterdir()) == before


def test_force_writes_the_report_into_the_folder(runner, here):
    forced = run_cli(runner, "report", "W", "--format", "csv", "--output", "W/report.csv",
                     "--force")
    assert forced.exit_code == 0, forced.output
    written = (here / "W" / "report.csv").read_text(encoding="utf-8-sig")
    assert "Zoé" in written
    assert (here / "W" / "zoe.json").exists()


@pytest.mark.parametrize("output", ["W/final.json", "W/content/../final.html", "W/zoe.json"])
def test_close_never_writes_an_export_where_it_deletes(runner, here, output):
    zoe = (here / "W" / "zoe.json").read_bytes()
    result = run_cli(runner, "workshop", "close", "W", "--output", output, "--yes")
    assert result.exit_code == 2, result.output
    assert result.stderr == (f"rolequiz: {output} is inside W, whose students’ files this "
                             "command deletes: write the export elsewhere\n")
    assert (here / "W" / "zoe.json").read_bytes() == zoe  # nothing written, nothing deleted
    assert not (here / "W" / "final.json").exists()


def test_a_report_beside_the_folder_is_fine(runner, here):
    result = run_cli(runner, "report", "W", "--format", "csv", "--output", "W-report.csv")
    assert result.exit_code == 0, result.output
    assert (here / "W-report.csv").stat().st_size > 0
