"""what v57 (extractors/what/measures.py): a measure told as the subject is its owner's news, the measure kept in the
object; a company's results with no owner written are the reporting organisation's; "a unit of X" acts for X.
Invented names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractors.sources import extract_sources
from extractors.types import Event
from extractors.what import extract_what
from extractors.who import extract_who
from tests.extractors.helpers import actors_of


def _events(nlp: Language, text: str, action: str) -> list[Event]:
    doc = nlp(text)
    who = extract_who(doc)
    found = [e for e in extract_what(doc, who=who, sources=extract_sources(doc, who=who)) if e.action == action]
    assert found, f"no {action!r} event"
    return found


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        # a written owner of a company's results
        (
            "Zenvale Insurance Corp.'s third-quarter net income fell 22% to $182 million, reflecting storm "
            "damage. Zenvale Insurance Corp. said claims rose.",
            "fall",
            "Zenvale Insurance Corp.",
        ),
        # results with no owner written: the organisation reporting them
        (
            "Marlow Electronics Inc. said net income fell 18% in the third quarter, reflecting lower military "
            "spending. Marlow Electronics Inc. makes radar parts.",
            "fall",
            "Marlow Electronics Inc.",
        ),
        # results nobody reports in their sentence: the story's first organisation's
        (
            "Orvane Holdings Inc. reported its results for the third quarter on Monday. Net income rose 11% to "
            "$40 million, or 52 cents a share. Orvane Holdings Inc. makes ship engines.",
            "rise",
            "Orvane Holdings Inc.",
        ),
        # results nobody reports in their sentence: the organisation last a subject, not the story's first
        (
            "Zeta Holdings Ltd. said it will seek control of Norvik Inc. Zeta Holdings Ltd. owns 30% of Norvik Inc.\n\n"
            "Separately, Norvik Inc. reported a fourth-quarter loss of C$2.6 million. Revenue rose to C$291.6 "
            "million from C$252 million.",
            "rise",
            "Norvik Inc.",
        ),
        # results of a place named on the verb: that place's
        (
            "Gaming revenue rose at five casinos. Golden Reef Casino grew by 29 percent. Revenue fell by 17.7 "
            "percent at Harbour Palace Casino.",
            "fall",
            "Harbour Palace Casino",
        ),
        # a part of an organisation the article does not name acts for it
        (
            "A unit of Kestrel Acquisition Partners launched a $10-a-share tender offer for Dalbry Corp. "
            "Kestrel Acquisition Partners is controlled by three investment funds.",
            "launch",
            "Kestrel Acquisition Partners",
        ),
    ],
)
def test_what_measured_and_described_doers(nlp: Language, text: str, action: str, actor: str) -> None:
    assert actors_of(nlp, text, action)[0] == actor


def test_what_measure_kept_in_object(nlp: Language) -> None:
    text = (
        "Zenvale Insurance Corp.'s third-quarter net income fell 22% to $182 million. "
        "Zenvale Insurance Corp. said claims rose."
    )
    event = _events(nlp, text, "fall")[0]
    assert event.actor == "Zenvale Insurance Corp."
    assert event.object is not None and event.object.startswith("third-quarter net income")


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        # a person's report of results: not the person's
        (
            "Net income will fall sharply this year, analyst Ann Berg of Dalby Securities said on Monday.",
            "fall",
            "Ann Berg",
        ),
        # results of a product in a market: no company's
        (
            "Norvane Medical Inc. makes pumps. Sales of Ruritanian coffee in the European Union rose 10 pct last year.",
            "rise",
            "Norvane Medical Inc.",
        ),
        # a loss that is a defeat: not the place's results
        (
            "Senator Ann Berg lost Florida in March. The Florida loss precipitated her collapse in the polls.",
            "precipitate",
            "Florida",
        ),
        # "the unit": one the article told of (here, one bought), not its former owner
        (
            "Norvane Medical Inc. said it bought a unit of Henford Group Inc. The unit makes intravenous pumps.",
            "make",
            "Henford Group Inc.",
        ),
    ],
)
def test_what_measured_doers_not_taken(nlp: Language, text: str, action: str, actor: str) -> None:
    assert actor not in actors_of(nlp, text, action)
