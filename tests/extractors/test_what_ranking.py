"""what (issue 10, ranking): one act told twice is one event; the top events tell different acts.
Invented names throughout."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractors.types import Event, Span
from extractors.what import extract_what
from extractors.what.ranking import same_act
from extractors.who import extract_who


def _what(nlp: Language, text: str, title: str | None = None) -> list[Event]:
    doc = nlp(text)
    return extract_what(doc, who=extract_who(doc), sources=[], title=title)


def _event(actor: str | None, action: str, obj: str | None, negated: bool = False) -> Event:
    return Event(actor=actor, action=action, object=obj, negated=negated, span=Span(start=0, end=1, text="x"))


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # a title line run into the page ("Norland Bank Confirms Another Incident") over its lead
        (("Norland Bank", "confirm", "an additional security incident"), ("Norland Bank", "confirm", None), True),
        (
            ("a new iceberg", "calve", "from Pine Island Glacier"),
            ("The new iceberg", "calve", "from the glacier"),
            True,
        ),
        (("Brindley embassy", "forecast", "Soybean imports will rise"), (None, "forecast", "Soybean imports"), True),
        # two figures, two things, two doers, an untold doer with an untold object
        (
            ("Cenergy", "report", "net income of 790,000 dlrs"),
            ("Cenergy", "report", "net income of 3.7 mln dlrs"),
            False,
        ),
        (("Dutch feed usage", "fall", "to 6.5 mln tonnes"), ("Tapioca usage", "fall", "to 6.5 mln tonnes"), False),
        (("the rebels", "release", "21 schoolgirls"), ("the rebels", "release", "a baby boy"), False),
        ((None, "crash", "a plane"), (None, "crash", None), False),
    ],
)
def test_what_ranking_same_act(
    a: tuple[str | None, str, str | None], b: tuple[str | None, str, str | None], same: bool
) -> None:
    assert same_act(_event(*a), _event(*b)) is same
    assert same_act(_event(*b), _event(*a)) is same


def test_what_ranking_a_denial_is_not_the_act_denied() -> None:
    assert not same_act(_event("Acme", "close", "the plant"), _event("Acme", "close", "the plant", negated=True))


def test_what_ranking_the_lead_told_again_later_is_one_act(nlp: Language) -> None:
    text = (
        "A Vantor court sentenced Ana Verro to three years in prison on Monday for insulting the judiciary.\n\n"
        "Her lawyers said they would appeal. Protesters gathered outside the court.\n\n"
        "The Vantor court sentenced former minister Ana Verro to three years in prison along with 19 others."
    )
    events = _what(nlp, text)
    assert [e.action for e in events].count("sentence") == 1, [(e.actor, e.action) for e in events]
    assert events[0].span.text.startswith("A Vantor court sentenced")


def test_what_ranking_a_forecast_and_its_passive_are_one_act(nlp: Language) -> None:
    # the report as a claim (the embassy forecasts) and the passive it reports ("are forecast")
    text = (
        "Soybean imports are forecast to rise to 425,000 tonnes next year, the Brindley embassy said. "
        "Farmers planted less this season."
    )
    events = _what(nlp, text)
    assert [e.action for e in events].count("forecast") == 1, [(e.actor, e.action) for e in events]


def test_what_ranking_two_figures_are_two_acts(nlp: Language) -> None:
    text = (
        "Cenergy Corp reported fourth quarter net income of 790,000 dlrs. "
        "For the year it reported a net loss of 6.5 mln dlrs."
    )
    events = _what(nlp, text)
    assert [e.action for e in events].count("report") == 2, [(e.actor, e.action, e.object) for e in events]


def test_what_ranking_the_same_verb_on_another_thing_is_another_act(nlp: Language) -> None:
    text = (
        "The rebels released 21 schoolgirls on Thursday. "
        "A baby boy born in captivity was also released by the rebels. Families wept."
    )
    events = _what(nlp, text)
    assert [e.action for e in events].count("release") == 2, [(e.actor, e.action, e.object) for e in events]
