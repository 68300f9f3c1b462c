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
        ("Cocoa rose to PS2,495 a tonne.", "GBP"),
        ("Tea sold at PS1.50 a kilo.", "GBP"),
        ("They said the strike cost more than seven mln guilders.", "NLG"),
    ],
)
def test_quantities_news_glued_currency(nlp: Language, text: str, unit: str) -> None:
    (q,) = found(nlp, text)
    assert q.unit == unit


@pytest.mark.parametrize(
    "text",
    [
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The stadium will seat 200 to 300 fans.", [(200, 300)]),
        ("He won through 4-6 7-5 (7-2) 6-3 in the final.", []),
        ("Two-thirds backed the plan and one-third opposed it.", [2 / 3, 1 / 3]),
        ("The 20m-strong workforce is unionised.", [20e6]),
        ("Ministers promised 5m new jobs.", [5e6]),
        ("The tower is 20m tall.", [20]),
    ],
)
def test_quantities_news_values_in_context(nlp: Language, text: str, expected: list[object]) -> None:
    got = values(nlp, text)
    assert len(got) == len(expected) and all(same(g, e) for g, e in zip(got, expected, strict=True)), got


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("Crude traded at $80 a barrel on Tuesday.", ["per barrel"]),
        ("The company earned 12 cts per share.", ["per share"]),
        ("Turkey accepted a $18bn loan from the fund.", ["loan"]),
        ("Sales were flat on revenues of 1.2 billion dlrs.", ["revenues"]),
        ("Net profit was 5.6 mln dlrs.", ["Net profit"]),
        ("Revenue rose 5% in the quarter.", ["Revenue"]),
        ("Profit was 1.5 mln dlrs vs 900,000 dlrs.", ["Profit", "Profit"]),
        ("The bank sold 20 mln shares.", ["shares"]),
        ("He earns $234,000 a year.", [None]),
        ("It paid $2.5 billion for the stake.", [None]),
    ],
)
def test_quantities_news_money_items(nlp: Language, text: str, items: list[str | None]) -> None:
    assert [q.item for q in found(nlp, text)] == items


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Turnout was just under 20 percent.", "less_than"),
        ("Shares rose just over 5% on Monday.", "more_than"),
        ("The plan would cost $1.5tn over 10 years.", "exact"),
        ("The payments are spread over three years.", "exact"),
        ("He was jailed for over 10 years.", "more_than"),
        ("It took over 10 years to build the bridge.", "more_than"),
        ("She left the country over 20 years ago.", "more_than"),
        ("Over 200 people attended.", "more_than"),
        ("Boxes are available from as little as 70 euros.", "at_least"),
        ("As few as 10 people turned up.", "at_least"),
    ],
)
def test_quantities_news_bounds(nlp: Language, text: str, qualifier: str) -> None:
    quantities = found(nlp, text)
    assert quantities[-1].qualifier == qualifier, [(q.span.text, q.qualifier) for q in quantities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One reason is that prices rose.", []),
        ("One form of malware steals passwords.", []),
        ("One man was killed and two were hurt.", [1, 2]),
        ("Only one reason was given.", [1]),
        ("The Boeing 787 entered service in 2011. Since then the 787 has flown widely.", []),
        ("The 500 were released on Monday.", [500]),
        ("He was shot at the corner of 3/Pine on Friday.", []),
        ("Readers sent 20 + versions of the poem.", [20]),
        ("The score was 20 + 30 points.", [20, 30]),
    ],
)
def test_quantities_news_articles_names_and_plus(nlp: Language, text: str, expected: list[float]) -> None:
    got = values(nlp, text)
    assert len(got) == len(expected) and all(same(g, e) for g, e in zip(got, expected, strict=True)), got


def test_quantities_news_spaced_plus_is_a_lower_bound(nlp: Language) -> None:
    (q,) = found(nlp, "Readers sent 20 + versions of the poem.")
    assert q.qualifier == "at_least"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 787 will fly to Europe, and more 787s are on order.", []),
        ("The 747 is still flying.", []),
        ("The 239 were rescued by fishermen.", [239]),
        ("The airline prefers the Airbus jets to the 787.", []),
        ("Rescuers reached the 239 on board.", [239]),
        ("In the 1990s, sales rose 5%.", [5]),
        ("Ford renamed the Five Hundred after poor sales of 80,000 cars.", [80000]),
        ("Ryanair will buy five new 737 aircraft from Boeing.", [5]),
        ("The first 100 days were hard.", [100]),
        ("He met the five leaders in Paris.", [5]),
        ("Leaders of the Group of Seven met before the Group of 20 summit.", []),
        ("The Chairman of 20 firms resigned.", [20]),
    ],
)
def test_quantities_news_model_numbers(nlp: Language, text: str, expected: list[float]) -> None:
    got = values(nlp, text)
    assert len(got) == len(expected) and all(same(g, e) for g, e in zip(got, expected, strict=True)), got


@pytest.mark.parametrize(
    ("text", "expected", "qualifiers"),
    [
        ("It lost money in the first two quarters of the year.", [2], ["exact"]),
        ("Sales fell for two quarters.", [2], ["exact"]),
        ("Three quarters of voters agreed.", [0.75], ["exact"]),
        ('"At least seven people died," police said.', [7], ["at_least"]),
        ("The disc holds about five or six gigabytes.", [5, 6], ["approximately", "approximately"]),
        ("He scored 5 or 6 goals.", [5, 6], ["exact", "exact"]),
    ],
)
def test_quantities_news_periods_quotes_alternatives(
    nlp: Language, text: str, expected: list[float], qualifiers: list[str]
) -> None:
    got = found(nlp, text)
    assert [q.value for q in got] == expected
    assert [q.qualifier for q in got] == qualifiers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Other dates: Jan. 12, 19 and 26.", []),
        ("Shells fell near police posts 542 and 543, and 15 shells fell near posts 250 and 251.", [15]),
        ("Articles 5, 6 and 7 were amended.", []),
        ("The rooms 101 and 102 held 40 and 50 guests.", [40, 50]),
        ("He played 5 games on May 4, 2019 and 3 in June.", [5, 3]),
    ],
)
def test_quantities_news_lists_of_labels_and_days(nlp: Language, text: str, expected: list[float]) -> None:
    got = values(nlp, text)
    assert len(got) == len(expected) and all(same(g, e) for g, e in zip(got, expected, strict=True)), got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They need a win for a quarter-final place at half-time.", []),
        ("He ran a half-mile and waited a half-hour.", [0.5, 0.5]),
        ("A third-party app is used by two-thirds of users.", [2 / 3]),
        ("He is 1 of the best players.", [1]),  # NewsQuant counts "one of the best"
        ("A curfew between 2200 and 0700 applies.", []),
        ("Sales rose from 1200 to 1500 units.", [(1200, 1500), 1200, 1500]),  # the levels and their range
    ],
)
def test_quantities_news_hyphenated_fractions_and_clock_times(nlp: Language, text: str, expected: list[float]) -> None:
    got = values(nlp, text)
    assert len(got) == len(expected) and all(same(g, e) for g, e in zip(got, expected, strict=True)), got


def test_quantities_news_console_names_are_not_pounds(nlp: Language) -> None:
    assert values(nlp, "The PS4 and PS2 consoles sold 5 million units.") == [5e6]
