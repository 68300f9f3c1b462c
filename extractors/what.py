"""What: the main events as who-did-what-to-whom, and the headline built from the top one.

An event is a clause's main verb with its doer (the subject, the agent of a passive, the subject
inherited by a coordinated verb or by the clause of "appears to" / "is likely to"), what it acted
on (the object phrase as written), and to whom (a bare second object: "sent Russia containers";
"to X" beside an object; "provided X with Y"). Reporting and cognition verbs are not events: the
clause they report is, attributed to their subject ("Shin said North Korea sent ..."), as is the
clause in "X accused Y of doing Z" (Y did Z, according to X). Events are ranked by where they
stand (the lead first), how central their clause is, and how salient their doer is.
"""

from __future__ import annotations

import bisect
import re
from datetime import date

import msgspec
from spacy.tokens import Doc, Span, Token

from extractors.actors import ActorIndex
from extractors.lexicons.actors import (
    ACCUSE_VERBS,
    ANNOUNCE_VERBS,
    CAPTION_CUES,
    FEMALE_HONORIFICS,
    HEDGE_ADVERBS,
    HEDGE_GOVERNORS,
    HEDGE_MODALS,
    MALE_HONORIFICS,
    ORG_DESCRIPTIONS,
    PROVIDE_VERBS,
    REPORTING_VERBS,
)
from extractors.spans import char_span
from extractors.types import Actor, Attribution, Event

