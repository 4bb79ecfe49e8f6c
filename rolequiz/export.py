"""Results as data and documents: JSON (the result contract) and Markdown."""

from __future__ import annotations

import json
from typing import Any

from rolequiz import __version__
from rolequiz.content import RESULT_SCHEMA
from rolequiz.models import Content, Result
from rolequiz.textsafe import clean


def result_to_dict(result: Result, content: Content) -> dict[str, Any]:
    """The result contract (DESIGN.md), plus notes, answers and which content made it."""
    return {
        "schema": RESULT_SCHEMA,
        "lang": result.lang,
        "answered": result.answered,
        "skipped": result.skipped,
        "total": result.total,
        "profile": dict(result.profile),
        "matches": [
            {
                "rank": m.rank,
                "role": m.role,
                "name": m.name,
                "score": m.score,
                "reasons": [
                    {
                        "kind": r.kind,
                        "dimension": r.dimension,
                        "you": r.you,
                        "role": r.role,
                        "text": r.text,
                    }
                    for r in m.reasons
                ],
            }
            for m in result.matches
        ],
        "clear": result.clear,
        "notes": [{"code": n.code, "text": n.text} for n in result.notes],
        "answers": dict(result.answers),
        "content": {
            "questions": content.questions.digest,
            "roles": content.roles.digest,
        },
        "version": __version__,
    }


def to_json(data: dict[str, Any]) -> str:
    """Stable, readable JSON: same data, same bytes."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _md(text: str) -> str:
    """Text for a Markdown table cell or line: no control characters, no markup effect."""
    text = clean(text)
    for ch in "\\`*_{}[]<>()#+!|":
        text = text.replace(ch, "\\" + ch)
    return text


MD_WORDS = {
    "en": {
        "title": "Your rolequiz results",
        "answered": "Answered {answered} of {total} questions.",
        "rank": "Rank",
        "role": "Role",
        "score": "Score",
        "profile": "Your interests",
        "dimension": "Dimension",
        "interest": "Interest",
        "unknown": "unknown",
        "why": "Why",
        "notes": "Please note",
    },
    "fr": {
        "title": "Vos résultats rolequiz",
        "answered": "{answered} questions sur {total} ont une réponse.",
        "rank": "Rang",
        "role": "Métier",
        "score": "Score",
        "profile": "Vos intérêts",
        "dimension": "Dimension",
        "interest": "Intérêt",
        "unknown": "inconnu",
        "why": "Pourquoi",
        "notes": "À noter",
    },
}


def result_to_markdown(result: Result, content: Content, *, top_reasons: int = 3) -> str:
    w = MD_WORDS.get(result.lang, MD_WORDS["en"])
    lines = [f"# {w['title']}", "", w["answered"].format(answered=result.answered,
                                                           total=result.total), ""]
    if result.notes:
        lines += [f"**{w['notes']}:**", ""]
        lines += [f"- {_md(n.text)}" for n in result.notes]
        lines.append("")
    lines += [f"| {w['rank']} | {w['role']} | {w['score']} |", "|---:|---|---:|"]
    lines += [f"| {m.rank} | {_md(m.name)} | {m.score:.1f} |" for m in result.matches]
    lines += ["", f"## {w['profile']}", "", f"| {w['dimension']} | {w['interest']} |",
              "|---|---:|"]
    for d in content.questions.dimensions:
        p = result.profile.get(d.id)
        value = w["unknown"] if p is None else f"{round(p * 100)} %"
        lines.append(f"| {_md(d.name.get(result.lang))} | {value} |")
    for m in result.matches[:top_reasons]:
        if m.reasons:
            lines += ["", f"## {w['why']}: {_md(m.name)} ({m.score:.1f})", ""]
            lines += [f"- {_md(r.text)}" for r in m.reasons]
    return "\n".join(lines) + "\n"
