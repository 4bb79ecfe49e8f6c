"""The quiz loop without a terminal: scripted keys in, plain-text screens out."""

from __future__ import annotations

import io

import pytest
from quizcontent import QUESTION_IDS, write_content

from rolequiz.base.textsafe import stand_in
from rolequiz.content.load import load_content
from rolequiz.i18n import t
from rolequiz.quiz import progress as prog
from rolequiz.quiz.keys import LineReader
from rolequiz.quiz.session import Quit, Screen, Session


class Keys:
    """A reader that plays a script, then ends like Ctrl-D."""

    def __init__(self, keys, line_mode=False):
        self.keys = list(keys)
        self.line_mode = line_mode

    def read(self) -> str:
        if not self.keys:
            raise EOFError
        return self.keys.pop(0)


@pytest.fixture(scope="module")
def content(tmp_path_factory):
    files = write_content(tmp_path_factory.mktemp("content"))
    return load_content(files["questions"], files["roles"])


def make(content, keys, *, lang="en", width=80, ascii_only=False, line_mode=False,
         progress=None):
    out = io.StringIO()
    saves = []
    p = progress or prog.new(content.questions)
    session = Session(content, lang, p, Keys(keys, line_mode),
                      Screen(out, color=False, ascii_only=ascii_only, width=width),
                      lambda p: saves.append(dict(p.answers)))
    return session, out, saves


def test_keys_answer_go_back_change_and_skip(content):
    keys = ["enter", "5", "b", "4", "1", "s", "left", "right", "3", "2", "5", "4", "enter"]
    session, out, saves = make(content, keys)
    answers = session.run()
    assert answers == dict(zip(QUESTION_IDS, (4, 1, 3, 2, 5, 4), strict=True))
    screens = out.getvalue()
    assert "5  Very much   (your answer)" in screens  # back shows the previous answer
    assert "Press 1-5 to answer" in screens  # right on an unanswered question
    assert saves[0] == {"explore-table": 5}  # saved after the very first answer
    assert saves[1] == {"explore-table": 5}  # ... and after going back (the position)
    assert saves[2] == {"explore-table": 4}


def test_enter_keeps_an_answer_and_skipping_clears_it(content):
    keys = ["enter", "5", "b", "enter", "b", "b", "s", "q"]
    session, out, saves = make(content, keys)
    with pytest.raises(Quit):
        session.run()
    assert session.progress.answers == {}
    assert session.progress.skipped == ["explore-table"]
    assert session.progress.position == 1


def test_interruptions_pass_through_with_the_answers_saved(content):
    session, out, saves = make(content, ["enter", "2", "3"])  # then the script ends: EOF
    with pytest.raises(EOFError):
        session.run()
    assert saves[-1] == {"explore-table": 2, "solder-board": 3}


def test_help_and_unknown_keys(content):
    # ? on the welcome, a key back to it, Enter to start; ? on a question, a key back
    session, out, _ = make(content, ["?", "enter", "enter", "?", "x", "z", "9", "q"])
    with pytest.raises(Quit):
        session.run()
    text = out.getvalue()
    assert text.count("save and quit (resume later)") >= 3  # welcome and both helps
    assert "Press any key to go back.\n" in text  # from the welcome's help
    assert "Press any key to go back to the question." in text
    assert text.count("Press 1-5 to answer, or ? for help.") == 2  # z and 9


def test_digits_that_are_no_numbers_are_unknown_keys_not_a_crash(content):
    """ "²" (a key of French keyboards) and "³" pass str.isdigit() but not int(); a
    full-width "３" (typed through an input method) is a 3."""
    session, out, _ = make(content, ["", "\u00b2", "\u00b3", "\uff13", "q"], line_mode=True)
    with pytest.raises(Quit):
        session.run()
    # typed, in line mode: the hint says to type, not to press a key
    assert out.getvalue().count("Type your answer (1-5), then press Enter; ? for help.") == 2
    assert "Press 1-5 to answer" not in out.getvalue()
    assert session.progress.answers == {"explore-table": 3}


@pytest.mark.parametrize("width", [20, 40, 200])
def test_question_screens_fit_the_width(content, width):
    session, out, _ = make(content, ["enter", "1", "2", "?", "x", "q"], width=width)
    with pytest.raises(Quit):
        session.run()
    for line in out.getvalue().splitlines():
        assert len(line) <= max(width, 20), line
    assert "…" not in out.getvalue()


