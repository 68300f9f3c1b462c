"""The cache on a real Redis: shared by workers, computed once under concurrency, survives outages."""

from __future__ import annotations

import signal
import threading
import time

import anyio
import pytest
import redis
from litestar.testing import AsyncTestClient

from api.app import create_app
from api.summaries import KEY_SCHEMA
from extractors.pipeline import Summarizer
from tests.api.conftest import CountingSummarizer, RedisServer, client_for, make_settings

pytestmark = pytest.mark.redis

TEXT = "The city council approved the budget on Tuesday after a long debate, the mayor said."


def test_cache_redis_hit_after_miss_and_shared_by_workers(
    summarizer: Summarizer, redis_url: str, key_prefix: str
) -> None:
    settings = make_settings(redis_url=redis_url, key_prefix=key_prefix)
    counting = CountingSummarizer(summarizer)
    # Two apps on one Redis stand for two worker processes.
    with (
        client_for(create_app(settings, summarizer=counting)) as one,
        client_for(create_app(settings, summarizer=counting)) as two,
    ):
        first = one.post("/v1/summaries", json={"text": TEXT})
        second = two.post("/v1/summaries", json={"text": TEXT})
        dated = two.post("/v1/summaries", json={"text": TEXT, "published": "2024-01-01"})
    assert (first.headers["x-cache"], second.headers["x-cache"], dated.headers["x-cache"]) == ("miss", "hit", "miss")
    assert first.content == second.content
    assert counting.calls == 2


@pytest.mark.anyio
async def test_cache_concurrent_misses_compute_once_across_workers(
    summarizer: Summarizer, redis_url: str, key_prefix: str
) -> None:
    settings = make_settings(redis_url=redis_url, key_prefix=key_prefix)
    slow = CountingSummarizer(summarizer, delay_s=0.3)
    statuses: list[tuple[int, str]] = []
    async with (
        AsyncTestClient(create_app(settings, summarizer=slow)) as one,
        AsyncTestClient(create_app(settings, summarizer=slow)) as two,
    ):

        async def ask(client: AsyncTestClient) -> None:  # type: ignore[type-arg]
            response = await client.post("/v1/summaries", json={"text": TEXT + " concurrent"})
            statuses.append((response.status_code, response.headers["x-cache"]))

        async with anyio.create_task_group() as group:
            for client in (one, two, one, two, one, two):
                group.start_soon(ask, client)
    assert slow.calls == 1
    assert [status for status, _ in statuses] == [200] * 6
    assert {cache for _, cache in statuses} <= {"miss", "hit"}


def test_cache_redis_outage_answers_with_bypass_and_recovers(
    summarizer: Summarizer, own_redis: RedisServer, key_prefix: str
) -> None:
    settings = make_settings(redis_url=own_redis.url, key_prefix=key_prefix)
    with client_for(create_app(settings, summarizer=summarizer)) as client:
        assert client.post("/v1/summaries", json={"text": TEXT}).headers["x-cache"] == "miss"
        assert client.post("/v1/summaries", json={"text": TEXT}).headers["x-cache"] == "hit"

        own_redis.kill()
        started = time.perf_counter()
        during = [client.post("/v1/summaries", json={"text": f"{TEXT} Outage {i}."}) for i in range(10)]
        elapsed = time.perf_counter() - started
        assert [(r.status_code, r.headers["x-cache"]) for r in during] == [(200, "bypass")] * 10
        assert elapsed < 3.0  # ten parses of a sentence; a waiting client would take far longer
        ready = client.get("/readyz")
        assert (ready.status_code, ready.json()["cache"]) == (200, "redis-bypassed")
        metrics = client.get("/metrics").text
        assert 'newsum_cache_total{result="bypass"}' in metrics

        # Already summarised before the outage: this worker's own LRU still answers.
        assert client.post("/v1/summaries", json={"text": TEXT}).headers["x-cache"] == "hit"

        own_redis.start()  # same port, empty
        time.sleep(1.1)  # the breaker's cool-down
        after = [client.post("/v1/summaries", json={"text": TEXT + " After."}) for _ in range(2)]
        assert [r.headers["x-cache"] for r in after] == ["miss", "hit"]
        assert client.get("/readyz").json()["cache"] == "redis"
    stored = redis.Redis.from_url(own_redis.url)
    assert stored.exists(f"{key_prefix}:{KEY_SCHEMA}:{after[0].headers['etag'].strip(chr(34))[7:]}")
    stored.close()


