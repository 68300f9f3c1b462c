"""Title events: does our top 3 (the title NOT sent) hold the act the article's real title states?

Usage::

    python tests/bench/title_events.py [-v] [--dump OUT.jsonl] [--title] [--ids ID ...]

A larger, automatic measure beside the reader gold: for every corpus article open to rule work (bbc-*,
reuters21578-*, g5w1h-cluster-*, us-news-*, wikinews-gum-interview-*) the title is parsed with the same
model, its main verb (the root, else the first verb; never "be" / "have") is read with ``event_lemma``
and its subject as written, and the summary is made without the title (the title is also cut from the
top of the text, as ``evaluate.py headlines`` does). Measures per half:

- ``verb@3``: the title's verb is the action of one of our first three events;
- ``subj+verb@3``: that event's actor or object (a passive title's subject is its patient) shares a
  content word with the title's subject;
- ``verb anywhere``: the title's verb is among all our events (the rest are extraction misses).

The articles are cut into two fixed halves by the SHA-256 of their id: ``rule`` (may be read per
article, ``-v``) and ``held`` (summary line only: never print its articles). Articles of the reader
gold's held-back and held-out splits go to ``held`` whatever their hash. Parses are cached as DocBins
in ``$TITLE_EVENTS_CACHE`` (default /tmp/title_events_cache).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script from anywhere

from reader_sets import POOL_PREFIXES, closed_ids

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "articles.jsonl"
_NO_EVENT_VERBS = frozenset({"be", "have", "do"})
_FILLER = frozenset({"the", "a", "an", "of", "to", "in", "on", "for", "and", "s", "its", "his", "her", "their"})


def half(article_id: str, closed: set[str]) -> str:
    """'held' or 'rule': a fixed half by the id's hash (closed reader-gold articles always held)."""
    if article_id in closed:
        return "held"
    return "held" if int(hashlib.sha256(f"title-events:{article_id}".encode()).hexdigest(), 16) % 2 else "rule"


def body(text: str, title: str) -> str:
    """The text without its title line on top (as ``evaluate.py headlines`` sends it)."""
    return re.sub(r"^[\s.:;|-]+", "", text[len(title) :]) if title and text.startswith(title) else text


def words(phrase: str | None) -> set[str]:
    """Content words of a phrase, folded."""
    return {w for w in re.findall(r"\w+", (phrase or "").casefold().replace("'s", "")) if w not in _FILLER}


def title_act(doc: Any) -> tuple[str, str, bool] | None:
    """(verb lemma, subject as written, passive) of a parsed title; None when it states no act."""
    from extractors.what import event_lemma

    verbs = [t for t in doc if t.pos_ == "VERB" and event_lemma(t) not in _NO_EVENT_VERBS]
    if not verbs:
        return None
    root = next((t for t in verbs if t.dep_ == "ROOT"), verbs[0])
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in root.children) or (
        root.tag_ == "VBN" and any(c.dep_ == "agent" for c in root.children)
    )
    if subject is None and root.dep_ in ("acl", "relcl") and root.tag_ == "VBN":
        subject, passive = root.head, True  # "AstraZeneca hit by drug failure": a reduced passive
    said = " ".join(t.text for t in subject.subtree) if subject is not None else ""
    return event_lemma(root), said, passive


def _cached_docs(nlp: Any, summarizer: Any, rows: list[tuple[str, str]], name: str) -> dict[str, Any]:
    """Parse (id, text) rows, reusing a DocBin cache keyed by the texts and the model version."""
    from spacy.tokens import DocBin

    key = hashlib.sha256((summarizer.version.model + "\0".join(f"{i}\0{t}" for i, t in rows)).encode()).hexdigest()[:16]
    folder = Path(os.environ.get("TITLE_EVENTS_CACHE", "/tmp/title_events_cache"))
    path = folder / f"{name}-{key}.spacy"
    if path.exists():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    else:
        docs = [doc for doc, _ in summarizer.parse_many((t, i) for i, t in rows)]
        folder.mkdir(parents=True, exist_ok=True)
        DocBin(docs=docs).to_disk(path)
    return {i: d for (i, _), d in zip(rows, docs, strict=True)}


def main(argv: list[str]) -> int:
    """Print the measures per half (and the rule half's misses with -v)."""
    from extractors.inputs import for_parsing
    from extractors.pipeline import Article, Summarizer

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="the rule half's misses")
    parser.add_argument("--dump", type=Path, help="write the rule half's top events and headlines here")
    parser.add_argument("--dump-held", type=Path, help="write the held half's (for a changed count only)")
    parser.add_argument("--title", action="store_true", help="send the title (for a corpus diff)")
    parser.add_argument("--ids", nargs="*", help="only these ids (rule half)")
    args = parser.parse_args(argv)
    closed = closed_ids()
    corpus = [r for r in map(json.loads, CORPUS.read_text().splitlines()) if r["id"].startswith(POOL_PREFIXES)]
    if args.ids:
        corpus = [r for r in corpus if r["id"] in args.ids and half(r["id"], closed) == "rule"]
    summarizer = Summarizer(strict=True)
    texts = {r["id"]: body(r["text"], r.get("title") or "") for r in corpus}
    docs = _cached_docs(summarizer.nlp, summarizer, [(i, for_parsing(t)) for i, t in texts.items()], "bodies")
    titles = _cached_docs(summarizer.nlp, summarizer, [(r["id"], r.get("title") or "") for r in corpus], "titles")
    counts: dict[str, Counter[str]] = {"rule": Counter(), "held": Counter()}
    dumps: dict[str, list[str]] = {"rule": [], "held": []}
    for r in corpus:
        side = half(r["id"], closed)
        published = date.fromisoformat(r["published"]) if r.get("published") else None
        summary = summarizer.from_doc(
            docs[r["id"]],
            Article(text=texts[r["id"]], published=published, title=r.get("title") if args.title else None),
        )
        top = [(e.actor, e.action, e.object) for e in summary.what[:3]]
        dumps[side].append(json.dumps({"id": r["id"], "what": top, "headline": summary.headline}))
        c = counts[side]
        c["articles"] += 1
        act = title_act(titles[r["id"]])
        if act is None:
            continue
        verb, subject, passive = act
        c["verbs"] += 1
        heads = [(a or "", (act_ or "").split()[0] if act_ else "", o or "") for a, act_, o in top]
        hits = [h for h in heads if h[1] == verb]
        c["verb@3"] += bool(hits)
        who = words(subject)
        c["subj+verb@3"] += any(who & (words(a) | (words(o) if passive else set())) for a, _, o in hits)
        c["anywhere"] += any((e.action or "").split()[0:1] == [verb] for e in summary.what)
        if args.verbose and side == "rule" and not hits:
            print(f"{r['id']} | title: {r.get('title')!r} -> {verb} ({subject!r}{', passive' if passive else ''})")
            for e in summary.what[:3]:
                print(f"   {e.actor!r} {e.action} {e.object!r}")
            where = [k for k, e in enumerate(summary.what) if (e.action or "").split()[0:1] == [verb]]
            print(f"   the title's verb at ranks {where[:5]}")
    for side, path in (("rule", args.dump), ("held", args.dump_held)):
        if path:
            path.write_text("\n".join(dumps[side]) + "\n")
    for side in ("rule", "held"):
        c = counts[side]
        n = c["verbs"] or 1
        print(
            f"{side}: {c['articles']} articles, {c['verbs']} titles with a verb; verb@3 {c['verb@3'] / n:.3f}"
            f" subj+verb@3 {c['subj+verb@3'] / n:.3f} verb anywhere {c['anywhere'] / n:.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
