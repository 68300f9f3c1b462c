"""Names that only qualify a noun: "the GOP nomination", "the Benghazi attacks", "a UN mandate", "the
LGBT community", "a Ford truck". Such a name tells what kind of thing the noun is; the name's bearer
does nothing in the article, so it is no actor. Kept: a name before a person's role or a body's part
("IBM engineer", "Labour Ministry official", "Taliban government": the body acts through them), before
what a body owns ("Qualcomm shares") or before a document it issued ("a Labor Department report": a
source); and a name the article uses otherwise at least once. A party's name is no actor before any
noun, its members' too ("GOP leaders", "the GOP nomination"): it is the party adjective of the
members' description ("Republican leaders"), as the NER's "Republican" is.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.lexicons.attribution import DOCUMENT_NOUNS, ORGANIZATION_NOUNS, TITLE_NOUNS, UNNAMED_PERSON_NOUNS
from extractors.lexicons.names import BODY_POSSESSIONS, ORG_NAME_WORDS, PARTY_NAMES
from extractors.who.state import Cluster, WhoState
from extractors.who.words import agentive, fold

# A name used this often is the article's, whatever it modifies.
_MODIFIER_MENTIONS = 2
_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})
# Nouns a body acts, speaks or owns through: its people, its parts, its property, its documents.
_BODY_NOUNS = UNNAMED_PERSON_NOUNS | TITLE_NOUNS | ORGANIZATION_NOUNS | BODY_POSSESSIONS | DOCUMENT_NOUNS


def qualifier_only(st: WhoState, cluster: Cluster) -> bool:
    """An organisation named once or twice, each time as the modifier of a common noun after it that is
    none of the body's people, parts, property or documents (a party: of any noun); not in the title."""
    if cluster.kind != "organization" or not 0 < len(cluster.mentions) <= _MODIFIER_MENTIONS:
        return False
    if st.title and cluster.name in st.title:
        return False
    party = fold(cluster.name) in PARTY_NAMES
    named = cluster.name.casefold().split()[-1] in ORG_NAME_WORDS
    for m in cluster.mentions:
        head = _qualified(st.root_of(m.first, m.last), m.last)
        if head is None or (not party and _bodys(head)):
            return False
        if named and m.first > 0 and st.doc[m.first - 1].lower_ == "the":
            return False  # "of the United Rubber Workers Union severance benefits": the article is the name's
    return True


def _qualified(root: Token, last: int) -> Token | None:
    """The common noun after the name that the name modifies ("the GOP [nomination]"), else None; not a
    sentence's last word ("figures from the Ministry of Agriculture show.": a verb taken for a noun)."""
    head = root.head
    if root.dep_ not in _MODIFIER_DEPS or head.i <= last or head.pos_ != "NOUN" or not head.is_lower:
        return None
    doc = head.doc
    if head.i + 1 >= len(doc) or doc[head.i + 1].is_sent_start or doc[head.i + 1].text in (".", "\n"):
        return None
    return head


def _bodys(noun: Token) -> bool:
    """A noun of a body's people, parts, property or documents ("leaders", "government", "shares", "report")."""
    lemma = noun.lemma_.lower()
    return agentive(noun) or noun.lower_ in _BODY_NOUNS or lemma in _BODY_NOUNS
