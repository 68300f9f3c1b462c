"""Number expressions and their values (extractors.numbers): no model needed."""

from __future__ import annotations

import math

import pytest

from extractors.numbers import scan_numbers


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("7,000", 7000),
        ("9.5 million", 9.5e6),
        ("1.2bn", 1.2e9),
        ("10k", 1e4),
        ("2 million", 2e6),
        ("two dozen", 24),
        ("a dozen", 12),
        ("half a dozen", 6),
        ("a third", 1 / 3),
        ("two thirds", 2 / 3),
        ("three quarters", 0.75),
        ("one and a half", 1.5),
        ("five and a half million", 5.5e6),
        ("3 million and a half", 3.5e6),
        ("twenty-one trillion", 21e12),
        ("one hundred and sixty-one", 161),
        ("two hundred and two thousand", 202000),
        ("two thousand and two hundred", 2200),
        ("one hundred and three and two thirds", 103 + 2 / 3),
        ("fifty - two", 52),
        ("two hundred point zero three", 200.03),
        ("half million", 5e5),
        ("half a million", 5e5),
        ("two thirds of a million", 2e6 / 3),
        ("1,674.5 million", 1.6745e9),
        ("2 1/4", 2.25),
        ("3/4", 0.75),
        ("½", 0.5),
        ("1 234 567", 1234567),
        ("12,34,567.89", 1234567.89),
        ("1.111,11", 1111.11),
        ("1e10", 1e10),
        ("1.3x10^6", 1.3e6),
        ("-4/5", -0.8),
        ("minus five point five", -5.5),
        ("13 lakh", 1.3e6),
        ("three lakh crore", 3e12),
        ("one out of three", 1 / 3),
    ],
)
def test_quantities_number_values(text: str, value: float) -> None:
    found = scan_numbers(text)
    assert len(found) == 1, found
    assert math.isclose(found[0].value, value, rel_tol=1e-9)
    assert found[0].text == text.strip()


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("3 hundred and 2 hundred are two", [300, 200, 2]),  # 'and' never joins two equal scales
        ("4000 3 hundred and 21", [4000, 321]),
        ("Exercises nrs. 22,24,26,31.", [22, 24, 26, 31]),
        ("either 10 bln or 10 tln", [1e10, 1e13]),
    ],
)
def test_quantities_number_sequences(text: str, values: list[float]) -> None:
    assert [n.value for n in scan_numbers(text)] == pytest.approx(values)


@pytest.mark.parametrize("text", ["an", "a", "the dozens", "Fahrenheit 9/11", "seventh heaven", "the first"])
def test_quantities_number_words_alone_are_not_numbers(text: str) -> None:
    """Articles, plural 'dozens', ordinals and '9/11' (not a fraction with that denominator)."""
    assert scan_numbers(text) == []
