"""The quantities extractor: values, qualifiers, units, items, changes, hedges and exclusions."""

from __future__ import annotations

import json
import math

import pytest
from spacy.language import Language

from extractors.quantities import extract_quantities
from extractors.types import Quantity
from tests.conftest import FIXTURES


def quantities(nlp: Language, text: str) -> list[Quantity]:
    found = extract_quantities(nlp(text))
    for q in found:
        assert q.span.text == text[q.span.start : q.span.end]
    return found


def only(nlp: Language, text: str) -> Quantity:
    found = quantities(nlp, text)
    assert len(found) == 1, [(q.span.text, q.value, q.unit) for q in found]
    return found[0]


def close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9)


@pytest.mark.parametrize(
    ("text", "span", "value", "qualifier"),
    [
        ("They sent about 7,000 containers.", "about 7,000", 7000, "approximately"),
        ("Some 325 kilometres away.", "Some 325 kilometres", 325, "approximately"),
        ("Nearly 17 months passed.", "Nearly 17 months", 17, "approximately"),
        ("He received more than 9,000 containers.", "more than 9,000", 9000, "more_than"),
        ("Officials seized over 150 animals.", "over 150", 150, "more_than"),
        ("The attack left at least 50 dead.", "at least 50", 50, "at_least"),
        ("They want 200 or more workers.", "200 or more", 200, "at_least"),
        ("Fewer than a thousand pandas live in the wild.", "Fewer than a thousand", 1000, "less_than"),
        ("It weighs under 170 kilograms.", "under 170 kilograms", 170, "less_than"),
        ("They will hire no more than 50 staff.", "no more than 50", 50, "at_most"),
        ("Nissan plans to cut up to 700 contract workers.", "up to 700", 700, "up_to"),
        ("As many as 40 people were hurt.", "As many as 40", 40, "up_to"),
        ("The bill is exactly 12 pages long.", "exactly 12", 12, "exact"),
        ("Fans spent an average of 40 dollars.", "an average of 40 dollars", 40, "approximately"),
    ],
)
def test_quantities_qualifiers(nlp: Language, text: str, span: str, value: float, qualifier: str) -> None:
    q = only(nlp, text)
    assert q.span.text == span
    assert close(q.value, value)
    assert q.qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Between 10 and 20 people died.", 10, 20),
        ("Some 10-20 people died.", 10, 20),
        ("The number range is 1000 – 5000.", 1000, 5000),
        ("It will cost from 200 to 300 dollars.", 200, 300),
        ("It costs $5-10 million.", 5e6, 1e7),
        ("They rated it eight to 10 points.", 8, 10),
        ("Sales greater than 30 and less than or equal to 40 are counted.", 30, 40),
    ],
)
def test_quantities_ranges(nlp: Language, text: str, low: float, high: float) -> None:
    q = only(nlp, text)
    assert q.qualifier == "range"
    assert q.value is None
    assert close(q.low, low) and close(q.high, high)


def test_quantities_range_needs_rising_bounds(nlp: Language) -> None:
    """'More than 40 and less than 10' are two open bounds, not a range."""
    found = quantities(nlp, "More than 40 and less than 10 are two ranges.")
    assert [(q.qualifier, q.low, q.high) for q in found[:2]] == [("more_than", 40, None), ("less_than", None, 10)]


def test_quantities_restated_amounts_share_change_and_bounds(nlp: Language) -> None:
    """ "lost 400 points, or 1.2%" and "more than US$370m (£196m)": one amount stated twice."""
    points, percent, _level = quantities(nlp, "The Dow lost 400 points, or 1.2%, to 33,500.")
    assert (points.change, percent.change) == ("down", "down")
    dollars, pounds = quantities(nlp, "The film made more than US$370m (£196m) in the US alone.")
    assert (dollars.qualifier, pounds.qualifier) == ("more_than", "more_than")
    assert pounds.unit == "GBP" and close(pounds.low, 1.96e8)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("It took half an hour.", 0.5, "hour"),
        ("The lowest level in half a century.", 0.5, "century"),
        ("It came a year and a half earlier than expected.", 1.5, "year"),
    ],
)
def test_quantities_fraction_of_a_unit(nlp: Language, text: str, value: float, unit: str) -> None:
    q = only(nlp, text)
    assert close(q.value, value) and q.unit == unit


