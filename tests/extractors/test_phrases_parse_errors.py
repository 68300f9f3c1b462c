"""The verb group of a verb, on parses the parser gets wrong in a known way (the parse is given, as spaCy wrote
it for such sentences): what belongs to another clause never joins the headline's clause."""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

from extractors.compress import half_words
from extractors.phrases import verb_group

_RELATIVE_AUX_DEPS = [
    "poss",
    "nsubjpass",
    "punct",
    "acl",
    "advmod",
    "nsubj",
    "auxpass",
    "neg",
    "acomp",
    "punct",
    "auxpass",
    "ROOT",
    "punct",
]


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(English().vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_an_auxiliary_with_its_own_subject_is_not_the_verbs() -> None:
    """ "Her pledge - made where Tom was not present - was worded": the parser hangs the relative clause's "was"
    on the main verb as a second passive auxiliary, with its own subject, negation and complement."""
    doc = _doc(
        ["Her", "pledge", "-", "made", "where", "Tom", "was", "not", "present", "-", "was", "worded", "."],
        [1, 11, 3, 1, 6, 6, 11, 6, 6, 11, 11, 11, 11],
        _RELATIVE_AUX_DEPS,
        ["PRON", "NOUN", "PUNCT", "VERB", "SCONJ", "PROPN", "AUX", "PART", "ADJ", "PUNCT", "AUX", "VERB", "PUNCT"],
    )
    assert sorted(verb_group(doc[11])) == [10]  # the main verb's own "was", not the relative clause's


def test_an_auxiliary_without_a_subject_stays() -> None:
    doc = _doc(
        ["Her", "pledge", "was", "not", "worded", "."],
        [1, 4, 4, 4, 4, 4],
        ["poss", "nsubjpass", "auxpass", "neg", "ROOT", "punct"],
        ["PRON", "NOUN", "AUX", "PART", "VERB", "PUNCT"],
    )
    assert sorted(verb_group(doc[4])) == [2, 3]


def test_a_dash_the_parser_made_an_auxiliary_is_read_as_before() -> None:
    """ "WASHINGTON ― Trump is spending": the parser made the dash an auxiliary (tagged MD) with the dateline as its
    subject; a mark is no clause's verb, and the group keeps reading it as before."""
    doc = _doc(
        ["WASHINGTON", "―", "Trump", "is", "spending", "."],
        [1, 4, 4, 4, 4, 4],
        ["nsubj", "aux", "nsubj", "aux", "ROOT", "punct"],
        ["PROPN", "AUX", "PROPN", "AUX", "VERB", "PUNCT"],
    )
    assert sorted(verb_group(doc[4])) == [1, 3]


def test_a_headline_never_keeps_half_a_hyphenated_word() -> None:
    """ "secure their place in the semi-final": the parser split "semi-final" and hung "-" and "final" on the verb
    as its object and complement; kept without "semi", the headline read "Celtic brushes Clyde -final."."""
    words = ["Celtic", "reached", "the", "semi", "-", "final", "."]
    doc = Doc(English().vocab, words=words, spaces=[True, True, True, False, False, False, False])
    assert half_words(doc, {0, 1, 4, 5}) == {4, 5}
    assert half_words(doc, {0, 1, 2, 3, 4, 5}) == set()  # the whole word stays
    assert half_words(doc, {0, 1, 3}) == {3}  # "semi" alone is half a word too
