"""Score the reader's view (top actors, main actor, top events, headline) against our own annotation.

Usage::

    python tests/bench/reader_check.py tests/bench/gold/reader-dev.jsonl tests/bench/gold/reader-test.jsonl [-v]

Each gold line follows tests/bench/READER_GOLD.md: ``{id, split, kind, headline, main_actor, who:
[{name, type, titles, aliases, salient}], not_actors, what: [{rank, actor, action, actions, object,
negated}], boilerplate: [[start, end], ...]}``. The text, title and date come from the corpus by id (the title is sent,
as a CMS would). Scores are printed per split, grouped by each line's ``split`` field (``dev`` and
``dev2`` are for rule work, ``test`` and ``test2`` are reported only).

Measures, per split:

- ``main first``: our first actor is the annotated main actor;
- ``salient R`` / ``P@k``: the annotated salient actors found among ours / among our first k (k = their number);
- ``dup``: annotated actors that we list as two or more actors (one entity must be one actor);
- ``furniture``: our actors every mention of which lies inside annotated boilerplate (must be 0);
- ``non-actors``: our actors named in the annotated ``not_actors`` (clutter, generic words, but also
  entities the annotators judged minor: a softer signal);
- ``titles``: for annotated persons we found, at least one annotated title among ours (or both empty);
- ``types``: for annotated actors we found (matched as for ``salient R``: by any name or alias), our type
  (the first of ours that matches) equals the annotated one (person, organization, location or group);
- ``main@3`` / ``what@3``: the annotated main event / any annotated top-3 event among our first three
  (same actor by alias, or both null for agentless passives; action among the accepted lemmas);
- ``headline sane``: one line, 4-40 words, no bare pronoun as first word; ``rougeL``: against the
  annotated headline.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script from anywhere

from tests.bench.reader_sets import CLOSED_SPLITS, articles

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "articles.jsonl"
_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those"}


def norm(s: str | None) -> str:
    """Case- and punctuation-insensitive form of a name ('U.S.' == 'US', 'the North' == 'North')."""
    s = unicodedata.normalize("NFKC", s or "").casefold()
    s = s.replace("\u2019", "'")
    s = re.sub(r"'s\b", "", s)
    return re.sub(r"^the ", "", " ".join(re.findall(r"\w+", re.sub(r"(?<=\d),(?=\d)|\.", "", s))))


def _lcs(a: list[str], b: list[str]) -> int:
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def rouge_l(ours: str, ref: str) -> float:
    """ROUGE-L F1 over lower-cased word tokens."""
    a, b = re.findall(r"\w+", ours.lower()), re.findall(r"\w+", ref.lower())
    if not a or not b:
        return 0.0
    lcs = _lcs(a, b)
    if not lcs:
        return 0.0
    p, r = lcs / len(a), lcs / len(b)
    return 2 * p * r / (p + r)


def sane(headline: str | None) -> bool:
    """One line, 4-40 words, not opening on a bare pronoun."""
    if not headline or "\n" in headline:
        return False
    words = headline.split()
    return 4 <= len(words) <= 40 and words[0].lower().strip(",.'\"") not in _PRONOUNS


def _groups(gold: dict[str, Any]) -> dict[str, set[str]]:
    """Normalised name -> every normalised form of the same annotated actor."""
    alias: dict[str, set[str]] = {}
    for w in gold["who"]:
        group = {norm(w["name"])} | {norm(x) for x in w.get("aliases") or []}
        group.discard("")
        for k in group:
            alias.setdefault(k, set()).update(group)
    return alias


def score_article(gold: dict[str, Any], summary: Any, c: Counter[str], notes: list[str], text: str = "") -> None:
    """Add one article's counts to ``c`` and its misses to ``notes`` (``text``: the article, for boilerplate spans)."""
    alias = _groups(gold)
    ours = [{norm(a.name)} | {norm(m.text) for m in a.mentions} for a in summary.who]

    def match(i: int, name: str) -> bool:
        return bool(ours[i] & alias.get(norm(name), {norm(name)}))

    main = gold["main_actor"]
    ok = bool(ours) and match(0, main)
    ranks = [i for i in range(len(ours)) if match(i, main)]
    c.update(main=1, main_ok=ok, main_found=bool(ranks), main_top3=bool(ranks) and ranks[0] < 3)
    if not ok:
        notes.append(f"main actor {main!r}; ours first {summary.who[0].name if summary.who else None!r}")

    salient = [w for w in gold["who"] if w.get("salient")]
    found = [any(match(i, w["name"]) for i in range(len(ours))) for w in salient]
    topk = [any(match(i, w["name"]) for w in salient) for i in range(min(len(salient), len(ours)))]
    c.update(sal=len(salient), found=sum(found), topk=sum(topk))
    notes += [f"missed {w['name']!r}" for w, f in zip(salient, found, strict=True) if not f]
    notes += [f"top-k junk {summary.who[i].name!r}" for i, good in enumerate(topk) if not good]

    for w in gold["who"]:
        hits = [i for i in range(len(ours)) if match(i, w["name"])]
        c.update(actors=1, dup=len(hits) > 1)
        if hits:
            ty = summary.who[hits[0]].type
            c.update(types=1, types_ok=ty == w["type"])
            if ty != w["type"]:
                notes.append(f"type {w['name']!r}: want {w['type']} got {ty} ({summary.who[hits[0]].name!r})")
        if len(hits) > 1:
            notes.append(f"duplicate {w['name']!r}: {[summary.who[i].name for i in hits]}")
        if hits and w["type"] == "person":
            want = {norm(t) for t in w.get("titles") or []}
            got = {norm(t) for t in summary.who[hits[0]].titles}
            t_ok = want == got or bool(want & got)
            c.update(titles=1, titles_ok=t_ok)
            if not t_ok:
                notes.append(f"titles {w['name']!r}: want {sorted(want)} got {sorted(got)}")

    # Two kinds of actors that should not be there: page furniture (every mention inside an
    # annotated boilerplate span: must be none) and strings the annotators listed as non-actors
    # (clutter and generic words, but also entities they judged minor: a softer signal).
    spans = [(x[0], x[1]) if isinstance(x, list) else _find(text, x) for x in gold.get("boilerplate") or []]
    junk = {norm(x) for x in gold.get("not_actors") or []}
    for a in summary.who:
        n = norm(a.name)
        if n in alias:
            continue
        if a.mentions and all(any(s <= m.start and m.end <= e for s, e in spans) for m in a.mentions):
            c.update(furniture=1)
            notes.append(f"furniture actor {a.name!r}")
        elif n and n in junk:
            c.update(clutter=1)
            notes.append(f"listed non-actor {a.name!r}")
    c.update(our_actors=len(summary.who))

    top3 = summary.what[:3]
    forms = {norm(a.name): {norm(a.name)} | {norm(m.text) for m in a.mentions} for a in summary.who}

    def event_ok(ev: dict[str, Any], events: Any = top3, actor: bool = True) -> bool:
        actions = {norm(ev["action"])} | {norm(x) for x in ev.get("actions") or []}
        for e in events:
            if norm(e.action) not in actions:
                continue
            if not actor:
                return True
            if ev["actor"] is None:
                if e.actor is None:
                    return True
                continue
            # our actor by any of its forms, as for `who` ("United Kingdom" mentioned as "UK")
            want = alias.get(norm(ev["actor"]), {norm(ev["actor"])})
            if e.actor is not None and (forms.get(norm(e.actor), {norm(e.actor)}) & want):
                return True
        return False

    for ev in gold["what"]:
        good = event_ok(ev)
        c.update(what=1, what_ok=good)
        if ev.get("rank") == 1:
            c.update(main_ev=1, main_ev_ok=good, main_ev_act3=event_ok(ev, actor=False))
            c.update(main_ev_any=event_ok(ev, summary.what), main_ev_act_any=event_ok(ev, summary.what, actor=False))
        if not good:
            notes.append(
                f"event#{ev.get('rank')} {ev['actor']!r} {ev['action']!r}; ours {[(e.actor, e.action) for e in top3]}"
            )
    ours_hl = summary.headline or ""
    c.update(hl=1, hl_sane=sane(ours_hl))
    c["rougeL_x1000"] += round(1000 * rouge_l(ours_hl, gold.get("headline") or ""))
    if not sane(ours_hl):
        notes.append(f"insane headline {ours_hl!r}")


