"""Score who/what against a hand-annotated gold file, the way the maintainers' hand-gold suite does.

Usage: ``python tests/bench/who_check.py GOLD.jsonl [CORPUS.jsonl] [-v]``. Each gold line is
``{id, who: [{name, type, titles, aliases, salient}], what: [{rank, actor, action}]}``; the text,
title and date come from the corpus by id. The gold stays outside the repository (it holds no
corpus text, but it was made by reading corpus articles).
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script from anywhere

CORPUS = Path("/work/shared/corpus/articles.jsonl")  # the shared corpus; pass another path as 2nd arg


def norm(s: str | None) -> str:
    """Case- and punctuation-insensitive form of a name ('U.S.' == 'US', 'the North' == 'North')."""
    s = unicodedata.normalize("NFKC", s or "").casefold()
    return re.sub(r"^the ", "", " ".join(re.findall(r"\w+", re.sub(r"(?<=\d),(?=\d)|\.", "", s))))


def main(argv: list[str]) -> None:
    """Print per-article misses (with -v) and the four who/what scores."""
    from extractors.pipeline import Article, Summarizer

    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    gold = [json.loads(line) for line in Path(args[0]).read_text().splitlines() if line.strip()]
    corpus_path = Path(args[1]) if len(args) > 1 else CORPUS
    corpus = {r["id"]: r for r in map(json.loads, corpus_path.read_text().splitlines())}
    arts = [corpus[g["id"]] for g in gold]
    summarizer = Summarizer(strict=True)
    summaries = summarizer.summarize_many(
        Article(
            text=r["text"],
            published=date.fromisoformat(r["published"]) if r.get("published") else None,
            title=r.get("title"),
        )
        for r in arts
    )
    c: Counter[str] = Counter()
    for g, s in zip(gold, summaries, strict=True):
        alias: dict[str, set[str]] = {}
        for w in g["who"]:
            group = {norm(w["name"])} | {norm(x) for x in w.get("aliases") or []}
            for k in group:
                alias.setdefault(k, set()).update(group)
        keys = [{norm(a.name)} | {norm(m.text) for m in a.mentions} for a in s.who]
        salient = [w for w in g["who"] if w.get("salient")]
        found = [any(k & alias[norm(w["name"])] for k in keys) for w in salient]
        topk = [any(k & alias[norm(w["name"])] for w in salient) for k in keys[: len(salient)]]
        c.update(sal=len(salient), found=sum(found), topk=sum(topk))
        notes = [f"missed {w['name']!r}" for w, f in zip(salient, found, strict=True) if not f]
        notes += [f"top-k junk {s.who[i].name!r}" for i, ok in enumerate(topk) if not ok]
        for w in g["who"]:
            j = next((j for j, k in enumerate(keys) if k & alias[norm(w["name"])]), None)
            if j is not None and w["type"] == "person":
                want, got = {norm(t) for t in w.get("titles") or []}, {norm(t) for t in s.who[j].titles}
                ok = want == got or bool(want & got)
                c.update(titles=1, titles_ok=ok)
                notes += [] if ok else [f"titles {w['name']!r}: want {sorted(want)} got {sorted(got)}"]
        top3 = s.what[:3]
        for ev in (e for e in g["what"] if (e.get("rank") or 1) <= 3):
            group = alias.get(norm(ev["actor"]), {norm(ev["actor"])})
            ok = any(norm(e.actor) in group and norm(e.action) == norm(ev["action"]) for e in top3)
            c.update(what=1, what_ok=ok)
            if not ok:
                notes.append(f"what {ev['actor']!r} {ev['action']!r}; ours {[(e.actor, e.action) for e in top3]}")
        if verbose and notes:
            print(g["id"], "|", [a.name for a in s.who[:6]])
            print("   " + "\n   ".join(notes))

    def r(a: str, b: str) -> float:
        return c[a] / c[b] if c[b] else 0.0

    print(
        f"articles {len(gold)}  salient R {r('found', 'sal'):.3f}  P@k {r('topk', 'sal'):.3f} (of {c['sal']})  "
        f"titles {r('titles_ok', 'titles'):.3f} (of {c['titles']})  what@3 {r('what_ok', 'what'):.3f} (of {c['what']})"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
