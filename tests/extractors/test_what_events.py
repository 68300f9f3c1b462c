"""what: which events the main news is read from — a question is no lead, forces are no doers, a
reported clause needs a subject, a purpose infinitive has its head's doer, title words belong to the
clause that holds them; and the headline skips a question lead. Invented names throughout."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractors.headline_text import sentence as _sentence
from extractors.types import Event
from tests.extractors.helpers import headline_of, what_of

_QUESTIONS = [
    "Will the Hartwell Energy Company ever pay back its debts?",
    "What happens when a city runs out of water?",
]
_NEWS = "The Hartwell Energy Company launched a new smart meter in Leeds on Monday. Critics said it was costly."


@pytest.mark.parametrize("opening", _QUESTIONS)
def test_what_choice_a_question_is_not_the_lead(nlp: Language, opening: str) -> None:
    top = what_of(nlp, f"{opening}\n\n{_NEWS}")[0]
    assert (top.actor, top.action) == ("Hartwell Energy Company", "launch")


@pytest.mark.parametrize("opening", _QUESTIONS)
def test_headline_comes_from_the_first_clause_that_is_no_question(nlp: Language, opening: str) -> None:
    headline = headline_of(nlp, f"{opening}\n\n{_NEWS}")
    assert headline is not None
    assert "?" not in headline
    assert headline.startswith("The Hartwell Energy Company launch")


def test_headline_is_one_line() -> None:
    assert _sentence("Vendra Holdings\nsays profits rose by a fifth") == "Vendra Holdings says profits rose by a fifth."


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("A knee injury has forced Tom Baxley out of the cup final in Easton.", "force"),
        ("The earthquake that struck the coast of Marovia destroyed 300 homes on Sunday.", "destroy"),
        ("Floods have cut off 40 villages in the north of Marovia.", "cut off"),
    ],
)
def test_what_actor_a_force_or_mishap_is_no_doer(nlp: Language, text: str, action: str) -> None:
    event = next(e for e in what_of(nlp, text) if e.action == action)
    assert event.actor is None


def test_what_actor_a_named_storm_is_still_a_name(nlp: Language) -> None:
    event = next(e for e in what_of(nlp, "Storm Halvard destroyed 300 homes in Marovia on Sunday."))
    assert event.actor is not None and "Halvard" in event.actor


def test_what_actor_an_item_fetching_a_price_is_undergone(nlp: Language) -> None:
    text = "A guitar belonging to singer Jim Harlow is expected to fetch up to $50,000 at an auction next month."
    event = next(e for e in what_of(nlp, text) if e.action == "fetch")
    assert event.actor is None
    assert event.object is not None and "guitar" in event.object


def test_what_actor_bracketed_acronyms_are_no_heading(nlp: Language) -> None:
    text = "The Northern Liberation Front (NLF, formerly NLA) has claimed responsibility for the bombing in Talos."
    event = next(e for e in what_of(nlp, text) if e.action == "claim")
    assert event.actor is not None and "Liberation Front" in event.actor


def test_what_actor_unnamed_shares_are_the_stories_company(nlp: Language) -> None:
    text = (
        "Shares in the Anglo-Dutch paint group closed down 6% in London trade after the failure of a trial. "
        "Verdane Chemicals said the trial had failed. Verdane Chemicals will now review its research. "
        "Verdane Chemicals employs 4,000 people."
    )
    top = what_of(nlp, text)[0]
    assert (top.actor, top.action) == ("Verdane Chemicals", "close")


def test_what_actor_market_shares_are_no_company(nlp: Language) -> None:
    text = (
        "European shares fell 2% on Monday. Verdane Chemicals said its profits rose. Verdane Chemicals hired 40 staff."
    )
    event = next(e for e in what_of(nlp, text) if e.action == "fall")
    assert event.actor != "Verdane Chemicals"


def test_what_choice_a_found_way_is_an_event(nlp: Language) -> None:
    # "found ways ... in the year started March 1": the participle is no reported clause
    text = "Officials of the Tin Council say they have found ways to limit exports in the year started March 1."
    assert any(e.action == "find" for e in what_of(nlp, text))


def test_what_choice_a_purpose_infinitive_has_its_heads_doer(nlp: Language) -> None:
    text = "The Harlow Mining Company agreed to issue five million shares to acquire stakes in two gold mines in Peru."
    top3 = [(e.actor, e.action) for e in what_of(nlp, text)[:3]]
    assert ("Harlow Mining Company", "acquire") in top3


def test_what_choice_title_words_belong_to_the_clause_that_holds_them(nlp: Language) -> None:
    text = (
        "Norland quarterback Tom Baxley was 20 of 29 for 226 yards as the Norland Rams clinched a playoff "
        "place with a 34-6 win over the Easton Hawks on Monday."
    )
    events = what_of(nlp, text, title="Rams clinch playoff place with rout of Hawks")
    actions = [e.action for e in events]
    assert actions.index("clinch") < actions.index("be")


def test_what_choice_a_lead_read_as_a_noun_phrase_keeps_its_verb(nlp: Language) -> None:
    # the small parser reads "A fireball streaked ..." as the noun "fireball" with a reduced relative
    text = "A fireball streaked across the sky in northern Marovia on Tuesday night, illuminating the darkness."
    events = what_of(nlp, text)
    assert events and events[0].action == "streak"
    assert events[0].object is not None and "sky" in events[0].object


def test_what_choice_a_reduced_relative_after_a_subject_stays_a_modifier(nlp: Language) -> None:
    text = "The vaccine approved by regulators in May has cut infections by half."
    assert what_of(nlp, text)[0].action == "cut"


def test_what_actor_an_agentless_passive_takes_the_titles_by_agent(nlp: Language) -> None:
    text = (
        "Three aid workers were released near the border on Thursday. "
        "The Talos Liberation Army had held them for six months in the hills."
    )
    title = "Aid Workers Released By Talos Liberation Army, Officials Say"
    event = next(e for e in what_of(nlp, text, title=title) if e.action == "release")
    assert event.actor == "Talos Liberation Army"
    untitled = next(e for e in what_of(nlp, text) if e.action == "release")
    assert untitled.actor is None


def test_headline_states_a_lead_read_as_a_noun_phrase(nlp: Language) -> None:
    text = (
        "A fireball streaked across the sky in northern Marovia on Tuesday night, illuminating the darkness. "
        "Sightings were reported across three provinces."
    )
    headline = headline_of(nlp, text)
    assert headline is not None and headline.startswith("A fireball streak")


def test_a_line_below_a_title_is_no_object_of_its_verb(nlp: Language) -> None:
    # the parser runs the title line into the caption line below and takes its verb for the object
    text = (
        "Harlow Bank Confirms Another 'Data Breach'\n"
        "Enlarge this image toggle caption Jo Ruiz/AP Jo Ruiz/AP\n"
        "After a breach at the lender exposed the records of two million savers, the bank has confirmed "
        "an earlier incident at its card service."
    )
    objects = [e.object or "" for e in what_of(nlp, text)]
    assert not any("Enlarge" in o or "caption" in o for o in objects)
    assert any("earlier incident" in o for o in objects)


@pytest.mark.parametrize(
    ("sentence", "action", "negated", "hedged"),
    [
        ("The Vantor Rail Company is ready to launch a night train to Brindley.", "launch", False, False),
        ("Members of the Orlo Club will be able to vote on the new rules.", "vote", False, False),
        ("The Vantor Rail Company is unable to pay its debts to Brindley Bank.", "pay", True, False),
        ("Fare rises at the Vantor Rail Company are unlikely to happen this year.", "happen", False, True),
        ("Orlo Brix will no longer be able to coach the Brindley rowing team.", "coach", True, False),
    ],
)
def test_a_copulas_adjective_lends_its_infinitive_the_event(
    nlp: Language, sentence: str, action: str, negated: bool, hedged: bool
) -> None:
    # "is ready to launch": the launching is the event (a copula "be" is never an annotated news act)
    events = what_of(nlp, sentence)
    top = events[0]
    assert (top.action, top.negated, top.hedged) == (action, negated, hedged)
    assert "be" not in [e.action for e in events]


def test_have_to_lends_its_infinitive_the_event(nlp: Language) -> None:
    # "had to be closed": necessity, the closing is what happened; "has a plan to" is no such thing
    events = what_of(nlp, "The Brindley bridge had to be closed after the storm damaged its towers.")
    assert events[0].action == "close"
    assert "have" not in [e.action for e in events]


def test_the_headline_keeps_the_copula_of_an_adjectives_infinitive(nlp: Language) -> None:
    text = "Shoppers in Brindley will no longer be able to pay with cash at the Vantor market, unless they ask first."
    assert (
        headline_of(nlp, text) == "Shoppers in Brindley will no longer be able to pay with cash at the Vantor market."
    )


def test_too_an_adjective_to_is_a_judgement_not_the_act(nlp: Language) -> None:
    # "was too risky to try": the trying did not happen; the judgement stays a copula
    events = what_of(nlp, "The Vantor plan was too likely to anger farmers, Orlo Brix said.")
    assert "anger" not in [e.action for e in events]


def _event(nlp: Language, text: str, action: str) -> Event:
    return next(e for e in what_of(nlp, text) if e.action == action)


def test_the_amount_of_a_change_is_its_object(nlp: Language) -> None:
    text = "The Office for National Statistics said retail sales rose 0.6% on the month, beating forecasts."
    assert _event(nlp, text, "rise").object == "0.6%"


def test_where_a_change_went_beats_its_amount(nlp: Language) -> None:
    text = "Hartwell said net profit rose 28% to £458m in the six months to December."
    assert _event(nlp, text, "rise").object == "to £458m"


def test_a_percent_sign_ends_its_number_in_an_object(nlp: Language) -> None:
    text = "The unemployment rate stayed at 5.4% in January, the Hartwell Institute said."
    assert _event(nlp, text, "stay").object == "at 5.4%"


@pytest.mark.parametrize(
    ("text", "actor", "action", "obj"),
    [
        (
            "Senator Mara Quint says she is prepared for a long fight over the budget in Harlow.",
            "Mara Quint",
            "prepare",
            "for a long fight over the budget in Harlow",
        ),
        (
            "President Tovar Elm says he is committed to a new tax on imports, despite objections from his allies.",
            "Tovar Elm",
            "commit",
            "to a new tax on imports",
        ),
        (
            "Mayor Mara Quint was worried about the cost of the new bridge.",
            "Mara Quint",
            "worry",
            "about the cost of the new bridge",
        ),
    ],
)
def test_what_a_copula_with_a_stance_participle_is_the_stance_taken(
    nlp: Language, text: str, actor: str, action: str, obj: str | None
) -> None:
    top = what_of(nlp, text)[0]
    assert (top.actor, top.action) == (actor, action)
    assert obj is None or top.object == obj


@pytest.mark.parametrize(
    "text",
    [
        "The Vendra Holdings company is based in Harlow.",
        "Mara Quint is determined to win the vote in Harlow.",
        "The Hartwell plan is flawed, Mara Quint said.",
    ],
)
def test_what_a_copula_with_another_participle_keeps_its_reading(nlp: Language, text: str) -> None:
    assert all(e.action not in ("prepare", "commit", "oppose") for e in what_of(nlp, text))
    assert "determine" not in [e.action for e in what_of(nlp, text)]
