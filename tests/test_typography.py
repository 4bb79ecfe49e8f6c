"""French typography: the rules of rolequiz.i18n.typography, every French string of the
interface and of the default questions checked against them, `rolequiz validate`'s
warnings, and French text on screen never broken before a colon or inside "50 000 €"."""

from __future__ import annotations

import io
import shutil

import pytest
import yaml
from conftest import DATA, ROOT, run_cli
from rich.console import Console

from rolequiz.content import cards
from rolequiz.content.load import load_content
from rolequiz.engine.scoring import score
from rolequiz.i18n import fr, help_fr
from rolequiz.i18n.typography import faults
from rolequiz.views.terminal import cells
from rolequiz.views.terminal.cards import card_view, comparison_view, role_list_view
from rolequiz.views.terminal.results import result_view
from rolequiz.views.terminal.summary import summary_view

NBSP = "\u00a0"
MINI = DATA / "mini"


def french_texts(node, where: str = "") -> list[tuple[str, str]]:
    """(where, text) of every French text of a content file's data."""
    out = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "fr" and isinstance(value, str):
                out.append((where, value))
            else:
                out += french_texts(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            out += french_texts(value, f"{where}/{i}")
    return out


# -- the rules ------------------------------------------------------------------------------


@pytest.mark.parametrize("bad, kind", [
    ("Quel métier ?", "space"),
    ("Bon retour !", "space"),
    ("Attention : ceci", "space"),
    ("un ; deux", "space"),
    ("Salaire: 50", "space"),
    ("Pourquoi {name}?", "space"),
    ("« mot" + NBSP + "»", "space"),
    ("«" + NBSP + "mot »", "space"),
    ("«mot»", "space"),
    ("environ 50 000", "space"),
    ("50" + NBSP + "000 €", "space"),
    ("100 %", "space"),
    ("({n} %)", "space"),
    ("environ {minutes} min", "space"),
    ("n° 1", "space"),
    ("n°{n}", "space"),
    ("Ingénieur·e", "median"),
    ("diplômé·e·s", "median"),
    ("l'aide", "apostrophe"),
    ("d'{name}", "apostrophe"),
])
def test_each_rule_finds_its_fault(bad, kind):
    assert kind in {f.kind for f in faults(bad)}, bad


@pytest.mark.parametrize("good", [
    "Quel métier" + NBSP + "?",
    "Quel métier\u202f?",  # the narrow no-break space counts too
    "Attention" + NBSP + ": ceci" + NBSP + "; cela" + NBSP + "!",
    "«" + NBSP + "mot" + NBSP + "»",
    "environ 50" + NBSP + "000" + NBSP + "€, 100" + NBSP + "%, 3" + NBSP + "min",
    "n°" + NBSP + "1",
    "l’aide d’{name}",
    "ingénieure ou ingénieur",
    "{keys} répondre · b retour · ? aide",  # "?" names a key, " · " separates two
    "Appuie sur 1-5 pour répondre, ou sur ? pour l’aide.",
    "https://example.org/?q=1 et 10:30",
    "Question 12 sur 48 · 2026",
])
def test_correct_french_has_no_fault(good):
    assert faults(good) == []


def test_a_fault_says_where_it_is():
    [fault] = faults("Il n’y a pas de bonne réponse : suis ta première impression.")
    assert fault.index == len("Il n’y a pas de bonne réponse")
    assert fault.kind == "space" and "':'" in fault.message
    assert "réponse : suis" in fault.excerpt(
        "Il n’y a pas de bonne réponse : suis ta première impression.")


# -- the French of the interface and of the default questions ---------------------------------


@pytest.mark.parametrize("key", sorted(fr.MESSAGES))
def test_every_french_message_follows_french_typography(key):
    text = fr.MESSAGES[key]
    assert [(f.message, f.excerpt(text)) for f in faults(text)] == [], key


@pytest.mark.parametrize("key", list(help_fr.HELP))
def test_every_french_help_text_follows_french_typography(key):
    text = help_fr.HELP[key]
    assert [(f.message, f.excerpt(text)) for f in faults(text)] == [], key
    assert "'" not in text and "·" not in text, key


def test_the_french_of_the_default_questions_follows_french_typography():
    data = yaml.safe_load((ROOT / "questions.yaml").read_text(encoding="utf-8"))
    texts = french_texts(data)
    assert len(texts) > 70  # title, instructions, scale, dimensions, questions
    for where, text in texts:
        assert [(f.message, f.excerpt(text)) for f in faults(text)] == [], where


# -- rolequiz validate warns, with the line ------------------------------------------------------


def test_validate_warns_about_french_spacing_with_file_line_and_column(runner, tmp_path):
    questions = tmp_path / "questions.yaml"
    roles = tmp_path / "roles.yaml"
    text = (MINI / "questions.yaml").read_text(encoding="utf-8")
    text = text.replace("schema: rolequiz.questions/1\n", "schema: rolequiz.questions/1\n"
                        'title: {fr: "Quel métier ?", en: "Which job?"}\n', 1)
    questions.write_text(text, encoding="utf-8")
    shutil.copy(MINI / "roles.yaml", roles)
    result = run_cli(runner, "validate", "--questions", questions, "--roles", roles)
    assert result.exit_code == 0, result.output  # a warning, not a problem
    line = text.splitlines().index('title: {fr: "Quel métier ?", en: "Which job?"}') + 1
    column = len('title: {fr: "Quel métier') + 1
    warnings = [w for w in result.stderr.splitlines() if "warning:" in w]
    assert warnings == [f"rolequiz: {questions}:{line}:{column}: warning: French text: "
                        "ordinary space before '?' (“Quel métier ?”) — use a no-break space "
                        "(U+00A0)"]
    assert "OK: no errors, 1 warning" in result.stdout  # not "no problems"
    # written the French way, or in English only: nothing to say
    questions.write_text(text.replace("Quel métier ?", "Quel métier" + NBSP + "?"),
                         encoding="utf-8")
    quiet = run_cli(runner, "validate", "--questions", questions, "--roles", roles)
    assert quiet.exit_code == 0 and "warning" not in quiet.stderr
    assert "OK: no problems found" in quiet.stdout


def test_validate_warns_about_the_roles_file_too(runner, tmp_path):
    roles = tmp_path / "roles.yaml"
    text = (MINI / "roles.yaml").read_text(encoding="utf-8")
    text = text.replace("profile: {data: 1}",
                        'summary: {fr: "Environ 50 000 € par an", en: "x"}, profile: {data: 1}')
    roles.write_text(text, encoding="utf-8")
    result = run_cli(runner, "validate", "--questions", MINI / "questions.yaml", "--roles",
                     roles)
    assert result.exit_code == 0, result.output
    said = [w for w in result.stderr.splitlines() if "warning:" in w]
    assert len(said) == 2 and all(w.startswith(f"rolequiz: {roles}:") for w in said)
    assert "inside a number" in said[0] and "a number and its unit" in said[1]


def test_the_default_questions_raise_no_warning(runner):
    result = run_cli(runner, "validate")
    assert result.exit_code == 0, result.output
    assert "questions.yaml:" not in result.stderr


# -- on screen: never a line that starts with a colon or ends inside a number ---------------

HIGH = tuple(":;!?»%€")


def _lines(renderable, width: int) -> list[str]:
    buffer = io.StringIO()
    Console(file=buffer, width=width, color_system=None, markup=False, emoji=False,
            highlight=False, legacy_windows=False, force_terminal=False).print(renderable)
    return [line.strip() for line in buffer.getvalue().splitlines() if line.strip()]


def _answer_sets(content) -> list[dict[str, int]]:
    """Every answered, a few answered (interests unknown, a doubt), a weak fit."""
    ids = [q.id for q in content.questions.questions]
    helping = {"explain-to-grandparents": 5, "give-a-talk": 4, "help-a-classmate": 5,
               "ask-members-their-needs": 5}
    return [{q: 1 + i % 5 for i, q in enumerate(ids)},
            {"why-sales-dropped": 5, "code-an-app": 4, "obstacle-robot": 1},
            {q: helping.get(q, 1) for q in ids}]


def _french_views(content) -> list:
    views = []
    for answers in _answer_sets(content):
        result = score(content, answers, "fr")
        views += [result_view(result, content),
                  summary_view(result, content, reasons=2, info=True, code="AB12")]
    scores = cards.Scores("r.json", {m.role: (m.rank, m.score) for m in result.matches},
                          tuple(m.role for m in result.matches))
    roles = content.roles.roles
    views += [role_list_view(cards.role_list(content, "fr", scores)),
              role_list_view(cards.role_list(content, "fr"))]
    views += [card_view(cards.card(content, r, "fr", scores)) for r in roles]
    views += [comparison_view(cards.comparison(content, roles[:n], "fr", scores))
              for n in (2, 3)]
    return views


# Below 34 columns some cells are narrower than "développement :" or "50 000 €": such a run
# is folded (cells.Unbroken), as a word longer than the line would be.
@pytest.mark.parametrize("width", [*range(34, 49, 2), 60, 80, 100, 160])
def test_french_on_screen_never_breaks_before_high_punctuation(width, monkeypatch):
    # cells.Unbroken made to show its no-break spaces as spaces: one that reaches the
    # screen then comes from a text rich wrapped, which breaks lines there
    monkeypatch.setattr(cells, "SHOWN", cells.SHOWN_AS_SPACE)
    for view in _french_views(load_content()):
        for line in _lines(view, width):
            # every text that holds a no-break space must be laid out by cells.Unbroken
            assert NBSP not in line, (width, line)
            line = line.removeprefix("! ")  # the mark of a doubt, not punctuation
            assert not line.startswith(HIGH), (width, line)
            assert not line.endswith("«"), (width, line)


def test_the_quiz_screens_wrap_only_at_ordinary_spaces():
    """The quiz screens are plain text wrapped by textwrap, which breaks at ASCII
    whitespace only: a no-break space keeps its neighbours on one line."""
    from rolequiz.i18n import t
    from rolequiz.quiz.session import _wrap

    for key in ("quiz.intro", "quiz.done_skipped.other", "adaptive.length.other"):
        text = t(key, "fr", numbers="3, 7", n=48)
        for width in range(20, 70):  # a screen is at least 20 columns (session.Screen)
            for line in _wrap(text, width).splitlines():
                assert not line.startswith(HIGH), (key, width, line)
