"""HTML pages for a quiz result, the role list, a role card and a comparison.

Each page is one self-contained file: inline CSS (a narrow-screen layout for phones and an
A4 print layout), bars drawn as inline SVG, no script, no font, no image, no external
request. Every piece of data goes through `textsafe.clean` and `html.escape`; the only
links are the web addresses of sources, and only when they start with http(s)://.
"""

from __future__ import annotations

import html
from typing import Any

from rolequiz import __version__
from rolequiz.base.textsafe import clean
from rolequiz.content.cards import (
    card,
    judgement_line,
    merge_sources,
    quote_shown,
    quotes_language,
)
from rolequiz.content.models import LIST_FIELDS, Content, Result
from rolequiz.engine.scoring import headline, interests_in_order
from rolequiz.i18n import number, percent, plural, t

CSS = """
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0 auto;max-width:60rem;padding:1.25rem;font:16px/1.5 system-ui,-apple-system,
"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1f2328;background:#fff;
-webkit-print-color-adjust:exact;print-color-adjust:exact}
h1{font-size:1.6rem;margin:.2rem 0 .6rem}h2{font-size:1.2rem;margin:1.4rem 0 .4rem;
border-bottom:1px solid #d0d7de;padding-bottom:.2rem}h3{font-size:1.05rem;margin:1rem 0 .3rem}
p{margin:.4rem 0}ul{margin:.3rem 0;padding-left:1.3rem}
.id{font-family:ui-monospace,Menlo,Consolas,monospace;color:#57606a;font-size:.85em;
font-weight:normal}
.muted{color:#57606a}.unknown{color:#57606a;font-style:italic}.nw{white-space:nowrap}
.headline{font-size:1.15rem;margin:.8rem 0}.headline.warn{font-weight:600;color:#7d4e00}
.note{border-left:4px solid #bf8700;background:#fff8c5;padding:.4rem .7rem;margin:.5rem 0}
.info{border-left:4px solid #d0d7de;color:#57606a;padding:.4rem .7rem;margin:.5rem 0}
table{border-collapse:collapse;width:100%;margin:.4rem 0}
th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid #d0d7de;
overflow-wrap:break-word;hyphens:auto}
table.cmp tbody th{width:9.5rem}
tr.section th{background:#fff;border-bottom:2px solid #d0d7de;padding-top:1rem;font-size:1.05rem}
th{background:#f6f8fa}table.facts th{width:9rem;font-weight:600}
td.num,th.num{text-align:right;white-space:nowrap}
svg.bar{vertical-align:middle;margin-right:.4rem}
.top{font-weight:bold;background:#fff1b8}.top .mark{color:#9a6700}
tr.out th{background:#fff1b8}
.shared{color:#57606a}
.reasons li.lift{color:#1a7f37}.reasons li.gap{color:#cf222e}
ol.sources{padding-left:1.6rem;font-size:.9rem;overflow-wrap:anywhere}
ul.quotes{list-style:none;padding-left:.8rem;margin:.1rem 0 .4rem;color:#57606a;font-style:italic;
font-size:.9rem;border-left:2px solid #d0d7de}
.notcomparable{font-weight:600;color:#7d4e00}
footer{margin-top:2rem;font-size:.8rem;color:#57606a}
a{color:#0969da}
@media (max-width:40rem){
body{padding:.75rem;font-size:15px}
table.cmp,table.cmp tbody,table.cmp tr,table.cmp th,table.cmp td{display:block;width:100%}
table.cmp thead{display:none}
table.cmp tr{border-bottom:2px solid #d0d7de;padding:.3rem 0}
table.cmp th,table.cmp tbody th{border:0;width:auto}
table.cmp td{border:0;padding:.2rem .5rem}
table.cmp td::before{content:attr(data-role);display:block;font-size:.8rem;color:#57606a}
td.summary{display:none}
table.ranking .graphic{display:none}
svg.bar{width:4.5rem}
}
@page{size:A4;margin:14mm 12mm}
@media print{
body{max-width:none;padding:0;font-size:10.5pt}
h2{break-after:avoid}tr,li,.note,.info,.headline{break-inside:avoid}
a{color:inherit;text-decoration:none}
footer{position:static}
}
"""


