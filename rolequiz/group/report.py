"""A counselor's group report over saved results, as data.

`build` turns a `reader.Collection` into a `Report` (plain data) and `to_dict`/`to_json`
give it as JSON; the CSV, Markdown and HTML documents are written in views/. Nothing here
prints. Every piece of text from a file goes through `textsafe.clean` first.
"""

from __future__ import annotations

import hashlib
import json
import math
import operator
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from functools import lru_cache
from itertools import chain, compress, repeat
from typing import Any

from rolequiz.base.errors import UsageError
from rolequiz.content.models import Content
from rolequiz.group.manifest import Manifest
from rolequiz.group.participants import sort_key
from rolequiz.group.reader import Collection, Entry, Skipped, no_gc
from rolequiz.i18n import clock_words, percent, plural, t

REPORT_SCHEMA = "rolequiz.report/1"
TOP = 3

# The codes of the reasons a file is skipped (group/reader.py): each has a message,
# "report.skip.<code>".
SKIP_REASONS = ("unreadable", "empty", "too-big", "not-json", "not-a-result", "damaged",
                "duplicate")
# The notes of a result whose screen says that no role stands out (views/terminal/results.py):
# such a result has no clear preference.
UNCLEAR_NOTES = frozenset({"no_answers", "no_preference", "unclear_interests"})
# The notes that say a result is information, not doubt (content/models.py, Result.clear):
# a result whose notes are all of these is clear; any other note makes it unclear.
INFO_NOTES = frozenset({"adaptive"})
# Each doubt in a few words of the report's language; a code not listed here (from a newer
# version, or edited by hand) is shown as it is written.
DOUBT_WORDS = {
    "few_answers": "report.doubt.few_answers",
    "no_preference": "report.doubt.no_preference",
    "unclear_interests": "report.doubt.unclear_interests",
    "near_tie": "report.doubt.near_tie",
    "weak_fit": "report.doubt.weak_fit",
    "no_answers": "report.doubt.no_answers",
}


# -- the report as data --------------------------------------------------------------------


@dataclass
class RoleCount:
    role: str
    name: str
    count: int
    not_clear: int = 0  # of `count`, the results that are not clear


@dataclass
class RoleTop:
    """How many students have a role first, and in their top 3; of them, how many
    results are not clear. A tie counts for every role tied (at first place and at
    third: ranks are shared by equal scores, as in a result)."""

    role: str
    name: str
    first: int
    first_not_clear: int
    top: int
    top_not_clear: int


@dataclass
class DimStat:
    dimension: str
    name: str
    mean: float | None  # in [0, 1]; None when nobody's answers touch it
    sd: float | None
    low: float | None
    high: float | None
    known: int  # participants whose answers touch it


class Person:
    """One participant as the report shows them; built for thousands, so the details
    are read from the entry only when an export asks for them."""

    __slots__ = ("label", "_entry", "_names", "_anonymous")

    def __init__(self, label: str, entry: Entry, names: dict[str, str], anonymous: bool):
        self.label = label
        self._entry = entry
        self._names = names
        self._anonymous = anonymous

    @property
    def name(self) -> str | None:  # None when anonymized
        return None if self._anonymous else self._entry.name

    @property
    def path(self) -> str | None:  # None when anonymized (file names are often names)
        return None if self._anonymous else self._entry.path

    @property
    def code(self) -> str | None:
        return self._entry.code

    @property
    def finished_at(self) -> str:
        return self._entry.finished_at

    @property
    def answered(self) -> int:
        return self._entry.answered

    @property
    def total(self) -> int:
        return self._entry.total

    @property
    def notes(self) -> tuple[str, ...]:
        return self._entry.notes

    @property
    def clear(self) -> bool:
        """Nothing casts doubt on the ranking (the result's `clear`)."""
        return is_clear(self._entry.notes)

    @property
    def profile(self) -> dict[str, float | None]:
        return self._entry.profile

    @property
    def top(self) -> list[tuple[str, str, float]]:
        """(role id, name, score) of the best TOP roles, best first."""
        e = self._entry
        names = self._names
        return [(rid, names.get(rid, name), score) for rid, name, score
                in zip(e.roles[:TOP], map(e.names.__getitem__, e.roles[:TOP]), e.scores[:TOP],
                         strict=True)]

    def raw_top(self) -> zip:
        """(role id, name as in the result, score) of the best TOP roles, best first."""
        e = self._entry
        return zip(e.roles[:TOP], map(e.names.__getitem__, e.roles[:TOP]), e.scores[:TOP],
                   strict=True)

    @property
    def scores(self) -> dict[str, float]:
        return dict(zip(self._entry.roles, self._entry.scores, strict=True))

    def row(self) -> tuple[tuple[str, ...], tuple[float, ...], tuple[str, ...]]:
        """In one call, for a table over thousands: the best TOP role ids, their scores,
        the notes' codes."""
        e = self._entry
        return e.roles[:TOP], e.scores[:TOP], e.notes


