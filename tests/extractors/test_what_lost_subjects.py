"""what (issue 10, recall): a finite main verb the parser left without a subject still states the
sentence's event (its subject the noun that opens the sentence), and "up to" before a figure bounds
the figure rather than being the verb's particle. Invented names throughout."""

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
