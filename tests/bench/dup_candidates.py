"""List pairs of actors in one summary that may be one real-world entity (annotation-free).

Usage::

    python tests/bench/dup_candidates.py [--summaries OUT.jsonl] [--examples N] [--pairs PAIRS.jsonl]

Runs newsum over the corpus articles open to rule work (not g5w1h-gold-* nor wikinews-* other than
wikinews-gum-interview-*, and not the reader gold's held-out or held-back ids: `--closed` names the
splits, by default test, test2, test3, dev3b and dev6), or reads a CLI output file given with
``--summaries`` (``{"id", "summary"}`` lines; closed ids in it are skipped all the same). Every pair
of actors of one summary is tested against the forms below, in this order, and counted under the first
that fits:

- ``overlap``: a mention of one has the very span of a mention of the other (the same span twice);
- ``case``: names equal but for case ("EU" / "Eu");
- ``spacing``: equal but for hyphens, points and spaces ("Wal-Mart" / "Walmart", "U.S." / "US");
- ``the``: equal but for a leading "the" ("the Fed" / "Fed");
- ``possessive``: equal but for "'s" or a plural "s"/"es" ("Tesla's" / "Tesla", "Falcons" / "Falcon");
- ``acronym``: one is the initials of the other (a pair record's ``paren`` says whether the text writes
  one right after the other in brackets: "Crown Prosecution Service (CPS)");
- ``demonym``: a people's name and its country by the gazetteer ("Iraqis" / "Iraq");
- ``surname``: a one-word name that is the last word of a person's name ("Blair" / "Tony Blair");
- ``short``: a name made only of generic heads (words of ``ORG_NAME_WORDS``, ``INSTITUTION_HEADS``)
  inside a longer name ("the University" / "University of Helsinki");
- ``subset``: the words of one are among the words of the other ("Manchester" / "Manchester United");
- ``nickname``: a capitalised plural alone ("the Tigers"), no people's name, no place, named within 300
  characters after an organisation (a team's nickname beside its club);
- ``spelling``: one letter apart in a word of 5 letters or more, not at its end ("Bouhel" / "Bouhlel");
- ``shared``: the two share a capitalised word that is no stopword (loose).

Prints the counts by kind and up to N examples per kind (``--examples``, default 8); ``--pairs``
writes every pair with the first mention's context of each side, for reading. ``--read`` takes the pairs
read by hand (``dup_pairs_read.tsv`` here: id, actor, actor, ``same`` or ``different``, the form) and
prints per kind how many of the pairs found were read and how many are one entity, then the pairs read
as one entity that are no longer found (joined since, or gone).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script from anywhere

from tests.bench.reader_sets import GOLD

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "articles.jsonl"
KINDS = (
    "overlap",
    "case",
    "spacing",
    "the",
    "possessive",
    "acronym",
    "demonym",
    "surname",
    "short",
    "subset",
    "nickname",
    "spelling",
    "shared",
)
_STOP = frozenset(["the", "of", "and", "for", "in", "on", "at", "to", "a", "an", "&", "de", "la", "le", "du"])


def open_id(article_id: str) -> bool:
    """An id rule work may read: no g5w1h gold, no wikinews but the GUM interviews."""
    if article_id.startswith("g5w1h-gold-"):
        return False
    return not article_id.startswith("wikinews-") or article_id.startswith("wikinews-gum-interview-")


def closed(splits: set[str]) -> set[str]:
    """Ids of the reader gold lines whose split is one of ``splits`` (only id and split are read)."""
    ids: set[str] = set()
    for path in GOLD.glob("reader-*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            if row.get("split") in splits:
                ids.add(row["id"])
    return ids


def words(name: str) -> list[str]:
    """Case-folded word forms, curly apostrophes straightened, a leading 'the' and a final "'s" dropped."""
    s = unicodedata.normalize("NFKC", name).replace("\u2019", "'")
    s = re.sub(r"'s?$", "", s.strip())
    out = re.findall(r"[\w.&'-]+", s.casefold())
    if out and out[0] == "the":
        out = out[1:]
    return out


def squash(name: str) -> str:
    """Letters and digits only, case-folded."""
    return "".join(c for c in " ".join(words(name)) if c.isalnum())


def initials(name: str) -> set[str]:
    """The initials of a name, with and without its function words ("BoE", "BE" for Bank of England)."""
    parts = [w for w in re.split(r"[\s-]+", unicodedata.normalize("NFKC", name)) if w and w[0].isalnum()]
    if parts and parts[0].casefold() == "the":
        parts = parts[1:]
    full = "".join(p[0] for p in parts).casefold()
    content = "".join(p[0] for p in parts if p.casefold() not in _STOP).casefold()
    return {full, content} if len(parts) >= 2 else set()


def _one_apart(a: str, b: str) -> bool:
    """One letter changed, added or dropped."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    # not an ending ("America" / "American", "Motor" / "Motors")
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_) - 1))


