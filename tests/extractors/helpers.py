"""Helpers shared by the extractor tests: run `who` on a hand-written article, find an actor by name, and
build its headline as the pipeline does (who, sources, what, then the headline)."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from extractors.headline import make_headline
from extractors.sources import extract_sources
from extractors.types import Actor, Event
from extractors.what import extract_what
from extractors.who import extract_who


def who_of(nlp: Language, text: str, title: str | None = None, *, reference: date | None = None) -> list[Actor]:
    """The actors of ``text`` as the pipeline gets them (the text as sent, the title when given)."""
    return extract_who(nlp(text), title=title, reference=reference, text=text)


def what_of(nlp: Language, text: str, title: str | None = None) -> list[Event]:
    """The events of ``text`` from its own who (no sources), the title when given."""
    doc = nlp(text)
    return extract_what(doc, who=extract_who(doc), sources=[], title=title)


def actors_of(nlp: Language, text: str, action: str) -> list[str | None]:
    """The actors of ``text``'s events of that action, from its own who and sources (at least one event)."""
    doc = nlp(text)
    who = extract_who(doc)
    found = [e.actor for e in extract_what(doc, who=who, sources=extract_sources(doc, who=who)) if e.action == action]
    assert found, f"no {action!r} event"
    return found


def named(actors: list[Actor], name: str) -> Actor:
    """The one actor of that canonical name (the test fails unless there is exactly one)."""
    found = [a for a in actors if a.name == name]
    assert len(found) == 1, f"{name!r} not exactly once in {[a.name for a in actors]}"
    return found[0]


def headline_of(nlp: Language, text: str) -> str | None:
    """The headline of ``text`` from its own who, sources and what, as the pipeline builds it."""
    doc = nlp(text)
    who = extract_who(doc)
    sources = extract_sources(doc, who=who)
    what = extract_what(doc, who=who, sources=sources)
    return make_headline(doc, what=what, who=who, sources=sources)


def holders_of(actors: list[Actor], form: str) -> list[Actor]:
    """The actors that hold ``form`` as their name or as one of their mentions."""
    return [a for a in actors if form == a.name or form in {m.text for m in a.mentions}]
