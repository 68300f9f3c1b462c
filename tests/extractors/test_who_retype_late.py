"""who: types settled last (who/retype_late.py) — a party named by its members' plural is an organisation,
a one-word "person" a body's kind introduces or that modifies a body's head is an organisation, a name on a
company's legal suffix is a company, and in sports copy a place that plays is its team; a place named as the
scene, and the same words outside sports copy, stay places."""

from __future__ import annotations

from spacy.language import Language

from tests.extractors.helpers import named, who_of


def test_a_party_named_by_its_plural_is_an_organisation(nlp: Language) -> None:
    text = (
        "Labour's plans were attacked by the Tories on Monday. The Tories said the plans would cost too much, "
        "and the Lib Dems agreed with the Tories."
    )
    who = who_of(nlp, text)
    assert named(who, "Tories").type == "organization"
    assert named(who, "Lib Dems").type == "organization"


def test_a_plural_of_a_nation_stays_a_group(nlp: Language) -> None:
    text = (
        "The Conservatives attacked the plans on Monday. Americans living abroad said the plans would cost too "
        "much, and Americans at home agreed."
    )
    who = who_of(nlp, text)
    assert all(a.type != "organization" for a in who if a.name == "Americans")


def test_a_firm_introduced_by_its_kind_is_an_organisation(nlp: Language) -> None:
    text = (
        "Heavy tax bills have hit companies such as oil giant Zorkos this year. Zorkos denied the claims on "
        "Monday, and investors sold shares."
    )
    assert named(who_of(nlp, text), "Zorkos").type == "organization"


def test_a_name_modifying_a_laboratory_is_an_organisation(nlp: Language) -> None:
    text = (
        "The athlete was banned over the Tarkin scandal on Monday. The San Diego-based Tarkin laboratory faces "
        "charges, and Tarkin denied any wrongdoing."
    )
    assert named(who_of(nlp, text), "Tarkin").type == "organization"


def test_a_one_word_name_with_he_stays_a_person(nlp: Language) -> None:
    text = (
        "Sprinter Lenna was banned on Monday. Lenna said he would appeal, and the agency said Lenna had used "
        "banned drugs."
    )
    assert named(who_of(nlp, text), "Lenna").type == "person"


def test_a_name_on_a_legal_suffix_is_a_company(nlp: Language) -> None:
    text = (
        "The documentary was made by TV producer Moonlit Pictures Limited last year. The film was shown on "
        "Monday to critics in London."
    )
    who = who_of(nlp, text)
    assert all(a.type == "organization" for a in who if a.name.endswith("Limited"))
    assert any(a.name.endswith("Limited") for a in who)


_MATCH = (
    "Wales beat France 24-18 in Paris on Saturday to stay top of the Six Nations table. France coach Jean "
    "Dupont said his side had played badly. Wales have now won three games in a row, and France, who lost "
    "to Wales last year, face Ireland next. Ireland beat England 19-13 last week."
)


def test_a_country_that_plays_is_its_team_in_sports_copy(nlp: Language) -> None:
    who = who_of(nlp, _MATCH)
    assert named(who, "France").type == "organization"
    assert named(who, "Ireland").type == "organization"


def test_the_city_where_the_game_is_played_stays_a_place(nlp: Language) -> None:
    assert all(a.type == "location" for a in who_of(nlp, _MATCH) if a.name == "Paris")


def test_a_country_outside_sports_copy_stays_a_place(nlp: Language) -> None:
    text = (
        "France said on Monday it would raise taxes on fuel next year. France has faced protests over the "
        "plans, and the government said France would not back down."
    )
    assert named(who_of(nlp, text), "France").type == "location"


def test_a_kind_of_body_after_a_and_a_modifier_is_no_actor(nlp: Language) -> None:
    text = (
        "A super PAC backing Senator Jim Korvath spent $2 million on ads in Iowa on Monday. His super PAC also "
        "attacked Governor Ann Belsky. The PAC's ads ran in Des Moines, and a pro-Korvath super PAC replied on "
        "Tuesday."
    )
    who = who_of(nlp, text)
    assert all(a.name != "PAC" for a in who)
    assert named(who, "Jim Korvath").type == "person"


def test_a_body_named_bare_stays_an_actor(nlp: Language) -> None:
    text = (
        "Heavy tax bills have hit companies such as oil giant Zorkos this year. Zorkos denied the claims on "
        "Monday, and investors sold shares in Zorkos."
    )
    assert named(who_of(nlp, text), "Zorkos").type == "organization"


def test_a_band_its_kind_introduces_stays_an_actor(nlp: Language) -> None:
    text = "Pete Dorrance continued performing with his band Babyshacks. The singer has been linked to models."
    assert named(who_of(nlp, text), "Babyshacks").type == "organization"