def test_ascii_screens_have_only_ascii_glyphs(content):
    """The screen's own glyphs (bars, arrows, dots) are ASCII; the words may hold the
    typographic apostrophe, which the program's streams write as "'" on such a console
    (base/textsafe.py)."""
    session, out, _ = make(content, ["enter", "5", "b", "?", "x", "q"], ascii_only=True)
    with pytest.raises(Quit):
        session.run()
    assert set(out.getvalue()) - set(map(chr, range(128))) <= set("’")
    assert stand_in(out.getvalue()).isascii()


def test_french_screens(content):
    session, out, _ = make(content, ["enter", "4", "b", "q"], lang="fr")
    with pytest.raises(Quit):
        session.run()
    text = out.getvalue()
    assert "Question 1 sur 6" in text and "Explorer un grand tableau de chiffres" in text
    assert "Plutôt oui   (ta réponse)" in text
    assert "1-5 répondre · b retour · s passer · q quitter · ? aide" in text
    for english in ("answer", "Press", "Question 1 of"):
        assert english not in text.replace("répondre", "")


def test_resume_welcomes_back_and_starts_at_the_saved_position(content):
    p = prog.new(content.questions)
    p.answers = {"explore-table": 5, "solder-board": 1}
    p.position = 2
    out = io.StringIO()
    session = Session(content, "en", p, Keys(["enter", "q"]),
                      Screen(out, color=False, width=80), lambda p: None, resumed=True)
    with pytest.raises(Quit):
        session.run()
    text = out.getvalue()
    assert "Welcome back: 2 of 6 questions already answered." in text
    assert "Question 3 of 6" in text and "Question 1 of 6" not in text


def test_text_from_files_is_made_safe(content, tmp_path):
    files = write_content(tmp_path)
    q = files["questions"].read_text("utf-8").replace(
        '"Explore a big table of figures"', '"Explore \\e[2J[bold]a table\\u202e"')
    files["questions"].write_text(q, "utf-8")
    c = load_content(files["questions"], files["roles"])
    session, out, _ = make(c, ["enter", "q"])
    with pytest.raises(Quit):
        session.run()
    text = out.getvalue()
    assert "\x1b" not in text and "\u202e" not in text
    assert "Explore \\x1b[2J[bold]a table\\u202e" in text


def test_a_ten_point_scale_answers_the_tenth_choice_with_0(tmp_path):
    files = write_content(tmp_path)
    scale = "\n".join(f"  - {{value: {v}, label: \"{v}\"}}" for v in range(0, 10))
    text = files["questions"].read_text("utf-8")
    start, end = text.index("scale:"), text.index("dimensions:")
    files["questions"].write_text(text[:start] + "scale:\n" + scale + "\n" + text[end:],
                                  "utf-8")
    c = load_content(files["questions"], files["roles"])
    session, out, _ = make(c, ["enter", "0", "1", "q"])
    with pytest.raises(Quit):
        session.run()
    assert session.progress.answers == {"explore-table": 9, "solder-board": 0}


def test_line_mode_words_and_empty_lines(content):
    keys = ["", "help", "", "5", "back", "", "skip", "quit"]
    session, out, _ = make(content, keys, line_mode=True)
    with pytest.raises(Quit):
        session.run()
    assert session.progress.answers == {"explore-table": 5}
    assert session.progress.skipped == ["solder-board"]
    assert "Type your choice, then press Enter." in out.getvalue()


def test_line_reader_reads_lines_and_ends_on_eof():
    reader = LineReader(io.StringIO(" 4 \nB\n"))
    assert reader.read() == "4"
    assert reader.read() == "b"
    with pytest.raises(EOFError):
        reader.read()


def test_a_disk_failure_warns_and_the_quiz_goes_on(content):
    from rolequiz.base.errors import SaveError

    def failing(p):
        raise SaveError("could not save the quiz progress to /full/progress.json: disk full")

    out = io.StringIO()
    session = Session(content, "en", prog.new(content.questions), Keys(["enter", "4", "q"]),
                      Screen(out, color=False, width=80), failing)
    with pytest.raises(Quit):
        session.run()
    text = out.getvalue()
    assert "Warning: could not save the quiz progress to /full/progress.json" in text
    assert "kept in memory" in text
    assert session.progress.answers == {"explore-table": 4}


