"""who: the lead's doer comes first where the parser or the title hides it, and unnamed people or
a body the lead makes its doer become an actor (hand-written sentences, invented names)."""

from __future__ import annotations

from spacy.language import Language

from extractors.types import Actor
from tests.extractors.helpers import who_of


def _names(actors: list[Actor]) -> list[str]:
    return [a.name for a in actors]


def test_a_nominal_subject_is_the_doer_before_an_opening_participle(nlp: Language) -> None:
    # the parser may take "Struggling" for a clausal subject of "has struck"
    text = (
        "Struggling Dutch shoe maker Brandt Schoenen has struck a deal to supply French retailer Maison Lune "
        "with 20,000 pairs of boots. Maison Lune will sell the boots in 40 shops. Maison Lune said the "
        "deal was good. Maison Lune has grown fast. Brandt Schoenen makes boots."
    )
    assert who_of(nlp, text)[0].name == "Brandt Schoenen"


def test_the_doer_after_an_empty_it_appears(nlp: Language) -> None:
    text = (
        "It appears businessman Tomas Varga really does want to win. He has now said he will build a "
        "stadium for Orlen Rovers.\n\nOrlen Rovers play in the second league. Orlen Rovers lost on Sunday, "
        "and Orlen Rovers fans were angry."
    )
    assert who_of(nlp, text, "A new stadium for Orlen Rovers")[0].name == "Tomas Varga"


def test_a_place_in_apposition_to_the_lead_subject_acts(nlp: Language) -> None:
    text = (
        "US state Oregon has filed a lawsuit against two men believed to sell fake pills.\n\n"
        "The Federal Drug Board had warned buyers in May. The Federal Drug Board said the pills were "
        "dangerous, and the Federal Drug Board has opened its own case."
    )
    assert who_of(nlp, text)[0].name == "Oregon"  # not a scene: it acts through the noun it names


def test_an_organisation_labelling_a_noun_in_the_title_is_not_its_opener(nlp: Language) -> None:
    text = (
        "Ailing Korean chip maker Daesan Electronics has signed a deal to supply German carmaker Vollmer "
        "Group with chips.\n\nThe two firms signed the deal in Seoul. The deal is a boost for Daesan "
        "Electronics, which lost money last year."
    )
    assert who_of(nlp, text, "Vollmer Group deal lifts Daesan Electronics")[0].name == "Daesan Electronics"


def test_the_lead_doer_named_as_a_label_in_the_title_stays_first(nlp: Language) -> None:
    text = (
        "The Green Alliance party has suspended a candidate for remarks about migrants.\n\n"
        "Tom Brice, 48, was due to stand in Dunmore. Tom Brice said his words had been twisted. "
        "Tom Brice will appeal."
    )
    assert who_of(nlp, text, "Green Alliance candidate suspended")[0].name == "Green Alliance"


def test_a_possessor_in_the_title_is_no_label(nlp: Language) -> None:
    text = (
        "Kestrel Motors, which sold more cars than ever this year, is struggling to find enough "
        "workers.\n\nTom Brice, who runs a plant for the firm, said Tom Brice had hired 200 people. "
        "Tom Brice wants more."
    )
    assert who_of(nlp, text, "Kestrel Motors's hunt for workers")[0].name == "Kestrel Motors"


def test_a_person_after_the_title_opener_is_its_subject_only_after_a_role(nlp: Language) -> None:
    text = (
        "The Northern League is trying to find a date to hear claims that Hartley Town made an illegal "
        "approach for Dan Oakes.\n\nDan Oakes denies any talks. Dan Oakes said Dan Oakes was happy at "
        "Ferrow. Dan Oakes has two years left on his contract."
    )
    assert who_of(nlp, text, "Northern League planning Oakes hearing")[0].name == "Northern League"


def test_people_the_lead_makes_its_doer_are_a_group(nlp: Language) -> None:
    text = (
        "Thousands of spectators fled after a stage collapsed at a music event in Norland on "
        "Saturday, local media said.\n\nThe crowd had gathered at Pine Beach in Norland to hear a band."
    )
    first = who_of(nlp, text)[0]
    assert (first.name, first.type) == ("spectators", "group")


def test_a_group_of_mps_is_the_group_of_its_of_phrase(nlp: Language) -> None:
    text = (
        "A group of MPs are on a three-day visit to Wales to gather evidence for a report on farming.\n\n"
        "They will talk to farmers and to Rural Minister Owen Pryce. The farming report is due in May."
    )
    assert who_of(nlp, text)[0].name == "MPs"


