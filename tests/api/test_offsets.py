"""?offsets=codepoint|utf16|utf8: every span slices the text as sent in the unit the client counts in."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from litestar import Litestar
from litestar.testing import TestClient

from extractors.offsets import OFFSET_UNITS, OffsetMap, convert_offsets
from extractors.types import Actor, Attribution, Span, Summary, Version

pytestmark = pytest.mark.model

# Astral characters before, between and inside the names: an emoji, a flag (two regional
# indicators), a CJK Extension B character; and BMP non-ASCII (é, –, ’).
TEXT = (
    "date 2024-03-18 SEOUL 🇰🇷 – North Korea 🚀 has sent Russia about 7,000 containers since last year, "
    "South Korea’s defense minister Shin Won-sik said Monday. 𠀋 Ministry spokesman Jeon Ha-gyu declined to comment "
    "on the café report."
)


def sliced(text: str, unit: str, start: int, end: int) -> str:
    """The characters between two offsets counted in ``unit``, the way a client of that unit slices."""
    if unit == "utf16":
        return text.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le")
    if unit == "utf8":
        return text.encode("utf-8")[start:end].decode("utf-8")
    return text[start:end]


def spans(value: Any) -> list[dict[str, Any]]:
    """Every span object (start, end, text) anywhere in a decoded summary."""
    if isinstance(value, dict):
        found = [value] if set(value) == {"start", "end", "text"} else []
        return found + [span for item in value.values() for span in spans(item)]
    if isinstance(value, list):
        return [span for item in value for span in spans(item)]
    return []


def check(summary: dict[str, Any], text: str, unit: str, minimum: int = 5) -> None:
    assert summary["offsets"] == unit
    found = spans(summary)
    assert len(found) >= minimum
    for span in found:
        assert sliced(text, unit, span["start"], span["end"]) == span["text"], (unit, span)


@pytest.mark.parametrize("unit", OFFSET_UNITS)
def test_offsets_slice_the_text_in_each_unit(memory_client: TestClient[Litestar], unit: str) -> None:
    response = memory_client.post(f"/v1/summaries?offsets={unit}", json={"text": TEXT})
    assert response.status_code == 200, response.text
    check(response.json(), TEXT, unit)


def test_offsets_default_is_codepoint_and_units_differ_after_astral_characters(
    memory_client: TestClient[Litestar],
) -> None:
    by_unit = {
        unit: memory_client.post(f"/v1/summaries?offsets={unit}", json={"text": TEXT}).json() for unit in OFFSET_UNITS
    }
    default = memory_client.post("/v1/summaries", json={"text": TEXT}).json()
    assert default == by_unit["codepoint"]
    shin = {
        unit: next(a for a in s["who"] if a["name"] == "Shin Won-sik")["mentions"][0] for unit, s in by_unit.items()
    }
    # 🇰🇷 and 🚀 are two UTF-16 units each (one extra each, three in all) and four bytes each; –, ’ are three bytes
    assert shin["utf16"]["start"] == shin["codepoint"]["start"] + 3
    assert shin["utf8"]["start"] == shin["codepoint"]["start"] + 3 * 3 + 2 * 2
    assert len({s["id"] for s in by_unit.values()}) == 1  # the same summary, restated


@pytest.mark.parametrize("unit", ["utf16", "utf8"])
def test_offsets_in_batch_and_stream(memory_client: TestClient[Litestar], unit: str) -> None:
    other = "🙂 The mayor of Paris, Anne Hidalgo, said on Tuesday that 12 bridges would close."
    batch = memory_client.post(
        f"/v1/summaries/batch?offsets={unit}", json={"articles": [{"text": TEXT}, {"text": ""}, {"text": other}]}
    )
    assert batch.status_code == 200
    first, problem, last = batch.json()["results"]
    check(first, TEXT, unit)
    assert problem["status"] == 422 and problem["index"] == 1
    check(last, other, unit, minimum=2)
    lines = "".join(json.dumps({"text": t}) + "\n" for t in (TEXT, " ", other))
    stream = memory_client.post(
        f"/v1/summaries/stream?offsets={unit}", content=lines, headers={"Content-Type": "application/x-ndjson"}
    )
    answers = [json.loads(line) for line in stream.text.splitlines()]
    assert [a.get("status") for a in answers] == [None, 422, None]
    check(answers[0], TEXT, unit)
    assert answers[2]["offsets"] == unit


def test_offsets_unknown_unit_is_a_422_naming_the_parameter(memory_client: TestClient[Litestar]) -> None:
    for route, body in (("/v1/summaries", {"text": TEXT}), ("/v1/summaries/batch", {"articles": []})):
        response = memory_client.post(f"{route}?offsets=utf32", json=body)
        assert response.status_code == 422
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["field"] == "offsets"
        assert "utf16" in response.json()["detail"]


@given(st.text(min_size=1, max_size=40), st.data())
def test_offset_map_agrees_with_encoding_the_prefix(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for unit in OFFSET_UNITS:
        to = OffsetMap(text, unit)
        if unit == "utf16":
            assert to(start) == len(text[:start].encode("utf-16-le", "surrogatepass")) // 2
        elif unit == "utf8":
            assert to(end) == len(text[:end].encode("utf-8", "surrogatepass"))
        else:
            assert (to(start), to(end)) == (start, end)


def test_convert_offsets_refuses_a_summary_already_converted() -> None:
    summary = Summary(id="sha256:0", version=Version(pipeline="p", model="m"))
    converted = convert_offsets(summary, "🙂", "utf16")
    assert converted.offsets == "utf16"
    with pytest.raises(ValueError, match="already"):
        convert_offsets(converted, "🙂", "utf8")


def test_convert_offsets_reaches_every_span() -> None:
    text = "🙂 Ann said"
    span = Span(start=2, end=5, text="Ann")
    summary = Summary(id="sha256:0", version=Version(pipeline="p", model="m"), who=[])
    summary = Summary(
        id="sha256:0",
        version=Version(pipeline="p", model="m"),
        who=[Actor(name="Ann", type="person", mentions=[span])],
        sources=[
            Attribution(
                source="Ann",
                source_type="person",
                source_span=span,
                cue="said",
                cue_span=Span(start=6, end=10, text="said"),
            )
        ],
    )
    converted = convert_offsets(summary, text, "utf8")
    assert converted.who[0].mentions[0] == Span(start=5, end=8, text="Ann")
    assert converted.sources[0].source_span == Span(start=5, end=8, text="Ann")
    assert converted.sources[0].cue_span == Span(start=9, end=13, text="said")
