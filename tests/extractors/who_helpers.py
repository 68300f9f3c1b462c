"""Helpers shared by the `who` tests: run the extractor on a hand-written article, find an actor by name."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from extractors.types import Actor
from extractors.who import extract_who


def who_of(nlp: Language, text: str, title: str | None = None, *, reference: date | None = None) -> list[Actor]:
    """The actors of ``text`` as the pipeline gets them (the text as sent, the title when given)."""
    return extract_who(nlp(text), title=title, reference=reference, text=text)


def named(actors: list[Actor], name: str) -> Actor:
    """The one actor of that canonical name (the test fails unless there is exactly one)."""
    found = [a for a in actors if a.name == name]
    assert len(found) == 1, f"{name!r} not exactly once in {[a.name for a in actors]}"
    return found[0]
