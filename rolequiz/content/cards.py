"""Role cards, the role list and comparisons as plain data, ready for every output format.

One place decides what a card holds, which rows a comparison has and which cells stand
out; the terminal (render_cards.py), JSON/Markdown (export.py) and HTML (export_html.py)
only lay that data out. Texts are raw here: each renderer makes them safe for its medium.
No rich, no typer.
"""

from __future__ import annotations

import difflib
import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rolequiz.base import jsontext
from rolequiz.base.errors import ContentError, NotFound, Problem, UsageError
from rolequiz.content import salary, yamlsafe
from rolequiz.content.load import RESULT_SCHEMA
from rolequiz.content.models import (
    FACT_KEYS,
    LIST_FIELDS,
    Content,
    Figure,
    Quote,
    Role,
    Source,
    Sourced,
    Text,
)
from rolequiz.content.results import said_value
from rolequiz.i18n import t

CARD_SCHEMA = "rolequiz.card/1"
LIST_SCHEMA = "rolequiz.role-list/1"
COMPARISON_SCHEMA = "rolequiz.comparison/1"
ADVICE_SCHEMA = "rolequiz.advice/1"
GLOSSARY_SCHEMA = "rolequiz.glossary/1"

MIN_COMPARE, MAX_COMPARE = 2, 4
STAND_OUT_ROWS = 3  # at most this many profile rows are marked as the biggest differences
STAND_OUT_SPREAD = 0.3  # ... and only when the roles' needs differ at least this much

# -- saved results ------------------------------------------------------------------------


@dataclass(frozen=True)
class Scores:
    """What `roles` and `compare` use from a saved result: role id -> (rank, score)."""

    path: str
    by_role: Mapping[str, tuple[int, float]]
    order: tuple[str, ...]  # role ids, best first

    def of(self, role_id: str) -> tuple[int, float] | None:
        return self.by_role.get(role_id)


def read_scores(path: str | Path, lang: str = "en", audience: str = "tu") -> Scores:
    """A saved quiz result (JSON, schema rolequiz.result/1), checked for what is used here.
    A missing, corrupt or foreign file is a ContentError naming it (exit 2), said in `lang`,
    what to do said to `audience` (the student, as a rule)."""
    from rolequiz.content.reading import json_words
    from rolequiz.i18n import tell

    name = str(path)
    text = yamlsafe.read_text(path, lang=lang, audience=audience)

    def bad(key: str, hint: str = "", line: int | None = None, col: int | None = None,
            **values: object) -> ContentError:
        said = tell(hint, lang, audience) if hint else ""
        return ContentError([Problem(name, line, col, t(key, lang, **values), said)])

    try:
        data = jsontext.loads(text)  # too deep: RecursionError, on every Python
    except json.JSONDecodeError as e:
        raise bad("check.scores_invalid_json", "check.scores_save_one", e.lineno, e.colno,
                  message=json_words(e.msg, lang)) from None
    except RecursionError:
        raise bad("yaml.nesting", "check.scores_is_result") from None
    if not isinstance(data, dict):
        raise bad("check.scores_not_object")
    if data.get("schema") != RESULT_SCHEMA:
        schema = data.get("schema")
        if schema is None:
            raise bad("check.no_schema", "check.result_hint", expected=RESULT_SCHEMA)
        raise bad("check.scores_schema", "check.result_hint",
                  value=said_value(schema, lang), expected=RESULT_SCHEMA)
    matches = data.get("matches")
    if not isinstance(matches, list):
        raise bad("check.scores_no_matches", "check.scores_damaged")
    by_role: dict[str, tuple[int, float]] = {}
    for i, m in enumerate(matches, start=1):
        if not isinstance(m, dict):
            raise bad("check.scores_match_not_object", "check.scores_damaged", i=i)
        role, score, rank = m.get("role"), m.get("score"), m.get("rank")
        if not isinstance(role, str) or not role:
            raise bad("check.scores_no_role", "check.scores_damaged", i=i)
        if (isinstance(score, bool) or not isinstance(score, (int, float))
                or not math.isfinite(score) or not 0 <= score <= 100):
            raise bad("check.scores_score", "check.scores_damaged", i=i, role=role)
        if isinstance(rank, bool) or not isinstance(rank, int) or rank < 1:
            raise bad("check.scores_rank", "check.scores_damaged", i=i, role=role)
        if role in by_role:
            raise bad("check.scores_twice", "check.scores_damaged", role=role)
        by_role[role] = (rank, float(score))
    order = tuple(sorted(by_role, key=lambda r: (by_role[r][0], -by_role[r][1], r)))
    return Scores(name, by_role, order)


