"""HTTP handlers: thin functions that decode, call the summary service and answer.

Request bodies are read and decoded here rather than by the framework (see api/schemas.py);
``api.openapi_docs`` makes the OpenAPI document describe them all the same.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Annotated, Any, cast

import msgspec
from litestar import Request, Response, get, post
from litestar.datastructures import ResponseHeader
from litestar.di import NamedDependency, Provide
from litestar.exceptions import HTTPException
from litestar.openapi.datastructures import ResponseSpec
from litestar.params import HeaderParameter, Parameter, QueryParameter
from litestar.response.streaming import ASGIStreamingResponse
from litestar.types import Send

from api import metrics
from api.errors import (
    PROBLEM_MEDIA_TYPE,
    AppError,
    CacheUnavailable,
    InternalError,
    InvalidField,
    NotReady,
    PayloadTooLarge,
    Problem,
    RequestTimeout,
    SummaryNotFound,
    TooManyArticles,
    UnsupportedMediaType,
    encode_problem,
)
from api.exports import (
    DisplacyDocument,
    ExportFormat,
    NinjsDocument,
    StoredArticle,
    SummaryRecord,
    to_displacy,
    to_ninjs,
)
from api.openapi_docs import body_operation, documents_body
from api.schemas import (
    MAX_BATCH,
    BatchRequest,
    BatchResponse,
    Health,
    ServiceInfo,
    SummaryRequest,
    app_error,
    decode_batch,
    decode_request,
    text_article,
    to_article,
)
from api.stores import StoreUnavailable
from api.summaries import Summaries
from extractors.article import Article
from extractors.inputs import InputError, SizeLimits, charset, decode_text
from extractors.offsets import DEFAULT_UNIT, OFFSET_UNITS, convert_offsets
from extractors.types import PACKAGE_VERSION, OffsetUnit, Summary

log = logging.getLogger(__name__)

NDJSON = "application/x-ndjson"
_NDJSON_TYPES = (NDJSON, "application/jsonl", "application/x-jsonlines", "application/json-lines")
_STREAM_GROUP = 16  # articles parsed together with nlp.pipe while streaming

_CACHE_HEADERS = [
    ResponseHeader(
        name="X-Cache",
        value="hit",  # documentation only: gives the header its string schema
        description="hit: served from the cache; miss: computed and cached; bypass: computed, cache unavailable.",
        documentation_only=True,
    ),
    ResponseHeader(
        name="ETag",
        value='"sha256:<hex>"',
        description='The summary id in quotes: "sha256:<hex>".',
        documentation_only=True,
    ),
]


Offsets = Annotated[
    str,
    QueryParameter(
        name="offsets",
        description=(
            "The unit of every offset in the answer: 'codepoint' (Python string indices, the default), 'utf16' "
            "(JavaScript, Java, C#) or 'utf8' (bytes: Go, Rust). The Summary's `offsets` says which it is."
        ),
        schema_extra={"enum": list(OFFSET_UNITS)},
        required=False,
    ),
]
IfNoneMatch = Annotated[
    str | None,
    HeaderParameter(
        name="If-None-Match",
        description="ETags of summaries the client holds: when one names this summary, the answer is 304, no body.",
        required=False,
    ),
]


def _unit(offsets: str) -> OffsetUnit:
    if offsets not in OFFSET_UNITS:
        raise InvalidField(
            f"'offsets' must be one of {', '.join(OFFSET_UNITS)}, got {offsets[:20]!r}.", field="offsets"
        )
    unit: OffsetUnit = offsets  # narrowed by the check above
    return unit


_decode_summary = msgspec.json.Decoder(Summary).decode
_encode = msgspec.json.Encoder().encode


def _in_unit(body: bytes, text: str, unit: OffsetUnit) -> bytes:
    """An encoded answer with its offsets in ``unit`` (a problem has none and is sent as it is)."""
    if unit == DEFAULT_UNIT:
        return body
    try:
        summary = _decode_summary(body)
    except msgspec.ValidationError:
        return body
    return _encode(convert_offsets(summary, text, unit))


def _problems(*statuses: int) -> dict[int, ResponseSpec]:
    descriptions = {
        304: "The client's If-None-Match already names this summary.",
        401: "API keys are on (NEWSUM_API_KEYS) and the request has no valid key (Bearer or X-API-Key).",
        429: "Over NEWSUM_RATE_LIMIT for this key (or client address): retry after Retry-After seconds.",
        400: "Malformed body (invalid JSON or text encoding).",
        408: "A stream line did not arrive within NEWSUM_READ_TIMEOUT_S (the connection is closed).",
        413: "Body larger than NEWSUM_MAX_BYTES, or the text over NEWSUM_MAX_CHARS or NEWSUM_MAX_TOKENS.",
        415: "Content-Type not accepted here.",
        404: "No cached summary has this id (never made, expired, or made by another pipeline version).",
        422: (
            "Invalid field or query parameter, empty text, unsupported language, invalid published date, "
            "or too many articles."
        ),
        500: "An unexpected error; the log has the details, the client none.",
        503: (
            "Over NEWSUM_TIMEOUT_S, not ready, or (fetch by id) the cache does not answer: retry after "
            "Retry-After seconds."
        ),
    }
    return {
        status: ResponseSpec(
            data_container=None if status == 304 else Problem,
            media_type=PROBLEM_MEDIA_TYPE,
            description=descriptions[status],
            generate_examples=False,
        )
        for status in statuses
    }


def _json(body: bytes, **kwargs: Any) -> Response[Any]:
    """A response whose body is already-encoded JSON, sent as is (a cache hit is never re-encoded).

    The handlers' return annotations name the model, so the OpenAPI document describes it.
    """
    return Response(body, media_type="application/json", **kwargs)


def _media_type(request: Request[Any, Any, Any]) -> tuple[str, dict[str, str]]:
    media_type, options = request.content_type
    return media_type.lower(), options


_CLOSE = {"Connection": "close"}


def _read_timeout(request: Request[Any, Any, Any]) -> float:
    return float(request.app.state.settings.read_timeout_s)


async def _body(request: Request[Any, Any, Any]) -> bytes:
    """The whole body, within NEWSUM_MAX_BYTES and NEWSUM_READ_TIMEOUT_S."""
    timeout = _read_timeout(request)
    try:
        async with asyncio.timeout(timeout):
            return await request.body()
    except TimeoutError:
        raise RequestTimeout(
            f"The body did not arrive within {timeout:g} s (NEWSUM_READ_TIMEOUT_S).", headers=_CLOSE
        ) from None
    except HTTPException as exc:
        if exc.status_code == 413:
            limit = request.route_handler.resolve_request_max_body_size()
            raise PayloadTooLarge(f"The request body exceeds the limit of {limit} bytes (NEWSUM_MAX_BYTES).") from None
        raise


def _charset(declared: str | None) -> str:
    """The codec for a declared charset (none: UTF-8); 415 for one outside the allow-list."""
    try:
        return charset(declared)
    except InputError as exc:
        raise app_error(exc) from None


def _require_utf8(options: dict[str, str]) -> None:
    """JSON is UTF-8 (RFC 8259): a body declared in another charset would be misread."""
    declared = options.get("charset")
    if declared is not None and _charset(declared) not in ("utf-8", "ascii"):
        raise UnsupportedMediaType(f"Charset {declared[:40]!r} is not accepted for JSON: send UTF-8.")


def _decode_text(body: bytes, declared: str | None) -> str:
    try:
        return decode_text(body, _charset(declared))
    except InputError as exc:
        raise app_error(exc) from None


def _limits(request: Request[Any, Any, Any]) -> SizeLimits:
    settings = request.app.state.settings
    return SizeLimits(chars=settings.max_chars, tokens=settings.max_tokens)


def _not_modified(header: str | None, summary_id: str) -> bool:
    if not header:
        return False
    tags = {tag.strip().removeprefix("W/").strip('"') for tag in header.split(",")}
    return "*" in tags or summary_id in tags


def provide_summaries(request: Request[Any, Any, Any]) -> Summaries:
    """The worker's summary service, opened by the lifespan."""
    summaries = request.app.state.get("summaries")
    if summaries is None:
        raise NotReady("The service is starting: retry shortly.", headers={"Retry-After": "1"})
    return cast(Summaries, summaries)