def _e(text: object) -> str:
    """Data as HTML text: control characters visible, markup escaped."""
    return html.escape(clean(str(text)), quote=True)


def _bar(fraction: float, label: str = "", *, neutral: bool = False) -> str:
    """A bar `fraction` full; `neutral`: marked at its middle (an interest of 50)."""
    fraction = min(1.0, max(0.0, float(fraction)))
    width = round(fraction * 100, 1)
    mark = '<rect x="49.5" width="1" height="10" fill="#57606a"/>' if neutral else ""
    return (
        f'<svg class="bar" width="100" height="10" viewBox="0 0 100 10" role="img" '
        f'aria-label="{_e(label)}"><rect width="100" height="10" rx="2" fill="#d8dee4"/>'
        f'<rect width="{width:g}" height="10" rx="2" fill="#218bff"/>{mark}</svg>'
    )


NOWRAP_MAX = 30  # a longer unbroken word may wrap anywhere: it could be wider than a phone


def hyphenated_whole(markup: str) -> str:
    """HTML text (escaped already) with its hyphenated words kept whole on a line: a browser
    breaks "Cyber-Physical" or "ci-dessous" at the hyphen otherwise."""
    words = []
    for word in markup.split(" "):
        if "-" in word and len(word) <= NOWRAP_MAX:
            word = f'<span class="nw">{word}</span>'
        words.append(word)
    return " ".join(words)


def _name(text: str) -> str:
    return hyphenated_whole(_e(text))


def _id(ident: str) -> str:
    """A role id, never broken at its hyphens (unless too long for any screen)."""
    cls = "id nw" if len(ident) <= NOWRAP_MAX else "id"
    return f'<span class="{cls}">{_e(ident)}</span>'


def _score(score: float, lang: str) -> str:
    return _e(number(score, lang))


def _page(title: str, lang: str, body: list[str], css: str = "") -> str:
    """A whole page around `body`; `css` adds to the shared style."""
    return "\n".join([
        "<!DOCTYPE html>",
        f'<html lang="{_e(lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title>",
        f"<style>{CSS}{css}</style>",
        "</head>",
        "<body>",
        *body,
        f"<footer>{_e(t('html.made_with', lang, version=__version__))}</footer>",
        "</body>",
        "</html>",
        "",
    ])


def _link(url: str | None) -> str | None:
    if url and url.startswith(("https://", "http://")):
        return url
    return None


def _sources(sources: list[dict[str, Any]], lang: str, anchor: str = "source-") -> list[str]:
    """The numbered sources; each item's id is `anchor` + its number (unique on a page that
    holds several lists)."""
    if not sources:
        return []
    out = [f"<h2>{_e(t('cards.sources', lang))}</h2>", '<ol class="sources">']
    for s in sources:
        item = _e(s.get("citation") or s["title"])
        url = _link(s.get("url"))
        where = s.get("where", s.get("url") or s.get("file"))
        if url:
            item += (f' — <a href="{_e(url)}" rel="noopener noreferrer">{_e(url)}</a>')
        elif where:
            item += f' — <span class="id">{_e(where)}</span>'
        out.append(f'<li id="{anchor}{s["n"]}">{item}</li>')
    out.append("</ol>")
    return out


def _fact(value: str | None, n: int | None, lang: str) -> str:
    if value is None:
        return f'<span class="unknown">{_e(t("cards.not_stated", lang))}</span>'
    return f'{_e(value)} <a class="muted" href="#source-{int(n)}">[{int(n)}]</a>'


