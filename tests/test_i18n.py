"""The message catalogues (rolequiz/i18n/en.py and fr.py) and the lookup functions.

Both languages have the same keys and the same placeholders; every key the code asks for
exists, and every key is asked for somewhere; plurals follow each language's rule."""

from __future__ import annotations

import re
import string
import subprocess
import sys
from pathlib import Path

import pytest

from rolequiz import i18n
from rolequiz.base.errors import SaveError
from rolequiz.content.models import BASES, FACT_KEYS, LEVELS, LIST_FIELDS, PERIODS
from rolequiz.group.report import SKIP_REASONS
from rolequiz.i18n import en, fr, help_en, help_fr, plural, t
from rolequiz.i18n import errors as error_words
from rolequiz.views.report_csv import COLUMNS
from rolequiz.views.terminal.results import COMPARE_ROWS

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "rolequiz"
CATALOGUES = {"en": en.MESSAGES, "fr": fr.MESSAGES}
KEY = re.compile(r"[a-z]+(\.[a-z_-]+)+")
NAMESPACES = sorted({key.split(".")[0] for key in en.MESSAGES})
# A string in the code that names a key, a plural (its .one and .other) or the start of a
# family of keys completed at run time ("cards." + key). Lower case only: a comment's
# "report.NAME" is not one; file names (progress.json) are left out below.
LITERAL = re.compile("[\"']((?:" + "|".join(NAMESPACES) + r")\.[a-z0-9_.-]*)[\"']")

# The keys the code builds at run time: prefix -> the names it completes them with.
FAMILIES = {
    "cards.": [*FACT_KEYS, *LIST_FIELDS],
    "results.": list(COMPARE_ROWS),
    "report.": list(COLUMNS),
    "report.skip.": [*SKIP_REASONS, "duplicate_anon"],
    "scoring.": ["lift", "gap_need", "gap_extra", "gap_extra_none"],
    "salary.level.": list(LEVELS),
    "salary.basis.": [b for b in BASES if b != "unstated"],
    "salary.period.": [p for p in PERIODS if p != "unstated"],
    "salary.unstated.": ["basis", "period", "basis_period"],
    "language.": list(i18n.LANGUAGES),
    "save.": list(SaveError.ENGLISH),
    "save.what.": list(error_words.WHATS.values()),
    "os.": [*error_words.REASONS.values(), "edquot"],
    "salary.in_currency.": ["eur", "usd", "gbp"],
    "seal.why.": ["first_line", "other_key", "altered", "no_key", "not_key", "not_key_damaged",
                  "halves", "protection", "not_export", "not_export_damaged", "not_progress",
                  "code_altered"],
}


def source_literals() -> set[str]:
    found = set()
    for path in PACKAGE.rglob("*.py"):
        if path.parent.name == "i18n" and path.stem in CATALOGUES:
            continue
        found |= set(LITERAL.findall(path.read_text(encoding="utf-8")))
    return {s for s in found if not s.endswith(".json")}


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def is_plural(key: str) -> bool:
    return f"{key}.one" in en.MESSAGES and f"{key}.other" in en.MESSAGES


def is_personal(key: str) -> bool:
    """A hint with a form for each reader: "key.tu" (a student), "key.vous" (a counselor)."""
    return f"{key}.tu" in en.MESSAGES and f"{key}.vous" in en.MESSAGES


def test_both_languages_have_exactly_the_same_keys():
    assert set(en.MESSAGES) - set(fr.MESSAGES) == set(), "missing in French"
    assert set(fr.MESSAGES) - set(en.MESSAGES) == set(), "missing in English"
    assert list(en.MESSAGES) == list(fr.MESSAGES), "the same order, for reading side by side"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_message_is_a_non_empty_string_under_a_namespaced_key(lang):
    for key, text in CATALOGUES[lang].items():
        assert KEY.fullmatch(key), key
        assert isinstance(text, str) and text, key


def test_every_placeholder_is_the_same_in_both_languages():
    for key, text in en.MESSAGES.items():
        assert placeholders(text) == placeholders(fr.MESSAGES[key]), key


def test_plurals_come_in_pairs_with_the_count():
    for key in en.MESSAGES:
        if key.endswith((".one", ".other")):
            base = key.rsplit(".", 1)[0]
            assert is_plural(base), key
            for form in ("one", "other"):
                assert "n" in placeholders(en.MESSAGES[f"{base}.{form}"]), base


def test_every_key_the_code_names_exists():
    literals = source_literals()
    assert len(literals) > 150  # the search does find the code's keys
    for s in literals:
        if s.endswith("."):
            assert s in FAMILIES, f"{s!r} + ... : add it to FAMILIES"
        else:
            assert s in en.MESSAGES or is_plural(s) or is_personal(s), s
    for prefix, names in FAMILIES.items():
        for name in names:
            assert prefix + name in en.MESSAGES, prefix + name


