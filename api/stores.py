"""Byte stores behind the summary cache: an in-process LRU and Redis, with one contract.

Both stores hold encoded ``Summary`` bytes under string keys with a TTL, and offer a short,
owner-checked lock (``SET NX PX`` with a random token; released and extended only by the token's
holder) so that workers agree on who computes a missing entry. ``TieredStore``
puts a worker's LRU in front of Redis: hot summaries are answered without a network round trip. A store that
cannot answer raises ``StoreUnavailable``; the cache then answers without it (``X-Cache:
bypass``). The Redis store never waits on a dead server: tens-of-milliseconds timeouts, no
retries, and after a failure it skips Redis for ``cooldown_s`` before trying again. A Redis that
answers but refuses a write (``maxmemory`` reached under ``noeviction``) raises ``StoreRefused``
without skipping Redis: its reads still work.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import time
from collections import OrderedDict
from collections.abc import Sequence
from typing import Literal, Protocol

import redis.asyncio as aioredis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import RedisClusterException, RedisError, ResponseError

log = logging.getLogger(__name__)


# What a Redis (or Redis Cluster) failure can raise: the cluster client raises RedisClusterException,
# which is no RedisError, when it cannot reach any node to learn the slots.
_REDIS_ERRORS = (RedisError, RedisClusterException, OSError)

# How long the per-worker front keeps an entry it read from Redis (an hour: enough for a hot story).
_FRONT_TTL_S = 3600


class StoreUnavailable(Exception):
    """The store could not answer in time; the caller goes on without it."""


class StoreRefused(StoreUnavailable):
    """The store answered, but refused the command (a full Redis refusing writes)."""


CacheHealth = Literal["ok", "read-only", "down"]

# Compare-and-delete and compare-and-extend: only the holder of a lock's token may release or
# extend it (the canonical pattern of the Redis documentation for SET NX locks).
_RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0"
_EXTEND = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) end return 0"


def new_token() -> str:
    """A lock token no other holder will have."""
    return secrets.token_hex(16)


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

    async def acquire(self, key: str, token: str, ttl_ms: int) -> bool:
        """Take the lock ``key`` with ``token`` for ``ttl_ms`` unless someone holds it; True when taken."""

    async def extend(self, key: str, token: str, ttl_ms: int) -> bool:
        """Give the lock ``ttl_ms`` more if ``token`` still holds it; False when it does not."""

    async def release(self, key: str, token: str) -> None:
        """Drop the lock ``key`` if ``token`` holds it; tried even while the store is being skipped."""

    async def poll(self, key: str, lock: str) -> tuple[bytes | None, bool]:
        """The value under ``key`` and whether ``lock`` is held, in one look (waiting on another worker)."""

    async def ping(self) -> bool:
        """Whether the store answers now."""

    async def health(self, probe_key: str) -> CacheHealth:
        """Whether the store answers and accepts writes now (writes a tiny short-lived ``probe_key``)."""

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

    async def acquire(self, key: str, token: str, ttl_ms: int) -> bool:
        if await self.get(key) is not None:
            return False
        await self._put(key, token.encode(), time.monotonic() + ttl_ms / 1000)
        return True

    async def extend(self, key: str, token: str, ttl_ms: int) -> bool:
        if await self.get(key) != token.encode():
            return False
        await self._put(key, token.encode(), time.monotonic() + ttl_ms / 1000)
        return True

    async def release(self, key: str, token: str) -> None:
        if await self.get(key) == token.encode():
            await self.delete(key)

    async def poll(self, key: str, lock: str) -> tuple[bytes | None, bool]:
        return await self.get(key), await self.get(lock) is not None

    async def ping(self) -> bool:
        return True

    async def health(self, probe_key: str) -> CacheHealth:
        return "ok"

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
        if isinstance(exc, ResponseError):
            # Redis answered (out of memory, read-only replica...): not a reason to skip its reads.
            return StoreRefused(str(exc))
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

    async def acquire(self, key: str, token: str, ttl_ms: int) -> bool:
        self._check()
        try:
            return bool(await self._client.set(key, token, nx=True, px=ttl_ms))
        except _REDIS_ERRORS as exc:
            raise self._trip(exc) from exc

    async def extend(self, key: str, token: str, ttl_ms: int) -> bool:
        self._check()
        try:
            # EVAL with the (short) script itself: no script cache to miss after a restart, and the
            # same call for a single Redis and a cluster (the one key routes it).
            return bool(await self._client.eval(_EXTEND, 1, key, token, ttl_ms))  # type: ignore[misc]
        except _REDIS_ERRORS as exc:
            raise self._trip(exc) from exc

    async def poll(self, key: str, lock: str) -> tuple[bytes | None, bool]:
        value, holder = await self.get_many([key, lock])
        return value, holder is not None

    async def release(self, key: str, token: str) -> None:
        # Not behind the breaker: a lock left behind would hold every other worker's request for
        # this article until it expires. One try; if Redis cannot take it, the lock expires soon.
        try:
            await self._client.eval(_RELEASE, 1, key, token)  # type: ignore[misc]
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

    async def health(self, probe_key: str) -> CacheHealth:
        # Readiness asks Redis itself, breaker or not; a tiny write tells a full Redis apart.
        try:
            await self._client.set(probe_key, b"1", px=1000)
        except ResponseError:
            return "read-only"
        except _REDIS_ERRORS as exc:
            self._trip(exc)
            return "down"
        self._closed_until = 0.0
        return "ok"

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

    async def acquire(self, key: str, token: str, ttl_ms: int) -> bool:
        return await self.back.acquire(key, token, ttl_ms)

    async def extend(self, key: str, token: str, ttl_ms: int) -> bool:
        return await self.back.extend(key, token, ttl_ms)

    async def release(self, key: str, token: str) -> None:
        await self.back.release(key, token)

    async def poll(self, key: str, lock: str) -> tuple[bytes | None, bool]:
        # Not through get_many: a lock's token must never be kept in the front as if it were a value.
        value, held = await self.back.poll(key, lock)
        if value is not None:
            await self.front.set(key, value, _FRONT_TTL_S)
        return value, held

    async def ping(self) -> bool:
        return await self.back.ping()

    async def health(self, probe_key: str) -> CacheHealth:
        return await self.back.health(probe_key)

    async def close(self) -> None:
        await self.front.close()
        await self.back.close()
