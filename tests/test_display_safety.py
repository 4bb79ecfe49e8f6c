"""Text from files reaches the terminal literally (RELIABILITY.md 9-11, 19-20): no markup,
no emoji codes, no escape sequences, no bidi tricks, no traceback locals."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from dataclasses import replace
from types import MappingProxyType

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console

from rolequiz.base.textsafe import clean
from rolequiz.content.models import Content, Text
from rolequiz.engine.scoring import ideal_answers, score
from rolequiz.views.terminal.results import result_view

NASTY = ["[bold red]Zoé", "[/]", "[link=http://evil]x[/link]", "C [x] D", "trailing\\",
         ":smile:", "\x1b[2J", "\x1b]0;title\x07", "\x1b]8;;http://evil\x1b\\x", "\x9b31m",
         "\u202eevil", "a\rb", "tab\there"]
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
alphabet = st.sampled_from(list("[]/=\\:ab é") + ["\x1b", "\x9b", "\u202e", "\x07", "\n", "\r",
                                                   "\t", "\x00", ":smile:", "[/]", "[b]"])
nasty_text = st.lists(alphabet, min_size=1, max_size=30).map("".join)


def _render(content: Content, role_name: str, width: int = 80) -> str:
    """The results of a student who answers as the first role's profile, renamed: that role
    is the closest match, so its name is in the headline, the chart, the reasons and the
    side-by-side view."""
    role = content.roles.roles[0]
    named = replace(role, name=Text(MappingProxyType({"en": role_name})))
    roles = replace(content.roles, roles=(named, *content.roles.roles[1:]))
    c2 = Content(content.questions, roles)
    result = score(c2, ideal_answers(c2.questions, named))
    assert result.matches[0].role == named.id and result.matches[1].rank == 2
    buf = io.StringIO()
    console = Console(file=buf, width=width, color_system=None, markup=False, emoji=False,
                      highlight=False)
    console.print(result_view(result, c2))
    return buf.getvalue()


def test_clean_makes_controls_visible():
    assert clean("\x1b[2J") == "\\x1b[2J"
    assert clean("\u202eevil") == "\\u202eevil"
    assert clean("a\nb") == "a b"
    assert clean("a\nb", multiline=True) == "a\nb"
    assert clean("Zoé [bold]") == "Zoé [bold]"


def test_each_known_trick_is_shown_literally(content):
    for name in NASTY:
        out = _render(content, name, width=200)
        assert clean(name) in out, name
        assert not CONTROL.search(out), name


@given(nasty_text)
@settings(max_examples=150, deadline=None)
def test_any_name_is_shown_literally(name):
    from conftest import DATA

    from rolequiz.content.load import load_content

    if "c" not in _content_cache:  # small content: the property is about the text, not size
        _content_cache["c"] = load_content(DATA / "mini" / "questions.yaml",
                                           DATA / "mini" / "roles.yaml")
    content = _content_cache["c"]
    out = _render(content, name, width=200)
    assert clean(name) in out
    assert not CONTROL.search(out)


_content_cache: dict = {}


def test_escape_in_a_content_file_never_reaches_the_terminal(tmp_path):
    q = tmp_path / "q.yaml"
    q.write_text(
        'scale: [{value: 1, label: "no\\e[2J"}, {value: 2, label: "yes\\u001b]0;x\\u0007"}]\n'
        'dimensions: [{id: d, name: "D\\e[31m"}]\n'
        'questions: [{id: q1, text: "[bold]Q[/]", weights: {d: 1}}]\n', encoding="utf-8")
    r = tmp_path / "r.yaml"
    r.write_text('roles: [{id: r1, name: "\\e[2J[red]Evil[/red] :smile:", profile: {d: 1}}]\n',
                 encoding="utf-8")
    a = tmp_path / "a.yaml"
    a.write_text("answers: {q1: 2}\n", encoding="utf-8")
    for fmt in ("table", "markdown", "json"):
        out = subprocess.run(
            [sys.executable, "-m", "rolequiz", "quiz", "--questions", str(q), "--roles", str(r),
             "--answers", str(a), "--format", fmt],
            capture_output=True, text=True, timeout=60, env={"NO_COLOR": "1", "PATH": "/bin"})
        assert out.returncode == 0, out.stderr
        assert "\x1b" not in out.stdout, fmt
        if fmt == "table":
            assert "\\x1b[2J[red]Evil[/red] :smile:" in out.stdout
        if fmt == "json":  # JSON keeps the data as it is, escaped by JSON itself
            assert json.loads(out.stdout)["matches"][0]["name"] == "\x1b[2J[red]Evil[/red] :smile:"


def test_tracebacks_never_show_local_variables(tmp_path):
    """A bug (not a user's mistake) prints a plain traceback: no locals, so no student names."""
    code = (
        "import sys, rolequiz.engine.scoring as s\n"
        "def boom(content, answers, lang='en'):\n"
        "    student_name = 'Zoé Secret'\n"
        "    raise RuntimeError('bug')\n"
        "s.score = boom\n"
        "from rolequiz.cli import main\n"
        "sys.argv = ['rolequiz', 'quiz', '--answers', sys.argv[1]]\n"
        "main()\n"
    )
    examples = __import__("pathlib").Path(__file__).parent.parent / "examples"
    out = subprocess.run([sys.executable, "-c", code, str(examples / "maker.yaml")],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 1
    assert "RuntimeError: bug" in out.stderr
    assert "Zoé Secret" not in out.stderr and "student_name =" not in out.stderr


def test_ascii_and_cp1252_consoles_do_not_crash(tmp_path):
    examples = __import__("pathlib").Path(__file__).parent.parent / "examples"
    for encoding in ("ascii", "cp1252"):
        out = subprocess.run(
            [sys.executable, "-m", "rolequiz", "quiz", "--answers", str(examples / "maker.yaml"),
             "--lang", "fr"],
            capture_output=True, timeout=60,
            env={"PYTHONIOENCODING": encoding, "NO_COLOR": "1", "PATH": "/bin", "COLUMNS": "60"})
        assert out.returncode == 0, out.stderr
        assert b"Traceback" not in out.stderr
        out.stdout.decode(encoding)  # everything written is valid in that encoding
        assert b"Ing" in out.stdout


def test_narrow_dumb_piped_terminal_never_cuts_names(content):
    long_name = "Ingénieur·e en systèmes cyber-physiques embarqués"
    out = _render(content, long_name, width=40)
    assert "…" not in out
    flat = re.sub(r"\s+", "", out)
    assert re.sub(r"\s+", "", long_name) in flat
