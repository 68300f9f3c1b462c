"""``python -m api.healthcheck``: the container's HEALTHCHECK, against a real server and a closed port."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator

import pytest

from api.healthcheck import _local_host, main
from tests.deploy.conftest import free_port


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200 if self.path == "/healthz" else 503)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def port() -> Iterator[int]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


def test_healthcheck_passes_on_200_and_fails_on_503(port: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSUM_HOST", "0.0.0.0")
    monkeypatch.setenv("NEWSUM_PORT", str(port))
    assert main([]) == 0
    assert main(["--ready"]) == 1  # this stand-in answers /readyz with 503


def test_healthcheck_fails_when_nothing_listens(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NEWSUM_PORT", str(free_port()))
    assert main(["--timeout", "0.5"]) == 1
    assert "unhealthy" in capsys.readouterr().err


def test_local_host_reaches_wildcard_listeners() -> None:
    assert _local_host("0.0.0.0") == "127.0.0.1"
    assert _local_host("::") == "[::1]"
    assert _local_host("10.1.2.3") == "10.1.2.3"
    assert _local_host("fe80::1") == "[fe80::1]"
