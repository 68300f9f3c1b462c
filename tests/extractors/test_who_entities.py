"""who: one actor per real-world entity, clean names, right types, and no actor that is not one."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractors.types import Actor
from tests.extractors.helpers import who_of


def _one(actors: list[Actor], *forms: str) -> Actor:
    """The single actor that every form names (as its name or a mention)."""
    holders = [a for a in actors if {a.name, *(m.text for m in a.mentions)} & set(forms)]
    assert len(holders) == 1, f"{forms} are named by {[a.name for a in holders]}"
    said = {holders[0].name, *(m.text for m in holders[0].mentions)}
    assert set(forms) <= said, f"{set(forms) - said} not among {said}"
    return holders[0]


@pytest.mark.parametrize(
    ("text", "name", "forms"),
    [
        # a parenthesised short form, used again later; the name is not cut at the bracket
        (
            "The Congress of South African Trade Unions (Cosatu) called a strike on Monday. "
            "Cosatu said workers would march on Tuesday.",
            "Congress of South African Trade Unions",
            ["Cosatu"],
        ),
        # a country-prefixed name, the name without it, and a newsroom alias
        (
            "The US Federal Reserve raised interest rates on Wednesday. The Fed said inflation was too high. "
            "The Federal Reserve will meet again in June.",
            "US Federal Reserve",
            ["Fed", "Federal Reserve"],
        ),
        # a team under its full name, its short form and its nickname
        (
            "Manchester United beat Chelsea on Sunday. United were the better side, and the Red Devils now "
            "lead the table.",
            "Manchester United",
            ["United", "Red Devils"],
        ),
        # a bare "Church" standing for the one named church
        (
            "The Church of England said on Monday it would allow blessings. The Church has been divided on "
            "the issue for years.",
            "Church of England",
            ["Church"],
        ),
        # a short form that drops a generic word
        (
            "Labour has promised to cut fees. The Labour Party will publish its plans on Friday.",
            "Labour Party",
            ["Labour"],
        ),
        # an acronym with an ampersand
        (
            "Standard & Poor said Russian debt was now investment grade. S&P said the risks had fallen.",
            "Standard & Poor",
            ["S&P"],
        ),
        # one name under two spellings
        ("Mario JLucero founded the studio. Mario J. Lucero said the game would ship in May.", None, []),
    ],
)
def test_one_actor_per_entity(nlp: Language, text: str, name: str | None, forms: list[str]) -> None:
    actors = who_of(nlp, text)
    if name is None:  # spellings: one person, whatever the canonical spelling
        assert len([a for a in actors if "Lucero" in a.name]) == 1
        return
    actor = _one(actors, name, *forms)
    assert actor.name == name


def test_a_title_name_before_an_acronym_in_brackets_is_whole(nlp: Language) -> None:
    actors = who_of(nlp, "The Independent Electoral Commission (IEC) said the count was over.")
    assert all("(" not in a.name and not a.name.endswith("(") for a in actors)


def test_a_team_the_ner_took_for_a_person_is_an_organisation(nlp: Language) -> None:
    team = _one(who_of(nlp, "Manchester United beat Chelsea on Sunday. United were the better side."), "United")
    assert team.type == "organization"


def test_a_name_with_an_honorific_or_a_role_before_it_is_a_person(nlp: Language) -> None:
    text = (
        '"The risks are falling," wrote S&P credit analyst Helena Hessel.\n\n'
        "The Yukos saga is the most visible of the risks to which Ms Hessel alludes."
    )
    hessel = _one(who_of(nlp, text), "Helena Hessel", "Hessel")
    assert hessel.type == "person"


def test_a_government_named_by_its_country_is_the_country(nlp: Language) -> None:
    text = "The Canadian government said on Friday it would cut the duty. Canada will announce its ruling."
    _one(who_of(nlp, text), "Canada", "Canadian government")


@pytest.mark.parametrize(
    ("text", "not_actors"),
    [
        # capitalised common nouns that name no body of the article
        ("The State must pay damages, the Court ruled. The Government said it would appeal.", {"State", "Court"}),
        # an event is not a person
        ("Britain voted for Brexit in 2016. Brexit has divided the country ever since.", {"Brexit"}),
        # a government's yearly statement, capitalised, is no actor
        (
            "Mark Dalton will set out his plans when he delivers the Budget today. The Budget is his last "
            "before the election, analysts said.",
            {"Budget"},
        ),
        # laws and awards
        (
            "MPs debated the Constitutional Reform Bill on Monday. The singer won a Grammy in 2000.",
            {"Constitutional Reform Bill", "Grammy"},
        ),
        # a platform named as the medium of a post
        ("Rihanna wrote on Twitter that she was devastated by the news.", {"Twitter"}),
        # places named only as the scene, outside the lead
        (
            "Goodrich said it would close its tyre business. The company will also shut plants in Norwood "
            "and Jacksonville, it said.",
            {"Norwood", "Jacksonville"},
        ),
        # an acronym of a thing
        ("Deaf people who use British Sign Language (BSL) could soon phone for less.", {"BSL"}),
    ],
)
def test_not_actors(nlp: Language, text: str, not_actors: set[str]) -> None:
    names = {a.name for a in who_of(nlp, text)} | {m.text for a in who_of(nlp, text) for m in a.mentions}
    assert not names & not_actors


def test_a_platform_that_acts_is_an_actor(nlp: Language) -> None:
    assert "Twitter" in {a.name for a in who_of(nlp, "Twitter suspended the account of the president on Friday.")}


def test_a_place_that_takes_part_is_an_actor(nlp: Language) -> None:
    text = "North Korea fired a missile on Monday. Analysts said the North had sent weapons to Russia."
    assert "Russia" in {a.name for a in who_of(nlp, text)}


def test_the_scene_of_the_lead_stays_when_no_place_acts(nlp: Language) -> None:
    assert [a.name for a in who_of(nlp, "A fire broke out in Paris on Sunday, injuring three people.")] == ["Paris"]


@pytest.mark.parametrize(
    "text",
    [
        "GETTY Max Verstappen won the race in Abu Dhabi\nThe Dutch driver said he was delighted with the car.",
        "Image caption Theresa May met the Queen on Monday\nThe prime minister said the talks went well.",
        "The minister resigned.\nFollow Laura Kuenssberg on Twitter: @bbclaurak\nShare this with Email Facebook",
        "LONDON, March 1 (Reuters) - The minister resigned.\n(Reporting by Jane Doe; Editing by Bill Tarrant)",
    ],
)
def test_page_furniture_gives_no_actor(nlp: Language, text: str) -> None:
    clutter = {"GETTY", "Max Verstappen", "Theresa May", "Laura Kuenssberg", "Twitter", "Facebook"}
    clutter |= {"Reuters", "Jane Doe", "Bill Tarrant", "London", "LONDON"}
    names = {a.name for a in who_of(nlp, text)} | {m.text for a in who_of(nlp, text) for m in a.mentions}
    assert not names & clutter


def test_a_country_keeps_the_name_the_article_writes(nlp: Language) -> None:
    assert _one(who_of(nlp, "Britain voted to leave the EU. The UK will pay its bill."), "Britain", "UK")
    assert [a.name for a in who_of(nlp, "The UK will pay its bill, the minister said.")] == ["United Kingdom"]


def test_a_title_the_ner_ran_into_the_name_is_a_title(nlp: Language) -> None:
    text = "CANBERRA, Feb 27 - Australian growth will slow this year, Treasurer Paul Keating said here."
    keating = _one(who_of(nlp, text), "Paul Keating")
    assert (keating.titles, keating.affiliation) == (["treasurer"], "Australia")


def test_a_capitalised_name_the_tagger_reads_as_a_noun_stays_in_mid_sentence(nlp: Language) -> None:
    text = 'Mr Kennedy will say Labour "can no longer lay exclusive claim" to the votes of ethnic minorities.'
    assert "Labour" in {a.name for a in who_of(nlp, text)}


def test_a_wire_possessive_in_one_token_is_the_name(nlp: Language) -> None:
    text = 'A drought cut Brazil"s output by two thirds. Brazil is the largest coffee producer.'
    assert _one(who_of(nlp, text), "Brazil", 'Brazil"s').name == "Brazil"


def test_an_office_named_after_the_budget_stays_an_actor(nlp: Language) -> None:
    text = "The Office of Management and Budget said on Monday that the deficit would shrink next year."
    assert "Office of Management and Budget" in {a.name for a in who_of(nlp, text)}
