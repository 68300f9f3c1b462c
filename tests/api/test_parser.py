"""The parser process: real child processes, driven by the doubles of tests/api/doubles.py.

What it must guarantee: a job past its deadline stops consuming CPU (its process is killed and
replaced), a batch keeps what was done and loses nothing to one bad article, jobs queue in order,
and no child outlives its worker.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from api.parser import DeadlineExceeded, ProcessRunner, release_memory, rss_mb
from extractors.article import Article
from tests.api.doubles import VERSION

pytestmark = pytest.mark.anyio

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
async def runner() -> AsyncIterator[ProcessRunner]:
    parser = ProcessRunner("unused", factory="tests.api.doubles:behaving", close_grace_s=2)
    await parser.start()
    yield parser
    await parser.close()


def _gone(pid: int, within_s: float = 5.0) -> bool:
    """Whether process ``pid`` has exited (and been reaped) within ``within_s``."""
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
            state = Path(f"/proc/{pid}/stat").read_text().split()[2]
        except (ProcessLookupError, FileNotFoundError):
            return True  # reaped, perhaps between the two looks
        if state == "Z":
            return True  # a zombie uses no CPU; its parent reaps it
        time.sleep(0.05)
    return False


async def _run(runner: ProcessRunner, texts: list[str], within_s: float) -> dict[int, bytes | None]:
    results: dict[int, bytes | None] = {}
    await runner.summarize(
        [Article(text=t) for t in texts], time.monotonic() + within_s, lambda i, body, _: results.__setitem__(i, body)
    )
    return results


async def test_parser_answers_in_order_from_a_child_process(runner: ProcessRunner) -> None:
    results = await _run(runner, ["One.", "Two.", "Three."], within_s=10)
    assert [b'"headline":"' + t.encode() in results[i] for i, t in enumerate(["One.", "Two.", "Three."])] == [True] * 3
    assert runner.version == VERSION
    assert runner.pid is not None and runner.pid != os.getpid()


async def test_parser_past_the_deadline_kills_the_work_and_starts_afresh(runner: ProcessRunner) -> None:
    frozen = runner.pid
    assert frozen is not None
    started = time.monotonic()
    with pytest.raises(DeadlineExceeded):
        await _run(runner, ["FREEZE: one regex call that never ends"], within_s=0.5)
    assert time.monotonic() - started < 3  # answered at the deadline, not when the work ends
    assert _gone(frozen)  # the CPU it was burning is free
    assert (await _run(runner, ["Next."], within_s=10))[0]
    assert runner.pid not in (None, frozen)
    assert runner.restarts == 1


async def test_parser_batch_past_the_deadline_keeps_what_was_done(runner: ProcessRunner) -> None:
    results: dict[int, bytes | None] = {}
    with pytest.raises(DeadlineExceeded):
        await runner.summarize(
            [Article(text=t) for t in ["One.", "Two.", "FREEZE", "Four."]],
            time.monotonic() + 1.0,
            lambda i, body, _: results.__setitem__(i, body),
        )
    assert sorted(results) == [0, 1]
    assert all(results.values())


async def test_parser_a_crash_costs_only_the_article_that_caused_it(runner: ProcessRunner) -> None:
    crashed = runner.pid
    assert crashed is not None
    results = await _run(runner, ["One.", "CRASH", "Three.", "Four."], within_s=20)
    assert results[1] is None
    assert all(results[i] for i in (0, 2, 3))
    assert runner.pid != crashed and runner.restarts == 1


async def test_parser_a_failing_article_fails_alone_without_a_restart(runner: ProcessRunner) -> None:
    results = await _run(runner, ["One.", "FAIL", "Three."], within_s=10)
    assert results[1] is None and results[0] and results[2]
    assert runner.restarts == 0


async def test_parser_a_job_that_waits_past_its_deadline_is_dropped_unstarted(runner: ProcessRunner) -> None:
    import anyio

    outcomes: dict[str, object] = {}

    async def ask(name: str, text: str, within_s: float) -> None:
        try:
            outcomes[name] = await _run(runner, [text], within_s)
        except DeadlineExceeded:
            outcomes[name] = "timeout"

    async with anyio.create_task_group() as group:
        group.start_soon(ask, "slow", "SLEEP 1", 10.0)
        await anyio.sleep(0.1)
        group.start_soon(ask, "queued", "Queued.", 0.3)
    assert outcomes["queued"] == "timeout"
    assert isinstance(outcomes["slow"], dict)
    assert runner.restarts == 0  # the running job was not disturbed


async def test_parser_close_lets_the_running_job_finish_then_the_child_exits() -> None:
    import anyio

    runner = ProcessRunner("unused", factory="tests.api.doubles:behaving", close_grace_s=5)
    await runner.start()
    pid = runner.pid
    assert pid is not None
    results: dict[int, bytes | None] = {}
    async with anyio.create_task_group() as group:
        group.start_soon(
            runner.summarize,
            [Article(text="SLEEP 0.5")],
            time.monotonic() + 10,
            lambda i, body, _: results.__setitem__(i, body),
        )
        await anyio.sleep(0.1)
        await runner.close()
    assert results and results[0]
    assert _gone(pid)


async def test_parser_that_cannot_load_fails_start_up_quickly() -> None:
    runner = ProcessRunner("unused", factory="tests.api.doubles:never_ready", start_timeout_s=30)
    started = time.monotonic()
    with pytest.raises(RuntimeError, match="did not start"):
        await runner.start()
    assert time.monotonic() - started < 15
    await runner.close()


def test_parser_process_exits_when_its_worker_is_killed() -> None:
    # A worker killed with SIGKILL cannot close its child's pipe: the child notices and exits,
    # even in the middle of a job that would never end.
    script = (
        "import asyncio, time\n"
        "from api.parser import ProcessRunner\n"
        "from extractors.article import Article\n"
        "async def main():\n"
        "    runner = ProcessRunner('unused', factory='tests.api.doubles:behaving')\n"
        "    await runner.start()\n"
        "    print(runner.pid, flush=True)\n"
        "    await runner.summarize([Article(text='FREEZE')], time.monotonic() + 600, lambda *a: None)\n"
        "asyncio.run(main())\n"
    )
    worker = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE)
    try:
        assert worker.stdout is not None
        child = int(worker.stdout.readline())
        time.sleep(0.3)  # the job is running
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=5)
        assert _gone(child), "the parser process outlived its worker"
    finally:
        worker.kill()
        worker.wait(timeout=5)
        if worker.stdout is not None:
            worker.stdout.close()


async def test_parser_over_its_memory_ceiling_is_replaced_between_jobs() -> None:
    parser = ProcessRunner("unused", factory="tests.api.doubles:behaving", close_grace_s=2, max_rss_mb=1)
    await parser.start()
    try:
        first = parser.pid
        assert first is not None
        assert (await _run(parser, ["One.", "Two."], within_s=10)).keys() == {0, 1}  # the job itself is answered
        for _ in range(100):  # retired after it (any Python process is over 1 MB), while this loop runs
            if _gone(first, within_s=0.01):
                break
            await asyncio.sleep(0.05)
        assert _gone(first, within_s=0.01)
        results = await _run(parser, ["Three."], within_s=60)  # the next job waits for the new child
        assert b'"headline":"Three."' in (results[0] or b"")
        assert parser.pid != first  # (and that one is retired in turn: None while the next loads)
        assert parser.restarts >= 1
    finally:
        await parser.close()


async def test_parser_under_its_memory_ceiling_is_kept() -> None:
    roomy = ProcessRunner("unused", factory="tests.api.doubles:behaving", close_grace_s=2, max_rss_mb=1e6)
    await roomy.start()
    try:
        first = roomy.pid
        await _run(roomy, ["One."], within_s=10)
        await _run(roomy, ["Two."], within_s=10)
        assert roomy.pid == first and roomy.restarts == 0
    finally:
        await roomy.close()


def test_parser_memory_is_read_and_released() -> None:
    size = rss_mb(os.getpid())
    assert size is not None and size > 1
    assert rss_mb(2**22 + 12345) is None  # no such process
    release_memory()  # collects and trims without error, on glibc and elsewhere