def check_scores_fit(scores: Scores, content: Content, lang: str) -> None:
    """A result made with other content shares no role id with it: say so."""
    if scores.by_role and not any(r.id in scores.by_role for r in content.roles.roles):
        raise UsageError(
            t("cards.results_other_roles", lang, file=scores.path, roles=content.roles.path)
            + " — " + t("cards.results_other_roles_hint", lang)
        )


# -- finding roles ----------------------------------------------------------------------


def _norm(text: str) -> str:
    return re.sub(r"[\s_]+", "-", text.strip().casefold())


def find_role(content: Content, asked: str, lang: str) -> Role:
    """The role with id `asked` (case and spaces forgiven); else NotFound that suggests
    the closest ids, by id or by name."""
    roles = content.roles.roles
    key = _norm(asked)
    for role in roles:
        if role.id == asked or role.id == key:
            return role
    for role in roles:  # a role's name, in any language, works too
        if any(_norm(n) == key for n in role.name.values.values()):
            return role
    raise NotFound(_unknown(content, asked, key, lang))


def _unknown(content: Content, asked: str, key: str, lang: str) -> str:
    from rolequiz.base.textsafe import clean

    ids = [r.id for r in content.roles.roles]
    close = difflib.get_close_matches(key, ids, n=3, cutoff=0.6)
    by_name = {_norm(n): r.id for r in content.roles.roles for n in r.name.values.values()}
    for n in difflib.get_close_matches(key, list(by_name), n=3, cutoff=0.6):
        if by_name[n] not in close:
            close.append(by_name[n])
    # a part of an id ("analyst", "ml") is a fair guess too
    if not close and len(key) >= 2:
        close = [i for i in ids if key in i.split("-") or i.startswith(key)][:3]
    message = t("cards.unknown_role", lang, role=clean(asked)[:80], file=content.roles.path)
    if close:
        quoted = [t("punct.quoted", lang, text=c) for c in close[:3]]
        return message + " — " + t("cards.did_you_mean", lang,
                                   ids=t("cards.or", lang).join(quoted))
    return message + " — " + t("cards.list_them", lang)


# -- data --------------------------------------------------------------------------------


def first_sentence(text: str) -> str:
    """The opening sentence of a summary: what a one-line list shows."""
    text = " ".join(text.split())
    m = re.search(r"(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-Þ«“\"(])", text)
    return text[: m.start()] if m else text


def citation(source: Source, lang: str) -> str:
    """An article as a reader can look it up: its title, author, site and date, as far as
    the article gives them ("no date given" when it gives none)."""
    parts = [t("cards.title_quoted", lang, text=source.title.get(lang))]
    if source.author:
        parts.append(source.author)
    if source.site is not None:
        parts.append(source.site.get(lang))
    if source.date:
        parts.append(_date(source.date, lang))
    text = ", ".join(parts)
    if source.note is not None:
        text += " (" + source.note.get(lang) + ")"
    return text


def _date(value: str, lang: str) -> str:
    if value == "undated":
        return t("cards.undated", lang)
    from types import SimpleNamespace

    from rolequiz.i18n import date_words

    pieces = [int(p) for p in value.split("-")]
    if len(pieces) == 3:
        return date_words(SimpleNamespace(year=pieces[0], month=pieces[1], day=pieces[2]), lang)
    if len(pieces) == 2:
        return t("date.months", lang).split()[pieces[1] - 1] + f" {pieces[0]}"
    return str(pieces[0])


