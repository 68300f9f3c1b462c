"""headline: one compressed sentence of the main news with a named subject; claims framed; kinds."""

from __future__ import annotations

import msgspec
import pytest
from spacy.language import Language

from extractors.headline import _main_actors_lead, make_headline
from extractors.headline_text import _single_quotes
from extractors.headline_text import sentence as _sentence
from extractors.kinds import _from_capitals, article_kind
from extractors.sources import extract_sources
from extractors.tense import headline_tense
from extractors.types import Actor, Span
from extractors.what import extract_what
from extractors.who import extract_who
from tests.extractors.helpers import headline_of


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        # an agentless passive leads with its patient; the adverbial clause goes
        (
            "At least seven people were killed when a tram derailed in Croydon on Wednesday.",
            "At least seven people were killed.",
        ),
        # a dateline paragraph is not the subject; the party to the deal stays
        (
            "June 13, 2005\n\nEuropean aircraft manufacturer, Airbus, has won an order from Qatar Airways for up to "
            "60 of its new jets. The order is worth $15 billion.",
            "Airbus wins an order from Qatar Airways for up to 60 of its new jets.",
        ),
        # the reporting clause the parser hung on the object is cut; a role before the name goes
        (
            "Pop star Dana Kovac is to marry music producer Felix Brandt, the singer's agent has confirmed.",
            "Dana Kovac is to marry music producer Felix Brandt.",
        ),
        # a common-noun subject with a named apposition: the name; brackets and the deal's value go
        (
            "The country's largest brewer, Anchor Holdings (AH), is to buy 30% of Delta Beverages in a deal worth "
            "$50m announced on Monday.",
            "Anchor Holdings is to buy 30% of Delta Beverages.",
        ),
        # a particle verb keeps its phrase ("put up for sale"); "of" + a gerund stays with its noun
        (
            "One of Britain's largest game makers, Argonaut Games, has been put up for sale.",
            "Argonaut Games was put up for sale.",
        ),
        (
            "Rapper Lil Nova has been hit with claims of appearing in a fake advert.",
            "Lil Nova was hit with claims of appearing in a fake advert.",
        ),
        # a date phrase is skipped, the sentence's argument phrases are kept in order
        (
            "A court in Cairo sentenced Ahmed Nour to three years in prison on Tuesday for insulting the judiciary.",
            "A court in Cairo sentenced Ahmed Nour to three years in prison for insulting the judiciary.",
        ),
    ],
)
def test_headline_compresses_the_top_clause(nlp: Language, text: str, headline: str) -> None:
    assert headline_of(nlp, text) == headline


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The government did not approve the merger of the two banks, despite months of talks.", "did not approve"),
        ("The army may have used chemical weapons in the attack on the town.", "may have used"),
        ("The rebels reportedly seized the airport near the capital.", "reportedly seize"),
        ("The regulator is not expected to block the takeover of the airline.", "is not expected to block"),
        # the negation sits on a governing verb the headline must keep
        ("Employers will no longer be able to force workers to retire before 65.", "will no longer be able to force"),
    ],
)
def test_headline_keeps_negation_and_hedges(nlp: Language, text: str, kept: str) -> None:
    headline = headline_of(nlp, text)
    assert headline is not None and kept in headline


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # an amount keeps its unit, however the parser hung it
        ("A painting by Frida Kahlo is expected to fetch up to $3m at an auction in London next week.", "$3m"),
        ("Shares in the mining group Ferrox fell 12% in early trade on Tuesday.", "fall 12%"),
        # a comparison is the news ("fewer than expected")
        ("The factory sector shed fewer workers than expected in March, the figures showed.", "than expected"),
        # the content of claims, an appeal's target: not the bare noun
        (
            "Tennis player Maria Vogel has rejected claims that she is planning to retire this year.",
            "rejects claims that she is planning to retire",
        ),
        ("Swimmer Tom Reyes has lodged an appeal against his four-year doping ban with the sport's court.", "against"),
        # a fronted "what" stays with its clause
        ("Anna Weiss has outlined what she thinks should be the main goals of the new city budget.", "outlines what"),
        # a name right after its description stays
        ("Shares in online retailer Zalando fell 8% after its profits missed forecasts.", "retailer Zalando"),
    ],
)
def test_headline_keeps_what_completes_the_news(nlp: Language, text: str, kept: str) -> None:
    headline = headline_of(nlp, text)
    assert headline is not None and kept in headline, headline


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # an infinitive whose object was cut is left out rather than dangling
        (
            "The mayor has ordered a report on the decision to allow the sale of the old harbour to a developer.",
            "to allow.",
        ),
    ],
)
def test_headline_never_ends_on_a_cut_phrase(nlp: Language, text: str, absent: str) -> None:
    headline = headline_of(nlp, text)
    assert headline is not None and absent not in headline, headline