def test_an_institution_the_lead_names_by_a_common_noun_is_an_actor(nlp: Language) -> None:
    text = (
        "The minimum wage will rise in October, the government has announced.\n\n"
        "Adults must be paid at least £9 an hour. Opposition leader Mark Dyer said the rise was too small, "
        "and Mark Dyer said the government had waited too long."
    )
    first = who_of(nlp, text)[0]
    assert (first.name, first.type) == ("the government", "organization")


def test_plural_people_of_a_role_are_the_one_person_named_next_with_it(nlp: Language) -> None:
    text = (
        "Ministers are telling councils to build more homes for nurses.\n\n"
        "More money is to be given to councils, said housing minister Ana Rook. Ms Rook said the plan "
        "would start in May."
    )
    assert who_of(nlp, text)[0].name == "Ana Rook"


def test_anyone_named_by_a_plain_person_noun_is_no_group(nlp: Language) -> None:
    text = "Women hold up signs outside the court in Dunmore.\nThe court in Dunmore jailed Carl Vane for a year."
    assert "women" not in _names(who_of(nlp, text))


def test_a_court_named_by_its_country_is_an_actor(nlp: Language) -> None:
    text = (
        "A Danish military court jailed two officers on Friday for abusing prisoners.\n\n"
        "The officers, Jens Holm and Per Lund, will appeal. Jens Holm said Jens Holm was innocent. Denmark "
        "sent troops to the region in 2003, and Denmark still has 300 soldiers there."
    )
    first = who_of(nlp, text, "Denmark jails two officers for abuse")[0]
    assert (first.name, first.type) == ("Danish military court", "organization")


def test_the_jury_doing_the_lead_is_an_actor(nlp: Language) -> None:
    text = (
        "The jury has cleared two nurses of neglect at a care home in Dunmore.\n\n"
        "Prosecutor Ian Weller had said the nurses left a patient alone for a night. Ian Weller said he "
        "would study the verdict."
    )
    assert who_of(nlp, text)[0].name == "the jury"


def test_a_one_word_name_the_title_and_the_lead_give_is_a_name_though_a_role_word(nlp: Language) -> None:
    text = (
        "Duke earned more than any other rapper in 2019, beating stars such as Lana Brooks and Tom Fuller "
        "in a magazine's annual list.\n\nHe made $40m from concerts and records. Lana Brooks came second, "
        "and Tom Fuller was third. Lana Brooks sold out her tour."
    )
    first = who_of(nlp, text, "Duke tops rich list of rappers")[0]
    assert (first.name, first.type) == ("Duke", "person")
    assert "Duke" not in _names(who_of(nlp, "The Duke opened a school in Dunmore. Tom Fuller was there."))


def test_a_common_noun_the_ner_ran_into_a_person_is_no_surname_in_the_title(nlp: Language) -> None:
    # the NER takes "Brennan C iceberg" for a person: its lower-case last word is no surname, so the
    # title's "iceberg" does not name it
    text = (
        "In a new image, the Polar Agency has captured an iceberg that broke into pieces last month.\n\n"
        "The Polar Agency said the iceberg was unstable. It is smaller than the vast "
        "Brennan C iceberg, which split from the Weddell shelf last spring."
    )
    assert who_of(nlp, text, "Shattered iceberg captured in new image")[0].name == "Polar Agency"


def test_a_lead_group_keeps_the_names_before_its_noun(nlp: Language) -> None:
    text = (
        "Spanish fishermen blocked the port of Vigo on Monday in a protest over fuel prices.\n\n"
        "The fishermen say costs have doubled. Fishing minister Rosa Vidal will meet them on Friday."
    )
    first = who_of(nlp, text)[0]
    assert (first.name, first.type) == ("Spanish fishermen", "group")


def test_the_government_of_the_one_country_the_lead_names_is_that_country(nlp: Language) -> None:
    text = (
        "A bus has crashed in the mountains of Peru, killing 12 people, the government has confirmed.\n\n"
        "The government said rescue teams had reached the site. Peru has had several such crashes this year."
    )
    actors = who_of(nlp, text)
    assert actors[0].name == "Peru"
    assert "the government" not in _names(actors)


def test_a_list_of_doers_is_no_group(nlp: Language) -> None:
    text = (
        "Governments, charities and insurers are counting the cost of the floods that hit Dunmore last week.\n\n"
        "Carl Vane, the mayor of Dunmore, said the damage was huge."
    )
    assert "governments" not in _names(who_of(nlp, text))


def test_a_person_right_after_the_title_openers_possessive_is_its_subject(nlp: Language) -> None:
    # the court does the lead, but the title is about the person it sentenced
    text = (
        "A Danish court sentenced Lars Berg to three years in prison on Friday for fraud.\n\n"
        "Lars Berg, the former mayor of Aalborg, denied the charges. Lars Berg will appeal, his lawyer said."
    )
    assert who_of(nlp, text, "Denmark's Berg jailed for three years")[0].name == "Lars Berg"