def test_cache_slow_redis_is_bypassed_quickly(summarizer: Summarizer, own_redis: RedisServer, key_prefix: str) -> None:
    settings = make_settings(redis_url=own_redis.url, key_prefix=key_prefix)
    with client_for(create_app(settings, summarizer=summarizer)) as client:
        client.post("/v1/summaries", json={"text": TEXT})  # connects
        assert own_redis.process is not None
        own_redis.process.send_signal(signal.SIGSTOP)  # alive but not answering: a slow Redis
        try:
            started = time.perf_counter()
            responses = [client.post("/v1/summaries", json={"text": f"{TEXT} Slow {i}."}) for i in range(5)]
            elapsed = time.perf_counter() - started
        finally:
            own_redis.process.send_signal(signal.SIGCONT)
    assert [(r.status_code, r.headers["x-cache"]) for r in responses] == [(200, "bypass")] * 5
    assert elapsed < 2.0  # one 50 ms timeout, then the breaker skips Redis


@pytest.mark.anyio
async def test_cache_a_worker_that_fails_releases_the_others_to_compute(
    summarizer: Summarizer, redis_url: str, key_prefix: str
) -> None:
    settings = make_settings(redis_url=redis_url, key_prefix=key_prefix, timeout_s=5)
    failing = CountingSummarizer(summarizer, delay_s=0.2, fail=True)
    working = CountingSummarizer(summarizer)
    statuses: dict[str, int] = {}
    async with (
        AsyncTestClient(create_app(settings, summarizer=failing)) as one,
        AsyncTestClient(create_app(settings, summarizer=working)) as two,
    ):

        async def ask(name: str, client: AsyncTestClient, delay: float) -> None:  # type: ignore[type-arg]
            await anyio.sleep(delay)
            response = await client.post("/v1/summaries", json={"text": TEXT + " failing holder"})
            statuses[name] = response.status_code

        started = time.perf_counter()
        async with anyio.create_task_group() as group:
            group.start_soon(ask, "holder", one, 0.0)
            group.start_soon(ask, "waiter", two, 0.05)  # finds the lock taken, waits, then computes
        elapsed = time.perf_counter() - started
    assert statuses == {"holder": 500, "waiter": 200}
    assert working.calls == 1
    assert elapsed < 2.0  # released when the lock went, not at the 5 s deadline


@pytest.mark.anyio
async def test_cache_leader_finds_a_value_stored_meanwhile_and_releases_its_lock(
    summarizer: Summarizer, redis_url: str, key_prefix: str
) -> None:
    from api.parser import InProcessRunner
    from api.stores import RedisStore
    from api.summaries import Summaries
    from extractors.pipeline import Article

    store = RedisStore(redis_url)
    counting = CountingSummarizer(summarizer)
    summaries = Summaries(InProcessRunner(counting), store, ttl_s=60, timeout_s=5, key_prefix=key_prefix)
    article = Article(text=TEXT + " stored meanwhile")
    _, key = summaries.key(article)
    await store.set(key, b'{"id":"stored by another worker"}', ttl_s=60)  # after this request's first look
    body, result = await summaries._fill(article, key, "miss", time.monotonic() + 5)
    assert (body, result) == (b'{"id":"stored by another worker"}', "hit")
    assert counting.calls == 0
    assert await store.get(f"{key}:lock") is None
    await summaries.close()
    await store.close()


# -- locks that can no longer be filled, a Redis that refuses writes, an outage's LRU ------------


