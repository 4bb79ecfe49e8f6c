"""What `rolequiz validate` prints: the content's summary, the simulated respondents'
figures against their targets, and the questions' figures on real answers. Plain text in
the language asked for (builds lines, never prints); every id from a file made safe."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rolequiz.base.textsafe import clean
from rolequiz.content.models import Content
from rolequiz.engine import itemstats, simulate, validity
from rolequiz.i18n import number, percent, plural, t

MAX_ROWS = 50  # role rows per table; beyond, the weakest are shown


@dataclass(frozen=True)
class Lowered:
    """A group given fewer respondents than usual because the content has many roles."""

    usual: int
    roles: int
    option: str  # the option that sets it


def pct(x: float, lang: str, spec: str = ".1f") -> str:
    """0.853 -> '85.3%' (French: '85,3 %', with a non-breaking space); a target, written
    with spec "g": 0.7 -> '70%'."""
    return percent(x, lang, spec)


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], right: set[int]) -> list[str]:
    """Columns two spaces apart, as wide as their widest cell; numbers (the columns in
    `right`) aligned right. A row may carry one more cell, a status, written as is."""
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    out = []
    for row in [header, *rows]:
        cells = [row[i].rjust(w) if i in right else row[i].ljust(w)
                 for i, w in enumerate(widths)]
        cells += row[len(header):]
        out.append("  ".join(cells).rstrip())
    return out


def _status(ok: bool, lang: str) -> str:
    return t("validate.ok_mark", lang) if ok else t("validate.below", lang)


def _lowered(low: Lowered | None, lang: str) -> str:
    if low is None:
        return ""
    return " " + t("validate.lowered", lang, usual=low.usual, roles=low.roles, option=low.option)


def _shown(rows: list, weakness, lang: str) -> tuple[list, list[str]]:
    """All rows, or for large content the MAX_ROWS weakest, in their order, and a line
    saying how many are left out."""
    if len(rows) <= MAX_ROWS:
        return rows, []
    keep = set(map(id, sorted(rows, key=weakness)[:MAX_ROWS]))
    shown = [r for r in rows if id(r) in keep]
    return shown, [plural(len(rows) - len(shown), lang, "validate.rows_hidden",
                          shown=len(shown))]


# -- the summary -------------------------------------------------------------------------


def summary(content: Content, lang: str, warnings: Sequence[object] = ()) -> list[str]:
    """What the content holds, and that it has no error (with how many warnings)."""
    qs, rs = content.questions, content.roles
    langs = ", ".join(sorted(content.languages)) or "-"
    return [
        t("validate.summary_questions", lang, path=clean(qs.path),
          dimensions=plural(len(qs.dimensions), lang, "validate.dimensions"),
          questions=plural(len(qs.questions), lang, "validate.questions"),
          low=qs.scale.low, high=qs.scale.high),
        t("validate.summary_roles", lang, path=clean(rs.path),
          roles=plural(len(rs.roles), lang, "validate.roles"),
          sources=plural(len(rs.sources), lang, "validate.sources")),
        t("validate.languages", lang, langs=clean(langs)),
        plural(len(warnings), lang, "validate.no_errors") if warnings
        else t("validate.no_problems", lang),
    ]


# -- ideal and noisy respondents ---------------------------------------------------------


def ideal_section(sim: simulate.Simulation, lang: str, lowered: Lowered | None = None
                  ) -> list[str]:
    out = ["", t("validate.sim_title", lang, seed=sim.seed)]
    if sim.respondents:
        out.append(plural(sim.respondents, lang, "validate.ideal_intro",
                          p=number(simulate.NOISE, lang, "g")) + _lowered(lowered, lang))
    else:
        out.append(t("validate.ideal_only", lang) + _lowered(lowered, lang))
    out += [
        t("validate.ideal_targets", lang, margin=number(simulate.MIN_MARGIN, lang, "g"),
          top1=pct(simulate.MIN_TOP1, lang, "g"), top3=pct(simulate.MIN_TOP3, lang, "g")),
        "",
    ]
    header = [t("validate.col_role", lang), t("validate.col_ideal", lang),
              t("validate.col_margin", lang), t("validate.col_runner_up", lang)]
    if sim.respondents:
        header += [t("validate.col_top_one", lang), t("validate.col_top_three", lang)]
    figures, hidden = _shown(list(sim.roles), lambda f: (f.ok, f.ideal_margin, f.top1), lang)
    rows = []
    for f in figures:
        row = [clean(f.role), t("cards.rank", lang, rank=f.ideal_rank),
               number(f.ideal_margin, lang), clean(f.runner_up)]
        if sim.respondents:
            row += [pct(f.top1, lang), pct(f.top3, lang)]
        rows.append([*row, _status(f.ok, lang)])
    out += _table(header, rows, right={2, 4, 5})
    out += hidden
    missing = sum(not f.ok for f in sim.roles)
    out.append("")
    out.append(plural(missing, lang, "validate.ideal_missed", total=len(sim.roles)) if missing
               else t("validate.ideal_all_ok", lang))
    return out


# -- undecided respondents ---------------------------------------------------------------


def undecided_section(groups: Sequence[validity.Undecided], content: Content, lang: str,
                      lowered: Lowered | None = None) -> list[str]:
    scale = content.questions.scale
    parts = []
    for g in groups:
        key = "validate.random_group" if g.kind == "random" else "validate.shrugging_group"
        parts.append(plural(g.respondents, lang, key, low=g.values[0], high=g.values[-1]))
    intro = t("validate.undecided_intro", lang, groups=t("validate.and", lang).join(parts))
    out = ["", intro + _lowered(lowered, lang)]
    if not any(g.kind == "shrugging" for g in groups):
        out.append(t("validate.no_shrugging", lang, low=scale.low, high=scale.high))
    out += [
        t("validate.undecided_targets", lang, clear=pct(validity.MAX_UNDECIDED_CLEAR, lang, "g"),
          magnet=pct(validity.MAX_MAGNET, lang, "g")),
        "",
    ]
    header = [t("validate.col_group", lang), t("validate.col_clear", lang),
              t("validate.col_magnet", lang)]
    rows = []
    for g in groups:
        name = t("validate.group_random" if g.kind == "random" else "validate.group_shrugging",
                 lang)
        magnet = (t("validate.magnet", lang, role=clean(g.magnet),
                    share=pct(g.magnet_share, lang)) if g.magnet else "-")
        rows.append([name, pct(g.clear, lang), magnet, _status(g.ok, lang)])
    return out + _table(header, rows, right={1})


# -- realistic respondents ---------------------------------------------------------------


def realistic_section(real: validity.Realistic, lang: str, lowered: Lowered | None = None
                      ) -> list[str]:
    out = [
        "",
        t("validate.realistic_intro", lang, n=real.per_role,
          spread=number(real.interest_spread, lang, ".2f"),
          noise=number(real.answer_noise, lang, ".2f")) + _lowered(lowered, lang),
        *([t("validate.realistic_sample", lang, n=len(real.roles), total=real.of_roles)]
          if real.of_roles else []),
        t("validate.realistic_targets", lang, top1=pct(validity.MIN_TOP1, lang, "g"),
          top3=pct(validity.MIN_TOP3, lang, "g"), clear=pct(validity.MIN_CLEAR, lang, "g")),
        "",
    ]
    header = [t("validate.col_role", lang), t("validate.col_top_one", lang),
              t("validate.col_top_three", lang), t("validate.col_clear", lang)]
    shown, hidden = _shown(list(real.roles), lambda r: (r.ok, r.top1, r.top3, r.clear), lang)
    rows = [[clean(r.role), pct(r.top1, lang), pct(r.top3, lang), pct(r.clear, lang),
             "" if r.ok else "*"] for r in shown]
    rows.append([t("validate.realistic_all", lang), pct(real.top1, lang), pct(real.top3, lang),
                 pct(real.clear, lang), _status(real.ok, lang)])
    out += _table(header, rows, right={1, 2, 3})
    out += hidden
    if not all(r.ok for r in real.roles):
        out.append(t("validate.realistic_weak", lang))
    return out


# -- pairs and items ---------------------------------------------------------------------


def pairs_section(sim: simulate.Simulation, content: Content, lang: str) -> list[str]:
    total = len(content.questions.questions)
    out = ["", t("validate.pairs_title", lang)]
    for p in sim.pairs:
        dims = ", ".join(t("validate.versus", lang, what=clean(d), a=number(a, lang, ".2f"),
                           b=number(b, lang, ".2f")) for d, a, b in p.separators)
        out.append(t("validate.pair", lang, a=clean(p.a), b=clean(p.b),
                     distance=number(p.distance, lang, ".2f"), dims=dims))
        if p.differing:
            items = ", ".join(t("validate.versus", lang, what=clean(q), a=a, b=b)
                              for q, a, b in p.items)
            out.append(plural(p.differing, lang, "validate.pair_items", total=total,
                              items=items))
        else:
            out.append(t("validate.pair_no_items", lang))
    if sim.dead_items:
        out.append(plural(len(sim.dead_items), lang, "validate.dead",
                          items=", ".join(map(clean, sim.dead_items))))
    elif len(content.roles.roles) >= 2:
        out.append(t("validate.dead_none", lang))
    return out


# -- real answers ------------------------------------------------------------------------


def reliability_section(rel: itemstats.Reliability, folder: str, lang: str,
                        files_skipped: int = 0, no_answers: int = 0) -> list[str]:
    out = ["", t("validate.results_title", lang, folder=clean(folder),
                 students=plural(rel.students, lang, "validate.students"))]
    if rel.other_content:
        out.append(plural(rel.other_content, lang, "validate.results_other_content"))
    if no_answers:
        out.append(plural(no_answers, lang, "validate.results_no_answers"))
    if files_skipped:
        out.append(plural(files_skipped, lang, "validate.results_files_skipped"))
    if not rel.enough:
        return [*out, t("validate.results_too_few", lang, n=itemstats.MIN_STUDENTS)]
    out += [t("validate.results_targets", lang, r=number(itemstats.MIN_ITEM_TOTAL, lang, ".1f"),
              alpha=number(itemstats.MIN_ALPHA, lang, ".1f")), ""]

    def fig(x: float | None) -> str:
        return "-" if x is None else number(x, lang, ".2f")

    def mark(flagged: bool, x: float | None, n: int) -> str:
        if flagged:
            return t("validate.below", lang)
        if x is None:
            return t("validate.cannot_tell", lang)
        return t("validate.too_few_here", lang) if n < itemstats.MIN_STUDENTS else ""

    header = [t("validate.col_dimension", lang), t("validate.col_questions", lang),
              t("validate.col_students", lang), t("validate.col_alpha", lang)]
    rows = [[clean(d.dimension), str(d.items), str(d.students), fig(d.alpha),
             mark(d.flagged, d.alpha, d.students)] for d in rel.dimensions]
    out += _table(header, rows, right={1, 2, 3})
    out.append("")
    header = [t("validate.col_question", lang), t("validate.col_dimension", lang),
              t("validate.col_students", lang), t("validate.col_r", lang)]
    rows = []
    for i in rel.items:
        name = t("validate.reversed", lang, item=clean(i.item)) if i.reversed else clean(i.item)
        rows.append([name, clean(i.dimension), str(i.students), fig(i.r),
                     mark(i.flagged, i.r, i.students)])
    out += _table(header, rows, right={2, 3})
    out += ["", t("validate.results_ok" if rel.ok else "validate.results_missed", lang)]
    return out


# -- the verdict -------------------------------------------------------------------------


def verdict(missed: Sequence[str], lang: str) -> list[str]:
    """`missed`: the parts whose targets were missed, among "ideal", "random", "shrugging",
    "realistic", "results"."""
    if not missed:
        return ["", t("validate.all_met", lang)]
    names = {"ideal": t("validate.part_ideal", lang), "random": t("validate.part_random", lang),
             "shrugging": t("validate.part_shrugging", lang),
             "realistic": t("validate.part_realistic", lang),
             "results": t("validate.part_results", lang)}
    return ["", t("validate.missed", lang, parts=", ".join(names[m] for m in missed))]
