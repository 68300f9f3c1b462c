"""who: one actor per company in business and wire copy, and the right type (orgdups): a short form taken
from inside a company's name, a name glued to a quantifier, trade heads that make a name a body.
Hand-written sentences; the opposite errors (a wrong merge) are tested beside each form."""

from __future__ import annotations

from spacy.language import Language

from extractors.who.organisations import _dropped, _hyphen_stem
from extractors.who.state import WhoState
from extractors.who.untagged import _free
from tests.extractors.helpers import holders_of, who_of


def test_the_word_before_a_legal_suffix_with_points_is_the_company(nlp: Language) -> None:
    text = (
        "Laboratoire Durand S.A. raised its bid for the vaccine maker on Monday. Durand said the offer "
        "would expire next week. Durand also said it had the backing of its bankers."
    )
    actors = who_of(nlp, text)
    assert holders_of(actors, "Durand") == holders_of(actors, "Laboratoire Durand S.A.")
    assert len(holders_of(actors, "Durand")) == 1


def test_the_part_before_a_hyphen_is_the_company() -> None:
    assert _hyphen_stem("Anheuser", "O:anheuser", "O:anheuser-busch cos.", ["Anheuser-Busch", "Cos."])
    assert not _hyphen_stem("Baden", "O:baden", "L:baden-wuerttemberg", ["Baden-Wuerttemberg"])
    assert _hyphen_stem("Hewlett", "P:Hewlett", "O:hewlett-packard co.", ["Hewlett-Packard", "Co."])
    assert not _hyphen_stem("Al", "O:al", "O:al-ahram co.", ["Al-Ahram", "Co."])  # too short a stem
    assert not _hyphen_stem("Rolls", "L:rolls", "O:rolls-royce plc", ["Rolls-Royce", "plc"])  # a place's reading
    assert not _hyphen_stem("Busch", "O:busch", "O:anheuser-busch cos.", ["Anheuser-Busch", "Cos."])
    assert not _hyphen_stem("Dodd", "P:Dodd", "O:dodd-frank", ["Dodd-Frank"])  # a law, no company


def test_a_trade_and_a_legal_suffix_are_what_a_short_form_drops() -> None:
    assert all(_dropped(w) for w in ["Brewery", "Co."])
    assert all(_dropped(w) for w in ["Brewing"])
    assert not all(_dropped(w) for w in ["Investment", "Partnership"])
    assert not _dropped("Odeon")
    assert not _dropped("Enterprises", trade=False)  # "Pacific" the ocean is no Pacific Enterprises


def test_a_surname_like_short_form_opening_a_brewers_name_is_the_brewer(nlp: Language) -> None:
    text = (
        "The Hamm Brewing Co. cut the price of its beers by 10% in Texas, distributors said. Prices of rival "
        "brands held steady. Analysts said Hamm wanted to win back drinkers it lost last year."
    )
    actors = who_of(nlp, text)
    assert holders_of(actors, "Hamm") == holders_of(actors, "Hamm Brewing Co.")


def test_a_person_addressed_by_an_honorific_keeps_the_name(nlp: Language) -> None:
    text = (
        "The Hamm Brewing Co. cut the price of its beers by 10% in Texas, distributors said. Mr. Hamm, who "
        "retired last year, said he had not been consulted."
    )
    actors = who_of(nlp, text)
    hamm = [a for a in holders_of(actors, "Hamm") if a.name != "Hamm Brewing Co."]
    assert hamm and all(a.type == "person" for a in hamm)


def test_a_name_ending_on_a_trade_is_a_body_though_listed_with_persons(nlp: Language) -> None:
    text = (
        "The group includes James M. Holt III, William E. Holt II and Burger Investment Partnership, which "
        "together own 45% of the stock."
    )
    actors = who_of(nlp, text)
    assert [a.type for a in holders_of(actors, "Burger Investment Partnership")] == ["organization"]
    assert [a.type for a in holders_of(actors, "William E. Holt II")] == ["person"]


def test_a_quantifier_opens_no_name(nlp: Language) -> None:
    st = WhoState.of(nlp("Several Halberd analysts said the price was too low."))
    assert not _free(st, st.doc[0])
    assert _free(st, st.doc[1])


def test_kin_before_a_given_name_is_no_office(nlp: Language) -> None:
    text = (
        "Pedro Castillo has ruled the island for 40 years. His younger sister, Juanita, fled in 1964 and runs a "
        "pharmacy. Juanita Castillo said she had not spoken to him since."
    )
    actors = who_of(nlp, text)
    assert holders_of(actors, "Juanita") == holders_of(actors, "Juanita Castillo")
    assert len(holders_of(actors, "Juanita")) == 1


def test_a_short_form_before_other_words_of_a_company_name_is_the_company(nlp: Language) -> None:
    text = (
        "The deal was reached with Kessler Technology Corp. late on Monday. Kessler makes electronic parts in Oregon."
    )
    actors = who_of(nlp, text)
    assert holders_of(actors, "Kessler") == holders_of(actors, "Kessler Technology Corp.")
    assert len(holders_of(actors, "Kessler")) == 1


def test_a_legal_suffix_makes_the_bare_name_a_company(nlp: Language) -> None:
    text = (
        "Talks between Montedison and its partners resumed. Montedison S.p.A. said it would buy the shares "
        "it does not own. Montedison already holds 40% of the stock."
    )
    actors = who_of(nlp, text)
    assert [a.type for a in holders_of(actors, "Montedison")] == ["organization"]


def test_the_part_before_a_hyphen_joins_the_company_in_a_text(nlp: Language) -> None:
    text = "Sun and Hewlett-Packard Co. said they would ship the chips. Hewlett announced a new workstation on Monday."
    actors = who_of(nlp, text)
    assert holders_of(actors, "Hewlett") == holders_of(actors, "Hewlett-Packard Co.")


def test_a_place_never_a_scene_that_opens_a_company_name_is_the_company(nlp: Language) -> None:
    text = (
        "The group includes Robert F. Angelo, formerly Phoenix's senior vice president. Phoenix Technologies Ltd. "
        "declined to comment. Phoenix makes software."
    )
    actors = who_of(nlp, text)
    assert holders_of(actors, "Phoenix") == holders_of(actors, "Phoenix Technologies Ltd.")
    # a former employer in the possessive is no other name of the person
    assert [a.type for a in holders_of(actors, "Phoenix")] == ["organization"]
    assert holders_of(actors, "Robert F. Angelo") != holders_of(actors, "Phoenix")


def test_a_town_named_as_a_scene_stays_a_place(nlp: Language) -> None:
    text = (
        "Phoenix Technologies Ltd. said it would cut 200 jobs. Most of the jobs are in Phoenix, where the company "
        "was founded."
    )
    actors = who_of(nlp, text)
    assert holders_of(actors, "Phoenix") != holders_of(actors, "Phoenix Technologies Ltd.")
