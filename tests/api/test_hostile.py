"""Hostile bytes over HTTP: strict UTF-8 with the byte offset, a BOM never inside a span, nothing lost."""

from __future__ import annotations

import json

from litestar import Litestar
from litestar.testing import TestClient

from api.app import create_app
from api.errors import PROBLEM_BASE
from extractors.pipeline import Summarizer
from tests.api.conftest import client_for, make_settings
from tests.spans import walk_spans

GOOD = "Dmitry Peskov said the talks in Ankara had failed."


def test_hostile_bad_utf8_in_a_json_string_is_400_naming_the_byte(memory_client: TestClient[Litestar]) -> None:
    body = b'{"title": "t", "text": "Caf\xe9 owners said prices rose."}'
    response = memory_client.post("/v1/summaries", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 400
    problem = response.json()
    assert problem["type"] == PROBLEM_BASE + "malformed-body"
    assert f"at byte {body.index(0xE9)}" in problem["detail"]


def test_hostile_bom_before_json_is_ignored_and_one_in_the_text_stays_out_of_spans(
    memory_client: TestClient[Litestar],
) -> None:
    plain = memory_client.post(
        "/v1/summaries",
        content=b"\xef\xbb\xbf" + json.dumps({"text": GOOD}).encode(),
        headers={"content-type": "application/json"},
    )
    assert plain.status_code == 200, plain.text
    text = "\ufeff" + GOOD
    for response in (
        memory_client.post("/v1/summaries", json={"text": text}),
        memory_client.post(
            "/v1/summaries", content=text.encode(), headers={"content-type": "text/plain; charset=utf-8"}
        ),
    ):
        assert response.status_code == 200, response.text
        spans = list(walk_spans(response.json()))
        assert spans
        for span in spans:
            assert text[span["start"] : span["end"]] == span["text"]  # offsets count the BOM as sent
            assert "\ufeff" not in span["text"]
        assert any(span["text"] == "Dmitry Peskov" and span["start"] == 1 for span in spans)


def test_hostile_batch_answers_every_article_around_bad_bytes(memory_client: TestClient[Litestar]) -> None:
    body = b'{"articles": [{"text": "%s"}, {"text": "Caf\xe9 au lait."}, {"text": "%s"}]}' % (
        GOOD.encode(),
        GOOD.upper().encode(),
    )
    response = memory_client.post("/v1/summaries/batch", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert len(results) == 3
    assert "id" in results[0] and "id" in results[2]
    assert results[1]["type"] == PROBLEM_BASE + "malformed-body" and results[1]["index"] == 1
    assert "at byte 13" in results[1]["detail"] and "articles[1]" in results[1]["detail"]


def test_hostile_stream_answers_every_line_after_bad_bytes(memory_client: TestClient[Litestar]) -> None:
    lines = [
        b"\xef\xbb\xbf" + json.dumps({"text": GOOD}).encode(),  # a BOM on the first line
        b'{"text": "Caf\xe9 au lait."}',
        b'{"text": "\xff\xfe\xfd"}',
        json.dumps({"text": "\ufeff" + GOOD}).encode(),
    ]
    response = memory_client.post(
        "/v1/summaries/stream", content=b"\n".join(lines) + b"\n", headers={"content-type": "application/x-ndjson"}
    )
    assert response.status_code == 200
    answers = [json.loads(line) for line in response.text.splitlines()]
    assert [("id" in a, a.get("index")) for a in answers] == [(True, None), (False, 1), (False, 2), (True, None)]
    assert "at byte 13" in answers[1]["detail"]


def test_hostile_articles_over_the_char_or_token_limit_are_413_before_parsing(summarizer: Summarizer) -> None:
    settings = make_settings(max_chars=4000, max_tokens=500)
    with client_for(create_app(settings, summarizer=summarizer)) as client:
        long_text = "The council met. " * 300  # 5,100 characters
        dense = "1," * 600  # 1,200 characters, about 1,200 tokens
        for text, limit in ((long_text, "NEWSUM_MAX_CHARS"), (dense, "NEWSUM_MAX_TOKENS")):
            response = client.post("/v1/summaries", json={"text": text})
            assert response.status_code == 413, response.text
            problem = response.json()
            assert problem["type"] == PROBLEM_BASE + "payload-too-large" and limit in problem["detail"]
            assert problem["field"] == "text"
            plain = client.post("/v1/summaries", content=text, headers={"content-type": "text/plain"})
            assert plain.status_code == 413
        ok = client.post("/v1/summaries", json={"text": "The council met. " * 20})
        assert ok.status_code == 200
        batch = client.post("/v1/summaries/batch", json={"articles": [{"text": GOOD}, {"text": dense}]})
        results = batch.json()["results"]
        assert "id" in results[0] and results[1]["status"] == 413 and results[1]["field"] == "articles[1].text"
        stream = client.post(
            "/v1/summaries/stream",
            content=b"\n".join(json.dumps({"text": t}).encode() for t in (dense, GOOD)),
            headers={"content-type": "application/x-ndjson"},
        )
        answers = [json.loads(line) for line in stream.text.splitlines()]
        assert answers[0]["status"] == 413 and "id" in answers[1]


def test_hostile_a_batch_is_limited_in_bytes_as_a_whole(summarizer: Summarizer) -> None:
    with client_for(create_app(make_settings(max_bytes=20_000), summarizer=summarizer)) as client:
        articles = [{"text": "The council met on Monday. " * 30} for _ in range(40)]  # ~33 KB in all
        response = client.post("/v1/summaries/batch", json={"articles": articles})
    assert response.status_code == 413
    assert response.json()["type"] == PROBLEM_BASE + "payload-too-large"