@post(
    "/v1/summaries",
    operation_id="createSummary",
    tags=["summaries"],
    summary="Summarise one article",
    status_code=200,
    response_headers=_CACHE_HEADERS,
    responses=_problems(304, 400, 401, 413, 415, 422, 429, 500, 503),
    dependencies={"_body_schema": Provide(documents_body(SummaryRequest), sync_to_thread=False)},
    operation_class=body_operation("application/json", "text/plain"),
)
async def create_summary(
    request: Request[Any, Any, Any],
    summaries: NamedDependency[Summaries],
    offsets: Offsets = DEFAULT_UNIT,
    if_none_match: IfNoneMatch = None,
) -> Response[Summary]:
    """Summarise one article: who, what, quantities, dates, sources and denials, with offsets.

    Send JSON (`SummaryRequest`) or `text/plain` (the whole body is the article). The answer is
    cached by content: the same text, title, date and versions give the same `id`, which is
    also the `ETag`; a request with `If-None-Match` naming it is answered 304 without work.
    """
    unit = _unit(offsets)
    media_type, options = _media_type(request)
    article: Article
    if media_type == "application/json" or media_type.endswith("+json"):
        _require_utf8(options)
        article = to_article(decode_request(await _body(request)), limits=_limits(request))
    elif media_type == "text/plain":
        article = text_article(_decode_text(await _body(request), options.get("charset")), _limits(request))
    else:
        raise UnsupportedMediaType(
            f"Content-Type {media_type or '(none)'!r} is not accepted: send application/json or text/plain."
        )
    keyed = summaries.key(article)
    etag = f'"{keyed[0]}"'
    if _not_modified(if_none_match, keyed[0]):
        return cast(Response[Summary], Response(b"", status_code=304, headers={"ETag": etag}))
    answer = await summaries.one(article, keyed=keyed)
    return _json(_in_unit(answer.body, article.text, unit), headers={"X-Cache": answer.cache, "ETag": etag})


