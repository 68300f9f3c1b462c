"""The one list of extractors, in the order they run, and the pipeline version derived from it.

Each entry names the Summary field it fills, a versioned name (bump the module's ``VERSION``
whenever its output can change: the pipeline version is part of every cache key, so a new
version can never be answered from an old cache entry), and the parts it reads.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from extractors import boilerplate, dates, denials, headline, inputs, quantities, sources, what, who
from extractors.types import PACKAGE_VERSION as PACKAGE_VERSION


@dataclass(frozen=True, slots=True)
class Extractor:
    """One step of the pipeline: ``run(doc, reference=..., **{need: part}, **{fact: value})`` -> the part.

    ``context`` names the facts about the article, besides its Doc and reference date, that the
    step reads ("title": the title the client sent, if any; "text": the text as sent, which is
    ``doc.text`` without spaCy rebuilding it).
    """

    part: str
    name: str
    needs: tuple[str, ...]
    run: Callable[..., Any]
    context: tuple[str, ...] = ()


REGISTRY: tuple[Extractor, ...] = (
    Extractor("who", f"who.v{who.VERSION}", (), who.extract_who, context=("title", "text")),
    Extractor("dates", f"dates.v{dates.VERSION}", (), dates.extract_dates),
    Extractor("quantities", f"quantities.v{quantities.VERSION}", (), quantities.extract_quantities),
    Extractor("sources", f"sources.v{sources.VERSION}", ("who",), sources.extract_sources),
    Extractor("denials", f"denials.v{denials.VERSION}", ("who", "sources"), denials.extract_denials),
    Extractor("what", f"what.v{what.VERSION}", ("who", "sources"), what.extract_what, context=("title",)),
    Extractor(
        "headline",
        f"headline.v{headline.VERSION}.{what.VERSION}",
        ("what", "who", "sources"),
        headline.make_headline,
        context=("title",),
    ),
    Extractor("sourcing", f"sourcing.v{sources.VERSION}", ("sources",), sources.sourcing_profile),
)


def _pipeline_version() -> str:
    # page furniture is read by who, what and the headline: its version changes theirs
    shared = [f"inputs.v{inputs.VERSION}", f"boilerplate.v{boilerplate.VERSION}"]
    names = "|".join(shared + [e.name for e in REGISTRY])
    return f"{PACKAGE_VERSION}+{hashlib.sha256(names.encode()).hexdigest()[:10]}"


PIPELINE_VERSION = _pipeline_version()
