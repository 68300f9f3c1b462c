"""Language, CORS, request ids and gzip over HTTP, against ``python -m api`` and the real Redis."""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator

import httpx
import pytest

from api.errors import PROBLEM_BASE
from tests.api.conftest import RUN_PREFIX, assert_problem
from tests.api.live import LiveServer, live_server

pytestmark = [pytest.mark.redis, pytest.mark.model]

ORIGIN = "https://cms.example.org"
# Written for these tests (not from any corpus): news paragraphs in German, French and Spanish.
GERMAN = (
    "Die Bundesregierung hat am Montag beschlossen, dass die Renten im kommenden Jahr um 3,5 Prozent "
    "steigen sollen. Das teilte ein Sprecher des Arbeitsministeriums in Berlin mit. Die Opposition "
    "kritisierte, dass die Erhöhung die gestiegenen Preise nicht ausgleiche."
)
FRENCH = (
    "Le gouvernement a annoncé lundi que les retraites augmenteront de 3,5 % l'année prochaine, a indiqué "
    "un porte-parole du ministère du Travail à Paris. L'opposition estime que cette hausse ne compense pas "
    "l'inflation."
)
SPANISH = (
    "El Gobierno anunció el lunes que las pensiones subirán un 3,5 % el próximo año, según informó un "
    "portavoz del Ministerio de Trabajo en Madrid. La oposición criticó que la subida no compensa la inflación."
)
ENGLISH = (
    "The government said on Monday that pensions will rise by 3.5 percent next year, a spokesman for the "
    "labour ministry told reporters in London. The opposition said the increase would not make up for inflation."
)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, redis_url: str) -> Iterator[LiveServer]:
    env = {"REDIS_URL": redis_url, "NEWSUM_KEY_PREFIX": f"{RUN_PREFIX}-newsroom", "NEWSUM_CORS_ORIGINS": ORIGIN}
    with live_server(tmp_path_factory.mktemp("newsroom"), **env) as live:
        yield live


@pytest.fixture(scope="module")
def client(server: LiveServer) -> Iterator[httpx.Client]:
    with server.client() as client:
        yield client


# -- language -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "code"), [(GERMAN, "de"), (FRENCH, "fr"), (SPANISH, "es")])
def test_language_other_languages_get_a_422_naming_the_language(client: httpx.Client, text: str, code: str) -> None:
    problem = assert_problem(client.post("/v1/summaries", json={"text": text}), 422, "unsupported-language")
    assert f"'{code}'" in problem["detail"]
    assert problem["field"] == "text"
    # text/plain bodies are screened too, and nothing was cached: the same text is refused again.
    plain = client.post("/v1/summaries", content=text.encode(), headers={"Content-Type": "text/plain"})
    assert_problem(plain, 422, "unsupported-language")


def test_language_declared_english_is_summarised_as_asked(client: httpx.Client) -> None:
    # Its own text: a summary made on request is cached, and served to whoever sends the same text.
    response = client.post("/v1/summaries", json={"text": GERMAN + " Ende.", "language": "en"})
    assert response.status_code == 200
    assert response.json()["language"] == "en"


def test_language_english_and_short_texts_are_summarised(client: httpx.Client) -> None:
    for text in (ENGLISH, "Merkel said nein.", "Paris, 3 mars."):
        response = client.post("/v1/summaries", json={"text": text})
        assert response.status_code == 200, (text, response.text)


def test_language_in_a_batch_refuses_only_the_foreign_article(client: httpx.Client) -> None:
    articles = [{"text": ENGLISH + " Batch."}, {"text": GERMAN}, {"text": FRENCH, "language": "en"}]
    results = client.post("/v1/summaries/batch", json={"articles": articles}).json()["results"]
    assert "id" in results[0] and "id" in results[2]
    assert (results[1]["type"], results[1]["index"]) == (PROBLEM_BASE + "unsupported-language", 1)
    assert "'de'" in results[1]["detail"]


def test_language_in_a_stream_refuses_only_the_foreign_line(client: httpx.Client) -> None:
    lines = [json.dumps({"text": SPANISH}), json.dumps({"text": ENGLISH + " Stream."})]
    response = client.post(
        "/v1/summaries/stream", content="\n".join(lines).encode(), headers={"Content-Type": "application/x-ndjson"}
    )
    answers = [json.loads(line) for line in response.text.splitlines()]
    assert answers[0]["type"] == PROBLEM_BASE + "unsupported-language" and "'es'" in answers[0]["detail"]
    assert "id" in answers[1]


