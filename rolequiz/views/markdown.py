"""Markdown documents: a result, the role list, a role card, a comparison."""

from __future__ import annotations

import re
from typing import Any

from rolequiz.base.textsafe import clean
from rolequiz.content.models import Content, Result
from rolequiz.engine.scoring import headline, interests_in_order
from rolequiz.i18n import in_sentence, number, percent, plural, t

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


def result_to_markdown(result: Result, content: Content, *, top_reasons: int = 3) -> str:
    """The result as the terminal says it: the headline, the doubts under "Read with care",
    the ranking, the interests highest first, the reasons of the top roles."""
    lang = result.lang
    lines = [f"# {t('document.title', lang)}", "",
             plural(result.total, lang, "document.answered", answered=result.answered), ""]
    lines += _md_headline(result, content)
    doubts = [n for n in result.notes if n.code != "adaptive"]
    if doubts:
        lines += [f"## {t('results.care', lang)}", ""]
        lines += [f"- {_md(n.text)}" for n in doubts]
        lines.append("")
    lines += [f"*{_md(n.text)}*" for n in result.notes if n.code == "adaptive"]
    if any(n.code == "adaptive" for n in result.notes):
        lines.append("")
    lines += [f"| {t('document.rank', lang)} | {t('document.role', lang)} "
              f"| {t('document.score', lang)} |", "|---:|---|---:|"]
    lines += [f"| {m.rank} | {_md(m.name)} | {number(m.score, lang)} |"
              for m in result.matches]
    lines += ["", f"## {_md(t('results.profile', lang))}", "",
              f"| {t('document.dimension', lang)} | {t('document.interest', lang)} |",
              "|---|---:|"]
    names = {d.id: d.name.get(lang) for d in content.questions.dimensions}
    for d in interests_in_order(result, [d.id for d in content.questions.dimensions]):
        p = result.profile.get(d)
        # as on the screen: 0 to 100, 50 being neutral (the heading says so)
        value = t("document.unknown", lang) if p is None else percent(p)
        lines.append(f"| {_md(names.get(d, d))} | {value} |")
    for m in result.matches[:top_reasons]:
        if m.reasons:
            why = t("results.why", lang, name=in_sentence(m.name, lang))
            lines += ["", f"## {_md(why)} ({number(m.score, lang)})", ""]
            lines += [f"- {_md(r.text)}" for r in m.reasons]
    return "\n".join(lines) + "\n"


def _md_headline(result: Result, content: Content) -> list[str]:
    lang = result.lang
    kind, liked = headline(result)
    if kind == "flat":
        return [f"**{_md(t('results.headline_flat', lang))}**", ""]
    if kind == "weak":
        names = {d.id: d.name.get(lang) for d in content.questions.dimensions}
        out = []
        if liked:
            items = ", ".join(f"**{_md(names.get(d, d))}** "
                              f"({percent(result.profile[d] or 0, lang)})" for d in liked)
            out.append(_md(t("results.headline_likes", lang)) + items)
            out.append("")
        return out + [f"**{_md(t('results.headline_weak', lang))}**", ""]
    if kind == "tie":
        a, b = result.matches[0], result.matches[1]
        return [f"{_md(t('results.headline_tie', lang))}**{_md(a.name)}** "
                f"{number(a.score, lang)}{_md(t('results.and', lang))}**{_md(b.name)}** "
                f"{number(b.score, lang)}", ""]
    if kind == "clear":
        best = result.matches[0]
        return [f"{_md(t('results.headline', lang))}**{_md(best.name)}** "
                f"{number(best.score, lang)}/100", ""]
    return []


# -- role list, role cards and comparisons (data from rolequiz.content.cards) ----------------------
# JSON is the cards data as is (to_json); Markdown below.


def _md_fact(value: str | None, n: int | None, lang: str) -> str:
    if value is None:
        return f"*{t('cards.not_stated', lang)}*"
    return f"{_md(value)} \\[{n}\\]"


def _md_quotes(quotes: list[dict[str, Any]], lang: str, indent: str = "  ") -> list[str]:
    """The sources' words under a line, one list item each, with its source's number."""
    from rolequiz.content.cards import quote_shown

    return [f"{indent}- *{_md(t('cards.quote', lang, text=quote_shown(q)))}* \\[{q['n']}\\]"
            for q in quotes]


