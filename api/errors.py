"""One application-error tree, mapped once to RFC 9457 problem details.

Every error a client can see is an ``AppError`` subclass with a stable ``type`` URI, a title
and a status. Framework errors (404, 405, 413 from the body limit...) and anything unexpected
are converted here too, so every error response is ``application/problem+json`` and no stack
trace ever leaves the server.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from http import HTTPStatus
from typing import Annotated, Any, ClassVar

import msgspec
from litestar import Request, Response
from litestar.exceptions import HTTPException
from litestar.types import ExceptionHandlersMap
from msgspec import Meta

log = logging.getLogger(__name__)

PROBLEM_MEDIA_TYPE = "application/problem+json"
# A URN, not a URL: stable identifiers that do not pretend to be dereferenceable. The types are
# documented in docs/api.md; switch to a documentation URL here if one is ever published.
PROBLEM_BASE = "urn:newsum:problem:"


class Problem(msgspec.Struct, kw_only=True, omit_defaults=True):
    """An RFC 9457 problem details object."""

    type: Annotated[str, Meta(description="Stable URI identifying the kind of problem.")]
    title: Annotated[str, Meta(description="Short summary of the kind of problem; the same for every occurrence.")]
    status: Annotated[int, Meta(ge=400, le=599, description="The HTTP status code.")]
    detail: Annotated[str | None, Meta(description="What went wrong with this request, and how to fix it.")] = None
    field: Annotated[
        str | None, Meta(description="The request field at fault ('text', 'published', 'articles[3].language').")
    ] = None
    index: (
        Annotated[int, Meta(ge=0, description="In batch and stream answers: the position of the article at fault.")]
        | None
    ) = None


_encode = msgspec.json.Encoder().encode


class AppError(Exception):
    """Base of every error newsum reports to a client."""

    slug: ClassVar[str] = "internal-error"
    title: ClassVar[str] = "Internal server error"
    status: ClassVar[int] = 500

    def __init__(self, detail: str | None = None, *, field: str | None = None, headers: Mapping[str, str] = {}):
        super().__init__(detail or self.title)
        self.detail = detail
        self.field = field
        self.headers = dict(headers)

    @classmethod
    def type_uri(cls) -> str:
        """The stable ``type`` URI of this kind of problem."""
        return PROBLEM_BASE + cls.slug

    def problem(self, *, index: int | None = None) -> Problem:
        """This error as a problem details object (``index`` for an article inside a batch)."""
        return Problem(
            type=self.type_uri(),
            title=self.title,
            status=self.status,
            detail=self.detail,
            field=self.field,
            index=index,
        )


class MalformedBody(AppError):
    """The body is not valid JSON (or not valid text in its charset)."""

    slug, title, status = "malformed-body", "Malformed request body", 400


class NotFound(AppError):
    slug, title, status = "not-found", "Not found", 404


class SummaryNotFound(AppError):
    """No cached summary has this id: never made, expired, evicted, or made by another version."""

    slug, title, status = "summary-not-found", "Summary not found", 404


class Unauthorized(AppError):
    """API keys are on (NEWSUM_API_KEYS) and the request has no valid one."""

    slug, title, status = "unauthorized", "Missing or invalid API key", 401


class RateLimited(AppError):
    """Over NEWSUM_RATE_LIMIT for this key or client address; Retry-After says when to retry."""

    slug, title, status = "rate-limited", "Too many requests", 429


class MethodNotAllowed(AppError):
    slug, title, status = "method-not-allowed", "Method not allowed", 405


class RequestTimeout(AppError):
    """The client sent its body (or one stream line) too slowly: NEWSUM_READ_TIMEOUT_S."""

    slug, title, status = "request-timeout", "Request body too slow", 408


class PayloadTooLarge(AppError):
    slug, title, status = "payload-too-large", "Request body too large", 413


class UnsupportedMediaType(AppError):
    slug, title, status = "unsupported-media-type", "Unsupported content type", 415


class InvalidField(AppError):
    """A field is unknown, missing or of the wrong type; ``field`` names it."""

    slug, title, status = "invalid-field", "Invalid field", 422


class EmptyText(AppError):
    slug, title, status = "empty-text", "Article text is empty", 422


class UnsupportedLanguage(AppError):
    slug, title, status = "unsupported-language", "Unsupported language", 422


class InvalidPublished(AppError):
    slug, title, status = "invalid-published", "Invalid publication date", 422


class TooManyArticles(AppError):
    slug, title, status = "too-many-articles", "Too many articles in one batch", 422


class ExtractionTimeout(AppError):
    """The summary took longer than NEWSUM_TIMEOUT_S; the client may retry (a later try may be a cache hit)."""

    slug, title, status = "timeout", "Summary took too long", 503


class NotReady(AppError):
    slug, title, status = "not-ready", "Service not ready", 503


class CacheUnavailable(AppError):
    """The cache (Redis) does not answer, so a summary cannot be fetched by id now."""

    slug, title, status = "cache-unavailable", "Cache unavailable", 503


class InternalError(AppError):
    slug, title, status = "internal-error", "Internal server error", 500


ERRORS: tuple[type[AppError], ...] = (
    MalformedBody,
    Unauthorized,
    NotFound,
    SummaryNotFound,
    MethodNotAllowed,
    RequestTimeout,
    PayloadTooLarge,
    UnsupportedMediaType,
    InvalidField,
    EmptyText,
    UnsupportedLanguage,
    InvalidPublished,
    TooManyArticles,
    RateLimited,
    ExtractionTimeout,
    NotReady,
    CacheUnavailable,
    InternalError,
)
"""Every problem type newsum sends (listed in the OpenAPI document and docs/api.md)."""

_BY_STATUS: dict[int, type[AppError]] = {
    400: MalformedBody,
    404: NotFound,
    405: MethodNotAllowed,
    413: PayloadTooLarge,
    415: UnsupportedMediaType,
}


def problem_response(problem: Problem, headers: Mapping[str, str] | None = None) -> Response[bytes]:
    """An ``application/problem+json`` response for one problem."""
    return Response(
        _encode(problem),
        status_code=problem.status,
        media_type=PROBLEM_MEDIA_TYPE,
        headers=dict(headers or {}),
    )


def encode_problem(problem: Problem) -> bytes:
    """The JSON bytes of a problem (for batch and stream bodies)."""
    return _encode(problem)


def _app_error_handler(_: Request[Any, Any, Any], exc: AppError) -> Response[bytes]:
    if exc.status >= 500:
        log.warning("%s: %s", exc.slug, exc.detail or exc.title)
    return problem_response(exc.problem(), exc.headers)


def _http_exception_handler(request: Request[Any, Any, Any], exc: HTTPException) -> Response[bytes]:
    """Litestar's own errors (routing, body limit, malformed headers) as our problem types."""
    kind = _BY_STATUS.get(exc.status_code)
    if kind is PayloadTooLarge:
        limit = request.app.state.get("max_bytes")
        return _app_error_handler(request, PayloadTooLarge(f"The request body exceeds the limit of {limit} bytes."))
    if kind is not None:
        detail = exc.detail if exc.status_code != 500 else None
        return _app_error_handler(request, kind(detail, headers=exc.headers or {}))
    if exc.status_code < 500:
        status = HTTPStatus(exc.status_code)
        problem = Problem(type="about:blank", title=status.phrase, status=exc.status_code, detail=exc.detail)
        return problem_response(problem, exc.headers)
    return _unexpected_handler(request, exc)


def _unexpected_handler(request: Request[Any, Any, Any], exc: Exception) -> Response[bytes]:
    # The one place a bug surfaces: the log gets the traceback, the client a bare 500.
    log.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return problem_response(InternalError().problem())


EXCEPTION_HANDLERS: ExceptionHandlersMap = {
    AppError: _app_error_handler,
    HTTPException: _http_exception_handler,
    Exception: _unexpected_handler,
}
