"""Pronoun subjects carried on over the subjects between (what v39, issue 10): a rule `Coref` asks after its own.

"U2 have it in spades. Their new album comes 28 years after the schoolfriends got together. They may have lost
some of the edginess": a reader takes "they" for U2, the story's topic, though U2 was the subject two sentences
back, because nothing between could be what "they" stands for. An "it" / "they" subject that `Coref`'s own rules
leave unresolved looks back over its own sentence and the CARRIED_SENTENCES before it, nearest subject first (in
the sentences before, main clauses' subjects only: "after the schoolfriends got together" tells no topic):

- a subject that is a `who` actor is the one, when of a type the pronoun can stand for (OWNER_TYPES: an
  organisation, a country or a group; never a person for "it"), else nobody; nobody either for several subjects
  ("Norway and Sweden"), nor for "they" with a plural named between ("Norway arrested two workers. They ...");
- a subject owned by the possessive of the pronoun's number ("Their new album", "Its shares": OWNER_PRONOUNS) is
  its owner, under the same condition (the topic told as an owner);
- a common noun subject that is no actor and disagrees with the pronoun in number ("Their new album" for "they",
  "Its shares" for "it") is passed over; one that agrees, a name ("the PyeongChang Olympics ... it"), another
  pronoun (a chain: `Coref._carried_on`'s), a subject owned by a name, a part of a group ("Members of the committee":
  `Coref.antecedent` keeps it as written), or anything else ends the search with nobody.

Only for a pronoun of a main clause outside quoted words ("As they made their way to their seats, Ann and Bo ...",
"that it could plummet", 'An SFA spokesman said: "They have seven days to appeal"' are not the story's topic); not
for an "it" that only fills a slot ("it is unclear"), nor across a wire dateline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from extractors.clauses import RELATIVE, SUBJECTS
from extractors.referring import agrees_in_number, dummy_it, main_clause, partitive_of
from extractors.tree import children_of

if TYPE_CHECKING:
    from extractors.coref import Coref

# The possessive pronoun that carries a subject pronoun's referent, by the subject pronoun.
OWNER_PRONOUNS: dict[str, str] = {"they": "their", "it": "its"}
# What a subject carried on may be, by the subject pronoun ("it" never a person; "they" a body of people too).
OWNER_TYPES: dict[str, tuple[str, ...]] = {
    "they": ("organization", "group", "location"),
    "it": ("organization", "location"),
}
# Sentences before the pronoun's own that the search reaches.
CARRIED_SENTENCES = 2


def carried_topic(coref: Coref, token: Token) -> str | None:
    """ "U2 have it in spades. Their new album comes ... They may have lost": an "it" / "they" subject is the actor
    that is (or owns, by a possessive of its number) the nearest subject before it that could be what it stands
    for, over subjects of the other number between (within CARRIED_SENTENCES sentences)."""
    lower = token.lower_
    if lower not in OWNER_PRONOUNS or token.dep_ not in SUBJECTS or token.pos_ != "PRON":
        return None
    if lower == "it" and dummy_it(token.head):
        return None
    if coref._quoted[token.i] or not _topic_clause(token):
        return None  # a speaker's "they", "As they made their way, Ann and Bo ...": not the story's topic
    return _topic_before(coref, token, lower)


def _topic_before(coref: Coref, token: Token, lower: str) -> str | None:
    """The search `carried_topic` makes, from the pronoun (or from a possessive owner, which carries it on)."""
    sent = coref.sent_of(token.i)
    start = max(coref.sent_starts[max(sent - CARRIED_SENTENCES, 0)], coref.floor + 1)
    own = coref.sent_starts[sent]
    for i in range(token.i - 1, start - 1, -1):
        t = coref.doc[i]
        if t.dep_ not in ("nsubj", "nsubjpass") or t.head.i == token.head.i or t.lower_ in RELATIVE:
            continue
        if t.i < own and not main_clause(t):
            continue  # "... comes 28 years after the schoolfriends got together": a sentence before tells its topic
        if t.pos_ not in ("NOUN", "PROPN") or partitive_of(t) is not None:
            return None  # "Members of the committee will tour ... They": the members, as written (`Coref.antecedent`)
        if any(c.dep_ == "conj" for c in children_of(t)):
            return None  # "Norway and Sweden ... they": several, none of them
        found = coref.actor(t)
        if found is not None:
            if lower == "they" and any(w.tag_ in ("NNS", "NNPS") for w in coref.doc[t.i + 1 : token.i]):
                return None  # "Norway arrested two workers. They protested": the people named between may be "they"
            return found if _fits(coref, found, lower) else None
        owner = next((c for c in children_of(t) if c.dep_ == "poss"), None)
        if owner is not None:
            if owner.lower_ != OWNER_PRONOUNS[lower]:
                return None  # "Acme's shares": the owner named, `Coref`'s own
            owned = coref.actor(owner) or _topic_before(coref, owner, lower)
            return owned if owned is not None and _fits(coref, owned, lower) else None
        if t.pos_ != "NOUN" or agrees_in_number(t, lower):
            return None  # "Oil prices fell. They ...": the prices, as written (`Coref.antecedent`)
    return None


def _fits(coref: Coref, name: str, pronoun: str) -> bool:
    kind = coref.types.get(name)
    if kind not in OWNER_TYPES[pronoun]:
        return False
    return kind != "location" or name in coref.countries


def _topic_clause(pronoun: Token) -> bool:
    """Whether the pronoun is the subject of a main clause, or of a clause of reason or time after one ("The French
    want the embargo lifted because they want to sell arms"); not of a clause before its main clause ("As they made
    their way, Ann and Bo ...") nor of a reported one ("warnings suggested that it could fall")."""
    verb = _coordinated_head(pronoun.head)
    if verb.dep_ == "ROOT":
        return True
    return verb.dep_ == "advcl" and verb.i > verb.head.i and _coordinated_head(verb.head).dep_ == "ROOT"


def _coordinated_head(verb: Token) -> Token:
    """The first verb of a coordination ("reported a loss and [cut] jobs": reported)."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb
