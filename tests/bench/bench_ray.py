"""Archive throughput: the local command line against ``--engine ray`` (local Ray on this machine),
with the raw spaCy parse measured in the same run.

    .venv/bin/python tests/bench/bench_ray.py [--limit N] [--actors A]

Writes the first N corpus articles (../shared/corpus/articles.jsonl, or --corpus) to a JSONL file
and runs ``python -m extractors --jsonl`` on it with each engine, twice: once on one article (the
fixed cost: interpreter, model load, Ray start-up and actors) and once on all N. Prints wall time,
articles/s including and excluding the fixed cost, peak RSS of the local command line, and the raw
``nlp.pipe`` rate in one process for scale. Checks that both engines wrote the same bytes. Needs
the ray extra. Prints figures; not a pass/fail test.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

CORPUS = ROOT.parent / "shared" / "corpus" / "articles.jsonl"


def _run(args: list[str]) -> tuple[float, bytes, int]:
    """Wall seconds, stdout and peak RSS (KiB, of the command line's own process) of ``python -m extractors ARGS``."""
    env = {k: v for k, v in os.environ.items() if k != "RAY_ADDRESS"} | {"RAY_DISABLE_USAGE_STATS": "1"}
    started = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([sys.executable, "-m", "extractors", *args], stdout=out, stderr=err, cwd=ROOT, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        if proc.returncode not in (0, 1):
            raise SystemExit(f"python -m extractors {' '.join(args)} failed:\n{err.read().decode()[-3000:]}")
        return seconds, out.read(), usage.ru_maxrss


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=120, help="articles (default 120)")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--actors", type=int, default=None, help="Ray actors (default: the CPUs)")
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"skipped: {args.corpus} is absent (the team's internal corpus; a user's clone has none)")
        return 0
    try:
        import ray  # noqa: F401
    except ImportError:
        print("skipped: ray is not installed (pip install -e '.[ray]')")
        return 0
    rows = [json.loads(line) for line in args.corpus.open(encoding="utf-8")][: args.limit]

    from extractors.pipeline import Summarizer

    nlp = Summarizer().nlp
    nlp("warm up")
    started = time.perf_counter()
    for _ in nlp.pipe((r["text"] for r in rows), batch_size=32):
        pass
    raw = len(rows) / (time.perf_counter() - started)

    with tempfile.TemporaryDirectory(prefix="bench-ray-") as tmp:
        one, every = Path(tmp) / "one.jsonl", Path(tmp) / "all.jsonl"
        every.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        one.write_text(json.dumps(rows[0]) + "\n", encoding="utf-8")
        ray_args = ["--engine", "ray"] + (["--actors", str(args.actors)] if args.actors else [])
        results = {}
        for name, extra in (("local CLI", []), ("ray (local)", ray_args)):
            fixed, _, _ = _run(["--jsonl", str(one), *extra])
            total, out, rss = _run(["--jsonl", str(every), *extra])
            results[name] = (fixed, total, out, rss)

    print(f"{len(rows)} articles, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    print(f"raw nlp.pipe in one process: {raw:.2f} articles/s")
    header = ("engine", "fixed s", "total s", "art/s", "art/s w/o fixed", "vs raw", "peak RSS")
    print("{:<12} {:>8} {:>8} {:>7} {:>16} {:>7} {:>9}".format(*header))
    for name, (fixed, total, _, rss) in results.items():
        rate, steady = len(rows) / total, (len(rows) - 1) / max(total - fixed, 1e-9)
        rss_text = f"{rss / 1024:.0f} MB" if name == "local CLI" else "driver only"
        print(f"{name:<12} {fixed:8.1f} {total:8.1f} {rate:7.2f} {steady:16.2f} {steady / raw:6.2f}x {rss_text:>9}")
    same = results["local CLI"][2] == results["ray (local)"][2]
    print(f"outputs byte-identical: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
