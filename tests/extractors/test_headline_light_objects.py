"""A headline states the news its object carries: a light object ("someone", "a statement", "the man") keeps the
first short clause that says which one, up to a dash; and a sentence the parser rooted on a reduced relative
("The candidate labeled 'X' continues ...") is headlined by its own main verb."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extractors.helpers import headline_of


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Mayor Jane Roe has finally found someone she would like to run the harbour board — former "
            "councillor Tom Lee.\n\nRoe spoke on Monday.",
            "finds someone she would like to run the harbour board.",
        ),
        (
            "Senator Tom Hale released a statement praising the nurses who staffed the clinic during the flood."
            "\n\nHale spoke on Monday.",
            "releases a statement praising the nurses",
        ),
        (
            "In the final days of the race, Jane Roe never mentioned the man who was likely to beat her.\n\n"
            "She spoke of roads instead.",
            "the man who was likely to beat her",
        ),
    ],
)
def test_light_object_keeps_its_clause(nlp: Language, text: str, kept: str) -> None:
    headline = headline_of(nlp, text)
    assert headline is not None and kept in headline, headline


def test_described_object_keeps_its_phrase(nlp: Language) -> None:
    """ "two men" says who without the clause: the phrase after the lawsuit stays."""
    text = (
        "The city of Springfield has filed a lawsuit against two men believed to be among the region's worst "
        "polluters.\n\nThe city is seeking damages."
    )
    headline = headline_of(nlp, text)
    assert headline is not None and "against two men" in headline, headline


def test_reduced_relative_is_not_the_main_verb(nlp: Language) -> None:
    text = (
        "The senator labeled “a fighter who has won tough races before” continues to lead the field in the "
        "state's primary, a new poll shows.\n\nSenator Tom Hale has 45 percent support among voters."
    )
    headline = headline_of(nlp, text)
    assert headline is not None and "continues to lead the field" in headline and "labels" not in headline, headline