@dataclass
class Group:
    content_id: str
    content: tuple[str, str]
    pinned: bool  # the content of the workshop's manifest
    roles: list[tuple[str, str]]  # (id, name), content order
    dimensions: list[tuple[str, str]]
    people: list[Person]
    first_matches: list[RoleCount]  # every role, most chosen first
    unmatched: list[RoleCount]
    profile: list[DimStat]
    ties: int
    unclear: int  # results with no clear preference (UNCLEAR_NOTES), counted or not
    top: list[RoleTop] = field(default_factory=list)  # most often in a top 3 first
    only_clear: bool = False  # the figures leave unclear results out
    counted: int = 0  # results the figures count
    not_clear: int = 0  # results that are not clear, counted or not
    firsts: int = 0  # first matches counted (a tie gives one to every role tied)
    firsts_not_clear: int = 0  # of them, from results that are not clear

    @property
    def size(self) -> int:
        return len(self.people)

    @property
    def left_out(self) -> int:
        """Unclear results left out of the figures (none unless only_clear)."""
        return self.size - self.counted

    @property
    def counted_not_clear(self) -> int:
        return self.counted - (self.size - self.not_clear)


@dataclass
class Report:
    title: str
    lang: str
    anonymized: bool
    groups: list[Group]
    skipped: list[Skipped]
    in_progress: int
    problems: list[str] = field(default_factory=list)
    only_clear: bool = False
    manifests: list[Manifest] = field(default_factory=list)  # where the content may be
    created: str = ""  # when the (first) workshop was prepared, as its manifest says

    @property
    def participants(self) -> int:
        return sum(g.size for g in self.groups)

    @property
    def days(self) -> tuple[date, date] | None:
        """The first and the last day a quiz of the report was finished, in this computer's
        time zone; None when no result says when."""
        found = [d for g in self.groups for p in g.people
                 if (d := local_day(p.finished_at)) is not None]
        return (min(found), max(found)) if found else None


def age_line(report: Report, today: date | None = None) -> str | None:
    """The workshop's date and how old its oldest result is ("Workshop of 2 March 2026;
    its oldest result is 12 days old"): what a counselor needs to decide when to delete
    the results (`rolequiz workshop close`). None without a workshop."""
    from rolequiz.i18n import date_words, plural

    created = local_day(report.created)
    if created is None:
        return None
    when = date_words(created, report.lang)
    days = report.days
    if days is None:
        return t("report.workshop_of", report.lang, date=when)
    age = max(0, ((today or _today()) - days[0]).days)
    if age == 0:
        return t("report.age_today", report.lang, date=when)
    return plural(age, report.lang, "report.age", date=when)


def _today() -> date:
    return date.today()


def local_day(when: str) -> date | None:
    """The day of a result's time ("2026-12-02T09:30:00Z") in this computer's time zone;
    None for a missing or malformed time."""
    try:
        return datetime.fromisoformat(when.replace("Z", "+00:00")).astimezone().date()
    except (ValueError, OverflowError, OSError):
        return None


