"""Fetch by id and the exports (ninjs 2.2, displaCy), over HTTP against ``python -m api`` and the real Redis."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest
import redis

from tests.api.conftest import RUN_PREFIX, assert_problem
from tests.api.live import LiveServer, live_server

pytestmark = [pytest.mark.redis, pytest.mark.model]

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
NINJS_SCHEMA = json.loads((FIXTURES / "ninjs" / "ninjs-schema_2.2.json").read_text(encoding="utf-8"))
PREFIX = f"{RUN_PREFIX}-exports"

OTHER = (
    "LONDON (Reuters) - The Bank of England raised interest rates by 0.25 percentage points to 5.25% on Thursday, "
    "Governor Andrew Bailey said. The opposition Labour Party rejected claims by the Treasury that the rise "
    "would cost families only 20 pounds a month."
)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, redis_url: str) -> Iterator[LiveServer]:
    # No in-process front (NEWSUM_CACHE_SIZE=0): what Redis loses is gone.
    env = {"REDIS_URL": redis_url, "NEWSUM_KEY_PREFIX": PREFIX, "NEWSUM_CACHE_SIZE": "0"}
    with live_server(tmp_path_factory.mktemp("exports"), **env) as live:
        yield live


@pytest.fixture(scope="module")
def client(server: LiveServer) -> Iterator[httpx.Client]:
    with server.client() as client:
        yield client


@pytest.fixture(scope="module")
def seed(client: httpx.Client, seed_text: str) -> dict[str, Any]:
    response = client.post("/v1/summaries", json={"text": seed_text, "title": "N. Korea sent arms, Seoul says"})
    assert response.status_code == 200, response.text
    summary: dict[str, Any] = response.json()
    return summary


def test_fetch_by_id_returns_the_summary_and_its_article(
    client: httpx.Client, seed: dict[str, Any], seed_text: str
) -> None:
    response = client.get(f"/v1/summaries/{seed['id']}")
    assert response.status_code == 200, response.text
    assert response.headers["etag"] == f'"{seed["id"]}"'
    record = response.json()
    assert record["id"] == seed["id"]
    assert record["summary"] == seed
    assert record["article"] == {"text": seed_text, "title": "N. Korea sent arms, Seoul says"}
    for actor in record["summary"]["who"]:  # the offsets point into the stored text
        for mention in actor["mentions"]:
            assert record["article"]["text"][mention["start"] : mention["end"]] == mention["text"]


def test_fetch_by_id_answers_304_to_its_etag(client: httpx.Client, seed: dict[str, Any]) -> None:
    response = client.get(f"/v1/summaries/{seed['id']}", headers={"If-None-Match": f'"{seed["id"]}"'})
    assert response.status_code == 304
    assert response.content == b""


def test_fetch_by_id_of_batch_articles_with_their_dates(client: httpx.Client) -> None:
    articles = [{"text": OTHER, "published": "2023-08-03T12:00:00+01:00"}, {"text": "The mayor resigned on Friday."}]
    results = client.post("/v1/summaries/batch", json={"articles": articles}).json()["results"]
    for article, result in zip(articles, results, strict=True):
        record = client.get(f"/v1/summaries/{result['id']}").json()
        assert record["summary"] == result
        assert record["article"]["text"] == article["text"]
    assert client.get(f"/v1/summaries/{results[0]['id']}").json()["article"]["published"] == "2023-08-03"


@pytest.mark.parametrize("summary_id", ["sha256:" + "0" * 64, "sha256:abc", "not-an-id", "SHA256:" + "A" * 64])
def test_fetch_by_id_unknown_or_malformed_is_a_404_problem(client: httpx.Client, summary_id: str) -> None:
    assert_problem(client.get(f"/v1/summaries/{summary_id}"), 404, "summary-not-found")


def test_fetch_by_id_when_gone_from_redis_is_a_404_problem(client: httpx.Client, redis_url: str) -> None:
    text = "The harbour authority closed the port on Sunday after a storm, a spokeswoman said."
    summary_id = client.post("/v1/summaries", json={"text": text}).json()["id"]
    keys = redis.Redis.from_url(redis_url)
    found = [key for key in keys.scan_iter(match=f"{PREFIX}:*{summary_id.removeprefix('sha256:')}*")]
    assert len(found) == 2  # the summary and its article, side by side
    ttls = sorted(keys.ttl(key) for key in found)
    assert ttls[1] - ttls[0] <= 1  # stored together, kept as long
    keys.delete(*found)
    keys.close()
    problem = assert_problem(client.get(f"/v1/summaries/{summary_id}"), 404, "summary-not-found")
    assert "again" in problem["detail"]


def test_fetch_by_id_rejects_an_unknown_format(client: httpx.Client, seed: dict[str, Any]) -> None:
    response = client.get(f"/v1/summaries/{seed['id']}", params={"format": "xml"})
    problem = assert_problem(response, 422, "invalid-field")
    assert problem["field"] == "format"
    assert "xml" in problem["detail"]


@pytest.mark.parametrize("title", [True, False])
def test_ninjs_validates_against_the_iptc_schema(client: httpx.Client, title: bool) -> None:
    body: dict[str, Any] = {"text": OTHER}
    if title:
        body["title"] = "BoE raises rates to 5.25%"
    summary = client.post("/v1/summaries", json=body).json()
    response = client.get(f"/v1/summaries/{summary['id']}", params={"format": "ninjs"})
    assert response.status_code == 200, response.text
    document = response.json()
    validator = jsonschema.Draft202012Validator(NINJS_SCHEMA, format_checker=jsonschema.FormatChecker())
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(document)]
    assert errors == []
    assert document["uri"] == f"urn:newsum:{summary['id']}"
    assert document["language"] == "en"
    assert document["bodies"][0]["value"] == OTHER
    roles = {h["role"]: h["value"] for h in document["headlines"]}
    if title:
        assert roles == {"main": body["title"], "generated": summary["headline"]}
    else:
        assert roles == {"main": summary["headline"]}
    # Every actor of the summary is in exactly one ninjs list, by its type.
    lists = {"person": "people", "organization": "organisations", "location": "places", "group": "subjects"}
    for actor in summary["who"]:
        entries = document.get(lists[actor["type"]], [])
        assert {"name": actor["name"], "literal": actor["name"]}.items() <= next(
            e for e in entries if e["name"] == actor["name"]
        ).items()
    named_sources = {s["source"] for s in summary["sources"] if s["source"] and s["source_type"] != "unnamed"}
    assert {s["name"] for s in document.get("infosources", [])} == named_sources


def test_ninjs_marks_sources_and_actors_by_rel(client: httpx.Client, seed: dict[str, Any]) -> None:
    document = client.get(f"/v1/summaries/{seed['id']}", params={"format": "ninjs"}).json()
    validator = jsonschema.Draft202012Validator(NINJS_SCHEMA, format_checker=jsonschema.FormatChecker())
    assert list(validator.iter_errors(document)) == []
    rels = {e["name"]: e["rel"] for key in ("people", "organisations", "places") for e in document.get(key, [])}
    sources = {s["source"] for s in seed["sources"] if s["source"]}
    actors = {e["actor"] for e in seed["what"] if e["actor"]}
    for name, rel in rels.items():
        expected = "source" if name in sources else "actor" if name in actors else "mentioned"
        assert rel == expected, name
    assert "source" in rels.values()
    assert any(d["role"] == "sourcing" and d["value"].startswith("Sourced to ") for d in document["descriptions"])


def test_displacy_export_renders_with_spacy(client: httpx.Client, seed: dict[str, Any], seed_text: str) -> None:
    from spacy import displacy

    document = client.get(f"/v1/summaries/{seed['id']}", params={"format": "displacy"}).json()
    assert document["text"] == seed_text
    ents = document["ents"]
    assert ents, "the seed article has people, places, numbers and dates"
    assert all(a["end"] <= b["start"] for a, b in itertools.pairwise(ents))  # sorted, no overlap
    labels = {"person": "PERSON", "organization": "ORG", "location": "LOC", "group": "GROUP"}
    spans = {(m["start"], m["end"], labels[a["type"]]) for a in seed["who"] for m in a["mentions"]}
    spans |= {(q["span"]["start"], q["span"]["end"], "QUANTITY") for q in seed["quantities"]}
    spans |= {(d["span"]["start"], d["span"]["end"], "DATE") for d in seed["dates"]}
    spans |= {
        (s["source_span"]["start"], s["source_span"]["end"], "SOURCE") for s in seed["sources"] if s["source_span"]
    }
    spans |= {(d["cue_span"]["start"], d["cue_span"]["end"], "DENIAL") for d in seed["denials"]}
    assert {(e["start"], e["end"], e["label"]) for e in ents} <= spans
    html = displacy.render(document, style="ent", manual=True, page=False, jupyter=False)
    for ent in ents[:10]:
        assert seed_text[ent["start"] : ent["end"]].replace("&", "&amp;") in html


def test_fetch_by_id_converts_offsets_like_the_post(client: httpx.Client) -> None:
    text = "Die 🎉 party: the mayor of Łódź said on Monday that 300 people came. 😀 Police agreed."
    posted = client.post("/v1/summaries", params={"offsets": "utf16"}, json={"text": text}).json()
    fetched = client.get(f"/v1/summaries/{posted['id']}", params={"offsets": "utf16"}).json()
    assert fetched["summary"] == posted
    assert posted["offsets"] == "utf16"
    default = client.get(f"/v1/summaries/{posted['id']}").json()["summary"]
    assert default["offsets"] == "codepoint"