VERSION = 12

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_CLAUSES = {
    "ROOT": 1.0,
    "ccomp": 1.0,
    "conj": 0.9,
    "parataxis": 0.8,
    "xcomp": 0.8,
    "advcl": 0.5,
    "relcl": 0.4,
    "pcomp": 0.6,
}
_PRONOUNS_PERSON = frozenset({"he", "she", "him", "her"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
# Cognition cues that make the reported clause a belief rather than a stated fact.
_BELIEF_CUES = frozenset({"believe", "suspect", "allege", "think", "estimate", "fear", "suggest", "claim"})
_MAX_EVENTS = 30


class _Resolver:
    """Maps subject and object tokens to canonical actor names."""

    def __init__(self, doc: Doc, who: list[Actor]) -> None:
        self.doc = doc
        self.index = ActorIndex(who)
        self.salience = {a.name: a.salience for a in who}
        persons = sorted((m.start, m.end, a.name) for a in who if a.type == "person" for m in a.mentions)
        self.person_starts = [s for s, _, _ in persons]
        self.person_names = [n for _, _, n in persons]
        # per mention: was it a clause subject, and in which sentence; per person: the gender an
        # honorific tells ("Mr Trump"), for the pronoun reading below
        self.person_subject: list[bool] = []
        self.person_sent: list[int] = []
        self.gender: dict[str, str] = {}
        for start, end, name in persons:
            span = doc.char_span(start, end, alignment_mode="expand")
            root = span.root if span is not None and len(span) else None
            self.person_subject.append(root is not None and root.dep_ in ("nsubj", "nsubjpass"))
            self.person_sent.append(root.sent.start if root is not None else -1)
            before = doc[span.start - 1].lower_ if span is not None and span.start > 0 else ""
            if before in MALE_HONORIFICS or before in FEMALE_HONORIFICS:
                self.gender.setdefault(name, "m" if before in MALE_HONORIFICS else "f")
        orgs = [a for a in who if a.type == "organization"]
        self.main_org = max(orgs, key=lambda a: a.salience).name if orgs else None
        named = sorted((m.start, a.name) for a in orgs for m in a.mentions)
        self.org_starts = [s for s, _ in named]
        self.org_names = [n for _, n in named]
        self.floor = _dateline_end(doc)

    def actor(self, token: Token) -> str | None:
        """Canonical name of the actor a noun phrase headed by ``token`` denotes, if known."""
        if token.lower_ in _PRONOUNS_PERSON:
            return self.person_pronoun(token)
        if token.lower_ in ("it", "they") and token.dep_ in _SUBJECTS:
            # "GM announced it had lost ...": a pronoun subject of a reported clause is its reporter
            clause = token.head
            while clause.dep_ == "conj" and clause.head.i != clause.i:
                clause = clause.head
            if clause.dep_ == "ccomp" and clause.head.lemma_ in REPORTING_VERBS:
                reporter = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
                if reporter is not None and reporter.i <= self.floor:
                    reporter = _after_dateline(reporter, self.floor)
                if reporter is not None and reporter.pos_ != "PRON":
                    return self.actor(reporter)
            if token.lower_ == "it" and _reporting(token.head):
                # "It said ...": the organisation named last before it (wire copy's habit)
                k = bisect.bisect_left(self.org_starts, token.idx)
                return self.org_names[k - 1] if k else None
            return None
        if token.lemma_ in ORG_DESCRIPTIONS and self.main_org and any(c.lower_ == "the" for c in token.children):
            return self.main_org  # "the firm said": the story's main organisation
        found = self.index.best(token.idx, token.idx + len(token.text))
        if found is None and token.pos_ == "PROPN":
            # "B.F. Goodrich Co": the name's head is a corporate suffix outside the mention
            names = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
            if names:
                found = self.index.best(names[0].idx, token.idx + len(token.text))
            if found is None:
                # a name the NER missed here but tagged elsewhere: "Goodrich" in "B.F. Goodrich Co"
                words = {t.text for t in (*names, token)}
                known = [n for n in self.salience if set(n.split()) <= words and n[:1].isupper()]
                if known:
                    return max(known, key=lambda n: (len(n), self.salience[n]))
        if found is None:
            # "European aircraft manufacturer, Airbus, has won": the apposition names the doer
            named = next((c for c in token.children if c.dep_ == "appos"), None)
            return self.actor(named) if named is not None else None
        # "Both Moscow and Pyongyang have denied": the first doer names the event; one canonical
        # name keeps the actor comparable across events and with `who`
        return found.name

    def person_pronoun(self, token: Token) -> str | None:
        """he/she: the person who was the subject of this or the previous sentence (a pronoun keeps
        the topic: "Clinton blamed Comey's letter ... She said"), else the person named last
        before it; a person whose honorific tells the other gender is skipped."""
        k = bisect.bisect_left(self.person_starts, token.idx)
        gender = "m" if token.lower_ in ("he", "him") else "f"
        fits = [j for j in range(k - 1, -1, -1) if self.gender.get(self.person_names[j], gender) == gender]
        if not fits:
            return None
        sent = token.sent
        prev = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for j in fits:
            if self.person_sent[j] < prev:
                break
            if self.person_subject[j]:
                return self.person_names[j]
        return self.person_names[fits[0]]

    def phrase(self, token: Token) -> str:
        """The noun phrase up to its head, as written ("The latest missile launches")."""
        left = min((t.i for t in token.subtree), default=token.i)
        breaks = [i for i in range(left, token.i) if self.doc[i].is_space and "\n" in self.doc[i].text]
        if breaks:
            left = breaks[-1] + 1  # not the dateline paragraph before it
        if left <= self.floor < token.i:
            left = self.floor + 1  # not the "LONDON, March 1 -" dateline before it
        return _text(self.doc, left, token.i)

    def name(self, token: Token) -> str:
        return self.actor(token) or self.phrase(token)


def _subject(verb: Token, floor: int = -1) -> tuple[Token | None, bool]:
    """(subject token, passive) of a verb, inherited through coordination and raising verbs.

    Tokens up to ``floor`` (a wire dateline) are never the subject; of two subjects the parser
    gives one verb, the one nearest before the verb is.
    """
    seen = 0
    while seen < 6:
        seen += 1
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS and c.i > floor]
        if not subjects:
            hung = [_after_dateline(c, floor) for c in verb.children if c.dep_ in _SUBJECTS and c.i <= floor]
            subjects = [c for c in hung if c is not None]
        if subjects:
            before = [c for c in subjects if c.i < verb.i]
            child = before[-1] if before else subjects[0]
            if child.lower_ in _RELATIVE and verb.dep_ == "relcl":
                return verb.head, child.dep_ == "nsubjpass"
            return _past_dateline(child), child.dep_ == "nsubjpass"
        for child in verb.lefts:
            # "June 13, 2005 \n\n European aircraft manufacturer, Airbus, has won": the parser
            # hangs the subject on the dateline
            if child.ent_type_ == "DATE" and child.dep_ in ("npadvmod", "nsubj", "dep"):
                found = _past_dateline(child)
                if found is not child:
                    return found, False
        if verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
            verb = verb.head
            continue
        if verb.dep_ == "pcomp" and verb.head.head.lemma_ in ACCUSE_VERBS:
            objects = [c for c in verb.head.head.children if c.dep_ == "dobj"]
            return (objects[0], False) if objects else (None, False)
        return None, False
    return None, False


def _after_dateline(subject: Token, floor: int) -> Token | None:
    """The real subject when the parser made a wire dateline the subject and hung it on the
    dateline ("AKRON, Ohio, March 2 - B.F. Goodrich Co said", "ROTTERDAM, March 3 - Employers ...
    are to meet"): the noun nearest the top of the dateline's subtree after its dash."""
    after = [t for t in subject.subtree if t.i > floor and t.pos_ in ("NOUN", "PROPN")]
    return min(after, key=lambda t: (_depth(t), t.i)) if after else None


def _dateline_end(doc: Doc) -> int:
    """Index of the dash that ends a wire dateline ("LONDON, March 1 -", "SEOUL (AP) —"), or -1."""
    for token in doc[:15]:
        if token.text in ("-", "–", "—", "--") and token.i > 0:
            before = doc[: token.i]
            if any(t.is_upper and t.is_alpha and len(t) > 2 for t in before) and not any(
                t.pos_ == "VERB" for t in before
            ):
                return token.i
    return -1


def _past_dateline(subject: Token) -> Token:
    """The real subject when a dateline paragraph ran into the first sentence: the parser makes
    "November 18, 2008 \n\n Japan ... has entered" a sentence about November."""
    if subject.ent_type_ != "DATE":
        return subject
    breaks = [t.i for t in subject.subtree if t.is_space and "\n" in t.text]
    if not breaks:
        return subject
    after = [t for t in subject.subtree if t.i > breaks[-1] and t.pos_ in ("NOUN", "PROPN", "PRON")]
    # the noun nearest the root of the subject's subtree after the break heads the real subject
    return min(after, key=lambda t: (_depth(t), t.i)) if after else subject


def _heading(subject: Token) -> bool:
    """True for a subject in capitals ("UNION OF SOVIET SOCIALIST REPUBLICS"): a heading the parser
    ran into the next sentence, not a doer. A single acronym ("NATO") is a name."""
    shouting = [t for t in subject.subtree if t.is_alpha and t.is_upper and len(t) > 2]
    return len(shouting) >= 2


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token = token.head
        depth += 1
    return depth


def _reporting(verb: Token) -> bool:
    """True for a verb that reports speech or thought rather than stating an event."""
    if verb.lemma_ not in REPORTING_VERBS:
        return False
    if verb.lemma_ in ANNOUNCE_VERBS:
        # "announced a deal" is an event; "announced that ..." reports one
        # "agreed a new deal ... to supply": a noun object makes it the event, whatever follows
        if any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children):
            return any(c.dep_ in ("ccomp", "parataxis") for c in verb.children)
        return any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in verb.children)
    return True


