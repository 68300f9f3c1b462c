"""The headline names whose body acts ("[his] board rejected the bid" → "Marc Fournier's board rejects ..."), and a
nominal's doer stays with it ("the bid [by Compagnie Generale de Banque]")."""

from __future__ import annotations

from spacy.language import Language

from tests.extractors.helpers import headline_of


def test_headline_names_the_owner_of_a_possessive_subject(nlp: Language) -> None:
    text = (
        "Harwell Mining Chairman Peter Dunmore said his board unanimously rejected the offer from a rival "
        "miner as too low. Dunmore spoke at a news conference in Perth."
    )
    headline = headline_of(nlp, text)
    assert headline is not None and headline.startswith("Peter Dunmore's board rejects")


def test_headline_keeps_a_possessive_the_frame_names(nlp: Language) -> None:
    text = (
        "Senator Maria Lopez said on Monday that her staff had found no record of the payments. "
        "Lopez has led the ethics committee since 2014."
    )
    headline = headline_of(nlp, text)
    assert headline is not None and "Maria Lopez's staff" not in headline


def test_headline_keeps_the_named_doer_of_a_bid(nlp: Language) -> None:
    text = (
        "The board of Vanterra Holdings rejected a $2 billion bid by Compagnie Generale de Banque on Tuesday, "
        "calling it far too low. Vanterra's shares fell 3%."
    )
    headline = headline_of(nlp, text)
    assert headline is not None and "bid by Compagnie Generale de Banque" in headline


def test_headline_is_never_built_from_a_heading_blocks_event(nlp: Language) -> None:
    # the heading's telegraphic grammar ("Hartley, Moreno tied no matter what") misparses into an event
    text = (
        "Analysts: Hartley, Moreno tied no matter what; \nHis fate in the runoff hinges on the mayor's popularity, "
        "pollster says.\n\n"
        "For better or worse, Senator Paul Hartley's chances in the runoff will depend on what voters think of Mayor "
        "Ana Moreno. The mayor endorsed Hartley in June and has campaigned with him in four districts since then."
    )
    headline = headline_of(nlp, text)
    assert headline is not None and not headline.endswith("what.")


def test_headline_never_copies_a_heading_deck_whose_subject_is_unnamed(nlp: Language) -> None:
    # "Her fate ... hinges on ..., pollster says": the frame's subject is named, the news's is not
    text = (
        "Experts: Hartley, Moreno linked no matter what; \nHer fate in November hinges on the mayor's popularity at "
        "the time, pollster says.\n\nFor better or worse, Ann Hartley's success in November will be closely tied to "
        "what people think of Mayor Ana Moreno. Fortunately for Hartley, the mayor is popular right now."
    )
    headline = headline_of(nlp, text)
    assert headline is not None and not headline.startswith("Her fate")


def test_headline_states_a_received_act_where_its_giver_is_the_main_actor(nlp: Language) -> None:
    """ "Hale received the endorsement of Gov. Ann Lee" is Lee's act (what's top event): its clause is the headline's
    even when Lee, the giver, is the main actor, over a later clause of hers ("Lee's endorsement was worded") or her
    reported words."""
    from extractors.headline import make_headline
    from extractors.sources import extract_sources
    from extractors.what import extract_what
    from extractors.who import extract_who

    text = (
        "Senator Tom Hale, who badly needs a win in the state primary, received the endorsement of Gov. Ann Lee on "
        "Friday.\n\nBut Lee's endorsement was carefully worded so as not to offend the front-runner, Jim Roe.\n\n"
        "Lee said she would vote for Hale. Lee, who is running again this year, praised Hale for his courage. Lee "
        "also praised Roe."
    )
    doc = nlp(text)
    who = sorted(extract_who(doc), key=lambda a: a.name != "Ann Lee")  # the giver as the main actor
    sources = extract_sources(doc, who=who)
    what = extract_what(doc, who=who, sources=sources)
    assert (what[0].actor, what[0].action) == ("Ann Lee", "endorse")
    headline = make_headline(doc, what=what, who=who, sources=sources)
    assert headline is not None and "receives the endorsement of Gov. Ann Lee" in headline