def test_quantities_change_levels_and_their_range(nlp: Language) -> None:
    """'rose from 5% to 7%' gives the two levels, each with the direction, and a range over them."""
    found = quantities(nlp, "Inflation rose from 5% to 7% last year.")
    assert [(q.value, q.low, q.high, q.qualifier) for q in found] == [
        (None, 5, 7, "range"), (5, None, None, "exact"), (7, None, None, "exact"),
    ]  # fmt: skip
    assert {q.change for q in found} == {"up"} and {q.unit for q in found} == {"%"}


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The company raised $2.5 billion.", 2.5e9, "USD"),
        ("It raised €300m from investors.", 3e8, "EUR"),
        ("Tickets cost £5 each.", 5, "GBP"),
        ("They paid 10 million yuan.", 1e7, "CNY"),
        ("They lent US$150 million.", 1.5e8, "USD"),
        ("Prices start at C$ 16.4 million.", 1.64e7, "CAD"),
        ("He was fined 10,000 Swiss francs.", 1e4, "CHF"),
        ("The court fined him 30,000 Egyptian pounds.", 3e4, "EGP"),
        ("Shares fell 50 cents.", 50, "cent"),
        ("The duty was cut to 85 cts.", 85, "cent"),
        ("The price is USD 22.5 million.", 2.25e7, "USD"),
        ("Its quarterly profit improved to 361 million pounds.", 3.61e8, "GBP"),
        ("It only cost 3 dollars 50 cents.", 3.5, "USD"),
    ],
)
def test_quantities_money(nlp: Language, text: str, value: float, unit: str) -> None:
    q = only(nlp, text)
    assert close(q.value, value)
    assert q.unit == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Unemployment reached 5.2% in March.", 5.2, "%"),
        ("Support grew to 40 percent.", 40, "%"),
        ("The rate is 3 per cent.", 3, "%"),
        ("Rates rose by 3 percentage points.", 3, "percentage point"),
        ("The road is 12 km long.", 12, "km"),
        ("The road is 500 metres long.", 500, "m"),
        ("I'm 1.8m tall.", 1.8, "m"),
        ("The sack weighs 25 kg.", 25, "kg"),
        ("They shipped 16,000 metric tons of copper.", 16000, "t"),
        ("It was 40 °C in the shade.", 40, "°C"),
        ("Water boils at 212 degrees Fahrenheit.", 212, "°F"),
        ("Winds reached 65 mph.", 65, "mph"),
        ("Output fell by 500,000 barrels a day.", 500000, "barrel"),
        ("A 3-inch gap opened.", 3, "in"),
        ("The 7.62mm rifle jammed.", 7.62, "mm"),
        ("The park covers 45 acres.", 45, "acre"),
        ("The talks lasted three days.", 3, "day"),
        ("She is 29 years old.", 29, "year"),
        ("She died aged 92 in London.", 92, "year"),
        ("Mary Barra, 51, will lead the company.", 51, "year"),
    ],
)
def test_quantities_units(nlp: Language, text: str, value: float, unit: str) -> None:
    q = only(nlp, text)
    assert close(q.value, value)
    assert q.unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "The mix of policies was a mile away from what they promised.",  # no unit from ordinary words
        "He will arrive in the morning.",
        "She said it was a good idea, in a way.",
    ],
)
def test_quantities_no_units_from_ordinary_words(nlp: Language, text: str) -> None:
    assert quantities(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "value", "qualifier", "high"),
    [
        # an order of magnitude spans ten times its lower end (NewsQuant: "thousands" is 1,000-10,000)
        ("Thousands of people marched.", 1e3, "at_least", 1e4),
        ("Tens of thousands of people marched.", 1e4, "at_least", 1e5),
        ("Hundreds of millions of dollars were lost.", 1e8, "at_least", 1e9),
        ("Dozens of homes were destroyed.", None, "vague", 120),
        ("Several hundred people marched.", 100, "at_least", None),
        ("They launched several missiles.", None, "vague", None),
        ("A few protesters stayed.", None, "vague", None),
    ],
)
def test_quantities_vague_and_orders_of_magnitude(
    nlp: Language, text: str, value: float | None, qualifier: str, high: float | None
) -> None:
    q = only(nlp, text)
    assert close(q.value, value) and close(q.high, high)
    assert q.qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("North Korea sent Russia about 7,000 containers full of ammunition.", "containers"),
        ("It received more than 9,000 Russian containers.", "Russian containers"),
        ("It sent possibly millions of artillery shells.", "artillery shells"),
        ("Pyongyang launched several short-range ballistic missiles.", "short-range ballistic missiles"),
        ("Twenty-six people died in the accident.", "people"),
        ("A third of voters stayed home.", "voters"),
        ("They pumped 9.5 million barrels of oil.", "oil"),
        ("Two dozen soldiers were wounded.", "soldiers"),
        ("One victim was a child.", "victim"),
    ],
)
def test_quantities_item(nlp: Language, text: str, item: str) -> None:
    assert only(nlp, text).item == item


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Revenue rose 5% in the quarter.", "up"),
        ("Costs fell by 3 percentage points.", "down"),
        ("Shares were up 5% on Monday.", "up"),
        ("The index lost 6.3 percent.", "down"),
        ("Inflation reached 7% last year.", None),
        ("It is a 24 percent reduction.", "down"),
        ("It was a drop of 3%.", "down"),
        ("Temperatures dropped to minus 5C overnight.", None),
        ("The company gained 120 new customers.", None),
    ],
)
def test_quantities_change(nlp: Language, text: str, change: str | None) -> None:
    assert only(nlp, text).change == change


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("It sent possibly millions of shells.", True),
        ("Reportedly 300 soldiers were killed.", True),
        ("Exactly 300 soldiers were killed.", False),
        ("It could be as many as 40 people.", True),
    ],
)
def test_quantities_hedged(nlp: Language, text: str, hedged: bool) -> None:
    assert only(nlp, text).hedged is hedged


