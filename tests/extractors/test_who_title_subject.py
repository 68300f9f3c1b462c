"""who: a title that opens on an actor and a role of it is about the one person the article gives that role,
in a title in capitals or not ("Vance Campaign Manager Laughs" / "Tom Ash, Vance's campaign manager";
extractors/who/leadroles.py, who v57)."""

from __future__ import annotations

from spacy.language import Language

from tests.extractors.helpers import who_of

_TEXT = (
    "Questions are growing about when presidential candidate Maria Vance will hold her next press "
    "conference. When Tom Ash, Vance's campaign manager, was asked about it at a lunch on Monday, he "
    "laughed. Vance last took questions in May. Vance has said she prefers rallies. Vance will speak "
    "in Ohio on Friday."
)


def test_who_title_role_of_an_actor_names_its_holder(nlp: Language) -> None:
    assert who_of(nlp, _TEXT, "Vance Campaign Manager Laughs, Evades Question")[0].name == "Tom Ash"
    assert who_of(nlp, _TEXT, "Vance campaign manager laughs off question")[0].name == "Tom Ash"


def test_who_title_without_a_held_role_keeps_its_opener(nlp: Language) -> None:
    assert who_of(nlp, _TEXT, "Vance Rally Draws Crowd")[0].name == "Maria Vance"
    # (a role no one in the article holds names no one: the opener stays)
    assert who_of(nlp, _TEXT, "Vance Spokesman Silent On Press Conference")[0].name == "Maria Vance"
