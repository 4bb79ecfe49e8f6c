"""Handouts: one printed page per student of a group (`rolequiz report --handouts`).

Each page says what the student's result says (their closest roles with their scores and
reasons, their interests highest first, whether the result is clear and why not, the
sources of the roles' cards) in the report's language, without the terminal's commands.
The style, the bars and the escaping are the single result page's (views/html.py): A4
when printed, one student per sheet, readable on a phone.
"""

from __future__ import annotations

from rolequiz.group.report import Handout, Report, doubt_words
from rolequiz.i18n import number, plural, t
from rolequiz.views.html import _bar, _e, _name, _page, _pct, _sources

# One student per sheet, on one side of A4: tighter print, the interests in two columns
# where there is room (one on a phone); on a screen, a line between students.
_CSS = """
.handout{break-after:page;page-break-after:always}
.handout:last-of-type{break-after:auto;page-break-after:auto}
h1{overflow-wrap:anywhere}
ul.interests{list-style:none;padding:0;margin:.4rem 0;columns:2 16rem;column-gap:2rem}
ul.interests li{display:flex;align-items:center;gap:.5rem;padding:.2rem 0;
border-bottom:1px solid #d0d7de;break-inside:avoid}
ul.interests .dim{flex:1;overflow-wrap:anywhere}
ul.interests .num{min-width:2.5rem;text-align:right;white-space:nowrap}
ul.interests svg.bar{margin:0}
@media screen{.handout+.handout{border-top:2px dashed #d0d7de;margin-top:2rem;padding-top:1rem}}
@media print{.handout{font-size:9pt}.handout h1{font-size:1.35rem;margin-top:0}
.handout h2{margin:.7rem 0 .25rem}.handout h3{margin:.5rem 0 .1rem}
.handout .note{padding:.2rem .6rem;margin:.3rem 0}ul.interests li{padding:.1rem 0}}
"""


def handouts_to_html(report: Report, handouts: list[Handout]) -> str:
    lang = report.lang
    body: list[str] = []
    if not handouts:
        body.append(f"<p>{_e(t('report.no_results', lang))}</p>")
    for i, h in enumerate(handouts, start=1):
        body += _handout(report, h, f"s{i}-source-")
    return _page(t("report.handouts_title", lang, title=report.title), lang, body, _CSS)


def _handout(report: Report, h: Handout, anchor: str) -> list[str]:
    lang = report.lang
    p = h.person
    # (a name big enough to read across the room may break at its hyphens on a phone)
    out = ['<section class="handout">', f"<h1>{_e(p.label)}</h1>"]
    about = _e(report.title) + (f' · <span class="nw">{_e(h.when)}</span>' if h.when else "")
    out.append(f'<p class="muted">{about}</p>')
    out.append(f"<p>{_e(plural(p.total, lang, 'document.answered', answered=p.answered))}</p>")
    why = doubt_words(p.notes, lang)
    if why:
        out.append(f'<p class="headline warn">{_e(t("report.handout_not_clear", lang, why=why))}'
                   "</p>")
    else:
        out.append(f'<p class="headline">{_e(t("report.handout_clear", lang))}</p>')
    if h.doubts:
        out.append(f"<h2>{_e(t('results.care', lang))}</h2>")
        out += [f'<p class="note">{_e(text)}</p>' for text in h.doubts]

    out.append(f"<h2>{_e(t('html.top_roles', lang))}</h2>")
    for r in h.top:
        out.append(f'<h3>{r.rank}. {_name(r.name)} — <span class="nw">'
                   f"{_e(number(r.score, lang))}/100</span></h3>")
        if r.reasons:
            out.append('<ul class="reasons">')
            out += [f'<li class="{_e(kind)}">{_e(text)}</li>' for kind, text in r.reasons]
            out.append("</ul>")
        else:
            out.append(f'<p class="muted">{_e(t("results.no_reason", lang))}</p>')

    out += [f"<h2>{_e(t('results.profile', lang))}</h2>", '<ul class="interests">']
    unknown = 0
    for name, value in h.interests:
        if value is None:
            unknown += 1
            shown = f'<span class="num unknown">{_e(t("document.unknown", lang))}</span>'
        else:
            shown = (f'<span class="num">{_pct(value)}</span>'
                     f'{_bar(value, f"{_pct(value)} %", neutral=True)}')
        out.append(f'<li><span class="dim">{_e(name)}</span>{shown}</li>')
    out.append("</ul>")
    if unknown:
        out.append(f'<p class="muted">{_e(plural(unknown, lang, "results.profile_hint"))}</p>')
    out += _sources(h.sources, lang, anchor)
    out.append("</section>")
    return out
