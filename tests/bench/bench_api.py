"""The service end to end: cold and cached request latency, throughput and memory, in one run.

    .venv/bin/python tests/bench/bench_api.py [--server granian|uvicorn|both] [--limit N] [--hit-seconds S]
                                              [--corpus PATH]

Starts the service as README's command does (``python -m api``: production server, one worker per
core) against the real Redis on 127.0.0.1:6379 under a key prefix of its own (deleted afterwards),
and drives it over ../shared/corpus/articles.jsonl. It prints, measured in the same run:

* the raw ``nlp(text)`` time per article (in this process, before the server starts);
* cold requests (every article a miss) one at a time: latency p50/p95 and the ratio to the raw
  parse, i.e. what the HTTP layer, cache and extractors add to spaCy's own parse;
* cold requests at concurrency 8: throughput, and latency (which includes queueing: 8 requests
  share the machine's cores);
* cache hits at concurrency 8: latency p50/p99, requests/s, and the workers' CPU time per request
  (the client shares the cores, so requests/s per worker CPU-second is the server's own capacity);
* peak RSS (VmHWM) of every server process.

The load generator is a small keep-alive HTTP/1.1 client on asyncio sockets: cheap enough that
it measures the server rather than itself. Prints figures; not a pass/fail test. Bounded: every
phase has a fixed size or duration, and the server is killed at the end whatever happens.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

CORPUS = ROOT.parent / "shared" / "corpus" / "articles.jsonl"
REDIS_URL = "redis://127.0.0.1:6379/0"
CONCURRENCY = 8
TARGETS = "targets: cold p50 <= 1.3x raw parse; hits p99 <= 5 ms and >= 1,000 req/s per worker; <= 500 MB RSS/worker"


# -- a minimal keep-alive HTTP/1.1 client ------------------------------------------------------


class Connection:
    """One keep-alive connection; enough HTTP/1.1 for our own server's answers."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer

    @classmethod
    async def open(cls, port: int) -> Connection:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.get_extra_info("socket").setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return cls(reader, writer)

    async def request(self, method: str, path: str, body: bytes = b"") -> tuple[int, dict[str, str], bytes]:
        head = (
            f"{method} {path} HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n"
        ).encode()
        self.writer.write(head + body)
        raw = await self.reader.readuntil(b"\r\n\r\n")
        lines = raw.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        headers = {}
        for line in lines[1:]:
            if ":" in line:
                name, value = line.split(":", 1)
                headers[name.strip().lower()] = value.strip()
        if "content-length" in headers:
            payload = await self.reader.readexactly(int(headers["content-length"]))
        else:  # chunked
            chunks = []
            while True:
                size = int((await self.reader.readline()).strip(), 16)
                if size == 0:
                    await self.reader.readline()
                    break
                chunks.append(await self.reader.readexactly(size))
                await self.reader.readline()
            payload = b"".join(chunks)
        return status, headers, payload

    def close(self) -> None:
        self.writer.close()


@dataclass
class Run:
    latencies: list[float]
    seconds: float
    caches: dict[str, int]
    errors: int


async def drive(port: int, bodies: Sequence[bytes], *, concurrency: int, duration_s: float | None = None) -> Run:
    """POST ``bodies`` (cycled for ``duration_s`` when given, else each once) over ``concurrency`` connections."""
    latencies: list[float] = []
    caches: dict[str, int] = {}
    errors = 0
    next_index = 0
    stop_at = None

    async def worker() -> None:
        nonlocal next_index, errors
        connection = await Connection.open(port)
        try:
            while True:
                if stop_at is None:
                    if next_index >= len(bodies):
                        return
                elif time.perf_counter() >= stop_at:
                    return
                body = bodies[next_index % len(bodies)]
                next_index += 1
                started = time.perf_counter()
                status, headers, _ = await connection.request("POST", "/v1/summaries", body)
                latencies.append(time.perf_counter() - started)
                caches[headers.get("x-cache", "-")] = caches.get(headers.get("x-cache", "-"), 0) + 1
                if status != 200:
                    errors += 1
        finally:
            connection.close()

    started = time.perf_counter()
    if duration_s is not None:
        stop_at = started + duration_s
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return Run(latencies, time.perf_counter() - started, caches, errors)


