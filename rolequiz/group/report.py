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
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from rolequiz.base.errors import UsageError
from rolequiz.group.manifest import Manifest
from rolequiz.group.reader import Collection, Entry, Skipped, no_gc
from rolequiz.i18n import t

REPORT_SCHEMA = "rolequiz.report/1"
TOP = 3

# The codes of the reasons a file is skipped (group/reader.py): each has a message,
# "report.skip.<code>".
SKIP_REASONS = ("unreadable", "empty", "too-big", "not-json", "not-a-result", "damaged",
                "duplicate")
# The notes of a result whose screen says that no role stands out (views/terminal/results.py):
# such a result has no clear preference.
UNCLEAR_NOTES = frozenset({"no_answers", "no_preference", "unclear_interests"})


# -- the report as data --------------------------------------------------------------------


@dataclass
class RoleCount:
    role: str
    name: str
    count: int


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
    unclear: int

    @property
    def size(self) -> int:
        return len(self.people)


@dataclass
class Report:
    title: str
    lang: str
    anonymized: bool
    groups: list[Group]
    skipped: list[Skipped]
    in_progress: int
    problems: list[str] = field(default_factory=list)

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


def local_day(when: str) -> date | None:
    """The day of a result's time ("2026-12-02T09:30:00Z") in this computer's time zone;
    None for a missing or malformed time."""
    try:
        return datetime.fromisoformat(when.replace("Z", "+00:00")).astimezone().date()
    except (ValueError, OverflowError, OSError):
        return None


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
    from rolequiz.base.errors import RolequizError
    from rolequiz.content.load import default_paths, load_content

    candidates = [(m.questions_file, m.roles_file) for m in manifests if m.content_key == key]
    candidates.append(default_paths())
    found = None
    for qpath, rpath in candidates:
        try:
            if (_digest(qpath), _digest(rpath)) != key:
                continue
            c = load_content(qpath, rpath)
        except (OSError, RolequizError):
            continue
        found = _Names([(r.id, r.name.get(lang)) for r in c.roles.roles],
                       [(d.id, d.name.get(lang)) for d in c.questions.dimensions])
        break
    _NAMES_CACHE[cache_key] = found
    return found


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
          content: str | None = None, title: str | None = None) -> Report:
    """Aggregate the results of a collection, one group per content they were made with."""
    with no_gc():
        return _build(col, lang, anonymize, content, title)


def _build(col: Collection, lang: str, anonymize: bool, content: str | None,
           title: str | None) -> Report:
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
    groups = [_group(k, by_key[k], k in pinned, col.manifests, lang, anonymize) for k in order]
    if not groups and pinned and not content:
        key = sorted(pinned)[0]
        groups = [_group(key, [], True, col.manifests, lang, anonymize)]
    if title is None:
        titles = [m.title for m in col.manifests if m.title]
        title = " + ".join(dict.fromkeys(titles)) if titles else t("report.title", lang)
    return Report(title=title, lang=lang, anonymized=anonymize, groups=groups,
                  skipped=col.skipped, in_progress=col.in_progress,
                  problems=list(col.problems))


def _group(key, entries: list[Entry], pinned: bool, manifests, lang: str,
           anonymize: bool) -> Group:
    names = _names_from_content(key, manifests, lang) or _names_from_results(entries)
    role_name = dict(names.roles)
    known = set(role_name)
    for e in entries:
        if not known.issuperset(e.roles):  # a role the content does not know (unlikely)
            for rid, name, _, _ in e.matches:
                if rid not in role_name:
                    role_name[rid] = name
                    names.roles.append((rid, name))
                    known.add(rid)
    counts = dict.fromkeys(role_name, 0)
    ties = unclear = 0
    for e in entries:
        firsts = e.firsts
        if len(firsts) == 1:
            counts[firsts[0]] += 1
        else:
            ties += len(firsts) > 1
            for rid in firsts:
                counts[rid] += 1
        if e.notes and not UNCLEAR_NOTES.isdisjoint(e.notes):
            unclear += 1
    dim_ids = [d for d, _ in names.dims]
    values: dict[str, list[float]] = {d: [] for d in dim_ids}
    if dim_ids:
        order = tuple(dim_ids)
        rows = []
        for e in entries:
            if e.profile_keys == order:  # the usual case: same content, same order
                rows.append(e.profile_values)
            else:
                prof = e.profile
                rows.append(tuple(prof.get(d) for d in dim_ids))
        for d, column in zip(dim_ids, zip(*rows, strict=True), strict=False):
            values[d] = [v for v in column if v is not None]
    first_matches = sorted((RoleCount(r, role_name[r], n) for r, n in counts.items()),
                           key=lambda rc: (-rc.count, rc.name.casefold(), rc.role))
    unmatched = [rc for rc in first_matches if rc.count == 0]
    profile = [_stat(d, name, values[d]) for d, name in names.dims]
    people = sorted(entries, key=lambda e: (e.label.casefold(), e.code or "", e.path))
    if anonymize:
        persons = [Person(e.code or t("report.anon", lang, n=i), e, role_name, True)
                   for i, e in enumerate(people, start=1)]
    else:
        persons = [Person(e.label, e, role_name, False) for e in people]
    if anonymize:
        persons.sort(key=lambda p: p.label)
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
    )


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
        text += f" ({s.detail})"
    return text


def reason_label(reason: str, lang: str) -> str:
    """A reason code in words, without details (names no file: fit for an anonymized
    report)."""
    if reason == "duplicate":
        return t("report.skip.duplicate_anon", lang)
    return t("report.skip." + reason, lang) if reason in SKIP_REASONS else reason


# -- JSON ------------------------------------------------------------------------------------


def to_dict(report: Report) -> dict[str, Any]:
    return {
        "schema": REPORT_SCHEMA,
        "title": report.title,
        "lang": report.lang,
        "anonymized": report.anonymized,
        "participants": report.participants,
        "in_progress": report.in_progress,
        "groups": [
            {
                "content": {"id": g.content_id, "questions": g.content[0],
                            "roles": g.content[1]},
                "workshop_content": g.pinned,
                "participants": g.size,
                "first_matches": [{"role": r.role, "name": r.name, "count": r.count}
                                  for r in g.first_matches],
                "ties": g.ties,
                "unclear": g.unclear,
                "unmatched": [r.role for r in g.unmatched],
                "profile": [
                    {"dimension": s.dimension, "name": s.name, "mean": s.mean, "sd": s.sd,
                     "min": s.low, "max": s.high, "known": s.known}
                    for s in g.profile
                ],
                "people": [
                    {"label": p.label, "name": p.name, "code": p.code,
                     "finished_at": p.finished_at, "answered": p.answered, "total": p.total,
                     "notes": list(p.notes),
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
    for reason, items in skipped_by_reason(report):
        if report.anonymized:  # file names may be students' names
            lines.append(f"- {esc(reason_label(reason, lang))}: {len(items)}")
        else:
            lines += [f"- {esc(s.path)}: {esc(skip_reason(s, lang))}" for s in items]
    lines.append("")
    return lines


def skipped_by_reason(report: Report) -> list[tuple[str, list[Skipped]]]:
    by: dict[str, list[Skipped]] = {}
    for s in report.skipped:
        by.setdefault(s.reason, []).append(s)
    return sorted(by.items())
