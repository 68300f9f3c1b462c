"""Dates: one hand-built case per recognition rule and news convention, plus the seed example."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from extractors.dates import extract_dates, interval_of
from extractors.types import DateMention
from tests.conftest import FIXTURES

REF = date(2024, 3, 18)  # a Monday, the seed article's dateline


def _find(nlp: Language, sentence: str, words: str, reference: date | None = REF) -> DateMention:
    """The one mention overlapping ``words`` in ``sentence``."""
    doc = nlp(sentence)
    start = sentence.index(words)
    end = start + len(words)
    found = [d for d in extract_dates(doc, reference=reference) if d.span.start < end and start < d.span.end]
    assert found, f"no date over {words!r} in {[d.span.text for d in extract_dates(doc, reference=reference)]}"
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "words", "type_", "value"),
    [
        # past tense: the most recent one on or before the reference
        ("South Korea's defense minister said Monday that talks failed.", "Monday", "DATE", "2024-03-18"),
        ("The minister resigned Friday.", "Friday", "DATE", "2024-03-15"),
        ("Arms deliveries accelerated after a summit in September.", "September", "DATE", "2023-09"),
        ("The company was founded on Dec. 12.", "Dec. 12", "DATE", "2023-12-12"),
        # future tense and schedules: forward
        ("The leaders will meet on Friday.", "Friday", "DATE", "2024-03-22"),
        (
            "The North could increase its testing ahead of the April 10 parliamentary elections.",
            "April 10",
            "DATE",
            "2024-04-10",
        ),
        ("The council will vote in September.", "September", "DATE", "2024-09"),
        # relative to the reference
        ("Exports have grown since last year.", "last year", "DATE", "2023"),
        ("Prices rose this week.", "this week", "DATE", "2024-W12"),
        ("The deal closed last month.", "last month", "DATE", "2024-02"),
        ("The bill passes next year.", "next year", "DATE", "2025"),
        ("He arrived yesterday.", "yesterday", "DATE", "2024-03-17"),
        ("What happened the day before?", "the day before", "DATE", "2024-03-17"),
        ("The firm said earlier this month that it would cut jobs.", "earlier this month", "DATE", "2024-03"),
        ("The talks were held two years ago.", "two years ago", "DATE", "2022"),
        ("The treaty was signed six weeks ago.", "six weeks ago", "DATE", "2024-W06"),
        ("Profit rose in the past year.", "the past year", "DATE", "2023"),
        # explicit dates
        ("The ceasefire began on Sept. 30, 1998.", "Sept. 30, 1998", "DATE", "1998-09-30"),
        ("The report is dated 2024-03-18.", "2024-03-18", "DATE", "2024-03-18"),
        ("The war began in March 2022.", "March 2022", "DATE", "2022-03"),
        ("Sales peaked in 1997.", "1997", "DATE", "1997"),
        ("The firm was strong in the 1990s.", "the 1990s", "DATE", "199"),
        ("It was a 20th century idea.", "20th century", "DATE", "19"),
        # quarters, halves, seasons, fiscal years
        ("Profit fell in the third quarter.", "the third quarter", "DATE", "2023-Q3"),
        ("Profit fell in the first quarter of 2022.", "the first quarter of 2022", "DATE", "2022-Q1"),
        ("Revenue rose in the latest quarter.", "the latest quarter", "DATE", "2023-Q4"),
        ("Sales fell in fiscal 2023.", "fiscal 2023", "DATE", "2023"),
        ("The plant was built last summer.", "last summer", "DATE", "2023-SU"),
        ("It was a record in Q1 2024.", "Q1 2024", "DATE", "2024-Q1"),
        # reference words
        ("Prices are now falling.", "now", "DATE", "PRESENT_REF"),
        ("The plant is currently closed.", "currently", "DATE", "PRESENT_REF"),
        ("Officials have warned in recent months that arms flowed.", "recent months", "DATE", "PAST_REF"),
        ("The firm recently cut prices.", "recently", "DATE", "PAST_REF"),
        ("Nobody knows what the future holds.", "the future", "DATE", "FUTURE_REF"),
        ("Losses mounted over the past several quarters.", "the past several quarters", "DATE", "PAST_REF"),
        ("The economy should slow in coming months.", "coming months", "DATE", "FUTURE_REF"),
        # durations
        ("The war has lasted three years.", "three years", "DURATION", "P3Y"),
        ("The meeting came hours after the launch.", "hours", "DURATION", "PTXH"),
        ("The launches occurred days after the drills.", "days", "DURATION", "PXD"),
        ("Stocks plunged in the past three months.", "the past three months", "DURATION", "P3M"),
        ("He testified for more than four hours.", "more than four hours", "DURATION", "PT4H"),
        ("It was a two-year program.", "two-year", "DURATION", "P2Y"),
        ("The talks were cut off for several years.", "several years", "DURATION", "PXY"),
        ("He spoke for an hour and a half.", "an hour and a half", "DURATION", "PT1H30M"),
        # anchored: TimeML keeps the amount, the anchor event is not part of the timex
        ("The troops left two days after the vote.", "two days", "DURATION", "P2D"),
        # counted from an event of the story: the amount, without "later"
        ("The gap closed. Three days later, prices fell.", "Three days", "DURATION", "P3D"),
        # sets
        ("The committee meets every Monday.", "every Monday", "SET", "XXXX-WXX-1"),
        ("Dividends are paid annually.", "annually", "SET", "P1Y"),
        ("The agency publishes a daily tally.", "daily", "SET", "P1D"),
        ("The board meets twice a year.", "twice a year", "SET", "P1Y"),
        # times
        ("The attack began at 10 p.m. Wednesday.", "10 p.m. Wednesday", "TIME", "2024-03-13T22:00"),
        ("The minister spoke this morning.", "this morning", "TIME", "2024-03-18TMO"),
        # holidays
        ("The family gathered at Christmas.", "Christmas", "DATE", "2023-12-25"),
    ],
)
def test_dates_rules(nlp: Language, sentence: str, words: str, type_: str, value: str) -> None:
    found = _find(nlp, sentence, words)
    assert (found.type, found.value) == (type_, value)


@pytest.mark.parametrize(
    ("sentence", "words", "extent"),
    [
        ("But in the past three months, stocks have plunged.", "past three months", "the past three months"),
        ("The group held power in the late 1970s.", "1970s", "the late 1970s"),
        ("Rebels seized the town nearly four years ago.", "four years ago", "nearly four years ago"),
        ("The plan starts early next year.", "next year", "early next year"),
        ("He left on Monday.", "Monday", "Monday"),
        ("He left in the year-ago quarter.", "quarter", "the year-ago quarter"),
    ],
)
def test_dates_extent_follows_timeml(nlp: Language, sentence: str, words: str, extent: str) -> None:
    assert _find(nlp, sentence, words).span.text == extent


@pytest.mark.parametrize(
    ("sentence", "words", "value", "mod"),
    [
        ("Since the beginning of 2022, tests have increased.", "2022", "2022", "START"),
        ("Shares rose in late November.", "November", "2023-11", "END"),
        ("Output peaked in mid-1996.", "1996", "1996", "MID"),
        ("He spoke for about two hours.", "two hours", "PT2H", "APPROX"),
    ],
)
def test_dates_mods(nlp: Language, sentence: str, words: str, value: str, mod: str) -> None:
    found = _find(nlp, sentence, words)
    assert (found.value, found.mod) == (value, mod)


def test_dates_without_reference_stay_underspecified(nlp: Language) -> None:
    assert _find(nlp, "A summit was held in September.", "September", reference=None).value == "XXXX-09"
    assert _find(nlp, "He will meet them on March 5.", "March 5", reference=None).value == "XXXX-03-05"
    assert _find(nlp, "Prices are now falling.", "now", reference=None).value == "PRESENT_REF"


def test_dates_no_tense_is_flagged_ambiguous(nlp: Language) -> None:
    # A bare month in a verbless headline: the reference year is a guess, and says so.
    assert _find(nlp, "Summit in September", "September").ambiguous


@pytest.mark.parametrize(
    "sentence",
    [
        "You may leave now if you want.",  # 'may' the modal, 'now' is still a date
        "Troops will march on the capital.",
        "A quarter of the voters stayed home.",
        "He paid $2024 for the car.",
        "The 35-year-old man was arrested.",
        "The company employs 1999 workers.",
    ],
)
def test_dates_no_false_months_ages_or_fractions(nlp: Language, sentence: str) -> None:
    values = [d.value for d in extract_dates(nlp(sentence), reference=REF)]
    assert not [v for v in values if v not in ("PRESENT_REF",)], values


@pytest.mark.parametrize(
    ("value", "start", "end"),
    [
        ("2024", "2024-01-01", "2024-12-31"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2024-W12", "2024-03-18", "2024-03-24"),
        ("2024-Q1", "2024-01-01", "2024-03-31"),
        ("2023-WI", "2023-12-01", "2024-02-29"),
        ("199X", "1990-01-01", "1999-12-31"),
        ("2024-03-18TMO", "2024-03-18", "2024-03-18"),
    ],
)
def test_dates_interval_of_values(value: str, start: str, end: str) -> None:
    iv = interval_of(value)
    assert iv is not None
    assert (iv.start, iv.end) == (start, end)


def test_dates_interval_of_refs_is_none() -> None:
    assert interval_of("PRESENT_REF") is None
    assert interval_of("P3Y") is None


def test_dates_spans_match_text_and_are_sorted(nlp: Language, seed_text: str) -> None:
    doc = nlp(seed_text)
    found = extract_dates(doc, reference=REF)
    assert found == sorted(found, key=lambda d: d.span.start)
    for d in found:
        assert seed_text[d.span.start : d.span.end] == d.span.text


@pytest.mark.parametrize("text", ["", "   ", "\x00\x01", "1/1/1", "Q9 Feb. 31 the 99th century 13:99 p.m."])
def test_dates_odd_text_never_raises(nlp: Language, text: str) -> None:
    assert isinstance(extract_dates(nlp(text), reference=REF), list)


def test_dates_seed_items(nlp: Language, seed_text: str) -> None:
    """Every 'must' and 'should' date of the seed example, with the dateline's reference date."""
    expected = json.loads((FIXTURES / "seed-article.expected.json").read_text(encoding="utf-8"))["dates"]
    found = extract_dates(nlp(seed_text), reference=REF)
    for item in expected["must"] + expected["should"]:
        start = seed_text.index(item["text"])
        end = start + len(item["text"])
        hits = [d for d in found if d.span.start < end and start < d.span.end]
        assert any((d.type, d.value, d.mod) == (item["type"], item["value"], item.get("mod")) for d in hits), (
            item,
            hits,
        )
    assert any(d.span.text == "2024-03-18" and d.value == "2024-03-18" for d in found)