def local_time(when: str, lang: str) -> str:
    """A result's time (UTC, ISO 8601) as the counselor reads it: in this computer's time
    zone, with its offset from UTC, "2 Dec 2026 14:05 (UTC+1)" or "2 déc. 2026 14:05
    (UTC+1)". A time no one can read comes back as written ("" when there is none); a time
    without a zone is taken as UTC, as results write it."""
    try:
        moment = datetime.fromisoformat(when.replace("Z", "+00:00"))
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=timezone.utc)
        moment = moment.astimezone()
        offset = moment.utcoffset()
    except (ValueError, OverflowError, OSError):
        return when
    minutes = round(offset.total_seconds() / 60) if offset is not None else 0
    hours, rest = divmod(abs(minutes), 60)
    zone = "UTC" if not minutes else (f"UTC{'+' if minutes > 0 else '-'}{hours}"
                                      + (f":{rest:02d}" if rest else ""))
    day = t("date.first_day", lang) if moment.day == 1 else str(moment.day)
    month = t("report.months_short", lang).split()[moment.month - 1]
    return t("report.time", lang, day=day, month=month, year=moment.year,
             time=clock_words(moment, lang), zone=zone)


def is_clear(notes: tuple[str, ...]) -> bool:
    """True when no note casts doubt on the ranking (content/models.py, Result.clear)."""
    return not notes or all(map(INFO_NOTES.__contains__, notes))


def doubts(notes: tuple[str, ...]) -> tuple[str, ...]:
    """The notes that make a result unclear, in the result's order."""
    return tuple(n for n in notes if n not in INFO_NOTES)


def doubt_words(notes: tuple[str, ...], lang: str) -> str:
    """Why a result is unclear, in a few words: "few answers, no preference" ("" for a
    clear one). Raw text from a file when a code is unknown: clean it."""
    return ", ".join(t(DOUBT_WORDS[c], lang) if c in DOUBT_WORDS else c for c in doubts(notes))


@lru_cache(maxsize=256)  # a few combinations of notes, over thousands of participants
def clear_mark(notes: tuple[str, ...], lang: str) -> str:
    """Whether a result is clear, and why not: "clear", "unclear: few answers, no
    preference"."""
    why = doubt_words(notes, lang)
    return t("report.not_clear", lang, why=why) if why else t("report.clear", lang)


def content_id(key: tuple[str, str]) -> str:
    return f"{key[0][:8]}-{key[1][:8]}"


class _Names:
    """Role and dimension names for one content, in the report's language."""

    def __init__(self, roles: list[tuple[str, str]], dims: list[tuple[str, str]]):
        self.roles = roles
        self.dims = dims


_NAMES_CACHE: dict[tuple[tuple[str, str], str, tuple[str, ...]], _Names | None] = {}


def _names_from_content(key: tuple[str, str], manifests: list[Manifest], lang: str
                        ) -> _Names | None:
    """Names from the workshop's manifest, else from its content copy or the built-in
    content, when their digests are the ones the results were made with."""
    for m in manifests:
        if m.content_key == key:
            names = _names_from_manifest(m.names, lang)
            if names is not None:
                return names
    cache_key = (key, lang, tuple(str(m.folder) for m in manifests))
    if cache_key in _NAMES_CACHE:
        return _NAMES_CACHE[cache_key]
    c = matching_content(key, manifests)
    found = None if c is None else _Names(
        [(r.id, r.name.get(lang)) for r in c.roles.roles],
        [(d.id, d.name.get(lang)) for d in c.questions.dimensions])
    _NAMES_CACHE[cache_key] = found
    return found


def matching_content(key: tuple[str, str], manifests: list[Manifest]) -> Content | None:
    """The content the results of `key` were made with: the workshop's copy, else the
    built-in content, when their digests are these; None when neither is."""
    from rolequiz.base.errors import RolequizError
    from rolequiz.content.load import default_paths, load_content

    candidates = [(m.questions_file, m.roles_file) for m in manifests if m.content_key == key]
    candidates.append(default_paths())
    for qpath, rpath in candidates:
        try:
            if (_digest(qpath), _digest(rpath)) != key:
                continue
            return load_content(qpath, rpath)
        except (OSError, RolequizError):
            continue
    return None


