"""Empty acts of announcing: "I have two announcements", "I have a statement to make on ...".

A news conference often opens on the act of announcing, the news being what the speaker says next
("THE PRESIDENT. I have an announcement. ... I announce the resignation of ..."). The act tells no news
of its own, so it yields to the speaker's next clauses (``EMPTY_ANNOUNCING_VERBS``, ``ANNOUNCING_NOUNS``).
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.lexicons.events import ANNOUNCING_NOUNS, EMPTY_ANNOUNCING_VERBS
from extractors.tree import children_of

_FIRST_PERSON = frozenset({"i", "we"})
# The empty act falls below any clause that says something (a news conference's content is told past its
# lead, at about half a lead clause's weight).
EMPTY_ANNOUNCEMENT = 0.2


def empty_announcement(verb: Token) -> bool:
    """ "I have two announcements", "I have a brief statement to make on ...", "we will make our opening
    statement brief": a first-person subject, a verb of having or making, and a noun of announcing as its
    object, with no clause of what is announced ("I make the statement that ..." tells it)."""
    if verb.lemma_.lower() not in EMPTY_ANNOUNCING_VERBS:
        return False
    children = list(children_of(verb))
    subject = _subject(verb)
    if subject is None or subject.lower_ not in _FIRST_PERSON or subject.pos_ != "PRON":
        return False
    noun = next((c for c in children if c.dep_ == "dobj"), None) or _small_clause_subject(children)
    if noun is None or noun.lemma_.lower() not in ANNOUNCING_NOUNS:
        return False
    told = any(
        c.dep_ in ("acl", "ccomp") and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        for c in noun.children
    )
    return not told


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or its controller's ("I am going to make ...": "I")."""
    for holder in (verb, verb.head) if verb.dep_ == "xcomp" else (verb,):
        found = next((c for c in children_of(holder) if c.dep_ == "nsubj"), None)
        if found is not None:
            return found
    return None


def _small_clause_subject(children: list[Token]) -> Token | None:
    """ "make my opening statement quite brief": the parser's small clause, whose subject is the object."""
    clause = next((c for c in children if c.dep_ in ("ccomp", "oprd")), None)
    return next((g for g in children_of(clause) if g.dep_ == "nsubj"), None) if clause is not None else None
