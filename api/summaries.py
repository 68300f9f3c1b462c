"""The summary service: cache lookup, single-flight, the pipeline off the event loop, time limit.

One ``Summaries`` per worker process. The pipeline runs in the worker's parser process
(``api.parser.ProcessRunner``), one job at a time; past ``NEWSUM_TIMEOUT_S`` a request is
answered 503 and the work behind it is stopped.

The cache stores the encoded ``Summary`` bytes and a hit sends them unchanged (no decode, no
re-encode). Concurrent misses for one key compute once: in-process through a shared task per
key; across workers through a short, owner-checked lock in Redis that the holder extends while
it computes and releases whenever it is done, stored or not. Others poll for the result while
the lock is held, and compute it themselves as soon as it is gone.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import time
from collections.abc import AsyncIterator, Coroutine, Sequence
from dataclasses import dataclass
from typing import Any

import msgspec

from api import metrics
from api.errors import AppError, ExtractionTimeout, InternalError, UnsupportedLanguage, encode_problem
from api.exports import StoredArticle
from api.metrics import CacheResult
from api.parser import DeadlineExceeded, Refused, Runner
from api.stores import CacheHealth, Store, StoreUnavailable, new_token
from extractors.article import ID_VERSION, Article, content_id
from extractors.types import SCHEMA_VERSION

log = logging.getLogger(__name__)

# The second part of every cache key: the Summary schema and the layout of what the id hashes
# (extractors.article.ID_VERSION). A change of either never reads an entry written before it.
KEY_SCHEMA = f"v{SCHEMA_VERSION}.{ID_VERSION}"
_LOCK_POLL_S = 0.01
# A cross-worker lock lives this long unless its holder extends it (every _LOCK_EXTEND_S while
# it computes): a holder that dies or loses Redis holds up the others this long at most.
_LOCK_TTL_MS = 2000
_LOCK_EXTEND_S = 0.5


def cache_key(prefix: str, summary_id: str) -> str:
    """The cache key ``<prefix>:v<schema>.<id layout>:<hex>`` of the summary whose id is ``sha256:<hex>``."""
    return f"{prefix}:{KEY_SCHEMA}:{summary_id.removeprefix('sha256:')}"


def article_key(key: str) -> str:
    """Where the article a summary was made from is kept, beside the summary's ``key``."""
    return f"{key}:article"


_encode_article = msgspec.json.Encoder().encode


def encode_article(article: Article) -> bytes:
    """The article as stored beside its summary (``api.exports.StoredArticle``)."""
    published = article.published.isoformat() if article.published else None
    return _encode_article(StoredArticle(text=article.text, title=article.title, published=published))


@dataclass(frozen=True, slots=True)
class Answer:
    """An encoded summary, its id (the ETag) and where it came from."""

    body: bytes
    id: str
    cache: CacheResult


