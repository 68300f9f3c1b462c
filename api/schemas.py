"""Request and small response bodies, and turning a request into an ``Article``.

Bodies are decoded here with msgspec (not by the framework's signature model) so that one
function gives the same problem for the same mistake in a single request, a batch item and a
stream line, and names the field at fault. Descriptions and bounds live in ``Meta`` so the
OpenAPI document explains every field.
"""

from __future__ import annotations

from typing import Annotated, Any

import msgspec
from msgspec import Meta

from api.errors import (
    AppError,
    EmptyText,
    InvalidField,
    InvalidPublished,
    MalformedBody,
    PayloadTooLarge,
    UnsupportedLanguage,
    UnsupportedMediaType,
)
from api.openapi_docs import SUMMARY_OR_PROBLEM_JSON
from extractors.article import Article
from extractors.inputs import NON_BLANK, InputError, SizeLimits, check_article, decode_json
from extractors.inputs import SUPPORTED_LANGUAGES as SUPPORTED_LANGUAGES

MAX_BATCH = 64


class SummaryRequest(msgspec.Struct, kw_only=True, frozen=True, forbid_unknown_fields=True):
    """One article to summarise. Unknown fields are rejected (422), so a typo never goes unnoticed."""

    text: Annotated[
        str,
        Meta(
            min_length=1,
            pattern=NON_BLANK,
            description=(
                "The article text, exactly as it should be quoted: every offset in the summary is an "
                "index into this string (code points unless ?offsets= says otherwise). Must contain a "
                "non-whitespace character."
            ),
            examples=["date 2024-03-18 SEOUL. – North Korea has sent about 7,000 containers of munitions to Russia."],
        ),
    ]
    title: Annotated[str | None, Meta(description="The headline as published, if any.")] = None
    published: Annotated[
        str | None,
        Meta(
            description=(
                "Publication date, 'YYYY-MM-DD' or an ISO 8601 datetime (its own calendar date is used). "
                "Relative dates ('Monday') are resolved against it; when absent, the dateline is used."
            ),
            examples=["2024-03-18", "2024-03-18T09:30:00+09:00"],
        ),
    ] = None
    language: Annotated[
        str | None,
        Meta(
            description=(
                "ISO 639-1 language of the text. Only 'en' is supported. When absent, the language is "
                "detected and text confidently in another language is refused (422 unsupported-language)."
            ),
            examples=["en"],
        ),
    ] = None


class BatchRequest(msgspec.Struct, kw_only=True, frozen=True, forbid_unknown_fields=True):
    """Up to 64 articles, answered in order."""

    articles: Annotated[list[SummaryRequest], Meta(max_length=MAX_BATCH, description="The articles, at most 64.")]


class BatchResponse(msgspec.Struct, kw_only=True, frozen=True):
    """One result per article, in request order: a Summary, or a problem for that article alone."""

    # msgspec cannot type an untagged union of two Structs, and the answer is assembled from
    # cached bytes anyway; the OpenAPI document gets the real item type through ``extra``.
    results: Annotated[
        list[Any],
        Meta(
            extra_json_schema={
                "description": "Per article, in order: a Summary, or a Problem (it has `status` and `index`).",
                "extra": {"items": SUMMARY_OR_PROBLEM_JSON},
            }
        ),
    ]


class Health(msgspec.Struct, kw_only=True, frozen=True):
    """Liveness and readiness answers."""

    status: Annotated[
        str,
        Meta(description="'ok'; 'degraded' when answering without a working cache; 'unavailable' when not ready."),
    ]
    model: Annotated[str | None, Meta(description="The loaded spaCy model, once loaded.")] = None
    cache: Annotated[
        str | None,
        Meta(
            description=(
                "'memory', 'redis', 'redis-bypassed' (Redis does not answer: requests go without it) or "
                "'redis-read-only' (Redis refuses writes, e.g. full: hits are served, nothing new is cached)."
            )
        ),
    ] = None


class ServiceInfo(msgspec.Struct, kw_only=True, frozen=True):
    """What answers requests: package, pipeline, model and schema versions (a Summary has the last three)."""

    package: Annotated[str, Meta(description="The newsum release.")]
    pipeline: Annotated[str, Meta(description="Pipeline version, derived from the extractor registry.")]
    model: Annotated[str, Meta(description="spaCy model name and version.")]
    schema: Annotated[int, Meta(description="Summary schema version.")]


# The batch envelope is decoded leniently: each article is validated on its own so that one bad
# article gets its own problem instead of failing the batch.
class _BatchEnvelope(msgspec.Struct, forbid_unknown_fields=True):
    articles: list[msgspec.Raw]


_decode_request = msgspec.json.Decoder(SummaryRequest)
_decode_envelope = msgspec.json.Decoder(_BatchEnvelope)

# The shared decoder's reasons (extractors.inputs) as the problem types clients see.
_PROBLEMS: dict[str, type[AppError]] = {
    "malformed": MalformedBody,
    "unsupported-charset": UnsupportedMediaType,
    "invalid-field": InvalidField,
    "empty-text": EmptyText,
    "unsupported-language": UnsupportedLanguage,
    "invalid-published": InvalidPublished,
    "too-large": PayloadTooLarge,
}


def app_error(exc: InputError) -> AppError:
    """The problem a client gets for an input the shared decoder refused."""
    return _PROBLEMS[exc.kind](exc.detail, field=exc.field)


def decode_request(body: bytes | msgspec.Raw, prefix: str = "", what: str = "The body") -> SummaryRequest:
    """Decode one JSON request body (``prefix`` names its place in a batch: 'articles[3]')."""
    try:
        return decode_json(_decode_request, body, prefix=prefix, what=what)
    except InputError as exc:
        raise app_error(exc) from None


def decode_batch(body: bytes) -> list[msgspec.Raw]:
    """Decode a batch envelope; the articles stay raw for per-article validation."""
    try:
        return decode_json(_decode_envelope, body).articles
    except InputError as exc:
        raise app_error(exc) from None


def to_article(request: SummaryRequest, prefix: str = "", limits: SizeLimits | None = None) -> Article:
    """Check what the schema cannot say (non-blank text, size, language, date) and build the Article."""
    try:
        return check_article(
            request.text,
            title=request.title,
            published=request.published,
            language=request.language,
            prefix=prefix,
            limits=limits,
        )
    except InputError as exc:
        raise app_error(exc) from None


def text_article(text: str, limits: SizeLimits | None = None) -> Article:
    """A text/plain body: the whole body is the article."""
    try:
        return check_article(text, limits=limits)
    except InputError as exc:
        raise app_error(exc) from None