def _event_verb(token: Token) -> bool:
    if token.dep_ not in _CLAUSES or _reporting(token):
        return False
    if token.pos_ != "VERB":
        # a copular clause states a fact too ("prints can be cheaper"), when it has a predicate
        copula = token.pos_ == "AUX" and token.lemma_ == "be" and token.dep_ in ("ROOT", "ccomp", "conj")
        if not (copula and any(c.dep_ in ("attr", "acomp") for c in token.children)):
            return False
    if not token.is_alpha or token.is_upper:
        return False  # tables and headings in capitals are not clauses
    if token.dep_ == "xcomp":
        # "appears to have sent": the sending is the event (hedged); "is to marry": the marrying
        return token.head.lemma_ in HEDGE_GOVERNORS or (token.head.lemma_ == "be" and token.head.pos_ == "AUX")
    if token.dep_ == "pcomp":
        return token.head.head.lemma_ in ACCUSE_VERBS  # "accused Y of providing"
    return True


class _Contents:
    """The named sources' content spans, found by position without scanning them all per verb."""

    def __init__(self, sources: list[Attribution]) -> None:
        spans = sorted(
            ((a.content_span.start, a.content_span.end, a) for a in sources if a.content_span and a.source),
            key=lambda t: (t[0], t[1]),
        )
        self.starts = [start for start, _, _ in spans]
        self.spans = spans
        self.longest = max((end - start for start, end, _ in spans), default=0)

    def innermost(self, offset: int) -> Attribution | None:
        """The attribution with the shortest content span containing ``offset``."""
        best: tuple[int, Attribution] | None = None
        i = bisect.bisect_right(self.starts, offset) - 1
        while i >= 0 and self.spans[i][0] >= offset - self.longest:
            start, end, a = self.spans[i]
            if start <= offset < end and (best is None or end - start < best[0]):
                best = (end - start, a)
            i -= 1
        return best[1] if best else None