def _find(text: str, needle: str) -> tuple[int, int]:
    i = text.find(needle)
    return (i, i + len(needle)) if i >= 0 else (0, 0)


def _ratio(c: Counter[str], a: str, b: str) -> str:
    return f"{c[a] / c[b]:.3f}" if c[b] else "n/a"


def report(split: str, c: Counter[str]) -> str:
    """One line of scores for one split."""
    return (
        f"{split:5} n={c['main']:3}  main first {_ratio(c, 'main_ok', 'main')}  salient R {_ratio(c, 'found', 'sal')}"
        f"  P@k {_ratio(c, 'topk', 'sal')}  dup {c['dup']}/{c['actors']}  furniture {c['furniture']}"
        f"  non-actors {c['clutter']}/{c['our_actors']}"
        f"  titles {_ratio(c, 'titles_ok', 'titles')}  main@3 {_ratio(c, 'main_ev_ok', 'main_ev')}"
        f"  what@3 {_ratio(c, 'what_ok', 'what')}  headline sane {_ratio(c, 'hl_sane', 'hl')}"
        f"  rougeL {c['rougeL_x1000'] / 1000 / c['hl']:.3f}  types {_ratio(c, 'types_ok', 'types')}"
        if c["hl"]
        else f"{split}: no articles"
    )


