"""``python -m api.warm SUMMARIES ...``: load summaries computed offline into the service's cache.

After an upgrade every summary has a new key (the pipeline version is part of each id), so the
cache starts cold. The archive backfill (``python -m extractors --engine ray``, deploy/k8s/backfill)
computes the new summaries in bulk; this command stores them under the keys the service will look
up, with the service's TTL, so the first requests after the switch are hits. It reads the command
line's output: JSON lines ``{"id", "summary"}`` or Parquet (``id``, ``summary``, ``error``); error
rows are skipped, and so are summaries made by another pipeline, model or schema version than the
one installed here (they would never be looked up). Settings come from the environment as for the
service: ``REDIS_URL`` (required), ``NEWSUM_REDIS_CLUSTER``, ``NEWSUM_KEY_PREFIX``,
``NEWSUM_CACHE_TTL_S``, ``NEWSUM_SPACY_MODEL``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from dataclasses import dataclass

import msgspec
import redis
from redis.cluster import RedisCluster

from api.settings import Settings, SettingsError
from api.summaries import cache_key
from extractors.types import Version

_PIPELINE_BATCH = 500


class _Line(msgspec.Struct):
    id: str | int
    summary: msgspec.Raw = msgspec.Raw(b"")  # absent on an error line


class _Head(msgspec.Struct):
    """The part of a Summary that decides its key and whether it is current."""

    id: str
    version: Version


@dataclass
class Counts:
    stored: int = 0
    errors: int = 0
    stale: int = 0


def _summaries(path: str) -> Iterator[bytes | None]:
    """The encoded summaries in one output file, in order (None for an error row)."""
    if path.lower().endswith((".parquet", ".pq")):
        import pyarrow.parquet as pq

        for batch in pq.ParquetFile(path).iter_batches(columns=["summary"], batch_size=1024):
            for value in batch.column(0).to_pylist():
                yield value.encode() if value is not None else None
        return
    decoder = msgspec.json.Decoder(_Line)
    with open(path, "rb") as fh:
        for line in fh:
            if line.strip():
                summary = bytes(decoder.decode(line).summary)
                yield summary if summary not in (b"", b"null") else None


def _current_version(settings: Settings) -> Version:
    from extractors.pipeline import Summarizer

    return Summarizer(settings.spacy_model).version


def warm(paths: list[str], settings: Settings, *, version: Version) -> Counts:
    """Store every current summary in ``paths`` under its cache key; the counts of what was done."""
    if not settings.redis_url:
        raise SettingsError("REDIS_URL is not set: there is no shared cache to warm")
    client: redis.Redis | RedisCluster
    if settings.redis_cluster:
        client = RedisCluster.from_url(settings.redis_url)
    else:
        client = redis.Redis.from_url(settings.redis_url)
    head = msgspec.json.Decoder(_Head)
    counts = Counts()
    try:
        pipe = client.pipeline(transaction=False)
        queued = 0
        for path in paths:
            for body in _summaries(path):
                if body is None:
                    counts.errors += 1
                    continue
                summary = head.decode(body)
                if summary.version != version:
                    counts.stale += 1
                    continue
                pipe.set(cache_key(settings.key_prefix, summary.id), body, ex=settings.cache_ttl_s)
                queued += 1
                if queued == _PIPELINE_BATCH:
                    pipe.execute()
                    counts.stored += queued
                    queued = 0
        if queued:
            pipe.execute()
            counts.stored += queued
    finally:
        client.close()
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m api.warm", description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("files", nargs="+", help="output of python -m extractors: .jsonl or .parquet")
    args = ap.parse_args(argv)
    try:
        settings = Settings.from_env()
        counts = warm(args.files, settings, version=_current_version(settings))
    except (SettingsError, OSError, msgspec.DecodeError, redis.RedisError) as exc:
        print(f"newsum warm: {exc}", file=sys.stderr)
        return 2
    print(
        f"stored {counts.stored} summaries (TTL {settings.cache_ttl_s} s); skipped {counts.errors} error rows "
        f"and {counts.stale} summaries of another version",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
