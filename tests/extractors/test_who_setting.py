"""who: a place that is only the setting of the news (where it happened, a label, a demonym) ranks
below the people and bodies that act in it; a country that acts stays an actor."""

from __future__ import annotations

from spacy.language import Language

from extractors.types import Actor
from extractors.who import extract_who


def _who(nlp: Language, text: str, title: str | None = None) -> list[Actor]:
    return extract_who(nlp(text), title=title)


def _rank(actors: list[Actor], name: str) -> int:
    return next(i for i, a in enumerate(actors) if a.name == name)


def test_a_demonym_in_the_lead_subject_is_a_person_not_the_country(nlp: Language) -> None:
    # "including a Briton": a person of that country, not the United Kingdom doing anything
    text = (
        "Thirty people, including a Briton, have been arrested after a raid on a forged passport ring. "
        "The raid was planned by Europol, which tracked the ring for a year. Europol said more arrests "
        "would follow, and Europol will publish a report in May."
    )
    who = _who(nlp, text)
    assert who[0].name == "Europol"


def test_a_body_named_in_the_lead_subject_goes_before_the_place_that_owns_its_description(nlp: Language) -> None:
    # "The UK's biggest brewer, <name>,": the name is the doer, the UK only places it (and "Scottish"
    # in the name is no demonym acting)
    text = (
        "The UK's biggest brewer, Scottish and Hollin, is to buy 40% of Mumbai Breweries for 90m. "
        "Scottish and Hollin makes Gold Ale, and its chief executive Tom Ash said the deal was a good "
        "one. Mumbai Breweries has twelve plants."
    )
    who = _who(nlp, text)
    assert who[0].name != "United Kingdom"
    assert _rank(who, "Mumbai Breweries") < _rank(who, "United Kingdom")


def test_a_country_named_only_by_labels_and_scenes_ranks_below_the_people_who_act(nlp: Language) -> None:
    # the United Kingdom acts once ("Britain has ..."), but is otherwise the stage: "British fans",
    # "in London", "UK cinemas", "Britain's summer": those mentions weigh as the setting's
    text = (
        "Anna Kessler and Paul Dray attended the British premiere of their film Cold Harbour in London. "
        "Kessler said British fans had been kind to her. Dray thanked UK cinemas for showing it in "
        "Britain's summer. The film opens in Manchester and Glasgow next week, after a run in Britain. "
        "Britain has a large audience for war films, and British critics praised it."
    )
    who = _who(nlp, text)
    names = [a.name for a in who]
    assert names[0] == "Anna Kessler"
    assert _rank(who, "Paul Dray") < _rank(who, "Britain")


def test_a_country_that_acts_stays_first(nlp: Language) -> None:
    text = (
        "Britain has signed a trade deal with Chile after two years of talks. Britain said the deal "
        "would cut tariffs on wine and copper. British exporters welcomed it, and Britain will send "
        "a trade envoy to Santiago in June."
    )
    who = _who(nlp, text)
    assert who[0].name == "Britain"
