"""The reference date: request value first, else the article's dateline, else a stated date."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.reference import find_dateline, parse_published, reference_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("date 2024-03-18 SEOUL. – North Korea has sent Russia ...", date(2024, 3, 18)),
        ("2019-07-04 PARIS — The mayor said ...", date(2019, 7, 4)),
        ("Monday, May 18, 2015\n\nThe storm hit the coast.", date(2015, 5, 18)),
        ("Tuesday, 3 March 2009\n\nParliament met.", date(2009, 3, 3)),
        ("WASHINGTON, March 3, 2021 (AP) — The Senate voted ...", date(2021, 3, 3)),
        ("LONDON, 12 May 2019 - Shares fell.", date(2019, 5, 12)),
    ],
)
def test_reference_dateline_forms(text: str, expected: date) -> None:
    assert find_dateline(text) == (expected, "dateline")


def test_reference_stamp_in_text() -> None:
    text = "Storm season\nBy A. Writer. Published: 12 March 2019\n\nRain fell all day."
    assert find_dateline(text) == (date(2019, 3, 12), "text")


@pytest.mark.parametrize(
    "text",
    [
        "RIO DE JANEIRO, Feb 26 - Brazil's coffee exports rose.",  # no year: not resolvable alone
        "The company said revenue rose 5% in 2019 to $3 billion.",  # a year in the body is not a dateline
        "",
        "   \n\n  ",
        "May 2019 be a good year, he said.",
    ],
)
def test_reference_none_without_dateline(text: str) -> None:
    assert find_dateline(text) == (None, None)


def test_reference_request_value_wins() -> None:
    text = "date 2024-03-18 SEOUL. – News."
    assert reference_date(text, date(2020, 1, 2)) == (date(2020, 1, 2), "request")
    assert reference_date(text, None) == (date(2024, 3, 18), "dateline")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-18", date(2024, 3, 18)),
        ("2024-03-18T23:30:00-05:00", date(2024, 3, 18)),  # the date as written, in its own offset
        ("2024-03-18T10:00:00Z", date(2024, 3, 18)),
    ],
)
def test_reference_parse_published(value: str, expected: date) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["2024-13-01", "18/03/2024", "yesterday", "2024-3-18"])
def test_reference_parse_published_rejects(value: str) -> None:
    with pytest.raises(ValueError):
        parse_published(value)
