"""The group report as Markdown."""

from __future__ import annotations

import re

from rolequiz.base.textsafe import clean
from rolequiz.group.report import (
    TOP,
    Group,
    Report,
    age_line,
    averages_text,
    clear_mark,
    firsts_text,
    left_out_text,
    percent_text,
    range_text,
    skipped_lines,
    spread_text,
)
from rolequiz.i18n import number, plural, t

# -- Markdown ------------------------------------------------------------------------------


# what starts a block at the start of a line: "#", "+", "-", "=", "1." or "1)" (its mark
# is escaped: "\#", "1\.")
_BLOCK_START = re.compile(r"^(?:[#+\-=]|\d+[.)])")


def _md(text: str) -> str:
    """Text for a Markdown table cell or line: no control characters, no markup effect.
    Characters that make markup anywhere are escaped; those that only start a block (a
    heading, a list, a quote) only at the start, so running text keeps its parentheses."""
    text = clean(text)
    for ch in "\\`*_{}[]<>|~":
        text = text.replace(ch, "\\" + ch)
    return _BLOCK_START.sub(lambda m: m[0][:-1] + "\\" + m[0][-1], text, count=1)


def to_markdown(report: Report) -> str:
    lang = report.lang
    lines = [f"# {_md(report.title)}", "", t("report.participants", lang, n=report.participants)]
    if (age := age_line(report)) is not None:
        lines[1:1] = ["", age]
    if report.in_progress:
        lines += ["", t("report.in_progress", lang, n=report.in_progress)]
    lines.append("")
    if not report.groups:
        lines += [t("report.no_results", lang), ""]
    for g in report.groups:
        if len(report.groups) > 1:
            lines += [f"## {t('report.content', lang, id=g.content_id)} "
                      f"— {t('report.participants', lang, n=g.size)}", ""]
            if not g.pinned and any(x.pinned for x in report.groups):
                lines += [f"*{t('report.other_content', lang)}*", ""]
        if (left_out := left_out_text(g, lang)) is not None:
            lines += [f"**{left_out}**", ""]
        lines += [f"### {t('report.first_matches', lang)}", "",
                  f"| {t('report.role', lang)} | {t('report.count', lang)} | |", "|---|---:|---|"]
        for rc in g.first_matches:
            lines.append(f"| {_md(rc.name)} | {rc.count} | {_text_bar(rc.count, g.size)} |")
        lines += ["", firsts_text(g, lang)]
        if g.ties:
            lines += ["", plural(g.ties, lang, "report.ties")]
        if g.unclear:
            lines += ["", t("report.unclear", lang, n=g.unclear)]
        lines += _top_lines(g, lang)
        lines += ["", f"### {t('report.profile', lang)}", "",
                  f"| {t('report.dimension', lang)} | {t('report.mean', lang)} "
                  f"| {t('report.spread', lang)} | {t('report.range', lang)} | |",
                  "|---|---:|---:|---:|---|"]
        for s in g.profile:
            lines.append(
                f"| {_md(s.name)} | {percent_text(s.mean, lang)} | {spread_text(s.sd, lang)} | "
                f"{range_text(s, lang)} | {_text_bar(s.mean or 0, 1)} |"
            )
        lines += ["", averages_text(g, lang)]
        unmatched = ", ".join(_md(r.name) for r in g.unmatched) or t("report.none", lang)
        lines += ["", f"### {t('report.unmatched', lang)}", "", unmatched, "",
                  f"### {t('report.people', lang)}", ""]
        lines += [f"| {t('report.participant', lang)} | {t('report.first', lang)} "
                  f"| {t('report.second', lang)} | {t('report.third', lang)} "
                  f"| {t('report.result', lang)} |",
                  "|---|---|---|---|---|"]
        for p in g.people:
            tops = [f"{_md(n)} ({number(s, lang)})" for _, n, s in p.top] + [""] * TOP
            lines.append(f"| {_md(p.label)} | " + " | ".join(tops[:TOP])
                         + f" | {_md(clear_mark(p.notes, lang))} |")
        lines.append("")
    lines += skipped_lines(report, _md)
    return "\n".join(lines).rstrip("\n") + "\n"


def _top_lines(g: Group, lang: str) -> list[str]:
    """How many have each role first and in their top 3, unclear results counted apart
    (left out of the figures with --only-clear: no such columns then)."""
    unclear = t("report.unclear_column", lang)
    heads = [t("report.first", lang), t("report.in_top_three", lang)]
    if not g.only_clear:
        heads = [heads[0], unclear, heads[1], unclear]
    lines = ["", f"### {t('report.top_three', lang)}", "",
             f"| {t('report.role', lang)} | " + " | ".join(heads) + " |",
             "|---|" + "---:|" * len(heads)]
    for r in g.top:
        counts = ((r.first, r.top) if g.only_clear
                  else (r.first, r.first_not_clear, r.top, r.top_not_clear))
        lines.append(f"| {_md(r.name)} | " + " | ".join(map(str, counts)) + " |")
    return lines + ["", t("report.top_three_ties", lang)]


def _text_bar(value: float, total: float, width: int = 20) -> str:
    frac = 0.0 if total <= 0 else min(1.0, max(0.0, value / total))
    full = int(round(frac * width))
    return "█" * full + "░" * (width - full)