def _cited(role: Role) -> list[str]:
    """Every source id the role's card cites: its facts' first, then its own list, then
    those its texts and profile quote."""
    ids: list[str] = []
    for key in FACT_KEYS:
        fact = role.facts.get(key)
        if fact is not None:
            ids += [f.source for f in fact.figures] or [fact.source]
    ids += role.sources
    texts = [role.summary, *(x for k in LIST_FIELDS for x in getattr(role, k))]
    ids += [q.source for x in texts if isinstance(x, Sourced) for q in x.quotes]
    ids += [q.source for b in role.profile_basis.values() for q in b.quotes]
    return list(dict.fromkeys(ids))


def _source_entry(s: Source, n: int, lang: str) -> dict[str, Any]:
    described = s.author or s.site is not None or s.date or s.url
    return {"n": n, "id": s.id, "title": s.title.get(lang), "file": s.file, "url": s.url,
            "author": s.author, "site": s.site.get(lang) if s.site else None,
            "date": s.date, "note": s.note.get(lang) if s.note else None,
            "lang": s.lang, "citation": citation(s, lang),
            # where to find it: the web address; a file's name only when nothing else says
            "where": s.url or (None if described else s.file)}


def _sources(role: Role, content: Content, lang: str) -> list[dict[str, Any]]:
    """The role's sources, those its facts cite first, numbered from 1."""
    return [_source_entry(content.roles.source(sid), n, lang)
            for n, sid in enumerate(_cited(role), start=1)]


def _quotes(quotes: Iterable[Quote], number: Mapping[str, int], sic: Iterable[str] = ()
            ) -> list[dict[str, Any]]:
    """The quotes as a card gives them; "sic": the words of each its article got wrong."""
    out = []
    for q in quotes:
        item: dict[str, Any] = {"source": q.source, "n": number[q.source], "text": q.text}
        wrong = [w for w in sic if w in q.text]
        if wrong:
            item["sic"] = wrong
        out.append(item)
    return out


def quote_shown(q: dict[str, Any]) -> str:
    """A quote's words as they are shown: verbatim, "[sic]" after what its article got
    wrong ("Le titres [sic] changent")."""
    text = q["text"]
    for words in q.get("sic", ()):
        at = text.find(words)
        if at >= 0:
            at += len(words)
            text = text[:at] + " [sic]" + text[at:]
    return text


def quotes_language(data: dict[str, Any]) -> str | None:
    """A line saying which language the quotes are in, when it is not the one the page is
    in ("Quotes in French, as the articles wrote them."); None when it is, or is not known
    or not one."""
    langs = {s.get("lang") for s in data.get("sources", [])}
    if len(langs) != 1 or None in langs or data["lang"] in langs:
        return None
    (lang,) = langs
    try:
        language = t("language." + lang, data["lang"])
    except KeyError:
        return None
    return t("cards.quotes_language", data["lang"], language=language)


def figure_data(f: Figure, number: Mapping[str, int], lang: str) -> dict[str, Any]:
    return {"level": f.level, "level_label": salary.level_label(f.level, lang),
            "text": salary.figure_text(f, lang), "low": f.low, "high": f.high,
            "average": f.average, "currency": f.currency, "basis": f.basis,
            "period": f.period, "place": f.place.get(lang) if f.place else None,
            "note": f.note.get(lang) if f.note else None, "source": f.source,
            "n": number[f.source], "quotes": list(f.quotes)}


def _facts(role: Role, sources: list[dict[str, Any]], lang: str) -> dict[str, Any]:
    number = {s["id"]: s["n"] for s in sources}
    out: dict[str, Any] = {}
    for key in FACT_KEYS:
        fact = role.facts.get(key)
        if fact is None:
            out[key] = {"value": None, "source": None, "n": None, "quotes": [], "figures": []}
        else:
            out[key] = {"value": salary.fact_text(fact, lang), "source": fact.source,
                        "n": number[fact.source], "quotes": list(fact.quotes),
                        "figures": [figure_data(f, number, lang) for f in fact.figures]}
    return out


def _profile(role: Role, content: Content, lang: str, number: Mapping[str, int]
             ) -> list[dict[str, Any]]:
    out = []
    for d in content.questions.dimensions:
        basis = role.profile_basis.get(d.id)
        out.append({"id": d.id, "name": d.name.get(lang), "value": role.importance(d.id),
                    "basis": None if basis is None else {
                        "quotes": _quotes(basis.quotes, number, content.roles.sic),
                        "judgement": basis.judgement.get(lang) if basis.judgement else None}})
    return out


