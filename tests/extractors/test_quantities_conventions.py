"""Quantities: the NewsQuant / CQE conventions we follow (docs/parts.md), one hand-written sentence each."""

from __future__ import annotations

import math

import pytest
from spacy.language import Language

from extractors.quantities import extract_quantities
from extractors.types import Quantity

Row = tuple[float | None, float | None, float | None, str, str | None, str | None]  # value low high qual unit change


def rows(nlp: Language, text: str) -> list[Row]:
    return [(q.value, q.low, q.high, q.qualifier, q.unit, q.change) for q in extract_quantities(nlp(text))]


def same(got: list[Row], want: list[Row]) -> bool:
    if len(got) != len(want):
        return False

    def eq(a: object, b: object) -> bool:
        if isinstance(a, float | int) and isinstance(b, float | int):
            return math.isclose(a, b, rel_tol=1e-9)
        return a == b

    pairs = [(x, y) for g, w in zip(got, want, strict=True) for x, y in zip(g, w, strict=True)]
    return len(got) == len(want) and all(eq(x, y) for x, y in pairs)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # vague multipliers: the order of magnitude, up to ten times it
        ("Thousands of people fled the floods.", [(1e3, 1e3, 1e4, "at_least", None, None)]),
        ("Tens of millions of dollars went missing.", [(1e7, 1e7, 1e8, "at_least", "USD", None)]),
        ("Hundreds of thousands lost power.", [(1e5, 1e5, 1e6, "at_least", None, None)]),
        ("Millions of voters stayed home.", [(1e6, 1e6, 1e7, "at_least", None, None)]),
        ("Dozens of shops were looted.", [(None, 12, 120, "vague", None, None)]),
    ],
)
def test_quantities_conventions_vague_multipliers_are_ranges(nlp: Language, text: str, want: list[Row]) -> None:
    assert same(rows(nlp, text), want), rows(nlp, text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a change between two levels: the range over them, then each level, all with the direction
        (
            "The jobless rate fell from 4.8 to 4.7 percent in May.",
            [(None, 4.7, 4.8, "range", "%", "down"), (4.8, None, None, "exact", "%", "down"),
             (4.7, None, None, "exact", "%", "down")],
        ),
        (
            "The trade gap narrowed to $3.1 billion from $4.2 billion.",
            [(None, 3.1e9, 4.2e9, "range", "USD", "down"), (3.1e9, None, None, "exact", "USD", "down"),
             (4.2e9, None, None, "exact", "USD", "down")],
        ),
        (
            "Its stake went from 12% to 15% last year.",
            [(None, 12, 15, "range", "%", "up"), (12, None, None, "exact", "%", "up"),
             (15, None, None, "exact", "%", "up")],
        ),
        (
            "Output climbed from 5 to 7 million barrels.",
            [(None, 5e6, 7e6, "range", "barrel", "up"), (5e6, None, None, "exact", "barrel", "up"),
             (7e6, None, None, "exact", "barrel", "up")],
        ),
        # no change word: a plain range
        ("Tickets cost from $10 to $20.", [(None, 10, 20, "range", "USD", None)]),
    ],
)  # fmt: skip
def test_quantities_conventions_changes_from_to(nlp: Language, text: str, want: list[Row]) -> None:
    assert same(rows(nlp, text), want), rows(nlp, text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # sub-units of currencies are units of their own; the value is as written
        ("The shares slipped 19 cents.", [(19, None, None, "exact", "cent", "down")]),
        ("Shares in the bank closed at 164p.", [(164, None, None, "exact", "pence", None)]),
        ("A bus ride costs 100 sen.", [(100, None, None, "exact", "sen", None)]),
        ("It cost 3 dollars 50 cents.", [(3.5, None, None, "exact", "USD", None)]),  # one amount
        # "24pc" is per cent; mangled currency signs of wire copy
        ("Turnover rose 24pc in the half.", [(24, None, None, "exact", "%", "up")]),
        ("The group made PS8.1bn last year.", [(8.1e9, None, None, "exact", "GBP", None)]),
        ("Exports reached Y=410 billion.", [(4.1e11, None, None, "exact", "JPY", None)]),
        ("The fund raised $8 B in May.", [(8e9, None, None, "exact", "USD", None)]),
    ],
)
def test_quantities_conventions_currency_units(nlp: Language, text: str, want: list[Row]) -> None:
    assert same(rows(nlp, text), want), rows(nlp, text)


def test_quantities_conventions_rate_per_share(nlp: Language) -> None:
    (q,) = extract_quantities(nlp("The board declared a dividend of $7/share."))
    assert (q.value, q.unit, q.item) == (7, "USD", "per share")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Night temperatures fall to minus-130 degrees.", [(-130, None, None, "exact", "°", None)]),
        ("The index closed -1.3% lower.", [(-1.3, None, None, "exact", "%", None)]),
        ("He was tackled for minus-5 yards.", [(-5, None, None, "exact", "yd", None)]),
    ],
)
def test_quantities_conventions_negative_values(nlp: Language, text: str, want: list[Row]) -> None:
    assert same(rows(nlp, text), want), rows(nlp, text)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Profits rose sixfold.", 6, "times"),
        ("It saw a 100-fold rise in cases.", 100, "times"),
        ("Costs grew three-fold.", 3, "times"),
        ("Add 1/16 of a teaspoon.", 1 / 16, "tsp"),
        ("The gap is 1⁄32 of an inch.", 1 / 32, "in"),
        ("A quarter of voters stayed home.", 0.25, None),
        ("Half the country lost power.", 0.5, None),
    ],
)
def test_quantities_conventions_multiplicatives_and_fractions(
    nlp: Language, text: str, value: float, unit: str | None
) -> None:
    (q,) = extract_quantities(nlp(text))
    assert q.value is not None and math.isclose(q.value, value) and q.unit == unit, q


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # "one" that counts something is a quantity (NewsQuant counts "one of the best")
        ("She is one of the best sprinters.", [1]),
        ("The council rejected one proposal.", [1]),
        # "one" that counts nothing is not: a pronoun, "no one", an article-like "One reason"
        ("He is the one you mentioned.", []),
        ("No one was hurt.", []),
        ("One reason is the weather.", []),
        # scores, model numbers and names stay out; ages are typed as years
        ("Arsenal won 2-0 on Sunday.", []),
        ("The Boeing 787 landed safely.", []),
        ("Windows 10 was released by Microsoft.", []),
    ],
)
def test_quantities_conventions_what_counts(nlp: Language, text: str, values: list[float]) -> None:
    got: list[Quantity] = extract_quantities(nlp(text))
    assert [q.value for q in got] == values, got


def test_quantities_conventions_ages_are_years(nlp: Language) -> None:
    (q,) = extract_quantities(nlp("The driver, aged 87, was unhurt."))
    assert (q.value, q.unit) == (87, "year")
