"""`rolequiz report` and `rolequiz workshop init`: a counselor's group, without a server."""

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from rolequiz.cli.app import RolequizCommand, app
from rolequiz.cli.options import LangOpt, QuestionsOpt, RolesOpt, choices, lang_of
from rolequiz.i18n.help_en import HELP


class ReportFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"
    html = "html"


# -- rolequiz report -----------------------------------------------------------------------------


@app.command(cls=RolequizCommand, help=HELP["report"], short_help=HELP["report (short)"])
def report(
    paths: Annotated[
        list[Path],
        typer.Argument(metavar="DIR...", help=HELP["report DIR..."]),
    ],
    format: Annotated[
        ReportFormat,
        typer.Option("--format", "-f", metavar=choices(ReportFormat), help=HELP["--format"])
    ] = ReportFormat.table,
    output: Annotated[
        Optional[Path],  # noqa: UP045 - typer reads the annotation at run time
        typer.Option("--output", "-o", metavar="FILE",
                     help=HELP["report --output"]),
    ] = None,
    anonymize: Annotated[
        bool, typer.Option("--anonymize", help=HELP["report --anonymize"])
    ] = False,
    watch: Annotated[
        bool,
        typer.Option("--watch", help=HELP["report --watch"]),
    ] = False,
    content: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--content", metavar="ID",
                     help=HELP["report --content"]),
    ] = None,
    key: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--key", metavar="FILE",
                     help=HELP["report --key"]),
    ] = None,
    passphrase_file: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--passphrase-file", metavar="FILE",
                     help=HELP["report --passphrase-file"]),
    ] = None,
    only_clear: Annotated[
        bool, typer.Option("--only-clear",
                           help=HELP["report --only-clear"])
    ] = False,
    handouts: Annotated[
        bool, typer.Option("--handouts",
                           help=HELP["report --handouts"])
    ] = False,
    lang: LangOpt = None,
    force: Annotated[
        bool, typer.Option("--force", help=HELP["report --force"])
    ] = False,
) -> None:
    from rolequiz.base.errors import UsageError
    from rolequiz.cli.emit import check_output
    from rolequiz.cli.keyring import keyring_for
    from rolequiz.i18n import t

    language = lang_of(lang)
    if handouts and (watch or format not in (ReportFormat.table, ReportFormat.html)):
        raise UsageError(t("report.handouts_html", language))
    if watch and (format is not ReportFormat.table or output is not None):
        raise UsageError(t("report.watch_table", language))
    _check_paths(paths, language)
    check_output(output, language)
    if output is not None and not force:
        _check_output_outside(output, paths, language)
    keys, problems = keyring_for(paths, key, passphrase_file, language)
    if watch:
        from rolequiz.cli.live import watch as live

        live(paths, language, anonymize, content, lang.value if lang else None, only_clear,
             keys, problems)
        return
    from rolequiz.group.reader import no_gc

    with no_gc():  # a short run that only builds up data: see reader.no_gc
        data = build_report(paths, language, anonymize, content, keys, problems, only_clear)
        if handouts:
            from rolequiz.group import report as rep
            from rolequiz.views.handouts import handouts_to_html

            text = handouts_to_html(data, rep.handouts(data, keys))
            tell_skipped(data)
        elif format is ReportFormat.table:
            text = render_table(data, file=output is not None)
            if output is None:
                return
        else:
            text = document(data, format)
            tell_skipped(data)
    if output is not None:
        from rolequiz.base.files import atomic_write
        from rolequiz.base.textsafe import clean
        from rolequiz.i18n import plural

        atomic_write(output, text.encode("utf-8"), what="report")
        done = (plural(data.participants, language, "report.handouts_written",
                       path=clean(str(output))) if handouts
                else t("report.written", language, path=clean(str(output))))
        sys.stderr.write(done + "\n")
    else:
        _write_bytes(text.encode("utf-8"))


