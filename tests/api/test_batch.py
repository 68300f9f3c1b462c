"""Batch and NDJSON stream: answers in order, a problem for a bad article alone."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator

import pytest
from litestar import Litestar
from litestar.testing import TestClient

from api.app import create_app
from api.errors import PROBLEM_BASE, AppError, RequestTimeout
from api.routes import StreamLimits, _lines
from extractors.pipeline import Summarizer
from tests.api.conftest import CountingSummarizer, client_for, make_settings

TEXTS = [
    "date 2024-03-18 SEOUL. – North Korea has sent about 7,000 containers to Russia.",
    "The city council approved the budget on Tuesday after a long debate.",
    "Shares of the company fell 5% after it cut its forecast, analysts said.",
]


def test_batch_answers_in_order_with_per_article_problems(memory_client: TestClient[Litestar]) -> None:
    articles = [
        {"text": TEXTS[0]},
        {"text": "   "},
        {"text": TEXTS[1], "published": "2024-05-01"},
        {"text": TEXTS[2], "language": "fr"},
        {"text": TEXTS[2], "colour": "red"},
        {"text": TEXTS[2]},
    ]
    response = memory_client.post("/v1/summaries/batch", json={"articles": articles})
    assert response.status_code == 200
    results = response.json()["results"]
    assert len(results) == len(articles)
    assert results[0]["published"] == "2024-03-18"
    assert results[1]["type"] == PROBLEM_BASE + "empty-text"
    assert (results[1]["index"], results[1]["field"]) == (1, "articles[1].text")
    assert results[2]["published"] == "2024-05-01"
    assert results[3]["type"] == PROBLEM_BASE + "unsupported-language"
    assert (results[3]["index"], results[3]["field"]) == (3, "articles[3].language")
    assert results[4]["type"] == PROBLEM_BASE + "invalid-field"
    assert (results[4]["index"], results[4]["field"]) == (4, "articles[4].colour")
    single = memory_client.post("/v1/summaries", json={"text": TEXTS[2]})
    assert single.headers["x-cache"] == "hit"  # the batch cached its summaries
    assert results[5]["id"] == json.loads(single.content)["id"]


def test_batch_identical_articles_are_computed_once_and_then_hit(summarizer: Summarizer) -> None:
    counting = CountingSummarizer(summarizer)
    with client_for(create_app(make_settings(), summarizer=counting)) as client:
        first = client.post("/v1/summaries/batch", json={"articles": [{"text": TEXTS[1]}] * 3}).json()["results"]
        second = client.post("/v1/summaries/batch", json={"articles": [{"text": TEXTS[1]}]}).json()["results"]
    assert counting.calls == 1
    assert first[0] == first[1] == first[2] == second[0]


def test_batch_over_64_articles_is_422(memory_client: TestClient[Litestar]) -> None:
    response = memory_client.post("/v1/summaries/batch", json={"articles": [{"text": "a"}] * 65})
    assert response.status_code == 422
    assert response.json()["type"] == PROBLEM_BASE + "too-many-articles"
    assert response.json()["field"] == "articles"


def test_batch_envelope_errors_fail_the_batch(memory_client: TestClient[Litestar]) -> None:
    for body, status in [(b'{"articles": 3}', 422), (b'{"items": []}', 422), (b"{", 400)]:
        response = memory_client.post("/v1/summaries/batch", content=body, headers={"content-type": "application/json"})
        assert response.status_code == status
        assert response.headers["content-type"] == "application/problem+json"
    response = memory_client.post("/v1/summaries/batch", content=b"x", headers={"content-type": "text/plain"})
    assert response.status_code == 415


def test_batch_empty_list_answers_empty(memory_client: TestClient[Litestar]) -> None:
    assert memory_client.post("/v1/summaries/batch", json={"articles": []}).json() == {"results": []}


def test_batch_slow_articles_time_out_alone(summarizer: Summarizer) -> None:
    slow = CountingSummarizer(summarizer, delay_s=0.6)  # the first is done at ~0.6 s, the second at ~1.2 s
    with client_for(create_app(make_settings(timeout_s=1.0), summarizer=slow)) as client:
        results = client.post("/v1/summaries/batch", json={"articles": [{"text": t} for t in TEXTS]}).json()["results"]
    assert "id" in results[0]
    assert results[2]["type"] == PROBLEM_BASE + "timeout"
    assert results[2]["index"] == 2


def _ndjson(client: TestClient[Litestar], lines: list[bytes], content_type: str = "application/x-ndjson") -> list[dict]:
    response = client.post("/v1/summaries/stream", content=b"\n".join(lines), headers={"content-type": content_type})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/x-ndjson")
    return [json.loads(line) for line in response.text.splitlines()]


def test_stream_answers_each_line_in_order(memory_client: TestClient[Litestar]) -> None:
    lines = [json.dumps({"text": text}).encode() for text in TEXTS * 7]  # 21 lines: more than one group
    lines.insert(3, b"")  # blank lines are skipped
    lines.insert(5, b'{"text": ""}')
    lines.insert(9, b"not json")
    answers = _ndjson(memory_client, lines)
    assert len(answers) == 23
    assert answers[4]["type"] == PROBLEM_BASE + "empty-text" and answers[4]["index"] == 4
    assert answers[8]["type"] == PROBLEM_BASE + "malformed-body" and answers[8]["index"] == 8
    summaries = [a for a in answers if "id" in a]
    assert len(summaries) == 21
    assert summaries[0]["published"] == "2024-03-18"
    assert summaries[0]["id"] == summaries[3]["id"]  # the same article gets the same summary


def test_stream_line_over_the_limit_is_a_413_problem_for_that_line(summarizer: Summarizer) -> None:
    with client_for(create_app(make_settings(max_bytes=200), summarizer=summarizer)) as client:
        long_line = json.dumps({"text": "word " * 100}).encode()
        answers = _ndjson(client, [json.dumps({"text": TEXTS[1]}).encode(), long_line, b'{"text": "Short."}'])
    assert [a.get("type") for a in answers][1] == PROBLEM_BASE + "payload-too-large"
    assert answers[1]["index"] == 1
    assert "id" in answers[0] and "id" in answers[2]


def test_stream_wrong_content_type_is_415(memory_client: TestClient[Litestar]) -> None:
    response = memory_client.post(
        "/v1/summaries/stream", content=b'{"text": "a"}', headers={"content-type": "application/json"}
    )
    assert response.status_code == 415


def test_stream_over_its_total_size_ends_with_a_413_problem_after_the_good_lines(summarizer: Summarizer) -> None:
    settings = make_settings(max_bytes=200, stream_max_bytes=400)
    with client_for(create_app(settings, summarizer=summarizer)) as client:
        lines = [json.dumps({"text": f"{TEXTS[1]} {i}"}).encode() for i in range(8)]  # ~90 bytes each
        answers = _ndjson(client, lines)
    assert all("id" in a for a in answers[:-1]) and len(answers) >= 3
    assert answers[-1]["type"] == PROBLEM_BASE + "payload-too-large"
    assert "NEWSUM_STREAM_MAX_BYTES" in answers[-1]["detail"]


class _FakeRequest:
    """Just enough of a request for the stream's line reader: the body in given chunks."""

    def __init__(self, chunks: list[bytes], stall_after: int | None = None) -> None:
        self.chunks = chunks
        self.stall_after = stall_after

    async def stream(self) -> AsyncIterator[bytes]:
        for i, chunk in enumerate(self.chunks):
            if i == self.stall_after:
                await asyncio.sleep(3600)  # the client stops sending
            yield chunk