@pytest.mark.parametrize(
    ("sentence", "words", "value", "start", "end"),
    [
        ("The exhibition runs from March to May.", "from March to May", "P2M", "2024-03-01", "2024-05-31"),
        ("Prices rose between 2014 and 2018.", "between 2014 and 2018", "P4Y", "2014-01-01", "2018-12-31"),
        ("The summit will be held on November 18-19.", "November 18-19", "P1D", "2024-11-18", "2024-11-19"),
        ("The range is 2014-2018.", "2014-2018", "P4Y", "2014-01-01", "2018-12-31"),
        ("Sales fell from Nov. to Feb.", "from Nov. to Feb.", "P3M", "2023-11-01", "2024-02-29"),
    ],
)
def test_dates_ranges_carry_their_interval(
    nlp: Language, sentence: str, words: str, value: str, start: str, end: str
) -> None:
    doc = nlp(sentence)
    ranges = [d for d in extract_dates(doc, reference=REF) if d.span.text == words]
    assert ranges, [d.span.text for d in extract_dates(doc, reference=REF)]
    r = ranges[0]
    assert (r.type, r.value) == ("DURATION", value)
    assert r.resolved is not None
    assert (r.resolved.start, r.resolved.end) == (start, end)


def test_dates_range_keeps_both_ends_as_dates(nlp: Language) -> None:
    # TimeML marks the ends of "from 1991 to 1997" as dates of their own; the range is added to them.
    found = extract_dates(nlp("He was arrested twice from 1991 to 1997."), reference=REF)
    assert [(d.span.text, d.value) for d in found if d.type == "DATE"] == [("1991", "1991"), ("1997", "1997")]


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        ("Are you available two days after today?", "two days after today", "2024-03-20"),
        ("We met three weeks before March 30, 2024.", "three weeks before March 30, 2024", "2024-03-09"),
        ("I will leave in two weeks.", "two weeks", "2024-04-01"),
        ("The book came out a fortnight later.", "a fortnight later", "2024-04-01"),
        ("The talks resume the week after next.", "the week after next", "2024-W14"),
        ("Let us meet the week of April 10.", "the week of April 10", "2024-W15"),
        ("The audit covers the third week of 2018.", "the third week of 2018", "2018-W03"),
        ("Payments are due on the 4th.", "the 4th", "2024-04-04"),
        ("It will happen next week on Tuesday.", "next week on Tuesday", "2024-03-26"),
        ("The board met last Wednesday.", "last Wednesday", "2024-03-13"),
        ("The board meets next Wednesday.", "next Wednesday", "2024-03-27"),
        ("Shops open on Black Friday 2010.", "Black Friday 2010", "2010-11-26"),
        ("They travel for Labor Day weekend.", "Labor Day weekend", "2024-W35-WE"),
        ("Enrolment rose this school year.", "this school year", "SY2024"),
    ],
)
def test_dates_anchored_and_calendar_arithmetic(nlp: Language, sentence: str, words: str, value: str) -> None:
    assert _find(nlp, sentence, words).value == value


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        ("The file is dated 2002-10-09.", "2002-10-09", "2002-10-09"),
        ("It happened on 05-Aug-2016.", "05-Aug-2016", "2016-08-05"),
        ("The plan runs to Dec/2018.", "Dec/2018", "2018-12"),
        ("The report for 2015-12 is late.", "2015-12", "2015-12"),
        ("She was born on January twenty five nineteen eighty six.", "January twenty five", "1986-01-25"),
        ("The meeting will move to 11/20.", "11/20", "2024-11-20"),
        ("Sales rose in 2017 Q1.", "2017 Q1", "2017-Q1"),
        ("The stock was strong in the '80s.", "'80s", "198"),
    ],
)
def test_dates_written_forms(nlp: Language, sentence: str, words: str, value: str) -> None:
    assert _find(nlp, sentence, words).value == value


