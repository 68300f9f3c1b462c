"""what (issue 10, recall and rank): a finite main verb the parser left without a subject still states the
sentence's event (its subject the noun that opens the sentence), and "up to" before a figure bounds
the figure rather than being the verb's particle; "took to Twitter to announce" ranks the announcing above
the taking. Invented names throughout."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractors.what.verbs import lost_subject
from tests.extractors.helpers import what_of


@pytest.mark.parametrize(
    ("text", "actor", "action"),
    [
        # an opening adverbial, its comma, then the subject the parser lost
        (
            "After last week's superb display in the draw in Paris, Brindley face minnows Vantor in Dublin"
            " on Wednesday.",
            "Brindley",
            "face",
        ),
        # an opening purpose clause, the name set off by dashes around its apposition
        (
            "To mark the tenth anniversary of the Brindley festival, Tom Hallam - the festival's former director"
            " - remembers the first summer.",
            "Tom Hallam",
            "remember",
        ),
    ],
)
def test_a_main_verb_left_without_a_subject_is_the_lead_event(
    nlp: Language, text: str, actor: str, action: str
) -> None:
    doc = nlp(text)
    root = next(t for t in doc if t.dep_ == "ROOT" and t.pos_ == "VERB")
    assert not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children)  # (the parse this is about)
    event = what_of(nlp, text)[0]
    assert (event.actor, event.action) == (actor, action)


@pytest.mark.parametrize(
    "text",
    [
        "Go home now and stay safe.",  # an imperative: no subject to find
        "In a recently published paper Lenk and colleagues describe the ants.",  # an opener with no comma
        "The Vantor council approved the plan on Monday.",  # a subject of its own
    ],
)
def test_no_lost_subject_is_made_up(nlp: Language, text: str) -> None:
    doc = nlp(text)
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert lost_subject(root) is None


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Mara Lenk earned up to £40,000 from speeches last year.", "earn"),
        ("The Brindley council cut up to 300 jobs on Monday.", "cut"),
        # a particle of the verb stays
        ("The Brindley council set up a new fund on Monday.", "set up"),
    ],
)
def test_up_to_before_a_figure_is_no_particle(nlp: Language, text: str, action: str) -> None:
    assert what_of(nlp, text)[0].action == action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        (
            "Earlier this month, the founder of Vantor took to Twitter once again to announce his latest stunt.",
            "announce",
        ),
        ("The Vantor mayor Tom Hallam went on television to deny the claims.", "deny"),
        # a reported clause under the purpose is the act, as under any "said"
        ("Tom Hallam took to Twitter to say that the Vantor council had closed the library.", "close"),
    ],
)
def test_taking_to_a_medium_yields_to_what_was_said_there(nlp: Language, text: str, action: str) -> None:
    events = what_of(nlp, text)
    assert events[0].action == action
    assert all(e.action != action for e in events[1:])


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Tom Hallam went on holiday to relax.", "go"),  # not a medium: nothing said there
        ("Tom Hallam took to the stage at nine on Friday.", "take"),  # no purpose
    ],
)
def test_a_trip_without_words_stays_the_act(nlp: Language, text: str, action: str) -> None:
    assert what_of(nlp, text)[0].action == action
