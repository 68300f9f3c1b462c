"""What language detection costs, and how often it would refuse English: ``python tests/bench/bench_language.py``.

Runs ``extractors.language.unsupported_language`` over the corpus articles that are not held out
(BBC, Reuters-21578, US: the Giveme5W1H gold and Wikinews articles are skipped), and prints:

* the model's load time and the memory it adds (RSS before and after);
* per article: detection time (p50, p95, mean), and the same articles' raw ``nlp(text)`` time in
  this run, so the ratio holds on a loaded machine;
* English articles refused (each one would be a wrong 422), and each refused article's id.

``--corpus PATH`` overrides ``../shared/corpus/articles.jsonl``; the script exits with a message
when it is absent.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "articles.jsonl"
HELD_OUT = ("g5w1h-gold-", "wikinews-")


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--parse-sample", type=int, default=60, help="articles also parsed by spaCy (ratio)")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"no corpus at {args.corpus}: pass --corpus", file=sys.stderr)
        return 1
    articles = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = [a for a in articles if not a["id"].startswith(HELD_OUT)]

    sys.path.insert(0, str(ROOT))
    from extractors import language

    before = _rss_mb()
    started = time.perf_counter()
    language.load()
    load_s = time.perf_counter() - started
    after = _rss_mb()

    seconds: list[float] = []
    refused: list[tuple[str, str]] = []
    for article in articles:
        started = time.perf_counter()
        found = language.unsupported_language(article["text"])
        seconds.append(time.perf_counter() - started)
        if found is not None:
            refused.append((article["id"], found))

    import spacy

    from extractors.article import DEFAULT_MODEL

    nlp = spacy.load(DEFAULT_MODEL)
    sample = articles[: args.parse_sample]
    parse: list[float] = []
    detect: list[float] = []
    for article in sample:
        started = time.perf_counter()
        nlp(article["text"])
        parse.append(time.perf_counter() - started)
        started = time.perf_counter()
        language.unsupported_language(article["text"])
        detect.append(time.perf_counter() - started)

    chars = statistics.mean(len(a["text"]) for a in articles)
    print(f"articles: {len(articles)} (held-out sources skipped), mean {chars:,.0f} characters")
    print(f"model load: {load_s:.2f} s, RSS +{after - before:.0f} MB ({before:.0f} -> {after:.0f} MB)")
    print(
        f"detection per article: p50 {_quantile(seconds, 0.5) * 1000:.2f} ms, "
        f"p95 {_quantile(seconds, 0.95) * 1000:.2f} ms, mean {statistics.mean(seconds) * 1000:.2f} ms"
    )
    print(
        f"same run, {len(sample)} articles: nlp(text) mean {statistics.mean(parse) * 1000:.1f} ms, detection "
        f"mean {statistics.mean(detect) * 1000:.2f} ms = {statistics.mean(detect) / statistics.mean(parse):.2%} "
        "of the parse"
    )
    print(f"English articles refused: {len(refused)} of {len(articles)}")
    for article_id, found in refused:
        print(f"  {article_id}: detected {found}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
