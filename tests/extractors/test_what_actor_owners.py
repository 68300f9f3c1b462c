"""what v39: an "it" / "they" subject with no subject near to stand for is the topic before the subjects between, or
the owner, by a possessive of the same number, of the main subject before ("Their new album ... They"); not over a
subject the pronoun may stand for, nor a person for "it" (owners.py); a title coordinated with others is several
people; a coordinated verb's own passive keeps its doer null. Invented names and events."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extractors.helpers import actors_of


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        # the owner of the subject before is the one "they" carries on
        (
            "Kestrel Records have released eleven albums since 1990. Their new album, Glass Town, comes "
            "ten years after the friends met in Leeds. They may have lost some of their early anger.",
            "lose",
            "Kestrel Records",
        ),
        (
            "Norbank reported a loss for the year. Its shares fell sharply in Oslo on Monday. "
            "It will close twelve branches next spring.",
            "close",
            "Norbank",
        ),
        # the owned subject is a plural that "they" may stand for: that subject, not the owner
        (
            "Kestrel Records have released eleven albums since 1990. Their fans crowded the hall in Leeds. "
            "They sang every song.",
            "sing",
            "fans",
        ),
    ],
)
def test_what_pronoun_carried_on_by_its_owner(nlp: Language, text: str, action: str, actor: str) -> None:
    assert actors_of(nlp, text, action) == [actor]


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        # the topic two sentences back, over a subject of the other number between
        (
            "Norbank reported a loss for the year. Bad loans rose sharply in the autumn. "
            "It will close twelve branches next spring.",
            "close",
            "Norbank",
        ),
        # a thing between that "it" may be: not the topic
        (
            "Norbank reported a loss for the year. The new tower cost more than planned. It will open next spring.",
            "open",
            "It",
        ),
        # a person is no "it"
        (
            "Norbank reported a loss for the year. Chief executive Ann Berg resigned on Monday. "
            "It will close twelve branches next spring.",
            "close",
            "It",
        ),
    ],
)
def test_what_pronoun_carried_over_subjects_between(nlp: Language, text: str, action: str, actor: str) -> None:
    assert actors_of(nlp, text, action) == [actor]


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        # a title coordinated with others is several people: not the one person named
        (
            "Ann Berg says she will stay as coach of the national side. The chairman, chief executive and "
            "three directors all resigned in a row over the sport's future.",
            "resign",
            "The chairman",
        ),
        # one person's two titles
        (
            "Ann Berg was appointed chairwoman of Norbank in 2001. The chairwoman and chief executive resigned "
            "on Monday.",
            "resign",
            "Ann Berg",
        ),
    ],
)
def test_what_coordinated_description_is_several(nlp: Language, text: str, action: str, actor: str) -> None:
    assert actors_of(nlp, text, action) == [actor]


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        # a clause of reason after its main clause carries the topic
        (
            "Norbank reported a loss for the year. Bad loans rose sharply in the autumn. "
            "Its shares fell because it will close twelve branches next spring.",
            "close",
            "Norbank",
        ),
        # a clause before its main clause points ahead, and a speaker's "it" is not the topic
        (
            "Norbank reported a loss for the year. Bad loans rose sharply in the autumn. "
            'A union official said: "It will close twelve branches next spring."',
            "close",
            "It",
        ),
    ],
)
def test_what_pronoun_carried_only_in_the_story_s_own_clauses(
    nlp: Language, text: str, action: str, actor: str
) -> None:
    assert actors_of(nlp, text, action) == [actor]


def test_what_coordinated_passive_keeps_its_doer_null(nlp: Language) -> None:
    # a verb coordinated with an active one is passive by its own auxiliary: no doer is given
    text = "The guide price is set at average producing locations and will be further adjusted for other grades."
    assert actors_of(nlp, text, "adjust") == [None]
