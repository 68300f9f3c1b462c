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
    """The Span of a token, a spaCy span or a whole Doc, without edge whitespace tokens.

    Works from token offsets only: ``Doc.text`` is rebuilt on every access, so reading it once
    per item would make extraction quadratic on long articles.
    """
    if isinstance(item, Token):
        return Span(start=item.idx, end=item.idx + len(item.text), text=item.text)
    if isinstance(item, Doc):
        return char_span(item.text, 0, len(item.text))
    first, last = 0, len(item) - 1
    while first <= last and item[first].is_space:
        first += 1
    while last >= first and item[last].is_space:
        last -= 1
    if first > last:
        return Span(start=item.start_char, end=item.start_char, text="")
    inner = item[first : last + 1]
    return Span(start=inner.start_char, end=inner.end_char, text=inner.text)


def tokens_span(doc: Doc, first: int, last: int) -> Span:
    """The Span from token index ``first`` to token index ``last`` (inclusive)."""
    return span_of(doc[first : last + 1])
