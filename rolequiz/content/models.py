"""Frozen data: what content files, answers and results become once validated."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from operator import attrgetter
from types import MappingProxyType
from typing import Any

FALLBACK_LANGS = ("en", "fr")


class _Data:
    """==, hash() and repr() for the frozen dataclasses below, as @dataclass writes them
    (fields in order; equal only to the same class), written once. @dataclass compiles its
    own copies for every class at every start: 15 classes, about 5 ms of each run."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return _values(self) == _values(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(_values(self))

    def __repr__(self) -> str:
        cls = self.__class__
        shown = ", ".join(f"{name}={value!r}"
                          for name, value in zip(_names(cls), _values(self), strict=True))
        return f"{cls.__qualname__}({shown})"


def _names(cls: type) -> tuple[str, ...]:
    return tuple(cls.__dataclass_fields__)  # type: ignore[attr-defined]


def _values(obj: Any) -> tuple[Any, ...]:
    """The object's field values, in order (one C call, made once per class)."""
    get = _getters.get(obj.__class__)
    if get is None:
        names = _names(obj.__class__)
        one = attrgetter(*names)
        get = _getters[obj.__class__] = one if len(names) > 1 else (lambda o: (one(o),))
    return get(obj)


_getters: dict[type, Any] = {}

# frozen, with __eq__, __hash__ and __repr__ from _Data
_model = dataclass(frozen=True, eq=False, repr=False)


@_model
class Text(_Data):
    """A localized text: language code -> string. A plain string is stored under ''."""

    values: Mapping[str, str]

    @classmethod
    def plain(cls, text: str) -> Text:
        return cls(MappingProxyType({"": text}))

    def get(self, lang: str) -> str:
        """The text in `lang`, else English, else French, else the first given."""
        text = self.values.get(lang)
        if text is not None:
            return text
        for code in (*FALLBACK_LANGS, ""):
            if code in self.values:
                return self.values[code]
        return next(iter(self.values.values()), "")

    def __str__(self) -> str:  # pragma: no cover - debugging aid
        return self.get("en")


@_model
class Choice(_Data):
    """One value of the answer scale and its label."""

    value: int
    label: Text


@_model
class Scale(_Data):
    """The answer scale, lowest value first."""

    choices: tuple[Choice, ...]

    @property
    def values(self) -> tuple[int, ...]:
        return tuple(c.value for c in self.choices)

    @property
    def low(self) -> int:
        return self.choices[0].value

    @property
    def high(self) -> int:
        return self.choices[-1].value

    @property
    def mid(self) -> float:
        return (self.low + self.high) / 2

    @property
    def half_range(self) -> float:
        return (self.high - self.low) / 2

    def label(self, value: int, lang: str) -> str:
        for c in self.choices:
            if c.value == value:
                return c.label.get(lang)
        return str(value)


@_model
class Dimension(_Data):
    """Something a student can enjoy more or less (data, hardware, explaining...)."""

    id: str
    name: Text
    description: Text | None = None


@_model
class Question(_Data):
    """A question and how much each answer leans towards each dimension."""

    id: str
    text: Text
    weights: Mapping[str, float]  # dimension id -> weight in [-1, 1], never 0


@_model
class QuestionSet(_Data):
    """A validated questions file."""

    path: str
    scale: Scale
    dimensions: tuple[Dimension, ...]
    questions: tuple[Question, ...]
    title: Text | None = None
    instructions: Text | None = None  # how to answer, shown on every question screen
    languages: frozenset[str] = frozenset()
    digest: str = ""  # sha256 of the file's bytes: tells results of other content apart

    def dimension(self, dim_id: str) -> Dimension:
        for d in self.dimensions:
            if d.id == dim_id:
                return d
        raise KeyError(dim_id)


@_model
class Source(_Data):
    """An article that facts about roles come from, cited as the article itself gives it."""

    id: str
    title: Text
    file: str | None = None  # the copy the excerpts were checked against (not shown)
    url: str | None = None
    author: str | None = None
    site: Text | None = None  # the site or section that published it
    date: str | None = None  # "2025-03-20", "2025-03", "2025", or "undated" (none given)
    note: Text | None = None  # what a reader should know about it
    lang: str | None = None  # the language it is written in, and so its quotes ("fr")


@_model
class Quote(_Data):
    """Words of a source, verbatim, behind a statement."""

    source: str  # a Source id
    text: str


@_model
class Sourced(Text):
    """A localized text with the words of the sources it comes from."""

    quotes: tuple[Quote, ...] = ()

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(q.source for q in self.quotes))


LEVELS = ("junior", "all", "senior")  # starting out, level not stated, with experience
BASES = ("gross", "net", "unstated")
PERIODS = ("year", "month", "unstated")


@_model
class Figure(_Data):
    """One salary figure as its source gives it: who it is for, how much, on what terms."""

    source: str  # a Source id
    level: str  # one of LEVELS
    currency: str  # ISO 4217 code: EUR, USD...
    basis: str  # one of BASES
    period: str  # one of PERIODS
    low: int | None = None
    high: int | None = None
    average: int | None = None
    place: Text | None = None  # where it applies; None: not stated
    note: Text | None = None
    quotes: tuple[str, ...] = ()  # the source's words, verbatim


