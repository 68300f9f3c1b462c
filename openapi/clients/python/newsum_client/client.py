"""NewsumClient and AsyncNewsumClient: the generated client made pleasant.

``summarize(text) -> Summary``; ``summarize_batch(articles) -> list[Summary | Problem]``;
``stream(articles)`` yields one answer per article while it sends them; ``fetch(id)`` and
``export(id, "ninjs")`` read a summary the server still holds. Problems become
exceptions (``newsum_client.problems``), a 503 is retried after its ``Retry-After``, and a
summary already fetched is asked for again with ``If-None-Match`` (the server answers 304, no
work, and the summary held is returned).
"""

from __future__ import annotations

import asyncio
import json
import time
from collections import OrderedDict
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal, TypeVar

import httpx

from ._generated.api.operations import get_readiness, get_version
from ._generated.client import Client
from ._generated.models.batch_request import BatchRequest
from ._generated.models.health import Health
from ._generated.models.problem import Problem
from ._generated.models.service_info import ServiceInfo
from ._generated.models.summary import Summary
from ._generated.models.summary_record import SummaryRecord
from ._generated.models.summary_request import SummaryRequest
from ._generated.types import UNSET, Unset
from .problems import NewsumError, ProblemError, problem_error

Offsets = Literal["codepoint", "utf16", "utf8"]
ExportFormat = Literal["ninjs", "displacy"]
T = TypeVar("T")
MAX_BATCH = 64
_ETAGS = 256  # summaries kept for If-None-Match


@dataclass(frozen=True)
class Article:
    """One article to summarise: its text, and what the server may use to resolve dates."""

    text: str
    title: str | None = None
    published: date | str | None = None
    language: str | None = None

    def request(self) -> SummaryRequest:
        published = self.published.isoformat() if isinstance(self.published, date) else self.published
        return SummaryRequest(
            text=self.text,
            title=_unset(self.title),
            published=_unset(published),
            language=_unset(self.language),
        )


def _unset(value: str | None) -> str | Unset:
    return UNSET if value is None else value


def _article(item: Article | str) -> Article:
    return item if isinstance(item, Article) else Article(item)


def answer_of(data: Any) -> Summary | Problem:
    """One batch result or stream line: a Summary, or the Problem of that article alone."""
    if isinstance(data, dict) and "id" in data:
        return Summary.from_dict(data)
    return Problem.from_dict(data)


