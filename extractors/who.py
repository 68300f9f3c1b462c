"""Who: one Actor per real-world person, organisation, place or group."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from extractors.types import Actor

VERSION = 0


def extract_who(doc: Doc, *, reference: date | None = None) -> list[Actor]:
    """Actors of the article, most salient first."""
    return []
