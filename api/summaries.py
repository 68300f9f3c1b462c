"""The summary service: cache lookup, single-flight, parsing off the event loop, time limit.

One ``Summaries`` per worker process. Parsing runs in a one-thread executor: spaCy's parse is
CPU-bound and holds the GIL, so more threads would only make each request slower; CPU work
scales with worker processes instead, and requests queue here for the one parser thread.

The cache stores the encoded ``Summary`` bytes and a hit sends them unchanged (no decode, no
re-encode). Concurrent misses for one key compute once: in-process through a shared task per
key; across workers through a short lock in Redis (``SET NX PX``) that others wait on briefly,
polling for the result, before computing it themselves.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

import msgspec

from api import metrics
from api.errors import AppError, ExtractionTimeout, encode_problem
from api.metrics import CacheResult
from api.stores import Store, StoreUnavailable
from extractors.pipeline import Article
from extractors.types import SCHEMA_VERSION, Summary, Version

log = logging.getLogger(__name__)

T = TypeVar("T")

_LOCK_POLL_S = 0.01


def cache_key(prefix: str, summary_id: str) -> str:
    """The cache key ``<prefix>:v<schema>:<hex>`` of the summary whose id is ``sha256:<hex>``."""
    return f"{prefix}:v{SCHEMA_VERSION}:{summary_id.removeprefix('sha256:')}"


class SummarizerLike(Protocol):
    """What the service needs from ``extractors.pipeline.Summarizer`` (tests may pass a double)."""

    @property
    def version(self) -> Version:
        """Pipeline, model and schema versions."""

    def id_for(self, article: Article) -> str:
        """The summary id 'sha256:<hex>' this article will get."""

    def summarize(self, article: Article) -> Summary:
        """Summarise one article."""

    def summarize_many(self, articles: Iterable[Article], *, batch_size: int = 32) -> Iterator[Summary]:
        """Summarise many articles in order."""


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
        summarizer: SummarizerLike,
        store: Store,
        *,
        ttl_s: int,
        timeout_s: float,
        key_prefix: str = "newsum",
        lock_across_workers: bool = True,
    ) -> None:
        self.summarizer = summarizer
        self.store = store
        self.ttl_s = ttl_s
        self.timeout_s = timeout_s
        self.key_prefix = key_prefix
        self.lock_across_workers = lock_across_workers
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsum-parse")
        self._inflight: dict[str, asyncio.Task[tuple[bytes, CacheResult]]] = {}
        self._background: set[asyncio.Task[None]] = set()

    @property
    def retry_after(self) -> str:
        """Seconds a client should wait after a timeout: by then the abandoned work may be cached."""
        return str(max(1, math.ceil(self.timeout_s)))

    def key(self, article: Article) -> tuple[str, str]:
        """The summary id and its cache key ``<prefix>:v<schema>:<hex>``."""
        summary_id = self.summarizer.id_for(article)
        return summary_id, cache_key(self.key_prefix, summary_id)

    def close(self) -> None:
        """Stop the parser thread once its current work is done (queued work is dropped)."""
        self._executor.shutdown(wait=False, cancel_futures=True)

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
        lock = f"{key}:lock"
        locked = False
        try:
            if result == "miss" and self.lock_across_workers:
                try:
                    locked = await self.store.acquire(lock, ttl_ms=int(self.timeout_s * 1000) + 1000)
                    # Lock or no lock, another worker may have stored it since our first look (it
                    # finished while our request was on its way to Redis): look again.
                    found = await self.store.get(key)
                    if found is None and not locked:
                        found = await self._wait_for_other_worker(key, lock, deadline)
                    if found is not None:
                        return found, "hit"
                except StoreUnavailable:
                    result = "bypass"
            body = await self._run(lambda: _encode_one(self.summarizer, article), deadline, key)
            if result == "miss":
                try:
                    await self.store.set(key, body, self.ttl_s)
                except StoreUnavailable:
                    result = "bypass"
            return body, result
        finally:
            if locked:
                with contextlib.suppress(StoreUnavailable):  # the lock expires by itself
                    await self.store.delete(lock)

    async def _wait_for_other_worker(self, key: str, lock: str, deadline: float) -> bytes | None:
        """Poll while another worker holds the lock; its result, or None to compute here."""
        while time.monotonic() < deadline:
            await asyncio.sleep(_LOCK_POLL_S)
            value = await self.store.get(key)
            if value is not None:
                return value
            if not await self.store.exists(lock):
                # Either the holder stored and unlocked between our two reads (look once more),
                # or it finished without storing, or died: then compute here.
                return await self.store.get(key)
        metrics.TIMEOUTS.inc()
        raise ExtractionTimeout(self._timeout_detail(), headers={"Retry-After": self.retry_after})

    def _timeout_detail(self) -> str:
        return (
            f"The summary took longer than NEWSUM_TIMEOUT_S ({self.timeout_s:g} s). It is still being computed "
            f"when possible: retry after Retry-After seconds."
        )

    async def _run(self, fn: Callable[[], T], deadline: float, key: str | None) -> T:
        """Run ``fn`` on the parser thread; past the deadline, answer 503 and let running work finish.

        With a ``key``, work that is already running when the deadline passes stores its result
        in the cache when it finishes, so the client's retry is a hit.
        """
        future: Future[T] = self._executor.submit(fn)
        waiter = asyncio.wrap_future(future)
        done, _ = await asyncio.wait({waiter}, timeout=max(0.0, deadline - time.monotonic()))
        if done:
            return waiter.result()
        metrics.TIMEOUTS.inc()
        if not future.cancel() and key is not None:
            # Already running: it cannot be stopped, so its result is cached when it finishes.
            waiter.add_done_callback(lambda w: self._store_late(key, w))
        else:
            waiter.cancel()
        raise ExtractionTimeout(self._timeout_detail(), headers={"Retry-After": self.retry_after})

    def _store_late(self, key: str, waiter: asyncio.Future[Any]) -> None:
        if waiter.cancelled() or waiter.exception() is not None:
            return
        task = asyncio.ensure_future(self._store_quietly(key, waiter.result()))
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def _store_quietly(self, key: str, body: bytes) -> None:
        with contextlib.suppress(StoreUnavailable):
            await self.store.set(key, body, self.ttl_s)

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

        computed = await self._compute_many(todo, deadline) if todo else {}
        for key, body in computed.items():
            if result == "miss":
                try:
                    await self.store.set(key, body, self.ttl_s)
                except StoreUnavailable:
                    result = "bypass"
        metrics.count_cache(result, len(todo))

        for index, _, key in keyed:
            if answers[index] is None:
                late = computed.get(key)
                answers[index] = late or encode_problem(
                    ExtractionTimeout(self._timeout_detail()).problem(index=first_index + index)
                )
        return [answer for answer in answers if answer is not None]

    async def _compute_many(self, todo: dict[str, Article], deadline: float) -> dict[str, bytes]:
        """Parse the misses with ``summarize_many``; whatever is done by the deadline is returned."""
        done: dict[str, bytes] = {}
        stop = threading.Event()
        keys = list(todo)

        def work() -> None:
            started = time.perf_counter()
            summaries = self.summarizer.summarize_many(todo.values())
            for key, summary in zip(keys, summaries, strict=False):
                done[key] = msgspec.json.encode(summary)
                now = time.perf_counter()
                metrics.EXTRACTION.observe(now - started)
                started = now
                if stop.is_set():
                    break

        try:
            await self._run(work, deadline, None)
        except ExtractionTimeout:
            stop.set()
        return dict(done)


def _encode_one(summarizer: SummarizerLike, article: Article) -> bytes:
    started = time.perf_counter()
    body = msgspec.json.encode(summarizer.summarize(article))
    metrics.EXTRACTION.observe(time.perf_counter() - started)
    return body