def _evidence(role: Role, number: Mapping[str, int], sic: Iterable[str] = ()
              ) -> dict[str, Any]:
    """The sources' words behind the summary and each entry of each list."""
    def of(text: Text | None) -> list[dict[str, Any]]:
        return _quotes(text.quotes, number, sic) if isinstance(text, Sourced) else []

    out: dict[str, Any] = {"summary": of(role.summary)}
    for key in LIST_FIELDS:
        out[key] = [of(x) for x in getattr(role, key)]
    return out


def _score(scores: Scores | None, role_id: str) -> dict[str, Any]:
    hit = scores.of(role_id) if scores else None
    if hit is None:
        return {"rank": None, "score": None}
    return {"rank": hit[0], "score": hit[1]}


def _has_quotes(role: Role) -> bool:
    texts = [role.summary, *(x for k in LIST_FIELDS for x in getattr(role, k))]
    return (any(isinstance(x, Sourced) and x.quotes for x in texts)
            or any(f.quotes or f.figures for f in role.facts.values())
            or bool(role.profile_basis))


def glossary_terms(content: Content, texts: Iterable[str], lang: str
                   ) -> list[dict[str, str]]:
    """The glossary's entries whose words `texts` use, in the glossary's order."""
    haystack = "\n".join(texts).casefold()
    found = []
    for term in content.roles.glossary:
        words = term.words or tuple(dict.fromkeys(term.term.values.values()))
        if any(re.search(r"(?<![\w-])" + re.escape(w.casefold()) + r"(?![\w-])", haystack)
               for w in words):
            found.append({"term": term.term.get(lang), "definition": term.definition.get(lang)})
    return found


def card(content: Content, role: Role, lang: str, scores: Scores | None = None
         ) -> dict[str, Any]:
    """Everything the tool knows about one role, and where each piece comes from."""
    sources = _sources(role, content, lang)
    number = {s["id"]: s["n"] for s in sources}
    data: dict[str, Any] = {
        "schema": CARD_SCHEMA,
        "lang": lang,
        "id": role.id,
        "name": role.name.get(lang),
        "summary": role.summary.get(lang) if role.summary else None,
        **_score(scores, role.id),
        "facts": _facts(role, sources, lang),
    }
    for key in LIST_FIELDS:
        data[key] = [x.get(lang) for x in getattr(role, key)]
    data["profile"] = _profile(role, content, lang, number)
    data["sources"] = sources
    data["quotes"] = _evidence(role, number, content.roles.sic)
    data["not_stated"] = [k for k in FACT_KEYS if data["facts"][k]["value"] is None]
    words = [data["name"], data["summary"] or "", *(f["value"] or "" for f in
             data["facts"].values()), *(x for k in LIST_FIELDS for x in data[k])]
    data["glossary"] = glossary_terms(content, words, lang)
    # what else `show` can tell: the sources' words behind each line, advice on choosing
    data["more"] = {"sources": _has_quotes(role), "advice": bool(content.roles.advice)}
    if scores is not None:
        data["total"] = len(scores.by_role)
    return data


def role_list(content: Content, lang: str, scores: Scores | None = None) -> dict[str, Any]:
    """Every role with its opening sentence; best match first when scores are given."""
    roles = list(content.roles.roles)
    if scores is not None:
        position = {rid: i for i, rid in enumerate(scores.order)}
        roles.sort(key=lambda r: (position.get(r.id, len(position)), r.id))
    items = []
    for role in roles:
        summary = role.summary.get(lang) if role.summary else None
        items.append({
            "id": role.id,
            "name": role.name.get(lang),
            "summary": first_sentence(summary) if summary else None,
            **_score(scores, role.id),
        })
    return {"schema": LIST_SCHEMA, "lang": lang, "scored": scores is not None,
            "roles": items}


