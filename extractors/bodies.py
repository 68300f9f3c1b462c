"""Bodies behind a group's words (what v45, issue 10): rules `Coref` asks after its own.

An event's doer told as a generic group is, for a reader, the body the phrase names when it names one:

- "federal immigration officials said they will order ..." is the Immigration and Naturalization Service when
  `who` knows it: the officials (SPEAKING_FOR_HEADS) whose premodifying common noun is a word of exactly one
  organisation's name ("immigration" of "Immigration and Naturalization Service"), the word not one of
  BODY_WORDS_NOT_NAMING ("federal", "state", "department": words many bodies share); not for several modifiers
  coordinated ("State, county and local officials"), nor for a group `who` knows by more than the bare head
  ("Elected officials" stays the group); so too "immigration authorities" (AUTHORITY_HEADS) and, since what v68, a
  kind of body with such a modifier when the one name holds both words ("a federal appeals court" is the "11th
  Circuit Court of Appeals": `_kind_word`, a plural's "s" aside);
- "A group of investors led by Giant Group Ltd. said it filed" is Giant Group Ltd.: a group noun (LED_GROUPS)
  led by an actor `who` knows as an organisation, a person or a country is that actor (the first leader named);
- "A new Essex County task force began" is written as its name, "Essex County task force": an opening article and
  the adjectives of DESCRIBED_BODY_ADJECTIVES before a proper modifier are not the name's, nor "A" / "An" alone
  before a body's kind (BODY_KIND_HEADS: "A United Nations tribunal"; not "a London dealer") (`named_kind_start`).
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from spacy.tokens import Token

from extractors.lexicons.actors import INSTITUTION_HEADS
from extractors.lexicons.events import (
    AUTHORITY_HEADS,
    BODY_KIND_HEADS,
    BODY_WORDS_NOT_NAMING,
    DESCRIBED_BODY_ADJECTIVES,
    LED_GROUPS,
    NAMED_BODY_HEADS,
    SPEAKING_FOR_HEADS,
)
from extractors.tree import children_of

if TYPE_CHECKING:
    from extractors.coref import Coref

# The verbs of "a group led by X" / "headed by X".
LEADING_VERBS = frozenset({"lead", "head"})
# What a leader may be, by `who` type.
LEADER_TYPES = frozenset({"organization", "person", "location"})


# the heads `named_body` reads (one set each, not a union built per call)
_NAMING_HEADS = SPEAKING_FOR_HEADS | AUTHORITY_HEADS
_KIND_HEADS = INSTITUTION_HEADS | NAMED_BODY_HEADS


def named_body(coref: Coref, token: Token, found: str | None) -> str | None:
    """ "federal immigration officials" (found: `who`'s bare "officials", or nothing): the one organisation whose
    name holds the premodifying common noun ("Immigration and Naturalization Service"); None otherwise."""
    if token.pos_ != "NOUN":
        return None
    kind = _kind_word(token)
    if token.lower_ not in _NAMING_HEADS and kind is None:
        return None
    if found is not None and found.lower() != token.lower_:
        return None  # "Elected officials", "U.S. immigration officials": `who`'s own group
    words = [c for c in token.lefts if c.dep_ in ("compound", "amod", "nmod")]
    if any(c.dep_ == "conj" for w in words for c in children_of(w)):
        return None  # "State, county and local officials": several bodies, none of them
    keys = {_word(w.lower_) for w in words if w.pos_ == "NOUN" and w.lower_ not in BODY_WORDS_NOT_NAMING}
    if len(keys) != 1:
        return None
    if kind is not None and any(c.lower_ in ("other", "another") for c in children_of(token)):
        return None  # "another rules committee": not the one named
    wanted = {keys.pop()} | ({kind} if kind is not None else set())
    bodies = {
        a.name
        for a in coref.index.actors
        if a.type == "organization"
        and len(a.name.split()) > 1
        and wanted <= {_word(w) for w in a.name.lower().split()}
        and (kind is None or _headed_by(a.name, kind))
    }
    return bodies.pop() if len(bodies) == 1 else None


def _headed_by(name: str, kind: str) -> bool:
    """Whether a body's name has the kind word as its head: last ("RNC Rules Committee") or before its "of" ("Court
    of Appeals"); not "National School Boards Association" for "the school board"."""
    words = [_word(w) for w in name.lower().split()]
    return words[-1] == kind or any(w == kind and after == "of" for w, after in itertools.pairwise(words))


def _kind_word(token: Token) -> str | None:
    """ "a federal appeals court" (what v68): the singular kind of body (INSTITUTION_HEADS, NAMED_BODY_HEADS) a
    named body's name holds with the description's noun modifier ("11th Circuit Court of Appeals"); None for
    any other word."""
    lemma = token.lemma_.lower()
    return lemma if token.tag_ == "NN" and lemma in _KIND_HEADS else None


def _word(word: str) -> str:
    """A name's word or a modifier compared without a plural's "s" ("appeals" court, Court of "Appeal")."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def led_group(coref: Coref, token: Token) -> str | None:
    """ "A group of investors led by Giant Group Ltd. and its chairman": the first leader, when `who` knows it as
    an organisation, a person or a country; None otherwise."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in LED_GROUPS:
        return None
    led = next((c for c in token.rights if c.dep_ == "acl" and c.lemma_ in LEADING_VERBS), None)
    by = next((c for c in children_of(led) if c.dep_ == "agent"), None) if led is not None else None
    leader = next((c for c in children_of(by) if c.dep_ == "pobj"), None) if by is not None else None
    found = coref.actor(leader) if leader is not None else None
    if found is None or coref.types.get(found) not in LEADER_TYPES:
        return None
    return found if coref.types.get(found) != "location" or found in coref.countries else None


def named_kind_start(token: Token, left: int) -> int:
    """ "A new Essex County task force": where a description of a named body starts its name words ("Essex County
    task force", the way `who` and readers write it): after an opening article and adjectives of
    DESCRIBED_BODY_ADJECTIVES before a proper-noun modifier of a common-noun head; ``left`` otherwise ("The Labour
    government", "a London dealer" keep their article: no adjective to strip; "A former Acme executive" keeps
    "former", which changes who it is)."""
    doc = token.doc
    if token.pos_ != "NOUN" or left >= token.i or doc[left].dep_ != "det" or doc[left].head.i != token.i:
        return left
    i = left + 1
    while i < token.i and doc[i].lower_ in DESCRIBED_BODY_ADJECTIVES and doc[i].head.i == token.i:
        i += 1
    body = token.lemma_.lower() in BODY_KIND_HEADS and doc[left].lower_ in ("a", "an")
    if i == left + 1 and not body:
        return left  # "a London dealer", "an NBC reporter": an indefinite someone, no body's name
    proper = doc[i]
    if proper.pos_ != "PROPN" or not (proper.head.i == token.i or proper.head.dep_ == "compound"):
        return left
    if not all(t.dep_ in ("compound", "punct") for t in doc[i : token.i]):
        return left
    return i
