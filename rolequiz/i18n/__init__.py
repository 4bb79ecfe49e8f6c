"""Language choice, and the words of the interface in French and English.

Every word a person reads comes from one catalogue per language, `en.py` and `fr.py`: one
flat dict `MESSAGES = {"area.key": "text"}`, placeholders written `{name}` (str.format),
a plural as two keys, "area.key.one" and "area.key.other". `t(key, lang, **values)` looks
a message up; `plural(n, lang, key, **values)` picks the form a count calls for; `tell`
the form of a hint its reader calls for ("vérifie"/"vérifiez"); `number`,
`percent` and `money` write numbers, `date_words` a date. A catalogue is imported the first
time its language is asked for: an English run never loads the French one.

French is written with a no-break space (U+00A0, `NBSP`) wherever a line must not break:
before : ; ! ? », after «, between a number's groups of digits and before its unit
("50 000 €", "100 %"). The narrow no-break space (U+202F) would be finer, but some
Windows console fonts and code pages (cp850, cp437) have no glyph for it; U+00A0 is in
every one of them. `rolequiz.i18n.typography` says where one is missing.

Why Python modules and not gettext or Babel. Measured on the project's machine with 320
messages, bytecode compiled as after `pip install`, as CPU time added to what the quiz's
first screen already imports (median of 21 fresh processes; `python -c pass` itself takes
about 12 ms there):
- one dict module: 0.2 ms (0.4 ms for both languages); the real English catalogue, 0.2 ms;
- stdlib gettext, its import and one .mo file: 2.1 to 2.6 ms, ten times as much, and the .mo
  files have to be compiled when the package is built, which hatchling has no step for (a
  build hook, or binary files kept in the repository); checking keys and placeholders
  would need gettext's own tools;
- Babel, `babel.support` with the same .mo: 12 to 15 ms; `babel.numbers` (CLDR data): 19 to
  22 ms. About one more `python -c pass` on every start, and a new dependency, for two
  languages whose plural rules and number formats fit on a line each.
A dict module needs no build step, is read by the tests like any code, and a missing key or
placeholder fails a test (tests/test_i18n.py) instead of reaching a student's screen.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

LANGUAGES = ("fr", "en")
DEFAULT = "en"
_ENV = ("ROLEQUIZ_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def choose_language(asked: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """--lang, else ROLEQUIZ_LANG, else the locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG),
    else English. Values like fr_FR.UTF-8 or fr:en count as French."""
    if asked:
        return asked
    env = os.environ if environ is None else environ
    for var in _ENV:
        value = env.get(var, "")
        for part in value.split(":"):
            code = part.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
            if code in LANGUAGES:
                return code
    return DEFAULT


_CATALOGUES: dict[str, Mapping[str, str]] = {}


def _catalogue(lang: str) -> Mapping[str, str]:
    """The catalogue of `lang` (English for a language rolequiz does not speak), imported
    on first use."""
    if lang not in LANGUAGES:
        lang = DEFAULT
    catalogue = _CATALOGUES.get(lang)
    if catalogue is None:  # an import statement: `python -X importtime` shows its cost
        if lang == "fr":
            from rolequiz.i18n import fr as module
        else:
            from rolequiz.i18n import en as module
        catalogue = _CATALOGUES[lang] = module.MESSAGES
    return catalogue


def t(key: str, lang: str, **values: object) -> str:
    """The message `key` in `lang`, else in English, with `values` filled in. Without values
    the text comes back as written, placeholders included."""
    text = _catalogue(lang).get(key)
    if text is None:
        text = _catalogue(DEFAULT)[key]
    return text.format(**values) if values else text


def plural(n: int, lang: str, key: str, **values: object) -> str:
    """`key.one` or `key.other`, whichever the count `n` calls for in `lang`, with `n` (as
    the language writes it: "2,000", "2 000") and `values` filled in. French treats 0 and 1
    as singular ("0 fichier"), English 1 only."""
    one = n in (0, 1) if lang == "fr" else n == 1
    return t(f"{key}.one" if one else f"{key}.other", lang, n=number(n, lang, ",d"), **values)


# Who reads a hint that tells what to do: French says "tu" to a student and "vous" to a
# counselor. Such a hint is two keys, "area.key.tu" and "area.key.vous" (the same words in
# English); the command that reads a file knows who gave it, and passes it down.
STUDENT = "tu"
COUNSELOR = "vous"
AUDIENCES = (STUDENT, COUNSELOR)


def tell(key: str, lang: str, audience: str, **values: object) -> str:
    """The hint `key` as `audience` reads it ("key.tu" or "key.vous"); `key` itself when
    the hint has no such forms (a statement: "choix possibles : …")."""
    form = f"{key}.{audience if audience in AUDIENCES else STUDENT}"
    if form in _catalogue(lang):  # both catalogues have the same keys
        return t(form, lang, **values)
    return t(key, lang, **values)


NBSP = "\u00a0"  # the no-break space French puts before : ; ! ? » and a unit
_FRENCH_DIGITS = str.maketrans({",": NBSP, ".": ","})


def number(x: float, lang: str, spec: str = ".1f") -> str:
    """A number as the language writes it, `spec` as for format(): 62.5 in English, 62,5 in
    French; with "," in `spec`, thousands grouped: 12,345.6 and 12 345,6 (a no-break space)."""
    text = format(x, spec)
    return text.translate(_FRENCH_DIGITS) if lang == "fr" else text


def percent(x: float, lang: str | None = None, spec: str | None = None) -> str:
    """A share as a percentage. Without a language, the digits alone for a sentence that
    writes its own sign: 0.834 -> '83'. With one, the sign as the language writes it:
    '83%' in English, '83 %' in French (a no-break space). `spec` formats the digits:
    ".1f" gives '83.4%', '83,4 %'."""
    digits = (str(int(round(x * 100))) if spec is None
              else number(100 * x, lang or DEFAULT, spec))
    if lang is None:
        return digits
    return digits + (NBSP + "%" if lang == "fr" else "%")


CURRENCY_SIGNS = {"EUR": "€", "USD": "$", "GBP": "£"}


def money(amount: float | tuple[float, float], currency: str, lang: str) -> str:
    """An amount, or a (low, high) range, of `currency` ("€", "$", "£", or their codes EUR,
    USD, GBP; another code is written as is) as the language writes it:
    English "€50,000", "$100,000–150,000", "CHF 80,000";
    French "50 000 €", "100 000 – 150 000 $", "80 000 CHF" (no-break spaces: a line never
    breaks inside). Whole amounts have no decimals; others have cents: "€1,234.50"."""
    amounts = amount if isinstance(amount, tuple) else (amount,)
    spec = ",.0f" if all(float(a).is_integer() for a in amounts) else ",.2f"
    sign = CURRENCY_SIGNS.get(currency, currency)
    if lang == "fr":
        figures = (NBSP + "–" + NBSP).join(number(a, lang, spec) for a in amounts)
        return figures + NBSP + sign
    figures = "–".join(format(a, spec) for a in amounts)
    symbol = len(sign) == 1 and not sign.isalnum()
    if figures.startswith("-"):  # -€5, not €-5
        return "-" + sign + ("" if symbol else NBSP) + figures[1:]
    return sign + ("" if symbol else NBSP) + figures


def in_sentence(name: str, lang: str) -> str:
    """A role's name inside a sentence. French writes a common noun there in lower case
    ("data analyst", "ingénieure ou ingénieur en IA"), unless its first word has capitals
    beyond its first letter ("IA", "MLOps"); English keeps a job title as it is."""
    if lang != "fr" or not name:
        return name
    first = name.split(" ", 1)[0]
    if len(first) > 1 and not first[1:].islower():
        return name
    return name[0].lower() + name[1:]


def date_words(day: object, lang: str) -> str:
    """A date (anything with .day, .month and .year) as the language writes it in a
    sentence: "2 December 2026", "2 décembre 2026", "1er décembre 2026"."""
    d, m, y = day.day, day.month, day.year  # type: ignore[attr-defined]
    month = t("date.months", lang).split()[m - 1]
    first = t("date.first_day", lang) if d == 1 else str(d)
    return t("date.format", lang, day=first, month=month, year=y)


def clock_words(moment: object, lang: str) -> str:
    """A time of day (anything with .hour and .minute) as the language writes it: "08:03",
    « 8 h 03 » (with no-break spaces)."""
    hour, minute = moment.hour, moment.minute  # type: ignore[attr-defined]
    return t("date.clock", lang, hour=hour, minute=minute)
