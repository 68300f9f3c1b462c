"""A possessor glued to a name: the NER's one entity "China's Politburo", "Nasa's Orion", "Berlin's
Brandenburg Gate" is two names, the possessor and the name it owns.

The possessor is a country or a capital of the gazetteer, or a name the article writes elsewhere on its own
(an entity of the NER); the owned name is capitalised words ("Politburo", "Brandenburg Gate"). A name whose
owned part is a common noun stays whole ("Germany's parliament": a description), and so does a name the
possessive belongs to ("Women's March", "Guernsey's Auction House": "Auction House" is no name of its own).
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from extractors.lexicons.names import GENERIC_ORG_WORDS, ORG_NAME_WORDS
from extractors.who.state import WhoState

# The possessive ending as its own token ("China" + "'s"); the NER's tagger may call it a number.
POSSESSIVES = frozenset({"'s", "\u2019s"})


def owned_name(st: WhoState, span: SpacySpan) -> SpacySpan:
    """``span`` without a possessor glued to its front ("China's Politburo" -> "Politburo"); a country
    possessor gets its mention. Else ``span`` as it is."""
    doc = span.doc
    cut = next((t.i for t in span[1:-1] if t.lower_ in POSSESSIVES), None)
    if cut is None:
        return span
    owner, owned = doc[span.start : cut], doc[cut + 1 : span.end]
    if not all(t.is_title or t.is_upper for t in owned) or all(
        t.lower_ in ORG_NAME_WORDS or t.lower_ in GENERIC_ORG_WORDS for t in owned
    ):
        return span
    found = st.country_of(owner.text)
    if found is not None:
        st.add_country(found[0], owner.start, owner.end - 1)
        return owned
    if any(e.text == owner.text and e.start != span.start for e in st.ents):
        return owned  # "Nasa's Orion" beside "Nasa"
    return span
