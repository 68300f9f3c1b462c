"""what (issue 10, events): the main event's verb and doer — a silent e the small model drops is
mended, an accuser and an unnamed study's author are doers, a decided act's decider acts, a
participle hung on a dateline is no main clause. Invented names throughout."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extractors.helpers import what_of


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        ("The Brindley Rowing Club has coped well with its growth in members.", "cope"),
        ("The Vantor council fined the Orlo Brix Company £4,000 on Monday.", "fine"),
        ("The Vantor council is hoping to open a new library in Brindley.", "hope"),
        # forms the model lemmatises right keep their lemma
        ("The Vantor council sanctioned the Orlo Brix Company on Monday.", "sanction"),
        ("The Vantor council stopped the Orlo Brix Company from building homes.", "stop"),
        ("The Vantor council visited the Orlo Brix Company on Monday.", "visit"),
    ],
)
def test_a_dropped_silent_e_is_mended(nlp: Language, sentence: str, action: str) -> None:
    assert what_of(nlp, sentence)[0].action == action


def test_the_government_of_a_country_is_the_country(nlp: Language) -> None:
    text = (
        "The government of Ghana is planning to double rice production within four years. "
        "Ghana buys half of its rice abroad, farmers in Tamale said."
    )
    events = what_of(nlp, text)
    assert events[0].actor == "Ghana"


def test_an_agentless_accusation_in_the_lead_is_the_next_speakers(nlp: Language) -> None:
    text = (
        "Orlo Brix has been accused of hiding the cost of the new bridge in Brindley. "
        "Opposition leader Ana Verro told MPs the bridge had cost twice as much as planned. "
        "Mr Brix said the figures were published in May."
    )
    events = what_of(nlp, text)
    assert (events[0].actor, events[0].action, events[0].object) == ("Ana Verro", "accuse", "Orlo Brix")
    # the accused's act is an event too, told as an accusation (hedged)
    hidden = next(e for e in events if e.action == "hide")
    assert (hidden.actor, hidden.hedged) == ("Orlo Brix", True)


def test_a_passive_accusation_keeps_its_accuser(nlp: Language) -> None:
    events = what_of(nlp, "Orlo Brix has been accused by the Vantor Party of hiding the cost of the new bridge.")
    assert (events[0].actor, events[0].action) == ("Vantor Party", "accuse")
    hidden = next(e for e in events if e.action == "hide")
    assert (hidden.actor, hidden.attributed_to) == ("Orlo Brix", "Vantor Party")


def test_a_charge_names_no_accuser_from_the_next_speaker(nlp: Language) -> None:
    # police charge; the next speaker is as often the accused's lawyer
    text = (
        "Orlo Brix has been charged with fraud in Brindley. "
        "His lawyer Ana Verro told reporters he would fight the case."
    )
    charge = next(e for e in what_of(nlp, text) if e.action == "charge")
    assert charge.actor is None


def test_an_unnamed_study_is_its_named_authors(nlp: Language) -> None:
    text = (
        "By 2030, a third of homes in Brindley will still lack fast broadband, says a study. "
        "Around two million people will miss out on online services, predicts the report by the Vantor Group. "
        "The Vantor Group runs most of the region's phone lines."
    )
    forecast = next(e for e in what_of(nlp, text) if "broadband" in (e.object or ""))
    assert forecast.actor == "Vantor Group"


def test_a_title_agent_told_by_a_description_is_the_org_of_that_kind(nlp: Language) -> None:
    text = (
        "A teacher who posted videos of her lessons online says she has been sacked. "
        "Ana Verro taught music for ten years. The Brindley Academy declined to comment."
    )
    events = what_of(nlp, text, title="Teacher sacked by her academy")
    sacked = next(e for e in events if e.action == "sack")
    assert sacked.actor == "Brindley Academy"


def test_a_decided_acts_noun_makes_its_possessor_the_doer(nlp: Language) -> None:
    text = (
        "International banks have reacted cautiously to Ruritania's decision to bar foreign firms "
        "from its gold auctions. Vantor Bank said it would not take part."
    )
    top = [(e.actor, e.action, e.object) for e in what_of(nlp, text)[:3]]
    assert ("Ruritania", "bar", "foreign firms") in top


def test_the_owner_is_the_one_introduced_as_its_owner(nlp: Language) -> None:
    text = (
        "A portrait by Ana Verro will go on show in Brindley. The Vantor Museum failed to buy the "
        "portrait from its owner last year. The owner has agreed to lend it for the summer."
    )
    lent = next(e for e in what_of(nlp, text) if e.action == "lend")
    assert lent.actor == "The owner"


def test_a_titles_opening_doer_does_the_leads_agentless_passive(nlp: Language) -> None:
    text = (
        "The chief executive of the Vantor Bank, Ana Verro, has been sacked after a row over bonuses. "
        "Ms Verro led the Vantor Bank for six years. She said she would appeal."
    )
    top = what_of(nlp, text, title="Vantor Bank sacks its chief executive")[0]
    assert (top.actor, top.action) == ("Vantor Bank", "sack")
    assert what_of(nlp, text)[0].actor is None  # without the title nobody is named
