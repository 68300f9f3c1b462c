"""The founding example, end to end: the must items of seed-article.expected.json.

The article is sent without a published date, so the dateline must be found. These are golden
tests of the whole pipeline with the pinned model (en_core_web_sm 3.8.0).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from extractors.pipeline import Article, Summarizer
from extractors.types import Summary
from tests.conftest import FIXTURES

EXPECTED: dict[str, Any] = json.loads((FIXTURES / "seed-article.expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed(summarizer: Summarizer, seed_text: str) -> Summary:
    return summarizer.summarize(Article(text=seed_text))


def at(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def test_seed_reference_from_dateline(seed: Summary) -> None:
    assert (seed.published, seed.published_from) == (EXPECTED["published"], "dateline")


@pytest.mark.parametrize("item", EXPECTED["who"]["must"], ids=lambda w: w["name"])
def test_seed_who_must(seed: Summary, item: dict[str, Any]) -> None:
    actor = next((a for a in seed.who if a.name == item["name"]), None)
    assert actor is not None, [a.name for a in seed.who]
    assert actor.type == item["type"]
    said = {m.text.removeprefix("the ") for m in actor.mentions}
    assert {x.removeprefix("the ") for x in item.get("also_called", [])} <= said
    assert all(any(t in title for title in actor.titles) for t in item.get("titles", []))
    if item.get("affiliation"):
        assert actor.affiliation == item["affiliation"]


def test_seed_who_most_salient_first(seed: Summary) -> None:
    ranked = [a.name for a in seed.who]
    want = EXPECTED["who"]["most_salient_first"]
    assert ranked[: len(want)] == want


@pytest.mark.parametrize("item", EXPECTED["quantities"]["must"], ids=lambda q: q["text"])
def test_seed_quantities_must(seed: Summary, seed_text: str, item: dict[str, Any]) -> None:
    where = at(seed_text, item["text"])
    found = [q for q in seed.quantities if overlaps((q.span.start, q.span.end), where)]
    assert any(
        q.value == item["value"] and q.qualifier == item["qualifier"] and q.item and item["item"] in q.item
        for q in found
    ), found


def test_seed_no_dates_as_quantities(seed: Summary) -> None:
    for q in seed.quantities:
        assert not any(token in q.span.text for token in ("2022", "April 10", "2024-03-18"))


@pytest.mark.parametrize("item", EXPECTED["dates"]["must"], ids=lambda d: d["text"])
def test_seed_dates_must(seed: Summary, seed_text: str, item: dict[str, Any]) -> None:
    where = at(seed_text, item["text"])
    found = [d for d in seed.dates if overlaps((d.span.start, d.span.end), where)]
    assert any((d.type, d.value, d.mod) == (item["type"], item["value"], item.get("mod")) for d in found), found


def test_seed_agency_credit(seed: Summary) -> None:
    credits = [s for s in seed.sources if s.source_type == "agency"]
    assert any(s.source == "AP" and "information from" in s.cue.lower() for s in credits), credits


def test_seed_sources_shin_said(seed: Summary, seed_text: str) -> None:
    said = [s for s in seed.sources if s.source == "Shin Won-sik" and s.content_span is not None]
    contents = [s.content_span.text for s in said if s.content_span]
    assert any("about 7,000 containers" in c for c in contents), contents
    assert any("more than 9,000 Russian containers" in c for c in contents), contents


def test_seed_denial_by_moscow_and_pyongyang(seed: Summary) -> None:
    denial = next(d for d in seed.denials if d.cue == "denied")
    assert sorted(denial.deniers) == ["North Korea", "Russia"]
    assert denial.denied is not None and "arms deal" in denial.denied
    assert denial.contests is not None
    contested = seed.sources[denial.contests]
    assert contested.content_span is not None and "artillery shells" in contested.content_span.text
