"""Step of `who`, last before the records are made: an actor's type (person, organization, location,
group) settled on what the article does with it, where the NER's label and the earlier steps got it wrong.
The type goes to ``Cluster.retyped``, read only by the records: salience weighs each actor as the earlier
steps typed it (a side named by its country is scored as its country was), so that only the types change.

- ``retype_parties``: a party named by its members' plural or a short form ("the Conservatives", "the
  Tories", "Lib Dems", from ``ORG_ALIASES``' rows for parties) is the party, an organisation, not a group
  of people nor a person.
- ``retype_body_words``: a one-word "person" without a title that modifies a body's head ("the Balco
  laboratory", `BODY_NAME_HEADS`) or that a firm's or a band's kind introduces ("oil giant Yukos", "the UK
  food group Vestey", `BODY_KIND_TITLES`, `BODY_KINDS`), and no honorific or "he"/"she" marks as a person,
  is an organisation.
- ``retype_teams``: in sports copy, a place that plays is its team, an organisation: "Wales beat France",
  "France, who lost to Wales", "the Ireland game", "France coach X", "Spain lead 1-0" (a singular name with
  a plural verb: British copy's agreement for a side). Two such marks are needed; a place named as the
  scene ("in Dublin") has none. A one-word "person" with the plural verb and another mark ("Chelsea have
  not played Barcelona", "Chelsea are ... beat ...") is a team too: no person takes a plural verb.
- ``drop_kind_nouns``: a one-word "organisation" every use of which a lower-case adjective or "the"
  introduces, once at least an adjective after "a"/"an" or an owner ("a super PAC", "his super PAC", "the
  PAC") is a kind of body, a common noun, no actor: a body's name takes no indefinite article.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.lexicons.actors import HONORIFICS, POSITION_WORDS
from extractors.lexicons.names import (
    BODY_KIND_TITLES,
    BODY_KINDS,
    BODY_NAME_HEADS,
    GAME_VERBS,
    PARTY_NAMES,
    SPORT_WORDS,
    TEAM_POSSESSIONS,
)
from extractors.referring import PERSON_PRONOUNS
from extractors.who.identities import SCORE
from extractors.who.state import Cluster, WhoState, drop

_PRONOUN_WINDOW = 8  # words after a subject searched for "he"/"she" that refers back to it
_TEAM_MARKS = 2
# Sports copy: at least one score ("24-18", "2-0": identities.SCORE) and this many words of sport.
_SPORT_TOKENS = 3
# Prepositions whose object is the other side ("against Wales", "victory over City", "defeat to Wales").
_RIVAL_PREPS = frozenset({"against", "over", "to", "versus", "vs", "v"})
_RIVAL_HEADS = frozenset({"win", "victory", "defeat", "loss", "lose", "beat", "play", "draw", "replacement", "game"})
# A game's verb with its particle ("Chelsea take on Barcelona"), lemma and particle.
_GAME_PHRASALS = frozenset({("take", "on")})
# What a side is led or kicked to ("booted France to victory", "led Wales to the title"). Lemmas.
_OUTCOMES = frozenset({"victory", "win", "title", "triumph", "defeat"})
# What a side owns: its staff, its games and its players' positions ("France centre X", "Ireland flanker Y").
_TEAM_NOUNS = TEAM_POSSESSIONS | POSITION_WORDS


def retype_kinds(st: WhoState) -> None:
    """The retypings of this module, in order."""
    retype_parties(st)
    retype_body_words(st)
    retype_teams(st)
    drop_kind_nouns(st)


def _bare(name: str) -> str:
    words = name.casefold().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def retype_parties(st: WhoState) -> None:
    """ "the Conservatives", "Tories", "Lib Dems", "Liberal Democrats": the party, an organisation."""
    for cluster in st.clusters.values():
        if cluster.kind in ("group", "person") and not cluster.titles and _bare(cluster.name) in PARTY_NAMES:
            cluster.retyped = "organization"


def retype_body_words(st: WhoState) -> None:
    """A one-word person without a title, none of whose uses is a person's, one of which modifies a body's
    head or follows a body's kind: an organisation."""
    for cluster in st.clusters.values():
        tokens = _one_word_uses(st, cluster)
        if any(_body_head(t) or _kind_before(t) for t in tokens):
            cluster.retyped = "organization"


def _one_word_uses(st: WhoState, cluster: Cluster) -> list[Token]:
    """The one-word uses of a named "person" of one word without a title, when none of them is a person's
    ("Mr X", "X said he ..."); none for any other actor."""
    if cluster.kind != "person" or cluster.titles or " " in cluster.name or not cluster.named:
        return []
    tokens = [st.doc[m.last] for m in cluster.mentions if m.first == m.last]
    return [] if any(_person_use(t) for t in tokens) else tokens


def _person_use(token: Token) -> bool:
    """ "Mr X", "X said he ...": a person's use of a one-word name."""
    doc = token.doc
    if token.i and doc[token.i - 1].lower_ in HONORIFICS:
        return True
    if token.dep_ != "nsubj":
        return False
    end = min(len(doc), token.i + 1 + _PRONOUN_WINDOW)
    return any(t.lower_ in PERSON_PRONOUNS for t in doc[token.i + 1 : end] if t.sent == token.sent)


def _body_head(token: Token) -> bool:
    """ "the Balco laboratory": the name modifies, right before it, a body's head noun in lower case."""
    head = token.head
    return token.dep_ == "compound" and head.i == token.i + 1 and head.is_lower and head.lower_ in BODY_NAME_HEADS


