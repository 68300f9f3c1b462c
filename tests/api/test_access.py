"""API keys and rate limits over HTTP: ``python -m api`` with two workers, counting in the real Redis."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import anyio
import httpx
import pytest
import redis

from api.ratelimit import RateLimiter
from tests.api.conftest import RUN_PREFIX, assert_problem, spare_port
from tests.api.live import LiveServer, live_server

pytestmark = [pytest.mark.redis, pytest.mark.model]

KEY_ENV = "env-key-0123456789abcdef"
KEY_FILE = "file-key-fedcba9876543210"
WRONG = "wrong-key-SECRET-guess-000111"
LIMIT = 5
PREFIX = f"{RUN_PREFIX}-access"
TEXT = "The city council approved the budget on Tuesday after a long debate, the mayor said."


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, redis_url: str) -> Iterator[LiveServer]:
    workdir = tmp_path_factory.mktemp("access")
    keys_file = workdir / "keys.txt"
    keys_file.write_text(f"# newsroom CMS\n{KEY_FILE}\n\n", encoding="utf-8")
    env = {
        "REDIS_URL": redis_url,
        "NEWSUM_KEY_PREFIX": PREFIX,
        "NEWSUM_API_KEYS": KEY_ENV,
        "NEWSUM_API_KEYS_FILE": str(keys_file),
        "NEWSUM_RATE_LIMIT": f"{LIMIT}/minute",
        "NEWSUM_CORS_ORIGINS": "https://cms.example.org",
    }
    with live_server(workdir, workers=2, **env) as live:
        yield live


def _get(server: LiveServer, path: str, **headers: str) -> httpx.Response:
    """One request on a connection of its own, so that requests spread over both workers."""
    with server.client() as client:
        return client.get(path, headers=headers)


def _post(server: LiveServer, key: str | None = None, header: str = "bearer") -> httpx.Response:
    headers: dict[str, str] = {}
    if key is not None:
        headers = {"Authorization": f"Bearer {key}"} if header == "bearer" else {"X-API-Key": key}
    with server.client() as client:
        return client.post("/v1/summaries", json={"text": TEXT}, headers=headers)


def test_keys_health_readiness_schema_and_viewer_stay_open(server: LiveServer) -> None:
    for path in ("/healthz", "/readyz", "/schema/openapi.json", "/viewer"):
        assert _get(server, path).status_code == 200, path


def test_keys_missing_or_wrong_key_is_a_401_problem(server: LiveServer) -> None:
    missing = assert_problem(_post(server), 401, "unauthorized")
    assert "Bearer" in missing["detail"]
    wrong = _post(server, WRONG)
    assert_problem(wrong, 401, "unauthorized")
    assert wrong.headers["www-authenticate"].startswith("Bearer")
    assert WRONG not in wrong.text
    assert_problem(_get(server, "/v1/version", Authorization="Basic " + KEY_ENV), 401, "unauthorized")
    assert_problem(_get(server, "/metrics"), 401, "unauthorized")


@pytest.mark.parametrize(("key", "header"), [(KEY_ENV, "bearer"), (KEY_FILE, "bearer"), (KEY_ENV, "x-api-key")])
def test_keys_from_the_environment_or_file_in_either_header(server: LiveServer, key: str, header: str) -> None:
    response = _post(server, key, header)
    assert response.status_code == 200, response.text
    assert int(response.headers["ratelimit-limit"]) == LIMIT


def test_keys_cors_preflight_needs_no_key(server: LiveServer) -> None:
    with server.client() as client:
        response = client.options(
            "/v1/summaries",
            headers={
                "Origin": "https://cms.example.org",
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "authorization",
            },
        )
    assert response.status_code in (200, 204)
    assert response.headers["access-control-allow-origin"] == "https://cms.example.org"


def test_limits_are_shared_by_workers_in_redis_and_answer_429(server: LiveServer, redis_url: str) -> None:
    # KEY_FILE has used at most one request of its budget so far (the tests above).
    answers = [_post(server, KEY_FILE, "x-api-key") for _ in range(LIMIT + 1)]
    statuses = [a.status_code for a in answers]
    assert statuses.count(429) >= 1, statuses
    first_refused = statuses.index(429)
    assert all(s == 200 for s in statuses[:first_refused])
    refused = answers[first_refused]
    problem = assert_problem(refused, 429, "rate-limited")
    assert f"{LIMIT} requests per 60 s" in problem["detail"]
    assert 1 <= int(refused.headers["retry-after"]) <= 60
    assert refused.headers["ratelimit-remaining"] == "0"
    assert refused.headers["ratelimit-policy"] == f"{LIMIT};w=60"
    remaining = [int(a.headers["ratelimit-remaining"]) for a in answers[:first_refused]]
    assert remaining == sorted(remaining, reverse=True)
    # Counted in Redis under the key's digest, never the key itself: every worker sees one count.
    digest = hashlib.sha256(KEY_FILE.encode()).hexdigest()[:16]
    client = redis.Redis.from_url(redis_url)
    stored = [k.decode() for k in client.scan_iter(match=f"{PREFIX}:ratelimit:*")]
    client.close()
    assert any(f"key:{digest}" in k for k in stored), stored
    assert not any(KEY_FILE in k or KEY_ENV in k for k in stored)
    # Another key has a budget of its own.
    assert _post(server, KEY_ENV).status_code == 200


def test_limits_count_guessed_keys_per_address(server: LiveServer) -> None:
    statuses = [_post(server, f"{WRONG}-{i}").status_code for i in range(LIMIT + 2)]
    assert set(statuses) == {401, 429}
    assert statuses[-1] == 429


def test_keys_never_appear_in_logs_or_metrics(server: LiveServer) -> None:
    _post(server, WRONG)
    metrics = _get(server, "/metrics", Authorization=f"Bearer {KEY_ENV}")
    assert metrics.status_code in (200, 429)
    log = server.log()
    for secret in (KEY_ENV, KEY_FILE, WRONG):
        assert secret not in log
        assert secret not in metrics.text
    assert "POST /v1/summaries 401" in log  # the access log has the request, not its key


def test_limits_without_redis_count_in_the_worker(tmp_path: Path) -> None:
    with live_server(tmp_path, NEWSUM_RATE_LIMIT="3/minute") as server, server.client() as client:
        statuses = [client.get("/v1/version").status_code for _ in range(4)]
        assert statuses == [200, 200, 200, 429]
        assert client.get("/healthz").status_code == 200  # not limited


@pytest.mark.anyio
async def test_limits_go_on_in_memory_while_redis_does_not_answer() -> None:
    dead = f"redis://127.0.0.1:{spare_port()}/0"  # nothing listens there
    limiter = RateLimiter("2/minute", redis_url=dead, key_prefix=PREFIX, timeout_s=0.05)
    with anyio.fail_after(5):
        decisions = [await limiter.hit("addr:203.0.113.9") for _ in range(3)]
    assert [d.allowed for d in decisions] == [True, True, False]
    assert not limiter.shared
    await limiter.close()
