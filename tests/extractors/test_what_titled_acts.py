"""what (issue 10, events): the act the title states ranks as the lead does wherever the article first tells it —
a speech act ("X rejects ...") on the title's verb and doer, another act only when its clause holds more of the
title; a second telling and a stray use of the title's verb stay where they are. Invented names throughout."""

from __future__ import annotations

from spacy.language import Language

from tests.extractors.helpers import what_of

# A lead on another act, the titled speech act told in the sixth sentence.
_MEETING = (
    "Vantor mayor Orlo Brix will meet a trade delegation from Brindley next week, city officials said on Monday. "
    "The delegation will tour the new harbour and the rail yards on Tuesday. "
    "Local firms expect new orders for cranes and barges. "
    "The Brindley Port Authority signed a deal with Vantor in 2019. "
    "Shipping firms moved 40,000 containers through the harbour last year. "
    "The city council approved a new ferry terminal in March. "
    "Dock workers staged a strike over pay in April. "
    "Brix on Monday rejected the delegation's demand for lower port fees. "
    "The harbour employs 900 people."
)


def test_a_titled_speech_act_told_late_is_a_top_event(nlp: Language) -> None:
    untitled = what_of(nlp, _MEETING)
    titled = what_of(nlp, _MEETING, title="Orlo Brix rejects Brindley demand for lower port fees")
    assert ("Orlo Brix", "reject") not in {(e.actor, e.action) for e in untitled[:3]}, untitled[:4]
    # above the lead's other act and the officials' report of it
    assert ("Orlo Brix", "reject") in {(e.actor, e.action) for e in titled[:2]}, titled[:4]


def test_a_titled_speech_act_told_in_the_lead_is_not_raised_twice(nlp: Language) -> None:
    text = (
        "Vantor mayor Orlo Brix rejected a demand for lower port fees on Monday. "
        "The delegation will tour the new harbour and the rail yards on Tuesday. "
        "Local firms expect new orders for cranes and barges. "
        "The Brindley Port Authority signed a deal with Vantor in 2019. "
        "Shipping firms moved 40,000 containers through the harbour last year. "
        "The city council approved a new ferry terminal in March. "
        "Dock workers staged a strike over pay in April. "
        "Brix rejected a second demand for free berths. "
        "The harbour employs 900 people."
    )
    events = what_of(nlp, text, title="Orlo Brix rejects demand for lower port fees")
    assert [(e.actor, e.action) for e in events[:3]].count(("Orlo Brix", "reject")) == 1, events[:4]


def test_a_stray_use_of_the_titles_verb_is_not_its_act(nlp: Language) -> None:
    text = (
        "Orlo Brix beat Tamsin Vell in four sets in the Vantor Cup final on Sunday. "
        "Vell had won the first set. "
        "Brix broke Vell's serve in the second set. "
        "The crowd of 9,000 cheered both players. "
        "Vell saved three match points in the fourth set. "
        "Brix won the Vantor Cup for the second time. "
        "Vell thanked the organisers after the match. "
        "Brix put the ball wide twice in the third set. "
        "The next cup is in June."
    )
    events = what_of(nlp, text, title="Brix puts Vantor 2-0 up")
    assert ("Orlo Brix", "put") not in {(e.actor, e.action) for e in events[:3]}, events[:4]
