"""who: one actor per real-world entity across its names, and no clutter among the actors.

Hand-written sentences, one per form: other names introduced in the text, a nation named by its
demonym, one country's group under synonyms, a country left out of an institution's name, tabloid
epithets and picture credits before a name, currencies and words in lower case, a name cut at a
preposition, a title run into a name the NER typed as an organisation.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractors.types import Actor
from tests.extractors.helpers import holders_of, who_of


def _names(actors: list[Actor]) -> set[str]:
    return {a.name for a in actors} | {m.text for a in actors for m in a.mentions}


@pytest.mark.parametrize(
    ("text", "full", "alias"),
    [
        # a stage name in brackets after the name, with the role
        (
            "The band formed when Mullen recruited Paul Hewson (Bono, vocals) and David Evans (The Edge, "
            "guitar). The Edge wrote the riff.",
            "David Evans",
            "Edge",
        ),
        (
            "The band formed when Mullen recruited Paul Hewson (Bono, vocals). Bono later said it would tour.",
            "Paul Hewson",
            "Bono",
        ),
        # a name introduced by "better known as"
        (
            "The singer Stefani Germanotta, better known as Lady Gaga, visited the school. Gaga said she was proud.",
            "Stefani Germanotta",
            "Gaga",
        ),
    ],
)
def test_who_another_name_introduced_in_the_text_is_the_same_actor(
    nlp: Language, text: str, full: str, alias: str
) -> None:
    actors = who_of(nlp, text)
    holders = holders_of(actors, alias)
    assert len(holders) == 1
    assert full in _names(holders)


@pytest.mark.parametrize(
    ("text", "name", "other"),
    [
        # a party, a club or an actor playing the character in brackets is someone else
        (
            "The MP John Smith (Labour) said the plan would fail. The Labour Party voted against it.",
            "John Smith",
            "Labour",
        ),
        # a club in brackets after a player, in a sentence of the story (a bare squad list is page furniture)
        (
            "The coach picked Remy Castagne (Lorient) on the wing and Hugo Verlaine (Nantes) at centre for Saturday.",
            "Remy Castagne",
            "Lorient",
        ),
        ("The scene features the assassin Gogo (Chiaki Kuryama) throwing her chain.", "Gogo", "Chiaki Kuryama"),
    ],
)
def test_who_a_body_or_another_person_in_brackets_is_not_another_name(
    nlp: Language, text: str, name: str, other: str
) -> None:
    holders = holders_of(who_of(nlp, text), name)
    assert len(holders) == 1
    assert other not in {m.text for m in holders[0].mentions}


def test_who_a_demonym_for_the_nation_is_the_country(nlp: Language) -> None:
    text = (
        "China wants the embargo lifted, officials said. The Chinese say the ban is outdated. China will press the EU."
    )
    actors = who_of(nlp, text)
    assert len(holders_of(actors, "Chinese")) == 1
    assert holders_of(actors, "Chinese")[0].name == "China"


def test_who_counted_people_of_a_nation_are_not_the_country(nlp: Language) -> None:
    text = "Ten Americans were killed when the plane crashed in Costa Rica. The United States offered help."
    actors = who_of(nlp, text)
    assert all(a.name != "United States" for a in holders_of(actors, "Americans"))


def test_who_one_countrys_group_under_synonyms_is_one_group(nlp: Language) -> None:
    text = (
        "Israeli troops arrested the girl on Monday. She had slapped Israeli forces during a protest, "
        "the military said. Israeli forces later left the village."
    )
    actors = who_of(nlp, text)
    assert len(holders_of(actors, "Israeli troops")) == 1
    assert holders_of(actors, "Israeli troops") == holders_of(actors, "Israeli forces")


def test_who_a_country_the_ner_left_out_of_an_institutions_name_is_part_of_it(nlp: Language) -> None:
    text = "Collins was suspended by the US Anti-Doping Agency last year. She has appealed against the ban."
    assert "US Anti-Doping Agency" in {a.name for a in who_of(nlp, text)}


@pytest.mark.parametrize(
    ("text", "clutter"),
    [
        # the popular press's epithet before a first name, and alone before a plural
        ('Devastated Hayley added: "This is a difficult time." Hayley Copeland is from Wales.', "Devastated"),
        ("Heartbroken relatives refused to leave the bodies of their loved ones.", "Heartbroken"),
        # a currency the NER took for a body
        (
            "It was suspended when the kwacha's rapid devaluation made planning impossible, Kenneth Kaunda said.",
            "kwacha",
        ),
        # a picture credit run into a caption's first word
        ("Getty Images Cars were seen being stopped amid a major security crackdown in the city.", "Cars"),
        ("matrixpictures.co.uk Survivors comfort each other beside a body close to the scene.", "Survivors"),
    ],
)
def test_who_clutter_is_no_actor(nlp: Language, text: str, clutter: str) -> None:
    assert not any(clutter in n for n in _names(who_of(nlp, text)))


def test_who_a_name_ends_before_a_preposition_of_scene(nlp: Language) -> None:
    text = "Harjit Sarang was on holiday in Nice, where the England team played Iceland in Euro 2016 two weeks ago."
    assert not any(n.endswith(" in") for n in _names(who_of(nlp, text)))


def test_who_a_title_the_ner_ran_into_an_organisation_names_a_person(nlp: Language) -> None:
    text = "Nice's Mayor Christian Estrosi said the situation was under control."
    estrosi = holders_of(who_of(nlp, text), "Christian Estrosi")
    assert len(estrosi) == 1
    assert estrosi[0].type == "person"


def test_who_a_work_named_in_passing_is_no_actor(nlp: Language) -> None:
    text = "She shot to fame with her hit song Bodak Yellow, which won an award."
    assert "Bodak Yellow" not in _names(who_of(nlp, text))


def test_who_a_work_that_acts_is_not_a_person(nlp: Language) -> None:
    # the work noun hangs on the title: a work though it is the subject, no actor (who v49; was an organisation)
    text = "Her most recent single, Car Wash, featuring Missy Elliott, reached number four."
    assert holders_of(who_of(nlp, text), "Car Wash") == []


def test_who_a_capitalised_verb_alone_is_no_name(nlp: Language) -> None:
    assert "Calm" not in _names(who_of(nlp, "Calm down, it is only their opinion."))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "play" as a verb introduces no work
        ("Rather fittingly, the car will play David Bowie's 1969 classic on a loop.", "David Bowie"),
        # a body's name may be quoted
        (
            'The government gave a bonus to a union of judges known as the "Judges Club," the newspaper said.',
            "Judges Club",
        ),
    ],
)
def test_who_a_name_after_a_verb_or_a_quoted_body_is_an_actor(nlp: Language, text: str, name: str) -> None:
    assert name in _names(who_of(nlp, text))


def test_who_a_verb_of_saying_opening_the_sentence_is_no_part_of_the_name(nlp: Language) -> None:
    text = 'The director Toby Haynes praised the cast. Added Haynes, "Every scene on the ship was real."'
    actors = who_of(nlp, text)
    assert not any("Added" in n for n in _names(actors))
    assert len(holders_of(actors, "Toby Haynes")) == 1
