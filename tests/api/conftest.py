"""API test fixtures: apps over the session's real pipeline, a real Redis, test doubles.

Redis is never mocked. Tests that need it are marked ``redis`` and use the server on
127.0.0.1:6379 (CI starts one) under a key prefix unique to this test run, deleted at the end;
they skip with a message when no Redis answers there.
"""

from __future__ import annotations

import os
import socket
import subprocess
import threading
import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import redis
from litestar import Litestar
from litestar.testing import TestClient

from api.app import create_app
from api.errors import PROBLEM_BASE
from api.settings import Settings
from extractors.pipeline import Article, Summarizer
from extractors.types import Summary, Version

REDIS_URL = "redis://127.0.0.1:6379/0"
RUN_PREFIX = f"newsum-test-{uuid.uuid4().hex[:12]}"


def skip_or_fail(reason: str) -> None:
    """Skip a test that needs Redis where none is available, except under CI, which must run them all."""
    if os.environ.get("CI"):
        pytest.fail(f"CI must run the Redis tests: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """The shared test Redis; every key this run writes is removed afterwards."""
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=0.5)
    try:
        client.ping()
    except redis.RedisError:
        skip_or_fail("no Redis on 127.0.0.1:6379 (start one: redis-server --save '' --port 6379)")
    yield REDIS_URL
    for key in client.scan_iter(match=f"{RUN_PREFIX}*", count=1000):
        client.delete(key)
    client.close()


@pytest.fixture
def key_prefix(request: pytest.FixtureRequest) -> str:
    """A key prefix unique to this test (so tests never see each other's entries)."""
    return f"{RUN_PREFIX}-{request.node.name[:40]}-{uuid.uuid4().hex[:6]}"


def make_settings(**overrides: object) -> Settings:
    """Settings for a test app: small limits where a test wants them, defaults otherwise."""
    values: dict[str, object] = {"workers": 1, "log_level": "WARNING"}
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


def client_for(app: Litestar) -> TestClient[Litestar]:
    """A TestClient that does not turn server errors into exceptions (we assert on them)."""
    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture
def memory_client(summarizer: Summarizer, key_prefix: str) -> Iterator[TestClient[Litestar]]:
    """The app on the embedded LRU cache (REDIS_URL unset), with the session's pipeline."""
    with client_for(create_app(make_settings(key_prefix=key_prefix), summarizer=summarizer)) as client:
        yield client


@pytest.fixture
def redis_client(summarizer: Summarizer, redis_url: str, key_prefix: str) -> Iterator[TestClient[Litestar]]:
    """The app on the real Redis, with the session's pipeline."""
    app = create_app(make_settings(redis_url=redis_url, key_prefix=key_prefix), summarizer=summarizer)
    with client_for(app) as client:
        yield client


@dataclass
class CountingSummarizer:
    """A test double around the real pipeline: counts calls, can be slow or fail."""

    real: Summarizer
    delay_s: float = 0.0
    fail: bool = False
    calls: int = 0
    articles: list[Article] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def version(self) -> Version:
        return self.real.version

    def id_for(self, article: Article) -> str:
        return self.real.id_for(article)

    def summarize(self, article: Article) -> Summary:
        with self._lock:
            self.calls += 1
            self.articles.append(article)
        if self.delay_s:
            time.sleep(self.delay_s)
        if self.fail:
            raise RuntimeError("boom: a bug in an extractor, with a secret path /etc/newsum")
        return self.real.summarize(article)

    def summarize_many(self, articles: Iterable[Article], *, batch_size: int = 32) -> Iterator[Summary]:
        for article in articles:
            yield self.summarize(article)


@pytest.fixture
def counting(summarizer: Summarizer) -> CountingSummarizer:
    return CountingSummarizer(summarizer)


def spare_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class RedisServer:
    """A redis-server of our own, on a spare port, that a test can kill and restart."""

    def __init__(self, port: int, workdir: Path, *options: str) -> None:
        self.port = port
        self.workdir = workdir
        self.options = options  # more redis-server options ("--enable-debug-command", "local")
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                *("redis-server", "--port", str(self.port), "--save", "", "--appendonly", "no", "--daemonize", "no"),
                *self.options,
            ],
            cwd=self.workdir,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        client = redis.Redis(port=self.port, socket_connect_timeout=0.1)
        for _ in range(100):
            try:
                client.ping()
                client.close()
                return
            except redis.RedisError:
                time.sleep(0.05)
        raise RuntimeError(f"redis-server did not start on port {self.port}")

    def kill(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait(timeout=5)
            self.process = None


@pytest.fixture
def own_redis(tmp_path: Path) -> Iterator[RedisServer]:
    """A private redis-server (killed at the end whatever happens)."""
    if subprocess.run(["which", "redis-server"], capture_output=True).returncode != 0:
        skip_or_fail("redis-server is not installed (Debian: apt-get install redis-server)")
    server = RedisServer(spare_port(), tmp_path)
    server.start()
    try:
        yield server
    finally:
        server.kill()


def assert_problem(response: Any, status: int, slug: str, field: str | None = None) -> dict[str, Any]:
    """The response is an RFC 9457 problem of this status and type (and field), with no stack trace."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    problem: dict[str, Any] = response.json()
    assert problem["type"] == PROBLEM_BASE + slug
    assert problem["status"] == status
    assert problem["title"]
    assert "Traceback" not in response.text
    if field is not None:
        assert problem["field"] == field
    return problem
