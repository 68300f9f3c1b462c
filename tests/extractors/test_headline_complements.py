"""A headline keeps what carries the news: the phrase of a noun that says little without it ("sounds a call
[for the country to accept more refugees]", "remains in a tight race [with Clinton]"), a particle or a
negation of a kept infinitive; it never states a fragment ("X Is to not release ...") nor a condition's
clause as done, and never drops "Neither"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractors.headline import _lead_text
from extractors.kinds import article_kind
from extractors.tense import headline_tense
from tests.extractors.helpers import headline_of


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "President Tom Hale sounded a call for the country to accept more refugees on Monday as he issued "
            "a statement marking the holiday.\n\nHale said the country had a duty to help.",
            "sounds a call for the country to accept more refugees",
        ),
        (
            "Jane Roe remains in a tight race with Councillor Tom Lee after the first debate, according to a poll "
            "released on Friday.\n\nThe poll of 1,200 voters was taken on Thursday.",
            "remains in a tight race with Councillor Tom Lee",
        ),
        (
            "Senator John Doe responded to a question about his tax returns in an interview with a local radio "
            "station on Monday.\n\nHe said he would release them.",
            "responds to a question about his tax returns",
        ),
        (
            "Jane Roe threatened to run away from the council race on Thursday night.\n\nThe race is close.",
            "threatens to run away from the council race",
        ),
        (
            "Tom Lee, the harbour master, pledged to no longer allow night crossings after the collision on "
            "Monday.\n\nThe ferry sank.",
            "pledges to no longer allow night crossings",
        ),
        (
            "Neither the council nor the mayor, Jane Roe, offered any comment on the ferry closure.\n\n"
            "The ferry closed on Monday.",
            "Neither the council nor the mayor",
        ),
    ],
)
def test_headline_keeps_the_complement_that_carries_the_news(nlp: Language, text: str, kept: str) -> None:
    headline = headline_of(nlp, text)
    assert headline is not None and kept in headline, headline


def test_headline_never_states_a_list_item_fragment(nlp: Language) -> None:
    """ "She:\n\nIs the first candidate ...": the subject stands above the item; stated, it would read "Jane Roe
    Is to not release her tax returns"."""
    text = (
        "Here is what sets Jane Roe apart this year.\n\nShe:\n\n"
        "Is the first candidate in years to not release her tax returns.\n\n"
        "Has not held a news conference since December.\n\nThe campaign declined to comment."
    )
    headline = headline_of(nlp, text)
    assert headline is not None and " Is " not in headline and "Is to not" not in headline, headline
    opening = (
        "Is the first mayor in years to not publish her expenses. Jane Roe, the mayor of Avonport, said on "
        "Monday she would not do so.\n\nHer rival said that was a mistake."
    )
    headline = headline_of(nlp, opening)
    assert headline is not None and not headline.startswith("Is "), headline


def test_headline_never_states_a_condition_as_done(nlp: Language) -> None:
    text = (
        "If Avonport council approves the bridge plan on Monday, it will be the town's biggest project in a "
        "century.\n\nThe vote is expected to be close."
    )
    headline = headline_of(nlp, text)
    assert headline is not None and not headline.startswith("Avonport council approves"), headline


def test_headline_tense_one_person_tagged_plural(nlp: Language) -> None:
    """ "Sanders entered the contest": a person's name the tagger reads as a plural noun takes "enters"."""
    doc = nlp("Sanders entered the contest on a winning streak.")
    verb = doc[1]
    kept = set(range(len(doc)))
    assert headline_tense(verb, doc[0], kept, person=True).forms[verb.i] == "enters"
    assert headline_tense(verb, doc[0], kept).forms[verb.i] == "enter"


def test_headline_never_joins_a_second_object_the_parser_hung_on_the_verb(nlp: Language) -> None:
    """ "supporting the plan, the newest step in a dispute that has gone from ... to, finally, a sort of peace":
    the parser hangs "a sort of peace" on the verb as a second object; it is the apposition's end."""
    text = (
        "The union is supporting the mayor's budget plan, the newest step in a dispute that has gone from strikes "
        "to lawsuits to, finally, a sort of peace.\n\nThe union said the plan was fair."
    )
    headline = headline_of(nlp, text) or ""
    assert "supports the mayor's budget plan" in headline
    assert "peace" not in headline


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "As crowds gather at the harbour on Friday night, a team of volunteer nurses in a small tent near the "
            "pier will be standing by, waiting for anyone who falls ill to ask for their help.\n\nThe harbour "
            "festival ends on Sunday.",
            "will be standing by",
        ),
        (
            "A new bylaw is being introduced to protect tenants from landlords who refuse to make repairs.\n\n"
            "The bylaw was approved by the council in March.",
            "is being introduced to protect tenants",
        ),
        (
            "The chorus of former mayors criticising the new bypass plan grew louder on Tuesday as a third "
            "mayor spoke out.\n\nThe plan goes to a vote in May.",
            "grew louder",
        ),
        (
            "Wheat exports from the port of Lindaport fell 4.2 pct in the first quarter of the year, figures "
            "from the harbour board show.\n\nBarley exports rose.",
            "fall 4.2 pct",
        ),
    ],
)
def test_headline_verb_with_nothing_after_it_takes_back_its_completion(nlp: Language, text: str, kept: str) -> None:
    headline = headline_of(nlp, text)
    assert headline is not None and kept in headline, headline


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        (
            "Taking a leaf out of a rival band's book, singer Jane Roe announced that she and her guitarist "
            "Tom Lee have parted ways after ten years together on the road.\n\nThe band has a tour in May.",
            "Singer Jane Roe announced",
        ),
        (
            "Seriously, please ask yourselves that question before the vote.\n\nThe Lindaport council voted "
            "on Tuesday to close the old ferry terminal after forty years of service.",
            "The Lindaport council voted",
        ),
        (
            "Standing in front of a cheering crowd of dock workers inside the old harbour hall with the mayor "
            "by her side.\n\nJane Roe promised to keep the Lindaport ferry terminal open for ten more years.",
            "Jane Roe promised",
        ),
        (
            "LINDAPORT —Standing in front of a cheering crowd of dock workers inside the old harbour hall with the "
            "mayor by her side, Jane Roe turned on Sunday to a subject she has rarely raised on the campaign trail: "
            "ferry fares.\n\nRoe spoke for an hour.",
            "Jane Roe turned",
        ),
    ],
)
def test_lead_text_states_the_main_clause(nlp: Language, text: str, opening: str) -> None:
    doc = nlp(text)
    found = _lead_text(doc, article_kind(doc))
    assert found is not None and found.startswith(opening), found
