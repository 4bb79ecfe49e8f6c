"""Participants: short codes that name nobody, cleaned names, file-name-safe slugs, and
the order a counselor looks names up in."""

from __future__ import annotations

import re
import secrets
import unicodedata
from dataclasses import dataclass
from typing import Any

MAX_NAME = 100  # characters of a participant name kept
MAX_SLUG = 40  # characters of a name used in a file name

_CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i: easy to read out loud
_CODE_LEN = 6
_CODE = re.compile(f"[{_CODE_ALPHABET}]{{{_CODE_LEN}}}\\Z")
_split_digits = re.compile(r"(\d+)").split
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", "clock$"} | {
    f"{p}{n}" for p in ("com", "lpt") for n in range(10)
}


# -- names and codes ---------------------------------------------------------------------


def new_code() -> str:
    """A short random code that identifies a participant without naming them."""
    return "".join(secrets.choice(_CODE_ALPHABET) for _ in range(_CODE_LEN))


def is_code(text: str) -> bool:
    return bool(_CODE.match(text))


def clean_name(name: str | None) -> str | None:
    """The name as stored: trimmed, one line, at most MAX_NAME characters; None if blank."""
    if name is None:
        return None
    name = " ".join(name.split())
    return name[:MAX_NAME] or None


def sort_key(name: str) -> tuple[list[str | int], str]:
    """The key that puts names in the order of a class list, without ICU: accents with
    their letter (É with E), case ignored, digits as numbers ("Élève 2" before "Élève 10");
    names equal under these rules in the order of their code points."""
    text = name.casefold()
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text)
                       if not unicodedata.combining(c))
    parts: list[str | int] = _split_digits(text)
    if len(parts) > 1:
        # text at even places, digit runs at odd ones: two keys compare text with text
        parts[1::2] = map(int, parts[1::2])
    return parts, name


def slug(name: str | None) -> str:
    """A file-name-safe form of `name` for every system (Windows, FAT USB sticks):
    ASCII letters, digits and dashes only, at most MAX_SLUG characters, never a reserved
    device name (CON, NUL...). '' when nothing usable is left (the caller uses a code)."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKD", name)
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    text = text[:MAX_SLUG].strip("-")
    if text in _WINDOWS_RESERVED:
        text = "p-" + text
    return text


@dataclass(frozen=True)
class Participant:
    code: str
    name: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "code": self.code}

    @property
    def stem(self) -> str:
        """The result's file name without suffix: the name's slug, else the code."""
        return slug(self.name) or self.code


def participant(name: str | None = None, code: str | None = None) -> Participant:
    return Participant(code=code or new_code(), name=clean_name(name))
