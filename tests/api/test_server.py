"""``python -m api`` as users run it: a real server process, its workers, shared metrics."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import pytest

from tests.api.conftest import spare_port
from tests.api.live import live_server
from tests.bench.bench_api import descendants

ROOT = Path(__file__).resolve().parents[2]


def _get(url: str, data: bytes | None = None) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@contextmanager
def _serve(**env_overrides: str) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """``python -m api`` (two workers unless told) with the embedded cache, ready; stopped with all its processes."""
    workers = int(env_overrides.pop("NEWSUM_WORKERS", "2"))
    with (
        tempfile.TemporaryDirectory() as logs,
        live_server(Path(logs), workers=workers, NEWSUM_LOG_LEVEL="WARNING", **env_overrides) as live,
    ):
        yield live.base, live.process


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """``python -m api`` with two workers and the embedded cache; killed with its workers."""
    with _serve() as (base, _):
        yield base


@pytest.fixture(scope="module")
def one_worker_server() -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """One worker (so every request lands on it), a 5 s time limit and a 2 s read timeout.

    The size limits are raised so that a long parse can be started at all (it must not block the worker).
    The last test of this module to use it stops it with SIGTERM.
    """
    size = {"NEWSUM_MAX_CHARS": "2000000", "NEWSUM_MAX_TOKENS": "2000000"}
    with _serve(NEWSUM_WORKERS="1", NEWSUM_TIMEOUT_S="5", NEWSUM_READ_TIMEOUT_S="2", **size) as served:
        yield served


@pytest.fixture
def one_worker(one_worker_server: tuple[str, subprocess.Popen[bytes]]) -> str:
    if one_worker_server[1].poll() is not None:
        pytest.skip("the one-worker server was stopped by an earlier test")
    return one_worker_server[0]


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


def test_server_security_headers_and_versions_only(server: str) -> None:
    stream = urllib.request.Request(
        server + "/v1/summaries/stream",
        data=b'{"text": "Talks ended."}\n',
        headers={"Content-Type": "application/x-ndjson"},
    )
    with urllib.request.urlopen(stream, timeout=30) as response:
        stream_headers = dict(response.headers)
    answers = [
        _get(server + "/v1/version")[1],
        _get(server + "/v1/summaries", b'{"text": ""}')[1],  # a problem
        _get(server + "/no/such/route")[1],
        stream_headers,
    ]
    for headers in answers:
        assert headers["x-content-type-options"] == "nosniff"
        assert not any(ch.isdigit() for ch in headers.get("server", ""))  # no version in the Server header
    version = json.loads(_get(server + "/v1/version")[2])
    assert set(version) == {"package", "pipeline", "model", "schema"}


def test_server_metrics_on_their_own_port() -> None:
    metrics_port = spare_port()
    with _serve(NEWSUM_WORKERS="1", NEWSUM_METRICS_PORT=str(metrics_port)) as (base, _):
        _get(base + "/v1/summaries", json.dumps({"text": "The council met on Monday."}).encode())
        assert _get(base + "/metrics")[0] == 404  # not on the API port
        status, headers, body = _get(f"http://127.0.0.1:{metrics_port}/metrics")
        assert status == 200 and {k.lower(): v for k, v in headers.items()}["content-type"].startswith("text/plain")
        assert 'newsum_requests_total{method="POST",route="/v1/summaries",status="200"}' in body.decode()


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


def test_server_health_and_cache_hits_answer_while_the_worker_parses_the_freeze_input(one_worker: str) -> None:
    # 1 MB without a space: the quadratic address regex held the GIL for about an hour, and the
    # worker answered nothing (not /healthz, not a cache hit, not SIGTERM). Now the parse runs in
    # the worker's parser process: the event loop answers, and the request ends at the time limit.
    hit = json.dumps({"text": "The council met on Monday, the mayor said."}).encode()
    assert _get(one_worker + "/v1/summaries", hit)[0] == 200  # cached now
    freeze: dict[str, Any] = {}

    def send() -> None:
        started = time.monotonic()
        status, headers, _ = _get(one_worker + "/v1/summaries", json.dumps({"text": "a" * 1_000_000}).encode())
        freeze.update(status=status, headers=headers, elapsed=time.monotonic() - started)

    sender = threading.Thread(target=send)
    sender.start()
    time.sleep(0.3)  # the worker is reading, then parsing
    probes: list[tuple[int, int, str, float]] = []
    while sender.is_alive() and len(probes) < 100:
        started = time.monotonic()
        health = _get(one_worker + "/healthz")[0]
        status, headers, _ = _get(one_worker + "/v1/summaries", hit)
        probes.append((health, status, headers.get("x-cache", ""), time.monotonic() - started))
        time.sleep(0.05)
    sender.join(timeout=60)
    assert freeze["status"] in (200, 413, 503), freeze
    assert freeze["elapsed"] < 5 + 3  # the time limit, plus reading 1 MB and a loaded machine
    assert len(probes) >= 3  # answered while the parse ran
    assert {probe[:3] for probe in probes} == {(200, 200, "hit")}
    assert max(probe[3] for probe in probes) < 1.0  # no probe waited for the parse
    after = _retry_until_served(one_worker, json.dumps({"text": "The mayor spoke on Tuesday."}).encode())
    assert after == 200  # a new miss is served (by a fresh parser process once it has loaded)
    if freeze["status"] == 503:
        assert freeze["headers"]["retry-after"]
        restarts = [
            float(line.rsplit(" ", 1)[1])
            for line in _get(one_worker + "/metrics")[2].decode().splitlines()
            if line.startswith("newsum_parser_restarts_total ")
        ]
        assert restarts and restarts[0] >= 1  # the work was stopped, not left running


def _retry_until_served(base: str, body: bytes, within_s: float = 60) -> int:
    """A request retried while it gets 503 (a parser process still loading), as a client would."""
    deadline = time.monotonic() + within_s
    while True:
        status = _get(base + "/v1/summaries", body)[0]
        if status != 503 or time.monotonic() > deadline:
            return status
        time.sleep(0.5)


def _raw(base: str, data: bytes, wait_s: float) -> tuple[bytes, float]:
    """Send ``data`` on a raw connection, then read until the server closes it (or ``wait_s``)."""
    host, port = base.removeprefix("http://").split(":")
    started = time.monotonic()
    with socket.create_connection((host, int(port)), timeout=wait_s) as sock:
        sock.sendall(data)
        received = b""
        with suppress(TimeoutError):
            while chunk := sock.recv(65536):
                received += chunk
    return received, time.monotonic() - started


def test_server_closes_connections_of_clients_that_send_too_slowly(one_worker: str) -> None:
    # Headers that never end, and a body that stops after one byte: both are cut at the read
    # timeout (2 s here) instead of holding the connection forever.
    _, elapsed = _raw(one_worker, b"POST /v1/summaries HTTP/1.1\r\nHost: x\r\nContent-Ty", wait_s=10)
    assert elapsed < 6
    head = b"POST /v1/summaries HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\na"
    answer, elapsed = _raw(one_worker, head, wait_s=10)
    assert answer.startswith(b"HTTP/1.1 408")
    assert b"request-timeout" in answer
    assert elapsed < 6


def test_server_sigterm_lets_the_request_in_flight_finish_and_every_process_exits(
    one_worker_server: tuple[str, subprocess.Popen[bytes]],
) -> None:
    base, process = one_worker_server
    if process.poll() is not None:
        pytest.skip("the one-worker server is already stopped")
    processes = descendants(process.pid)
    assert len(processes) >= 2  # the worker and its parser process
    answer: dict[str, int] = {}
    text = ((ROOT / "tests" / "fixtures" / "seed-article.txt").read_text(encoding="utf-8") + "\n\n") * 4

    def send() -> None:  # a second or two of parsing
        answer["status"] = _get(base + "/v1/summaries", json.dumps({"text": text}).encode())[0]

    sender = threading.Thread(target=send)
    sender.start()
    time.sleep(0.5)
    os.killpg(process.pid, signal.SIGTERM)  # as a terminal's Ctrl-C or an orchestrator would
    sender.join(timeout=60)
    assert process.wait(timeout=60) == 0
    assert answer == {"status": 200}
    assert [pid for pid in processes if _alive(pid)] == []


def test_server_worker_imports_no_spacy() -> None:
    # The model lives in the parser process: a worker that imported spaCy would carry ~80 MB for nothing.
    script = (
        "import sys\n"
        "import api.server\n"
        "from api.app import create_app\n"
        "create_app()\n"
        "assert not [m for m in sys.modules if m.split('.')[0] in ('spacy', 'thinc')], 'spaCy imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr.decode()[-500:]