@_model
class Fact(_Data):
    """A fact about a role (salary, remote work...) and the source it comes from. A salary
    may be given as figures instead of a text: `value` is then None and `source` is the
    first figure's."""

    value: Text | None
    source: str  # a Source id
    quotes: tuple[str, ...] = ()  # the source's words, verbatim
    figures: tuple[Figure, ...] = ()


@_model
class Basis(_Data):
    """Why a role needs a dimension as much as its profile says: the sources' words, or
    the judgement of the content's authors (or both)."""

    quotes: tuple[Quote, ...] = ()
    judgement: Text | None = None


@_model
class Term(_Data):
    """A word of the cards explained in a glossary."""

    term: Text
    definition: Text
    words: tuple[str, ...] = ()  # how it is spotted on a card (any language); else the term


FACT_KEYS = ("salary", "remote", "stress", "outlook")
LIST_FIELDS = ("missions", "skills", "tools", "deliverables", "advantages", "training", "notes")


@_model
class Role(_Data):
    """A job: its needs for each dimension, and its card."""

    id: str
    name: Text
    profile: Mapping[str, float]  # dimension id -> importance in [0, 1]; missing = 0
    summary: Text | None = None
    missions: tuple[Text, ...] = ()
    skills: tuple[Text, ...] = ()
    tools: tuple[Text, ...] = ()
    deliverables: tuple[Text, ...] = ()
    advantages: tuple[Text, ...] = ()
    training: tuple[Text, ...] = ()
    notes: tuple[Text, ...] = ()  # good to know: what the sources add about the job
    facts: Mapping[str, Fact] = field(default_factory=dict)
    sources: tuple[str, ...] = ()
    profile_basis: Mapping[str, Basis] = field(default_factory=dict)  # dimension id -> why

    def importance(self, dim_id: str) -> float:
        return self.profile.get(dim_id, 0.0)


@_model
class RoleSet(_Data):
    """A validated roles file."""

    path: str
    roles: tuple[Role, ...]
    sources: tuple[Source, ...] = ()
    languages: frozenset[str] = frozenset()
    digest: str = ""
    advice: tuple[Text, ...] = ()  # for every student choosing, from the sources
    glossary: tuple[Term, ...] = ()
    # words an article got wrong: kept as they are in its quotes, marked [sic] where shown
    sic: tuple[str, ...] = ()

    def role(self, role_id: str) -> Role:
        for r in self.roles:
            if r.id == role_id:
                return r
        raise KeyError(role_id)

    def source(self, source_id: str) -> Source:
        for s in self.sources:
            if s.id == source_id:
                return s
        raise KeyError(source_id)


@_model
class Content(_Data):
    """The questions and roles a quiz runs on."""

    questions: QuestionSet
    roles: RoleSet

    @property
    def languages(self) -> frozenset[str]:
        return self.questions.languages | self.roles.languages


@_model
class Reason(_Data):
    """Why a role fits or not: one dimension, the student's interest, the role's need."""

    kind: str  # "lift" (pulls the role up) or "gap" (holds it back)
    dimension: str
    you: float  # the student's interest in [0, 1]
    role: float  # the role's need in [0, 1]
    text: str


@_model
class Match(_Data):
    """A role's place in a result: rank, score (0-100) and its reasons."""

    rank: int
    role: str
    name: str
    score: float  # [0, 100], one decimal
    reasons: tuple[Reason, ...]


def new_reason(kind: str, dimension: str, you: float, role: float, text: str) -> Reason:
    """Reason(...), made by filling the new object's dictionary: the same frozen object in
    half the time of the generated __init__ (one object.__setattr__ per field). Scoring makes
    matches and reasons by the thousand; tests/test_models.py keeps these in step."""
    r = object.__new__(Reason)
    fields = r.__dict__
    fields["kind"] = kind
    fields["dimension"] = dimension
    fields["you"] = you
    fields["role"] = role
    fields["text"] = text
    return r


def new_match(rank: int, role: str, name: str, score: float, reasons: tuple[Reason, ...]
              ) -> Match:
    """Match(...), made as new_reason makes a Reason."""
    m = object.__new__(Match)
    fields = m.__dict__
    fields["rank"] = rank
    fields["role"] = role
    fields["name"] = name
    fields["score"] = score
    fields["reasons"] = reasons
    return m


@_model
class Note(_Data):
    """A warning that keeps a result from sounding more certain than it is."""

    code: str  # no_answers, few_answers, no_preference, unclear_interests, weak_fit,
    # near_tie; adaptive (information: the quiz stopped early)
    text: str


@_model
class Result(_Data):
    """Everything a quiz gives: the answers, the interest profile, every role ranked."""

    lang: str
    answers: Mapping[str, int]
    answered: int
    skipped: int
    total: int
    profile: Mapping[str, float | None]  # dimension id -> [0, 1] or None (unknown)
    matches: tuple[Match, ...]
    notes: tuple[Note, ...] = ()
    adaptive: bool = False  # the quiz chose its questions and stopped once settled
    asked: int | None = None  # with adaptive: questions asked (answered or skipped)

    @property
    def clear(self) -> bool:
        """True when nothing casts doubt on the ranking (saying that the quiz was adaptive
        is information, not doubt)."""
        return all(n.code == "adaptive" for n in self.notes)
