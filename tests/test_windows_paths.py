"""A workshop folder on a school's Windows network: a share (\\\\server\\share\\2B) or a
mapped drive (Z:\\2B). The rules are checked with Windows' path rules (PureWindowsPath,
ntpath) on any system: the names of result files, the content files a manifest points
to, and the commands printed for the students."""

from __future__ import annotations

import ntpath
import os
import shlex
from pathlib import PureWindowsPath

import pytest
from conftest import run_cli
from hypothesis import given, settings
from hypothesis import strategies as st

from rolequiz.cli.workshop import folder_commands
from rolequiz.group import manifest, participants, store
from rolequiz.group.layout import SUFFIX
from rolequiz.group.watch import Watcher

SHARE = r"\\server\share\2B"
MAPPED = r"Z:\2B"
FOLDERS = [SHARE, MAPPED]

# -- what Windows accepts as a file name -------------------------------------------------

_FORBIDDEN = set('<>:"/\\|?*') | {chr(c) for c in range(32)}
_DEVICES = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{p}{n}" for p in ("COM", "LPT") for n in "0123456789\u00b9\u00b2\u00b3"}


def windows_file_name_problem(name: str) -> str | None:
    """Why Windows (NTFS, SMB shares, FAT sticks) would refuse or change `name`, or None."""
    if not name or name in (".", ".."):
        return "empty"
    if len(name) > 255:
        return "longer than 255"
    if set(name) & _FORBIDDEN:
        return f"has {sorted(set(name) & _FORBIDDEN)}"
    if name[-1] in ". ":
        return "ends in a dot or a space (Windows drops it)"
    if name.split(".")[0].rstrip(" ").upper() in _DEVICES:
        return "a device name, whatever the extension"
    return None


@pytest.mark.parametrize("name, problem", [
    ("zoe.json", None), ("p-con.json", None), ("console.json", None),
    ("con.json", "a device name, whatever the extension"),
    ("Com1.json", "a device name, whatever the extension"),
    ("zoe.", "ends in a dot or a space (Windows drops it)"),
    ("a:b.json", "has [':']"),
])
def test_the_windows_file_name_rules_used_below(name, problem):
    assert windows_file_name_problem(name) == problem


names = st.one_of(
    st.text(max_size=120),
    st.text(alphabet='<>:"/\\|?* .\t\x00éØ李-_', max_size=20),
    st.builds(lambda pre, device, post: pre + device + post,
              st.sampled_from(["", " ", ".", "-", "(", "Ç"]),
              st.sampled_from(sorted(_DEVICES | {d.lower() for d in _DEVICES})),
              st.sampled_from(["", " ", ".", ". ", "..", ".json", ":", "$", "-1"])),
)


@settings(max_examples=400, deadline=None)
@given(names)
def test_every_student_name_gives_a_windows_file_name(name):
    stem = participants.participant(name).stem
    for n in (1, 2, 1000):  # create_exclusive's names: zoe.json, zoe-2.json ...
        file_name = f"{stem}{SUFFIX}" if n == 1 else f"{stem}-{n}{SUFFIX}"
        assert windows_file_name_problem(file_name) is None, (name, file_name)
        for folder in FOLDERS:
            path = PureWindowsPath(folder) / file_name
            assert path.parent == PureWindowsPath(folder) and path.name == file_name


@settings(max_examples=300, deadline=None)
@given(names, st.booleans(), st.sampled_from(["a1b2c3d4", "none", "con", "0"]))
def test_every_progress_file_of_a_workshop_student_has_a_windows_name(name, resume, ws_id):
    """The progress kept on the student's computer, one file per workshop and student, and
    a result kept there when the share cannot take it (cli/join.py)."""
    from rolequiz.cli.join import Seat

    seat = Seat(PureWindowsPath(SHARE), ws_id, name, resume)
    for file_name in (seat.progress_file(), f"{seat.workshop_id}-{seat.who.code}{SUFFIX}"):
        assert windows_file_name_problem(file_name) is None, (name, file_name)


@pytest.mark.parametrize("name, stem", [
    ("Zoé Lefèvre", "zoe-lefevre"), ("AUX", "p-aux"), ("Nul.", "p-nul"), ("con ", "p-con"),
    ("Léa: 2B?", "lea-2b"), ("a" * 300, "a" * 40),
])
def test_names_a_class_might_type(name, stem):
    assert participants.participant(name).stem == stem


# -- the content files a manifest names ----------------------------------------------------


@pytest.mark.parametrize("folder", FOLDERS)
def test_the_pinned_content_is_found_inside_a_share_or_a_mapped_drive(folder):
    """init writes "content/questions.yaml" (a forward slash, the same on every system):
    on Windows it is the file inside the folder."""
    found = manifest._inside(PureWindowsPath(folder), "content/questions.yaml", "m.json", "en")
    assert found == PureWindowsPath(folder, "content", "questions.yaml")
    assert str(found) == folder + r"\content\questions.yaml"
    assert found.anchor == PureWindowsPath(folder).anchor


