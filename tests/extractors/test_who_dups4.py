"""who: one actor per real-world entity, sixth round (issue 10): a place named in full and in part
(`who/partplaces.py`). Hand-written sentences; the opposite errors (a wrong merge) are tested beside
each form."""

from __future__ import annotations

from spacy.language import Language

from extractors.who.partplaces import _part_of
from extractors.who.state import WhoState
from tests.extractors.helpers import holders_of, who_of


def test_a_natural_feature_with_and_without_its_head_is_one_place(nlp: Language) -> None:
    text = "Smugglers crossed the Sahara Desert in trucks. The Sahara has become a route for migrants, officials said."
    actors = who_of(nlp, text)
    assert [a.name for a in holders_of(actors, "Sahara")] == ["Sahara Desert"]
    assert holders_of(actors, "Sahara") == holders_of(actors, "Sahara Desert")


def test_a_country_stays_apart_from_the_river_named_after_it(nlp: Language) -> None:
    text = "The Jordan River flooded on Monday. Jordan said it would send aid to the villages by the river."
    actors = who_of(nlp, text)
    assert [a.name for a in holders_of(actors, "Jordan")] == ["Jordan"]
    assert [a.name for a in holders_of(actors, "Jordan River")] == ["Jordan River"]


def test_the_end_of_a_places_name_is_that_place(nlp: Language) -> None:
    text = (
        "The United Arab Republic rejected the plan. A spokesman said the Arab Republic would not accept "
        "foreign troops on its soil."
    )
    actors = who_of(nlp, text)
    assert [a.name for a in holders_of(actors, "Arab Republic")] == ["United Arab Republic"]


def test_a_side_word_makes_another_place(nlp: Language) -> None:
    st = WhoState.of(nlp("Floods hit New South Wales."))
    assert not _part_of(st, ["South", "Wales"], ["New", "South", "Wales"])
    assert _part_of(st, ["Inner", "Harbor"], ["Duisburg", "Inner", "Harbor"])
    assert not _part_of(st, ["Korea"], ["North", "Korea"])
    assert not _part_of(st, ["New", "York"], ["Upstate", "New", "York"])
    assert not _part_of(st, ["United", "States"], ["Continental", "United", "States"])
    assert not _part_of(st, ["Ohio"], ["Ohio", "River"])
    assert _part_of(st, ["Danube"], ["Danube", "River"])


def test_lower_case_words_the_ner_took_in_leave_the_countrys_name(nlp: Language) -> None:
    text = (
        "Gorbachev agreed to let a united Germany join the alliance. In the last century Germany had twice "
        "invaded Russia."
    )
    actors = who_of(nlp, text)
    assert [a.name for a in holders_of(actors, "united Germany")] == ["Germany"]
    assert holders_of(actors, "united Germany") == holders_of(actors, "Germany")
