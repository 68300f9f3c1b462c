"""Building `Span` records from spaCy tokens and spans, always against the article text."""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from extractors.types import Span


def char_span(text: str, start: int, end: int) -> Span:
    """A Span over ``text[start:end]``, with leading and trailing whitespace trimmed off."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start=start, end=end, text=text[start:end])


def span_of(item: Token | SpacySpan | Doc) -> Span:
    """The Span of a token, a spaCy span or a whole Doc."""
    if isinstance(item, Token):
        return Span(start=item.idx, end=item.idx + len(item.text), text=item.text)
    doc = item if isinstance(item, Doc) else item.doc
    start = item[0].idx if len(item) else 0
    end = item[-1].idx + len(item[-1].text) if len(item) else 0
    return char_span(doc.text, start, end)


def tokens_span(doc: Doc, first: int, last: int) -> Span:
    """The Span from token index ``first`` to token index ``last`` (inclusive)."""
    return span_of(doc[first : last + 1])
