"""Step 2b of `who`: the type of each actor, and what is not an actor at all.

A name with a word of an organisation's name is an organisation whatever the NER said
("Manchester United"). Not actors: events, laws, awards and feasts ("Brexit", "the Constitutional
Reform Bill", "the Grammys"), common nouns the NER capitalised ("the State", "Court",
"Professors") that name no body of the article, and platforms named only as where something was
posted ("wrote on Twitter").
"""

from __future__ import annotations

from extractors.lexicons.names import GENERIC_ORG_WORDS, NOT_ACTOR_HEADS, NOT_ACTOR_NAMES, ORG_NAME_WORDS, PLATFORMS
from extractors.who.state import Cluster, WhoState
from extractors.who.words import fold

# Prepositions that make a platform the medium of a post ("on Twitter", "via Facebook").
_MEDIUM = frozenset({"on", "via", "through", "onto"})


def settle(st: WhoState) -> None:
    """Retype organisations the NER took for persons, and drop what is not an actor."""
    for cluster in st.clusters.values():
        words = cluster.name.casefold().split()
        if cluster.kind == "person" and len(words) > 1 and any(w in ORG_NAME_WORDS for w in words[1:]):
            cluster.kind = "organization"  # "Manchester United", "Sumitomo Bank"
    for key in [k for k, c in st.clusters.items() if not is_actor(st, c)]:
        drop(st, key)


def is_actor(st: WhoState, cluster: Cluster) -> bool:
    name = fold(cluster.name)
    words = name.replace("-", " ").split()
    if not words or name in NOT_ACTOR_NAMES:
        return False
    if (
        len(words) > 1
        and cluster.kind != "person"
        and (words[-1] in NOT_ACTOR_HEADS or " ".join(words[-2:]) in NOT_ACTOR_HEADS)
    ):
        return False  # "the International Coffee Agreement", "the Winter Olympics"
    if cluster.kind in ("organization", "location") and len(words) == 1 and name in GENERIC_ORG_WORDS:
        return False  # a common noun named as a body the article does not name
    doc = st.doc
    roots = [doc[m.first : m.last + 1].root for m in cluster.mentions]
    if roots and all(
        m.first == m.last and r.tag_ in ("NN", "NNS") for m, r in zip(cluster.mentions, roots, strict=True)
    ):
        return False  # "Professors", "Mum": a capitalised common noun, not a name
    # "posted on Twitter": the medium, not an actor
    return not (name in PLATFORMS and all(r.dep_ == "pobj" and r.head.lower_ in _MEDIUM for r in roots))


def drop(st: WhoState, key: str) -> None:
    """Remove a cluster and free its tokens."""
    st.clusters.pop(key, None)
    for i in [i for i, owner in st.owner.items() if owner == key]:
        del st.owner[i]
