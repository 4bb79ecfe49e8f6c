"""Small, fixed content for the quiz and results tests (independent of the default files).

Six questions over three dimensions, four roles: one with every fact and list, one with a
long name, one whose name looks like rich markup, one with nothing but a profile.
"""

from __future__ import annotations

from pathlib import Path

QUESTIONS = """\
schema: rolequiz.questions/1
title: {fr: "Quel métier pour toi ?", en: "Which job for you?"}
scale:
  - {value: 1, label: {fr: "Pas du tout", en: "Not at all"}}
  - {value: 2, label: {fr: "Plutôt pas", en: "Not really"}}
  - {value: 3, label: {fr: "Sans avis", en: "Not sure"}}
  - {value: 4, label: {fr: "Plutôt oui", en: "Rather yes"}}
  - {value: 5, label: {fr: "Tout à fait", en: "Very much"}}
dimensions:
  - {id: data, name: {fr: "Explorer les données", en: "Exploring data"}}
  - {id: hardware, name: {fr: "Systèmes physiques", en: "Physical systems"}}
  - {id: people, name: {fr: "Expliquer et partager", en: "Explaining & sharing"}}
questions:
  - id: explore-table
    text: {fr: "Explorer un grand tableau de chiffres", en: "Explore a big table of figures"}
    weights: {data: 1}
  - id: solder-board
    text: {fr: "Souder une carte électronique", en: "Solder an electronic board"}
    weights: {hardware: 1}
  - id: present-results
    text: {fr: "Présenter des résultats à un groupe", en: "Present results to a group"}
    weights: {people: 1}
  - id: build-robot
    text: {fr: "Construire un petit robot", en: "Build a small robot"}
    weights: {hardware: 0.8, data: -0.2}
  - id: draw-charts
    text: {fr: "Tracer des graphiques clairs", en: "Draw clear charts"}
    weights: {data: 0.7, people: 0.5}
  - id: teach-others
    text: {fr: "Expliquer un outil à des collègues", en: "Teach colleagues a tool"}
    weights: {people: 1}
"""

ROLES = """\
schema: rolequiz.roles/1
sources:
  - {id: guide, title: {fr: "Un guide", en: "A guide"}, file: guide.txt}
roles:
  - id: analyst
    name: {fr: "Analyste de données", en: "Data Analyst"}
    profile: {data: 1.0, people: 0.8}
    skills:
      - {fr: "SQL", en: "SQL"}
      - {fr: "Visualisation", en: "Visualisation"}
      - fr: "Expliquer des chiffres à des non-spécialistes"
        en: "Explaining figures to non-specialists"
      - {fr: "Statistiques de base", en: "Basic statistics"}
      - {fr: "Tableurs", en: "Spreadsheets"}
    tools: ["Excel", "SQL", "Power BI"]
    deliverables:
      - {fr: "Tableaux de bord", en: "Dashboards"}
      - {fr: "Rapports", en: "Reports"}
    facts:
      salary:
        value: {fr: "35 000 – 45 000 € brut par an", en: "35 000 – 45 000 € gross a year"}
        source: guide
      remote: {value: {fr: "Souvent possible", en: "Often possible"}, source: guide}
      stress: {value: {fr: "Modéré", en: "Moderate"}, source: guide}
      outlook: {value: {fr: "Bons débouchés", en: "Good prospects"}, source: guide}
  - id: embedded
    name:
      fr: "Ingénieur·e systèmes embarqués et objets connectés"
      en: "Embedded Systems and Connected Devices Engineer"
    profile: {hardware: 1.0, data: 0.3}
    tools: ["C", "Oscilloscope"]
    facts:
      salary:
        value: {fr: "40 000 – 60 000 € par an", en: "40 000 – 60 000 € a year"}
        source: guide
  - id: trainer
    name: {fr: "[bold]Formateur[/]", en: "[bold]Trainer[/]"}
    profile: {people: 1.0, data: 0.4}
    deliverables:
      - {fr: "Supports de cours", en: "Course materials"}
  - id: maker
    name: {fr: "Fabricant", en: "Maker"}
    profile: {hardware: 0.7, people: 0.2}
"""

# by position in the file
QUESTION_IDS = ["explore-table", "solder-board", "present-results", "build-robot",
                "draw-charts", "teach-others"]


def write_content(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    q, r = folder / "questions.yaml", folder / "roles.yaml"
    q.write_text(QUESTIONS, encoding="utf-8")
    r.write_text(ROLES, encoding="utf-8")
    return {"questions": q, "roles": r}


def write_answers(path: Path, answers: dict[str, int]) -> Path:
    lines = ["schema: rolequiz.answers/1", "answers:"]
    lines += [f"  {k}: {v}" for k, v in answers.items()]
    if not answers:
        lines[-1] = "answers: {}"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
