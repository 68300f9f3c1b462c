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
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from extractors.clauses import sentences
from extractors.guests import anonymous, folded, opening_guest, opening_role, title_billing
from extractors.kinds import Kind, asked_topic, interview, introduces_interview
from extractors.lexicons.actors import GROUP_HEADS, ROLE_HEADS, TITLE_HEADS
from extractors.lexicons.events import INTERVIEW_TOPIC_VERBS
from extractors.phrases import TEMPORAL, noun_phrase, np_text, prep_phrase, words_text
from extractors.types import Actor

_ROLE_TOKENS = 14  # an apposition longer than this is a biography, not a role
_WHOLE_ROLE = 8  # tokens: an apposition this short is the role as written
_TOPIC_PREPS = frozenset({"about", "on"})
_PEOPLE = TITLE_HEADS | ROLE_HEADS | GROUP_HEADS
_PARTNER_PREPS = frozenset({"with", "to"})
_INTRO_SENTENCES = 8  # an interview's opening: where kinds.py looks for it too
_TOPIC_TOKENS = 12
_QUANTIFIERS = frozenset({"few", "many", "several", "some", "other", "more", "most", "all", "such"})
_VAGUE = frozenset({"one", "ones", "something", "anything", "everything", "stuff", "lot", "bit"})


@dataclass(frozen=True, slots=True)
class _Told:
    """An interview as its headline tells it: the guests, the role, to whom, about what."""

    names: list[str]
    role: str | None = None
    before: bool = False  # the role is written before the name ("LibriVox founder Ana Ruiz")
    outlet: str | None = None
    topic: str | None = None
    plural: bool = False  # "the owners talk to ..."


def interview_headline(
    doc: Doc,
    kind: Kind,
    who: list[Actor],
    name_of: Callable[[Token], str | None],
    compress: Callable[[Token], str | None],
    title: str | None = None,
) -> str | None:
    """The headline of an interview, or None to fall back on the news headline. ``name_of`` gives a
    token's `who` name; ``compress`` the opening's clause compressed, when it cannot be recast; the
    title, when sent, bills the guest (their role, the topic: extractors/guests.py)."""
    guest = _guest_name(doc, kind, who)
    intro = introduces_interview(doc)
    if intro is not None and not kind.in_turn(intro.idx):
        told = _recast(doc, intro, kind, who, name_of, guest)
        if told is not None:
            return _render(_billed(_with_topic(doc, kind, _with_role(doc, kind, who, told), name_of), title))
        found = compress(intro)
        if found and not _names_anonymous(found, kind):
            return found
    told = _from_turns(doc, kind, who, guest)
    if told is None:
        return None
    return _render(_billed(_with_topic(doc, kind, _with_role(doc, kind, who, told), name_of), title))


def _guest_name(doc: Doc, kind: Kind, who: list[Actor]) -> tuple[str, Actor | None] | None:
    """The one who answers most in the turns, by name; for answers labelled "A", the person the opening
    introduces ("Q&A with Vice President Ana Ruiz")."""
    found = interview(doc, kind, who) if kind.turns else None
    if found is None:
        return None
    if not anonymous(found.name):
        return found.name, None
    actor = opening_guest(doc, kind, who)
    return (actor.name, actor) if actor is not None else None


def _names_anonymous(headline: str, kind: Kind) -> bool:
    """A compressed opening whose subject is a turn label ("A holds ...")."""
    first = headline.split()[0].strip(",.") if headline.split() else ""
    return anonymous(first) and any(first == label for _, _, label in kind.turns)


def _billed(told: _Told, title: str | None) -> _Told:
    """The title's billing over the text's: its role (an editor's) and its topic (stated, not counted)."""
    billing = title_billing(title, told.names)
    names = told.names
    if billing.name is not None and len(names) == 1 and _same_name(billing.name, names[0]):
        names = [_better_spelling(billing.name, names[0])]
    role, before = (billing.role, billing.before) if billing.role else (told.role, told.before)
    if before and len(names) > 1:
        role = None  # "Founders Ana Ruiz and Omar Velde": a role before two names is no one's alone
    return replace(told, names=names, role=role, before=before, topic=billing.topic or told.topic)


