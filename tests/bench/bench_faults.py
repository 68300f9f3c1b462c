"""The service under Redis faults: does it keep answering, answer right, and recover at once?

    .venv/bin/python tests/bench/bench_faults.py [--phase-seconds S] [--concurrency C] [--corpus PATH]

Starts a redis-server of its own on a spare port (never the shared one on 6379: it is stopped,
slept and filled here) and ``python -m api`` with 2 workers on it, as README runs it. The
fault-free answer of every article is computed first, in this process, with the same pipeline.
Then a bounded load runs through one phase per fault: C keep-alive connections, 80% of requests
for a hot set of articles (cached before the faults: hits) and 20% for a few articles new in that
phase (misses first, asked for concurrently: they take the cross-worker lock, wait on it, store).
In each phase the fault is injected after a quiet start, lasts a few seconds, and is lifted; the
load goes on until the phase ends. Besides Redis faults, a worker process is killed (SIGKILL: the
server respawns it) and a worker's parser process is killed (the worker restarts it). At the end,
graceful shutdown: requests for new articles are put in flight, the server gets SIGTERM, and the
script prints how many of them were answered 200 and how long the server took to exit.

Printed per phase: requests, non-2xx answers, bodies that differ from the fault-free answer,
the slowest request during the fault, the longest stall after recovery (the slowest request
started after the fault was lifted, next to the fault-free phase's slowest for scale), recovery
time (from the lift to the last ``X-Cache: bypass`` answer, and to ``/readyz`` saying ``ok``), and
locks left in Redis at the end of the phase.

To add a fault, add a ``Fault`` (its ``inject`` and ``lift``) to ``FAULTS``. Not a pass/fail test.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

import redis

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_api import Connection, descendants, ms, spare_port  # noqa: E402

from tests.api.conftest import RedisServer  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "articles.jsonl"
PREFIX = "newsum-faults"


# -- the Redis of this benchmark ------------------------------------------------------------------


class OwnRedis(RedisServer):
    """The tests' redis-server of its own, with DEBUG allowed (for DEBUG SLEEP)."""

    def __init__(self, workdir: Path) -> None:
        super().__init__(spare_port(), workdir, "--enable-debug-command", "local")

    def admin(self) -> redis.Redis:
        return redis.Redis(port=self.port, socket_connect_timeout=0.5)


# -- faults ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fault:
    """Something done to the system for ``seconds``; ``inject`` may block for the whole fault."""

    name: str
    what: str
    inject: Callable[[OwnRedis], None]
    lift: Callable[[OwnRedis], None]
    seconds: float = 3.0


def _sleep(r: OwnRedis) -> None:
    client = redis.Redis(port=r.port, socket_timeout=10)
    client.execute_command("DEBUG", "SLEEP", "3")  # returns when Redis wakes up
    client.close()


def _fill(r: OwnRedis) -> None:
    admin = r.admin()
    admin.config_set("maxmemory-policy", "noeviction")
    admin.config_set("maxmemory", 1)


def _unfill(r: OwnRedis) -> None:
    r.admin().config_set("maxmemory", 0)


SERVER: dict[str, int] = {}  # "pid": the server's main process, set once it runs


def _children(pid: int) -> list[int]:
    return [child for child in descendants(pid) if _parent(child) == pid]