def pick_roles(content: Content, asked: Sequence[str], lang: str,
               top: int | None = None, scores: Scores | None = None) -> list[Role]:
    """The roles to compare: named ones, or the student's `top` best matches."""
    if top is not None:
        if asked:
            raise UsageError(t("cards.top_and_roles", lang))
        if scores is None:
            raise UsageError(t("cards.top_needs_results", lang))
        _check_count(top, lang)
        known = {r.id: r for r in content.roles.roles}
        best = [known[r] for r in scores.order if r in known]
        if len(best) < top:
            raise UsageError(t("cards.top_too_few", lang, file=scores.path, n=len(best), top=top))
        return best[:top]
    _check_count(len(asked), lang)
    roles: list[Role] = []
    for name in asked:
        role = find_role(content, name, lang)
        if role in roles:
            raise UsageError(t("cards.compare_twice", lang, role=role.id))
        roles.append(role)
    return roles


def _check_count(n: int, lang: str) -> None:
    if not MIN_COMPARE <= n <= MAX_COMPARE:
        raise UsageError(
            t("cards.compare_count", lang, low=MIN_COMPARE, high=MAX_COMPARE, n=n)
            + " — " + t("cards.compare_count_hint", lang)
        )


def _item_key(text: str) -> str:
    return " ".join(text.casefold().split())


def comparison(content: Content, roles: Sequence[Role], lang: str,
               scores: Scores | None = None) -> dict[str, Any]:
    """A side-by-side table: one row per criterion, one cell per role. Profile rows where
    the roles' needs differ most stand out (the highest cell is marked `top`); list items
    every compared role has are marked `shared`."""
    cards = [card(content, r, lang, scores) for r in roles]
    sources = merge_sources(cards)
    number = {s["id"]: s["n"] for s in sources}
    rows: list[dict[str, Any]] = []
    if scores is not None:
        values = [c["score"] for c in cards]
        best = max((v for v in values if v is not None), default=None)
        rows.append({
            "key": "score", "kind": "score", "label": t("cards.score", lang), "stands_out": False,
            "cells": [{"value": c["score"], "rank": c["rank"],
                       "top": best is not None and c["score"] == best} for c in cards],
        })
    for key in FACT_KEYS:
        cells = []
        for c in cards:
            fact = c["facts"][key]
            figures = [{**f, "n": number[f["source"]]} for f in fact["figures"]]
            cells.append({"text": fact["value"], "source": fact["source"],
                          "n": number.get(fact["source"]), "quotes": fact["quotes"],
                          "figures": figures})
        row = {"key": key, "kind": "fact", "label": t("cards." + key, lang),
               "stands_out": False, "empty": all(c["text"] is None for c in cells),
               "cells": cells}
        if key == "salary":
            row.update(_salary_levels(roles, cells, lang))
        rows.append(row)
    for key in ("skills", "tools", "deliverables"):
        keyed = [{_item_key(x) for x in c[key]} for c in cards]
        common = set.intersection(*keyed) if keyed else set()
        rows.append({
            "key": key, "kind": "list", "label": t("cards." + key, lang), "stands_out": False,
            "empty": not any(c[key] for c in cards),
            "cells": [{"items": [{"text": x, "shared": _item_key(x) in common}
                                 for x in c[key]]} for c in cards],
        })
    level_rows = []
    for i, d in enumerate(content.questions.dimensions):
        values = [r.importance(d.id) for r in roles]
        spread = max(values) - min(values)
        level_rows.append({
            "key": f"profile:{d.id}", "kind": "level", "label": d.name.get(lang),
            "spread": round(spread, 3), "stands_out": False, "_order": i,
            "cells": [{"value": v, "top": False} for v in values],
        })
    ranked = sorted(level_rows, key=lambda r: (-r["spread"], r["_order"]))
    for row in ranked[:STAND_OUT_ROWS]:
        if row["spread"] >= STAND_OUT_SPREAD:
            row["stands_out"] = True
            high = max(c["value"] for c in row["cells"])
            for c in row["cells"]:
                c["top"] = c["value"] == high
    for row in level_rows:
        del row["_order"]
    rows += level_rows
    return {
        "schema": COMPARISON_SCHEMA,
        "lang": lang,
        "roles": [{"id": c["id"], "name": c["name"], "rank": c["rank"], "score": c["score"]}
                  for c in cards],
        "profile_title": t("cards.profile", lang),
        "rows": rows,
        "sources": sources,
    }


