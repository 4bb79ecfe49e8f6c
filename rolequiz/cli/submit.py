"""`rolequiz workshop submit DIR`: results that could not reach their workshop folder at the
end of a quiz (a share gone, full or read-only) are kept on the student's computer; this
brings them in once the folder can be reached."""

from pathlib import Path
from typing import Annotated, Optional

import typer

from rolequiz.cli.app import RolequizCommand
from rolequiz.cli.options import LangOpt, lang_of
from rolequiz.cli.workshop import workshop_app
from rolequiz.i18n.help_en import HELP


@workshop_app.command("submit", cls=RolequizCommand,
                      help=HELP["workshop submit"], short_help=HELP["workshop submit (short)"])
def submit_command(
    folder: Annotated[Path, typer.Argument(metavar="DIR", help=HELP["workshop DIR"])],
    state_dir: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--state-dir", metavar="DIR", help=HELP["workshop submit --state-dir"]),
    ] = None,
    lang: LangOpt = None,
) -> None:
    import json
    import sys

    from rolequiz.base.errors import NotFound, SaveError, UsageError
    from rolequiz.base.files import read_bounded
    from rolequiz.base.textsafe import clean
    from rolequiz.cli.join import UNSENT
    from rolequiz.group import store
    from rolequiz.group.layout import MAX_RESULT_BYTES
    from rolequiz.group.manifest import read_manifest
    from rolequiz.i18n import t
    from rolequiz.i18n.errors import message
    from rolequiz.quiz.progress import state_dir as folder_of

    language = lang_of(lang)
    manifest = read_manifest(folder)
    if manifest is None:
        raise NotFound(t("submit.none", language, folder=folder))
    kept = folder_of(state_dir) / UNSENT
    sent = 0
    try:
        entries = sorted(kept.glob("*.json"))
    except OSError:
        entries = []
    for path in entries:
        if not path.is_file() or path.is_symlink():
            continue  # only the files this program wrote there
        try:
            doc = json.loads(read_bounded(path, MAX_RESULT_BYTES).decode("utf-8"))
        except (OSError, ValueError, RecursionError):
            continue
        workshop = doc.get("workshop") if isinstance(doc, dict) else None
        if not isinstance(workshop, dict) or workshop.get("id") != manifest.id:
            continue  # another workshop's
        try:
            saved = store.submit(folder, doc, language)
        except (SaveError, UsageError) as e:
            sys.stderr.write(clean(t("submit.bad", language, path=path,
                                     error=message(e, language))) + "\n")
            continue
        path.unlink(missing_ok=True)
        sent += 1
        sys.stdout.write(clean(t("submit.sent", language, path=saved)) + "\n")
    if not sent:
        sys.stdout.write(clean(t("submit.none", language, folder=folder)) + "\n")
