"""`rolequiz workshop key export` and `import`: a sealed workshop's key moved to another
computer, locked with a passphrase (the keys themselves: cli/keyring.py)."""

import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from rolequiz.cli.app import RolequizCommand
from rolequiz.cli.keyring import keys_dir, passphrase, unlock_file
from rolequiz.cli.options import LangOpt, lang_of
from rolequiz.cli.workshop import workshop_app
from rolequiz.i18n.help_en import HELP

key_app = typer.Typer(
    name="key",
    help=HELP["workshop key"],
    short_help=HELP["workshop key (short)"],
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
    rich_markup_mode=None,
)
workshop_app.add_typer(key_app, name="key")

@key_app.command("export", cls=RolequizCommand,
                 help=HELP["workshop key export"], short_help=HELP["workshop key export (short)"])
def export_command(
    folder: Annotated[Path, typer.Argument(metavar="DIR", help=HELP["workshop DIR"])],
    output: Annotated[Path, typer.Option("--output", "-o", metavar="FILE",
                                         help=HELP["workshop key export --output"])],
    passphrase_file: Annotated[
        Optional[Path],  # noqa: UP045 - typer reads the annotation at run time
        typer.Option("--passphrase-file", metavar="FILE", help=HELP["workshop --passphrase-file"]),
    ] = None,
    lang: LangOpt = None,
) -> None:
    from rolequiz.base.errors import UsageError
    from rolequiz.base.files import atomic_write
    from rolequiz.base.shell import command
    from rolequiz.base.textsafe import clean
    from rolequiz.cli.emit import check_output
    from rolequiz.cli.workshop import output_place
    from rolequiz.group import seal
    from rolequiz.group.manifest import require
    from rolequiz.i18n import t

    language = lang_of(lang)
    m = require(folder, language, student=False)
    if not m.sealed:
        raise UsageError(t("seal.open_workshop", language, folder=clean(str(folder))))
    if output_place(output, [folder]) is not None:
        raise UsageError(t("seal.export_inside", language, folder=clean(str(folder))))
    check_output(output, language)
    try:
        key = seal.load_key(keys_dir(), m.id)
    except seal.KeyUnreadable as e:
        from rolequiz.i18n.errors import reason

        raise UsageError(t("seal.key_unreadable", language, path=clean(str(e.path)),
                           reason=clean(reason(e.reason, e.errno, language)))) from None
    except seal.SealError as e:
        raise UsageError(clean(e.words(language))) from None
    if key is None or key.id != m.key_id:
        raise UsageError(t("seal.no_key", language, folder=clean(str(folder)),
                           title=clean(m.title), key_id=m.key_id, id=m.id))
    secret = passphrase(passphrase_file, language, twice=True)
    if len(secret) < seal.MIN_PASSPHRASE:
        raise UsageError(t("seal.passphrase_short", language, n=seal.MIN_PASSPHRASE))
    atomic_write(output, seal.lock(key, secret), what="workshop key", private=True)
    sys.stdout.write(t("seal.exported", language, title=clean(m.title),
                       path=clean(str(output)),
                       report=clean(command(["rolequiz", "report", os.path.abspath(folder),
                                             "--key", str(output)])),
                       imported=clean(command(["rolequiz", "workshop", "key", "import",
                                               str(output)]))) + "\n")


@key_app.command("import", cls=RolequizCommand,
                 help=HELP["workshop key import"], short_help=HELP["workshop key import (short)"])
def import_command(
    file: Annotated[Path, typer.Argument(metavar="FILE",
                                         help=HELP["workshop key import FILE"])],
    passphrase_file: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--passphrase-file", metavar="FILE", help=HELP["workshop --passphrase-file"]),
    ] = None,
    lang: LangOpt = None,
) -> None:
    from rolequiz.base.errors import UsageError
    from rolequiz.base.textsafe import clean
    from rolequiz.group import seal
    from rolequiz.i18n import t

    language = lang_of(lang)
    key = unlock_file(file, passphrase_file, language)
    try:
        kept = seal.load_key(keys_dir(), key.workshop)
    except seal.SealError:
        kept = None  # a damaged copy: replaced by this one
    if kept is not None and kept.id != key.id:
        raise UsageError(t("seal.import_other", language, title=clean(key.title),
                           path=clean(str(seal.key_path(keys_dir(), key.workshop)))))
    path = seal.save_key(keys_dir(), key)
    sys.stdout.write(t("seal.imported", language, title=clean(key.title),
                       path=clean(str(path))) + "\n")

