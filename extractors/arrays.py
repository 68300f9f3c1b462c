"""Token attributes tested for a whole Doc at once, on the arrays of ``Doc.to_array``.

Iterating a Doc makes a Python object of every token; a column of string ids tested against a set
of strings costs none. ``np.isin`` sorts both sides on every call; the strings' ids are sorted once
here and the column looked up in them (``searchsorted``), several times faster on a Doc's columns.
"""

from __future__ import annotations

from collections.abc import Set
from functools import lru_cache

import numpy as np
from spacy.strings import get_string_id


@lru_cache(maxsize=512)
def _ids(strings: frozenset[str]) -> np.ndarray:
    """The sorted ids of ``strings`` as a Doc's arrays hold them (a symbol's id for labels such as "nsubj")."""
    return np.array(sorted({get_string_id(s) for s in strings}), dtype="uint64")


def any_of(column: np.ndarray, strings: Set[str]) -> np.ndarray:
    """True where the column's string id is the id of one of ``strings``."""
    ids = _ids(strings if isinstance(strings, frozenset) else frozenset(strings))
    if not len(ids) or not len(column):
        return np.zeros(len(column), dtype=bool)
    if len(ids) == 1:
        single: np.ndarray = column == ids[0]  # (one string: a comparison, several times cheaper)
        return single
    at = ids.searchsorted(column)  # (the method: np.searchsorted's dispatch costs more than the search)
    at[at == len(ids)] = 0
    found: np.ndarray = ids[at] == column
    return found
