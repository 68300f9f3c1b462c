"""Where the pipeline runs: a parser process per worker, so parsing never starves the event loop.

spaCy's parse and the extractors are CPU-bound Python that holds the GIL. Run on a thread of the
worker, one pathological article kept the event loop from answering anything (health checks,
cache hits, even SIGTERM) until it was done, and its work could not be stopped. So each worker
starts one child process that loads the model and summarises, while the worker's event loop only
waits on a pipe (``ProcessRunner``):

* the child is a plain ``python -m api.parser`` process, started with asyncio's subprocess
  support; jobs and answers are msgpack frames (a 4-byte length, then msgspec's msgpack) on its
  stdin and stdout. The worker never imports spaCy: the model is loaded once, in the child;
* one job at a time (a child has one core's worth of work; CPU scales with workers). Jobs wait
  their turn in arrival order, and one whose deadline passes while it waits is dropped unstarted;
* a job still running at its deadline is abandoned: the child is killed, which frees its CPU at
  once, and a new one starts loading right away; jobs that arrive meanwhile wait for it within
  their own deadlines;
* a batch is one job, parsed with ``nlp.pipe``; each summary comes back as soon as it is done,
  so a deadline in the middle of a batch keeps what was finished;
* a child that dies (out of memory, a crash in a C extension) fails only the articles it was
  working on, and is replaced. It exits by itself when its worker closes the pipe or dies;
* memory is handed back: after a job of ``TRIM_AFTER_CHARS`` or more, the child collects its
  garbage and asks the C allocator to return its free pages (``malloc_trim``, glibc), since the
  parse of a large batch leaves hundreds of MB free but held; and with ``max_rss_mb``
  (NEWSUM_MAX_RSS_MB) a child whose resident memory is still over the ceiling after a job is
  retired between jobs (its stdin closed) and a fresh one loads, as after a timeout.

``InProcessRunner`` runs a summariser object on a thread of this process instead (tests,
embedding in another program): the same interface, but its work cannot be abandoned.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import importlib
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import IO, Protocol

import msgspec

from api import logs, metrics
from extractors.article import Article
from extractors.types import Summary, Version

log = logging.getLogger(__name__)

# How long a new child may take to load the model and warm up (a loaded machine, a large model).
START_TIMEOUT_S = 300.0
# How long a closing child may take to finish its job and exit before it is killed.
_CLOSE_GRACE_S = 5.0
_HEADER = 4  # bytes of the big-endian frame length
# After a job with this many characters of text or more, the child hands its free memory back
# (``release_memory``): a 1 MiB batch left the parser ~700 MB larger, and never smaller.
TRIM_AFTER_CHARS = 64 * 1024


class Refused(msgspec.Struct, frozen=True):
    """An article not summarised because its text is in a language the pipeline does not read."""

    language: str


OnResult = Callable[[int, "bytes | Refused | None", float], None]
"""Called once per article of a job: its index, the encoded Summary (None: it failed; ``Refused``:
another language), seconds taken."""
Screen = Callable[[str], "str | None"]
"""The language of a text the pipeline must not summarise, or None (``extractors.language``)."""


class DeadlineExceeded(Exception):
    """The job was not done by its deadline; whatever was done was reported, the rest abandoned."""


class SummarizerLike(Protocol):
    """What a runner needs from ``extractors.pipeline.Summarizer`` (tests may pass a double)."""

    @property
    def version(self) -> Version:
        """Pipeline, model and schema versions."""

    def summarize(self, article: Article) -> Summary:
        """Summarise one article."""

    def summarize_many(self, articles: Iterable[Article], *, batch_size: int = 32) -> Iterator[Summary]:
        """Summarise many articles in order."""


class Runner(Protocol):
    """Runs summaries for one worker: in a child process, or on a thread."""

    @property
    def version(self) -> Version:
        """The versions of the loaded pipeline (known once ``start`` returned)."""

    async def start(self) -> None:
        """Load the pipeline; returns when it can summarise."""

    async def summarize(self, articles: Sequence[Article], deadline: float, on_result: OnResult) -> None:
        """Summarise ``articles`` in order, reporting each; ``DeadlineExceeded`` past ``deadline`` (monotonic)."""

    async def close(self) -> None:
        """Let the running job finish (for a while), then stop."""


# -- the work itself, the same in a child process and on a thread --------------------------------


def summarize_job(
    summarizer: SummarizerLike, articles: Sequence[Article], screen: Screen | None = None
) -> Iterator[tuple[int, bytes | Refused | None, float]]:
    """(index, encoded Summary, ``Refused`` or None, seconds) for each article.

    Articles that declare no language are screened first (``screen``): text in another language
    is refused, not parsed. The rest are piped together; if that fails, they are summarised one by
    one, so one article that breaks the parser costs only its own answer.
    """
    admitted: list[int] = []
    for index, article in enumerate(articles):
        started = time.perf_counter()
        language = screen(article.text) if screen is not None and article.language is None else None
        if language is None:
            admitted.append(index)
        else:
            yield index, Refused(language), time.perf_counter() - started
    for position, body, seconds in _summarize_all(summarizer, [articles[i] for i in admitted]):
        yield admitted[position], body, seconds


def _summarize_all(
    summarizer: SummarizerLike, articles: Sequence[Article]
) -> Iterator[tuple[int, bytes | None, float]]:
    done = 0
    started = time.perf_counter()
    try:
        for summary in summarizer.summarize_many(articles):
            body = msgspec.json.encode(summary)
            now = time.perf_counter()
            yield done, body, now - started
            done, started = done + 1, now
        return
    except Exception:
        log.exception("summarising a batch failed at article %d; the rest are summarised one by one", done)
    for index in range(done, len(articles)):
        started = time.perf_counter()
        try:
            body_or_none: bytes | None = msgspec.json.encode(summarizer.summarize(articles[index]))
        except Exception:
            log.exception("summarising article %d of a batch failed", index)
            body_or_none = None
        yield index, body_or_none, time.perf_counter() - started


def load_pipeline(model: str) -> SummarizerLike:
    """Load the model, warm every extractor up, then take the heap out of the garbage collector.

    The model leaves ~100k long-lived objects; a full collection walks them all (over 100 ms
    measured), which would land on some unlucky request. ``gc.freeze()`` moves what exists now
    to a permanent generation, so collections only walk what requests allocate.
    """
    from extractors import language
    from extractors.pipeline import Summarizer

    # The language model (seconds to decompress) loads while spaCy does.
    threading.Thread(target=language.load, name="newsum-language-load", daemon=True).start()
    pipeline = Summarizer(model)
    # Lazily built matchers and lexicons are built now, not during the first request.
    pipeline.summarize(Article(text="WASHINGTON (AP) — The minister said on Monday that 40 people were hurt."))
    gc.collect()
    gc.freeze()
    return pipeline


def release_memory() -> None:
    """Collect garbage and return the C heap's free pages to the system (glibc's ``malloc_trim``).

    CPython frees a parse's objects into the allocator, which keeps the pages; on glibc,
    ``malloc_trim(0)`` gives back every free page at the cost of a few milliseconds. Elsewhere
    (musl, macOS) this only collects.
    """
    gc.collect()
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)


def rss_mb(pid: int) -> float | None:
    """The resident memory of process ``pid`` in MB (Linux ``/proc``; None elsewhere or when it is gone)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        return None
    return None


