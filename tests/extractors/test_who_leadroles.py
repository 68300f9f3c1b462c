"""who: a lead whose doer is no actor is about the actor its verb acts on; a title that opens on a
pair of actors leaves the choice of the main actor to the lead's doer (extractors/who/leadroles.py)."""

from __future__ import annotations

from spacy.language import Language

from extractors.who.leadroles import TITLE_PAIRS, paired, undergoer
from tests.extractors.helpers import who_of


def test_a_thing_that_acts_in_the_lead_leaves_the_main_actor_to_its_object(nlp: Language) -> None:
    text = (
        "A shoulder injury has forced Tilda Marsh out of the Nordic Open in Oslo next week. "
        "Coach Bernt Aalen said the team would miss her. Aalen said Ingrid Vik would take her place, "
        "and Aalen added that the squad was strong. Aalen said he hoped to see her back in March."
    )
    assert who_of(nlp, text)[0].name == "Tilda Marsh"


def test_a_pronoun_doer_is_someone_named_before_not_a_thing(nlp: Language) -> None:
    text = (
        "He has signed Tilda Marsh for the new season. Coach Bernt Aalen said the club was pleased. "
        "Aalen said the squad was strong, and Aalen added that more players would follow."
    )
    assert who_of(nlp, text)[0].name != "Tilda Marsh"


def test_a_title_opening_on_a_pair_yields_to_the_lead_doer(nlp: Language) -> None:
    text = (
        "Brandt Holdings has agreed to buy the rival engine maker Zenco for $2bn. Brandt Holdings "
        "said the deal would close in May. Zenco shares rose 8% in Frankfurt."
    )
    assert who_of(nlp, text, "Zenco and Brandt Holdings agree merger")[0].name == "Brandt Holdings"


def test_a_title_opening_on_one_actor_keeps_it_first(nlp: Language) -> None:
    text = (
        "Brandt Holdings has agreed to buy the rival engine maker Zenco for $2bn. Brandt Holdings "
        "said the deal would close in May. Zenco shares rose 8% in Frankfurt."
    )
    assert who_of(nlp, text, "Zenco sold to a rival in $2bn deal")[0].name == "Zenco"


def test_title_pairs_are_side_by_side_not_subject_and_object() -> None:
    assert paired("Zenco, Brandt staff fined", 5, 7)
    assert paired("Lions 0-2 Tigers", 5, 10)
    assert not paired("Zenco buys Brandt", 5, 11)
    assert not paired("Opec within ceiling, Subroto says", 4, 21)
    assert all(example for _, example in TITLE_PAIRS)


def _undergoer_of(nlp: Language, sentence: str) -> str | None:
    doc = nlp(sentence)
    verb = next(iter(doc.sents)).root
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return undergoer(verb, doer, lambda noun: [noun.text])


def test_only_a_thing_that_acts_leaves_the_lead_to_its_object(nlp: Language) -> None:
    assert _undergoer_of(nlp, "A shoulder injury has forced Marsh out of the final.") == "Marsh"
    assert _undergoer_of(nlp, "A district court convicted Marsh of fraud.") is None  # the court acts
    assert _undergoer_of(nlp, "The coach has dropped Marsh from the team.") is None  # so does the coach