def test_headline_frames_a_named_sources_claim(nlp: Language) -> None:
    text = "Prices will rise sharply next year, central bank governor Anna Berg said on Monday."
    assert headline_of(nlp, text) == "Anna Berg says prices will rise sharply."


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (
            "Hospitals should hire more nurses before the winter, the health secretary has told MPs. Speaking in "
            'the Commons, health secretary Mary Holt said: "We need them now." She promised new funding.',
            "Mary Holt tells MPs hospitals should hire more nurses.",
        ),
        (
            "Farm subsidies will be cut by a third next year, the agriculture minister has told farmers. "
            '"There is no money left," said agriculture minister Tom Reyes. He spoke in Leeds.',
            "Tom Reyes tells farmers farm subsidies will be cut by a third next year.",
        ),
    ],
)
def test_headline_names_a_reporter_described_by_office(nlp: Language, text: str, headline: str) -> None:
    # "the health secretary": a common noun before the title says the office, not a name of its own
    assert headline_of(nlp, text) == headline


def test_headline_names_a_subject_described_by_a_relative_clause(nlp: Language) -> None:
    text = (
        "The body that represents the US toy industry has released new safety rules for plastic toys. The Toy "
        "Industry Association (TIA) says the rules will take effect in May. The TIA said shops must comply."
    )
    assert headline_of(nlp, text) == "Toy Industry Association releases new safety rules for plastic toys."


def test_headline_frame_leaves_the_dateline_out(nlp: Language) -> None:
    text = (
        "CANBERRA, Feb 27 - Domestic demand is now expected to make no contribution to growth, "
        "Treasurer Paul Keating said."
    )
    assert headline_of(nlp, text) == "Paul Keating says domestic demand is expected to make no contribution to growth."
    text = (
        "LONDON - British Foreign Secretary Boris Johnson said he was horrified by a shooting at a music festival "
        "that left at least 50 people dead."
    )
    headline = headline_of(nlp, text)
    assert headline is not None and headline.startswith("Boris Johnson says he was horrified"), headline


def test_headline_circumstance_only_completes_a_bare_clause(nlp: Language) -> None:
    text = "Three people suffered minor burns after a gas explosion at a bakery in Leeds on Sunday."
    assert headline_of(nlp, text) == "Three people suffer minor burns after a gas explosion."
    text = (
        "The city council has approved a plan to build two thousand new homes on the old airfield, "
        "despite protests from residents."
    )
    headline = headline_of(nlp, text)
    assert headline is not None and "despite" not in headline, headline


def test_headline_keeps_a_pronoun_bound_by_its_frame(nlp: Language) -> None:
    text = "North Korea said on Monday it is ready to launch satellites aboard long-range rockets."
    assert headline_of(nlp, text) == "North Korea says it is ready to launch satellites aboard long-range rockets."


def test_headline_drops_an_unnamed_source_of_a_fact(nlp: Language) -> None:
    text = "Police arrested three men after the robbery, officials said."
    assert headline_of(nlp, text) == "Police arrest three men after the robbery."  # a bare clause keeps "after"


def test_headline_speech_act_with_its_clause(nlp: Language) -> None:
    text = "The Law Lords have ruled that the government's immigration policy discriminated against Roma travellers."
    assert headline_of(nlp, text) == (
        "The Law Lords rule the government's immigration policy discriminated against Roma travellers."
    )


def test_headline_resolves_a_pronoun_subject(nlp: Language) -> None:
    text = (
        "Maria Lopez won the mayoral election in Springfield by 300 votes.\n\n"
        "She defeated the incumbent, John Baker, after a bitter campaign."
    )
    headline = headline_of(nlp, text)
    assert headline is not None and headline.startswith("Maria Lopez")
    text = "Acme Corp said on Monday that the company would close three plants in Ohio, cutting 900 jobs."
    assert headline_of(nlp, text) == "Acme Corp would close three plants in Ohio."


