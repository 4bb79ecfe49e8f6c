"""Language choice and the words of the interface, in French and English."""

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


MESSAGES: dict[str, dict[str, str]] = {
    # reasons (scoring)
    "lift": {
        "en": "You enjoy “{dim}” ({you}%) and the job needs it ({role}%).",
        "fr": "Tu aimes « {dim} » ({you} %) et le métier en demande ({role} %).",
    },
    "gap_need": {
        "en": "The job needs “{dim}” ({role}%) more than you seem to enjoy it ({you}%).",
        "fr": "Le métier demande « {dim} » ({role} %) plus que tu ne sembles l'aimer ({you} %).",
    },
    "gap_extra": {
        "en": "You enjoy “{dim}” ({you}%) but the job uses little of it ({role}%).",
        "fr": "Tu aimes « {dim} » ({you} %) mais le métier en utilise peu ({role} %).",
    },
    # notes on the result (scoring)
    "note_no_answers": {
        "en": "No question was answered: there is nothing to rank yet.",
        "fr": "Aucune question n'a de réponse : il n'y a encore rien à classer.",
    },
    "note_few_answers": {
        "en": "Only {answered} of {total} questions answered: the ranking is rough.",
        "fr": "Seulement {answered} questions sur {total} ont une réponse : "
        "le classement est approximatif.",
    },
    "note_no_preference": {
        "en": "Your answers show no clear preference (nearly the same answer everywhere): "
        "the ranking says little. Try again, using the whole scale.",
        "fr": "Tes réponses ne montrent pas de préférence nette (presque la même réponse "
        "partout) : le classement dit peu de chose. Recommence en utilisant toute l'échelle.",
    },
    "note_near_tie": {
        "en": "{first} and {second} are nearly tied ({gap} points apart): "
        "look at both.",
        "fr": "{first} et {second} sont presque à égalité ({gap} points d'écart) : "
        "regarde les deux.",
    },
}


def translate(
    table: Mapping[str, Mapping[str, str]], key: str, lang: str, **values: object
) -> str:
    """`table[key]` in `lang` (else English), with `values` filled in. Each feature keeps
    its own table of {key: {"en": ..., "fr": ...}} next to the code that uses it."""
    entry = table[key]
    text = entry.get(lang) or entry[DEFAULT]
    return text.format(**values) if values else text


def t(key: str, lang: str, **values: object) -> str:
    return translate(MESSAGES, key, lang, **values)


def percent(x: float) -> str:
    """0.834 -> '83'."""
    return str(int(round(x * 100)))


def number(x: float, lang: str, spec: str = ".1f") -> str:
    """A number as the language writes it: 62.5 in English, 62,5 in French."""
    text = format(x, spec)
    return text.replace(".", ",") if lang == "fr" else text
