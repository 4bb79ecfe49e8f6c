"""Make text from files safe to show: control and bidi characters made visible.

Content files, answers and student names come from others. A raw ESC can clear the
screen or forge a link, U+202E can reverse what a line seems to say. Everything shown in
the terminal or written to an export goes through `clean` first.
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