def _names_from_manifest(data: Any, lang: str) -> _Names | None:
    """The names `workshop init` wrote; None when they are missing or malformed."""
    from types import MappingProxyType

    from rolequiz.content.models import Text

    try:
        out = []
        for kind in ("roles", "dimensions"):
            items = []
            for item in data[kind]:
                rid, values = item["id"], item["name"]
                if type(rid) is not str or type(values) is not dict or not values or not all(
                        type(k) is str and type(v) is str for k, v in values.items()):
                    return None
                items.append((rid, Text(MappingProxyType(values)).get(lang)))
            out.append(items)
        return _Names(out[0], out[1])
    except (KeyError, TypeError):
        return None


def _digest(path) -> str:
    from rolequiz.content import yamlsafe

    return hashlib.sha256(yamlsafe.read_text(path).encode("utf-8")).hexdigest()[:16]


def _names_from_results(entries: list[Entry]) -> _Names:
    roles: dict[str, str] = {}
    dims: dict[str, str] = {}
    for e in entries:
        for rid, name, _, _ in e.matches:
            roles.setdefault(rid, name)
        for d in e.profile_keys:
            dims.setdefault(d, d)
    return _Names(sorted(roles.items()), list(dims.items()))


def build(col: Collection, lang: str = "en", *, anonymize: bool = False,
          content: str | None = None, title: str | None = None,
          only_clear: bool = False) -> Report:
    """Aggregate the results of a collection, one group per content they were made with.
    `only_clear`: the group figures leave out the results that are not clear (every
    participant is still listed)."""
    with no_gc():
        return _build(col, lang, anonymize, content, title, only_clear)


def _build(col: Collection, lang: str, anonymize: bool, content: str | None,
           title: str | None, only_clear: bool = False) -> Report:
    by_key: dict[tuple[str, str], list[Entry]] = {}
    for e in col.entries:
        by_key.setdefault(e.content, []).append(e)
    pinned = {m.content_key for m in col.manifests}
    if content:
        wanted = content.strip().lower()
        keys = [k for k in by_key if content_id(k).startswith(wanted)
                or k[0].startswith(wanted)]
        if not keys:
            known = ", ".join(sorted(content_id(k) for k in by_key)) or "-"
            raise UsageError(t("report.no_such_content", lang, content=content, known=known))
        by_key = {k: by_key[k] for k in keys}
    order = sorted(by_key, key=lambda k: (k not in pinned, -len(by_key[k]), k))
    groups = [_group(k, by_key[k], k in pinned, col.manifests, lang, anonymize, only_clear)
              for k in order]
    if not groups and pinned and not content:
        key = sorted(pinned)[0]
        groups = [_group(key, [], True, col.manifests, lang, anonymize, only_clear)]
    if title is None:
        titles = [m.title for m in col.manifests if m.title]
        title = " + ".join(dict.fromkeys(titles)) if titles else t("report.title", lang)
    created = min((m.created for m in col.manifests if m.created), default="")
    return Report(title=title, lang=lang, anonymized=anonymize, groups=groups,
                  skipped=col.skipped, in_progress=col.in_progress,
                  problems=list(col.problems), only_clear=only_clear,
                  manifests=list(col.manifests), created=created)


