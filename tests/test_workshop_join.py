"""Joining a workshop: a folder that `workshop init` did not prepare is refused by the quiz
and the report, with the workshops it was probably meant to be; `workshop init` says what
students type; every message in the language asked for."""

from __future__ import annotations

import os
import shlex
import stat
from pathlib import Path

import pytest
from conftest import run_cli

from rolequiz.base.errors import SaveError
from rolequiz.group import manifest

NBSP = "\u00a0"


@pytest.fixture
def share(tmp_path, mini):
    """A shared folder holding two workshops: 2B ("Classe 2B") and "2C mars"."""
    root = tmp_path / "share"
    manifest.init(root / "2B", "Classe 2B", mini["questions"], mini["roles"])
    manifest.init(root / "2C mars", "Classe 2C", mini["questions"], mini["roles"])
    if (root / "2b").exists():
        pytest.skip("a file system that ignores case: 2b is 2B")
    return root


@pytest.fixture
def answers(tmp_path):
    p = tmp_path / "a.yaml"
    p.write_text("answers:\n  q1: 5\n  q2: 1\n", encoding="utf-8")
    return p


def listing(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


# -- the quiz ------------------------------------------------------------------------------


def test_a_mistyped_case_is_refused_with_the_workshop_it_meant(runner, share, answers):
    before = listing(share)
    r = run_cli(runner, "quiz", "--answers", answers, "--workshop", share / "2b", "--name",
                "Yanis")
    assert r.exit_code == 2, r.output
    assert r.stderr == (f"rolequiz: no workshop at {share / '2b'} — did you mean "
                        f"{share / '2B'} (Classe 2B)?\n")
    assert "Traceback" not in r.output
    assert listing(share) == before  # nothing created: no 2b, no result anywhere


def test_the_interactive_quiz_checks_the_folder_before_any_question(share, monkeypatch):
    """In a terminal the check comes before the first question: the quiz is never run."""
    from rolequiz.cli import interactive, take
    from rolequiz.cli.join import workshop_content

    with pytest.raises(manifest.NoWorkshop) as caught:
        workshop_content(share / "2b", "Yanis", None, None, "en")
    assert str(caught.value).endswith(f"did you mean {share / '2B'} (Classe 2B)?")

    asked = []
    monkeypatch.setattr(interactive, "check_terminal", lambda lang: None)
    monkeypatch.setattr(interactive, "run", lambda *a, **k: asked.append(1))
    with pytest.raises(manifest.NoWorkshop):
        take.take_quiz(workshop=share / "2b", name="Yanis")
    assert asked == []
    assert not (share / "2b").exists()


def test_a_folder_with_a_space_is_suggested_quoted(runner, share, answers):
    r = run_cli(runner, "quiz", "--answers", answers, "--workshop", share / "2c-mars")
    assert r.exit_code == 2
    assert f"did you mean {shlex.quote(str(share / '2C mars'))} (Classe 2C)?" in r.stderr


@pytest.mark.parametrize("typed, meant", [
    ("2b", "2B"),  # case
    ("Classe-2B", "2B"),  # the title, typed as the folder's name
    ("2V", "2B"),  # one letter off
    ("2C", "2C mars"),  # the start of the name
])
def test_nearby_names(share, typed, meant):
    found = manifest.suggestions(share / typed)
    assert found and found[0].folder == share / meant, found


def test_a_case_match_comes_alone(share, mini):
    manifest.init(share / "2b-bis", "Autre", mini["questions"], mini["roles"])
    assert [s.folder.name for s in manifest.suggestions(share / "2b")] == ["2B"]


def test_no_suggestion_says_why_and_what_to_do(runner, tmp_path, answers):
    r = run_cli(runner, "quiz", "--answers", answers, "--workshop", tmp_path / "nowhere")
    assert r.exit_code == 2
    assert r.stderr == (f"rolequiz: no workshop at {tmp_path / 'nowhere'} (the folder does "
                        "not exist): check the folder’s name with the person who runs the "
                        "workshop\n")
    assert not (tmp_path / "nowhere").exists()
    (tmp_path / "plain").mkdir()
    r = run_cli(runner, "quiz", "--answers", answers, "--workshop", tmp_path / "plain")
    assert r.exit_code == 2 and "(no workshop.json in it)" in r.stderr
    assert list((tmp_path / "plain").iterdir()) == []


def test_the_parent_folder_suggests_the_workshops_inside(runner, share):
    r = run_cli(runner, "report", share)
    assert r.exit_code == 2
    assert r.stderr == (f"rolequiz: no workshop at {share} — did you mean {share / '2B'} "
                        f"(Classe 2B) or {shlex.quote(str(share / '2C mars'))} (Classe 2C)?\n")


@pytest.mark.skipif(os.name != "posix", reason="pipes and symbolic links")
def test_pipes_devices_and_link_loops_beside_it_are_never_opened(share, monkeypatch):
    os.mkfifo(share / "a-pipe")
    (share / "2B-pipe").mkdir()
    os.mkfifo(share / "2B-pipe" / "workshop.json")  # reading it would wait forever
    (share / "2B-loop").symlink_to("2B-loop")
    (share / "2B-up").symlink_to(".")  # a link back up: never walked into further
    opened = []
    real = os.open

    def spy(path, *args, **kwargs):
        opened.append(str(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", spy)
    found = manifest.suggestions(share / "2b")
    assert [s.folder.name for s in found] == ["2B"]
    names = {Path(p).relative_to(share).parts[0] for p in opened if Path(p).is_relative_to(share)}
    assert names == {"2B", "2C mars"}  # the workshops' manifests, nothing else


@pytest.mark.skipif(os.name != "posix", reason="pipes")
def test_a_manifest_that_is_a_pipe_is_refused_not_waited_for(runner, tmp_path, answers):
    folder = tmp_path / "ws"
    folder.mkdir()
    os.mkfifo(folder / "workshop.json")
    r = run_cli(runner, "quiz", "--answers", answers, "--workshop", folder)
    assert r.exit_code == 2
    assert f"{folder / 'workshop.json'} is not a regular file" in r.stderr


def test_looking_around_is_bounded(share, monkeypatch):
    for i in range(250):
        (share / f"folder-{i:03d}").mkdir()
    calls = []
    real = manifest.read_manifest

    def counting(folder, *args, **kwargs):
        calls.append(folder)
        return real(folder, *args, **kwargs)

    monkeypatch.setattr(manifest, "read_manifest", counting)
    manifest.suggestions(share / "2b")
    assert 0 < len(calls) <= manifest.MAX_ENTRIES


def test_a_folder_gone_during_the_quiz_is_not_made_again(share, mini):
    from rolequiz.cli.join import save_to_workshop
    from rolequiz.content.load import load_content
    from rolequiz.engine.scoring import score

    content = load_content(mini["questions"], mini["roles"])
    result = score(content, {"q1": 5}, "en")
    gone = share / "gone"
    with pytest.raises(SaveError) as caught:
        save_to_workshop(gone, "Zoé", content, result, "en")
    assert str(caught.value).startswith(f"the workshop folder {gone} is no longer there")
    assert not gone.exists()


# -- the report ----------------------------------------------------------------------------


def test_the_report_refuses_a_folder_that_is_not_a_workshop(runner, share, tmp_path):
    r = run_cli(runner, "report", share / "2b")
    assert r.exit_code == 2
    assert r.stderr == (f"rolequiz: no workshop at {share / '2b'} — did you mean "
                        f"{share / '2B'} (Classe 2B)?\n")
    assert r.stdout == ""
    empty = tmp_path / "empty"
    empty.mkdir()
    for extra in ([], ["--watch"], ["--format", "csv"]):
        r = run_cli(runner, "report", empty, *extra)
        assert r.exit_code == 2, extra
        assert r.stderr == (f"rolequiz: no workshop at {empty} (no workshop.json in it): "
                            f"check its name, or prepare it with: rolequiz workshop init "
                            f"{empty} --title TITLE\n")
    r = run_cli(runner, "report", empty, "--lang", "fr")
    assert r.stderr.endswith(f"rolequiz workshop init {empty} --title TITRE\n"), r.stderr
    assert list(empty.iterdir()) == []


def test_a_folder_of_results_without_a_manifest_is_still_reported(runner, share, answers,
                                                                   tmp_path):
    """Results saved by an older rolequiz into a folder it made for a mistyped name: the
    counselor can read them alongside the workshop."""
    r = run_cli(runner, "quiz", "--answers", answers, "--workshop", share / "2B", "--name",
                "Zoé", "--format", "json", "--save", tmp_path / "old" / "yanis.json")
    assert r.exit_code == 0, r.output
    r = run_cli(runner, "report", share / "2B", tmp_path / "old")
    assert r.exit_code == 0, r.output
    assert "Participants: 2" in r.stdout


# -- workshop init -------------------------------------------------------------------------


def test_init_prints_the_command_students_type(runner, tmp_path, mini, monkeypatch):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    folder = tmp_path / "share" / "Classe 2B"
    r = run_cli(runner, "workshop", "init", folder, "--title", "Classe 2B",
                "--questions", mini["questions"], "--roles", mini["roles"])
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    typed = lines[lines.index(
        "Students type (adding --name followed by their name or a pseudonym, if they wish):") + 1]
    assert shlex.split(typed) == ["rolequiz", "quiz", "--workshop", str(folder)]
    assert "Short version" not in r.stdout  # not under the current folder: no short form
    report = lines[lines.index("Group report:") + 1]
    assert shlex.split(report) == ["rolequiz", "report", str(folder)]


def test_init_gives_a_short_form_from_the_current_folder(runner, tmp_path, mini,
                                                         monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = run_cli(runner, "workshop", "init", tmp_path / "share" / "Classe 2B", "--title", "2B",
                "--questions", mini["questions"], "--roles", mini["roles"])
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    i = lines.index(f"Short version to write on the board (from {tmp_path}):")
    assert lines[i + 1] == "  rolequiz quiz --workshop 'share/Classe 2B'"
    # what the board says works from there
    answers = tmp_path / "a.yaml"
    answers.write_text("answers:\n  q1: 5\n", encoding="utf-8")
    r = run_cli(runner, *shlex.split(lines[i + 1])[1:], "--answers", answers)
    assert r.exit_code == 0, r.output


# -- in French -----------------------------------------------------------------------------


def test_messages_in_french(runner, share, answers, tmp_path, mini):
    r = run_cli(runner, "quiz", "--answers", answers, "--workshop", share / "2b",
                "--lang", "fr")
    assert r.exit_code == 2
    assert r.stderr == (f"rolequiz: aucun atelier dans {share / '2b'} — voulais-tu dire "
                        f"{share / '2B'} (Classe 2B){NBSP}?\n")
    r = run_cli(runner, "report", share / "2b", "--lang", "fr")
    assert r.exit_code == 2 and f"vouliez-vous dire {share / '2B'} (Classe 2B){NBSP}?" in r.stderr
    r = run_cli(runner, "report", tmp_path / "nowhere", "--lang", "fr")
    assert r.exit_code == 2
    assert f"(ce dossier n’existe pas){NBSP}: vérifiez son nom" in r.stderr

    roles = share / "2B" / "content" / "roles.yaml"
    roles.write_bytes(roles.read_bytes() + b"\n# edited\n")
    r = run_cli(runner, "quiz", "--answers", answers, "--workshop", share / "2B",
                "--lang", "fr")
    assert r.exit_code == 2
    assert r.stderr == (f"rolequiz: {roles} a été modifié après la préparation de "
                        f"l’atelier{NBSP}; il faut le restaurer, ou préparer un nouveau "
                        f"dossier avec{NBSP}: rolequiz workshop init\n")

    other = tmp_path / "q.yaml"
    other.write_bytes(mini["questions"].read_bytes() + b"# autre\n")
    r = run_cli(runner, "quiz", "--answers", answers, "--workshop", share / "2C mars",
                "--questions", other, "--lang", "fr")
    assert r.exit_code == 2
    assert (f"n’est pas le fichier de questions de l’atelier «{NBSP}Classe 2C{NBSP}»"
            in r.stderr)
    assert f"{NBSP}; retire --questions" in r.stderr

    (share / "broken").mkdir()
    (share / "broken" / "workshop.json").write_text("{", encoding="utf-8")
    r = run_cli(runner, "quiz", "--answers", answers, "--workshop", share / "broken",
                "--lang", "fr")
    assert r.exit_code == 2 and f"ce n’est pas du JSON valide (abîmé{NBSP}?)" in r.stderr

    r = run_cli(runner, "workshop", "init", share / "2B", "--title", "X", "--lang", "fr")
    assert r.exit_code == 2 and "est déjà un dossier d’atelier" in r.stderr
    r = run_cli(runner, "workshop", "init", tmp_path / "3A", "--title", "3A", "--lang", "fr",
                "--questions", mini["questions"], "--roles", mini["roles"])
    assert r.exit_code == 0
    assert r.stdout.startswith(f"L’atelier «{NBSP}3A{NBSP}» est prêt dans {tmp_path / '3A'}")
    assert f"Les élèves tapent (--name suivi d’un nom ou d’un pseudonyme est " \
           f"facultatif){NBSP}:" in r.stdout
    assert f"Bilan du groupe{NBSP}:" in r.stdout


def test_french_punctuation_of_the_new_messages():
    """A no-break space before « : ; ? ! » and inside « », never a plain one."""
    from rolequiz.i18n import en, fr

    items = list(fr.MESSAGES.items())
    start = list(fr.MESSAGES).index("workshop.students_type")  # the block of these messages
    end = next(i for i in range(start, len(items))
               if not items[i][0].startswith(("workshop.", "report.", "seal.", "close.",
                                              "progress.")))
    checked = items[start:end]
    assert len(checked) >= 30
    for key, text in checked:
        assert key in en.MESSAGES
        for bad in (" :", " ;", " ?", " !", "« ", " »"):
            assert bad not in text, (key, bad)
    assert stat.S_ISREG(os.stat(fr.__file__).st_mode)