def _salary_levels(roles: Sequence[Role], cells: list[dict[str, Any]], lang: str
                   ) -> dict[str, Any]:
    """Salary figures set like beside like: one line for each level a figure is given for
    (starting out, level not stated, with experience), each cell holding the role's figures
    of that level; and whether the figures can be compared at all, with why not."""
    levels = []
    figures = [r.facts["salary"].figures if "salary" in r.facts else () for r in roles]
    for level in salary.levels_of([f for figs in figures for f in figs]):
        name = salary.level_label(level, lang)
        levels.append({"level": level, "label": t("cards.salary_level", lang,
                                                   level=name[0].lower() + name[1:]),
                       "cells": [[f for f in c["figures"] if f["level"] == level]
                                 for c in cells]})
    comparable, notes = salary.comparability(
        [(r.name.get(lang), figs) for r, figs in zip(roles, figures, strict=True)], lang)
    return {"levels": levels, "comparable": comparable, "notes": notes}


def not_stated_line(data: dict[str, Any]) -> str | None:
    """One sentence for the facts of a card no source gives, instead of a "not known"
    each."""
    lang = data["lang"]
    missing = [t("cards." + k, lang) for k in data["not_stated"]]
    if not missing:
        return None
    names = ", ".join(m[0].lower() + m[1:] for m in missing)
    return t("cards.not_stated_facts", lang, facts=names)


def judgement_line(judgement: str, lang: str) -> str:
    """A need's basis when it is the judgement of the content's authors, as one sentence."""
    return t("cards.judgement", lang, text=judgement[:1].lower() + judgement[1:])


def shown_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows of a comparison as every view lays them out: rows no compared role has are
    left out, and salaries given as figures come one line per level, like beside like
    (kind "figures", each cell the list of that role's figures of that level)."""
    out = []
    for row in data["rows"]:
        if row.get("empty"):
            continue
        texts = [c for c in row["cells"] if row["kind"] == "fact" and c["text"] is not None]
        if row.get("levels") and all(c["figures"] for c in texts):
            for level in row["levels"]:
                out.append({"key": f"{row['key']}:{level['level']}", "kind": "figures",
                            "label": level["label"], "stands_out": False,
                            "cells": [{"figures": figs} for figs in level["cells"]]})
            continue
        out.append(row)
    return out


def is_missing(row: dict[str, Any], cell: dict[str, Any]) -> bool:
    """A cell no source fills: shown as "–", explained once under the table."""
    kind = row["kind"]
    return ((kind == "fact" and cell["text"] is None)
            or (kind == "figures" and not cell["figures"])
            or (kind == "list" and not cell["items"]))


def salary_notes(data: dict[str, Any]) -> list[str]:
    """Why the salaries side by side cannot be compared, if they cannot."""
    return [n for row in data["rows"] if row["key"] == "salary" and not row.get("empty")
            for n in row.get("notes", [])]


def merge_sources(cards: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """One numbering for the whole comparison; each card's fact numbers are remapped."""
    merged: list[dict[str, Any]] = []
    index: dict[str, int] = {}
    for c in cards:
        for s in c["sources"]:
            if s["id"] not in index:
                index[s["id"]] = len(merged) + 1
                merged.append({**s, "n": index[s["id"]]})
    return merged


def advice(content: Content, lang: str) -> dict[str, Any]:
    """The sources' advice to every student choosing, each with the words it comes from."""
    items = content.roles.advice
    ids = list(dict.fromkeys(q.source for x in items if isinstance(x, Sourced)
                             for q in x.quotes))
    sources = [_source_entry(content.roles.source(sid), n, lang)
               for n, sid in enumerate(ids, start=1)]
    number = {s["id"]: s["n"] for s in sources}
    return {"schema": ADVICE_SCHEMA, "lang": lang,
            "items": [{"text": x.get(lang),
                       "quotes": (_quotes(x.quotes, number, content.roles.sic)
                                  if isinstance(x, Sourced) else [])}
                      for x in items],
            "sources": sources}


def glossary(content: Content, lang: str) -> dict[str, Any]:
    """The words of the cards explained (by the content's authors, not the sources)."""
    return {"schema": GLOSSARY_SCHEMA, "lang": lang,
            "terms": [{"term": g.term.get(lang), "definition": g.definition.get(lang)}
                      for g in content.roles.glossary]}
