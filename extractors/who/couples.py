"""Step 2d of `who`: two persons' names the NER ran into one ("tripped by Bryson and Thompson
converted the penalty", "Petrov and Juninho combined"): a name that is two words joined by "and",
each the surname or the one-word name of exactly one person of the article, names those persons,
not a body or a third person."""

from __future__ import annotations

from extractors.who.state import WhoState, drop


def split_person_couples(st: WhoState) -> None:
    """ "Petrov and Juninho": the name goes, its words become mentions of their persons."""
    owners: dict[str, list[str]] = {}
    for key, cluster in st.clusters.items():
        if cluster.kind == "person":
            for part in set(cluster.parts or cluster.name.split()):
                owners.setdefault(part, []).append(key)
    for key, cluster in list(st.clusters.items()):
        words = cluster.name.split()
        if len(words) != 3 or words[1] not in ("and", "&") or key not in st.clusters:
            continue
        persons = [owners.get(words[0], []), owners.get(words[2], [])]
        if any(len(p) != 1 or p[0] == key for p in persons) or persons[0] == persons[1]:
            continue  # "Johnson & Johnson" beside Boris Johnson is the company
        mentions = [m for m in cluster.mentions if m.last - m.first == 2]
        drop(st, key)
        for m in mentions:
            for at, person in ((m.first, persons[0][0]), (m.last, persons[1][0])):
                if person in st.clusters:
                    st.mention(person, "person", st.doc[at].text, at, at, canonical=False)
