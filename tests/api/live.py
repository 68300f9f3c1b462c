"""A real ``python -m api`` for tests that must go over HTTP: its own port, settings and log file.

The newsroom features (fetch by id, exports, language, CORS, keys, limits, request ids, gzip,
the viewer) are tested against this, with the real Redis, never a double.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.api.conftest import spare_port

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class LiveServer:
    """A running server: its base URL, its process and the file its logs go to."""

    base: str
    process: subprocess.Popen[bytes]
    log_path: Path

    def log(self) -> str:
        """Everything the server logged so far (stdout and stderr)."""
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def client(self, **kwargs: object) -> httpx.Client:
        """An HTTP client on this server (30 s timeout)."""
        return httpx.Client(base_url=self.base, timeout=30, **kwargs)  # type: ignore[arg-type]


@contextmanager
def live_server(log_dir: Path, *, workers: int = 1, **env_overrides: str) -> Iterator[LiveServer]:
    """``python -m api`` with ``env_overrides``, ready; stopped with all its processes at the end."""
    port = spare_port()
    env = dict(os.environ, NEWSUM_PORT=str(port), NEWSUM_WORKERS=str(workers), NEWSUM_LOG_LEVEL="INFO")
    for name in ("REDIS_URL", "PROMETHEUS_MULTIPROC_DIR", "NEWSUM_API_KEYS", "NEWSUM_RATE_LIMIT"):
        env.pop(name, None)
    env.update(env_overrides)
    log_path = log_dir / f"server-{port}.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "api"], cwd=ROOT, env=env, start_new_session=True, stdout=log, stderr=log
        )
    server = LiveServer(f"http://127.0.0.1:{port}", process, log_path)
    try:
        _wait_ready(server, workers)
        yield server
    finally:
        with suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=40)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)


def _wait_ready(server: LiveServer, workers: int, within_s: float = 120) -> None:
    deadline = time.monotonic() + within_s
    ready = 0
    with httpx.Client(base_url=server.base, timeout=5) as client:
        while time.monotonic() < deadline:
            if server.process.poll() is not None:
                pytest.fail(f"python -m api exited:\n{server.log()[-3000:]}")
            try:
                ready = ready + 1 if client.get("/readyz").status_code == 200 else 0
            except httpx.HTTPError:
                ready = 0
            # Each worker loads its own parser process: a few ready answers in a row, then a
            # moment more, so that every worker is likely to have loaded.
            if ready >= 2 * workers:
                time.sleep(0.5 * workers)
                return
            time.sleep(0.3)
    pytest.fail(f"python -m api was not ready within {within_s:g} s:\n{server.log()[-3000:]}")