def _generic_words() -> frozenset[str]:
    from extractors.lexicons.actors import INSTITUTION_HEADS
    from extractors.lexicons.names import ORG_NAME_WORDS

    return ORG_NAME_WORDS | INSTITUTION_HEADS


def _forms(actor: dict[str, Any]) -> set[str]:
    return {actor["name"], *(m["text"] for m in actor["mentions"])}


def _demonym_of(a: str, b: str) -> bool:
    from extractors.lexicons.actors import gazetteer

    gaz = gazetteer()
    code = gaz.demonyms.get(a.removeprefix("the ").removeprefix("The "))
    return code is not None and (gaz.names.get(b) == code or gaz.capitals.get(b) == code)


def _people(actor: dict[str, Any]) -> bool:
    """A people's name ("Arabs", "Europeans"): the gazetteer's demonyms, or the plural of a word ending -an/-ese."""
    from extractors.lexicons.actors import gazetteer

    name = actor["name"].removeprefix("the ").removeprefix("The ")
    return name in gazetteer().demonyms or name.endswith(("ans", "ese", "is"))


def _plural_nickname(actor: dict[str, Any], text: str) -> bool:
    """One capitalised plural word that the text writes after "the" at least once ("the Tigers")."""
    w = words(actor["name"])
    if len(w) != 1 or len(w[0]) <= 3 or not w[0].endswith("s") or w[0].endswith("ss") or actor["type"] == "person":
        return False
    return any(text[max(0, m["start"] - 4) : m["start"]].casefold() == "the " for m in actor["mentions"])


def kind(a: dict[str, Any], b: dict[str, Any], text: str) -> str | None:
    """The first form of KINDS the pair fits, or None."""
    if {(m["start"], m["end"]) for m in a["mentions"]} & {(m["start"], m["end"]) for m in b["mentions"]}:
        return "overlap"
    na, nb = a["name"], b["name"]
    if na.casefold() == nb.casefold():
        return "case"
    if squash(na) and squash(na) == squash(nb) and words(na) != words(nb):
        return "spacing"
    wa, wb = words(na), words(nb)
    if wa == wb:
        return "the"
    if (
        wa
        and wb
        and (wa[:-1] == wb[:-1])
        and {wa[-1], wb[-1]} & {wb[-1] + "s", wa[-1] + "s", wb[-1] + "es", wa[-1] + "es"}
    ):
        return "possessive"
    for x, y in ((a, b), (b, a)):
        short = {squash(f) for f in _forms(x) if " " not in f.strip() and len(squash(f)) >= 2}
        if short & set().union(*(initials(f) for f in _forms(y))):
            return "acronym"
    if _demonym_of(na, nb) or _demonym_of(nb, na):
        return "demonym"
    for x, y in ((a, b), (b, a)):
        short, full = words(x["name"]), words(y["name"])
        if len(short) == 1 and y["type"] == "person" and len(full) > 1 and short[0] == full[-1]:
            return "surname"
    sa, sb = set(wa) - _STOP, set(wb) - _STOP
    if sa and sb and (sa < sb or sb < sa):
        small = sa if sa < sb else sb
        return "short" if small <= _generic_words() else "subset"
    for x, y in ((a, b), (b, a)):
        if _plural_nickname(x, text) and x["type"] != "location" and y["type"] == "organization" and not _people(x):
            starts = [m["start"] for m in x["mentions"]]
            if any(0 < s - m["end"] <= 300 for s in starts for m in y["mentions"]):
                return "nickname"
    if any(_one_apart(p, q) and p.rstrip("s") != q.rstrip("s") for p in wa for q in wb if min(len(p), len(q)) >= 5):
        return "spelling"
    caps = lambda n: {w.casefold() for w in re.findall(r"\b[A-Z][\w'-]+", n)} - _STOP  # noqa: E731
    if caps(na) & caps(nb):
        return "shared"
    return None


def acronym_paren(a: dict[str, Any], b: dict[str, Any], text: str) -> bool:
    """The text writes one of the pair right after the other in brackets."""
    for x, y in ((a, b), (b, a)):
        for m in x["mentions"]:
            after = text[m["end"] : m["end"] + 40]
            if any(after.lstrip().startswith("(" + f) for f in _forms(y)):
                return True
    return False


