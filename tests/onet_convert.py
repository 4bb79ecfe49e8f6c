"""Convert the O*NET interest data (tests/data/onet/) into rolequiz content files.

60 Interest Profiler items become questions, each weighing 1.0 on its RIASEC area; the
occupations (308 in the tests' copy) become roles whose profile is the 1-7 interest score
rescaled to [0, 1]. Used by the tests; the converted files are written to a temporary
folder, never into the project.
"""

from __future__ import annotations

import csv
from pathlib import Path

import yaml

AREAS = ("realistic", "investigative", "artistic", "social", "enterprising", "conventional")
LETTERS = {a[0].upper(): a for a in AREAS}
SCALE = ("Strongly dislike", "Dislike", "Unsure", "Like", "Strongly like")


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def occupations(onet_dir: Path) -> list[dict[str, str]]:
    return _rows(onet_dir / "occupation_interests.tsv")


def role_id(code: str) -> str:
    return "onet-" + code.replace(".", "-")


def convert(onet_dir: Path, out_dir: Path) -> tuple[Path, Path]:
    items = _rows(onet_dir / "interest_profiler_items.tsv")
    questions = {
        "schema": "rolequiz.questions/1",
        "title": "O*NET Interest Profiler (short form)",
        "scale": [{"value": i + 1, "label": label} for i, label in enumerate(SCALE)],
        "dimensions": [{"id": a, "name": a.capitalize()} for a in AREAS],
        "questions": [
            {"id": f"item-{int(r['item']):02d}", "text": r["text"], "weights": {r["area"]: 1.0}}
            for r in items
        ],
    }
    roles = {
        "schema": "rolequiz.roles/1",
        "roles": [
            {
                "id": role_id(r["onet_soc_code"]),
                "name": r["title"],
                "profile": {a: round((float(r[a]) - 1) / 6, 4) for a in AREAS},
            }
            for r in occupations(onet_dir)
        ],
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    qpath, rpath = out_dir / "questions.yaml", out_dir / "roles.yaml"
    for path, data in ((qpath, questions), (rpath, roles)):
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                        encoding="utf-8")
    return qpath, rpath
