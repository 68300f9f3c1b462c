"""Step 4 of `who` (salience.py asks): who the title and the lead make the main actor, where the words
that name it are not its name.

- A speaker who tells what it does itself is the doer, not a source: "Crane Co. said it holds a stake
  in Zenco" is Crane's news, as "Crane Co. holds a stake" would be (``speaks_of_itself``).
- A wire dateline in capitals that the parser made the lead's subject or reporter is the scene; the
  doer is the name set beside it ("NAIROBI (Xinhua) -- Director of the FBI Ann Lee said ...": Ann
  Lee), else the verb's other subject ("WASHINGTON (AP) -- The FBI put ...": the FBI)
  (``dateline_subject``).
- A role with a possessive names one person as "the" does ("The British capital's new mayor
  rejected ...", "Ann Lee's father said ...") (``definite``).
- A place the title names as the scene ("In China, Zenco's wins churn up supporters") is not the
  title's first actor (``title_scene``).

One row per rule, with its example; the functions below are the engine.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from extractors.clauses import DATELINE_DASHES
from extractors.lexicons.attribution import NEWS_AGENCIES
from extractors.types import ActorType
from extractors.who.state import WhoState
from extractors.who.words import LOCATIVE, fold

# Subject pronouns and the kinds of actor each can stand for ("Crane said it holds", "Ann Lee said she
# will run", "The unions said they will strike"): the speaker tells its own act.
SELF_PRONOUNS: dict[str, frozenset[ActorType]] = {
    "he": frozenset({"person"}),
    "she": frozenset({"person"}),
    "it": frozenset({"organization", "location"}),
    "they": frozenset({"organization", "group"}),
}
# Prepositions before a place the title names as its scene: "In China, ...", "Protests at Heathrow"
# (not "from" nor "into": "Troops from Britain", "Inquiry into Zenco" name a party).
TITLE_SCENE = LOCATIVE - {"from", "into"}
# What ends a wire dateline run into the lead ("ROTTERDAM, March 3 - Employers ...", "MIAMI (AP) -- After
# ...", "NAIROBI, Kenya (AP) _ U.S. Secretary ..."): the dateline's dashes, and the underscore some wires type for one.
_DATELINE_ENDS = DATELINE_DASHES | {"_"}


def speaks_of_itself(st: WhoState, key: str, doer: Token | None) -> bool:
    """The reported clause's subject is a pronoun that stands for the speaker ``key`` ("Crane Co. said it
    holds a stake", "Trump told a rally he would skip the debate"): the speaker is the clause's doer."""
    if doer is None or doer.pos_ != "PRON" or key not in st.clusters:
        return False
    return st.clusters[key].kind in SELF_PRONOUNS.get(doer.lower_, frozenset())


def dateline(doc: Doc, first: int, last: int) -> bool:
    """Words near the article's start that an end of dateline follows within ten words: a wire dateline
    run into the lead (when written in capitals)."""
    return first < 12 and any(doc[j].text in _DATELINE_ENDS for j in range(last + 1, min(len(doc), last + 10)))


def credit(token: Token) -> bool:
    """A wire service, or a name in brackets: the dateline's credit ("MIAMI (AP) --"), no doer."""
    doc = token.doc
    bracketed = 0 < token.i < len(doc) - 1 and doc[token.i - 1].text == "(" and doc[token.i + 1].text == ")"
    return bracketed or fold(token.text) in NEWS_AGENCIES


def dateline_subject(st: WhoState, token: Token, holder: dict[int, str]) -> Token | None:
    """A wire dateline written in capitals that the parser made the lead's subject (or reporter): the
    verb's other subject ("WASHINGTON (AP) -- The FBI put ...": the FBI), else the name the parser set
    beside it after the dateline's end as its own apposition ("NAIROBI (Xinhua) -- Director of the FBI Ann
    Lee said": Ann Lee, not the FBI deeper in the phrase; "JOHANNESBURG (Xinhua) -- South Africa deplored
    ...": South Africa; not "Kenya and Tanzania" a misparse hangs on it), else a person or body set beside
    it before the end (not the credit, "(AP)", nor the dateline's country, "NAIROBI, Kenya (AP) _"), else
    no doer ("MIAMI (AP) -- After a weekend of ..., attention returned"). Any other word is returned as it
    is."""
    doc = token.doc
    if not (token.is_upper and len(token) > 3 and dateline(doc, token.i, token.i)):
        return token
    other = next((c for c in token.head.children if c.dep_ == token.dep_ and c.i > token.i), None)
    if other is not None:
        return other
    end = next(j for j in range(token.i + 1, len(doc)) if doc[j].text in _DATELINE_ENDS)
    beside = [c for c in token.subtree if c.dep_ in ("appos", "conj") and c.i in holder]
    after = next((c for c in beside if c.i > end and c.head.i == token.i and c.dep_ == "appos"), None)
    if after is not None:
        return after
    placed = {k for k, c in st.clusters.items() if c.kind == "location"}
    return next((t for t in beside if t.i < end and not (holder[t.i] in placed or credit(t))), None)


def definite(noun: Token) -> bool:
    """A noun made definite by "the" or by a possessive ("the mayor", "London's mayor", "his father")."""
    return any(c.lower_ == "the" or (c.dep_ == "poss") for c in noun.children)


def title_scene(st: WhoState, key: str, at: int) -> bool:
    """The title names the place ``key`` at offset ``at`` right after a preposition of place: the
    scene of the news, not its first actor ("In China, wake of Trump's wins churns up supporters")."""
    if st.clusters[key].kind != "location":
        return False
    before = re.findall(r"[\w'’-]+", st.title[:at])
    return bool(before) and before[-1].casefold() in TITLE_SCENE