class Summaries:
    """Summaries for articles, through the cache, computed at most once per key at a time."""

    def __init__(
        self,
        runner: Runner,
        store: Store,
        *,
        ttl_s: int,
        timeout_s: float,
        key_prefix: str = "newsum",
        lock_across_workers: bool = True,
    ) -> None:
        self.runner = runner
        self.store = store
        self.ttl_s = ttl_s
        self.timeout_s = timeout_s
        self.key_prefix = key_prefix
        self.lock_across_workers = lock_across_workers
        self._inflight: dict[str, asyncio.Task[tuple[bytes, CacheResult]]] = {}
        self._background: set[asyncio.Task[None]] = set()

    @property
    def retry_after(self) -> str:
        """Seconds a client should wait after a timeout."""
        return str(max(1, math.ceil(self.timeout_s)))

    def key(self, article: Article) -> tuple[str, str]:
        """The summary id and its cache key (``cache_key``)."""
        summary_id = content_id(self.runner.version, article)
        return summary_id, cache_key(self.key_prefix, summary_id)

    async def cache_health(self) -> CacheHealth:
        """Whether the cache answers and takes writes (a short-lived probe key under our prefix)."""
        return await self.store.health(f"{self.key_prefix}:readyz-probe")

    async def close(self) -> None:
        """Let the running job finish, then stop the parser."""
        await self.runner.close()

    async def fetch(self, summary_id: str) -> tuple[bytes, bytes] | None:
        """The cached summary with this id and its article, or None when either is gone.

        Raises ``StoreUnavailable`` when the cache cannot answer (Redis down and not in this
        worker's front).
        """
        key = cache_key(self.key_prefix, summary_id)
        body, article = await self.store.get_many([key, article_key(key)])
        return (body, article) if body is not None and article is not None else None

    # -- one article -------------------------------------------------------------------------

    async def one(self, article: Article, *, keyed: tuple[str, str] | None = None) -> Answer:
        """The encoded summary of one article; raises ``ExtractionTimeout`` past the time limit.

        ``keyed`` is ``self.key(article)`` when the caller already has it (hashing a long text twice
        would cost a millisecond).
        """
        summary_id, key = keyed or self.key(article)
        deadline = time.monotonic() + self.timeout_s
        result: CacheResult = "miss"
        try:
            cached = await self.store.get(key)
        except StoreUnavailable:
            result = "bypass"
        else:
            if cached is not None:
                metrics.count_cache("hit")
                return Answer(cached, summary_id, "hit")
        task = self._inflight.get(key)
        if task is None:
            task = asyncio.ensure_future(self._fill(article, key, result, deadline))
            self._inflight[key] = task
            task.add_done_callback(lambda t: self._forget(key, t))
        # Shielded: a client that goes away does not cancel work that others wait for (and that
        # will be cached for the next request).
        body, result = await asyncio.shield(task)
        metrics.count_cache(result)
        return Answer(body, summary_id, result)

    def _forget(self, key: str, task: asyncio.Task[tuple[bytes, CacheResult]]) -> None:
        self._inflight.pop(key, None)
        if not task.cancelled():
            task.exception()  # retrieved here so an error nobody awaited is not reported as lost

    async def _fill(
        self, article: Article, key: str, result: CacheResult, deadline: float
    ) -> tuple[bytes, CacheResult]:
        """Compute, store and return one summary (the single-flight leader's work)."""
        lock, token = f"{key}:lock", new_token()
        locked = False
        try:
            if result == "miss" and self.lock_across_workers:
                try:
                    locked = await self.store.acquire(lock, token, _LOCK_TTL_MS)
                    # Lock or no lock, another worker may have stored it since our first look (it
                    # finished while our request was on its way to Redis): look again.
                    found = await self.store.get(key)
                    if found is None and not locked:
                        found = await self._wait_for_other_worker(key, lock, deadline)
                    if found is not None:
                        return found, "hit"
                except StoreUnavailable:
                    result = "bypass"
            async with self._holding(lock, token, locked):
                body = await self._compute_one(article, deadline)
            return body, await self._store(key, body, result, article)
        finally:
            if locked:
                await self._release(lock, token)

    @contextlib.asynccontextmanager
    async def _holding(self, lock: str, token: str, locked: bool) -> AsyncIterator[None]:
        """Keep the lock alive while the body runs (a holder that stops extending loses it soon)."""
        if not locked:
            yield
            return
        keeper = asyncio.ensure_future(self._extend_lock(lock, token))
        try:
            yield
        finally:
            keeper.cancel()

    async def _extend_lock(self, lock: str, token: str) -> None:
        while True:
            await asyncio.sleep(_LOCK_EXTEND_S)
            with contextlib.suppress(StoreUnavailable):
                if not await self.store.extend(lock, token, _LOCK_TTL_MS):
                    return  # lost (expired during an outage): others may compute too, harmlessly

    async def _release(self, lock: str, token: str) -> None:
        """Release now; if Redis cannot take it, try again shortly (it expires by itself anyway)."""
        try:
            await self.store.release(lock, token)
        except StoreUnavailable:
            self._spawn(self._release_later(lock, token))

    async def _release_later(self, lock: str, token: str) -> None:
        for _ in range(int(_LOCK_TTL_MS / 1000 / 0.25)):
            await asyncio.sleep(0.25)
            try:
                await self.store.release(lock, token)
                return
            except StoreUnavailable:
                continue

    def _spawn(self, coroutine: Coroutine[Any, Any, None]) -> None:
        task = asyncio.ensure_future(coroutine)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def _store(self, key: str, body: bytes, result: CacheResult, article: Article) -> CacheResult:
        """Store ``body`` and its article (this worker's LRU keeps them even when Redis cannot); the cache result.

        The article goes first: a summary found in the cache then has its text beside it (for
        ``GET /v1/summaries/{id}``), unless evicted since.
        """
        stored = True
        for entry_key, value in ((article_key(key), encode_article(article)), (key, body)):
            try:
                await self.store.set(entry_key, value, self.ttl_s)
            except StoreUnavailable:  # the worker's front (TieredStore) has kept it all the same
                stored = False
        return result if stored else "bypass"

    async def _wait_for_other_worker(self, key: str, lock: str, deadline: float) -> bytes | None:
        """Poll while another worker holds the lock; its result, or None to compute here."""
        while time.monotonic() < deadline:
            await asyncio.sleep(_LOCK_POLL_S)
            value, held = await self.store.poll(key, lock)
            if value is not None:
                return value
            if not held:
                # The holder stored and unlocked between two looks (look once more), or gave up
                # without storing, or died and its lock expired: then compute here.
                return await self.store.get(key)
        metrics.TIMEOUTS.inc()
        raise ExtractionTimeout(self._timeout_detail(), headers={"Retry-After": self.retry_after})

    def _timeout_detail(self) -> str:
        return (
            f"The summary took longer than NEWSUM_TIMEOUT_S ({self.timeout_s:g} s) and was abandoned. "
            "Retry after Retry-After seconds, or send a shorter text."
        )

    async def _compute(self, articles: Sequence[Article], deadline: float) -> dict[int, bytes | AppError]:
        """Run the pipeline on ``articles``: index -> encoded summary or its error (absent: timed out).

        An article refused for its language gets ``UnsupportedLanguage``, one the pipeline failed on
        ``InternalError``; neither is ever cached.
        """
        results: dict[int, bytes | AppError] = {}

        def record(index: int, body: bytes | Refused | None, seconds: float) -> None:
            if isinstance(body, Refused):
                results[index] = refused_language(body.language)
            elif body is None:
                results[index] = InternalError()  # the parser logged what went wrong
            else:
                results[index] = body
                metrics.EXTRACTION.observe(seconds)

        try:
            await self.runner.summarize(articles, deadline, record)
        except DeadlineExceeded:
            metrics.TIMEOUTS.inc()
        return results

    async def _compute_one(self, article: Article, deadline: float) -> bytes:
        results = await self._compute([article], deadline)
        if 0 not in results:
            raise ExtractionTimeout(self._timeout_detail(), headers={"Retry-After": self.retry_after})
        body = results[0]
        if isinstance(body, AppError):
            raise body
        return body

    # -- many articles -----------------------------------------------------------------------

    async def many(self, items: Sequence[Article | AppError], *, first_index: int = 0) -> list[bytes]:
        """Encoded summaries or problems, in order: one answer per item, never an exception for one.

        Items that are already errors (invalid articles) become problems; misses are parsed
        together with ``nlp.pipe``; articles not done by the deadline get a timeout problem.
        """
        deadline = time.monotonic() + self.timeout_s
        answers: list[bytes | None] = [None] * len(items)
        keyed: list[tuple[int, Article, str]] = []
        for index, item in enumerate(items):
            if isinstance(item, AppError):
                answers[index] = encode_problem(item.problem(index=first_index + index))
            else:
                keyed.append((index, item, self.key(item)[1]))

        result: CacheResult = "miss"
        try:
            cached = await self.store.get_many([key for _, _, key in keyed])
        except StoreUnavailable:
            cached, result = [None] * len(keyed), "bypass"
        todo: dict[str, Article] = {}
        for (index, article, key), value in zip(keyed, cached, strict=True):
            if value is not None:
                answers[index] = value
            else:
                todo.setdefault(key, article)
        metrics.count_cache("hit", len(keyed) - len(todo))

        keys = list(todo)
        results = await self._compute(list(todo.values()), deadline) if todo else {}
        computed: dict[str, bytes | AppError] = {keys[i]: body for i, body in results.items()}
        stored = 0
        for key, body in computed.items():
            if not isinstance(body, AppError):
                result = await self._store(key, body, result, todo[key])
                stored += 1
        metrics.count_cache(result, stored)

        for index, _, key in keyed:
            if answers[index] is None:
                answers[index] = self._answer_for(key, computed, first_index + index)
        return [answer for answer in answers if answer is not None]

    def _answer_for(self, key: str, computed: dict[str, bytes | AppError], index: int) -> bytes:
        if key not in computed:
            return encode_problem(ExtractionTimeout(self._timeout_detail()).problem(index=index))
        body = computed[key]
        return encode_problem(body.problem(index=index)) if isinstance(body, AppError) else body


def refused_language(language: str) -> UnsupportedLanguage:
    """The problem for a text detected to be in ``language``, which newsum does not summarise."""
    return UnsupportedLanguage(
        f"The text is in {language!r}, not English: newsum summarises English ('en') text only. "
        'If the text is English after all, send "language": "en" to skip detection.',
        field="text",
    )
