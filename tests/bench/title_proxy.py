"""The title proxy for `who` salience: is our first actor the entity the article's own title is about?

Usage::

    python tests/bench/title_proxy.py [--cache DIR] [-v]

No annotation: for each corpus article of the reader groups (bbc-*, reuters21578-*, g5w1h-cluster-*,
us-news-*, wikinews-gum-interview-*) whose real title names an entity as its subject (the subject of the
title's main verb) or opens on a name (within its first words), newsum's `who` runs on the text WITHOUT
the title (not sent, and a first line repeating it is cut), and we check whether our first actor (and
our top 3, and any actor) is that entity, matched by any of the actor's forms (its name, its mentions, a
person's surname). Articles annotated for the held-back and held-out reader splits (dev4b, dev5, dev6,
test, test2, test3) are left out, so this measure never shows their output.

The rest is cut in two halves by a hash of the id (fixed, seeded): ``work`` for rule work (``-v``
lists its misses) and ``held``, only ever scored as a summary line. The title is what the editors
chose, so it is a noisy but independent label of the main actor: a rule that helps the reader
annotation but not this proxy likely fits the annotated articles rather than news.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script from anywhere

from reader_check import norm
from reader_sets import POOL_PREFIXES, closed_ids

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "articles.jsonl"
SEED = "title-proxy-2026"
# Entity labels of the title that name an actor (a demonym, "10 American tourists", names no one).
LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
# How many words may come before a title's first name for it to be the title's opener ("Singer X ...").
OPEN_WORDS = 2
# The medium of an interview is not who it is about ("Wikinews interviews Ann Lee"), nor an office
# ("The President's news conference (Ann Lee, 1963)").
MEDIA = frozenset({"wikinews", "president"})
CLAUSE_OPENERS = frozenset({"as", "how", "why", "what", "when", "where", "after", "before", "while", "if", "who"})


def half(article_id: str) -> str:
    """The fixed half an article belongs to: 'work' or 'held'."""
    digest = hashlib.sha256(f"{SEED}:{article_id}".encode()).digest()
    return "held" if digest[0] % 2 else "work"


def untitled(text: str, title: str) -> str:
    """The text without a first line that repeats the title (as a scraped page has it)."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end == -1 else end
    if norm(text[start:end]) == norm(title):
        return text[:start] + " " * (end - start) + text[end:]  # (blanked: offsets stay)
    return text


def truecase(title: str, text: str) -> str:
    """The title with each word in the case the text gives it most often inside a sentence ("Retail
    sales rise" -> "retail sales rise", "JAPAN TO CUT RATES" -> "Japan to cut rates"), so that a
    capital marks a name; a word the text lacks is in lower case, but for a capital inside a title
    written in sentence case."""
    inside: dict[str, Counter[str]] = {}  # the forms of a word inside sentences
    anywhere: dict[str, Counter[str]] = {}
    for m in re.finditer(r"[\w&-]*\w", text):
        word = m.group()
        anywhere.setdefault(word.casefold(), Counter())[word] += 1
        if re.search(r"[a-z0-9,;] $", text[max(0, m.start() - 2) : m.start()]):
            inside.setdefault(word.casefold(), Counter())[word] += 1
    long = [w for w in re.findall(r"[A-Za-z][\w'-]*", title) if len(w) > 3]
    cased = any(c.islower() for c in title) and sum(w[0].isupper() for w in long) < 0.8 * len(long)
    out = []
    for k, w in enumerate(re.findall(r"\S+", title)):
        core = re.sub(r"['’][sS]$", "", w.strip(",.:;'\"‘’“”()"))
        key = core.casefold()
        if key in inside:
            best = inside[key].most_common(1)[0][0]
        elif key in anywhere and all(f[:1].isupper() for f in anywhere[key]):
            best = anywhere[key].most_common(1)[0][0]  # a name the text only opens sentences on
        else:
            best = core if cased and k else core.lower()
        out.append(w.replace(core, best) if core else w)
    return " ".join(out)


def _names(doc: Any) -> list[Any]:
    """The title's names: the NER's persons, bodies and places, and runs of capitalised words outside
    any other entity (dates, numbers, demonyms) that the NER missed ("Desailly backs Blues trip")."""
    other = {t.i for e in doc.ents if e.label_ not in LABELS for t in e}
    names = [
        e
        for e in doc.ents
        if e.label_ in LABELS and len(e) <= 5 and not any(t.pos_ == "VERB" or t.text in "-:" for t in e)
    ]
    taken = {t.i for e in names for t in e}
    run: list[int] = []
    for t in [*doc, None]:
        if t is not None and t.text[:1].isupper() and t.i not in other and t.i not in taken and t.is_alpha:
            run.append(t.i)
            continue
        if run and not (len(run) == 1 and doc[run[0]].lower_ in CLAUSE_OPENERS | {"the", "a", "an"}):
            names.append(doc[run[0] : run[-1] + 1])
        run = []
    names = [n for n in names if n.text.casefold() not in MEDIA]
    return sorted(names, key=lambda n: n.start)


