"""A whole workshop played for real: many processes writing into one folder at once."""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
import os
import subprocess
import sys
import textwrap
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import ROOT, run_cli

from rolequiz.content.load import load_content
from rolequiz.content.results import result_to_dict
from rolequiz.engine.scoring import score
from rolequiz.group import layout, manifest, participants, reader, store


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _quiz_cmd(answers: Path, folder: Path, name: str | None) -> list[str]:
    cmd = [sys.executable, "-m", "rolequiz", "quiz", "--answers", str(answers),
           "--workshop", str(folder), "--format", "json"]
    return cmd + (["--name", name] if name is not None else [])


def _run_all(cmds: list[list[str]]) -> list[subprocess.CompletedProcess]:
    """Start every command at once, then wait for all of them."""
    procs = [subprocess.Popen(c, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env())
             for c in cmds]
    out = []
    for p, c in zip(procs, cmds, strict=True):
        stdout, stderr = p.communicate(timeout=120)
        out.append(subprocess.CompletedProcess(c, p.returncode, stdout, stderr))
    return out


def _results(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.json") if p.name != layout.MANIFEST)


@pytest.mark.slow
def test_fifty_students_with_the_same_name_at_the_same_moment(tmp_path, mini):
    folder = tmp_path / "ws"
    manifest.init(folder, "Same name", mini["questions"], mini["roles"])
    answers = tmp_path / "a.yaml"
    answers.write_text("answers: {q1: 5, q2: 1}\n", encoding="utf-8")
    done = _run_all([_quiz_cmd(answers, folder, "same-name") for _ in range(50)])
    assert [d.returncode for d in done] == [0] * 50, done[0].stderr.decode()
    files = _results(folder)
    assert len(files) == 50
    assert {f.name for f in files} == {"same-name.json"} | {
        f"same-name-{n}.json" for n in range(2, 51)}
    codes = set()
    for f in files:
        data = json.loads(f.read_text(encoding="utf-8"))  # every file whole and valid
        assert data["participant"]["name"] == "same-name"
        codes.add(data["participant"]["code"])
    assert len(codes) == 50
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]  # no temp left


def _save_at_barrier(args):
    folder, data, barrier = args
    barrier.wait()
    return str(store.save_result(folder, data, "Zoé")[0])


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="fork")
@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # fork with threads, 3.12+
def test_saves_released_at_the_same_instant_never_collide(tmp_path, mini):
    content = load_content(mini["questions"], mini["roles"])
    data = result_to_dict(score(content, {"q1": 5}), content)
    ctx = multiprocessing.get_context("fork")
    n = 40
    barrier = ctx.Manager().Barrier(n)
    with ctx.Pool(n) as pool:
        paths = pool.map(_save_at_barrier, [(tmp_path, data, barrier)] * n)
    assert len(set(paths)) == n
    assert len(_results(tmp_path)) == n
    col = reader.read_results([tmp_path])
    assert len(col.entries) == n and not col.skipped


_INTERRUPTED = textwrap.dedent("""
    import sys, time
    from rolequiz.group import layout, manifest, participants, reader, store
    # what the interactive quiz does: open a session, save after each answer
    session = store.open_session(sys.argv[1], sys.argv[2])
    session.save({"answers": {"q1": int(sys.argv[3])}})
    print(session.participant.code, flush=True)
    time.sleep(120)  # the laptop crashes here
""")


class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.rows = 0
        self.external = []

    def handle_starttag(self, tag, attrs):
        self.rows += tag == "tr"
        self.external += [v for k, v in attrs if k in ("src", "href")]


@pytest.mark.slow
def test_a_whole_workshop(runner, tmp_path, mini):
    folder = tmp_path / "classe-2b"
    r = run_cli(runner, "workshop", "init", folder, "--title", "Classe 2B — mars", "--open",
                "--questions", mini["questions"], "--roles", mini["roles"])
    assert r.exit_code == 0, r.output  # plain files (a sealed one: test_workshop_sealed.py)

    # two students start, answer one question, and their laptops crash
    crashing = [subprocess.Popen([sys.executable, "-c", _INTERRUPTED, str(folder), name, q1],
                                 stdout=subprocess.PIPE, env=_env())
                for name, q1 in (("Inès", "5"), ("Hugo", "1"))]
    codes = [p.stdout.readline().decode().strip() for p in crashing]
    for p in crashing:
        p.kill()
        p.wait()
        p.stdout.close()
    assert all(participants.is_code(c) for c in codes)

    # 28 others finish at the same time
    cmds = []
    for i in range(28):
        a = tmp_path / f"answers-{i}.yaml"
        a.write_text(f"answers: {{q1: {1 + i % 5}, q2: {5 - (i * 2) % 5}}}\n", encoding="utf-8")
        cmds.append(_quiz_cmd(a, folder, None if i % 4 == 0 else f"Élève {i}"))
    done = _run_all(cmds)
    assert [d.returncode for d in done] == [0] * 28, done[0].stderr.decode()

    # someone drops a damaged file (a copy cut off on a USB stick)
    good = _results(folder)[0].read_bytes()
    (folder / "eleve-copie.json").write_bytes(good[: len(good) // 3])

    mid = json.loads(run_cli(runner, "report", folder, "--format", "json").stdout)
    assert mid["participants"] == 28 and mid["in_progress"] == 2

    # the two crashed students come back and finish where they stopped
    content = load_content(*manifest.pinned_content_paths(folder))
    for name in ("Inès", codes[1]):  # one comes back with her name, one with his code
        session = store.open_session(folder, name, resume=True)
        answers = dict(session.state["answers"])
        answers["q2"] = 6 - answers["q1"]
        session.finish(result_to_dict(score(content, answers), content))

    r = run_cli(runner, "report", folder, "--format", "json")
    data = json.loads(r.stdout)
    assert data["participants"] == 30 and data["in_progress"] == 0
    assert [s["reason"] for s in data["skipped"]] == ["damaged"]
    labels = {p["label"] for p in data["groups"][0]["people"]}
    assert {"Inès", "Hugo"} <= labels
    assert {p["code"] for p in data["groups"][0]["people"]} >= set(codes)
    assert "eleve-copie.json" in r.stderr

    out = tmp_path / "exports"
    for fmt in ("csv", "html"):
        r = run_cli(runner, "report", folder, "--format", fmt, "--output", out / f"group.{fmt}")
        assert r.exit_code == 0, r.output

    raw = (out / "group.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the BOM
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    header, body = rows[0], rows[1:]
    assert len(body) == 30 and all(len(row) == len(header) for row in body)
    assert "Analyst" in header and "Maker" in header
    for row in body:
        for role in ("Analyst", "Maker"):
            assert 0 <= float(row[header.index(role)]) <= 100  # numbers, not text
    assert any(row[0] == "Inès" for row in body)

    page = (out / "group.html").read_text(encoding="utf-8")
    parsed = _Page()
    parsed.feed(page)
    assert parsed.external == []
    assert parsed.rows >= 30 + 2 + 2  # participants, roles, dimensions
    assert "Classe 2B — mars" in page and "Inès" in page
