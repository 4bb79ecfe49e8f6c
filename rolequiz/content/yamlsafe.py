"""Read YAML that others wrote, safely: nodes with positions, nothing executed.

Only PyYAML's SafeLoader family ever parses. On top of it: a size limit checked before
parsing, strict UTF-8, no aliases (alias bombs, self-references), no tags beyond the plain
YAML types (``!!python/object`` and friends), and a nesting limit far below the depth at
which the parser would recurse out of stack.

Speed: libyaml (when PyYAML has it) turns the text into events, ten times faster than the
pure-Python scanner; composing the nodes, and every check above, stays in Python. A file
libyaml rejects is read again by the pure-Python loader, whose messages the project's
errors are worded from, so a broken file gets the same message with or without libyaml.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.events import AliasEvent, CollectionStartEvent, ScalarEvent
from yaml.resolver import Resolver

try:
    from yaml._yaml import CParser
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    CParser = None

from rolequiz.base.errors import ContentError, Problem
from rolequiz.i18n import t

MAX_BYTES = 1024 * 1024  # content files are a few KB; the O*NET roles file ~ 200 KB
MAX_DEPTH = 40

_PLAIN_TAGS = {
    "tag:yaml.org,2002:" + t
    for t in ("str", "int", "float", "bool", "null", "seq", "map", "timestamp")
}


class _Reject(Exception):
    """One of our own refusals: where, and the catalogue key of its message (key + "_hint"
    for what to do), worded in the reader's language when it is reported."""

    def __init__(self, mark, key: str, hint: str, **values: object):
        super().__init__(key)
        self.mark = mark
        self.key = key
        self.hint = hint
        self.values = values

    def problem(self, name: str, lang: str) -> Problem:
        return _at(name, self.mark, t(self.key, lang, **self.values), t(self.hint, lang))


class _Guard:
    """Refuses aliases, unusual tags and deep nesting while composing (a mixin: the checks
    run in Python whichever parser produces the events)."""

    _depth = 0

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, AliasEvent):
            raise _Reject(event.start_mark, "yaml.alias", "yaml.alias_hint", anchor=event.anchor)
        if isinstance(event, (ScalarEvent, CollectionStartEvent)):
            tag = event.tag
            if tag not in (None, "!") and tag not in _PLAIN_TAGS:
                raise _Reject(event.start_mark, "yaml.tag", "yaml.tag_hint", tag=_short_tag(tag))
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise _Reject(event.start_mark, "yaml.too_deep", "yaml.too_deep_hint", n=MAX_DEPTH)
            return Composer.compose_node(self, parent, index)
        finally:
            self._depth -= 1


class _Loader(_Guard, yaml.SafeLoader):
    """The pure-Python SafeLoader with the guards: the reference, and the fallback."""


if CParser is not None:

    class _FastLoader(_Guard, Composer, CParser, SafeConstructor, Resolver):
        """libyaml scans and parses (about 10x faster); composing stays in Python, so the
        guards above run on every node. libyaml's own composer is never used: it recurses
        in C and crashes the process on deep nesting (RELIABILITY.md #3). The events are
        pulled one at a time, so a deep document stops at MAX_DEPTH, long before libyaml
        has read the rest of it."""

        def __init__(self, stream):
            CParser.__init__(self, stream)
            SafeConstructor.__init__(self)
            Resolver.__init__(self)
            Composer.__init__(self)

        def compose_scalar_node(self, anchor):
            node = Composer.compose_scalar_node(self, anchor)
            if node.style == "":  # libyaml says "" for plain scalars, PyYAML None
                node.style = None
            return node

else:  # pragma: no cover - PyYAML built without libyaml
    _FastLoader = None


def _short_tag(tag: str) -> str:
    if tag.startswith("tag:yaml.org,2002:"):
        return "!!" + tag[len("tag:yaml.org,2002:") :].split(":")[0]
    return tag


def read_text(path: str | Path, *, max_bytes: int = MAX_BYTES, lang: str = "en") -> str:
    """A file's text: size checked first, strict UTF-8, a leading BOM dropped. Problems
    are worded in `lang`."""
    return decode(read_bytes(path, max_bytes=max_bytes, lang=lang), str(path), lang)


def read_bytes(path: str | Path, *, max_bytes: int = MAX_BYTES, lang: str = "en") -> bytes:
    """A file's bytes, read once, never more than `max_bytes` (content/reading.read_given)."""
    from rolequiz.content.reading import read_given

    return read_given(path, max_bytes, lang)


def decode(data: bytes, name: str, lang: str = "en") -> str:
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
                    t("file.not_unicode", lang, byte=f"{data[e.start]:02x}", offset=e.start),
                    t("file.not_unicode_hint", lang),
                )
            ]
        ) from None


