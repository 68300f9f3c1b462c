"""arrays.any_of: a Doc's column tested against a set of strings, as token-by-token tests would; arrays.columns:
a Doc's columns read once, each as ``Doc.to_array`` gives it."""

from __future__ import annotations

from spacy.attrs import DEP, HEAD, IS_LOWER, LEMMA, ORTH
from spacy.tokens import Doc
from spacy.vocab import Vocab

from extractors.arrays import any_of, columns

WORDS = ["Ferns", "said", "the", "quolls", "had", "left", "(", "briefly", ")", "."]
HEADS = [1, 1, 3, 5, 5, 1, 7, 5, 7, 1]
DEPS = ["nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "punct", "advmod", "punct", "punct"]
LEMMAS = ["fern", "say", "the", "quoll", "have", "leave", "(", "briefly", ")", "."]


def _doc() -> Doc:
    return Doc(Vocab(), words=WORDS, heads=HEADS, deps=DEPS, lemmas=LEMMAS)


def test_arrays_any_of_matches_token_tests() -> None:
    doc = _doc()
    columns = doc.to_array([ORTH, DEP, LEMMA])
    cases = [
        (0, {"("}, [t.text in {"("} for t in doc]),
        (0, {"quolls", ")", "absent"}, [t.text in {"quolls", ")"} for t in doc]),
        (1, frozenset({"nsubj", "ccomp"}), [t.dep_ in ("nsubj", "ccomp") for t in doc]),  # labels are symbols
        (2, frozenset({"say", "leave", "zzz"}), [t.lemma_ in ("say", "leave") for t in doc]),
    ]
    for k, strings, expected in cases:
        assert any_of(columns[:, k], strings).tolist() == expected


def test_arrays_any_of_empty_inputs() -> None:
    doc = _doc()
    column = doc.to_array(ORTH)
    assert not any_of(column, set()).any()
    assert any_of(column[:0], {"said"}).tolist() == []


def test_arrays_columns_as_to_array_gives_them() -> None:
    doc = _doc()
    # the first call reads the columns the parts share with its own; a later call reads only what is missing
    first = columns(doc, (DEP,))
    later = columns(doc, (HEAD, IS_LOWER, LEMMA))
    for attr, column in zip((DEP, HEAD, IS_LOWER, LEMMA), [*first, *later], strict=True):
        assert column.tolist() == doc.to_array([attr]).reshape(-1).tolist()
    assert columns(doc, (HEAD,))[0] is later[0]  # kept on the Doc, not read again