def _quotes(quotes: list[dict[str, Any]], lang: str) -> str:
    """The sources' words under a line, each with a link to its source."""
    if not quotes:
        return ""
    items = "".join(f'<li>{_e(t("cards.quote", lang, text=quote_shown(q)))} '
                    f'<a class="muted" href="#source-{int(q["n"])}">[{int(q["n"])}]</a></li>'
                    for q in quotes)
    return f'<ul class="quotes">{items}</ul>'


def _fact_cell(fact: dict[str, Any], number: dict[str, int], lang: str,
               sources: bool = False) -> str:
    """A fact's value, a salary's figures one a line after their level."""
    colon = t("punct.colon", lang)
    if not fact["figures"]:
        n = number.get(fact["source"], fact.get("n"))
        out = _fact(fact["value"], n, lang)
        if sources:
            out += _quotes([{"text": q, "n": n} for q in fact["quotes"]], lang)
        return out
    lines = []
    for f in fact["figures"]:
        n = number.get(f["source"], f["n"])
        line = f"<strong>{_e(f['level_label'] + colon)}</strong>{_fact(f['text'], n, lang)}"
        if sources:
            line += _quotes([{"text": q, "n": n} for q in f["quotes"]], lang)
        lines.append(line)
    return "<br>".join(lines)


def _facts_table(c: dict[str, Any], number: dict[str, int], lang: str,
                 sources: bool = False, cls: str = "facts") -> list[str]:
    """The facts a source gives, then one line for those none gives."""
    from rolequiz.content.cards import not_stated_line

    rows = [f'<tr><th scope="row">{_e(t("cards." + key, lang))}</th>'
            f"<td>{_fact_cell(fact, number, lang, sources)}</td></tr>"
            for key, fact in c["facts"].items() if fact["value"] is not None]
    out = [f'<table class="{cls}"><tbody>', *rows, "</tbody></table>"] if rows else []
    missing = not_stated_line(c)
    if missing:
        out.append(f'<p class="unknown">{_e(missing)}</p>')
    return out


def _pct(x: float) -> str:
    return f"{round(x * 100)}"


# -- the quiz result -------------------------------------------------------------------------


def _headline(result: Result, content: Content) -> list[str]:
    """The first thing the results screen says, in its words (views/terminal/results.py)."""
    lang = result.lang
    kind, liked = headline(result)
    if kind == "flat":
        return [f'<p class="headline warn">{_name(t("results.headline_flat", lang))}</p>']
    if kind == "weak":
        out = []
        if liked:
            names = {d.id: d.name.get(lang) for d in content.questions.dimensions}
            items = ", ".join(f"<strong>{_name(names.get(d, d))}</strong> "
                              f'<span class="nw">({_e(percent(result.profile[d] or 0, lang))})'
                              "</span>" for d in liked)
            out.append(f'<p class="headline">{_e(t("results.headline_likes", lang))}{items}</p>')
        return out + [f'<p class="headline warn">{_name(t("results.headline_weak", lang))}</p>']
    if kind == "tie":
        a, b = result.matches[0], result.matches[1]
        return [f'<p class="headline">{_e(t("results.headline_tie", lang))}'
                f"<strong>{_name(a.name)}</strong> {_score(a.score, lang)}"
                f"{_e(t('results.and', lang))}<strong>{_name(b.name)}</strong> "
                f"{_score(b.score, lang)}</p>"]
    if kind == "clear":
        best = result.matches[0]
        return [f'<p class="headline">{_e(t("results.headline", lang))}'
                f"<strong>{_name(best.name)}</strong> "
                f'<span class="nw">{_score(best.score, lang)}/100</span></p>']
    return []


def _notes(result: Result) -> list[str]:
    """The doubts under "Read with care", then what is information only (an adaptive quiz
    stopped early), as on the results screen."""
    out = []
    doubts = [n for n in result.notes if n.code != "adaptive"]
    if doubts:
        out.append(f'<h2>{_e(t("results.care", result.lang))}</h2>')
        out += [f'<p class="note">{_e(n.text)}</p>' for n in doubts]
    out += [f'<p class="info">{_e(n.text)}</p>' for n in result.notes if n.code == "adaptive"]
    return out