def test_every_key_is_used():
    used = source_literals()
    used |= {prefix + name for prefix, names in FAMILIES.items() for name in names}
    for key in en.MESSAGES:
        base = (key.rsplit(".", 1)[0] if key.endswith((".one", ".other", ".tu", ".vous"))
                else key)
        assert key in used or base in used, f"{key} is used nowhere"


def test_a_hint_for_its_reader_has_both_forms_and_the_same_words_in_english():
    """"key.tu" and "key.vous" come together; English says the same to both readers."""
    for key in en.MESSAGES:
        if key.endswith((".tu", ".vous")):
            base = key.rsplit(".", 1)[0]
            assert is_personal(base), key
            assert en.MESSAGES[f"{base}.tu"] == en.MESSAGES[f"{base}.vous"], base
            assert base not in en.MESSAGES, f"{base}: one key, or its two forms, not both"


def test_a_hint_for_its_reader_is_never_looked_up_as_one_message():
    """t("area.key") on a key that only exists as .tu and .vous fails when it runs."""
    call = re.compile(r"\bt\(\s*[\"']([a-z_.-]+)[\"']")
    for path in PACKAGE.rglob("*.py"):
        for key in call.findall(path.read_text(encoding="utf-8")):
            assert not is_personal(key), f"{path.name}: t({key!r}) - use tell()"


def test_tell_says_tu_to_a_student_and_vous_to_a_counselor():
    assert i18n.tell("file.not_found_hint", "fr", i18n.STUDENT) == "vérifie le chemin"
    assert i18n.tell("file.not_found_hint", "fr", i18n.COUNSELOR) == "vérifiez le chemin"
    assert i18n.tell("file.not_found_hint", "en", i18n.COUNSELOR) == "check the path"
    # a statement has one form, for everyone
    assert i18n.tell("file.known", "fr", i18n.COUNSELOR, values="a, b") == \
        "choix possibles\u00a0: a, b"


@pytest.mark.parametrize("lang, n, form", [
    ("en", 0, "other"), ("en", 1, "one"), ("en", 2, "other"),
    ("fr", 0, "one"), ("fr", 1, "one"), ("fr", 2, "other"),
])
def test_plural_follows_the_language(lang, n, form):
    assert plural(n, lang, "results.more") == t(f"results.more.{form}", lang, n=n)
    assert plural(n, lang, "report.ties") == t(f"report.ties.{form}", lang, n=n)


PLURALS = sorted({key.rsplit(".", 1)[0] for key in en.MESSAGES if key.endswith(".one")})


@pytest.mark.parametrize("base", PLURALS)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_plural_at_zero_one_and_two(base, lang):
    """Each plural key, through plural(), at 0, 1 and 2: the form the language calls for,
    with the count written in it."""
    names = placeholders(en.MESSAGES[f"{base}.one"]) | placeholders(en.MESSAGES[f"{base}.other"])
    values = {name: f"<{name}>" for name in names - {"n"}}
    forms = {"en": {0: "other", 1: "one", 2: "other"}, "fr": {0: "one", 1: "one", 2: "other"}}
    for n, form in forms[lang].items():
        text = plural(n, lang, base, **values)
        assert text == t(f"{base}.{form}", lang, n=n, **values), (base, n)
        assert str(n) in text, (base, n)


def test_no_message_makes_a_plural_by_hand():
    """"1 files", "intérêt(s) inconnu(s)": a count goes through plural() and its two forms."""
    for lang, catalogue in CATALOGUES.items():
        for key, text in catalogue.items():
            assert not re.search(r"\w\((?:s|e|es|x)\)", text), (lang, key, text)


def test_a_plural_is_never_looked_up_as_one_message():
    """t("area.key") on a key that only exists as .one and .other fails when it runs."""
    call = re.compile(r"\bt\(\s*[\"']([a-z_.-]+)[\"']")
    for path in PACKAGE.rglob("*.py"):
        for key in call.findall(path.read_text(encoding="utf-8")):
            assert not is_plural(key), f"{path.name}: t({key!r}) - use plural()"


def test_plural_in_words():
    assert plural(1, "en", "results.more") == "+1 more"
    assert plural(2, "en", "results.more") == "+2 more"
    assert plural(0, "fr", "results.more") == "+0 autre"
    assert plural(2, "fr", "results.more") == "+2 autres"
    assert plural(3, "en", "quiz.done_count", answered=2) == "You answered 2 of 3 questions."
    assert plural(1, "en", "quiz.done_count", answered=1) == "You answered 1 of 1 question."


def test_lookup_fills_values_and_falls_back_to_english():
    assert t("output.saved", "fr", path="x.md") == "Enregistré dans x.md"
    assert t("output.saved", "de", path="x.md") == "Saved to x.md"
    assert t("scoring.lift", "en") == en.MESSAGES["scoring.lift"]  # no values: as written
    with pytest.raises(KeyError):
        t("no.such-key", "en")


