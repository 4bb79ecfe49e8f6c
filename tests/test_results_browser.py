"""The results as a student sees them in a terminal: the real program in a pseudo-terminal,
its output fed to a terminal emulator (pyte), and only the visible screen checked, never the
scrollback. A result that has scrolled away was not shown."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")
pyte = pytest.importorskip("pyte")

sys.path.insert(0, str(Path(__file__).parent))
from quizcontent import write_content  # noqa: E402
from terminal import spawn  # noqa: E402

from rolequiz.content.load import load_content  # noqa: E402
from rolequiz.group import manifest  # noqa: E402

pytestmark = pytest.mark.skipif(os.name != "posix", reason="pseudo-terminals are POSIX")


class Visible:
    """What a terminal of `cols` x `rows` shows of everything written to it."""

    def __init__(self, cols: int, rows: int):
        self.screen = pyte.Screen(cols, rows)
        self.stream = pyte.Stream(self.screen)

    def write(self, text: str) -> None:
        self.stream.feed(text)

    def flush(self) -> None:
        pass

    def text(self) -> str:
        return "\n".join(line.rstrip() for line in self.screen.display)

    def flat(self) -> str:
        """The screen as one line: words a narrow screen wrapped come together again."""
        return " ".join(self.text().split())


def env_for(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    for var in ("ROLEQUIZ_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG",
                "ROLEQUIZ_LINE_MODE", "COLUMNS", "LINES"):
        env.pop(var, None)
    env.update(NO_COLOR="1", TERM="xterm", ROLEQUIZ_STATE_DIR=str(tmp_path / "state"),
               PYTHONIOENCODING="utf-8")
    env.update(extra)
    return env


def start(args: list[str], tmp_path: Path, cols: int, rows: int, **env: str):
    child = spawn(sys.executable, ["-m", "rolequiz", *args], env=env_for(tmp_path, **env),
                  dimensions=(rows, cols), cwd=str(tmp_path))
    seen = Visible(cols, rows)
    child.logfile_read = seen
    return child, seen


def answer_all(child, values: dict[str, int], content, lang: str = "en") -> None:
    """Answer every question shown with the value given for its text, until the results."""
    texts = {" ".join(q.text.get(lang).split()): values[q.id]
             for q in content.questions.questions}
    keys = r"\? (help|aide)"  # the end of a question's screen
    child.expect("(Enter|Entrée)")
    child.send("\r")
    while True:
        i = child.expect([keys, r"(see your results|voir tes résultats)"])
        if i == 1:
            child.send("\r")
            return
        screen = " ".join(child.before.split())
        value = next(v for text, v in sorted(texts.items(), key=lambda kv: -len(kv[0]))
                     if text in screen)
        child.send(str(value))


def key_line(child) -> None:
    """Wait until a whole browser screen is drawn: its key line comes last."""
    child.expect(r"q (quit|quitter)")


def likes(content, liked: set[str], disliked: set[str] = frozenset()) -> dict[str, int]:
    """A student who likes the activities of some interests, dislikes others, and is
    unsure about the rest: described by interests, not by a role's profile."""
    out = {}
    for q in content.questions.questions:
        dim = next(iter(q.weights))
        out[q.id] = 5 if dim in liked else 1 if dim in disliked else 3
    return out


@pytest.fixture(scope="module")
def builtin():
    return load_content()


@pytest.mark.parametrize("cols, rows", [(80, 24), (40, 20)])
def test_the_verdict_the_top_3_and_the_code_are_on_the_visible_screen(tmp_path, builtin,
                                                                      cols, rows):
    folder = tmp_path / "2B"
    manifest.init(folder, "Classe 2B")
    child, seen = start(["quiz", "--workshop", str(folder), "--name", "Zoé"], tmp_path,
                        cols, rows)
    answer_all(child, likes(builtin, {"data", "communication"}, {"hardware", "infra"}),
               builtin)
    key_line(child)
    saved = json.loads((folder / "zoe.json").read_text(encoding="utf-8"))
    screen = seen.flat()
    first = saved["matches"][0]["name"]
    assert "Closest match: " + first in screen, seen.text()
    for m in saved["matches"][:3]:
        assert f"{m['rank']}. {m['name']}" in screen, seen.text()
    assert "Your code: " + saved["participant"]["code"] in screen, seen.text()
    assert any(r["text"] in screen for r in saved["matches"][0]["reasons"]) or rows < 24
    child.send("q")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    # after q the summary stays on the screen, with how to see it again
    after = seen.flat()
    assert "Closest match: " + first in after and "Show it again:" in after
    # shown again later, from the student's own copy: with the code
    child, seen = start(["results"], tmp_path, cols, rows)
    key_line(child)
    assert "Your code: " + saved["participant"]["code"] in seen.flat(), seen.text()
    child.send("q")
    child.expect(pexpect.EOF)


