"""Where French text needs a no-break space, and where it has a point médian or a straight
apostrophe: the rules the French catalogue and the default questions are tested against,
and that `rolequiz validate` warns about in content files.

French puts a no-break space (U+00A0, or the narrow U+202F) before : ; ! ? and », after «,
between the groups of digits of a number and between a number and its unit ("50 000 €",
"100 %", "3 min"), and after "n°". With an ordinary space there, a line may start with
": suis ta première impression" or end with "environ 50 000" over "€".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

HIGH = ";:!?»"  # the punctuation French sets off with a space before it
UNITS = ("%", "‰", "€", "$", "£", "k€", "M€", "h", "min", "s", "ms", "km", "kg", "°C",
         "ko", "Mo", "Go", "To")
_UNIT = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
_RULES = [
    # an ordinary space before : ; ! ? (» is below); a lone "?" or "!" followed by a word in
    # lower case is a key named in a sentence ("? aide", "ou ? pour l'aide"), not punctuation
    ("space", "space_before", re.compile(r" (?=[;:])| (?=[!?](?! [a-zà-ÿ]))"),
     "ordinary space before {char!r}", "use a no-break space (U+00A0)"),
    ("space", "no_space_before", re.compile(r"(?<=[\w})\]])(?=[;:!?»](?:\s|$))"),
     "no space before {char!r}", "put a no-break space (U+00A0) before it"),
    ("space", "after_open_quote", re.compile(r"(?<=«) |(?<=«)(?=\S)"),
     "no no-break space after '«'", "write « text » with no-break spaces (U+00A0)"),
    ("space", "before_close_quote", re.compile(r"(?<=[^\s«]) ?(?=»)"),
     "no no-break space before '»'", "write « text » with no-break spaces (U+00A0)"),
    ("space", "in_number", re.compile(r"(?<=\d) (?=\d{3}(?!\d))"),
     "ordinary space inside a number", "group digits with a no-break space (U+00A0)"),
    # a figure, or a placeholder standing for one, and its unit
    ("space", "before_unit", re.compile(r"(?<=[\d}]) (?=(?:" + _UNIT + r")(?!\w))"),
     "ordinary space between a number and its unit", "use a no-break space (U+00A0)"),
    ("space", "after_numero", re.compile(r"(?<=\bn°)(?: |(?=[\d{]))"),
     "ordinary space after 'n°'", "use a no-break space (U+00A0)"),
    ("median", "median", re.compile(r"(?<=\w)·(?=\w)"),
     "point médian", "write both forms (« ingénieure ou ingénieur ») or a word for both"),
    ("apostrophe", "apostrophe", re.compile(r"(?<=\w)'(?=[\w{])"),
     "straight apostrophe", "write the typographic apostrophe ’"),
]


@dataclass(frozen=True)
class Fault:
    """One place of a French text that breaks a rule: where (an index into the text), which
    kind ("space", "median" or "apostrophe"), what is wrong and how to fix it (in English:
    `rule` names it for a message in the reader's language, with `char`)."""

    index: int
    kind: str
    message: str
    hint: str
    rule: str = ""
    char: str = ""

    def excerpt(self, text: str, around: int = 15) -> str:
        """The words around the fault, to find it in a long text."""
        start, end = max(0, self.index - around), min(len(text), self.index + around + 1)
        piece = " ".join(text[start:end].split())
        return ("…" if start else "") + piece + ("…" if end < len(text) else "")


def faults(text: str, kinds: tuple[str, ...] = ("space", "median", "apostrophe")
           ) -> list[Fault]:
    """Every place of French `text` that breaks a rule of `kinds`, in text order."""
    out = []
    for kind, rule, pattern, message, hint in _RULES:
        if kind not in kinds:
            continue
        for m in pattern.finditer(text):
            at = m.end() if m.end() < len(text) else m.start()
            char = text[at:at + 1]
            out.append(Fault(m.start(), kind, message.format(char=char), hint, rule, char))
    return sorted(out, key=lambda f: f.index)
