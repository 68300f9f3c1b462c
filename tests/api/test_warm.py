"""``python -m api.warm``: summaries computed by the command line (the backfill's output) become
cache hits of the service, byte for byte; error rows and other versions are skipped."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest

from api.app import create_app
from api.settings import Settings, SettingsError
from api.warm import warm
from extractors.batch import ParquetSink, decode_line, jsonl_line, read_inputs, summarize_items
from extractors.pipeline import Article, Summarizer
from extractors.types import Version
from tests.api.conftest import client_for, make_settings

pytestmark = [pytest.mark.redis, pytest.mark.model]

ARTICLES = [
    '{"id": "a", "text": "Police in Lyon arrested three men on Friday, a spokesman said.", "published": "2024-05-03"}',
    '{"id": "b", "text": "The council voted on Tuesday to close two schools.", "title": "Schools"}',
    '{"id": "bad", "text": "x", "published": "2024-13-01"}',
]


def _backfill(tmp_path: Path, summarizer: Summarizer, parquet: bool) -> Path:
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(ARTICLES) + "\n", encoding="utf-8")
    records = list(summarize_items(summarizer, read_inputs([str(source)], jsonl=True), batch_size=8))
    if parquet:
        out = tmp_path / "out.parquet"
        sink = ParquetSink(str(out))
        for record in records:
            sink.write(record)
        sink.close()
    else:
        out = tmp_path / "out.jsonl"
        out.write_bytes(b"".join(jsonl_line(record) for record in records))
    return out


@pytest.mark.parametrize("parquet", [False, True], ids=["jsonl", "parquet"])
def test_warmed_summaries_are_hits(
    tmp_path: Path, summarizer: Summarizer, redis_url: str, key_prefix: str, parquet: bool
) -> None:
    output = _backfill(tmp_path, summarizer, parquet)
    settings = make_settings(redis_url=redis_url, key_prefix=key_prefix)
    counts = warm([str(output)], settings, version=summarizer.version)
    assert (counts.stored, counts.errors, counts.stale) == (2, 1, 0)
    with client_for(create_app(settings, summarizer=summarizer)) as client:
        answer = client.post(
            "/v1/summaries",
            json={"text": "Police in Lyon arrested three men on Friday, a spokesman said.", "published": "2024-05-03"},
        )
        assert answer.headers["x-cache"] == "hit"
        article = decode_line("-", 1, ARTICLES[0])[1]
        assert isinstance(article, Article)
        expected = summarizer.summarize(article)
        assert answer.content == msgspec.json.encode(expected)
        cold = client.post("/v1/summaries", json={"text": "The council voted on Tuesday to close two schools."})
        assert cold.headers["x-cache"] == "miss"  # same text, no title: another article, not warmed


def test_summaries_of_another_version_are_skipped(
    tmp_path: Path, summarizer: Summarizer, redis_url: str, key_prefix: str
) -> None:
    output = _backfill(tmp_path, summarizer, parquet=False)
    newer = Version(pipeline="9.9.9+000", model=summarizer.version.model, schema=summarizer.version.schema)
    counts = warm([str(output)], make_settings(redis_url=redis_url, key_prefix=key_prefix), version=newer)
    assert (counts.stored, counts.stale) == (0, 2)


def test_warm_needs_a_shared_cache(tmp_path: Path, summarizer: Summarizer) -> None:
    with pytest.raises(SettingsError, match="REDIS_URL"):
        warm([str(tmp_path / "none.jsonl")], Settings(workers=1), version=summarizer.version)