def test_headline_never_names_a_non_actor_as_source(nlp: Language) -> None:
    text = "Debris is scattered on the ground at the festival site, according to photos released on Monday."
    headline = headline_of(nlp, text)
    assert headline is not None and "according to" not in headline


def test_headline_none_without_text(nlp: Language) -> None:
    assert headline_of(nlp, "") is None
    assert headline_of(nlp, "Hello.") is None


@pytest.mark.parametrize("text", ["   ", "!!!", "?", "Yes. No. Maybe.", "OK\n\nOK\n\nOK"])
def test_headline_odd_text(nlp: Language, text: str) -> None:
    headline = headline_of(nlp, text)
    assert headline is None or "\n" not in headline


_INTERVIEW = (
    "Monday, May 4, 2015\n\n"
    "The Daily Bugle spoke with Jane Porter, founder of Green Wheels, about electric bicycles in cities.\n\n"
    "Daily Bugle: How did Green Wheels start?\n\n"
    "Jane Porter: We started with two bicycles in a garage. Electric bicycles were rare then.\n\n"
    "Daily Bugle: What comes next?\n\n"
    "Jane Porter: More electric bicycles, and cheaper batteries for them.\n\n"
    "Daily Bugle: Thank you.\n\n"
    "Jane Porter: Thank you."
)


def test_headline_of_an_interview_says_it_is_one(nlp: Language) -> None:
    doc = nlp(_INTERVIEW)
    assert article_kind(doc).name == "interview"
    headline = headline_of(nlp, _INTERVIEW)
    assert headline == (
        "Jane Porter, founder of Green Wheels, talks to The Daily Bugle about electric bicycles in cities."
    )


def test_headline_of_an_interview_without_an_opening(nlp: Language) -> None:
    text = _INTERVIEW.split("\n\n", 2)[2]
    headline = headline_of(nlp, text)
    assert headline is not None and headline.startswith("Jane Porter") and "talks to Daily Bugle" in headline


def test_headline_of_a_news_conference_transcript(nlp: Language) -> None:
    text = (
        "THE PRESIDENT. Good afternoon. I have one announcement.\n\n"
        "SITUATION IN THE MIDDLE EAST\n\n"
        "[1.] Q. Mr. President, will you sign the trade bill?\n\n"
        "THE PRESIDENT. I will sign it next week. We want peace in the Middle East.\n\n"
        "[2.] Q. Mr. President, what about the tariffs?\n\n"
        "THE PRESIDENT. We will lower them."
    )
    assert article_kind(nlp(text)).name == "transcript"
    assert headline_of(nlp, text) == "The President holds a news conference on the situation in the Middle East."


def test_ordinary_news_is_news(nlp: Language, seed_text: str) -> None:
    assert article_kind(nlp(seed_text)).name == "news"


def test_headline_seed(nlp: Language, seed_text: str) -> None:
    headline = headline_of(nlp, seed_text)
    assert headline is not None
    # a single official's statement keeps its source, named as the article names it
    assert headline.startswith("South Korea’s defense minister says North Korea has sent Russia about 7,000 containers")
    assert headline.endswith(".") and "\n" not in headline and len(headline.split()) <= 30
    assert "2024-03-18" not in headline and "SEOUL" not in headline


def test_interview_main_event_is_the_interview(nlp: Language) -> None:
    doc = nlp(_INTERVIEW)
    who = extract_who(doc)
    events = extract_what(doc, who=who, sources=extract_sources(doc, who=who))
    assert (events[0].actor, events[0].action) == ("Jane Porter", "talk")
    assert _INTERVIEW[events[0].span.start : events[0].span.end] == events[0].span.text
    # the interviewer's questions state no event
    assert not any(e.span.text.endswith("?") or "Green Wheels start" in e.span.text for e in events)


def test_headline_never_joins_two_paragraphs(nlp: Language) -> None:
    text = "Result: Smith 6-2 6-4 Jones\n\nBritain's Anna Smith beat Maria Jones in the final in Paris."
    headline = headline_of(nlp, text)
    assert headline is not None and "Jones Britain" not in headline and "6-4" not in headline


def test_headline_takes_no_phrase_after_words_left_out(nlp: Language) -> None:
    text = "A film about the war has picked up one of the main awards at the Sundance Film Festival in Utah, in the US."
    headline = headline_of(nlp, text)
    assert headline is not None and not headline.endswith("awards in the US.")


