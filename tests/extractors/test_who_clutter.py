"""who: products, model designations, technologies, awards and kinds of data are no actors; a "person"
described by an organisation's kind is that organisation (issue 10: no clutter actors, types right)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extractors.helpers import named, who_of


@pytest.mark.parametrize(
    ("text", "not_actors", "actors"),
    [
        # a product named right after a product noun; its maker stays
        (
            "AstraZeneca shares fell on Monday. AstraZeneca had hoped to pitch its Iressa drug against rival "
            "medicine Tarceva, analysts said.",
            {"Tarceva"},
            {"AstraZeneca"},
        ),
        # a name written once after a product noun is that product where the NER tags it later
        (
            "AstraZeneca shares fell. Another of its money spinners - cholesterol drug Crestor - is facing "
            'mounting safety concerns. "We\'ve got risks on Crestor," said Nick Turner, analyst at brokers Jefferies.',
            {"Crestor"},
            {"AstraZeneca"},
        ),
        # a name before a product noun that someone has
        (
            "SpaceX will launch the Falcon Heavy next month. The rocket, along with its Dragon craft capsule, "
            "has been used multiple times, Elon Musk said. The concept was developed by Apple for its "
            "pioneering Lisa computer.",
            {"Dragon", "Lisa"},
            {"Elon Musk", "Apple"},
        ),
        # the examples a product noun lists
        (
            "Scottish & Newcastle said profits rose. Its top brands include Newcastle Brown Ale, Foster's, "
            "John Smith's, Strongbow and Kronenbourg.",
            {"Newcastle Brown Ale", "Foster", "John Smith", "Strongbow"},
            {"Scottish & Newcastle"},
        ),
        # a model designation written as a thing ("the S9", "S9 handsets")
        (
            "Samsung has not yet announced its new phone. Pictures show the S9 in a protective case. Previous "
            "leaks had suggested the S9 was due for a March release, Olixar said. Both S9 handsets keep the jack.",
            {"S9"},
            {"Samsung"},
        ),
        (
            "The P-3 Orion has a scanning laser altimeter, Nasa said. The Chang'e-5 lunar probe is undergoing "
            "tests, the China National Space Administration said.",
            {"P-3 Orion", "Chang'e-5"},
            {"Nasa", "China National Space Administration"},
        ),
        # technologies and products known by name alone
        (
            "BT said more homes would make calls over VoIP. Teenagers are on MSN, they have got their iPod and "
            "their Xbox, the company said.",
            {"VoIP", "iPod", "Xbox"},
            {"BT"},
        ),
        # an award the NER took for a person
        (
            "Brit Award winners Keane and The Streets are among the main acts. U2, who have won three "
            "prestigious Grammy Awards for their hit Vertigo, are touring, the organisers said.",
            {"Brit Award", "Grammy Awards"},
            {"Keane"},
        ),
        # works a work noun lists ("her hits include ...", "games like ...")
        (
            "Christina Aguilera is to marry Jordan Bratman. Her hits include What a Girl Wants, Dirrty and "
            "Beautiful. The scope of games like Warcraft, EverQuest and Ultima is epic, her spokeswoman said.",
            {"Dirrty", "Ultima"},
            {"Jordan Bratman"},
        ),
        # kinds of data named in capitals
        (
            "Hackers stole Social Security Numbers and Personal Identifying Information from Equifax, the "
            "company said on Thursday.",
            {
                "Social Security Numbers",
                "Personal Identifying Information",
                "Social Security Numbers and Personal Identifying Information",
            },
            {"Equifax"},
        ),
    ],
)
def test_who_products_and_things_are_no_actors(
    nlp: Language, text: str, not_actors: set[str], actors: set[str]
) -> None:
    names = {a.name for a in who_of(nlp, text)}
    assert not names & not_actors
    assert actors <= names


@pytest.mark.parametrize(
    "text",
    [
        # a maker that speaks is no product, whatever noun stands before it
        "Analysts say the drug Pfizer makes is safe. Pfizer said sales of the drug rose.",
        # a company listed among devices that acts elsewhere is their maker
        '"Creative, other Microsoft-partnered devices, Real, Sony and so on, are ratcheting up the marketing '
        'message," he said.',
        # a band whose name has a digit, written bare or before its member's title
        "U2 have it in spades, and keep churning it out. Bono, the U2 frontman, said U2 would tour again.",
    ],
)
def test_who_makers_and_bands_stay_actors(nlp: Language, text: str) -> None:
    names = {a.name for a in who_of(nlp, text)}
    assert {"Pfizer", "U2", "Sony"} & names


def test_who_groups_of_states_and_outlets_with_numbers_stay_actors(nlp: Language) -> None:
    text = "Leaders of the G20 met in London. The G20 agreed a plan, officials told BBC Radio 4. BBC Radio 4 said so."
    names = {a.name for a in who_of(nlp, text)}
    assert {"G20", "BBC Radio 4"} <= names


def test_who_structures_and_features_are_places(nlp: Language) -> None:
    text = (
        "Tourists visited the Statue of Liberty on Monday, the National Park Service said. The Washington "
        "Monument will reopen in May, officials said."
    )
    actors = who_of(nlp, text)
    names = {a.name for a in actors}
    assert "Statue of Liberty" not in names  # the scene, named once
    assert named(actors, "Washington Monument").type == "location"  # a place that acts stays one
    assert "National Park Service" in names


def test_who_data_remits_stay_bodies(nlp: Language) -> None:
    names = {a.name for a in who_of(nlp, "The Ministry of Information said the figures would be published.")}
    assert "Ministry of Information" in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Virgin Blue, the low-cost carrier, said on Tuesday it would cut fares. Qantas said it would match them.",
            "Virgin Blue",
        ),
        ("Munich Re said its profits fell. The reinsurer Munich Re blamed the hurricanes.", "Munich Re"),
    ],
)
def test_who_a_person_described_as_a_firm_is_an_organisation(nlp: Language, text: str, name: str) -> None:
    actor = named(who_of(nlp, text), name)
    assert actor.type == "organization"
    assert actor.titles == []


def test_who_a_maker_of_films_stays_a_person(nlp: Language) -> None:
    actor = named(who_of(nlp, "Dutch film maker Theo van Gogh was killed on Tuesday, police said."), "Theo van Gogh")
    assert actor.type == "person"


def test_who_a_player_in_brackets_after_a_listed_part_stays(nlp: Language) -> None:
    text = (
        "The film features more than 20 characters, including Iron Man (Robert Downey Jr.) and Thor "
        "(Chris Hemsworth), the studio said. Its other hits include Black Panther."
    )
    names = {a.name for a in who_of(nlp, text)}
    assert "Robert Downey Jr." in names
    assert "Black Panther" not in names


@pytest.mark.parametrize(
    ("text", "not_actor", "actor"),
    [
        # a body named only to qualify a thing ("the GOP nomination", "a UN mandate", "the LGBT community");
        # one before a person's role or a body's documents stays ("an IBM engineer", "figures from the Ministry")
        ("An IBM engineer, Tom Reid, said Ann Walker would win the GOP nomination in the state.", "GOP", "IBM"),
        (
            "Peter Hall said the mission had no UN mandate and would end in May. Exports rose 5 pct in March, "
            "figures from the Ministry of Agriculture show.",
            "UN",
            "Ministry of Agriculture",
        ),
        ("Peter Hall said the LGBT community in the city had been ignored for years.", "LGBT", "Peter Hall"),
        # an outlet named only as the medium: its programme, a poll's source, an interview; one that acts stays
        ("Jane Porter told ABC's This Week that she would stay in the race.", "ABC", "Jane Porter"),
        (
            "Jane Porter led Tom Reid by eight points in recent polls from Quinnipiac and Fox News.",
            "Fox News",
            "Tom Reid",
        ),
        ("Reuters reported that Jane Porter said in a CNN interview that she would resign.", "CNN", "Reuters"),
    ],
)
def test_who_names_that_only_qualify_a_noun_or_cite_a_medium_are_no_actors(
    nlp: Language, text: str, not_actor: str, actor: str
) -> None:
    names = {a.name for a in who_of(nlp, text)}
    assert not_actor not in names
    assert actor in names
