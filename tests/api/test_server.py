"""``python -m api`` as users run it: a real server process, its workers, shared metrics."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.api.conftest import spare_port

ROOT = Path(__file__).resolve().parents[2]


def _get(url: str, data: bytes | None = None) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """``python -m api`` with two workers and the embedded cache; killed with its workers."""
    port = spare_port()
    env = dict(os.environ, NEWSUM_PORT=str(port), NEWSUM_WORKERS="2", NEWSUM_LOG_LEVEL="WARNING")
    env.pop("REDIS_URL", None)
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "api"], cwd=ROOT, env=env, start_new_session=True, stdout=subprocess.DEVNULL
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            assert process.poll() is None, "python -m api exited"
            try:
                if _get(base + "/readyz")[0] == 200:
                    break
            except OSError:
                pass
            time.sleep(0.3)
        else:
            pytest.fail("python -m api was not ready within 90 s")
        time.sleep(1.0)  # let the second worker finish loading too
        yield base
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)


def test_server_answers_summaries_and_problems(server: str) -> None:
    body = json.dumps({"text": "date 2024-03-18 SEOUL. – The ministry said 40 people were hurt."}).encode()
    status, headers, payload = _get(server + "/v1/summaries", body)
    assert status == 200
    assert json.loads(payload)["published"] == "2024-03-18"
    assert headers["x-cache"] in {"miss", "hit"}
    status, headers, payload = _get(server + "/v1/summaries", b'{"text": ""}')
    assert (status, headers["content-type"]) == (422, "application/problem+json")


def test_server_metrics_add_up_over_workers(server: str) -> None:
    for i in range(20):  # spread over both workers
        _get(server + "/v1/summaries", json.dumps({"text": f"Article number {i} about the budget."}).encode())
    metrics = _get(server + "/metrics")[2].decode()
    total = sum(
        float(line.rsplit(" ", 1)[1])
        for line in metrics.splitlines()
        if line.startswith("newsum_requests_total{") and 'route="/v1/summaries"' in line
    )
    assert total >= 20  # whichever worker answered the scrape, it counted every worker's requests


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"NEWSUM_SPACY_MODEL": "en_core_web_no_such_model"}, "is not installed"),
        ({"NEWSUM_PORT": "eighty"}, "NEWSUM_PORT"),
    ],
)
def test_server_refuses_bad_settings_before_starting_workers(env: dict[str, str], message: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "api"], cwd=ROOT, env=dict(os.environ, **env), capture_output=True, timeout=60
    )
    assert result.returncode == 2
    assert message in result.stderr.decode()
    assert "Traceback" not in result.stderr.decode()
