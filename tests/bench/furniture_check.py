"""Page furniture: the boilerplate detector's line precision and recall, and how much of who, what and the
headline comes from furniture, against our own annotation of corpus articles.

Usage::

    python tests/bench/furniture_check.py [--split dev|held] [-v]

``tests/bench/gold/furniture-lines.jsonl`` holds, per article (``{id, split, furniture: [[start, end], ...]}``),
the lines of the corpus text that are page furniture (captions, credits, share and subscribe prompts,
bylines, related links, timestamps, widgets), as code-point offsets of whole lines (blanks trimmed).
They were written down verbatim before the detector was run on them (a line listed fewer times than
it occurs marked its last copies: a repeated paragraph is the later copy) and converted to offsets,
so that the file holds no corpus text. ``held`` is the held-back half: score it, do not
tune on its misses (``-v`` prints per-article misses of ``dev`` only).

Measures, per split:

- ``lines P/R``: a line is found when the detector marks at least half of its characters;
- ``who``: our actors every mention of which lies in annotated furniture lines (must be 0);
- ``what``: our events (all / first three) whose clause starts in an annotated furniture line;
- ``headline``: headlines whose words come mostly from one annotated furniture line.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script from anywhere

GOLD = Path(__file__).resolve().parent / "gold" / "furniture-lines.jsonl"
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "articles.jsonl"


def line_spans(text: str) -> list[tuple[int, int]]:
    """The non-empty lines of a text, as [start, end) without their surrounding blanks."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        start, end = m.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append((start, end))
    return out


def gold_lines(text: str, furniture: list[list[int]], lines: list[tuple[int, int]]) -> set[int]:
    """Indexes of the annotated lines (each annotation is one line's [start, end) in code points)."""
    index = {span: k for k, span in enumerate(lines)}
    missing = [span for span in furniture if tuple(span) not in index]
    if missing:
        raise ValueError(f"annotated spans that are not lines of the text: {missing[:2]}")
    return {index[(start, end)] for start, end in furniture}


def detected(lines: list[tuple[int, int]], segments: list[Any]) -> set[int]:
    """Indexes of the lines at least half of whose characters lie in a detected segment."""
    out = set()
    for k, (start, end) in enumerate(lines):
        covered = sum(max(0, min(end, s.end) - max(start, s.start)) for s in segments)
        if 2 * covered >= end - start:
            out.add(k)
    return out


def _words(s: str) -> list[str]:
    return re.findall(r"\w+", s.lower())


def headline_line(headline: str, text: str, lines: list[tuple[int, int]]) -> int | None:
    """The line most of the headline's words come from (None when none holds half of them)."""
    words = _words(headline)
    if not words:
        return None
    best, best_k = 0.0, None
    for k, (start, end) in enumerate(lines):
        have = set(_words(text[start:end]))
        share = sum(w in have for w in words) / len(words)
        if share > best:
            best, best_k = share, k
    return best_k if best >= 0.5 else None


def _in(lines: list[tuple[int, int]], keys: set[int], start: int, end: int) -> bool:
    return any(lines[k][0] <= start and end <= lines[k][1] for k in keys)


def score(gold: dict[str, Any], text: str, summary: Any, c: Counter[str], notes: list[str]) -> None:
    """Add one article's counts to ``c`` and its misses to ``notes``."""
    from extractors.boilerplate import find_boilerplate

    lines = line_spans(text)
    want = gold_lines(text, gold["furniture"], lines)
    got = detected(lines, find_boilerplate(text))
    c.update(lines=len(lines), gold=len(want), found=len(got), tp=len(want & got))
    notes += [f"false furniture: {text[lines[k][0] : lines[k][1]][:110]!r}" for k in sorted(got - want)]
    notes += [f"missed: {text[lines[k][0] : lines[k][1]][:110]!r}" for k in sorted(want - got)]
    if summary is None:
        return
    for a in summary.who:
        if a.mentions and all(_in(lines, want, m.start, m.end) for m in a.mentions):
            c.update(who=1)
            notes.append(f"furniture actor {a.name!r}")
    c.update(actors=len(summary.who), events=len(summary.what))
    for rank, e in enumerate(summary.what):
        if _in(lines, want, e.span.start, e.span.start + 1):
            c.update(what=1, what3=rank < 3)
            notes.append(f"furniture event #{rank + 1} {(e.actor, e.action, e.object)}")
    k = headline_line(summary.headline or "", text, lines)
    if k is not None and k in want:
        c.update(headline=1)
        notes.append(f"furniture headline {summary.headline!r}")
    c.update(articles=1)


def report(split: str, c: Counter[str]) -> str:
    """One line of scores for one split."""
    p = c["tp"] / c["found"] if c["found"] else 1.0
    r = c["tp"] / c["gold"] if c["gold"] else 1.0
    line = f"{split:5} n={c['articles'] or '-':>3}  lines {c['lines']}  furniture {c['gold']}  P {p:.3f}  R {r:.3f}"
    line += f"  (false {c['found'] - c['tp']}, missed {c['gold'] - c['tp']})"
    if c["articles"]:
        line += f"  who {c['who']}/{c['actors']}  what {c['what']}/{c['events']} (top3 {c['what3']})"
        line += f"  headline {c['headline']}/{c['articles']}"
    return line


def main(argv: list[str]) -> int:
    """Print per-article misses (with -v, dev only) and the scores per split."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--split", help="only this split (dev or held)")
    parser.add_argument("--lines-only", action="store_true", help="the detector alone (no parse, a second)")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"{args.corpus} is absent (the team's internal corpus); nothing to score", file=sys.stderr)
        return 0
    gold = [json.loads(line) for line in args.gold.read_text().splitlines() if line.strip()]
    if args.split:
        gold = [g for g in gold if g.get("split") == args.split]
    corpus = {r["id"]: r for r in map(json.loads, args.corpus.read_text().splitlines())}
    rows = [corpus[g["id"]] for g in gold]
    summaries: list[Any] = [None] * len(rows)
    if not args.lines_only:
        from extractors.pipeline import Article, Summarizer

        summaries = Summarizer(strict=True).summarize_many(
            Article(
                text=r["text"],
                published=date.fromisoformat(r["published"]) if r.get("published") else None,
                title=r.get("title"),
            )
            for r in rows
        )
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for g, r, s in zip(gold, rows, summaries, strict=True):
        notes: list[str] = []
        score(g, r["text"], s, counts[g["split"]], notes)
        if args.verbose and g["split"] == "dev" and notes:
            print(g["id"])
            for n in notes:
                print(f"   - {n}")
    for split in sorted(counts):
        print(report(split, counts[split]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
