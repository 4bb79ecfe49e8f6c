"""Reading a file the user named on the command line (content, answers, a saved result):
once, bounded, and what is wrong with it said in the user's language. No PyYAML here: a
JSON answers file is read without it (content/answers.py)."""

from __future__ import annotations

from pathlib import Path

from rolequiz.base.errors import ContentError, Problem
from rolequiz.base.files import FileTooLarge, read_bounded
from rolequiz.i18n import t


def read_given(path: str | Path, limit: int, lang: str = "en") -> bytes:
    """The bytes of a file the user named (content, answers, a saved result), read once:
    a pipe too (`--answers <(cat a.yaml)`), then parsed from memory; never more than
    `limit` (base/files.read_bounded). ContentError names the file and says, in `lang`,
    what is wrong: missing, a folder, not allowed, too large."""
    name = str(path)

    def refuse(message: str, hint: str = "") -> ContentError:
        return ContentError([Problem(name, None, None, message, hint)])

    try:
        return read_bounded(path, limit, special=True)
    except FileNotFoundError:
        raise refuse(t("file.not_found", lang), t("file.not_found_hint", lang)) from None
    except IsADirectoryError:
        raise refuse(t("file.is_folder", lang), t("file.is_folder_hint", lang)) from None
    except PermissionError:
        raise refuse(t("file.permission", lang), t("file.permission_hint", lang)) from None
    except FileTooLarge:
        raise refuse(t("file.too_large", lang, kb=limit // 1024),
                     t("file.too_large_hint", lang)) from None
    except OSError as e:
        raise refuse(t("file.unreadable", lang, reason=e.strerror or e)) from None
