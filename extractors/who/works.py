"""Titles of works the NER took for actors, read from how the article writes them (used by `filters`).

A work noun tied to the name by the parse ("The album Exodus came out", "Her latest single, Car
Wash, reached number four") makes the name a work even where it is a subject; a work owned by a
named person ("Bellini's Norma", "Martin Scorsese's Gangs Of New York") is that person's work, no
actor; the names a work noun lists are works, also as the subject ("The trilogy - Northern Lights,
The Subtle Knife and The Amber Spyglass - tells"); a name only ever in quote marks that never acts is a
title, a nickname or a slogan ("songs included “Suit & Tie,”"), unless a body's word makes it a body.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.lexicons.names import GENERIC_ORG_WORDS, ORG_NAME_WORDS, WORK_NOUNS
from extractors.who.state import Cluster, Mention, WhoState
from extractors.who.words import SUBJECT, fold

# Words before a work noun that make it the title's own ("the album X", "her single X", "its
# sequel X"): not a scene ("in a game X scored" has no tie in the parse either).
_OWN = frozenset({"the", "a", "an", "her", "his", "its", "their", "our", "my", "your"})
# Quote marks around a work's title ("“Kill Bill”").
_OPENING = frozenset("\"“‘'")
_CLOSING = frozenset("\"”’'")
# Articles that open a work's title in the languages of its names ("La Boheme", "The Subtle Knife").
_TITLE_ARTICLES = frozenset({"the", "la", "le", "les", "il", "el", "los", "las", "der", "die", "das"})
# An organisation's name owned by a person is a title from this many words ("Scorsese's Gangs Of New
# York"); a shorter one is the body the person leads ("Wenger's Arsenal"), unless an article opens it.
_OWNED_BODY_WORDS = 3
# How a work noun hangs on the title it introduces ("the album Exodus": compound; "her single, Car
# Wash": amod or appos).
_TIES = frozenset({"compound", "amod", "appos", "nmod"})


def in_quotes(st: WhoState, m: Mention) -> bool:
    """The mention stands alone in quote marks, a comma or a full stop maybe inside ("“Suit & Tie,”")."""
    doc = st.doc
    start, end = doc[m.first].idx, doc[m.last].idx + len(doc[m.last])
    before, after = st.text[start - 1 : start], st.text[end : end + 2]
    closed = after[:1] in _CLOSING or (after[:1] in ",." and after[1:2] in _CLOSING)
    return bool(before) and before in _OPENING and closed


def quoted_title(st: WhoState, cluster: Cluster, roots: list[Token]) -> bool:
    """An organisation's name written only in quote marks and never a subject is a title, a nickname
    or a slogan ("songs included “Suit & Tie,”", "watched a great deal of “Trek”", "the “Move Detroit
    Forward” plan"); not one with a body's word ("a union known as the “Judges Club”", "formed the
    'New Zealand Native Team'")."""
    words = fold(cluster.name).split()
    if cluster.kind != "organization" or any(w in ORG_NAME_WORDS or w in GENERIC_ORG_WORDS for w in words):
        return False
    if not roots or any(r.dep_ in SUBJECT for r in roots):
        return False
    return all(in_quotes(st, m) for m in cluster.mentions)


def work_noun(token: Token) -> bool:
    """A work's noun as written in lower case ("album", "single", "films", "trilogy")."""
    return token.is_lower and (token.lower_ in WORK_NOUNS or token.lemma_ in WORK_NOUNS)


def tied_work(st: WhoState, m: Mention) -> bool:
    """The work noun right before the name (a comma between allowed) hangs on the name in the parse,
    after an article or a possessive: "The album Exodus came out", "Her most recent single, Car Wash,
    reached number four"; not "In the game Henry scored" (the noun is the preposition's)."""
    doc = st.doc
    i = m.first - 1 if m.first > 0 and doc[m.first - 1].text != "," else m.first - 2
    if i < 0 or not work_noun(doc[i]) or doc[i].pos_ in ("VERB", "AUX"):
        return False
    noun, root = doc[i], st.root_of(m.first, m.last)
    if not (noun.head.i == root.i and noun.dep_ in _TIES) and not (root.dep_ == "appos" and root.head.i == i):
        return False
    return any(doc[j].lower_ in _OWN or doc[j].tag_ == "PRP$" for j in range(max(0, i - 4), i))


def owned_work(st: WhoState, cluster: Cluster, roots: list[Token]) -> bool:
    """Every mention is owned by a named person and none acts: "conducted Vincenzo Bellini's Norma",
    "Massenet's Le Roi de Lahore", "Martin Scorsese's Gangs Of New York" (a work, its maker the actor).
    Not a country, an acronym, a body's name or a short one ("Blair's Britain", "Sarkozy's UMP",
    "Murdoch's News Corp", "Wenger's Arsenal"): a person leads those."""
    if not roots or any(r.dep_ in SUBJECT for r in roots):
        return False
    words = fold(cluster.name).split()
    if cluster.kind == "person" and len(words) > 1 and words[0] not in _TITLE_ARTICLES:
        return False  # "Led Zeppelin's Jimmy Page": a person's full name (a band the NER took for a person)
    if cluster.kind == "organization" and len(words) < _OWNED_BODY_WORDS and words[0] not in _TITLE_ARTICLES:
        return False  # "Wenger's Arsenal", "Buffett's Berkshire Hathaway": the body a person leads
    if cluster.name.isupper() or any(w in ORG_NAME_WORDS for w in words) or st.country_of(cluster.name):
        return False
    return all(_person_owner(st, cluster, r) for r in roots)


def _person_owner(st: WhoState, cluster: Cluster, root: Token) -> bool:
    """The name's possessor is a person's name ("Bellini's Norma"; "Led Zeppelin's Jimmy Page" is a band's)."""
    owner = next((c for c in root.children if c.dep_ == "poss"), None)
    if owner is None or owner.ent_type_ != "PERSON" or not any(c.dep_ == "case" for c in owner.children):
        return False
    owner_cluster = st.clusters.get(st.owner.get(owner.i, ""))
    return owner_cluster is not None and owner_cluster is not cluster and owner_cluster.kind == "person"


def listed_work(root: Token) -> bool:
    """A name listed after the first of several titles a work noun introduces, the list maybe the
    subject ("The trilogy - Northern Lights, The Subtle Knife and The Amber Spyglass - tells the
    story"). Not the names joined to a work noun's phrase: "nominees include The Guardian news website,
    the National Theatre, MTV" lists bodies."""
    hops = 0
    while root.dep_ == "conj" and root.head.i < root.i and root.head.pos_ == "PROPN":
        root, hops = root.head, hops + 1
    return hops > 0 and any(c.dep_ in ("compound", "appos") and c.i < root.i and work_noun(c) for c in root.children)