def test_headline_speech_act_without_its_content_is_no_headline(nlp: Language) -> None:
    text = "The Supreme Court has ruled. Parliament approved the new budget for the armed forces on Tuesday."
    headline = headline_of(nlp, text)
    assert headline != "The Supreme Court has ruled."


def test_headline_skips_a_caption_in_the_present(nlp: Language) -> None:
    text = (
        "Women hold up placards at the station.\n"
        "Police in Cologne said on Tuesday they had received 90 complaints about assaults on New Year's Eve."
    )
    assert headline_of(nlp, text) == "Police in Cologne had received 90 complaints about assaults on New Year's Eve."


def test_headline_wire_photo_caption_is_furniture(nlp: Language) -> None:
    text = (
        "A missile is launched during a drill in this undated photo released by the state news agency.\n"
        "The army fired two missiles into the sea on Friday, the defence ministry said."
    )
    headline = headline_of(nlp, text)
    assert headline is not None and "missile is launched" not in headline


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a phrase whose described noun loses only a clause reads whole: it stays
        (
            "The state of Ohio has filed a lawsuit against two men believed to run a large spam network.",
            "against two men",
        ),
        # a headline cut too short takes back the subject's apposition ...
        (
            "Harold Quint, creator of the first pocket calculator, has died.",
            "Harold Quint, creator of the first pocket calculator, dies.",
        ),
        # ... or the act's trailing participle
        (
            "Freedonia is to relaunch its currency, knocking three zeros off the crown.",
            "knocking three zeros off the crown",
        ),
    ],
)
def test_headline_a_short_headline_keeps_what_tells_the_news(nlp: Language, text: str, kept: str) -> None:
    headline = headline_of(nlp, text)
    assert headline is not None and kept in headline, headline


def test_headline_a_phrase_of_a_bare_noun_cut_short_is_left_out(nlp: Language) -> None:
    headline = headline_of(nlp, "The regulator has opened an enquiry into allegations that the firm hid its losses.")
    assert headline is not None and not headline.endswith("into allegations."), headline


def test_headline_a_participle_of_reporting_is_left_out(nlp: Language) -> None:
    headline = headline_of(nlp, "The drummer has quit the band, saying he needed a rest after the tour.")
    assert headline is not None and "saying" not in headline, headline


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # an adverb particle the parser calls advmod stays with its verb: "struck" alone says something else
        (
            "Only weeks after its rival opened a new store, Tesco has struck back by cutting the price of bread.",
            "back by cutting the price of bread",
        ),
        # ... with the phrase that hangs on the particle
        ("Labour has hit back at the Tories over the tax plans.", "back at the Tories"),
    ],
)
def test_headline_keeps_a_phrasal_verbs_particle(nlp: Language, text: str, kept: str) -> None:
    assert kept in (headline_of(nlp, text) or "")


def test_headline_keeps_the_and_between_two_clauses_hung_on_one_verb(nlp: Language) -> None:
    # the parser reads "caused [damage ... and an emergency was declared]": both subjects hang on
    # "declared"; the headline must not join them without their "and"
    text = (
        "A cyclone measuring five on the Saffir-Simpson scale caused widespread damage in northern Australia and a "
        "civil defence emergency was declared in some areas, officials and meteorologists said."
    )
    headline = headline_of(nlp, text) or ""
    assert "Australia a civil" not in headline
    assert "widespread damage in northern Australia and a civil defence emergency" in headline


def test_headline_of_an_interview_with_two_guests(nlp: Language) -> None:
    # the interviewer is who asks the questions, not the second guest, who answers at length too
    text = (
        "Daily Bugle: How did Green Wheels start?\n\n"
        "Jane Porter: We started with two bicycles in a garage. Electric bicycles were rare then, and nobody "
        "wanted them.\n\n"
        "Tom Reed: I joined a year later. We sold the first hundred bicycles to friends.\n\n"
        "Daily Bugle: What comes next for electric bicycles?\n\n"
        "Jane Porter: More electric bicycles, and cheaper batteries for electric bicycles.\n\n"
        "Tom Reed: And a shop in every city, with electric bicycles for rent.\n\n"
        "Daily Bugle: Thank you both. Will you open in Paris?\n\n"
        "Jane Porter: Yes, next spring, with electric bicycles."
    )
    assert headline_of(nlp, text) == "Jane Porter and Tom Reed talk to Daily Bugle about electric bicycles."


