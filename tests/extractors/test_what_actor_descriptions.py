"""what v59 (issue 10): an event's actor told by a description is the canonical `who` name. A company's epithet
("the insurance concern", "the food and tobacco giant") is the company named in an earlier sentence; "the
university", "the board" the body whose name holds the word; a person's title or description with a place before it
("the New Jersey governor") the person bearing it or the person subject just before. Invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extractors.helpers import actors_of


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        # a company's epithet: the company named in the sentence before
        (
            "Zentrix Holdings Inc. said it will redeem all of its preferred shares on March 3. The insurance concern "
            "will pay $40 million for them.",
            "pay",
            "Zentrix Holdings Inc.",
        ),
        (
            "Brontal Foods Corp. agreed to sell its snack business to Velmar S.A. for $200 million. The sale helps "
            "the food and tobacco giant cut its debt.",
            "cut",
            "Brontal Foods Corp.",
        ),
        # ... a place before it only says where the company is
        (
            "Harwood Federal Savings said it plans to close ten branches after a quarterly loss. The Portland, Ore., "
            "thrift will cut 200 jobs.",
            "cut",
            "Harwood Federal Savings",
        ),
        # "the university": the one body whose name holds the word, named before ...
        (
            "Ardmore University faces protests over rising fees. Students marched on Monday. Police said 40 were "
            "held. The university rejected their demands on Tuesday.",
            "reject",
            "Ardmore University",
        ),
        # ... or, in a lead, named after it
        (
            "The university rejected the students' demands.\n\nArdmore University said on Tuesday that fees would "
            "rise by 4% next year.",
            "reject",
            "Ardmore University",
        ),
        (
            "Two voters had challenged the candidacy of Tom Reed before the Ohio Board of Elections. On Monday the "
            "board of elections rejected both objections.",
            "reject",
            "Ohio Board of Elections",
        ),
        # a person's title with a place before it: the person bearing it, the subject just before
        (
            "Ann Berg unleashed withering attacks against Tom Reed in Saturday's debate, and the New Jersey governor "
            "tripped up Reed by calling him out for his rehearsed answers.",
            "trip up",
            "Ann Berg",
        ),
    ],
)
def test_description_is_the_actor_named(nlp: Language, text: str, action: str, actor: str) -> None:
    assert actor in actors_of(nlp, text, action)


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        # an epithet after a company named earlier in its own sentence is another company
        (
            "Zenith Airways said it withdrew its offer for Mesa Air because the Farmington, N.M., carrier didn't "
            "respond by the deadline.",
            "respond",
            "the Farmington, N.M., carrier",
        ),
        # no body of that name: the description as written (not the story's main organisation)
        (
            "Acme Corp. said its profit rose 5% in the third quarter. The board will meet next week to approve a "
            "dividend.",
            "meet",
            "The board",
        ),
        # two universities named: neither
        (
            "The university rejected the demands.\n\nArdmore University and Kelso University said on Tuesday that "
            "fees would rise.",
            "reject",
            "The university",
        ),
        # a place before a person's title, nobody bearing it nor a person subject just before: as written
        (
            "Ann Berg met voters in Ohio on Monday. Her rival spoke in Iowa on Tuesday, and polls closed at noon. "
            "The Vermont senator won the primary in Colorado.",
            "win",
            "The Vermont senator",
        ),
        # a person's kind, not a title, with a place before it: not the subject before (a rival, a host)
        (
            "Tom Reed criticised Ann Berg in parliament and suggested that the New York billionaire would unite "
            "the country against her.",
            "unite",
            "the New York billionaire",
        ),
    ],
)
def test_description_left_as_written(nlp: Language, text: str, action: str, actor: str) -> None:
    assert actor in actors_of(nlp, text, action)
