"""Token attributes tested for a whole Doc at once, on the arrays of ``Doc.to_array``.

Iterating a Doc makes a Python object of every token; a column of string ids tested against a set
of strings costs none. ``np.isin`` sorts both sides on every call; the strings' ids are sorted once
here and the column looked up in them (``searchsorted``), several times faster on a Doc's columns.
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from functools import lru_cache

import numpy as np
from spacy.attrs import (
    DEP,
    ENT_TYPE,
    HEAD,
    IS_ALPHA,
    IS_SPACE,
    IS_TITLE,
    IS_UPPER,
    LEMMA,
    LENGTH,
    LOWER,
    ORTH,
    POS,
    TAG,
)
from spacy.strings import get_string_id
from spacy.tokens import Doc

_FEW = 4  # at most this many strings are compared one by one
_COLUMNS_KEY = "newsum.columns"
# the columns who, what and the headline all come to read: read together on a Doc's first call (one
# ``to_array`` of them all costs less than one for each part's few)
_FIRST_READ = (ORTH, LOWER, POS, DEP, TAG, ENT_TYPE, IS_TITLE, IS_UPPER, HEAD, IS_SPACE, LEMMA, IS_ALPHA, LENGTH)


def columns(doc: Doc, attrs: Sequence[int]) -> list[np.ndarray]:
    """``doc.to_array(attrs)`` as one contiguous array per attribute, each read once per Doc and kept in
    ``doc.user_data`` (who, what, coref and the quotes read the same columns; a strided column of a 2-D
    array is also slower to compare and search). Read them; never change them."""
    kept = doc.user_data.get(_COLUMNS_KEY)
    if not isinstance(kept, dict):
        kept = doc.user_data[_COLUMNS_KEY] = {}
    n = len(doc)
    missing: list[int | str] = [a for a in dict.fromkeys(attrs) if a not in kept or len(kept[a]) != n]
    if missing and not kept:
        missing = list(dict.fromkeys([*missing, *_FIRST_READ]))
    if missing:
        read = doc.to_array(missing).reshape(n, len(missing)) if n else np.zeros((0, len(missing)), dtype="uint64")
        kept.update(zip(missing, read.T.copy(), strict=True))
    return [kept[a] for a in attrs]


@lru_cache(maxsize=512)
def _ids(strings: frozenset[str]) -> np.ndarray:
    """The sorted ids of ``strings`` as a Doc's arrays hold them (a symbol's id for labels such as "nsubj")."""
    return np.array(sorted({get_string_id(s) for s in strings}), dtype="uint64")


def any_of(column: np.ndarray, strings: Set[str]) -> np.ndarray:
    """True where the column's string id is the id of one of ``strings``."""
    ids = _ids(strings if isinstance(strings, frozenset) else frozenset(strings))
    found: np.ndarray
    if not len(ids) or not len(column):
        return np.zeros(len(column), dtype=bool)
    if len(ids) <= _FEW:
        # (a few strings: a comparison each, several times cheaper than the search)
        found = column == ids[0]
        for other in ids[1:]:
            found |= column == other
        return found
    at = ids.searchsorted(column)  # (the method: np.searchsorted's dispatch costs more than the search)
    at[at == len(ids)] = 0
    found = ids[at] == column
    return found
