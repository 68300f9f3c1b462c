"""Step 4 of `who` (salience.py asks): a title whose subject is a person named by a role ("Vox bassist
exits group", "Ohio governor endorses Lee").

The title opens on at most three capitalised words that end on a role word (a title, or a noun news
uses for a person), and its active verb follows (a word in lower case; in a title set in capitals, a
third-person form: "Berg's Son Says ..."): the title is about the one who holds that role. That is
the one person the lead or the two sentences after it give that title ("Gov. Ann Lee (R)"), else the
person the lead names by that word ("Vox asked their bassist to leave ... Tom Berg had been in the
band"; ``named_next`` in salience.py). Not a passive title ("Zenco candidate suspended": the news of
Zenco, who acted), nor a title that names its person before the role ("Tom Berg, Zenco founder
interviewed"; a possessor is no such name: "Berg's son"), nor one the title names after it ("Vox
anchor crosses swords with Tom Berg"), nor a title that opens on a clause ("How an aide ...").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from extractors.lexicons.events import INTRODUCED_PERSON_NOUNS, PERSON_DESCRIPTIONS
from extractors.lexicons.names import HEADLINE_PARTICIPLES
from extractors.who.state import WhoState
from extractors.who.words import CLAUSE_OPENERS, TITLES

# Words a title may open on before its news, not a label of its subject ("How an aide ...", "For pope, ...").
_FUNCTION_WORDS = CLAUSE_OPENERS | frozenset(
    {"for", "in", "on", "at", "to", "from", "with", "by", "a", "an", "the", "this"}
)
_ROLES = TITLES | PERSON_DESCRIPTIONS | INTRODUCED_PERSON_NOUNS
# At most this many words of the title before its role word ("London's Muslim mayor rebuffs ...").
_LABEL_WORDS = 3


def _verb(word: str) -> bool:
    """The word after the role reads as the title's active verb: in lower case ("Vox bassist exits group"), or
    in a title set in capitals a third-person form ("Vox's Bassist Says ..."). Not a passive's participle: "Zenco
    candidate suspended" / "Zenco have suspended a candidate" is the news of who acted (the lead's doer)."""
    bare = word.strip("'\"‘’“”,:.").casefold()
    if bare.endswith("ed") or bare in HEADLINE_PARTICIPLES:
        return False
    return word[:1].islower() or (word[:1].isupper() and word.endswith("s") and not word.endswith("ss"))


def _role(title: str) -> tuple[str, int] | None:
    """The role word the title opens on and its character offset, or None."""
    words = title.split()
    at = 0
    for k, raw in enumerate(words[: _LABEL_WORDS + 1]):
        word = raw.strip("'\"‘’“”,:")
        if k + 1 < len(words) and word.casefold() in _ROLES and k > 0 and _verb(words[k + 1]):
            return word.casefold(), title.index(raw, at)
        if not word[:1].isupper() or word.casefold().removesuffix("'s").removesuffix("’s") in _FUNCTION_WORDS:
            return None
        at = title.index(raw, at) + len(raw)
    return None


def title_role(st: WhoState, titles: dict[str, int], named_next: Callable[[WhoState, Token], str | None]) -> str | None:
    """The person the title makes its subject by a role (see the module's docstring), or None."""
    if not st.title or not st.sents:
        return None
    found = _role(st.title)
    if found is None:
        return None
    role, at = found
    owned = st.title[:at].rstrip().endswith(("'s", "’s"))  # "Berg's son says": the son, not Berg
    if not owned and any(w < at and st.clusters[k].kind == "person" for k, w in titles.items()):
        return None  # "Tom Berg, Zenco founder interviewed": its person is named
    # (one the title names after the role is not its holder: "Vox anchor crosses swords with Tom Berg")
    named = {k for k, w in titles.items() if w >= at}
    near = {
        key
        for key, cluster in st.clusters.items()
        if cluster.kind == "person" and any(t.casefold().split()[-1:] == [role] for t in cluster.titles)
        for m in cluster.mentions
        if st.lead <= st.sent_of[m.first] <= st.lead + 2
    }
    near -= named
    if len(near) == 1:
        return near.pop()
    lead = st.sents[st.lead]
    token = next((t for t in lead if t.lemma_.casefold() == role and t.pos_ == "NOUN"), None)
    if token is None or st.owner.get(token.i) is not None:
        return None
    bearer = named_next(st, token)
    return bearer if bearer not in named else None
