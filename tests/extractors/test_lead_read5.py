"""Forms found in the lead's editor read of unseen stories (2026-12-05, fifth session), each with a sentence
written for the test: a market's "stocks" are no organisation's; a sent title repeated on the text's first line
with other punctuation is the title; a past progressive and the simple past after it both go into the present;
the infinitive that says what a "call"/"plan"/"bid" is stays in the headline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extractors.helpers import headline_of, what_of, who_of


@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Bank lent money to farmers. In Avonia, stocks hit a five year low on Tuesday.",
        "Northwind Mining Corp. said output rose. Across the region, stocks fell sharply on Monday.",
    ],
)
def test_bare_stocks_are_a_market(nlp: Language, text: str) -> None:
    actors = [e.actor for e in what_of(nlp, text) if e.action in ("hit", "fall")]
    assert actors and all(a in (None, "stocks") or "stock" in (a or "") for a in actors), actors


def test_bare_shares_still_the_company(nlp: Language) -> None:
    top = what_of(nlp, "Northwind Mining Corp. reported a loss. Shares closed down 8% on Monday.")
    assert ("Northwind Mining Corp.", "close") in [(e.actor, e.action) for e in top]


@pytest.mark.parametrize(
    ("title", "first_line", "not_actor", "actor"),
    [
        (
            "Trump Cash Debunks Melania: Only ‘Two Cases’ where Fees ‘Went Astray’",
            "Trump Cash Debunks Melania: Only ‘Two Cases’ where Fees ‘Went Astray.’",
            "Trump Cash Debunks Melania",
            "Jane Holt",
        ),
    ],
)
def test_title_repeated_with_other_punctuation_gives_no_name(
    nlp: Language, title: str, first_line: str, not_actor: str, actor: str
) -> None:
    text = (
        f"{first_line}\n\nMayor Jane Holt said on Wednesday that the harbour fees were handled properly. "
        "Holt admitted that a few payments may have gone astray. The council will meet on Friday."
    )
    names = [a.name for a in who_of(nlp, text, title)]
    assert actor in names and not any(not_actor in n for n in names), names


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Mayor Jane Holt was defending the harbour trust but admitted two errors.",
            ("defends", "admits"),
        ),
        (
            "Coach Tom Vale was praising his young squad but conceded a lack of experience.",
            ("praises", "concedes"),
        ),
    ],
)
def test_past_progressive_and_simple_past_both_present(nlp: Language, text: str, wanted: tuple[str, str]) -> None:
    headline = headline_of(nlp, text) or ""
    assert all(w in headline.split() for w in wanted), headline


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "AVONPORT — Mayor Jane Holt defended her call to raise the harbour fee to $15 a day, saying the "
            "money would pay for new cranes.",
            "to raise the harbour fee",
        ),
        (
            "Northwind Mining Corp. dropped its bid to buy the Avonia copper mine, saying the price was too high.",
            "to buy the Avonia copper mine",
        ),
    ],
)
def test_infinitive_of_call_or_bid_kept(nlp: Language, text: str, kept: str) -> None:
    assert kept in (headline_of(nlp, text) or "")


def test_repeated_title_quoting_a_person_still_says_who(nlp: Language) -> None:
    """A "Name: 'quote'" title repeated on the first line with other punctuation: who weighs that line as
    the title and makes no mention of it, and the headline still finds the person its name stands for."""
    from extractors.pipeline import Article, Summarizer

    title = "Holt: ‘Harbour Fees’ Have ‘No Place In A Fair City’"
    text = (
        "Holt: ‘Harbour Fees’ Have ‘No Place In A Fair City.’\n\n"
        "Avonport Mayor Jane Holt, while discussing the new harbour fees on a local radio show on Wednesday, "
        "compared them to a toll on the city's fishermen. The council will vote on the fees next week."
    )
    headline = Summarizer().summarize(Article(text=text, title=title)).headline or ""
    assert headline.startswith(("Holt says", "Jane Holt says")), headline
