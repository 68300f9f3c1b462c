"""who: names the NER missed or cut, one actor per entity, and titles that name one office only.

Hand-written sentences, one per form.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractors.types import Actor
from tests.extractors.helpers import holders_of, who_of


def _names(actors: list[Actor]) -> set[str]:
    return {a.name for a in actors} | {m.text for a in actors for m in a.mentions}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an institution the NER left untagged, named by its head word and an "of" phrase
        (
            "LISBON, June 4 - The Bank of Portugal decided at a board meeting to raise its main rate.",
            "Bank of Portugal",
        ),
        # an organisation run into a dateline's date, named by its last word
        (
            "DENVER, May 5 - The Western Sheep Growers Council opens its meeting on Tuesday.",
            "Western Sheep Growers Council",
        ),
    ],
)
def test_an_organisation_the_ner_missed_is_an_actor(nlp: Language, text: str, name: str) -> None:
    actors = who_of(nlp, text)
    assert name in {a.name for a in actors}
    assert next(a for a in actors if a.name == name).type == "organization"


def test_a_full_name_the_ner_missed_joins_the_surname_it_tagged(nlp: Language) -> None:
    text = (
        "Pierre Lemoulin insists the club can still win the title this season.\n\n"
        "The former captain joined the club in 1998. Lemoulin said the players were hungry."
    )
    lemoulin = holders_of(who_of(nlp, text), "Lemoulin")
    assert len(lemoulin) == 1
    assert lemoulin[0].name == "Pierre Lemoulin"


def test_capitals_of_a_heading_are_no_names(nlp: Language) -> None:
    text = (
        "Storm Hits Coastal Towns As Council Meeting Is Cancelled\nThe storm damaged roofs in the town, officials said."
    )
    assert not any("Council Meeting" in a.name for a in who_of(nlp, text))


def test_an_organisation_cut_after_of_the_is_whole(nlp: Language) -> None:
    text = "Rents rose in May, the Office of the Housing Regulator (OHR) said. The OHR expects a slowdown."
    office = holders_of(who_of(nlp, text), "OHR")
    assert len(office) == 1
    assert office[0].name == "Office of the Housing Regulator"
    assert office[0].type == "organization"


def test_an_acronym_is_not_a_person(nlp: Language) -> None:
    text = "House prices fell in March, the ODPM said. The ODPM blamed higher interest rates."
    assert all(a.type == "organization" for a in holders_of(who_of(nlp, text), "ODPM"))


def test_a_deputy_is_not_the_office_holder(nlp: Language) -> None:
    text = (
        "An inquiry into remarks by Mayor Tom Hardcastle has begun. Deputy Mayor Jane Fielding said she "
        "believed he would apologise. Ms Fielding said the remarks were wrong. So far the mayor has refused."
    )
    actors = who_of(nlp, text)
    fielding = holders_of(actors, "Jane Fielding")[0]
    assert "mayor" not in {m.text.casefold() for m in fielding.mentions}
    assert fielding.titles == ["deputy mayor"]


def test_a_place_and_its_country_are_not_one_name(nlp: Language) -> None:
    text = "The flight from Wellington, New Zealand, left on time, the airline said."
    assert not any("," in a.name for a in who_of(nlp, text))


def test_party_members_are_their_party(nlp: Language) -> None:
    text = (
        "The Republican Party met in Ohio on Monday. Republicans said they would oppose the bill, and "
        "Democrats said the Democratic Party would back it."
    )
    actors = who_of(nlp, text)
    assert len(holders_of(actors, "Republicans")) == 1
    assert holders_of(actors, "Republicans")[0].name == "Republican Party"
    assert holders_of(actors, "Democrats")[0].name == "Democratic Party"


def test_a_person_named_by_nationality_is_not_the_country(nlp: Language) -> None:
    text = "Kowalski beat Lindqvist in four sets in Madrid. The American could not find his serve."
    assert "United States" not in {a.name for a in who_of(nlp, text)}


def test_a_wire_ticker_is_its_company(nlp: Language) -> None:
    text = "Harbor Gas Corp <HGC> said it would sell its pipeline unit. Harbor Gas said HGC shares rose 2 pct."
    actors = who_of(nlp, text)
    assert len(holders_of(actors, "HGC")) == 1
    assert holders_of(actors, "HGC")[0].name.startswith("Harbor Gas")
    assert not any("<" in a.name or ">" in a.name for a in actors)


def test_a_one_word_short_form_of_a_company_joins_it(nlp: Language) -> None:
    text = "Analysts at Drexel Hartley Bros. said the deal was good. Drexel said it would review the stock."
    assert len(holders_of(who_of(nlp, text), "Drexel")) == 1


def test_the_title_repeated_as_the_first_line_weighs_once(nlp: Language) -> None:
    title = "Orion Airways Flight Takes Off In 2018 But Lands In 2017"
    text = title + "\nThe flight from Auckland left on January 1. Orion Airways said passengers were delighted."
    actors = who_of(nlp, text, title)
    assert not any("Takes Off" in a.name for a in actors)
    assert actors[0].name == "Orion Airways"


def test_a_transcript_note_and_a_role_label_give_no_actor(nlp: Language) -> None:
    text = (
        "JANE ROWE, HOST:\nGood morning. The council voted to close the library on Monday.\n"
        "WBXR transcripts are created on a rush deadline by a contractor. This text may not be in its final form."
    )
    names = _names(who_of(nlp, text))
    assert not names & {"HOST", "WBXR"}


def test_a_name_in_capitals_takes_its_written_form(nlp: Language) -> None:
    text = "AILSA MORROW, HOST:\nGood morning. I'm Ailsa Morrow with the news. The council voted on Monday."
    assert "Ailsa Morrow" in {a.name for a in who_of(nlp, text)}


def test_a_company_named_by_the_opening_of_its_name_is_that_company(nlp: Language) -> None:
    text = (
        "Halvorsen Gold Mining Corp said it would buy two mines in Peru. Halvorsen Gold said the deal "
        "would close in June."
    )
    assert len(holders_of(who_of(nlp, text), "Halvorsen Gold")) == 1


def test_a_caption_line_gives_no_actor(nlp: Language) -> None:
    text = (
        "The trains collided in the tunnel, the transit authority said.\n"
        "The trains collided in a tunnel between Manhattan and Brooklyn (file photo)\n"
        "Pictured, the Carver Observatory telescope at night\n"
        "Officials said one worker was hurt."
    )
    assert not _names(who_of(nlp, text)) & {"Brooklyn", "Carver Observatory"}


def test_a_person_named_the_american_is_no_mention_of_the_country(nlp: Language) -> None:
    text = (
        "Kowalski beat Lindqvist in Madrid. The American blasts an ace, but Kowalski puts the American under pressure."
    )
    assert "United States" not in {a.name for a in who_of(nlp, text)}


@pytest.mark.parametrize(
    "text",
    [
        # a credit before a caption the NER reads as a person's name, and as an organisation's
        "Medics treated the injured at the scene\nReuters People were told to stay indoors, officials said.",
        "Police sealed off the road Reuters Heavily armed officers patrolled the beach on Friday.",
    ],
)
def test_who_picture_credit_run_into_a_caption_is_no_name(nlp: Language, text: str) -> None:
    names = {actor.name for actor in who_of(nlp, text)}
    assert not {name for name in names if name.startswith("Reuters ")}
    assert not names & {"People", "Heavily"}