def _remaining(deadline: float) -> float:
    return max(0.0, deadline - time.monotonic())


# -- on a thread of this process -------------------------------------------------------------------


class InProcessRunner:
    """A summariser object on one thread of this process: requests queue for it.

    Past its deadline a job gets ``DeadlineExceeded`` and the rest of it is skipped, but an
    article already being parsed cannot be interrupted: use ``ProcessRunner`` in production.
    """

    def __init__(self, summarizer: SummarizerLike, screen: Screen | None = None) -> None:
        self._summarizer = summarizer
        self._screen = screen
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsum-parse")

    @property
    def version(self) -> Version:
        return self._summarizer.version

    async def start(self) -> None:
        return None

    async def summarize(self, articles: Sequence[Article], deadline: float, on_result: OnResult) -> None:
        loop = asyncio.get_running_loop()
        stop = threading.Event()

        def work() -> None:
            for outcome in summarize_job(self._summarizer, articles, self._screen):
                loop.call_soon_threadsafe(on_result, *outcome)
                if stop.is_set():
                    return

        waiter = asyncio.wrap_future(self._executor.submit(work))
        done, _ = await asyncio.wait({waiter}, timeout=_remaining(deadline))
        if done:
            waiter.result()
            await asyncio.sleep(0)  # the last call_soon_threadsafe runs before we return
            return
        stop.set()
        waiter.cancel()  # not started yet: dropped; running: it stops after its current article
        raise DeadlineExceeded

    async def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)


