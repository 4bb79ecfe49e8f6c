"""`rolequiz validate`: check content files and say everything that is wrong."""

from __future__ import annotations

import sys

from rolequiz.cli.app import app
from rolequiz.cli.options import QuestionsOpt, RolesOpt


@app.command()
def validate(questions: QuestionsOpt = None, roles: RolesOpt = None) -> None:
    """Check the questions and roles files; list every problem (exit 2 if any)."""
    from rolequiz.content import load_content

    content = load_content(questions, roles)
    qs, rs = content.questions, content.roles
    langs = ", ".join(sorted(content.languages)) or "-"
    sys.stdout.write(
        f"{qs.path}: {len(qs.dimensions)} dimensions, {len(qs.questions)} questions, "
        f"scale {qs.scale.low}-{qs.scale.high}\n"
        f"{rs.path}: {len(rs.roles)} roles, {len(rs.sources)} sources\n"
        f"languages: {langs}\n"
        "OK: no problems found\n"
    )
