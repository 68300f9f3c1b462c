"""what v34 (extractors/doers.py): more doers told in other words. "Police in X" is who's "X Police"; "the New
York bank" is the bank named before; a person's description after a quotation is the subject before it; a
word in quotation marks that the parser made a second subject is not the doer; an index is its compiler's.
Invented names."""

from __future__ import annotations

import msgspec
import pytest
from spacy.language import Language

from extractors.coref import Coref
from extractors.who import extract_who
from tests.extractors.helpers import actors_of


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        # a body and its place told the other way round
        (
            "Police in Dover are investigating a series of thefts at the harbour. Dover Police said 40 boats "
            "were damaged.",
            "investigate",
            "Dover Police",
        ),
        # a place before a description says where the company is: "the bank" named before
        (
            "Acme Bank Corp posted higher fees in 2017. But the New York bank will report a loss for the last "
            "quarter because of a tax charge, analysts said.",
            "report",
            "Acme Bank Corp",
        ),
        # the topic before a quotation: the speaker's words between do not change it
        (
            "Chelsea winger Jan Smit has broken his foot and will be out for six weeks.\nSmit had a scan on the "
            'injury on Monday. "Six weeks is the average time to heal," he told a Dutch newspaper. "I had a '
            'feeling it was serious." The 21-year-old missed the first three months of the season with an injury.',
            "miss",
            "Jan Smit",
        ),
        # "it" in a quoted motto inside the subject's apposition is no subject
        (
            "Ann Berg, one of the NFL's biggest names, is retiring after five seasons as head coach of the Oslo "
            'Lions.\nThe 58-year-old two-time NFL Coach of the Year, known for his wide-open "no risk it, no '
            'reward" offense, announced the decision on Monday.',
            "announce",
            "Ann Berg",
        ),
        # "he" is the subject of the last sentence naming a person, not the place-name person named after it
        (
            "Marco Viotti, the director of Venice's opera house, has died in Germany at 50.\nViotti conducted at "
            "renowned opera houses including Milan's Tom Scala and the Vienna State Opera. His time at the house "
            "coincided with its reopening in 2003. He fell into a coma after suffering a stroke last week.",
            "fall",
            "Marco Viotti",
        ),
        # an index is measured by the body that compiles it
        (
            "The Institute for Retail Research said on Monday that growth slowed. Its index of retail activity "
            "rose to 58.6 last month from 57.8 in November.",
            "rise",
            "Institute for Retail Research",
        ),
    ],
)
def test_what_doer_placed_or_across_quotes(nlp: Language, text: str, action: str, actor: str) -> None:
    assert actors_of(nlp, text, action) == [actor]


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        # no "Dover Police" known: the police as written
        ("Police in Dover are investigating a series of thefts at the harbour.", "investigate", "Police"),
        # a name of its own before "bank" is no place: a description of its own
        (
            "Zenith Corp posted higher fees in 2017. The Acme bank will report a loss for the last quarter.",
            "report",
            "The Acme bank",
        ),
        # a sentence without quotation marks between: the topic changed, the description stays as written
        (
            "Jan Smit had a scan on the injury on Monday. The club played a friendly in Leeds on Tuesday. "
            "The 21-year-old missed the first three months of the season.",
            "miss",
            "The 21-year-old",
        ),
        # a description used before the quotation is the one described so, not the subject before it
        (
            "Tom Reed was waiting to board when he saw the pilot whisper something to the ticket agent. "
            '"He said, \'This is the first time I have seen this.\'"\nReed told a newspaper. "There is a bird in '
            'the cockpit." The ticket agent laughed at this.',
            "laugh",
            "The ticket agent",
        ),
        # in quoted words "he" is the speaker's topic, not the narrative's subject: the person named last
        (
            "Rob Partridge worked with reggae star Bob Marley from 1977 until his death.\n\nThe album came out in "
            'the same year and sold well across Europe. "By 1979 he toured the world with a band of ten."',
            "tour",
            "Bob Marley",
        ),
        # the last sentence naming a person names none as a subject: the person named last
        (
            "Ann Berg was sacked by the club in May. The club then hired Tom Jones as manager on Friday. "
            "He signed a two-year contract.",
            "sign",
            "Tom Jones",
        ),
    ],
)
def test_what_doer_not_placed(nlp: Language, text: str, action: str, actor: str) -> None:
    assert actors_of(nlp, text, action) == [actor]


def test_capitalised_title_is_the_person_described(nlp: Language) -> None:
    """ "The 58-year-old NFL Coach of the Year" where `who` took no mention of it: the person described (the
    subject before), not the body its capitalised title names."""
    text = (
        "Ann Berg, one of the NFL's biggest names, is retiring after five seasons as head coach of the Oslo Lions.\n"
        "The 58-year-old two-time NFL Coach of the Year announced the decision on Monday."
    )
    doc = nlp(text)
    coach = next(t for t in doc if t.text == "Coach")
    who = [
        msgspec.structs.replace(a, mentions=[m for m in a.mentions if not m.start <= coach.idx < m.end])
        for a in extract_who(doc)
    ]
    assert {a.name for a in who} >= {"Ann Berg", "NFL"}
    assert Coref(doc, who).actor(coach) == "Ann Berg"
