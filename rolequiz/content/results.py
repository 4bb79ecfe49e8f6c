"""The result file (the JSON that `quiz --save` and `quiz --format json` write): the result
as that contract's data, and a saved result read back.

The file may come from another machine, another version of the content, or a text editor:
every field is checked, and a problem is a ContentError naming the file and the field.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rolequiz import __version__
from rolequiz.base import jsontext
from rolequiz.base.errors import ContentError, Problem
from rolequiz.base.later import later
from rolequiz.content.load import RESULT_SCHEMA
from rolequiz.content.models import Content, Match, Note, Reason, Result

# PyYAML only when a saved result is read back, never when one is written
yamlsafe = later("rolequiz.content.yamlsafe", globals())


@dataclass(frozen=True)
class SavedResult:
    data: dict[str, Any]  # the file as written
    result: Result  # rebuilt from it, as saved
    questions_digest: str
    roles_digest: str

    @property
    def code(self) -> str | None:
        """The workshop code the result was saved with, if any (shown again to its student)."""
        who = self.data.get("participant")
        code = who.get("code") if isinstance(who, dict) else None
        return code if isinstance(code, str) and 0 < len(code) <= 40 else None

    def same_content(self, content: Content) -> bool:
        return (self.questions_digest == content.questions.digest
                and self.roles_digest == content.roles.digest)


def said_value(value: Any, lang: str) -> str:
    """A value a message quotes from a file (a schema): a text in `lang`'s quotes when it is
    not English (« x »), anything else as JSON writes it; cut to 60 characters."""
    from rolequiz.i18n import t

    if isinstance(value, str) and lang != "en":
        return t("punct.quoted", lang, text=value[:60])
    return json.dumps(value)[:60]


def load_result(path: str | Path, lang: str = "en", audience: str = "tu") -> SavedResult:
    """A saved result; what is wrong with the file, or inside it, is said in `lang`, what
    to do to `audience` (a student, or a counselor)."""
    return parse_result_text(yamlsafe.read_text(path, lang=lang, audience=audience),
                             str(path), lang, audience)


def parse_result_text(text: str, name: str, lang: str = "en", audience: str = "tu"
                      ) -> SavedResult:
    """A result from its JSON text (a sealed one, once opened); `name` says where from.
    A problem is worded in `lang`, what to do said to `audience`."""
    from rolequiz.i18n import t

    try:
        data = jsontext.loads(text)  # too deep: RecursionError, on every Python
    except json.JSONDecodeError as e:
        from rolequiz.content.reading import json_words

        raise ContentError([Problem(name, e.lineno, e.colno,
                                    t("file.invalid_json", lang, message=json_words(e.msg, lang)),
                                    t("check.result_hint", lang))]) from None
    except RecursionError:
        raise ContentError([Problem(name, None, None, t("yaml.nesting", lang))]) from None
    return SavedResult(*_parse(data, name, lang, audience))


def _parse(data: Any, name: str, lang: str = "en", audience: str = "tu"
           ) -> tuple[dict, Result, str, str]:
    from rolequiz.i18n import t, tell

    def _fail(key: str, hint: str = "check.result_save_again", **values: object):
        return ContentError([Problem(name, None, None, t(key, lang, **values),
                                     tell(hint, lang, audience))])

    if not isinstance(data, dict):
        raise _fail("check.result_not_object")
    if data.get("schema") != RESULT_SCHEMA:
        schema = data.get("schema")
        if schema is None:
            raise _fail("check.no_schema", "check.result_hint", expected=RESULT_SCHEMA)
        raise _fail("check.result_schema", "check.result_hint",
                    value=schema if lang == "en" else said_value(schema, lang),
                    expected=RESULT_SCHEMA)

    def need(obj: dict, key: str, kinds: tuple[type, ...], where: str) -> Any:
        value = obj.get(key)
        if not isinstance(value, kinds) or isinstance(value, bool):
            raise _fail("check.result_field", field=f"{where}{key}")
        return value

    lang = need(data, "lang", (str,), "")
    answered = need(data, "answered", (int,), "")
    skipped = need(data, "skipped", (int,), "")
    total = need(data, "total", (int,), "")
    profile_raw = need(data, "profile", (dict,), "")
    profile: dict[str, float | None] = {}
    for dim, value in profile_raw.items():
        if value is not None and (not isinstance(value, (int, float)) or isinstance(value, bool)):
            raise _fail("check.result_number", field=f"profile.{dim}")
        profile[str(dim)] = None if value is None else float(value)
    matches = []
    for i, m in enumerate(need(data, "matches", (list,), "")):
        where = f"matches[{i}]."
        if not isinstance(m, dict):
            raise _fail("check.result_object", field=f"matches[{i}]")
        reasons = []
        for j, r in enumerate(m.get("reasons") or []):
            rw = f"{where}reasons[{j}]."
            if not isinstance(r, dict):
                raise _fail("check.result_object", field=rw[:-1])
            reasons.append(Reason(need(r, "kind", (str,), rw), need(r, "dimension", (str,), rw),
                                  float(need(r, "you", (int, float), rw)),
                                  float(need(r, "role", (int, float), rw)),
                                  need(r, "text", (str,), rw)))
        matches.append(Match(need(m, "rank", (int,), where), need(m, "role", (str,), where),
                             need(m, "name", (str,), where),
                             float(need(m, "score", (int, float), where)), tuple(reasons)))
    notes = []
    for i, n in enumerate(data.get("notes") or []):
        if not isinstance(n, dict):
            raise _fail("check.result_object", field=f"notes[{i}]")
        notes.append(Note(need(n, "code", (str,), f"notes[{i}]."),
                          need(n, "text", (str,), f"notes[{i}].")))
    answers_raw = data.get("answers") or {}
    if not isinstance(answers_raw, dict) or not all(
        isinstance(v, int) and not isinstance(v, bool) for v in answers_raw.values()
    ):
        raise _fail("check.result_answers")
    content = data.get("content") if isinstance(data.get("content"), dict) else {}
    adaptive = data.get("adaptive") is True
    asked = data.get("asked")
    if not isinstance(asked, int) or isinstance(asked, bool) or not adaptive:
        asked = None
    result = Result(
        lang=lang, answers=dict(answers_raw), answered=answered, skipped=skipped, total=total,
        profile=profile, matches=tuple(matches), notes=tuple(notes), adaptive=adaptive,
        asked=asked,
    )
    q = content.get("questions") if isinstance(content.get("questions"), str) else ""
    r = content.get("roles") if isinstance(content.get("roles"), str) else ""
    return data, result, q, r


# -- writing ----------------------------------------------------------------------------


def result_to_dict(result: Result, content: Content, code: str | None = None
                   ) -> dict[str, Any]:
    """The result contract (DESIGN.md), plus notes, answers and which content made it;
    an adaptive quiz's result also says so and how many questions it asked; a workshop
    student's own copy keeps their code (`participant.code`, as in the workshop's file)."""
    data = _result_dict(result, content)
    if result.adaptive:
        data["adaptive"] = True
        data["asked"] = result.asked
    if code:
        data["participant"] = {"code": code}
    return data


def _result_dict(result: Result, content: Content) -> dict[str, Any]:
    return {
        "schema": RESULT_SCHEMA,
        "lang": result.lang,
        "answered": result.answered,
        "skipped": result.skipped,
        "total": result.total,
        "profile": dict(result.profile),
        "matches": [
            {
                "rank": m.rank,
                "role": m.role,
                "name": m.name,
                "score": m.score,
                "reasons": [
                    {
                        "kind": r.kind,
                        "dimension": r.dimension,
                        "you": r.you,
                        "role": r.role,
                        "text": r.text,
                    }
                    for r in m.reasons
                ],
            }
            for m in result.matches
        ],
        "clear": result.clear,
        "notes": [{"code": n.code, "text": n.text} for n in result.notes],
        "answers": dict(result.answers),
        "content": {
            "questions": content.questions.digest,
            "roles": content.roles.digest,
        },
        "version": __version__,
    }