def _md_sources(sources: list[dict[str, Any]], lang: str) -> list[str]:
    if not sources:
        return []
    lines = ["", f"## {t('cards.sources', lang)}", ""]
    for s in sources:
        where = s.get("where", s.get("url") or s.get("file")) or ""
        if s.get("url"):
            where = f"<{s['url'].replace('>', '%3E').replace(' ', '%20')}>"
        elif where:
            where = f"`{clean(where).replace('`', chr(39))}`"
        title = s.get("citation") or s["title"]
        lines.append(f"{s['n']}. {_md(title)}" + (f" — {where}" if where else ""))
    return lines


def role_list_to_markdown(data: dict[str, Any]) -> str:
    lang = data["lang"]
    lines = [f"# {t('cards.roles_title', lang)}", ""]
    if data["scored"]:
        lines += [f"| # | {t('cards.role', lang)} | {t('cards.id', lang)} "
                  f"| {t('cards.score', lang)} | {t('cards.summary', lang)} |",
                  "|---:|---|---|---:|---|"]
    else:
        lines += [f"| {t('cards.role', lang)} | {t('cards.id', lang)} "
                  f"| {t('cards.summary', lang)} |",
                  "|---|---|---|"]
    for r in data["roles"]:
        summary = _md(r["summary"]) if r["summary"] else "–"
        ident = f"`{r['id']}`"
        if data["scored"]:
            score = "–" if r["score"] is None else number(r["score"], lang)
            rank = r["rank"] if r["rank"] is not None else "–"
            lines.append(f"| {rank} | {_md(r['name'])} | {ident} | {score} | {summary} |")
        else:
            lines.append(f"| {_md(r['name'])} | {ident} | {summary} |")
    return "\n".join(lines) + "\n"


def card_to_markdown(data: dict[str, Any], *, sources: bool = False) -> str:
    """A role's card; with `sources`, the words of the articles under each line."""
    from rolequiz.content.cards import judgement_line, not_stated_line, quotes_language
    from rolequiz.content.models import LIST_FIELDS

    lang = data["lang"]
    quotes = data.get("quotes", {})
    colon = t("punct.colon", lang)
    lines = [f"# {_md(data['name'])} (`{data['id']}`)", ""]
    if data.get("score") is not None:
        rank = t("cards.your_rank", lang, rank=data["rank"], total=data.get("total", "?"))
        lines += [f"**{t('cards.score', lang)}**{t('punct.colon', lang)}"
                  f"{number(data['score'], lang)} ({rank})", ""]
    said_in = quotes_language(data) if sources else None
    if said_in:
        lines += [f"*{_md(said_in)}*", ""]
    if data["summary"]:
        lines += [_md(data["summary"]), ""]
        if sources and quotes.get("summary"):
            lines += [*_md_quotes(quotes["summary"], lang, ""), ""]
    lines += [f"## {t('cards.facts', lang)}", ""]
    for key, fact in data["facts"].items():
        if fact["value"] is None:
            continue
        label = f"- **{t('cards.' + key, lang)}{colon.rstrip()}**"
        if fact["figures"]:
            lines.append(label)
            for f in fact["figures"]:
                lines.append(f"  - {_md(f['level_label'] + colon)}"
                             f"{_md_fact(f['text'], f['n'], lang)}")
                if sources:
                    lines += _md_quotes([{"text": q, "n": f["n"]} for q in f["quotes"]],
                                        lang, "    ")
        else:
            lines.append(f"{label} {_md_fact(fact['value'], fact['n'], lang)}")
            if sources:
                lines += _md_quotes([{"text": q, "n": fact["n"]} for q in fact["quotes"]],
                                    lang)
    missing = not_stated_line(data)
    if missing:
        lines += ["", f"*{_md(missing)}*"]
    for key in LIST_FIELDS:
        if data.get(key):
            lines += ["", f"## {t('cards.' + key, lang)}", ""]
            evidence = quotes.get(key, [])
            for i, item in enumerate(data[key]):
                lines.append(f"- {_md(item)}")
                if sources and i < len(evidence):
                    lines += _md_quotes(evidence[i], lang)
    lines += ["", f"## {t('cards.profile', lang)}", ""]
    described = any(d.get("basis") for d in data["profile"])
    for d in data["profile"]:
        lines.append(f"- {_md(d['name'])}{t('punct.colon', lang)}{percent(d['value'], lang)}")
        if sources:
            basis = d.get("basis")
            if basis:
                lines += _md_quotes(basis["quotes"], lang)
                if basis["judgement"]:
                    judged = judgement_line(basis["judgement"], lang)
                    lines.append(f"  - *{_md(judged)}*")
            elif described and not d["value"]:
                lines.append(f"  - *{_md(t('cards.no_basis', lang))}*")
    if data.get("glossary"):  # on paper: the words explained, not a command to type
        lines += ["", f"## {_md(t('cards.glossary_title', lang))}", "",
                  f"*{_md(t('cards.glossary_intro', lang))}*", ""]
        lines += [f"- **{_md(g['term'])}**{t('punct.colon', lang)}{_md(g['definition'])}"
                  for g in data["glossary"]]
    lines += _md_sources(data["sources"], lang)
    return "\n".join(lines) + "\n"


