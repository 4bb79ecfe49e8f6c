"""Markdown documents: a result, the role list, a role card, a comparison."""

from __future__ import annotations

from typing import Any

from rolequiz.base.textsafe import clean
from rolequiz.content.models import Content, Result
from rolequiz.engine.scoring import headline, interests_in_order
from rolequiz.i18n import number, percent, plural, t


def _md(text: str) -> str:
    """Text for a Markdown table cell or line: no control characters, no markup effect."""
    text = clean(text)
    for ch in "\\`*_{}[]<>()#+!|":
        text = text.replace(ch, "\\" + ch)
    return text


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
        value = t("document.unknown", lang) if p is None else percent(p, lang)
        lines.append(f"| {_md(names.get(d, d))} | {value} |")
    for m in result.matches[:top_reasons]:
        if m.reasons:
            lines += ["", f"## {t('document.why', lang)}{t('punct.colon', lang)}{_md(m.name)} "
                          f"({number(m.score, lang)})", ""]
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
        return f"*{t('cards.not_known', lang)}*"
    return f"{_md(value)} \\[{n}\\]"


def _md_sources(sources: list[dict[str, Any]], lang: str) -> list[str]:
    if not sources:
        return []
    lines = ["", f"## {t('cards.sources', lang)}", ""]
    for s in sources:
        where = s.get("url") or s.get("file") or ""
        if s.get("url"):
            where = f"<{s['url'].replace('>', '%3E').replace(' ', '%20')}>"
        elif where:
            where = f"`{clean(where).replace('`', chr(39))}`"
        lines.append(f"{s['n']}. {_md(s['title'])}" + (f" — {where}" if where else ""))
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


def card_to_markdown(data: dict[str, Any]) -> str:
    from rolequiz.content.models import LIST_FIELDS

    lang = data["lang"]
    lines = [f"# {_md(data['name'])} (`{data['id']}`)", ""]
    if data.get("score") is not None:
        rank = t("cards.your_rank", lang, rank=data["rank"], total=data.get("total", "?"))
        lines += [f"**{t('cards.score', lang)}**{t('punct.colon', lang)}"
                  f"{number(data['score'], lang)} ({rank})", ""]
    if data["summary"]:
        lines += [_md(data["summary"]), ""]
    lines += [f"## {t('cards.facts', lang)}", ""]
    for key, fact in data["facts"].items():
        lines.append(f"- **{t('cards.' + key, lang)}**{t('punct.colon', lang)}"
                     f"{_md_fact(fact['value'], fact['n'], lang)}")
    for key in LIST_FIELDS:
        if data[key]:
            lines += ["", f"## {t('cards.' + key, lang)}", ""]
            lines += [f"- {_md(item)}" for item in data[key]]
    lines += ["", f"## {t('cards.profile', lang)}", ""]
    lines += [f"- {_md(d['name'])}{t('punct.colon', lang)}{percent(d['value'], lang)}"
              for d in data["profile"]]
    lines += _md_sources(data["sources"], lang)
    return "\n".join(lines) + "\n"


def comparison_to_markdown(data: dict[str, Any]) -> str:
    """A side-by-side table; the cells where the roles differ most are in bold."""
    lang = data["lang"]
    names = " | ".join(f"{_md(r['name'])} (`{r['id']}`)" for r in data["roles"])
    lines = [f"# {t('cards.compare_title', lang)}", "", f"| | {names} |",
             "|---|" + "---|" * len(data["roles"])]
    for row in data["rows"]:
        label = _md(row["label"])
        if row["kind"] == "level":
            label = f"{_md(data['profile_title'])}{t('punct.colon', lang)}{label}"
        if row["stands_out"]:
            label = f"**{label}**"
        cells = []
        for c in row["cells"]:
            if row["kind"] == "score":
                text = ("–" if c["value"] is None else f"{number(c['value'], lang)} "
                        f"({t('cards.rank', lang, rank=c['rank'])})")
            elif row["kind"] == "fact":
                text = _md_fact(c["text"], c["n"], lang)
            elif row["kind"] == "list":
                text = "<br>".join(
                    ("= " if i["shared"] else "") + _md(i["text"]) for i in c["items"]
                ) or f"*{t('cards.none_listed', lang)}*"
            else:
                text = percent(c["value"], lang)
            if c.get("top"):
                text = f"**{text} ▲**"
            cells.append(text)
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    lines += ["", t("cards.legend_top", lang) + " · " + _md(t("cards.legend_shared", lang))]
    lines += _md_sources(data["sources"], lang)
    return "\n".join(lines) + "\n"