def test_headline_of_an_interview_names_the_guest_in_full(nlp: Language) -> None:
    # the opening's "Professor Hart" is the guest (she answers in the turns), named in full
    text = (
        "Monday, May 4, 2015\n\nLinda Hart is a professor of economics at Oxford University. "
        "On Friday, Professor Hart sat down with Sam Cole for an interview in her office in Oxford.\n\n"
        "Sam Cole: What worries you most?\n\nLinda Hart: Debt. Public debt is very high.\n\n"
        "Sam Cole: And inflation?\n\nLinda Hart: Inflation is falling.\n\n"
        "Sam Cole: Thank you.\n\nLinda Hart: Thank you."
    )
    # (the interviewer is a person, a reporter no reader knows: no "talks to Sam Cole"; her title as
    # the opening writes it before her name)
    assert headline_of(nlp, text) == "Professor Linda Hart talks in an interview."


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a headline past its length budget still keeps what the verb needs: a role after the object ...
        (
            "Most of the member countries of the trade bloc view the new and very large five-year settlement "
            "construction programme of the government as a violation of international law.",
            "as a violation of international law",
        ),
        # ... the goal of a caused motion ...
        (
            "A knee injury has forced the experienced and popular left-handed doubles specialist Arvo Parm of the "
            "national team out of Estonia's Davis Cup tie.",
            "out of Estonia's Davis Cup tie",
        ),
        # ... and a phrase right after the verb
        (
            "Scientists at the national observatory have succeeded in capturing the first clear pictures of the "
            "newly discovered comet.",
            "succeed in capturing",
        ),
    ],
)
def test_headline_keeps_the_verbs_arguments_past_its_budget(nlp: Language, text: str, kept: str) -> None:
    headline = headline_of(nlp, text)
    assert headline is not None and kept in headline, headline


def test_headline_leaves_a_trailing_phrase_past_its_budget(nlp: Language) -> None:
    text = (
        "Apple has expanded its iPod family with the release of its next generation of the digital music players "
        "and a new version of its software."
    )
    assert headline_of(nlp, text) == "Apple expands its iPod family."


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        # a headline of six words or more tells the news without the subject's apposition ...
        (
            "Acme, Ohio's third-biggest steel maker, has reported a 60% rise in profit.",
            "Acme reports a 60% rise in profit.",
        ),
        # ... or a phrase of circumstance
        (
            "The old space station will burn up in the atmosphere amid rumours that controllers have lost "
            "control of it.",
            "The old space station will burn up in the atmosphere.",
        ),
    ],
)
def test_headline_of_six_words_needs_no_apposition_or_circumstance(nlp: Language, text: str, headline: str) -> None:
    assert headline_of(nlp, text) == headline


def test_headline_keeps_the_same_doers_second_act(nlp: Language) -> None:
    # the second act has a budget of its own: the phrases' budget would leave it out
    text = "Singer Ada Moon is mourning the sudden death of her younger cousin and calling for an end to gun violence."
    assert headline_of(nlp, text) == (
        "Ada Moon mourns the sudden death of her younger cousin and calls for an end to gun violence."
    )


def test_headline_keeps_a_limit_set_by_a_number(nlp: Language) -> None:
    # "before 65" is the news (the age), not a circumstance like "before the match"
    text = "Councils will no longer be able to force tenants to move before 70, unless a court agrees."
    assert headline_of(nlp, text) == "Councils will no longer be able to force tenants to move before 70."


def test_headline_keeps_a_bare_infinitives_doer_the_parser_took_for_a_modifier(nlp: Language) -> None:
    # the parser reads "staff retire" as a compound: the doer of "retire" must not go
    text = "Companies will no longer be allowed to make staff retire before 60, unless a tribunal agrees."
    assert "make staff retire" in (headline_of(nlp, text) or "")


def _headline_ranked(nlp: Language, text: str, first: str) -> str | None:
    """The headline when `what` ranks the event of lemma ``first`` on top (the headline's choice, not
    the ranking, is under test)."""
    doc = nlp(text)
    who = extract_who(doc)
    sources = extract_sources(doc, who=who)
    what = extract_what(doc, who=who, sources=sources)
    ranked = sorted(what, key=lambda e: e.action != first)
    ranked = [msgspec.structs.replace(e, salience=1.0) for e in ranked]
    return make_headline(doc, what=ranked, who=who, sources=sources)


