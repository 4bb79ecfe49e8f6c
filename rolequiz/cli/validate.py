"""`rolequiz validate`: check content files and say everything that is wrong; with
--simulate, measure how well the content tells its roles apart; with --results, how its
questions behave with real students."""


import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from rolequiz.cli.app import app
from rolequiz.cli.options import LangOpt, QuestionsOpt, RolesOpt, lang_of
from rolequiz.i18n.help_en import HELP


@app.command(help=HELP["validate"], short_help=HELP["validate (short)"])
def validate(
    questions: QuestionsOpt = None,
    roles: RolesOpt = None,
    simulate: Annotated[
        bool,
        typer.Option(
            "--simulate",
            help=HELP["validate --simulate"],
        ),
    ] = False,
    respondents: Annotated[
        Optional[int],  # noqa: UP045 - typer reads the annotation at run time
        typer.Option(min=0, max=100_000, show_default=False, metavar="N",
                     help=HELP["validate --respondents"]),
    ] = None,
    undecided: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option(min=1, max=100_000, show_default=False, metavar="N",
                     help=HELP["validate --undecided"]),
    ] = None,
    realistic: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option(min=1, max=100_000, show_default=False, metavar="N",
                     help=HELP["validate --realistic"]),
    ] = None,
    interest_spread: Annotated[
        float,
        typer.Option(min=0.0, max=1.0, metavar="SPREAD",
                     help=HELP["validate --interest-spread"]),
    ] = 0.10,
    answer_noise: Annotated[
        float,
        typer.Option(min=0.0, max=10.0, metavar="STEPS",
                     help=HELP["validate --answer-noise"]),
    ] = 0.70,
    seed: Annotated[int, typer.Option(metavar="N", help=HELP["validate --seed"])] = 0,
    results: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--results", metavar="DIR",
                     help=HELP["validate --results"]),
    ] = None,
    lang: LangOpt = None,
) -> None:
    from rolequiz.content.load import load_content
    from rolequiz.i18n import COUNSELOR
    from rolequiz.views import validity as view

    language = lang_of(lang)
    content = load_content(questions, roles, language, COUNSELOR)
    warnings = _typography(content, language)
    _write(view.summary(content, language, warnings))
    _warn(warnings)
    missed: list[str] = []
    if simulate:
        missed += _simulation(content, language, seed, respondents, undecided, realistic,
                              interest_spread, answer_noise)
    judged = simulate
    if results is not None:
        missed_here, enough = _reliability(content, results, language)
        missed += missed_here
        judged = judged or enough
    if simulate or results is not None:
        # too few results and nothing simulated: no verdict, not "all targets met"
        _write(view.verdict(missed, language) if judged else [])
    if missed:
        raise typer.Exit(1)


def _write(lines: list[str]) -> None:
    sys.stdout.write("".join(line + "\n" for line in lines))
    sys.stdout.flush()


def _typography(content, lang: str) -> list:
    """French texts where a line could break before a colon or inside "50 000 €": warnings,
    with their line, for stderr; the exit status does not change."""
    from rolequiz.content.typography import french_warnings

    return french_warnings([content.questions.path, content.roles.path], lang)


def _warn(warnings: list) -> None:
    if warnings:
        sys.stdout.flush()
        sys.stderr.write("".join(f"rolequiz: {w}\n" for w in warnings))
        sys.stderr.flush()


