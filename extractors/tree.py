"""The parse tree asked cheaply: a token's children from an index built once per Doc.

spaCy finds a token's children by scanning the whole stretch of its subtree, so asking it of every
verb of a deeply nested sentence ('He said "She said \'...') is quadratic in the sentence's length.
Every extractor that walks children asks ``children_of`` instead (issue 14: linear time).
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import HEAD
from spacy.tokens import Doc, Token

_CHILDREN_KEY = "newsum.children"
_TOKENS_KEY = "newsum.tokens"


def tokens_of(doc: Doc) -> list[Token]:
    """The Doc's tokens, made once per Doc (kept in ``doc.user_data``): ``tokens_of(doc)[i]`` is
    ``doc[i]`` without a new Token object on every access."""
    found = doc.user_data.get(_TOKENS_KEY)
    if not isinstance(found, list) or len(found) != len(doc):
        found = list(doc)
        doc.user_data[_TOKENS_KEY] = found
    return found


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
    tokens = tokens_of(doc)
    index: list[tuple[Token, ...]] = [()] * len(tokens)
    if not tokens:
        return index
    # the heads from the Doc's HEAD column (offsets to the head, stored unsigned): no Token per head
    offsets = doc.to_array(HEAD).astype(np.int64)
    kids = np.flatnonzero(offsets)
    if not len(kids):
        return index  # (every token its own root)
    heads = kids + offsets[kids]
    order = np.argsort(heads, kind="stable")  # by head, each head's children in order
    kids, heads = kids[order], heads[order]
    cuts = (np.flatnonzero(np.diff(heads)) + 1).tolist()
    sorted_kids = [tokens[k] for k in kids.tolist()]
    for start, end, head in zip([0, *cuts], [*cuts, len(sorted_kids)], heads[[0, *cuts]].tolist(), strict=True):
        index[head] = tuple(sorted_kids[start:end])
    return index
