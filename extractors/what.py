"""What: the main events as who-did-what-to-whom, and the headline built from the top one."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from extractors.types import Actor, Attribution, Event

VERSION = 0


def extract_what(
    doc: Doc, *, reference: date | None = None, who: list[Actor], sources: list[Attribution]
) -> list[Event]:
    """Events, most salient first."""
    return []


def make_headline(doc: Doc, *, reference: date | None = None, what: list[Event]) -> str | None:
    """One plain sentence stating the top event, or None."""
    return None
