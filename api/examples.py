"""Examples for every request and response in the OpenAPI document.

The summaries are real: ``api/example_data/seed-summary.json`` is what the pipeline answers for
the team's seed article (``seed-article.txt``, an AP wire story copied from shared/examples as
the project's founding fixture) and ``short-summary.json`` for the one-sentence article below.
``python -m api.openapi --examples`` writes them again from the pipeline, and a test fails when
they no longer match it.
"""

from __future__ import annotations

import json
from functools import cache
from http import HTTPStatus
from pathlib import Path
from typing import Any

import msgspec

from api import errors, exports
from api.metrics import CONTENT_TYPE as METRICS_CONTENT_TYPE
from extractors.types import PACKAGE_VERSION, Summary

DATA = Path(__file__).resolve().parent / "example_data"
SEED_TEXT_FILE = DATA / "seed-article.txt"
SEED_SUMMARY_FILE = DATA / "seed-summary.json"
SHORT_SUMMARY_FILE = DATA / "short-summary.json"
SHORT_TEXT = (
    "date 2024-03-18 SEOUL. – North Korea has sent Russia about 7,000 containers since last year, "
    "South Korea’s defense minister Shin Won-sik said Monday."
)
"""The article of README's example and of the short summary."""

_PROBLEMS: dict[int, errors.AppError] = {
    400: errors.MalformedBody("The body is not valid JSON: malformed JSON at byte 12."),
    401: errors.Unauthorized("This API needs a key: send 'Authorization: Bearer <key>' or 'X-API-Key: <key>'."),
    429: errors.RateLimited("Over the limit of 60 requests per 60 s (NEWSUM_RATE_LIMIT): retry after 12 s."),
    404: errors.SummaryNotFound("No cached summary has the id sha256:90907fce…: post the article again."),
    405: errors.MethodNotAllowed("Method Not Allowed"),
    408: errors.RequestTimeout("The body did not arrive within 30 s (NEWSUM_READ_TIMEOUT_S)."),
    413: errors.PayloadTooLarge("The request body exceeds the limit of 1048576 bytes (NEWSUM_MAX_BYTES)."),
    415: errors.UnsupportedMediaType(
        "Content-Type 'application/xml' is not accepted: send application/json or text/plain."
    ),
    422: errors.EmptyText("'text' is empty: send the article's text.", field="text"),
    500: errors.InternalError(),
    503: errors.ExtractionTimeout("The summary took longer than 30 s (NEWSUM_TIMEOUT_S): retry later."),
}


def problem_for(status: int) -> dict[str, Any]:
    """An example problem of this status: newsum's own kind where there is one, else RFC 9457's about:blank."""
    error = _PROBLEMS.get(status)
    if error is None:
        return {"type": "about:blank", "title": HTTPStatus(status).phrase, "status": status}
    return _plain(error.problem())


def _plain(value: errors.Problem) -> dict[str, Any]:
    plain: dict[str, Any] = json.loads(msgspec.json.encode(value))
    return plain


@cache
def seed_text() -> str:
    return SEED_TEXT_FILE.read_text(encoding="utf-8")


@cache
def seed_summary() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(SEED_SUMMARY_FILE.read_text(encoding="utf-8"))
    return loaded


@cache
def short_summary() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(SHORT_SUMMARY_FILE.read_text(encoding="utf-8"))
    return loaded


def _ndjson(*values: Any) -> str:
    return "".join(json.dumps(value, ensure_ascii=False) + "\n" for value in values)


def _one(summary: str, value: Any) -> dict[str, Any]:
    return {summary.split(":")[0]: {"summary": summary, "value": value}}


def _requests() -> dict[str, dict[str, dict[str, Any]]]:
    """operationId -> media type -> named examples of the request body."""
    empty = {"text": " "}
    return {
        "createSummary": {
            "application/json": _one("seed: the seed article, no date (the dateline gives it)", {"text": seed_text()}),
            "text/plain": _one("seed: the seed article as the whole body", seed_text()),
        },
        "createSummaryBatch": {
            "application/json": _one(
                "two: one article and one empty text", {"articles": [{"text": SHORT_TEXT}, empty]}
            ),
        },
        "streamSummaries": {
            "application/x-ndjson": _one(
                "three: three articles, one a line; the second is empty, the third a repeat",
                _ndjson({"text": SHORT_TEXT}, empty, {"text": SHORT_TEXT}),
            ),
        },
    }


