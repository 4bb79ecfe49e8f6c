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

import re
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
from rolequiz.i18n import t, tell

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

    def problem(self, name: str, lang: str, audience: str) -> Problem:
        return _at(name, self.mark, t(self.key, lang, **self.values),
                   tell(self.hint, lang, audience))


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


def read_text(path: str | Path, *, max_bytes: int = MAX_BYTES, lang: str = "en",
              audience: str = "tu") -> str:
    """A file's text: size checked first, strict UTF-8, a leading BOM dropped. Problems
    are worded in `lang`, what to do said to `audience` (a student or a counselor)."""
    return decode(read_bytes(path, max_bytes=max_bytes, lang=lang, audience=audience),
                  str(path), lang, audience)


def read_bytes(path: str | Path, *, max_bytes: int = MAX_BYTES, lang: str = "en",
               audience: str = "tu") -> bytes:
    """A file's bytes, read once, never more than `max_bytes` (content/reading.read_given)."""
    from rolequiz.content.reading import read_given

    return read_given(path, max_bytes, lang, audience)


def decode(data: bytes, name: str, lang: str = "en", audience: str = "tu") -> str:
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
                    tell("file.not_unicode_hint", lang, audience),
                )
            ]
        ) from None


def parse(text: str, name: str, lang: str = "en", audience: str = "tu") -> yaml.Node | None:
    """The document's root node (None for an empty file); raises ContentError, its problems
    worded in `lang`, what to do said to `audience`."""
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
                    tell("yaml.control_hint", lang, audience),
                )
            ]
        ) from None
    except _Reject as e:
        raise ContentError([e.problem(name, lang, audience)]) from None
    except yaml.MarkedYAMLError as e:
        raise ContentError([_yaml_problem(name, text, e, lang, audience)]) from None
    except yaml.YAMLError as e:
        raise ContentError([Problem(name, None, None, t("yaml.invalid", lang, message=e))]
                           ) from None
    except RecursionError:  # pragma: no cover - MAX_DEPTH stops this first
        raise ContentError([Problem(name, None, None, t("yaml.nesting", lang))]) from None


def _yaml_problem(name: str, text: str, e: yaml.MarkedYAMLError, lang: str,
                  audience: str = "tu") -> Problem:
    """PyYAML's complaint in words a content author can act on: the two mistakes people
    make most (a second document, a tab in the indentation) said plainly, anything else as
    PyYAML words it, in `lang` when the catalogue knows those words (`_says`)."""
    mark = e.problem_mark or e.context_mark
    if e.problem == "but found another document":
        return _at(name, e.problem_mark, t("yaml.two_documents", lang),
                   tell("yaml.two_documents_hint", lang, audience))
    if (e.problem or "").startswith("found character '\\t'") and mark is not None:
        start = text.rfind("\n", 0, mark.index) + 1
        if not text[start:mark.index].strip(" \t-"):  # only indentation before it
            return _at(name, mark, t("yaml.tab", lang), tell("yaml.tab_hint", lang, audience))
    message = (e.problem or e.context or "invalid YAML").strip()
    if e.context and e.problem:
        message = f"{e.problem} ({e.context})"
    message = _says(e, lang) or message
    return _at(name, mark, t("yaml.invalid", lang, message=message),
               tell("yaml.invalid_hint", lang, audience))


# PyYAML's words (its pure-Python scanner, parser and composer: the loader whose messages
# are reported) -> the catalogue's, with what they name; en.py says them word for word.
_FOUND = r"(?P<found>'.*'|\".*\")"
_PROBLEMS = [
    (re.compile(r"mapping values are not allowed here\Z"), "yaml.says.mapping_values"),
    (re.compile(r"mapping keys are not allowed here\Z"), "yaml.says.mapping_keys"),
    (re.compile(r"block sequence entries are not allowed here\Z"), "yaml.says.block_entries"),
    (re.compile(r"could not find expected ':'\Z"), "yaml.says.no_colon"),
    (re.compile(r"found character (?P<char>'.*'|\".*\") that cannot start any token\Z"),
     "yaml.says.cannot_start"),
    (re.compile(r"expected <block end>, but found " + _FOUND + r"\Z"), "yaml.says.block_end"),
    (re.compile(r"expected ',' or '\]', but got " + _FOUND + r"\Z"), "yaml.says.flow_sequence"),
    (re.compile(r"expected ',' or '\}', but got " + _FOUND + r"\Z"), "yaml.says.flow_mapping"),
    (re.compile(r"expected the node content, but found " + _FOUND + r"\Z"),
     "yaml.says.node_content"),
    (re.compile(r"expected '<document start>', but found " + _FOUND + r"\Z"),
     "yaml.says.document_start"),
    (re.compile(r"expected alphabetic or numeric character, but found " + _FOUND + r"\Z"),
     "yaml.says.alphanumeric"),
    (re.compile(r"expected a comment or a line break, but found " + _FOUND + r"\Z"),
     "yaml.says.line_break"),
    (re.compile(r"found undefined alias (?P<name>'.*'|\".*\")\Z"), "yaml.says.undefined_alias"),
    (re.compile(r"found unexpected end of stream\Z"), "yaml.says.end_of_stream"),
    (re.compile(r"found unexpected document separator\Z"), "yaml.says.document_separator"),
    (re.compile(r"found unknown escape character (?P<char>'.*'|\".*\")\Z"),
     "yaml.says.unknown_escape"),
    (re.compile(r"expected escape sequence of (?P<n>\d+) hexadecimal numbers, but found "
                + _FOUND + r"\Z"), "yaml.says.hex_escape"),
]
_DUPLICATE_ANCHOR = re.compile(
    r"found duplicate anchor (?P<name>'.*'|\".*\"); first occurrence\Z")
