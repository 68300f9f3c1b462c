"""who: one actor per real-world entity, tenth round (issue 10): a body's name without its trailing heads or its
formal opening word, newsroom aliases of a group and an exchange, a
titled surname beside the untitled full name the article also calls by it, a nationality noun that names a
person, and "the <demonym> leader" for the nation's one leader.
Hand-written sentences; the opposite errors (a wrong merge) are tested beside each form."""

from __future__ import annotations

from spacy.language import Language

from tests.extractors.helpers import holders_of, who_of


def test_a_firms_name_without_its_trailing_heads_is_the_firm(nlp: Language) -> None:
    text = (
        "Mesa Ridge Airlines reported a loss for the quarter. Mesa Ridge blamed higher fuel prices, and "
        "Mesa Ridge said it would cut ten routes."
    )
    actors = who_of(nlp, text)
    assert [a.name for a in holders_of(actors, "Mesa Ridge")] == ["Mesa Ridge Airlines"]


def test_a_companys_formal_opening_word_is_dropped(nlp: Language) -> None:
    text = (
        "Cie. de Transports Lavallee rejected the bid on Tuesday. The board of Transports Lavallee said the offer "
        "was too low, and Transports Lavallee shares rose 4%."
    )
    actors = who_of(nlp, text)
    assert [a.name for a in holders_of(actors, "Transports Lavallee")] == ["Cie. de Transports Lavallee"]


def test_a_parent_with_its_own_suffix_stays_apart_from_its_bank(nlp: Language) -> None:
    text = (
        "Orrin Bank will merge with Crowder Trust, said Orrin Corp., the bank's parent. Orrin Corp. will pay "
        "$40 million for the trust company. Orrin Bank has 30 branches."
    )
    actors = who_of(nlp, text)
    bank, parent = holders_of(actors, "Orrin Bank"), holders_of(actors, "Orrin Corp.")
    assert bank and parent and not {id(a) for a in bank} & {id(a) for a in parent}


def test_a_one_word_form_two_names_open_on_stays_apart(nlp: Language) -> None:
    text = (
        "Velmont Investment III Limited Partnership raised its offer for the retailer. Under the plan, Velmont, "
        "managed by Velmont Capital Corp., would pay $12 a share. Velmont Capital Corp. declined to comment."
    )
    actors = who_of(nlp, text)
    assert "Velmont Capital Corp." not in [a.name for a in holders_of(actors, "Velmont")]


def test_the_groups_aliases_are_one_actor(nlp: Language) -> None:
    text = (
        "The senator said the president had no plan to defeat ISIS. Fighters of the Islamic State still hold the "
        "city, and ISIL has claimed the attack, officials said."
    )
    actors = who_of(nlp, text)
    homes = {id(a) for form in ("ISIS", "Islamic State", "ISIL") for a in holders_of(actors, form)}
    assert len(homes) == 1


def test_the_big_board_is_the_exchange(nlp: Language) -> None:
    text = (
        "Shares of Marden Corp. are listed on the New York Stock Exchange. In Big Board trading yesterday, "
        "Marden closed at $31, and the Big Board said volume was heavy."
    )
    actors = who_of(nlp, text)
    assert [a.name for a in holders_of(actors, "Big Board")] == ["New York Stock Exchange"]


def test_a_titled_surname_joins_the_full_name_the_article_also_calls_by_it(nlp: Language) -> None:
    text = (
        "Mara Hallorann's chances will depend on what voters think of President Moreau. Her rival cited "
        '"Moreau-Hallorann" policies. In a speech, Henri Moreau praised Hallorann.'
    )
    actors = who_of(nlp, text)
    found = holders_of(actors, "Henri Moreau")
    assert [a.name for a in holders_of(actors, "Moreau")] == ["Henri Moreau"]
    assert "president" in found[0].titles


def test_a_nationality_noun_after_a_is_a_person_not_the_country(nlp: Language) -> None:
    text = (
        "Kenya expelled three Sudanese men and a Libyan who were questioned by the police. Officials escorted the "
        "Libyan, Omar Haddad, to the airport on Friday."
    )
    actors = who_of(nlp, text)
    assert "Libya" not in [a.name for a in actors]


def test_a_nationality_adjective_after_a_is_still_the_country(nlp: Language) -> None:
    text = "The charity took money from a Libyan oil company, the report said. Libya denied it."
    actors = who_of(nlp, text)
    assert "Libyan" in {m.text for a in actors if a.name == "Libya" for m in a.mentions}


def test_the_nations_leader_is_its_president_not_the_person_named_last(nlp: Language) -> None:
    text = (
        "President Tomas Orlov of Moldova spoke on Monday. He said the group would be met by Anna Bell of the "
        "Council of Churches, who traveled with the lawyer on Wednesday. The Moldovan leader said the talks "
        "would go on."
    )
    actors = who_of(nlp, text)
    assert "Anna Bell" not in [a.name for a in holders_of(actors, "Moldovan leader")]
