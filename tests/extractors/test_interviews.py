"""interviews: an interview's opening told from the guest's side, "X, <role>, talks to <outlet> about <topic>"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractors.kinds import article_kind
from tests.extractors.helpers import headline_of

_TURNS = (
    "Harbour Times: When did you start?\n\n"
    "Omar Velde: In a small shed, twenty years ago. Boats were cheap then.\n\n"
    "Harbour Times: And now?\n\n"
    "Omar Velde: Now we build forty boats a year.\n\n"
    "Harbour Times: Thank you.\n\n"
    "Omar Velde: Thank you."
)


@pytest.mark.parametrize(
    ("opening", "headline"),
    [
        # "X interviewed Y about Z": the guest first, the outlet after "talks to", the topic kept
        (
            "The Harbour Times interviewed Omar Velde, owner of a boatyard in Bergen, about wooden sailing boats.",
            "Omar Velde, owner of a boatyard in Bergen, talks to The Harbour Times about wooden sailing boats.",
        ),
        # a description with a named apposition: the name leads, the description is the role
        (
            "The Harbour Times interviewed the yard's founder, Omar Velde.",
            "Omar Velde, the yard's founder, talks to The Harbour Times.",
        ),
        # a passive opening; a pronoun guest by its name
        (
            "Omar Velde builds boats in Bergen. He was interviewed by the Harbour Times.",
            "Omar Velde talks to the Harbour Times.",
        ),
    ],
)
def test_interviews_opening_told_from_the_guests_side(nlp: Language, opening: str, headline: str) -> None:
    text = f"{opening}\n\n{_TURNS}"
    assert article_kind(nlp(text)).name == "interview"
    assert headline_of(nlp, text) == headline


def test_interviews_a_date_is_no_topic(nlp: Language) -> None:
    text = f"On Monday, the Harbour Times spoke with Omar Velde on Tuesday.\n\n{_TURNS}"
    headline = headline_of(nlp, text)
    assert headline is not None and headline.startswith("Omar Velde talks to") and "Tuesday" not in headline


def test_interviews_speaking_to_someone_is_no_interview_of_them(nlp: Language) -> None:
    # without speakers' turns, "X spoke to Y" says nothing of who answers: never "Y talks to X"
    text = "The mayor of Bergen spoke to fishermen about the new harbour fees on Monday. The fees rise in May."
    headline = headline_of(nlp, text)
    assert headline is not None and not headline.startswith("Fishermen")


def test_interviews_a_kind_of_person_is_no_topic(nlp: Language) -> None:
    # the noun most named is the people talked of ("the mayor"), not what the interview is about
    text = (
        "Harbour Times: Have you met the mayor?\n\n"
        "Omar Velde: I met the mayor twice. The mayor likes boats.\n\n"
        "Harbour Times: Will the mayor help the yard?\n\n"
        "Omar Velde: The mayor promised a new slipway.\n\n"
        "Harbour Times: Thank you.\n\n"
        "Omar Velde: Thank you."
    )
    headline = headline_of(nlp, text)
    assert headline is not None and headline.startswith("Omar Velde") and "about" not in headline