def test_dates_following_year_counts_from_the_last_date(nlp: Language) -> None:
    text = "On May 22, 1995, Farkas was made a general, and the following year he was appointed minister."
    assert _find(nlp, text, "the following year").value == "1996"


@pytest.mark.parametrize(
    "sentence",
    [
        "Intel eased 1/8 to 31 7/8 in heavy trading.",  # stock prices in eighths
        "Foreign ministers Janos Martonyi and Jan Kavan met.",  # a first name
        "He was in his 30s when he moved.",  # an age
        "The dividend is $1.76 a year.",  # a rate
        "The number rose to 300,000 last year.",  # a thousands separator
    ],
)
def test_dates_no_false_fractions_names_ages_rates(nlp: Language, sentence: str) -> None:
    found = extract_dates(nlp(sentence), reference=REF)
    assert all(d.value in ("2023",) for d in found), [(d.span.text, d.value) for d in found]


_DATEY = st.sampled_from(
    ["Monday", "last", "year", "2024", "-", "/", "the", "of", "12", "31st", "Q3", "ago", "from", "to", "Feb.",
     "between", "and", "weekend", "fiscal", "1990s", "'80s", "noon", "p.m.", "every", "days", " ", ",", "é", "\n"]
)  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(words=st.lists(st.one_of(_DATEY, st.text(max_size=6)), max_size=25))
def test_dates_never_raise_and_spans_match(nlp: Language, words: list[str]) -> None:
    text = " ".join(words)
    for d in extract_dates(nlp(text), reference=REF):
        assert text[d.span.start : d.span.end] == d.span.text
        assert d.span.text.strip() == d.span.text


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        # TimeML writes a decade as its first three digits, a century as its first two
        ("Rock peaked in the late 1970s.", "the late 1970s", "197"),
        ("Rock peaked in the nineties.", "the nineties", "199"),
        ("Growth was slow over the last decade.", "the last decade", "201"),
        # "a decade ago" is a year, ten back, not the whole decade before
        ("The plant closed a decade ago.", "a decade ago", "2014"),
    ],
)
def test_dates_decades_take_three_digits(nlp: Language, sentence: str, words: str, value: str) -> None:
    assert _find(nlp, sentence, words).value == value


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        # a bare weekday under a modal of possibility, or after "until" / "as early as", lies ahead
        ("The father might come to the U.S. as early as Tuesday.", "Tuesday", "2024-03-19"),
        ("Officials postponed until Thursday any action on the case.", "Thursday", "2024-03-21"),
        ("The envoys may meet Friday in Geneva.", "Friday", "2024-03-22"),
        # "could" and "would" also narrate the past: no forward move
        ("He could not be located Friday in his hometown.", "Friday", "2024-03-15"),
        ("The talks had been extended until Friday.", "Friday", "2024-03-15"),
        # a schedule in the pluperfect has passed; in the present it lies ahead
        ("The offer had been scheduled to expire at midnight Friday.", "Friday", "2024-03-15T24:00"),
        ("The offer is scheduled to expire Friday.", "Friday", "2024-03-22"),
        # the same for months and days: "through/until", "effective"
        ("The bank created a new office, effective Feb. 1.", "Feb. 1", "2025-02-01"),
        # a perfect progressive and a participle clause narrate the past
        ("Police have been searching for him since the Oct. 23 shooting.", "Oct. 23", "2023-10-23"),
        ("The stock has fluctuated, rising to a high in June from a low in December.", "June", "2023-06"),
    ],
)
def test_dates_weekday_ahead_after_modal_or_limit(nlp: Language, sentence: str, words: str, value: str) -> None:
    assert _find(nlp, sentence, words).value == value