@pytest.mark.parametrize(
    ("text", "first", "headline"),
    [
        # a judgement ("X is another blow") gives way to the event the article reports
        (
            "Leaked messages between ticket touts and staff at Brandwell Bank are another blow for the lender. "
            "Regulators have opened an inquiry into the bank's sales of concert tickets.",
            "be",
            "Regulators open an inquiry into the bank's sales of concert tickets.",
        ),
        (
            "The new rail timetable is a disappointment for commuters in Eastport. The operator cut 40 trains "
            "from the morning service.",
            "be",
            "The operator cuts 40 trains from the morning service.",
        ),
        # a clause of circumstance ("since she took office") is never the news when another event is
        (
            "Since she took office, Mayor Lena Varga has cut bus fares twice.",
            "take",
            "Lena Varga cuts bus fares.",
        ),
    ],
)
def test_headline_prefers_an_event_to_a_judgement_or_a_circumstance(
    nlp: Language, text: str, first: str, headline: str
) -> None:
    assert _headline_ranked(nlp, text, first) == headline


def test_headline_takes_a_judgement_when_nothing_else_is_said(nlp: Language) -> None:
    assert headline_of(nlp, "The new rail timetable is a disappointment for commuters.") == (
        "The new rail timetable is a disappointment."
    )


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        # a doer reporting its own act: the act, without the frame, in headline tense
        ("Marlow Foods said it has closed its factory in Dunmore.", "Marlow Foods closes its factory in Dunmore."),
        (
            "The Harbour Trust said it will sell the old lighthouse to a hotel group.",
            "The Harbour Trust will sell the old lighthouse to a hotel group.",
        ),
    ],
)
def test_headline_states_a_doers_own_act_without_its_frame(nlp: Language, text: str, headline: str) -> None:
    assert headline_of(nlp, text) == headline


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a hedge stays in its frame; so does a stance
        ("Marlow Foods said it could close its factory in Dunmore.", "it could close"),
        ("Councillor Ada Moon said she was shocked by the closure of the library.", "she was shocked"),
    ],
)
def test_headline_keeps_the_frame_of_a_hedge_or_a_stance(nlp: Language, text: str, kept: str) -> None:
    assert kept in (headline_of(nlp, text) or "")


def test_headline_cuts_a_list_to_two_items_joined_by_and(nlp: Language) -> None:
    text = "Sightings of the comet were reported across Avonshire, Bellcombe, Corrin and Deeford on Tuesday night."
    assert headline_of(nlp, text) == "Sightings of the comet were reported across Avonshire and Bellcombe."


def test_headline_leaves_out_an_as_well_as_addition(nlp: Language) -> None:
    text = "The festival will feature rare recordings by Ada Moon as well as handwritten letters by Tom Reed."
    assert headline_of(nlp, text) == "The festival will feature rare recordings by Ada Moon."


def test_headline_never_states_a_pro_verb_alone(nlp: Language) -> None:
    # "did so" stands for an act told elsewhere: the compressed clause would say nothing
    text = "The Eastport striker, who scored twice in the final, did so on behalf of his late father."
    assert "does so" not in (headline_of(nlp, text) or "")


def test_headline_states_an_institutions_fact_without_its_frame(nlp: Language) -> None:
    # an organisation's plain report of a fact: the fact is the news; its forecast keeps the frame
    text = "House prices in Avonshire fell by 2% in March, the Avonshire Statistics Office said."
    assert headline_of(nlp, text) == "House prices in Avonshire fall by 2%."
    text = "House prices in Avonshire will fall in March, the Avonshire Statistics Office said."
    assert (headline_of(nlp, text) or "").startswith("The Avonshire Statistics Office says")


def test_headline_keeps_a_subject_the_parser_cut_at_a_name(nlp: Language) -> None:
    # the parser hangs "A guitar belonging to blues singer" apart from "Ray Tolliver": the guitar, not
    # the singer, is what will fetch a price
    text = "A guitar belonging to blues singer Ray Tolliver is expected to fetch a record price at auction."
    assert (headline_of(nlp, text) or "").startswith("A guitar belonging to blues singer Ray Tolliver is expected")