def _parent(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        return -1


def _kill_worker(r: OwnRedis) -> None:
    """SIGKILL one worker (a child of the server's main process), as the OOM killer would."""
    workers = _children(SERVER["pid"])
    if workers:
        os.kill(workers[0], signal.SIGKILL)


def _kill_parser(r: OwnRedis) -> None:
    """SIGKILL one worker's parser process (a grandchild), as a crash in spaCy would end it."""
    for worker in _children(SERVER["pid"]):
        parsers = _children(worker)
        if parsers:
            os.kill(parsers[0], signal.SIGKILL)
            return


FAULTS: list[Fault] = [
    Fault("none", "no fault (the reference phase)", lambda r: None, lambda r: None),
    Fault("stopped", "redis-server killed, restarted empty 3 s later", lambda r: r.kill(), lambda r: r.start()),
    Fault("slept", "DEBUG SLEEP 3: alive, answering nothing", _sleep, lambda r: None, seconds=0.0),
    Fault("full", "maxmemory reached under noeviction for 3 s: writes refused", _fill, _unfill),
    Fault("worker-killed", "a worker SIGKILLed (the server respawns it)", _kill_worker, lambda r: None, seconds=0.0),
    Fault("parser-killed", "a worker's parser process SIGKILLed", _kill_parser, lambda r: None, seconds=0.0),
]


# -- load ------------------------------------------------------------------------------------------


@dataclass
class Record:
    started: float
    ended: float
    hot: bool
    status: int
    cache: str
    right: bool


@dataclass
class Load:
    """The articles, their fault-free answers, and what the load generator saw."""

    hot: list[bytes]
    cold: list[list[bytes]]  # per phase
    expected: dict[bytes, bytes]
    records: list[Record] = field(default_factory=list)
    phase: int = 0
    stop: bool = False


async def _connection_loop(port: int, load: Load, seed: int) -> None:
    rng = random.Random(seed)
    connection = await Connection.open(port)
    try:
        while not load.stop:
            cold = load.cold[load.phase]
            hot = not cold or rng.random() < 0.8
            body = rng.choice(load.hot if hot else cold)
            started = time.monotonic()
            try:
                status, headers, payload = await connection.request("POST", "/v1/summaries", body)
            except (OSError, asyncio.IncompleteReadError):
                status, headers, payload = 599, {}, b""
                connection.close()
                connection = await Connection.open(port)
            right = status != 200 or payload == load.expected[body]
            load.records.append(Record(started, time.monotonic(), hot, status, headers.get("x-cache", "-"), right))
    finally:
        connection.close()


async def _ready_ok(port: int) -> bool:
    connection = await Connection.open(port)
    try:
        _, _, payload = await connection.request("GET", "/readyz")
        return bool(json.loads(payload).get("status") == "ok")
    finally:
        connection.close()


@dataclass
class Phase:
    fault: Fault
    start: float
    injected: float
    lifted: float
    end: float
    ready_after: float | None
    locks_left: int


async def run_phases(port: int, r: OwnRedis, load: Load, concurrency: int, phase_seconds: float) -> list[Phase]:
    connections = [asyncio.ensure_future(_connection_loop(port, load, seed)) for seed in range(concurrency)]
    phases: list[Phase] = []
    try:
        for number, fault in enumerate(FAULTS):
            load.phase = number
            start = time.monotonic()
            await asyncio.sleep(2.0)
            injected = time.monotonic()
            await asyncio.to_thread(fault.inject, r)
            await asyncio.sleep(fault.seconds)
            await asyncio.to_thread(fault.lift, r)
            lifted = time.monotonic()
            ready_after = None
            while time.monotonic() < start + phase_seconds:
                if ready_after is None and await _ready_ok(port):
                    ready_after = time.monotonic() - lifted
                await asyncio.sleep(0.05)
            locks = len(list(r.admin().scan_iter(match=f"{PREFIX}*:lock")))
            phases.append(Phase(fault, start, injected, lifted, time.monotonic(), ready_after, locks))
    finally:
        load.stop = True
        await asyncio.gather(*connections, return_exceptions=True)
    return phases


# -- the report ------------------------------------------------------------------------------------


def report(phases: Sequence[Phase], records: Sequence[Record]) -> None:
    reference_slowest = 0.0
    for phase in phases:
        mine = [rec for rec in records if phase.start <= rec.started < phase.end]
        during = [rec for rec in mine if phase.injected <= rec.started < phase.lifted]
        after = [rec for rec in mine if rec.started >= phase.lifted]
        bypass_after = [rec.ended for rec in after if rec.cache == "bypass"]
        slowest_after = max((rec.ended - rec.started for rec in after), default=0.0)
        slowest_hot_after = max((rec.ended - rec.started for rec in after if rec.hot), default=0.0)
        if phase.fault.name == "none":
            reference_slowest = max((rec.ended - rec.started for rec in mine), default=0.0)
        caches: dict[str, int] = {}
        for rec in mine:
            caches[rec.cache] = caches.get(rec.cache, 0) + 1
        print(f"== {phase.fault.name}: {phase.fault.what}")
        print(
            f"  requests {len(mine)}  non-2xx {sum(rec.status >= 300 for rec in mine)}  "
            f"wrong bodies {sum(not rec.right for rec in mine)}  caches {caches}"
        )
        print(f"  slowest during the fault: {ms(max((rec.ended - rec.started for rec in during), default=0.0))}")
        print(
            f"  longest stall after recovery: {ms(slowest_after)} (hot articles {ms(slowest_hot_after)}; "
            f"fault-free phase slowest {ms(reference_slowest)})"
        )
        recovery = max(bypass_after, default=phase.lifted) - phase.lifted
        ready = "never" if phase.ready_after is None else ms(phase.ready_after)
        print(f"  recovery: last bypass {ms(recovery)} after the lift; /readyz ok after {ready}")
        print(f"  locks left at the end of the phase: {phase.locks_left}")


# -- set-up ------------------------------------------------------------------------------------------


def articles(corpus: Path, count: int) -> list[str]:
    """``count`` mid-sized corpus articles (1-4 KB: enough text, short parses)."""
    texts = []
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            text = json.loads(line)["text"]
            if 1000 <= len(text) <= 4000:
                texts.append(text)
    random.Random(7).shuffle(texts)
    return texts[:count]


def fault_free_answers(texts: Sequence[str]) -> dict[bytes, bytes]:
    """Request body -> the summary the pipeline gives without any fault (computed here)."""
    import msgspec

    from extractors.pipeline import Article, Summarizer

    summarizer = Summarizer()
    bodies = [json.dumps({"text": text}).encode() for text in texts]
    summaries = summarizer.summarize_many(Article(text=text) for text in texts)
    return {body: msgspec.json.encode(summary) for body, summary in zip(bodies, summaries, strict=True)}


@contextmanager
def service(redis_url: str, port: int, log: Path) -> Iterator[subprocess.Popen[bytes]]:
    """``python -m api`` with 2 workers on our Redis; stopped (SIGTERM, then SIGKILL) on the way out."""
    env = dict(
        os.environ,
        NEWSUM_PORT=str(port),
        NEWSUM_WORKERS="2",
        REDIS_URL=redis_url,
        NEWSUM_KEY_PREFIX=PREFIX,
        NEWSUM_LOG_LEVEL="WARNING",
    )
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    with log.open("wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "api"], cwd=ROOT, env=env, start_new_session=True, stdout=output, stderr=output
        )
    try:
        deadline = time.monotonic() + 120
        while not _answers(port):
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"python -m api did not start (see {log})")
            time.sleep(0.3)
        time.sleep(2.0)  # both workers ready
        yield process
    finally:
        with suppress(ProcessLookupError):  # already gone when the SIGTERM phase stopped it
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            with suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)


