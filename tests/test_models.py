"""The quick makers of rolequiz.content.models give the very objects the dataclasses give."""

from __future__ import annotations

import dataclasses

import pytest

from rolequiz.content.models import Match, Reason, Text, new_match, new_reason


def test_new_reason_and_new_match_make_what_the_dataclasses_make():
    reason = Reason("gap", "data", 0.83, 0.1, "You enjoy “Data” (83%)…")
    quick = new_reason("gap", "data", 0.83, 0.1, "You enjoy “Data” (83%)…")
    match = Match(1, "data-analyst", "Data Analyst", 87.5, (reason,))
    quick_match = new_match(1, "data-analyst", "Data Analyst", 87.5, (quick,))
    for made, plain in ((quick, reason), (quick_match, match)):
        assert type(made) is type(plain)
        assert made == plain and hash(made) == hash(plain) and repr(made) == repr(plain)
        # every field, and nothing else: a field added to the class must be added here too
        assert vars(made) == vars(plain)
        assert list(vars(made)) == [f.name for f in dataclasses.fields(plain)]
        with pytest.raises(dataclasses.FrozenInstanceError):
            made.you = 0.5  # type: ignore[union-attr]


def test_text_get_falls_back_to_english_then_french_then_the_first():
    assert Text({"fr": "Bonjour", "en": "Hello"}).get("fr") == "Bonjour"
    assert Text({"fr": "Bonjour", "en": "Hello"}).get("de") == "Hello"
    assert Text({"fr": "Bonjour"}).get("en") == "Bonjour"
    assert Text({"": "plain"}).get("fr") == "plain"
    assert Text({"es": "Hola"}).get("fr") == "Hola"


def _every_kind_of_model(content):
    """One object of each class of rolequiz.content.models, from the shipped content and a
    result."""
    from rolequiz.engine.scoring import score

    role = next(r for r in content.roles.roles if r.facts)
    result = score(content, {q.id: 4 for q in content.questions.questions[:5]}, "en")
    objects = [content, content.questions, content.roles, role, role.name,
               content.questions.scale, content.questions.scale.choices[0],
               content.questions.dimensions[0], content.questions.questions[0],
               content.roles.sources[0], next(iter(role.facts.values())), result,
               result.matches[0], result.matches[0].reasons[0], result.notes[0]]
    # what the cards quote: the glossary, a need's basis, a sourced text, its quote, a figure
    first = content.roles.roles[0]
    salaried = next(r for r in content.roles.roles
                    if r.facts.get("salary") is not None and r.facts["salary"].figures)
    objects += [content.roles.glossary[0], next(iter(first.profile_basis.values())),
                first.summary, first.summary.quotes[0], salaried.facts["salary"].figures[0]]
    assert {type(o) for o in objects} == set(_model_classes())
    return objects


def _model_classes():
    import rolequiz.content.models as models

    return [c for c in vars(models).values() if isinstance(c, type)
            and dataclasses.is_dataclass(c) and c.__module__ == models.__name__]


def test_models_compare_hash_and_show_themselves_as_dataclasses_do(content):
    for obj in _every_kind_of_model(content):
        cls, fields = type(obj), dataclasses.fields(obj)
        values = [getattr(obj, f.name) for f in fields]
        # repr: Class(field=value, ...), in field order, as @dataclass writes it
        assert repr(obj) == f"{cls.__qualname__}(" + ", ".join(
            f"{f.name}={v!r}" for f, v in zip(fields, values, strict=True)) + ")"
        twin = dataclasses.replace(obj)
        assert twin is not obj and twin == obj and not (twin != obj)
        assert obj != object() and obj != tuple(values)  # only the same class is equal
        try:
            assert hash(twin) == hash(obj) == hash(tuple(values))
        except TypeError:  # a mapping among the fields: unhashable, as with @dataclass
            with pytest.raises(TypeError):
                hash(tuple(values))
        for f, value in zip(fields, values, strict=True):  # any one field changed: not equal
            other = dataclasses.replace(obj, **{f.name: _different(value)})
            assert other != obj and not (other == obj), f.name
            with pytest.raises(dataclasses.FrozenInstanceError):
                setattr(obj, f.name, value)
    # two classes with the same values in their fields are still not equal
    from rolequiz.content.models import Fact, Note

    assert Note("a", "b") != Fact("a", "b") and Note("a", "b") == Note("a", "b")


def _different(value):
    if value is None or isinstance(value, (dict, frozenset)) or hasattr(value, "keys"):
        return "something else"
    if isinstance(value, str):
        return value + "!"
    if isinstance(value, (int, float)):
        return value + 1
    if isinstance(value, tuple):
        return value[:-1] if value else ("x",)
    return None  # another model object