_SUMMARY_ID = re.compile(r"sha256:[0-9a-f]{64}")
_decode_stored = msgspec.json.Decoder(StoredArticle).decode

Format = Annotated[
    str,
    QueryParameter(
        name="format",
        description=(
            "'json' (the default): a SummaryRecord, the summary and the article it was made from; 'ninjs': an "
            "IPTC ninjs 2.2 news item; 'displacy': spaCy displaCy's manual-render input (code-point offsets)."
        ),
        schema_extra={"enum": [f.value for f in ExportFormat]},
        required=False,
    ),
]


def _format(value: str) -> ExportFormat:
    try:
        return ExportFormat(value)
    except ValueError:
        choices = ", ".join(f.value for f in ExportFormat)
        raise InvalidField(f"'format' must be one of {choices}, got {value[:20]!r}.", field="format") from None


@get(
    "/v1/summaries/{summary_id:str}",
    operation_id="getSummary",
    tags=["summaries"],
    summary="Fetch a cached summary by id, as JSON, ninjs or displaCy",
    response_headers=_CACHE_HEADERS[1:],
    responses={
        200: ResponseSpec(
            data_container=SummaryRecord | NinjsDocument | DisplacyDocument,  # type: ignore[arg-type]
            description=(
                "format=json: a SummaryRecord (the summary and the article it was made from); "
                "format=ninjs: an IPTC ninjs 2.2 NinjsDocument; format=displacy: a DisplacyDocument."
            ),
            generate_examples=False,
        ),
        **_problems(304, 401, 404, 422, 429, 500, 503),
    },
)
async def get_summary(
    summaries: NamedDependency[Summaries],
    summary_id: Annotated[
        str,
        Parameter(
            description="The summary id, 'sha256:<64 hex digits>' (the `id` of a Summary, also its ETag).",
            schema_extra={"pattern": f"^{_SUMMARY_ID.pattern}$"},
        ),
    ],
    format: Format = ExportFormat.JSON.value,
    offsets: Offsets = DEFAULT_UNIT,
    if_none_match: IfNoneMatch = None,
) -> Response[SummaryRecord | NinjsDocument | DisplacyDocument]:
    """A summary from the cache, with the article text it was made from (kept beside it).

    Summaries stay as long as the cache keeps them (NEWSUM_CACHE_TTL_S); one that is gone, or was
    made by another pipeline version, is a 404 problem: post the article again. `format=ninjs`
    answers an IPTC ninjs 2.2 news item and `format=displacy` spaCy displaCy's manual-render input.
    `offsets` applies to `format=json`.
    """
    export, unit = _format(format), _unit(offsets)
    if not _SUMMARY_ID.fullmatch(summary_id):
        raise SummaryNotFound(f"{summary_id[:80]!r} is not a summary id: ids look like 'sha256:<64 hex digits>'.")
    etag = f'"{summary_id}"'
    if _not_modified(if_none_match, summary_id):
        return cast(
            Response[SummaryRecord | NinjsDocument | DisplacyDocument],
            Response(b"", status_code=304, headers={"ETag": etag}),
        )
    try:
        found = await summaries.fetch(summary_id)
    except StoreUnavailable:
        raise CacheUnavailable(
            "The cache does not answer now, so summaries cannot be fetched by id: retry shortly.",
            headers={"Retry-After": "1"},
        ) from None
    if found is None:
        raise SummaryNotFound(
            f"No cached summary has the id {summary_id}: it expired or was never made by this version. "
            "Post the article to /v1/summaries again."
        )
    body, article = found
    headers = {"ETag": etag}
    stored = _decode_stored(article)
    if export is ExportFormat.JSON:
        body = _in_unit(body, stored.text, unit)
        return _json(
            b'{"id":"' + summary_id.encode() + b'","article":' + article + b',"summary":' + body + b"}", headers=headers
        )
    summary = _decode_summary(body)
    document = to_ninjs(summary, stored) if export is ExportFormat.NINJS else to_displacy(summary, stored)
    return _json(_encode(document), headers=headers)


