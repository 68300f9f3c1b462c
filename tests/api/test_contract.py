"""The contract client generators read: required fields, one type per enum, formats, examples,
headers, problems; the docs page works offline; the examples are the pipeline's real answers."""

from __future__ import annotations

import json
import re
from typing import Any

import msgspec
import pytest
from litestar import Litestar
from litestar.testing import TestClient

from api import examples
from api.contract import NAMED_ENUMS
from api.errors import Problem
from api.openapi import COMMAND, example_summaries, render
from extractors.pipeline import Article, Summarizer

DOCUMENT: dict[str, Any] = json.loads(render())
SCHEMAS: dict[str, Any] = DOCUMENT["components"]["schemas"]


def operations() -> list[tuple[str, str, dict[str, Any]]]:
    return [(path, method, op) for path, item in DOCUMENT["paths"].items() for method, op in item.items()]


def walk(node: Any) -> Any:
    yield node
    if isinstance(node, dict):
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)


def test_contract_fields_always_sent_are_required() -> None:
    # Every Summary field is always in the answer, so a generated client must not make it optional.
    summary = examples.seed_summary()
    assert sorted(SCHEMAS["Summary"]["required"]) == sorted(summary)
    for name in ("Actor", "Event", "Quantity", "DateMention", "Attribution", "Denial", "Span", "Sourcing", "Health"):
        assert set(SCHEMAS[name]["required"]) == set(SCHEMAS[name]["properties"]), name
    # Problem omits what it does not have: only those three are always there.
    assert SCHEMAS["Problem"]["required"] == ["status", "title", "type"]
    # A request's optional fields stay optional.
    assert SCHEMAS["SummaryRequest"]["required"] == ["text"]


def test_contract_each_enum_is_one_named_schema() -> None:
    for name, values in NAMED_ENUMS.items():
        assert SCHEMAS[name]["enum"] == list(values), name
    inline = [node for node in walk(SCHEMAS) if isinstance(node, dict) and "enum" in node and "title" not in node]
    assert inline == []
    change = SCHEMAS["Quantity"]["properties"]["change"]
    assert change["oneOf"] == [{"$ref": "#/components/schemas/QuantityChange"}, {"type": "null"}]
    for path in ("/v1/summaries", "/v1/summaries/batch", "/v1/summaries/stream"):
        (offsets,) = [p for p in DOCUMENT["paths"][path]["post"]["parameters"] if p["name"] == "offsets"]
        assert offsets["schema"]["$ref"] == "#/components/schemas/OffsetUnit"
    assert len({frozenset(values) for values in NAMED_ENUMS.values()}) == len(NAMED_ENUMS)


def test_contract_dates_have_format_date() -> None:
    published = SCHEMAS["Summary"]["properties"]["published"]["oneOf"]
    assert {"type": "string", "format": "date"} in published
    assert SCHEMAS["Interval"]["properties"]["start"]["format"] == "date"


def test_contract_every_request_and_response_body_has_an_example() -> None:
    missing = []
    for path, method, op in operations():
        for media, content in op.get("requestBody", {}).get("content", {}).items():
            if not content.get("examples"):
                missing.append(f"{method} {path} request {media}")
        for status, response in op["responses"].items():
            for media, content in response.get("content", {}).items():
                if not content.get("examples"):
                    missing.append(f"{method} {path} {status} {media}")
        for parameter in op.get("parameters", []):
            if "example" not in parameter and "examples" not in parameter:
                missing.append(f"{method} {path} parameter {parameter['name']}")
    assert missing == [], f"add examples in api/examples.py for: {missing}"


def test_contract_every_error_is_a_problem_and_every_operation_documents_500() -> None:
    for path, method, op in operations():
        assert "500" in op["responses"], (method, path)
        for status, response in op["responses"].items():
            if int(status) >= 400 and path != "/readyz":
                assert set(response["content"]) == {"application/problem+json"}, (method, path, status)
                for example in response["content"]["application/problem+json"]["examples"].values():
                    assert example["value"]["status"] == int(status)
                    msgspec.convert(example["value"], Problem)


