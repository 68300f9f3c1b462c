"""A name the parser made a second subject right after the first subject's own head noun ("his Democratic rival
[Hillary Clinton] would bring war") is that noun's apposition: the name is the subject. A name that runs on from a
word deep inside the first subject ("A saxophone belonging to jazz musician [Charlie Parker]") stays part of it.
The misparses are built by hand (the small model makes them in long sentences only)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extractors.what.arguments import _run_on


def _parsed(nlp: Language, words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_a_name_after_the_subjects_head_noun_is_the_subject(nlp: Language) -> None:
    words = ["his", "Republican", "rival", "Mark", "Dunn", "would", "bring", "war", "."]
    heads = [2, 2, 6, 4, 6, 6, 6, 6, 6]
    deps = ["poss", "amod", "nsubj", "compound", "nsubj", "aux", "ROOT", "dobj", "punct"]
    pos = ["PRON", "ADJ", "NOUN", "PROPN", "PROPN", "AUX", "VERB", "NOUN", "PUNCT"]
    doc = _parsed(nlp, words, heads, deps, pos)
    assert _run_on(doc[4], -1).text == "Dunn"


def test_a_name_run_on_from_inside_the_subject_is_part_of_it(nlp: Language) -> None:
    words = ["A", "saxophone", "belonging", "to", "musician", "Charlie", "Parker", "is", "expected", "."]
    heads = [1, 8, 1, 2, 3, 6, 8, 8, 8, 8]
    deps = ["det", "nsubjpass", "acl", "prep", "pobj", "compound", "nsubjpass", "auxpass", "ROOT", "punct"]
    pos = ["DET", "NOUN", "VERB", "ADP", "NOUN", "PROPN", "PROPN", "AUX", "VERB", "PUNCT"]
    doc = _parsed(nlp, words, heads, deps, pos)
    assert _run_on(doc[6], -1).text == "saxophone"
