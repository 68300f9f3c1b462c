"""Step 2d of `who`: a body named with and without the country of its branch.

"Age Concern said ... Gordon Lishman, director general of Age Concern England": a name of two
words or more that the article also writes followed by a country or one of the UK's nations
(BRANCH_PLACES) is one body, whatever types the NER gave the two forms (the short one often a
person, the long one a place); a place's part ("Hong Kong Island") is no branch. The place alone
stays its own actor; a one-word name ("Airbus UK") is left to the organisation steps, and a
person's name before a place ("Smith England") joins nothing: a person's name is written short
somewhere ("Smith said").
"""

from __future__ import annotations

from extractors.lexicons.names import BRANCH_PLACES
from extractors.who.state import WhoState
from extractors.who.words import fold


def merge_country_branches(st: WhoState) -> None:
    """ "Age Concern England" / "Age Concern", "Amnesty International UK" / "Amnesty
    International": the branch's name joins the body's, which keeps the shorter name and is a body."""
    by_name: dict[str, list[str]] = {}
    for key, cluster in st.clusters.items():
        by_name.setdefault(fold(cluster.name), []).append(key)
    for key, cluster in list(st.clusters.items()):
        if key not in st.clusters or cluster.kind == "person":
            continue
        words = cluster.name.split()
        rest = _without_place(st, words)
        if rest is None:
            continue
        homes = [k for k in by_name.get(fold(" ".join(rest)), []) if k != key and k in st.clusters]
        if len(homes) != 1:
            continue
        home = st.clusters[homes[0]]
        if home.kind == "location":
            continue  # a place with its part ("Hong Kong Island" is no branch of Hong Kong)
        if home.kind == "person" and any(st.text_of(m.first, m.last) != home.name for m in home.mentions):
            continue  # a person named by a short form too ("John Smith ... Smith")
        st.merge_into(key, homes[0], name=home.name)
        home.kind = "organization"


def _without_place(st: WhoState, words: list[str]) -> list[str] | None:
    """The capitalised words of a name before the country (its gazetteer name, or a short form in
    BRANCH_PLACES) or the UK nation closing it, two at least."""
    for n in (2, 1):
        rest, place = words[:-n], " ".join(words[-n:])
        if len(rest) < 2 or not all(w[:1].isupper() for w in rest):
            continue
        found = st.country_of(place)
        if fold(place) in BRANCH_PLACES or (found is not None and st.gaz.countries[found[0]].name == place):
            return rest  # a country by its own name, not any spelling ("Island" is Iceland's)
    return None
