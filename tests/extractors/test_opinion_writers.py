"""Opinion pieces whose writer is named outside a byline (extractors/writers.py, lexicons/pieces.py's
``WRITER_CUES``): an op-ed's closing bio line, a wire's frame of a newspaper's editorial, and an unsigned column
in the writer's own voice; the headline says whose argument the news is. And a page of site menus only
(extractors/menus.py): no headline, no events, no actors.

Hand-written articles; news that closes on a line about one of its people, or on its reporter's bio, stays news."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractors.boilerplate import find_boilerplate
from extractors.kinds import article_kind
from extractors.lexicons.pieces import WRITER_CUES, WriterCue
from tests.extractors.helpers import headline_of, what_of, who_of


@pytest.mark.parametrize(("cue", "line"), [(c, e) for c in WRITER_CUES for e in c.examples], ids=str)
def test_each_writer_cue_matches_its_examples(cue: WriterCue, line: str) -> None:
    assert cue.regex.match(line), (cue.name, line)


@pytest.mark.parametrize(("cue", "line"), [(c, e) for c in WRITER_CUES for e in c.counter], ids=str)
def test_no_writer_cue_matches_its_counter_examples(cue: WriterCue, line: str) -> None:
    assert not cue.regex.match(line), (cue.name, line)


# an op-ed: no byline, no label, the writer named by the bio line that closes it
_OP_ED = (
    "The harbour board voted on Monday to delay the new ferry terminal for a third time.\n\n"
    "The delay will cost the town another summer of lost visitors. Traders on the quay have waited six years, "
    "and the quay is emptier every season.\n\n"
    "The board has spent four million pounds on studies. Not one of them has found a better site.\n\n"
    "A town that lives from the sea cannot wait for ever. The board should build the terminal now.\n\n"
    "Maria Lindqvist is the chair of the Harbour Traders Association."
)

# a wire service's frame of a newspaper's editorial
_WIRE_EDITORIAL = (
    "The Harbour Times said in an editorial on Monday, Oct. 26:\n\n"
    "The harbour board made a sensible decision on Friday when it chose the old quay for the new ferry "
    "terminal. The site is cheap, close to the station and already owned by the town.\n\n"
    "Critics of the plan will say the quay floods. They are wrong: the sea wall was raised in 2019.\n\n"
    "The board should now sign the contracts before the prices rise again."
)

# a news story that closes on a line about a person it has named before: no bio line
_NEWS_CLOSING = (
    "Police have named a suspect in the killing of harbour master Tom Reed, who was shot at his home in May.\n\n"
    "Detectives said Paul Wade, 44, had been seen near the house on the night of the shooting.\n\n"
    '"We believe he is still in the country," Inspector Jane Cole told reporters on Thursday.\n\n'
    "Paul Wade is a former employee of the harbour board."
)

# a news story that closes on its reporter's bio: its people quoted throughout, news
_NEWS_REPORTER = (
    "The harbour board voted on Monday to delay the new ferry terminal for a third time, officials said.\n\n"
    '"The tenders came in far over budget," board chairman Peter Lund told reporters.\n\n'
    "Traders on the quay said they were disappointed, and the mayor said the delay would cost the town dearly.\n\n"
    "Lund said the board would meet again in March.\n\n"
    "Sara Holm is a senior reporter at the Harbour Times."
)


@pytest.mark.parametrize(
    ("text", "kind", "cues", "writer"),
    [
        (_OP_ED, "opinion", ("bio line",), "Lindqvist"),
        (_WIRE_EDITORIAL, "opinion", ("editorial frame",), "Times"),
        (_NEWS_CLOSING, "news", (), None),
        (_NEWS_REPORTER, "news", (), None),
        (_NEWS_REPORTER.replace("a senior reporter", "the media editor"), "news", (), None),
    ],
    ids=["op-ed", "wire editorial", "closing line on a named person", "reporter's bio", "quoted throughout"],
)
def test_kind_by_the_writer_named(nlp: Language, text: str, kind: str, cues: tuple[str, ...], writer: str) -> None:
    doc = nlp(text)
    found = article_kind(doc)
    assert (found.name, found.cues) == (kind, cues)
    assert (doc[found.writer].text if found.writer is not None else None) == writer


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        # the news of the lead, as the named writer's argument, with the role the bio line gives
        (
            _OP_ED,
            "Maria Lindqvist, the chair of the Harbour Traders Association, argues that the harbour board "
            "votes to delay the new ferry terminal for a third time.",
        ),
        # the newspaper as its editorial's frame writes it ("The Harbour Times"), "in an editorial"
        (
            _WIRE_EDITORIAL,
            "The Harbour Times argues in an editorial that the harbour board makes a sensible decision.",
        ),
    ],
    ids=["op-ed", "wire editorial"],
)
def test_headline_names_whose_argument(nlp: Language, text: str, headline: str) -> None:
    assert headline_of(nlp, text) == headline


@pytest.mark.parametrize("text", [_NEWS_CLOSING, _NEWS_REPORTER], ids=["closing line", "reporter's bio"])
def test_news_keeps_its_news_headline(nlp: Language, text: str) -> None:
    assert "argues" not in (headline_of(nlp, text) or "")


# a page of site menus only, as a scraper returns a page whose story it missed
_MENUS = (
    "Home\nNews\nWorld\nBusiness\nPolitics\nDonald Trump\nEntertainment & Arts\nSign in\nSubscribe\n"
    "Follow us on Facebook\nTwitter\nContact Us\nPrivacy Policy\nTerms of Use\nMost Popular\nLatest Stories"
)
_MENU_BAR = (
    "Home News World Business Sport Politics Health Science Technology Education Sign in Subscribe Weather Video"
    " Podcasts"
)


@pytest.mark.parametrize("text", [_MENUS, _MENU_BAR], ids=["menu lines", "menu bar"])
def test_a_page_of_menus_has_no_headline_events_or_actors(nlp: Language, text: str) -> None:
    assert headline_of(nlp, text) is None
    assert what_of(nlp, text) == []
    assert who_of(nlp, text) == []
    assert "menu" in {f.kind for f in find_boilerplate(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Obama visited Paris on Monday",  # a short text is a text
        "Home\nNews\nSport\nSign in\n\nThe council approved the new budget on Monday, officials said.\n",
        "Harbour Board Delays New Ferry Terminal For A Third Time Amid Budget Row",  # a title alone
    ],
    ids=["short text", "menus over a story", "a title alone"],
)
def test_a_page_with_text_is_no_menu_page(nlp: Language, text: str) -> None:
    assert not any(f.kind == "menu" for f in find_boilerplate(text))
    assert headline_of(nlp, text)