def build_report(paths: list[Path], lang: str, anonymize: bool, content: str | None,
                 keys: Any, problems: list[str], only_clear: bool = False) -> Any:
    """The report of `paths` as data: results read (sealed ones opened with `keys`)."""
    from rolequiz.group import report as rep
    from rolequiz.group.reader import read_results

    col = read_results(paths, lang=lang, keys=keys)
    col.problems[:0] = problems
    return rep.build(col, lang, anonymize=anonymize, content=content, only_clear=only_clear)


def document(data: Any, format: ReportFormat) -> str:
    """The report as a document of `format` (not the table)."""
    from rolequiz.group import report as rep
    from rolequiz.views import report_csv, report_html, report_markdown

    return {
        ReportFormat.json: rep.to_json,
        ReportFormat.csv: report_csv.to_csv,
        ReportFormat.markdown: report_markdown.to_markdown,
        ReportFormat.html: report_html.to_html,
    }[format](data)


def _check_paths(paths: list[Path], lang: str) -> None:
    """Every folder given must be a workshop (or hold results, as a folder a rolequiz
    once made for a mistyped workshop does): a name mistyped ("2b" for "2B") is said,
    with the workshops it was probably meant to be, instead of an empty report."""
    from rolequiz.group.layout import SUFFIX
    from rolequiz.group.manifest import (
        ManifestError,
        NoWorkshop,
        no_such_file,
        no_workshop_message,
        read_manifest,
    )
    from rolequiz.group.reader import holds_results

    for p in paths:
        if os.path.isfile(p):
            continue
        if os.path.isdir(p):
            try:
                if read_manifest(p, lang) is not None:
                    continue
            except ManifestError:
                continue  # a broken manifest: the report says what is wrong with it
            if holds_results(p):
                continue
        elif not os.path.lexists(p) and p.suffix.lower() == SUFFIX:
            raise no_such_file(p, lang)
        raise NoWorkshop(no_workshop_message(p, lang, student=False))


def _check_output_outside(output: Path, paths: list[Path], lang: str) -> None:
    """An export written into a folder it reports on could replace a student's result
    (`--output ws/zoe.json`), or be read as one next time: refused without --force."""
    from rolequiz.base.errors import UsageError
    from rolequiz.base.textsafe import clean
    from rolequiz.i18n import t

    place = output_place(output, paths)
    if place is None:
        return
    how, p = place
    if how == "input":
        raise UsageError(t("report.output_is_input", lang, path=clean(str(output))))
    raise UsageError(t("report.output_inside", lang, path=clean(str(output)),
                       folder=clean(str(p))))


def output_place(output: Path, paths: list[Path]) -> tuple[str, Path] | None:
    """Whether `output` is one of `paths` ("input", p), inside one of these folders
    ("inside", p), or elsewhere (None); links followed, as the write would."""
    target = os.path.join(os.path.realpath(output.parent), output.name)
    for p in paths:
        real = os.path.realpath(p)
        if target == real:
            return "input", p
        try:
            inside = os.path.isdir(p) and os.path.commonpath([target, real]) == real
        except ValueError:  # another drive (Windows)
            inside = False
        if inside:
            return "inside", p
    return None


def render_table(data: Any, *, file: bool) -> str:
    from rolequiz.cli.output import ascii_only, console
    from rolequiz.views.terminal.report import report_view

    if not file:
        # every part of the view fits the width already: no second pass to crop lines
        console().print(report_view(data, ascii_only=ascii_only()), crop=False)
        return ""
    import io

    from rich.console import Console

    buf = io.StringIO()
    Console(file=buf, width=100, color_system=None, markup=False, emoji=False,
            highlight=False).print(report_view(data), crop=False)
    return buf.getvalue()


def tell_skipped(data: Any) -> None:
    """Exports have no room for the files left out: name them on stderr."""
    from rolequiz.base.textsafe import clean
    from rolequiz.group.report import skip_reason
    from rolequiz.i18n import plural, t

    if not data.skipped:
        return
    if data.anonymized:
        sys.stderr.write("rolequiz: " + plural(len(data.skipped), data.lang,
                                               "report.skipped_count") + "\n")
        return
    for s in data.skipped:
        sys.stderr.write("rolequiz: " + t("report.skipped_line", data.lang, path=clean(s.path),
                                           reason=clean(skip_reason(s, data.lang))) + "\n")


