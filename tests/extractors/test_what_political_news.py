"""what v45 (political news): a bare name's gender as the article tells it (`extractors/genders.py`), a win told by
its verdict ("was projected as the winner": `arguments.declared_winner`) and a reporter's judgement of a clause
("said it was wrong to ...": `claims.judgement`). Invented names throughout."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractors.coref import coref_for
from extractors.what.claims import judgement
from extractors.who import extract_who
from tests.extractors.helpers import actors_of, what_of


def test_what_gender_told_by_a_bound_pronoun(nlp: Language) -> None:
    # "her next conference" with one person named before: Dana Vell is a woman, so "he" is Omar Brisk
    text = (
        "Questions are growing over when candidate Dana Vell will hold her next press conference.\n\n"
        "When Omar Brisk, Vell's campaign manager, was asked if Vell would hold one before the vote, he laughed."
    )
    assert actors_of(nlp, text, "laugh") == ["Omar Brisk"]


def test_what_gender_not_told_by_a_pronoun_with_two_people(nlp: Language) -> None:
    doc = nlp("Dana Vell met Omar Brisk on Monday and praised his plan. Vell later left the city.")
    coref = coref_for(doc, extract_who(doc))
    assert "Dana Vell" not in coref.gender
    assert "Omar Brisk" not in coref.gender


def test_what_gender_not_told_with_a_person_noun_between(nlp: Language) -> None:
    # "her" may be the reporter's: no gender for Brisk
    doc = nlp("Omar Brisk met a reporter in Vantor and answered her question about the budget.")
    coref = coref_for(doc, extract_who(doc))
    assert "Omar Brisk" not in coref.gender


@pytest.mark.parametrize(
    ("text", "judged"),
    [
        ("Omar Brisk said it was wrong to compare the two parties.", True),
        ("Omar Brisk said it is important that voters see the records.", True),
        ("Omar Brisk said it would be a mistake to raise taxes.", True),
        # a thing's readiness, not a judgement of a clause
        ("Omar Brisk said it was ready to launch next week.", False),
        ("Omar Brisk said it was a plan to raise taxes.", False),
        ("Omar Brisk said the plan was wrong.", False),
    ],
)
def test_what_judgement_of_a_clause(nlp: Language, text: str, judged: bool) -> None:
    doc = nlp(text)
    content = next(t for t in doc if t.lemma_ == "be")
    assert judgement(content) is judged


def test_what_judgement_is_the_reporters_argument(nlp: Language) -> None:
    text = "Talk host Omar Brisk said on Friday it was wrong to compare the violence of the two groups."
    events = what_of(nlp, text)
    assert ("Omar Brisk", "argue") in [(e.actor, e.action) for e in events[:2]]


@pytest.mark.parametrize(
    ("text", "won"),
    [
        ("Omar Brisk was projected as the winner of the Vantor primary on Tuesday.", "the Vantor primary"),
        ("Dana Vell was declared the winner of the Brindley caucuses.", "the Brindley caucuses"),
    ],
)
def test_what_declared_winner_wins(nlp: Language, text: str, won: str) -> None:
    events = what_of(nlp, text)
    assert (events[0].action, events[0].object) == ("win", won)


def test_what_declared_other_than_winner_stays(nlp: Language) -> None:
    events = what_of(nlp, "Dana Vell was declared unfit for office by the Brindley court.")
    assert events[0].action == "declare"
