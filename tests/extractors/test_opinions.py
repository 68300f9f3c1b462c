"""Opinion pieces and reviews: told from news by labels, ratings and the writer's own voice
(extractors/kinds.py, extractors/lexicons/pieces.py), headed by whose view they are (extractors/opinions.py).

Hand-written articles; news that quotes opinions, or reports on a review, must stay news."""

from __future__ import annotations

import pytest
from spacy.language import Language

from extractors.kinds import article_kind
from extractors.lexicons.pieces import PIECE_CUES, PieceCue
from tests.extractors.helpers import headline_of


@pytest.mark.parametrize(("cue", "line"), [(c, e) for c in PIECE_CUES for e in c.examples], ids=str)
def test_each_cue_matches_its_examples(cue: PieceCue, line: str) -> None:
    assert cue.regex.search(line), (cue.name, line)


@pytest.mark.parametrize(("cue", "line"), [(c, e) for c in PIECE_CUES for e in c.counter], ids=str)
def test_no_cue_matches_its_counter_examples(cue: PieceCue, line: str) -> None:
    assert not cue.regex.search(line), (cue.name, line)


# a column: a byline, then the writer arguing in the first person
_COLUMN = (
    "By Ana Ruiz\n\n"
    "The council wants to close the Harbour Street library next spring. I think that would be a grave mistake.\n\n"
    "I grew up in that library. I learned to read there, and my children did too. I have watched it change.\n\n"
    "I believe the council should sell the old town hall instead. My point is, the library costs little.\n\n"
    "We must not let a building that serves everyone be sold for flats. I know the budget is tight. "
    "I know the councillors face hard choices.\n\n"
    "But I would ask them one thing. What will they tell the children who lose it? I doubt they know.\n\n"
    "I will be at the council meeting on Tuesday. I hope many readers will join me."
)

# the page handed to a named writer in the opening ("tells the Harbour Times of his personal response")
_HANDOVER = (
    "Ministers want to give the police new powers to hold suspects without charge for up to 90 days.\n\n"
    "The Home Office says the plans are needed to fight terrorism. But retired judge Alan Pike tells the "
    "Harbour Times of his personal response.\n\n"
    "I have sat in courts for forty years. I have seen the damage done when the state holds people without trial.\n\n"
    "I believe these powers would turn the police into judges. We have beaten threats before without them.\n\n"
    "My father fought in a war so that I could live in a free country. I do not intend to give that away.\n\n"
    "I know the threat is real. I know the police need help. But I cannot support a law that ends a right "
    "we have held for centuries.\n\n"
    "Should we trade our freedom for the appearance of safety? I say no. I hope Parliament will say no too."
)

_EDITORIAL = (
    "Editorial: The port deserves a plan\n\n"
    "The harbour board voted on Monday to delay the new ferry terminal for a third time.\n\n"
    "The delay will cost the town another summer of lost visitors. Traders on the quay have waited six years.\n\n"
    "The board should publish its accounts before it asks for more money. Ministers must also explain why "
    "the grant was cut.\n\n"
    "A town that lives from the sea cannot wait for ever."
)

_FILM_REVIEW = (
    "Film review: The Quiet Harbour\n\n"
    "The Quiet Harbour opens on a fishing boat lost in fog, and it never lets the tension go.\n\n"
    "Director Lena Moss keeps the camera close to her actors. The story follows two brothers who run a "
    "failing boatyard.\n\n"
    "The film is a tense and moving portrait of a family at sea. Some scenes drag in the middle hour.\n\n"
    "Rating: 4/5"
)

# no label over it: a byline and two weak cues of a review's box (a verdict, the platform)
_GAME_REVIEW = (
    "By Tom Hale\n\n"
    "Star Drifter 2 sends you back into space with a bigger ship and a longer war.\n\n"
    "You command a crew of twelve across forty missions. The battles are louder and the planets are larger.\n\n"
    "The sequel is a worthy successor to the original game.\n\n"
    "Verdict: A bigger, louder space epic.\n"
    "Platform: PC"
)

