"""What a headline's clause needs to say something, and where the lead's own clause starts (read by
extractors/headline.py):

- ``completion``: a verb that kept nothing after it says little ("A team of medics will be standing.", "The
  drumbeat grows.", "Usage fell."): it takes back the word that completes it.
- ``no_statement``: a lead sentence that states nothing of its own (an imperative, a clause of circumstance
  standing alone) is passed over by the lead-as-written fallback.
- ``past_fronted_clause``: the lead as written starts at its main clause, after a fronted clause of
  circumstance ("Taking a page out of a rival's book, X announced ...").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractors.compress import condition
from extractors.lexicons.attribution import REPORTING_VERBS
from extractors.phrases import TEMPORAL, verb_phrase

# the tags of a word right after a verb that completes it: "standing [by]", "grew [louder]", "is moving [faster]"
_COMPLETING_TAGS = frozenset({"RB", "RBR", "JJR", "JJ"})
_MEASURE_TOKENS = 4  # an amount a verb moved by this short ("fell [7.6 pct]") completes it
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})  # a sentence with one states something


def completion(verb: Token, kept: set[int]) -> set[int]:
    """What a verb that kept nothing after it (but a date) takes back: the adverb or comparative right after
    it, with that word's own modifiers ("will be standing [by]", "grows [louder]", "is moving [even faster]"),
    the amount it moved by ("fell [7.6 pct]"), or a purpose infinitive right after it, compressed ("is being
    introduced [to protect computer users from software]"); nothing when it kept an object or a phrase."""
    doc = verb.doc
    if any(i > verb.i and not _dating(doc[i]) for i in kept):
        return set()
    after = next((c for c in verb.children if c.i > verb.i and c.left_edge.i == verb.i + 1), None)
    if after is None:
        return set()
    if after.dep_ in ("advmod", "acomp") and after.tag_ in _COMPLETING_TAGS and not after.ent_type_:
        return {after.i} | {c.i for c in after.children if c.dep_ == "advmod" and c.i < after.i}
    if after.dep_ == "npadvmod" and _measured(after):
        return {t.i for t in after.subtree}
    if after.dep_ in ("advcl", "xcomp") and after.tag_ == "VB" and doc[after.left_edge.i].lower_ == "to":
        return verb_phrase(after, 1) if after.lemma_ not in REPORTING_VERBS else set()
    return set()


def _dating(token: Token) -> bool:
    """A word that only dates the clause ("[on Tuesday]"), or punctuation: it completes no predicate."""
    if token.is_punct or token.is_space or token.ent_type_ in TEMPORAL:
        return True
    objects = [c for c in token.children if c.dep_ == "pobj"]
    return token.pos_ == "ADP" and bool(objects) and all(c.ent_type_ in TEMPORAL for c in objects)


def _measured(token: Token) -> bool:
    """A short amount by which a verb moves ("fell [7.6 pct]", "rose [$2]"), never a date ("fell [Monday]")."""
    whole = list(token.subtree)
    return (
        len(whole) <= _MEASURE_TOKENS
        and any(t.like_num for t in whole)
        and not any(t.ent_type_ in TEMPORAL for t in whole)
    )


def no_statement(sent: Span) -> bool:
    """A sentence that states nothing of its own: an imperative ("Seriously, please ask yourself that question."),
    a clause of circumstance standing alone ("While the talks went on.", "Standing in front of a cheering
    crowd."): its root is marked as subordinate, or no verb of it has a subject ("Never underestimate him,
    X has told his party" has one)."""
    if any(c.dep_ == "mark" for c in sent.root.children):
        return True
    return not any(t.dep_ in _SUBJECT_DEPS for t in sent)


def past_fronted_clause(root: Token, start: int) -> int:
    """Where the lead's main clause starts when a clause of circumstance stands before its subject, closed by a
    comma ("Taking a page out of a rival's book, X announced ...", "While the party met, X said ..."): the
    first word after that comma; a condition ("If X wins, ...") stays, as does a sentence without a subject."""
    doc = root.doc
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # (the clause may open before ``start``: "BOSTON —Standing in front of ..., X turned", parsed as one clause)
    fronted = next((c for c in root.children if c.dep_ == "advcl" and c.left_edge.i <= start <= c.right_edge.i), None)
    if subject is None or fronted is None or condition(fronted) or fronted.right_edge.i + 1 >= subject.left_edge.i:
        return start
    comma = fronted.right_edge.i + 1
    return comma + 1 if doc[comma].text == "," and comma + 1 == subject.left_edge.i else start
