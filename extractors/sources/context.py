"""What the passes share: the context read once from the article, and the relation record they return.

Every pass is a function of a ``Context`` (and of the relations found before it); it returns new
``Rel`` records, or amended copies, and never changes a record it was given (``Rel`` is frozen).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from extractors.actors import ActorIndex, actor_index
from extractors.sources.patterns import particles
from extractors.sources.quotemarks import paragraph_starts, quote_spans
from extractors.tree import noun_chunks
from extractors.types import Actor, SourceType


@dataclass(frozen=True, slots=True)
class Context:
    """The parsed article and what is computed from it once per Doc: the text (``Doc.text`` joins every
    token), the quoted stretches, where paragraphs start, the noun chunk of every token (``doc.noun_chunks``
    runs over the whole Doc), the verbs' cue particles and the article's actors from ``who``."""

    doc: Doc
    text: str
    quotes: list[tuple[int, int]]  # quotation marks included, sorted and disjoint
    paragraphs: list[int]  # offsets where paragraphs start
    chunks: list[SpacySpan | None]  # the noun chunk holding each token, if any
    particles: dict[int, Token]  # the cue particle of a verb ('pointed out'), by the verb's index
    actors: ActorIndex
    # What a pass computes once per Doc for all its cues (read through ``memo.setdefault``), so that
    # no cue pays for a walk over the whole Doc: a text of many cues would cost their product.
    memo: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, doc: Doc, text: str, who: list[Actor]) -> Context:
        """The context of one Doc whose text is ``text``."""
        chunks: list[SpacySpan | None] = [None] * len(doc)
        for chunk in noun_chunks(doc):  # (kept on the Doc: an interview's topic reads them again)
            for k in range(chunk.start, chunk.end):
                chunks[k] = chunk
        return cls(
            doc=doc,
            text=text,
            quotes=quote_spans(text),
            paragraphs=paragraph_starts(text),
            chunks=chunks,
            particles=particles(doc),
            actors=actor_index(doc, who),
        )

    def chunk_at(self, i: int, *, starting: bool = False) -> SpacySpan | None:
        """The noun chunk holding token ``i`` (or starting at it)."""
        chunk = self.chunks[i] if 0 <= i < len(self.chunks) else None
        return None if chunk is None or (starting and chunk.start != i) else chunk


@dataclass(frozen=True, slots=True)
class Rel:
    """One attribution found by a pass, before its source is typed and named (offsets are characters)."""

    cue: tuple[int, int]
    cue_label: str
    source: tuple[int, int] | None = None
    source_head: Token | None = None
    antecedent: Token | None = None  # the noun a relative pronoun source stands for
    content: tuple[int, int] | None = None
    direct: bool = False
    no_comment: bool = False
    kind: SourceType | None = None  # set by the passes that know it (credits)
    name: str | None = None
    # A stance ('wants to X', 'is critical of X'): dropped when it sits inside another attribution's content.
    weak: bool = False
    # 'according to X', 'citing X', ', adding B': the cue phrase, cut off the edges of other contents.
    phrase: tuple[int, int] | None = None
    # '..., citing Y': what is cited becomes the content (see phrases.fill_citing).
    citing: bool = False
    # The token the verb rules found the cue at (a fronted 'In a report, X said' then belongs to the verb).
    anchor: int | None = None
