"""Speech acts told as a light verb with a speech noun: "issued a warning that ...", "launched an attack on".

A clause such as "Mitsubishi issued a profits warning" or "Clinton launched a new round of attacks on
Sanders" tells a speech act that is the news (warn, attack), yet its verb is light ("issue", "launch"):
as the event's action it neither reads as the news nor names the act. When the verb and its object are
one of the light-verb pairs `sources` reads as cues (``lexicons.attribution.LIGHT_VERB_OBJECTS``) and the
noun names a speech act (``lexicons.events.SPEECH_NOUN_ACTS``), the event is that act: the noun's verb is
the action, the noun's own complement ("a warning [that prices would rise]", "an attack [on Sanders]") its
object, and "to X" ("an apology to the players") its recipient. A noun without a complement stays the
object ("issued its third profits warning"). A decided act's noun after a light verb that takes it
(``lexicons.events.DECIDED_NOUN_ACTS``, ``DECIDING_LIGHT_VERBS``: "the INS made a reasonable decision",
"reached a final decision to proceed with a bid", "the court issued a ruling") is that act the same way.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.clauses import phrase, text_of
from extractors.coref import Coref
from extractors.lexicons.attribution import LIGHT_VERB_OBJECTS
from extractors.lexicons.events import (
    DECIDED_NOUN_ACTS,
    DECIDING_LIGHT_VERBS,
    POSSESSED_ACT_NOUNS,
    RECEIVED_ACT_NOUNS,
    RECEIVING_VERBS,
    SERIES_HEADS,
    SPEECH_NOUN_ACTS,
)
from extractors.tree import children_of
from extractors.what.verbs import event_lemma

# Prepositions of a speech noun that say what the act is about or aimed at ("a warning about / of /
# against", "an attack on", "criticism of", "a plea for", "an objection to"): its object.
_ABOUT = frozenset({"about", "of", "against", "on", "over", "at", "for", "to", "with"})
# Of those, the one that names whom the act is addressed to when its object is a doer ("an apology to the
# players", "a warning to investors").
_TO = "to"
# Modifiers that make a speech noun without a complement say more than its verb ("its third profits
# warning", "an impassioned defense"): the noun phrase stays the object.
_DESCRIBED = frozenset({"compound", "amod", "nummod", "nmod"})


def speech_noun(verb: Token) -> Token | None:
    """The speech noun a light verb takes as object ("issued a warning"), through a head that counts a
    series of acts ("launched a new round of attacks"); None when the pair is no speech act."""
    lemma = event_lemma(verb)
    objects = LIGHT_VERB_OBJECTS.get(lemma, frozenset())
    if lemma in DECIDING_LIGHT_VERBS:
        objects |= DECIDED_NOUN_ACTS.keys()  # "made a decision", "issued a ruling": the act decided
    if not objects:
        return None
    noun = next((c for c in children_of(verb) if c.dep_ in ("dobj", "obj")), None)
    if noun is not None and noun.lemma_.lower() in SERIES_HEADS:
        of = next((c for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in children_of(of) if c.dep_ == "pobj"), None) if of is not None else None
    if noun is not None:
        noun = _misread(noun) or noun
    if noun is None or (noun.pos_ != "NOUN" and noun.dep_ != "acl"):
        return None
    key = _key(noun)
    return noun if key in objects and key in _NOUN_ACTS else None


# The act each noun names: a speech act's ("warning" -> "warn") or a decided act's ("decision" -> "decide").
_NOUN_ACTS: dict[str, str] = {**SPEECH_NOUN_ACTS, **DECIDED_NOUN_ACTS}


def _key(noun: Token) -> str:
    """The noun's row in ``_NOUN_ACTS``: its lemma ("attacks" -> "attack"), else its form (a noun the
    parser read as a verb, "warning" -> "warn")."""
    lemma = noun.lemma_.lower()
    return lemma if lemma in _NOUN_ACTS else noun.lower_


def _misread(head: Token) -> Token | None:
    """ "issued a profits warning": the small model reads "profits" as the object and "warning" as a
    participle on it; the speech noun is that word right after the object."""
    doc = head.doc
    if head.i + 1 >= len(doc):
        return None
    after = doc[head.i + 1]
    return after if after.head.i == head.i and after.dep_ == "acl" and after.lower_ in _NOUN_ACTS else None


def speech_noun_act(verb: Token, coref: Coref) -> tuple[str, str | None, str | None] | None:
    """(action, object, recipient) of a speech act told as a light verb and its noun; the object None when
    the noun has no complement (the caller keeps the noun phrase), "" when the bare noun would only repeat
    the action ("predict | any predictions"); the recipient None when no actor is addressed."""
    noun = speech_noun(verb)
    if noun is None:
        return None
    action = _NOUN_ACTS[_key(noun)]
    obj: str | None = None
    recipient: str | None = None
    addressee: Token | None = None
    # the noun's own phrases, then the verb's after the noun ("issued an apology [to the players] [for the
    # incident]": the parser hangs them on the verb), never a time ("launched an attack on Monday")
    after = [c for c in children_of(verb) if c.i > noun.i and c.dep_ == "prep"]
    for child in [*children_of(noun), *after]:
        if obj is None and _complement_clause(child):
            obj = _text(child, coref)
        elif child.dep_ == "prep" and child.lower_ in _ABOUT and not _when(child):
            target = next((c for c in children_of(child) if c.dep_ in ("pobj", "pcomp")), None)
            if target is None:
                continue
            if child.lower_ == _TO:
                addressee = addressee or target  # "an apology to the players": whom, not what about
            elif obj is None:
                obj = _text(target, coref)
    if addressee is not None and addressee.ent_type_ != "NORP" and coref.actor(addressee):
        # (not a people named by its nation, "an appeal to blue-collar Americans": no body is addressed)
        recipient = coref.actor(addressee)
    elif addressee is not None and obj is None:
        obj = _text(addressee, coref)  # "an objection to the plan", "a plea to the court"
    if obj is None and noun.dep_ == "acl":
        obj = text_of(coref.doc, noun.head.left_edge.i, noun.i)  # "its third profits warning"
    elif obj is None and not any(c.dep_ in _DESCRIBED for c in children_of(noun)):
        obj = ""  # "made his prediction", "offered promises": the noun says no more than the action
    return action, obj, recipient


def noun_act(verb: Token) -> str | None:
    """The act a light verb and its speech noun tell ("issued a warning" -> "warn"), else None."""
    noun = speech_noun(verb)
    return _NOUN_ACTS[_key(noun)] if noun is not None else None


def owned_act(verb: Token) -> str | None:
    """The act a possessed noun subject of ``verb`` names ("[Hungary's accession] has brought": "join"), or the act
    its received object names ("received [the endorsement] of Gov. Pence": "endorse"), or None."""
    # (of the verb's subjects, the noun's: a dateline may be a second one)
    for c in verb.children:
        if c.dep_ == "nsubj" and c.lemma_.lower() in POSSESSED_ACT_NOUNS:
            return POSSESSED_ACT_NOUNS[c.lemma_.lower()]
        if c.dep_ == "dobj" and c.lemma_.lower() in RECEIVED_ACT_NOUNS and verb.lemma_.lower() in RECEIVING_VERBS:
            return RECEIVED_ACT_NOUNS[c.lemma_.lower()]
    return None


def _text(head: Token, coref: Coref) -> str | None:
    """The phrase ``head`` heads, as written."""
    indices = phrase(head, coref.floor)
    return text_of(coref.doc, min(indices), max(indices)) or None


def _complement_clause(child: Token) -> bool:
    """ "a warning [that prices would rise]", "a pledge [to cut taxes]": the clause the noun states (the
    parser may give "that" clauses as relative ones; a relative clause opens on its pronoun, not "that" as
    a mark), not a clause about the noun ("the warning [it issued]", "attacks [designed to ...]")."""
    if child.dep_ == "ccomp":
        return True
    marks = [c for c in children_of(child) if c.dep_ in ("mark", "aux", "nsubj", "nsubjpass")]
    if child.dep_ == "acl":  # not a participle ("attacks [designed to paint him as ...]")
        return any(c.dep_ != "aux" or c.lower_ == "to" for c in marks)
    return child.dep_ == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in marks)


def _when(prep: Token) -> bool:
    """ "on Monday", "in March": a preposition of time, no argument of the act."""
    target = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
    return target is not None and target.ent_type_ in ("DATE", "TIME")