def test_a_failed_save_at_the_end_keeps_the_progress_and_says_where(content, tmp_path):
    from rolequiz.base.errors import SaveError
    from rolequiz.cli.interactive import finish

    path = tmp_path / "state" / prog.FILE_NAME
    p = prog.new(content.questions)
    p.answers = {"explore-table": 4}
    prog.save(path, p)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    failed = finish(content, dict(p.answers), "en", path, blocker / "result.json",
                    "rolequiz quiz --resume")
    assert isinstance(failed, SaveError)
    message = str(failed)
    assert str(blocker / "result.json") in message
    assert f"Your answers are safe in {path}" in message
    assert "rolequiz quiz --resume" in message
    assert path.exists()
    assert finish(content, dict(p.answers), "en", path, tmp_path / "result.json", "") is None
    assert not path.exists()
    # docs/quiz.md: the result is written to last-result.json in the state folder
    assert (tmp_path / "state" / "last-result.json").read_text("utf-8") == (
        tmp_path / "result.json").read_text("utf-8")


def test_the_first_screens_do_not_import_rich():
    """Start-up time is a product feature: rich (~50 ms) waits for the results."""
    import subprocess
    import sys

    code = (
        "import io, sys\n"
        "import rolequiz.cli\n"
        "from rolequiz.cli import interactive\n"
        "from rolequiz.quiz import progress, session, keys\n"
        "from rolequiz.content.load import load_content\n"
        "c = load_content(sys.argv[1], sys.argv[2])\n"
        "s = session.Session(c, 'en', progress.new(c.questions), keys.LineReader(),\n"
        "                    session.Screen(io.StringIO()), lambda p: None)\n"
        "s.welcome_text(); s.question_text(0); s.help_text(); s.done_text()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'rich'))\n"
    )
    from conftest import DATA

    mini = DATA / "mini"
    out = subprocess.run([sys.executable, "-c", code, str(mini / "questions.yaml"),
                          str(mini / "roles.yaml")], capture_output=True, text=True, timeout=30)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


# -- the adaptive quiz ----------------------------------------------------------------------


class Student:
    """Answers each question screen as one role's ideal respondent would, reading the
    question off the last screen; plays `after` on the end screens (one key each)."""

    def __init__(self, out, content, role_id, after):
        from rolequiz.engine.scoring import ideal_answers

        role = content.roles.role(role_id)
        ideal = ideal_answers(content.questions, role)
        self.by_text = {q.text.get("en"): ideal[q.id] for q in content.questions.questions}
        self.out, self.after, self.line_mode = out, list(after), False
        self.counters: list[str] = []
        self.offers: list[str] = []
        self.seen = 0  # what was on screen before: each read looks at the new screen only

    def read(self) -> str:
        screen = self.out.getvalue()[self.seen:]
        self.seen = len(self.out.getvalue())
        if "clear after" in screen:
            self.offers.append(screen)
            return self.after.pop(0)
        if "Press Enter to start" in screen:
            return "enter"
        first = screen.lstrip().splitlines()[0]
        self.counters.append(first)
        flat = " ".join(screen.split())  # long questions wrap
        text = next(t for t in sorted(self.by_text, key=len, reverse=True) if t in flat)
        return str(self.by_text[text])


def test_adaptive_counter_says_about_how_many_are_left_and_the_results_come_back(tmp_path):
    """The counter never announces the whole file ("of 48") to a quiz that stops at a
    dozen: it says about how many questions are left, and that number comes down to the
    stop. After "keep going", the results are offered again AGAIN_AFTER questions later."""
    import re

    from rolequiz.engine import adaptive
    from rolequiz.quiz.session import AGAIN_AFTER, AdaptiveSession

    content = load_content()
    out = io.StringIO()
    student = Student(out, content, "data-engineer", ["c", "enter"])
    session = AdaptiveSession(content, "en", prog.new(content.questions), student,
                              Screen(out, color=False, ascii_only=False, width=80),
                              lambda p: None, planner=adaptive.Planner(content))
    answers = session.run()
    total = len(content.questions.questions)
    assert all(" of " not in c for c in student.counters)
    first_offer = int(re.search(r"clear after (\d+) of", student.offers[0]).group(1))
    second_offer = int(re.search(r"clear after (\d+) of", student.offers[1]).group(1))
    assert second_offer == first_offer + AGAIN_AFTER and len(answers) == second_offer
    *before, last = student.counters[:first_offer]
    estimates = [int(re.search(r"about (\d+) more", c).group(1)) for c in before]
    assert last == f"Question {first_offer} · probably the last one"
    # a student who answers like one role all along: the first estimate is about right,
    # and it comes down one a question
    assert abs(estimates[0] - (first_offer - 1)) <= 2 and estimates[0] < total / 2
    assert estimates[-3:] == [3, 2, 1]
    after = student.counters[first_offer:]
    assert len(after) == AGAIN_AFTER and all("refining your results" in c for c in after)