def _write_bytes(raw: bytes) -> None:
    out = getattr(sys.stdout, "buffer", None)
    if out is None:
        sys.stdout.write(raw.decode("utf-8"))
    else:
        sys.stdout.flush()
        out.write(raw)
    sys.stdout.flush()


# -- rolequiz workshop init ------------------------------------------------------------------------

workshop_app = typer.Typer(
    name="workshop",
    help=HELP["workshop"],
    short_help=HELP["workshop (short)"],
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(workshop_app, name="workshop")


@workshop_app.command("init", cls=RolequizCommand,
                      help=HELP["workshop init"], short_help=HELP["workshop init (short)"])
def init(
    folder: Annotated[Path, typer.Argument(metavar="DIR", help=HELP["workshop init DIR"])],
    title: Annotated[str, typer.Option("--title", metavar="TITLE",
                                       help=HELP["workshop init --title"])],
    questions: QuestionsOpt = None,
    roles: RolesOpt = None,
    open_: Annotated[
        bool, typer.Option("--open", help=HELP["workshop init --open"])
    ] = False,
    lang: LangOpt = None,
    force: Annotated[
        bool, typer.Option("--force", help=HELP["workshop init --force"])
    ] = False,
) -> None:
    from rolequiz.base.shell import command
    from rolequiz.base.textsafe import clean
    from rolequiz.cli.keyring import forget_key, new_workshop_key
    from rolequiz.group import manifest
    from rolequiz.group.report import content_id
    from rolequiz.i18n import t

    language = lang_of(lang)
    made: list[str] = []

    def seal(workshop: str, title: str) -> dict[str, str]:
        made.append(workshop)
        return new_workshop_key(workshop, title)

    try:
        m = manifest.init(folder, title, questions, roles, language,
                          force=force, seal=None if open_ else seal)
    except BaseException:
        for workshop in made:  # no key kept for a workshop that is not there
            forget_key(workshop)
        raise
    where = os.path.abspath(folder)  # students type it from anywhere: the whole path
    lines = [t("workshop.ready", language, title=clean(m.title), folder=clean(where),
               content=content_id(m.content_key)),
             t("workshop.students_type", language),
             "  " + clean(command(["rolequiz", "quiz", "--workshop", where]))]
    short = _short_form(where)
    if short is not None:
        lines += [t("workshop.short_form", language, cwd=clean(os.getcwd())),
                  "  " + clean(command(["rolequiz", "quiz", "--workshop", short]))]
    lines += [t("workshop.report_with", language),
              "  " + clean(command(["rolequiz", "report", where]))]
    if m.sealed:
        from rolequiz.cli.keyring import keys_dir
        from rolequiz.group.seal import key_path

        lines += [t("seal.init_sealed", language, key_id=m.key_id,
                    path=clean(str(key_path(keys_dir(), m.id)))),
                  "  " + clean(command(["rolequiz", "workshop", "key", "export", where,
                                        "--output", t("workshop.file_word", language)]))]
    else:
        sys.stderr.write("rolequiz: " + t("seal.init_open", language) + "\n")
    sys.stdout.write("\n".join(lines) + "\n")


def _short_form(folder: str) -> str | None:
    """The folder as a path from the current folder, when it is inside it: short enough
    to dictate or write on the board ("2B" rather than "/mnt/share/classes/2B"). None
    when it is elsewhere."""
    try:
        rel = os.path.relpath(folder)
    except ValueError:  # another drive (Windows)
        return None
    if rel == os.pardir or rel.startswith(os.pardir + os.sep):
        return None
    return rel


def folder_commands(folder: str, windows: bool | None = None) -> tuple[str, str]:
    """The commands a workshop's folder is used with, as printed for the group: the folder
    absolute (students start elsewhere, often on another drive: a relative one would make
    them a folder of their own) and quoted for the shell (shares have names with spaces)."""
    from rolequiz.base.shell import command

    return (command(["rolequiz", "quiz", "--workshop", folder], windows),
            command(["rolequiz", "report", folder], windows))
