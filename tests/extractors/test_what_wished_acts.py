"""what (issue 10, ranking): an act another wants, asks for or allows ("wants the envoys to meet his son",
"would allow the ministry to push for ...") is not done: the wanting ranks above it, and a verb of wanting
with such a clause is no weak opinion. Invented names throughout."""

from __future__ import annotations

from spacy.language import Language

from tests.extractors.helpers import what_of


def test_the_wish_ranks_above_the_act_wished(nlp: Language) -> None:
    text = (
        "Tomas Varga said on Monday that he wants the diplomats to visit his daughter in Dorby. The letter was "
        "printed in the Dorby Herald."
    )
    events = what_of(nlp, text)
    assert events and (events[0].actor, events[0].action) == ("Tomas Varga", "want"), [
        (e.actor, e.action) for e in events
    ]


def test_an_infinitive_without_its_own_subject_is_not_wished(nlp: Language) -> None:
    """ "Kestrel Air plans to cut 300 jobs": the infinitive shares its subject; the cutting is the news."""
    events = what_of(nlp, "Kestrel Air is expected to cut 300 jobs at its Dorby base. The airline flies to Pell.")
    assert events and events[0].action == "cut", [(e.actor, e.action) for e in events]