@pytest.mark.parametrize(
    ("sentence", "words", "expected"),
    [
        ("Construction was delayed because of current market conditions.", "current", "PRESENT_REF"),
        ("Kellogg's current share is believed to be lower.", "current", "PRESENT_REF"),
        ("The current account deficit widened.", "current", None),  # a trade-statistics term
        ("Holders may buy at the then current market price.", "current", None),
        ("The swimmer was swept away by the current.", "current", None),  # the noun
    ],
)
def test_dates_current_adjective_is_present_ref(nlp: Language, sentence: str, words: str, expected: str | None) -> None:
    doc = nlp(sentence)
    start = sentence.index(words)
    found = [d.value for d in extract_dates(doc, reference=REF) if d.span.start <= start < d.span.end]
    assert found == ([expected] if expected else []), found


@pytest.mark.parametrize(
    ("sentence", "words", "extent", "type_", "value"),
    [
        ("Prices may fall in the weeks ahead.", "weeks", "the weeks ahead", "DURATION", "PXW"),
        ("In the first hours of the war, jets flew.", "hours", "the first hours", "DURATION", "PTXH"),
        ("In the early years it was hard.", "years", "the early years", "DURATION", "PXY"),
        ("Prices rose over the years.", "years", "the years", "DURATION", "PXY"),
        ("He left the company months ago.", "months", "months ago", "DATE", "PAST_REF"),
        ("Sales may slow in the near term.", "near term", "the near term", "DATE", "FUTURE_REF"),
        # a bare plural keeps its own extent when "the" belongs to what follows
        ("The car was seen in the weeks before the shooting.", "weeks", "weeks", "DURATION", "PXW"),
    ],
)
def test_dates_vague_stretches(nlp: Language, sentence: str, words: str, extent: str, type_: str, value: str) -> None:
    d = _find(nlp, sentence, words)
    assert (d.span.text, d.type, d.value) == (extent, type_, value)


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        ("The show airs Tuesday nights.", "Tuesday nights", "XXXX-WXX-2TNI"),
        ("The club meets on Sundays.", "Sundays", "XXXX-WXX-7"),
    ],
)
def test_dates_weekday_with_plural_part_of_day_is_a_set(nlp: Language, sentence: str, words: str, value: str) -> None:
    d = _find(nlp, sentence, words)
    assert (d.span.text, d.type, d.value) == (words, "SET", value)


