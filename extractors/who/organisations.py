"""Step 2 of `who`: one actor per organisation and per name.

"Ford" joins "Ford Motor Company" (the core name without legal suffixes), "UN" joins "United
Nations" (initials), and a name the NER typed two ways keeps the type it has most often.
"""

from __future__ import annotations

from extractors.who.state import WhoState
from extractors.who.words import ACRONYM_SKIP, org_core


def merge_names(st: WhoState) -> None:
    """One actor per name: "Ford" joins "Ford Motor Company"; a name the NER typed two ways
    ("Cardi B" as a person and as an organisation) keeps the type it has most often."""
    by_name: dict[str, list[str]] = {}
    for key, cluster in st.clusters.items():
        if key[:1] in ("P", "O", "L"):
            by_name.setdefault(org_core(cluster.name), []).append(key)
    # "Trump" typed as an organisation in a story about Donald Trump is Donald Trump
    parts: dict[str, list[str]] = {}
    for key, cluster in st.clusters.items():
        if cluster.kind == "person" and len(cluster.parts) > 1:
            for part in {cluster.parts[0].casefold(), cluster.parts[-1].casefold()}:
                parts.setdefault(part, []).append(key)
    groups: list[list[str]] = []
    for name, keys in by_name.items():
        owners = sorted(parts.get(name, []), key=lambda k: -len(st.clusters[k].mentions))
        if owners and any(k[:1] in ("O", "L") for k in keys):  # the person named most often
            groups.append([owners[0], *(k for k in keys if k[:1] in ("O", "L"))])
        elif len(keys) > 1:  # the same name typed two ways: the commoner type wins
            groups.append(sorted(keys, key=lambda k: (-len(st.clusters[k].mentions), -len(st.clusters[k].name))))
    for keys in groups:
        keys = [k for k in keys if k in st.clusters]
        for key in keys[1:]:
            st.merge_into(key, keys[0])


def merge_acronyms(st: WhoState) -> None:
    """ "UN" joins "United Nations"; "U.N." too. The longer name is canonical."""
    orgs = {k: c for k, c in st.clusters.items() if k.startswith("O:")}
    by_initials: dict[str, str] = {}
    for key, cluster in orgs.items():
        words = [w for w in cluster.name.replace("-", " ").split() if w.lower() not in ACRONYM_SKIP]
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            by_initials.setdefault("".join(w[0] for w in words).upper(), key)
    for key, cluster in orgs.items():
        short = cluster.name.replace(".", "")
        target = by_initials.get(short) if short.isupper() and 2 <= len(short) <= 6 else None
        if target and target != key and target in st.clusters and key in st.clusters:
            st.merge_into(key, target)
