"""Titles of works the NER took for actors, read from how the article writes them (used by `filters`).

A work noun tied to the name by the parse ("The album Exodus came out", "Her latest single, Car
Wash, reached number four") makes the name a work even where it is a subject, and so the names of a
list it opens ("The trilogy - Northern Lights, The Subtle Knife and The Amber Spyglass - tells"); a
name only ever in quote marks that never acts is a title, a nickname or a slogan ("songs included
“Suit & Tie,”"), unless a body's word makes it a body.
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


def noun_before(st: WhoState, m: Mention) -> int:
    """Where a work's noun stands before a name: the word right before it, or the one before a comma
    ("her single, Car Wash"); -1 at the text's start."""
    doc = st.doc
    return m.first - 1 if m.first > 0 and doc[m.first - 1].text != "," else m.first - 2


def tied_work(st: WhoState, m: Mention) -> bool:
    """The work noun right before the name (a comma between allowed) hangs on the name in the parse,
    after an article or a possessive: "The album Exodus came out", "Her most recent single, Car Wash,
    reached number four"; not "In the game Henry scored" (the noun is the preposition's)."""
    doc = st.doc
    i = noun_before(st, m)
    if i < 0 or not work_noun(doc[i]) or doc[i].pos_ in ("VERB", "AUX"):
        return False
    noun, root = doc[i], st.root_of(m.first, m.last)
    if not (noun.head.i == root.i and noun.dep_ in _TIES) and not (root.dep_ == "appos" and root.head.i == i):
        return False
    return any(doc[j].lower_ in _OWN or doc[j].tag_ == "PRP$" for j in range(max(0, i - 4), i))


def listed_work(root: Token) -> bool:
    """A name listed after the first of several titles a work noun introduces, the list maybe the
    subject ("The trilogy - Northern Lights, The Subtle Knife and The Amber Spyglass - tells the
    story"). Not the names joined to a work noun's phrase: "nominees include The Guardian news website,
    the National Theatre, MTV" lists bodies."""
    hops = 0
    while root.dep_ == "conj" and root.head.i < root.i and root.head.pos_ == "PROPN":
        root, hops = root.head, hops + 1
    return hops > 0 and any(c.dep_ in ("compound", "appos") and c.i < root.i and work_noun(c) for c in root.children)