def _attribution(verb: Token, resolver: _Resolver, contents: _Contents) -> tuple[str | None, bool]:
    """(who reported the event, whether the report is a belief) from the sources part, else the syntax."""
    found = contents.innermost(verb.idx)
    inner: tuple[int, Attribution] | None = (0, found) if found is not None else None
    if inner is not None:
        return inner[1].source, inner[1].cue in _BELIEF_CUES
    token = verb
    for _ in range(8):
        for child in token.children:
            # "according to X" on the clause, or a trailing "..., X said" attached to it
            if child.lower_ == "according":
                for to in child.children:
                    for obj in to.children:
                        if obj.dep_ == "pobj":
                            return resolver.name(obj), False
            if child.dep_ in ("parataxis", "ccomp") and _reporting(child) and child.i > verb.i:
                subject, _ = _subject(child)
                if subject is not None:
                    return resolver.name(subject), child.lemma_ in _BELIEF_CUES
        head = token.head
        if head.i == token.i:
            break
        if token.dep_ in ("ccomp", "parataxis") and _reporting(head):
            subject, _ = _subject(head)
            return (resolver.name(subject) if subject is not None else None), head.lemma_ in _BELIEF_CUES
        if token.dep_ == "pcomp" and head.head.lemma_ in ACCUSE_VERBS:
            subject, _ = _subject(head.head)
            return (resolver.name(subject) if subject is not None else None), True
        if token.dep_ not in ("conj", "xcomp", "prep", "pcomp"):
            break
        token = head
    return None, False


def _hedged(verb: Token) -> bool:
    for child in verb.children:
        if child.dep_ == "aux" and child.lower_ in HEDGE_MODALS:
            return True
        if child.dep_ == "advmod" and child.lower_ in HEDGE_ADVERBS:
            return True
    if verb.dep_ == "xcomp" and verb.head.lemma_ in HEDGE_GOVERNORS:
        return True
    return (
        verb.dep_ == "conj"
        and verb.head.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.lower_ in HEDGE_MODALS for c in verb.head.children)
    )


def _arguments(verb: Token, resolver: _Resolver) -> tuple[str | None, str | None]:
    """(object text, recipient) of a verb."""
    doc = resolver.doc
    children = list(verb.children)
    dobj = next((c for c in children if c.dep_ == "dobj"), None)
    dative = next((c for c in children if c.dep_ == "dative" and c.pos_ != "ADP"), None)
    recipient: str | None = None
    obj_token = dobj
    if verb.lemma_ in PROVIDE_VERBS and dobj is not None:
        with_ = next((c for c in children if c.dep_ == "prep" and c.lower_ == "with"), None)
        thing = next((c for c in with_.children if c.dep_ == "pobj"), None) if with_ else None
        if thing is not None:  # "provided Russia with shells": Russia receives the shells
            recipient, obj_token = resolver.name(dobj), thing
    if dative is not None:
        recipient = resolver.name(dative)
    elif recipient is None and dobj is not None:
        to = next((c for c in children if c.dep_ in ("prep", "dative") and c.lower_ == "to" and c.i > dobj.i), None)
        target = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
        if target is not None and resolver.actor(target):
            recipient = resolver.actor(target)
    if obj_token is None:
        # no object: a predicate ("is the largest exporter") or the first phrase after the verb
        obj_token = next((c for c in children if c.dep_ in ("attr", "acomp", "oprd")), None)
        if obj_token is None:
            # "have begun to offer buyouts": the infinitive says what was begun
            obj_token = next((c for c in children if c.dep_ == "xcomp" and c.i > verb.i), None)
        if obj_token is None:
            obj_token = next((c for c in children if c.dep_ == "prep" and c.i > verb.i), None)
    if obj_token is None:
        return None, recipient
    indices = _phrase(obj_token, resolver.floor)
    first, last = min(indices), max(indices)
    extension = next((c for c in children if c.dep_ == "xcomp" and c.i > last), None)
    if extension is not None and dobj is not None:  # "using its rail network to ship weapons"
        last = max(t.i for t in extension.subtree)
    return _text(doc, first, last) or None, recipient