def test_contract_headers_and_metadata() -> None:
    summary = DOCUMENT["paths"]["/v1/summaries"]["post"]
    assert {p["name"] for p in summary["parameters"]} == {"offsets", "If-None-Match"}
    assert set(summary["responses"]["200"]["headers"]) == {"ETag", "X-Cache"}
    assert set(summary["responses"]["304"]["headers"]) == {"ETag"}
    assert summary["responses"]["503"]["headers"]["Retry-After"]["schema"]["type"] == "integer"
    assert DOCUMENT["info"]["license"]["identifier"] == "MIT"
    assert [server["url"] for server in DOCUMENT["servers"]] == ["/", "http://127.0.0.1:8000"]
    assert {tag["name"] for tag in DOCUMENT["tags"]} == {"summaries", "operations"}
    assert "VersionInfo" not in SCHEMAS


def test_contract_stream_bodies_are_lines_with_their_item_schema() -> None:
    stream = DOCUMENT["paths"]["/v1/summaries/stream"]["post"]
    body = stream["requestBody"]["content"]["application/x-ndjson"]["schema"]
    assert body["contentSchema"] == {"$ref": "#/components/schemas/SummaryRequest"}
    answer = stream["responses"]["200"]["content"]["application/x-ndjson"]
    assert answer["schema"]["format"] == "binary"
    lines = answer["examples"]["three"]["value"].splitlines()
    assert [json.loads(line).get("index") for line in lines] == [None, 1, None]


def test_contract_docs_page_loads_nothing_from_elsewhere(memory_client: TestClient[Litestar]) -> None:
    page = memory_client.get("/schema")
    assert page.status_code == 200
    sources = re.findall(r"""(?:src|href)=['"]([^'"]+)['"]""", page.text)
    assert len(sources) >= 4
    for source in sources:
        assert source.startswith("/schema/assets/"), source
        asset = memory_client.get(source)
        assert asset.status_code == 200 and len(asset.content) > 100, source
    assert "SwaggerUIBundle" in page.text and '"createSummary"' in page.text
    # the page shows the finished document, the same as openapi/openapi.json
    assert memory_client.get("/schema/openapi.json").json() == DOCUMENT


@pytest.mark.model
def test_contract_example_summaries_are_the_pipelines_answers(summarizer: Summarizer) -> None:
    for path, text in example_summaries(summarizer).items():
        assert path.read_text(encoding="utf-8") == text, f"{path.name} is out of date: run `{COMMAND} --examples`"
    seed = examples.seed_summary()
    answer = msgspec.json.decode(msgspec.json.encode(summarizer.summarize(Article(text=examples.seed_text()))))
    assert seed == answer
    value = DOCUMENT["paths"]["/v1/summaries"]["post"]["responses"]["200"]["content"]["application/json"]["examples"]
    assert value["seed"]["value"] == answer


def test_contract_names_a_new_enum_once_and_never_over_another_schema() -> None:
    from api.contract import finish

    enum = {"type": "string", "enum": ["json", "ninjs"]}
    document = {
        "paths": {
            "/a": {
                "get": {"operationId": "getA", "parameters": [{"name": "format", "in": "query", "schema": dict(enum)}]}
            },
            "/b": {
                "get": {"operationId": "getB", "parameters": [{"name": "format", "in": "query", "schema": dict(enum)}]}
            },
            "/c": {
                "get": {
                    "operationId": "getC",
                    "parameters": [{"name": "summary", "in": "query", "schema": {"type": "string", "enum": ["x"]}}],
                }
            },
        },
        "components": {"schemas": {"Summary": {"type": "object", "properties": {}}}},
    }
    finished = finish(document)
    schemas = finished["components"]["schemas"]
    assert schemas["Format"]["enum"] == ["json", "ninjs"]
    refs = [finished["paths"][p]["get"]["parameters"][0]["schema"]["$ref"] for p in ("/a", "/b")]
    assert refs == ["#/components/schemas/Format"] * 2
    assert schemas["Summary"]["type"] == "object" and "enum" not in schemas["Summary"]
    assert finished["paths"]["/c"]["get"]["parameters"][0]["schema"]["$ref"] == "#/components/schemas/GetCSummary"
    assert all("500" in finished["paths"][p]["get"]["responses"] for p in ("/a", "/b", "/c"))