def _batch_items(raw_articles: list[Any], limits: SizeLimits | None = None) -> list[Article | AppError]:
    items: list[Article | AppError] = []
    for index, raw in enumerate(raw_articles):
        try:
            where = f"articles[{index}]"
            items.append(to_article(decode_request(raw, where, what=where), where, limits))
        except AppError as exc:
            items.append(exc)
    return items


@post(
    "/v1/summaries/batch",
    operation_id="createSummaryBatch",
    tags=["summaries"],
    summary="Summarise up to 64 articles",
    status_code=200,
    responses=_problems(400, 401, 413, 415, 422, 429, 500, 503),
    dependencies={"_body_schema": Provide(documents_body(BatchRequest), sync_to_thread=False)},
)
async def create_summary_batch(
    request: Request[Any, Any, Any], summaries: NamedDependency[Summaries], offsets: Offsets = DEFAULT_UNIT
) -> Response[BatchResponse]:
    """Summarise up to 64 articles, answered in request order.

    Each result is a `Summary`, or a problem object (with `index`) for that article alone: one
    bad or slow article never fails the others. Misses are parsed together (`nlp.pipe`).
    """
    unit = _unit(offsets)
    media_type, options = _media_type(request)
    if media_type != "application/json" and not media_type.endswith("+json"):
        raise UnsupportedMediaType(f"Content-Type {media_type or '(none)'!r} is not accepted: send application/json.")
    _require_utf8(options)
    raw_articles = decode_batch(await _body(request))
    if len(raw_articles) > MAX_BATCH:
        raise TooManyArticles(
            f"{len(raw_articles)} articles sent; at most {MAX_BATCH} per batch (use /v1/summaries/stream for more).",
            field="articles",
        )
    items = _batch_items(raw_articles, _limits(request))
    answers = await summaries.many(items)
    answers = [
        _in_unit(answer, item.text, unit) if isinstance(item, Article) else answer
        for item, answer in zip(items, answers, strict=True)
    ]
    return _json(b'{"results":[' + b",".join(answers) + b"]}")


