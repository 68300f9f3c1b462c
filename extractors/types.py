"""The Summary schema: one definition of every type the pipeline returns.

These Structs are the HTTP response body, the CLI's output and what the OpenAPI document
describes, so descriptions and bounds live here in ``Meta``. Schema evolution follows
msgspec's rules: new fields get defaults, a field's type never changes.

Offsets are Python code-point indices into the text exactly as it was sent (``end`` is
exclusive). The HTTP API can restate them in UTF-16 code units (JavaScript, Java, C#) or UTF-8
bytes (Go, Rust) on request (``extractors.offsets``); ``Summary.offsets`` names the unit.
"""

from __future__ import annotations

from typing import Annotated, Literal

import msgspec
from msgspec import Meta

SCHEMA_VERSION = 2  # 2: Summary.offsets
PACKAGE_VERSION = "0.1.0"  # the newsum release; part of the pipeline version (extractors/registry.py)

ActorType = Literal["person", "organization", "location", "group"]
Qualifier = Literal[
    "exact", "approximately", "more_than", "at_least", "less_than", "at_most", "up_to", "range", "vague"
]
DateType = Literal["DATE", "TIME", "DURATION", "SET"]
SourceType = Literal["person", "organization", "agency", "unnamed", "document"]
PublishedFrom = Literal["request", "dateline", "text"]
QuantityChange = Literal["up", "down"]
OffsetUnit = Literal["codepoint", "utf16", "utf8"]
"""What an offset counts: Unicode code points (Python), UTF-16 code units (JavaScript), UTF-8 bytes."""

Offset = Annotated[int, Meta(ge=0, description="Offset into the article text, in the unit of `Summary.offsets`.")]
Salience = Annotated[float, Meta(ge=0.0, le=1.0, description="0..1; lists are sorted by it, highest first.")]


class Record(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=False):
    """Base of every output record: immutable, keyword-only, encodes every field."""


class Span(Record, frozen=True, kw_only=True):
    """A stretch of the article: ``text == article[start:end]``."""

    start: Offset
    end: Annotated[
        int, Meta(ge=0, description="Offset one past the last character (exclusive), in the unit of `Summary.offsets`.")
    ]
    text: Annotated[str, Meta(description="The article's characters between start and end.")]


class Actor(Record, frozen=True, kw_only=True):
    """One real-world person, organisation, place or group, with every mention of it."""

    name: Annotated[str, Meta(description="Canonical name: the fullest proper form used in the article.")]
    type: ActorType
    titles: Annotated[
        list[str], Meta(description="Titles and roles ('defense minister'), time qualifiers kept ('former').")
    ] = []
    affiliation: Annotated[str | None, Meta(description="Country or organisation the actor belongs to.")] = None
    mentions: Annotated[list[Span], Meta(description="Every mention, short forms and aliases included.")] = []
    salience: Salience = 0.0


class Event(Record, frozen=True, kw_only=True):
    """A main event as who-did-what-to-whom, with the clause that states it."""

    actor: Annotated[str | None, Meta(description="Canonical name of the doer, or the subject phrase.")]
    action: Annotated[str, Meta(description="Lemma of the main verb ('send').")]
    object: Annotated[str | None, Meta(description="What was acted on, as written.")] = None
    recipient: Annotated[str | None, Meta(description="To or for whom, canonical where known.")] = None
    negated: bool = False
    hedged: Annotated[bool, Meta(description="Stated as possible, likely or reported, not as fact.")] = False
    attributed_to: Annotated[
        str | None, Meta(description="Who reported the event ('Shin said North Korea sent ...').")
    ] = None
    span: Annotated[Span, Meta(description="The clause stating the event.")]
    salience: Salience = 0.0


class Quantity(Record, frozen=True, kw_only=True):
    """A number in the article with its value, bounds, qualifier, unit and what it counts."""

    span: Span
    value: Annotated[float | None, Meta(description="The number; null when vague ('several').")] = None
    low: Annotated[float | None, Meta(description="Lower bound of a range or of an open bound.")] = None
    high: Annotated[float | None, Meta(description="Upper bound of a range or of an open bound.")] = None
    qualifier: Qualifier = "exact"
    unit: Annotated[
        str | None, Meta(description="ISO 4217 code for money, '%', 'percentage point', or an SI/common unit.")
    ] = None
    item: Annotated[str | None, Meta(description="What is counted ('containers').")] = None
    hedged: Annotated[bool, Meta(description="Hedged in the text ('possibly millions').")] = False
    change: Annotated[
        QuantityChange | None, Meta(description="Direction when the quantity is a change ('rose 5%').")
    ] = None


