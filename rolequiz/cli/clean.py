"""`rolequiz workshop clean DIR`: what saves cut off left in a workshop folder (a computer
switched off, a process killed): whole results recovered, the rest removed
(group/cleanup.py). The report says when there is something to clean."""

from pathlib import Path
from typing import Annotated

import typer

from rolequiz.cli.app import RolequizCommand
from rolequiz.cli.options import LangOpt, lang_of
from rolequiz.cli.workshop import workshop_app
from rolequiz.i18n.help_en import HELP


@workshop_app.command("clean", cls=RolequizCommand,
                      help=HELP["workshop clean"], short_help=HELP["workshop clean (short)"])
def clean_command(
    folder: Annotated[Path, typer.Argument(metavar="DIR", help=HELP["workshop DIR"])],
    lang: LangOpt = None,
) -> None:
    import os
    import sys

    from rolequiz.base.errors import SaveError, UsageError
    from rolequiz.base.textsafe import clean
    from rolequiz.group.cleanup import clean as clean_folder
    from rolequiz.group.layout import MANIFEST
    from rolequiz.group.manifest import require
    from rolequiz.i18n import t

    language = lang_of(lang)
    if not (os.path.isdir(folder) and os.path.lexists(folder / MANIFEST)):
        require(folder, language, student=False)  # says which workshop it was meant to be
    try:  # the key opens the temporary files of sealed results, to tell whole ones
        from rolequiz.cli.keyring import keyring_for

        keys, _ = keyring_for([folder], None, None, language)
    except UsageError:
        keys = None  # not on this computer: those files are left as they are, and said
    done = clean_folder(folder, keys=keys)
    lines = [t("clean.recovered", language, temp=clean(str(temp)), path=clean(str(path)))
             for temp, path in done.recovered]
    lines += [t("clean.removed", language, path=clean(str(p))) for p in done.removed]
    lines += [t("clean.locked", language, path=clean(str(p))) for p in done.locked]
    if done.locked:
        lines.append(t("clean.locked_hint", language))
    if not lines and not done.failed:
        lines = [t("clean.nothing", language, folder=clean(str(folder)))]
    sys.stdout.write("".join(line + "\n" for line in lines))
    sys.stdout.flush()
    if done.failed:
        raise SaveError("\n".join(t("clean.failed", language, path=str(p), reason=why)
                                  for p, why in done.failed))
