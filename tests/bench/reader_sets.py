"""Which corpus articles the bench scripts may read: the annotation pool's groups and the reader gold's
closed splits (held back or held out: never read per article). One definition for every script here."""

from __future__ import annotations

import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent / "gold"
# The groups our own annotation and rule work draw on (tests/bench/READER_GOLD.md).
POOL_PREFIXES = ("bbc-", "reuters21578-", "g5w1h-cluster-", "us-news-", "wikinews-gum-interview-")
# Reader-gold splits nobody may read per article.
CLOSED_SPLITS = frozenset({"dev4b", "dev5", "dev6", "test", "test2", "test3"})


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
