"""Quantities: numbers with value, bounds, qualifier, unit and what they count."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from extractors.types import Quantity

VERSION = 0


def extract_quantities(doc: Doc, *, reference: date | None = None) -> list[Quantity]:
    """Quantities in order of appearance."""
    return []
