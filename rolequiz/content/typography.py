"""French typography in content files: the French texts (the `fr:` of a text given in
several languages) where a line could break before : ; ! ? », after «, or inside a number
and its unit, because an ordinary space stands where a no-break one belongs, and those
with a straight apostrophe or a point médian (a quote, never under `fr:`, keeps the
article's own signs). They are
warnings of `rolequiz validate`, not problems: such content works, and reads a little
worse. The rules are `rolequiz.i18n.typography`'s.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from rolequiz.base.errors import Problem
from rolequiz.i18n import t
from rolequiz.i18n.typography import faults

# each spacing rule (i18n/typography.py): what is wrong, and what to do, in the catalogue
_WORDS = {
    "space_before": ("typography.space_before", "typography.use_nbsp"),
    "no_space_before": ("typography.no_space_before", "typography.put_nbsp"),
    "after_open_quote": ("typography.after_open_quote", "typography.quotes_nbsp"),
    "before_close_quote": ("typography.before_close_quote", "typography.quotes_nbsp"),
    "in_number": ("typography.in_number", "typography.group_digits"),
    "before_unit": ("typography.before_unit", "typography.use_nbsp"),
    "after_numero": ("typography.after_numero", "typography.use_nbsp"),
    "apostrophe": ("typography.apostrophe", "typography.curly_apostrophe"),
    "median": ("typography.median", "typography.both_forms"),
}


def french_warnings(paths: Iterable[str | Path], lang: str = "en") -> list[Problem]:
    """Every French text of the content files `paths` that breaks a rule, one
    warning each, with its line and column, worded in `lang` for the counselor who runs
    `validate`. Files that cannot be read are left to the validation (which has reported
    them already)."""
    from rolequiz.base.errors import RolequizError
    from rolequiz.content import yamlsafe

    out: list[Problem] = []
    for path in paths:
        try:
            node, name, raw = yamlsafe.load(path)
        except (RolequizError, OSError):
            continue
        text = raw.decode("utf-8")
        for scalar in _french(node):
            value = scalar.value
            for fault in faults(value):
                line, column = _where(scalar, text, fault.index)
                message, hint = _WORDS[fault.rule]
                out.append(Problem(name, line, column,
                                   t("typography.warning", lang,
                                     message=t(message, lang, char=fault.char),
                                     excerpt=fault.excerpt(value)),
                                   t(hint, lang)))
    return sorted(out, key=Problem.sort_key)


def _french(node) -> Iterator:
    """The scalar nodes that are the French of a localized text, in file order."""
    import yaml

    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, yaml.MappingNode):
            for key, value in reversed(n.value):
                if (isinstance(key, yaml.ScalarNode) and _is_french(key.value)
                        and isinstance(value, yaml.ScalarNode)
                        and value.tag == "tag:yaml.org,2002:str"):
                    yield value
                else:
                    stack.append(value)
        elif isinstance(n, yaml.SequenceNode):
            stack.extend(reversed(n.value))


def _is_french(code: str) -> bool:
    return code == "fr" or code.startswith("fr-")


def _where(scalar, text: str, index: int) -> tuple[int, int]:
    """The line and column (1-based) of character `index` of a scalar's value: exact when
    the value is written as is on one line, else where the scalar starts."""
    start, end = scalar.start_mark, scalar.end_mark
    written = text[start.index:end.index]
    quote = 1 if scalar.style in ('"', "'") else 0
    body = written[quote:len(written) - quote]
    if body == scalar.value:
        return start.line + 1, start.column + 1 + quote + index
    return start.line + 1, start.column + 1