@pytest.mark.anyio
async def test_cache_a_lock_is_released_when_redis_refuses_the_value(
    summarizer: Summarizer, own_redis: RedisServer, key_prefix: str
) -> None:
    # The value is refused (maxmemory, noeviction) after the lock was taken: the lock must go
    # with it, or every other worker waits on it for the whole time limit.
    settings = make_settings(redis_url=own_redis.url, key_prefix=key_prefix, timeout_s=5)
    slow = CountingSummarizer(summarizer, delay_s=0.6)
    admin = redis.Redis(port=own_redis.port)
    text = TEXT + " refused"
    async with (
        AsyncTestClient(create_app(settings, summarizer=slow)) as one,
        AsyncTestClient(create_app(settings, summarizer=slow)) as two,
    ):

        def fill_redis() -> None:  # while the lock is taken and the summary being computed
            admin.config_set("maxmemory-policy", "noeviction")
            admin.config_set("maxmemory", 1)

        filler = threading.Timer(0.3, fill_redis)  # a thread: the test client blocks this loop
        filler.start()
        first = await one.post("/v1/summaries", json={"text": text})
        filler.join()
        assert (first.status_code, first.headers["x-cache"]) == (200, "bypass")
        assert list(admin.scan_iter(match=f"{key_prefix}*")) == []  # no lock left behind, no value
        ready = await two.get("/readyz")
        assert (ready.status_code, ready.json()) == (
            200,
            {"status": "degraded", "model": summarizer.version.model, "cache": "redis-read-only"},
        )
        started = time.perf_counter()
        second = await two.post("/v1/summaries", json={"text": text})
        elapsed = time.perf_counter() - started
        admin.config_set("maxmemory", 0)
        assert (await two.get("/readyz")).json()["status"] == "ok"
    admin.close()
    assert second.status_code == 200
    assert elapsed < 2.5  # computed at once (0.6 s), not after waiting out a stale lock (5 s: 503)


@pytest.mark.anyio
async def test_cache_a_lock_whose_holder_died_frees_the_waiters_within_two_seconds(
    summarizer: Summarizer, redis_url: str, key_prefix: str
) -> None:
    from api.parser import InProcessRunner
    from api.stores import RedisStore
    from api.summaries import Summaries
    from extractors.pipeline import Article

    class Frozen(RedisStore):
        """A holder that stopped (SIGKILLed worker, frozen host): it neither extends nor releases."""

        async def extend(self, key: str, token: str, ttl_ms: int) -> bool:
            return True

        async def release(self, key: str, token: str) -> None:
            return None

    dead, alive = Frozen(redis_url), RedisStore(redis_url)
    slow = CountingSummarizer(summarizer, delay_s=3.0)
    holder = Summaries(InProcessRunner(slow), dead, ttl_s=60, timeout_s=10, key_prefix=key_prefix)
    waiter = Summaries(InProcessRunner(summarizer), alive, ttl_s=60, timeout_s=10, key_prefix=key_prefix)
    article = Article(text=TEXT + " holder died")
    holding = anyio.Event()

    async def hold() -> None:
        holding.set()
        await holder.one(article)  # cancelled below, once the waiter has its answer

    started = time.perf_counter()
    async with anyio.create_task_group() as group:
        group.start_soon(hold)
        await holding.wait()
        await anyio.sleep(0.2)  # the holder has the lock
        answer = await waiter.one(article)
        elapsed = time.perf_counter() - started
        group.cancel_scope.cancel()
    assert answer.cache in ("miss", "hit")
    assert elapsed < 3.0  # the lock lapsed after 2 s; the frozen holder would have taken 3 s, the old lock 11 s
    for summaries, store in ((holder, dead), (waiter, alive)):
        await summaries.close()
        await store.close()


def test_cache_results_computed_during_an_outage_are_kept_in_the_workers_lru(
    summarizer: Summarizer, own_redis: RedisServer, key_prefix: str
) -> None:
    settings = make_settings(redis_url=own_redis.url, key_prefix=key_prefix)
    counting = CountingSummarizer(summarizer)
    with client_for(create_app(settings, summarizer=counting)) as client:
        client.post("/v1/summaries", json={"text": TEXT})  # connects
        own_redis.kill()
        first = client.post("/v1/summaries", json={"text": TEXT + " during the outage"})
        again = client.post("/v1/summaries", json={"text": TEXT + " during the outage"})
        batch = client.post("/v1/summaries/batch", json={"articles": [{"text": TEXT + " batched"}]})
        batch_again = client.post("/v1/summaries", json={"text": TEXT + " batched"})
    assert first.headers["x-cache"] == "bypass"
    assert (again.headers["x-cache"], again.content) == ("hit", first.content)
    assert "id" in batch.json()["results"][0]
    assert batch_again.headers["x-cache"] == "hit"
    assert counting.calls == 3
