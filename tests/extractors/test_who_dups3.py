"""who: one actor per real-world entity, fifth round (issue 10): a divided state's bare name for the one
half an article names, "the government" of the one country a title names, Capitol Hill for Congress.
Hand-written sentences; the opposite errors (a wrong merge) are tested beside each rule."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from tests.extractors.helpers import holders_of, who_of

_DIVIDED = (
    "Q. Mr. President, what is the situation in South Viet-Nam? THE PRESIDENT. South Viet-Nam has asked for "
    "more help. Viet-Nam has been at war for 20 years, and the Vietnamese themselves must win it."
)


def test_a_divided_states_bare_name_beside_one_half_is_that_half(nlp: Language) -> None:
    actors = who_of(nlp, _DIVIDED, reference=date(1963, 7, 17))
    assert [a.name for a in holders_of(actors, "Viet-Nam")] == ["South Viet-Nam"]
    assert holders_of(actors, "Vietnamese") == holders_of(actors, "Viet-Nam")


def test_the_bare_name_stays_itself_when_both_halves_are_named(nlp: Language) -> None:
    text = _DIVIDED + " North Viet-Nam has refused to negotiate, and North Viet-Nam supplies the rebels."
    actors = who_of(nlp, text, reference=date(1963, 7, 17))
    assert [a.name for a in holders_of(actors, "Viet-Nam")] == ["Viet-Nam"]


def test_the_bare_name_stays_itself_after_the_state_is_one_again(nlp: Language) -> None:
    actors = who_of(nlp, _DIVIDED, reference=date(2015, 4, 30))
    assert [a.name for a in holders_of(actors, "Viet-Nam")] == ["Viet-Nam"]


def test_an_undated_article_keeps_the_bare_name_apart(nlp: Language) -> None:
    assert [a.name for a in holders_of(who_of(nlp, _DIVIDED), "Viet-Nam")] == ["Viet-Nam"]


_FREED = (
    "Fifteen prisoners were freed on Monday, the government said. The government has promised more "
    "releases. Officials from Switzerland helped with the talks. Kenya has fought the rebels for years, "
    "and Kenyan troops have retaken two towns."
)


def test_the_government_is_the_one_country_the_title_names(nlp: Language) -> None:
    actors = who_of(nlp, _FREED, title="Fifteen Prisoners Freed, Kenya Says")
    assert [a.name for a in holders_of(actors, "government")] == ["Kenya"]


def test_a_title_naming_two_countries_names_no_government(nlp: Language) -> None:
    actors = who_of(nlp, _FREED, title="Fifteen Prisoners Freed, Kenya and Uganda Say")
    assert [a.name for a in holders_of(actors, "government")] == ["the government"]


def test_a_title_naming_no_country_leaves_the_government_its_own(nlp: Language) -> None:
    actors = who_of(nlp, _FREED, title="Fifteen Prisoners Freed After Talks")
    assert [a.name for a in holders_of(actors, "government")] == ["the government"]


def test_a_half_named_only_by_its_people_takes_no_bare_name(nlp: Language) -> None:
    text = (
        "The negotiations ended the war in Vietnam. Vietnam has suffered for years. The area was occupied by "
        "North Vietnamese forces, and the North Vietnamese forces attacked the towns."
    )
    actors = who_of(nlp, text, reference=date(1973, 8, 22))
    assert [a.name for a in holders_of(actors, "Vietnam")] == ["Vietnam"]


def test_the_titles_country_wins_among_countries_named_near_the_government(nlp: Language) -> None:
    text = (
        "The release followed talks between the government and the rebels, brokered by the Swiss government. "
        "Fifteen prisoners were freed on Monday, the government said. Kenya has fought the rebels for years."
    )
    actors = who_of(nlp, text, title="Fifteen Prisoners Freed, Kenya Says")
    assert [a.name for a in holders_of(actors, "government")] == ["Kenya"]


def test_capitol_hill_is_congress_when_congress_is_named(nlp: Language) -> None:
    text = (
        "Several bills are still hung up in Congress. What has happened on Capitol Hill? The senator said "
        "threats from Capitol Hill bring no results, and Congress will act next week."
    )
    assert [a.name for a in holders_of(who_of(nlp, text), "Capitol Hill")] == ["Congress"]


def test_capitol_hill_without_congress_stays_itself(nlp: Language) -> None:
    text = "Reporters gathered on Capitol Hill on Monday. Capitol Hill staff said the bill would pass."
    assert "Congress" not in [a.name for a in who_of(nlp, text)]