NBSP = "\u00a0"


def test_numbers_as_each_language_writes_them():
    # a score
    assert i18n.number(62.5, "en") == "62.5"
    assert i18n.number(62.5, "fr") == "62,5"
    assert i18n.number(80.25, "fr") == "80,2" and i18n.number(100, "fr") == "100,0"
    assert i18n.number(87.5, "fr", "g") == "87,5"
    # thousands, grouped when asked
    assert i18n.number(12345.6, "en", ",.1f") == "12,345.6"
    assert i18n.number(12345.6, "fr", ",.1f") == f"12{NBSP}345,6"
    assert i18n.number(2000, "fr", ",d") == f"2{NBSP}000"
    assert plural(2000, "fr", "validate.students") == f"2{NBSP}000 élèves"
    assert plural(2000, "en", "validate.students") == "2,000 participants"


def test_percentages_as_each_language_writes_them():
    assert i18n.percent(0.834) == "83"  # the digits alone, for a sentence with its own sign
    assert i18n.percent(0.834, "en") == "83%"
    assert i18n.percent(0.834, "fr") == f"83{NBSP}%"
    assert i18n.percent(1, "fr") == f"100{NBSP}%" and i18n.percent(0, "en") == "0%"
    assert i18n.percent(0.8534, "en", ".1f") == "85.3%"
    assert i18n.percent(0.8534, "fr", ".1f") == f"85,3{NBSP}%"
    assert i18n.percent(0.7, "fr", "g") == f"70{NBSP}%"


@pytest.mark.parametrize("amount, currency, en_text, fr_text", [
    (50_000, "€", "€50,000", f"50{NBSP}000{NBSP}€"),
    (50_000, "EUR", "€50,000", f"50{NBSP}000{NBSP}€"),
    ((100_000, 150_000), "$", "$100,000–150,000",
     f"100{NBSP}000{NBSP}–{NBSP}150{NBSP}000{NBSP}$"),
    ((35_000, 45_000), "€", "€35,000–45,000", f"35{NBSP}000{NBSP}–{NBSP}45{NBSP}000{NBSP}€"),
    (1_200_000, "USD", "$1,200,000", f"1{NBSP}200{NBSP}000{NBSP}$"),
    (999, "£", "£999", f"999{NBSP}£"),
    (1234.5, "€", "€1,234.50", f"1{NBSP}234,50{NBSP}€"),
    (80_000, "CHF", f"CHF{NBSP}80,000", f"80{NBSP}000{NBSP}CHF"),
])
def test_money_as_each_language_writes_it(amount, currency, en_text, fr_text):
    assert i18n.money(amount, currency, "en") == en_text
    assert i18n.money(amount, currency, "fr") == fr_text


def test_only_the_language_asked_for_is_loaded():
    code = ("import sys; from rolequiz.i18n import t; t('quiz.title', 'en'); "
            "print(sorted(m for m in sys.modules if m.startswith('rolequiz.i18n.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    assert out.stdout.strip() == "['rolequiz.i18n.en']"


# -- the words of --help (rolequiz/i18n/help_en.py and help_fr.py) ----------------------------

HELP = {"en": help_en.HELP, "fr": help_fr.HELP}


def test_both_help_catalogues_have_the_same_keys_in_the_same_order():
    assert list(help_en.HELP) == list(help_fr.HELP)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_help_text_is_a_non_empty_string(lang):
    for key, text in HELP[lang].items():
        assert isinstance(key, str) and key == key.strip() and key, key
        assert isinstance(text, str) and text.strip(), (lang, key)


def test_every_help_placeholder_is_the_same_in_both_languages():
    for key, text in help_en.HELP.items():
        assert placeholders(text) == placeholders(help_fr.HELP[key]), key


def test_each_english_help_text_says_which_key_it_is():
    """A French run finds a command's English text in help_en.py and shows the same key's
    French: two keys with the same English could not both be found."""
    texts = [text for key, text in help_en.HELP.items() if not key.startswith("click ")]
    assert len(texts) == len(set(texts))


def test_every_help_key_is_used():
    code = "".join(path.read_text(encoding="utf-8") for path in (PACKAGE / "cli").glob("*.py"))
    for key in help_en.HELP:
        if key.startswith("metavar "):
            assert key.split()[1] in code, key  # a metavar the commands use
        else:
            assert f'"{key}"' in code, f"{key} is used nowhere"


def test_the_help_catalogues_load_only_with_the_typer_app():
    code = ("import sys; from rolequiz.cli.fast import fast_path; import rolequiz.cli; "
            "print(sorted(m for m in sys.modules if m.startswith('rolequiz.i18n.help')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"