@pytest.mark.parametrize(
    ("sentence", "words", "type_", "value"),
    [
        # a year "ended"/"ending" on a date is a length of a year (TimeBank); otherwise the year itself
        ("In the fiscal year ended Jan. 31, the company earned more.", "the fiscal year", "DURATION", "P1Y"),
        ("Profit will rise in the fiscal year.", "the fiscal year", "DATE", "2024"),
    ],
)
def test_dates_fiscal_year_ended(nlp: Language, sentence: str, words: str, type_: str, value: str) -> None:
    d = _find(nlp, sentence, words)
    assert (d.type, d.value) == (type_, value)


@pytest.mark.parametrize(
    ("sentence", "words", "type_", "value"),
    [
        # ISO 8601 durations have no quarter unit: a number of quarters is three times as many months
        ("Profit should grow over the next three quarters.", "the next three quarters", "DURATION", "P9M"),
        ("Sales fell for the past two quarters.", "the past two quarters", "DURATION", "P6M"),
        ("It lost money for several quarters.", "several quarters", "DURATION", "PXQ"),
        ("The fund pays out every quarter.", "every quarter", "SET", "P1Q"),
    ],
)
def test_dates_quarters_as_months(nlp: Language, sentence: str, words: str, type_: str, value: str) -> None:
    d = _find(nlp, sentence, words)
    assert (d.span.text, d.type, d.value) == (words, type_, value)


@pytest.mark.parametrize("text", ["Monday 0/0", "Monday 13/13", "on February 30 the vote"])
def test_dates_impossible_month_day_is_no_date_and_no_error(nlp: Language, text: str) -> None:
    for d in extract_dates(nlp(text), reference=REF):
        assert text[d.span.start : d.span.end] == d.span.text
        assert not d.value.endswith(("-00", "-13-13"))
