"""Speech acts that are the news: an admission or a claim ("acknowledged", "contended", "asserted"), and a
reporter's own act ruled out, told by a plain report ("We will not lend our officers," X said): a refusal."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extractors.helpers import what_of


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            '"We will not lend our officers to this raid," Mayor Dana Holt said on Friday. '
            "The station has faced criticism over its ratings.",
            "Dana Holt",
        ),
        (
            "Senator Bob Hale says he will not vote for the farm bill this autumn. The vote is due on Friday.",
            "Bob Hale",
        ),
        ('"I won\'t sign this treaty," Prime Minister Anna Berg told reporters in Oslo.', "Anna Berg"),
        ("Governor Ray Moss spoke in Austin on Monday. He said he would not seek another term in 2026.", "Ray Moss"),
    ],
)
def test_what_a_reporters_own_act_ruled_out_is_a_refusal(nlp: Language, text: str, actor: str) -> None:
    events = what_of(nlp, text)
    refusals = [e for e in events[:3] if e.action == "rule out"]
    assert refusals and refusals[0].actor == actor, events[:3]
    # the clause ruled out stays an event of its own, negated
    assert any(e.negated and e.action != "rule out" for e in events), events[:4]


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Tom Green said he did not know about the payments.",  # a past fact, not a refusal
        "Mayor Tom Green said he does not think the plan will work.",  # a view
        "Mayor Tom Green said the city council will not raise taxes next year.",  # another's act
        "Mayor Tom Green said he may not attend the summit.",  # a hedge
        "Mayor Tom Green said he does not watch football any more.",  # a habit
        "Mayor Tom Green said he cannot name a single donor.",  # an inability
        '"I will never forget my father stepping off the ferry," Mayor Tom Green said.',  # a memory
        "Mayor Tom Green did not say he would not run again.",  # the report itself negated
    ],
)
def test_what_no_refusal_without_the_reporters_own_negated_act(nlp: Language, text: str) -> None:
    assert "rule out" not in {e.action for e in what_of(nlp, text)}, what_of(nlp, text)[:3]


@pytest.mark.parametrize(
    ("text", "actor", "action"),
    [
        (
            "Health minister Lara Quinn acknowledged that the vaccine scheme had failed to reach rural clinics.",
            "Lara Quinn",
            "acknowledge",
        ),
        (
            "Defence lawyer Mark Bell contended that the evidence against his client was obtained illegally.",
            "Mark Bell",
            "contend",
        ),
        ("Opposition leader Sam Ruiz asserted that the election had been rigged.", "Sam Ruiz", "assert"),
    ],
)
def test_what_an_admission_or_a_claim_is_an_event(nlp: Language, text: str, actor: str, action: str) -> None:
    events = what_of(nlp, text)
    assert events[0].action == action and events[0].actor == actor, events[:3]
    assert len(events) > 1, events  # the clause admitted or claimed stays an event of its own


@pytest.mark.parametrize(
    "text",
    [
        '"Hallelujah," Mayor Ruth Kane exclaimed as the votes were read out in Dover.',
        '"Not today," Senator Paul Ives replied when reporters asked about the budget.',
        '"Get out of my office," the chairman shouted at the end of the meeting.',
    ],
)
def test_what_a_quote_framed_by_a_manner_of_saying_is_no_event(nlp: Language, text: str) -> None:
    events = what_of(nlp, text)
    assert not any(e.action in ("exclaim", "reply", "shout") for e in events), events


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("The union replied to the company's letter on Monday with a new offer.", "reply"),
        ("Governor Ray Moss joked about his rival's campaign bus at a dinner in Austin.", "joke"),
        ("The central bank responded by raising interest rates to 6 percent.", "respond"),
    ],
)
def test_what_a_manner_of_saying_that_acts_on_something_stays_an_event(nlp: Language, text: str, action: str) -> None:
    assert any(e.action == action for e in what_of(nlp, text)), what_of(nlp, text)
