"""The interactive quiz loop: ask each question, read a choice."""

from __future__ import annotations

import sys

from rolequiz.models import Content
from rolequiz.textsafe import clean


def ask_all(content: Content, lang: str) -> dict[str, int]:
    """Ask every question on the terminal; Enter alone skips. Plain text in, plain text out."""
    qs = content.questions
    answers: dict[str, int] = {}
    choices = "  ".join(f"{c.value}={clean(c.label.get(lang))}" for c in qs.scale.choices)
    total = len(qs.questions)
    for n, q in enumerate(qs.questions, start=1):
        while True:
            sys.stdout.write(f"\n[{n}/{total}] {clean(q.text.get(lang))}\n{choices}\n> ")
            sys.stdout.flush()
            line = sys.stdin.readline()
            if not line:
                raise EOFError
            line = line.strip()
            if not line:
                break
            if line.lstrip("-").isdigit() and int(line) in qs.scale.values:
                answers[q.id] = int(line)
                break
    return answers
