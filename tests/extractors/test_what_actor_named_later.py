"""what v(next), who v(next): delayed identification. A lead that describes its doer indefinitely ("A user of ...", "A
34-year-old man") names them a sentence or three later; the lead's event is that person's, unless the naming
could be someone else's (two persons, a relation, a quotation between, another gender). Invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extractors.helpers import actors_of, who_of


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        # the person named first, as a subject, three sentences on (a pronoun and a body between)
        (
            "A customer of Acme Corp's online music shop is suing the firm over its prices.\n\nHe says Acme Corp is "
            "breaking the law. Acme Corp, which opened the shop in 2003, sells songs only to its own players. "
            "Oregon resident Peter Marsh filed the suit in Portland and is seeking damages.",
            "sue",
            "Peter Marsh",
        ),
        # ... named "as" one, in apposition to the description
        (
            "A 34-year-old man has died after his car hit a tree in Dorset.\n\nThe man, named locally as "
            "Peter Grant, was driving home from work.",
            "die",
            "Peter Grant",
        ),
    ],
)
def test_what_lead_doer_named_later(nlp: Language, text: str, action: str, actor: str) -> None:
    assert actors_of(nlp, text, action) == [actor]


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        # the person named next is the described one's relation
        (
            "A man has died after his car hit a tree in Dorset.\n\nHis wife, Mary Grant, said he was careful.",
            "die",
            None,
        ),
        # a quotation between: the one named next may be its speaker's topic
        (
            'A pensioner has won the lottery for the second time.\n\n"It is a miracle," a neighbour said. '
            "Peter Grant, a shopkeeper, sold the ticket.",
            "win",
            "A pensioner",
        ),
        # a woman is not the man named next
        (
            "A woman has won the lottery for the second time.\n\nMr Peter Grant sold her the ticket in Leeds.",
            "win",
            "A woman",
        ),
        # the lead names a person: the one named next is not the one described
        (
            "A customer of Tom Ash has won the lottery in Leeds.\n\nPeter Grant sold the ticket on Sunday.",
            "win",
            "A customer",
        ),
    ],
)
def test_what_lead_doer_left_as_written(nlp: Language, text: str, action: str, actor: str | None) -> None:
    assert actors_of(nlp, text, action) == [actor]


def test_who_ranks_first_the_person_named_three_sentences_on(nlp: Language) -> None:
    # `who`'s named_next reads the same naming (names_described) within the same reach
    text = (
        "A customer of Acme Corp's online music shop is suing the firm over its prices.\n\nHe says Acme Corp is "
        "breaking the law. Acme Corp, which opened the shop in 2003, sells songs only to its own players. "
        "Oregon resident Peter Marsh filed the suit in Portland and is seeking damages."
    )
    assert who_of(nlp, text)[0].name == "Peter Marsh"


def test_who_takes_no_relation_for_the_one_described(nlp: Language) -> None:
    text = "A man has died after his car hit a tree in Dorset.\n\nHis wife, Mary Grant, said he was careful."
    assert who_of(nlp, text)[0].name != "Mary Grant"
