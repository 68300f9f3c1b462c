"""Which corpus articles the bench scripts may read: the annotation pool's groups and the reader gold's
closed splits (held back or held out: never read per article). One definition for every script here."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

GOLD = Path(__file__).resolve().parent / "gold"
SHARED = Path(__file__).resolve().parents[3] / "shared"
# Political news from outside the corpus: PolNeAR's train articles (title and date under "meta"), annotated
# for the reader check too (splits pdev and ptest; READER_GOLD.md). Their ids start with the publisher.
POLNEAR_TRAIN = SHARED / "bench" / "attribution" / "train.jsonl"
# Wire and broadcast news of 1989-1998 from TempEval-3's train split (TimeBank and AQUAINT; no titles, the
# document creation time as the date), annotated for the reader check too (splits tdev and ttest).
TEMPEVAL_TRAIN = SHARED / "bench" / "tempeval3" / "train.jsonl"
# The groups our own annotation and rule work draw on (tests/bench/READER_GOLD.md).
POOL_PREFIXES = ("bbc-", "reuters21578-", "g5w1h-cluster-", "us-news-", "wikinews-gum-interview-")
# Reader-gold splits nobody may read per article.
CLOSED_SPLITS = frozenset({"dev4b", "dev5", "dev6", "test", "test2", "test3", "ptest", "ttest", "pdev7", "tdev6"})


def closed_ids() -> set[str]:
    """Ids of the reader gold's closed articles (only their id and split fields are read)."""
    ids: set[str] = set()
    for path in GOLD.glob("reader-*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if row.get("split") in CLOSED_SPLITS:
                    ids.add(row["id"])
    return ids


def polnear_article(row: dict[str, Any]) -> dict[str, Any]:
    """A PolNeAR row as a corpus row: ``{id, text, title, published}``, the title cut from the top of the text
    the way ``evaluate.py headlines`` cuts it (a title printed over two lines stays in the text)."""
    meta = row.get("meta") or {}
    text, title = row["text"], meta.get("title") or ""
    if title and text.startswith(title):
        text = re.sub(r"^[\s.:;|-]+", "", text[len(title) :])
    return {"id": row["id"], "text": text, "title": title or None, "published": meta.get("publication_date")}


def tempeval_article(row: dict[str, Any]) -> dict[str, Any]:
    """A TempEval-3 train row as a corpus row: its text as given, no title, the creation time as the date."""
    return {"id": row["id"], "text": row["text"], "title": None, "published": row.get("dct")}


def articles(corpus: Path, ids: set[str]) -> dict[str, dict[str, Any]]:
    """The rows of ``ids``: from the corpus file, then from PolNeAR train and TempEval-3 train for ids the corpus
    lacks."""
    rows = {r["id"]: r for r in map(json.loads, corpus.read_text(encoding="utf-8").splitlines()) if r["id"] in ids}
    for path, convert in ((POLNEAR_TRAIN, polnear_article), (TEMPEVAL_TRAIN, tempeval_article)):
        if not ids - rows.keys() or not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row["id"] in ids and row["id"] not in rows:
                rows[row["id"]] = convert(row)
    return rows
