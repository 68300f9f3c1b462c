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
- Unnamed officials the lead makes its actor yield to the one of them the next sentence names by a title
  ("Top Israeli officials sent signals ... Prime Minister Ann Lee told her Cabinet": Ann Lee), or to the
  body their spokesperson speaks for ("'...,' said Ann Lee, a spokeswoman for the Home Office")
  (``named_member``).
- A reporter named by a role and the name beside it is that name ("Zenco's engine unit, Zenco Power,
  said net income fell": Zenco Power) (``apposed``).
- A claim of what a place is or has, told by another, is the teller's news: in the lead ("Norway had the
  right to defend its waters, Iceland said": Iceland; ``told_state``) and in the title ("Ann Lee Is Unfit
  To Lead, Tom Berg Says": Tom Berg; ``title_teller``).

One row per rule, with its example; the functions below are the engine.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from extractors.clauses import DATELINE_DASHES
from extractors.lexicons.attribution import COPULAS, NEWS_AGENCIES, REPORTING_VERBS
from extractors.lexicons.events import SPEAKING_FOR_HEADS
from extractors.tense import BE_FORMS
from extractors.types import ActorType
from extractors.who.state import WhoState
from extractors.who.words import LOCATIVE, TITLES, agentive, fold

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
# Verbs that tell what a place is or has, not what it does ("Norway is ready", "Norway had the right").
_STATES = COPULAS | {"have"}
# A title's claim, then after its last comma a teller and a verb: "Ann Lee Is Unfit To Lead, Tom Berg Says".
_TITLE_TELLER = re.compile(r"(.+),[\s'\"‘’“”]*([A-Z][^,]*?)\s+([A-Za-z]+)\s*$")


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


def named_member(st: WhoState, key: str, holder: dict[int, str]) -> str | None:
    """Unnamed people the lead makes its doer or reporter by a plural role ("Top Israeli officials sent
    strong signals ...", "Elected officials warned ...") whom the next sentence names one of, by a title,
    as its doer or speaker ("Prime Minister Ann Lee told her Cabinet ...", "'...,' said Ann Lee, mayor of
    Leeds"): that person is who the lead is about. Not people named by no role ("Hundreds of nurses
    marched", "Parents said ..."), nor a person named without a title (a witness, a passer-by). ``holder``:
    the next sentence's token -> cluster."""
    cluster = st.clusters[key]
    if cluster.kind != "group":
        return None
    heads = [st.root_of(m.first, m.last) for m in cluster.mentions if st.sent_of[m.first] == st.lead]
    if not any(h.is_lower and h.tag_ == "NNS" and agentive(h) and h.lemma_.lower() in TITLES for h in heads):
        return None
    sent = st.sents[st.lead + 1]
    subject = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
    named = holder.get(subject.i) if subject is not None else None
    if named is None or st.clusters[named].kind != "person" or not st.clusters[named].titles:
        return None
    person = st.clusters[named]
    # ("'...,' said Ann Lee, a spokeswoman for the Home Office": the body she speaks for)
    if any(t.split() and t.casefold().split()[-1] in SPEAKING_FOR_HEADS for t in person.titles):
        bodies = (k for k, c in st.clusters.items() if c.kind == "organization" and c.name == person.affiliation)
        named = next(bodies, named)
    return named  # (in the group's stead: its doer, or its source, as the group was)


def apposed(noun: Token | None, holder: dict[int, str]) -> Token | None:
    """A reporter the lead names by a common noun and the name set beside it: that name ("General Motors'
    electronics unit, GM Hughes Electronics, said net income fell": GM Hughes). (A doer's name is found
    inside its phrase, ``_inside``.)"""
    if noun is None or noun.i in holder or noun.pos_ != "NOUN":
        return noun
    return next((c for c in noun.children if c.dep_ == "appos" and c.i in holder), noun)


def told_state(st: WhoState, verb: Token, doer: Token | None, reporter: Token | None, holder: dict[int, str]) -> bool:
    """The lead reports what a place is or has, and names another who tells it ("Norway had the right to
    defend its waters, Iceland said"): a claim, whose news is the claim; its teller is the lead's actor. Not
    what a place does ("Norway will defend its waters, Iceland said"), nor a body or a person (its member
    may tell it: "Vox had no choice but to drop him, singer Ann Lee said" is the band's own news)."""
    if doer is None or reporter is None or doer.i not in holder or reporter.i not in holder:
        return False
    told, teller = holder[doer.i], holder[reporter.i]
    return (
        teller != told
        and st.clusters[told].kind == "location"
        and verb.lemma_ in _STATES
        and not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)
    )


def title_teller(st: WhoState, titles: dict[str, int]) -> str | None:
    """The teller a title names after the claim it tells ("Ann Lee Is Unfit To Lead, Tom Berg Says", "Vox Is
    A Public Nuisance, Council Finds"): the last comma's words end on a reporting verb, name an actor, and
    the claim before them tells what someone is (a form of "be"): who the story is about is the teller."""
    match = _TITLE_TELLER.match(st.title or "")
    if match is None or match.group(3).casefold().removesuffix("s") not in REPORTING_VERBS:
        return None
    claim = {w.casefold().strip("'\"‘’“”").removesuffix("n't").removesuffix("n’t") for w in match.group(1).split()}
    if not claim & BE_FORMS:
        return None
    at, end = match.start(2), match.end(2)
    named = next((k for k, w in sorted(titles.items(), key=lambda x: x[1]) if at <= w < end), None)
    if named is not None:
        return named
    # (a short form of its name: "Board Of Election" for the Illinois Board of Elections)
    words = _stems(match.group(2))
    found = {k for k, c in st.clusters.items() if c.kind == "organization" and words <= _stems(c.name)}
    return found.pop() if len(found) == 1 else None


def _stems(text: str) -> set[str]:
    return {w.casefold().removesuffix("s") for w in text.split()}
