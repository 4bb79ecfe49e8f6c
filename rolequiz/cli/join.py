"""What `rolequiz quiz --workshop DIR` does with the group's folder: which content the quiz
uses (the workshop's pinned copy), and saving the finished result into the folder."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from rolequiz.i18n import t


def workshop_content(folder: Path | None, name: str | None, questions: Path | None,
                     roles: Path | None, lang: str):
    """The content files for a quiz saving into `folder`: the workshop's pinned copy.
    Called before the first question: a folder that `workshop init` did not prepare (a
    name mistyped, "2b" for "2B") is refused here, with the workshops it was probably
    meant to be, instead of a quiz whose result nobody would find."""
    from rolequiz.base.errors import UsageError
    from rolequiz.group.manifest import pinned_content_paths

    if folder is None:
        raise UsageError(t("workshop.name_needs_workshop", lang))
    return pinned_content_paths(folder, questions, roles, lang)


def save_to_workshop(folder: Path, name: str | None, content: Any, result: Any, lang: str,
                     code: str | None = None) -> tuple[Path, str]:
    """Save a finished quiz's result into the workshop folder and tell the student where
    and under which code (on stderr, so `--format json` output stays clean). Returns the
    file and the code."""
    import os

    from rolequiz.base.errors import SaveError
    from rolequiz.base.textsafe import clean
    from rolequiz.content.results import result_to_dict
    from rolequiz.group import store

    if not os.path.isdir(folder):  # gone during the quiz: saving would make a new folder
        raise SaveError(t("workshop.folder_gone", lang, folder=clean(str(folder))))
    result = result_to_dict(result, content)
    path, who = store.save_result(folder, result, name, code)
    sys.stderr.write(t("workshop.saved", lang, path=clean(str(path)), code=who.code) + "\n")
    sys.stderr.flush()
    return path, who.code
