"""what v63 (issue 10): an event's doer told by a description is the named actor it refers to. A wire lead's
passive keeps its patient out of the doer's slot though the parser hung its subject on the dateline; a person's
own body ("his board") is the organisation `who` gives them as affiliation, an organisation's board the
organisation; a lead's definite description of its doer ("The fugitive activist ... may have fled") is the one the
next sentence names as a doer; a description's relative clause does not make it several; "the congressman" is the
representative. Invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from extractors.referring import several
from tests.extractors.helpers import actors_of


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        # a wire lead's agentless passive: no doer, though the parser made the subject the dateline's apposition
        (
            "BRISTOL, Maine (AP) --\n\nA former mill worker who is the subject of a statewide manhunt was charged "
            "with arson Thursday in the burning of a paper mill that was destroyed overnight.\n\nState arrest "
            "warrants were issued for Tom Pell, 38, of Bath.",
            "charge",
            None,
        ),
        # "his board": the company the chairman speaks for
        (
            "Zenith Corp. Chairman Paul Rook said his board unanimously rejected the offer by Acme Holdings as "
            "too low.\n\nMr. Rook accused Acme of planning to sell parts of the company.",
            "reject",
            "Zenith Corp.",
        ),
        # "the bank's board": the bank
        (
            "Harbor Savings Bank named a new chief on Monday. The bank's board approved the appointment after a "
            "long search.",
            "approve",
            "Harbor Savings Bank",
        ),
        # a lead's definite description, named as the doer in the next sentence (another person named there too)
        (
            "The fugitive activist wanted for questioning in the burning of a clinic may have fled to Canada, "
            "according to a newspaper report.\n\nTom Pell, 38, of Maine, was seen crossing the border days after a "
            "fire destroyed the clinic run by Dr. Ann Lake, the Daily Herald reported Friday.",
            "flee",
            "Tom Pell",
        ),
        # "the city's new mayor": the one named next as elected mayor (her known title another, the naming says
        # "mayor"), not the council leader named after the description, whose title is his own
        (
            "The port city's new mayor on Tuesday rejected council leader Tom Pell's offer to delay the parking "
            "plan.\n\nMary Oakes, a teacher, was elected as mayor of Bristol last week, the first teacher to hold "
            "the post. Pell said he was sorry.",
            "reject",
            "Mary Oakes",
        ),
        # "the congressman" is the representative named before
        (
            "Rep. Tom Pell is backing Sen. Ann Lake for president. Pell said on Friday that he planned to vote for "
            "Lake in the primary.\n\nThe Maine congressman also plans to campaign for Lake in Ohio, Pell said.",
            "campaign",
            "Tom Pell",
        ),
    ],
)
def test_described_doer(nlp: Language, text: str, action: str, actor: str | None) -> None:
    assert actors_of(nlp, text, action)[0] == actor


def test_a_relative_clause_does_not_make_a_description_several(nlp: Language) -> None:
    # "The singer, who stars in a thriller and the drama, returns": the parser hangs "the drama" on the description
    words = ["The", "singer", ",", "who", "stars", "in", "a", "thriller", "and", "the", "drama", ",", "returns", "."]
    heads = [1, 12, 1, 4, 1, 4, 7, 5, 1, 10, 1, 1, 12, 12]
    deps = ["det", "nsubj", "punct", "nsubj", "relcl", "prep", "det", "pobj", "cc", "det", "conj", "punct", "ROOT"]
    tags = ["DT", "NN", ",", "WP", "VBZ", "IN", "DT", "NN", "CC", "DT", "NN", ",", "VBZ", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=[*deps, "punct"], tags=tags)
    assert not several(doc[1])
    # a conjunct before the relative clause still makes several ("The singer and the drummer, who ...")
    words = ["The", "singer", "and", "the", "drummer", ",", "who", "play", ",", "return", "."]
    heads = [1, 9, 1, 4, 1, 1, 7, 1, 1, 9, 9]
    deps = ["det", "nsubj", "cc", "det", "conj", "punct", "nsubj", "relcl", "punct", "ROOT", "punct"]
    tags = ["DT", "NN", "CC", "DT", "NN", ",", "WP", "VBP", ",", "VBP", "."]
    assert several(Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)[1])


def test_the_next_president_is_no_one_named_later(nlp: Language) -> None:
    text = (
        "Author Tom Pell made his prediction of who the next president will be, and the party will not be happy."
        "\n\nAfter radio host Ann Lake asked the author who would win, Pell said he would bet on the governor."
    )
    assert "Ann Lake" not in [e for e in actors_of(nlp, text, "be") if e]
