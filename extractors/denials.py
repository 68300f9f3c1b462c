"""Denials: who denied or rejected what claim, linked to the claim they contest."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from extractors.types import Actor, Attribution, Denial

VERSION = 0


def extract_denials(
    doc: Doc, *, reference: date | None = None, who: list[Actor], sources: list[Attribution]
) -> list[Denial]:
    """Denials in order of appearance."""
    return []