def _same_name(a: str, b: str) -> bool:
    return folded(a) == folded(b)


def _better_spelling(title: str, text: str) -> str:
    """Of two spellings of one name, the one with its accents ("Ličen"), else the title's ("McGuire")."""
    return text if any(ord(c) > 127 for c in text) else title


def _render(told: _Told) -> str:
    """ "X, <role>, talks to <outlet> about <topic>."; "<Role> X talks ..."; "X and Y of Z talk ..."."""
    subject = f"{', '.join(told.names[:-1])} and {told.names[-1]}" if len(told.names) > 1 else told.names[0]
    verb = "talk" if told.plural or len(told.names) > 1 else "talks"
    if told.role and told.before:
        subject = f"{told.role} {subject}"
    elif told.role and told.role.startswith("of "):
        subject = f"{subject} {told.role}"
    elif told.role:
        subject = f"{subject}, {told.role},"
    to = f" to {told.outlet}" if told.outlet else ""
    about = f" about {told.topic}" if told.topic else ""
    if not to and not about:
        about = " in an interview"  # "X talks." says too little to stand
    text = f"{subject} {verb}{to}{about}."
    return re.sub(r"\s+([,.])", r"\1", text[:1].upper() + text[1:])


def _recast(
    doc: Doc,
    verb: Token,
    kind: Kind,
    who: list[Actor],
    name_of: Callable[[Token], str | None],
    answerer: tuple[str, Actor | None] | None,
) -> _Told | None:
    """ "Wikinews spoke with X, <role>, about Y" -> "X, <role>, talks to Wikinews about Y"; None when
    the clause does not name both the guest and the outlet."""
    parties = _parties(doc, verb, kind, answerer, name_of)
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
    about = words_text(doc, prep_phrase(topic) - {topic.i}) if topic is not None else None
    plural = guest.tag_ in ("NNS", "NNPS") and guest.pos_ != "PRON"
    # an interviewer named as a person ("spoke with senior writer Ana Ruiz") is no outlet a reader knows
    outlet_text = None if outlet.ent_type_ == "PERSON" else told
    return _Told([name], role=role, outlet=outlet_text, topic=about, plural=plural)


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
    doc: Doc, verb: Token, kind: Kind, answerer: tuple[str, Actor | None] | None, name_of: Callable[[Token], str | None]
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
    if partner is None or answerer is None:
        return None
    if _answers(subject, answerer[0], name_of):
        return subject, partner
    return (partner, subject) if _answers(partner, answerer[0], name_of) else None


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
        # "Assistant Professor in ... at Washington State University Simon Ruiz": the name that ends the phrase
        inside = next((e for e in doc.ents if e.label_ == "PERSON" and e.end - 1 == guest.right_edge.i), None)
        return (inside.text, None) if inside is not None and len(inside) >= 2 else (None, None)
    written = " ".join(t.text for t in doc[guest.left_edge.i : guest.i + 1] if t.ent_type_ == "PERSON")
    name = written if len(written.split()) >= 2 else name_of(guest) or written
    if appos is not None and appos.pos_ != "PROPN":
        whole = {t.i for t in appos.subtree}
        role = whole if len(whole) <= _WHOLE_ROLE else noun_phrase(appos)  # "a reporter for Time Magazine"
        if len(role) <= _ROLE_TOKENS:
            return name, words_text(doc, role)
    return name, None


def _from_turns(doc: Doc, kind: Kind, who: list[Actor], answerer: tuple[str, Actor | None] | None) -> _Told | None:
    """ "X, <title>, talks to <asker> about <topic>"; "X and Y talk to ..." when two answer; a Q&A's
    guest named as its opening names them."""
    found = interview(doc, kind, who)
    if found is None or answerer is None:
        return None
    name, actor = answerer
    asker = _asker(kind) or found.asker
    others = _answerers(kind, asker)[1:] if actor is None else []  # the first is the one named
    name = actor.name if actor is not None else found.name
    to = asker if asker and not asker.isupper() and not anonymous(asker) and not _person(doc, asker) else None
    # what the questions ask about (three of them at least); the answers' most named noun wanders
    about = asked_topic(doc, kind, asker, {name, asker, found.name}) if asker else None
    if about is None and found.topic and _described(found.topic):
        about = found.topic  # "electric bicycles", "the public domain": most named, and a described thing
    topic = about if about and not _names_speaker(about, kind) and not _people(about) and not _vague(about) else None
    return _Told([name, *others], role=None if others else found.title, outlet=to, topic=topic)


