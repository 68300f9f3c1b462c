"""who: one actor per entity across spellings, short forms and nicknames; a person a lead introduces
by a description before naming comes first.

Hand-written sentences, one per form.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractors.who.words import contains, name_key
from tests.extractors.helpers import holders_of, who_of


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Warner Bros.", "Warner Bros"),
        ("Amazon.com", "Amazon"),
        ("Department of Justice", "Justice Department"),
        ("the Ministry of the Interior", "Interior Ministry"),
        ("University of Maryland’s Observatory", "University of Maryland Observatory"),
    ],
)
def test_spellings_of_one_name_have_one_key(one: str, other: str) -> None:
    assert name_key(one) == name_key(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Bank of England", "England Bank"),  # only bodies of state read either way round
        ("University of Miami", "Miami University"),
        ("Amazon", "Amazonas"),
    ],
)
def test_different_names_keep_different_keys(one: str, other: str) -> None:
    assert name_key(one) != name_key(other)


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        (
            "The Department of Justice opened an inquiry into the bank on Monday. "
            "A Justice Department spokesman said the inquiry would take months.",
            ["Department of Justice", "Justice Department"],
        ),
        (
            "Warner Bros. will release the film in May. Analysts said Warner Bros had spent $200m on it.",
            ["Warner Bros.", "Warner Bros"],
        ),
        (
            "Amazon.com cut the price of its reader on Tuesday. Amazon said sales had doubled.",
            ["Amazon.com", "Amazon"],
        ),
    ],
)
def test_spellings_of_one_organisation_are_one_actor(nlp: Language, text: str, forms: list[str]) -> None:
    actors = who_of(nlp, text)
    holders = [holders_of(actors, f) for f in forms]
    assert all(len(h) == 1 for h in holders)
    assert len({id(h[0]) for h in holders}) == 1


def test_an_acronym_joins_its_name_whatever_type_the_ner_gave_either(nlp: Language) -> None:
    text = (
        "Shares in the National Company for Cooperative Insurance rose 10% in Riyadh on Sunday. "
        "NCCI is the largest insurer in the kingdom, and NCCI plans to sell more policies."
    )
    assert len(holders_of(who_of(nlp, text), "NCCI")) == 1
    assert holders_of(who_of(nlp, text), "NCCI")[0].name == "National Company for Cooperative Insurance"


def test_an_abbreviation_without_its_last_point_is_its_country(nlp: Language) -> None:
    text = (
        "Chomsky said the U.S government wanted NATO to grow. The U.S has troops in Germany and the United States pays."
    )
    us = [a for a in who_of(nlp, text) if a.type == "location"]
    assert [a.name for a in us if "U.S" in {m.text for m in a.mentions}] == ["United States"]
    assert len([a for a in us if a.name == "United States"]) == 1


def test_names_inside_a_nickname_are_its_bearer(nlp: Language) -> None:
    text = (
        "Ellen Simonetti, known as Queen of the Sky, wrote an account of her life as a flight attendant. "
        "Queen of the Sky has received a lot of support since then, Ms Simonetti said."
    )
    actors = who_of(nlp, text)
    assert "Sky" not in {a.name for a in actors}
    assert all(a.name == "Ellen Simonetti" for a in holders_of(actors, "Sky"))


def test_a_place_inside_a_nickname_named_elsewhere_stays_a_place(nlp: Language) -> None:
    text = (
        "Ali Hassan, known as the Butcher of Baghdad, was arrested on Monday. "
        "Police in Baghdad said Baghdad was calm after the arrest."
    )
    assert any(a.type == "location" for a in holders_of(who_of(nlp, text), "Baghdad"))


def test_a_demonym_standing_alone_is_the_company_opening_on_it(nlp: Language) -> None:
    text = (
        "American Airlines has apologized to two players who were asked to leave a plane in Dallas. "
        '"Our team at American is reviewing what happened," a spokesman said. American Airlines flies to Dallas.'
    )
    actors = who_of(nlp, text)
    assert [a.name for a in holders_of(actors, "American")] == ["American Airlines"]
    assert "United States" not in {a.name for a in actors}


def test_a_demonym_naming_a_person_stays_with_its_country(nlp: Language) -> None:
    text = (
        "American Airlines cut fares on Monday. The video told followers to single out the disbelieving American, "
        "wherever he is."
    )
    assert "American Airlines" not in {a.name for a in holders_of(who_of(nlp, text), "American")}


@pytest.mark.parametrize(
    ("full", "short"),
    [
        (("Abu", "Muhammad", "al-Adnani"), ("Al-Adnani",)),
        (("Abu", "Muhammad", "al-Adnani"), ("Adnani",)),
        (("Pascal", "Papé"), ("Pape",)),
        (("Mark", "van", "Gisbergen"), ("Van", "Gisbergen")),
    ],
)
def test_a_short_name_is_contained_case_accents_and_particle_aside(
    full: tuple[str, ...], short: tuple[str, ...]
) -> None:
    assert contains(full, short)


def test_a_short_name_is_not_contained_in_another_name() -> None:
    assert not contains(("Abdel", "Fattah", "el-Sisi"), ("Abdel-Fattah",))
    assert not contains(("Mark", "Gisbergen"), ("Van", "Gisbergen", "Jr"))


def test_a_surname_with_its_particle_before_the_full_name_is_that_person(nlp: Language) -> None:
    text = (
        "Van Gisbergen kicked three penalties as Wasps beat Leeds on Saturday. "
        "The full-back Mark van Gisbergen has now scored 100 points this season."
    )
    holders = holders_of(who_of(nlp, text), "Van Gisbergen")
    assert [a.name for a in holders] == ["Mark van Gisbergen"]


def test_two_spellings_with_and_without_accents_are_one_person(nlp: Language) -> None:
    text = "Pascal Papé scored the first try for France. Coach Bernard Laporte praised Pascal Pape after the game."
    assert len(holders_of(who_of(nlp, text), "Pascal Pape")) == 1
    assert holders_of(who_of(nlp, text), "Pascal Pape") == holders_of(who_of(nlp, text), "Pascal Papé")


@pytest.mark.parametrize(
    ("text", "title", "name"),
    [
        (
            'A Canadian train guard suspended over "offensive cartoons" on his website says he has been sacked.\n\n'
            "Marco Ferreira, known as King of the Rails, drew the cartoons during his breaks. "
            "He was suspended by Via Rapid in March.",
            "Canadian cartoonist sacked by his rail firm",
            "Marco Ferreira",
        ),
        (
            "A retired teacher from Leeds has won the lottery for the second time in a year. "
            "Margaret Dunmore bought the ticket at a shop in the city centre. "
            "The UK lottery operator said the odds were millions to one.",
            None,
            "Margaret Dunmore",
        ),
    ],
)
def test_a_person_the_lead_describes_before_naming_comes_first(
    nlp: Language, text: str, title: str | None, name: str
) -> None:
    assert who_of(nlp, text, title)[0].name == name


def test_a_surname_taken_for_a_group_is_the_person(nlp: Language) -> None:
    text = (
        "Bruce Arians announced his retirement on Monday after five seasons with the Arizona Cardinals. "
        "Arians, 65, said he wanted to spend more time with his family. Arians won 50 games in Arizona."
    )
    holders = holders_of(who_of(nlp, text), "Arians")
    assert [a.name for a in holders] == ["Bruce Arians"]


@pytest.mark.parametrize(
    ("text", "title", "place"),
    [
        (
            "Police in Cologne are investigating 359 sexual assaults after a mob went on the rampage in the city. "
            "Interior minister Ralf Jaeger said the police had failed. Cologne police chief Wolfgang Albers resigned.",
            "Cologne police investigating sexual assaults",
            "Cologne",
        ),
        (
            "The Las Vegas shooter, who killed 59 people, acted on behalf of Islamic State, the group said. "
            "The FBI says the gunman had no connection to any group. Las Vegas police said the motive was unknown.",
            "Islamic State claims Las Vegas attack",
            "Las Vegas",
        ),
    ],
)
def test_a_place_labelling_the_title_or_the_lead_subject_is_not_first(
    nlp: Language, text: str, title: str, place: str
) -> None:
    assert who_of(nlp, text, title)[0].name != place


@pytest.mark.parametrize(
    ("text", "name", "forms"),
    [
        (
            "Lawrence Lessig, a law professor, founded Creative Commons. Larry Lessig said the licences were free.",
            "Lawrence Lessig",
            ["Larry Lessig"],
        ),
        (
            "Moon Jae-in met Kim Jong Un on Friday. Moon Jae said the talks went well.",
            "Moon Jae-in",
            ["Moon Jae"],
        ),
    ],
)
def test_a_familiar_or_cut_given_name_is_the_same_person(nlp: Language, text: str, name: str, forms: list[str]) -> None:
    actors = who_of(nlp, text)
    assert all([a.name for a in holders_of(actors, f)] == [name] for f in forms)


def test_two_given_names_with_one_surname_stay_two_persons(nlp: Language) -> None:
    actors = who_of(nlp, "Dick Evans and David Evans played guitar in the band. Dick Evans left in 1978.")
    assert {"Dick Evans", "David Evans"} <= {a.name for a in actors}


def test_a_country_government_named_as_an_organisation_is_the_country(nlp: Language) -> None:
    text = "The Peruvian Government said on Monday it would pay its debts. Peru owes $14bn to foreign banks."
    actors = who_of(nlp, text)
    assert [a.name for a in holders_of(actors, "Peruvian Government")] == ["Peru"]
    assert len([a for a in actors if a.name == "Peru"]) == 1


def test_a_government_body_of_a_country_stays_an_organisation(nlp: Language) -> None:
    text = "The Peruvian Government Bank said on Monday it would raise rates. Peru owes $14bn to foreign banks."
    assert "Peru" not in {a.name for a in holders_of(who_of(nlp, text), "Peruvian Government Bank")}


def test_a_team_under_its_nickname_its_city_and_both_is_one_actor(nlp: Language) -> None:
    text = (
        "Portland lost to the Falcons 27-10 on Sunday. The Portland Hawks (4-11) have won only four games "
        "this season, and the Hawks play Denver next."
    )
    hawks = holders_of(who_of(nlp, text), "Portland Hawks")
    assert len(hawks) == 1 and {"Portland", "Hawks"} <= {m.text for m in hawks[0].mentions}
    assert hawks[0].type == "organization"


def test_a_city_that_wins_in_a_match_report_is_the_team_named_by_nickname(nlp: Language) -> None:
    text = (
        "Raiders quarterback Jim Baxter threw two touchdowns as Denver beat the Portland Hawks 27-10 on "
        "Sunday. Denver (11-4) led 17-0 at halftime. The Raiders have won five straight games."
    )
    raiders = holders_of(who_of(nlp, text), "Raiders")
    assert len(raiders) == 1 and "Denver" in {m.text for m in raiders[0].mentions}


def test_a_city_outside_a_match_report_stays_a_place(nlp: Language) -> None:
    text = "Denver approved a new budget on Monday. The Raiders, a local charity, welcomed the decision."
    assert not any("Denver" in {m.text for m in a.mentions} and a.name != "Denver" for a in who_of(nlp, text))


def test_a_bodys_acronyms_and_former_names_in_brackets_are_that_body(nlp: Language) -> None:
    text = (
        "The Northern Liberation Front (NLF, formerly NLA/NLM) has claimed the bombing, according to an "
        "NLF-affiliated website. Police said the Northern Liberation Front had been planning attacks for months."
    )
    front = holders_of(who_of(nlp, text), "Northern Liberation Front")
    assert len(front) == 1 and {"NLF", "NLA/NLM"} <= {m.text for m in front[0].mentions}
    assert len([a for a in who_of(nlp, text) if "NL" in a.name]) == 0


def test_a_party_and_a_town_in_brackets_after_a_person_are_no_aliases(nlp: Language) -> None:
    actors = who_of(nlp, "Mary Stone (Labour, Leeds) said the plan would fail.")
    assert not any("Labour" in {m.text for m in a.mentions} for a in holders_of(actors, "Mary Stone"))


def test_a_person_named_with_a_title_the_ner_took_for_a_body_is_that_person(nlp: Language) -> None:
    text = "Charles de Marsac spoke in Paris on Monday. General de Marsac has led the country since 1958."
    holders = holders_of(who_of(nlp, text), "General de Marsac")
    assert len(holders) == 1 and holders[0].name == "Charles de Marsac" and holders[0].type == "person"


def test_the_government_of_a_state_the_gazetteer_lacks_is_that_state(nlp: Language) -> None:
    text = (
        "The Government of North Arcadia rejected the plan on Monday. North Arcadia has refused all talks "
        "since March, and North Arcadia will not attend."
    )
    holders = holders_of(who_of(nlp, text), "Government of North Arcadia")
    assert len(holders) == 1 and holders[0].name == "North Arcadia"


def test_a_company_name_misspelt_once_is_that_company(nlp: Language) -> None:
    text = (
        "Shares in Brightcorax fell 5% on Monday after the drugmaker cut its forecast. Brightcorex said sales "
        "of its heart drug had slowed, and Brightcorax will report results in May."
    )
    holders = holders_of(who_of(nlp, text), "Brightcorex")
    assert len(holders) == 1 and holders[0].name == "Brightcorax"
    persons = [a for a in who_of(nlp, "Robertson met Robertsen on Monday in Leeds.") if a.type == "person"]
    assert len(persons) == 2  # two persons, one letter apart (Leeds, the scene, is no actor beside them)


def test_an_outlet_named_only_as_the_medium_of_a_report_is_no_actor(nlp: Language) -> None:
    text = (
        '"It is over," the coach told BBC Sport on Monday. BBC correspondent Ann Lee said the club was stunned. '
        "The final will be televised on ITV1, and the Harlow Herald revealed the deal."
    )
    names = {a.name for a in who_of(nlp, text)}
    assert not names & {"BBC Sport", "BBC", "ITV1"}, names
    assert "Harlow Herald" in names  # an outlet that acts is an actor


def test_the_word_closing_a_formal_title_is_no_mention_of_the_department(nlp: Language) -> None:
    text = (
        "Secretary of State Helen Marwick signed the accord in Oslo on Tuesday. Marwick flew home the same night. "
        "The State Department said three more countries would join next year."
    )
    who = {a.name: a for a in who_of(nlp, text)}
    assert who["Helen Marwick"].titles == ["secretary of state"]
    assert [m.text for m in who["State Department"].mentions] == ["State Department"]


def test_a_bare_state_written_for_the_department_stays_its_mention(nlp: Language) -> None:
    text = "The State Department said on Monday it would review the visas. State also said it would reopen the embassy."
    who = {a.name: a for a in who_of(nlp, text)}
    assert "State" in [m.text for m in who["State Department"].mentions]