def test_keys_open_a_card_the_interests_the_comparison_then_save_and_quit(tmp_path, builtin):
    child, seen = start(["quiz"], tmp_path, 80, 24)
    answer_all(child, likes(builtin, {"hardware", "software"}, {"communication"}), builtin)
    key_line(child)
    last = json.loads((tmp_path / "state" / "last-result.json").read_text("utf-8"))
    names = [m["name"] for m in last["matches"]]

    child.send("2")  # the card of the second role
    key_line(child)
    assert seen.text().splitlines()[0].startswith(f"2. {names[1]}: "), seen.text()
    child.send("i")
    key_line(child)
    assert seen.text().startswith("Your interests (50 = neutral)"), seen.text()
    child.send("c")
    key_line(child)
    assert seen.text().startswith("Your top 3 compared"), seen.text()
    assert re.search(r"lines 1–\d+ of \d+", seen.text())  # taller than the screen: it scrolls
    top_line = seen.text().splitlines()[0]
    child.send(" ")
    key_line(child)
    assert seen.text().splitlines()[0] != top_line
    assert re.search(r"lines (\d+)–\d+ of \d+", seen.text()).group(1) != "1"
    child.send("r")
    key_line(child)
    assert seen.text().startswith("Roles, closest match first")
    assert all(name in seen.flat() for name in names)  # all nine fit an 80x24 screen
    child.send("\r")  # back to the first screen
    key_line(child)
    assert "Closest match" in seen.flat()

    child.send("s")
    key_line(child)
    saved = tmp_path / "my-result.json"
    assert "Saved to my-result.json." in seen.flat()
    assert json.loads(saved.read_text("utf-8"))["matches"] == last["matches"]
    assert "s save" not in seen.flat()  # saved: no second offer
    child.send("q")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    # the command it suggests works, as printed
    printed = seen.text().split("Show it again:")[1]
    command = shlex.split(printed.replace("\\\n", " "))
    assert command == ["rolequiz", "results", "my-result.json"]
    again = subprocess.run([sys.executable, "-m", "rolequiz", *command[1:]], cwd=tmp_path,
                           capture_output=True, text=True, env=env_for(tmp_path), timeout=60)
    assert again.returncode == 0, again.stderr
    assert f"Closest match: {names[0]}" in again.stdout


def test_a_resized_terminal_is_drawn_again(tmp_path, builtin):
    child, seen = start(["quiz"], tmp_path, 40, 20)
    answer_all(child, likes(builtin, {"data", "stats"}), builtin)
    key_line(child)
    assert max(len(line) for line in seen.text().splitlines()) <= 40
    seen.screen.resize(30, 100)
    child.setwinsize(30, 100)
    key_line(child)
    text = seen.text()
    assert "Closest match" in text
    assert max(len(line) for line in text.splitlines()) > 40  # laid out for 100 columns
    child.send("q")
    child.expect(pexpect.EOF)


def test_results_after_a_french_adaptive_quiz_is_french_with_the_adaptive_note(tmp_path,
                                                                               builtin):
    child, seen = start(["quiz", "--adaptive", "--lang", "fr"], tmp_path, 80, 24)
    values = likes(builtin, {"ai", "research"}, {"organise"})
    texts = {" ".join(q.text.get("fr").split()): values[q.id]
             for q in builtin.questions.questions}
    child.expect("Entrée")
    child.send("\r")
    while True:
        i = child.expect([r"\? aide", r"Entrée\s*:\s*voir tes résultats"])
        if i == 1:
            child.send("\r")
            break
        screen = " ".join(child.before.split())
        child.send(str(next(v for t, v in sorted(texts.items(), key=lambda kv: -len(kv[0]))
                            if t in screen)))
    key_line(child)
    assert "Quiz adaptatif" in seen.flat()
    child.send("q")
    child.expect(pexpect.EOF)
    # later, `rolequiz results` with an English locale: the language it was taken in
    again = subprocess.run([sys.executable, "-m", "rolequiz", "results"], capture_output=True,
                           text=True, env=env_for(tmp_path, LANG="en_GB.UTF-8"), timeout=60)
    assert again.returncode == 0, again.stderr
    assert "Tes résultats" in again.stdout and "Quiz adaptatif" in again.stdout
    assert "Tu n’as répondu qu’à" not in again.stdout  # not the "few answers" note
    english = subprocess.run([sys.executable, "-m", "rolequiz", "results", "--lang", "en"],
                             capture_output=True, text=True, env=env_for(tmp_path), timeout=60)
    assert "Your results" in english.stdout and "Adaptive quiz" in english.stdout