def parse(text: str, name: str, lang: str = "en") -> yaml.Node | None:
    """The document's root node (None for an empty file); raises ContentError, its problems
    worded in `lang`."""
    if "\x00" in text:
        off = text.index("\x00")
        line = text.count("\n", 0, off) + 1
        raise ContentError(
            [Problem(name, line, None, t("file.nul", lang), t("file.nul_hint", lang))]
        )
    try:
        if _FastLoader is not None:
            root = _c_tree(text)
            if root is not _AGAIN:
                return root
            try:
                return _compose(_FastLoader, text)
            except _Reject:
                raise  # our own checks: same events, same positions, same words
            except Exception:  # noqa: BLE001 - libyaml words its errors differently:
                pass  # the reference loader reads the file again and says what is wrong
        return _compose(_Loader, text)  # its reader rejects unprintable characters at once
    except yaml.reader.ReaderError as e:
        line = text.count("\n", 0, e.position) + 1
        col = e.position - (text.rfind("\n", 0, e.position) + 1) + 1
        raise ContentError(
            [
                Problem(
                    name,
                    line,
                    col,
                    t("yaml.control", lang, code=f"{e.character:04X}"),
                    t("yaml.control_hint", lang),
                )
            ]
        ) from None
    except _Reject as e:
        raise ContentError([e.problem(name, lang)]) from None
    except yaml.MarkedYAMLError as e:
        raise ContentError([_yaml_problem(name, text, e, lang)]) from None
    except yaml.YAMLError as e:
        raise ContentError([Problem(name, None, None, t("yaml.invalid", lang, message=e))]
                           ) from None
    except RecursionError:  # pragma: no cover - MAX_DEPTH stops this first
        raise ContentError([Problem(name, None, None, t("yaml.nesting", lang))]) from None


def _yaml_problem(name: str, text: str, e: yaml.MarkedYAMLError, lang: str) -> Problem:
    """PyYAML's complaint in words a content author can act on: the two mistakes people
    make most (a second document, a tab in the indentation) said plainly, anything else as
    PyYAML words it."""
    mark = e.problem_mark or e.context_mark
    if e.problem == "but found another document":
        return _at(name, e.problem_mark, t("yaml.two_documents", lang),
                   t("yaml.two_documents_hint", lang))
    if (e.problem or "").startswith("found character '\\t'") and mark is not None:
        start = text.rfind("\n", 0, mark.index) + 1
        if not text[start:mark.index].strip(" \t-"):  # only indentation before it
            return _at(name, mark, t("yaml.tab", lang), t("yaml.tab_hint", lang))
    message = (e.problem or e.context or "invalid YAML").strip()
    if e.context and e.problem:
        message = f"{e.problem} ({e.context})"
    return _at(name, mark, t("yaml.invalid", lang, message=message), t("yaml.invalid_hint", lang))


_AGAIN = object()  # "read it again, the careful way"
C_DEPTH_BOUND = 2000  # libyaml's composer recurses in C: it crashes near 20,000 levels


def _c_tree(text: str):
    """The whole tree composed by libyaml in C, the fastest way (a 200 KB file in a few ms),
    when that is safe; else _AGAIN, and the event-by-event loader reads the text.

    Safe means: the text cannot nest deep enough to crash libyaml's recursive composer.
    A node's depth is at most the number of brackets that open flow collections, plus two
    per column of the longest line (block nesting needs indentation, or "- "/"? " on the
    line), so files under C_DEPTH_BOUND by that count are composed in C. Then one walk
    over the tree applies the same checks as _Guard (depth, tags, aliases: an alias is a
    node met twice); anything it does not like is read again by the careful loader, which
    reports it with the position of the offending alias or tag."""
    if "[" in text or "{" in text:
        bound = text.count("[") + text.count("{")
    else:
        bound = 0
    if bound + 2 * max(map(len, text.splitlines()), default=0) + 2 > C_DEPTH_BOUND:
        return _AGAIN
    if "threading" in sys.modules:
        import threading

        if threading.current_thread() is not threading.main_thread():
            return _AGAIN  # threads may have small stacks (128 KB with musl)
    try:
        root = _compose(_CTreeLoader, text)
    except Exception:  # noqa: BLE001 - the careful loader explains what is wrong
        return _AGAIN
    return root if root is None or _plain_tree(root) else _AGAIN


def _plain_tree(root: yaml.Node) -> bool:
    """No node deeper than MAX_DEPTH, met twice (an alias), or tagged beyond the plain types."""
    seen: set[int] = set()
    stack = [(root, 1)]
    plain = _PLAIN_TAGS
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH or id(node) in seen or node.tag not in plain:
            return False
        seen.add(id(node))
        value = node.value
        if value.__class__ is str:
            if node.style == "":  # libyaml says "" for a plain scalar, PyYAML None
                node.style = None
        elif isinstance(value, list):
            depth += 1
            if isinstance(node, yaml.MappingNode):
                for k, v in value:
                    stack.append((k, depth))
                    stack.append((v, depth))
            else:
                stack.extend((v, depth) for v in value)
    return True


if CParser is not None:

    class _CTreeLoader(yaml.CSafeLoader):
        """libyaml's composer, with PyYAML's implicit types looked up once per distinct plain
        scalar (keys like `id` or `name` come back thousands of times)."""

        def __init__(self, stream):
            super().__init__(stream)
            self._resolved: dict[str, str] = {}

        def resolve(self, kind, value, implicit):
            if kind is yaml.ScalarNode and implicit[0]:
                tag = self._resolved.get(value)
                if tag is None:
                    tag = self._resolved[value] = Resolver.resolve(self, kind, value, implicit)
                return tag
            return Resolver.resolve(self, kind, value, implicit)


def _compose(loader_class, text: str) -> yaml.Node | None:
    loader = loader_class(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


def _at(name: str, mark, message: str, hint: str = "") -> Problem:
    if mark is None:
        return Problem(name, None, None, message, hint)
    return Problem(name, mark.line + 1, mark.column + 1, message, hint)


def load(path: str | Path, lang: str = "en") -> tuple[yaml.Node | None, str, bytes]:
    """Read and parse a file: (root node, display name, raw text as UTF-8 bytes); problems
    worded in `lang`."""
    name = str(path)
    text = read_text(path, lang=lang)
    return parse(text, name, lang), name, text.encode("utf-8")
