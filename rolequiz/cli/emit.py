"""Writing a command's output in the chosen format, to the terminal or to --output FILE.

table: the terminal view (plain text when saved); json, markdown, html: documents from
the core; svg: a picture of the terminal view. A file is written atomically.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rolequiz.cli.choices import Format, require_format
from rolequiz.i18n import t


def _svg_format() -> str:
    """rich's SVG template without its web fonts: the picture makes no request."""
    from rich.console import CONSOLE_SVG_FORMAT

    return re.sub(r"@font-face \{\{.*?\}\}\s*", "", CONSOLE_SVG_FORMAT, flags=re.S)


def _record(view: Any, width: int, *, svg: bool, title: str) -> str:
    import io

    from rich.console import Console

    con = Console(
        file=io.StringIO(), record=svg, width=width, markup=False, emoji=False,
        highlight=False, color_system="truecolor" if svg else None,
        force_terminal=svg, soft_wrap=False,
    )
    con.print(view, crop=False)  # a suggested command wider than the page stays whole
    if svg:
        # rich sizes the picture to end at the last line's baseline, cutting its descenders
        # ("_", "p"), and defines no clip path for that line (a viewer may then drop it): an
        # empty last line leaves every line of text whole, inside the frame
        con.line()
        return con.export_svg(title=title, code_format=_svg_format())
    return con.file.getvalue()


def check_output(path: Path | None, lang: str) -> None:
    """Refuse a file the user could not write (read-only) before anything is done: a file
    is replaced by renaming a new one over it, which its own permissions do not stop, where
    the shell's `echo > file` is refused. (A missing file, a device or a pipe is fine.)"""
    if path is None:
        return
    from rolequiz.base.errors import UsageError
    from rolequiz.base.files import can_replace
    from rolequiz.base.textsafe import clean

    if not can_replace(path):
        raise UsageError(t("output.read_only", lang, path=clean(str(path))))


def emit(
    *,
    format: Format,
    output: Path | None,
    lang: str,
    command: str,
    title: str,
    view: Callable[[bool], Any],
    data: Callable[[], dict[str, Any]] | None = None,
    markdown: Callable[[], str] | None = None,
    html: Callable[[], str] | None = None,
) -> None:
    """Show or save one output. `view(ascii_only)` builds the rich renderable; the others
    build a document only when that format is asked for (None: not supported)."""
    from rolequiz.cli.output import ascii_only, console

    makers = {Format.json: data, Format.markdown: markdown, Format.html: html}
    supported = tuple(f for f in Format if f not in makers or makers[f] is not None)
    require_format(format, supported, command, lang)

    if format is Format.table and output is None:
        # a command wider than the terminal runs on (the terminal wraps it; a copy takes it
        # whole) instead of being cut: every other line fits the width already
        console().print(view(ascii_only()), crop=False)
        return
    if format in (Format.table, Format.svg):
        width = console().width
        text = _record(view(False), width, svg=format is Format.svg, title=title)
    elif format is Format.json:
        from rolequiz.base.jsontext import to_json

        text = to_json(data())  # type: ignore[misc]
    else:
        text = makers[format]()  # type: ignore[misc]

    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    from rolequiz.base.files import atomic_write
    from rolequiz.base.textsafe import clean

    check_output(output, lang)
    atomic_write(output, text, what="output")
    sys.stderr.write(t("output.saved", lang, path=clean(str(output))) + "\n")