def test_line_mode_prints_each_view_whole_and_asks_for_the_next(tmp_path):
    files = write_content(tmp_path / "content")
    child, seen = start(["quiz", "--line-mode", "--questions", str(files["questions"]),
                         "--roles", str(files["roles"])], tmp_path, 80, 24)
    child.expect("then press Enter")
    child.sendline("")
    for value in "515151":
        child.expect(r"\? help")
        child.sendline(value)
    child.expect("> ")
    child.sendline("")
    child.expect("then Enter:")
    assert "Closest match" in child.before
    child.sendline("i")
    child.expect("then Enter:")
    assert "Your interests (50 = neutral)" in child.before
    child.sendline("q")
    child.expect("Show it again:")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


@pytest.mark.parametrize("sent, name", [
    (b"\x1b[A", "up"), (b"\x1bOB", "down"), (b"\x1b[5~", "pgup"), (b"\x1b[6~", "pgdn"),
    (b"\x1b[H", "home"), (b"\x1b[4~", "end"), (b"\x1b[D", "left"), (b"\x1b", "esc"),
    (b"\x1b[Z", ""), (b" ", "space"), (b"\r", "enter"), (b"\x7f", "b"),
])
def test_the_keys_that_move_through_a_view_have_names(sent, name):
    from rolequiz.quiz.keys import PosixKeyReader

    master, slave = os.openpty()
    try:
        with PosixKeyReader(slave) as reader:
            os.write(master, sent)
            assert reader.read() == name
            os.write(master, b"q")
            assert reader.read() == "q"  # nothing of the sequence is left behind
    finally:
        os.close(master)
        os.close(slave)


def test_scores_in_doubt_say_so_on_every_screen_not_only_the_first(tmp_path, builtin):
    answers = tmp_path / "shrug.yaml"
    given = likes(builtin, set())  # "neither like nor dislike" to everything
    given.update(dict.fromkeys(list(given)[:5], 4))  # and a few mild likes
    answers.write_text("answers:\n" + "".join(f"  {q}: {v}\n" for q, v in given.items()),
                       encoding="utf-8")
    saved = subprocess.run([sys.executable, "-m", "rolequiz", "quiz", "--answers", str(answers),
                            "--save", "r.json"], cwd=tmp_path, env=env_for(tmp_path),
                           capture_output=True, text=True, timeout=60)
    assert saved.returncode == 0, saved.stderr
    assert json.loads((tmp_path / "r.json").read_text("utf-8"))["clear"] is False
    child, seen = start(["results", "r.json"], tmp_path, 80, 24)
    key_line(child)
    for key, heading in (("1", "1. "), ("r", "Roles, closest match first"),
                         ("c", "Your top 3 compared")):
        child.send(key)
        key_line(child)
        lines = seen.text().splitlines()
        assert lines[0].lstrip().startswith("! Read these scores with care ("), seen.text()
        assert lines[0].endswith("): see the first screen.")
        assert any(line.startswith(heading) for line in lines[1:4]), seen.text()
        child.send("\x1b")  # back to the first screen
        key_line(child)
    child.send("i")  # the interests are no ranking: nothing to doubt there
    key_line(child)
    assert seen.text().startswith("Your interests (50 = neutral)")
    child.send("q")
    child.expect(pexpect.EOF)


@pytest.mark.parametrize("lang, title", [
    ("fr", "Quel métier de la data, de l’IA ou de"),
    ("en", "Which data, AI or engineering job suits"),
])
@pytest.mark.parametrize("adaptive", [False, True])
def test_the_welcome_keeps_its_title_on_a_small_screen(tmp_path, lang, title, adaptive):
    child, seen = start(["quiz", "--lang", lang, *(["--adaptive"] if adaptive else [])],
                        tmp_path, 40, 20)
    child.expect("(affiche les touches|shows the keys)")  # the welcome's last line
    lines = seen.text().splitlines()
    assert lines[0] == title, seen.text()  # nothing scrolled off the top
    assert any(line.startswith(("Appuie sur Entrée", "Press Enter")) for line in lines)
    assert "? affiche les touches." in lines or "? shows the keys." in lines
    child.send("?")  # the keys the welcome had no room for
    child.expect("(revenir|go back)")
    assert seen.text().startswith(("Touches", "Keys")), seen.text()
    assert "q " in seen.text() and "?" in seen.text()
    child.send(" ")
    child.expect("(affiche les touches|shows the keys)")  # the welcome again, its last line
    assert seen.text().splitlines()[0] == title
    child.send("q")
    child.expect(pexpect.EOF)
