"""Dates: TIMEX3-style temporal expressions resolved against the reference date."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from extractors.types import DateMention

VERSION = 0


def extract_dates(doc: Doc, *, reference: date | None = None) -> list[DateMention]:
    """Temporal expressions in order of appearance."""
    return []
