"""The routes: summaries over JSON and text/plain, caching headers, health, version, metrics."""

from __future__ import annotations

import re

import msgspec
import pytest
from litestar import Litestar
from litestar.testing import TestClient

from api.app import create_app
from extractors.pipeline import Article, Summarizer
from extractors.types import SCHEMA_VERSION, Summary
from tests.api.conftest import CountingSummarizer, client_for, make_settings

DATELINED = "date 2024-03-18 SEOUL. – North Korea has sent about 7,000 containers to Russia, officials said Monday."
PLAIN = "The city council approved the budget on Tuesday after a long debate."


def test_summary_returns_a_summary_with_id_etag_and_miss(memory_client: TestClient[Litestar]) -> None:
    response = memory_client.post("/v1/summaries", json={"text": DATELINED})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    summary = msgspec.json.decode(response.content, type=Summary)
    assert re.fullmatch(r"sha256:[0-9a-f]{64}", summary.id)
    assert response.headers["etag"] == f'"{summary.id}"'
    assert response.headers["x-cache"] == "miss"
    assert summary.version.schema == SCHEMA_VERSION


def test_summary_published_from_dateline_and_request(memory_client: TestClient[Litestar]) -> None:
    from_dateline = memory_client.post("/v1/summaries", json={"text": DATELINED}).json()
    assert (from_dateline["published"], from_dateline["published_from"]) == ("2024-03-18", "dateline")
    from_request = memory_client.post("/v1/summaries", json={"text": DATELINED, "published": "2024-03-20"}).json()
    assert (from_request["published"], from_request["published_from"]) == ("2024-03-20", "request")
    undated = memory_client.post("/v1/summaries", json={"text": PLAIN}).json()
    assert (undated["published"], undated["published_from"]) == (None, None)


def test_summary_published_accepts_an_iso_datetime_and_uses_its_own_date(
    memory_client: TestClient[Litestar],
) -> None:
    body = {"text": PLAIN, "published": "2024-03-18T23:30:00-05:00"}
    assert memory_client.post("/v1/summaries", json=body).json()["published"] == "2024-03-18"


def test_summary_identical_text_is_a_hit_with_the_same_bytes(memory_client: TestClient[Litestar]) -> None:
    first = memory_client.post("/v1/summaries", json={"text": PLAIN})
    second = memory_client.post("/v1/summaries", json={"text": PLAIN})
    assert (first.headers["x-cache"], second.headers["x-cache"]) == ("miss", "hit")
    assert first.content == second.content
    assert first.headers["etag"] == second.headers["etag"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ({"text": PLAIN, "published": "2024-03-18"}, {"text": PLAIN, "published": "2024-03-19"}),
        ({"text": PLAIN}, {"text": PLAIN, "published": "2024-03-19"}),
        ({"text": PLAIN, "title": "Budget"}, {"text": PLAIN, "title": "Budget passes"}),
        ({"text": PLAIN}, {"text": PLAIN + " "}),  # offsets point into the text as sent
    ],
)
def test_summary_different_inputs_get_different_keys(
    memory_client: TestClient[Litestar], a: dict[str, str], b: dict[str, str]
) -> None:
    first = memory_client.post("/v1/summaries", json=a)
    second = memory_client.post("/v1/summaries", json=b)
    assert first.headers["etag"] != second.headers["etag"]
    assert second.headers["x-cache"] == "miss"


def test_summary_language_en_is_accepted(memory_client: TestClient[Litestar]) -> None:
    assert memory_client.post("/v1/summaries", json={"text": PLAIN, "language": "en"}).status_code == 200


def test_summary_text_plain_body_is_the_article(memory_client: TestClient[Litestar]) -> None:
    as_text = memory_client.post("/v1/summaries", content=DATELINED.encode(), headers={"content-type": "text/plain"})
    as_json = memory_client.post("/v1/summaries", json={"text": DATELINED})
    assert as_text.status_code == 200
    assert as_text.json()["published"] == "2024-03-18"
    assert as_json.headers["etag"] == as_text.headers["etag"]  # the same article, so the same summary
    assert as_json.headers["x-cache"] == "hit"


def test_summary_text_plain_honours_its_charset(memory_client: TestClient[Litestar]) -> None:
    text = "Zürich's café owners said prices rose."
    response = memory_client.post(
        "/v1/summaries", content=text.encode("latin-1"), headers={"content-type": "text/plain; charset=latin-1"}
    )
    assert response.status_code == 200
    summary = response.json()
    for actor in summary["who"]:
        for mention in actor["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"]


def test_summary_offsets_point_into_the_text_as_sent(memory_client: TestClient[Litestar], seed_text: str) -> None:
    summary = memory_client.post("/v1/summaries", json={"text": seed_text}).json()
    spans = [m for actor in summary["who"] for m in actor["mentions"]] + [q["span"] for q in summary["quantities"]]
    spans += [d["span"] for d in summary["dates"]]
    for span in spans:
        assert seed_text[span["start"] : span["end"]] == span["text"]


