"""What a phrase can refer to, read off its parse: tests over tokens that `Coref` applies.

A pronoun's agreement with an actor ("it" / "they" / "he"), an "it" that only fills a slot, a description that
introduces or counts several, a name's extent, a partitive's counted noun. No state: functions of a token or
an actor.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.clauses import sentence_span
from extractors.lexicons.events import (
    COLLECTIVE_NOUNS,
    PART_OF_HEADS,
    PARTITIVE_HEADS,
    SUBSIDIARY_HEADS,
    TEAM_DESCRIPTIONS,
)
from extractors.lexicons.names import OUTLET_NOUNS
from extractors.tree import children_of, few_children_of, subtree_range
from extractors.types import Actor

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})

# Verbs whose "it" subject is a slot filler: "it is unfair that ...", "it appears", "it takes".
# "it" that names no actor: "it is unclear", "it seems", and the news itself in "It follows a Home
# Office move", "It comes after ...".
_DUMMY_IT_VERBS = frozenset(
    {"be", "seem", "appear", "take", "remain", "become", "matter", "look", "rain", "follow", "come"}
)
# ... of which these raise an infinitive's subject ("after it appeared to suffer"): "it" is then the doer's.
_RAISING_IT_VERBS = frozenset({"seem", "appear"})


def reference_kind(actor: Actor) -> str:
    """An actor's type for reference: a "person" whose every title is a news outlet's ("De Morgen, a
    daily newspaper": the NER's PERSON) is referred to as an organisation ("it published")."""
    heads = {t.split()[-1].lower() for t in actor.titles if t.split()}
    if actor.type == "person" and heads and heads <= OUTLET_NOUNS:
        return "organization"
    return actor.type


def aged(token: Token) -> bool:
    """ "The 33-year-old", which the tokenizer splits into "33 - year - old": a person described by age."""
    doc = token.doc
    return (
        token.lower_ == "old"
        and token.i >= 4
        and doc[token.i - 2].lower_ == "year"
        and doc[token.i - 4].like_num
        and not any(c.dep_ == "prep" for c in children_of(token))
    )


def partitive_of(token: Token) -> Token | None:
    """The head of the "of" phrase a partitive subject counts ("A group of [MPs]", "Members of
    [the committee]"), or None."""
    counts = token.lower_ in PART_OF_HEADS or (token.like_num and token.pos_ == "NUM")
    if token.lemma_.lower() not in PARTITIVE_HEADS and token.lower_ not in PARTITIVE_HEADS and not counts:
        return None
    of = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in children_of(of) if c.dep_ == "pobj"), None) if of is not None else None


def subsidiary_of(token: Token) -> Token | None:
    """The head of the "of" phrase of "a unit of [DPC Acquisition Partners]" (an indefinite part of an
    organisation, SUBSIDIARY_HEADS), or None ("the unit", "its unit": one the article has told of)."""
    if token.lemma_.lower() not in SUBSIDIARY_HEADS or token.tag_ != "NN":
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in few_children_of(token)):
        return None
    of = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in few_children_of(of) if c.dep_ == "pobj"), None) if of is not None else None


def proper_word(token: Token) -> bool:
    """A word written as a name: capitalised where a sentence does not open, one thing (not "DVDs",
    "Concertgoers"), more than a letter or two (not "plan B")."""
    return (
        token.text[:1].isupper()
        and token.i != sentence_span(token).start
        and len(token.text) > 2
        and token.tag_ not in ("NNS", "NNPS")
    )


def apposed_name(name: Token) -> tuple[int, int]:
    """First and last token of a name in apposition, with its coordinated words but not its own
    apposition ("DaimlerChrysler[, a shareholder in Mitsubishi Motors]")."""
    aside = {t.i for c in name.children if c.dep_ == "appos" and c.pos_ != "PROPN" for t in c.subtree}
    kept = [t.i for t in name.subtree if t.i not in aside and not t.is_punct] or [name.i]
    return kept[0], kept[-1]


def epithet_key(token: Token) -> tuple[str, ...]:
    """The words of a description up to its head, without articles or punctuation ("a leading space
    expert": leading, space, expert)."""
    return tuple(t.lower_ for t in token.subtree if t.i <= token.i and t.dep_ != "det" and not t.is_punct)


def close_name(token: Token) -> Token | None:
    """The name a common noun runs straight into ("regulator [Safe Work NSW]", "video game [World of
    Warcraft]"): an apposition with no comma between, which names what the noun describes; or None."""
    if token.pos_ != "NOUN":
        return None
    for child in token.rights:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and name_extent(child)[0] == token.i + 1:
            return child
    return None


