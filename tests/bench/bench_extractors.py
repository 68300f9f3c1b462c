"""What each extractor costs, against the raw spaCy parse of the same articles, in one run.

    .venv/bin/python tests/bench/bench_extractors.py [--limit N] [--repeat R] [--titles]

Parses the corpus (../shared/corpus/articles.jsonl) once with ``nlp.pipe`` (timed: the raw parse),
then runs every registered extractor over the parsed Docs (timed one by one) and prints each
extractor's time per article and as a share of the raw parse. Prints figures; not a pass/fail test.
Both CPU time (``time.process_time``: steadier on a shared machine, where other processes stretch
wall time) and wall time are shown; ``--titles`` passes each article's title, as clients may.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from extractors.pipeline import Article, Summarizer  # noqa: E402
from extractors.reference import reference_date  # noqa: E402
from extractors.registry import REGISTRY  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "articles.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    ap.add_argument("--repeat", type=int, default=3, help="best of R timings per extractor")
    ap.add_argument("--titles", action="store_true", help="pass each article's title (what reads it)")
    args = ap.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is absent (the team's internal corpus; a user's clone has none)")
        return 0
    rows = [json.loads(line) for line in CORPUS.open(encoding="utf-8")]
    rows = rows[: args.limit] if args.limit else rows
    articles = [Article(text=r["text"], title=r.get("title") if args.titles else None) for r in rows]
    words = sum(len(a.text.split()) for a in articles)

    summarizer = Summarizer()
    nlp = summarizer.nlp
    nlp("warm up")
    t0, c0 = time.perf_counter(), time.process_time()
    docs = list(nlp.pipe((a.text for a in articles), batch_size=32))
    raw, raw_cpu = time.perf_counter() - t0, time.process_time() - c0

    refs = [reference_date(a.text, a.published)[0] for a in articles]
    costs: dict[str, float] = {}
    cpu: dict[str, float] = {}
    for _ in range(args.repeat):
        for doc in docs:
            doc.user_data.clear()  # what one part computes once per Doc for the others (boilerplate) counts each time
        parts: list[dict[str, Any]] = [{} for _ in docs]
        for extractor in REGISTRY:
            t, c = time.perf_counter(), time.process_time()
            for doc, ref, done, article in zip(docs, refs, parts, articles, strict=True):
                facts = {name: getattr(article, name) for name in extractor.context}  # as the pipeline passes them
                done[extractor.part] = extractor.run(
                    doc, reference=ref, **{need: done[need] for need in extractor.needs}, **facts
                )
            elapsed, used = time.perf_counter() - t, time.process_time() - c
            costs[extractor.name] = min(costs.get(extractor.name, elapsed), elapsed)
            cpu[extractor.name] = min(cpu.get(extractor.name, used), used)

    n = len(docs)
    print(f"articles {n}, words {words}, model {summarizer.version.model}, pipeline {summarizer.version.pipeline}")
    print(f"raw parse (nlp.pipe): {raw:.2f} s = {1000 * raw / n:.1f} ms/article wall, {1000 * raw_cpu / n:.1f} CPU")
    print(f"{'extractor':<16} {'ms/article':>10} {'% of parse':>11} {'CPU ms':>8} {'CPU %':>7}")
    rows_out = [(name, costs[name], cpu[name]) for name in costs]
    wwh = [k for k in costs if k.split(".")[0] in ("who", "what", "headline")]
    rows_out.append(("who+what+head", sum(costs[k] for k in wwh), sum(cpu[k] for k in wwh)))
    rows_out.append(("all extractors", sum(costs.values()), sum(cpu.values())))
    for name, cost, used in rows_out:
        print(
            f"{name:<16} {1000 * cost / n:>10.2f} {100 * cost / raw:>10.1f}% {1000 * used / n:>8.2f} "
            f"{100 * used / raw_cpu:>6.1f}%"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
