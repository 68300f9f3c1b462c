"""what: events as who-did-what-to-whom, reporting verbs attributed, speech acts, passives, coreference,
hedges and negation."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractors.what import extract_what
from extractors.who import extract_who
from tests.extractors.helpers import what_of


def test_what_reporting_verb_is_not_an_event(nlp: Language) -> None:
    events = what_of(nlp, "Shin said North Korea sent weapons to Russia.")
    assert "say" not in {e.action for e in events}
    send = events[0]
    assert (send.actor, send.action, send.object, send.recipient) == ("North Korea", "send", "weapons", "Russia")
    assert send.attributed_to == "Shin"


def test_what_trailing_reporting_clause_attributes(nlp: Language) -> None:
    top = what_of(nlp, "Police arrested three men after the robbery, officials said.")[0]
    assert (top.actor, top.action, top.attributed_to) == ("Police", "arrest", "officials")


def test_what_ditransitive_recipient(nlp: Language) -> None:
    top = what_of(nlp, "North Korea has sent Russia about 7,000 containers.")[0]
    assert (top.actor, top.action, top.object, top.recipient) == (
        "North Korea",
        "send",
        "about 7,000 containers",
        "Russia",
    )


def test_what_provide_with_recipient(nlp: Language, seed_text: str) -> None:
    doc = nlp(seed_text)
    events = extract_what(doc, who=extract_who(doc), sources=[])
    provide = next(e for e in events if e.action == "provide")
    assert (provide.actor, provide.recipient) == ("North Korea", "Russia")
    assert provide.attributed_to == "U.S. and South Korean officials"  # "accused Pyongyang of providing"


@pytest.mark.parametrize(
    ("text", "negated", "hedged"),
    [
        ("The company did not pay the fine.", True, False),
        ("The company paid the fine.", False, False),
        ("The army may have used chemical weapons in the attack.", False, True),
        ("The rebels reportedly seized the airport.", False, True),
        ("The general allegedly ordered the strike.", False, True),
        ("The storm could destroy the harvest.", False, True),
    ],
)
def test_what_negation_and_hedging(nlp: Language, text: str, negated: bool, hedged: bool) -> None:
    top = what_of(nlp, text)[0]
    assert (top.negated, top.hedged) == (negated, hedged)


def test_what_seed(nlp: Language, seed_text: str) -> None:
    doc = nlp(seed_text)
    events = extract_what(doc, who=extract_who(doc), sources=[])
    top = events[0]
    assert (top.actor, top.action, top.recipient) == ("North Korea", "send", "Russia")
    assert top.object == "about 7,000 containers full of ammunition and other military equipment"
    assert top.attributed_to == "Shin Won-sik"
    found = {(e.actor, e.action) for e in events}
    assert {("North Korea", "launch"), ("North Korea", "receive"), ("North Korea", "use")} <= found
    assert all(seed_text[e.span.start : e.span.end] == e.span.text for e in events)
    assert [e.salience for e in events] == sorted((e.salience for e in events), reverse=True)


@pytest.mark.parametrize("text", ["", "   ", "!!!", "?", "Yes. No. Maybe."])
def test_what_odd_text(nlp: Language, text: str) -> None:
    for event in what_of(nlp, text):
        assert text[event.span.start : event.span.end] == event.span.text


def test_what_pronoun_subject_of_a_report_is_the_reporter(nlp: Language) -> None:
    events = what_of(nlp, "General Motors announced on Thursday that it had lost $6 billion in the first quarter.")
    lose = next(e for e in events if e.action == "lose")
    assert lose.actor == "General Motors"


def test_what_passive_headline_leads_with_the_patient(nlp: Language) -> None:
    doc = nlp("At least seven people were killed when a tram derailed in Croydon on Wednesday.")
    events = extract_what(doc, who=extract_who(doc), sources=[])
    assert events[0].action == "kill"
    assert events[0].object == "At least seven people"
    assert events[0].actor is None


def test_what_dateline_paragraph_is_not_the_subject(nlp: Language) -> None:
    text = (
        "June 13, 2005\n\nEuropean aircraft manufacturer, Airbus, has won an order from Qatar Airways for up to "
        "60 of its new jets. The order is worth $15 billion."
    )
    doc = nlp(text)
    events = extract_what(doc, who=extract_who(doc), sources=[])
    assert (events[0].actor, events[0].action) == ("Airbus", "win")


def test_what_events_in_quotes_rank_below_reported_facts(nlp: Language) -> None:
    text = 'The White House said it would rescue the automakers. "Markets determine the fate of firms," Reid said.'
    top = what_of(nlp, text)[0]
    assert top.action == "rescue"


def test_what_be_to_future_is_the_event_and_object_stops_at_a_report(nlp: Language) -> None:
    doc = nlp("Pop star Dana Kovac is to marry music producer Felix Brandt, the singer's agent has confirmed.")
    events = extract_what(doc, who=extract_who(doc), sources=[])
    top = events[0]
    assert (top.actor, top.action, top.object) == ("Dana Kovac", "marry", "music producer Felix Brandt")


def test_what_wire_dateline_is_never_the_subject(nlp: Language) -> None:
    text = (
        "NAPIER, May 4 - An earthquake measuring 5.9 on the Richter scale caused heavy damage in "
        "eastern New Zealand, officials said."
    )
    doc = nlp(text)
    events = extract_what(doc, who=extract_who(doc), sources=[])
    assert all(not e.span.text.startswith("NAPIER") for e in events)
    assert all(e.actor != "Napier" for e in events)


def test_what_it_said_is_the_organisation_named_before(nlp: Language) -> None:
    text = (
        "The U.S. Embassy published its annual report on Monday. It said Indonesia did not achieve its goal "
        "of self-sufficiency in soybean output."
    )
    achieve = next(e for e in what_of(nlp, text) if e.action == "achieve")
    assert (achieve.actor, achieve.negated, achieve.attributed_to) == ("Indonesia", True, "U.S. Embassy")


@pytest.mark.parametrize(
    ("text", "actor", "action"),
    [
        # a pronoun subject keeps the previous sentence's subject, not the person named last
        (
            "Maria Lopez blamed her defeat on Senator John Baker's decision. In a call, she thanked donors.",
            "Maria Lopez",
            "thank",
        ),
        # an honorific tells the gender: "he" is not Ms Lopez
        (
            "Mr Baker said Ms Lopez had won the vote. Later he signed the bill into law.",
            "Baker",
            "sign",
        ),
    ],
)
def test_what_person_pronoun_reading(nlp: Language, text: str, actor: str, action: str) -> None:
    events = what_of(nlp, text)
    assert any(e.actor is not None and e.actor.endswith(actor) and e.action == action for e in events), events


@pytest.mark.parametrize(
    ("text", "action", "is_event"),
    [
        ("The federation has agreed a new deal with the firm to supply its teams with kit.", "agree", True),
        ("The company reported a second quarter loss of $254 million.", "report", True),
        ("The federation agreed that the deal was good for the sport.", "agree", False),
    ],
)
def test_what_reporting_verb_with_a_noun_object_is_an_event(
    nlp: Language, text: str, action: str, is_event: bool
) -> None:
    assert (action in {e.action for e in what_of(nlp, text)}) is is_event


def test_what_it_after_a_wire_dateline_is_the_company(nlp: Language) -> None:
    text = (
        "AKRON, Ohio, March 2 - B.F. Goodrich Co said it will phase out the production of tires.\n\n"
        "Goodrich said it will keep making chemicals in Akron."
    )
    top = what_of(nlp, text)[0]
    assert (top.actor, top.action) == ("Goodrich", "phase out")


def test_what_photo_caption_is_not_the_main_event(nlp: Language) -> None:
    text = (
        "File - In this Thursday file photo, John Carter is brought to a courtroom. "
        "It extended his remand for eight days.\n"
        "The city council approved a new budget for the harbour on Monday."
    )
    top = what_of(nlp, text)[0]
    assert (top.actor, top.action) == ("The city council", "approve")


def test_what_image_caption_sentence_is_demoted(nlp: Language) -> None:
    text = (
        "Image caption The blast destroyed nearby buildings.\n"
        "A suicide bomber has rammed a truck into the consulate, officials said."
    )
    events = what_of(nlp, text)
    assert events[0].action == "ram"
    assert "destroy" not in {e.action for e in events}  # page furniture states no event


def test_what_subject_hung_on_a_wire_dateline(nlp: Language) -> None:
    text = (
        "HAMBURG, April 7 - Employers and the port union are to meet again this afternoon "
        "to attempt a settlement of the dispute, but neither side is optimistic."
    )
    events = what_of(nlp, text)
    assert any(e.action == "meet" and (e.actor or "").startswith("Employers") for e in events[:3]), events


@pytest.mark.parametrize(
    ("text", "actor", "action"),
    [
        ("Moscow denied sending weapons to the rebels on Tuesday.", "Russia", "deny"),
        ("The finance minister, Lena Holm, announced a ban on short selling.", "Lena Holm", "announce"),
        ("President Obama urged Congress to pass the spending bill.", "Obama", "urge"),
        ("Opposition leader Maria Lopez called for calm after the vote.", "Maria Lopez", "call for"),
        ("The union threatened a national strike over pay.", "The union", "threaten"),
        ("Ford warned that its profits would fall this year.", "Ford", "warn"),
    ],
)
def test_what_speech_acts_that_are_news_are_events(nlp: Language, text: str, actor: str, action: str) -> None:
    events = what_of(nlp, text)
    found = {(e.actor, e.action) for e in events}
    assert any(a is not None and a.endswith(actor) and act == action for a, act in found), events
    assert events[0].action == action  # the act is the news, not what it is about


@pytest.mark.parametrize(
    "text", ["Ms Holm said the budget was balanced.", "Mr Reid told reporters the plan had failed."]
)
def test_what_plain_reporting_is_no_event(nlp: Language, text: str) -> None:
    assert not {"say", "tell"} & {e.action for e in what_of(nlp, text)}


def test_what_passive_takes_its_by_agent(nlp: Language) -> None:
    top = what_of(nlp, "The spending bill was rejected by the Senate on Tuesday.")[0]
    assert (top.actor, top.action, top.object) == ("Senate", "reject", "The spending bill")


def test_what_agentless_passive_keeps_the_patient(nlp: Language) -> None:
    top = what_of(nlp, "At least 107 people were killed in the floods in the north of the country.")[0]
    assert (top.actor, top.action, top.object) == (None, "kill", "At least 107 people")


@pytest.mark.parametrize(
    ("text", "action", "actor"),
    [
        # "the company": the organisation named last
        ("Acme Corp reported a loss of $3 million. The company will close three plants in Ohio.", "close", "Acme Corp"),
        # "the country": the country named last
        ("Norway reported record oil revenue on Monday. The country will invest the money abroad.", "invest", "Norway"),
        # "the minister": the person who bears the title
        (
            "Finance Minister Lena Holm presented the budget in parliament. The minister cut taxes for pensioners.",
            "cut",
            "Lena Holm",
        ),
        # "they": the group that was the subject of the previous sentence
        (
            "The Liberal Democrats won the by-election in Leicester on Thursday. They now hold 62 seats in parliament.",
            "hold",
            "Democrats",
        ),
    ],
)
def test_what_definite_descriptions_and_pronouns_resolve(nlp: Language, text: str, action: str, actor: str) -> None:
    event = next(e for e in what_of(nlp, text) if e.action == action)
    assert event.actor is not None and event.actor.endswith(actor), event


def test_what_it_filling_a_slot_is_nobody(nlp: Language) -> None:
    events = what_of(nlp, "Acme Corp closed a plant. It is unclear whether the workers will be paid.")
    assert all(e.actor != "Acme Corp" for e in events if e.action == "be")


@pytest.mark.parametrize(
    "text",
    [
        "Chelsea have never played Barcelona in a final.",
        "The court is not expected to rule on the case.",
        "The bank no longer offers loans to small firms.",
    ],
)
def test_what_negation_is_kept(nlp: Language, text: str) -> None:
    assert what_of(nlp, text)[0].negated


def test_what_subordinate_clause_of_a_participle_ranks_below_the_main_clause(nlp: Language) -> None:
    text = "The guitarist has quit the band, saying he made the decision after a religious awakening."
    assert what_of(nlp, text)[0].action == "quit"


@pytest.mark.parametrize(
    ("text", "actor", "action"),
    [
        # a directive: "told X to do Y" is a speech act, unlike "told reporters that ..."
        ("Housing minister Yvette Cooper told councils to find more sites for travellers.", "Yvette Cooper", "tell"),
        # "sought to reassure": the reassuring is the act
        ("Tony Blair has sought to reassure Labour backbenchers about the election.", "Tony Blair", "reassure"),
        # "is expected to announce": the subject of the raising passive acts
        ("The Canadian government is expected to announce its ruling this week.", "Canada", "announce"),
        # a forecast is news
        # (people named by a plural noun: who's group actor names them)
        ("Economists at the central bank forecast a recession for next year.", "economists", "forecast"),
    ],
)
def test_what_directives_catenatives_and_raising(nlp: Language, text: str, actor: str, action: str) -> None:
    top = what_of(nlp, text)[0]
    assert top.action == action and top.actor is not None and top.actor.endswith(actor), top


def test_what_shares_of_a_company_are_the_company(nlp: Language) -> None:
    top = what_of(nlp, "Shares in Barclays fell 5% after the bank reported a loss.")[0]
    assert (top.actor, top.action) == ("Barclays", "fall")


def test_what_an_indefinite_source_in_the_lead_is_named_next(nlp: Language) -> None:
    text = (
        "Millions of textile workers will lose their jobs next year, a charity has warned.\n\n"
        "Oxfam International said the new trade rules would hit Bangladesh hardest."
    )
    top = what_of(nlp, text)[0]
    assert (top.actor, top.action) == ("Oxfam International", "warn")


def test_what_the_same_act_twice_is_told_once_in_the_top(nlp: Language) -> None:
    text = (
        "Equifax admitted the breach on Monday. Equifax admitted the breach again in a statement. Hackers stole data."
    )
    events = what_of(nlp, text)
    assert [e.action for e in events[:2]] != ["admit", "admit"]


def test_what_the_title_raises_the_event_it_names(nlp: Language) -> None:
    text = (
        "The city council met on Tuesday and approved a new budget for the coming year. "
        "Councillors also voted to close the old library on Main Street."
    )
    untitled = what_of(nlp, text)
    doc = nlp(text)
    titled = extract_what(doc, who=extract_who(doc), sources=[], title="Council votes to close library")
    assert untitled[0].action in ("meet", "approve")
    assert titled[0].action in ("vote", "close"), titled[:2]


@pytest.mark.parametrize(
    ("text", "actor", "action"),
    [
        # a reported forecast: the reporter's claim is the news
        ("Steel exports will rise sharply next year, private bankers said.", "bankers", "forecast"),
        ("Car sales are expected to climb to a record in 2025, analysts said.", "analysts", "forecast"),
        ("Rail fares are unlikely to fall this year, the regulator said.", "regulator", "forecast"),
        # what should happen: an argument
        ("The best candidate should be appointed governor, the minister told MPs.", "minister", "argue"),
    ],
)
def test_what_a_reported_claim_is_the_reporters_act(nlp: Language, text: str, actor: str, action: str) -> None:
    events = what_of(nlp, text)
    claims = [e for e in events[:2] if e.action == action]
    assert claims and claims[0].actor is not None and claims[0].actor.endswith(actor), events[:3]


def test_what_a_reported_fact_or_own_plan_is_no_claim(nlp: Language) -> None:
    # a stated fact is the event, attributed; "it will" is the company's own plan
    for text in (
        "Steel exports rose sharply last year, private bankers said.",
        "Acme Corp said it will close its plant in Ohio next year.",
    ):
        assert {"forecast", "argue"}.isdisjoint(e.action for e in what_of(nlp, text)), text


def test_what_a_leads_description_is_the_titled_person_named_next(nlp: Language) -> None:
    text = (
        "Judges should be chosen by a panel, the justice minister has told MPs.\n\n"
        "Under the plan, the post will lose its old powers. "
        '"The time has come," said justice minister Harold Bristow.'
    )
    claim = next(e for e in what_of(nlp, text) if e.action == "argue")
    assert claim.actor == "Harold Bristow"


def test_what_a_clause_hung_on_a_verbless_root_noun_is_the_main_clause(nlp: Language) -> None:
    # the small model often parses "Chart-topping star X is leading ..." as a noun with a relative clause
    text = "Chart-topping R&B star Ushan is leading the field at this year's music awards, with five nominations."
    events = what_of(nlp, text)
    assert events and events[0].action == "lead", events[:2]


def test_what_it_follows_names_no_actor(nlp: Language) -> None:
    text = "The Law Lords ruled against the Home Office on Monday. It follows a ruling by the court of appeal."
    follow = next(e for e in what_of(nlp, text) if e.action == "follow")
    assert follow.actor in (None, "It"), follow


@pytest.mark.parametrize(
    ("text", "patient"),
    [
        ("A small plane carrying six tourists crashed in the mountains on Sunday.", "A small plane"),
        ("Two freight trains collided in a tunnel under the river.", "Two freight trains"),
    ],
)
def test_what_an_unaccusative_subject_is_what_it_happened_to(nlp: Language, text: str, patient: str) -> None:
    top = what_of(nlp, text)[0]
    assert top.actor is None and top.object is not None and top.object.startswith(patient), top


def test_what_a_named_subject_of_an_unaccusative_stays_the_actor(nlp: Language) -> None:
    top = what_of(nlp, "The singer Maria Lenz died in Vienna at the age of 80.")[0]
    assert top.actor == "Maria Lenz", top


def test_what_an_organisations_agentless_passive_plan_is_no_claim(nlp: Language) -> None:
    text = "Acme Corp launched a new phone. The company also said the old model would be dropped."
    assert "forecast" not in {e.action for e in what_of(nlp, text)}


@pytest.mark.parametrize(
    ("text", "actor", "action", "obj"),
    [
        (
            "An investigation by the Electoral Commission is under way into the party's donations.",
            "Electoral Commission",
            "investigate",
            None,
        ),
        ("A police investigation into the fire has begun in Leeds.", "police", "investigate", "the fire"),
        ("An inquiry into the crash is now under way.", None, "investigate", "the crash"),
        ("Prime Minister Jane Morrow is on a three-day visit to Brazil.", "Jane Morrow", "visit", "Brazil"),
        # the lead's people are who's group actor ("nurses")
        ("Thousands of nurses across Wales are on strike over pay.", "nurses", "strike", None),
    ],
)
def test_what_an_event_told_as_a_noun_is_the_event(
    nlp: Language, text: str, actor: str | None, action: str, obj: str | None
) -> None:
    top = what_of(nlp, text)[0]
    assert (top.action, top.actor) == (action, actor)
    if obj is not None:
        assert top.object == obj


def test_what_a_partitive_subject_names_who_the_group_is(nlp: Language) -> None:
    events = what_of(nlp, "A group of farmers blocked the motorway near Lyon on Monday.")
    assert (events[0].actor, events[0].action) == ("farmers", "block")  # who's group actor, not "A group"


def test_what_members_of_a_named_body_are_the_body(nlp: Language) -> None:
    text = (
        "The Royal College of Nursing met ministers on Monday. Members of the Royal College of Nursing voted to strike."
    )
    vote = next(e for e in what_of(nlp, text) if e.action == "vote")
    assert vote.actor == "Royal College of Nursing"


def test_what_a_feeling_passive_is_the_experiencers_reaction(nlp: Language) -> None:
    top = what_of(nlp, "Mayor Karen Bass said she was shocked by the attack on the clinic.")[0]
    assert (top.actor, top.action, top.object) == ("Karen Bass", "shock", "the attack on the clinic")


def test_what_a_claim_keeps_its_reporter_when_the_parser_loses_it(nlp: Language) -> None:
    doc = nlp(
        "Inflation is expected to rise to about four pct next year, senior analysts, including Ann Lee of "
        "Northway Bank, said."
    )
    who = extract_who(doc)
    from extractors.sources import extract_sources

    events = extract_what(doc, who=who, sources=extract_sources(doc, who=who))
    forecast = next((e for e in events if e.action == "forecast"), None)
    assert forecast is not None and forecast.actor is not None and "analysts" in forecast.actor


def test_what_a_clause_never_takes_its_subject_across_a_paragraph(nlp: Language) -> None:
    text = (
        '"We are worried," said Tom Hale, chief economist at Harbour Bank Ltd.\n\n'
        "The government, which published the figures today, did not make any forecast."
    )
    make = next(e for e in what_of(nlp, text) if e.action == "make")
    assert make.actor != "Tom Hale" and make.negated


def test_what_agreed_to_do_is_the_act_not_a_hedge(nlp: Language) -> None:
    top = what_of(nlp, "Northwind Mining said it agreed to buy a stake in two copper mines in Chile.")[0]
    assert (top.actor, top.action, top.hedged) == ("Northwind Mining", "buy", False)


def test_what_a_description_by_age_or_title_is_the_person_named_before(nlp: Language) -> None:
    text = (
        "Sprinter Jane Okafor has appealed against her doping ban. The 29-year-old received the ban in May. "
        "Her coach Tom Reyes said she was innocent."
    )
    receive = next(e for e in what_of(nlp, text) if e.action == "receive")
    assert receive.actor == "Jane Okafor"


def test_what_background_and_side_stories_rank_below_the_news(nlp: Language) -> None:
    text = (
        "The city council approved a new stadium for the Lions on Monday. Meanwhile, the mayor opened a "
        "library in the east of the city. The council had previously rejected two plans for the site."
    )
    events = what_of(nlp, text)
    assert events[0].action == "approve"
    ranks = {e.action: i for i, e in enumerate(events)}
    assert ranks["open"] > ranks["approve"] and ranks["reject"] > ranks["approve"]


def test_what_a_dateline_is_never_the_source(nlp: Language) -> None:
    doc = nlp("TORONTO, March 2 - Northwind Mining Corp said it agreed to issue five mln shares to buy the mine.")
    who = extract_who(doc)
    from extractors.sources import extract_sources

    events = extract_what(doc, who=who, sources=extract_sources(doc, who=who))
    assert all(e.attributed_to != "TORONTO" for e in events)


def test_what_a_report_after_its_clause_is_attribution_not_an_act(nlp: Language) -> None:
    events = what_of(
        nlp, "Around two million pensioners will lose their winter payments, predicts a report by Age Concern."
    )
    assert events[0].action == "lose"
    assert events[0].attributed_to is not None and "report" in events[0].attributed_to
    assert all(e.action != "predict" for e in events)


def test_what_a_name_run_on_from_the_subject_is_not_the_subject(nlp: Language) -> None:
    top = what_of(
        nlp, "A guitar belonging to rock musician Jimi Hendrix is expected to fetch $2m at auction next month."
    )[0]
    assert top.action == "fetch"
    assert top.actor != "Jimi Hendrix"


def test_what_sales_in_a_place_are_not_the_places_act(nlp: Language) -> None:
    events = what_of(nlp, "Sales of Brazilian coffee in the European Union rose 10 pct last year.")
    assert events[0].action == "rise"
    assert events[0].actor != "European Union"


def test_what_a_wire_dateline_never_takes_a_run_on_subject(nlp: Language) -> None:
    top = what_of(
        nlp, "DALLAS (AP) — American Airlines has apologized to two passengers who were removed from a flight."
    )[0]
    assert top.actor == "American Airlines"


def test_what_an_address_the_parser_took_for_the_subject_does_no_act(nlp: Language) -> None:
    from spacy.tokens import Doc

    from extractors.what.arguments import vocative

    # the parse the parser gives an opening address: "Ladies" the subject, the real subject its apposition
    words = ["Ladies", "and", "gentlemen", ",", "the", "aim", "of", "this", "meeting", "is", "to", "report", "."]
    heads = [9, 0, 0, 0, 5, 0, 5, 8, 6, 9, 11, 9, 9]
    deps = ["nsubj", "cc", "conj", "punct", "det", "appos", "prep", "det", "pobj", "ROOT", "aux", "xcomp", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    assert vocative(doc[0])
    members = Doc(
        nlp.vocab,
        words=["Members", ",", "however", ",", "rejected", "the", "deal", "."],
        heads=[4, 4, 4, 4, 4, 6, 4, 4],
        deps=["nsubj", "punct", "advmod", "punct", "ROOT", "det", "dobj", "punct"],
    )
    assert not vocative(members[0])