def context(actor: dict[str, Any], text: str, width: int = 70) -> str:
    """The first mention of an actor with some text either side, on one line."""
    m = min(actor["mentions"], key=lambda m: m["start"])
    left = text[max(0, m["start"] - width) : m["start"]]
    right = text[m["end"] : m["end"] + width]
    return " ".join(f"{left}[[{text[m['start'] : m['end']]}]]{right}".split())


def pairs(summary: dict[str, Any], text: str) -> Iterator[tuple[str, dict[str, Any], dict[str, Any]]]:
    """Every candidate pair of one summary's actors, with its kind."""
    who = summary.get("who") or []
    for i, a in enumerate(who):
        for b in who[i + 1 :]:
            k = kind(a, b, text)
            if k:
                yield k, a, b


def summaries(rows: list[dict[str, Any]], given: Path | None) -> dict[str, dict[str, Any]]:
    """Summaries by id: read from a CLI output file or made here."""
    if given:
        out = {}
        for line in given.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            if "summary" in rec:
                out[rec["id"]] = rec["summary"]
        return out
    import msgspec

    from extractors.pipeline import Article, Summarizer

    arts = (
        Article(
            text=r["text"],
            published=date.fromisoformat(r["published"]) if r.get("published") else None,
            title=r.get("title"),
        )
        for r in rows
    )
    made = Summarizer(strict=True).summarize_many(arts)
    return {r["id"]: msgspec.to_builtins(s) for r, s in zip(rows, made, strict=True)}


def read_verdicts(path: Path) -> dict[tuple[str, str, str], str]:
    """(id, actor, actor) -> 'same' or 'different', both orders of the pair, from a hand-read file."""
    verdicts: dict[tuple[str, str, str], str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rid, a, b, verdict = line.split("\t")[:4]
            verdicts[rid, a, b] = verdicts[rid, b, a] = verdict
    return verdicts


def main(argv: list[str]) -> None:
    """Count candidate pairs by kind; print examples; optionally write every pair."""
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--summaries", type=Path, help="CLI output (JSON lines) to read instead of running newsum")
    ap.add_argument("--closed", default="test,test2,test3,dev3b,dev6", help="reader-gold splits to skip")
    ap.add_argument("--examples", type=int, default=8)
    ap.add_argument("--pairs", type=Path, help="write every pair as JSON lines, with context")
    ap.add_argument("--read", type=Path, help="pairs read by hand (TSV: id, actor, actor, same/different, form)")
    args = ap.parse_args(argv)
    skip = closed(set(args.closed.split(",")))
    rows = [r for r in map(json.loads, CORPUS.read_text(encoding="utf-8").splitlines())]
    rows = [r for r in rows if open_id(r["id"]) and r["id"] not in skip]
    texts = {r["id"]: r["text"] for r in rows}
    made = summaries(rows, args.summaries)
    verdicts = read_verdicts(args.read) if args.read else {}
    found: set[tuple[str, str, str]] = set()
    read: Counter[str] = Counter()
    same: Counter[str] = Counter()
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    out = args.pairs.open("w", encoding="utf-8") if args.pairs else None
    for rid, text in texts.items():
        if rid not in made:
            continue
        for k, a, b in pairs(made[rid], text):
            counts[k] += 1
            verdict = verdicts.get((rid, a["name"], b["name"]))
            found.add((rid, a["name"], b["name"]))
            read[k] += verdict is not None
            same[k] += verdict == "same"
            if len(examples[k]) < args.examples:
                examples[k].append(f"{rid}: {a['name']!r} ({a['type']}) / {b['name']!r} ({b['type']})")
            if out:
                rec = {"id": rid, "kind": k, "a": a["name"], "a_type": a["type"], "b": b["name"], "b_type": b["type"]}
                rec.update(paren=acronym_paren(a, b, text), a_ctx=context(a, text), b_ctx=context(b, text))
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if out:
        out.close()
    print(f"articles {sum(1 for r in texts if r in made)}  pairs {sum(counts.values())}")
    for k in KINDS:
        print(f"{k:<11}{counts[k]:>5}" + (f"  read {read[k]:>4}  same {same[k]:>3}" if verdicts else ""))
    if verdicts:
        gone = sorted({(*sorted(p[1:]), p[0]) for p, v in verdicts.items() if v == "same" and p not in found})
        gone = [g for g in gone if (g[2], g[0], g[1]) not in found and (g[2], g[1], g[0]) not in found]
        print(f"read as one entity, no longer two actors: {len(gone)}")
        for a, b, rid in gone:
            print(f"  {rid}: {a!r} / {b!r}")
    for k in KINDS:
        for line in examples[k]:
            print(f"  [{k}] {line}")


if __name__ == "__main__":
    main(sys.argv[1:])