# news quoting opinions in the first person: the reporter's voice, the views inside quotes
_NEWS_QUOTES = (
    "The council voted on Tuesday to close the Harbour Street library next spring, ending 90 years of service.\n\n"
    'Residents packed the meeting. "I think this is a grave mistake," said Ana Ruiz, a mother of two. '
    '"I grew up in that library. We must not let it go."\n\n'
    'Councillor Mark Bell said the budget left no choice. "I believe we should keep every library open, but '
    'we cannot," he said. "I know how much it means to people. I wish we had the money. I am sorry."\n\n'
    "The building will be sold next year, the council said."
)

# news about a review and its critic: a rating inside a sentence, one weak line of a film's box, no label
_NEWS_REVIEW = (
    "Critic Ana Ruiz has been sued over a review in which she gave the film The Quiet Harbour one star.\n\n"
    "The film's producers say the review was defamatory. The Times gave the film 4 out of 5 stars.\n\n"
    "Ms Ruiz said she stood by every word. The case will be heard in London next month, the court said.\n\n"
    "Director: Lena Moss"
)

# a news story under a byline: a writer, but the reporter's third-person voice
_NEWS_BYLINE = (
    "By Tom Hale\n\n"
    "The harbour board voted on Monday to delay the new ferry terminal for a third time.\n\n"
    "Board chairman Peter Lund said the tenders had come in over budget. The terminal was due to open in 2026.\n\n"
    "Traders on the quay said they were disappointed. The board will meet again in March."
)

# a spending review and a court's verdict are news
_NEWS_SPENDING = (
    "Spending review: chancellor cuts budgets by 5%\n\n"
    "The chancellor has cut the budgets of most departments by 5% in the spending review.\n\n"
    "The verdict of the markets was swift: the pound rose by 1%."
)


@pytest.mark.parametrize(
    ("text", "kind", "cues"),
    [
        (_COLUMN, "opinion", ("byline", "first-person voice")),
        (_HANDOVER, "opinion", ("writer's handover", "first-person voice")),
        (_EDITORIAL, "opinion", ("opinion label",)),
        (_FILM_REVIEW, "review", ("review label", "star rating", "rating line")),
        (_GAME_REVIEW, "review", ("verdict box", "rating line")),
        (_NEWS_QUOTES, "news", ()),
        (_NEWS_REVIEW, "news", ()),
        (_NEWS_BYLINE, "news", ()),
        (_NEWS_SPENDING, "news", ()),
    ],
    ids=["column", "handover", "editorial", "film", "game", "quotes", "about a review", "byline", "spending"],
)
def test_kind(nlp: Language, text: str, kind: str, cues: tuple[str, ...]) -> None:
    found = article_kind(nlp(text))
    assert (found.name, found.cues) == (kind, cues)
    assert not found.spoken


def test_the_writer_is_the_byline_or_the_handed_over_name(nlp: Language) -> None:
    column = nlp(_COLUMN)
    assert column[article_kind(column).writer or 0].text == "Ruiz"
    handover = nlp(_HANDOVER)
    assert handover[article_kind(handover).writer or 0].text == "Pike"
    assert article_kind(nlp(_EDITORIAL)).writer is None


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        # a named writer argues the first claim the writer frames ("I believe ...")
        (_COLUMN, "Ana Ruiz argues that the council should sell the old town hall."),
        # with the role written before the name in the handover
        (_HANDOVER, "Retired judge Alan Pike argues that these powers would turn the police into judges."),
        # no writer: the claim (a modal of obligation), the piece as its label names it
        (_EDITORIAL, "The board should publish its accounts, an editorial argues."),
        # a review: its judgement of the work, by no one named
        (_FILM_REVIEW, "The film is a tense and moving portrait of a family, a review says."),
        # a review by a named writer: the judgement of the work before the battles' ("The battles are louder")
        (_GAME_REVIEW, "The sequel is a worthy successor, Tom Hale writes in a review."),
    ],
    ids=["column", "handover", "editorial", "film review", "game review"],
)
def test_headline(nlp: Language, text: str, headline: str) -> None:
    assert headline_of(nlp, text) == headline


@pytest.mark.parametrize("text", [_NEWS_QUOTES, _NEWS_REVIEW, _NEWS_BYLINE], ids=["quotes", "about a review", "byline"])
def test_news_keeps_its_news_headline(nlp: Language, text: str) -> None:
    headline = headline_of(nlp, text) or ""
    assert "argues" not in headline and "review says" not in headline and "writes in a review" not in headline
