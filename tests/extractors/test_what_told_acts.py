"""Acts the reader's main event is told by, which the ranking lost or left low: an expectation with a noun, gerund or
infinitive object ("Acme expects margins of 12%"), the title's act told in a relative clause, an act told by a
possessed noun ("Ruritania's accession to the EU has brought ...") or by the noun its beneficiary receives ("X
received the endorsement of Y"), and a lead opening on an agency's company name that ends on a quote."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractors.pipeline import Article, Summarizer
from tests.extractors.helpers import what_of


def _top(nlp: Language, text: str, title: str | None = None) -> tuple[str | None, str, str | None]:
    event = what_of(nlp, text, title)[0]
    return event.actor, event.action, event.object


@pytest.mark.parametrize(
    ("text", "actor", "action"),
    [
        (
            "Vantor Steel Corp. expects operating margins of more than 12% and "
            "double-digit earnings growth next year, its top officers told analysts here.\n\n"
            "The company, based in Ohio, employs 4,000 people.",
            "Vantor Steel Corp.",
            "expect",
        ),
        (
            "Brackley Cinemas Corp. directors said the company's chairman, Tom Brack, is considering bidding "
            "$90 million to acquire the company.\n\nThe board said Mr. Brack is negotiating financing.",
            "Tom Brack",
            "consider",
        ),
        (
            "Pell Industries Inc. said it expects to report a charge of $4.1 million related to the sale of its "
            "plastics unit.\n\nThe company said it has agreed to sell the unit for $12 million.",
            "Pell Industries Inc.",
            "expect",
        ),
    ],
)
def test_an_expectation_with_an_object_is_an_event(nlp: Language, text: str, actor: str, action: str) -> None:
    found = [(e.actor, e.action) for e in what_of(nlp, text)[:2]]
    assert (actor, action) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Prices are expected to rise next year, analysts said. The central bank cut rates on Monday.",
        "Officials said the rebels can expect more air strikes in the coming weeks. The army shelled the town.",
        "Corven Insurance Co. said it expects to report third-quarter net income jumped 97% to $2.8 million.",
    ],
)
def test_a_report_or_a_prospect_is_no_expectation(nlp: Language, text: str) -> None:
    assert not any(e.action == "expect" for e in what_of(nlp, text))


def test_the_titles_act_in_a_relative_clause_leads(summarizer: Summarizer) -> None:
    text = (
        "In contrast to the unpopular candidates, the sitting mayor is looking pretty good, which could make a "
        "difference.\nNot all mayors choose to take sides. But Mayor Anna Smith, who endorsed Bob Jones on Thursday, "
        "is making her pitch at the height of her popularity.\nPollsters put her approval at 50 percent."
    )
    summary = summarizer.summarize(Article(text=text, title="Anna Smith's Endorsement Comes At A Good Time For Jones"))
    top = summary.what[0]
    assert (top.actor, top.action, top.object) == ("Anna Smith", "endorse", "Bob Jones"), summary.what[:3]
    assert summary.headline == "Anna Smith endorses Bob Jones.", summary.headline


def test_an_act_told_by_its_doers_noun_is_the_event(nlp: Language) -> None:
    text = (
        "Ruritania's accession to the European Union has brought about new changes to the balance of power in the "
        "region.\n\nRuritania staged celebrations on Friday. Ruritania's president called it a historic event."
    )
    assert _top(nlp, text) == ("Ruritania", "join", "the European Union")


def test_an_act_received_is_the_givers(nlp: Language) -> None:
    text = (
        "Tom Brack received the endorsement of Gov. Anna Smith on Friday, lifting his bid ahead of the vote.\n\n"
        "Smith praised Brack in a radio interview. Bob Jones leads in the state."
    )
    assert _top(nlp, text) == ("Anna Smith", "endorse", "Tom Brack")


def test_a_lead_opening_on_an_agencys_company_is_no_caption(nlp: Language) -> None:
    text = (
        "Reuters Group PLC said Jim Doe resigned as editor to pursue other interests, a move the agency called an "
        '"amicable parting."\n\nMr. Doe, 52 years old, had been the editor since 1985. No successor was named.'
    )
    assert _top(nlp, text)[:2] == ("Jim Doe", "resign")


def test_a_negation_holds_both_verbs_of_an_or(nlp: Language) -> None:
    text = (
        "Tom Brack said he didn't seek or receive Anna Smith's endorsement in the race for the nomination. "
        "Brack met Smith for an hour on Friday."
    )
    found = [e for e in what_of(nlp, text) if e.action == "endorse"]
    assert found and all(e.negated for e in found), found
