"""what (issue 10, events): a speech act told as a light verb and its noun ("issued a warning that ...",
"launched a new round of attacks on ...", "made a pledge to ...") is that act, with the noun's complement as
its object; a light verb with another object keeps its own action. Invented names throughout."""

from __future__ import annotations

from spacy.language import Language

from extractors.lexicons.attribution import LIGHT_VERB_OBJECTS
from extractors.lexicons.events import SPEECH_NOUN_ACTS
from tests.extractors.helpers import what_of


def _acts(nlp: Language, text: str) -> list[tuple[str | None, str, str | None]]:
    return [(e.actor, e.action, e.object) for e in what_of(nlp, text)]


def test_an_issued_warning_is_a_warning_of_its_clause(nlp: Language) -> None:
    acts = _acts(
        nlp, "Tobin Motors issued a warning that profits would fall by a third this year. The firm makes cars."
    )
    assert ("Tobin Motors", "warn", "that profits would fall by a third this year") in acts, acts
    assert not any(action == "issue" for _, action, _ in acts), acts


def test_a_round_of_attacks_is_an_attack_on_its_target(nlp: Language) -> None:
    text = "Senator Ada Wrenley launched a new round of attacks on Governor Pell over the budget. The vote is soon."
    acts = _acts(nlp, text)
    assert ("Ada Wrenley", "attack", "Governor Pell") in acts, acts


def test_a_pledge_made_is_a_pledge_of_its_infinitive(nlp: Language) -> None:
    acts = _acts(nlp, "The Kestrel Party made a pledge to cut rail fares by half. Its leader spoke in Dorby.")
    assert ("Kestrel Party", "pledge", "to cut rail fares by half") in acts, acts


def test_an_apology_is_for_what_it_regrets_not_to_whom(nlp: Language) -> None:
    acts = _acts(nlp, "Orvane Air issued an apology to the two players for the incident. The airline flies to Dorby.")
    assert ("Orvane Air", "apologize", "the incident") in acts, acts


def test_a_noun_without_complement_stays_the_object(nlp: Language) -> None:
    acts = _acts(nlp, "Tobin Motors issued its third profits warning in nine months. The firm makes cars.")
    assert any(
        actor == "Tobin Motors" and action == "warn" and obj and "warning" in obj for actor, action, obj in acts
    ), acts


def test_a_light_verb_with_another_noun_keeps_its_action(nlp: Language) -> None:
    acts = _acts(nlp, "Tobin Motors issued new shares worth $40m on Monday. The firm makes cars.")
    assert any(action == "issue" for _, action, _ in acts), acts
    acts = _acts(nlp, "Tobin Motors issued a statement on the recall. The firm makes cars.")
    assert not any(action in SPEECH_NOUN_ACTS.values() for _, action, _ in acts), acts


def test_every_speech_noun_is_a_light_verb_object() -> None:
    """The noun rows only name acts of the light-verb pairs `sources` reads (one definition of the pairs)."""
    objects = frozenset().union(*LIGHT_VERB_OBJECTS.values())
    assert set(SPEECH_NOUN_ACTS) <= objects, set(SPEECH_NOUN_ACTS) - objects


def test_voiced_support_is_support_of_its_object(nlp: Language) -> None:
    acts = _acts(nlp, "Mayor Ilsa Varn voiced support for the harbour workers on Tuesday. The strike began in May.")
    assert ("Ilsa Varn", "support", "the harbour workers") in acts, acts
    assert not any(action == "voice" for _, action, _ in acts), acts


def test_a_decision_made_is_a_decision(nlp: Language) -> None:
    """A decided act's noun after a light verb ("made a decision", "issued a ruling") is the act decided."""
    acts = _acts(nlp, "The Dorby council made a decision to close the old bridge. Drivers must use the ferry.")
    assert ("The Dorby council", "decide", "to close the old bridge") in acts, acts
    acts = _acts(nlp, "The appeals court issued a ruling on the Kestrel case on Friday. The case began in 2019.")
    assert any(action == "rule" for _, action, _ in acts), acts
    assert not any(action == "issue" for _, action, _ in acts), acts


def test_orders_taken_are_no_order(nlp: Language) -> None:
    """ "do not take our orders from any bank": taking orders is obeying them, no act of ordering."""
    acts = _acts(nlp, "The Kestrel Party does not take its orders from any bank. Its leader spoke in Dorby.")
    assert not any(action == "order" for _, action, _ in acts), acts