def _clause(verb: Token) -> tuple[int, int]:
    """Token range of the clause: the verb's subtree without coordinated clauses and reporting frames."""
    keep = [verb.i]
    for child in verb.children:
        if child.dep_ in ("conj", "cc") and child.pos_ in ("VERB", "AUX", "CCONJ"):
            continue
        if child.dep_ in ("parataxis", "ccomp") and _reporting(child) and child.i > verb.i:
            continue
        keep += [t.i for t in child.subtree]
    first, last = min(keep), max(keep)
    doc = verb.doc
    while first < last and (doc[first].is_punct or doc[first].is_space):
        first += 1
    while last > first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return first, last


def _text(doc: Doc, first: int, last: int) -> str:
    return re.sub(r"\s+", " ", doc[first : last + 1].text).strip()


def extract_what(
    doc: Doc, *, reference: date | None = None, who: list[Actor], sources: list[Attribution]
) -> list[Event]:
    """Events, most salient first."""
    if not len(doc) or not doc.has_annotation("DEP"):
        return []
    resolver = _Resolver(doc, who)
    contents = _Contents(sources)
    sents = list(doc.sents)
    text = doc.text  # rebuilt by spaCy on every access: once per document
    captions = _captions(text, sents)
    # the lead is the first sentence with a verb that is not a photo caption or credit
    lead = next((k for k, s in enumerate(sents) if not captions[k] and any(t.pos_ == "VERB" for t in s)), 0)
    sent_index = {s.start: k for k, s in enumerate(sents)}
    quoted = _quoted(doc)
    scored: list[tuple[float, int, Event]] = []
    for verb in doc:
        if not _event_verb(verb):
            continue
        subject, passive = _subject(verb, resolver.floor)
        if subject is None or _heading(subject):
            continue
        actor: str | None
        if passive:
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            doer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
            actor = resolver.name(doer) if doer is not None else None
        else:
            actor = resolver.name(subject)
        obj, recipient = _arguments(verb, resolver)
        if passive:
            patient = _phrase(subject, resolver.floor)
            obj = _text(doc, patient[0], patient[-1])
        attributed, belief = _attribution(verb, resolver, contents)
        first, last = _clause(verb)
        first = max(first, min(resolver.floor + 1, verb.i))
        breaks = [i for i in range(first, verb.i) if doc[i].is_space and "\n" in doc[i].text]
        if breaks:
            first = breaks[-1] + 1  # a dateline paragraph the parser ran into the sentence
        span = char_span(text, doc[first].idx, doc[last].idx + len(doc[last].text))
        action = verb.lemma_.lower()
        particle = next((c for c in verb.children if c.dep_ == "prt"), None)
        if particle is not None:
            action = f"{action} {particle.lower_}"
        negated = any(c.dep_ == "neg" for c in verb.children)
        hedged = _hedged(verb) or belief
        # rank: position (lead first), how central the clause, how salient the doer
        k = sent_index.get(verb.sent.start, 0)
        # news puts the main event in the lead (the inverted pyramid): it outweighs the rest
        position = 1.0 if k <= lead else 0.55 / (1.0 + 0.3 * (k - lead - 1))
        clause = _CLAUSES.get(verb.dep_, 0.5)
        if verb.dep_ == "conj":
            clause = _CLAUSES.get(verb.head.dep_, 0.5) * 0.9
        doer_salience = resolver.salience.get(actor, 0.0) if actor else 0.0
        weight = (
            position
            * clause
            * (0.6 + 0.4 * doer_salience)
            * (1.2 if obj and not passive else 1.0)
            * (0.5 if verb.lemma_ == "be" else 0.8 if verb.lemma_ == "have" else 1.0)
            # words in quotation marks are what someone said, rarely the news event itself
            * (0.5 if quoted[verb.i] else 1.0)
            # a photo caption describes a picture, not the story's news
            * (0.3 if captions[k] else 1.0)
        )
        event = Event(
            actor=actor,
            action=action,
            object=obj,
            recipient=recipient,
            negated=negated,
            hedged=hedged,
            attributed_to=attributed,
            span=span,
        )
        scored.append((weight, verb.i, event))
    if not scored:
        return []
    top = max(w for w, *_ in scored) or 1.0
    ranked = sorted(scored, key=lambda x: (-x[0], x[1]))[:_MAX_EVENTS]
    return [msgspec.structs.replace(e, salience=round(min(1.0, w / top), 3)) for w, _, e in ranked]