@pytest.mark.parametrize(
    "text",
    [
        "The war began in 2022.",  # a year
        "The elections are on April 10.",  # a date
        "The report was dated 2024-03-18.",  # an ISO date
        "We met at 10:30 and left at 6pm.",  # times of day
        "He finished 4th in the race on May 4th.",  # ordinals
        "Call +1-222-333-4444 for details.",  # a phone number
        "She lives at 123 Main Street.",  # an address
        "The Airbus A380 and the F-16 flew over.",  # model names
        "Formula One drivers met.",  # a name
        "COVID-19 cases were reported.",  # a disease name
        "Fahrenheit 9/11 broke records.",  # a title with a date
        "Windows 10 was released.",  # a product version
        "See Article 5 of the treaty.",  # a label
        "Visit https://example.com/page?id=30 for more.",  # a URL
        "The FTSE 100 index closed higher.",  # an index name
        "The team lost in the last quarter.",  # 'quarter' as a period
        "She wants a third term in office.",  # an ordinal, not a fraction
        "The one you mentioned is invalid.",  # 'one' as a pronoun
        "Chelsea won 3-1 at home.",  # a score
        "[1.] Q. Mr. President, how do you see it?",  # a list marker
        "It was the best since '47.",  # an abbreviated year
        "At one point, the index slipped.",  # an idiom
        "The new 5G networks launched.",  # a technology name
        "The Nikkei 225 and the Russell 2000 closed lower.",  # index names
        "Boeing's 747 remains in service.",  # a model after a possessive
        "Call 0800 0560154 for help.",  # a phone number with spaces
        "They played a 4-4-2 formation.",  # a formation, not numbers
        "Sweden defeated South Korea 1 – 0 in the group.",  # a spaced score
        "Call 0207 782 4368 for details.",  # a spaced phone number
        "Mr. Halaby,20 and others attended.",  # a footnote marker
        "The ship Billions No. 18 was seized.",  # a label
        "DJs are reworking 70's and 80's music.",  # decades
        "Currently, Falcon 9 can fly again.",  # a number ending a name
    ],
)
def test_quantities_exclusions(nlp: Language, text: str) -> None:
    assert [(q.span.text, q.value) for q in quantities(nlp, text)] == []


def test_quantities_seed_article(nlp: Language, seed_text: str) -> None:
    """The founding example: every must quantity with value, qualifier and item; no must_not."""
    expected = json.loads((FIXTURES / "seed-article.expected.json").read_text(encoding="utf-8"))["quantities"]
    found = quantities(nlp, seed_text)
    for want in expected["must"] + expected["should"]:
        at = seed_text.index(want["text"])
        hits = [q for q in found if q.span.start < at + len(want["text"]) and at < q.span.end]
        assert hits, want["text"]
        q = hits[0]
        assert close(q.value, want["value"]), (want["text"], q.value)
        assert q.qualifier == want["qualifier"], (want["text"], q.qualifier)
        assert q.item is not None and want["item"].split()[-1] in q.item, (want["text"], q.item)
    millions = next(q for q in found if q.span.text == "millions")
    assert millions.hedged
    for phrase in ("2022", "April 10", "2024-03-18"):
        at = seed_text.index(phrase)
        assert not [q for q in found if q.span.start < at + len(phrase) and at < q.span.end], phrase


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "½½½", "$$$ %%% 1/0 10^999999 -", "a an the and of", "1e999"])
def test_quantities_odd_text_never_raises(nlp: Language, text: str) -> None:
    for q in quantities(nlp, text):
        assert q.value is None or math.isfinite(q.value)