def _kind_before(token: Token) -> bool:
    """ "oil giant Yukos", "the UK food group Vestey": a firm's or a band's kind in lower case right before
    the name, and tied to it by the parse (the kind modifying the name, or the name in apposition to it)."""
    doc = token.doc
    i = token.i
    if i == 0 or not doc[i - 1].is_lower:
        return False
    kind = doc[i - 1]
    two = f"{doc[i - 2].lower_} {kind.lower_}" if i > 1 else ""
    if kind.lower_ not in BODY_KIND_TITLES and kind.lower_ not in BODY_KINDS and two not in BODY_KIND_TITLES:
        return False
    return (kind.dep_ == "compound" and kind.head.i == i) or (token.dep_ == "appos" and token.head.i == kind.i)


def retype_teams(st: WhoState) -> None:
    """In sports copy, places (and one-word persons with a plural verb) that play: their teams."""
    if not _sports_copy(st):
        return
    doc = st.doc
    for cluster in st.clusters.values():
        if cluster.kind == "location":
            marks = sum(_team_marks(doc[m.last]) for m in cluster.mentions)
            if marks >= _TEAM_MARKS:
                cluster.retyped = "organization"
        elif _team_named_as_person(st, cluster):
            cluster.retyped = "organization"


def _team_named_as_person(st: WhoState, cluster: Cluster) -> bool:
    tokens = _one_word_uses(st, cluster)
    plural = sum(_plural_subject(t) for t in tokens)
    return plural >= 1 and sum(_team_marks(t) for t in tokens) >= _TEAM_MARKS


def _sports_copy(st: WhoState) -> bool:
    if not SCORE.search(st.text, 0, 20000):
        return False
    return len(st.tokens.where(st.tokens.any_of(st.tokens.lower, SPORT_WORDS))) >= _SPORT_TOKENS


def _plural_subject(token: Token) -> bool:
    """A singular name as the subject of a plural verb ("Spain lead", "Ireland have three wins",
    "Chelsea have not played"): British copy's agreement for a side."""
    if token.dep_ != "nsubj" or token.tag_ != "NNP":
        return False
    verb = token.head
    words = [verb, *(c for c in verb.children if c.dep_ == "aux")]
    return any(w.tag_ == "VBP" or w.lower_ == "were" for w in words)


def _team_marks(token: Token) -> int:
    """Marks of a side on one use of a name: the plural verb, a game's verb with the name as its subject
    or object, the name after "against"/"over"/"to" a game's word, the name owning a team's noun."""
    head = token.head
    dep = token.dep_
    if dep == "nsubj" and (_game_verb(head) or _who_plays(token)):
        return 1 + int(_plural_subject(token))
    if _plural_subject(token):
        return 1
    if dep == "dobj" and (_game_verb(head) or _led_to_outcome(head)):
        return 1
    if dep == "pobj" and head.lower_ in _RIVAL_PREPS and head.head.lemma_.lower() in _RIVAL_HEADS:
        return 1  # "defeat to Wales", "victory over Manchester City", "replacement against Wales"
    if dep in ("compound", "poss") and head.lower_ in _TEAM_NOUNS and token.ent_type_ != "NORP":
        return 1  # "France coach", "the Ireland game", "England's defeat"
    return 0


def _game_verb(verb: Token) -> bool:
    """ "beat", "lost", "take on": a verb of a game."""
    lemma = verb.lemma_.lower()
    return lemma in GAME_VERBS or any((lemma, c.lower_) in _GAME_PHRASALS for c in verb.children if c.dep_ == "prt")


def _led_to_outcome(verb: Token) -> bool:
    """ "booted France to victory": the verb sends its object to a game's outcome."""
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and any(o.lemma_.lower() in _OUTCOMES for o in c.children)
        for c in verb.children
    )


def _who_plays(token: Token) -> bool:
    """ "France, who lost to Wales": the name's relative clause has a game's verb."""
    return any(c.dep_ == "relcl" and _game_verb(c) for c in token.children)


def _one_word_body_uses(st: WhoState, cluster: Cluster) -> list[Token]:
    """The uses of a one-word organisation still so typed, when every use is that one word."""
    if cluster.kind != "organization" or cluster.retyped or " " in cluster.name or cluster.titles:
        return []
    if any(m.first != m.last for m in cluster.mentions):
        return []
    return [st.doc[m.last] for m in cluster.mentions]


def drop_kind_nouns(st: WhoState) -> None:
    """ "a super PAC", "his super PAC": a one-word body every use of which a lower-case adjective or "the"
    introduces, once at least an adjective after "a"/"an" or an owner, is a kind of body, no actor."""
    for key, cluster in list(st.clusters.items()):
        tokens = _one_word_body_uses(st, cluster)
        if not tokens or not all(_lower_modifier(t) or _definite(t) for t in tokens):
            continue
        if any(_lower_modifier(t) and _indefinite_or_owned(t) for t in tokens):
            drop(st, key)


def _definite(token: Token) -> bool:
    """ "the PAC": the name right after "the" (a kind named again)."""
    return bool(token.i) and token.doc[token.i - 1].lower_ == "the"


def _lower_modifier(token: Token) -> bool:
    """The word right before the name is an adjective in lower case that modifies it ("super PAC"; not a
    kind that introduces a name: "his band Babyshambles")."""
    if not token.i:
        return False
    before = token.doc[token.i - 1]
    return before.is_lower and before.is_alpha and before.head.i == token.i and before.dep_ == "amod"


def _indefinite_or_owned(token: Token) -> bool:
    """ "a super PAC", "his super PAC", "Bush's super PAC": an indefinite article or an owner on the name."""
    return any(
        (c.dep_ == "det" and c.lower_ in ("a", "an")) or c.dep_ == "poss" for c in token.children if c.i < token.i
    )
