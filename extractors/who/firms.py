"""Firms named after several people: "Goldman, Sachs & Co.", "Smith Barney, Harris Upham & Co.",
"Donaldson, Lufkin & Jenrette Securities Inc.".

The comma inside such a name belongs to no list and no place ("Auckland, New Zealand"): an organisation's
name whose capitalised words after a comma are joined by an ampersand and that ends on a company suffix is
one firm, not its first word. The NER also cuts such a name at its ampersand ("Standard" + "& Poor's
Corp.", "Donaldson, Lufkin &" + "Jenrette Securities Inc."): two organisations joined by an ampersand, the
second ending on a company suffix, are one name. Without the suffix a name stays cut at its comma: "Macy's,
Nordstrom, Lord & Taylor" is a list of stores. The words before the comma, written alone, are that firm's
short form ("Goldman", "Smith Barney").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from extractors.lexicons.actors import ORG_SUFFIXES

if TYPE_CHECKING:  # (state.py imports words.py, which imports this module)
    from extractors.who.state import WhoState

# An ampersand, and the "amp" that a scraped "&amp;" leaves in wire copy ("Goldman, Sachs amp Co.").
AMPERSANDS = frozenset({"&", "amp"})


def _ampersand(doc: Doc, i: int) -> bool:
    """Token ``i`` joins two capitalised words as an ampersand."""
    return (
        doc[i].lower_ in AMPERSANDS
        and (doc[i].text == "&" or doc[i].is_lower)
        and 0 < i < len(doc) - 1
        and doc[i - 1].text[:1].isupper()
        and doc[i + 1].text[:1].isupper()
    )


def several_names(doc: Doc, start: int, end: int) -> int:
    """The end of one firm named after several people that tokens [start, end) open with: a comma, an
    ampersand after it, and a company suffix ("Goldman, Sachs & Co."), where the first suffix after the
    ampersand ends it ("Goldman, Sachs & Co. Hertz Corp.": a listing ran two names together); else 0."""
    comma = next((i for i in range(start + 1, end) if doc[i].text == ","), None)
    if comma is None:
        return 0
    amp = next((i for i in range(comma + 1, end - 1) if _ampersand(doc, i)), None)
    if amp is None:
        return 0
    return next((i + 1 for i in range(amp + 1, end) if doc[i].lower_ in ORG_SUFFIXES), 0)


def join_firms(ents: tuple[SpacySpan, ...]) -> tuple[SpacySpan, ...]:
    """The entities with an organisation cut at its ampersand made whole again: "Standard" + "& Poor's
    Corp." (the ampersand between them, or ending the first) is "Standard & Poor's Corp."."""
    out: list[SpacySpan] = []
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == "ORG" and ent.label_ == "ORG" and _joined(prev, ent):
            out[-1] = SpacySpan(ent.doc, prev.start, ent.end, label="ORG")
        else:
            out.append(ent)
    return tuple(out)


def _joined(first: SpacySpan, second: SpacySpan) -> bool:
    """``first`` and ``second`` are one firm's name cut at its ampersand."""
    doc = first.doc
    if second[-1].lower_ not in ORG_SUFFIXES:
        return False
    if second.start == first.end + 1:
        return _ampersand(doc, first.end)
    return second.start == first.end and len(first) > 1 and _ampersand(doc, first.end - 1)


def merge_firm_short_forms(st: WhoState) -> None:
    """ "Smith Barney" beside "Smith Barney, Harris Upham & Co.", "Goldman" beside "Goldman, Sachs & Co.": the
    words before the comma of exactly one firm named after several people are that firm (any type the NER
    gave them but a person's named in full elsewhere)."""
    firms: dict[str, list[str]] = {}
    for key, cluster in st.clusters.items():
        head, comma, rest = cluster.name.partition(",")
        words = rest.split()
        suffixed = len(words) >= 2 and words[-1].casefold() in ORG_SUFFIXES
        if cluster.kind == "organization" and comma and suffixed and any(w in AMPERSANDS for w in words):
            firms.setdefault(_key(head), []).append(key)
    for key, cluster in list(st.clusters.items()):
        homes = firms.get(_key(cluster.name), [])
        named_person = cluster.kind == "person" and len(cluster.parts) > 1  # "Lisa Goldman" is no firm
        if not named_person and len(homes) == 1 and homes[0] != key and key in st.clusters and homes[0] in st.clusters:
            st.merge_into(key, homes[0], name=st.clusters[homes[0]].name)


def _key(name: str) -> str:
    """A name case-folded, without a leading "the" (words.fold: that module imports this one)."""
    name = name.strip().casefold()
    return name[4:] if name.startswith("the ") else name
