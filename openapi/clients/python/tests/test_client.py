"""newsum-client against a live newsum server at NEWSUM_URL (skipped without one).

The repository's `make test` starts a server and runs these (tests/sdk/test_sdks.py).
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from newsum_client import (
    Article,
    AsyncNewsumClient,
    InvalidArticle,
    NewsumClient,
    NotFound,
    Problem,
    ServiceUnavailable,
    Summary,
)

URL = os.environ.get("NEWSUM_URL", "")
HERE = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(not URL, reason="set NEWSUM_URL to a running newsum server (make serve)")

TEXT = (
    "date 2024-03-18 SEOUL 🇰🇷 – North Korea 🚀 has sent Russia about 7,000 containers since last year, "
    "South Korea’s defense minister Shin Won-sik said Monday."
)
OTHER = "The mayor of Paris, Anne Hidalgo, said on Tuesday that 12 bridges would close for repairs."


@pytest.fixture
def newsum() -> Iterator[NewsumClient]:
    with NewsumClient(URL) as client:
        yield client


def slices(summary: Summary, text: str) -> list[tuple[str, str]]:
    """(what the span says, what the offsets cut from the text) for every mention and quantity."""
    spans = [m for actor in summary.who for m in actor.mentions] + [q.span for q in summary.quantities]
    assert spans
    unit = summary.offsets.value
    cut = {
        "codepoint": lambda s, e: text[s:e],
        "utf16": lambda s, e: text.encode("utf-16-le")[2 * s : 2 * e].decode("utf-16-le"),
        "utf8": lambda s, e: text.encode()[s:e].decode(),
    }[unit]
    return [(span.text, cut(span.start, span.end)) for span in spans]


def test_summarize_returns_a_typed_summary(newsum: NewsumClient) -> None:
    summary = newsum.summarize(TEXT)
    assert summary.id.startswith("sha256:")
    assert summary.published is not None and summary.published.isoformat() == "2024-03-18"
    names = [actor.name for actor in summary.who]
    assert "Shin Won-sik" in names
    assert any(q.value == 7000 for q in summary.quantities)
    said, cut = zip(*slices(summary, TEXT), strict=True)
    assert said == cut


@pytest.mark.parametrize("unit", ["codepoint", "utf16", "utf8"])
def test_offsets_in_each_unit_slice_the_text(newsum: NewsumClient, unit: str) -> None:
    summary = newsum.summarize(TEXT, offsets=unit)  # type: ignore[arg-type]
    assert summary.offsets.value == unit
    said, cut = zip(*slices(summary, TEXT), strict=True)
    assert said == cut


def test_a_repeated_request_is_answered_304_and_the_held_summary_returned(newsum: NewsumClient) -> None:
    statuses: list[int] = []
    newsum.client.get_httpx_client().event_hooks["response"].append(lambda r: statuses.append(r.status_code))
    first = newsum.summarize(OTHER, published="2024-05-07")
    again = newsum.summarize(OTHER, published="2024-05-07")
    assert statuses == [200, 304]
    assert again == first
    newsum.summarize(OTHER, published="2024-05-07", offsets="utf16")  # another representation: fetched
    assert statuses == [200, 304, 200]


def test_problems_are_typed_exceptions(newsum: NewsumClient) -> None:
    with pytest.raises(InvalidArticle) as empty:
        newsum.summarize("   ")
    assert empty.value.field == "text" and empty.value.type.endswith("empty-text")
    with pytest.raises(InvalidArticle) as date:
        newsum.summarize(TEXT, published="yesterday")
    assert date.value.field == "published"
    with pytest.raises(InvalidArticle) as unit:
        newsum.summarize(TEXT, offsets="utf32")  # type: ignore[arg-type]
    assert unit.value.field == "offsets"


def test_batch_keeps_order_and_gives_a_bad_article_its_problem(newsum: NewsumClient) -> None:
    answers = newsum.summarize_batch([TEXT, Article(" "), Article(OTHER, published="2024-05-07")])
    assert [type(a) for a in answers] == [Summary, Problem, Summary]
    problem = answers[1]
    assert isinstance(problem, Problem) and problem.index == 1 and problem.status == 422
    assert answers[0] == newsum.summarize(TEXT)


def test_stream_of_three_articles_round_trips(newsum: NewsumClient) -> None:
    articles = [Article(TEXT), Article(""), Article(OTHER, title="Bridges")]
    answers = list(newsum.stream(iter(articles), offsets="utf16"))
    assert [type(a) for a in answers] == [Summary, Problem, Summary]
    first, last = answers[0], answers[2]
    assert isinstance(first, Summary) and isinstance(last, Summary)
    assert first.id == newsum.summarize(TEXT).id
    said, cut = zip(*slices(first, TEXT), strict=True)
    assert said == cut


def test_async_client_summarizes_batches_and_streams() -> None:
    async def run() -> tuple[list[Summary], list[Summary | Problem], list[Summary | Problem]]:
        async with AsyncNewsumClient(URL, offsets="utf8") as newsum:
            many = list(await asyncio.gather(newsum.summarize(TEXT), newsum.summarize(OTHER)))
            batch = await newsum.summarize_batch([TEXT, ""])
            streamed = [answer async for answer in newsum.stream([TEXT, " ", OTHER])]
            return many, batch, streamed

    many, batch, streamed = asyncio.run(run())
    assert [s.offsets.value for s in many] == ["utf8", "utf8"]
    assert [type(a) for a in batch] == [Summary, Problem]
    assert [type(a) for a in streamed] == [Summary, Problem, Summary]
    assert streamed[0] == many[0] == batch[0]


class _Busy(BaseHTTPRequestHandler):
    """A stand-in in front of the live server: answers the first requests 503 with Retry-After, then passes on."""

    refusals = 0

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if type(self).refusals > 0:
            type(self).refusals -= 1
            problem = {"type": "urn:newsum:problem:timeout", "title": "Summary took too long", "status": 503}
            self._answer(
                503, json.dumps(problem).encode(), {"Retry-After": "1", "Content-Type": "application/problem+json"}
            )
            return
        headers = {k: v for k, v in self.headers.items() if k.lower() in ("content-type", "if-none-match")}
        real = httpx.post(URL + self.path, content=body, headers=headers, timeout=60)
        kept = {k: v for k, v in real.headers.items() if k.lower() in ("content-type", "etag")}
        self._answer(real.status_code, real.content, kept)

    def _answer(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def busy() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Busy)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_503_is_retried_after_its_retry_after(busy: str) -> None:
    _Busy.refusals = 2
    with NewsumClient(busy, retries=3) as newsum:
        assert newsum.summarize(OTHER).who
    _Busy.refusals = 5
    with NewsumClient(busy, retries=1) as newsum, pytest.raises(ServiceUnavailable) as refused:
        newsum.summarize(OTHER)
    assert refused.value.retry_after == 1.0


def test_a_held_summary_is_fetched_by_id_and_exported(newsum: NewsumClient) -> None:
    summary = newsum.summarize(OTHER, title="Bridges")
    record = newsum.fetch(summary.id)
    assert record.summary == summary and record.article.text == OTHER
    in_utf8 = newsum.fetch(summary.id, offsets="utf8").summary
    assert in_utf8.offsets.value == "utf8" and in_utf8.id == summary.id
    ninjs = newsum.export(summary.id, "ninjs")
    assert ninjs["uri"] and ninjs["type"]
    displacy = newsum.export(summary.id, "displacy")
    assert displacy["text"] == OTHER and displacy["ents"]
    with pytest.raises(NotFound):
        newsum.fetch("sha256:" + "0" * 64)


def test_version_and_readiness(newsum: NewsumClient) -> None:
    version = newsum.version()
    assert version.schema >= 2 and version.pipeline
    assert newsum.readiness().status in ("ok", "degraded")


def test_the_example_script_runs_against_the_server() -> None:
    result = subprocess.run(
        [sys.executable, str(HERE / "examples" / "summarize.py")],
        env=dict(os.environ, PYTHONPATH=str(HERE)),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Shin Won-sik" in result.stdout and "async: utf16" in result.stdout
