"""what: a lead's doer described first and named in the next sentences (delayed identification,
extractors/introduced.py): "One of the largest makers of X ... The company, Acme, ...", "A user of the service is
suing ... Tom Ash filed the suit". Not when the next person named is a source, bears a title of their own, or two
are named; and never for a thing. Invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extractors.helpers import actors_of


def test_one_of_the_largest_makers_is_the_company_named_next(nlp: Language) -> None:
    text = (
        "One of the world's largest makers of garden tools has launched a scheme to recycle old spades.\n\n"
        "The company, Hartwell Industries, is to collect the spades from hardware shops across the country. "
        "The scheme starts in March."
    )
    assert actors_of(nlp, text, "launch") == ["Hartwell Industries"]


def test_an_indefinite_user_is_the_person_named_as_a_doer_next(nlp: Language) -> None:
    text = (
        "A customer of the online bookshop is suing the firm, saying its prices are unfair.\n\n"
        "He says the shop breaks consumer laws. The shop opened in 2010. "
        "Californian Mark Devlin filed the suit in a federal court in Oakland and is seeking damages."
    )
    assert actors_of(nlp, text, "sue") == ["Mark Devlin"]


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        # the next person named is a source who reports what happened, not the one described
        (
            "A motorist drove into the river in Kendal on Sunday.\n\n"
            "Inspector Ann Lee said the road had been closed for repairs.",
            "drive",
            "A motorist",
        ),
        # the next person named bears a title of her own: another person
        (
            "A tourist climbed the town hall clock tower on Friday night.\n\n"
            "Mayor Ann Lee praised the firefighters who brought him down.",
            "climb",
            "A tourist",
        ),
    ],
)
def test_a_described_person_is_not_a_source_or_a_titled_person_named_next(
    nlp: Language, text: str, action: str, actor: str
) -> None:
    assert actors_of(nlp, text, action) == [actor]


def test_a_superlative_thing_is_not_resolved_to_a_company(nlp: Language) -> None:
    text = (
        "The biggest storm in a decade hit the coast on Monday.\n\n"
        "Hartwell Power restored electricity to most homes by the evening."
    )
    assert actors_of(nlp, text, "hit") != ["Hartwell Power"]