@post(
    "/v1/summaries/stream",
    operation_id="streamSummaries",
    tags=["summaries"],
    summary="Summarise a stream of articles (NDJSON in, NDJSON out)",
    status_code=200,
    media_type=NDJSON,
    responses=_problems(400, 401, 415, 422, 429, 500),
    # Archives can be large: NEWSUM_STREAM_MAX_BYTES bounds the whole stream (in _lines, so that the
    # answers already sent stand), NEWSUM_MAX_BYTES each line.
    request_max_body_size=None,
    dependencies={"_body_schema": Provide(documents_body(SummaryRequest), sync_to_thread=False)},
    operation_class=body_operation(NDJSON, lines_out=NDJSON),
)
async def stream_summaries(
    request: Request[Any, Any, Any], summaries: NamedDependency[Summaries], offsets: Offsets = DEFAULT_UNIT
) -> DuplexStream:
    """Summarise articles sent one JSON `SummaryRequest` per line; answers stream back one per line.

    Each output line is a `Summary`, or a problem object whose `index` is the article's position
    (blank lines are skipped and not counted). Lines over NEWSUM_MAX_BYTES get a 413 problem. A
    stream over NEWSUM_STREAM_MAX_BYTES ends with a 413 problem, and one whose next line does not
    arrive within NEWSUM_READ_TIMEOUT_S with a 408 problem.
    """
    unit = _unit(offsets)
    media_type, options = _media_type(request)
    if media_type not in _NDJSON_TYPES:
        raise UnsupportedMediaType(f"Content-Type {media_type or '(none)'!r} is not accepted: send {NDJSON}.")
    _require_utf8(options)
    settings = request.app.state.settings
    lines = _lines(request, StreamLimits(settings.max_bytes, settings.stream_max_bytes, settings.read_timeout_s))
    return DuplexStream(iterator=_stream(lines, summaries, unit, _limits(request)), media_type=NDJSON)


class DuplexStream(ASGIStreamingResponse):
    """A streamed response that may read the request body while it sends.

    Litestar's streaming response listens for a disconnect by calling ``receive()``, which would
    swallow the request body this route reads line by line as it answers. A disconnect shows up
    here instead as an error from the request stream or from ``send``.
    """

    async def send_body(self, send: Send, receive: Any) -> None:
        await self._stream(send)


@dataclass(frozen=True, slots=True)
class StreamLimits:
    """What one stream may cost: bytes per line, bytes in all, seconds to receive one line."""

    line_bytes: int
    total_bytes: int
    line_seconds: float


async def _lines(request: Request[Any, Any, Any], limits: StreamLimits) -> AsyncIterator[bytes | AppError]:
    """Non-blank lines of the request body; a line over the limit becomes an error, unbuffered.

    The buffer is scanned for a newline only where new bytes arrived, so a client sending one
    byte at a time costs linear time. A line must arrive within ``line_seconds`` (counted while
    waiting for the client only), and the whole stream within ``total_bytes``: past either, the
    last answer is a problem and reading stops.
    """
    chunks = aiter(request.stream())
    pending = bytearray()
    scanned = 0  # pending[:scanned] holds no newline
    skipping = False  # inside a line already reported as too long
    received = 0
    while True:
        try:
            async with asyncio.timeout(limits.line_seconds):
                chunk = await anext(chunks, None)
        except TimeoutError:
            yield RequestTimeout(f"A line did not arrive within {limits.line_seconds:g} s (NEWSUM_READ_TIMEOUT_S).")
            return
        if chunk is None:
            break
        received += len(chunk)
        over = received > limits.total_bytes
        if over:  # the lines that end within the limit are still answered
            chunk = chunk[: max(0, len(chunk) - (received - limits.total_bytes))]
        pending += chunk
        while (newline := pending.find(b"\n", scanned)) >= 0:
            line = bytes(pending[:newline])
            del pending[: newline + 1]
            scanned = 0
            if skipping:
                skipping = False
            elif len(line) > limits.line_bytes:
                yield _line_too_long(limits)
            elif line.strip():
                yield line
        scanned = len(pending)
        if over:
            yield PayloadTooLarge(
                f"The stream exceeds the limit of {limits.total_bytes} bytes (NEWSUM_STREAM_MAX_BYTES)."
            )
            return
        if len(pending) > limits.line_bytes:
            if not skipping:
                yield _line_too_long(limits)
            skipping, pending, scanned = True, bytearray(), 0
    if pending.strip() and not skipping:
        yield bytes(pending)


