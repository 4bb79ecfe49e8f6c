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
from rolequiz.content import yamlsafe
from rolequiz.content.load import RESULT_SCHEMA
from rolequiz.content.models import FACT_KEYS, LIST_FIELDS, Content, Role
from rolequiz.i18n import t

CARD_SCHEMA = "rolequiz.card/1"
LIST_SCHEMA = "rolequiz.role-list/1"
COMPARISON_SCHEMA = "rolequiz.comparison/1"

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


def read_scores(path: str | Path) -> Scores:
    """A saved quiz result (JSON, schema rolequiz.result/1), checked for what is used here.
    A missing, corrupt or foreign file is a ContentError naming it (exit 2)."""
    name = str(path)
    text = yamlsafe.read_text(path)

    def bad(message: str, hint: str = "", line: int | None = None,
            col: int | None = None) -> ContentError:
        return ContentError([Problem(name, line, col, message, hint)])

    try:
        data = jsontext.loads(text)  # too deep: RecursionError, on every Python
    except json.JSONDecodeError as e:
        raise bad(f"not a saved result (invalid JSON: {e.msg})",
                  "save one with: rolequiz quiz --answers FILE --format json > result.json",
                  e.lineno, e.colno) from None
    except RecursionError:
        raise bad("nesting too deep", "is this a saved result?") from None
    if not isinstance(data, dict):
        raise bad("not a saved result (expected a JSON object)")
    if data.get("schema") != RESULT_SCHEMA:
        raise bad(f"schema is {json.dumps(data.get('schema'))[:60]}, expected '{RESULT_SCHEMA}'",
                  "is this a saved quiz result?")
    matches = data.get("matches")
    if not isinstance(matches, list):
        raise bad("'matches' is missing or not a list", "the file looks damaged")
    by_role: dict[str, tuple[int, float]] = {}
    for i, m in enumerate(matches, start=1):
        where = f"match {i}"
        if not isinstance(m, dict):
            raise bad(f"{where} is not an object", "the file looks damaged")
        role, score, rank = m.get("role"), m.get("score"), m.get("rank")
        if not isinstance(role, str) or not role:
            raise bad(f"{where} has no role id", "the file looks damaged")
        if (isinstance(score, bool) or not isinstance(score, (int, float))
                or not math.isfinite(score) or not 0 <= score <= 100):
            raise bad(f"{where} ({role}): score must be a number from 0 to 100",
                      "the file looks damaged")
        if isinstance(rank, bool) or not isinstance(rank, int) or rank < 1:
            raise bad(f"{where} ({role}): rank must be a whole number from 1",
                      "the file looks damaged")
        if role in by_role:
            raise bad(f"role '{role}' appears twice", "the file looks damaged")
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


def _sources(role: Role, content: Content, lang: str) -> list[dict[str, Any]]:
    """The role's sources, those its facts cite first, numbered from 1."""
    ids: list[str] = []
    for key in FACT_KEYS:
        fact = role.facts.get(key)
        if fact is not None and fact.source not in ids:
            ids.append(fact.source)
    ids += [s for s in role.sources if s not in ids]
    out = []
    for n, sid in enumerate(ids, start=1):
        s = content.roles.source(sid)
        out.append({"n": n, "id": s.id, "title": s.title.get(lang), "file": s.file,
                    "url": s.url})
    return out


def _facts(role: Role, sources: list[dict[str, Any]], lang: str) -> dict[str, Any]:
    number = {s["id"]: s["n"] for s in sources}
    out: dict[str, Any] = {}
    for key in FACT_KEYS:
        fact = role.facts.get(key)
        if fact is None:
            out[key] = {"value": None, "source": None, "n": None}
        else:
            out[key] = {"value": fact.value.get(lang), "source": fact.source,
                        "n": number[fact.source]}
    return out


def _profile(role: Role, content: Content, lang: str) -> list[dict[str, Any]]:
    return [{"id": d.id, "name": d.name.get(lang), "value": role.importance(d.id)}
            for d in content.questions.dimensions]


def _score(scores: Scores | None, role_id: str) -> dict[str, Any]:
    hit = scores.of(role_id) if scores else None
    if hit is None:
        return {"rank": None, "score": None}
    return {"rank": hit[0], "score": hit[1]}


def card(content: Content, role: Role, lang: str, scores: Scores | None = None
         ) -> dict[str, Any]:
    """Everything the tool knows about one role."""
    sources = _sources(role, content, lang)
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
        data[key] = [t.get(lang) for t in getattr(role, key)]
    data["profile"] = _profile(role, content, lang)
    data["sources"] = sources
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
        rows.append({
            "key": key, "kind": "fact", "label": t("cards." + key, lang), "stands_out": False,
            "cells": [{"text": c["facts"][key]["value"], "source": c["facts"][key]["source"],
                       "n": number.get(c["facts"][key]["source"])} for c in cards],
        })
    for key in ("skills", "tools", "deliverables"):
        keyed = [{_item_key(t) for t in c[key]} for c in cards]
        common = set.intersection(*keyed) if keyed else set()
        rows.append({
            "key": key, "kind": "list", "label": t("cards." + key, lang), "stands_out": False,
            "cells": [{"items": [{"text": t, "shared": _item_key(t) in common}
                                 for t in c[key]]} for c in cards],
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
