"""arrays.any_of: a Doc's column tested against a set of strings, as token-by-token tests would."""

from __future__ import annotations

from spacy.attrs import DEP, LEMMA, ORTH
from spacy.tokens import Doc
from spacy.vocab import Vocab

from extractors.arrays import any_of

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
