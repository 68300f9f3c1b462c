"""The committed OpenAPI document matches the app, and documents every route and field."""

from __future__ import annotations

import json
from typing import Any

from litestar import Litestar
from litestar.testing import TestClient

from api.openapi import COMMAND, DOCUMENT, render


def test_openapi_committed_document_is_current() -> None:
    committed = DOCUMENT.read_text(encoding="utf-8") if DOCUMENT.exists() else ""
    assert committed == render(), f"openapi/openapi.json is out of date: run `{COMMAND}` and commit the result"


def test_openapi_served_document_equals_the_committed_one(memory_client: TestClient[Litestar]) -> None:
    served = memory_client.get("/schema/openapi.json").json()
    assert served == json.loads(DOCUMENT.read_text(encoding="utf-8"))


def _operations(document: dict[str, Any]) -> list[dict[str, Any]]:
    return [op for path in document["paths"].values() for op in path.values()]


def test_openapi_every_route_has_an_operation_id_and_tags() -> None:
    document = json.loads(render())
    ids = [op.get("operationId") for op in _operations(document)]
    assert sorted(ids) == sorted(
        [
            "createSummary",
            "createSummaryBatch",
            "getSummary",
            "streamSummaries",
            "getHealth",
            "getReadiness",
            "getVersion",
            "getMetrics",
        ]
    )
    assert all(op.get("tags") for op in _operations(document))


def test_openapi_request_fields_carry_descriptions_and_bounds() -> None:
    schemas = json.loads(render())["components"]["schemas"]
    request = schemas["SummaryRequest"]
    assert request["required"] == ["text"]
    assert request["properties"]["text"]["minLength"] == 1
    for name in ("text", "title", "published", "language"):
        assert request["properties"][name]["description"]
    assert schemas["BatchRequest"]["properties"]["articles"]["maxItems"] == 64
    assert schemas["Span"]["properties"]["start"]["description"]


def test_openapi_summary_accepts_json_and_text_and_errors_are_problems() -> None:
    operation = json.loads(render())["paths"]["/v1/summaries"]["post"]
    assert set(operation["requestBody"]["content"]) == {"application/json", "text/plain"}
    for status in ("400", "413", "415", "422", "503"):
        content = operation["responses"][status]["content"]
        assert content["application/problem+json"]["schema"] == {"$ref": "#/components/schemas/Problem"}
    assert set(operation["responses"]["200"]["headers"]) == {"X-Cache", "ETag"}


def test_openapi_references_all_resolve() -> None:
    document = json.loads(render())
    refs: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("$ref"), str):
                refs.append(node["$ref"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(document)
    assert refs
    for ref in refs:
        assert ref.removeprefix("#/components/schemas/") in document["components"]["schemas"], ref
