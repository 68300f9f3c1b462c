"""what: the actor of an event (extractors/coref.py and what/arguments.py) — a description by its
title's head and not a lower rank, "the other" is not the one named, titles run before a name are
that name, a pronoun takes a described subject, "the body" its organisation, a quotation's "we" its
speaker, a document its author, a "by" measure no doer, an organisation's future passive its own
plan. Invented names throughout."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractors.sources import extract_sources
from extractors.types import Event
from extractors.what import extract_what
from extractors.who import extract_who


def _what(nlp: Language, text: str) -> list[Event]:
    doc = nlp(text)
    who = extract_who(doc)
    return extract_what(doc, who=who, sources=extract_sources(doc, who=who))


def _actors(nlp: Language, text: str, action: str) -> list[str | None]:
    found = [e.actor for e in _what(nlp, text) if e.action == action]
    assert found, f"no {action!r} event"
    return found


def test_the_mayor_is_not_the_deputy_mayor(nlp: Language) -> None:
    text = (
        "Deputy Mayor Ruth Palan said on Monday that the council was worried about the budget. "
        "Many people have asked for an apology, but so far the mayor has refused."
    )
    assert "Ruth Palan" not in _actors(nlp, text, "refuse")


def test_the_minister_is_the_minister_of_a_department(nlp: Language) -> None:
    text = (
        "Tomas Krell, the Minister of Transport, opened the new bridge in Wexham on Monday. "
        "Crowds gathered on both banks. The minister later cut the ribbon."
    )
    assert _actors(nlp, text, "cut") == ["Tomas Krell"]


def test_the_other_agencies_are_not_the_one_named(nlp: Language) -> None:
    text = (
        "Harlow Ratings raised its rating of Marovian bonds on Monday. "
        "The other two agencies have long since upgraded Marovia, the agency said."
    )
    assert "Harlow Ratings" not in _actors(nlp, text, "upgrade")


def test_a_by_phrase_that_counts_people_is_a_doer(nlp: Language) -> None:
    text = "Velto opened its new station in Ostrel on Monday. It was praised by two of the visitors."
    assert None not in _actors(nlp, text, "praise")


def test_it_after_a_description_resolved_by_guess_stays_unresolved(nlp: Language) -> None:
    text = (
        "The Harlow Trade Office fined three firms on Monday. Two of them appealed at once. "
        "Their lawyers met in Ostrel. The hearing lasted an hour. "
        "The company named in the ruling rejected the fine, saying it had always obeyed the rules."
    )
    assert "Harlow Trade Office" not in _actors(nlp, text, "obey")


def test_titles_run_before_a_name_are_that_person(nlp: Language) -> None:
    text = (
        "Tin council members met in Wexham on Monday. "
        "Council chairman and Marovia's Mines Minister Ola Brandt has pledged his country's support for the curb."
    )
    assert _actors(nlp, text, "pledge") == ["Ola Brandt"]


def test_it_after_a_described_subject_is_that_actor(nlp: Language) -> None:
    text = (
        "The Ostrel District Court convicted a farmer from Wexham on Monday. "
        "His family wept outside. Supporters sang in the street. "
        "The court sentenced him to a year in prison. It also banned him from driving."
    )
    assert _actors(nlp, text, "ban") == ["Ostrel District Court"]


def test_the_body_is_the_story_organisation(nlp: Language) -> None:
    text = (
        "The Hollin Film Guild has released software that finds pirated films on home computers. "
        "The Hollin Film Guild said the tool was free. "
        '"Piracy hurts everyone who makes films," said Dana Kovic, who runs the cinema in Ostrel. '
        '"We lose money every week," she added. '
        "The industry body also said it had sued forty people in Wexham."
    )
    assert _actors(nlp, text, "sue") == ["Hollin Film Guild"]


def test_we_in_a_quotation_is_its_speaker(nlp: Language) -> None:
    text = (
        "Velto Rail cancelled all trains to Ostrel on Monday after a storm. "
        '"We apologise for the disruption to passengers," Laura Simmons told reporters in Ostrel.'
    )
    assert _actors(nlp, text, "apologise") == ["Laura Simmons"]


@pytest.mark.parametrize(
    ("text", "action", "author"),
    [
        (
            "The latest Harlow Research poll placed Mia Ferris at 13 percent in the race for mayor.",
            "place",
            "Harlow Research",
        ),
        ("Early estimates from the Marovian Bank put the cost of the floods at $5bn.", "put", "Marovian Bank"),
    ],
)
def test_a_document_acts_for_its_author(nlp: Language, text: str, action: str, author: str) -> None:
    assert _actors(nlp, text, action) == [author]


def test_a_by_phrase_that_measures_is_no_doer(nlp: Language) -> None:
    text = "Velto launched three phones on Monday. Their prices have been cut by an average of £40."
    assert _actors(nlp, text, "cut") == [None]


def test_its_on_a_measure_is_the_organisation_named_before(nlp: Language) -> None:
    text = "Shares in Velto Rail fell 9% on Wednesday, after its quarterly profits failed to meet forecasts."
    assert "Velto Rail" in _actors(nlp, text, "fail")


def test_an_organisations_future_passive_is_its_own_plan(nlp: Language) -> None:
    text = "Velto Rail cut fares on Monday. Velto Rail also said its oldest trains would be scrapped next year."
    assert _actors(nlp, text, "scrap") == ["Velto Rail"]


def test_a_described_group_of_its_own_is_not_the_company_named_before(nlp: Language) -> None:
    text = (
        "The Coffee Council met in Wexham on Saturday to discuss export quotas. "
        "The minority producer group has proposed a new quota for April."
    )
    assert "Coffee Council" not in _actors(nlp, text, "propose")


def test_it_is_a_newspaper_the_ner_took_for_a_person(nlp: Language) -> None:
    text = (
        "A tram crashed in Ostrel on Monday. A day later Het Dagblad, a daily newspaper, "
        "made headlines itself when it printed a photo of the crash."
    )
    assert _actors(nlp, text, "print") == ["Het Dagblad"]


INTERVIEW = """Wikinews interviewed Anna Berg and Tom Lund, the founders of Bookshare, about the project.

