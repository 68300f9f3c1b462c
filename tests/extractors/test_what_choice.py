"""what: which event leads — the lead's main clause over questions, scenes set for the reader and
background told before the news; and whose event it is (the canonical name, not the description)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractors.types import Event
from extractors.what import extract_what
from extractors.who import extract_who


def _what(nlp: Language, text: str, title: str | None = None) -> list[Event]:
    doc = nlp(text)
    return extract_what(doc, who=extract_who(doc), sources=[], title=title)


@pytest.mark.parametrize(
    "opening",
    [
        "What is a credit freeze?",
        "Why did the council close the library?",
        "Imagine cutting your weekly energy bill in half without lifting a finger.",
        "Suppose you could print a house in a day.",
    ],
)
def test_what_choice_a_question_or_scene_is_not_the_lead(nlp: Language, opening: str) -> None:
    text = f"{opening}\n\nThe Hartwell Energy Company launched a new smart meter on Monday. Critics said it was costly."
    top = _what(nlp, text)[0]
    assert (top.actor, top.action) == ("Hartwell Energy Company", "launch")


@pytest.mark.parametrize(
    "opening",
    [
        "Last year, the Brennan Group bought three regional newspapers.",
        "More than five years ago, the Brennan Group bought three regional newspapers.",
        "In the past, the Brennan Group bought regional newspapers.",
    ],
)
def test_what_choice_background_opener_yields_to_the_news(nlp: Language, opening: str) -> None:
    text = f"{opening} The Brennan Group has now closed its printing plant in Leeds, cutting 200 jobs."
    top = _what(nlp, text)[0]
    assert (top.actor, top.action) == ("Brennan Group", "close")


def test_what_choice_a_dated_lead_is_still_the_news(nlp: Language) -> None:
    # "On Monday" and "last week" date the news itself: no background
    text = "Last week, the Brennan Group closed its printing plant in Leeds. Unions said they were shocked."
    top = _what(nlp, text)[0]
    assert (top.actor, top.action) == ("Brennan Group", "close")