def _with_role(doc: Doc, kind: Kind, who: list[Actor], told: _Told) -> _Told:
    """A lone guest's role as the opening writes it ("Attorney Ana Ruiz, the party's nominee, answered
    ..."), over the title `who` gives them ("attorney")."""
    if len(told.names) != 1:
        return told
    actor = next((a for a in who if a.type == "person" and a.name == told.names[0]), None)
    billing = opening_role(doc, kind, actor) if actor is not None else None
    if billing is None or billing.role is None or (told.role and not kind.turns):
        return told
    if told.role and billing.role.lower() in told.role.lower():
        return told
    return replace(told, role=billing.role, before=billing.before)


def _with_topic(doc: Doc, kind: Kind, told: _Told, name_of: Callable[[Token], str | None]) -> _Told:
    """The topic the opening states, over one counted: "In the interview, Ana Ruiz explains [what the
    site is]", "With Wikinews, Ruiz discusses [her background, views on the budget, ...]" (two items)."""
    first = kind.turns[0][0] if kind.turns else len(doc.text)
    for sent in sentences(doc)[:_INTRO_SENTENCES]:
        if sent.start_char >= first:
            break
        for verb in (t for t in sent if t.lemma_ in INTERVIEW_TOPIC_VERBS and t.pos_ == "VERB"):
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None or not any(_answers(subject, name, name_of) for name in told.names):
                continue
            stated = _stated(doc, verb)
            if stated:
                return replace(told, topic=stated)
    return told


def _stated(doc: Doc, verb: Token) -> str | None:
    """What a verb of telling says is talked about: its object with its first conjunct ("her background
    and views on the budget"), or its clause to the first comma ("what the site is")."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "ccomp") and c.i > verb.i), None)
    if obj is None:
        return None
    if obj.dep_ == "ccomp":
        end = next((t.i for t in obj.subtree if t.text in (",", ";")), obj.right_edge.i + 1)
        words = [t for t in doc[obj.left_edge.i : end] if not t.is_space]
        return " ".join(t.text for t in words) if 2 <= len(words) <= _TOPIC_TOKENS else None
    head = words_text(doc, {i for i in noun_phrase(obj) if i < _conj_start(obj)})
    conj = next((c for c in obj.children if c.dep_ == "conj"), None)
    second = words_text(doc, {i for i in noun_phrase(conj) if i < _conj_start(conj)}) if conj is not None else None
    topic = f"{head} and {second}" if second else head
    return topic if len(topic.split()) <= _TOPIC_TOKENS else head


def _conj_start(token: Token) -> int:
    """Where a noun's own phrase ends: before its first conjunct or its list's comma."""
    cut = [c.i for c in token.children if c.dep_ in ("conj", "cc") or (c.dep_ == "punct" and c.i > token.i)]
    return min(cut, default=token.right_edge.i + 1)


def _described(topic: str) -> bool:
    """A noun with a describing word ("electric bicycles"), not a bare noun ("the work", "the history")
    nor a counted one ("few class projects"): a phrase named often that says what the talk is about."""
    words = [w for w in topic.lower().split() if w not in ("the", "a", "an")]
    return len(words) >= 2 and words[0] not in _QUANTIFIERS


def _vague(topic: str) -> bool:
    """A topic that names nothing ("the one", "something")."""
    return topic.split()[-1].lower() in _VAGUE


def _person(doc: Doc, label: str) -> bool:
    """An interviewer's label the tagger reads as a person's name ("David Shankbone", a reporter), not an
    outlet ("Wikinews", "Daily Bugle"): a reader knows the outlet, not its reporter."""
    return any(e.label_ == "PERSON" and e.text == label for e in doc.ents)


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