def _group(key, entries: list[Entry], pinned: bool, manifests, lang: str,
           anonymize: bool, only_clear: bool = False) -> Group:
    names = _names_from_content(key, manifests, lang) or _names_from_results(entries)
    role_name = dict(names.roles)
    known = set(role_name)
    # every result of one content and language shares one dict of role names, holding
    # every role those results rank: when the content knows them all, no result needs a look
    shared = {id(n): n for n in map(_ROLE_NAMES, entries)}.values()
    for e in () if all(map(known.issuperset, shared)) else entries:
        if not known.issuperset(e.roles):  # a role the content does not know (unlikely)
            for rid, name, _, _ in e.matches:
                if rid not in role_name:
                    role_name[rid] = name
                    names.roles.append((rid, name))
                    known.add(rid)
    # what each combination of notes says, worked out once for the few there are; then
    # C-level passes over the thousands of results
    notes = list(map(_NOTES, entries))
    kinds = {n: is_clear(n) for n in set(notes)}
    flags = list(map(kinds.__getitem__, notes))
    clear = list(compress(entries, flags))
    doubtful = list(compress(entries, map(operator.not_, flags)))  # not clear
    no_preference = {n: not UNCLEAR_NOTES.isdisjoint(n) for n in kinds}
    unclear = sum(map(no_preference.__getitem__, map(_NOTES, doubtful)))
    not_clear = len(doubtful)
    if only_clear:
        counted, doubtful = clear, []  # none of them counted
    else:
        counted = entries
    # C-level counting over thousands of results: the roles ranked first (every role of a
    # tie), and the roles ranked in the top 3 (a tie for third place counts for each)
    firsts_doubt = Counter(chain.from_iterable(map(_FIRSTS, doubtful)))
    tops_doubt = Counter(chain.from_iterable(map(_top_roles, doubtful)))
    firsts = Counter(chain.from_iterable(map(_FIRSTS, clear)))
    tops = Counter(chain.from_iterable(map(_top_roles, clear)))
    firsts.update(firsts_doubt)
    tops.update(tops_doubt)
    ties = sum(map((1).__lt__, map(len, map(_FIRSTS, counted))))
    counts = {r: firsts[r] for r in role_name}
    dim_ids = [d for d, _ in names.dims]
    values: dict[str, list[float]] = {d: [] for d in dim_ids}
    if dim_ids:
        order = tuple(dim_ids)
        rows = []
        for e in counted:
            if e.profile_keys == order:  # the usual case: same content, same order
                rows.append(e.profile_values)
            else:
                prof = e.profile
                rows.append(tuple(prof.get(d) for d in dim_ids))
        for d, column in zip(dim_ids, zip(*rows, strict=True), strict=False):
            values[d] = list(compress(column, map(operator.is_not, column, repeat(None))))
    first_matches = sorted((RoleCount(r, role_name[r], n, firsts_doubt[r])
                            for r, n in counts.items()),
                           key=lambda rc: (-rc.count, rc.name.casefold(), rc.role))
    unmatched = [rc for rc in first_matches if rc.count == 0]
    top = sorted((RoleTop(r, role_name[r], counts[r], firsts_doubt[r], tops[r], tops_doubt[r])
                  for r in role_name),
                 key=lambda rt: (-rt.top, -rt.first, rt.name.casefold(), rt.role))
    profile = [_stat(d, name, values[d]) for d, name in names.dims]
    people = sorted(entries, key=lambda e: (sort_key(e.label), e.code or "", e.path))
    if anonymize:
        persons = [Person(e.code or t("report.anon", lang, n=i), e, role_name, True)
                   for i, e in enumerate(people, start=1)]
        # codes as they are spelled (a code is no name: "k23abc" before "k3mnpq"), the
        # results without one after them in number order (#2 before #10)
        persons.sort(key=lambda p: (p.code is not None, p.code or "", sort_key(p.label)))
    else:
        persons = [Person(e.label, e, role_name, False) for e in people]
    _tell_apart(persons)
    return Group(
        content_id=content_id(key),
        content=key,
        pinned=pinned,
        roles=names.roles,
        dimensions=names.dims,
        people=persons,
        first_matches=first_matches,
        unmatched=unmatched,
        profile=profile,
        ties=ties,
        unclear=unclear,
        top=top,
        only_clear=only_clear,
        counted=len(counted),
        not_clear=not_clear,
        firsts=sum(counts.values()),
        firsts_not_clear=sum(firsts_doubt.values()),
    )


_FIRSTS = operator.attrgetter("firsts")
_ROLE_NAMES = operator.attrgetter("names")
_NOTES = operator.attrgetter("notes")


