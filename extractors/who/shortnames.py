"""Step 2 of `who` (after the organisations' one-word short forms): a body's name that is another's full name
without its trailing heads or its formal opening words.

News names a company or an institution in full once and then by its distinctive words: "T. Rowe Price" for T.
Rowe Price Associates Inc., "America West" for America West Airlines, "Monmouth" for Monmouth University,
"Navigation Mixte" for Cie. de Navigation Mixte. The trailing words cut are legal suffixes, generic and trade
heads (ORG_SUFFIXES, ORG_DROPPED_HEADS, COMPANY_HEADS, SHORT_FORM_HEADS); the opening ones a formal company word
(FORMAL_OPENERS) and its joiner. The short form joins the one longer name it is cut from. It stays as it is when
cut from two names; when it ends on a legal suffix or a generic head itself ("Society Corp." is the parent, not
a form of Society Bank); when it is one word that another name opens on too ("Equus, managed by Equus Capital
Corp." is the Equus Investment II Limited Partnership); and when the text states a part ("Acme" is not "Acme
Workforce Solutions, a unit of Acme"). A short form the NER typed a place joins only where no gazetteer knows it
and the article never names it as a scene ("in Monmouth").
"""

from __future__ import annotations

from extractors.lexicons.actors import ORG_SUFFIXES, subdivision_names
from extractors.lexicons.names import (
    COMPANY_HEADS,
    FORMAL_JOINERS,
    FORMAL_OPENERS,
    GENERIC_ORG_WORDS,
    ORG_DROPPED_HEADS,
    SHORT_FORM_HEADS,
)
from extractors.who.organisations import stated_unit
from extractors.who.state import WhoState
from extractors.who.words import name_key, setting

_TRIMMED = ORG_SUFFIXES | ORG_DROPPED_HEADS | COMPANY_HEADS | SHORT_FORM_HEADS
# A short form that ends on one of these is a name of its own, a parent's or a sister's ("Society Corp." beside
# Society Bank, "Lawrence Group Inc." beside Lawrence Insurance Group Inc.); a trade may stay in a short form
# ("Northgate Capital" for Northgate Capital Advisers Inc.).
_OWN_NAME_ENDS = ORG_SUFFIXES | ORG_DROPPED_HEADS


def merge_trimmed_names(st: WhoState) -> None:
    """ "T. Rowe Price" beside T. Rowe Price Associates Inc., "Navigation Mixte" beside Cie. de Navigation Mixte:
    a body's name that is exactly one longer organisation's name without its trailing heads or its formal
    opening words is that organisation (the longer name is canonical)."""
    cut_from: dict[str, list[str]] = {}  # a short form's key -> the organisations cut to it
    for key, cluster in st.clusters.items():
        if cluster.kind == "organization" and key[:1] == "O":
            for form in short_forms(cluster.name):
                cut_from.setdefault(name_key(form), []).append(key)
    if not cut_from:
        return
    for key, cluster in list(st.clusters.items()):
        if key[:1] not in ("O", "L") or cluster.kind not in ("organization", "location") or key not in st.clusters:
            continue
        homes = [h for h in dict.fromkeys(cut_from.get(name_key(cluster.name), [])) if h != key and h in st.clusters]
        last = cluster.name.split()[-1].casefold()
        if len(homes) != 1 or cluster.name.casefold() in GENERIC_ORG_WORDS or last in _OWN_NAME_ENDS:
            continue  # "Society Corp." is a name of its own, not one cut from Society Bank
        home = st.clusters[homes[0]]
        if " " not in cluster.name and _opens_another(st, cluster.name, (key, homes[0])):
            continue  # "Equus, managed by Equus Capital Corp.": the word of Equus Investment II Limited Partnership
        if stated_unit(st, cluster.name, home.name) or (key[:1] == "L" and _place(st, key)):
            continue
        st.merge_into(key, homes[0], name=home.name)


def short_forms(name: str) -> list[str]:
    """The shorter names news gives a body's full name: without its trailing heads, one by one ("T. Rowe Price
    Associates Inc.": "T. Rowe Price Associates", "T. Rowe Price"), and without its formal opening word ("Cie.
    de Navigation Mixte": "Navigation Mixte"); at least one word is left, and never a lone joiner."""
    words = name.split()
    forms = []
    end = len(words)
    while end > 1 and words[end - 1].casefold() in _TRIMMED:
        end -= 1
        forms.append(" ".join(words[:end]))
    start = 0
    if len(words) > 2 and words[0].casefold() in FORMAL_OPENERS:
        start = 2 if words[1].casefold() in FORMAL_JOINERS else 1
        forms.append(" ".join(words[start:]))
    return [f for f in forms if f and f.casefold() not in FORMAL_JOINERS]


def _place(st: WhoState, key: str) -> bool:
    """A "place" a gazetteer knows (a country, a capital, a state or province), or that the article names as a
    scene ("in Monmouth")."""
    cluster = st.clusters[key]
    if st.country_of(cluster.name) is not None or cluster.name in subdivision_names():
        return True
    return any(setting(st.doc[m.last]) for m in cluster.mentions)


def _opens_another(st: WhoState, word: str, keys: tuple[str, ...]) -> bool:
    """Another organisation's name of several words opens on the one word ("Equus Investment II Limited
    Partnership" beside "Equus" and Equus Capital Corp.): which one the word stands for is not known."""
    return any(
        c.kind == "organization" and k not in keys and c.name.split()[0] == word and " " in c.name
        for k, c in st.clusters.items()
    )