def _line_too_long(limits: StreamLimits) -> PayloadTooLarge:
    return PayloadTooLarge(f"The line exceeds the limit of {limits.line_bytes} bytes (NEWSUM_MAX_BYTES).")


async def _answers(group: list[Article | AppError], summaries: Summaries, first: int, unit: OffsetUnit) -> list[bytes]:
    answers = await _many_or_problems(summaries, group, first)
    return [
        (_in_unit(answer, item.text, unit) if isinstance(item, Article) else answer) + b"\n"
        for item, answer in zip(group, answers, strict=True)
    ]


async def _stream(
    lines: AsyncIterator[bytes | AppError],
    summaries: Summaries,
    unit: OffsetUnit = DEFAULT_UNIT,
    limits: SizeLimits | None = None,
) -> AsyncIterator[bytes]:
    group: list[Article | AppError] = []
    index = 0
    async for line in lines:
        item: Article | AppError
        if isinstance(line, AppError):
            item = line
        else:
            try:
                item = to_article(decode_request(line, what="The line"), limits=limits)
            except AppError as exc:
                item = exc
        group.append(item)
        index += 1
        if len(group) >= _STREAM_GROUP:
            for answer in await _answers(group, summaries, index - len(group), unit):
                yield answer
            group = []
    if group:
        for answer in await _answers(group, summaries, index - len(group), unit):
            yield answer


async def _many_or_problems(summaries: Summaries, group: list[Article | AppError], first_index: int) -> list[bytes]:
    """The group's answers; should the service itself fail, a problem for each of its articles.

    A stream already answered 200 and sent earlier lines: an exception here would cut it short and
    lose them for the client, so every line still gets its answer.
    """
    try:
        return await summaries.many(group, first_index=first_index)
    except Exception as exc:
        error = exc if isinstance(exc, AppError) else InternalError()
        if not isinstance(exc, AppError):
            log.error("stream group failed", exc_info=exc)
        return [
            encode_problem((item if isinstance(item, AppError) else error).problem(index=first_index + i))
            for i, item in enumerate(group)
        ]


@get("/healthz", operation_id="getHealth", tags=["operations"], summary="Liveness")
async def healthz() -> Health:
    """The process is up and serving."""
    return Health(status="ok")


@get(
    "/readyz",
    operation_id="getReadiness",
    tags=["operations"],
    summary="Readiness",
    responses={503: ResponseSpec(Health, description="Not ready: the model is not loaded yet.")},
)
async def readyz(request: Request[Any, Any, Any]) -> Response[Health]:
    """Ready once the model is loaded. With Redis: `degraded` (still 200, requests are answered) while it
    does not answer (`redis-bypassed`) or refuses writes (`redis-read-only`: full, nothing new is cached)."""
    summaries: Summaries | None = request.app.state.get("summaries")
    if summaries is None:
        return Response(Health(status="unavailable"), status_code=503)
    cache = summaries.store.kind
    health = await summaries.cache_health() if cache == "redis" else "ok"
    if health != "ok":
        cache = "redis-bypassed" if health == "down" else "redis-read-only"
    status = "ok" if health == "ok" else "degraded"
    return Response(Health(status=status, model=summaries.runner.version.model, cache=cache))


@get(
    "/v1/version",
    operation_id="getVersion",
    tags=["operations"],
    summary="Versions",
    responses=_problems(401, 429),
)
async def version(summaries: NamedDependency[Summaries]) -> ServiceInfo:
    """Package, pipeline, model and schema versions (all part of every cache key)."""
    v = summaries.runner.version
    return ServiceInfo(package=PACKAGE_VERSION, pipeline=v.pipeline, model=v.model, schema=v.schema)


@get(
    "/metrics",
    operation_id="getMetrics",
    tags=["operations"],
    summary="Prometheus metrics",
    responses=_problems(401, 429),
    media_type=metrics.CONTENT_TYPE,
)
async def prometheus_metrics() -> Response[str]:
    """Requests, latency, cache hits/misses/bypasses and extraction time, summed over workers."""
    return cast(Response[str], Response(metrics.render(), media_type=metrics.CONTENT_TYPE))


ROUTES = [
    create_summary,
    create_summary_batch,
    get_summary,
    stream_summaries,
    healthz,
    readyz,
    version,
    prometheus_metrics,
]
