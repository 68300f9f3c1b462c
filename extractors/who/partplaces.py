"""A step of `who`, run once the types are final: a place named in full and in part is one place.

Three forms, each between two places of one article:

- a natural feature with and without its head (`FEATURE_HEADS`): "the Rhine River ... on the Rhine"
  is the Rhine River; a country or a state keeps its own name ("the Jordan River" / "Jordan", "the Ohio
  River" / "Ohio");
- a place of two words or more that closes another place's name: "the Duisburg Inner Harbor ... the
  Inner Harbor", "the United Arab Republic ... the Arab Republic" (the longer name stays); not after a
  side word (`PLACE_SIDES`: "Upstate New York" / "New York") nor for a country or a state, and only
  when one such longer place is named;
- a place's name after lower-case words the NER took in: "a united Germany" is Germany, whose name
  stays ("a united Germany join NATO ... Germany alone had destroyed Russia").

Bodies and persons are left to the organisation and person steps; two places of one word each
("Vietnam" / "North Vietnam") stay apart.
"""

from __future__ import annotations

from extractors.lexicons.actors import subdivision_names
from extractors.lexicons.names import FEATURE_HEADS, PLACE_SIDES
from extractors.who.state import WhoState


def merge_place_parts(st: WhoState) -> None:
    """Join each place named in part to the one place named in full (see the module's forms)."""
    places = {key: _words(c.name) for key, c in st.clusters.items() if c.kind == "location"}
    for key, words in places.items():
        if key not in st.clusters or not words:
            continue
        fuller = [k for k, w in places.items() if k != key and k in st.clusters and _part_of(st, words, w)]
        if len(fuller) == 1:
            st.merge_into(key, fuller[0], name=st.clusters[fuller[0]].name)
            continue
        proper = [k for k, w in places.items() if k != key and k in st.clusters and _lowered(words, w)]
        if len(proper) == 1:
            st.merge_into(key, proper[0], name=st.clusters[proper[0]].name)


def _words(name: str) -> list[str]:
    """A place's name as words, a leading "the" aside."""
    words = name.split()
    return words[1:] if words[:1] in (["the"], ["The"]) else words


def _part_of(st: WhoState, part: list[str], full: list[str]) -> bool:
    """``part`` names the place ``full`` in part: its name without a feature's head, or the end of it."""
    if len(full) == len(part) + 1 and full[:-1] == part and full[-1].casefold() in FEATURE_HEADS:
        return _own_place(st, part)
    if len(part) < 2 or len(full) <= len(part) or full[-len(part) :] != part:
        return False
    extra = full[: -len(part)]
    return all(w[:1].isupper() for w in extra) and extra[0] not in PLACE_SIDES and _own_place(st, part)


def _own_place(st: WhoState, part: list[str]) -> bool:
    """No country nor state of its own: "the Jordan River" is not Jordan, "the Ohio River" not Ohio, "the
    continental United States" not the United States."""
    name = " ".join(part)
    return st.country_named(name) is None and name not in subdivision_names()


def _lowered(full: list[str], proper: list[str]) -> bool:
    """``full`` is ``proper`` after lower-case words only ("united Germany" / "Germany")."""
    n = len(full) - len(proper)
    return n > 0 and full[n:] == proper and all(w[:1].islower() for w in full[:n])
