"""Make text from files safe to show: control and bidi characters made visible.

Content files, answers and student names come from others. A raw ESC can clear the
screen or forge a link, U+202E can reverse what a line seems to say. Everything shown in
the terminal or written to an export goes through `clean` first.

A console whose code page lacks a character (cp850 has no "€") gets a stand-in that reads
the same ("EUR"): `stand_ins()` is the error handler the CLI's streams are set up with.
"""

from __future__ import annotations

import re

_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f" + _BIDI + "]")
_UNSAFE_ONE_LINE = re.compile("[\x00-\x1f\x7f-\x9f" + _BIDI + "]")


def _visible(m: re.Match[str]) -> str:
    ch = m.group()
    if ch == "\t":
        return " "
    if ch == "\n":
        return " "
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def clean(text: str, *, multiline: bool = False) -> str:
    """`text` with control and bidi characters shown as escapes (\\x1b, \\u202e).
    Newlines are kept only when `multiline`; tabs become spaces."""
    pattern = _UNSAFE if multiline else _UNSAFE_ONE_LINE
    return pattern.sub(_visible, text)


# -- a console that cannot show every character (cp850, cp1252, ascii) ----------------------

STAND_INS = "rolequiz-stand-ins"  # the `errors=` name of stand_in() as a codec error handler

_STAND_IN = {
    "€": "EUR", "‰": "o/oo", "œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss",
    "ø": "o", "Ø": "O", "·": ".", "•": "-", "×": "x", "±": "+/-", "≤": "<=", "≥": ">=",
    "←": "<-", "→": "->", "↑": "^", "↓": "v", "▲": "^", "▼": "v", "‹": "<", "›": ">",
    "█": "#", "░": ".", "━": "=", "─": "-", "│": "|",
    **dict.fromkeys("‐‑‒–—―−", "-"), **dict.fromkeys("‘’‚‛′", "'"),
    **dict.fromkeys("“”„‟″«»", '"'),
}


def stand_in(text: str) -> str:
    """`text` in ASCII, read the same where possible: "EUR" for €, "-" for a dash, "..." for
    "…", letters without their accents; "?" for the rest."""
    import unicodedata

    out = []
    for ch in text:
        if ch in _STAND_IN:
            out.append(_STAND_IN[ch])
        elif ch.isascii():
            out.append(ch)
        else:
            plain = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode()
            out.append(plain or "?")
    return "".join(out)


def _stand_in_error(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    return stand_in(error.object[error.start:error.end]), error.end


def stand_ins() -> str:
    """The codec error handler that writes stand_in() for what an encoding cannot hold:
    `stream.reconfigure(errors=stand_ins())`."""
    import codecs

    codecs.register_error(STAND_INS, _stand_in_error)
    return STAND_INS