def _captions(text: str, sents: list[Span]) -> list[bool]:
    """Per sentence: is it part of a photo caption or credit ("Image caption ...", "In this file
    photo ...")? A cue marks its sentence, and its whole paragraph when the paragraph is short."""
    out: list[bool] = []
    paragraphs = "\n" in text.strip()
    for sent in sents:
        start = text.rfind("\n", 0, sent.start_char) + 1
        end = text.find("\n", sent.end_char)
        para = text[start : end if end >= 0 else len(text)]
        scope = para if paragraphs and len(para) <= 600 else sent.text
        cued = any(cue in scope.casefold() for cue in CAPTION_CUES)
        # "Image caption" split off as a sentence of its own captions the sentence after it
        after_cue = bool(out) and out[-1] and len(sents[len(out) - 1]) <= 4
        out.append(cued or after_cue)
    return out


def _phrase(head: Token, floor: int = -1) -> list[int]:
    """Token indices of the phrase ``head`` heads, up to a reporting clause the parser hung inside
    it ("music executive Jordan Bratman, the singer's agent has confirmed")."""
    doc = head.doc
    indices = sorted(t.i for t in head.subtree if t.i > floor or t.i >= head.i)
    reports = [t for t in head.subtree if t.i > head.i and t.pos_ == "VERB" and t.lemma_ in REPORTING_VERBS]
    if reports:
        cut = min(min(x.i for x in r.subtree) for r in reports)
        indices = [i for i in indices if i < cut] or [head.i]
    while len(indices) > 1 and (doc[indices[-1]].is_punct or doc[indices[-1]].is_space):
        indices.pop()
    return indices


