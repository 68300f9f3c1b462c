"""Request and small response bodies, and turning a request into an ``Article``.

Bodies are decoded here with msgspec (not by the framework's signature model) so that one
function gives the same problem for the same mistake in a single request, a batch item and a
stream line, and names the field at fault. Descriptions and bounds live in ``Meta`` so the
OpenAPI document explains every field.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any

import msgspec
from msgspec import Meta

from api.errors import AppError, EmptyText, InvalidField, InvalidPublished, MalformedBody, UnsupportedLanguage
from api.openapi_docs import SUMMARY_OR_PROBLEM_JSON
from extractors.article import Article
from extractors.reference import PUBLISHED_YEARS
from extractors.reference import parse_published as parse_iso_published
from extractors.types import SUPPORTED_LANGUAGES

MAX_BATCH = 64


class SummaryRequest(msgspec.Struct, kw_only=True, frozen=True, forbid_unknown_fields=True):
    """One article to summarise. Unknown fields are rejected (422), so a typo never goes unnoticed."""

    text: Annotated[
        str,
        Meta(
            min_length=1,
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


_decode_request = msgspec.json.Decoder(SummaryRequest).decode
_decode_envelope = msgspec.json.Decoder(_BatchEnvelope).decode
_PATH = re.compile(r" - at `\$(?P<path>[^`]*)`$", re.DOTALL)
_NAMED = re.compile(r"(?:unknown|required) field `(?P<name>[^`]+)`", re.DOTALL)


_NAME_CHARS = 64  # a field name longer than this is cut in problems (a 1 MB name is not echoed)


def _short(name: str) -> str:
    return name if len(name) <= _NAME_CHARS else name[: _NAME_CHARS - 1] + "…"


def _field_of(message: str, prefix: str) -> tuple[str | None, str]:
    """The dotted field a msgspec error points at, and the message without its location."""
    found = _PATH.search(message)
    path = _short(found["path"].lstrip(".")) if found else ""
    text = message[: found.start()] if found else message
    if named := _NAMED.search(text):
        name = _short(named["name"])
        text = text[: named.start("name")] + name + text[named.end("name") :]
        path = f"{path}.{name}" if path else name
    if prefix:
        path = f"{prefix}.{path}" if path and not path.startswith("[") else f"{prefix}{path}"
    return path or None, text


def _validation_error(exc: msgspec.ValidationError, prefix: str = "") -> AppError:
    field, message = _field_of(str(exc), prefix)
    if field is not None and field.endswith("text") and "length >= 1" in message:
        return EmptyText("'text' is empty: send the article's text.", field=field)
    return InvalidField(f"{message}.", field=field)


def decode_request(body: bytes, prefix: str = "") -> SummaryRequest:
    """Decode one JSON request body (``prefix`` names its place in a batch: 'articles[3]')."""
    try:
        return _decode_request(body)
    except msgspec.ValidationError as exc:
        raise _validation_error(exc, prefix) from None
    except msgspec.DecodeError as exc:
        raise MalformedBody(f"The body is not valid JSON: {str(exc)[:200]}.") from None
    except UnicodeError as exc:  # invalid UTF-8 inside a string
        raise MalformedBody(f"The body is not valid UTF-8: {str(exc)[:200]}.") from None


def decode_batch(body: bytes) -> list[msgspec.Raw]:
    """Decode a batch envelope; the articles stay raw for per-article validation."""
    try:
        return _decode_envelope(body).articles
    except msgspec.ValidationError as exc:
        raise _validation_error(exc) from None
    except msgspec.DecodeError as exc:
        raise MalformedBody(f"The body is not valid JSON: {str(exc)[:200]}.") from None
    except UnicodeError as exc:
        raise MalformedBody(f"The body is not valid UTF-8: {str(exc)[:200]}.") from None


def parse_published(value: str, field: str = "published") -> date:
    """A 'YYYY-MM-DD' date or an ISO 8601 datetime's own calendar date, in years 1100-9899."""
    try:
        return parse_iso_published(value)
    except ValueError:
        raise InvalidPublished(
            f"'published' must be 'YYYY-MM-DD' or an ISO 8601 datetime ('2024-03-18T09:30:00+09:00') of a real "
            f"date in the years {PUBLISHED_YEARS.start}-{PUBLISHED_YEARS.stop - 1}, got {value[:40]!r}.",
            field=field,
        ) from None


def to_article(request: SummaryRequest, prefix: str = "") -> Article:
    """Check what the schema cannot say (non-blank text, language, date) and build the Article."""
    where = f"{prefix}." if prefix else ""
    if not request.text.strip():
        raise EmptyText("'text' holds only whitespace: send the article's text.", field=f"{where}text")
    if request.language is not None and request.language.lower() not in SUPPORTED_LANGUAGES:
        raise UnsupportedLanguage(
            f"language {request.language[:20]!r} is not supported; supported: {', '.join(SUPPORTED_LANGUAGES)}.",
            field=f"{where}language",
        )
    published = parse_published(request.published, f"{where}published") if request.published else None
    language = request.language.lower() if request.language is not None else None
    return Article(text=request.text, published=published, title=request.title, language=language)


def text_article(text: str) -> Article:
    """A text/plain body: the whole body is the article."""
    if not text.strip():
        raise EmptyText("The body holds no text: send the article's text.", field="text")
    return Article(text=text)
