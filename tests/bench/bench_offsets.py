"""What ``?offsets=utf16|utf8`` costs per answer, against the raw spaCy parse of the same articles.

    .venv/bin/python tests/bench/bench_offsets.py [--limit N] [--repeat R]

Summarises corpus articles (../shared/corpus/articles.jsonl) once, then times what the API does
for another unit on the way out: decode the cached summary, restate every span
(``extractors.offsets``), encode it again. Each article is timed as it is (mostly ASCII: the
fast path) and with an emoji and a flag put in front (every offset moves). Prints figures and
the share of the raw parse; not a pass/fail test.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

import msgspec

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from extractors.offsets import OFFSET_UNITS, convert_offsets  # noqa: E402
from extractors.pipeline import Article, Summarizer  # noqa: E402
from extractors.types import OffsetUnit, Summary  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "articles.jsonl"
_decode = msgspec.json.Decoder(Summary).decode
_encode = msgspec.json.Encoder().encode


def best(repeat: int, run: Callable[[], object]) -> float:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        timings.append(time.perf_counter() - start)
    return min(timings)


def restate(cases: list[tuple[str, bytes]], unit: OffsetUnit) -> None:
    """What the API does for each answer in another unit: decode, convert, encode."""
    for text, body in cases:
        _encode(convert_offsets(_decode(body), text, unit))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=100, help="the first N articles (0: all)")
    ap.add_argument("--repeat", type=int, default=3, help="best of R timings")
    args = ap.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is absent (the team's internal corpus; a user's clone has none)")
        return 0
    rows = [json.loads(line) for line in CORPUS.open(encoding="utf-8")]
    texts = [row["text"] for row in (rows[: args.limit] if args.limit else rows)]
    summarizer = Summarizer()
    parse = best(1, lambda: list(summarizer.nlp.pipe(texts)))
    print(f"{len(texts)} articles; raw spaCy parse {1000 * parse / len(texts):.2f} ms/article")
    for label, prefix in (("as sent", ""), ("emoji + flag first", "🙂 🇰🇷 ")):
        cases = [(prefix + text, _encode(summarizer.summarize(Article(text=prefix + text)))) for text in texts]
        for unit in OFFSET_UNITS[1:]:
            cost = best(args.repeat, lambda unit=unit, cases=cases: restate(cases, unit))
            print(
                f"  {label:<20} {unit:<6} {1000 * cost / len(cases):.3f} ms/article "
                f"({100 * cost / parse:.2f}% of the raw parse)"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
