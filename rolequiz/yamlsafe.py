"""Read YAML that others wrote, safely: nodes with positions, nothing executed.

Only PyYAML's SafeLoader family ever parses. On top of it: a size limit checked before
parsing, strict UTF-8, no aliases (alias bombs, self-references), no tags beyond the plain
YAML types (``!!python/object`` and friends), and a nesting limit far below the depth at
which the parser would recurse out of stack.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from yaml.events import AliasEvent, CollectionStartEvent, ScalarEvent

from rolequiz.errors import ContentError, Problem

MAX_BYTES = 1024 * 1024  # content files are a few KB; the O*NET roles file ~ 200 KB
MAX_DEPTH = 40

_PLAIN_TAGS = {
    "tag:yaml.org,2002:" + t
    for t in ("str", "int", "float", "bool", "null", "seq", "map", "timestamp")
}


class _Reject(Exception):
    def __init__(self, mark, message: str, hint: str = ""):
        super().__init__(message)
        self.mark = mark
        self.message = message
        self.hint = hint


class _Loader(yaml.SafeLoader):
    """SafeLoader that refuses aliases, unusual tags and deep nesting while composing."""

    def __init__(self, stream):
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, AliasEvent):
            raise _Reject(
                event.start_mark,
                f"aliases like *{event.anchor} are not allowed",
                "write the value out in full instead of referring to an anchor",
            )
        if isinstance(event, (ScalarEvent, CollectionStartEvent)):
            tag = event.tag
            if tag not in (None, "!") and tag not in _PLAIN_TAGS:
                raise _Reject(
                    event.start_mark,
                    f"tags like {_short_tag(tag)} are not allowed",
                    "remove the tag; content files hold only text, numbers, lists and mappings",
                )
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise _Reject(
                    event.start_mark,
                    f"nesting too deep (more than {MAX_DEPTH} levels)",
                    "content files need only a few levels; check the indentation and brackets",
                )
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _short_tag(tag: str) -> str:
    if tag.startswith("tag:yaml.org,2002:"):
        return "!!" + tag[len("tag:yaml.org,2002:") :].split(":")[0]
    return tag


def read_text(path: str | Path, *, max_bytes: int = MAX_BYTES) -> str:
    """A file's text: size checked first, strict UTF-8, a leading BOM dropped."""
    name = str(path)
    try:
        with open(path, "rb") as f:
            data = f.read(max_bytes + 1)
    except FileNotFoundError:
        raise ContentError(
            [Problem(name, None, None, "file not found", "check the path")]
        ) from None
    except IsADirectoryError:
        raise ContentError(
            [Problem(name, None, None, "is a folder, not a file", "give the path of a file")]
        ) from None
    except PermissionError:
        raise ContentError(
            [Problem(name, None, None, "permission denied", "check the file's permissions")]
        ) from None
    except OSError as e:
        raise ContentError([Problem(name, None, None, f"cannot be read ({e.strerror})")]) from None
    if len(data) > max_bytes:
        raise ContentError(
            [
                Problem(
                    name,
                    None,
                    None,
                    f"file too large (more than {max_bytes // 1024} KB)",
                    "content and answers files are a few KB; is this the right file?",
                )
            ]
        )
    return decode(data, name)


def decode(data: bytes, name: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        col = e.start - (data.rfind(b"\n", 0, e.start) + 1) + 1
        raise ContentError(
            [
                Problem(
                    name,
                    line,
                    col,
                    f"not UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start})",
                    "save the file as UTF-8",
                )
            ]
        ) from None


def parse(text: str, name: str) -> yaml.Node | None:
    """The document's root node (None for an empty file); raises ContentError."""
    if "\x00" in text:
        off = text.index("\x00")
        line = text.count("\n", 0, off) + 1
        raise ContentError(
            [Problem(name, line, None, "contains a NUL character", "this is not a text file")]
        )
    loader = None
    try:
        loader = _Loader(text)  # the reader rejects unprintable characters right here
        return loader.get_single_node()
    except yaml.reader.ReaderError as e:
        line = text.count("\n", 0, e.position) + 1
        col = e.position - (text.rfind("\n", 0, e.position) + 1) + 1
        raise ContentError(
            [
                Problem(
                    name,
                    line,
                    col,
                    f"control character U+{e.character:04X} is not allowed in YAML",
                    'remove it, or write it as an escape inside double quotes ("\\x1f")',
                )
            ]
        ) from None
    except _Reject as e:
        raise ContentError([_at(name, e.mark, e.message, e.hint)]) from None
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        message = (e.problem or e.context or "invalid YAML").strip()
        if e.context and e.problem:
            message = f"{e.problem} ({e.context})"
        raise ContentError(
            [_at(name, mark, f"invalid YAML: {message}", "check the indentation and quotes")]
        ) from None
    except yaml.YAMLError as e:
        raise ContentError([Problem(name, None, None, f"invalid YAML: {e}")]) from None
    except RecursionError:  # pragma: no cover - MAX_DEPTH stops this first
        raise ContentError([Problem(name, None, None, "nesting too deep")]) from None
    finally:
        if loader is not None:
            loader.dispose()


def _at(name: str, mark, message: str, hint: str = "") -> Problem:
    if mark is None:
        return Problem(name, None, None, message, hint)
    return Problem(name, mark.line + 1, mark.column + 1, message, hint)


def load(path: str | Path) -> tuple[yaml.Node | None, str, bytes]:
    """Read and parse a file: (root node, display name, raw text as UTF-8 bytes)."""
    name = str(path)
    text = read_text(path)
    return parse(text, name), name, text.encode("utf-8")
