"""Small questions about tokens that every pass asks: lemma, subject, reporting verb, infinitive."""

from __future__ import annotations

from spacy.tokens import Token

from extractors.lexicons import attribution as lex
from extractors.sources.quotemarks import QUOTE_CHARS, quote_at
from extractors.tree import children_of

SUBJECTS = ("nsubj", "csubj")


RELATIVE = frozenset(["who", "that", "which", "whom"])


# Quotation marks as tokens: wire and NYT copy writes straight double quotes as two apostrophes.
QUOTE_TOKENS = QUOTE_CHARS | {"''", "``"}


CLOSING_TOKENS = frozenset(['"', "”", "''"])


def verb_lemma(token: Token) -> str:
    """The token's lemma, with the small model's known slips mended ('hoping' -> 'hop')."""
    return lex.LEMMA_FIXES.get(token.lower_) or token.lemma_.lower()


def is_infinitive(token: Token) -> bool:
    """'will see', 'to say', 'would sit ... and tell': a verb under a modal or 'to', its own or its first conjunct's
    (not a present tense the small model tags as a base form: 'they want A and suggest B')."""
    if token.tag_ != "VB":
        return False
    return token.head.tag_ == "VB" or any(c.dep_ == "aux" and c.tag_ in ("MD", "TO") for c in children_of(token))


def is_reporting(token: Token) -> bool:
    """A verb that reports speech or thought ('said', 'noted', 'told', 'insisted')."""
    lemma = verb_lemma(token)
    return lemma in lex.SPEECH_VERBS or lemma in lex.COGNITION_VERBS or lemma in lex.HEARER_VERBS


def subject_of(verb: Token, quotes: list[tuple[int, int]]) -> Token | None:
    """The verb's subject; when the parser gives two, the one outside quotation marks ('“...,” said X')."""
    subjects = [c for c in children_of(verb) if c.dep_ in SUBJECTS]
    if len(subjects) > 1:
        outside = [c for c in subjects if quote_at(quotes, c.idx, c.idx + len(c)) is None]
        # a timestamp line or dateline before the real subject ("9:30 p.m. / Donald Trump says"):
        # of several subjects, the one nearest the verb
        return min(outside, key=lambda c: abs(c.i - verb.i)) if outside else subjects[0]
    return subjects[0] if subjects else None


def document_subject(verb: Token) -> bool:
    """The verb's subject is a document ('polls', 'the emails', 'court records')."""
    return any(c.dep_ in SUBJECTS and c.lemma_.lower() in lex.DOCUMENT_NOUNS for c in children_of(verb))


FINITE = frozenset(["VBD", "VBZ", "VBP"])
