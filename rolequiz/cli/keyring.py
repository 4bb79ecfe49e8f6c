"""The keys of sealed workshops on the counselor's computer: made by `workshop init`, kept
in their data folder, opened from an exported file with its passphrase, and the keys a
report needs (cli/keys.py has the commands that move a key between computers)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any


def keys_dir() -> Path:
    """Where this computer keeps the private keys of the workshops prepared on it: `keys/`
    in the user's data folder (ROLEQUIZ_STATE_DIR, else the platform's)."""
    from rolequiz.group.seal import KEY_DIR
    from rolequiz.quiz.progress import state_dir

    return state_dir() / KEY_DIR


def new_workshop_key(workshop: str, title: str) -> dict[str, str]:
    """`manifest.init`'s seal step: a key pair; the private half kept on this computer."""
    from rolequiz.group import seal

    key = seal.new_key(workshop, title)
    seal.save_key(keys_dir(), key)
    return key.manifest_record()


def forget_key(workshop: str) -> None:
    """Remove a key kept for a workshop that could not be prepared after all."""
    from rolequiz.group import seal

    try:
        os.unlink(seal.key_path(keys_dir(), workshop))
    except (OSError, ValueError):
        pass


MAX_PASSPHRASE_FILE = 4096  # the first line is the passphrase; a file is a few bytes


def passphrase(file: Path | None, lang: str, *, twice: bool) -> str:
    """The passphrase: the first line of `file`, else asked on the terminal (twice when
    it is being chosen). Never from the command line itself: it would show in the list of
    running programs and in the shell's history."""
    from rolequiz.base.errors import UsageError
    from rolequiz.i18n import t

    if file is not None:
        from rolequiz.base.files import read_bounded
        from rolequiz.base.textsafe import clean

        try:  # `<(pass show ws)` is a pipe: read once; /dev/zero never past the limit
            raw = read_bounded(file, MAX_PASSPHRASE_FILE, special=True)
            text = raw.decode("utf-8").split("\n", 1)[0].rstrip("\r")
        except (OSError, UnicodeDecodeError) as e:
            raise UsageError(t("seal.passphrase_unreadable", lang, path=clean(str(file)),
                               reason=getattr(e, "strerror", None) or e)) from None
    else:
        try:
            tty = sys.stdin.isatty()
        except (AttributeError, ValueError):
            tty = False
        if not tty:
            raise UsageError(t("seal.passphrase_no_terminal", lang))
        import getpass

        text = getpass.getpass(t("seal.passphrase_prompt", lang))
        if twice and getpass.getpass(t("seal.passphrase_again", lang)) != text:
            raise UsageError(t("seal.passphrase_mismatch", lang))
    if not text:
        raise UsageError(t("seal.passphrase_empty", lang))
    return text


def keyring_for(paths: list[Path], key_file: Path | None, passphrase_file: Path | None,
                lang: str) -> tuple[Any, list[str]]:
    """The keys a report of `paths` needs, and the problems to show with it (a manifest
    whose key is not the one kept for its workshop). A sealed workshop whose key is
    nowhere here is a UsageError (exit 2) saying which key and how to bring it."""
    from rolequiz.base.errors import UsageError
    from rolequiz.base.textsafe import clean
    from rolequiz.group import seal
    from rolequiz.group.layout import SEALED_SUFFIX
    from rolequiz.group.manifest import ManifestError, read_manifest
    from rolequiz.i18n import t
    from rolequiz.i18n.errors import reason

    manifests = []
    loose = False
    for p in paths:
        if os.path.isdir(p):
            try:
                m = read_manifest(p, lang)
            except ManifestError:
                continue  # the report says what is wrong with it
            if m is not None and m.sealed:
                manifests.append(m)
        elif str(p).lower().endswith(SEALED_SUFFIX):
            loose = True
    if not manifests and not loose and key_file is None:
        return None, []
    ring = seal.Keyring()
    if key_file is not None:
        ring.add(unlock_file(key_file, passphrase_file, lang))
    store = keys_dir()
    problems: list[str] = []
    unreadable: dict[str, str] = {}  # workshop -> why its kept key cannot be read
    wanted = {m.id for m in manifests}
    if loose:
        try:
            wanted |= {n[:-5] for n in os.listdir(store) if n.endswith(".json")}
        except OSError:
            pass
    for workshop in sorted(wanted):
        try:
            kept = seal.load_key(store, workshop)
        except seal.KeyUnreadable as e:
            unreadable[workshop] = t("seal.key_unreadable", lang, path=clean(str(e.path)),
                                     reason=clean(reason(e.reason, e.errno, lang)))
            continue
        except seal.SealError as e:
            problems.append(clean(e.words(lang)))
            continue
        if kept is not None:
            ring.add(kept)
    for m in manifests:
        if m.key_id in ring:
            continue
        if m.id in ring.workshops:  # the key was changed in the shared folder
            problems.append(t("seal.manifest_key_changed", lang, folder=clean(str(m.folder)),
                              key_id=m.key_id, kept=ring.workshops[m.id]))
            continue
        if m.id in unreadable:
            raise UsageError(unreadable[m.id])
        raise UsageError(t("seal.no_key", lang, folder=clean(str(m.folder)),
                           title=clean(m.title), key_id=m.key_id, id=m.id))
    return ring, problems


def unlock_file(path: Path, passphrase_file: Path | None, lang: str):
    """An exported key, opened with its passphrase (asked once)."""
    from rolequiz.base.errors import UsageError
    from rolequiz.base.files import read_bounded
    from rolequiz.base.textsafe import clean
    from rolequiz.group import seal
    from rolequiz.i18n import t
    from rolequiz.i18n.errors import reason

    try:  # a pipe is read once; a device never past the limit
        raw = read_bounded(path, seal.MAX_KEY_BYTES, special=True)
    except OSError as e:
        raise UsageError(t("seal.key_unreadable", lang, path=clean(str(path)),
                           reason=reason(e.strerror or str(e), e.errno, lang))) from None
    try:
        _, title, _ = seal.export_info(raw)
        return seal.unlock(raw, passphrase(passphrase_file, lang, twice=False))
    except seal.WrongPassphrase:
        raise UsageError(t("seal.wrong_passphrase", lang, path=clean(str(path)),
                           title=clean(title))) from None
    except seal.SealError as e:
        raise UsageError(t("seal.not_a_key", lang, path=clean(str(path)),
                           reason=e.words(lang))) from None
