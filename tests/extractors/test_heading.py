"""The heading block a text opens with (extractors/heading.py) and the headline it gives."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractors.clauses import dateline_end
from extractors.heading import HEADING_SIGNS, find_heading, heading_text, summary_block
from extractors.what import extract_what
from extractors.who import extract_who
from tests.extractors.helpers import headline_of


@pytest.mark.parametrize(("sign", "text"), HEADING_SIGNS)
def test_heading_signs_tell_their_examples(sign: str, text: str) -> None:
    found = find_heading(text)
    assert found is not None and found.sign == sign


@pytest.mark.parametrize(
    "text",
    [
        "A man was arrested on Monday after a fire at a school in Avonport.\n\nPolice said he was 42.",
        "Tuesday, September 1, 2015\n\nThe council met on Tuesday to discuss the new harbour.",
        "SITUATION IN AVONIA\n\nTHE PRESIDENT. I have a statement to make about the harbour.",
        "Result: Avonport 2-1 Bellcombe\n\nAvonport won the cup on Saturday.",
        "The mayor of Avonport resigned on Monday.",
    ],
)
def test_heading_not_told_in_a_story_that_opens_on_its_news(text: str) -> None:
    assert find_heading(text) is None


def test_heading_text_joins_title_and_deck() -> None:
    text = "Ferry fares rise in Avonport;\nCommuters face a third rise.\n\nFares on the ferry rose on Monday."
    assert heading_text(text) == "Ferry fares rise in Avonport; Commuters face a third rise."


def test_heading_markers_close_the_block() -> None:
    text = "For the mayor, it is bigger than a bridge.\n\nABSTRACT.\n\nThe mayor spoke on Monday."
    found = find_heading(text)
    assert found is not None and text[found.end : found.markers_end].strip() == "ABSTRACT."


def test_heading_summary_block_between_two_markers() -> None:
    text = "Fares rise;\nCommuters angry.\n\nABSTRACT.\n\nMrs. Lee raised fares.\n\nFULL TEXT.\n\nAnn Lee said ..."
    found = summary_block(text)
    assert found is not None and text[found[0] : found[1]].strip() == "Mrs. Lee raised fares."


@pytest.mark.parametrize(
    "text",
    [
        "Ferry fares rise;\nCommuters angry.\n\nABSTRACT.\n\nFULL TEXT.\n\nAnn Lee said ...",  # an empty summary
        "Ferry fares rise;\nCommuters angry.\n\nABSTRACT.\n\nMrs. Lee raised fares on Monday.",  # no closing marker
        "Ann Lee raised fares on Monday.\n\nShe said the rise was needed.",  # no marker at all
    ],
)
def test_heading_no_summary_block_without_two_markers(text: str) -> None:
    assert summary_block(text) is None


def test_heading_a_dateline_under_a_heading_stays_out(nlp: Language) -> None:
    text = (
        "Harbour strike ends after two weeks.\n\n"
        "AVONPORT, May 3 (Reuters) - Dock workers voted on Tuesday to end their strike at the port of Avonport."
    )
    doc = nlp(text)
    assert doc[dateline_end(doc)].text == "-"
    headline = headline_of(nlp, text)
    assert headline is not None and "AVONPORT" not in headline and "Reuters" not in headline


def test_heading_that_is_a_sentence_is_the_headline(nlp: Language) -> None:
    text = (
        "Avonport council approves new harbour bridge;\nWork will start in the spring.\n\n"
        "The council of Avonport voted on Monday to build a bridge over the harbour, ending a ten-year dispute "
        "between the town and its neighbours."
    )
    assert headline_of(nlp, text) == "Avonport council approves new harbour bridge; Work will start in the spring."


def test_heading_with_a_role_for_subject_is_stated_but_its_deck_is_no_event(nlp: Language) -> None:
    """ "Mayor urges ferry inquiry; Council leader says ...": the heading the publisher wrote is the headline, but a
    heading clause whose subject names no actor (a role) is no event, nor is the deck's reported clause."""
    text = (
        "Mayor urges ferry inquiry; \nCouncil leader says harbour board has to answer for delays.\n\n"
        "Councillor Jane Roe, the leader of Avonport council, urged an inquiry into the ferry service on Monday "
        "after weeks of delays. She said the harbour board had failed passengers."
    )
    headline = headline_of(nlp, text)
    assert headline is not None and headline.startswith("Mayor urges ferry inquiry")
    doc = nlp(text)
    events = extract_what(doc, who=extract_who(doc), sources=[])
    assert all(e.actor != "Mayor" and "answer" not in (e.object or "") for e in events)


def test_heading_that_is_a_label_is_not_copied(nlp: Language) -> None:
    text = (
        "A town and its bridge;\nThe long road to a crossing.\n\nABSTRACT.\n\n"
        "The council of Avonport voted on Monday to build a bridge over the harbour."
    )
    headline = headline_of(nlp, text)
    assert headline is not None and "A town and its bridge" not in headline and "long road" not in headline


def test_heading_deck_clauses_go_on_the_stated_title(nlp: Language) -> None:
    """A deck whose parse hangs its verb off the title ("Mayor fields most questions ...") is still a
    clause: the headline states title and deck, as the heading joins them; a column's label is left."""
    text = (
        "Absent mayor derides harbour debate; Councillor Jane Mercer fields most questions from rivals at forum\n\n"
        "ABSTRACT.\n\n"
        "The mayor of Avonport stayed away from Monday's debate on the harbour bridge, calling it a sideshow."
    )
    assert headline_of(nlp, text) == (
        "Absent mayor derides harbour debate; Councillor Jane Mercer fields most questions from rivals at forum."
    )
    labelled = (
        "Avonport council approves new harbour bridge; Window on the Harbour\n\n"
        "ABSTRACT.\n\n"
        "The council of Avonport voted on Monday to build a bridge over the harbour."
    )
    assert headline_of(nlp, labelled) == "Avonport council approves new harbour bridge."


def test_heading_quoting_a_named_person_says_it(nlp: Language) -> None:
    """ "Mercer: 'The Bridge Will Open In The Spring'": the person says it, named as the heading names them."""
    text = (
        "Mercer: ‘The Bridge Will Open In The Spring’\n\n"
        "AVONPORT (Reuters) - Avonport's mayor Jane Mercer told reporters on Monday that the new harbour bridge "
        "would open in the spring, two years late. Mercer said the council had found the money."
    )
    assert headline_of(nlp, text) == "Mercer says ‘The Bridge Will Open In The Spring’."
