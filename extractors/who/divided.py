"""Step 2e of `who`: a divided state's bare name for the one half the article names.

"Are we going to give up in South Viet-Nam? ... Viet-Nam has been in war for 20 years": in an
article dated while the state was divided (`DIVIDED_STATES`), the whole's name ("Viet-Nam",
"Vietnam") beside exactly one half's name, the other half named nowhere, is that half: one actor,
named as the half is. A half named only by its people ("the North Vietnamese forces") is no half
named: "the war in Vietnam" stays itself. An article that names both halves ("North Vietnam", "South Vietnam",
"Vietnam") keeps the three apart; an undated one is left as it is.
"""

from __future__ import annotations

from extractors.who.state import WhoState


def merge_divided_states(st: WhoState) -> None:
    """The whole's country actor joins the one half the article names (the half keeps its name)."""
    for whole, halves in st.divided.items():
        key = f"C:{whole}"
        named = [f"C:{half}" for half in halves if _by_name(st, f"C:{half}")]
        if key in st.clusters and len(named) == 1:
            st.merge_into(key, named[0], name=st.clusters[named[0]].name)


def _by_name(st: WhoState, key: str) -> bool:
    """The article names the country by its name, not only by its people ("North Vietnamese forces")."""
    cluster = st.clusters.get(key)
    return cluster is not None and any(st.country_named(st.text_of(m.first, m.last)) for m in cluster.mentions)
