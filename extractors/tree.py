"""The parse tree asked cheaply: a token's children from an index built once per Doc.

spaCy finds a token's children by scanning the whole stretch of its subtree, so asking it of every
verb of a deeply nested sentence ('He said "She said \'...') is quadratic in the sentence's length.
Every extractor that walks children asks ``children_of`` instead (issue 14: linear time).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from spacy.attrs import HEAD
from spacy.tokens import Doc, Span, Token

from extractors.arrays import columns

_CHILDREN_KEY = "newsum.children"
_SUBTREES_KEY = "newsum.subtrees"
_TOKENS_KEY = "newsum.tokens"
_CHUNKS_KEY = "newsum.noun_chunks"


def tokens_of(doc: Doc) -> list[Token]:
    """The Doc's tokens, made once per Doc (kept in ``doc.user_data``): ``tokens_of(doc)[i]`` is
    ``doc[i]`` without a new Token object on every access."""
    found = doc.user_data.get(_TOKENS_KEY)
    if not isinstance(found, list) or len(found) != len(doc):
        found = list(doc)
        doc.user_data[_TOKENS_KEY] = found
    return found


def noun_chunks(doc: Doc) -> list[Span]:
    """``doc.noun_chunks``, found once per Doc (kept in ``doc.user_data``): the sources read every token's chunk,
    and an interview is read for its topic by what's ranking and by the headline; a long Doc's chunks take
    milliseconds to find."""
    found = doc.user_data.get(_CHUNKS_KEY)
    if not isinstance(found, list):
        found = list(doc.noun_chunks)
        doc.user_data[_CHUNKS_KEY] = found
    return found


def children_of(token: Token) -> tuple[Token, ...]:
    """``token.children`` (in order), from an index built once per Doc (kept in ``doc.user_data``)."""
    doc = token.doc
    index = doc.user_data.get(_CHILDREN_KEY)  # (asked some thousand times per article: only what must be asked)
    if index is None or len(index) != len(doc):
        index = _children_index(doc)
        doc.user_data[_CHILDREN_KEY] = index
    found: tuple[Token, ...] = index[token.i]
    return found


def few_children_of(token: Token) -> tuple[Token, ...]:
    """``children_of`` for a part that asks of a few tokens only (who's ``referring.several``): the index if the
    Doc has it, else spaCy's own ``Token.children`` (a walk over the token's subtree), so that a few asks do not
    make a Token of every word and the whole index (the sources build it for every Doc)."""
    index = token.doc.user_data.get(_CHILDREN_KEY)
    if isinstance(index, list) and len(index) == len(token.doc):
        found: tuple[Token, ...] = index[token.i]
        return found
    return tuple(token.children)


def _children_index(doc: Doc) -> list[tuple[Token, ...]]:
    tokens = tokens_of(doc)
    index: list[tuple[Token, ...]] = [()] * len(tokens)
    if not tokens:
        return index
    # the heads from the Doc's HEAD column (offsets to the head, stored unsigned): no Token per head
    offsets = columns(doc, (HEAD,))[0].astype(np.int64)
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


def subtree_range(token: Token) -> tuple[int, int, int]:
    """(first, last, size) of ``token.subtree``: its least and greatest token index and how many tokens
    it holds, from a table made once per Doc (``_subtrees``) instead of walking spaCy's nested subtree
    generators (a Token made per word and per level) on every ask. The subtree is exactly
    ``range(first, last + 1)`` when ``size == last - first + 1``.

    Not ``token.left_edge`` / ``right_edge``: the parser's edge pass can stop short of the subtree on a
    non-projective parse (17 tokens of the corpus), and the callers read what ``token.subtree`` holds."""
    doc = token.doc
    table = doc.user_data.get(_SUBTREES_KEY)
    if not isinstance(table, tuple) or len(table[0]) != len(doc):
        table = _subtrees(doc)
        doc.user_data[_SUBTREES_KEY] = table
    i = token.i
    return table[0][i], table[1][i], table[2][i]


def subtree_ids(token: Token) -> Sequence[int]:
    """The token indices of ``token.subtree`` in ascending order (a ``range`` when they run unbroken):
    the same set without a Token per word; spaCy's own order differs on a non-projective parse."""
    first, last, size = subtree_range(token)
    return range(first, last + 1) if size == last - first + 1 else sorted(t.i for t in token.subtree)


def _subtrees(doc: Doc) -> tuple[list[int], list[int], list[int]]:
    """Per token: the first and last index of its subtree and its size. Every token is pushed up its chain
    of heads at once, one level per step (steps: the depth of the deepest token), in arrays."""
    n = len(doc)
    index = np.arange(n)
    heads = index + columns(doc, (HEAD,))[0].astype(np.int64) if n else index
    first, last, size = index.copy(), index.copy(), np.ones(n, dtype=np.int64)
    nodes = np.flatnonzero(heads != index)
    above = heads[nodes]  # each node's ancestor at the current level
    for _ in range(n):  # (a parse is a forest: no chain is longer than the Doc)
        if not len(nodes):
            break
        np.minimum.at(first, above, nodes)
        np.maximum.at(last, above, nodes)
        np.add.at(size, above, 1)
        higher = heads[above]
        keep = higher != above
        nodes, above = nodes[keep], higher[keep]
    return first.tolist(), last.tolist(), size.tolist()