def result_to_html(result: Result, content: Content, *, top: int = 3) -> str:
    lang = result.lang
    body = [f"<h1>{_e(t('document.title', lang))}</h1>",
            f"<p>{_e(plural(result.total, lang, 'document.answered', answered=result.answered))}"
            "</p>"]
    body += _headline(result, content)
    body += _notes(result)

    body += [f"<h2>{_e(t('html.top_roles', lang))}</h2>"]
    top_cards = [card(content, content.roles.role(m.role), lang) for m in result.matches[:top]]
    sources = merge_sources(top_cards)
    source_n = {s["id"]: s["n"] for s in sources}
    for m, c in zip(result.matches[:top], top_cards, strict=True):
        body.append(f"<h3>{m.rank}. {_name(c['name'])} {_id(c['id'])} — "
                    f"{_score(m.score, lang)}</h3>")
        if c["summary"]:
            body.append(f"<p>{_e(c['summary'])}</p>")
        if m.reasons:
            body.append('<ul class="reasons">')
            body += [f'<li class="{_e(r.kind)}">{_e(r.text)}</li>' for r in m.reasons]
            body.append("</ul>")
        body += _facts_table(c, source_n, lang)

    body += [f"<h2>{_e(t('html.all_roles', lang))}</h2>", '<table class="ranking">',
             f'<thead><tr><th class="num">{_e(t("document.rank", lang))}</th>'
             f'<th>{_e(t("document.role", lang))}</th>'
             f'<th class="num">{_e(t("document.score", lang))}</th>'
             '<th class="graphic"></th></tr></thead>', "<tbody>"]
    score_note = f'<p class="muted">{_e(t("html.score_means", lang))}</p>'
    for m in result.matches:
        body.append(
            f'<tr><td class="num">{m.rank}</td><td>{_name(m.name)}<br>{_id(m.role)}</td>'
            f'<td class="num">{_score(m.score, lang)}</td>'
            f'<td class="graphic">{_bar(m.score / 100, number(m.score, lang))}</td></tr>'
        )
    body += ["</tbody>", "</table>", score_note]

    # the interests as the results screen shows them: most enjoyed first, 50 is neutral
    names = {d.id: d.name.get(lang) for d in content.questions.dimensions}
    body += [f"<h2>{_e(t('results.profile', lang))}</h2>", '<table class="profile">',
             f'<thead><tr><th>{_e(t("document.dimension", lang))}</th>'
             f'<th class="num">{_e(t("document.interest", lang))}</th>'
             '<th class="graphic"></th></tr></thead>', "<tbody>"]
    unknown = 0
    for d in interests_in_order(result, [d.id for d in content.questions.dimensions]):
        p = result.profile[d]
        if p is None:
            unknown += 1
            value, graphic = f'<span class="unknown">{_e(t("document.unknown", lang))}</span>', ""
        else:
            value, graphic = _pct(p), _bar(p, percent(p, lang), neutral=True)
        body.append(f'<tr><td>{_e(names.get(d, d))}</td><td class="num">{value}</td>'
                    f'<td class="graphic">{graphic}</td></tr>')
    body += ["</tbody>", "</table>"]
    if unknown:
        body.append(f'<p class="muted">{_e(plural(unknown, lang, "results.profile_hint"))}</p>')
    body += _sources(sources, lang)
    return _page(t("document.title", lang), lang, body)


# -- the role list ---------------------------------------------------------------------------


