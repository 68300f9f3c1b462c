"""Quantities: the candidate being assembled and character-offset helpers over the parsed Doc."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from extractors.numbers import Number


@dataclass
class Cand:
    """A quantity being assembled (mutable while its context is read)."""

    start: int
    end: int
    value: float | None
    num: Number | None = None
    low: float | None = None
    high: float | None = None
    qualifier: str = "exact"
    unit: str | None = None
    kind: str = "count"  # count | money | percent | measure | vague
    multiplier: float = 1.0
    item: str | None = None
    hedged: bool = False
    change: str | None = None
    prefix_start: int = -1
    tags: set[str] = field(default_factory=set)


class DocView:
    """Character-offset helpers over one parsed Doc."""

    def __init__(self, doc: Doc, text: str):
        self.doc = doc
        self.text = text  # Doc.text rebuilds the string on every access
        self.starts: list[int] = doc.to_array("IDX").tolist() if len(doc) else []
        self._entities: dict[int, Span] | None = None
        self._entity_found: dict[tuple[int, re.Pattern[str]], bool] = {}

    def token_at(self, char: int) -> Token | None:
        i = bisect_right(self.starts, char) - 1
        if i < 0:
            return None
        tok: Token = self.doc[i]
        return tok if tok.idx <= char < tok.idx + max(len(tok.text), 1) else None

    def entity_of(self, tok: Token) -> Span | None:
        """The named entity holding the token (indexed once per document)."""
        if self._entities is None:
            self._entities = {i: ent for ent in self.doc.ents for i in range(ent.start, ent.end)}
        return self._entities.get(tok.i)

    def entity_has(self, ent: Span, pattern: re.Pattern[str]) -> bool:
        """Whether ``pattern`` occurs in the entity's text, searched once per entity (a long entity,
        asked about by each of its many numbers, would otherwise cost quadratic time)."""
        key = (ent.start, pattern)
        found = self._entity_found.get(key)
        if found is None:
            found = self._entity_found[key] = pattern.search(ent.text) is not None
        return found

    def tokens(self, start: int, end: int) -> list[Token]:
        lo = max(bisect_right(self.starts, start) - 1, 0)
        hi = bisect_right(self.starts, end - 1)
        return [t for t in self.doc[lo:hi] if t.idx < end and t.idx + len(t.text) > start]
