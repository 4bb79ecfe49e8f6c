"""Rich renderables for results. Builds and returns; never prints.

Every piece of data goes in as `rich.text.Text` after `textsafe.clean`, so markup in a
name (``[bold]``, ``[/]``, ``:smile:``) or an escape sequence is shown literally.
"""

from __future__ import annotations

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from rolequiz.models import Content, Result
from rolequiz.textsafe import clean

WORDS = {
    "en": {
        "rank": "#",
        "role": "Role",
        "score": "Score",
        "dimension": "Your interests",
        "interest": "",
        "unknown": "unknown",
        "answered": "Answered {answered} of {total} questions.",
        "why": "Why {name}?",
    },
    "fr": {
        "rank": "#",
        "role": "Métier",
        "score": "Score",
        "dimension": "Vos intérêts",
        "interest": "",
        "unknown": "inconnu",
        "answered": "{answered} questions sur {total} ont une réponse.",
        "why": "Pourquoi {name} ?",
    },
}


def safe(text: str, style: str = "") -> Text:
    """Data from files as literal text."""
    return Text(clean(text), style=style)


def bar(fraction: float, width: int, *, ascii_only: bool = False) -> Text:
    """A horizontal bar, `fraction` of `width` cells filled."""
    fraction = min(1.0, max(0.0, fraction))
    full = int(round(fraction * width))
    fill, empty = ("#", ".") if ascii_only else ("█", "░")
    return Text(fill * full + empty * (width - full), style="cyan")


def result_view(result: Result, content: Content, *, ascii_only: bool = False,
                top_reasons: int = 3) -> RenderableType:
    w = WORDS.get(result.lang, WORDS["en"])
    parts: list[RenderableType] = [
        Text(w["answered"].format(answered=result.answered, total=result.total))
    ]
    for note in result.notes:
        parts.append(safe("! " + note.text, "yellow"))

    table = Table(box=box.SIMPLE_HEAD, expand=False, pad_edge=False)
    table.add_column(w["rank"], justify="right", no_wrap=True)
    table.add_column(w["role"], overflow="fold")
    table.add_column(w["score"], justify="right", no_wrap=True)
    table.add_column("", no_wrap=True, min_width=5, max_width=20)
    for m in result.matches:
        table.add_row(
            str(m.rank),
            safe(m.name, "bold" if m.rank == 1 else ""),
            f"{m.score:.1f}",
            bar(m.score / 100, 20, ascii_only=ascii_only),
        )
    parts.append(table)

    prof = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    prof.add_column(w["dimension"], overflow="fold")
    prof.add_column("%", justify="right", no_wrap=True)
    prof.add_column("", no_wrap=True, min_width=5, max_width=20)
    for d in content.questions.dimensions:
        p = result.profile.get(d.id)
        prof.add_row(
            safe(d.name.get(result.lang)),
            w["unknown"] if p is None else str(round(p * 100)),
            Text("") if p is None else bar(p, 20, ascii_only=ascii_only),
        )
    parts.append(prof)

    for m in result.matches[:top_reasons]:
        if not m.reasons:
            continue
        parts.append(safe(w["why"].format(name=m.name), "bold"))
        for r in m.reasons:
            mark = "+" if r.kind == "lift" else "-"
            parts.append(safe(f"  {mark} {r.text}", "green" if r.kind == "lift" else "red"))
    return Group(*parts)
