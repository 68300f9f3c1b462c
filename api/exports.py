"""Exports of a stored summary for newsroom tools: IPTC ninjs 2.2 and spaCy displaCy's manual format.

Both are pure mappings of a ``Summary`` and the article it was made from (no NLP here). The
Structs below are what the OpenAPI document describes for ``GET /v1/summaries/{id}?format=...``;
``tests/api/test_exports.py`` validates the ninjs answer against the IPTC's official schema.
"""

from __future__ import annotations

import enum
from typing import Annotated

import msgspec
from msgspec import Meta

from extractors.types import Actor, Summary


class ExportFormat(enum.StrEnum):
    """What ``GET /v1/summaries/{id}`` answers: the stored record, ninjs 2.2, or displaCy's manual format."""

    JSON = "json"
    NINJS = "ninjs"
    DISPLACY = "displacy"


class StoredArticle(msgspec.Struct, kw_only=True, frozen=True, omit_defaults=True):
    """The article a summary was made from, as sent: kept beside the summary in the cache."""

    text: Annotated[str, Meta(description="The article text exactly as sent: every offset points into it.")]
    title: Annotated[str | None, Meta(description="The headline as sent, if any.")] = None
    published: Annotated[str | None, Meta(description="The publication date as sent (YYYY-MM-DD), if any.")] = None


class SummaryRecord(msgspec.Struct, kw_only=True, frozen=True):
    """A cached summary with the article it was made from (`format=json`)."""

    id: Annotated[str, Meta(description="'sha256:<hex>': the summary id.")]
    article: StoredArticle
    summary: Summary


# -- ninjs 2.2 -------------------------------------------------------------------------------------

NINJS_SCHEMA_URI = "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json#"


class _Ninjs(msgspec.Struct, kw_only=True, frozen=True, omit_defaults=True):
    """Base of the ninjs parts: absent fields are left out (ninjs has no nulls)."""


class NinjsText(_Ninjs, frozen=True, kw_only=True):
    """A ninjs headline, description or body."""

    role: str | None = None
    contenttype: str | None = None
    value: str


class NinjsBody(NinjsText, frozen=True, kw_only=True):
    """A ninjs body: the article text."""

    charcount: int | None = None
    wordcount: int | None = None


class NinjsEntity(_Ninjs, frozen=True, kw_only=True):
    """A ninjs person, organisation, place or subject."""

    name: str
    rel: Annotated[
        str | None,
        Meta(description="'source' (quoted or cited), 'actor' (does something in a main event), else 'mentioned'."),
    ] = None
    literal: Annotated[str | None, Meta(description="The canonical name as a free-text identifier.")] = None


class NinjsInfoSource(_Ninjs, frozen=True, kw_only=True):
    """A ninjs infosource: a party the article's information comes from."""

    name: str
    role: Annotated[str | None, Meta(description="The kind of source: person, organization, agency or document.")] = (
        None
    )
    literal: str | None = None


class NinjsStandard(_Ninjs, frozen=True, kw_only=True):
    """Which standard, version and schema the document follows."""

    name: str
    version: str
    schema: str


class NinjsDocument(_Ninjs, frozen=True, kw_only=True):
    """An IPTC ninjs 2.2 news item (`format=ninjs`): headlines, entities, descriptions and infosources."""

    uri: Annotated[str, Meta(description="'urn:newsum:sha256:<hex>', from the summary id.")]
    standard: NinjsStandard
    type: Annotated[str, Meta(description="Always 'text'.")]
    representationtype: Annotated[str, Meta(description="Always 'full': the article text is the body.")]
    language: str | None = None
    headlines: list[NinjsText] = []
    descriptions: list[NinjsText] = []
    bodies: list[NinjsBody] = []
    people: list[NinjsEntity] = []
    organisations: list[NinjsEntity] = []
    places: list[NinjsEntity] = []
    subjects: list[NinjsEntity] = []
    infosources: list[NinjsInfoSource] = []


_SOURCE_WORDS = {
    "person": ("named person", "named people"),
    "organization": ("organisation", "organisations"),
    "agency": ("agency", "agencies"),
    "unnamed": ("unnamed source", "unnamed sources"),
    "document": ("document", "documents"),
}


def _sourcing_text(summary: Summary) -> str | None:
    counts = msgspec.structs.asdict(summary.sourcing)
    parts = [
        f"{count} {_SOURCE_WORDS[kind][count != 1]}"
        for kind, count in counts.items()
        if count and kind in _SOURCE_WORDS
    ]
    return "Sourced to " + ", ".join(parts) + "." if parts else None