def _top_roles(e: Entry) -> tuple[str, ...]:
    """The roles ranked in the top 3 of a result: the first TOP, and every role tied with
    the last of them (equal scores share a rank)."""
    scores = e.scores
    if len(scores) <= TOP or scores[TOP] != scores[TOP - 1]:
        return e.roles[:TOP]
    n = TOP + 1
    while n < len(scores) and scores[n] == scores[TOP - 1]:
        n += 1
    return e.roles[:n]


def _tell_apart(persons: list[Person]) -> None:
    """Two participants shown the same (two Zoé) get their code after the name, "Zoé
    (k3x9q2)", or their file when they have no code. Names that only look the same
    (composed or decomposed accents) count as the same."""
    shown = list(map(unicodedata.normalize, repeat("NFC"), [p.label for p in persons]))
    if len(set(shown)) == len(shown):  # the usual case, in one C-level pass
        return
    seen = Counter(shown)
    for p, label in zip(persons, shown, strict=True):
        if seen[label] > 1:
            p.label = f"{p.label} ({p.code or p._entry.path})"


def _stat(d: str, name: str, xs: list[float]) -> DimStat:
    if not xs:
        return DimStat(d, name, None, None, None, None, 0)
    n = len(xs)
    mean = math.fsum(xs) / n
    # E[x²] - mean², exactly summed: values are in [0, 1], no cancellation to fear
    sd = math.sqrt(max(0.0, math.fsum(map(operator.mul, xs, xs)) / n - mean * mean))
    return DimStat(d, name, round(mean, 3), round(sd, 3), min(xs), max(xs), len(xs))


def skip_reason(s: Skipped, lang: str) -> str:
    """Why one file was skipped, with its details."""
    if s.reason == "duplicate":
        return t("report.skip.duplicate", lang, first=s.detail)
    text = reason_label(s.reason, lang)
    if s.detail and s.reason not in ("empty",):
        text += f" ({skip_detail(s, lang)})"
    return text


def skip_detail(s: Skipped, lang: str) -> str:
    """The detail of a skipped file in `lang`: English as the reader wrote it; another
    language from its catalogue key (the system's reason through i18n/errors.py). A
    parser's message with no key stays as written: it names a value (NaN) or a place."""
    if lang == "en" or not s.key:
        return s.detail
    values = dict(s.values)
    if s.key == "os":
        from rolequiz.i18n.errors import reason

        return reason(s.detail, values.get("errno"), lang)
    return t(s.key, lang, **values)


def reason_label(reason: str, lang: str) -> str:
    """A reason code in words, without details (names no file: fit for an anonymized
    report)."""
    if reason == "duplicate":
        return t("report.skip.duplicate_anon", lang)
    return t("report.skip." + reason, lang) if reason in SKIP_REASONS else reason


# -- handouts: one page per student --------------------------------------------------------

@dataclass
class HandoutRole:
    role: str
    name: str
    rank: int
    score: float
    reasons: list[tuple[str, str]]  # (kind, text): "lift" or "gap", best first


@dataclass
class Handout:
    """What one student's printed page says: their closest roles and why, their interests,
    whether the result is clear, the sources of the roles' cards (when the content is at
    hand). Every text comes from a file: clean it before display."""

    person: Person
    when: str  # local time, as the counselor reads it
    top: list[HandoutRole]
    interests: list[tuple[str, float | None]]  # (dimension, interest): highest first
    doubts: list[str]  # the result's own words on its doubts (when in the report's language)
    sources: list[dict[str, Any]]  # numbered as content.cards.merge_sources numbers them


def handouts(report: Report, keys: Any = None) -> list[Handout]:
    """One handout per participant, in the report's order. Each result is read again for
    what the report does not keep (the reasons, the notes' words), a sealed one opened with
    `keys` (group/seal.py); a result that can no longer be read gets its page with the
    report's figures alone."""
    out = []
    for g in report.groups:
        content = matching_content(g.content, report.manifests)
        dims = dict(g.dimensions)
        for p in g.people:
            out.append(_handout(p, g, content, dims, report.lang, keys))
    return out


