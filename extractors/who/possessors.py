"""A possessor glued to a name: the NER's one entity "China's Politburo", "Nasa's Orion" is two names, the
possessor and the name it owns.

The possessor is a country's name, or a body's or person's name the article writes elsewhere on its own (an
entity of the NER with no possessive after it); the owned name is capitalised words whose first the article
never writes in lower case ("Politburo", "Orion"). A city's institution keeps its city ("London's Stock
Exchange"); a name whose owned part is a common noun stays whole ("Germany's parliament": a description), and
so does a name the possessive belongs to ("Women's March", "Young's Market Co.", "Guernsey's Auction House",
"Hudson's Bay" beside "Hudson's Bay Co.").
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from extractors.lexicons.actors import ORG_SUFFIXES
from extractors.lexicons.names import GENERIC_ORG_WORDS, ORG_NAME_WORDS
from extractors.who.state import WhoState
from extractors.who.words import POSSESSIVES, word_at


def owned_name(st: WhoState, span: SpacySpan) -> SpacySpan:
    """``span`` without a possessor glued to its front ("China's Politburo" -> "Politburo"); a country
    possessor gets its mention. Else ``span`` as it is."""
    doc = span.doc
    cut = next((t.i for t in span[1:-1] if t.lower_ in POSSESSIVES), None)
    if cut is None:
        return span
    owner, owned = doc[span.start : cut], doc[cut + 1 : span.end]
    if (
        not all(t.is_title or t.is_upper for t in owned)
        or owned[-1].lower_ in ORG_SUFFIXES
        or all(t.lower_ in ORG_NAME_WORDS or t.lower_ in GENERIC_ORG_WORDS for t in owned)
        or word_at(owned[0].lower_, st.text) is not None
    ):
        return span  # "Young's Market Co.", "London's Stock Exchange": the possessive is the name's own
    found = st.country_of(owner.text)
    if found is not None and found[1] == "name":
        st.add_country(found[0], owner.start, owner.end - 1)
        return owned
    if any(e.text == owner.text and e.label_ in ("ORG", "PERSON") and not _owning(e) for e in st.ents):
        return owned  # "Nasa's Orion" beside "Nasa"
    return span


def _owning(ent: SpacySpan) -> bool:
    """The entity is followed by a possessive (a part of an owner's name: "Hudson" of "Hudson's Bay")."""
    doc = ent.doc
    return ent.end < len(doc) and doc[ent.end].lower_ in POSSESSIVES