def _names_party(prep: Token) -> bool:
    """True for a short prepositional phrase naming a person, organisation or country."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return (
        len(objects) == 1
        and objects[0].ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        and sum(1 for _ in prep.subtree) <= 5
    )


def _quoted(doc: Doc) -> list[bool]:
    """For each token, whether it stands inside quotation marks (a paragraph break closes them)."""
    inside = [False] * len(doc)
    state = False
    for token in doc:
        text = token.text
        if token.is_space and "\n" in text:
            state = False
        elif text in ("“", "``"):
            state = True
        elif text in ("”", "''"):
            state = False
        elif text == '"':
            state = not state
        else:
            inside[token.i] = state
    return inside


def make_headline(doc: Doc, *, reference: date | None = None, what: list[Event]) -> str | None:
    """One plain sentence stating the top event, or None."""
    if not what or not len(doc):
        return None
    event = what[0]
    verb = _verb_at(doc, event)
    if verb is None:
        return None
    keep = {verb.i}
    if verb.dep_ == "xcomp":  # "is to marry", "appears to have sent": keep the governing verb group
        keep.add(verb.head.i)
        keep.update(c.i for c in verb.head.children if c.dep_ in ("aux", "auxpass", "neg"))
    for child in verb.children:
        if child.dep_ in ("aux", "auxpass", "neg", "prt") or (child.dep_ == "advmod" and child.lower_ in HEDGE_ADVERBS):
            keep.add(child.i)
    keep.update(_arguments_tokens(verb))
    words = ""
    previous = -2
    for i in sorted(keep):
        if doc[i].is_space:
            continue
        if words and i != previous + 1 and not words.endswith(" "):
            words += " "  # a gap where an adjunct was left out
        words += doc[i].text_with_ws
        previous = i
    words = re.sub(r"\s+", " ", words).strip()
    subject_token, passive = _subject(verb, _dateline_end(doc))
    subject = event.actor or ""
    if passive and subject_token is not None:
        # "At least seven people were killed (by X)": the patient leads, the agent stays in place
        patient = _phrase(subject_token, _dateline_end(doc))
        subject = _text(doc, patient[0], patient[-1])
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None:
            words += " " + _text(doc, agent.i, max(t.i for t in agent.subtree))
    if len(keep) <= 1 + sum(1 for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")) and event.object is None:
        # nothing after the verb: the parse lost its arguments, so state the clause as written
        clause = doc.char_span(event.span.start, event.span.end, alignment_mode="expand")
        if clause is not None:
            return _sentence(re.sub(r"\s+", " ", clause.text), event)
    glue = "" if words.startswith(("'", "’", "n't", "n’t")) else " "  # "It's", not "It 's"
    sentence = f"{subject}{glue}{words}".strip()
    return _sentence(sentence, event)


def _sentence(text: str, event: Event) -> str:
    """Balanced brackets, the attribution, a capital and a full stop."""
    while text.count("(") > text.count(")"):
        text = text[: text.rindex("(")].rstrip()  # "(April-March" cut off by the clause's end
    text = text.rstrip(" ,;:-–—")
    if text.count('"') % 2:
        text += '"'  # the clause ended inside a quotation
    if event.attributed_to and event.attributed_to != event.actor:
        text += f", according to {event.attributed_to}"
    text = text.rstrip(" ,;:") + "."
    return text[:1].upper() + text[1:]


def _verb_at(doc: Doc, event: Event) -> Token | None:
    """The verb of an event: the token in its clause whose lemma is the action."""
    lemma = event.action.split()[0]
    span = doc.char_span(event.span.start, event.span.end, alignment_mode="expand")
    if span is None:
        return None
    candidates = [t for t in span if t.lemma_.lower() == lemma and t.pos_ in ("VERB", "AUX")]
    return min(candidates, key=lambda t: abs(t.i - span.root.i)) if candidates else None


def _arguments_tokens(verb: Token) -> set[int]:
    """Token indices of the verb's objects and recipients, for the headline."""
    out: set[int] = set()
    children = list(verb.children)
    dobj = next((c for c in children if c.dep_ == "dobj"), None)
    for child in children:
        if (
            child.dep_ in ("dobj", "dative", "attr", "acomp", "oprd")
            or (child.dep_ == "prep" and child.lower_ == "with" and verb.lemma_ in PROVIDE_VERBS)
            or (child.dep_ == "prep" and child.lower_ == "to" and dobj is not None and child.i > dobj.i)
            or (child.dep_ == "xcomp" and child.i > verb.i and (dobj is None or child.i > dobj.i))
            # "won an order from Qatar Airways": a party to the event stays in the headline, and so
            # does a short phrase right after the object that completes it ("put output at 1.5 mln")
            or (child.dep_ == "prep" and dobj is not None and child.i > dobj.i and _names_party(child))
            or (
                dobj is not None
                and child.dep_ == "prep"
                and child.i == max(t.i for t in dobj.subtree) + 1
                and sum(1 for _ in child.subtree) <= 6
                and not any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree)
            )
        ):
            out.update(_phrase(child))
    if not out:
        first_prep = next((c for c in children if c.dep_ == "prep" and c.i > verb.i), None)
        if first_prep is not None:
            out.update(t.i for t in first_prep.subtree)
    return out
