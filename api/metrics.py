"""Prometheus metrics: requests, latency, cache results and extraction time.

With several workers, ``python -m api`` points ``PROMETHEUS_MULTIPROC_DIR`` at a fresh
directory before any worker starts, so every worker writes its samples there and ``/metrics``
(answered by whichever worker gets the scrape) adds them all up. Without it (one process,
tests) the default registry is used. Only counters and histograms are used: they sum across
processes without a per-metric aggregation mode.
"""

from __future__ import annotations

import os
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Literal

from litestar.enums import ScopeType
from litestar.types import ASGIApp, Message, Receive, Scope, Send
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)

CacheResult = Literal["hit", "miss", "bypass"]

_LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)

REQUESTS = Counter("newsum_requests_total", "HTTP requests answered.", ["route", "method", "status"])
LATENCY = Histogram(
    "newsum_request_duration_seconds", "Time to answer an HTTP request.", ["route"], buckets=_LATENCY_BUCKETS
)
CACHE = Counter("newsum_cache_total", "Summary cache lookups by result (hit, miss, bypass).", ["result"])
EXTRACTION = Histogram(
    "newsum_extraction_seconds", "Time to parse and summarise one article (cache misses).", buckets=_LATENCY_BUCKETS
)
TIMEOUTS = Counter("newsum_timeouts_total", "Summaries abandoned after NEWSUM_TIMEOUT_S.")
PARSER_RESTARTS = Counter(
    "newsum_parser_restarts_total", "Parser processes restarted: a job past its time limit was stopped, or one died."
)

CONTENT_TYPE = CONTENT_TYPE_LATEST


def count_cache(result: CacheResult, n: int = 1) -> None:
    """Count ``n`` cache lookups with this result."""
    CACHE.labels(result).inc(n)


def render() -> bytes:
    """The metrics in Prometheus text format, summed over workers in multiprocess mode."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
        return bytes(generate_latest(registry))
    return bytes(generate_latest(REGISTRY))


def serve_metrics(host: str, port: int) -> ThreadingHTTPServer:
    """Serve ``render()`` at ``/metrics`` on a port of its own (NEWSUM_METRICS_PORT), on a daemon thread.

    Run by ``python -m api``'s main process: the scrape port can then stay inside the cluster
    while the API port faces clients, and the workers' samples are read from the multiprocess
    directory as ``/metrics`` would read them.
    """

    class Handler(BaseHTTPRequestHandler):
        server_version = "newsum"
        sys_version = ""

        def do_GET(self) -> None:
            found = self.path.split("?", 1)[0] == "/metrics"
            body = render() if found else b"not found\n"
            self.send_response(200 if found else 404)
            self.send_header("Content-Type", CONTENT_TYPE if found else "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("X-Content-Type-Options", "nosniff")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass  # scrapes are not worth a log line each

    server = ThreadingHTTPServer((host, port), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, name="newsum-metrics", daemon=True).start()
    return server


def metrics_middleware(app: ASGIApp) -> ASGIApp:
    """Count every routed request by route template, method and status, and time it."""

    async def middleware(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != ScopeType.HTTP:
            await app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def send_wrapper(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await app(scope, receive, send_wrapper)
        finally:
            route = scope.get("path_template") or "unmatched"
            LATENCY.labels(route).observe(time.perf_counter() - started)
            REQUESTS.labels(route, scope.get("method", ""), str(status)).inc()

    return middleware
