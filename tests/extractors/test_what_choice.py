"""what: which event leads — the lead's main clause over scenes set for the reader and
background told before the news; and whose event it is (the canonical name, not the description)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extractors.helpers import what_of


@pytest.mark.parametrize(
    "opening",
    [
        "Imagine cutting your weekly energy bill in half without lifting a finger.",
        "Suppose you could print a house in a day.",
    ],
)
def test_what_choice_a_scene_set_for_the_reader_is_not_the_lead(nlp: Language, opening: str) -> None:
    text = f"{opening}\n\nThe Hartwell Energy Company launched a new smart meter on Monday. Critics said it was costly."
    top = what_of(nlp, text)[0]
    assert (top.actor, top.action) == ("Hartwell Energy Company", "launch")


@pytest.mark.parametrize(
    "opening",
    [
        "Last year, the Brennan Group bought three regional newspapers.",
        "More than five years ago, the Brennan Group bought three regional newspapers.",
        "In the past, the Brennan Group bought regional newspapers.",
    ],
)
def test_what_choice_background_opener_yields_to_the_news(nlp: Language, opening: str) -> None:
    text = f"{opening} The Brennan Group has now closed its printing plant in Leeds, cutting 200 jobs."
    top = what_of(nlp, text)[0]
    assert (top.actor, top.action) == ("Brennan Group", "close")


def test_what_choice_a_dated_lead_is_still_the_news(nlp: Language) -> None:
    # "On Monday" and "last week" date the news itself: no background
    text = "Last week, the Brennan Group closed its printing plant in Leeds. Unions said they were shocked."
    top = what_of(nlp, text)[0]
    assert (top.actor, top.action) == ("Brennan Group", "close")


def test_what_choice_a_confirmed_clause_is_the_event(nlp: Language) -> None:
    # "confirm" with a clause reports it, like "said"; with a noun it is the act
    text = "A small plane carrying six tourists has crashed in the mountains of Peru, the government has confirmed."
    top = what_of(nlp, text)[0]
    assert top.action == "crash"
    assert top.attributed_to == "the government"
    named = what_of(nlp, "The Norland Football Club confirmed the signing of two players on Monday.")[0]
    assert (named.actor, named.action) == ("Norland Football Club", "confirm")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "A chief constable has backed longer opening hours for pubs. "
            "Northshire chief constable Martin Eldridge said the change needed preparation.",
            "Martin Eldridge",
        ),
        (
            "A Scottish firm is looking to attract web surfers with a talking search engine. "
            "Glasgow technology firm Vantaro Systems launched the site in November.",
            "Vantaro Systems",
        ),
    ],
)
def test_what_actor_a_lead_description_is_the_one_named_next(nlp: Language, text: str, actor: str) -> None:
    assert what_of(nlp, text)[0].actor == actor


def test_what_actor_a_plain_person_description_is_not_named_from_later(nlp: Language) -> None:
    # "A man" is not a role: the next person named may be anyone
    text = "A man has climbed the north face of the tower. Mayor Linda Ortez praised the rescue team."
    top = next(e for e in what_of(nlp, text) if e.action == "climb")
    assert top.actor != "Linda Ortez"


def test_what_actor_an_apposition_names_the_doer_not_its_demonym(nlp: Language) -> None:
    text = "The UK's biggest brewer, Scottish and Newcastle (S&N), is to buy 37% of India's United Breweries."
    top = what_of(nlp, text)[0]
    assert (top.actor, top.action) == ("Scottish and Newcastle", "buy")  # the name its acronym stands for


def test_what_choice_a_credit_line_above_the_lead_is_not_the_lead(nlp: Language) -> None:
    text = (
        "Image copyright Getty Images\nThe Corvell messaging app has been removed from the Tandem app store.\n"
        "It had been removed because it had shown offensive content, the founder said.\n"
        "The founder expects the app to return within days."
    )
    top = what_of(nlp, text)[0]
    assert top.action == "remove"
    assert top.object is not None and "Getty" not in top.object
    assert top.span is not None and text[top.span.start : top.span.end].startswith("The Corvell")


def test_what_choice_a_line_without_a_stop_is_not_the_lead(nlp: Language) -> None:
    text = (
        "Watch the markets slide in under a minute 11:03 AM ET Fri | 00:40\n\n"
        "The Harlow Mining Company cut 400 jobs at its Queensland site on Friday.\n\n"
        "Shares in the company fell 12 percent after the announcement."
    )
    top = what_of(nlp, text)[0]
    assert (top.actor, top.action) == ("Harlow Mining Company", "cut")


def test_what_actor_shares_in_a_described_company_are_the_company(nlp: Language) -> None:
    top = what_of(nlp, "Shares in online auction house Vendra fell 9.8% in after-hours trade on Wednesday.")[0]
    assert (top.actor, top.action) == ("Vendra", "fall")


def test_what_actor_a_countrys_measure_is_the_country(nlp: Language) -> None:
    text = "Japanese exports rose 4% in March. Japan remains the largest buyer of Australian coal."
    top = what_of(nlp, text)[0]
    assert (top.actor, top.action) == ("Japan", "rise")


def test_what_choice_going_to_future_is_the_infinitives_event(nlp: Language) -> None:
    events = what_of(nlp, "The Hartwell Energy Company is going to cut 500 jobs in Wales, the union said.")
    assert (events[0].action, events[0].object) == ("cut", "500 jobs")
    assert all(e.action != "go" for e in events)


def test_what_choice_going_somewhere_is_still_going(nlp: Language) -> None:
    events = what_of(nlp, "The Hartwell Energy Company is going to Paris for the motor show.")
    assert events[0].action == "go"


def test_what_choice_possession_states_a_state_not_the_news(nlp: Language) -> None:
    # "has no doubt": a state, like a copula with a noun; the sacking is the news
    top = what_of(nlp, "Orlo Brix has no doubt about the result, and the Vantor Club sacked its coach on Monday.")[0]
    assert (top.actor, top.action) == ("Vantor Club", "sack")


def test_what_choice_a_reaction_ranks_below_what_caused_it(nlp: Language) -> None:
    # "were stunned as ...": the feeling answers the news
    top = what_of(nlp, "Fans of the Vantor Club were stunned as the club sacked its coach, Orlo Brix.")[0]
    assert (top.actor, top.action) == ("Vantor Club", "sack")
