"""Delayed identification (what v36): a lead's doer described first and named in the next sentences.

News often opens on a description of its doer and names them a sentence or three on ("One of the world's largest
manufacturers of HIV/Aids drugs has launched an initiative ... The company, GlaxoSmithKline, is to alter the
packaging"; "A user of Apple's iTunes music service is suing the firm ... Californian Tom Ash filed the suit").
`Coref` asks `named_later` for a subject it found no actor for; each row of INTRODUCING_FORMS is one way a lead
describes a doer it has not named:

- "one of the largest <noun>s" (a partitive "one" counting a superlative description);
- "the world's biggest <noun>", "the largest <noun>" (a superlative description no name owns);
- "a/an [adjectives] <person noun>" (an indefinite person: "a user", "a British teenager"; an indefinite
  organisation, "a charity has warned", is `Coref._introduced`'s);
- "the / the city's [adjectives] <person noun>" as a main clause's subject (what v63: "The antiabortion activist
  wanted for questioning may have fled"), when `Coref` finds no one named before it; not "the next president".

The one described is the first actor of the description's kind (a person or an organisation) that the next
NAMED_LATER_REACH sentences name, when the lead names none of that kind, that sentence names no other of that kind
(or of two only one as a doer: "Tom Ash, 44, was seen days after a sniper killed Ann Lee"), and it is named as a
doer (`names_described`: a clause's subject that reports no clause, an apposition, "named as"), not as a source
quoted or someone's relation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from extractors.lexicons.actors import ORG_DESCRIPTIONS, ROLE_HEADS, TITLE_HEADS
from extractors.lexicons.attribution import REPORTING_VERBS
from extractors.lexicons.events import FEMALE_NOUNS, INTRODUCED_PERSON_NOUNS, MALE_NOUNS, PERSON_DESCRIPTIONS
from extractors.referring import main_clause
from extractors.tree import children_of

if TYPE_CHECKING:
    from extractors.coref import Coref

# The forms, as (name, example): read by `_described` in this order.
INTRODUCING_FORMS: tuple[tuple[str, str], ...] = (
    ("one of the superlative", "One of the world's largest manufacturers of drugs has launched an initiative"),
    ("superlative", "The world's biggest carmaker has recalled a million cars"),
    ("indefinite person", "A user of the music service is suing the firm"),
    ("definite person", "The fugitive activist wanted for questioning may have fled to Canada"),
)
# Sentences after the lead's description within which news names the one described.
NAMED_LATER_REACH = 3
# The lead: the sentences (from the first) a description must stand in.
LEAD_SENTENCES = 2
# Participles that give the name of one described ("The man, named locally as Tom Ash", "identified as").
NAMING_PARTICIPLES = frozenset({"name", "identify"})
# Words that make a person named someone's relation, not the one described ("His wife, Ann Lee, said").
_RELATION_WORDS = frozenset({"his", "her", "their", "its"})
# Description heads by the kind of actor they describe.
_PERSON_NOUNS = TITLE_HEADS | ROLE_HEADS | PERSON_DESCRIPTIONS | INTRODUCED_PERSON_NOUNS
_ORG_NOUNS = ORG_DESCRIPTIONS
# Modifiers of a description of one who is not (yet) the one meant ("the next president", "a future leader").
_NOT_YET = frozenset({"next", "future", "incoming", "former", "previous", "late", "other"})
# Subject relations a described doer stands in ("by a suspected gunman": the agent of a passive too).
_DOER_DEPS = frozenset({"nsubj", "nsubjpass"})


def description_kind(head: Token) -> str | None:
    """ "person" or "organization" for a description's head noun ("a federal judge", "a leading group"), else None."""
    lemma = head.lemma_.lower()
    return "person" if lemma in _PERSON_NOUNS else "organization" if lemma in _ORG_NOUNS else None


def named_later(coref: Coref, token: Token) -> str | None:
    """The actor a lead's description of its doer (``token``, a subject `Coref` found no actor for) is, named in
    the next sentences; None for any other token, or when no single one is named so."""
    if token.dep_ not in _DOER_DEPS and not (token.dep_ == "pobj" and token.head.dep_ == "agent"):
        return None
    sent = coref.sent_of(token.i)
    if sent >= LEAD_SENTENCES or coref._quoted[token.i]:
        return None
    head = _described(token)
    if head is None:
        return None
    lemma = head.lemma_.lower()
    kind = description_kind(head)
    if kind is None or (kind == "organization" and head is token and _indefinite(token)):
        return None  # "a charity has warned": `Coref._introduced` reads it
    low, high = token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text)
    before = [m for m in coref.mentions if m.type == kind and m.sent <= sent and not low <= m.start < high]
    definite = head is token and _definite(token)
    if definite:
        # a definite description refers back: to one named before it, not after, and not one whose known titles
        # say otherwise ("The city's new mayor rejected" is not the presidential candidate the heading names)
        before = [m for m in before if m.start < low and not _titled_otherwise(coref, m.name, head)]
    if before:
        return None  # the lead names one of that kind: the description may be theirs
    gender = "m" if lemma in MALE_NOUNS else "f" if lemma in FEMALE_NOUNS else None
    for at in range(sent + 1, min(sent + 1 + NAMED_LATER_REACH, len(coref.sent_starts))):
        named = [m for m in coref.mentions if m.sent == at and m.type == kind]
        if len({m.name for m in named}) > 1:
            # two of that kind: the one named as a doer ("Tom Ash, 44, was seen days after a sniper killed Ann
            # Lee"), else either may be the one
            named = [m for m in named if _as_doer(coref, m.start)]
            if len({m.name for m in named}) != 1:
                return None
        if named:
            return _fits(coref, named[0].name, named[0].start, lemma, gender, definite)
        start = coref.sent_starts[at]
        end = coref.sent_starts[at + 1] if at + 1 < len(coref.sent_starts) else len(coref.doc)
        if any(coref._quoted[start:end]):
            return None  # quoted words between: the topic may be the speaker's
    return None


