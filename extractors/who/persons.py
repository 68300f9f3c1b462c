"""Step 1b of `who`: persons clustered by name parts.

In text order, a short form joins a full name containing it that was already introduced ("Shin"
joins "Shin Won-sik"); the full name used most wins when several contain the short form; a titled
surname used before any full name is a person of its own; surnames the NER missed are found by
their spelling.
"""

from __future__ import annotations

from collections import Counter

from extractors.lexicons.actors import HONORIFICS, TITLE_ABBREVIATIONS
from extractors.lexicons.attribution import SAYING_VERBS
from extractors.lexicons.names import EPITHETS, GIVEN_NAME_FORMS
from extractors.who.state import WhoState
from extractors.who.words import TITLES, contains, part_key

# "Added Haynes", "Says Smith": inflected verbs of saying that open a sentence before the speaker.
_SAYING_FORMS = frozenset(f for v in SAYING_VERBS for f in (v + "s", v + "d", v + "ed")) | {"said", "told"}


def add_persons(st: WhoState, persons: list[tuple[int, int]]) -> None:
    """Cluster person mentions by name parts: a short form joins a full name containing it."""
    doc = st.doc
    spans = []
    for first, last in persons:
        # an honorific or abbreviated title inside the entity is not part of the name
        while first < last and (doc[first].lower_ in HONORIFICS or doc[first].lower_ in TITLE_ABBREVIATIONS):
            first += 1
        if first < last and doc[first].lower_ in _SAYING_FORMS:
            first += 1  # "Added Haynes, ...": a verb of saying opening the sentence
        if first < last and doc[first].lower_ in EPITHETS:
            first += 1  # "Devastated Hayley added": the popular press's epithet is no part of the name
        # a capitalised title the NER took into the name ("Striker Thierry Henry") is a title
        while first < last and doc[first].lower_ in TITLES and doc[first + 1].is_title:
            first += 1
        dash = next(
            (i for i in range(first + 1, last) if doc[i].text in ("-", "–", "—") and doc[i - 1].whitespace_), None
        )
        if dash is not None:
            last = dash - 1  # "Rob Partridge - Marley's": the NER ran two names together
        text = doc[first : last + 1].text
        if not any(c.isalpha() for c in text) or text.islower() or any(c in text for c in "[](){}|/"):
            continue  # a caption credit or an editor's insertion, not a clean name
        spans.append((first, last, tuple(text.split())))
    # In text order: a short form joins a full name containing it that was already introduced
    # (news names a person in full first); a short form used before any such full name is a
    # person of its own ("President Obama" is not the "Michelle Obama" named later).
    used = Counter(parts for *_, parts in spans)
    homes: dict[tuple[str, ...], tuple[str, ...]] = {}  # introduced form -> its cluster's full form
    last_seen: dict[tuple[str, ...], int] = {}
    for first, last, parts in sorted(spans):
        # in the order the full names were introduced (a dict, not a set: never hash order)
        options = dict.fromkeys(homes[f] for f in homes if len(f) > len(parts) and contains(f, parts))
        if parts in homes:
            options[homes[parts]] = None
        # the full name used most often wins ("Cardi" is Cardi B, not the single "Bartier
        # Cardi"); between equals, the one named last before; then the one introduced first
        home = max(options, key=lambda f: (used[f], last_seen.get(f, -1))) if options else parts
        homes.setdefault(parts, home)
        last_seen[home] = first
        key = f"P:{' '.join(home)}"
        cluster = st.cluster(key, "person", " ".join(home))
        cluster.parts = home
        st.mention(key, "person", " ".join(parts), first, last)
    add_untagged_surnames(st)


def add_untagged_surnames(st: WhoState) -> None:
    """Short forms the NER missed: a capitalised token equal to the first or last part of one full name."""
    doc = st.doc
    parts: dict[str, str | None] = {}
    for key, cluster in st.clusters.items():
        if cluster.kind != "person" or len(cluster.parts) < 2:
            continue
        for part in {cluster.parts[0], cluster.parts[-1]}:
            if len(part) > 2:
                parts[part] = None if part in parts and parts[part] != key else key
    if not parts:
        return
    for i in st.tokens.where(st.tokens.any_of(st.tokens.orth, set(parts)) & (st.tokens.is_title == 1)):
        token = doc[i]
        home = parts.get(token.text)
        if home is None or token.i in st.owner:
            continue
        neighbours = [doc[j] for j in (token.i - 1, token.i + 1) if 0 <= j < len(doc)]
        if any(n.pos_ == "PROPN" and n.is_title and n.i not in st.owner for n in neighbours):
            continue  # part of another name ("Kim Yo Jong" is not "Kim Jong Un")
        st.mention(home, "person", token.text, token.i, token.i, canonical=False)


def merge_early_short_forms(st: WhoState) -> None:
    """A surname used before the full name ("Massa ... Felipe Massa") is that person, when one
    full name contains it and the short form bears no title of its own: "President Obama" stays
    apart from a "Michelle Obama" named later."""
    persons = [(k, c) for k, c in st.clusters.items() if c.kind == "person"]
    for key, cluster in persons:
        if not cluster.parts or cluster.titles:
            continue
        # one part, or the surname with a particle ("Van Gisbergen ... Mark van Gisbergen")
        last = part_key(cluster.parts[-1])
        homes = [
            k
            for k, c in persons
            if len(c.parts) > len(cluster.parts)
            and contains(c.parts, cluster.parts)
            and (len(cluster.parts) == 1 or part_key(c.parts[-1]) == last)
            and k in st.clusters
        ]
        if len(homes) == 1 and key in st.clusters:
            st.merge_into(key, homes[0])


def _given(part: str) -> str:
    key = part_key(part)
    return GIVEN_NAME_FORMS.get(key, key)


def merge_given_name_forms(st: WhoState) -> None:
    """ "Larry Lessig" and "Lawrence Lessig", "Chuck Robb" and "Charles S. Robb": one surname and two
    forms of one given name are one person (the one named most keeps the actor); "Moon Jae" and
    "Moon Jae-in": a name the NER cut at a hyphen is the full one."""
    persons = [(k, c) for k, c in st.clusters.items() if c.kind == "person" and len(c.parts) > 1]
    by_name: dict[tuple[str, str], list[str]] = {}
    for key, cluster in persons:
        by_name.setdefault((_given(cluster.parts[0]), part_key(cluster.parts[-1])), []).append(key)
    for keys in by_name.values():
        if len(keys) < 2:
            continue
        keys = sorted(keys, key=lambda k: -len(st.clusters[k].mentions))
        for key in keys[1:]:
            if key in st.clusters and keys[0] in st.clusters:
                st.merge_into(key, keys[0])
    names = {c.name: k for k, c in st.clusters.items() if c.kind == "person"}
    for name, key in names.items():
        cut = name.rsplit("-", 1)[0] if "-" in name.split()[-1] else None
        home = names.get(cut) if cut else None
        if home is not None and home in st.clusters and key in st.clusters:
            st.merge_into(home, key)


def merge_spellings(st: WhoState) -> None:
    """Two spellings of one name ("Mario JLucero", "Mario J. Lucero", "Pascal Pape", "Pascal
    Papé"): the same letters, spaces, points, hyphens and accents aside, are one person."""
    seen: dict[str, str] = {}
    for key, cluster in list(st.clusters.items()):
        if cluster.kind != "person" or key not in st.clusters:
            continue
        letters = "".join(c for c in part_key(cluster.name) if c.isalnum())
        if len(letters) < 6:
            continue
        home = seen.setdefault(letters, key)
        if home != key and home in st.clusters:
            st.merge_into(key, home)