def name_extent(token: Token) -> tuple[int, int]:
    """First and last token of the proper name ``token`` heads: its run of name words before it
    ("Jack [Straw]", "Day-[Lewis]") and a title's "of" phrase after it ("[World] of Warcraft")."""
    doc = token.doc
    first = token.i
    while (
        first > 0
        and doc[first - 1].head.i in range(first, token.i + 1)
        and (
            (doc[first - 1].dep_ in ("compound", "flat") and doc[first - 1].pos_ == "PROPN")
            or doc[first - 1].text == "-"
        )
    ):
        first -= 1
    held = titled_of(token)
    return first, subtree_range(held)[1] if held is not None else token.i


def titled_of(token: Token) -> Token | None:
    """The "of" phrase a capitalised name runs on through ("Series [of Unfortunate Events]", "Passion
    [of the Christ]"): every word of it capitalised but its articles; None for any other phrase."""
    if token.pos_ != "PROPN":
        return None
    of = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    held = next((c for c in children_of(of) if c.dep_ == "pobj"), None) if of is not None else None
    if held is None or not held.text[:1].isupper():
        return None
    words = [t for t in held.subtree if not t.is_punct]
    ok = all(t.text[:1].isupper() or t.lower_ in ("the", "a", "an", "of", "and") for t in words)
    return held if ok and all(t.i == words[0].i + k for k, t in enumerate(words)) else None


def introducing(token: Token) -> bool:
    """ "THE second largest credit rating firm in the UK": a definite description that introduces
    (a superlative or ordinal, or a phrase of its own) rather than refers back."""
    return any(
        (c.dep_ == "amod" and (c.tag_ in ("JJS", "RBS") or c.ent_type_ == "ORDINAL")) or c.dep_ == "prep"
        for c in children_of(token)
    )


def several(description: Token) -> bool:
    """A description of several ("The two firms", "the companies"), not of one ("the champions" is one team), nor
    one coordinated with others ("The chairman, chief executive and three directors departed", "the mayor and the
    treasurer": a conjunct that is plural or has its own determiner or number; "the chairman and chief executive"
    may be one person's two titles)."""
    plural = description.tag_ in ("NNS", "NNPS") and description.lower_ not in TEAM_DESCRIPTIONS
    return plural or any(c.dep_ == "nummod" for c in few_children_of(description)) or _joined_others(description)


def _joined_others(description: Token) -> bool:
    """Whether a conjunct of the description (or of its conjuncts, or of its apposition's) is a plural or has a
    determiner or number."""
    children = few_children_of(description)
    relative = min((c.i for c in children if c.dep_ == "relcl"), default=len(description.doc))
    # "The actor-singer, who stars in a thriller and the PBS drama, returns": a conjunct after the description's
    # relative clause is the clause's (the parser hung it on the description), not a second doer
    todo = [c for c in children if c.dep_ == "conj" and c.i < relative]
    for appos in (c for c in children if c.dep_ == "appos"):
        # "The chairman, [chief executive] and three directors": the parser hangs the list on an apposition
        todo += [c for c in few_children_of(appos) if c.dep_ == "conj"]
    for _ in range(8):  # a list of a few conjuncts at most
        if not todo:
            return False
        c = todo.pop()
        if c.tag_ in ("NNS", "NNPS") or any(g.dep_ in ("det", "nummod") for g in few_children_of(c)):
            return True
        todo += [g for g in few_children_of(c) if g.dep_ == "conj"]
    return False


def dummy_it(verb: Token) -> bool:
    """Whether "it" as this verb's subject only fills a slot ("it is unclear", "It appears [that] Musk likes"),
    not when the verb raises an infinitive's subject ("after it appeared [to suffer]", "it seems [to work]")."""
    if verb.lemma_ not in _DUMMY_IT_VERBS:
        return False
    raising = verb.lemma_ in _RAISING_IT_VERBS
    return not (raising and any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in children_of(verb)))


def main_clause(subject: Token) -> bool:
    """Whether a subject is its sentence's main clause's (the root verb's, or a verb coordinated with it)."""
    verb = subject.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def agrees_in_number(noun: Token, pronoun: str) -> bool:
    """Whether "it" / "they" can stand for a noun by its number: "they" for a plural or a body of people ("The
    rescue crew reached the village, and they found": COLLECTIVE_NOUNS), "it" for a singular."""
    plural = noun.tag_ in ("NNS", "NNPS")
    return plural or noun.lemma_.lower() in COLLECTIVE_NOUNS if pronoun == "they" else not plural


def agrees(pronoun: str, kind: str | None, gender: str | None) -> bool:
    """Whether a pronoun can stand for an actor of this type and gender."""
    if kind is None:
        return True
    if pronoun in PERSON_PRONOUNS:
        if kind != "person":
            return False
        return gender is None or gender == ("m" if pronoun in MALE_PRONOUNS else "f")
    # "it" for a person the NER typed so ("Goodrich said it will ..."): only a known gender rules it out
    return kind != "person" or gender is None or pronoun in ("they", "them", "their")
