"""Quantities in news and wire copy: wire abbreviations, glued currencies, pronoun 'one', labels."""

from __future__ import annotations

import math

import pytest
from spacy.language import Language

from extractors.quantities import extract_quantities
from extractors.types import Quantity


def found(nlp: Language, text: str) -> list[Quantity]:
    out = extract_quantities(nlp(text))
    for q in out:
        assert q.span.text == text[q.span.start : q.span.end]
    return out


def values(nlp: Language, text: str) -> list[float | tuple[float, float] | None]:
    """What the sentence-level scoring compares: a range as (low, high), else the value."""
    return [
        (q.low, q.high) if q.qualifier == "range" and q.low is not None and q.high is not None else q.value
        for q in found(nlp, text)
    ]


def same(a: object, b: object) -> bool:
    if isinstance(a, tuple) and isinstance(b, tuple):
        return all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float | int) and isinstance(b, float | int):
        return math.isclose(a, b, rel_tol=1e-9)
    return a == b


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bond yields rose 1-1/2 points to 7-1/4 pct on the day.", [1.5, 7.25]),
        ("The shares closed 3-3/8 dlrs higher.", [3.375]),
        ("The bolt is 1-1/16 inch long.", [1.0625]),
        ("They said the strike cost more than seven mln guilders.", [7e6]),
        ("Output should reach three bln dlrs next year.", [3e9]),
        ("Output will be between 1.5 and 1.6 mln tonnes.", [(1.5e6, 1.6e6)]),
        ("Profit was 1.5 mln dlrs vs 900,000 dlrs a year earlier.", [1.5e6, 900000]),
        ("Bitcoin slipped below $US1,000 on Tuesday.", [1000]),
    ],
)
def test_quantities_news_wire_values(nlp: Language, text: str, expected: list[object]) -> None:
    got = values(nlp, text)
    assert len(got) == len(expected) and all(same(g, e) for g, e in zip(got, expected, strict=True)), got


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Bitcoin slipped below $US1,000 on Tuesday.", "USD"),
        ("The deal was worth $A25 million.", "AUD"),
        ("They said the strike cost more than seven mln guilders.", "NLG"),
    ],
)
def test_quantities_news_glued_currency(nlp: Language, text: str, unit: str) -> None:
    (q,) = found(nlp, text)
    assert q.unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "He is one of the best players in the world.",
        "She was one of them, the police said.",
        "The comet is brightest between January 1 and 2 this year.",
        "He passed his rival at turn one and again at turn three.",
        "The new version 10.4 of the software was released.",
        "Users of Windows 8.1 can upgrade.",
    ],
)
def test_quantities_news_not_quantities(nlp: Language, text: str) -> None:
    assert found(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One victim was a child, and five were adults.", [1, 5]),
        ("Only one bridge was left standing.", [1]),
        ("The dates were set for March 3 and 10 people came.", [10]),
        ("The dates were 5/17/2018 and 10-12-2020.", []),
    ],
)
def test_quantities_news_counts_kept(nlp: Language, text: str, expected: list[float]) -> None:
    got = values(nlp, text)
    assert len(got) == len(expected) and all(same(g, e) for g, e in zip(got, expected, strict=True)), got
