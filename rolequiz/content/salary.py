"""Salary figures in words, and whether two of them can be set side by side.

A source gives a salary for some people on some terms: new graduates or everyone, gross or
not said, a year or not said, in one region. A figure (rolequiz.content.models.Figure)
keeps all of it, and this module writes it as each language does ("35 000 – 45 000 € brut
par an", "€35,000–€45,000 gross a year") and tells what keeps two figures from being
compared: a starting salary beside one for any level, gross beside "not said", one region
beside another. No rich, no typer.
"""

from __future__ import annotations

from collections.abc import Sequence

from rolequiz.content.models import LEVELS, Fact, Figure
from rolequiz.i18n import in_sentence, t

NBSP = "\u00a0"
SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£"}


def money(amount: int, currency: str, lang: str, *, sign: bool = True) -> str:
    """50000 EUR: "50 000 €" in French (no-break spaces), "€50,000" in English. Without
    `sign`, the number alone, as the first end of a French range writes it."""
    symbol = SYMBOLS.get(currency, currency)
    if lang == "fr":
        digits = f"{amount:,}".replace(",", NBSP)
        return f"{digits}{NBSP}{symbol}" if sign else digits
    digits = f"{amount:,}"
    if not sign:
        return digits
    return f"{symbol}{digits}" if currency in SYMBOLS else f"{symbol}{NBSP}{digits}"


def currency_words(code: str, lang: str) -> str:
    """A currency named in words, as a sentence says what an amount is in: "in euros",
    « en dollars »; a code without words of its own is named by its code ("in CHF")."""
    if code in SYMBOLS:
        return t("salary.in_currency." + code.lower(), lang)
    return t("salary.in_currency_code", lang, code=code)


def amount_text(f: Figure, lang: str) -> str:
    """How much: a range, an upper or lower bound, or an average."""
    cur = f.currency
    if f.average is not None:
        return money(f.average, cur, lang)
    if f.low is not None and f.high is not None:
        if lang == "fr":  # "35 000 – 45 000 €", as the French sources write it; a line
            # never starts with the dash (a no-break space before it)
            return f"{money(f.low, cur, lang, sign=False)}{NBSP}– {money(f.high, cur, lang)}"
        return f"{money(f.low, cur, lang)}–{money(f.high, cur, lang)}"  # "€35,000–€45,000"
    if f.high is not None:
        return t("salary.up_to", lang, amount=money(f.high, cur, lang))
    return t("salary.from", lang, amount=money(f.low or 0, cur, lang))


def level_label(level: str, lang: str) -> str:
    return t("salary.level." + level, lang)


def figure_text(f: Figure, lang: str) -> str:
    """A figure in words, with every term its source states and those it leaves unsaid:
    "35 000 – 45 000 € brut par an (France)", "€50,000–€90,000 (gross or net, and per
    what period, not stated)", "$100,000–$150,000 a year (United States; gross or net not
    stated)"."""
    words = [amount_text(f, lang)]
    if f.basis != "unstated":
        words.append(t("salary.basis." + f.basis, lang))
    if f.period != "unstated":
        words.append(t("salary.period." + f.period, lang))
    if f.average is not None:
        words.append(t("salary.average", lang))
    text = " ".join(words)
    aside = [f.place.get(lang)] if f.place is not None else []
    unsaid = [k for k in ("basis", "period") if getattr(f, k) == "unstated"]
    if unsaid:
        aside.append(t("salary.unstated." + "_".join(unsaid), lang))
    if aside:
        text += " (" + t("salary.separator", lang).join(aside) + ")"
    if f.note is not None:
        text += " — " + f.note.get(lang)
    return text


def fact_text(fact: Fact, lang: str) -> str:
    """A fact as one line of text: its value, or its figures each after its level."""
    if not fact.figures:
        return fact.value.get(lang) if fact.value is not None else ""
    colon = t("punct.colon", lang)
    parts = []
    for i, f in enumerate(fact.figures):
        label = level_label(f.level, lang)
        if i:  # the next ones go on in the same sentence
            label = label[0].lower() + label[1:]
        parts.append(label + colon + figure_text(f, lang))
    return t("salary.separator", lang).join(parts)


def levels_of(figures: Sequence[Figure]) -> list[str]:
    """The levels the figures are given for, in LEVELS order."""
    present = {f.level for f in figures}
    return [lv for lv in LEVELS if lv in present]


def differences(a: Figure, b: Figure, lang: str) -> list[str]:
    """What keeps two figures of the same level from being compared, in words: currency,
    gross or net, period, place ("different places, Île-de-France for one, France for the
    other", "period stated for only one (a year)"). A term one article leaves unsaid counts
    as different, unless both figures come from the same article (its own table, say),
    where it is the same unsaid term."""
    same = a.source == b.source
    out = []
    if a.currency != b.currency:
        out.append(t("salary.diff_currency", lang, a=currency_words(a.currency, lang),
                     b=currency_words(b.currency, lang)))
    for va, vb, key, none, one, diff in (
            (a.basis, b.basis, "salary.basis.", "salary.basis_none", "salary.basis_one",
             "salary.diff_basis"),
            (a.period, b.period, "salary.period.", "salary.period_none", "salary.period_one",
             "salary.diff_period")):
        if va == vb == "unstated" and not same:
            out.append(t(none, lang))
        elif "unstated" in (va, vb) and va != vb:
            said = vb if va == "unstated" else va
            out.append(t(one, lang, said=t(key + said, lang)))
        elif va != vb:
            out.append(t(diff, lang, a=t(key + va, lang), b=t(key + vb, lang)))
    place_a = a.place.get(lang) if a.place else None
    place_b = b.place.get(lang) if b.place else None
    if place_a is None and place_b is None:
        if not same:
            out.append(t("salary.place_none", lang))
    elif place_a is None or place_b is None:
        out.append(t("salary.place_one", lang, said=place_a or place_b))
    elif place_a != place_b:
        out.append(t("salary.diff_place", lang, a=place_a, b=place_b))
    return out


def comparability(roles: Sequence[tuple[str, Sequence[Figure]]], lang: str
                  ) -> tuple[bool | None, list[str]]:
    """Whether the salaries of the roles (name, figures) can be set side by side, and if
    not, why, one sentence for each pair: like is compared with like (the same level), and
    a pair with no level in common is not comparable at all. None: fewer than two roles
    have figures (nothing to compare)."""
    given = [(name, figs) for name, figs in roles if figs]
    if len(given) < 2:
        return None, []
    notes: list[str] = []
    for i, (name_a, figs_a) in enumerate(given):
        for name_b, figs_b in given[i + 1:]:
            common = [lv for lv in levels_of(figs_a) if lv in levels_of(figs_b)]
            if not common:
                both = t("results.and", lang)
                la = both.join(level_label(lv, lang).lower() for lv in levels_of(figs_a))
                lb = both.join(level_label(lv, lang).lower() for lv in levels_of(figs_b))
                notes.append(t("salary.not_comparable_levels", lang, a=in_sentence(name_a, lang),
                               b=in_sentence(name_b, lang), la=la, lb=lb))
                continue
            for lv in common:
                fa = next(f for f in figs_a if f.level == lv)
                fb = next(f for f in figs_b if f.level == lv)
                why = differences(fa, fb, lang)
                if why:
                    notes.append(t("salary.not_comparable", lang, a=in_sentence(name_a, lang),
                                   b=in_sentence(name_b, lang),
                                   level=level_label(lv, lang).lower(),
                                   why=t("salary.and", lang).join(why)))
    return not notes, notes
