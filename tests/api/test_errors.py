"""Every error is an RFC 9457 problem with a stable type, never a stack trace, never cached."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any

import pytest
import redis
from litestar import Litestar
from litestar.testing import AsyncTestClient, TestClient

from api.app import create_app
from api.errors import ERRORS
from extractors.pipeline import Summarizer
from tests.api.conftest import CountingSummarizer, assert_problem, client_for, make_settings

PLAIN = "The city council approved the budget on Tuesday after a long debate."


@pytest.mark.parametrize(
    ("body", "content_type", "status", "slug", "field"),
    [
        (b'{"text": ""}', "application/json", 422, "empty-text", "text"),
        (b'{"text": " \\n\\t "}', "application/json", 422, "empty-text", "text"),
        (b"", "text/plain", 422, "empty-text", "text"),
        (b"  \n ", "text/plain", 422, "empty-text", "text"),
        (b'{"text": "a", "language": "fr"}', "application/json", 422, "unsupported-language", "language"),
        (b'{"text": "a", "published": "yesterday"}', "application/json", 422, "invalid-published", "published"),
        (b'{"text": "a", "published": "2024-02-30"}', "application/json", 422, "invalid-published", "published"),
        (b'{"text": "a", "publisehd": "2024-02-03"}', "application/json", 422, "invalid-field", "publisehd"),
        (b'{"text": 42}', "application/json", 422, "invalid-field", "text"),
        (b'{"text": "a", "title": ["x"]}', "application/json", 422, "invalid-field", "title"),
        (b'{"title": "no text"}', "application/json", 422, "invalid-field", "text"),
        (b'["a"]', "application/json", 422, "invalid-field", None),
        (b'{"text": "a"', "application/json", 400, "malformed-body", None),
        (b"{'text': 'a'}", "application/json", 400, "malformed-body", None),
        (b"caf\xe9", "text/plain", 400, "malformed-body", None),
        (b'{"text": "a"}', "application/x-www-form-urlencoded", 415, "unsupported-media-type", None),
        (b'{"text": "a"}', "application/xml", 415, "unsupported-media-type", None),
        (b"a", "text/plain; charset=no-such-charset", 415, "unsupported-media-type", None),
        (b"a", "text/plain; charset=rot13", 415, "unsupported-media-type", None),
        (b"a", "text/plain; charset=hex", 415, "unsupported-media-type", None),
        # Charsets outside the allow-list: an uncaught UnicodeError, or lone surrogates spaCy
        # cannot encode, were 500s.
        (b"a", "text/plain; charset=punycode", 415, "unsupported-media-type", None),
        (b"+2D3ePQ-", "text/plain; charset=utf-7", 415, "unsupported-media-type", None),
        (b"\\ud800 a", "text/plain; charset=raw_unicode_escape", 415, "unsupported-media-type", None),
        (b"a\x00", "text/plain; charset=utf-16", 415, "unsupported-media-type", None),
        (b'{"text": "a"}', "application/json; charset=utf-16", 415, "unsupported-media-type", None),
        (b'{"text": "caf\xe9"}', "application/json", 400, "malformed-body", None),
        # published: what DESIGN.md says, a real date, a year with room for relative dates.
        (b'{"text": "a", "published": "20240318"}', "application/json", 422, "invalid-published", "published"),
        (b'{"text": "a", "published": "2024-W12-1"}', "application/json", 422, "invalid-published", "published"),
        (b'{"text": "a", "published": "2024-078"}', "application/json", 422, "invalid-published", "published"),
        (b'{"text": "a", "published": "0001-01-01"}', "application/json", 422, "invalid-published", "published"),
        (b'{"text": "a", "published": "9999-12-31"}', "application/json", 422, "invalid-published", "published"),
    ],
)
def test_errors_bad_requests_are_problems(
    memory_client: TestClient[Litestar], body: bytes, content_type: str, status: int, slug: str, field: str | None
) -> None:
    response = memory_client.post("/v1/summaries", content=body, headers={"content-type": content_type})
    problem = assert_problem(response, status, slug, field)
    assert problem["detail"]


@pytest.mark.parametrize(
    ("charset", "encoding"),
    [
        ("utf-8", "utf-8"),
        ("UTF8", "utf-8"),
        ("iso-8859-1", "latin-1"),
        ("windows-1252", "cp1252"),
        ("us-ascii", "ascii"),
    ],
)
def test_errors_text_plain_in_an_allowed_charset_is_read(
    memory_client: TestClient[Litestar], charset: str, encoding: str
) -> None:
    text = "Zurich's cafe owners said prices rose." if encoding == "ascii" else "Zürich’s café owners said prices rose."
    if encoding == "latin-1":
        text = text.replace("’", "'")
    response = memory_client.post(
        "/v1/summaries", content=text.encode(encoding), headers={"content-type": f"text/plain; charset={charset}"}
    )
    assert response.status_code == 200
    for actor in response.json()["who"]:
        for mention in actor["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"]


def test_errors_a_huge_unknown_field_name_is_not_echoed(memory_client: TestClient[Litestar]) -> None:
    name = "x" * 1_000_000
    response = memory_client.post(
        "/v1/summaries",
        content=b'{"text": "a", "' + name.encode() + b'": 1}',
        headers={"content-type": "application/json"},
    )
    problem = assert_problem(response, 422, "invalid-field")
    assert len(response.content) < 1000  # was 2 MB: the name twice
    assert problem["field"].startswith("xxx") and problem["field"].endswith("…")


def test_errors_missing_content_type_is_415(memory_client: TestClient[Litestar]) -> None:
    response = memory_client.post("/v1/summaries", content=b'{"text": "a"}', headers={"content-type": ""})
    assert_problem(response, 415, "unsupported-media-type")


def test_errors_body_over_the_limit_is_413(summarizer: Summarizer) -> None:
    with client_for(create_app(make_settings(max_bytes=100), summarizer=summarizer)) as client:
        response = client.post("/v1/summaries", json={"text": "word " * 100})
        problem = assert_problem(response, 413, "payload-too-large")
        assert "100 bytes" in problem["detail"]
        assert client.post("/v1/summaries", json={"text": "short"}).status_code == 200


def test_errors_unknown_route_and_method_are_problems_and_counted(memory_client: TestClient[Litestar]) -> None:
    assert_problem(memory_client.get("/v1/nothing"), 404, "not-found")
    assert_problem(memory_client.get("/v1/summaries"), 405, "method-not-allowed")
    metrics = memory_client.get("/metrics").text
    counted = {
        line.split("status=")[1][1:4] for line in metrics.splitlines() if line.startswith("newsum_requests_total{")
    }
    assert {"404", "405"} <= counted


def test_errors_unexpected_exception_is_a_bare_500_and_the_process_goes_on(summarizer: Summarizer) -> None:
    counting = CountingSummarizer(summarizer, fail=True)
    with client_for(create_app(make_settings(), summarizer=counting)) as client:
        response = client.post("/v1/summaries", json={"text": PLAIN})
        problem = assert_problem(response, 500, "internal-error")
        assert "boom" not in response.text and "/etc/newsum" not in response.text
        assert set(problem) == {"type", "title", "status"}
        counting.fail = False
        again = client.post("/v1/summaries", json={"text": PLAIN})
    assert (again.status_code, again.headers["x-cache"]) == (200, "miss")  # the failure was not cached


def test_errors_timeout_is_503_with_retry_after(summarizer: Summarizer) -> None:
    slow = CountingSummarizer(summarizer, delay_s=1.0)
    with client_for(create_app(make_settings(timeout_s=0.2), summarizer=slow)) as client:
        started = time.perf_counter()
        response = client.post("/v1/summaries", json={"text": PLAIN})
        elapsed = time.perf_counter() - started
    problem = assert_problem(response, 503, "timeout")
    assert response.headers["retry-after"] == "1"
    assert "NEWSUM_TIMEOUT_S" in problem["detail"]
    assert elapsed < 0.8  # answered at the limit, not when the work ended


def test_errors_a_failing_article_in_the_parser_process_is_a_500_and_the_next_is_served(key_prefix: str) -> None:
    from api.parser import ProcessRunner

    runner = ProcessRunner("unused", factory="tests.api.doubles:behaving")
    with client_for(create_app(make_settings(key_prefix=key_prefix), runner=runner)) as client:
        crashed = client.post("/v1/summaries", json={"text": "CRASH the parser"})
        failed = client.post("/v1/summaries", json={"text": "FAIL in an extractor"})
        served = client.post("/v1/summaries", json={"text": PLAIN})
        metrics = client.get("/metrics").text
    assert_problem(crashed, 500, "internal-error")
    assert_problem(failed, 500, "internal-error")
    assert served.status_code == 200
    assert "newsum_parser_restarts_total" in metrics


@pytest.mark.redis
def test_errors_are_never_cached(summarizer: Summarizer, redis_url: str, key_prefix: str) -> None:
    failing = CountingSummarizer(summarizer, fail=True)
    app = create_app(make_settings(redis_url=redis_url, key_prefix=key_prefix), summarizer=failing)
    with client_for(app) as client:
        assert client.post("/v1/summaries", json={"text": PLAIN}).status_code == 500
        assert client.post("/v1/summaries", json={"text": " "}).status_code == 422
        assert client.post("/v1/summaries", json={"text": "a", "language": "de"}).status_code == 422
    store = redis.Redis.from_url(redis_url)
    assert list(store.scan_iter(match=f"{key_prefix}*")) == []
    store.close()


def test_errors_every_type_is_distinct_and_documented() -> None:
    slugs = [error.slug for error in ERRORS]
    assert len(slugs) == len(set(slugs))
    from pathlib import Path

    docs = (Path(__file__).resolve().parents[2] / "docs" / "api.md").read_text(encoding="utf-8")
    for error in ERRORS:
        assert error.slug in docs, f"problem type {error.slug!r} is not documented in docs/api.md"


# -- the body limit without reading the body ------------------------------------------------


def _scope(headers: list[tuple[bytes, bytes]]) -> dict[str, Any]:
    return {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.3"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/v1/summaries",
        "raw_path": b"/v1/summaries",
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"test"), (b"content-type", b"application/json"), *headers],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 80),
        "state": {},
    }


class _Body:
    """An ASGI receive() that would send ``chunks`` chunks of ``size`` bytes, counting reads."""

    def __init__(self, chunks: int, size: int) -> None:
        self.remaining = chunks
        self.size = size
        self.reads = 0

    async def __call__(self) -> dict[str, Any]:
        self.reads += 1
        self.remaining -= 1
        return {"type": "http.request", "body": b" " * self.size, "more_body": self.remaining > 0}


async def _call(app: Litestar, scope: dict[str, Any], receive: _Body) -> int:
    messages: list[dict[str, Any]] = []

    async def send(message: Any) -> None:
        messages.append(message)

    await app(scope, receive, send)  # type: ignore[arg-type]
    return int(messages[0]["status"])


@pytest.fixture
def small_limit_app(summarizer: Summarizer) -> Iterator[Litestar]:
    yield create_app(make_settings(max_bytes=1000), summarizer=summarizer)


@pytest.mark.anyio
async def test_errors_413_from_content_length_reads_nothing(small_limit_app: Litestar) -> None:
    async with AsyncTestClient(small_limit_app):  # runs the lifespan
        body = _Body(chunks=10_000, size=1000)
        status = await _call(small_limit_app, _scope([(b"content-length", b"10000000")]), body)
    assert (status, body.reads) == (413, 0)


class _Trickle(_Body):
    """A client that sends one byte, then nothing for a long time."""

    async def __call__(self) -> dict[str, Any]:
        if self.reads:
            await asyncio.sleep(3600)
        return await super().__call__()


@pytest.mark.anyio
async def test_errors_a_body_that_does_not_arrive_in_time_is_408_and_closes(summarizer: Summarizer) -> None:
    app = create_app(make_settings(read_timeout_s=1), summarizer=summarizer)
    async with AsyncTestClient(app):
        messages: list[dict[str, Any]] = []

        async def send(message: Any) -> None:
            messages.append(message)

        started = time.perf_counter()
        await app(_scope([(b"content-length", b"100")]), _Trickle(chunks=100, size=1), send)  # type: ignore[arg-type]
        elapsed = time.perf_counter() - started
    assert messages[0]["status"] == 408
    assert (b"connection", b"close") in messages[0]["headers"]
    assert elapsed < 3


@pytest.mark.anyio
async def test_errors_413_from_a_chunked_body_stops_past_the_limit(small_limit_app: Litestar) -> None:
    async with AsyncTestClient(small_limit_app):
        body = _Body(chunks=10_000, size=400)
        status = await _call(small_limit_app, _scope([]), body)
    assert (status, body.reads) == (413, 3)  # 1,200 bytes > 1,000: stops there, not after 4 MB
