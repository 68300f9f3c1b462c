"""what (issue 10, voices): an interview guest's "we" is the body the title or the opening ties the guest
to ("Brindley Radio founder Ana Verro"), and a news conference's empty act of announcing ("I have an
announcement") yields to what is announced. Invented names throughout."""

from __future__ import annotations

import re

import pytest
from spacy.language import Language

from extractors.lexicons.voices import BODY_LINKS
from extractors.what.empty_acts import empty_announcement
from tests.extractors.helpers import what_of

_INTERVIEW = (
    "Tuesday, May 3, 2011\n\n"
    "Wikinews: How did the station begin?\n\n"
    "Ana Verro: I started it in my kitchen in 2009.\n\n"
    "Wikinews: What do you broadcast now?\n\n"
    "Ana Verro: We broadcast folk music from the valley every night.\n\n"
    "Wikinews: Who pays for it?\n\n"
    "Ana Verro: Our listeners do. Together we formed a trust last year.\n\n"
    "Wikinews: What comes next?\n\n"
    "Ana Verro: We hope to open a second studio in Vantor.\n"
)


@pytest.mark.parametrize(("name", "pattern", "example"), BODY_LINKS)
def test_voices_each_link_reads_its_example(name: str, pattern: str, example: str) -> None:
    m = re.search(pattern, example)
    assert m is not None, name
    assert m.group("person") and m.group("body")


def test_voices_we_is_the_body_of_the_title(nlp: Language) -> None:
    events = what_of(nlp, _INTERVIEW, title="Interview with Brindley Radio founder Ana Verro")
    doers = {e.action: e.actor for e in events}
    assert doers.get("broadcast") == "Brindley Radio"
    assert doers.get("start") == "Ana Verro"  # "I" stays the guest


def test_voices_a_founding_verb_with_an_object_stays_the_guests(nlp: Language) -> None:
    events = what_of(nlp, _INTERVIEW, title="Interview with Brindley Radio founder Ana Verro")
    assert {e.action: e.actor for e in events}.get("form") == "Ana Verro"


def test_voices_without_a_tie_we_stays_the_guest(nlp: Language) -> None:
    events = what_of(nlp, _INTERVIEW, title="Interview with folk singer Ana Verro")
    assert {e.action: e.actor for e in events}.get("broadcast") == "Ana Verro"


@pytest.mark.parametrize(
    ("text", "lemma", "empty"),
    [
        ("I have two announcements.", "have", True),
        ("I have a brief statement to make on the talks in Vantor.", "have", True),
        ("I am going to make my opening statement quite brief.", "make", True),
        ("The ministry made a statement on Monday.", "make", False),  # a third party's act is news
        ("I have two daughters.", "have", False),
        ("We make the statement that the plant will close.", "make", False),  # what is announced is told
    ],
)
def test_voices_empty_announcement(nlp: Language, text: str, lemma: str, empty: bool) -> None:
    doc = nlp(text)
    verb = next(t for t in doc if t.lemma_ == lemma)
    assert empty_announcement(verb) is empty


def test_voices_the_announced_news_outranks_the_act(nlp: Language) -> None:
    text = (
        "THE PRESIDENT. I have an announcement before your questions.\n\n"
        "I announce the resignation of Secretary of Trade Ana Verro, effective May 3.\n\n"
        "Q. Mr. President, will you name her successor soon?\n\n"
        "THE PRESIDENT. I will name a successor next week.\n"
    )
    actions = [e.action for e in what_of(nlp, text)]
    assert "announce" in actions
    assert "have" not in actions[: actions.index("announce") + 1]