def _simulation(content, lang: str, seed: int, noisy: int | None, undecided: int | None,
                realistic: int | None, spread: float, noise: float) -> list[str]:
    from rolequiz.engine import simulate, validity
    from rolequiz.views import validity as view

    n_roles = len(content.roles.roles)
    auto = validity.default_counts(n_roles)

    def count(given: int | None, kind: str, usual: int, option: str):
        if given is not None:
            return given, None
        used = auto[kind]
        return used, (view.Lowered(usual, n_roles, option) if used < usual else None)

    noisy, low_noisy = count(noisy, "noisy", validity.NOISY, "--respondents")
    undecided, low_undecided = count(undecided, "undecided", validity.UNDECIDED, "--undecided")
    realistic, low_realistic = count(realistic, "realistic", validity.REALISTIC, "--realistic")

    missed = []
    scorer = Counted(lang)  # the one scoring engine, counting on a terminal's stderr
    sim = simulate.simulate(content, noisy, seed, scorer=scorer)
    scorer.done()
    _write(view.ideal_section(sim, lang, low_noisy))
    if not sim.ok:
        missed.append("ideal")
    groups = validity.undecided(content, undecided, seed, scorer=scorer)
    scorer.done()
    _write(view.undecided_section(groups, content, lang, low_undecided))
    missed += [g.kind for g in groups if not g.ok]
    sample = auto["realistic_roles"] if low_realistic is not None else 0
    real = validity.realistic(content, realistic, seed, spread, noise, scorer=scorer,
                              sample=sample)
    scorer.done()
    _write(view.realistic_section(real, lang, low_realistic))
    if not real.ok:
        missed.append("realistic")
    _write(view.pairs_section(sim, content, lang))
    return missed


class Counted:
    """The scoring engine, counting the respondents it scores on a line of stderr when
    stderr is a terminal: simulating content of 10,000 questions takes a minute or more,
    and a screen without a sign of life looks like a hang. Drawn again at most five times
    a second; nothing elsewhere (a pipe, a file, a log)."""

    def __init__(self, lang: str, stream=None):
        self.lang = lang
        self.stream = stream if stream is not None else sys.stderr
        try:
            self.tty = self.stream.isatty()
        except (AttributeError, ValueError):
            self.tty = False
        self.count = 0
        self.drawn = 0.0  # when the line was last drawn (0: it is not on the screen)

    def __call__(self, content, answers):
        from rolequiz.engine.scoring import score

        self.count += 1
        if self.tty and not self.count % 16:
            import time

            now = time.monotonic()
            if now - self.drawn >= 0.2:
                from rolequiz.i18n import plural

                self._put("\r" + plural(self.count, self.lang, "validate.progress"))
                self.drawn = now
        return score(content, answers)

    def done(self) -> None:
        """The line erased, before the results are written where it was."""
        if self.drawn:
            self._put("\r\x1b[K")
            self.drawn = 0.0

    def _put(self, text: str) -> None:
        try:
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError):
            self.tty = False


def _reliability(content, folder: Path, lang: str) -> tuple[list[str], bool]:
    """The results' section; (the parts missed, whether there were enough to judge)."""
    from rolequiz.engine.itemstats import reliability
    from rolequiz.views import validity as view

    sets, files_skipped, no_answers = _answer_sets(folder, lang)
    rel = reliability(content.questions, sets)
    _write(view.reliability_section(rel, str(folder), lang, files_skipped, no_answers))
    return ([] if rel.ok else ["results"]), rel.enough


def _answer_sets(folder: Path, lang: str = "en") -> tuple[list[dict[str, int]], int, int]:
    """The answers of every result in the folder (or file), read by the group's reader,
    sealed ones opened with the workshop's key kept here (cli/keyring.py): (answer sets,
    files skipped as not results, damaged or duplicates, results without their answers)."""
    import json

    from rolequiz.base.files import read_bounded
    from rolequiz.cli.keyring import keyring_for
    from rolequiz.group import seal
    from rolequiz.group.layout import MAX_RESULT_BYTES
    from rolequiz.group.reader import read_results

    keys, _ = keyring_for([folder], None, None, lang)
    col = read_results([folder], keys=keys)
    skipped = len(col.skipped)
    no_answers = 0
    sets = []
    for entry in col.entries:
        try:  # read again for its answers: the reader keeps what the group report needs
            raw = read_bounded(entry.path, MAX_RESULT_BYTES)
            if seal.is_sealed(raw):
                raw = seal.unseal(raw, keys)
            data = json.loads(raw.decode("utf-8-sig"))
        except (OSError, ValueError, RecursionError, seal.SealError):
            skipped += 1  # changed or gone since it was read
            continue
        answers = data.get("answers") if isinstance(data, dict) else None
        if not isinstance(answers, dict) or not all(
                isinstance(k, str) and type(v) is int for k, v in answers.items()):
            no_answers += 1
            continue
        sets.append(answers)
    return sets, skipped, no_answers
