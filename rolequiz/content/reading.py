"""Reading a file the user named on the command line (content, answers, a saved result):
once, bounded, and what is wrong with it said in the user's language. No PyYAML here: a
JSON answers file is read without it (content/answers.py)."""

from __future__ import annotations

from pathlib import Path

from rolequiz.base.errors import ContentError, Problem
from rolequiz.base.files import FileTooLarge, read_bounded
from rolequiz.i18n import t, tell


def read_given(path: str | Path, limit: int, lang: str = "en", audience: str = "tu") -> bytes:
    """The bytes of a file the user named (content, answers, a saved result), read once:
    a pipe too (`--answers <(cat a.yaml)`), then parsed from memory; never more than
    `limit` (base/files.read_bounded). ContentError names the file and says, in `lang`,
    what is wrong: missing, a folder, not allowed, too large; and to `audience` (a student
    or a counselor) what to do."""
    name = str(path)

    def refuse(message: str, hint: str = "") -> ContentError:
        return ContentError([Problem(name, None, None, message, hint)])

    try:
        return read_bounded(path, limit, special=True)
    except FileNotFoundError:
        raise refuse(t("file.not_found", lang),
                     tell("file.not_found_hint", lang, audience)) from None
    except IsADirectoryError:
        raise refuse(t("file.is_folder", lang),
                     tell("file.is_folder_hint", lang, audience)) from None
    except PermissionError:
        raise refuse(t("file.permission", lang),
                     tell("file.permission_hint", lang, audience)) from None
    except FileTooLarge:
        raise refuse(t("file.too_large", lang, kb=limit // 1024),
                     t("file.too_large_hint", lang)) from None
    except OSError as e:
        raise refuse(t("file.unreadable", lang, reason=e.strerror or e)) from None


# JSON's words (json.JSONDecodeError.msg) -> the catalogue's
_JSON_WORDS = {
    "Expecting value": "json.says.value",
    "Expecting property name enclosed in double quotes": "json.says.property_name",
    "Expecting ',' delimiter": "json.says.comma",
    "Expecting ':' delimiter": "json.says.colon",
    "Unterminated string starting at": "json.says.unterminated",
    "Invalid control character at": "json.says.control",
    "Invalid \\escape": "json.says.escape",
    "Invalid \\uXXXX escape": "json.says.u_escape",
    "Extra data": "json.says.extra_data",
}
_TRAILING = {"object": "json.says.object", "array": "json.says.array"}


def json_words(msg: str, lang: str) -> str:
    """What the json module says is wrong (its English, `msg`) in `lang`; as it says it
    when the catalogue does not know those words."""
    key = _JSON_WORDS.get(msg)
    if key is not None:
        return t(key, lang)
    before, _, container = msg.rpartition(" ")
    if before == "Illegal trailing comma before end of" and container in _TRAILING:
        return t("json.says.trailing_comma", lang, container=t(_TRAILING[container], lang))
    return msg
