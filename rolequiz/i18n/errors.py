"""Errors raised below this layer, in the user's language.

rolequiz/base cannot look words up (it sits under i18n), so base/files.py raises a
SaveError with its parts (which sentence, which file, where, why) and the sentence is made
here, in the session's language: the CLI's error reporter (cli/guard.py) and every message
that quotes a save error call `message`."""

from __future__ import annotations

import errno as codes

from rolequiz.base.errors import SaveError
from rolequiz.i18n import DEFAULT, t

# the files a SaveError names (its `what`) -> their key under "save.what."
WHATS = {
    "result": "result",
    "quiz progress": "quiz_progress",
    "progress": "progress",
    "workshop manifest": "workshop_manifest",
    "report": "report",
    "workshop key": "workshop_key",
    "output": "output",
    "file": "file",
}
# the system's reasons worth saying in the user's language, by error number
REASONS = {
    codes.ENOSPC: "enospc",
    codes.EACCES: "eacces",
    codes.EPERM: "eperm",
    codes.EROFS: "erofs",
    codes.ENOENT: "enoent",
    codes.EISDIR: "eisdir",
    codes.ENOTDIR: "enotdir",
    codes.EEXIST: "eexist",
    codes.ENAMETOOLONG: "enametoolong",
    codes.EIO: "eio",
    codes.EFBIG: "efbig",
    **({codes.EDQUOT: "edquot"} if hasattr(codes, "EDQUOT") else {}),
}


def reason(text: str, number: int | None, lang: str) -> str:
    """The system's reason for a failure (`text`, its strerror; `number`, its errno) in
    `lang`. English keeps the system's own words; another language has its own for the
    usual ones, and the system's words for the rest."""
    from rolequiz.base.files import NOT_REGULAR, TOO_LARGE

    if lang == DEFAULT:
        return text
    if text == NOT_REGULAR:
        return t("os.not_regular", lang)
    if text == TOO_LARGE:
        return t("os.too_large", lang)
    name = REASONS.get(number) if number is not None else None
    return t("os." + name, lang) if name else text


def what_words(what: str, lang: str) -> str:
    """The file a SaveError names, with its article: "the result", « le résultat »."""
    name = WHATS.get(what)
    if name is None:  # a file no catalogue names: English as it was, else "the file"
        return f"the {what}" if lang == DEFAULT else t("save.what.file", lang)
    return t("save.what." + name, lang)


def message(error: BaseException, lang: str) -> str:
    """An error's message in `lang`: a SaveError made of parts is worded here; any other
    error is already in its words."""
    if isinstance(error, SaveError) and error.key:
        return t("save." + error.key, lang, what=what_words(error.what, lang),
                 path=error.path, reason=reason(error.reason, error.errno, lang))
    return str(error)


def lines(error: BaseException, lang: str) -> list[str]:
    """What the error reporter writes, one item per message."""
    if isinstance(error, SaveError) and error.key:
        return [message(error, lang)]
    from rolequiz.base.errors import RolequizError

    return error.lines() if isinstance(error, RolequizError) else [str(error)]