def _empty_problem(index: int, field: str) -> dict[str, Any]:
    error = errors.EmptyText("'text' holds only whitespace: send the article's text.", field=field)
    return _plain(error.problem(index=index))


def _responses() -> dict[str, dict[str, dict[str, dict[str, Any]]]]:
    """operationId -> status -> media type -> named examples of the response body."""
    version = seed_summary()["version"]
    short = short_summary()
    return {
        "createSummary": {"200": {"application/json": _one("seed: the seed article's summary", seed_summary())}},
        "createSummaryBatch": {
            "200": {
                "application/json": _one(
                    "two: a summary, and a problem for the empty text",
                    {"results": [short, _empty_problem(1, "articles[1].text")]},
                )
            }
        },
        "streamSummaries": {
            "200": {
                "application/x-ndjson": _one(
                    "three: one answer a line, in input order",
                    _ndjson(short, _empty_problem(1, "text"), short),
                )
            }
        },
        "getSummary": {"200": {"application/json": _fetched()}},
        "getHealth": {"200": {"application/json": _one("ok: the process is up", {"status": "ok"})}},
        "getReadiness": {
            "200": {
                "application/json": _one(
                    "ok: ready, with the embedded cache",
                    {"status": "ok", "model": version["model"], "cache": "memory"},
                )
            },
            "503": {
                "application/json": _one(
                    "starting: the model is loading", {"status": "unavailable", "model": None, "cache": None}
                )
            },
        },
        "getVersion": {
            "200": {
                "application/json": _one(
                    "current: what answers requests",
                    {
                        "package": PACKAGE_VERSION,
                        "pipeline": version["pipeline"],
                        "model": version["model"],
                        "schema": version["schema"],
                    },
                )
            }
        },
        "getMetrics": {
            "200": {
                METRICS_CONTENT_TYPE: _one(
                    "some: a few of the series",
                    "# HELP newsum_requests_total HTTP requests answered.\n# TYPE newsum_requests_total counter\n"
                    'newsum_requests_total{method="POST",route="/v1/summaries",status="200"} 3.0\n',
                )
            }
        },
    }


def _fetched() -> dict[str, dict[str, Any]]:
    """The seed article's summary fetched by id in each format."""
    summary = seed_summary()
    article = exports.StoredArticle(text=seed_text())
    decoded = msgspec.convert(summary, Summary)
    ninjs = json.loads(msgspec.json.encode(exports.to_ninjs(decoded, article)))
    displacy = json.loads(msgspec.json.encode(exports.to_displacy(decoded, article)))
    return {
        "json": {
            "summary": "json: the summary and the article it was made from",
            "value": {"id": summary["id"], "article": {"text": seed_text()}, "summary": summary},
        },
        "ninjs": {"summary": "ninjs: the same as an IPTC ninjs 2.2 news item", "value": ninjs},
        "displacy": {"summary": "displacy: the same as displaCy's manual-render input", "value": displacy},
    }


PARAMETERS: dict[str, Any] = {
    "offsets": "utf16",
    "format": "ninjs",
    "summary_id": "sha256:2b14052461aa016473d077bcbbbe7e644af030ead7d92043c1f6c8ae8dbb60bf",
    "If-None-Match": '"sha256:2b14052461aa016473d077bcbbbe7e644af030ead7d92043c1f6c8ae8dbb60bf"',
}
"""An example value for each parameter, by name."""


def add_to_operation(operation: dict[str, Any]) -> None:
    """Examples for the operation's parameters, request body and every response that has a body."""
    name = operation.get("operationId", "")
    for parameter in operation.get("parameters", []):
        if parameter["name"] in PARAMETERS:
            parameter["example"] = PARAMETERS[parameter["name"]]
    body = operation.get("requestBody", {}).get("content", {})
    for media_type, named in _requests().get(name, {}).items():
        if media_type in body:
            body[media_type]["examples"] = named
    answers = _responses().get(name, {})
    for status, response in operation.get("responses", {}).items():
        for media_type, content in response.get("content", {}).items():
            example = answers.get(status, {}).get(media_type)
            if example is None and media_type == errors.PROBLEM_MEDIA_TYPE:
                problem = problem_for(int(status))
                example = _one(f"{problem['title'].lower()}: an example", problem)
            if example is not None:
                content["examples"] = example
