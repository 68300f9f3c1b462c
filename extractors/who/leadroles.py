"""Step 4 of `who`, two rules of who the lead and the title make the main actor (salience.py calls them).

- The undergoer: a lead whose doer is no actor ("A knee injury has forced Ann Lee out of the final")
  tells what happened to the actor its main verb acts on: that actor is the main one.
- A title pair: a title that opens on two actors side by side ("Zenco, Brandt staff fined", "Zenco
  and Brandt agree merger", "Lions 0-2 Tigers") does not choose between them: the lead's doer does.
- A title's role holder: a title that opens on an actor and a role of it ("Zenco Campaign Manager Laughs",
  "Zenco chairman quits") is about the one person the article gives that role ("Ann Lee, Zenco's campaign
  manager"), in a title in capitals or not.

Each rule is a data row with its example; the engines are the three functions below.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from extractors.lexicons.actors import INSTITUTION_HEADS, ORG_DESCRIPTIONS
from extractors.lexicons.events import PERSON_DESCRIPTIONS
from extractors.lexicons.names import ORG_NOUNS
from extractors.who.state import WhoState
from extractors.who.words import TITLES, agentive

# The dependencies of a lead verb's object whose name is the main actor when the lead's doer is no
# actor and no one reports the news: "A knee injury has forced Ann Lee out of the final".
UNDERGOER_DEPS = frozenset({"dobj"})

# What alone may stand between the first actor a title names and the next for it to name them as a
# pair, with an example of each row ("Opec within ceiling, Subroto says" is no pair: words come between).
TITLE_PAIRS: tuple[tuple[str, str], ...] = (
    (r",", "Zenco, Brandt staff fined"),
    (r"and|&", "Zenco and Brandt agree merger"),
    (r"v|vs\.?", "Lions v Tigers: the verdict"),
    (r"\d+-\d+", "Lions 0-2 Tigers"),
)
_PAIR = re.compile(r"\s*(?:" + "|".join(f"(?:{pattern})" for pattern, _ in TITLE_PAIRS) + r")\s*")
# A role named right after a title's actor, one word or two ("Zenco chairman quits", "Zenco Campaign Manager
# Laughs"); its last word a title word or a person's description, the whole the end of one person's title.
ROLE_WORDS = 2
_ROLES = TITLES | PERSON_DESCRIPTIONS
# Nouns of those who act, not things that happen ("A court convicted Ann Lee": the court acts).
_AGENT_NOUNS = INSTITUTION_HEADS | ORG_NOUNS | ORG_DESCRIPTIONS | PERSON_DESCRIPTIONS


def undergoer(verb: Token, doer: Token | None, names_in: Callable[[Token], list[str]]) -> str | None:
    """The actor a lead's main verb acts on when its doer is a thing, not an actor ("A knee injury has
    forced Ann Lee out"): the first actor named in the verb's object. ``names_in`` gives the actors a
    noun phrase names, best first. Only for a doer that is a thing: not a pronoun ("He has signed Ann
    Lee": someone named before), a name, nor a noun of people or bodies ("A court convicted Ann Lee")."""
    if doer is None or doer.pos_ != "NOUN" or doer.ent_type_ or agentive(doer):
        return None
    if doer.lemma_.lower() in _AGENT_NOUNS:
        return None
    for child in verb.children:
        if child.dep_ in UNDERGOER_DEPS and (found := names_in(child)):
            return found[0]
    return None


def title_pair(st: WhoState, titles: dict[str, int], first: str, second: str) -> bool:
    """The title names actor ``first`` and then ``second`` as a pair ("Zenco and Brandt agree merger"),
    not one as the subject and one as its object ("Zenco buys Brandt"), nor a statement and its source
    ("Opec within ceiling, Subroto says"). ``titles``: where the title names each actor."""
    if first not in titles or second not in titles:
        return False
    return paired(st.title, _name_end(st, first, titles[first]), titles[second])


def paired(title: str, end: int, second: int) -> bool:
    """Nothing but a pair's separator stands in ``title`` between offsets ``end`` and ``second``."""
    return 0 < end <= second and _PAIR.fullmatch(title[end:second]) is not None


def _name_end(st: WhoState, key: str, at: int) -> int:
    """Where the actor's name that the title gives at offset ``at`` ends (-1: no form of it starts there)."""
    cluster = st.clusters[key]
    forms = {cluster.name, *(st.text_of(m.first, m.last) for m in cluster.mentions)}
    rest = st.title[at:].casefold()
    return max((at + len(f) for f in forms if f and rest.startswith(f.casefold())), default=-1)


def role_holder(st: WhoState, key: str, at: int) -> str | None:
    """The person a title names by a role of the actor it opens on ("Zenco Campaign Manager Laughs" /
    "When Ann Lee, Zenco's campaign manager, was asked ..."; "Zenco chairman quits" / "Ann Lee, Zenco's
    chairman, ..."): the one other person whose title ends in that role. ``at``: where the title names
    actor ``key``."""
    end = _name_end(st, key, at)
    if end < 0:
        return None
    words = re.findall(r"[\w-]+", re.sub(r"^['’]s?", "", st.title[end:].lstrip()).casefold())[:ROLE_WORDS]
    for n in range(len(words), 0, -1):
        role = words[:n]
        if role[-1] not in _ROLES:
            continue
        found = {
            other
            for other, cluster in st.clusters.items()
            if cluster.kind == "person" and other != key and any(_ends(t, role) for t in cluster.titles)
        }
        if len(found) == 1:
            return found.pop()
    return None


def _ends(title: str, role: list[str]) -> bool:
    """A person's title ends in the role's words ("Zenco campaign manager" in "campaign manager")."""
    return title.casefold().split()[-len(role) :] == role
