"""The quick makers of rolequiz.models give the very objects the dataclasses give."""

from __future__ import annotations

import dataclasses

import pytest

from rolequiz.models import Match, Reason, Text, new_match, new_reason


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