# -- in a child process ----------------------------------------------------------------------------


class Job(msgspec.Struct, tag=True, frozen=True):
    """Parent to child: summarise these, in order."""

    articles: list[Article]


class Ready(msgspec.Struct, tag=True, frozen=True):
    """Child to parent, once: the pipeline is loaded."""

    version: Version


class Done(msgspec.Struct, tag=True, frozen=True):
    """Child to parent: one article's encoded Summary (``body`` None: it failed, logged by the child)."""

    index: int
    body: bytes | None
    seconds: float
    refused: str | None = None  # the language of a text refused unparsed (then ``body`` is None)


_encode = msgspec.msgpack.Encoder().encode
_decode_child = msgspec.msgpack.Decoder(Ready | Done).decode
_decode_job = msgspec.msgpack.Decoder(Job).decode


def _frame(message: Job | Ready | Done) -> bytes:
    payload = _encode(message)
    return len(payload).to_bytes(_HEADER, "big") + payload


class ChildDied(Exception):
    """The parser process exited or closed its pipe."""


class _Child:
    """One parser process and its pipes."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        assert process.stdin is not None and process.stdout is not None
        self._stdin = process.stdin
        self._stdout = process.stdout

    @property
    def alive(self) -> bool:
        return self.process.returncode is None

    async def send(self, job: Job) -> None:
        try:
            self._stdin.write(_frame(job))
            await self._stdin.drain()
        except (ConnectionError, RuntimeError) as exc:
            raise ChildDied(str(exc)) from exc

    async def receive(self) -> Ready | Done:
        try:
            header = await self._stdout.readexactly(_HEADER)
            message: Ready | Done = _decode_child(await self._stdout.readexactly(int.from_bytes(header, "big")))
        except (asyncio.IncompleteReadError, ConnectionError) as exc:
            raise ChildDied("the parser process closed its pipe") from exc
        return message

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            self.process.kill()


class ProcessRunner:
    """The pipeline in a child process of this worker, restarted when a job passes its deadline.

    ``factory`` ('module:function', called with the model name in the child) replaces
    ``load_pipeline``: tests use it to run doubles in a real child process. ``close_grace_s``
    bounds how long ``close`` lets a running job finish. ``max_rss_mb``: a child whose resident
    memory is over this after a job is replaced before the next one (None: never).
    """

    def __init__(
        self,
        model: str,
        *,
        factory: str | None = None,
        start_timeout_s: float = START_TIMEOUT_S,
        close_grace_s: float = 30.0,
        max_rss_mb: float | None = None,
    ) -> None:
        self._argv = [sys.executable, "-m", "api.parser", "--model", model]
        if factory:
            self._argv += ["--factory", factory]
        self._start_timeout_s = start_timeout_s
        self._close_grace_s = close_grace_s
        self._max_rss_mb = max_rss_mb
        self._turn = asyncio.Lock()
        self._spawning: asyncio.Task[_Child] | None = None  # the current child, or its start
        self._version: Version | None = None
        self._unreaped: set[_Child] = set()  # every child started and not yet waited for
        self.restarts = 0  # children started after the first (a timeout, a crash)

    @property
    def version(self) -> Version:
        if self._version is None:
            raise RuntimeError("the parser process has not started yet")
        return self._version

    @property
    def pid(self) -> int | None:
        """The running child's process id (None while one is starting)."""
        child = self._current()
        return child.process.pid if child is not None and child.alive else None

    def _count_restart(self) -> None:
        self.restarts += 1
        metrics.PARSER_RESTARTS.inc()

    def _current(self) -> _Child | None:
        task = self._spawning
        return self._current_of(task) if task is not None and task.done() else None

    async def start(self) -> None:
        try:
            await self._ready(time.monotonic() + self._start_timeout_s)
        except DeadlineExceeded:
            raise RuntimeError(f"the parser process did not load within {self._start_timeout_s:g} s") from None

    async def _spawn(self, previous: _Child | None) -> _Child:
        if previous is not None:
            await self._reap(previous)  # gone before the next one loads: one model in memory at a time
        # The worker counts for its parser: the child writes no metrics files of its own.
        env = {name: value for name, value in os.environ.items() if name != "PROMETHEUS_MULTIPROC_DIR"}
        process = await asyncio.create_subprocess_exec(
            *self._argv, str(os.getpid()), stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, env=env
        )
        child = _Child(process)
        self._unreaped.add(child)
        try:
            ready = await asyncio.wait_for(child.receive(), self._start_timeout_s)
            if not isinstance(ready, Ready):
                raise ChildDied("the parser process spoke out of turn")
        except BaseException as exc:
            child.kill()
            await self._reap(child)
            if isinstance(exc, ChildDied | TimeoutError):
                raise RuntimeError(f"the parser process did not start ({' '.join(self._argv)}): {exc}") from None
            raise
        self._version = ready.version
        return child

    async def _reap(self, child: _Child) -> None:
        await child.process.wait()
        self._unreaped.discard(child)

    def _respawn(self, previous: _Child | None) -> asyncio.Task[_Child]:
        task = asyncio.ensure_future(self._spawn(previous))
        task.add_done_callback(_report_start_failure)
        self._spawning = task
        return task

    async def _ready(self, deadline: float) -> _Child:
        """The running child, or the one being started (waited for until ``deadline``)."""
        task = self._spawning
        if task is None:
            task = self._respawn(None)
        elif task.done() and (self._current() is None or not task.result().alive):
            self._count_restart()  # it failed to start, or died between jobs
            task = self._respawn(self._current())
        try:
            # Shielded: a request that gives up does not cancel a start that others will need.
            return await asyncio.wait_for(asyncio.shield(task), _remaining(deadline))
        except TimeoutError:
            raise DeadlineExceeded from None

    def _abandon(self, child: _Child) -> None:
        """Kill ``child`` (its job is abandoned, or it is broken) and start loading its successor now."""
        child.kill()
        if self._current() is child:
            self._count_restart()
            self._respawn(child)

    async def summarize(self, articles: Sequence[Article], deadline: float, on_result: OnResult) -> None:
        if not articles:
            return
        try:
            await asyncio.wait_for(self._turn.acquire(), _remaining(deadline))
        except TimeoutError:
            raise DeadlineExceeded from None  # never started: nothing to stop
        try:
            child = await self._ready(deadline)
            await self._exchange(child, articles, deadline, on_result)
            self._retire_if_large(child)
        finally:
            self._turn.release()

    def _retire_if_large(self, child: _Child) -> None:
        """Replace a child over ``max_rss_mb`` between jobs: it exits at the end of its input, and a fresh
        one loads (the next job waits for it within its own deadline)."""
        if self._max_rss_mb is None or not child.alive or self._current() is not child:
            return
        size = rss_mb(child.process.pid)
        if size is None or size <= self._max_rss_mb:
            return
        log.warning("the parser process uses %.0f MB (NEWSUM_MAX_RSS_MB=%g): replacing it", size, self._max_rss_mb)
        if child.process.stdin is not None:
            child.process.stdin.close()
        self._count_restart()
        self._respawn(child)

    async def _exchange(self, child: _Child, articles: Sequence[Article], deadline: float, on_result: OnResult) -> None:
        answered: set[int] = set()
        try:
            await child.send(Job(articles=list(articles)))
            while len(answered) < len(articles):
                message = await asyncio.wait_for(child.receive(), _remaining(deadline))
                if isinstance(message, Done):
                    answered.add(message.index)
                    on_result(
                        message.index, Refused(message.refused) if message.refused else message.body, message.seconds
                    )
        except TimeoutError:
            log.warning("a job passed its deadline: its parser process is restarted to stop the work")
            self._abandon(child)
            raise DeadlineExceeded from None
        except ChildDied:
            log.error("the parser process died during a job (exit code %s); restarting it", child.process.returncode)
            self._abandon(child)
            # The first unanswered article was being worked on: it fails; the rest go to the new child.
            missing = [index for index in range(len(articles)) if index not in answered]
            on_result(missing[0], None, 0.0)
            if rest := missing[1:]:
                await self._exchange(
                    await self._ready(deadline),
                    [articles[index] for index in rest],
                    deadline,
                    lambda index, body, seconds: on_result(rest[index], body, seconds),
                )
        except BaseException:
            self._abandon(child)  # cancelled mid-job: the pipe is out of step, start afresh
            raise

    async def close(self) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._turn.acquire(), self._close_grace_s)  # the running job finishes
        task, self._spawning = self._spawning, None
        if task is not None and not task.done():
            task.cancel()  # a start in progress: its process is killed
            await asyncio.gather(task, return_exceptions=True)
        current = self._current_of(task) if task is not None and task.done() else None
        if current is not None and current.alive and current.process.stdin is not None:
            current.process.stdin.close()  # the child exits at the end of its input
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(current.process.wait(), _CLOSE_GRACE_S)
        for child in list(self._unreaped):
            child.kill()
            await self._reap(child)

    @staticmethod
    def _current_of(task: asyncio.Task[_Child]) -> _Child | None:
        if task.cancelled() or task.exception() is not None:
            return None
        return task.result()


