"""`rolequiz workshop close DIR`: the final exports the counselor asks for, then the
students' results and quizzes in progress deleted from the folder (the manifest and the
content stay: they hold no personal data)."""

import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from rolequiz.cli.app import RolequizCommand
from rolequiz.cli.options import LangOpt, lang_of
from rolequiz.cli.workshop import ReportFormat, workshop_app
from rolequiz.i18n.help_en import HELP

# an export's format, by its file name's extension
FORMATS = {".html": ReportFormat.html, ".htm": ReportFormat.html, ".csv": ReportFormat.csv,
           ".md": ReportFormat.markdown, ".json": ReportFormat.json, ".txt": ReportFormat.table}


@workshop_app.command("close", cls=RolequizCommand,
                      help=HELP["workshop close"], short_help=HELP["workshop close (short)"])
def close_command(
    folder: Annotated[Path, typer.Argument(metavar="DIR", help=HELP["workshop DIR"])],
    output: Annotated[
        Optional[list[Path]],  # noqa: UP045 - typer reads the annotation at run time
        typer.Option("--output", "-o", metavar="FILE",
                     help=HELP["workshop close --output"]),
    ] = None,
    anonymize: Annotated[
        bool, typer.Option("--anonymize", help=HELP["workshop close --anonymize"])
    ] = False,
    yes: Annotated[bool, typer.Option("--yes", "-y", help=HELP["workshop close --yes"])] = False,
    key: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--key", metavar="FILE", help=HELP["workshop close --key"]),
    ] = None,
    passphrase_file: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--passphrase-file", metavar="FILE", help=HELP["workshop --passphrase-file"]),
    ] = None,
    lang: LangOpt = None,
) -> None:
    from rolequiz.base.errors import UsageError
    from rolequiz.base.files import atomic_write
    from rolequiz.base.textsafe import clean
    from rolequiz.cli.emit import check_output
    from rolequiz.cli.keyring import keyring_for
    from rolequiz.cli.workshop import (
        build_report,
        document,
        output_place,
        render_table,
        tell_skipped,
    )
    from rolequiz.group.manifest import require
    from rolequiz.i18n import plural, t

    language = lang_of(lang)
    require(folder, language, student=False)
    outputs = list(output or [])
    for path in outputs:  # every export checked before anything is written or deleted
        if path.suffix.lower() not in FORMATS:
            raise UsageError(t("close.format", language, path=clean(str(path)),
                               formats=", ".join(FORMATS)))
        check_output(path, language)
        if output_place(path, [folder]) is not None:  # it would be deleted with the results
            raise UsageError(t("close.output_inside", language, path=clean(str(path)),
                               folder=clean(str(folder))))
    if outputs:
        keys, problems = keyring_for([folder], key, passphrase_file, language)
        data = build_report([folder], language, anonymize, None, keys, problems)
        for path in outputs:
            fmt = FORMATS[path.suffix.lower()]
            text = render_table(data, file=True) if fmt is ReportFormat.table \
                else document(data, fmt)
            atomic_write(path, text.encode("utf-8"), what="report")
            sys.stderr.write(t("report.written", language, path=clean(str(path))) + "\n")
        tell_skipped(data)
    results, progress = personal_files(folder)
    doomed = results + progress
    if not doomed:
        sys.stdout.write(t("close.nothing", language, folder=clean(str(folder))) + "\n")
        return
    if not yes:
        _confirm(plural(len(doomed), language, "close.confirm", folder=clean(str(folder))),
                 language)
    gone, kept = [], []
    for path in doomed:
        try:
            os.unlink(path)
            gone.append(path)
        except FileNotFoundError:
            continue
        except OSError as e:
            kept.append((path, e.strerror or str(e)))
    from rolequiz.group.layout import PROGRESS_DIR

    try:
        os.rmdir(Path(folder) / PROGRESS_DIR)
    except OSError:
        pass  # not there, or something left in it (said below)
    n_results = sum(1 for p in gone if p in results)
    lines = [t("close.deleted", language, folder=clean(str(folder)),
               results=plural(n_results, language, "close.results"),
               progress=plural(len(gone) - n_results, language, "close.progress"))]
    lines += ["  " + clean(os.path.relpath(p, folder)) for p in gone]
    sys.stdout.write("\n".join(lines) + "\n")
    if kept:
        for path, reason in kept:
            sys.stderr.write("rolequiz: " + t("close.not_deleted", language,
                                               path=clean(str(path)), reason=reason) + "\n")
        raise SystemExit(1)


def personal_files(folder: Path) -> tuple[list[Path], list[Path]]:
    """The files of `folder` that hold or may hold a student's data: every file a report
    reads (results, sealed or not, damaged copies), what an interrupted save left behind
    (hidden temp files), and everything under `.progress/`."""
    from rolequiz.group.layout import MANIFEST, PROGRESS_DIR, RESULT_SUFFIXES

    results: list[Path] = []
    progress: list[Path] = []
    try:
        with os.scandir(folder) as it:
            for e in it:
                n = e.name.lower()
                if e.name == MANIFEST or not e.is_file(follow_symlinks=False):
                    continue
                if (not n.startswith(".") and n.endswith(RESULT_SUFFIXES)) or (
                        n.startswith(".") and n.endswith(".tmp")):
                    results.append(Path(e.path))
    except OSError:
        pass
    pdir = Path(folder) / PROGRESS_DIR
    try:
        with os.scandir(pdir) as it:
            progress = [Path(e.path) for e in it if e.is_file(follow_symlinks=False)]
    except OSError:
        pass
    return sorted(results), sorted(progress)


def _confirm(question: str, lang: str) -> None:
    from rolequiz.base.errors import UsageError
    from rolequiz.i18n import t

    try:
        tty = sys.stdin.isatty()
    except (AttributeError, ValueError):
        tty = False
    if not tty:
        raise UsageError(t("close.needs_yes", lang))
    sys.stderr.write(question + " [y/N] ")
    sys.stderr.flush()
    answer = sys.stdin.readline().strip().lower()
    if answer not in ("y", "yes", "o", "oui"):
        raise UsageError(t("close.cancelled", lang))