def _rel(actor: Actor, sources: set[str], actors: set[str]) -> str:
    if actor.name in sources:
        return "source"
    return "actor" if actor.name in actors else "mentioned"


def to_ninjs(summary: Summary, article: StoredArticle) -> NinjsDocument:
    """The summary as an IPTC ninjs 2.2 item; the article text is its body."""
    headlines = []
    if article.title:
        headlines.append(NinjsText(role="main", contenttype="text/plain", value=article.title))
    if summary.headline:
        role = "generated" if article.title else "main"
        headlines.append(NinjsText(role=role, contenttype="text/plain", value=summary.headline))
    descriptions = []
    if summary.headline:
        descriptions.append(NinjsText(role="summary", contenttype="text/plain", value=summary.headline))
    if sourcing := _sourcing_text(summary):
        descriptions.append(NinjsText(role="sourcing", contenttype="text/plain", value=sourcing))
    sources = {s.source for s in summary.sources if s.source and s.source_type != "unnamed"}
    actors = {e.actor for e in summary.what if e.actor}
    groups: dict[str, list[NinjsEntity]] = {"person": [], "organization": [], "location": [], "group": []}
    for actor in summary.who:
        groups[actor.type].append(NinjsEntity(name=actor.name, rel=_rel(actor, sources, actors), literal=actor.name))
    infosources = []
    seen: set[str] = set()
    for attribution in summary.sources:
        if attribution.source and attribution.source_type != "unnamed" and attribution.source not in seen:
            seen.add(attribution.source)
            infosources.append(
                NinjsInfoSource(name=attribution.source, role=attribution.source_type, literal=attribution.source)
            )
    return NinjsDocument(
        uri=f"urn:newsum:{summary.id}",
        standard=NinjsStandard(name="ninjs", version="2.2", schema=NINJS_SCHEMA_URI),
        type="text",
        representationtype="full",
        language=summary.language,
        headlines=headlines,
        descriptions=descriptions,
        bodies=[
            NinjsBody(
                role="main",
                contenttype="text/plain",
                value=article.text,
                charcount=len(article.text),
                wordcount=len(article.text.split()),
            )
        ],
        people=groups["person"],
        organisations=groups["organization"],
        places=groups["location"],
        # Groups ('Palestinians', 'Democrats') are concepts rather than organisations; no IPTC
        # Media Topic is assigned, so subjects hold only these.
        subjects=groups["group"],
        infosources=infosources,
    )


# -- displaCy --------------------------------------------------------------------------------------


class DisplacyEntity(msgspec.Struct, kw_only=True, frozen=True):
    """One highlighted stretch: code-point offsets into `text` and its label."""

    start: int
    end: int
    label: Annotated[
        str, Meta(description="PERSON, ORG, LOC or GROUP (who), QUANTITY, DATE, SOURCE or DENIAL (the denial's cue).")
    ]


class DisplacyDocument(msgspec.Struct, kw_only=True, frozen=True):
    """spaCy displaCy's manual-render input for the 'ent' style (`format=displacy`).

    Render it with `spacy.displacy.render(doc, style="ent", manual=True)`. The 'ent' style cannot
    nest, so overlapping items are dropped in this order of preference: who mentions, sources,
    denials, quantities, dates; events (whole clauses) are left out.
    """

    text: str
    ents: list[DisplacyEntity]
    title: str | None = None


_WHO_LABELS = {"person": "PERSON", "organization": "ORG", "location": "LOC", "group": "GROUP"}


def to_displacy(summary: Summary, article: StoredArticle) -> DisplacyDocument:
    """The summary's items as non-overlapping displaCy entities, in text order."""
    candidates: list[tuple[int, int, str]] = []
    for actor in summary.who:
        candidates += [(m.start, m.end, _WHO_LABELS[actor.type]) for m in actor.mentions]
    candidates += [(s.source_span.start, s.source_span.end, "SOURCE") for s in summary.sources if s.source_span]
    candidates += [(d.cue_span.start, d.cue_span.end, "DENIAL") for d in summary.denials]
    candidates += [(q.span.start, q.span.end, "QUANTITY") for q in summary.quantities]
    candidates += [(d.span.start, d.span.end, "DATE") for d in summary.dates]
    taken: list[tuple[int, int, str]] = []
    for start, end, label in candidates:
        if end > start and all(end <= s or start >= e for s, e, _ in taken):
            taken.append((start, end, label))
    taken.sort()
    return DisplacyDocument(
        text=article.text,
        ents=[DisplacyEntity(start=s, end=e, label=label) for s, e, label in taken],
        title=article.title,
    )