class Interval(Record, frozen=True, kw_only=True):
    """A calendar interval, both ends inclusive ISO dates (``YYYY-MM-DD``)."""

    start: str
    end: str


class DateMention(Record, frozen=True, kw_only=True):
    """A temporal expression as a TimeML TIMEX3-style record."""

    span: Span
    type: DateType
    value: Annotated[
        str, Meta(description="TIMEX3 value: '2024-03-18', '2023-09', '2024-W11', 'PRESENT_REF', 'P3D', 'PTXH'...")
    ]
    mod: Annotated[str | None, Meta(description="TIMEX3 mod: START, END, MID, APPROX, BEFORE, AFTER...")] = None
    resolved: Annotated[Interval | None, Meta(description="The calendar interval of a DATE, when known.")] = None
    ambiguous: Annotated[bool, Meta(description="True when the value is a best guess among several readings.")] = False


class Attribution(Record, frozen=True, kw_only=True):
    """Who said what: a source, the cue that attributes, and the content attributed."""

    source: Annotated[str | None, Meta(description="Canonical actor name, or the phrase for an unnamed source.")] = None
    source_type: SourceType
    source_span: Span | None = None
    cue: Annotated[
        str, Meta(description="The cue as written: 'said', 'according to', 'accused', 'with information from'.")
    ]
    cue_span: Span
    content_span: Span | None = None
    direct: Annotated[bool, Meta(description="True for quoted words.")] = False
    no_comment: Annotated[bool, Meta(description="The source declined to comment.")] = False


class Denial(Record, frozen=True, kw_only=True):
    """Who denied what, and which claim in the article is being contested."""

    deniers: Annotated[list[str], Meta(description="Canonical names of those who deny.")]
    denier_span: Span | None = None
    cue: Annotated[str, Meta(description="The denial cue as written: 'denied', 'rejected', 'dismissed'...")]
    cue_span: Span
    denied: Annotated[str | None, Meta(description="The claim denied, as text.")] = None
    denied_span: Span | None = None
    contests: (
        Annotated[int, Meta(ge=0, description="Index into `sources` of the attribution making the denied claim.")]
        | None
    ) = None


class Sourcing(Record, frozen=True, kw_only=True):
    """How many attributions rest on each kind of source: the standards desk's view."""

    person: int = 0
    organization: int = 0
    agency: int = 0
    unnamed: int = 0
    document: int = 0


class Version(Record, frozen=True, kw_only=True):
    """What produced a summary; part of every cache key."""

    pipeline: Annotated[str, Meta(description="Pipeline version, derived from the extractor registry.")]
    model: Annotated[str, Meta(description="spaCy model name and version.")]
    schema: int = SCHEMA_VERSION


class Summary(Record, frozen=True, kw_only=True):
    """The structured summary of one article."""

    id: Annotated[str, Meta(description="'sha256:<hex>': the content hash, also the cache key suffix.")]
    version: Version
    published: Annotated[
        str | None, Meta(description="Reference date (YYYY-MM-DD) used to resolve relative dates.")
    ] = None
    published_from: PublishedFrom | None = None
    language: str = "en"
    headline: Annotated[str | None, Meta(description="One plain sentence: the main event.")] = None
    who: list[Actor] = []
    what: list[Event] = []
    quantities: list[Quantity] = []
    dates: list[DateMention] = []
    sources: list[Attribution] = []
    denials: list[Denial] = []
    sourcing: Sourcing = Sourcing()
    offsets: Annotated[
        OffsetUnit,
        Meta(
            description=(
                "The unit of every start and end: 'codepoint' (Python string indices, the default), 'utf16' "
                "(JavaScript, Java and C# string indices) or 'utf8' (byte offsets). Chosen with ?offsets=."
            )
        ),
    ] = "codepoint"
