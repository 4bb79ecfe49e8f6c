"""The group report as Markdown."""

from __future__ import annotations

from rolequiz.base.textsafe import clean
from rolequiz.group.report import TOP, Report, percent_text, range_text, skipped_lines, w
from rolequiz.i18n import number

# -- Markdown ------------------------------------------------------------------------------


def _md(text: str) -> str:
    text = clean(text)
    for ch in "\\`*_{}[]<>()#+!|":
        text = text.replace(ch, "\\" + ch)
    return text


def to_markdown(report: Report) -> str:
    lang = report.lang
    lines = [f"# {_md(report.title)}", "", w("participants", lang, n=report.participants)]
    if report.in_progress:
        lines += ["", w("in_progress", lang, n=report.in_progress)]
    lines.append("")
    if not report.groups:
        lines += [w("no_results", lang), ""]
    for g in report.groups:
        if len(report.groups) > 1:
            lines += [f"## {w('content', lang, id=g.content_id)} "
                      f"— {w('participants', lang, n=g.size)}", ""]
            if not g.pinned and any(x.pinned for x in report.groups):
                lines += [f"*{w('other_content', lang)}*", ""]
        lines += [f"### {w('first_matches', lang)}", "",
                  f"| {w('role', lang)} | {w('count', lang)} | |", "|---|---:|---|"]
        for rc in g.first_matches:
            lines.append(f"| {_md(rc.name)} | {rc.count} | {_text_bar(rc.count, g.size)} |")
        if g.ties:
            lines += ["", w("ties", lang, n=g.ties)]
        if g.unclear:
            lines += ["", w("unclear", lang, n=g.unclear)]
        lines += ["", f"### {w('profile', lang)}", "",
                  f"| {w('dimension', lang)} | {w('mean', lang)} | {w('spread', lang)} | "
                  f"{w('range', lang)} | |", "|---|---:|---:|---:|---|"]
        for s in g.profile:
            lines.append(
                f"| {_md(s.name)} | {percent_text(s.mean, lang)} | ±{percent_text(s.sd, lang)} | "
                f"{range_text(s, lang)} | {_text_bar(s.mean or 0, 1)} |"
            )
        unmatched = ", ".join(_md(r.name) for r in g.unmatched) or w("none", lang)
        lines += ["", f"### {w('unmatched', lang)}", "", unmatched, "",
                  f"### {w('people', lang)}", ""]
        lines += [f"| {w('participant', lang)} | {w('first', lang)} | {w('second', lang)} | "
                  f"{w('third', lang)} |", "|---|---|---|---|"]
        for p in g.people:
            tops = [f"{_md(n)} ({number(s, lang)})" for _, n, s in p.top] + [""] * TOP
            lines.append(f"| {_md(p.label)} | " + " | ".join(tops[:TOP]) + " |")
        lines.append("")
    lines += skipped_lines(report, _md)
    return "\n".join(lines).rstrip("\n") + "\n"


def _text_bar(value: float, total: float, width: int = 20) -> str:
    frac = 0.0 if total <= 0 else min(1.0, max(0.0, value / total))
    full = int(round(frac * width))
    return "█" * full + "░" * (width - full)