def _described(token: Token) -> Token | None:
    """The description's head noun when ``token`` heads one of INTRODUCING_FORMS, else None."""
    if token.lower_ == "one" and token.pos_ in ("NUM", "PRON", "NOUN"):
        of = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        counted = next((c for c in children_of(of) if c.dep_ == "pobj"), None) if of is not None else None
        if counted is not None and counted.tag_ == "NNS" and _superlative(counted):
            return counted  # "One of the world's largest manufacturers"
        return None
    if token.pos_ != "NOUN" or token.tag_ != "NN":
        return None
    owned = any(c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" for c in children_of(token))
    if _superlative(token) and not _indefinite(token):
        return None if owned else token  # "The world's biggest carmaker", not "Britain's biggest bank"
    if _indefinite(token) and token.lemma_.lower() in _PERSON_NOUNS:
        return token  # "A user of the service", "a suspected Acme fanatic" (a follower, no name)
    definite = _definite(token) and not owned and main_clause(token)
    if definite and token.lemma_.lower() in _PERSON_NOUNS and not any(c.lower_ in _NOT_YET for c in children_of(token)):
        # "The antiabortion activist wanted for questioning may have fled", "The city's new mayor rejected": the
        # main clause's doer ("who the next president will be" describes none), one that is (not "the next")
        return token
    return None


def _definite(noun: Token) -> bool:
    """ "the <noun>", "the city's <noun>": a definite description (not "his wife", someone's relation)."""
    for c in children_of(noun):
        if c.dep_ == "det" and c.lower_ == "the":
            return True
        if c.dep_ == "poss" and c.pos_ == "NOUN" and any(g.dep_ == "det" and g.lower_ == "the" for g in children_of(c)):
            return True
    return False


def _superlative(noun: Token) -> bool:
    """ "largest", "most powerful": a superlative modifies the noun (no "other": "another of the largest")."""
    children = list(children_of(noun))
    if any(c.lower_ in ("other", "another") for c in children):
        return False
    return any(
        c.dep_ == "amod" and (c.tag_ == "JJS" or any(a.lower_ == "most" for a in children_of(c))) for c in children
    )


def _indefinite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(noun))


def _titled_otherwise(coref: Coref, name: str, head: Token) -> bool:
    """Whether `who` gives a person titles and none of them is the description's ("the mayor", not a senator)."""
    return head.lemma_.lower() in TITLE_HEADS and bool(coref._titles(name)) and not coref._bears(name, head)


def _fits(coref: Coref, name: str, start: int, lemma: str, gender: str | None, definite: bool) -> str | None:
    """``name`` when its mention at ``start`` names the one described and agrees with the description (with a title
    of its own, one holding the description's word, or for a ``definite`` description the naming sentence giving
    it: "The city's new mayor ... Khan was elected as mayor")."""
    if gender is not None and coref.gender.get(name, gender) != gender:
        return None
    span = coref.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or coref._quoted[span.start] or not names_described(span[0]):
        return None
    titles = coref._titles(name)  # "A man climbed ... Mayor Ann Lee praised ...": one with a title of her own
    told = definite and any(t.lemma_.lower() == lemma and t.pos_ == "NOUN" for t in span[0].sent)
    if (
        coref.types.get(name) == "person"
        and titles
        and not told
        and not any(lemma in t.lower().split() for t in titles)
    ):
        return None
    return name


def _as_doer(coref: Coref, start: int) -> bool:
    span = coref.doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and names_described(span[0])


def names_described(name: Token) -> bool:
    """Whether a name (any of its words) names one a lead described before: the subject of a verb that reports no
    clause ("Tom Ash filed the suit", not "Tom Ash said it was unfair": one who says is a source), in apposition
    ("The company, Acme, ...") or after "named as" / "identified as"; and no one's relation ("His wife, Ann Lee")."""
    while name.dep_ in ("compound", "flat") and name.head.i != name.i:
        name = name.head
    around = [name, *(c for c in children_of(name) if c.dep_ == "appos")]
    if name.dep_ == "appos":
        around.append(name.head)
    if any(c.lower_ in _RELATION_WORDS and c.dep_ == "poss" for t in around for c in children_of(t)):
        return False
    verb = name.head
    if name.dep_ in ("nsubj", "nsubjpass"):
        return not (verb.lemma_ in REPORTING_VERBS and any(c.dep_ in ("ccomp", "parataxis") for c in children_of(verb)))
    if name.dep_ == "appos":
        return True
    return name.dep_ == "pobj" and verb.lower_ == "as" and verb.head.lemma_.lower() in NAMING_PARTICIPLES
