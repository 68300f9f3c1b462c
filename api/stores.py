"""Byte stores behind the summary cache: an in-process LRU and Redis, with one contract.

Both stores hold encoded ``Summary`` bytes under string keys with a TTL, and offer a short
lock (``SET NX PX``) so that workers agree on who computes a missing entry. ``TieredStore``
puts a worker's LRU in front of Redis: hot summaries are answered without a network round trip. A store that
cannot answer raises ``StoreUnavailable``; the cache then answers without it (``X-Cache:
bypass``). The Redis store never waits on a dead server: tens-of-milliseconds timeouts, no
retries, and after a failure it skips Redis for ``cooldown_s`` before trying again.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from collections.abc import Sequence
from typing import Protocol

import redis.asyncio as aioredis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import RedisClusterException, RedisError

log = logging.getLogger(__name__)


# What a Redis (or Redis Cluster) failure can raise: the cluster client raises RedisClusterException,
# which is no RedisError, when it cannot reach any node to learn the slots.
_REDIS_ERRORS = (RedisError, RedisClusterException, OSError)

# How long the per-worker front keeps an entry it read from Redis (an hour: enough for a hot story).
_FRONT_TTL_S = 3600


class StoreUnavailable(Exception):
    """The store could not answer in time; the caller goes on without it."""


class Store(Protocol):
    """What the summary cache needs from a store."""

    kind: str  # "memory" or "redis": reported by /readyz

    async def get(self, key: str) -> bytes | None:
        """The value under ``key``, or None when absent or expired."""

    async def get_many(self, keys: Sequence[str]) -> list[bytes | None]:
        """Values for many keys, in order (None where absent)."""

    async def set(self, key: str, value: bytes, ttl_s: int) -> None:
        """Store ``value`` under ``key`` for ``ttl_s`` seconds."""

    async def delete(self, key: str) -> None:
        """Remove ``key`` (no error when absent)."""

    async def acquire(self, key: str, ttl_ms: int) -> bool:
        """Take the lock ``key`` for ``ttl_ms`` unless someone holds it; True when taken."""

    async def exists(self, key: str) -> bool:
        """Whether ``key`` is present (used to see whether a lock is still held)."""

    async def ping(self) -> bool:
        """Whether the store answers now."""

    async def close(self) -> None:
        """Release connections."""


class MemoryStore:
    """A bounded in-process LRU with per-entry expiry: the embedded cache when REDIS_URL is unset.

    Bounded twice: by entries, and by bytes so that a run of huge articles cannot blow up a
    worker's memory. Used only from the event loop, so it needs no lock. Each worker has its own.
    """

    kind = "memory"

    def __init__(self, max_entries: int, max_bytes: int = 64 * 1024 * 1024) -> None:
        self._max = max_entries
        self._max_bytes = max_bytes
        self._bytes = 0
        self._data: OrderedDict[str, tuple[float, bytes]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._data)

    async def get(self, key: str) -> bytes | None:
        item = self._data.get(key)
        if item is None:
            return None
        expires, value = item
        if expires <= time.monotonic():
            await self.delete(key)
            return None
        self._data.move_to_end(key)
        return value

    async def get_many(self, keys: Sequence[str]) -> list[bytes | None]:
        return [await self.get(key) for key in keys]

    async def set(self, key: str, value: bytes, ttl_s: int) -> None:
        await self._put(key, value, time.monotonic() + ttl_s)

    async def _put(self, key: str, value: bytes, expires: float) -> None:
        await self.delete(key)
        if len(value) > self._max_bytes:
            return
        self._data[key] = (expires, value)
        self._bytes += len(value)
        while len(self._data) > self._max or self._bytes > self._max_bytes:
            _, (_, evicted) = self._data.popitem(last=False)
            self._bytes -= len(evicted)

    async def delete(self, key: str) -> None:
        item = self._data.pop(key, None)
        if item is not None:
            self._bytes -= len(item[1])

    async def acquire(self, key: str, ttl_ms: int) -> bool:
        if await self.get(key) is not None:
            return False
        await self._put(key, b"1", time.monotonic() + ttl_ms / 1000)
        return True

    async def exists(self, key: str) -> bool:
        return await self.get(key) is not None

    async def ping(self) -> bool:
        return True

    async def close(self) -> None:
        self._data.clear()
        self._bytes = 0


class RedisStore:
    """Redis through redis.asyncio (hiredis parser), fast-failing, with a circuit breaker.

    ``cluster=True`` (``NEWSUM_REDIS_CLUSTER=1``) uses redis-py's cluster client on ``url`` (any
    node: it learns the others and the slot map from it). The keys, locks and bypass behaviour are
    the same: every command touches one key, except ``get_many``, which the cluster client splits
    by slot (a plain MGET over keys of different slots fails with CROSSSLOT on a cluster).
    """

    kind = "redis"

    def __init__(self, url: str, *, timeout_s: float = 0.05, cooldown_s: float = 1.0, cluster: bool = False) -> None:
        self._client: aioredis.Redis | aioredis.RedisCluster
        if cluster:
            self._client = aioredis.RedisCluster.from_url(
                url,
                socket_connect_timeout=timeout_s,
                socket_timeout=timeout_s,
                retry=Retry(NoBackoff(), 0),
                # A cache serves the slots whose nodes answer; the others are bypassed.
                require_full_coverage=False,
            )
        else:
            self._client = aioredis.Redis.from_url(
                url,
                socket_connect_timeout=timeout_s,
                socket_timeout=timeout_s,
                # redis-py retries 3 times with a backoff of up to seconds by default: a dead Redis
                # would then stall every request. One try, then bypass.
                retry=Retry(NoBackoff(), 0),
                health_check_interval=0,
            )
        self._cooldown_s = cooldown_s
        self._closed_until = 0.0  # monotonic time before which Redis is skipped

    @property
    def available(self) -> bool:
        """False while the breaker is open after a recent failure."""
        return time.monotonic() >= self._closed_until

    def _check(self) -> None:
        if time.monotonic() < self._closed_until:
            raise StoreUnavailable("redis skipped after a recent failure")

    def _trip(self, exc: BaseException) -> StoreUnavailable:
        if self.available:
            # str(exc): a log record that kept the exception would keep its traceback's connections alive
            log.warning(
                "redis unavailable (%s: %s); bypassed for %.1f s", type(exc).__name__, str(exc), self._cooldown_s
            )
        self._closed_until = time.monotonic() + self._cooldown_s
        return StoreUnavailable(str(exc))

    async def get(self, key: str) -> bytes | None:
        self._check()
        try:
            value: bytes | None = await self._client.get(key)
        except _REDIS_ERRORS as exc:
            raise self._trip(exc) from exc
        return value

    async def get_many(self, keys: Sequence[str]) -> list[bytes | None]:
        if not keys:
            return []
        self._check()
        try:
            if isinstance(self._client, aioredis.RedisCluster):
                values: list[bytes | None] = await self._client.mget_nonatomic(keys)
            else:
                values = await self._client.mget(keys)
        except _REDIS_ERRORS as exc:
            raise self._trip(exc) from exc
        return values

    async def set(self, key: str, value: bytes, ttl_s: int) -> None:
        self._check()
        try:
            await self._client.set(key, value, ex=ttl_s)
        except _REDIS_ERRORS as exc:
            raise self._trip(exc) from exc

    async def delete(self, key: str) -> None:
        self._check()
        try:
            await self._client.delete(key)
        except _REDIS_ERRORS as exc:
            raise self._trip(exc) from exc

    async def acquire(self, key: str, ttl_ms: int) -> bool:
        self._check()
        try:
            return bool(await self._client.set(key, b"1", nx=True, px=ttl_ms))
        except _REDIS_ERRORS as exc:
            raise self._trip(exc) from exc

    async def exists(self, key: str) -> bool:
        self._check()
        try:
            return bool(await self._client.exists(key))
        except _REDIS_ERRORS as exc:
            raise self._trip(exc) from exc

    async def ping(self) -> bool:
        # Readiness asks Redis itself, breaker or not: it reports the truth now.
        try:
            ok = bool(await self._client.ping())  # type: ignore[misc]  # redis-py types ping as sync-or-async
        except _REDIS_ERRORS as exc:
            self._trip(exc)
            return False
        self._closed_until = 0.0
        return ok

    async def warm(self, connections: int) -> bool:
        """Open ``connections`` pooled connections now, so a burst of requests does not have to.

        Connecting under load can take longer than the tens-of-milliseconds timeout and would
        trip the breaker for nothing. True when Redis answered.
        """
        for _ in range(5):  # workers start together, loading models: a connect can be slow then
            try:
                await asyncio.gather(*(self._client.ping() for _ in range(connections)))  # type: ignore[arg-type]
            except _REDIS_ERRORS:
                await asyncio.sleep(0.2)
                continue
            return True
        return False

    async def close(self) -> None:
        await self._client.aclose()


class TieredStore:
    """A per-worker LRU in front of Redis (the LRU answers first; Redis is shared by all workers).

    A cached value never goes stale: its key hashes everything that determines it (text, date,
    pipeline and model versions), so the front may keep an entry as long as it likes; the TTL only
    bounds space. Locks live in Redis alone, since they coordinate workers.
    """

    kind = "redis"

    def __init__(self, front: MemoryStore, back: RedisStore) -> None:
        self.front = front
        self.back = back

    async def get(self, key: str) -> bytes | None:
        value = await self.front.get(key)
        if value is None:
            value = await self.back.get(key)
            if value is not None:
                await self.front.set(key, value, _FRONT_TTL_S)
        return value

    async def get_many(self, keys: Sequence[str]) -> list[bytes | None]:
        values = [await self.front.get(key) for key in keys]
        missing = [i for i, value in enumerate(values) if value is None]
        if missing:
            found = await self.back.get_many([keys[i] for i in missing])
            for i, value in zip(missing, found, strict=True):
                if value is not None:
                    values[i] = value
                    await self.front.set(keys[i], value, _FRONT_TTL_S)
        return values

    async def set(self, key: str, value: bytes, ttl_s: int) -> None:
        await self.front.set(key, value, min(ttl_s, _FRONT_TTL_S))
        await self.back.set(key, value, ttl_s)

    async def delete(self, key: str) -> None:
        await self.front.delete(key)
        await self.back.delete(key)

    async def acquire(self, key: str, ttl_ms: int) -> bool:
        return await self.back.acquire(key, ttl_ms)

    async def exists(self, key: str) -> bool:
        return await self.back.exists(key)

    async def ping(self) -> bool:
        return await self.back.ping()

    async def close(self) -> None:
        await self.front.close()
        await self.back.close()