@pytest.mark.parametrize("folder", FOLDERS)
@pytest.mark.parametrize("name", [
    r"C:\Users\prof\questions.yaml", "C:questions.yaml", r"Z:\2B\content\questions.yaml",
    r"\\other\share\questions.yaml", r"\questions.yaml", "/etc/questions.yaml",
    r"..\questions.yaml", r"content\..\..\questions.yaml", "content/../../questions.yaml",
    "content/questions.yaml:hidden", "", None,
])
def test_a_manifest_cannot_point_outside_its_folder(folder, name):
    with pytest.raises(manifest.ManifestError, match="is not inside the folder"):
        manifest._inside(PureWindowsPath(folder), name, "m.json", "en")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab./\\:C ", max_size=14), st.sampled_from(FOLDERS))
def test_any_name_a_manifest_may_use_stays_in_the_folder(name, folder):
    try:
        found = manifest._inside(PureWindowsPath(folder), name, "m.json", "en")
    except manifest.ManifestError:
        return
    resolved = ntpath.normpath(str(found))  # what Windows makes of "a\.\b", "a//b"
    assert resolved == folder or resolved.startswith(folder + "\\"), (name, resolved)


# -- the commands printed for the students -------------------------------------------------


@pytest.mark.parametrize("folder, quiz, report", [
    (SHARE, r"rolequiz quiz --workshop \\server\share\2B",
     r"rolequiz report \\server\share\2B"),
    (MAPPED, r"rolequiz quiz --workshop Z:\2B", r"rolequiz report Z:\2B"),
    (r"\\server\Travaux élèves\Classe 2B", r'rolequiz quiz --workshop "\\server\Travaux '
     r'élèves\Classe 2B"', r'rolequiz report "\\server\Travaux élèves\Classe 2B"'),
    # a backslash before the closing quote is doubled, or it would escape the quote
    ("Z:\\Classe 2B\\", r'rolequiz quiz --workshop "Z:\Classe 2B\\"',
     r'rolequiz report "Z:\Classe 2B\\"'),
])
def test_the_commands_for_a_windows_folder_are_quoted_for_its_shells(folder, quiz, report):
    assert folder_commands(folder, windows=True) == (quiz, report)


@pytest.mark.parametrize("folder", FOLDERS)
def test_an_absolute_windows_folder_is_printed_as_typed(folder):
    """The printed folder is made absolute with abspath, which keeps the drive letter the
    counselor typed (resolve() would turn Z: into the share's \\\\server name)."""
    assert ntpath.abspath(folder) == folder


def test_a_relative_folder_is_printed_whole_and_quoted(runner, tmp_path, mini, monkeypatch):
    """A counselor in their own folder types a relative name; the students start from
    theirs: the command they are given must reach the same folder, or their results
    would go into a folder of their own."""
    monkeypatch.chdir(tmp_path)
    r = run_cli(runner, "workshop", "init", "Classe 2B", "--title", "2B",
                "--questions", mini["questions"], "--roles", mini["roles"])
    assert r.exit_code == 0, r.output
    where = str(tmp_path / "Classe 2B")
    quiz, report = folder_commands(where)
    assert f"ready in {where} " in r.output
    assert f"\n  {quiz}\n" in r.output  # whole and quoted, on a line of its own
    assert f"\n  {report}\n" in r.output
    if os.name != "posix":
        return
    elsewhere = tmp_path / "student"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    answers = elsewhere / "a.yaml"
    answers.write_text("answers:\n  q1: 5\n  q2: 1\n", encoding="utf-8")
    typed = shlex.split(quiz)[1:] + ["--answers", str(answers), "--name", "Zoé"]
    done = run_cli(runner, *typed)
    assert done.exit_code == 0, done.output
    assert len(list((tmp_path / "Classe 2B").glob("*.sealed"))) == 1  # named by its code
    assert not any(elsewhere.glob("*/*.json")) and not any(elsewhere.glob("*/*.sealed"))


def test_the_resume_hint_is_quoted(tmp_path):
    folder = tmp_path / "Classe 2B"
    session = store.WorkshopSession(folder, participants.participant("Zoé", "k7m3qp"))
    assert session.resume_hint == folder_commands(str(folder))[0] + " --resume --name k7m3qp"


# -- a live report of files copied in by Windows --------------------------------------------


def test_the_live_report_sees_a_result_named_in_capitals(tmp_path):
    """Explorer and FAT sticks may show ZOE.JSON; the report reads it, so the live view
    must notice it arriving and changing."""
    watcher = Watcher([tmp_path])
    assert watcher.changed()
    (tmp_path / "ZOE.JSON").write_text("{}", encoding="utf-8")
    assert watcher.changed()
    (tmp_path / "ZOE.JSON").write_text('{"a": 1}', encoding="utf-8")
    assert watcher.changed()
    assert not watcher.changed()
