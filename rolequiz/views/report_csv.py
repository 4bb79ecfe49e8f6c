"""The group report as CSV, for Excel and LibreOffice: UTF-8 with BOM, formulas
neutralised, `;` and decimal commas in French."""

from __future__ import annotations

import csv
import io
from typing import Any

from rolequiz.base.errors import UsageError
from rolequiz.base.textsafe import clean
from rolequiz.group.report import TOP, Report, clear_mark, local_time
from rolequiz.i18n import number, t

# -- CSV (for Excel and LibreOffice) ------------------------------------------------------

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(text: str | None) -> str:
    """A text cell a spreadsheet shows as text: control characters made visible and a
    leading = + - @ tab or CR (a formula in Excel) neutralised with a leading '."""
    if text is None:
        return ""
    if text.startswith(_FORMULA_START):
        return "'" + clean(text)
    text = clean(text)
    return "'" + text if text.startswith(_FORMULA_START) else text


# The first columns, before one per role and per dimension; each has a message "report.NAME".
# "notes" holds the codes of the result's notes, for scripts; "result" says in words whether
# the result is clear, and why not. Anonymized, the participant is their code: one column.
COLUMNS = ("participant", "code", "finished", "answered", "total", "notes", "result", "first",
           "second", "third")


def to_csv(report: Report) -> str:
    """One row per participant with the score of every role, UTF-8 with a BOM (Excel
    then shows accents right). English: comma-separated, decimal point; French: the
    separator and decimal comma a French Excel expects (';' and 87,5)."""
    if len(report.groups) > 1:
        ids = ", ".join(f"{g.content_id}: {g.size}" for g in report.groups)
        raise UsageError(t("report.csv_groups", report.lang, n=len(report.groups), ids=ids))
    lang = report.lang
    delimiter = ";" if lang == "fr" else ","

    def num(x: float | None) -> Any:
        return "" if x is None else number(x, lang, "g")

    buf = io.StringIO()
    out = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    g = report.groups[0] if report.groups else None
    roles = g.roles if g else []
    dims = g.dimensions if g else []
    anonymous = report.anonymized
    header = [t("report." + k, lang) for k in COLUMNS[anonymous:]]
    header += [r[1] for r in roles] + [f"{d[1]} (%)" for d in dims]
    out.writerow([cell(h) for h in header])
    for p in g.people if g else []:
        top = [name for _, name, _ in p.top] + [""] * (TOP - len(p.top))
        # anonymized, the label is the code (or a number when a result has none)
        who = [cell(p.label)] if anonymous else [cell(p.label), cell(p.code)]
        row: list[Any] = [*who, cell(local_time(p.finished_at, lang)), p.answered, p.total,
                          cell(" ".join(p.notes)), cell(clear_mark(p.notes, lang))]
        row += [cell(name) for name in top[:TOP]]
        scores = p.scores  # built once per row: a result may list thousands of roles
        row += [num(scores.get(rid)) for rid, _ in roles]
        row += [num(None if p.profile.get(d) is None else round(p.profile[d] * 100, 1))
                for d, _ in dims]
        out.writerow(row)
    return "\ufeff" + buf.getvalue()
