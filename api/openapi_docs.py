"""OpenAPI for bodies the handlers decode themselves.

The handlers read raw bodies (JSON or text/plain, NDJSON lines) so that every mistake gets the
same problem details; the framework therefore cannot see the body type in their signature.
``documents_body(Model)`` is a dependency that declares ``data: Model``: Litestar documents the
request body from it (with the schema generated from the Struct's ``Meta``), but since no
handler asks for it by name it is never resolved, so the body is never parsed twice.
``body_operation`` then lists the media types a route really accepts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from litestar.openapi.spec import (
    OpenAPIFormat,
    OpenAPIMediaType,
    OpenAPIResponse,
    OpenAPIType,
    Operation,
    Reference,
    RequestBody,
    Schema,
)

from extractors.inputs import NON_BLANK

SUMMARY_OR_PROBLEM = Schema(
    one_of=[Reference(ref="#/components/schemas/Summary"), Reference(ref="#/components/schemas/Problem")]
)
"""A batch result or stream line: a Summary, or a Problem for that article alone (it has ``status``)."""
SUMMARY_OR_PROBLEM_JSON = SUMMARY_OR_PROBLEM.to_schema()
"""The same as plain JSON Schema (for a Struct field's ``Meta``)."""


def documents_body(model: type[Any]) -> Callable[..., None]:
    """A never-resolved dependency whose ``data: model`` parameter documents the request body."""

    def document(data: Any) -> None:  # pragma: no cover - never called, see module docstring
        raise RuntimeError("documentation-only dependency was resolved")

    document.__annotations__ = {"data": model, "return": None}
    return document


# Bodies that are not one JSON document are strings of bytes to a client generator (openapi-python-
# client sends them as given); ``contentSchema`` says what each NDJSON line holds.
_TEXT_BODY = Schema(
    type=OpenAPIType.STRING,
    format=OpenAPIFormat.BINARY,  # the SDK generators' raw body (a plain string breaks openapi-python-client)
    content_media_type="text/plain",
    min_length=1,
    pattern=NON_BLANK,
    description="The whole body is the article text, in the charset the Content-Type names (UTF-8 if none).",
)


def _lines_of(schema: Schema | Reference, what: str) -> Schema:
    return Schema(
        type=OpenAPIType.STRING,
        format=OpenAPIFormat.BINARY,
        content_media_type="application/x-ndjson",
        content_schema=schema,
        description=f"NDJSON: one JSON object a line, each {what}.",
    )


def _body_schema(media_type: str, model_schema: Schema | Reference) -> Schema | Reference:
    if media_type == "text/plain":
        return _TEXT_BODY
    if "json" in media_type and media_type != "application/json" and not media_type.endswith("+json"):
        return _lines_of(model_schema, "a SummaryRequest")  # NDJSON
    return model_schema


def body_operation(*media_types: str, lines_out: str | None = None) -> type[Operation]:
    """An Operation class whose request body accepts exactly ``media_types``.

    JSON-like types get the documented model's schema (an NDJSON stream: one such object per
    line); ``text/plain`` gets a string. ``lines_out`` names the media type of a 200 answer made
    of one Summary-or-Problem per line.
    """

    @dataclass
    class BodyOperation(Operation):
        def __post_init__(self) -> None:
            body = self.request_body
            if not isinstance(body, RequestBody) or not body.content:
                return
            model_schema = next(iter(body.content.values())).schema
            assert model_schema is not None
            body.content = {media: OpenAPIMediaType(schema=_body_schema(media, model_schema)) for media in media_types}
            body.required = True
            if lines_out and self.responses:
                self.responses["200"] = OpenAPIResponse(
                    description="One JSON object per line, in input order: a Summary, or a Problem with its `index`.",
                    content={
                        lines_out: OpenAPIMediaType(schema=_lines_of(SUMMARY_OR_PROBLEM, "a Summary or a Problem"))
                    },
                )

    return BodyOperation
