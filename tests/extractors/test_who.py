"""who: one actor per entity, short forms and aliases merged, titles and affiliation, salience order."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractors.who import extract_who
from tests.extractors.helpers import named, who_of


@pytest.mark.parametrize(
    ("text", "name", "kind", "also"),
    [
        # short form of a person
        (
            "Angela Merkel met reporters in Berlin on Monday. Merkel said the talks had gone well.",
            "Angela Merkel",
            "person",
            ["Merkel"],
        ),
        # acronym of an organisation
        (
            "The United Nations warned on Tuesday that food aid was running out. The UN said it needed money.",
            "United Nations",
            "organization",
            ["UN"],
        ),
        # a capital standing for its country
        (
            "Moscow rejected the proposal on Friday. Russia has long opposed any such deal.",
            "Russia",
            "location",
            ["Moscow"],
        ),
        # "the North" in a Korea story
        (
            "South Korea said the North fired a missile into the sea. North Korea did not comment.",
            "North Korea",
            "location",
            ["North"],
        ),
        # an abbreviation of a country gets the country's name
        ("The U.S. imposed new sanctions on Iran.", "United States", "location", ["U.S."]),
    ],
)
def test_who_merges_aliases(nlp: Language, text: str, name: str, kind: str, also: list[str]) -> None:
    actor = named(who_of(nlp, text), name)
    assert actor.type == kind
    said = {m.text for m in actor.mentions}
    assert set(also) <= said


def test_who_capital_as_place_without_its_country_stays_a_city(nlp: Language) -> None:
    actors = who_of(nlp, "A fire broke out in Paris on Sunday, injuring three people.")
    assert [a.name for a in actors] == ["Paris"]


def test_who_demonym_group_has_country_affiliation(nlp: Language) -> None:
    group = named(who_of(nlp, "South Korean officials said the talks had failed."), "South Korean officials")
    assert group.type == "group"
    assert group.affiliation == "South Korea"


@pytest.mark.parametrize(
    ("text", "name", "titles", "affiliation"),
    [
        # pre-modifier with a demonym
        (
            "North Korean leader Kim Jong Un visited a munitions factory on Tuesday.",
            "Kim Jong Un",
            ["leader"],
            "North Korea",
        ),
        # apposition after the name, with a possessive organisation
        ("Tim Cook, Apple's chief executive, said sales rose in China.", "Tim Cook", ["chief executive"], "Apple"),
        # "the X of Y," before the name
        ("He met the president of France, Emmanuel Macron, at the summit.", "Emmanuel Macron", ["president"], "France"),
        # a time-scoped title keeps its qualifier
        ("Former President Barack Obama spoke in Chicago on Sunday.", "Barack Obama", ["former president"], None),
    ],
)
def test_who_titles(nlp: Language, text: str, name: str, titles: list[str], affiliation: str | None) -> None:
    person = named(who_of(nlp, text), name)
    assert person.type == "person"
    assert person.titles == titles
    assert person.affiliation == affiliation


def test_who_bare_title_subject_links_to_the_person_named_next(nlp: Language, seed_text: str) -> None:
    shin = named(extract_who(nlp(seed_text)), "Shin Won-sik")
    assert shin.titles == ["defense minister"]
    assert shin.affiliation == "South Korea"
    assert any(m.text.endswith("defense minister") for m in shin.mentions)


def test_who_seed(nlp: Language, seed_text: str) -> None:
    actors = extract_who(nlp(seed_text))
    names = [a.name for a in actors]
    assert names[:3] == ["North Korea", "Russia", "Shin Won-sik"]
    kim = named(actors, "Kim Jong Un")
    assert (kim.titles, kim.affiliation) == (["leader"], "North Korea")
    assert "Kim" in {m.text for m in kim.mentions}
    putin = named(actors, "Vladimir Putin")
    assert (putin.titles, putin.affiliation) == (["president"], "Russia")
    yoon = named(actors, "Yoon Suk Yeol")
    assert (yoon.titles, yoon.affiliation) == (["president"], "South Korea")  # not "conservative"
    north = {m.text for m in named(actors, "North Korea").mentions}
    assert {"Pyongyang", "North"} <= north
    assert "Seoul" in {m.text for m in named(actors, "South Korea").mentions}
    assert {"U.S.", "US"} <= {m.text for m in named(actors, "United States").mentions}
    for actor in actors:
        assert all(seed_text[m.start : m.end] == m.text for m in actor.mentions)
    assert [a.salience for a in actors] == sorted((a.salience for a in actors), reverse=True)
    assert actors[0].salience == 1.0


@pytest.mark.parametrize("text", ["", "   ", "!!!", "\n\n", "123 456", "a"])
def test_who_odd_text_gives_nothing_or_valid_actors(nlp: Language, text: str) -> None:
    for actor in who_of(nlp, text):
        assert all(text[m.start : m.end] == m.text for m in actor.mentions)


def test_who_capital_named_often_as_a_place_stays_a_city(nlp: Language) -> None:
    text = (
        "A tram derailed in Croydon, south London, on Wednesday. Police in London said the driver was held. "
        "London transport officials closed the line. Britain's rail agency will investigate. "
        "Commuters in London faced delays."
    )
    names = [a.name for a in who_of(nlp, text)]
    assert "London" in names
    assert "Britain" in names  # the country as the article names it


def test_who_state_title_takes_the_story_country(nlp: Language) -> None:
    text = (
        "Brazil's economy grew last year. Brazil exported more coffee, and Brazil imported less oil. "
        '"We are in surplus," Finance Minister Antonio Palocci told reporters.'
    )
    palocci = named(who_of(nlp, text), "Antonio Palocci")
    assert palocci.titles == ["finance minister"]
    assert palocci.affiliation == "Brazil"


def test_who_analyst_gets_no_country_from_context(nlp: Language) -> None:
    text = "Brazil's economy grew last year. Brazil exported more coffee, analyst Maria Souza said."
    souza = named(who_of(nlp, text), "Maria Souza")
    assert souza.titles == ["analyst"]
    assert souza.affiliation is None


@pytest.mark.parametrize(
    ("text", "name", "also"),
    [
        # a company's short name joins its full legal name
        ("Ford Motor Company said sales rose. Ford sold 142,285 cars in February.", "Ford Motor Company", ["Ford"]),
        # a surname used in a caption before the full name is the same person
        ("Massa crashed out. Felipe Massa, who retires this year, waved to the crowd.", "Felipe Massa", ["Massa"]),
    ],
)
def test_who_merges_name_forms(nlp: Language, text: str, name: str, also: list[str]) -> None:
    actor = named(who_of(nlp, text), name)
    assert set(also) <= {m.text for m in actor.mentions}


def test_who_titled_surname_before_another_full_name_stays_apart(nlp: Language) -> None:
    text = "President Obama said he was encouraged. Later, Michelle Obama hosted Melania Trump at the White House."
    names = [a.name for a in who_of(nlp, text)]
    assert "Obama" in names
    assert "Michelle Obama" in names


def test_who_hyphenated_time_scoped_title(nlp: Language) -> None:
    trump = named(who_of(nlp, "President-elect Donald Trump met Barack Obama on Thursday."), "Donald Trump")
    assert trump.titles == ["president-elect"]


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        # an occupational role before a name reads as a title
        ("Pop star Dana Kovac is to marry Felix Brandt.", "Dana Kovac", ["pop star"]),
        # an apposition that names no role is not a title
        ("The crowd cheered Robbie Williams, a good show by any measure.", "Robbie Williams", []),
        # an indefinite predicate is a description, not an office
        ("Bob Marley was a good player, his friend said.", "Bob Marley", []),
    ],
)
def test_who_role_titles_and_non_titles(nlp: Language, text: str, name: str, titles: list[str]) -> None:
    assert named(who_of(nlp, text), name).titles == titles


def test_who_an_address_is_not_a_title(nlp: Language) -> None:
    text = "Q. Mr. President, John Whitney of the Concord Monitor asked about the primary."
    assert named(who_of(nlp, text), "John Whitney").titles == []


def test_who_titles_are_lower_case_even_in_headings(nlp: Language) -> None:
    text = "FORMER PRESIDENT Richard Nixon spoke in California on Friday."
    nixon = named(who_of(nlp, text), "Richard Nixon")
    assert all(t == t.lower() for t in nixon.titles)


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        # a capitalised title the NER took into the name is split off as the title
        ("Striker Thierry Henry, along with Robert Pires, scored on Sunday.", "Thierry Henry", ["striker"]),
        # sporting positions and seeds are roles
        ("Ninth seed David Nalbandian had never come back from two sets down.", "David Nalbandian", ["ninth seed"]),
        ("The winning run was hit by left fielder Marco Benetti in the tenth.", "Marco Benetti", ["left fielder"]),
        # a representative named before the name
        ("The wedding is off, said the singer's agent Helen Marsh on Friday.", "Helen Marsh", ["agent"]),
        # "current" is not part of the office
        (
            "He left current chief operating officer Timothy Gray in charge.",
            "Timothy Gray",
            ["chief operating officer"],
        ),
    ],
)
def test_who_role_titles_before_names(nlp: Language, text: str, name: str, titles: list[str]) -> None:
    assert named(who_of(nlp, text), name).titles == titles


@pytest.mark.parametrize(
    "text",
    [
        "Arsenal manager Dan Hollis said the team was tired. Arsenal go into the game in good shape.",
        (
            "Gunners manager Dan Hollis said the team was tired. "
            "The Gunners travel to Leeds on Wednesday, and Gunners fans expect a win."
        ),
    ],
)
def test_who_team_name_before_a_title_is_not_part_of_it(nlp: Language, text: str) -> None:
    assert named(who_of(nlp, text), "Dan Hollis").titles == ["manager"]


def test_who_name_tagged_as_organisation_with_a_role_is_a_person(nlp: Language) -> None:
    text = "Nimit Nonthapanthawat, chief economist at the Bangkok Bank, said growth would continue this year."
    actor = named(who_of(nlp, text), "Nimit Nonthapanthawat")
    assert (actor.type, actor.titles) == ("person", ["chief economist"])


def test_who_untagged_acronym_used_as_a_party_is_an_organisation(nlp: Language) -> None:
    text = (
        "Employers and the port union, FNV, are to meet again today. "
        "The employers accused the FNV of intransigence. The FNV refuses to accept the redundancies."
    )
    actor = named(who_of(nlp, text), "FNV")
    assert actor.type == "organization"
    assert len(actor.mentions) >= 2


@pytest.mark.parametrize(
    "text",
    [
        "The CEO said sales rose. Analysts said the CEO had been right about the market.",
        "The new A350 XWB flew on Monday. Airlines said the A350 XWB burns less fuel.",
    ],
)
def test_who_common_abbreviations_are_not_organisations(nlp: Language, text: str) -> None:
    names = {a.name for a in who_of(nlp, text)}
    assert not names & {"CEO", "XWB"}


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        # a capitalised title in apposition after the name
        (
            "Robin Smith, Assistant Chief Constable at the British Transport Police, confirmed the deaths.",
            "Robin Smith",
            ["assistant chief constable"],
        ),
        # two portfolios joined by "and" share one title
        (
            "Economy and Labour Minister Wolfgang Clement called the dip a mild decline.",
            "Wolfgang Clement",
            ["economy and labour minister"],
        ),
    ],
)
def test_who_capitalised_titles(nlp: Language, text: str, name: str, titles: list[str]) -> None:
    assert named(who_of(nlp, text), name).titles == titles


def test_who_time_zone_is_not_an_organisation(nlp: Language) -> None:
    names = {a.name for a in who_of(nlp, "As of 14:48 UTC, the FTSE 100 dropped in value by 6.5%.")}
    assert "UTC" not in names


def test_who_wire_service_ranks_below_the_story_actors(nlp: Language) -> None:
    text = (
        "General Motors approved a new budget on Monday, Reuters reported. "
        "Reuters said the budget would cut spending. Reuters said the cuts were needed, "
        "and Reuters added that Reuters had seen the plan."
    )
    names = [a.name for a in who_of(nlp, text)]
    assert names.index("General Motors") < names.index("Reuters")