def _report_start_failure(task: asyncio.Task[_Child]) -> None:
    if not task.cancelled() and (exc := task.exception()) is not None:
        log.error("%s", exc)


# -- the child's side ----------------------------------------------------------------------------


def _exit_with_parent(parent: int) -> None:
    """Exit as soon as the worker is gone, even in the middle of a long parse (no orphan burns CPU).

    On Linux the kernel sends SIGKILL when the worker dies (``PR_SET_PDEATHSIG``): that works even
    while one C call holds the GIL. Elsewhere a thread polls for the worker between GIL releases.
    """
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:  # the worker died before the line above
        os._exit(0)

    def watch() -> None:
        while True:
            time.sleep(0.5)
            if os.getppid() != parent:
                os._exit(0)

    threading.Thread(target=watch, name="newsum-parent-watch", daemon=True).start()


def _load_factory(spec: str) -> Callable[[str], SummarizerLike]:
    module, _, name = spec.partition(":")
    factory: Callable[[str], SummarizerLike] = getattr(importlib.import_module(module), name)
    return factory


def _read_frame(source: IO[bytes]) -> bytes | None:
    header = source.read(_HEADER)
    if len(header) < _HEADER:
        return None
    return source.read(int.from_bytes(header, "big"))


def main(argv: list[str] | None = None) -> int:
    """The parser process: load the pipeline, say Ready, then answer jobs until stdin closes."""
    parser = argparse.ArgumentParser(prog="python -m api.parser", description=__doc__.split("\n", 1)[0])
    parser.add_argument("--model", required=True)
    parser.add_argument("--factory", default=None, help="module:function building the summariser (tests)")
    parser.add_argument("parent", type=int, help="the worker's process id (the child exits when it is gone)")
    args = parser.parse_args(argv)
    # The worker decides when this process ends (it closes stdin); a terminal's Ctrl-C or a
    # SIGTERM sent to the whole process group must not cut a job short.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    # The protocol owns the original stdout; anything printed goes to stderr instead.
    answers = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    jobs = os.fdopen(os.dup(0), "rb")
    logs.install()
    logging.basicConfig(
        level=os.environ.get("NEWSUM_LOG_LEVEL", "INFO").upper(),
        format="%(asctime)s %(levelname)s %(name)s[parser %(process)d]: %(message)s",
    )
    _exit_with_parent(args.parent)
    summarizer = (_load_factory(args.factory) if args.factory else load_pipeline)(args.model)
    # Test doubles (--factory) read any text; the real pipeline refuses what it cannot read.
    screen: Screen | None = None
    if not args.factory:
        from extractors.language import unsupported_language

        screen = unsupported_language
    answers.write(_frame(Ready(version=summarizer.version)))
    answers.flush()
    while (payload := _read_frame(jobs)) is not None:
        job = _decode_job(payload)
        for index, body, seconds in summarize_job(summarizer, job.articles, screen):
            done = (
                Done(index=index, body=None, seconds=seconds, refused=body.language)
                if isinstance(body, Refused)
                else Done(index=index, body=body, seconds=seconds)
            )
            answers.write(_frame(done))
            answers.flush()
        if sum(len(article.text) for article in job.articles) >= TRIM_AFTER_CHARS:
            release_memory()  # (after the answers: the client does not wait for it)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
