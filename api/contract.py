"""The contract's last touches: what Litestar's generator cannot say from the code alone.

Litestar writes the OpenAPI document from the routes and the Structs; ``finish`` then states
what client generators need to produce clean SDKs, as data rows below:

- every field a response always carries is ``required`` (msgspec encodes every field unless the
  Struct omits defaults), so generated types say ``who: Actor[]``, not ``who?: Actor[]``;
- each enumeration is one named schema (``OffsetUnit``, ``QuantityChange``...), and a nullable
  one is ``oneOf: [$ref, null]``, so generators make one type, not one per spelling;
- ``format: date`` where a string is always a calendar date;
- declared headers (``Retry-After`` on 503, ``ETag`` on 304) and a 500 on every operation;
- every problem response is ``application/problem+json`` with an example of its own;
- examples for every request and response (``api.examples``: the seed article's real summary).

The app serves the finished document (``OpenAPIConfig`` render plugins below) and
``python -m api.openapi`` writes it to ``openapi/openapi.json``.
"""

from __future__ import annotations

import copy
import re
from typing import Any, get_args

import msgspec
from litestar import Request
from litestar.openapi.plugins import JsonRenderPlugin, SwaggerRenderPlugin

from api import examples
from api.errors import PROBLEM_MEDIA_TYPE, Problem
from api.exports import DisplacyDocument, ExportFormat, NinjsDocument, SummaryRecord
from api.schemas import BatchRequest, BatchResponse, Health, ServiceInfo, SummaryRequest
from extractors import types
from extractors.inputs import LANGUAGE_PATTERN, PUBLISHED_PATTERN

RESPONSE_TYPES: tuple[type[msgspec.Struct], ...] = (
    types.Summary,
    Problem,
    Health,
    ServiceInfo,
    BatchResponse,
    SummaryRecord,
    NinjsDocument,
    DisplacyDocument,
)
"""Roots of every response body; their Structs (and all they contain) get ``required`` from msgspec."""

REQUEST_TYPES: tuple[type[msgspec.Struct], ...] = (SummaryRequest, BatchRequest)
"""Request bodies: unknown fields are refused, and the contract says so (issue 14)."""

NAMED_ENUMS: dict[str, tuple[str, ...]] = {
    "OffsetUnit": get_args(types.OffsetUnit),
    "ActorType": get_args(types.ActorType),
    "Qualifier": get_args(types.Qualifier),
    "DateType": get_args(types.DateType),
    "SourceType": get_args(types.SourceType),
    "PublishedFrom": get_args(types.PublishedFrom),
    "QuantityChange": get_args(types.QuantityChange),
    "ExportFormat": tuple(member.value for member in ExportFormat),
}
"""Each enumeration's schema name: any schema listing exactly these values refers to it."""

FORMATS: dict[tuple[str, str], str] = {
    ("Summary", "published"): "date",  # 'YYYY-MM-DD'
    ("Interval", "start"): "date",
    ("Interval", "end"): "date",
}
"""(schema, property) -> the JSON Schema ``format`` of its string."""

RESPONSE_HEADERS: dict[str, dict[str, Any]] = {
    "503": {
        "Retry-After": {
            "description": "Seconds to wait before trying again.",
            "schema": {"type": "integer", "minimum": 1},
            "example": 30,
        }
    },
    "304": {"ETag": {"description": 'The summary id in quotes: "sha256:<hex>".', "schema": {"type": "string"}}},
    "401": {
        "WWW-Authenticate": {
            "description": "The scheme to use: 'Bearer realm=\"newsum\"'.",
            "schema": {"type": "string"},
        }
    },
    "429": {
        "Retry-After": {
            "description": "Seconds until a request is allowed again.",
            "schema": {"type": "integer", "minimum": 1},
            "example": 12,
        },
        "RateLimit-Limit": {"description": "Requests allowed per window.", "schema": {"type": "integer"}},
        "RateLimit-Remaining": {"description": "Requests left in the window (0).", "schema": {"type": "integer"}},
        "RateLimit-Reset": {"description": "Seconds until the window has room again.", "schema": {"type": "integer"}},
        "RateLimit-Policy": {"description": "The limit and its window: '60;w=60'.", "schema": {"type": "string"}},
    },
}
"""Headers every response of a status carries."""

_PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}


