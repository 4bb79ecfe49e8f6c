"""Load and validate content (questions.yaml, roles.yaml): every problem at once, with its line.

Validation walks the YAML nodes themselves, so every problem carries its line and column,
and it goes on after a problem: one run reports everything that is wrong.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple

from rolequiz.base.errors import ContentError, Problem
from rolequiz.base.later import later
from rolequiz.content.cache import sha256
from rolequiz.content.models import (
    BASES,
    FACT_KEYS,
    LEVELS,
    LIST_FIELDS,
    PERIODS,
    Basis,
    Choice,
    Content,
    Dimension,
    Fact,
    Figure,
    Question,
    QuestionSet,
    Quote,
    Role,
    RoleSet,
    Scale,
    Source,
    Sourced,
    Term,
    Text,
)

# PyYAML is imported when a file is actually read: content found in the cache
# (rolequiz.content.cache) needs none of it, and the first question shows 15 ms sooner.
yaml = later("yaml", globals())
yamlsafe = later("rolequiz.content.yamlsafe", globals())


QUESTIONS_SCHEMA = "rolequiz.questions/1"
ROLES_SCHEMA = "rolequiz.roles/1"
ANSWERS_SCHEMA = "rolequiz.answers/1"
RESULT_SCHEMA = "rolequiz.result/1"

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
_LANG = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?\Z")
YAML_TAG = "tag:yaml.org,2002:"
# YAML's types as a message names them (a key of the catalogue)
_KIND_KEYS = {
    "bool": "check.kind.bool",
    "int": "check.kind.number",
    "float": "check.kind.number",
    "null": "check.kind.null",
    "timestamp": "check.kind.timestamp",
    "seq": "check.kind.seq",
    "map": "check.kind.map",
    "str": "check.kind.str",
}


class What(NamedTuple):
    """What a message is about, worded only when there is something to say: its key in the
    catalogue (check.what.scale: "l’échelle"), the `name` it may carry ("weight of
    '{name}'"), and the language of a localized text ("title (fr)")."""

    key: str
    name: str = ""
    lang: str = ""


class Checker:
    """Collects problems for one file while reading its nodes, worded in `lang`; a hint
    that tells what to do speaks to `audience` (i18n.STUDENT or i18n.COUNSELOR)."""

    def __init__(self, name: str, lang: str = "en", audience: str = "tu"):
        self.name = name
        self.lang = lang
        self.audience = audience
        self.problems: list[Problem] = []
        self._localized: list[tuple[yaml.Node, frozenset[str]]] = []

    # -- reporting -------------------------------------------------------------------
    def add(self, node: yaml.Node | None, key: str, hint: str = "", /, *,
            said: str = "", **values: object) -> None:
        """The problem `key` (a catalogue key) at `node`, with its `hint` (a key too, in
        the form for the reader when it has one) or a hint already worded (`said`);
        `values` fill both in, a What (`what=`) in words."""
        from rolequiz.i18n import t, tell

        if isinstance(values.get("what"), (str, What)):
            values["what"] = self.words(values["what"])  # type: ignore[arg-type]
        if hint:
            said = tell(hint, self.lang, self.audience, **values)
        self.put(node, t(key, self.lang, **values), said)

    def put(self, node: yaml.Node | None, message: str, hint: str = "") -> None:
        """A problem at `node`, its message and hint already worded."""
        if node is None:
            self.problems.append(Problem(self.name, None, None, message, hint))
        else:
            m = node.start_mark
            self.problems.append(Problem(self.name, m.line + 1, m.column + 1, message, hint))

    def words(self, what: str | What) -> str:
        """A What (or its key alone) in the checker's language."""
        from rolequiz.i18n import t

        if isinstance(what, str):
            what = What(what)
        text = t(what.key, self.lang, name=what.name)
        return f"{text} ({what.lang})" if what.lang else text

    def kind(self, node: yaml.Node) -> str:
        """What YAML read a node as: "a list", "text"..."""
        from rolequiz.i18n import t

        tag = node.tag[len(YAML_TAG) :] if node.tag.startswith(YAML_TAG) else node.tag
        key = _KIND_KEYS.get(tag)
        return t(key, self.lang) if key else tag

    def suggest(self, value: str, known: Iterable[str]) -> str:
        return suggest(value, known, self.lang, self.audience)

    # -- shapes ----------------------------------------------------------------------
    def mapping(self, node: yaml.Node, what: str | What
                ) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        """A mapping node's entries by key; reports duplicates and non-text keys."""
        if not isinstance(node, yaml.MappingNode):
            self.add(node, "check.not_mapping", what=what, kind=self.kind(node))
            return {}
        out: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.add(key_node, "check.key_not_text", "check.key_not_text_hint", what=what,
                         kind=self.kind(key_node))
                continue
            key = key_node.value
            if key in out:
                first = out[key][0].start_mark.line + 1
                self.add(key_node, "check.duplicate_key", "check.duplicate_key_hint", name=key,
                         first=first)
                continue
            out[key] = (key_node, value_node)
        return out

    def keys(
        self,
        entries: dict[str, tuple[yaml.Node, yaml.Node]],
        node: yaml.Node,
        what: str | What,
        allowed: Iterable[str],
        required: Iterable[str] = (),
    ) -> None:
        allowed = list(allowed)
        for key, (key_node, _) in entries.items():
            if key not in allowed:
                close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
                if close:
                    self.add(key_node, "check.unknown_key", "file.did_you_mean", what=what,
                             name=key, value=close[0])
                else:
                    self.add(key_node, "check.unknown_key", "check.allowed_keys", what=what,
                             name=key, keys=", ".join(allowed))
        for key in required:
            if key not in entries and isinstance(node, yaml.MappingNode):
                self.add(node, "check.missing_key", "check.add_line", what=what, name=key,
                         line=f"{key}:")

    def sequence(self, node: yaml.Node, what: str | What) -> list[yaml.Node]:
        if not isinstance(node, yaml.SequenceNode):
            self.add(node, "check.not_list", what=what, kind=self.kind(node))
            return []
        return list(node.value)

    # -- scalars ---------------------------------------------------------------------
    def text(self, node: yaml.Node, what: str | What) -> str | None:
        if isinstance(node, yaml.ScalarNode) and node.tag == YAML_TAG + "str":
            if not node.value.strip():
                self.add(node, "check.empty", "check.write_text", what=what)
                return None
            return node.value
        if isinstance(node, yaml.ScalarNode):
            if node.tag == YAML_TAG + "null":
                self.add(node, "check.empty", "check.write_or_remove", what=what)
            else:
                self.add(node, "check.read_as", "check.quote_it", what=what,
                         kind=self.kind(node), value=node.value)
            return None
        self.add(node, "check.must_be_text", what=what, kind=self.kind(node))
        return None

    def number(self, node: yaml.Node, what: str | What) -> float | None:
        if isinstance(node, yaml.ScalarNode) and node.tag in (YAML_TAG + "int", YAML_TAG + "float"):
            raw = node.value
            if node.tag == YAML_TAG + "int" and _surprising_int(raw):
                self.add(node, "check.read_by_yaml", "check.plain_decimal", what=what, raw=raw,
                         value=_construct(node))
                return None
            if node.tag == YAML_TAG + "int" and _too_long(raw):
                self.add(node, "check.out_of_range", "check.few_digits", what=what,
                         value=_short_number(raw, self.lang))
                return None
            value = _construct(node)
            if value != value or value in (float("inf"), float("-inf")):
                self.add(node, "check.not_finite", what=what, raw=raw)
                return None
            return float(value)
        if isinstance(node, yaml.ScalarNode):
            self.add(node, "check.not_number_value", what=what, kind=self.kind(node),
                     value=node.value)
        else:
            self.add(node, "check.not_number", what=what, kind=self.kind(node))
        return None

    def integer(self, node: yaml.Node, what: str | What) -> int | None:
        if isinstance(node, yaml.ScalarNode) and node.tag == YAML_TAG + "int":
            if _surprising_int(node.value):
                self.add(node, "check.read_by_yaml", "check.plain_whole", what=what,
                         raw=node.value, value=_construct(node))
                return None
            if _too_long(node.value):  # beyond any scale, and beyond what int() reads
                self.add(node, "check.out_of_range", "check.scale_range", what=what,
                         value=_short_number(node.value, self.lang), max=MAX_SCALE_VALUE)
                return None
            return int(_construct(node))
        if isinstance(node, yaml.ScalarNode) and node.tag == YAML_TAG + "float":
            self.add(node, "check.not_whole_decimal", what=what, raw=node.value)
        elif isinstance(node, yaml.ScalarNode):
            self.add(node, "check.not_whole_value", what=what, kind=self.kind(node),
                     value=node.value)
        else:
            self.add(node, "check.not_whole", what=what, kind=self.kind(node))
        return None

    def ident(self, node: yaml.Node, what: str | What) -> str | None:
        value = self.text(node, what)
        if value is None:
            return None
        if not _ID.match(value):
            suggestion = re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-") or "my-id"
            self.add(node, "check.bad_id", "check.for_example", what=what, value=value,
                     suggestion=suggestion)
            return None
        return value

    def localized(self, node: yaml.Node, what: str | What) -> Text | None:
        """A plain string, or a mapping of language code -> string."""
        if isinstance(node, yaml.MappingNode):
            entries = self.mapping(node, what)
            values: dict[str, str] = {}
            for lang, (key_node, value_node) in entries.items():
                if not _LANG.match(lang):
                    close = difflib.get_close_matches(lang, ["fr", "en"], n=1)
                    if close:
                        self.add(key_node, "check.not_language", "file.did_you_mean",
                                 what=what, code=lang, value=close[0])
                    else:
                        self.add(key_node, "check.not_language", "check.language_code",
                                 what=what, code=lang)
                    continue
                value = self.text(value_node, (what if isinstance(what, What)
                                               else What(what))._replace(lang=lang))
                if value is not None:
                    values[lang] = value
            if not entries:
                self.add(node, "check.empty", "check.write_languages", what=what,
                         example="{fr: ..., en: ...}")
                return None
            self._localized.append((node, frozenset(entries)))
            return Text(MappingProxyType(values)) if values else None
        value = self.text(node, what)
        return Text.plain(value) if value is not None else None

    def check_translations(self) -> frozenset[str]:
        """Every localized mapping must have every language the file uses."""
        used: set[str] = set()
        for _, langs in self._localized:
            used |= {lang for lang in langs if _LANG.match(lang)}
        if len(used) > 1:
            for node, langs in self._localized:
                missing = sorted(used - langs)
                if missing:
                    self.add(node, "check.missing_translation", "check.missing_translation_hint",
                             langs=", ".join(missing), used=", ".join(sorted(used)))
        return frozenset(used)

    def raise_if_any(self) -> None:
        if self.problems:
            raise ContentError(self.problems)


_CONSTRUCTOR: list = []  # made on first use (see `yaml` above)


def _construct(node: yaml.ScalarNode):
    if not _CONSTRUCTOR:
        _CONSTRUCTOR.append(yaml.constructor.SafeConstructor())
    constructor = _CONSTRUCTOR[0]
    try:
        return constructor.construct_object(node)
    finally:
        # PyYAML remembers every node it constructed (for aliases, refused here anyway):
        # kept, that holds every number node of every file read, and their positions.
        constructor.constructed_objects.clear()


def _surprising_int(raw: str) -> bool:
    """YAML 1.1 ints that do not mean what they look like: 010 (octal), 1:30, 0x1f, 1_000."""
    body = raw.lstrip("+-")
    return (len(body) > 1 and body.startswith("0")) or ":" in body or "_" in body


_KINDS = {QUESTIONS_SCHEMA: ("check.file_kind.questions", "--questions"),
          ROLES_SCHEMA: ("check.file_kind.roles", "--roles"),
          ANSWERS_SCHEMA: ("check.file_kind.answers", "--answers"),
          RESULT_SCHEMA: ("check.file_kind.result", "--answers")}


def check_schema(c: Checker, entries, expected: str) -> bool:
    """Checks `schema:`. True when the file says it is another kind of rolequiz file: that
    is then the only problem worth telling (its keys all look wrong for the same reason)."""
    if "schema" not in entries:
        return False
    node = entries["schema"][1]
    value = c.text(node, "check.what.schema")
    if value is None or value == expected:
        return False
    if value in _KINDS:
        from rolequiz.i18n import t

        kind, option = _KINDS[value]
        wanted = _KINDS[expected][0]
        swapped = {value, expected} == {QUESTIONS_SCHEMA, ROLES_SCHEMA}
        c.add(node, "check.other_kind",
              "check.give_with_swapped" if swapped else "check.give_with",
              kind=t(kind, c.lang), schema=value, wanted=t(wanted, c.lang), option=option)
        return True
    c.add(node, "check.schema_mismatch", "check.right_file", value=value, expected=expected)
    return False


def root_entries(c: Checker, node: yaml.Node | None, write: str, *, empty_ok: bool = False):
    """The entries of a file's root mapping; `write` is the hint of an empty file (a key:
    "check.write_questions")."""
    if node is None:
        c.add(None, "check.file_empty", write)
        return None
    entries = c.mapping(node, "check.what.file")
    if not empty_ok and isinstance(node, yaml.MappingNode) and not node.value:
        c.add(node, "check.file_holds_nothing", write)
    return entries


def _unique_id(c: Checker, entries, seen: dict[str, int], what: str) -> str | None:
    """The entry's `id`, checked for shape and for being new among `seen` (id -> line)."""
    if "id" not in entries:
        return None
    node = entries["id"][1]
    value = c.ident(node, what)
    if value is None:
        return None
    if value in seen:
        c.add(node, "check.duplicate_id", "check.ids_differ", what=what, value=value,
              first=seen[value])
        return None
    seen[value] = node.start_mark.line + 1
    return value


def suggest(value: str, known: Iterable[str], lang: str = "en", audience: str = "tu") -> str:
    """The known value closest to `value` ("did you mean ...?", asked of `audience`), else
    all of them."""
    from rolequiz.i18n import t, tell

    known = sorted(known)
    close = difflib.get_close_matches(value, known, n=1, cutoff=0.5)
    if close:
        return tell("file.did_you_mean", lang, audience, value=close[0])
    return t("file.known", lang, values=", ".join(known)) if known else ""


# -- questions.yaml ---------------------------------------------------------------------


def parse_questions(node: yaml.Node | None, name: str, digest: str = "", lang: str = "en",
                    audience: str = "tu") -> QuestionSet:
    """One questions file's checks alone (load_content checks both files together)."""
    c = Checker(name, lang, audience)
    qs = _questions(c, node, name, digest)
    c.raise_if_any()
    assert qs is not None
    return qs


def _questions(c: Checker, node, name: str, digest: str) -> QuestionSet | None:
    entries = root_entries(c, node, "check.write_questions")
    if not entries:
        c.check_translations()
        return None
    if check_schema(c, entries, QUESTIONS_SCHEMA):
        return None
    c.keys(
        entries,
        node,
        "check.what.questions_file",
        ["schema", "title", "instructions", "scale", "dimensions", "questions"],
        ["scale", "dimensions", "questions"],
    )
    title = c.localized(entries["title"][1], "check.what.title") if "title" in entries else None
    instructions = (c.localized(entries["instructions"][1], "check.what.instructions")
                    if "instructions" in entries else None)

    scale = _scale(c, entries["scale"][1]) if "scale" in entries else None

    dimensions: list[Dimension] = []
    dim_nodes: dict[str, yaml.Node] = {}
    seen: dict[str, int] = {}
    if "dimensions" in entries:
        items = c.sequence(entries["dimensions"][1], "check.what.dimensions")
        if not items and isinstance(entries["dimensions"][1], yaml.SequenceNode):
            c.add(entries["dimensions"][1], "check.empty", "check.one_dimension",
                  what="check.what.dimensions")
        for item in items:
            d = c.mapping(item, "check.what.dimension")
            c.keys(d, item, "check.what.dimension", ["id", "name", "description"],
                   ["id", "name"])
            did = _unique_id(c, d, seen, "check.what.dimension_id")
            dname = (c.localized(d["name"][1], "check.what.dimension_name") if "name" in d
                     else None)
            desc = (c.localized(d["description"][1], "check.what.description")
                    if "description" in d else None)
            if did and dname:
                dimensions.append(Dimension(did, dname, desc))
                dim_nodes[did] = item
    dim_ids = set(seen)

    questions: list[Question] = []
    qseen: dict[str, int] = {}
    used_dims: set[str] = set()
    if "questions" in entries:
        items = c.sequence(entries["questions"][1], "check.what.questions")
        if not items and isinstance(entries["questions"][1], yaml.SequenceNode):
            c.add(entries["questions"][1], "check.empty", "check.one_question",
                  what="check.what.questions")
        for item in items:
            q = c.mapping(item, "check.what.question")
            c.keys(q, item, "check.what.question", ["id", "text", "weights"],
                   ["id", "text", "weights"])
            qid = _unique_id(c, q, qseen, "check.what.question_id")
            text = c.localized(q["text"][1], "check.what.question_text") if "text" in q else None
            weights = _weights(c, q["weights"][1], dim_ids) if "weights" in q else None
            if weights:
                used_dims |= set(weights)
            if qid and text and weights:
                questions.append(Question(qid, text, MappingProxyType(weights)))
    if "dimensions" in entries and "questions" in entries and not c.problems:
        for dim in dimensions:
            if dim.id not in used_dims:
                c.add(dim_nodes[dim.id], "check.dimension_unused",
                      "check.dimension_unused_hint", id=dim.id)
    langs = c.check_translations()
    if c.problems or scale is None:
        return None
    return QuestionSet(
        path=name,
        scale=scale,
        dimensions=tuple(dimensions),
        questions=tuple(questions),
        title=title,
        instructions=instructions,
        languages=langs,
        digest=digest,
    )


def _scale(c: Checker, node: yaml.Node) -> Scale | None:
    items = c.sequence(node, "check.what.scale")
    if isinstance(node, yaml.SequenceNode) and not 2 <= len(items) <= 11:
        from rolequiz.i18n import plural, tell

        n = len(items)
        c.put(node, plural(n, c.lang, "check.scale_size"),
              tell("check.scale_size_hint", c.lang, c.audience))
        return None
    choices: list[Choice] = []
    previous: int | None = None
    ok = True
    for item in items:
        e = c.mapping(item, "check.what.scale_choice")
        c.keys(e, item, "check.what.scale_choice", ["value", "label"], ["value", "label"])
        value = c.integer(e["value"][1], "check.what.scale_value") if "value" in e else None
        if value is not None and abs(value) > MAX_SCALE_VALUE:
            c.add(e["value"][1], "check.out_of_range", "check.scale_range",
                  what="check.what.scale_value", value=_short_number(value, c.lang),
                  max=MAX_SCALE_VALUE)
            value, ok = None, False
        label = c.localized(e["label"][1], "check.what.scale_label") if "label" in e else None
        if value is not None and previous is not None and value <= previous:
            c.add(e["value"][1], "check.not_increasing", "check.not_increasing_hint",
                  value=value, previous=previous)
            ok = False
        if value is not None:
            previous = value
        if value is None or label is None:
            ok = False
        else:
            choices.append(Choice(value, label))
    return Scale(tuple(choices)) if ok and choices else None


# Numbers the scoring's arithmetic handles exactly: a scale value far beyond these (1e400,
# written out as a whole number) overflows a float, and a weight like 5e-324 divides to
# nothing, so that "never 0" would not hold.
MAX_SCALE_VALUE = 1000
MIN_WEIGHT = 1e-6


def _short_number(value: int | str, lang: str = "en") -> str:
    """A number of many digits, its first ones and how many there are."""
    from rolequiz.i18n import t

    text = str(value)
    if len(text) <= 12:
        return text
    return t("check.long_number", lang, start=text[:6], count=len(text.lstrip("+-")))


def _too_long(raw: str) -> bool:
    """A whole number written with more digits than any float holds exactly."""
    return len(raw.lstrip("+-")) > 15


def _weights(c: Checker, node: yaml.Node, dim_ids: set[str]) -> dict[str, float] | None:
    from rolequiz.i18n import number

    entries = c.mapping(node, "check.what.weights")
    if isinstance(node, yaml.MappingNode) and not entries and not node.value:
        c.add(node, "check.empty", "check.weights_empty_hint", what="check.what.weights",
              example="{data: 1.0}")
    out: dict[str, float] = {}
    for dim, (key_node, value_node) in entries.items():
        if dim not in dim_ids:
            c.add(key_node, "check.weight_unknown_dimension", dim=dim,
                  said=c.suggest(dim, dim_ids))
            continue
        w = c.number(value_node, What("check.what.weight", dim))
        if w is None:
            continue
        if w == 0:
            c.add(value_node, "check.weight_zero", "check.weight_zero_hint", dim=dim)
        elif abs(w) < MIN_WEIGHT:
            c.add(value_node, "check.weight_tiny", "check.weight_tiny_hint", dim=dim,
                  value=number(w, c.lang, "g"), min=number(MIN_WEIGHT, c.lang, "g"))
        elif not -1 <= w <= 1:
            c.add(value_node, "check.weight_range", "check.weight_range_hint", dim=dim,
                  value=number(w, c.lang, "g"))
        else:
            out[dim] = w
    return out or None


# -- roles.yaml -------------------------------------------------------------------------

_ROLE_KEYS = ["id", "name", "summary", "profile", *LIST_FIELDS, "facts", "sources",
              "profile_basis"]
_SOURCE_KEYS = ["id", "title", "file", "url", "author", "site", "date", "note", "lang"]
_FIGURE_KEYS = ["level", "low", "high", "average", "currency", "basis", "period", "place",
                "source", "quote", "note"]
_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?\Z")
_LANG_CODE = re.compile(r"[a-z]{2}\Z")
_CURRENCY = re.compile(r"[A-Z]{3}\Z")


def parse_roles(
    node: yaml.Node | None, name: str, dim_ids: set[str] | None, digest: str = "",
    lang: str = "en", audience: str = "tu",
) -> RoleSet:
    """One roles file's checks alone, against the dimension ids of a questions file (None:
    profiles are checked for their shape only)."""
    c = Checker(name, lang, audience)
    rs = _roles(c, node, name, dim_ids, digest)
    c.raise_if_any()
    assert rs is not None
    return rs


def _roles(c: Checker, node, name: str, dim_ids: set[str] | None, digest: str) -> RoleSet | None:
    entries = root_entries(c, node, "check.write_roles")
    if not entries:
        c.check_translations()
        return None
    if check_schema(c, entries, ROLES_SCHEMA):
        return None
    c.keys(entries, node, "check.what.roles_file",
           ["schema", "sources", "roles", "advice", "glossary", "sic"], ["roles"])

    sources: list[Source] = []
    sseen: dict[str, int] = {}
    if "sources" in entries:
        for item in c.sequence(entries["sources"][1], "check.what.sources"):
            source = _source(c, item, sseen)
            if source is not None:
                sources.append(source)
    source_ids = set(sseen)

    roles: list[Role] = []
    rseen: dict[str, int] = {}
    if "roles" in entries:
        items = c.sequence(entries["roles"][1], "check.what.roles")
        if not items and isinstance(entries["roles"][1], yaml.SequenceNode):
            c.add(entries["roles"][1], "check.empty", "check.one_role", what="check.what.roles")
        for item in items:
            role = _role(c, item, dim_ids, source_ids, rseen)
            if role is not None:
                roles.append(role)
    advice: tuple[Text, ...] = ()
    if "advice" in entries:
        advice = _texts(c, entries["advice"][1], "advice", source_ids, "check.what.advice")
    glossary: list[Term] = []
    if "glossary" in entries:
        for item in c.sequence(entries["glossary"][1], "check.what.glossary"):
            term = _term(c, item)
            if term is not None:
                glossary.append(term)
    sic: list[str] = []
    if "sic" in entries:
        for item in c.sequence(entries["sic"][1], "check.what.sic"):
            words = c.text(item, "check.what.sic_entry")
            if words is not None:
                sic.append(words)
    langs = c.check_translations()
    if c.problems:
        return None
    return RoleSet(name, tuple(roles), tuple(sources), langs, digest, advice, tuple(glossary),
                   tuple(sic))


def _source(c: Checker, item, sseen: dict[str, int]) -> Source | None:
    s = c.mapping(item, "check.what.source")
    c.keys(s, item, "check.what.source", _SOURCE_KEYS, ["id", "title"])
    sid = _unique_id(c, s, sseen, "check.what.source_id")
    title = c.localized(s["title"][1], "check.what.source_title") if "title" in s else None
    file = c.text(s["file"][1], "check.what.source_file") if "file" in s else None
    url = c.text(s["url"][1], "check.what.source_url") if "url" in s else None
    if url is not None and not url.startswith(("https://", "http://")):
        c.add(s["url"][1], "check.not_web_address", "check.start_https", url=url)
        url = None
    if "file" not in s and "url" not in s and isinstance(item, yaml.MappingNode):
        c.add(item, "check.source_nowhere", "check.source_nowhere_hint")
    author = c.text(s["author"][1], "check.what.source_author") if "author" in s else None
    site = c.localized(s["site"][1], "check.what.source_site") if "site" in s else None
    note = c.localized(s["note"][1], "check.what.source_note") if "note" in s else None
    date = _date(c, s["date"][1]) if "date" in s else None
    lang = c.text(s["lang"][1], "check.what.source_lang") if "lang" in s else None
    if lang is not None and not _LANG_CODE.match(lang):
        c.add(s["lang"][1], "check.source_lang", "check.source_lang_hint", code=lang)
        lang = None
    if sid and title:
        return Source(sid, title, file, url, author, site, date, note, lang)
    return None


def _date(c: Checker, node) -> str | None:
    """A source's date: 2025-03-20, 2025-03 or 2025 (quoted or not), or `undated`."""
    if isinstance(node, yaml.ScalarNode) and node.tag in (YAML_TAG + "timestamp",
                                                          YAML_TAG + "int"):
        value = node.value  # YAML reads 2025-03-20 as a date and 2025 as a number
    else:
        value = c.text(node, "check.what.source_date")
        if value is None:
            return None
    if value == "undated" or _DATE.match(value):
        return value
    c.add(node, "check.not_date", "check.not_date_hint", value=value)
    return None


def _quotes(c: Checker, node, what: str) -> tuple[str, ...]:
    """`quote:` as one text or a list of texts, each the source's own words."""
    nodes = node.value if isinstance(node, yaml.SequenceNode) else [node]
    if isinstance(node, yaml.SequenceNode) and not nodes:
        c.add(node, "check.empty", "check.copy_quote", what=what)
    out = [c.text(n, what) for n in nodes]
    return tuple(q for q in out if q is not None)


def _quote_list(c: Checker, node, source_ids: set[str], what: What, entry: What
                ) -> tuple[Quote, ...]:
    """`quotes:` a list of {source: id, quote: text or list}; `entry` says one of them."""
    out: list[Quote] = []
    for item in c.sequence(node, what):
        q = c.mapping(item, entry)
        c.keys(q, item, entry, ["source", "quote"], ["source", "quote"])
        src = _source_ref(c, q["source"][1], source_ids) if "source" in q else None
        texts = _quotes(c, q["quote"][1], "check.what.quote") if "quote" in q else ()
        if src:
            out += [Quote(src, text) for text in texts]
    return tuple(out)


def _sourced(c: Checker, node, what: str | What, source_ids: set[str]) -> Text | None:
    """A localized text, or {text, source, quote} / {text, quotes}: the text with the words
    of its sources."""
    entries = c.mapping(node, what) if isinstance(node, yaml.MappingNode) else {}
    if not {"text", "source", "quote", "quotes"} & set(entries):
        return c.localized(node, what)
    c.keys(entries, node, what, ["text", "source", "quote", "quotes"], ["text"])
    text = c.localized(entries["text"][1], what) if "text" in entries else None
    quotes: list[Quote] = []
    if "quote" in entries or "source" in entries:
        if "source" not in entries:
            c.add(entries["quote"][0], "check.quote_without_source",
                  "check.quote_without_source_hint", what=what, line="source:")
        src = _source_ref(c, entries["source"][1], source_ids) if "source" in entries else None
        texts = (_quotes(c, entries["quote"][1], "check.what.quote") if "quote" in entries
                 else ())
        if src:
            quotes += [Quote(src, q) for q in texts]
    if "quotes" in entries:
        quotes += _quote_list(c, entries["quotes"][1], source_ids, What("check.what.quotes"),
                              What("check.what.entry", "quotes"))
    if text is None:
        return None
    return Sourced(text.values, tuple(quotes))


def _texts(c: Checker, node, key: str, source_ids: set[str],
           what: str | What | None = None) -> tuple[Text, ...]:
    """A list of texts under `key` (said as `what`, else as the list of that name)."""
    entry = What("check.what.entry", key)
    texts = [_sourced(c, n, entry, source_ids)
             for n in c.sequence(node, what or What("check.what.list", key))]
    return tuple(t for t in texts if t is not None)


def _term(c: Checker, item) -> Term | None:
    g = c.mapping(item, "check.what.glossary_entry")
    c.keys(g, item, "check.what.glossary_entry", ["term", "words", "definition"],
           ["term", "definition"])
    term = c.localized(g["term"][1], "check.what.glossary_term") if "term" in g else None
    definition = (c.localized(g["definition"][1], "check.what.definition")
                  if "definition" in g else None)
    words: list[str] = []
    if "words" in g:
        for n in c.sequence(g["words"][1], "check.what.words"):
            w = c.text(n, "check.what.word")
            if w is not None:
                words.append(w)
    if term and definition:
        return Term(term, definition, tuple(words))
    return None


def _role(c: Checker, item, dim_ids, source_ids, rseen) -> Role | None:
    r = c.mapping(item, "check.what.role")
    c.keys(r, item, "check.what.role", _ROLE_KEYS, ["id", "name", "profile"])
    rid = _unique_id(c, r, rseen, "check.what.role_id")
    name = c.localized(r["name"][1], "check.what.role_name") if "name" in r else None
    summary = (_sourced(c, r["summary"][1], "check.what.summary", source_ids)
               if "summary" in r else None)
    profile = _profile(c, r["profile"][1], dim_ids) if "profile" in r else None
    lists: dict[str, tuple[Text, ...]] = {}
    for key in LIST_FIELDS:
        if key in r:
            lists[key] = _texts(c, r[key][1], key, source_ids)
    facts: dict[str, Fact] = {}
    if "facts" in r:
        fnode = r["facts"][1]
        fentries = c.mapping(fnode, "check.what.facts")
        c.keys(fentries, fnode, "check.what.facts", FACT_KEYS)
        for key, (_, vnode) in fentries.items():
            if key in FACT_KEYS:
                fact = _fact(c, key, vnode, source_ids)
                if fact is not None:
                    facts[key] = fact
    refs: list[str] = []
    if "sources" in r:
        for n in c.sequence(r["sources"][1], "check.what.sources"):
            ref = _source_ref(c, n, source_ids)
            if ref:
                refs.append(ref)
    basis = (_profile_basis(c, r["profile_basis"][1], dim_ids, source_ids)
             if "profile_basis" in r else {})
    if rid and name and profile:
        return Role(
            id=rid,
            name=name,
            profile=MappingProxyType(profile),
            summary=summary,
            facts=MappingProxyType(facts),
            sources=tuple(refs),
            profile_basis=MappingProxyType(basis),
            **lists,
        )
    return None


def _fact(c: Checker, key: str, vnode, source_ids: set[str]) -> Fact | None:
    """{value, source, quote}; a salary may instead give {figures: [...]}."""
    what = What("check.what.fact", key)
    f = c.mapping(vnode, what)
    if "figures" in f and key == "salary":
        c.keys(f, vnode, what, ["figures"])
        figures = [_figure(c, n, source_ids)
                   for n in c.sequence(f["figures"][1], "check.what.figures")]
        if isinstance(f["figures"][1], yaml.SequenceNode) and not figures:
            c.add(f["figures"][1], "check.empty", "check.one_figure", what="check.what.figures")
        if figures and all(figures):
            return Fact(None, figures[0].source, (), tuple(figures))  # type: ignore[union-attr]
        return None
    allowed = ["value", "source", "quote"] + (["figures"] if key == "salary" else [])
    c.keys(f, vnode, what, allowed, ["value", "source"])
    value = (c.localized(f["value"][1], What("check.what.fact_value", key)) if "value" in f
             else None)
    src = _source_ref(c, f["source"][1], source_ids) if "source" in f else None
    quotes = _quotes(c, f["quote"][1], "check.what.quote") if "quote" in f else ()
    if value and src:
        return Fact(value, src, quotes)
    return None


def _choice(c: Checker, node, what: str, allowed: tuple[str, ...]) -> str | None:
    value = c.text(node, what)
    if value is None:
        return None
    if value not in allowed:
        close = difflib.get_close_matches(value, allowed, n=1, cutoff=0.5)
        # the message lists the values already: the hint only when one is close
        c.add(node, "check.not_one_of", what=what, value=value, allowed=", ".join(allowed),
              said=c.suggest(value, allowed) if close else "")
        return None
    return value


def _amount(c: Checker, node, what: str) -> int | None:
    value = c.number(node, what)
    if value is None:
        return None
    if value < 0 or value != int(value):
        from rolequiz.i18n import number

        c.add(node, "check.not_amount", "check.amount_in_full", what=what,
              value=number(value, c.lang, "g"))
        return None
    return int(value)


def _figure(c: Checker, node, source_ids: set[str]) -> Figure | None:
    """One salary figure: level, amounts, currency, gross or net, period, place, source."""
    g = c.mapping(node, "check.what.salary_figure")
    c.keys(g, node, "check.what.salary_figure", _FIGURE_KEYS,
           ["level", "currency", "basis", "period", "source"])
    level = _choice(c, g["level"][1], "check.what.level", LEVELS) if "level" in g else None
    basis = _choice(c, g["basis"][1], "check.what.basis", BASES) if "basis" in g else None
    period = (_choice(c, g["period"][1], "check.what.period", PERIODS) if "period" in g
              else None)
    currency = c.text(g["currency"][1], "check.what.currency") if "currency" in g else None
    if currency is not None and not _CURRENCY.match(currency):
        c.add(g["currency"][1], "check.not_currency", "check.not_currency_hint",
              currency=currency)
        currency = None
    amounts = {k: _amount(c, g[k][1], What("check.what.amount", k))
               for k in ("low", "high", "average") if k in g}
    ok = all(v is not None for v in amounts.values())
    if isinstance(node, yaml.MappingNode) and not amounts:
        c.add(node, "check.figure_no_amount", "check.figure_no_amount_hint")
        ok = False
    elif ok and "average" in amounts and len(amounts) > 1:
        c.add(g["average"][0], "check.average_and_range", "check.average_and_range_hint")
        ok = False
    elif ok and "low" in amounts and "high" in amounts and amounts["low"] > amounts["high"]:
        c.add(g["low"][1], "check.low_above_high", "check.swap_them", low=amounts["low"],
              high=amounts["high"])
        ok = False
    place = c.localized(g["place"][1], "check.what.place") if "place" in g else None
    note = c.localized(g["note"][1], "check.what.note") if "note" in g else None
    src = _source_ref(c, g["source"][1], source_ids) if "source" in g else None
    quotes = _quotes(c, g["quote"][1], "check.what.quote") if "quote" in g else ()
    if ok and level and basis and period and currency and src:
        return Figure(src, level, currency, basis, period, amounts.get("low"),
                      amounts.get("high"), amounts.get("average"), place, note, quotes)
    return None


def _profile_basis(c: Checker, node, dim_ids: set[str] | None, source_ids: set[str]
                   ) -> dict[str, Basis]:
    """dimension id -> the sources' words (a list of {source, quote}), or {quotes,
    judgement}: why the profile gives the role that need."""
    out: dict[str, Basis] = {}
    for dim, (key_node, value_node) in c.mapping(node, "check.what.profile_basis").items():
        if dim_ids is not None and dim not in dim_ids:
            c.add(key_node, "check.basis_unknown_dimension", dim=dim,
                  said=c.suggest(dim, dim_ids))
            continue
        what = What("check.what.basis_of", dim)
        entry = What("check.what.basis_entry", dim)
        if isinstance(value_node, yaml.SequenceNode):
            quotes = _quote_list(c, value_node, source_ids, what, entry)
            if quotes:
                out[dim] = Basis(quotes)
            continue
        b = c.mapping(value_node, what)
        c.keys(b, value_node, what, ["quotes", "judgement"])
        if isinstance(value_node, yaml.MappingNode) and not b:
            c.add(value_node, "check.empty", "check.basis_empty_hint", what=what)
        quotes = (_quote_list(c, b["quotes"][1], source_ids, what, entry) if "quotes" in b
                  else ())
        judgement = (c.localized(b["judgement"][1], "check.what.judgement")
                     if "judgement" in b else None)
        if quotes or judgement:
            out[dim] = Basis(quotes, judgement)
    return out


def _source_ref(c: Checker, node, source_ids: set[str]) -> str | None:
    ref = c.text(node, "check.what.source_ref")
    if ref is None:
        return None
    if ref not in source_ids:
        if source_ids:
            c.add(node, "check.unknown_source", ref=ref, said=c.suggest(ref, source_ids))
        else:
            c.add(node, "check.unknown_source", "check.list_source", ref=ref)
        return None
    return ref


def _profile(c: Checker, node, dim_ids: set[str] | None) -> dict[str, float] | None:
    from rolequiz.i18n import number

    entries = c.mapping(node, "check.what.profile")
    out: dict[str, float] = {}
    ok = True
    for dim, (key_node, value_node) in entries.items():
        if dim_ids is not None and dim not in dim_ids:
            c.add(key_node, "check.profile_unknown_dimension", dim=dim,
                  said=c.suggest(dim, dim_ids))
            ok = False
            continue
        v = c.number(value_node, What("check.what.profile_value", dim))
        if v is None:
            ok = False
        elif not 0 <= v <= 1:
            c.add(value_node, "check.profile_range", "check.profile_range_hint", dim=dim,
                  value=number(v, c.lang, "g"))
            ok = False
        elif 0 < v < MIN_WEIGHT:
            c.add(value_node, "check.profile_tiny", "check.profile_tiny_hint", dim=dim,
                  value=number(v, c.lang, "g"), min=number(MIN_WEIGHT, c.lang, "g"))
            ok = False
        else:
            out[dim] = v
    if ok and isinstance(node, yaml.MappingNode) and not any(out.values()):
        c.add(node, "check.profile_zero", "check.profile_zero_hint")
        return None
    return out if ok else None


# -- both files -------------------------------------------------------------------------


def package_file(name: str) -> Path:
    """A default content file: inside the installed package, else at the repository root."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "data" / name, package.parent / name):
        if candidate.is_file():
            return candidate
    return package / "data" / name


def default_paths() -> tuple[Path, Path]:
    return package_file("questions.yaml"), package_file("roles.yaml")


def _read(path: str | Path, lang: str = "en", audience: str = "tu"
          ) -> tuple[yaml.Node | None, str, str]:
    node, name, raw = yamlsafe.load(path, lang, audience)
    return node, name, sha256(raw).hexdigest()[:16]


def load_content(
    questions_path: str | Path | None = None, roles_path: str | Path | None = None,
    lang: str = "en", audience: str = "tu",
) -> Content:
    """Both content files, validated together; every problem of both in one ContentError,
    worded in `lang`, its hints telling `audience` what to do (i18n.STUDENT, who takes the
    quiz on given files, or i18n.COUNSELOR, who wrote them)."""
    dq, dr = default_paths()
    from rolequiz.content.cache import Lookup

    cache = Lookup(questions_path or dq, roles_path or dr)
    cached = cache.get()
    if cached is not None:
        return cached
    problems: list[Problem] = []
    qs: QuestionSet | None = None
    rs: RoleSet | None = None
    try:
        qnode, qname, qdigest = _read(questions_path or dq, lang, audience)
        qc = Checker(qname, lang, audience)
        qs = _questions(qc, qnode, qname, qdigest)
        problems += qc.problems
    except ContentError as e:
        problems += e.problems
    try:
        rnode, rname, rdigest = _read(roles_path or dr, lang, audience)
        rc = Checker(rname, lang, audience)
        # With a broken questions file, profiles are checked for their shape only.
        dim_ids = {d.id for d in qs.dimensions} if qs else None
        rs = _roles(rc, rnode, rname, dim_ids, rdigest)
        problems += rc.problems
    except ContentError as e:
        problems += e.problems
    if problems or qs is None or rs is None:
        raise ContentError(problems)
    content = Content(qs, rs)
    if cache.key is not None and Lookup(questions_path or dq, roles_path or dr).key == cache.key:
        cache.put(content)  # (only if the files did not change while they were read)
    return content
