"""The heading block above a wire dateline ("Mayor Brack calls the bridge plan 'reckless'\n\nAVONPORT, May 3 (Reuters)
- ..."): its clause whose subject names a `who` actor is an event, though its subject stands before the dateline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extractors.helpers import what_of


@pytest.mark.parametrize(
    ("text", "actor", "action"),
    [
        (
            "Former Avonport mayor Brack calls ferry plan 'reckless', 'costly'\n\n"
            "AVONPORT, May 3 (Reuters) - Count former Avonport mayor Tom Brack among the plan's critics.\n\n"
            "The former mayor went on the record in an interview with a local radio station on Saturday.\n\n"
            "The council has made several changes to the plan since March.",
            "Tom Brack",
            "call",
        ),
        (
            "Senator Vell urges inquiry into harbour fire\n\n"
            "AVONPORT, June 9 (UPI) -- Meet Senator Anna Vell, who has spent a decade on the harbour board.\n\n"
            "The senator spoke to reporters at the harbour on Friday, two days after the fire.\n\n"
            "Firefighters worked through the night.",
            "Anna Vell",
            "urge",
        ),
    ],
)
def test_a_heading_above_a_dateline_states_its_event(nlp: Language, text: str, actor: str, action: str) -> None:
    found = [(e.actor, e.action) for e in what_of(nlp, text)[:3]]
    assert (actor, action) in found, found


def test_the_heading_event_ends_at_its_line(nlp: Language) -> None:
    text = (
        "Former Avonport mayor Brack calls ferry plan 'reckless', 'costly'\n\n"
        "AVONPORT, May 3 (Reuters) - Count former Avonport mayor Tom Brack among the plan's critics.\n\n"
        "The former mayor went on the record in an interview with a local radio station on Saturday."
    )
    event = next(e for e in what_of(nlp, text) if e.action == "call")
    assert "AVONPORT" not in event.span.text, event.span.text


def test_a_heading_that_is_a_deck_under_another_title_states_no_event(nlp: Language) -> None:
    text = (
        "Vell is outworked in the northern districts.\n\n"
        "AVONPORT, May 3 (Reuters) - Mayor Tom Brack won 14 seats on the harbour board on Saturday, completing a "
        "near-sweep of the districts.\n\nThe results capped off a remarkable month for Brack and his party."
    )
    found = [e.action for e in what_of(nlp, text, "Brack wins most harbour board seats")[:2]]
    assert "outwork" not in found and "win" in found, found


@pytest.mark.parametrize(
    ("text", "title", "actor", "obj"),
    [
        (
            "In a 2014 recording uncovered by Avonport Radio, a former harbour official said Mayor Tom Brack ignored "
            "safety warnings.\n\nThe recording shows the official speaking to a union meeting.",
            "Avonport Radio Just Uncovered A Stunning Recording About The Mayor",
            "Avonport Radio",
            "a 2014 recording",
        ),
        (
            "The letter, released by the Harbour Workers Union, was sent to Mayor Tom Brack in March.\n\n"
            "It warned that the ferry's brakes had failed twice.",
            "Harbour Workers Union Releases Letter Warning Mayor Brack",
            "Harbour Workers Union",
            "The letter",
        ),
    ],
)
def test_the_titles_act_told_by_a_participle_is_an_event(
    nlp: Language, text: str, title: str, actor: str, obj: str
) -> None:
    found = [(e.actor, e.object) for e in what_of(nlp, text, title)[:3]]
    assert (actor, obj) in found, found


def test_a_participle_the_title_does_not_tell_is_no_event(nlp: Language) -> None:
    text = (
        "Mayor Tom Brack pointed to attacks on his campaign funded by two shipping magnates.\n\n"
        "The magnates did not respond to requests for comment."
    )
    assert not any(e.action == "fund" for e in what_of(nlp, text, "Brack says ferry will run in spring"))
