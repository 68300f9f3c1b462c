"""who: a one-word name the NER took for a person is retyped when the article treats it as a body or
a place ("Qualcomm said its board ...", "Paris, Lille, Lyon and Toulouse"); "the town of X" is a
place whatever the NER said; a one-word name stays a person when anything marks a person (an
honorific, "said he ...")."""

from __future__ import annotations

from spacy.language import Language

from tests.extractors.helpers import named, who_of

_OFFER = "Broadcom made a hostile offer for rival Qualcomm on Monday. Qualcomm said {} would reject the offer. "


def test_a_name_that_owns_a_board_and_shareholders_is_an_organisation(nlp: Language) -> None:
    text = _OFFER.format("its board") + "Qualcomm's shareholders will meet next week."
    assert named(who_of(nlp, text), "Qualcomm").type == "organization"


def test_the_same_name_said_with_he_stays_a_person(nlp: Language) -> None:
    text = _OFFER.format("he") + "Qualcomm's shareholders will meet next week."
    assert named(who_of(nlp, text), "Qualcomm").type == "person"


def test_a_name_listed_with_places_is_a_place(nlp: Language) -> None:
    text = "The company will open shops in Paris, Lille, Lyon and Toulouse next year, its chairman said on Tuesday."
    assert named(who_of(nlp, text), "Lyon").type == "location"


def test_a_name_listed_with_companies_is_an_organisation(nlp: Language) -> None:
    text = "Phone makers such as Nokia, Sagem, Sony and Motorola will sell the handset, the firm said."
    assert named(who_of(nlp, text), "Sagem").type == "organization"


def test_the_town_of_a_name_is_a_place_even_when_the_ner_calls_it_a_body(nlp: Language) -> None:
    text = (
        "A strong earthquake shook the north of the island on Monday. The town of Kaikoura was said by "
        "officials to be cut off, and officials said Kaikoura had lost power."
    )
    assert named(who_of(nlp, text), "Kaikoura").type == "location"


def test_an_honorific_keeps_a_one_word_name_a_person(nlp: Language) -> None:
    text = "Police said the Tory MP, Mr Hogg, was safe. Hogg's shares in the firm were sold, and Hogg stock rose."
    assert named(who_of(nlp, text), "Hogg").type == "person"


def test_a_name_with_its_country_after_it_is_a_place(nlp: Language) -> None:
    text = (
        "The ferry from Napier, New Zealand, to Sydney was delayed by a storm on Monday. Passengers from "
        "Napier were given hotel rooms."
    )
    assert named(who_of(nlp, text), "Napier").type == "location"  # the NER says a body


def test_a_name_in_a_list_before_a_place_is_not_retyped(nlp: Language) -> None:
    text = "The story was covered by The Daily Planet, Jezebel, and the Gazette. The Daily Planet said it was proud."
    assert all(a.type != "location" for a in who_of(nlp, text) if "Planet" in a.name)


def test_a_one_word_place_the_article_treats_as_a_person_is_a_person(nlp: Language) -> None:
    # the small model tags this singer's name as a place where it opens the text
    text = "Rihanna is mourning the death of her cousin. Rihanna wrote that she could not believe it."
    assert named(who_of(nlp, text), "Rihanna").type == "person"


def test_a_name_a_band_kind_introduces_is_a_body_throughout(nlp: Language) -> None:
    text = (
        "US band Silver Sisters led the winners at the awards. Silver Sisters beat Joss Stone and Keane, "
        "and Silver Sisters will tour in May."
    )
    assert named(who_of(nlp, text), "Silver Sisters").type == "organization"


def test_a_name_with_the_and_its_fighters_is_a_body(nlp: Language) -> None:
    text = (
        "The army said it had driven back the Kalo Mara, whose leaders fled. Kalo Mara fighters had seized "
        "three villages in March."
    )
    assert named(who_of(nlp, text), "Kalo Mara").type == "organization"


def test_a_body_named_like_a_person_with_an_age_and_she_is_a_person(nlp: Language) -> None:
    text = (
        'Tomato grower Mitsuyo Nakamura says she has been on edge. "I look outside," 68-year-old Nakamura '
        "said from her farm."
    )
    assert named(who_of(nlp, text), "Mitsuyo Nakamura").type == "person"  # the NER says a body


def test_a_name_described_as_a_firm_is_a_body(nlp: Language) -> None:
    text = "Kaltura, the Israeli software company, has reported a rise in profits. Kaltura said demand was strong."
    assert named(who_of(nlp, text), "Kaltura").type == "organization"  # the NER says a person
