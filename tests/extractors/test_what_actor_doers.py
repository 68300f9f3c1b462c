"""what v31: an event's doer told in other words is the `who` actor it stands for (coref): one who speaks for a
body is the body, "the company" keeps the topic, "it" / "they" carry a chain on, a body of people is "they", a
flight is its airline's, a name the parser cut at a sentence's first word is whole. Invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extractors.helpers import actors_of, what_of


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        # one who speaks for a body, unnamed, is the body
        ("An Acme spokesman denied the report on Tuesday.", "deny", "Acme"),
        ("A spokesman for Acme Corp rejected the claim on Tuesday.", "reject", "Acme Corp"),
        # "the company" is the organisation that was the subject just before, not the one named last
        ("Acme Corp bought Zenith Ltd last year. The company now plans to close three plants.", "close", "Acme Corp"),
        # "the airline" is the organisation named for an airline
        (
            "Rivals criticised Acme Airlines on Monday. The union also attacked Zenith Ltd. "
            "The airline denied the claims.",
            "deny",
            "Acme Airlines",
        ),
        # "it" carries on the "it" before it when nothing between could be what it stands for
        (
            "Acme Corp opened a plant in Ohio in May. It hired 300 workers in June. Sales rose by 5% in July. "
            "In August it cut 100 jobs.",
            "cut",
            "Acme Corp",
        ),
        # a body of people is "they"
        ("The rescue crew reached the village at noon, and they found no survivors.", "find", "The rescue crew"),
        # "it appeared to suffer": a raised subject, not a slot filler
        (
            "Acme's flagship store made headlines after it appeared to suffer from design flaws.",
            "suffer",
            "Acme's flagship store",
        ),
        # a flight is its airline's
        (
            "The Hawaiian Airlines flight left Auckland on Monday. The flight landed in Honolulu a day earlier.",
            "land",
            "Hawaiian Airlines",
        ),
        # ... and "it" told of the flight, the title line naming the airline
        (
            "Acme Airlines Flight Takes Off In 2018\nThe flight from Auckland left on Jan. 1, but when it landed "
            "in Honolulu it was still 2017. Acme Airlines said the delay was short.",
            "land",
            "Acme Airlines",
        ),
        # "the act" is the band named as one just before
        (
            "US band Scissor Sisters led the winners at the Brit Awards on Tuesday. The flamboyant act scored a "
            "hat-trick in the international categories.",
            "score",
            "Scissor Sisters",
        ),
        # a feature's opening pronoun is the person named in the next two sentences
        (
            "In his youth he battled tuberculosis for eight years. It was a hard time for the family. "
            "Now Mr Tom Berg runs a shop in Leeds.",
            "battle",
            "Tom Berg",
        ),
        # a name that opens its sentence, written whole elsewhere
        (
            "Why We Fight won the top prize at the festival on Sunday. Critics praised Why We Fight for its honesty.",
            "win",
            "Why We Fight",
        ),
    ],
)
def test_what_doer_told_in_other_words(nlp: Language, text: str, action: str, actor: str) -> None:
    assert actors_of(nlp, text, action) == [actor]


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        # executives act for themselves (not Acme): the group actor `who` makes of them, without the count
        ("Three Acme executives sold shares worth $1m last week.", "sell", "Acme executives"),
        # officials of several bodies speak for none of them
        (
            "British and American officials met in Geneva. The British and American representatives rejected the plan.",
            "reject",
            "The British and American representatives",
        ),
        # a description of several is none of them
        ("Acme Corp and Zenith Ltd met in London on Monday. The two firms signed a deal.", "sign", "The two firms"),
        # "the act" with no band named as one: a law as likely as a band
        (
            "Scissor Sisters led the winners at the Brit Awards on Tuesday. The act scored a hat-trick in the "
            "international categories.",
            "score",
            "The act",
        ),
        # "they" in a spokesman's quoted words is not the body he speaks for
        ('"They have seven days to appeal," an Acme spokesman said.', "have", "They"),
    ],
)
def test_what_doer_left_as_written(nlp: Language, text: str, action: str, actor: str) -> None:
    assert actors_of(nlp, text, action) == [actor]


def test_what_raising_verb_states_no_act(nlp: Language) -> None:
    events = what_of(nlp, "Acme's flagship store made headlines after it appeared to suffer from design flaws.")
    assert "appear" not in {e.action for e in events}
    assert [e.hedged for e in events if e.action == "suffer"] == [True]
