"""Readings kept once per Doc for speed answer as the spaCy calls they replace (issue 10's cost)."""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

from extractors.clauses import sentence_span
from extractors.tree import children_of, few_children_of, subtree_ids, subtree_range
from extractors.what.context import _TitleIndex

# "Quolls left the park as rangers closed it. Wardens said the quolls returned ."
WORDS = ["Quolls", "left", "the", "park", "as", "rangers", "closed", "it", "."]
WORDS += ["Wardens", "said", "the", "quolls", "returned", "."]
HEADS = [1, 1, 3, 1, 6, 6, 1, 6, 1, 10, 10, 12, 13, 10, 10]
DEPS = ["nsubj", "ROOT", "det", "dobj", "mark", "nsubj", "advcl", "dobj", "punct"]
DEPS += ["nsubj", "ROOT", "det", "nsubj", "ccomp", "punct"]
LEMMAS = ["quoll", "leave", "the", "park", "as", "ranger", "close", "it", "."]
LEMMAS += ["warden", "say", "the", "quoll", "return", "."]


def _doc() -> Doc:
    starts = [i in (0, 9) for i in range(len(WORDS))]
    return Doc(English().vocab, words=WORDS, heads=HEADS, deps=DEPS, lemmas=LEMMAS, sent_starts=starts)


def test_sentence_span_is_the_tokens_sentence() -> None:
    doc = _doc()
    for token in doc:
        assert (sentence_span(token).start, sentence_span(token).end) == (token.sent.start, token.sent.end)


def _naive_overlap(doc: Doc, title: tuple[str, ...], first: int, last: int, inner: list[tuple[int, int]]) -> int:
    """Title words the range holds more often than its inner clauses do, token by token."""
    index = _TitleIndex(doc, title)
    held = 0
    for j in range(len(title)):
        holds = [j in index._holding(t.lower_, t.lemma_.lower()) for t in doc]
        inside = sum(holds[first : last + 1])
        held += inside > sum(sum(holds[a : b + 1]) for a, b in inner)
    return held


def test_title_overlap_counts_the_words_of_the_clause_not_of_its_own_subordinate_clause() -> None:
    doc = _doc()
    title = ("quolls", "closed", "park")  # "Quolls return as rangers close park", folded content words
    index = _TitleIndex(doc, title)
    # the root "left" over its whole clause: "rangers closed it" has a subject of its own, so "closed" is its
    # word, not the root's; "Quolls" and "park" are the root's; the verb "left" holds no title word
    assert index.overlap(0, 7, doc[1], None) == _naive_overlap(doc, title, 0, 7, [(4, 7)]) / 4 == 2 / 4
    # the subordinate clause itself holds "closed", and its verb counts twice
    assert index.overlap(4, 7, doc[6], None) == (_naive_overlap(doc, title, 4, 7, []) + 1) / 4 == 2 / 4
    # the second sentence: "quolls" (a lemma's form), and the doer's name adds nothing new
    assert index.overlap(9, 13, doc[13], "Quolls") == _naive_overlap(doc, title, 9, 13, []) / 4 == 1 / 4


def test_title_overlap_without_a_title_word_in_the_text_reads_only_the_doers_name() -> None:
    doc = _doc()
    index = _TitleIndex(doc, ("wombats", "fled"))
    assert index.overlap(0, 7, doc[1], None) == 0.0
    assert index.overlap(0, 7, doc[1], "Wombats") == 1 / 3


def test_subtree_range_and_ids_are_the_subtrees_bounds_and_members_on_a_non_projective_parse() -> None:
    # "A hearing is scheduled on the issue today": "on the issue" hangs on "hearing" across the verb
    words = ["A", "hearing", "is", "scheduled", "on", "the", "issue", "today", "."]
    heads = [1, 3, 3, 3, 1, 6, 4, 3, 3]
    deps = ["det", "nsubjpass", "auxpass", "ROOT", "prep", "det", "pobj", "npadvmod", "punct"]
    doc = Doc(English().vocab, words=words, heads=heads, deps=deps)
    for token in doc:
        ids = [t.i for t in token.subtree]
        assert subtree_range(token) == (min(ids), max(ids), len(ids))
        assert list(subtree_ids(token)) == sorted(ids)
    hearing = doc[1]
    assert subtree_range(hearing) == (0, 6, 5)  # "A hearing ... on the issue": not "is scheduled"
    assert list(subtree_ids(hearing)) == [0, 1, 4, 5, 6]
    assert subtree_ids(doc[4]) == range(4, 7)  # "on the issue" runs unbroken


def test_few_children_of_builds_no_index_and_answers_as_children_of() -> None:
    doc = _doc()
    asked = [tuple(t.i for t in few_children_of(token)) for token in doc]  # no index yet: spaCy's walk
    assert "newsum.children" not in doc.user_data
    assert asked[1] == (0, 3, 6, 8)  # "left": Quolls, park, closed, "."
    assert asked[10] == (9, 13, 14)  # the second sentence's root: not the first sentence's tokens
    assert asked[2] == ()  # "the" has no children
    assert asked == [tuple(t.i for t in children_of(token)) for token in doc]  # (children_of builds the index)
    assert [tuple(t.i for t in few_children_of(token)) for token in doc] == asked  # now read from the index