Wikinews: How did Bookshare start?
Anna Berg: Together we founded Bookshare in 2004 because I wanted free audiobooks for everyone.
Wikinews: How many volunteers do you have?
Anna Berg: About 3,000 volunteers. I recruited the first fifty myself.
Wikinews: What comes next?
Anna Berg: A mobile app next year.
"""


def test_we_in_an_interview_answer_is_the_interviewee(nlp: Language) -> None:
    assert _actors(nlp, INTERVIEW, "found") == ["Anna Berg"]


def test_a_described_group_by_its_kind_is_still_the_one_named(nlp: Language) -> None:
    text = "The Ostrel Liberation Front threatened the city on Monday. The militant group later scrapped its plan."
    assert _actors(nlp, text, "scrap") == ["Ostrel Liberation Front"]


def test_looks_set_to_passes_its_subject_on(nlp: Language) -> None:
    text = "Karl Wendt was injured in training on Monday. Tom Baxley looks set to take the second singles place."
    assert _actors(nlp, text, "take") == ["Tom Baxley"]


def test_a_countrys_population_is_the_country_measured(nlp: Language) -> None:
    text = "Portugal's population will shrink to under nine million by 2060, according to a new study."
    assert _actors(nlp, text, "shrink") == ["Portugal"]


def test_an_unknown_title_runs_on_through_its_of(nlp: Language) -> None:
    text = "A Season of Broken Promises, starring Tom Baxley, took $12m in its first weekend in cinemas."
    assert _actors(nlp, text, "take") == ["A Season of Broken Promises"]


def test_an_of_phrase_in_lower_case_is_no_part_of_a_name(nlp: Language) -> None:
    text = "Tom Baxley of the city council took the first prize in Wexham on Monday."
    assert _actors(nlp, text, "take") == ["Tom Baxley"]


def test_it_after_a_place_as_subject_is_that_place(nlp: Language) -> None:
    text = (
        "Oregon has filed a lawsuit against two men accused of selling fake vaccines. "
        "It is seeking millions of dollars in damages."
    )
    assert _actors(nlp, text, "seek") == ["Oregon"]