class _Base:
    def __init__(
        self,
        base_url: str = "http://127.0.0.1:8000",
        *,
        offsets: Offsets = "codepoint",
        timeout: float = 60.0,
        retries: int = 3,
        max_retry_wait: float = 60.0,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.offsets = offsets
        self.retries = retries
        self.max_retry_wait = max_retry_wait
        self.client = Client(
            base_url=base_url.rstrip("/"),
            timeout=httpx.Timeout(timeout),
            headers=dict(headers or {}),
            raise_on_unexpected_status=False,
        )
        self._held: OrderedDict[str, tuple[str, Summary]] = OrderedDict()  # request -> (ETag, summary)

    def _params(self, offsets: Offsets | None) -> dict[str, str]:
        return {"offsets": offsets or self.offsets}

    def _summary_request(self, article: Article, offsets: Offsets | None) -> tuple[str, dict[str, Any]]:
        body = json.dumps(article.request().to_dict(), ensure_ascii=False, sort_keys=True)
        params = self._params(offsets)
        headers = {"Content-Type": "application/json"}
        key = f"{params['offsets']}\n{body}"
        if key in self._held:
            headers["If-None-Match"] = self._held[key][0]
        return key, {"content": body.encode(), "params": params, "headers": headers}

    def _summary_answer(self, key: str, response: httpx.Response) -> Summary:
        if response.status_code == 304 and key in self._held:
            self._held.move_to_end(key)
            return self._held[key][1]
        summary = Summary.from_dict(self._json(response))
        if etag := response.headers.get("etag"):
            self._held[key] = (etag, summary)
            while len(self._held) > _ETAGS:
                self._held.popitem(last=False)
        return summary

    @staticmethod
    def _json(response: httpx.Response) -> Any:
        try:
            body = response.json()
        except ValueError:
            body = response.text
        if response.status_code >= 400:
            raise problem_error(response.status_code, body, _retry_after(response))
        return body

    def _wait(self, response: httpx.Response, attempt: int) -> float | None:
        """Seconds to wait before trying again, or None when this answer is final."""
        if response.status_code != 503 or attempt >= self.retries:
            return None
        return min(_retry_after(response) or 1.0, self.max_retry_wait)


def _retry_after(response: httpx.Response) -> float | None:
    try:
        return float(response.headers["retry-after"])
    except (KeyError, ValueError):
        return None


def _lines(articles: Iterable[Article | str]) -> Iterator[bytes]:
    for item in articles:
        yield json.dumps(_article(item).request().to_dict(), ensure_ascii=False).encode() + b"\n"


class NewsumClient(_Base):
    """A blocking client: ``NewsumClient(base_url).summarize(text) -> Summary``."""

    def __enter__(self) -> NewsumClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.client.get_httpx_client().close()

    def _send(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        http = self.client.get_httpx_client()
        attempt = 0
        while True:
            response = http.request(method, url, **kwargs)
            wait = self._wait(response, attempt)
            if wait is None:
                return response
            time.sleep(wait)
            attempt += 1

    def summarize(
        self,
        text: str | Article,
        *,
        title: str | None = None,
        published: date | str | None = None,
        language: str | None = None,
        offsets: Offsets | None = None,
    ) -> Summary:
        """The summary of one article; raises a ``ProblemError`` subclass when the server refuses it."""
        article = text if isinstance(text, Article) else Article(text, title, published, language)
        key, request = self._summary_request(article, offsets)
        return self._summary_answer(key, self._send("POST", "/v1/summaries", **request))

    def summarize_batch(
        self, articles: Iterable[Article | str], *, offsets: Offsets | None = None
    ) -> list[Summary | Problem]:
        """One answer per article, in order (any number: sent 64 at a time); a bad article gets its Problem."""
        requests = [_article(item).request() for item in articles]
        results: list[Summary | Problem] = []
        for start in range(0, len(requests), MAX_BATCH):
            body = BatchRequest(articles=requests[start : start + MAX_BATCH]).to_dict()
            response = self._send("POST", "/v1/summaries/batch", json=body, params=self._params(offsets))
            results.extend(answer_of(item) for item in self._json(response)["results"])
        return results

    def stream(
        self, articles: Iterable[Article | str], *, offsets: Offsets | None = None
    ) -> Iterator[Summary | Problem]:
        """Send articles as NDJSON and yield each answer as it arrives, in order."""
        http = self.client.get_httpx_client()
        headers = {"Content-Type": "application/x-ndjson"}
        with http.stream(
            "POST", "/v1/summaries/stream", content=_lines(articles), params=self._params(offsets), headers=headers
        ) as response:
            if response.status_code >= 400:
                response.read()
                self._json(response)
            for line in response.iter_lines():
                if line.strip():
                    yield answer_of(json.loads(line))

    def fetch(self, summary_id: str, *, offsets: Offsets | None = None) -> SummaryRecord:
        """A summary the server still holds, with the article it was made from; ``NotFound`` once it is gone."""
        response = self._send("GET", f"/v1/summaries/{summary_id}", params=self._params(offsets))
        return SummaryRecord.from_dict(self._json(response))

    def export(self, summary_id: str, format: ExportFormat) -> dict[str, Any]:
        """A held summary as an IPTC ninjs 2.2 news item or as displaCy's manual-render input (plain JSON)."""
        response = self._send("GET", f"/v1/summaries/{summary_id}", params={"format": format})
        return _object(self._json(response))

    def version(self) -> ServiceInfo:
        answer = get_version.sync_detailed(client=self.client)
        return _parsed(answer.status_code, answer.parsed, ServiceInfo, answer.content)

    def readiness(self) -> Health:
        """``status`` 'ok' or 'degraded' when ready; raises ServiceUnavailable while the model loads."""
        answer = get_readiness.sync_detailed(client=self.client)
        return _parsed(answer.status_code, answer.parsed, Health, answer.content)


class AsyncNewsumClient(_Base):
    """The same client for asyncio: ``await AsyncNewsumClient(base_url).summarize(text)``."""

    async def __aenter__(self) -> AsyncNewsumClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self.client.get_async_httpx_client().aclose()

    async def _send(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        http = self.client.get_async_httpx_client()
        attempt = 0
        while True:
            response = await http.request(method, url, **kwargs)
            wait = self._wait(response, attempt)
            if wait is None:
                return response
            await asyncio.sleep(wait)
            attempt += 1

    async def summarize(
        self,
        text: str | Article,
        *,
        title: str | None = None,
        published: date | str | None = None,
        language: str | None = None,
        offsets: Offsets | None = None,
    ) -> Summary:
        article = text if isinstance(text, Article) else Article(text, title, published, language)
        key, request = self._summary_request(article, offsets)
        return self._summary_answer(key, await self._send("POST", "/v1/summaries", **request))

    async def summarize_batch(
        self, articles: Iterable[Article | str], *, offsets: Offsets | None = None
    ) -> list[Summary | Problem]:
        requests = [_article(item).request() for item in articles]
        chunks = [requests[start : start + MAX_BATCH] for start in range(0, len(requests), MAX_BATCH)]

        async def one(chunk: list[SummaryRequest]) -> list[Summary | Problem]:
            body = BatchRequest(articles=chunk).to_dict()
            response = await self._send("POST", "/v1/summaries/batch", json=body, params=self._params(offsets))
            return [answer_of(item) for item in self._json(response)["results"]]

        return [answer for chunk in await _gather(one(chunk) for chunk in chunks) for answer in chunk]

    async def stream(
        self, articles: Iterable[Article | str] | AsyncIterable[Article | str], *, offsets: Offsets | None = None
    ) -> AsyncIterator[Summary | Problem]:
        http = self.client.get_async_httpx_client()
        headers = {"Content-Type": "application/x-ndjson"}

        async def lines() -> AsyncIterator[bytes]:
            if isinstance(articles, AsyncIterable):
                async for item in articles:
                    yield json.dumps(_article(item).request().to_dict(), ensure_ascii=False).encode() + b"\n"
            else:
                for line in _lines(articles):
                    yield line

        async with http.stream(
            "POST", "/v1/summaries/stream", content=lines(), params=self._params(offsets), headers=headers
        ) as response:
            if response.status_code >= 400:
                await response.aread()
                self._json(response)
            async for line in response.aiter_lines():
                if line.strip():
                    yield answer_of(json.loads(line))

    async def fetch(self, summary_id: str, *, offsets: Offsets | None = None) -> SummaryRecord:
        response = await self._send("GET", f"/v1/summaries/{summary_id}", params=self._params(offsets))
        return SummaryRecord.from_dict(self._json(response))

    async def export(self, summary_id: str, format: ExportFormat) -> dict[str, Any]:
        response = await self._send("GET", f"/v1/summaries/{summary_id}", params={"format": format})
        return _object(self._json(response))

    async def version(self) -> ServiceInfo:
        answer = await get_version.asyncio_detailed(client=self.client)
        return _parsed(answer.status_code, answer.parsed, ServiceInfo, answer.content)

    async def readiness(self) -> Health:
        answer = await get_readiness.asyncio_detailed(client=self.client)
        return _parsed(answer.status_code, answer.parsed, Health, answer.content)


def _object(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise NewsumError(f"expected a JSON object, got {str(body)[:200]}")
    return body


async def _gather(calls: Iterable[Awaitable[T]]) -> list[T]:
    return list(await asyncio.gather(*calls))


def _parsed(status: int, parsed: object, kind: type[T], content: bytes) -> T:
    if status < 400 and isinstance(parsed, kind):
        return parsed
    try:
        body: Any = json.loads(content)
    except ValueError:
        body = content.decode(errors="replace")
    if status < 400:
        raise NewsumError(f"unexpected answer {status}: {str(body)[:200]}")
    raise problem_error(status, body)


__all__ = ["Article", "AsyncNewsumClient", "ExportFormat", "NewsumClient", "Offsets", "ProblemError", "answer_of"]