def test_summary_if_none_match_gives_304_without_work(summarizer: Summarizer) -> None:
    counting = CountingSummarizer(summarizer)
    with client_for(create_app(make_settings(), summarizer=counting)) as client:
        etag = client.post("/v1/summaries", json={"text": PLAIN}).headers["etag"]
        again = client.post("/v1/summaries", json={"text": PLAIN}, headers={"if-none-match": etag})
        other = client.post("/v1/summaries", json={"text": PLAIN + "!"}, headers={"if-none-match": etag})
    assert again.status_code == 304
    assert again.headers["etag"] == etag
    assert again.content == b""
    assert other.status_code == 200
    assert counting.calls == 2


def test_summary_etag_is_the_pipeline_id(memory_client: TestClient[Litestar], summarizer: Summarizer) -> None:
    response = memory_client.post("/v1/summaries", json={"text": PLAIN, "published": "2024-01-02"})
    from datetime import date

    expected = summarizer.id_for(Article(text=PLAIN, published=date(2024, 1, 2)))
    assert response.headers["etag"] == f'"{expected}"'


def test_health_and_readiness(memory_client: TestClient[Litestar], summarizer: Summarizer) -> None:
    assert memory_client.get("/healthz").json() == {"status": "ok", "model": None, "cache": None}
    ready = memory_client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json() == {"status": "ok", "model": summarizer.version.model, "cache": "memory"}


@pytest.mark.redis
def test_readiness_reports_redis(redis_client: TestClient[Litestar]) -> None:
    assert redis_client.get("/readyz").json()["cache"] == "redis"


def test_readiness_reports_a_bypassed_redis(summarizer: Summarizer) -> None:
    from tests.api.conftest import spare_port

    settings = make_settings(redis_url=f"redis://127.0.0.1:{spare_port()}/0")  # nothing listens there
    with client_for(create_app(settings, summarizer=summarizer)) as client:
        ready = client.get("/readyz")
        summary = client.post("/v1/summaries", json={"text": PLAIN})
    assert (ready.status_code, ready.json()["cache"]) == (200, "redis-bypassed")
    assert (summary.status_code, summary.headers["x-cache"]) == (200, "bypass")


def test_version_names_pipeline_model_and_schema(memory_client: TestClient[Litestar], summarizer: Summarizer) -> None:
    body = memory_client.get("/v1/version").json()
    assert body["pipeline"] == summarizer.version.pipeline
    assert body["model"] == summarizer.version.model
    assert body["schema"] == SCHEMA_VERSION


def _sample(metrics: str, name: str, **labels: str) -> float:
    for line in metrics.splitlines():
        if line.startswith(name) and all(f'{k}="{v}"' in line for k, v in labels.items()):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


def test_metrics_count_requests_cache_results_and_extraction(memory_client: TestClient[Litestar]) -> None:
    before = memory_client.get("/metrics").text
    memory_client.post("/v1/summaries", json={"text": PLAIN + " metrics"})
    memory_client.post("/v1/summaries", json={"text": PLAIN + " metrics"})
    memory_client.post("/v1/summaries", json={"text": " "})
    after = memory_client.get("/metrics")
    assert after.headers["content-type"].startswith("text/plain")

    def delta(name: str, **labels: str) -> float:
        return _sample(after.text, name, **labels) - _sample(before, name, **labels)

    assert delta("newsum_requests_total", route="/v1/summaries", status="200") == 2
    assert delta("newsum_requests_total", route="/v1/summaries", status="422") == 1
    assert delta("newsum_cache_total", result="hit") == 1
    assert delta("newsum_cache_total", result="miss") == 1
    assert delta("newsum_extraction_seconds_count") == 1
    assert delta("newsum_request_duration_seconds_count", route="/v1/summaries") == 3


def test_schema_is_served(memory_client: TestClient[Litestar]) -> None:
    document = memory_client.get("/schema/openapi.json")
    assert document.status_code == 200
    assert document.json()["info"]["title"] == "newsum"
    assert memory_client.get("/schema").status_code == 200


def test_summary_a_nul_in_the_title_cannot_pass_for_a_field_boundary(memory_client: TestClient[Litestar]) -> None:
    # Hashed as 'title NUL text' without lengths, these two were one id: the second answer was
    # the first's summary, with every span pointing at the wrong characters.
    first = memory_client.post(
        "/v1/summaries", json={"title": "Report\u0000Russia denied", "text": " that 7,000 containers were sent."}
    )
    second = memory_client.post(
        "/v1/summaries", json={"title": "Report", "text": "Russia denied\u0000 that 7,000 containers were sent."}
    )
    assert first.headers["etag"] != second.headers["etag"]
    assert second.headers["x-cache"] == "miss"
    text = "Russia denied\u0000 that 7,000 containers were sent."
    for quantity in second.json()["quantities"]:
        assert text[quantity["span"]["start"] : quantity["span"]["end"]] == quantity["span"]["text"]