def role_list_to_html(data: dict[str, Any]) -> str:
    lang, scored = data["lang"], data["scored"]
    title = t("cards.roles_title", lang)
    head = "<tr>" + ('<th class="num">#</th>' if scored else "")
    head += f"<th>{_e(t('cards.role', lang))}</th>"
    head += (f'<th class="num">{_e(t("cards.score", lang))}</th>' if scored else "")
    head += f"<th>{_e(t('cards.summary', lang))}</th></tr>"
    body = [f"<h1>{_e(title)}</h1>", "<table>", f"<thead>{head}</thead>", "<tbody>"]
    for r in data["roles"]:
        row = "<tr>"
        if scored:
            row += f'<td class="num">{r["rank"] if r["rank"] is not None else "–"}</td>'
        row += f'<td>{_name(r["name"])}<br>{_id(r["id"])}</td>'
        if scored:
            row += ('<td class="num">–</td>' if r["score"] is None
                    else f'<td class="num">{_score(r["score"], lang)}</td>')
        row += f'<td>{_e(r["summary"]) if r["summary"] else "–"}</td></tr>'
        body.append(row)
    body += ["</tbody>", "</table>"]
    return _page(title, lang, body)


# -- one role's card -------------------------------------------------------------------------


def card_to_html(data: dict[str, Any], *, sources: bool = False) -> str:
    """A role's card; with `sources`, the words of the articles under each line."""
    lang = data["lang"]
    quotes = data.get("quotes", {})
    number = {s["id"]: s["n"] for s in data["sources"]}
    body = [f'<h1>{_name(data["name"])} {_id(data["id"])}</h1>']
    if data.get("score") is not None:
        rank = t("cards.your_rank", lang, rank=data["rank"], total=data.get("total", "?"))
        body.append(f"<p><strong>{_e(t('cards.score', lang))}</strong>"
                    f"{_e(t('punct.colon', lang))}{_score(data['score'], lang)} ({_e(rank)})</p>")
    said_in = quotes_language(data) if sources else None
    if said_in:
        body.append(f'<p class="muted">{_e(said_in)}</p>')
    if data["summary"]:
        body.append(f"<p>{_e(data['summary'])}</p>")
        if sources:
            body.append(_quotes(quotes.get("summary", []), lang))
    body += [f"<h2>{_e(t('cards.facts', lang))}</h2>"]
    body += _facts_table(data, number, lang, sources, cls="card-facts")
    for key in LIST_FIELDS:
        if data.get(key):
            evidence = quotes.get(key, [])
            body += [f"<h2>{_e(t('cards.' + key, lang))}</h2>", "<ul>"]
            for i, item in enumerate(data[key]):
                extra = _quotes(evidence[i], lang) if sources and i < len(evidence) else ""
                body.append(f"<li>{_e(item)}{extra}</li>")
            body.append("</ul>")
    body += [f"<h2>{_e(t('cards.profile', lang))}</h2>", "<table>", "<tbody>"]
    described = any(d.get("basis") for d in data["profile"])
    for d in data["profile"]:
        why = ""
        if sources:
            basis = d.get("basis")
            if basis:
                why = _quotes(basis["quotes"], lang)
                if basis["judgement"]:
                    why += (f'<p class="muted">'
                            f'{_e(judgement_line(basis["judgement"], lang))}</p>')
            elif described and not d["value"]:
                why = f'<p class="muted">{_e(t("cards.no_basis", lang))}</p>'
        body.append(f'<tr><td>{_e(d["name"])}{why}</td><td class="num">{_pct(d["value"])}</td>'
                    f'<td>{_bar(d["value"], percent(d["value"], lang))}</td></tr>')
    body += ["</tbody>", "</table>"]
    if data.get("glossary"):  # on paper: the words explained, not a command to type
        body += [f"<h2>{_e(t('cards.glossary_title', lang))}</h2>",
                 f'<p class="muted">{_e(t("cards.glossary_intro", lang))}</p>', "<dl>"]
        for g in data["glossary"]:
            body += [f"<dt><strong>{_e(g['term'])}</strong></dt>",
                     f"<dd>{_e(g['definition'])}</dd>"]
        body.append("</dl>")
    body += _sources(data["sources"], lang)
    return _page(data["name"], lang, body)