async def _read_lines(request: _FakeRequest, limits: StreamLimits) -> list[bytes | AppError]:
    return [line async for line in _lines(request, limits)]  # type: ignore[arg-type]


@pytest.mark.anyio
async def test_stream_a_line_that_does_not_arrive_in_time_ends_the_stream_with_a_408_problem() -> None:
    chunks = [b'{"text": "One."}\n', b'{"text": "Tw', b'o."}\n']
    started = time.perf_counter()
    lines = await _read_lines(_FakeRequest(chunks, stall_after=2), StreamLimits(1000, 10_000, line_seconds=0.5))
    assert time.perf_counter() - started < 2
    assert lines[0] == b'{"text": "One."}'
    assert isinstance(lines[1], RequestTimeout) and len(lines) == 2


def _time_small_chunks(size: int, chunk: int = 50) -> float:
    line = b'{"text": "' + b"a" * size + b'"}\n'
    request = _FakeRequest([line[i : i + chunk] for i in range(0, len(line), chunk)])
    limits = StreamLimits(10 * size, 100 * size, line_seconds=60)
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        lines = asyncio.run(_read_lines(request, limits))
        best = min(best, time.perf_counter() - started)
    assert lines == [line[:-1]]
    return best


def test_stream_a_long_line_sent_in_small_chunks_costs_linear_time() -> None:
    # Re-scanning (and copying) the whole pending line at every chunk was quadratic: a 400 KB
    # line sent in 1-byte chunks took 29 s of CPU.
    small, large = _time_small_chunks(250_000), _time_small_chunks(1_000_000)
    assert large / small < 8  # 4x the bytes: linear ~4x, quadratic ~16x