def finish(document: dict[str, Any]) -> dict[str, Any]:
    """The document Litestar generated, finished (a new dict; the argument is left alone)."""
    finished = copy.deepcopy(document)
    schemas: dict[str, Any] = finished.setdefault("components", {}).setdefault("schemas", {})
    _require_present_fields(schemas)
    _name_enums(finished, schemas)
    _set_formats(schemas)
    _close_request_objects(schemas)
    for item in finished.get("paths", {}).values():
        for operation in item.values():
            _finish_operation(operation)
    return finished


# Request fields whose accepted values the server checks in code (extractors/inputs.py): the schema
# states the same, so a generated client, or a fuzzer, knows what is refused.
REQUEST_PATTERNS: dict[tuple[str, str], str] = {
    ("SummaryRequest", "published"): PUBLISHED_PATTERN,
    ("SummaryRequest", "language"): LANGUAGE_PATTERN,
}

_BATCH_ITEM = {
    "anyOf": [{"$ref": "#/components/schemas/SummaryRequest"}, {}],
    "description": (
        "A SummaryRequest. Anything else is answered too: with a problem in its place in `results` "
        "(the batch is still 200, the other articles are summarised)."
    ),
}


def _close_request_objects(schemas: dict[str, Any]) -> None:
    """Request bodies as the server reads them (issue 14).

    A Struct that refuses unknown fields (422) says ``additionalProperties: false``; fields checked
    in code get their pattern; a batch item may be anything (a bad one gets a problem, not a 422).
    """
    for cls in REQUEST_TYPES:
        schema = schemas.get(cls.__name__)
        if schema is not None and cls.__struct_config__.forbid_unknown_fields:
            schema["additionalProperties"] = False
    for (name, field), pattern in REQUEST_PATTERNS.items():
        prop = schemas.get(name, {}).get("properties", {}).get(field)
        for member in (prop or {}).get("oneOf", [prop] if prop else []):
            if member.get("type") == "string":
                member["pattern"] = pattern
    articles = schemas.get("BatchRequest", {}).get("properties", {}).get("articles")
    if articles is not None:
        articles["items"] = copy.deepcopy(_BATCH_ITEM)


def _struct_types() -> dict[str, type[msgspec.Struct]]:
    found: dict[str, type[msgspec.Struct]] = {}
    for info in msgspec.inspect.multi_type_info(RESPONSE_TYPES):
        _collect(info, found)
    return found


def _collect(info: msgspec.inspect.Type, found: dict[str, type[msgspec.Struct]]) -> None:
    if isinstance(info, msgspec.inspect.StructType):
        if info.cls.__name__ in found:
            return
        found[info.cls.__name__] = info.cls
        for field in info.fields:
            _collect(field.type, found)
    elif isinstance(info, msgspec.inspect.Metadata):
        _collect(info.type, found)
    elif isinstance(info, msgspec.inspect.UnionType):
        for member in info.types:
            _collect(member, found)
    elif isinstance(info, (msgspec.inspect.ListType, msgspec.inspect.VarTupleType)):
        _collect(info.item_type, found)


def _require_present_fields(schemas: dict[str, Any]) -> None:
    """A field is required when msgspec always encodes it: all of them unless the Struct omits defaults."""
    for name, cls in _struct_types().items():
        schema = schemas.get(name)
        if schema is None or "properties" not in schema:
            continue
        omit_defaults = cls.__struct_config__.omit_defaults
        present = [
            field.encode_name
            for field in msgspec.structs.fields(cls)
            if not omit_defaults or (field.default is msgspec.NODEFAULT and field.default_factory is msgspec.NODEFAULT)
        ]
        schema["required"] = sorted(name for name in present if name in schema["properties"])


def _enum_values(schema: dict[str, Any]) -> tuple[list[Any], bool] | None:
    """An inline enumeration's values and whether null is allowed; None for anything else."""
    if "enum" in schema:
        values = [value for value in schema["enum"] if value is not None]
        kinds = schema.get("type")
        nullable = None in schema["enum"] or (isinstance(kinds, list) and "null" in kinds)
        return values, nullable
    branches = schema.get("oneOf") or schema.get("anyOf")
    if branches and len(branches) == 2 and {"type": "null"} in branches:
        other = next(branch for branch in branches if branch != {"type": "null"})
        if "enum" in other:
            return [value for value in other["enum"] if value is not None], True
    return None


