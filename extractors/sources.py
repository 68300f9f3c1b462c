"""Sources: who said what (attributions), and the article's sourcing profile."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from extractors.types import Actor, Attribution, Sourcing

VERSION = 0


def extract_sources(doc: Doc, *, reference: date | None = None, who: list[Actor]) -> list[Attribution]:
    """Attributions in order of appearance."""
    return []


def sourcing_profile(doc: Doc, *, reference: date | None = None, sources: list[Attribution]) -> Sourcing:
    """How many attributions rest on each kind of source."""
    counts = {kind: 0 for kind in Sourcing.__struct_fields__}
    for attribution in sources:
        counts[attribution.source_type] += 1
    return Sourcing(**counts)