def _handout(p: Person, g: Group, content: Content | None, dims: dict[str, str],
             lang: str, keys: Any = None) -> Handout:
    from rolequiz.base.errors import RolequizError

    try:
        saved = _saved(p._entry.path, keys).result
    except (OSError, RolequizError, ValueError):
        saved = None
    names = dict(g.roles)
    if saved is not None and saved.matches:
        same = saved.lang == lang
        top = [HandoutRole(m.role, names.get(m.role, m.name), m.rank, m.score,
                           [(r.kind, r.text if same else _reason(r, dims, lang))
                            for r in m.reasons])
               for m in saved.matches[:TOP]]
        said = [n.text for n in saved.notes if n.code not in INFO_NOTES] if same else []
    else:
        scores = [s for _, _, s in p.top]
        top = [HandoutRole(rid, name, scores.index(score) + 1, score, [])
               for rid, name, score in p.top]
        said = []
    order = {d: i for i, d in enumerate(dims)}
    profile = p.profile
    interests = [(dims.get(d, d), profile[d]) for d in sorted(
        profile, key=lambda d: (profile[d] is None, -(profile[d] or 0), order.get(d, len(order))))]
    sources: list[dict[str, Any]] = []
    if content is not None:
        from rolequiz.content.cards import card, merge_sources

        cards = []
        for r in top:
            try:
                cards.append(card(content, content.roles.role(r.role), lang))
            except KeyError:  # a role this content does not have (edited by hand)
                continue
        sources = merge_sources(cards)
    return Handout(p, local_time(p.finished_at, lang), top, interests, said, sources)


def _saved(path: str, keys: Any):
    """A result file read again: plain, or sealed and opened with `keys`. ValueError when
    a sealed one does not open."""
    from rolequiz.base.files import read_bounded
    from rolequiz.content.results import parse_result_text
    from rolequiz.group import seal
    from rolequiz.group.layout import MAX_RESULT_BYTES, SEALED_SUFFIX

    # a regular file only, bounded: the folder is shared, and a pipe swapped in since the
    # first read would block (base/files.read_bounded)
    raw = read_bounded(path, MAX_RESULT_BYTES)
    try:
        if path.lower().endswith(SEALED_SUFFIX):
            raw = seal.unseal(raw, keys)
        return parse_result_text(raw.decode("utf-8-sig"), path)
    except (seal.SealError, UnicodeDecodeError) as e:
        raise ValueError(str(e)) from None


def _reason(r: Any, dims: dict[str, str], lang: str) -> str:
    """A reason of a result taken in another language, said again in the report's language
    from its figures, as engine/scoring.py says it: a lift, a need the student does not
    seem to enjoy, or an interest the job uses little. Another kind keeps its words."""
    if r.kind == "lift":
        key = "scoring.lift"
    elif r.kind == "gap":
        key = "scoring.gap_need" if r.role > r.you else "scoring.gap_extra"
    else:
        return r.text
    return t(key, lang, dim=dims.get(r.dimension, r.dimension), you=percent(r.you),
             role=percent(r.role))


# -- JSON ------------------------------------------------------------------------------------