def diagnose(split: str, c: Counter[str]) -> str:
    """Where the misses lie: the main actor found at all / in our first 3; the main event's action in our top 3
    whatever its actor, and the main event among all our events (with and without its actor)."""
    return (
        f"{'':5} main actor found {_ratio(c, 'main_found', 'main')}  in top 3 {_ratio(c, 'main_top3', 'main')}"
        f"  main event: action in top 3 {_ratio(c, 'main_ev_act3', 'main_ev')}"
        f"  anywhere {_ratio(c, 'main_ev_any', 'main_ev')}  action anywhere {_ratio(c, 'main_ev_act_any', 'main_ev')}"
    )


def main(argv: list[str]) -> int:
    """Print per-article misses (with -v) and the scores per split."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--split", help="only this split (dev ... dev6, pdev; test, test2, test3, ptest: summary only)")
    parser.add_argument("--no-title", action="store_true", help="do not send the title")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"{args.corpus} is absent (the team's internal corpus); nothing to score", file=sys.stderr)
        return 0
    from extractors.pipeline import Article, Summarizer

    gold = [json.loads(line) for path in args.gold for line in path.read_text().splitlines() if line.strip()]
    if args.split:
        gold = [g for g in gold if g.get("split") == args.split]
    corpus = articles(args.corpus, {g["id"] for g in gold})
    rows = [corpus[g["id"]] for g in gold]
    summaries = Summarizer(strict=True).summarize_many(
        Article(
            text=r["text"],
            published=date.fromisoformat(r["published"]) if r.get("published") else None,
            title=None if args.no_title else r.get("title"),
        )
        for r in rows
    )
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for g, s in zip(gold, summaries, strict=True):
        notes: list[str] = []
        score_article(g, s, counts[g.get("split", "all")], notes, corpus[g["id"]]["text"])
        if args.verbose and g.get("split") not in CLOSED_SPLITS:  # closed splits: summary lines only
            print(f"{g['id']} | headline: {s.headline!r}")
            print(f"   who: {[a.name for a in s.who[:6]]}")
            print(f"   what: {[(e.actor, e.action, e.object) for e in s.what[:3]]}")
            for n in notes:
                print(f"   - {n}")
    for split in sorted(counts):
        print(report(split, counts[split]))
        print(diagnose(split, counts[split]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
