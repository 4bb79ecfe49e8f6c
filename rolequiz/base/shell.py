"""A command as a person types it: quoted for their shell, and still copy-pastable when it
is wider than the screen (broken between words, each line but the last ending in ` \\`, which
a POSIX shell joins back; Windows shells have no such sign, so there it stays one line)."""

from __future__ import annotations

import os
import shlex
from collections.abc import Sequence


def quote(args: Sequence[str], windows: bool | None = None) -> list[str]:
    """Each word quoted for the shell."""
    if windows if windows is not None else os.name == "nt":
        import subprocess

        return [subprocess.list2cmdline([a]) for a in args]
    return [shlex.quote(a) for a in args]


def command(args: Sequence[str], windows: bool | None = None) -> str:
    """The command on one line."""
    return " ".join(quote(args, windows))


def command_lines(args: Sequence[str], width: int, windows: bool | None = None) -> list[str]:
    """The command in lines of at most `width` characters where its words allow: an option
    stays with its value, a continued line ends in " \\", the next ones are indented."""
    words = quote(args, windows)
    if windows if windows is not None else os.name == "nt":
        return [" ".join(words)]
    groups: list[str] = []
    for word in words:
        if groups and groups[-1].startswith("-") and " " not in groups[-1] \
                and not word.startswith("-"):
            groups[-1] += " " + word  # "--lang fr" never splits
        else:
            groups.append(word)
    lines: list[str] = []
    for group in groups:
        if not lines:
            lines.append(group)
        elif len(lines[-1]) + 1 + len(group) + 2 <= width:
            lines[-1] += " " + group
        else:
            lines[-1] += " \\"
            lines.append("  " + group)
    return lines
