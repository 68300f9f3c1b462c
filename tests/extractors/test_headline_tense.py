"""Headline tense: a past event told in the simple present, the way headlines are written."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractors.tense import third_person
from tests.extractors.helpers import headline_of


@pytest.mark.parametrize(
    ("lemma", "form"),
    [
        ("file", "files"),
        ("go", "goes"),
        ("veto", "vetoes"),
        ("tattoo", "tattoos"),
        ("fix", "fixes"),
        ("push", "pushes"),
        ("carry", "carries"),
        ("play", "plays"),
        ("be", "is"),
        ("have", "has"),
    ],
)
def test_tense_third_person(lemma: str, form: str) -> None:
    assert third_person(lemma) == form


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        # a perfect becomes the present, in the number of its auxiliary
        ("Grocery chain Foodmart has filed for bankruptcy protection.", "Foodmart files for bankruptcy protection."),
        # a progressive too
        (
            "Singer Tom Vale is suing his former record label over unpaid royalties.",
            "Tom Vale sues his former record label over unpaid royalties.",
        ),
        # a simple past, in the number of its subject (also where the tagger read a participle)
        ("Two freight trains collided in a tunnel near Basel.", "Two freight trains collide in a tunnel near Basel."),
        # the lemmatiser's "hop" for "hoping" gets its silent "e" back
        (
            "The charity is hoping to raise a million pounds for the new hospital wing.",
            "The charity hopes to raise a million pounds for the new hospital wing.",
        ),
        # the same doer's second act follows the first, though the tagger read it as a past tense
        (
            "Mayor Ann Cole has vetoed the budget and called for new talks with the unions.",
            "Ann Cole vetoes the budget and calls for new talks with the unions.",
        ),
        # a date inside a noun phrase does not date the clause
        (
            "Swimmer Tom Reyes has received an eight-year ban for doping offences.",
            "Tom Reyes receives an eight-year ban for doping offences.",
        ),
        # a perfect passive becomes a past passive: "are arrested" would read as a habit
        (
            "Fifteen people have been arrested after a raid on a casino in Leeds.",
            "Fifteen people were arrested after a raid.",
        ),
    ],
)
def test_headline_tense_states_the_event_in_the_present(nlp: Language, text: str, headline: str) -> None:
    assert headline_of(nlp, text) == headline


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a negated past stays: "does not approve" would make a stance of the decision
        ("The city council did not approve the plan to close the library.", "did not approve"),
        # a plan in the past stays a plan
        ("The miners were going to strike over the new contracts.", "were going to strike"),
        # a modal and "is to" keep their own time
        ("The regulator will block the takeover of the airline by the state carrier.", "will block"),
        ("Freedonia is to relaunch its currency, knocking three zeros off the crown.", "is to relaunch"),
        # a simple past passive stays: "is shot" would read as a habit
        ("A gorilla was shot at a zoo in Ohio after a boy fell into its enclosure.", "was shot"),
        # a name that may be a team or a show: its number cannot be told, so the past stays
        ("The Bears announced the firing of their veteran head coach.", "The Bears announced"),
        # a clause that keeps its date keeps its tense
        ("The ferry to Calais sailed on 1 January 2018.", "sailed on 1 January 2018"),
    ],
)
def test_headline_tense_keeps_what_the_present_would_change(nlp: Language, text: str, kept: str) -> None:
    headline = headline_of(nlp, text)
    assert headline is not None and kept in headline, headline


def test_headline_tense_of_a_frame_and_its_claim(nlp: Language) -> None:
    # the frame says, the claim keeps the tense it was stated in
    text = "Finance Minister Ada Reyes has said house prices fell slightly in November."
    assert headline_of(nlp, text) == "Ada Reyes says house prices fell slightly."
    text = "The government has admitted a plane has crashed in the mountains of Costa Rica."
    assert headline_of(nlp, text) == "The government admits a plane has crashed in the mountains of Costa Rica."


def test_headline_tense_keeps_the_past_of_a_clause_dated_as_written(nlp: Language) -> None:
    # the date phrase is cut from the headline, but the clause was dated: "works with ... until" would be false
    text = "Partridge worked with the singer from 1977 until the Jamaican musician's death in 1981."
    headline = headline_of(nlp, text) or ""
    assert headline.startswith("Partridge worked with the singer"), headline