@pytest.mark.parametrize("order", [0, 1])
def test_a_capitals_heading_takes_the_written_spelling_of_a_name(order: int) -> None:
    """A heading in capitals is written in sentence case with names as the article writes them; where
    the article has the name both in capitals (a heading) and as written, the written form is taken,
    whatever order the mentions come in (a set's order once made this vary from run to run)."""
    body = "SITUATION IN KORVALIA\n\nTHE PRESIDENT. We talk to Korvalia every day."
    forms = [Span(start=0, end=0, text="KORVALIA"), Span(start=0, end=0, text="Korvalia")]
    mentions = forms if order == 0 else forms[::-1]
    who = [Actor(name=mentions[0].text, type="location", mentions=mentions)]
    assert _from_capitals("SITUATION IN KORVALIA", who, body) == "the situation in Korvalia"


def test_a_news_conference_that_opens_with_an_announcement_is_headed_by_it(nlp: Language) -> None:
    text = (
        "THE PRESIDENT. Ladies and gentlemen, I have an announcement before your questions.\n\n"
        "It is with deep regret that I announce the resignation of Secretary of Commerce Ana Marsh. "
        "She has served with great skill for four years.\n\n"
        "[1.] Q. Mr. President, who will take her place?\n\n"
        "THE PRESIDENT. I will name a successor next week.\n\n"
        "[2.] Q. Mr. President, what about the budget?\n\n"
        "THE PRESIDENT. We will send it to Congress in May."
    )
    assert article_kind(nlp(text)).name == "transcript"
    assert headline_of(nlp, text) == (
        "The President announces the resignation of Secretary of Commerce Ana Marsh at a news conference."
    )


@pytest.mark.parametrize(
    ("written", "headline"),
    [
        # a closing quote whose opening was cut goes; a plural's apostrophe and a word's stay
        ("Acme confirms another security incident'", "Acme confirms another security incident."),
        ("Acme confirms another 'security incident", "Acme confirms another security incident."),
        ("The players' union backs the 'go slow' plan", "The players' union backs the 'go slow' plan."),
        ("The minister says she won't resign", "The minister says she won't resign."),
    ],
)
def test_single_quotes_are_balanced(written: str, headline: str) -> None:
    assert _sentence(written) == headline


def test_a_speakers_i_takes_the_third_person(nlp: Language) -> None:
    doc = nlp("I announce the closure of the plant.")
    verb, subject = doc[1], doc[0]
    assert headline_tense(verb, subject, {t.i for t in doc}).forms == {verb.i: "announces"}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Rovers coach Tom Baxley says he is unlikely to pick any players not involved in the Northern "
            "League this season. Baxley named his squad on Friday.",
            "not involved in the Northern League",
        ),
        (
            "The council will fine any landlords who do not register their flats by June, the mayor said on "
            "Monday. Landlords have until June.",
            "who do not register their flats",
        ),
    ],
)
def test_a_negated_restriction_of_a_noun_is_kept(nlp: Language, text: str, kept: str) -> None:
    # "any players" alone says the opposite of "any players not involved in the league"
    headline = headline_of(nlp, text)
    assert headline is not None and kept in headline


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        # a named venue on the object's noun stays with it
        (
            "The veteran actor Tom Lindqvist is to be presented with a lifetime award at the Venice Film Festival "
            "next month.",
            "at the Venice Film Festival",
        ),
    ],
)
def test_headline_keeps_a_named_venue(nlp: Language, text: str, venue: str) -> None:
    headline = headline_of(nlp, text)
    assert headline is not None and venue in headline


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        # a lead whose first word is in capitals for style: sentence case in the headline
        (
            "HACKERS are feared to have stolen the personal data of 400,000 customers of a credit firm. "
            "The hackers broke into the firm last month.",
            "Hackers are feared",
        ),
        (
            "AT least 12 people were killed when a bus crashed in the mountains on Sunday. Police are investigating.",
            "At least 12 people",
        ),
        # acronyms keep their capitals
        ("NASA launched a new rocket from Florida on Monday. The rocket carried two astronauts.", "NASA launches"),
        ("IT workers in Bangalore went on strike on Monday over pay. The workers want a rise.", "IT workers"),
    ],
)
def test_headline_sentence_case_of_a_shouted_first_word(nlp: Language, text: str, opening: str) -> None:
    assert (headline_of(nlp, text) or "").startswith(opening)


