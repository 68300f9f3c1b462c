"""who: one actor per real-world entity across the forms that name it (issue 10, part 3).

Names of a former state read at the article's date, a country shouted in a four-letter heading, a
capital that is someone's given name, an acronym followed by its expansion in brackets, a body's
shorter name without its scope word. Hand-written sentences; each fails on the code before its rule.
"""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from extractors.who.state import WhoState
from tests.extractors.helpers import holders_of, who_of

_COLD_WAR = (
    "The Soviet Union rejected the offer on Tuesday. The Russians said the talks in Geneva would resume "
    "in May, and Moscow recalled its envoy."
)


def test_the_russians_of_1970_are_the_soviet_union(nlp: Language) -> None:
    actors = who_of(nlp, _COLD_WAR, reference=date(1970, 5, 2))
    union = holders_of(actors, "Soviet Union")
    assert len(union) == 1 and union == holders_of(actors, "Russians")


def test_the_russians_of_today_are_not_the_soviet_union(nlp: Language) -> None:
    actors = who_of(nlp, _COLD_WAR, reference=date(2020, 5, 2))
    assert holders_of(actors, "Russians") != holders_of(actors, "Soviet Union")


def test_a_capital_of_a_divided_state_is_that_state_at_the_date(nlp: Language) -> None:
    text = "North Vietnam shelled the harbour on Friday. Hanoi said the raid was a reply to the bombing."
    holders = holders_of(who_of(nlp, text, reference=date(1968, 3, 1)), "Hanoi")
    assert [a.name for a in holders] == ["North Vietnam"]


def test_a_country_shouted_in_four_letters_is_that_country_but_a_shouted_capital_is_not(nlp: Language) -> None:
    st = WhoState.of(nlp("The talks resumed."))
    assert st.country_of("IRAN") == ("IR", "name")  # a transcript's heading: "IRAN: OIL EXPORTS"
    assert st.country_of("MALE") is None  # "MALE VOICES", not the Maldives' capital
    assert st.country_of("USSR") is not None


def test_a_capital_that_is_a_persons_given_name_is_that_person(nlp: Language) -> None:
    text = (
        "The governor named Hamilton Barnaby as his envoy on Monday. Hamilton is one of his closest aides, "
        "and Hamilton will travel to the talks next week."
    )
    actors = who_of(nlp, text)
    assert [a.name for a in holders_of(actors, "Hamilton")] == ["Hamilton Barnaby"]
    assert "Bermuda" not in {a.name for a in actors}


def test_an_acronym_followed_by_its_expansion_in_brackets_is_one_body(nlp: Language) -> None:
    text = (
        "He filed a complaint with Opec (the Organisation of Petroleum Exporting Countries) last week. The "
        "Organisation of Petroleum Exporting Countries said it would reply."
    )
    actors = who_of(nlp, text)
    opec = holders_of(actors, "Opec")
    assert [a.name for a in opec] == ["Organisation of Petroleum Exporting Countries"]


def test_a_bodys_name_without_its_scope_word_is_that_body(nlp: Language) -> None:
    text = (
        "The National Tinsmiths Guild elected a new chairman on Monday. He said the Tinsmiths Guild would "
        "double its dues next year."
    )
    actors = who_of(nlp, text)
    guild = holders_of(actors, "National Tinsmiths Guild")
    assert len(guild) == 1 and guild == holders_of(actors, "Tinsmiths Guild")


def test_a_banks_first_and_last_words_are_its_short_name(nlp: Language) -> None:
    text = (
        "Rates fell, said Dana Pruitt of First Merchant Bank of Dorset. Pruitt said First Dorset expected "
        "more cuts. First Dorset's Pruitt added that reserves were high."
    )
    actors = who_of(nlp, text)
    bank = holders_of(actors, "First Merchant Bank of Dorset")
    assert len(bank) == 1 and bank == holders_of(actors, "First Dorset")


def test_a_bodys_former_or_later_name_after_its_cue_is_that_body(nlp: Language) -> None:
    for text, name, other in (
        (
            "Zentrix Holdings, formerly Brontal Group, reported a loss on Monday. Brontal Group had warned "
            "of the loss in May, and Zentrix Holdings cut 200 jobs.",
            "Zentrix Holdings",
            "Brontal Group",
        ),
        (
            "The Harwell Trust, now called Harwell Health, opened a clinic. Harwell Health said the clinic "
            "would treat 500 patients.",
            "Harwell Health",
            "Harwell Trust",
        ),
    ):
        actors = who_of(nlp, text)
        assert [a.name for a in holders_of(actors, other)] == [name]