def _named(schema: dict[str, Any], schemas: dict[str, Any], *fallbacks: str) -> dict[str, Any]:
    """An inline enumeration as a reference to its named schema (made on first use).

    The name is NAMED_ENUMS' for these values; else the first fallback not yet naming other values.
    """
    found = _enum_values(schema)
    if found is None:
        return schema
    values, nullable = found
    known = next((key for key, listed in NAMED_ENUMS.items() if set(listed) == set(values)), None)
    free = [name for name in fallbacks if name not in schemas or set(schemas[name].get("enum", ())) == set(values)]
    name = known or (free[0] if free else fallbacks[-1] + "Value")
    schemas[name] = {"type": "string", "enum": list(NAMED_ENUMS.get(name, values)), "title": name}
    ref = {"$ref": f"#/components/schemas/{name}"}
    kept = {key: value for key, value in schema.items() if key in ("description", "default", "examples")}
    return {"oneOf": [ref, {"type": "null"}], **kept} if nullable else {**ref, **kept}


def _pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[_\-\s]+", name))


def _name_enums(document: dict[str, Any], schemas: dict[str, Any]) -> None:
    for schema_name, schema in list(schemas.items()):
        for prop, value in schema.get("properties", {}).items():
            schema["properties"][prop] = _named(value, schemas, schema_name + _pascal(prop))
    for item in document.get("paths", {}).values():
        for operation in item.values():
            for parameter in operation.get("parameters", []):
                if "schema" in parameter:  # 'format' -> Format, or CreateSummaryFormat if Format is taken
                    name = _pascal(parameter["name"])
                    operation_name = _pascal(operation.get("operationId", "")) + name
                    parameter["schema"] = _named(parameter["schema"], schemas, name, operation_name)


def _set_formats(schemas: dict[str, Any]) -> None:
    for (schema_name, prop), fmt in FORMATS.items():
        value = schemas.get(schema_name, {}).get("properties", {}).get(prop)
        if value is None:
            continue
        for branch in value.get("oneOf", [value]):
            if branch.get("type") == "string":
                branch["format"] = fmt


def _litestar_default(content: dict[str, Any]) -> bool:
    """Litestar's own 400 body ({status_code, detail, extra}), which newsum never sends."""
    schema = content.get("application/json", {}).get("schema", {})
    return "status_code" in schema.get("properties", {})


def _finish_operation(operation: dict[str, Any]) -> None:
    responses: dict[str, Any] = operation.setdefault("responses", {})
    responses.setdefault("500", {"description": "An unexpected error; the log has the details, the client none."})
    for status, response in responses.items():
        content = response.get("content", {})
        if int(status) >= 400 and (not content or _litestar_default(content)):
            # One body for every error, also where Litestar would document its own default body.
            response["content"] = {PROBLEM_MEDIA_TYPE: {"schema": dict(_PROBLEM_REF)}}
        if PROBLEM_MEDIA_TYPE in response.get("content", {}) or status == "304":
            for header, spec in RESPONSE_HEADERS.get(status, {}).items():
                response.setdefault("headers", {})[header] = spec
    examples.add_to_operation(operation)


class _Finished:
    """Render plugins that show the finished document (the one in openapi/openapi.json)."""

    _cached: tuple[dict[str, Any], dict[str, Any]] | None = None  # (Litestar's document, finished)

    def finished(self, openapi_schema: dict[str, Any]) -> dict[str, Any]:
        # Litestar builds the document once per app and keeps it: finish it once too.
        if self._cached is None or self._cached[0] is not openapi_schema:
            self._cached = (openapi_schema, finish(openapi_schema))
        return self._cached[1]


class FinishedJson(_Finished, JsonRenderPlugin):
    """``/schema/openapi.json``: the finished document."""

    def render(self, request: Request[Any, Any, Any], openapi_schema: dict[str, Any]) -> bytes:
        return super().render(request, self.finished(openapi_schema))


class OfflineSwagger(_Finished, SwaggerRenderPlugin):
    """Swagger UI from the assets the ``swagger-ui-bundle-v2`` package ships: no CDN, works offline."""

    def render(self, request: Request[Any, Any, Any], openapi_schema: dict[str, Any]) -> bytes:
        return super().render(request, self.finished(openapi_schema))