def title_entity(doc: Any) -> str | None:
    """The entity a (truecased) parsed title is about: the name heading its main verb's subject, else
    the name it opens on (within its first words, not after a subordinating word)."""
    names = _names(doc)
    if not names:
        return None
    root = next(iter(doc.sents)).root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")] or [root]
    for subject in subjects:
        for n in names:
            if n.start <= subject.i < n.end:
                return str(n.text)
    first = names[0]
    before = [t.lower_ for t in doc[: first.start] if not t.is_punct]
    if len(before) <= OPEN_WORDS and not set(before) & CLAUSE_OPENERS:
        return str(first.text)
    return None


def forms(actor: Any) -> set[str]:
    """An actor's forms: its name, its mentions, a person's surname."""
    out = {norm(actor.name)} | {norm(m.text) for m in actor.mentions}
    if actor.type == "person" and len(actor.name.split()) > 1:
        out.add(norm(actor.name.split()[-1]))
    return out - {""}


def is_entity(actor: Any, entity: str) -> bool:
    """The actor is the title's entity: a form equals it, or opens or ends on it as whole words
    ("Microsoft" / "Microsoft Corp", "Blair" / "Tony Blair")."""
    e = norm(entity)
    return any(f == e or f.startswith(e + " ") or f.endswith(" " + e) for f in forms(actor))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--cache", type=Path, help="keep the parses here (a DocBin per run of ids)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the work half's misses")
    parser.add_argument("--ids", action="store_true", help="print each work article's first actor (for diffs)")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"{args.corpus} is absent (the team's internal corpus); nothing to score", file=sys.stderr)
        return 0
    from spacy.tokens import DocBin

    from extractors.inputs import for_parsing
    from extractors.pipeline import Summarizer
    from extractors.reference import reference_date
    from extractors.who import extract_who

    hidden = closed_ids()
    rows = [r for r in map(json.loads, args.corpus.read_text().splitlines()) if r["id"].startswith(POOL_PREFIXES)]
    rows = [r for r in rows if r["id"] not in hidden and r.get("title")]
    summarizer = Summarizer(strict=True)
    nlp = summarizer.nlp
    titles = list(nlp.pipe(truecase(r["title"], r["text"]) for r in rows))
    picked = [(r, e) for r, t in zip(rows, titles, strict=True) if (e := title_entity(t)) is not None]
    texts = [for_parsing(untitled(r["text"], r["title"])) for r, _ in picked]
    key = hashlib.sha256("\0".join(texts).encode()).hexdigest()[:16]
    path = args.cache / f"title-proxy-{key}.spacy" if args.cache else None
    if path is not None and path.exists():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    else:
        docs = [doc for doc, _ in summarizer.parse_many((t, None) for t in texts)]
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            DocBin(store_user_data=True, docs=docs).to_disk(path)
    counts: dict[str, Counter[str]] = {"work": Counter(), "held": Counter()}
    for (row, entity), doc, text in zip(picked, docs, texts, strict=True):
        published = date.fromisoformat(row["published"]) if row.get("published") else None
        reference, _ = reference_date(text, published)
        who = extract_who(doc, reference=reference, title=None, text=text)
        hits = [i for i, a in enumerate(who) if is_entity(a, entity)]
        part = half(row["id"])
        c = counts[part]
        c.update(n=1, found=bool(hits), first=bool(hits) and hits[0] == 0, top3=bool(hits) and hits[0] < 3)
        if part == "work" and args.ids:
            print(f"{row['id']}\t{entity}\t{who[0].name if who else None}")
        if part == "work" and args.verbose and (not hits or hits[0]):
            where = f"#{hits[0] + 1}" if hits else "not found"
            print(f"{row['id']} | title {row['title']!r} -> {entity!r} ({where})")
            print(f"   ours: {[a.name for a in who[:5]]}")
    for part in ("work", "held"):
        c = counts[part]
        n = c["n"] or 1
        print(
            f"title proxy {part}: n={c['n']} first {c['first'] / n:.3f} top3 {c['top3'] / n:.3f} "
            f"found {c['found'] / n:.3f} first|found {c['first'] / (c['found'] or 1):.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
