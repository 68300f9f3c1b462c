"""The parse tree asked cheaply: a token's children from an index built once per Doc.

spaCy finds a token's children by scanning the whole stretch of its subtree, so asking it of every
verb of a deeply nested sentence ('He said "She said \'...') is quadratic in the sentence's length.
Every extractor that walks children asks ``children_of`` instead (issue 14: linear time).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

_CHILDREN_KEY = "newsum.children"


def children_of(token: Token) -> tuple[Token, ...]:
    """``token.children`` (in order), from an index built once per Doc (kept in ``doc.user_data``)."""
    doc = token.doc
    index = doc.user_data.get(_CHILDREN_KEY)
    if not isinstance(index, list) or len(index) != len(doc):
        index = _children_index(doc)
        doc.user_data[_CHILDREN_KEY] = index
    found: tuple[Token, ...] = index[token.i]
    return found


def _children_index(doc: Doc) -> list[tuple[Token, ...]]:
    lists: list[list[Token]] = [[] for _ in range(len(doc))]
    for t in doc:
        if t.head.i != t.i:
            lists[t.head.i].append(t)
    return [tuple(found) for found in lists]
