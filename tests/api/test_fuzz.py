"""Schemathesis against the real server: every route, every check, the contract and the server agree.

Bounded (``MAX_EXAMPLES`` per operation and generation mode) and deterministic (``derandomize``),
so ``make test`` stays short and a failure reproduces. The document fuzzed is the committed
``openapi/openapi.json`` (what SDKs are built from), sent to ``python -m api`` on a spare port.
``text/plain`` and NDJSON bodies get serialisers of their own, so those routes are fuzzed too.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode

from extractors.inputs import NON_BLANK
from tests.api.test_server import _serve
from tests.conftest import ROOT

MAX_EXAMPLES = 15
_NON_BLANK = re.compile(NON_BLANK)


@schemathesis.serializer("text/plain")
def _text(ctx: Any, value: Any) -> bytes:
    """A text/plain body: a generated string as UTF-8, bytes as they are, anything else as its JSON text."""
    if isinstance(value, bytes):
        return value
    return value.encode("utf-8", "surrogatepass") if isinstance(value, str) else json.dumps(value).encode()


@schemathesis.serializer("application/x-ndjson")
def _ndjson(ctx: Any, value: Any) -> bytes:
    """NDJSON: one line per generated item (a list is several lines), each a JSON document."""
    items = value if isinstance(value, list) else [value]
    return b"".join(
        (item.encode("utf-8", "surrogatepass") if isinstance(item, str) else json.dumps(item).encode()) + b"\n"
        for item in items
    )


@pytest.fixture(scope="module")
def served() -> Iterator[str]:
    with _serve(NEWSUM_WORKERS="1", NEWSUM_TIMEOUT_S="10") as (base, _):
        yield base


CONTRACT = schemathesis.openapi.from_path(ROOT / "openapi" / "openapi.json")
OPERATIONS = [result.ok() for result in CONTRACT.get_all_operations()]
MEDIA_TYPES = [
    (operation, media_type, mode)
    for operation in OPERATIONS
    for media_type in ([body.media_type for body in operation.body] if operation.body else [None])
    for mode in GenerationMode
    # An operation without a body or parameters has nothing to send wrong: positive only.
    if mode is GenerationMode.POSITIVE or operation.body or operation.query or operation.headers
]


@pytest.mark.parametrize(
    ("operation", "media_type", "mode"),
    MEDIA_TYPES,
    ids=[f"{op.method.upper()} {op.path} {media or '-'} {mode.value}" for op, media, mode in MEDIA_TYPES],
)
def test_fuzz_every_route_keeps_the_contract(served: str, operation: Any, media_type: str | None, mode: Any) -> None:
    # A text/plain body is 'format: binary' (the SDK generators' raw body), for which schemathesis
    # ignores the schema's pattern: valid texts are drawn here, from the same pattern.
    @given(data=st.data())
    @settings(max_examples=MAX_EXAMPLES, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))
    def fuzz(data: st.DataObject) -> None:
        case = data.draw(operation.as_strategy(generation_mode=mode, media_type=media_type))
        if case.media_type == "text/plain" and mode is GenerationMode.POSITIVE:
            case.body = data.draw(st.text(min_size=1).filter(_NON_BLANK.search))
        case.call_and_validate(base_url=served, timeout=60)

    fuzz()
