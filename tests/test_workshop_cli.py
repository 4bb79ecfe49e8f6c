"""`rolequiz workshop init`, `rolequiz quiz --workshop`, `rolequiz report`: what a
counselor and the students type, and what they see."""

from __future__ import annotations

import csv
import io
import json

import pytest
from conftest import run_cli

from rolequiz.cli.live import watch_loop


@pytest.fixture
def ws(runner, tmp_path, mini):
    """An open workshop: plain files named after the students (sealed ones:
    test_workshop_sealed.py)."""
    folder = tmp_path / "ws"
    r = run_cli(runner, "workshop", "init", folder, "--title", "Classe 2B", "--open",
                "--questions", mini["questions"], "--roles", mini["roles"])
    assert r.exit_code == 0, r.output
    return folder


def answers_file(tmp_path, q1: int, q2: int, name="a.yaml"):
    p = tmp_path / name
    p.write_text(f"answers:\n  q1: {q1}\n  q2: {q2}\n", encoding="utf-8")
    return p


def test_init_says_what_to_run_next(runner, tmp_path, mini):
    r = run_cli(runner, "workshop", "init", tmp_path / "g", "--title", "Group A",
                "--questions", mini["questions"], "--roles", mini["roles"])
    assert r.exit_code == 0, r.output
    assert "Workshop “Group A” is ready in" in r.output
    assert "rolequiz quiz --workshop" in r.output and "rolequiz report" in r.output
    again = run_cli(runner, "workshop", "init", tmp_path / "g", "--title", "B")
    assert again.exit_code == 2
    assert "already a workshop folder" in again.output


def test_quiz_saves_into_the_workshop_with_pinned_content(runner, ws, tmp_path):
    # no --questions/--roles: the folder's own copy of the (mini) content is used
    r = run_cli(runner, "quiz", "--answers", answers_file(tmp_path, 5, 1), "--workshop", ws,
                "--name", "Zoé", "--format", "json")
    assert r.exit_code == 0, r.output
    assert "Your result is saved in" in r.stderr and "zoe.json" in r.stderr
    result = json.loads(r.stdout)  # stdout is still the result contract, nothing else
    assert result["matches"][0]["role"] == "analyst"
    saved = json.loads((ws / "zoe.json").read_text(encoding="utf-8"))
    assert saved["participant"]["name"] == "Zoé"
    assert saved["participant"]["code"] in r.stderr
    assert saved["workshop"]["title"] == "Classe 2B"
    assert saved["content"] == result["content"]


def test_quiz_without_a_name_shows_the_code(runner, ws, tmp_path):
    r = run_cli(runner, "quiz", "--answers", answers_file(tmp_path, 5, 1), "--workshop", ws)
    assert r.exit_code == 0, r.output
    [saved] = [p for p in ws.glob("*.json") if p.name != "workshop.json"]
    code = json.loads(saved.read_text(encoding="utf-8"))["participant"]["code"]
    assert saved.name == f"{code}.json"
    assert f"Your code: {code}" in r.stderr


def test_quiz_in_french(runner, ws, tmp_path):
    r = run_cli(runner, "quiz", "--answers", answers_file(tmp_path, 5, 1), "--workshop", ws,
                "--lang", "fr")
    assert r.exit_code == 0, r.output
    assert "Ton résultat est enregistré dans" in r.stderr and "Ton code\u00a0:" in r.stderr


def test_quiz_refuses_other_content_and_a_lone_name(runner, ws, tmp_path, mini):
    other = tmp_path / "q.yaml"
    other.write_bytes(mini["questions"].read_bytes() + b"# another version\n")
    r = run_cli(runner, "quiz", "--answers", answers_file(tmp_path, 5, 1), "--workshop", ws,
                "--questions", other)
    assert r.exit_code == 2
    assert "is not the questions file of the workshop" in r.stderr
    assert not list(ws.glob("*-*.json")) and len(list(ws.glob("*.json"))) == 1
    r = run_cli(runner, "quiz", "--answers", answers_file(tmp_path, 5, 1), "--name", "Zoé")
    assert r.exit_code == 2 and "--name is for a workshop" in r.stderr


def test_a_name_is_never_a_way_out_of_the_folder(runner, ws, tmp_path):
    r = run_cli(runner, "quiz", "--answers", answers_file(tmp_path, 5, 1), "--workshop", ws,
                "--name", "../../evil")
    assert r.exit_code == 0, r.output
    assert (ws / "evil.json").exists()
    assert not (tmp_path / "evil.json").exists()


def test_saving_into_a_read_only_folder_fails_cleanly(runner, ws, tmp_path, monkeypatch):
    import os

    real_open = os.open

    def denied(path, flags, *args, **kw):
        if flags & os.O_EXCL:
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args, **kw)

    monkeypatch.setattr(os, "open", denied)
    r = run_cli(runner, "quiz", "--answers", answers_file(tmp_path, 5, 1), "--workshop", ws)
    assert r.exit_code == 1
    assert "could not save the result in" in r.stderr and "Permission denied" in r.stderr
    assert "Traceback" not in r.output