# -- CORS -----------------------------------------------------------------------------------------


def test_cors_preflight_from_a_configured_origin(client: httpx.Client) -> None:
    response = client.options(
        "/v1/summaries",
        headers={
            "Origin": ORIGIN,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type, authorization",
        },
    )
    assert response.status_code in (200, 204)
    assert response.headers["access-control-allow-origin"] == ORIGIN
    assert "POST" in response.headers["access-control-allow-methods"]
    assert "authorization" in response.headers["access-control-allow-headers"].lower()


def test_cors_answers_and_errors_carry_the_origin_and_exposed_headers(client: httpx.Client) -> None:
    ok = client.post("/v1/summaries", json={"text": ENGLISH}, headers={"Origin": ORIGIN})
    assert ok.headers["access-control-allow-origin"] == ORIGIN
    exposed = {h.strip().lower() for h in ok.headers["access-control-expose-headers"].split(",")}
    assert {"etag", "x-cache", "x-request-id", "retry-after"} <= exposed
    problem = client.post("/v1/summaries", json={"text": ""}, headers={"Origin": ORIGIN})
    assert problem.status_code == 422
    assert problem.headers["access-control-allow-origin"] == ORIGIN


def test_cors_other_origins_get_no_cors_headers(client: httpx.Client) -> None:
    response = client.post("/v1/summaries", json={"text": ENGLISH}, headers={"Origin": "https://evil.example.com"})
    assert "access-control-allow-origin" not in response.headers
    preflight = client.options(
        "/v1/summaries", headers={"Origin": "https://evil.example.com", "Access-Control-Request-Method": "POST"}
    )
    assert "access-control-allow-origin" not in preflight.headers


# -- request ids ----------------------------------------------------------------------------------


def test_request_id_is_echoed_or_generated_and_logged(server: LiveServer, client: httpx.Client) -> None:
    echoed = client.get("/healthz", headers={"X-Request-ID": "cms-4711.abc"})
    assert echoed.headers["x-request-id"] == "cms-4711.abc"
    generated = {client.get("/healthz").headers["x-request-id"] for _ in range(3)}
    assert len(generated) == 3 and all(re.fullmatch(r"[0-9a-f]{32}", g) for g in generated)
    # An id that could forge log lines or headers is replaced, not echoed.
    replaced = client.get("/healthz", headers={"X-Request-ID": "x" * 200}).headers["x-request-id"]
    assert re.fullmatch(r"[0-9a-f]{32}", replaced)
    problem = client.post("/v1/summaries", json={"text": GERMAN}, headers={"X-Request-ID": "refused-de-1"})
    assert problem.headers["x-request-id"] == "refused-de-1"
    assert client.get("/no/such/route", headers={"X-Request-ID": "r404"}).headers["x-request-id"] == "r404"
    log = _wait_for(server, "r404")
    lines = [line for line in log.splitlines() if "[cms-4711.abc]" in line]
    assert lines and "GET /healthz 200" in lines[0]
    assert any("[refused-de-1]" in line and "POST /v1/summaries 422" in line for line in log.splitlines())


def _wait_for(server: LiveServer, needle: str, within_s: float = 5) -> str:
    import time

    deadline = time.monotonic() + within_s
    while True:
        log = server.log()
        if needle in log or time.monotonic() > deadline:
            return log
        time.sleep(0.1)


# -- gzip -----------------------------------------------------------------------------------------


def test_gzip_large_answers_for_clients_that_accept_it(client: httpx.Client, seed_text: str) -> None:
    body = {"text": seed_text}
    raw = client.post("/v1/summaries", json=body, headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in raw.headers
    with httpx.Client(base_url=str(client.base_url), timeout=30) as plain:
        request = plain.build_request("POST", "/v1/summaries", json=body, headers={"Accept-Encoding": "gzip"})
        zipped = plain.send(request, stream=True)
        compressed = b"".join(zipped.iter_raw())
    assert zipped.headers["content-encoding"] == "gzip"
    assert gzip.decompress(compressed) == raw.content
    assert len(compressed) < len(raw.content) / 2
    small = client.get("/healthz", headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in small.headers  # under the threshold: not worth compressing
