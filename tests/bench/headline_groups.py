"""The `headlines` suite's score, split into the pool we may tune on and the held-out rest.

Usage::

    python tests/bench/headline_groups.py [--corpus CORPUS.jsonl] [--show] [--dump OUT.jsonl]

Reproduces ``../shared/bench/evaluate.py headlines`` article by article (the title is not sent and
is cut from the top of the text; ROUGE-L F1 of our headline and of the lead sentence against the
real title; "sane": one line of 4-40 words whose "according to X" names one of our actors), with
the pipeline run in-process, and prints the ratio ours / lead for two groups:

- **pool**: bbc-*, reuters21578-*, g5w1h-cluster-*, us-news-*, wikinews-gum-interview-* articles,
  minus the ids of the reader annotation's held-out splits (``tests/bench/gold/reader-test*.jsonl``:
  test, test2, test3; ``reader-dev5.jsonl``, held out in the session that wrote it and the next; and
  ``reader-dev6.jsonl``, held back in the session that wrote it) — the only
  articles whose output may be read during rule work (``--show`` lists the pool's misses;
  ``--dump`` writes the pool's headlines for a before/after diff);
- **held out**: every other article (g5w1h-gold-*, wikinews-* but the interviews, the test, dev5 and dev6 ids):
  only its aggregate is printed, never an article.

``--polnear`` scores political news from outside the corpus instead: PolNeAR's train and dev articles
(``../shared/bench/attribution/``, title and date under ``meta``), the same way. Its **pool** is the half of
the train articles whose id hashes even (md5); **held out** is the other half, and **dev** PolNeAR's dev split:
aggregates only. Articles of the reader annotation (splits pdev and ptest) are left out of all three.

``rouge``, ``lead_sentence`` and ``norm`` are imported from the shared ``evaluate.py`` by path, so
the figures are the suite's own; the script exits with a message where that file is absent.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reader_sets import POOL_PREFIXES  # noqa: E402  (this folder: the script's own)

SHARED = ROOT.parent / "shared" if (ROOT.parent / "shared").exists() else Path("/work/shared")
EVALUATE = SHARED / "bench" / "evaluate.py"
CORPUS = SHARED / "corpus" / "articles.jsonl"
POLNEAR = [SHARED / "bench" / "attribution" / "train.jsonl", SHARED / "bench" / "attribution" / "dev.jsonl"]
GOLD = Path(__file__).resolve().parent / "gold"
HELD_OUT = [*sorted(GOLD.glob("reader-test*.jsonl")), GOLD / "reader-dev5.jsonl", GOLD / "reader-dev6.jsonl"]


def _evaluate():
    sys.dont_write_bytecode = True  # leave no __pycache__ in the shared folder
    spec = importlib.util.spec_from_file_location("newsum_shared_evaluate", EVALUATE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _test_ids() -> set[str]:
    lines = [line for path in HELD_OUT if path.exists() for line in path.read_text(encoding="utf-8").splitlines()]
    return {json.loads(line)["id"] for line in lines if line.strip()}


def _polnear_pool(id_: str) -> bool:
    """PolNeAR train ids whose md5 is even: the half one may read."""
    return hashlib.md5(id_.encode()).digest()[0] % 2 == 0


def _annotated_ids() -> set[str]:
    lines = [line for path in sorted(GOLD.glob("reader-*.jsonl")) for line in path.read_text().splitlines()]
    return {json.loads(line)["id"] for line in lines if line.strip()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--show", action="store_true", help="list the pool's insane or below-lead headlines")
    parser.add_argument("--dump", type=Path, help="write the pool's headlines (id, ours, lead, title) here")
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--polnear", action="store_true", help="PolNeAR's train and dev articles instead")
    args = parser.parse_args()
    if args.polnear and not all(p.exists() for p in POLNEAR):
        print(f"skipped: {POLNEAR[0].parent} is absent (the shared benchmarks are not on this machine)")
        return 0
    if not EVALUATE.exists() or not args.corpus.exists():
        print(f"skipped: {EVALUATE} or {args.corpus} is absent (the shared benchmarks are not on this machine)")
        return 0
    ev = _evaluate()
    from extractors.pipeline import Article, Summarizer
    from extractors.reference import parse_published

    docs = [d for path in POLNEAR for d in ev.read_jsonl(path)] if args.polnear else ev.read_jsonl(args.corpus)
    if args.limit:
        docs = docs[: args.limit]
    for d in docs:
        meta = d.get("meta") or {}
        d["title"] = d.get("title") or meta.get("title")
    annotated = _annotated_ids() if args.polnear else set()
    docs = [d for d in docs if d.get("title") and d["id"] not in annotated]
    test = _test_ids()

    def group_of(d: dict) -> str:
        if args.polnear:
            if (d.get("meta") or {}).get("split") == "dev":
                return "dev"
            return "pool" if _polnear_pool(d["id"]) else "held out"
        return "pool" if d["id"].startswith(POOL_PREFIXES) and d["id"] not in test else "held out"

    texts = {}
    for d in docs:
        t, title = d["text"], d["title"]
        texts[d["id"]] = re.sub(r"^[\s.:;|-]+", "", t[len(title) :]) if t.startswith(title) else t
    summarizer = Summarizer()
    articles = []
    for d in docs:
        published = d.get("published") or (d.get("meta") or {}).get("publication_date")
        articles.append(Article(text=texts[d["id"]], published=parse_published(published) if published else None))
    sums: dict[str, Counter] = {"pool": Counter(), "held out": Counter()}
    if args.polnear:
        sums["dev"] = Counter()
    dump = args.dump.open("w") if args.dump else None
    for d, summary in zip(docs, summarizer.summarize_many(articles), strict=True):
        ours, lead = summary.headline or "", ev.lead_sentence(texts[d["id"]])
        (_, o_l), (_, l_l) = ev.rouge(ours, d["title"]), ev.rouge(lead, d["title"])
        names = {ev.norm(a.name) for a in summary.who} | {ev.norm(m.text) for a in summary.who for m in a.mentions}
        said = re.findall(r"according to ([^,.;]+)", ours)
        sane = (
            bool(ours)
            and "\n" not in ours
            and 4 <= len(ours.split()) <= 40
            and all(any(n and (n in ev.norm(x) or ev.norm(x) in n) for n in names) for x in said)
        )
        group = group_of(d)
        sums[group].update(docs=1, ours=o_l, lead=l_l, sane=int(sane), words=len(ours.split()))
        if group == "pool":
            if dump:
                dump.write(json.dumps({"id": d["id"], "ours": ours, "lead": lead, "title": d["title"]}) + "\n")
            if args.show and (not sane or o_l < l_l):
                print(f"{d['id']}: {ours!r} (ROUGE-L {o_l:.2f}; lead {l_l:.2f}; title {d['title']!r})")
    if dump:
        dump.close()
    print(f"{'group':10} {'docs':>5} {'ours':>7} {'lead':>7} {'ratio':>6} {'sane':>7} {'words':>6}")
    for group, c in sums.items():
        n = c["docs"] or 1
        ratio = c["ours"] / c["lead"] if c["lead"] else 0.0
        print(
            f"{group:10} {c['docs']:5d} {c['ours'] / n:7.3f} {c['lead'] / n:7.3f} {ratio:6.2f} "
            f"{100 * c['sane'] / n:6.1f}% {c['words'] / n:6.1f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