def fill(runner, ws, tmp_path):
    for i, (name, q1, q2) in enumerate([("Zoé", 5, 1), ("Tom", 4, 2), ("Anaëlle", 1, 5)]):
        r = run_cli(runner, "quiz", "--answers", answers_file(tmp_path, q1, q2, f"{i}.yaml"),
                    "--workshop", ws, "--name", name)
        assert r.exit_code == 0, r.output
    (ws / "corrupt.json").write_text('{"schema": "rolequiz.result/1", "mat', encoding="utf-8")


def test_report_table(runner, ws, tmp_path):
    fill(runner, ws, tmp_path)
    r = run_cli(runner, "report", ws)
    assert r.exit_code == 0, r.output
    out = r.stdout
    assert out.startswith("Classe 2B\nWorkshop prepared on ")  # its date, the results' age
    assert "\nParticipants: 3\n" in out
    for text in ("Top matches", "Average interests", "Roles that were nobody’s top match: none",
                 "Zoé", "Anaëlle", "Analyst 100.0", "Files skipped: 1",
                 "corrupt.json: damaged or cut off"):
        assert text in out, text


def test_report_exports(runner, ws, tmp_path):
    fill(runner, ws, tmp_path)
    out = tmp_path / "out"
    for fmt in ("json", "csv", "markdown", "html", "table"):
        r = run_cli(runner, "report", ws, "--format", fmt, "--output", out / f"r.{fmt}")
        assert r.exit_code == 0, r.output
        assert "Report written to" in r.stderr
    data = json.loads((out / "r.json").read_text(encoding="utf-8"))
    assert data["participants"] == 3 and data["skipped"][0]["reason"] == "damaged"
    raw = (out / "r.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert len(rows) == 4 and {r[0] for r in rows[1:]} == {"Zoé", "Tom", "Anaëlle"}
    assert (out / "r.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "Participants: 3" in (out / "r.table").read_text(encoding="utf-8")
    assert "# Classe 2B" in (out / "r.markdown").read_text(encoding="utf-8")
    # to stdout, the export alone; skipped files are named on stderr
    r = run_cli(runner, "report", ws, "--format", "csv")
    assert r.stdout.startswith("\ufeff") and "corrupt.json" in r.stderr
    r = run_cli(runner, "report", ws, "--format", "csv", "--anonymize")
    assert "Zoé" not in r.stdout and "corrupt" not in r.stderr and "1 file skipped" in r.stderr


def test_report_errors(runner, tmp_path, ws):
    r = run_cli(runner, "report", tmp_path / "missing.json")
    assert r.exit_code == 2 and "no such file or folder" in r.stderr
    r = run_cli(runner, "report", ws, "--watch", "--format", "csv")
    assert r.exit_code == 2 and "--watch shows a live table" in r.stderr
    r = run_cli(runner, "report", ws, "--format", "pdf")
    assert r.exit_code == 2
    (ws / "workshop.json").write_text("{", encoding="utf-8")
    r = run_cli(runner, "report", ws)
    assert r.exit_code == 0 and "workshop.json: not valid JSON" in r.stdout


def test_report_help_lists_formats(runner):
    r = run_cli(runner, "report", "--help")
    assert r.exit_code == 0
    for word in ("--format", "--output", "--anonymize", "--watch", "html"):
        assert word in r.output


# -- --watch: the refresh logic, without waiting ------------------------------------------------


def test_watch_refreshes_only_when_something_changed():
    changes = iter([True, False, False, True, False])
    shown, slept = [], []
    n = watch_loop(lambda: next(changes), lambda: shown.append(1), sleep=slept.append,
                   interval=1.0, polls=5)
    assert n == 2 and len(shown) == 2 and slept == [1.0] * 5


def test_watch_stops_quietly_on_ctrl_c():
    def sleep(_):
        raise KeyboardInterrupt

    assert watch_loop(lambda: True, lambda: None, sleep=sleep) == 1


def test_watch_command_exits_0_on_ctrl_c(runner, ws, tmp_path, monkeypatch):
    fill(runner, ws, tmp_path)
    import rolequiz.cli.live as live

    def one_poll(changed, show, **kw):
        return watch_loop(changed, show, sleep=lambda _: (_ for _ in ()).throw(
            KeyboardInterrupt), **kw)

    monkeypatch.setattr(live, "watch_loop", one_poll)
    r = run_cli(runner, "report", ws, "--watch", "--anonymize")
    assert r.exit_code == 0, r.output
    assert "Participants: 3" in r.stdout and "Ctrl-C to stop" in r.stdout
    assert "Zoé" not in r.stdout
