"""The headline of an interview: "X, <role>, talks to <outlet> about <topic>".

An interview's answers are no news, so its headline says what it is. When an opening sentence says
the interview took place ("Wikinews spoke with William Evans, president of the International
Brotherhood of Magicians, about the state of magic"; "He was interviewed by Wikinews"), that clause
is told from the guest's side, as headlines tell it: the guest named (a pronoun or a description by
its `who` name, "the site's founder, Jack Herrick" by the name), the role from the guest's
apposition or else from `who` titles, the outlet (the one who interviewed) and the topic from the
clause's "about" or "on" phrase. Without such an opening, the speakers' turns say it: the one who
answers most, to the one who asks most of the questions, about the noun phrase most often named
("X and Y talk to ..." when two guests answer at length).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from spacy.tokens import Doc, Token

from extractors.kinds import Kind, interview, introduces_interview
from extractors.lexicons.actors import GROUP_HEADS, ROLE_HEADS, TITLE_HEADS
from extractors.lexicons.events import QUESTION_LABELS
from extractors.phrases import TEMPORAL, noun_phrase, np_text, prep_phrase, words_text
from extractors.types import Actor

_ROLE_TOKENS = 14  # an apposition longer than this is a biography, not a role
_WHOLE_ROLE = 8  # tokens: an apposition this short is the role as written
_TOPIC_PREPS = frozenset({"about", "on"})
_PEOPLE = TITLE_HEADS | ROLE_HEADS | GROUP_HEADS
_PARTNER_PREPS = frozenset({"with", "to"})


def interview_headline(
    doc: Doc,
    kind: Kind,
    who: list[Actor],
    name_of: Callable[[Token], str | None],
    compress: Callable[[Token], str | None],
) -> str | None:
    """The headline of an interview, or None to fall back on the news headline. ``name_of`` gives a
    token's `who` name; ``compress`` the opening's clause compressed, when it cannot be recast."""
    intro = introduces_interview(doc)
    if intro is not None and not kind.in_turn(intro.idx):
        found = _recast(doc, intro, kind, who, name_of) or compress(intro)
        if found:
            return found
    return _interview_headline(doc, kind, who)


def _recast(doc: Doc, verb: Token, kind: Kind, who: list[Actor], name_of: Callable[[Token], str | None]) -> str | None:
    """ "Wikinews spoke with X, <role>, about Y" -> "X, <role>, talks to Wikinews about Y"; None when
    the clause does not name both the guest and the outlet."""
    parties = _parties(doc, verb, kind, who, name_of)
    if parties is None:
        return None
    guest, outlet = parties
    name, role = _guest(doc, guest, name_of)
    if name is None:
        return None
    line = _line_start(doc, verb.i)
    if outlet.i < line or guest.i < line:
        return None  # a heading run into the sentence by the parser ("... In Nice, France \n NPR's X talks")
    written = {i for i in noun_phrase(outlet) if i >= line}
    told = name_of(outlet) if outlet.pos_ == "PRON" else words_text(doc, written)
    if told is None or told == name:
        return None
    topic = next((c for c in _topic_holders(verb, guest) if _topic_phrase(c, guest)), None)
    about = f" {words_text(doc, prep_phrase(topic))}" if topic is not None else ""
    plural = guest.tag_ in ("NNS", "NNPS") and guest.pos_ != "PRON"
    subject = f"{name}, {role}," if role else name
    text = f"{subject} {'talk' if plural else 'talks'} to {told}{about}."
    return re.sub(r"\s+([,.])", r"\1", text[:1].upper() + text[1:])


def _line_start(doc: Doc, i: int) -> int:
    """The first token of the line that holds token i (a dateline or a heading is on a line of its own)."""
    return next((t.i + 1 for t in reversed(doc[:i]) if t.is_space and "\n" in t.text), 0)


def _topic_holders(verb: Token, guest: Token) -> list[Token]:
    """Where the topic phrase hangs: on the verb, or (a parser's choice) on the guest's noun."""
    return [*verb.children, *guest.children]


def _topic_phrase(prep: Token, guest: Token) -> bool:
    """ "about the state of magic", "on the new cocktail" after the guest; never a date ("on Thursday")."""
    if prep.dep_ != "prep" or prep.lower_ not in _TOPIC_PREPS or prep.i < guest.i:
        return False
    return not any(c.ent_type_ in TEMPORAL for c in prep.children if c.dep_ == "pobj")


def _parties(
    doc: Doc, verb: Token, kind: Kind, who: list[Actor], name_of: Callable[[Token], str | None]
) -> tuple[Token, Token] | None:
    """(the guest, the outlet) of an interview's opening clause: "X interviewed Y", "Y was interviewed
    by X"; for a verb that says nothing of who asks ("spoke with", "sat down with"), the one of the
    two who answers in the speakers' turns is the guest (without turns: no guest, "Tony Blair spoke
    to MPs" is no interview of the MPs)."""
    children = list(verb.children)
    subject = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    if subject.dep_ == "nsubjpass":
        agent = next((c for c in children if c.dep_ == "agent"), None)
        by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        return (subject, by) if by is not None and verb.lemma_ == "interview" else None
    if verb.lemma_ == "interview":
        dobj = next((c for c in children if c.dep_ == "dobj"), None)
        return (dobj, subject) if dobj is not None else None
    holders = [verb, *(c for c in children if c.dep_ in ("prt", "advmod"))]  # "sat down [with]"
    prep = next((c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in _PARTNER_PREPS), None)
    partner = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    found = interview(doc, kind, who) if kind.turns else None
    if partner is None or found is None:
        return None
    if _answers(subject, found.name, name_of):
        return subject, partner
    return (partner, subject) if _answers(partner, found.name, name_of) else None


def _answers(token: Token, answerer: str, name_of: Callable[[Token], str | None]) -> bool:
    """Whether a token names the one who answers in the turns ("Professor Chomsky" for Noam Chomsky)."""
    named = name_of(token) or token.text
    return named == answerer or named.split()[-1] == answerer.split()[-1]


def _guest(doc: Doc, guest: Token, name_of: Callable[[Token], str | None]) -> tuple[str | None, str | None]:
    """(the guest's name, role): a pronoun by its `who` name; a description with a named apposition
    ("the site's founder, Jack Herrick") by the name, the description its role; a person's name as
    written (its `who` name when written as a title and a surname), with its apposition as its role
    ("William Evans, president of ...")."""
    if guest.pos_ == "PRON":
        return name_of(guest), None
    appos = next((c for c in guest.children if c.dep_ == "appos" and c.i > guest.i), None)
    if guest.pos_ != "PROPN":
        if appos is not None and appos.pos_ == "PROPN" and appos.ent_type_ == "PERSON":
            return np_text(doc, appos), np_text(doc, guest)
        return np_text(doc, guest), None
    if guest.ent_type_ != "PERSON":
        return None, None  # "Assistant Professor in ...": a parse that found no name
    written = " ".join(t.text for t in doc[guest.left_edge.i : guest.i + 1] if t.ent_type_ == "PERSON")
    name = written if len(written.split()) >= 2 else name_of(guest) or written
    if appos is not None and appos.pos_ != "PROPN":
        whole = {t.i for t in appos.subtree}
        role = whole if len(whole) <= _WHOLE_ROLE else noun_phrase(appos)  # "a reporter for Time Magazine"
        if len(role) <= _ROLE_TOKENS:
            return name, words_text(doc, role)
    return name, None


def _interview_headline(doc: Doc, kind: Kind, who: list[Actor]) -> str | None:
    """ "X, <title>, talks to <asker> about <topic>"; "X and Y talk to ..." when two answer."""
    found = interview(doc, kind, who)
    if found is None:
        return None
    name, title, asker, about = found.name, found.title, found.asker, found.topic
    asker = _asker(kind) or asker
    others = _answerers(kind, asker)[1:]  # the first is the one named, perhaps by a longer name
    if others:
        names = [name, *others]
        subject, verb = f"{', '.join(names[:-1])} and {names[-1]}", "talk"
    else:
        subject, verb = (f"{name}, {title}," if title else name), "talks"
    to = f" to {asker}" if asker and not asker.isupper() and asker.lower() not in QUESTION_LABELS else ""
    topic = f" about {about}" if about and not _names_speaker(about, kind) and not _people(about) else ""
    return f"{subject} {verb}{to}{topic}."


def _people(topic: str) -> bool:
    """A topic that is a kind of person ("the president", "the only candidate", "writers"): the people
    the interview talks of, not what it is about."""
    head = topic.split()[-1].lower()
    return any(w in _PEOPLE for w in (head, head.removesuffix("s")))


def _questions(kind: Kind) -> Counter[str]:
    """How many of each speaker's turns are questions."""
    asked: Counter[str] = Counter()
    for start, end, speaker in kind.turns:
        asked[speaker] += int(kind.text[start:end].rstrip().endswith("?"))
    return asked


def _asker(kind: Kind) -> str | None:
    """The interviewer: the speaker who asks most of the questions (at least two), not the one who
    says most after the interviewee (a second guest answers at length too)."""
    asked = _questions(kind).most_common(1)
    return asked[0][0] if asked and asked[0][1] >= 2 else None


def _answerers(kind: Kind, asker: str | None) -> list[str]:
    """The guests, in order of words: every speaker but the interviewer who says at least a third
    as much as the main one (two founders of a company, three experts on a storm), at most three."""
    words = kind.speakers()
    guests = sorted((s for s in words if s != asker), key=lambda s: -words[s])
    if not guests:
        return []
    return [s for s in guests if words[s] * 3 >= words[guests[0]]][:3]


def _names_speaker(topic: str, kind: Kind) -> bool:
    """A topic that is a speaker's own name ("about Isabel" for Isabel Ruiz) is no topic."""
    names = {w.casefold() for _, _, speaker in kind.turns for w in speaker.split()}
    return any(w.casefold() in names for w in topic.split())
