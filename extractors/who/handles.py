"""Step 2f of `who`: a social-media handle of an actor the article names.

"The tweets originated from Trump's account, @realDonaldTrump", "@HillaryClinton wrote", "Elon Musk
(@elonmusk)", "his @realDonaldTrump Twitter account": a handle (with the platform's name the NER ran into it)
is the account of the person or body whose name it spells, run together and case aside, after at most a
short prefix ("real", "Sen") and before trailing digits; it is that actor, not an organisation of its own.
A handle that spells the name of no actor, or of two, stays as it is."""

from __future__ import annotations

import re

from extractors.lexicons.names import PLATFORMS
from extractors.who.state import WhoState

_HANDLE = re.compile(r"@(?P<letters>[A-Za-z_][A-Za-z0-9_]+?)\d*")
_PREFIX_LETTERS = 4  # letters of a prefix before the name, at most ("real" of @realDonaldTrump, "Sen")
_NAME_LETTERS = 5  # letters of a name read inside a handle, at least (a surname alone: "Sanders")


def merge_handles(st: WhoState) -> None:
    """ "@realDonaldTrump" beside Donald Trump, "@elonmusk" beside Elon Musk, "@SenSanders" beside Bernie
    Sanders: a handle that ends on the name (in full, or the surname of a person) of exactly one other actor
    is that actor."""
    handles = [(k, m) for k, c in st.clusters.items() if (m := _handle(c.name)) is not None]
    if not handles:
        return
    spellings: dict[str, set[str]] = {}  # a name run together -> the actors it spells
    for key, cluster in st.clusters.items():
        forms = {cluster.name}
        if cluster.kind == "person" and len(cluster.parts) > 1:
            forms |= {f"{cluster.parts[0]} {cluster.parts[-1]}", cluster.parts[-1]}
        for form in forms:
            letters = _letters(form)
            if len(letters) >= _NAME_LETTERS and not form.startswith("@"):
                spellings.setdefault(letters, set()).add(key)
    for key, found in handles:
        letters = _letters(found.group("letters"))
        homes = {
            home
            for cut in range(min(_PREFIX_LETTERS, len(letters)) + 1)
            for home in spellings.get(letters[cut:], set())
            if home != key
        }
        if len(homes) == 1 and key in st.clusters and (home := homes.pop()) in st.clusters:
            st.merge_into(key, home, name=st.clusters[home].name)


def _handle(name: str) -> re.Match[str] | None:
    """The handle a name is, alone or before its platform's name ("@realDonaldTrump Twitter")."""
    first, *rest = name.split() or [""]
    return _HANDLE.fullmatch(first) if all(w.casefold() in PLATFORMS for w in rest) else None


def _letters(name: str) -> str:
    """A name's letters and digits, run together and case-folded ("Donald Trump": "donaldtrump")."""
    return "".join(c for c in name.casefold() if c.isalnum())
