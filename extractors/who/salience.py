"""Step 4 of `who`: salience, and the Actor records sorted by it.

A mention weighs by its syntactic role (doer > source > argument > modifier > setting) and its
position (the lead counts double); an actor adds bonuses for being a source of reported speech,
for the title naming it and for being the lead's main actor. The title's opener and then the doer
of the lead's main clause come first. Normalised so that the top actor has 1.0.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from extractors.kinds import article_kind
from extractors.lexicons.actors import INSTITUTION_HEADS, ORG_DESCRIPTIONS
from extractors.lexicons.attribution import (
    COGNITION_VERBS,
    NEWS_AGENCIES,
    REPORTING_VERBS,
    SALIENT_SPEECH_VERBS,
    SPEECH_VERBS,
)
from extractors.lexicons.events import INTRODUCED_PERSON_NOUNS, PARTITIVE_HEADS, PERSON_DESCRIPTIONS
from extractors.lexicons.names import BODY_HEADS, HEADLINE_PARTICIPLES, ORG_NOUNS
from extractors.spans import char_span
from extractors.types import Actor, ActorType
from extractors.who.groups import keep_behind
from extractors.who.leadactor import (
    apposed,
    dateline,
    dateline_subject,
    definite,
    named_member,
    speaks_of_itself,
    title_scene,
    title_teller,
    told_state,
)
from extractors.who.leadroles import role_holder, title_pair, undergoer
from extractors.who.mentions import COUNTRY_GOVERNMENTS
from extractors.who.outnamed import outnamed
from extractors.who.state import Cluster, Mention, WhoState
from extractors.who.titlerole import title_role
from extractors.who.words import (
    ARGUMENT,
    CLAUSE_OPENERS,
    MODIFIER,
    SUBJECT,
    TITLES,
    agentive,
    fold,
    setting,
    unique_spans,
    word_at,
)

# The words of a title before the actor it opens on ("Singer Christina Aguilera to wed", "Angry Williams").
_OPEN_WORDS = 2
# Verbs whose subject "it" is empty and whose clause holds the doer ("It appears Jan Moss has won").
_RAISING_VERBS = frozenset({"appear", "seem", "look", "emerge"})
# How many sentences after a person's name a subject "he"/"she" is still read as that person: a paragraph
# or two, with a quote of several sentences between ("In a speech he said: '...' ... He added"); past that
# the text has moved on (a first-person column naming "Al Fatah" once took some 25 later "he"s).
_PRONOUN_REACH = 10


@dataclass(frozen=True, slots=True)
class Weights:
    """The weights of salience, one row per signal: a mention weighs by its role times its position;
    an actor adds bonuses for what it does in the article and where the title and the lead name it."""

    # -- a mention's role (the mention's syntactic head)
    doer: float = 1.5  # subject of an event verb: a story is about what its actors did
    source: float = 1.0  # subject of a reporting verb ("X said"): sources only tell the story
    argument: float = 1.0  # object, complement, apposition, conjunct
    modifier: float = 0.4  # possessor, compound, demonym ("Russian debt"): a topic, not an actor
    setting: float = 0.4  # a place named as the scene ("in Croydon")
    other: float = 0.8  # any other role
    dateline: float = 0.1  # a dateline place ("SEOUL, March 3 -") names where the story was filed
    agency: float = 0.25  # share kept by the wire service that carried the story, or a photo credit
    # -- a mention's position (the inverted pyramid)
    in_lead: float = 2.0  # the lead sentence
    near_lead: float = 1.3  # the two sentences after it
    # -- an actor's bonuses, per mention
    reports: float = 0.3  # each time it is the subject of a reporting verb, or "according to" it
    answers: float = 0.3  # each turn it speaks in an interview (and each answer, again, for one who answers much)
    pronoun: float = 0.5  # each "he"/"she" subject after it (the person named last before it), each "I" in its turns
    # -- an actor's bonuses, once
    lead_doer: float = 6.0  # the doer of the lead's main event: who the story is about (the inverted pyramid)
    lead_group: float = (
        3.0  # the same for unnamed people ("Hundreds of nurses marched"): a name told later may be the actor
    )
    interviewee: float = 3.0  # who an interview is about (the title's, else the one who answers most)
    title_first: float = 2.5  # the first actor the title names (not a group: "Councils 'must find sites'")
    title_other: float = 1.0  # any other actor the title names
    # -- an actor's rank: the editors' choices come first, the title's opener before the lead's doer
    opener: float = 1.0  # the actor the title opens on adds this share of the next actor's score
    lead_first: float = 1.0  # the same for the doer of the lead's main clause (not one that only reports it)
    # -- an actor's share of its score
    scene: float = 0.3  # a place that never acts (no subject of a verb), and each of its scene or label mentions
    interviewer: float = 0.3  # an interview's asker ("Wikinews: Why ...?"): the medium, not the subject


W = Weights()


def roles(st: WhoState) -> None:
    """Bonuses for sources of reported speech, interviewees, the lead's main actor and the actors the
    title names (a doer of events weighs by its mentions' role: counted once, not again as a bonus)."""
    for cluster in st.clusters.values():
        for m in cluster.mentions:
            root = st.root_of(m.first, m.last)
            says = root.dep_ in SUBJECT and root.head.pos_ in ("VERB", "AUX") and root.head.lemma_ in REPORTING_VERBS
            if says or (root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according"):
                cluster.bonus += W.reports
    # An interview is about those who answer: each answer weighs, and of those who answer much
    # the one the title names first (else the one who answers most) is who the piece is about.
    titles = title_order(st)
    answers: dict[str, int] = {}
    for first, question in sorted(st.turns.items()):
        owner = st.owner.get(first)
        if owner in st.clusters:
            st.clusters[owner].bonus += W.answers
            answers[owner] = answers.get(owner, 0) + (0 if question else 1)
    if answers and max(answers.values()) >= 2:
        most = max(answers.values())
        answering = [k for k, n in answers.items() if 2 * n >= most]
        named = [k for k in answering if k in titles]
        key: str | None = min(named, key=lambda k: titles[k]) if named else max(answering, key=lambda k: answers[k])
        for k, n in answers.items():
            st.clusters[k].bonus += W.answers * n
    else:
        # The doer of the lead's main event is who the story is about (the inverted pyramid).
        key = _lead_main(st)
    if key is not None and key in st.clusters:
        # (people the lead reports, "..., senior economists said", are its source: they weigh fully)
        lead = W.lead_group if st.clusters[key].kind == "group" and not st.lead_source else W.lead_doer
        st.clusters[key].bonus += lead if not answers else W.interviewee
        # (not a lead whose main actor only reports the news, "..., the ministry said": it names its
        # source, and a source is seldom what the story is about; nor unnamed people, who are often
        # named later or stand for the one who acts: "Farmers will earn more under a new scheme")
        st.clusters[key].lead_doer = not st.lead_source and st.clusters[key].kind != "group"
    # (a group named in the title is a topic more often than the doer: "Councils 'must find Gypsy sites'",
    # and so is a place that labels a noun: "ISIS claims Las Vegas attack", "Cologne police investigating")
    # (but the lead's own doer is no label: "Zenco chief quits" / "Zenco has dismissed its chief")
    main = key
    ranked = sorted(titles, key=lambda k: (st.clusters[k].kind == "group" or _label(st, k, titles[k], main), titles[k]))
    for rank, key in enumerate(ranked):
        first = rank == 0 and st.clusters[key].kind != "group" and not _label(st, key, titles[key], main)
        st.clusters[key].bonus += W.title_first if first else W.title_other
    # the title's opener outweighs the mentions of others, unless the lead's main actor is the
    # source of the news that the title states ("Japan's jobless rate will rise, economists said")
    opener = title_opener(st, ranked[0], titles[ranked[0]], main) if ranked and not answers else None
    if opener is None and not answers and (not ranked or titles[ranked[0]] > 0):
        opener = _title_member(st)
    if opener is not None and main is not None and (_stands_for(st, opener, main) or _patient(st, opener, main)):
        opener = main
    if opener is not None and main is not None and title_pair(st, titles, opener, main):
        opener = main  # "Zenco and Brandt agree merger" / "Brandt has agreed to ...": the lead's doer
    if not answers and (bearer := title_role(st, titles, named_next)) is not None:
        opener = bearer  # "Vox bassist exits group" / "Vox asked their bassist to leave. Tom Berg had ...": Tom Berg
    if not answers and (teller := title_teller(st, titles)) is not None:
        opener, main = teller, teller  # the title's teller goes first, whatever the lead reports
    if opener is not None and not (main is not None and main != opener and st.lead_source):
        st.clusters[opener].opener = True
    # "he said", "she added": a subject he/she most often is the person named last before it.
    # Not reliable enough to be a mention (its span would claim too much), so it only weighs.
    persons = sorted((m.first, id(c)) for c in st.clusters.values() if c.kind == "person" for m in c.mentions)
    if not persons:
        return
    by_id = {id(c): c for c in st.clusters.values()}
    starts = [first for first, _ in persons]
    tokens = st.tokens
    for i in tokens.where(tokens.any_of(tokens.lower, {"he", "she"}) & tokens.any_of(tokens.dep, SUBJECT)):
        at = bisect.bisect_left(starts, i)
        # (only a person named shortly before: a pronoun pages after the last name is no clue to whom)
        if at and st.sent_of[i] - st.sent_of[starts[at - 1]] <= _PRONOUN_REACH:
            by_id[persons[at - 1][1]].bonus += W.pronoun
    # "THE PRESIDENT. ... I have ordered": in an interview or a transcript, "I" is the speaker
    kind = article_kind(st.doc)
    if not kind.spoken:
        return
    for i in tokens.where(tokens.any_of(tokens.lower, {"i"}) & tokens.any_of(tokens.dep, SUBJECT)):
        label = kind.label_at(st.doc[i].idx)
        span = st.doc.char_span(*label) if label is not None else None
        owner = st.owner.get(span.start) if span is not None else None
        if owner in st.clusters and st.clusters[owner].kind == "person":
            st.clusters[owner].bonus += W.pronoun


def _lead_main(st: WhoState) -> str | None:
    """The lead's doer; for a lead that names no one, the doer the next two sentences name (delayed
    identification: "Talks on quotas were extended. The meeting of the Fisheries Commission was called")."""
    key = lead_doer(st)
    # (unnamed officials the next sentence names one of: "Top Israeli officials sent ... Prime Minister ...")
    if key is not None and st.clusters[key].kind == "group" and st.lead + 1 < len(st.sents):
        member = named_member(st, key, _holders(st, st.sents[st.lead + 1]))
        if member is not None:
            return member
    if key is not None or _names_someone(st, st.lead):
        return key
    following = range(st.lead + 1, min(st.lead + 3, len(st.sents)))
    return next((doer for at in following if (doer := lead_doer(st, at)) is not None), None)


def _stands_for(st: WhoState, country: str, doer: str) -> bool:
    """True when the title's country is the lead's doer by metonymy: the lead names a body of it
    ("Venezuela identifies idle farms" / "Venezuelan authorities have identified ...";
    "Russia's foreign ministry said")."""
    if doer == country or st.clusters[country].kind != "location" or st.clusters[doer].kind == "location":
        return False
    for m in st.clusters[doer].mentions:
        if st.sent_of[m.first] == st.lead:
            root = st.root_of(m.first, m.last)
            if any(st.owner.get(t.i) == country for t in root.subtree):
                return True
    return False


def _patient(st: WhoState, opener: str, doer: str) -> bool:
    """True when the title opens on what the lead's doer acts on ("Zenco back in state hands" /
    "The government is taking control of Zenco"): the lead names it only in the object of its main
    verb, its doer (not a source) is another actor, and the title is not passive ("Zenco fined")."""
    if doer == opener or st.lead_source or st.clusters[doer].kind == "group":
        return False
    after = _NAME_THEN_WORD.match(st.title[title_order(st).get(opener, 0) :])
    if after is not None and (after.group(1).endswith("ed") or after.group(1) in HEADLINE_PARTICIPLES):
        return False  # a passive title is about its patient: "Berg jailed" / "A court sentenced Berg"
    verb = st.sents[st.lead].root
    lead = [st.root_of(m.first, m.last) for m in st.clusters[opener].mentions if st.sent_of[m.first] == st.lead]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd")]
    inside = {t.i for o in objects for t in o.subtree}
    return bool(lead) and all(t.i in inside for t in lead)


def title_order(st: WhoState) -> dict[str, int]:
    """Cluster key -> where the title first names it ("AstraZeneca hit by drug failure"): its
    name, a mention or a person's surname, as whole words."""
    found: dict[str, int] = {}
    if not st.title:
        return found
    for key, cluster in st.clusters.items():
        forms = {cluster.name, *(st.text_of(m.first, m.last) for m in cluster.mentions)}
        if cluster.kind == "person" and len(cluster.parts) > 1 and cluster.parts[-1][:1].isupper():
            forms.add(cluster.parts[-1])  # a surname, not a common noun the NER ran in ("Larsen C iceberg")
        at = min((w for f in forms if len(f) > 1 if (w := word_at(f, st.title)) is not None), default=None)
        if at is not None:
            found[key] = at
    return found


def _label(st: WhoState, key: str, at: int, main: str | None = None) -> bool:
    """A place or an organisation the title names as a label of a noun ("US blogger fired", "Cologne
    police investigating", "ISIS claims Las Vegas attack", "Zenco deal lifts Brandt"): the word after
    its name is in lower case and the article uses that word as a noun, never as a verb."""
    if st.clusters[key].kind not in ("location", "organization") or key == main:
        return False
    if title_scene(st, key, at):
        return True  # a place the title names as its scene: "In China, wake of Zenco's wins ..."
    match = re.match(r"[\w.'’-]+(?:\s+[A-Z][\w.'’-]*)*\s+([a-z]+)\b", st.title[at:])
    if match is None or re.search(r"['’]s?\s+[a-z]+$", match.group(0)):
        return False  # a possessor owns the noun, it labels nothing: "Zenco's profits fall"
    word = match.group(1)
    uses = {st.doc[i].pos_ for i in st.tokens.where(st.tokens.any_of(st.tokens.lower, {word}))}
    return "NOUN" in uses and not uses & {"VERB", "AUX"}


def title_opener(st: WhoState, key: str, at: int, main: str | None = None) -> str | None:
    """The actor the title opens on ("Nadal puts Spain 2-0 up", "Angry Williams rejects
    criticism"): named by a name within its first words, not by a demonym ("10 American tourists
    killed ..." is not about the United States) nor as a group."""
    before = st.title[:at].split()
    if st.clusters[key].kind == "group" or len(before) > _OPEN_WORDS or _label(st, key, at, main):
        return None
    if any(w.casefold().strip(",:") in CLAUSE_OPENERS for w in before):
        return None  # "As Panama leaks spread, ...": a clause before the news, not its subject
    word = st.title[at:].split()[0].strip(",.:;'\"’").removesuffix("'s").removesuffix("’s")
    found = st.country_of(word)
    if found is not None and found[1] == "demonym":
        return None
    if main is not None and main != key and st.clusters[main].kind == "person" and _role_after(st.title[at:]):
        return main  # "Rock group Vox's guitarist quits" / "The guitarist with Vox has quit. Ann Lee ...": Ann Lee
    if (holder := role_holder(st, key, at)) is not None:
        return holder  # "Zenco Campaign Manager Laughs" / "Ann Lee, Zenco's campaign manager, ...": Ann Lee
    # "Astros first base coach Rich Dauer escaped": a person named right after a role is the subject
    # (not after a verb: "Northern League planning Oakes hearing")
    for other, where in titles_after(st, at):
        between = st.title[at:where].split()
        # (or right after the opener's possessive: "Egypt's Morsi sentenced")
        role = bool(between) and (between[-1].casefold() in TITLES or between[-1].endswith(("'s", "’s")))
        if st.clusters[other].kind == "person" and role and len(between) <= _OPEN_WORDS + 3:
            return other if st.clusters[key].kind != "person" else key
    return key


# A title's name, its possessive, and the word after it: "Zenco's chief quits", "Vox guitarist quits".
_NAME_THEN_WORD = re.compile(r"[\w.&'’-]+(?:\s+[A-Z][\w.&'’-]*)*?(?:['’]s?)?\s+([a-z]+)\b")


def _role_after(rest: str) -> bool:
    """The title's name is followed by a person's role ("Vox's guitarist quits", "Zenco chief in
    court"): the title's subject is that person, not the name that labels the role."""
    match = _NAME_THEN_WORD.match(rest)
    return match is not None and (match.group(1) in TITLES or match.group(1) in PERSON_DESCRIPTIONS)


def _title_member(st: WhoState) -> str | None:
    """A title opening on a party or a body that is no actor ("Greens attack fuel plan") whose lead
    or the two sentences after it name one person by a title of it ("Green spokesman Ann Lee told
    MPs ..."): that person speaks for it, the title's subject."""
    words = st.title.split()
    if not words or not words[0][:1].isupper():
        return None
    word = words[0].strip("'\"‘’“”:,").casefold()
    stem = word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")
    if len(stem) < 4:
        return None
    found = {
        key
        for key, cluster in st.clusters.items()
        if cluster.kind == "person"
        for m in cluster.mentions
        if st.lead <= st.sent_of[m.first] <= st.lead + 2
        and any(st.doc[i].lower_ in (word, stem) for i in range(max(0, m.first - _OPEN_WORDS - 1), m.first))
    }
    return found.pop() if len(found) == 1 else None


def titles_after(st: WhoState, at: int) -> list[tuple[str, int]]:
    """The actors the title names after offset ``at``, in order."""
    return sorted(((k, w) for k, w in title_order(st).items() if w > at), key=lambda x: x[1])


def lead_doer(st: WhoState, at: int | None = None) -> str | None:
    """The cluster of the lead's main doer: the subject of the lead's main verb or of the clause
    its reporting verb reports; the reporter ("X said", "according to X") when that subject is a
    pronoun or no actor ("Indonesia's exports will rise, the U.S. Embassy said"); else a name inside
    the subject ("Shares in eBay fell"), unless the reporter is people the lead names by a plural
    noun ("Japan's jobless rate will rise, senior economists said"), made a group actor.
    ``at``: the same in a sentence after a lead that names no one, by names only (no description)."""
    if not st.sents:
        return None
    sent = st.sents[st.lead if at is None else at]
    verb = sent.root
    reporter: Token | None = None
    if verb.lemma_ in REPORTING_VERBS:
        reporter = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if reporter is None:
            # "..., senior economists, including X, said": the parser may hang the reporter on the
            # clause as an apposition ending right before the verb
            reporter = next((t for t in sent if t.dep_ == "appos" and t.right_edge.i + 2 >= verb.i > t.i), None)
        verb = next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis")), verb)
    else:  # "X is expected to rise, economists said": the parser may hang the reporting verb on the clause
        said = next(
            (c for c in verb.children if c.dep_ in ("parataxis", "ccomp") and c.lemma_ in REPORTING_VERBS), None
        )
        reporter = next((c for c in said.children if c.dep_ == "nsubj"), None) if said is not None else None
    if reporter is None:
        reporter = next(
            (t for t in sent if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according"), None
        )
    verb = _noun_read_as_verb(verb) or verb
    # a nominal subject before a clausal one ("Struggling car maker Zenco has struck a deal": the
    # parser may take the opening participle for a clause)
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    doer = doer if doer is not None else next((c for c in verb.children if c.dep_ == "csubj"), None)
    if doer is None:  # a passive's agent: "The service is being piloted by the RNID"
        by = next((c for c in verb.children if c.dep_ == "agent"), None)
        doer = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    holder = _holders(st, sent)
    if at is not None:  # a title is no name ("The lord chancellor ... said courts minister Ann Lee")
        holder = {i: k for i, k in holder.items() if st.doc[i].pos_ == "PROPN" and st.doc[i].text[:1].isupper()}
    reporter = apposed(reporter, holder)
    if doer is not None and (doer.i not in holder or _placed(st, holder[doer.i])):
        doer = dateline_subject(st, doer, holder)
    if reporter is not None and (reporter.i not in holder or _placed(st, holder[reporter.i])):
        reporter = dateline_subject(st, reporter, holder)
    if doer is not None and doer.lower_ == "it" and verb.lemma_ in _RAISING_VERBS:
        doer = _raised(verb, holder)  # "It appears Jan Moss has won": Jan Moss
    for token in (doer, reporter):
        if token is not None and token.i not in holder and (named := _named_elsewhere(st, token)) is not None:
            holder[token.i] = named
    if told_state(st, verb, doer, reporter, holder):
        doer = None  # its teller is the lead's actor
    for token in (doer, reporter):
        weak = doer is None or doer.pos_ == "PRON" or doer.i not in holder
        if token is not None and token.i in holder and (token is doer or weak):
            st.lead_source = token is reporter and not speaks_of_itself(st, holder[token.i], doer)
            return holder[token.i]
    st.lead_source = True
    described = _described(st, sent, doer, reporter, holder) if at is None else None
    # "Shares in eBay fell", "The meeting of the ICO council was called": a name inside the subject
    subject = doer if doer is not None else next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    inside = _inside(st, subject, holder) if subject is not None and subject.pos_ != "PRON" else []
    if described is not None:
        # (unnamed people who report what a named body did: "Zenco data suggest Zenco held rates,
        # economists said" is about Zenco; "Japan's jobless rate will rise, economists said" stays theirs)
        body = holder[inside[0].i] if inside else None
        if not (described.startswith("G:") and body is not None and st.clusters[body].kind == "organization"):
            return described
    st.lead_source = False
    if inside:
        return holder[inside[0].i]
    if at is not None:
        return None
    # no name: people or a body the lead makes its doer or reporter ("Hundreds of nurses marched",
    # "The wage will rise, the government has announced")
    for token in (doer, reporter):
        body = _body(st, token) if token is not None else None
        if body is not None:
            st.lead_source = token is reporter and not speaks_of_itself(st, body, doer)
            return body
    # a doer that is no actor: "A knee injury has forced Ann Lee out" is news about Ann Lee
    return undergoer(verb, doer, lambda o: [holder[t.i] for t in _inside(st, o, holder)]) if reporter is None else None


def _inside(st: WhoState, noun: Token, holder: dict[int, str]) -> list[Token]:
    """The names inside a noun phrase (not its scene or label), nearest first ("Shares in eBay")."""
    return sorted(
        (t for t in _phrase(noun) if t.i in holder and not _backdrop(st, t, holder[t.i])),
        # (a body or a person the subject names before a place: "The UK's biggest brewer, Zenco,")
        key=lambda t: (_placed(st, holder[t.i]), abs(t.i - noun.i)),
    )


def _named_elsewhere(st: WhoState, noun: Token) -> str | None:
    """The actor a name the NER missed in the lead names, as the text names it elsewhere ("U2, who have
    won three Grammys, are clinging to ..." / "... said U2's manager"): the words of the name (the noun
    and its proper-noun compounds) are exactly one actor's name or mention, in the same case. Not a
    credit in brackets ("(CNN) North Korean leader Kim Jong Un held out ...") nor a wire service."""
    if noun.pos_ != "PROPN" or not noun.text[:1].isupper() or fold(noun.text) in NEWS_AGENCIES:
        return None
    doc = noun.doc
    if 0 < noun.i < len(doc) - 1 and doc[noun.i - 1].text == "(" and doc[noun.i + 1].text == ")":
        return None
    left = noun.i
    while left > 0 and st.doc[left - 1].dep_ in ("compound", "flat") and st.doc[left - 1].pos_ == "PROPN":
        left -= 1
    words = st.doc[left : noun.i + 1].text
    found = {
        key
        for key, cluster in st.clusters.items()
        if cluster.name == words or any(st.text_of(m.first, m.last) == words for m in cluster.mentions)
    }
    return found.pop() if len(found) == 1 else None


def _described(
    st: WhoState, sent: SpacySpan, doer: Token | None, reporter: Token | None, holder: dict[int, str]
) -> str | None:
    """The lead's doer or reporter that the lead describes and the next sentences name ("..., a charity
    has warned", "A US airline attendant has been fired"), or people it names by a plural noun who
    report it ("..., senior economists said"), made a group actor; sets ``st.lead_source``."""
    if reporter is not None and reporter.pos_ in ("NOUN", "NUM", "PRON") and reporter.ent_type_ in ("", "CARDINAL"):
        named = introduced(st, reporter)
        if named is None and doer is not None and doer.pos_ == "PRON":
            # "Ann Lee's father said he wants ... Tom Lee wrote": the person the role names tells his own act
            named = role_bearer(st, reporter)
            st.lead_source = named is None or not speaks_of_itself(st, named, doer)
        if named is not None:
            return named
    if doer is not None and doer.pos_ == "NOUN" and doer.i not in holder:
        # "A US airline attendant has been fired. Ellen Simonetti ..."; "The director of the film
        # is to cut ... Chris Weitz, director of Dusk, said"
        named = introduced(st, doer) or role_bearer(st, doer)
        if named is not None:
            st.lead_source = False
            _reporting(st, sent, reporter, None)  # (who report it stay actors: "Zenco directors said its chief ...")
            return named
    return _reporting(st, sent, reporter, doer)


def _reporting(st: WhoState, sent: SpacySpan, reporter: Token | None, doer: Token | None) -> str | None:
    """People the lead names by a plural noun who report its news ("..., senior economists said"), as a
    group: its source, unless they tell their own act ("Many conservatives said they will not vote ...")."""
    says = reporter is not None and (sent.root.lemma_ == "say" or reporter.head.lower_ == "to")
    if reporter is not None and says and reporter.tag_ == "NNS" and not reporter.ent_type_ and agentive(reporter):
        key = people(st, reporter)
        st.lead_source = key is None or not speaks_of_itself(st, key, doer)
        return key
    return None


def _names_someone(st: WhoState, at: int) -> bool:
    """The sentence names a person or an organisation (by any mention)."""
    return any(
        st.sent_of[m.first] == at
        for c in st.clusters.values()
        if c.kind in ("person", "organization")
        for m in c.mentions
    )


def _noun_read_as_verb(verb: Token) -> Token | None:
    """The clause of a lead whose opening plural noun the parser read as its verb ("Hollywood stars Ann
    Lee and Tom Ash attended the premiere": "Hollywood" the subject of "stars"): a verb that neither
    says nor thinks takes no clause without "that" right after it, so that clause is the lead's."""
    if verb.tag_ != "VBZ" or verb.lemma_ in REPORTING_VERBS | SPEECH_VERBS | COGNITION_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.ent_type_ or subject.pos_ == "PROPN") or subject.i != verb.i - 1:
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None or any(c.dep_ == "mark" for c in clause.children):
        return None
    doer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return clause if doer is not None and doer.left_edge.i == verb.i + 1 and doer.pos_ == "PROPN" else None


def _raised(verb: Token, holder: dict[int, str]) -> Token | None:
    """The doer of the clause an empty "it" leaves to ("It appears Jan Moss has won", "It seems
    that the Brandt group will sell"): the clause's subject, else the first name between the
    verb and the clause (the parser may hang the name on the verb)."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return None
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None:
        return subject
    return next((verb.doc[i] for i in range(verb.i + 1, clause.i) if i in holder), None)


# Nouns of people that say nothing of who they are ("Women hold up placards"): no group actor.
_ANYONE = frozenset({"man", "woman", "person", "people"})
# The plural tags of people a lead makes its doer ("Revellers fled", "A group of MPs are ...").
_PLURALS = frozenset({"NNS", "NNPS"})


def _body(st: WhoState, token: Token) -> str | None:
    """A group or an institution named by a common noun that the lead makes its doer or reporter:
    people by a plural noun of persons ("Parents are angry", "Thousands of revellers fled", "A
    group of MPs are on a mission") as a group; a singular institution with "the" ("the
    government has announced", "The police have arrested ...") as an organisation."""
    if token.pos_ not in ("NOUN", "PROPN", "NUM") or token.ent_type_ not in ("", "CARDINAL"):
        return None
    if token.lemma_.lower() in PARTITIVE_HEADS or token.lower_ in PARTITIVE_HEADS:
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        token = next((c for c in of.children if c.dep_ == "pobj"), token) if of is not None else token
        if token.ent_type_ or token.i in st.owner:
            return None
    if any(c.dep_ == "conj" for c in token.children):
        return None  # "Governments, aid agencies and insurers are counting the cost": no one doer
    lemma = token.lemma_.lower()
    plural = token.tag_ in _PLURALS or (token.tag_ == "NNP" and token.text[-1:] == "s" and token.text[:-1].isupper())
    persons = agentive(token) or lemma in PERSON_DESCRIPTIONS or lemma.removesuffix("s") in TITLES
    if plural and persons and lemma not in _ANYONE and lemma not in INSTITUTION_HEADS:
        return _titled(st, token) or people(st, token, named=True)
    the = any(c.lower_ == "the" for c in token.children)
    if token.tag_ == "NN" and the and lemma in INSTITUTION_HEADS:
        return institution(st, token)
    return None


def _titled(st: WhoState, noun: Token) -> str | None:
    """The one person the next three sentences name with the role a lead gives people by
    ("Ministers are telling councils ... said housing minister Ana Rook": Ana Rook)."""
    role = noun.lemma_.lower().removesuffix("s")
    lead = st.sent_of[noun.i]
    found = {
        key
        for key, cluster in st.clusters.items()
        if cluster.kind == "person"
        and any(t.casefold().split()[-1:] == [role] for t in cluster.titles)
        and any(lead < st.sent_of[m.first] <= lead + 3 for m in cluster.mentions)
    }
    return found.pop() if len(found) == 1 else None


def _names(words: SpacySpan) -> bool:
    """Modifiers that hold a name ("European Community", "US", "French"), not only plain words
    ("senior"; "Heartbroken", an adjective the NER takes for an organisation)."""
    return any(t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE") for t in words)


def _named(st: WhoState, m: Mention) -> bool:
    """A country mention by its name or capital, not its demonym ("ten American tourists")."""
    found = st.country_of(st.text_of(m.first, m.last))
    return found is None or found[1] != "demonym"


# A capitalised word of a title (a country's name is one or more of them): "Nigeria", "South", "Korea".
_TITLE_NAME = re.compile(r"[A-Z][\w.'’-]*")
# Uses of "the government" (with "the") an article needs for it to be an actor outside the lead.
_GOVERNMENT_USES = 2
# Mentions by name that make a country the story's own when no country is named near "the government".
_STORY_COUNTRY = 3


def institution(st: WhoState, noun: Token) -> str | None:
    """An organisation actor for an institution named by a common noun ("the government", named so:
    the name says it is no proper name), with every mention of it by the same noun after "the"."""
    key = f"G:{noun.lemma_.lower()}"
    kind: ActorType = "organization"
    if noun.lemma_.lower() in COUNTRY_GOVERNMENTS:
        # "the government" of the one country named within two sentences of it, else of the story's
        # own country, else of the one country the title names (alone or among those named near it)
        lead = st.sent_of[noun.i]
        near = {
            k
            for k, c in st.clusters.items()
            if k.startswith("C:") and any(abs(st.sent_of[m.first] - lead) <= 2 and _named(st, m) for m in c.mentions)
        }
        if len(near) == 1:
            key, kind = near.pop(), "location"
        elif not near and (country := _story_country(st)) is not None:
            key, kind = country, "location"
        elif (country := _title_country(st)) is not None and (not near or country in near):
            key, kind = country, "location"  # the title's country, alone or among those named near
    tokens = st.tokens
    for i in tokens.where(tokens.any_of(tokens.lower, {noun.lower_}) & ~tokens.any_of(tokens.dep, {"compound"})):
        t = st.doc[i]
        if i not in st.owner and any(c.lower_ == "the" for c in t.children):
            name = st.clusters[key].name if key in st.clusters else f"the {noun.lower_}"
            st.mention(key, kind, name, i, i, canonical=False)
    return key if key in st.clusters else None


def _story_country(st: WhoState) -> str | None:
    """The country a story is about: named by name at least three times, more than all the others
    together ("the government" of a story about Indonesia that names the Netherlands once)."""
    counts = sorted(
        ((sum(_named(st, m) for m in c.mentions), k) for k, c in st.clusters.items() if k.startswith("C:")),
        reverse=True,
    )
    if not counts or counts[0][0] < _STORY_COUNTRY:
        return None
    return counts[0][1] if counts[0][0] > sum(n for n, _ in counts[1:]) else None


def _title_country(st: WhoState) -> str | None:
    """The one country the title names by its name or capital, when the text names it too, in any form
    ("21 Girls Released by Boko Haram, Nigeria Says"; "Australia'S Keating Changes Economic Forecasts"
    over "Australian Treasurer Paul Keating"): the story's own. A title that names two ("Kenya and
    Uganda") names none."""
    words = _TITLE_NAME.findall(st.title)
    grams = (" ".join(words[i : i + n]) for n in (1, 2, 3) for i in range(len(words) - n + 1))
    hits = (st.country_named(g.removesuffix("'S").removesuffix("'s").removesuffix("’s")) for g in grams)
    named = {f"C:{hit}" for hit in hits if hit is not None}
    return named.pop() if len(named) == 1 and next(iter(named)) in st.clusters else None


def acting_government(st: WhoState) -> None:
    """ "The government" made an actor where the article makes it act ("The government has announced
    ... the government has said"): written with "the" at least twice, once as the subject of a verb
    (not only where the lead makes it the doer). It is the one country named within two sentences of
    its first use, else an organisation of its own. Run after the lead's roles: a mention so made
    ("a report by the government's finance watchdog") does not take the lead from the body it
    describes."""
    tokens = st.tokens
    uses = [
        st.doc[i]
        for i in tokens.where(tokens.any_of(tokens.lower, COUNTRY_GOVERNMENTS))
        if i not in st.owner and st.doc[i].tag_ == "NN" and any(c.lower_ == "the" for c in st.doc[i].children)
    ]
    for word in dict.fromkeys(t.lower_ for t in uses):
        same = [t for t in uses if t.lower_ == word]
        acting = any(t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX") for t in same)
        if len(same) >= _GOVERNMENT_USES and acting:
            institution(st, same[0])  # (the country is the one named near its first use)
            return


def _backdrop(st: WhoState, token: Token, key: str) -> bool:
    """A place inside a subject that is its scene or its label, not its owner: "Police in Cologne",
    "The Las Vegas shooter", "A US airline attendant" (but "Japan's exports", "Shares in eBay")."""
    if st.clusters[key].kind != "location":
        return False
    if token.dep_ in ("compound", "amod", "nmod") or setting(token) or _bare_possessor(token):
        return True
    # a place that ranks what it owns places it: "Scotland's biggest festival", "Japan's third-largest bank"
    return token.dep_ == "poss" and _ranks(token.head)


def _ranks(noun: Token) -> bool:
    return any(c.tag_ == "JJS" or (c.dep_ == "amod" and _ranking(c)) for c in noun.children)


def _scene(st: WhoState, m: Mention) -> bool:
    """A place's mention as the scene ("in Leeds") or as a name's label ("UK firms", "London's Soho"),
    not one where it acts or owns; a demonym weighs as any modifier ("Russian troops": the nation's own)."""
    root = st.root_of(m.first, m.last)
    return not (_acts(st, m) or _owns(root) or demonym(st, m))


def _owns(root: Token) -> bool:
    """A place's possessive of its own affairs ("Iraq's debts", "Japan's workers"), not of a name it
    labels ("London's Soho", "Egypt's Morsi", "Britain's BT") nor of what it only ranks ("Scotland's
    biggest festival"): a possessor is a party to the news, a label or a scene is not."""
    if root.dep_ != "poss" or _bare_possessor(root) or _ranks(root.head):
        return False
    return not _is_name(root.head)


def _ranking(word: Token) -> bool:
    """An ordinal superlative written as one word: "second-biggest", "third-largest"."""
    return "-" in word.text and word.text.rsplit("-", 1)[1].lower().endswith("est")


def _placed(st: WhoState, key: str) -> bool:
    """A place inside the lead's subject beside a body or a person, who is the doer there."""
    return key in st.clusters and st.clusters[key].kind == "location"


def _bare_possessor(token: Token) -> bool:
    """A name the parser takes for a possessor though it has no "'s": a label ("UK brewer Zenco")."""
    return token.dep_ == "poss" and not any(c.dep_ == "case" for c in token.children) and token.tag_ != "PRP$"


# Dependents that open a clause inside a noun phrase ("U2, who have won three Grammy Awards, ..."):
# the names in such a clause are not what the phrase names.
_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj"})


def _phrase(noun: Token) -> list[Token]:
    """The tokens of a noun phrase without its clauses: "Shares in eBay", not "people who use BSL"."""
    out, todo = [], [noun]
    while todo:
        token = todo.pop()
        out.append(token)
        todo.extend(c for c in token.children if c.dep_ not in _CLAUSES)
    return out


def _holders(st: WhoState, sent: SpacySpan) -> dict[int, str]:
    """Token index -> the cluster it names, in one sentence: the owner of the token, or the cluster
    of a mention headed by it ("Venezuelan authorities": its demonym is owned by Venezuela, its head
    names the group). A country's demonym names no doer ("Ten people, including a Briton, were
    held": the Briton is a person, not the United Kingdom)."""
    found = {i: k for i in range(sent.start, sent.end) if (k := st.owner.get(i)) in st.clusters}
    for key, cluster in st.clusters.items():
        for m in cluster.mentions:
            if sent.start <= m.first < sent.end:
                found[st.root_of(m.first, m.last).i] = key
    for key, cluster in st.clusters.items():
        for m in cluster.mentions if cluster.kind == "location" else ():
            if sent.start <= m.first < sent.end and demonym(st, m):
                for i in range(m.first, m.last + 1):
                    if found.get(i) == key:
                        del found[i]
    return found


def introduced(st: WhoState, reporter: Token) -> str | None:
    """The organisation a lead introduces by a description before naming it ("..., a charity has
    warned. ... Christian Aid condemned the move"; "one of the world's leading credit rating
    agencies says. ... S&P said"): the first organisation the next three sentences make the
    subject of a speech verb."""
    noun = reporter
    if noun.lower_ == "one":  # "one of the world's leading ... agencies"
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in of.children if c.dep_ == "pobj"), noun) if of is not None else noun
    indefinite = reporter.lower_ == "one" or any(c.lower_ in ("a", "an") for c in noun.children)
    if not indefinite:
        return None
    if noun.lemma_.lower() not in ORG_NOUNS | ORG_DESCRIPTIONS:
        return named_next(st, noun) if _personal(noun) else None
    lead = st.sent_of[reporter.i]
    found = sorted(
        (m.first, key)
        for key, cluster in st.clusters.items()
        if cluster.kind in ("organization", "person") and not cluster.titles
        for m in cluster.mentions
        if lead < st.sent_of[m.first] <= lead + 3 and _speaks(st.root_of(m.first, m.last))
    )
    return found[0][1] if found else None


def _personal(noun: Token) -> bool:
    """A noun that names a person: a role ("attendant"), a person word ("man"), or one a "who"
    clause describes ("a suspected fanatic who ploughed a truck into the crowd")."""
    if agentive(noun) or noun.lemma_.lower() in PERSON_DESCRIPTIONS | INTRODUCED_PERSON_NOUNS:
        return True
    return any(c.dep_ == "relcl" and any(g.lower_ == "who" for g in c.children) for c in noun.children)


def named_next(st: WhoState, noun: Token) -> str | None:
    """The person a lead introduces by a description before naming him or her ("A US airline
    attendant ... says she has been fired. Ellen Simonetti, known as ..., wrote"; "A 45-year-old
    man has been charged ... John Smith, of Leeds, appeared in court"): the first person named in
    the next two sentences, when that name is the subject of a verb that reports no clause (one
    who says what happened is a source about the person, not the person)."""
    lead = st.sent_of[noun.i]
    firsts = sorted(
        (m.first, key)
        for key, cluster in st.clusters.items()
        if cluster.kind == "person"
        for m in cluster.mentions
        if lead < st.sent_of[m.first] <= lead + 2
    )
    if not firsts:
        return None
    first, key = firsts[0]
    root = st.doc[first]
    while root.dep_ in ("compound", "flat") and root.head.i != root.i:
        root = root.head
    verb = root.head
    reports = verb.lemma_ in REPORTING_VERBS and any(c.dep_ in ("ccomp", "parataxis") for c in verb.children)
    return key if root.dep_ in ("nsubj", "nsubjpass") and not reports else None


# Nouns of bodies, not persons, though some end like agent nouns ("government", "regulator").
_BODY_WORDS = ORG_NOUNS | ORG_DESCRIPTIONS | INSTITUTION_HEADS


def role_bearer(st: WhoState, noun: Token) -> str | None:
    """The person a lead's subject names by a role with "the" ("The guitarist with the band Vox has
    quit. Ann Lee told a radio station ..."; "The director of the film is to cut ... Jon Marr,
    director of Dusk, said"): the one person of the next two sentences the text gives that role,
    else the first person the next sentence makes a subject."""
    lemma = noun.lemma_.lower()
    if noun.tag_ != "NN" or not definite(noun):
        return None
    if not (agentive(noun) or lemma in PERSON_DESCRIPTIONS) or lemma in _BODY_WORDS:
        return None  # ("the government": an agent noun's ending, but a body)
    lead = st.sent_of[noun.i]
    near = [
        (m.first, key)
        for key, cluster in st.clusters.items()
        if cluster.kind == "person"
        for m in cluster.mentions
        if lead < st.sent_of[m.first] <= lead + 2
    ]
    titled = {key for _, key in near if any(t.casefold().split()[-1:] == [lemma] for t in st.clusters[key].titles)}
    if len(titled) == 1:
        return titled.pop()
    first = min((f for f, _ in near if st.sent_of[f] == lead + 1), default=None)
    if first is None:
        return None
    root = st.doc[first]
    while root.dep_ in ("compound", "flat", "nmod") and root.head.i != root.i:
        root = root.head
    if root.dep_ not in ("nsubj", "nsubjpass"):  # ("... Ann Lee was elected mayor last week")
        return None
    owner = st.owner.get(root.i)  # the name the subject heads ("Brian 'Head' Welch": Welch's)
    return owner if owner in st.clusters and st.clusters[owner].kind == "person" else dict(near)[first]


def _speaks(root: Token) -> bool:
    return root.dep_ == "nsubj" and (root.head.lemma_ in REPORTING_VERBS or root.head.lemma_ in SALIENT_SPEECH_VERBS)


def people(st: WhoState, noun: Token, *, named: bool = False) -> str | None:
    """A group actor for people named by a plural noun ("economists", "MPs"), with every mention of
    it; ``named``: the lead's mention keeps the names before the noun, and names the group ("European
    Community steelmakers presented ...")."""
    key = f"G:{noun.lemma_.lower()}"
    name = noun.text if noun.text[:-1].isupper() else noun.lower_
    left = noun.i  # the words right before the noun that modify it
    while left > 0 and st.doc[left - 1].dep_ in MODIFIER and left - 1 < st.doc[left - 1].head.i <= noun.i:
        left -= 1
    if named and _names(st.doc[left : noun.i]) and not st.furniture.token(left):
        st.mention(key, "group", st.doc[left : noun.i + 1].text, left, noun.i)
    tokens = st.tokens
    for i in tokens.where(tokens.any_of(tokens.tag, {"NNS", noun.tag_}) & ~tokens.any_of(tokens.dep, {"compound"})):
        if st.doc[i].lemma_ == noun.lemma_ and i not in st.owner:
            st.mention(key, "group", name, i, i, canonical=False)
    return key if key in st.clusters else None


def demonym(st: WhoState, m: Mention) -> bool:
    """A country named by its demonym as a label or a person ("British troops", "a Briton",
    "Scottish rugby"), not as a people that acts ("The French want the ban lifted")."""
    found = st.country_of(st.text_of(m.first, m.last))
    if found is None or found[1] != "demonym":
        return False
    root = st.root_of(m.first, m.last)
    return not (root.dep_ in SUBJECT and any(c.lower_ == "the" for c in root.children))


def weight(st: WhoState, m: Mention, *, place: bool = False) -> float:
    """A mention's weight: its syntactic role, times its position (the lead counts double).
    ``place``: the mention names a location, whose mentions as the scene or a label ("in Leeds",
    "London's Soho", "UK firms", "British troops") weigh only the setting's share: a place that is
    only where the news happened is no actor of it (a demonym is a label whatever the parser says)."""
    doc = st.doc
    first, last = m.first, m.last
    root = st.root_of(first, last)
    filed = st.sent_of[first] < st.lead or dateline(doc, first, last)
    base = W.dateline if root.is_upper and len(root) > 3 and filed else _base(root)
    if fold(st.text_of(first, last)) in NEWS_AGENCIES:
        base *= W.agency
    if place and base != W.dateline and demonym(st, m):
        base = W.modifier
    if place and base in (W.setting, W.modifier) and _scene(st, m):
        base *= W.scene
    sent = st.sent_of[first]
    position = W.in_lead if sent == st.lead else W.near_lead if sent <= st.lead + 2 else 1.0
    return base * position


def _base(root: Token) -> float:
    """A mention's weight by its syntactic role."""
    dep = root.dep_
    if dep in SUBJECT:
        return W.source if root.head.lemma_ in REPORTING_VERBS else W.doer
    if root.ent_type_ in ("GPE", "LOC", "FAC") and setting(root):
        return W.setting
    if dep in ARGUMENT:
        return W.argument
    if root.ent_type_ == "NORP" or dep in MODIFIER:
        return W.modifier
    return W.other


def _askers(st: WhoState) -> set[str]:
    """The clusters that speak in an interview's turns and only ask."""
    asks: dict[str, bool] = {}
    for first, question in st.turns.items():
        owner = st.owner.get(first)
        if owner is not None:
            asks[owner] = asks.get(owner, True) and question
    return {k for k, only in asks.items() if only}


def _acts(st: WhoState, m: Mention) -> bool:
    """A place mention that acts: the subject of a verb ("China warned", "Russia is a creditor") or
    the possessor of one ("Japan's jobless rate rose": the country's own affairs are the news); not
    a demonym ("British officials said", "a Briton was held")."""
    root = st.root_of(m.first, m.last)
    if demonym(st, m):
        # (but a nation's own affairs are its acts, whichever form names it: "German business confidence
        # fell" is "Germany's business confidence fell"; "British fans cheered" are people, not the state)
        # (its people and bodies are actors of their own: "Chinese police", "an Egyptian court")
        head = root.head
        if root.dep_ != "amod" or head.dep_ not in SUBJECT or _personal(head) or head.lemma_ in _BODY_WORDS:
            return False
        return not any(m.first <= head.i <= m.last for c in st.clusters.values() for m in c.mentions)
    if root.dep_ == "appos" and not root.head.ent_type_:  # "US state Oregon has filed a lawsuit"
        root = root.head
    if _bare_possessor(root):
        return False
    return root.dep_ in SUBJECT or (root.dep_ == "poss" and root.head.dep_ in SUBJECT and not _is_name(root.head))


def _is_name(noun: Token) -> bool:
    """A possessed noun that is a name: the possessive labels it ("Britain's BT said", "Egypt's Morsi");
    not the state's own body, through which it acts ("South Korea's Unification Ministry said")."""
    if noun.lemma_.lower() in INSTITUTION_HEADS | BODY_HEADS:
        return False
    return bool(noun.ent_type_) or noun.pos_ == "PROPN"


def _raise(scored: list[tuple[float, int, Cluster]], marked: list[int], share: float) -> None:
    """Add to the first marked actor's score ``share`` of the best other score (1.0: it goes first)."""
    if not marked or not share:
        return
    k = marked[0]
    others = max((s for j, (s, *_) in enumerate(scored) if j != k), default=0.0)
    score, first, cluster = scored[k]
    scored[k] = (score + share * others, first, cluster)


def actors(st: WhoState) -> list[Actor]:
    """The clusters as Actor records, most salient first."""
    doc = st.doc
    text = st.text
    scored: list[tuple[float, int, Cluster]] = []
    askers = _askers(st)
    for key, cluster in st.clusters.items():
        if not cluster.mentions:
            continue
        place = cluster.kind == "location"
        score = sum(weight(st, m, place=place) for m in cluster.mentions) + cluster.bonus
        if place and not any(_acts(st, m) for m in cluster.mentions):
            score *= W.scene
        if key in askers:
            score *= W.interviewer
        scored.append((score, min(m.first for m in cluster.mentions), cluster))
    if not scored:
        return []
    # The doer of the lead's main clause goes first, after only the title's opener (raised last, so on top).
    # (not a doer the article names in a sentence or two while another actor runs through it: outnamed.py)
    clusters = [c for _, _, c in scored]
    lead = [k for k, c in enumerate(clusters) if c.lead_doer]
    _raise(scored, lead if lead and not outnamed(st, clusters[lead[0]], clusters) else [], W.lead_first)
    _raise(scored, [k for k, (_, _, c) in enumerate(scored) if c.opener], W.opener)
    keep_behind(scored)
    top = max(s for s, *_ in scored) or 1.0
    out = []
    for score, _, cluster in sorted(scored, key=lambda x: (-x[0], x[1])):
        # doc.text is rebuilt on every access: read it once, not once per mention
        spans = unique_spans(
            char_span(text, doc[m.first].idx, doc[m.last].idx + len(doc[m.last])) for m in cluster.mentions
        )
        spans = [s for s in spans if s.text]
        if not spans:
            continue
        out.append(
            Actor(
                name=cluster.name,
                type=cluster.retyped or cluster.kind,
                titles=cluster.titles,
                affiliation=cluster.affiliation if cluster.affiliation != cluster.name else None,
                mentions=spans,
                salience=round(min(1.0, score / top), 3),
            )
        )
    return out
