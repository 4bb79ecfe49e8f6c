"""The group report as one self-contained, printable HTML page."""

from __future__ import annotations

import html

from rolequiz.base.textsafe import clean
from rolequiz.group.report import (
    TOP,
    Group,
    Report,
    age_line,
    averages_text,
    clear_mark,
    firsts_text,
    is_clear,
    left_out_text,
    percent_text,
    range_text,
    skipped_lines,
    spread_text,
)
from rolequiz.i18n import date_words, number, plural, t
from rolequiz.views.html import hyphenated_whole

# -- HTML (self-contained, printable) ------------------------------------------------------

_CSS = """
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2em auto;
max-width:60em;padding:0 1em;color:#222;line-height:1.4}
h1{margin-bottom:.2em}h2{margin-top:1.6em;border-bottom:2px solid #ddd}
table{border-collapse:collapse;margin:.5em 0 1em;width:100%}
th,td{text-align:left;padding:.25em .5em;border-bottom:1px solid #e5e5e5;vertical-align:top}
td.n,th.n{text-align:right;white-space:nowrap}
.bar{background:#eee;height:.9em;width:12em;max-width:100%;display:inline-block;
vertical-align:middle}
.bar>span{background:#2a7ab0;display:block;height:100%}
.bar>span{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.note{color:#8a5a00}.muted{color:#666}.nw{white-space:nowrap}
td,li{overflow-wrap:anywhere}
@media (max-width:40rem){
body{margin:1em auto;padding:0 .75em}
.bar{width:5em}
table.stack,table.stack tbody,table.stack tr,table.stack td{display:block}
table.stack thead{display:none}
table.stack tr{border-bottom:1px solid #e5e5e5;padding:.4em 0}
table.stack td{border:0;padding:.1em 0;text-align:left}
table.stack td:first-child{font-weight:600}
table.stack td:empty{display:none}
table.stack td[data-label]::before{content:attr(data-label) " ";color:#666;font-weight:normal}
table.profile td.n,table.profile td:last-child{display:inline-block;margin-right:.8em}
}
@page{size:A4;margin:14mm 12mm}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}
a{color:inherit;text-decoration:none}}
"""


def _h(text: str | None) -> str:
    return html.escape(clean(text or ""), quote=True)


def _name(text: str) -> str:
    return hyphenated_whole(_h(text))


def _html_bar(frac: float) -> str:
    pct = round(min(1.0, max(0.0, frac)) * 100, 1)
    return f'<span class="bar"><span style="width:{pct}%"></span></span>'


def _top_table(g: Group, lang: str) -> list[str]:
    """How many have each role first and in their top 3, unclear results counted apart
    (left out of the figures with --only-clear: no such columns then)."""
    unclear = _h(t("report.unclear_column", lang))
    heads = [_h(t("report.first", lang)), _h(t("report.in_top_three", lang))]
    if not g.only_clear:
        heads = [heads[0], unclear, heads[1], unclear]
    out = [f"<h2>{_h(t('report.top_three', lang))}</h2>",
           f'<table class="stack top"><thead><tr><th>{_h(t("report.role", lang))}</th>'
           + "".join(f'<th class="n">{h}</th>' for h in heads) + "</tr></thead><tbody>"]
    for r in g.top:
        counts = ((r.first, r.top) if g.only_clear
                  else (r.first, r.first_not_clear, r.top, r.top_not_clear))
        out.append(f"<tr><td>{_name(r.name)}</td>"
                   + "".join(f'<td class="n" data-label="{h}">{n}</td>'
                             for h, n in zip(heads, counts, strict=True)) + "</tr>")
    out += ["</tbody></table>", f'<p class="muted">{_h(t("report.top_three_ties", lang))}</p>']
    return out