def advice_to_html(data: dict[str, Any]) -> str:
    lang = data["lang"]
    title = t("cards.advice_title", lang)
    body = [f"<h1>{_e(title)}</h1>"]
    said_in = quotes_language(data)
    if said_in:
        body.append(f'<p class="muted">{_e(said_in)}</p>')
    body.append("<ul>")
    body += [f"<li>{_e(item['text'])}{_quotes(item['quotes'], lang)}</li>"
             for item in data["items"]]
    body.append("</ul>")
    body += _sources(data["sources"], lang)
    return _page(title, lang, body)


def glossary_to_html(data: dict[str, Any]) -> str:
    lang = data["lang"]
    title = t("cards.glossary_title", lang)
    body = [f"<h1>{_e(title)}</h1>", f'<p class="muted">{_e(t("cards.glossary_intro", lang))}</p>',
            "<dl>"]
    for term in data["terms"]:
        body += [f"<dt><strong>{_e(term['term'])}</strong></dt>",
                 f"<dd>{_e(term['definition'])}</dd>"]
    body.append("</dl>")
    return _page(title, lang, body)


# -- a comparison ----------------------------------------------------------------------------


def _cmp_cell(row: dict[str, Any], c: dict[str, Any], lang: str) -> str:
    from rolequiz.content.cards import is_missing

    kind = row["kind"]
    if is_missing(row, c):
        return '<span class="unknown">–</span>'
    if kind == "score":
        return ("–" if c["value"] is None else
                f"{_score(c['value'], lang)} ({_e(t('cards.rank', lang, rank=c['rank']))})")
    if kind == "fact":
        return _fact(c["text"], c["n"], lang)
    if kind == "figures":
        return "<br>".join(_fact(f["text"], f["n"], lang) for f in c["figures"])
    if kind == "list":
        items = "".join(
            f'<li class="shared">= {_e(i["text"])}</li>' if i["shared"]
            else f"<li>{_e(i['text'])}</li>" for i in c["items"])
        return f"<ul>{items}</ul>"
    return _bar(c["value"], percent(c["value"], lang)) + _pct(c["value"])


def comparison_to_html(data: dict[str, Any]) -> str:
    from rolequiz.content.cards import is_missing, salary_notes, shown_rows

    lang = data["lang"]
    roles = data["roles"]
    names = " · ".join(r["name"] for r in roles)
    title = t("cards.compare_title", lang) + t("punct.colon", lang) + names
    head = "<tr><th></th>" + "".join(
        f'<th>{_name(r["name"])}<br>{_id(r["id"])}</th>' for r in roles
    ) + "</tr>"
    body = [f"<h1>{_e(title)}</h1>", '<table class="cmp">', f"<thead>{head}</thead>", "<tbody>"]
    in_profile = False
    missing = False
    for row in shown_rows(data):
        label = _e(row["label"])
        if row["kind"] == "level" and not in_profile:  # one heading for the profile rows
            in_profile = True
            body.append(f'<tr class="section"><th colspan="{len(roles) + 1}">'
                        f'{_e(data["profile_title"])}</th></tr>')
        cls = ' class="out"' if row["stands_out"] else ""
        cells = []
        for r, c in zip(roles, row["cells"], strict=True):
            missing = missing or is_missing(row, c)
            top = c.get("top")
            mark = ' <span class="mark">▲</span>' if top else ""
            cells.append(f'<td data-role="{_e(r["name"])}"' + (' class="top"' if top else "")
                         + f">{_cmp_cell(row, c, lang)}{mark}</td>")
        body.append(f'<tr{cls}><th scope="row">{label}</th>{"".join(cells)}</tr>')
    body += ["</tbody>", "</table>"]
    body += [f'<p class="notcomparable">{_e(note)}</p>' for note in salary_notes(data)]
    legend = [t("cards.legend_top", lang), t("cards.legend_shared", lang)]
    if missing:
        legend.append(t("cards.not_stated_mark", lang))
    body.append(f'<p class="muted">{" · ".join(_e(x) for x in legend)}</p>')
    body += _sources(data["sources"], lang)
    return _page(title, lang, body)
