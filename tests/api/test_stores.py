"""One contract for both stores: the in-process LRU and a real Redis (never mocked)."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator

import pytest

from api.stores import MemoryStore, RedisStore, Store, StoreUnavailable, TieredStore
from tests.api.conftest import spare_port

pytestmark = pytest.mark.anyio


@pytest.fixture(
    params=["memory", pytest.param("redis", marks=pytest.mark.redis), pytest.param("tiered", marks=pytest.mark.redis)]
)
async def store(request: pytest.FixtureRequest, key_prefix: str) -> AsyncIterator[Store]:
    if request.param == "memory":
        yield MemoryStore(max_entries=100)
        return
    redis_url: str = request.getfixturevalue("redis_url")
    redis_store = RedisStore(redis_url, timeout_s=1.0)  # semantics, not latency (loaded CI)
    chosen: Store = redis_store if request.param == "redis" else TieredStore(MemoryStore(100), redis_store)
    yield chosen
    await chosen.close()


@pytest.fixture
def key(key_prefix: str) -> str:
    return f"{key_prefix}:{uuid.uuid4().hex}"


async def test_store_get_missing_is_none(store: Store, key: str) -> None:
    assert await store.get(key) is None


async def test_store_set_then_get_returns_the_bytes(store: Store, key: str) -> None:
    await store.set(key, b'{"id":"x"}\x00\xff', ttl_s=60)
    assert await store.get(key) == b'{"id":"x"}\x00\xff'


async def test_store_set_overwrites(store: Store, key: str) -> None:
    await store.set(key, b"1", ttl_s=60)
    await store.set(key, b"2", ttl_s=60)
    assert await store.get(key) == b"2"


async def test_store_entries_expire(store: Store, key: str) -> None:
    await store.set(key, b"1", ttl_s=1)
    assert await store.get(key) == b"1"
    await asyncio.sleep(1.1)
    assert await store.get(key) is None


async def test_store_get_many_keeps_order_and_gaps(store: Store, key: str) -> None:
    await store.set(key + "a", b"A", ttl_s=60)
    await store.set(key + "c", b"C", ttl_s=60)
    assert await store.get_many([key + "a", key + "b", key + "c"]) == [b"A", None, b"C"]
    assert await store.get_many([]) == []


async def test_store_delete(store: Store, key: str) -> None:
    await store.set(key, b"1", ttl_s=60)
    await store.delete(key)
    await store.delete(key)  # absent: no error
    assert await store.get(key) is None


async def test_store_lock_is_exclusive_until_released_or_expired(store: Store, key: str) -> None:
    assert await store.acquire(key, ttl_ms=300)
    assert not await store.acquire(key, ttl_ms=300)
    assert await store.exists(key)
    await store.delete(key)
    assert not await store.exists(key)
    assert await store.acquire(key, ttl_ms=200)
    await asyncio.sleep(0.3)
    assert await store.acquire(key, ttl_ms=200)


async def test_store_ping(store: Store) -> None:
    assert await store.ping()


async def test_memory_store_evicts_least_recently_used() -> None:
    store = MemoryStore(max_entries=2)
    await store.set("a", b"1", ttl_s=60)
    await store.set("b", b"2", ttl_s=60)
    assert await store.get("a") == b"1"  # "a" is now the most recently used
    await store.set("c", b"3", ttl_s=60)
    assert (await store.get("a"), await store.get("b"), await store.get("c")) == (b"1", None, b"3")
    assert len(store) == 2


async def test_memory_store_is_bounded_by_bytes() -> None:
    store = MemoryStore(max_entries=100, max_bytes=10)
    await store.set("a", b"12345", ttl_s=60)
    await store.set("b", b"12345", ttl_s=60)
    await store.set("c", b"123", ttl_s=60)  # 13 bytes: "a" goes
    assert (await store.get("a"), await store.get("b"), await store.get("c")) == (None, b"12345", b"123")
    await store.set("huge", b"x" * 11, ttl_s=60)  # larger than the whole budget: not kept
    assert await store.get("huge") is None
    assert await store.get("b") == b"12345"


@pytest.mark.redis
async def test_tiered_store_answers_from_the_front_when_redis_is_gone(redis_url: str, key: str) -> None:
    redis_store = RedisStore(redis_url)
    tiered = TieredStore(MemoryStore(10), redis_store)
    await tiered.set(key, b"v", ttl_s=60)
    await redis_store.delete(key)  # Redis lost it (eviction, restart): the front still knows
    assert await tiered.get(key) == b"v"
    other = TieredStore(MemoryStore(10), redis_store)  # another worker: reads Redis, then its own front
    await redis_store.set(key + "x", b"w", ttl_s=60)
    assert await other.get(key + "x") == b"w"
    await redis_store.delete(key + "x")
    assert await other.get(key + "x") == b"w"
    await tiered.close()
    await other.front.close()


async def test_redis_store_down_fails_fast_and_skips_redis_while_open() -> None:
    store = RedisStore(f"redis://127.0.0.1:{spare_port()}/0", timeout_s=0.05, cooldown_s=0.5)
    loop = asyncio.get_running_loop()
    started = loop.time()
    with pytest.raises(StoreUnavailable):
        await store.get("k")
    assert loop.time() - started < 0.5  # no retries with backoff
    assert not store.available
    started = loop.time()
    for _ in range(100):
        with pytest.raises(StoreUnavailable):
            await store.set("k", b"v", ttl_s=1)
    assert loop.time() - started < 0.05  # the breaker answers without touching the network
    assert not await store.ping()
    await store.close()