def to_html(report: Report) -> str:
    lang = report.lang
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{_h(lang)}">',
        '<head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_h(report.title)}</title>",
        f"<style>{_CSS}</style></head>",
        "<body>",
        f"<h1>{_h(report.title)}</h1>",
    ]
    days = report.days
    if days is not None:
        first, last = (f'<span class="nw">{_h(date_words(d, lang))}</span>' for d in days)
        line = (_h(t("html.report_day", lang)).format(date=first) if first == last
                else _h(t("html.report_days", lang)).format(first=first, last=last))
        out.append(f'<p class="muted">{line}</p>')
    if (age := age_line(report)) is not None:
        out.append(f'<p class="muted">{_h(age)}</p>')
    out.append(f"<p>{_h(t('report.participants', lang, n=report.participants))}</p>")
    if report.in_progress:
        out.append(f'<p class="muted">{_h(t("report.in_progress", lang, n=report.in_progress))}'
                   "</p>")
    if not report.groups:
        out.append(f"<p>{_h(t('report.no_results', lang))}</p>")
    for g in report.groups:
        out.append("<section>")
        if len(report.groups) > 1:
            out.append(f"<h2>{_h(t('report.content', lang, id=g.content_id))} — "
                       f"{_h(t('report.participants', lang, n=g.size))}</h2>")
            if not g.pinned and any(x.pinned for x in report.groups):
                out.append(f'<p class="note">{_h(t("report.other_content", lang))}</p>')
        if (left_out := left_out_text(g, lang)) is not None:
            out.append(f'<p class="note">{_h(left_out)}</p>')
        out.append(f"<h2>{_h(t('report.first_matches', lang))}</h2>")
        out.append(f"<table><thead><tr><th>{_h(t('report.role', lang))}</th>"
                   f'<th class="n">{_h(t("report.count", lang))}</th><th></th></tr></thead><tbody>')
        for rc in g.first_matches:
            frac = rc.count / g.size if g.size else 0.0
            out.append(f'<tr><td>{_name(rc.name)}</td><td class="n">{rc.count}</td>'
                       f"<td>{_html_bar(frac)}</td></tr>")
        out.append("</tbody></table>")
        out.append(f"<p>{_h(firsts_text(g, lang))}</p>")
        if g.ties:
            out.append(f'<p class="muted">{_h(plural(g.ties, lang, "report.ties"))}</p>')
        if g.unclear:
            out.append(f'<p class="note">{_h(t("report.unclear", lang, n=g.unclear))}</p>')
        out += _top_table(g, lang)
        out.append(f"<h2>{_h(t('report.profile', lang))}</h2>")
        out.append(f'<table class="stack profile"><thead><tr>'
                   f"<th>{_h(t('report.dimension', lang))}</th>"
                   f'<th class="n">{_h(t("report.mean", lang))}</th>'
                   f'<th class="n">{_h(t("report.spread", lang))}</th>'
                   f'<th class="n">{_h(t("report.range", lang))}</th><th></th></tr></thead><tbody>')
        mean, spread, span = (_h(t("report." + k, lang)) for k in ("mean", "spread", "range"))
        for s in g.profile:
            out.append(f'<tr><td>{_h(s.name)}</td>'
                       f'<td class="n" data-label="{mean}">{_h(percent_text(s.mean, lang))}</td>'
                       f'<td class="n" data-label="{spread}">{_h(spread_text(s.sd, lang))}</td>'
                       f'<td class="n" data-label="{span}">{_h(range_text(s, lang))}</td>'
                       f"<td>{_html_bar(s.mean or 0.0)}</td></tr>")
        out.append("</tbody></table>")
        out.append(f"<p>{_h(averages_text(g, lang))}</p>")
        out.append(f"<h2>{_h(t('report.unmatched', lang))}</h2>")
        if g.unmatched:
            out.append("<ul>" + "".join(f"<li>{_name(r.name)}</li>" for r in g.unmatched)
                       + "</ul>")
        else:
            out.append(f"<p>{_h(t('report.none', lang))}</p>")
        out.append(f"<h2>{_h(t('report.people', lang))}</h2>")
        places = [_h(t("report." + k, lang)) for k in ("first", "second", "third")]
        result = _h(t("report.result", lang))
        out.append(f'<table class="stack"><thead><tr><th>{_h(t("report.participant", lang))}'
                   "</th>" + "".join(f"<th>{p}</th>" for p in places)
                   + f"<th>{result}</th></tr></thead><tbody>")
        marks: dict[tuple[str, ...], str] = {}
        for p in g.people:
            cells = [f"{_name(n)} <span class=\"muted\">{_h(number(s, lang))}</span>"
                     for _, n, s in p.top] + [""] * TOP
            mark = marks.get(p.notes)
            if mark is None:
                cls = "" if is_clear(p.notes) else ' class="note"'
                mark = marks[p.notes] = (f'<td data-label="{result}"{cls}>'
                                         f"{_h(clear_mark(p.notes, lang))}</td>")
            out.append(f"<tr><td>{_name(p.label)}</td>"
                       + "".join(f'<td data-label="{place}">{c}</td>' if c else "<td></td>"
                                 for place, c in zip(places, cells[:TOP], strict=True))
                       + mark + "</tr>")
        out.append("</tbody></table></section>")
    skipped = skipped_lines(report, _h)
    if skipped:
        out.append(f"<h2>{_h(t('report.skipped', lang, n=len(report.skipped)))}</h2><ul>")
        out += [f"<li>{line[2:]}</li>" for line in skipped[2:] if line]
        out.append("</ul>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"