async def paired(port: int, bodies: Sequence[bytes], texts: Sequence[str], nlp: Any) -> tuple[list[float], Run]:
    """One at a time: ``nlp(text)`` here, then the same article as a (cold) request, article by article.

    Interleaving keeps the ratio honest on a machine whose load changes during the run.
    """
    raw: list[float] = []
    latencies: list[float] = []
    caches: dict[str, int] = {}
    errors = 0
    connection = await Connection.open(port)
    started_all = time.perf_counter()
    try:
        for body, text in zip(bodies, texts, strict=True):
            started = time.perf_counter()
            nlp(text)
            raw.append(time.perf_counter() - started)
            started = time.perf_counter()
            status, headers, _ = await connection.request("POST", "/v1/summaries", body)
            latencies.append(time.perf_counter() - started)
            caches[headers.get("x-cache", "-")] = caches.get(headers.get("x-cache", "-"), 0) + 1
            errors += status != 200
    finally:
        connection.close()
    return raw, Run(latencies, time.perf_counter() - started_all, caches, errors)


# -- measuring ---------------------------------------------------------------------------------


def pct(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def descendants(pid: int) -> list[int]:
    """Every process below ``pid`` (server workers, their helpers)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def status_field(pid: int, name: str) -> int:
    """A ``kB`` field of /proc/<pid>/status, in bytes (0 when the process is gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(name + ":"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def cpu_seconds(pids: Sequence[int]) -> float:
    """User + system CPU time of these processes so far."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


async def _get(port: int, path: str) -> bytes:
    connection = await Connection.open(port)
    try:
        return (await connection.request("GET", path))[2]
    finally:
        connection.close()


def extraction_totals(port: int) -> tuple[float, float]:
    """(seconds, count) of server-side summarising so far, from /metrics (summed over workers)."""
    text = asyncio.run(_get(port, "/metrics")).decode()
    values = {}
    for line in text.splitlines():
        if line.startswith(("newsum_extraction_seconds_sum", "newsum_extraction_seconds_count")):
            name, value = line.split()
            values[name] = float(value)
    return values.get("newsum_extraction_seconds_sum", 0.0), values.get("newsum_extraction_seconds_count", 0.0)


def spare_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def server(kind: str, port: int, prefix: str, workers: int) -> Iterator[subprocess.Popen[bytes]]:
    """``python -m api`` as README runs it; killed (with its workers) on the way out."""
    env = dict(
        os.environ,
        NEWSUM_PORT=str(port),
        NEWSUM_WORKERS=str(workers),
        NEWSUM_SERVER=kind,
        REDIS_URL=REDIS_URL,
        NEWSUM_KEY_PREFIX=prefix,
        NEWSUM_LOG_LEVEL="WARNING",
    )
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "api"], cwd=ROOT, env=env, start_new_session=True, stdout=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(f"{kind} exited with {process.returncode}")
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5) as sock:
                    sock.sendall(b"GET /readyz HTTP/1.1\r\nHost: bench\r\n\r\n")
                    if b" 200 " in sock.recv(200):
                        break
            except OSError:
                pass
            time.sleep(0.3)
        else:
            raise RuntimeError(f"{kind} was not ready within 120 s")
        time.sleep(2.0)  # every worker ready, not just the one that answered
        yield process
    finally:
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=15)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)


def forget(prefix: str) -> int:
    """Delete this run's keys from Redis."""
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    keys = list(client.scan_iter(match=f"{prefix}*", count=1000))
    if keys:
        client.delete(*keys)
    client.close()
    return len(keys)


def tagged(rows: list[dict[str, str]], tag: str) -> list[bytes]:
    """Request bodies; the title (hashed into the key, unused by the extractors) gives each phase new keys."""
    bodies = []
    for row in rows:
        request = {"text": row["text"], "title": f"bench {tag}"}
        if row.get("published"):
            request["published"] = row["published"]
        bodies.append(json.dumps(request).encode())
    return bodies


def bench_server(kind: str, rows: list[dict[str, str]], nlp: Any, hit_seconds: float, workers: int) -> dict[str, float]:
    """All phases against one server; returns the headline figures."""
    bodies = tagged(rows, "cold-1")
    prefix = f"newsum-bench-{uuid.uuid4().hex[:10]}"
    port = spare_port()
    print(f"\n== {kind}: python -m api, {workers} workers, Redis {REDIS_URL}, prefix {prefix}")
    figures: dict[str, float] = {}
    try:
        with server(kind, port, prefix, workers) as process:
            before = extraction_totals(port)
            raw, cold = asyncio.run(paired(port, bodies, [row["text"] for row in rows], nlp))
            after = extraction_totals(port)
            summarise = (after[0] - before[0]) / max(1.0, after[1] - before[1])
            ratio = [lat / r for lat, r in zip(cold.latencies, raw, strict=True)]
            print(
                f"raw nlp(text) here, article by article between the requests: mean {ms(statistics.mean(raw))}  "
                f"p50 {ms(pct(raw, 50))}  p95 {ms(pct(raw, 95))}"
            )
            figures["cold_p50"] = pct(cold.latencies, 50)
            figures["cold_ratio"] = pct(cold.latencies, 50) / pct(raw, 50)
            print(
                f"cold, one at a time ({len(bodies)} articles): p50 {ms(pct(cold.latencies, 50))}  "
                f"p95 {ms(pct(cold.latencies, 95))}  -> p50 / raw-parse p50 = {figures['cold_ratio']:.2f}x  "
                f"(per-article ratio p50 {statistics.median(ratio):.2f}x)  caches {cold.caches}  errors {cold.errors}"
            )
            overhead = statistics.mean(cold.latencies) - summarise
            figures["summarise_ratio"] = summarise / statistics.mean(raw)
            print(
                f"  of which: parse + extractors in the worker {ms(summarise)} per article "
                f"({figures['summarise_ratio']:.2f}x the raw parse mean); HTTP, JSON and cache {ms(overhead)}"
            )
            bodies = tagged(rows, "cold-8")
            cold8 = asyncio.run(drive(port, bodies, concurrency=CONCURRENCY))
            print(
                f"cold, concurrency {CONCURRENCY}: {len(bodies) / cold8.seconds:.1f} articles/s "
                f"(raw parse on one core: {1 / statistics.mean(raw):.1f}/s)  "
                f"latency p50 {ms(pct(cold8.latencies, 50))} "
                f"p95 {ms(pct(cold8.latencies, 95))}  caches {cold8.caches}  errors {cold8.errors}"
            )
            pids = descendants(process.pid)
            cpu_before = cpu_seconds([process.pid, *pids])
            hits = asyncio.run(drive(port, bodies, concurrency=CONCURRENCY, duration_s=hit_seconds))
            cpu = cpu_seconds([process.pid, *pids]) - cpu_before
            rate = len(hits.latencies) / hits.seconds
            figures.update(hit_p50=pct(hits.latencies, 50), hit_p99=pct(hits.latencies, 99), hit_rps=rate)
            figures["hit_rps_per_worker_cpu"] = len(hits.latencies) / cpu if cpu else 0.0
            print(
                f"cache hits, concurrency {CONCURRENCY}, {hit_seconds:g} s: p50 {ms(figures['hit_p50'])}  "
                f"p99 {ms(figures['hit_p99'])}  {rate:.0f} req/s ({rate / workers:.0f} per worker; the client "
                f"shares the cores)  server CPU {cpu:.1f} s -> {figures['hit_rps_per_worker_cpu']:.0f} req/s per "
                f"worker CPU-second  caches {hits.caches}  errors {hits.errors}"
            )
            rss = {pid: status_field(pid, "VmHWM") for pid in [process.pid, *descendants(process.pid)]}
            worker_rss = [v for v in rss.values() if v > 100 * 1024 * 1024]  # the ones holding a model
            figures["rss_max_mb"] = max(worker_rss, default=0) / 2**20
            print(
                "peak RSS (VmHWM) per process: "
                + ", ".join(f"{pid}: {v / 2**20:.0f} MB" for pid, v in sorted(rss.items()))
                + f"  -> max worker {figures['rss_max_mb']:.0f} MB"
            )
    finally:
        print(f"removed {forget(prefix)} keys of this run")
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--server", choices=["granian", "uvicorn", "both"], default="both")
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--hit-seconds", type=float, default=10.0, help="duration of the cache-hit phase")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help=f"articles JSONL (default: {CORPUS})")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="server workers (default: cores)")
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"skipped: {args.corpus} is absent (the team's internal corpus; a user's clone has none)")
        return 0
    try:
        import redis

        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=0.5).ping()
    except Exception:
        print(f"skipped: no Redis at {REDIS_URL} (start one: redis-server --save '' --port 6379)")
        return 0

    rows = [json.loads(line) for line in args.corpus.open(encoding="utf-8")]
    rows = rows[: args.limit] if args.limit else rows

    from extractors.pipeline import DEFAULT_MODEL, load_model

    nlp = load_model(os.environ.get("NEWSUM_SPACY_MODEL") or DEFAULT_MODEL)
    nlp("warm up")
    print(f"{len(rows)} articles, {sum(len(r['text']) for r in rows) / len(rows):.0f} chars on average")
    print(TARGETS)

    results = {}
    for kind in ["granian", "uvicorn"] if args.server == "both" else [args.server]:
        results[kind] = bench_server(kind, rows, nlp, args.hit_seconds, args.workers)

    print("\n== summary")
    for kind, f in results.items():
        print(
            f"{kind:8} cold p50 {ms(f['cold_p50'])} ({f['cold_ratio']:.2f}x raw)  hits p50 {ms(f['hit_p50'])} "
            f"p99 {ms(f['hit_p99'])}  {f['hit_rps']:.0f} req/s  {f['hit_rps_per_worker_cpu']:.0f} req/s per worker "
            f"CPU-second  max worker RSS {f['rss_max_mb']:.0f} MB"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
