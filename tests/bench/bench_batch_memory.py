"""What the largest batch costs in memory, and what a 64 MB one does.

    .venv/bin/python tests/bench/bench_batch_memory.py [--articles 64] [--bytes 1048576]

Starts ``python -m api`` (1 worker, in-process cache) on a spare port, then sends (1) a batch of
``--articles`` corpus articles filling about ``--bytes`` (the default NEWSUM_MAX_BYTES: the largest
batch the server takes) and (2) a 64 MB batch (64 articles of 1 MB). Samples the resident memory of
the server's whole process tree (main process, worker, parser process) every 50 ms and prints it
before, at peak and after each, with the status and the time taken. Not a pass/fail test.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_api import descendants, spare_port  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "articles.jsonl"


def tree_rss_mb(pid: int) -> float:
    total = 0
    for proc in [pid, *descendants(pid)]:
        try:
            for line in Path(f"/proc/{proc}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def post(url: str, body: bytes) -> tuple[int, float]:
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=600) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as exc:
        status = exc.code
    except OSError:
        status = 599  # the server closed the connection while the body was still being sent
    return status, time.monotonic() - started


def measure(pid: int, url: str, body: bytes, label: str) -> None:
    before = tree_rss_mb(pid)
    peak = [before]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], tree_rss_mb(pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample)
    sampler.start()
    status, seconds = post(url, body)
    done.set()
    sampler.join()
    time.sleep(1.0)
    after = tree_rss_mb(pid)
    print(
        f"{label}: {len(body) / 1e6:.1f} MB body -> {status} in {seconds:.1f} s; RSS of the server's processes "
        f"{before:.0f} MB before, {peak[0]:.0f} MB at peak (+{peak[0] - before:.0f}), {after:.0f} MB after"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=64)
    ap.add_argument("--bytes", type=int, default=1024 * 1024)
    args = ap.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is absent")
        return 0
    texts = [json.loads(line)["text"] for line in CORPUS.open(encoding="utf-8")]
    per = args.bytes // args.articles - 40
    articles, i = [], 0
    while len(articles) < args.articles:
        text = ""
        while len(text.encode()) < per:
            text += texts[i % len(texts)] + "\n\n"
            i += 1
        articles.append({"text": text.encode()[:per].decode("utf-8", "ignore")})
    body = json.dumps({"articles": articles}).encode()
    while len(body) > args.bytes:  # trim to fit the limit exactly
        articles[-1]["text"] = articles[-1]["text"][: -(len(body) - args.bytes) - 1]
        body = json.dumps({"articles": articles}).encode()
    huge = json.dumps({"articles": [{"text": "word " * 200_000} for _ in range(64)]}).encode()

    port = spare_port()
    env = dict(os.environ, NEWSUM_PORT=str(port), NEWSUM_WORKERS="1", NEWSUM_LOG_LEVEL="WARNING")
    env.update(NEWSUM_TIMEOUT_S="600")
    env.pop("REDIS_URL", None)
    server = subprocess.Popen([sys.executable, "-m", "api"], cwd=ROOT, env=env, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                with urllib.request.urlopen(base + "/readyz", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                time.sleep(0.3)
        time.sleep(1.0)
        print(f"python -m api, 1 worker; largest batch: {len(articles)} articles, {len(body):,} bytes")
        measure(server.pid, base + "/v1/summaries/batch", body, "largest batch (NEWSUM_MAX_BYTES)")
        measure(server.pid, base + "/v1/summaries/batch", huge, "64 x 1 MB batch")
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=60)
    return 0


if __name__ == "__main__":
    sys.exit(main())
