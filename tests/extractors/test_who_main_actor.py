"""who: the main actor first when the lead names it by a role, the title names its role, a body's
member, or what the lead's doer acts on; bands named after their kind are organisations."""

from __future__ import annotations

from spacy.language import Language

from tests.extractors.helpers import who_of


def test_the_lead_subject_named_by_a_role_is_the_person_named_next(nlp: Language) -> None:
    text = (
        "The producer of the stage version of Maria Olsen's novel Winter Ferries is to drop two songs from "
        "the show. Daniel Ekberg, producer of Salt Roads, said the cuts were made after the theatre asked "
        "for a shorter evening. Maria Olsen has not commented."
    )
    assert who_of(nlp, text)[0].name == "Daniel Ekberg"


def test_a_title_naming_a_role_of_its_opener_is_about_that_person(nlp: Language) -> None:
    text = (
        "The singer with British rock band Ferrowind has quit music, saying he wants to study law. "
        "Tom Baxley told a radio station in Leeds that his friends in the band backed him. "
        "Ferrowind are recording a new album and Ferrowind will tour in May."
    )
    assert who_of(nlp, text, "Rock group Ferrowind's singer quits")[0].name == "Tom Baxley"


def test_a_title_opening_on_a_body_is_about_its_member_the_lead_names(nlp: Language) -> None:
    text = (
        "Anna Brook has been accused of hiding the cost of a new fuel tax. Green spokesman Carl Pettersen "
        "told MPs the tax would hit rural families hardest. Ms Brook said the plan was fair, and Anna Brook "
        "will meet farmers next week."
    )
    assert who_of(nlp, text, "Greens attack fuel tax plan")[0].name == "Carl Pettersen"


def test_a_title_opening_on_what_the_lead_doer_acts_on_yields_to_the_doer(nlp: Language) -> None:
    text = (
        "The Chilean government is taking control of Andes Air in a bid to save the ailing carrier. "
        "Andes Air has lost money since 2001, and Andes Air owes its banks $400m. Andes Air flies to "
        "twelve cities."
    )
    assert who_of(nlp, text, "Andes Air back in state hands")[0].name == "Chile"


def test_the_winner_of_a_score_title_comes_first(nlp: Language) -> None:
    text = (
        "Kingsport Rovers beat Harbor City to reach the cup final after a slow first half. Harbor City "
        "had a goal ruled out before the break, and Harbor City's keeper was hurt."
    )
    assert who_of(nlp, text, "Harbor City 1-3 Kingsport Rovers")[0].name == "Kingsport Rovers"


def test_a_band_named_after_its_kind_is_an_organisation(nlp: Language) -> None:
    text = (
        "The remaining members of rock band Sheriff are to tour Japan next spring with a new singer. "
        "Sheriff have sold ten million records, and Sheriff played in Osaka last year."
    )
    actors = who_of(nlp, text, "Sheriff plan a tour of Japan")
    assert (actors[0].name, actors[0].type) == ("Sheriff", "organization")
    # (names joined by "and" after a duo's kind stay persons)
    text = "The comedy duo Ray Hartley and Ann Leeson won the award on Friday. Ray Hartley thanked the fans."
    types = {a.name: a.type for a in who_of(nlp, text)}
    assert types.get("Ray Hartley") == "person"


def test_unnamed_people_reporting_what_a_named_body_did_yield_to_the_body(nlp: Language) -> None:
    text = (
        "Latest figures from the Bundesbank suggest that the central bank left its key rates "
        "unchanged at its meeting last week, bond market analysts said. The figures were weaker than hoped, "
        "one analyst said. Another said rates would stay low until the autumn."
    )
    assert who_of(nlp, text)[0].name == "Bundesbank"


def test_a_title_opening_on_a_role_is_about_the_person_who_holds_it(nlp: Language) -> None:
    text = (
        "Senator Paul Dorrance, who needs a win in Tuesday's primary, received the endorsement of Gov. Karen "
        "Whitlow on Friday. Senator Paul Dorrance thanked supporters, and Paul Dorrance will visit four towns. "
        "Senator Paul Dorrance leads the polls."
    )
    assert who_of(nlp, text, "Vermont governor endorses Dorrance")[0].name == "Karen Whitlow"


def test_a_title_opening_on_a_role_the_lead_names_is_about_the_person_named_next(nlp: Language) -> None:
    text = (
        "The Liberty Party has asked a candidate to stand down after remarks about the courts. Harold Penwick, "
        "54, was due to stand in the Ashvale seat. The Liberty Party said the Liberty Party had acted quickly, "
        "and the Liberty Party will pick a new name."
    )
    assert who_of(nlp, text, "Liberty Party candidate quits race")[0].name == "Harold Penwick"
    # a passive title is the news of who acted: the party
    assert who_of(nlp, text, "Liberty Party candidate suspended")[0].name == "Liberty Party"


def test_a_friend_the_lead_describes_is_the_person_named_next(nlp: Language) -> None:
    text = (
        "A friend of Gerald Onslow's killer said on Friday that she regretted calling the minister a traitor. "
        "Dana Kestrel, 22, has pleaded innocent to failing to report the plan. Gerald Onslow was shot in May, "
        "and Gerald Onslow's party mourned him. Gerald Onslow had led the party."
    )
    assert who_of(nlp, text)[0].name == "Dana Kestrel"


def test_a_title_member_is_named_after_the_titles_whole_word(nlp: Language) -> None:
    text = (
        "Party chairman Tom Greer opened a unity meeting of the Republican group on Friday. Tom Greer told "
        "members the party must unite. Delegates from Indianapolis greeted Ruth Calder, the mayor, and Tom "
        "Greer will tour the state."
    )
    assert who_of(nlp, text, "Indiana unity meeting opens")[0].name == "Tom Greer"


def test_a_capitalised_title_opening_on_a_possessive_role_is_about_its_holder(nlp: Language) -> None:
    text = (
        "As Walter Brannock began his tour of the coast, his son said the campaign was just getting started. "
        "Nathan Brannock told a radio host that his father would win. Walter Brannock spoke in Dover, and "
        "Walter Brannock will speak in Hull."
    )
    assert who_of(nlp, text, "Brannock's Son Says The Race Will Be Close")[0].name == "Nathan Brannock"