def test_every_question_screen_says_how_to_answer(tmp_path):
    """The instructions of the questions file (a liking, not training or pay) are on every
    question screen, between the counter and the question, in the quiz's language; a file
    without them shows none."""
    import re

    content = load_content()
    for lang in ("en", "fr"):
        session, out, _ = make(content, ["enter", "4", "2", "q"], lang=lang, width=80)
        with pytest.raises(Quit):
            session.run()
        how = " ".join(content.questions.instructions.get(lang).split())
        text = " ".join(out.getvalue().split())
        heads = [m.end() for m in re.finditer(r"Question \d+ (?:of|sur) \d+", text)]
        assert len(heads) == 3 == text.count(how)
        for start, q in zip(heads, content.questions.questions, strict=False):
            said = text.index(how, start)
            assert said < text.index(" ".join(q.text.get(lang).split()), start)
    files = write_content(tmp_path)
    plain = load_content(files["questions"], files["roles"])
    assert plain.questions.instructions is None
    session, out, _ = make(plain, ["enter", "q"])
    with pytest.raises(Quit):
        session.run()
    screens = out.getvalue()
    assert "Would you like" not in screens and "aimerais" not in screens


def test_the_adaptive_bar_never_goes_back_while_the_estimate_moves():
    """An inconsistent student makes the estimate of what is left grow now and then: the
    count says so ("about 17 more"), the bar holds still rather than going back."""
    import random
    import re

    from rolequiz.engine import adaptive
    from rolequiz.quiz.session import AdaptiveSession

    content = load_content()
    grew = False
    for seed in range(20):
        rng = random.Random(seed)
        out = io.StringIO()
        shown: list[tuple[int, int, int]] = []  # (question, bar's percent, about how many)

        class Random(Student):
            def read(self) -> str:
                screen = self.out.getvalue()[self.seen:]
                self.seen = len(self.out.getvalue())
                if "clear after" in screen:
                    return "c"  # keep going: more questions, more estimates
                if "Press Enter to start" in screen:
                    return "enter"
                head, bar = screen.lstrip().splitlines()[:2]
                if not head.startswith("Question "):  # the end: to the results
                    return "enter"
                more = re.search(r"about (\d+) more", head)
                self.shown.append((int(re.search(r"Question (\d+)", head).group(1)),
                                   int(re.search(r"(\d+)%", bar).group(1)),
                                   int(more.group(1)) if more else 0))
                return str(self.rng.choice([1, 2, 4, 5, 5, 1]))  # strong, and at odds

        student = Random(out, content, "data-engineer", [])
        student.rng, student.shown = rng, shown
        session = AdaptiveSession(content, "en", prog.new(content.questions), student,
                                  Screen(out, color=False, ascii_only=False, width=80),
                                  lambda p: None, planner=adaptive.Planner(content))
        session.run()
        percents = [p for _, p, _ in shown]
        assert percents == sorted(percents), (seed, shown)
        if any(b[2] > a[2] for a, b in zip(shown, shown[1:], strict=False)):
            grew = True
    assert grew  # the case this is about happened: an estimate went up


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("width", [24, 32, 40])
def test_a_key_and_what_it_does_stay_on_one_line(content, lang, width):
    session, out, _ = make(content, ["enter", "4", "b", "q"], lang=lang, width=width)
    with pytest.raises(Quit):
        session.run()
    footer = t("quiz.footer", lang, keys="1-5").split(" · ") + [t("quiz.footer_keep", lang)]
    screen = out.getvalue().rsplit("Question 1", 1)[1]  # the screen after going back
    lines = [line.strip(" ·") for line in screen.splitlines()]
    for pair in footer:
        if len(pair) <= width:
            assert any(pair in line for line in lines), (pair, screen)
