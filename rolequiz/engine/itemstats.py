"""How the questions behave with real students: item-total correlations and Cronbach's alpha.

Given the answers of a group (one mapping question id -> value per student, all made with
the questions given), each question is read on its *own dimension*, the one it weighs on
most (on a tie, the first by id); a question that weighs negatively on it (reverse-keyed)
is read mirrored (low + high - answer), so that agreeing counts the same way everywhere.

- A question's *corrected item-total correlation* is the Pearson correlation, over the
  students who answered it and at least one other question of its dimension, between its
  answer and the mean of the other questions of that dimension they answered. A question
  that measures what its neighbours measure correlates clearly; under 0.2 it is suspect.
- A dimension's *Cronbach's alpha*, over the students who answered all of its questions,
  is k / (k - 1) * (1 - sum of the questions' variances / variance of their sum): how
  consistently its k questions measure one thing. Under 0.6 it is questionable.

Under 10 students nothing is judged. Sources of the thresholds: docs/scoring.md.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from rolequiz.content.models import Question, QuestionSet

MIN_STUDENTS = 10  # fewer: too few to tell
MIN_ITEM_TOTAL = 0.2
MIN_ALPHA = 0.6


@dataclass(frozen=True)
class ItemFigure:
    item: str
    dimension: str
    reversed: bool  # read mirrored: it weighs negatively on its dimension
    students: int  # the students its correlation is taken over
    r: float | None  # None: fewer than 2 such students, no spread, or alone in its dimension

    @property
    def flagged(self) -> bool:
        return self.r is not None and self.students >= MIN_STUDENTS and self.r < MIN_ITEM_TOTAL


@dataclass(frozen=True)
class DimensionFigure:
    dimension: str
    items: int
    students: int  # the students who answered all of its questions
    alpha: float | None  # None: fewer than 2 questions or students, or no spread at all

    @property
    def flagged(self) -> bool:
        return (self.alpha is not None and self.students >= MIN_STUDENTS
                and self.alpha < MIN_ALPHA)


@dataclass(frozen=True)
class Reliability:
    students: int  # answer sets made with these questions
    other_content: int  # answer sets left out: unknown question ids or values off the scale
    items: tuple[ItemFigure, ...]  # in the order of the questions file
    dimensions: tuple[DimensionFigure, ...]  # in the order of the questions file

    @property
    def enough(self) -> bool:
        return self.students >= MIN_STUDENTS

    @property
    def ok(self) -> bool:
        """No flagged question or dimension (too few students: nothing can be judged)."""
        return not any(i.flagged for i in self.items) and not any(
            d.flagged for d in self.dimensions)


def own_dimension(question: Question) -> tuple[str, bool]:
    """The dimension the question weighs on most (a tie: the first by id), and whether it
    weighs negatively on it."""
    d = min(question.weights, key=lambda k: (-abs(question.weights[k]), k))
    return d, question.weights[d] < 0


def _mean(xs: Sequence[float]) -> float:
    return math.fsum(xs) / len(xs)


def _variance(xs: Sequence[float]) -> float:
    """Sample variance (n - 1); 0 for fewer than two values."""
    if len(xs) < 2:
        return 0.0
    m = _mean(xs)
    return math.fsum((x - m) ** 2 for x in xs) / (len(xs) - 1)


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """The correlation of two equally long series; None when either has no spread."""
    if len(xs) != len(ys):
        raise ValueError("series of different lengths")
    if len(xs) < 2:
        return None
    mx, my = _mean(xs), _mean(ys)
    sxy = math.fsum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sxx = math.fsum((x - mx) ** 2 for x in xs)
    syy = math.fsum((y - my) ** 2 for y in ys)
    if sxx <= 0 or syy <= 0:
        return None
    return max(-1.0, min(1.0, sxy / math.sqrt(sxx * syy)))


def cronbach_alpha(rows: Sequence[Sequence[float]]) -> float | None:
    """Cronbach's alpha of a table of students (rows) by questions (columns), every cell
    answered. None with fewer than two questions or students, or when the totals do not
    vary. At most 1 (rounding aside, held there); no lower limit."""
    if len(rows) < 2:
        return None
    k = len(rows[0])
    if any(len(r) != k for r in rows):
        raise ValueError("every row needs one value per question")
    if k < 2:
        return None
    columns = list(zip(*rows, strict=True))
    total_var = _variance([math.fsum(r) for r in rows])
    if total_var <= 0:
        return None
    item_var = math.fsum(_variance(c) for c in columns)
    return min(1.0, k / (k - 1) * (1.0 - item_var / total_var))


def reliability(questions: QuestionSet, answer_sets: Iterable[Mapping[str, int]]
                ) -> Reliability:
    """Item-total correlations and alphas over the answer sets made with these questions;
    the others (an unknown question id, a value off the scale) are counted and left out."""
    known = {q.id for q in questions.questions}
    scale = questions.scale
    values, flip = set(scale.values), scale.low + scale.high
    students: list[Mapping[str, int]] = []
    other = 0
    for answers in answer_sets:
        if all(k in known and v in values for k, v in answers.items()):
            students.append(answers)
        else:
            other += 1
    by_dim: dict[str, list[tuple[str, bool]]] = {d.id: [] for d in questions.dimensions}
    for q in questions.questions:
        d, rev = own_dimension(q)
        by_dim[d].append((q.id, rev))

    def read(answers: Mapping[str, int], qid: str, rev: bool) -> float | None:
        v = answers.get(qid)
        return None if v is None else float(flip - v if rev else v)

    items: dict[str, ItemFigure] = {}
    dims = []
    for d in questions.dimensions:
        members = by_dim[d.id]
        for qid, rev in members:
            xs, ys = [], []
            for answers in students:
                x = read(answers, qid, rev)
                if x is None:
                    continue
                others = [y for oid, orev in members if oid != qid
                          if (y := read(answers, oid, orev)) is not None]
                if others:
                    xs.append(x)
                    ys.append(_mean(others))
            items[qid] = ItemFigure(qid, d.id, rev, len(xs), pearson(xs, ys))
        rows = []
        for answers in students:
            row = [read(answers, qid, rev) for qid, rev in members]
            if row and all(x is not None for x in row):
                rows.append(row)
        dims.append(DimensionFigure(d.id, len(members), len(rows),
                                    cronbach_alpha(rows) if len(members) >= 2 else None))
    return Reliability(len(students), other,
                       tuple(items[q.id] for q in questions.questions), tuple(dims))