def advice_to_markdown(data: dict[str, Any]) -> str:
    from rolequiz.content.cards import quotes_language

    lang = data["lang"]
    lines = [f"# {_md(t('cards.advice_title', lang))}", ""]
    said_in = quotes_language(data)
    if said_in:
        lines += [f"*{_md(said_in)}*", ""]
    for item in data["items"]:
        lines.append(f"- {_md(item['text'])}")
        lines += _md_quotes(item["quotes"], lang)
    lines += _md_sources(data["sources"], lang)
    return "\n".join(lines) + "\n"


def glossary_to_markdown(data: dict[str, Any]) -> str:
    lang = data["lang"]
    lines = [f"# {_md(t('cards.glossary_title', lang))}", "",
             f"*{_md(t('cards.glossary_intro', lang))}*", ""]
    for term in data["terms"]:
        lines.append(f"- **{_md(term['term'])}**: {_md(term['definition'])}")
    return "\n".join(lines) + "\n"


def comparison_to_markdown(data: dict[str, Any]) -> str:
    """A side-by-side table; the cells where the roles differ most are in bold."""
    from rolequiz.content.cards import is_missing, salary_notes, shown_rows

    lang = data["lang"]
    names = " | ".join(f"{_md(r['name'])} (`{r['id']}`)" for r in data["roles"])
    lines = [f"# {t('cards.compare_title', lang)}", "", f"| | {names} |",
             "|---|" + "---|" * len(data["roles"])]
    missing = False
    for row in shown_rows(data):
        label = _md(row["label"])
        if row["kind"] == "level":
            label = f"{_md(data['profile_title'])}{t('punct.colon', lang)}{label}"
        if row["stands_out"]:
            label = f"**{label}**"
        cells = []
        for c in row["cells"]:
            if is_missing(row, c):
                missing = True
                text = "–"
            elif row["kind"] == "score":
                text = ("–" if c["value"] is None else f"{number(c['value'], lang)} "
                        f"({t('cards.rank', lang, rank=c['rank'])})")
            elif row["kind"] == "fact":
                text = _md_fact(c["text"], c["n"], lang)
            elif row["kind"] == "figures":
                text = "<br>".join(_md_fact(f["text"], f["n"], lang) for f in c["figures"])
            elif row["kind"] == "list":
                text = "<br>".join(("= " if i["shared"] else "") + _md(i["text"])
                                   for i in c["items"])
            else:
                text = percent(c["value"], lang)
            if c.get("top"):
                text = f"**{text} ▲**"
            cells.append(text)
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    notes = salary_notes(data)
    if notes:
        lines += [""] + [f"**{_md(note)}**  " for note in notes]
    legend = [t("cards.legend_top", lang), _md(t("cards.legend_shared", lang))]
    if missing:
        legend.append(_md(t("cards.not_stated_mark", lang)))
    lines += ["", " · ".join(legend)]
    lines += _md_sources(data["sources"], lang)
    return "\n".join(lines) + "\n"
