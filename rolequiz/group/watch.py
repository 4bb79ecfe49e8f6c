"""Watching folders for new results (the live report)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from rolequiz.group.layout import PROGRESS_DIR, RESULT_SUFFIXES

# -- watching folders for new results ------------------------------------------------------


def signature(paths: Iterable[str | Path]) -> tuple:
    """What a live view depends on: name, size and modification time of every result
    file, the manifest and the progress files. Equal signatures, same report.

    One entry that cannot be looked at (a link to nothing, a link that loops) is part of
    the signature with its error, and the rest of the folder is still looked at: a bad
    entry first in the folder must not hide the results that arrive after it. A folder
    that is not there (a share reconnecting) is an entry too, so its return is a change."""
    items: list[tuple] = []
    for p in paths:
        p = os.fspath(p)
        try:
            if os.path.isdir(p):
                for sub in (p, os.path.join(p, PROGRESS_DIR)):
                    try:
                        with os.scandir(sub) as it:
                            for e in it:
                                n = e.name  # ZOE.JSON, *.sealed too, as the report reads them
                                if n.lower().endswith(RESULT_SUFFIXES) and not n.startswith("."):
                                    items.append(_entry(e))
                    except FileNotFoundError:
                        continue
            else:
                st = os.stat(p)
                items.append((p, st.st_size, st.st_mtime_ns))
        except OSError as e:
            items.append((p, -1, e.errno or 0))
    items.sort()
    return tuple(items)


def _entry(e: os.DirEntry) -> tuple:
    try:
        st = e.stat()
        return (e.path, st.st_size, st.st_mtime_ns)
    except OSError as err:
        return (e.path, -1, err.errno or 0)


class Watcher:
    """Tells whether the watched folders changed since the last call (True the first time)."""

    def __init__(self, paths: Iterable[str | Path]):
        self.paths = list(paths)
        self._last: tuple | None = None

    def changed(self) -> bool:
        now = signature(self.paths)
        if now == self._last:
            return False
        self._last = now
        return True