async def _drain_request(port: int, body: bytes) -> tuple[int, float]:
    connection = await Connection.open(port)
    started = time.monotonic()
    try:
        status, _, _ = await connection.request("POST", "/v1/summaries", body)
    except (OSError, asyncio.IncompleteReadError):
        status = 599
    finally:
        connection.close()
    return status, time.monotonic() - started


async def sigterm_drain(port: int, process: subprocess.Popen[bytes], bodies: Sequence[bytes]) -> None:
    """Requests for new articles in flight, then SIGTERM: are they answered, and does the server exit?"""
    requests = [asyncio.ensure_future(_drain_request(port, body)) for body in bodies]
    await asyncio.sleep(0.3)  # sent and being parsed
    signalled = time.monotonic()
    os.kill(process.pid, signal.SIGTERM)
    answers = await asyncio.gather(*requests)
    exited = await asyncio.to_thread(process.wait, 90)
    print("== SIGTERM with requests in flight (graceful shutdown)")
    print(
        f"  in flight {len(answers)}  answered 200 {sum(status == 200 for status, _ in answers)}  "
        f"other {sorted(status for status, _ in answers if status != 200)}  "
        f"server exited (code {exited}) {ms(time.monotonic() - signalled)} after SIGTERM"
    )


def _answers(port: int) -> bool:
    try:
        return asyncio.run(_ready_ok(port))
    except (OSError, ValueError, asyncio.IncompleteReadError):
        return False


async def warm(port: int, bodies: Sequence[bytes]) -> None:
    connection = await Connection.open(port)
    try:
        for body in bodies:
            await connection.request("POST", "/v1/summaries", body)
    finally:
        connection.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--phase-seconds", type=float, default=12.0, help="length of each phase")
    parser.add_argument("--concurrency", type=int, default=6, help="keep-alive connections")
    parser.add_argument("--hot", type=int, default=12, help="articles cached before the faults")
    parser.add_argument("--cold", type=int, default=12, help="new articles per phase")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help=f"articles JSONL (default: {CORPUS})")
    parser.add_argument("--faults", default=",".join(f.name for f in FAULTS), help="which phases, in order")
    parser.add_argument("--server-log", type=Path, default=None, help="keep the server's log here")
    args = parser.parse_args()
    chosen = args.faults.split(",")
    FAULTS[:] = [fault for name in chosen for fault in FAULTS if fault.name == name]
    if not args.corpus.exists():
        print(f"skipped: {args.corpus} is absent (the team's internal corpus; a user's clone has none)")
        return 0
    drain = 4  # articles in flight at SIGTERM
    texts = articles(args.corpus, args.hot + args.cold * len(FAULTS) + drain)
    started = time.monotonic()
    expected = fault_free_answers(texts)
    print(f"{len(texts)} articles, fault-free answers computed here in {time.monotonic() - started:.1f} s")
    bodies = list(expected)
    cold = [bodies[args.hot + i * args.cold : args.hot + (i + 1) * args.cold] for i in range(len(FAULTS))]
    load = Load(hot=bodies[: args.hot], cold=cold, expected=expected)
    last = bodies[-drain:]
    with tempfile.TemporaryDirectory(prefix="newsum-faults-") as workdir:
        own = OwnRedis(Path(workdir))
        own.start()
        port = spare_port()
        try:
            with service(own.url, port, args.server_log or Path(workdir) / "server.log") as process:
                SERVER["pid"] = process.pid
                asyncio.run(warm(port, load.hot))
                print(
                    f"python -m api, 2 workers, Redis of its own on port {own.port}; "
                    f"{args.concurrency} connections, {args.phase_seconds:g} s per phase\n"
                )
                phases = asyncio.run(run_phases(port, own, load, args.concurrency, args.phase_seconds))
                report(phases, load.records)
                asyncio.run(sigterm_drain(port, process, last))
        finally:
            own.kill()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
