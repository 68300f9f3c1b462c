"""who: one actor per real-world entity, ninth round (issue 10): a party's newsroom alias beside its members,
and a social-media handle beside the person it spells. Hand-written sentences; the opposite errors (a wrong
merge) are tested beside each form."""

from __future__ import annotations

from spacy.language import Language

from tests.extractors.helpers import holders_of, who_of


def test_a_partys_alias_joins_its_members_when_no_party_is_named(nlp: Language) -> None:
    text = (
        "Senate Republicans blocked the nominee again on Tuesday. The GOP leader said the vote would wait until "
        "after the election. Democrats said Republicans were stalling, and accused the GOP of ignoring voters. "
        "Republicans said they would not move."
    )
    actors = who_of(nlp, text)
    gop = holders_of(actors, "GOP")
    assert [a.name for a in gop] == ["Republicans"]
    assert not set(map(id, gop)) & set(map(id, holders_of(actors, "Democrats")))


def test_a_partys_alias_joins_the_party_when_it_is_named(nlp: Language) -> None:
    text = (
        "The Republican Party approved its platform on Monday. Republicans on the panel cheered, and the GOP "
        "chairman said the vote was unanimous. The GOP will meet again in July."
    )
    actors = who_of(nlp, text)
    assert [a.name for a in holders_of(actors, "GOP")] == ["Republican Party"]


def test_a_handle_is_the_person_whose_name_it_spells(nlp: Language) -> None:
    text = (
        "Senator Marla Quintero attacked the plan on Monday. The post came from her account, @realMarlaQuintero, "
        "late in the evening. Quintero later deleted it."
    )
    actors = who_of(nlp, text)
    assert [a.name for a in holders_of(actors, "@realMarlaQuintero")] == ["Marla Quintero"]


def test_a_handle_spelling_no_one_named_stays_apart(nlp: Language) -> None:
    text = (
        "Senator Marla Quintero attacked the plan on Monday. A reporter, @jsmithnews, shared the post. Quintero "
        "later deleted it."
    )
    actors = who_of(nlp, text)
    assert "@jsmithnews" not in {m.text for a in holders_of(actors, "Marla Quintero") for m in a.mentions}


def test_a_surname_in_the_repeated_title_is_the_person_the_story_names_in_full(nlp: Language) -> None:
    title = "Board calls 14 emails of Pelham 'secret'"
    text = (
        "Board calls 14 emails of Pelham 'secret.'\n\nThe state board said on Friday that secret information was "
        "found in emails Diane Pelham sent while she led the agency. The emails were sent by Pelham, a board "
        "spokesman said. Governor Pelham denied on Saturday that any of them was secret. Pelham's aides agreed."
    )
    actors = who_of(nlp, text, title=title)
    assert [a.name for a in holders_of(actors, "Pelham")] == ["Diane Pelham"]


def test_a_surname_in_a_summary_block_is_the_person_the_full_text_names(nlp: Language) -> None:
    text = (
        "Storm tests Pelham's plan; \nNew focus on floods lays bare divisions with the council.\n\nABSTRACT.\n\n"
        "The new emphasis on floods has laid bare Governor Pelham's differences with the council.\n\nFULL TEXT.\n\n"
        "In her pursuit of a second term, Diane Pelham has stressed her ties to the council. Pelham said on Monday "
        "that the plan would go ahead. Governor Pelham will visit the coast on Friday."
    )
    actors = who_of(nlp, text)
    assert [a.name for a in holders_of(actors, "Pelham")] == ["Diane Pelham"]


def test_a_summary_block_keeps_two_persons_of_one_surname_apart(nlp: Language) -> None:
    text = (
        "Storm tests Pelham's plan; \nNew focus on floods lays bare divisions with the council.\n\nABSTRACT.\n\n"
        "The floods have laid bare Mrs. Pelham's differences with the council.\n\nFULL TEXT.\n\n"
        "Diane Pelham has stressed her ties to the council. Her husband, Robert Pelham, stayed away. Diane Pelham "
        "said on Monday that the plan would go ahead."
    )
    actors = who_of(nlp, text)
    assert len(holders_of(actors, "Robert Pelham")) == 1
    assert holders_of(actors, "Robert Pelham") != holders_of(actors, "Diane Pelham")