def to_dict(report: Report) -> dict[str, Any]:
    return {
        "schema": REPORT_SCHEMA,
        "title": report.title,
        "lang": report.lang,
        "anonymized": report.anonymized,
        "only_clear": report.only_clear,
        "participants": report.participants,
        "in_progress": report.in_progress,
        "groups": [
            {
                "content": {"id": g.content_id, "questions": g.content[0],
                            "roles": g.content[1]},
                "workshop_content": g.pinned,
                "participants": g.size,
                "first_matches": [{"role": r.role, "name": r.name, "count": r.count,
                                   "not_clear": r.not_clear}
                                  for r in g.first_matches],
                "ties": g.ties,
                "unclear": g.unclear,
                "not_clear": g.not_clear,
                "counted": g.counted,
                "left_out": g.left_out,
                "top3": [{"role": r.role, "name": r.name, "first": r.first,
                          "first_not_clear": r.first_not_clear, "top3": r.top,
                          "top3_not_clear": r.top_not_clear}
                         for r in g.top],
                "unmatched": [r.role for r in g.unmatched],
                "profile": [
                    {"dimension": s.dimension, "name": s.name, "mean": s.mean, "sd": s.sd,
                     "min": s.low, "max": s.high, "known": s.known}
                    for s in g.profile
                ],
                "people": [
                    {"label": p.label, "name": p.name, "code": p.code,
                     "finished_at": p.finished_at, "answered": p.answered, "total": p.total,
                     "notes": list(p.notes), "clear": p.clear,
                     "top": [{"role": r, "name": n, "score": s} for r, n, s in p.top],
                     "scores": p.scores, "profile": p.profile, "file": p.path}
                    for p in g.people
                ],
            }
            for g in report.groups
        ],
        "skipped": [{"file": None if report.anonymized else s.path, "reason": s.reason,
                     "detail": None if report.anonymized else (s.detail or None)}
                    for s in report.skipped],
        "problems": report.problems,
    }


def to_json(report: Report) -> str:
    return json.dumps(to_dict(report), ensure_ascii=False, indent=2) + "\n"


# -- text every document of the report shares -----------------------------------------


def firsts_text(g: Group, lang: str) -> str:
    """What the first matches count: "12 first matches, 3 of them unclear."."""
    figure = plural(g.firsts, lang, "report.firsts")
    if g.only_clear:
        return t("report.figure_clear_only", lang, figure=figure)
    return t("report.figure_with_unclear", lang, figure=figure,
             unclear=_of_them_unclear(g.firsts_not_clear, lang))


def _of_them_unclear(n: int, lang: str) -> str:
    """How many of a figure's results are unclear: "3 of them unclear", « dont aucun
    incertain » when none is."""
    if n == 0:
        return t("report.none_unclear", lang)
    return plural(n, lang, "report.of_them_unclear")


def averages_text(g: Group, lang: str) -> str:
    """What the average interests are over: "Averages over 6 results, 4 of them unclear."."""
    figure = plural(g.counted, lang, "report.results")
    if g.only_clear:
        return t("report.averages_clear_only", lang, figure=figure)
    return t("report.averages_with_unclear", lang, figure=figure,
             unclear=_of_them_unclear(g.counted_not_clear, lang))


def left_out_text(g: Group, lang: str) -> str | None:
    """With --only-clear, what was left out of the figures; None without it."""
    return plural(g.left_out, lang, "report.left_out") if g.only_clear else None


def percent_text(x: float | None, lang: str) -> str:
    return t("report.unknown", lang) if x is None else f"{round(x * 100)}"


def spread_text(x: float | None, lang: str) -> str:
    """A standard deviation as "±36", or "unknown" alone (no "±unknown")."""
    return t("report.unknown", lang) if x is None else "±" + percent_text(x, lang)


def range_text(s: DimStat, lang: str) -> str:
    if s.low is None or s.high is None:
        return t("report.unknown", lang)
    return f"{round(s.low * 100)}–{round(s.high * 100)}"


def skipped_lines(report: Report, esc) -> list[str]:
    if not report.skipped and not report.problems:
        return []
    lang = report.lang
    lines = [f"### {t('report.skipped', lang, n=len(report.skipped))}", ""]
    lines += [f"- {esc(p)}" for p in report.problems]
    colon = t("punct.colon", lang)
    for reason, items in skipped_by_reason(report):
        if report.anonymized:  # file names may be students' names
            lines.append(f"- {esc(reason_label(reason, lang))}{colon}{len(items)}")
        else:
            lines += [f"- {esc(s.path)}{colon}{esc(skip_reason(s, lang))}" for s in items]
    lines.append("")
    return lines


def skipped_by_reason(report: Report) -> list[tuple[str, list[Skipped]]]:
    by: dict[str, list[Skipped]] = {}
    for s in report.skipped:
        by.setdefault(s.reason, []).append(s)
    return sorted(by.items())