def test_headline_speech_particle_without_what_was_said(nlp: Language) -> None:
    # the parser makes the quote the subject of "pointed out": "X points out." says nothing
    text = (
        "“The town is part of the story but not a major player,” Ana Ruiz Lopez, the mayor’s chief of staff, "
        "pointed out. The papers name many firms."
    )
    assert "points out" not in (headline_of(nlp, text) or "")


@pytest.mark.parametrize(
    "text",
    [
        # "44million" glued: the parser cuts the sentence after "up", and "from up." has lost its object
        "Thieves are feared to have stolen personal data from up to 44million Brits in a cyber attack on a US "
        "credit firm. The firm said it was investigating.",
        "Fraudsters are believed to have taken savings from up to 12million Germans in a scam on a bank. The bank "
        "said it was investigating.",
    ],
)
def test_headline_never_ends_on_a_stranded_preposition(nlp: Language, text: str) -> None:
    headline = headline_of(nlp, text) or ""
    assert headline and headline.split()[-1].rstrip(".") not in ("up", "to", "from")


@pytest.mark.parametrize(
    ("offered", "chosen"),
    [
        # a candidate that names its subject wins over one opening on a bare pronoun, whatever their order
        (["He battled tuberculosis for eight years.", None, "Japan's workforce is the oldest."], "Japan's"),
        (["It will allow matches on artificial pitches.", "Uefa approves artificial pitches."], "Uefa"),
        # with nothing else left, the pronoun's headline stands rather than none
        ([None, "They came in their thousands to the square."], "They"),
    ],
)
def test_headline_prefers_a_named_subject(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, offered: list[str | None], chosen: str
) -> None:
    import extractors.headline as headline

    monkeypatch.setattr(headline, "_candidates", lambda doc, **_: iter(offered))
    built = make_headline(nlp("A text."), what=[])
    assert built is not None and built.startswith(chosen)


def test_a_claim_before_its_frame_is_not_cut_from_it(nlp: Language) -> None:
    """ "Ferries are ... and must never stop, X proclaimed to a cheering crowd": the parser makes the
    reporting verb a conjunct of the claim; the headline is the claim in its frame, never "X proclaims
    to a cheering crowd"."""
    text = (
        'Ferries are "the lifeline of the islands" and "must never stop," Jane Mercer, the mayor of Avonport, '
        "proclaimed to a cheering crowd at the harbour on Tuesday. The council will vote next week."
    )
    assert (
        headline_of(nlp, text) == "Jane Mercer proclaims ferries are the lifeline of the islands and must never stop."
    )


def test_a_negation_the_parser_mistags_is_kept(nlp: Language) -> None:
    """ "isn’t" with a curly apostrophe, its "n’t" tagged as a number: still the verb's negation."""
    text = (
        "Reckless driving isn’t criminal, at least when it comes to parking tickets, the judge in Avonport ruled. "
        "The case was closed."
    )
    assert headline_of(nlp, text) == "The judge rules reckless driving isn’t criminal."


def test_a_headline_never_ends_on_a_possessive_cut_from_its_noun(nlp: Language) -> None:
    text = (
        "The mayor visited NBC’s “Today” to discuss the bridge, saying the council had found the money. "
        "She spoke for an hour."
    )
    headline = headline_of(nlp, text)
    assert headline is not None and not headline.endswith("’s.")


def test_a_closing_quote_after_a_comma_closes_the_quotation() -> None:
    assert (
        _single_quotes("Hale calls bridge plan 'reckless,' but backs it")
        == "Hale calls bridge plan 'reckless,' but backs it"
    )
    assert _single_quotes("Another Security Incident'") == "Another Security Incident"


def test_the_lead_clause_of_the_main_person_goes_before_another_actors_event() -> None:
    mercer = Actor(name="Jane Mercer", type="person")
    hale = Actor(name="Tom Hale", type="person")
    lead = "Jane Mercer refuses to disavow the endorsement of councillor Tom Hale."
    event = "Hale comes out in support of Mercer."
    assert _main_actors_lead(lead, event, [mercer, hale])
    assert not _main_actors_lead(lead, lead, [mercer, hale])  # the event opens on the main actor too
    assert not _main_actors_lead(lead, event, [Actor(name="Avonport", type="location")])