_CONTEXTS = {
    "while scanning a simple key": "yaml.says.in.simple_key",
    "while scanning a quoted scalar": "yaml.says.in.quoted",
    "while scanning a double-quoted scalar": "yaml.says.in.double_quoted",
    "while scanning a block scalar": "yaml.says.in.block_scalar",
    "while scanning a directive": "yaml.says.in.directive",
    "while scanning an anchor": "yaml.says.in.anchor",
    "while scanning an alias": "yaml.says.in.alias",
    "while scanning a tag": "yaml.says.in.tag",
    "while parsing a block mapping": "yaml.says.in.block_mapping",
    "while parsing a block collection": "yaml.says.in.block_collection",
    "while parsing a flow sequence": "yaml.says.in.flow_sequence",
    "while parsing a flow mapping": "yaml.says.in.flow_mapping",
    "while parsing a block node": "yaml.says.in.block_node",
    "while parsing a flow node": "yaml.says.in.flow_node",
    "while parsing a node": "yaml.says.in.node",
}
# a context that adds nothing the problem does not say: English keeps it, as PyYAML does
_SAID_ALREADY = "while scanning for the next token"
# what PyYAML found, when it names a token rather than a character
_TOKENS = {
    "'<scalar>'": "yaml.says.token.scalar",
    "'<block mapping start>'": "yaml.says.token.mapping_start",
    "'<block sequence start>'": "yaml.says.token.sequence_start",
    "'<block end>'": "yaml.says.token.block_end",
    "'<anchor>'": "yaml.says.token.anchor",
    "'<alias>'": "yaml.says.token.alias",
    "'<tag>'": "yaml.says.token.tag",
    "'<document start>'": "yaml.says.token.document_start",
    "'<document end>'": "yaml.says.token.document_end",
    "'<stream end>'": "yaml.says.token.stream_end",
}
_SIGNS = "-?:,[]{}"


def _says(e: yaml.MarkedYAMLError, lang: str) -> str | None:
    """PyYAML's problem, and where it met it, in `lang`; None when the catalogue does not
    know its words (the message then stays PyYAML's own)."""
    problem = (e.problem or "").strip()
    if problem == "second occurrence":  # the composer puts its words the other way round
        m = _DUPLICATE_ANCHOR.match((e.context or "").strip())
        return t("yaml.says.duplicate_anchor", lang, name=m.group("name")) if m else None
    found = [(m, key) for pattern, key in _PROBLEMS if (m := pattern.match(problem))]
    if not found:
        return None
    m, key = found[0]
    values = m.groupdict()
    if "found" in values:
        values["found"] = _token(values["found"], lang)
    said = t(key, lang, **values)
    context = (e.context or "").strip()
    if not context or (context == _SAID_ALREADY and lang != "en"):
        return said
    if context in _CONTEXTS:
        return f"{said} ({t(_CONTEXTS[context], lang)})"
    return f"{said} ({context})" if lang == "en" else said


def _token(found: str, lang: str) -> str:
    """What PyYAML found ("'<scalar>'", "'-'") as `lang` says it."""
    if found in _TOKENS:
        return t(_TOKENS[found], lang)
    if len(found) == 3 and found[0] == found[2] == "'" and found[1] in _SIGNS:
        return t("yaml.says.token.sign", lang, sign=found[1])
    return found


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


def load(path: str | Path, lang: str = "en", audience: str = "tu"
         ) -> tuple[yaml.Node | None, str, bytes]:
    """Read and parse a file: (root node, display name, raw text as UTF-8 bytes); problems
    worded in `lang`, what to do said to `audience`."""
    name = str(path)
    text = read_text(path, lang=lang, audience=audience)
    return parse(text, name, lang, audience), name, text.encode("utf-8")
