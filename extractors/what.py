"""What: the main events as who-did-what-to-whom, ranked by news value.

An event is a clause's main verb with its doer (the subject, the agent of a passive, the subject
inherited by a coordinated verb or by the clause of "appears to" / "is likely to"), what it acted
on (the object phrase as written), and to whom (a bare second object: "sent Russia containers";
"to X" beside an object; "provided X with Y").

- Speech acts that are the news are events ("Moscow denied the report", "the minister announced a
  ban", "Obama urged Congress to act", "called for calm"): lexicons/events.py lists them. Plain
  reporting and cognition verbs ("said", "told", "added", "believes") are not: the clause they
  report is the event, attributed to their subject ("Shin said North Korea sent ..."), as is the
  clause in "X accused Y of doing Z" (Y did Z, according to X).
- A passive's doer is its by-agent; an agentless passive keeps the event with a null actor and the
  patient as object ("107 people were killed").
- Pronouns and definite descriptions resolve to canonical `who` names (extractors/coref.py).
- Negation ("did not", "never", a negated governing verb) and hedges (modals, "reportedly", "appears
  to", a belief cue) are kept on the event.
- Page furniture (photo captions, credits) never yields a top event.

News value ranks them: where the clause stands (the lead first, the inverted pyramid), how central
the clause is, how salient its doer, whether the doer is named at all, and whether the words are
someone's quoted opinion or background (past perfect) rather than the news.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date

import msgspec
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from extractors.clauses import (
    RELATIVE,
    captions,
    doc_text,
    furniture,
    heading,
    phrase,
    present_caption,
    quoted,
    sentence_of,
    sentences,
    subject_of,
    text_of,
)
from extractors.coref import Coref, coref_for
from extractors.kinds import Kind, article_kind, interview
from extractors.lexicons.actors import (
    ANNOUNCE_VERBS,
    HEDGE_ADVERBS,
    HEDGE_GOVERNORS,
    HEDGE_MODALS,
    PROVIDE_VERBS,
)
from extractors.lexicons.attribution import ACCUSATION_VERBS, REPORTING_VERBS
from extractors.lexicons.events import (
    BACKGROUND_ADVERBS,
    CALL_PREPOSITIONS,
    CATENATIVE_VERBS,
    CLAIM_DEONTIC_AUX,
    CLAIM_FUTURE_AUX,
    CLAIM_LIKELIHOOD,
    DIRECTIVE_VERBS,
    EVENT_IN_PROGRESS,
    EVENT_NOUNS,
    EVENT_PROGRESS_VERBS,
    METRIC_NOUNS,
    PSYCH_VERBS,
    SIDE_STORY_OPENERS,
    SPEECH_ACT_EVENTS,
    UNACCUSATIVE_VERBS,
    VAGUE_SUBJECTS,
)
from extractors.spans import char_span
from extractors.tree import children_of
from extractors.types import Actor, Attribution, Event

VERSION = 19

# How central a clause is, by its dependency.
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
# Cognition cues that make the reported clause a belief rather than a stated fact.
_BELIEF_CUES = frozenset({"believe", "suspect", "allege", "think", "estimate", "fear", "suggest", "claim"})
_NEGATIONS = frozenset({"never", "no longer"})
# Prepositions of a state after a copula: "is out of control", "is in danger", "is under investigation".
_STATE_PREPS = frozenset({"out", "in", "under", "on", "at", "behind", "beyond", "off"})
_MAX_EVENTS = 30
# The acts of a reported claim (claim_act): a forecast, an argument.
CLAIM_ACTS = frozenset({"forecast", "argue"})
# How much the title's words in a clause raise its news value (the title, when sent, states the news).
_TITLE_WEIGHT = 2.0


def speech_act(verb: Token) -> bool:
    """True for a speech act that is itself news: "denied", "urged", "called for"."""
    lemma = verb.lemma_.lower()
    if lemma in SPEECH_ACT_EVENTS:
        return True
    if lemma in DIRECTIVE_VERBS:
        # "told councils to find more sites": a directive, not a report
        children = list(children_of(verb))
        dobj = next((c for c in children if c.dep_ == "dobj"), None)
        if dobj is None:
            return False
        # the infinitive on the verb, or (a parse the small model often gives) on its object
        return any(c.dep_ == "xcomp" for c in children) or any(
            c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))
            for c in children_of(dobj)
        )
    return lemma == "call" and any(c.dep_ == "prep" and c.lower_ in CALL_PREPOSITIONS for c in children_of(verb))


def reports(verb: Token) -> bool:
    """True for a verb that frames a reported clause: its clause is attributed to its subject."""
    return verb.lemma_ in REPORTING_VERBS or verb.lemma_ in SPEECH_ACT_EVENTS


def plain_report(verb: Token) -> bool:
    """True for plain reporting or cognition ("said", "told", "believes"): attribution, not an event."""
    if verb.lemma_ not in REPORTING_VERBS or speech_act(verb):
        return False
    if verb.lemma_ in ANNOUNCE_VERBS:
        # "agreed a new deal ... to supply", "reported a loss": a noun object makes it the event
        if any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in children_of(verb)):
            return any(c.dep_ in ("ccomp", "parataxis") for c in children_of(verb))
        return any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in children_of(verb))
    return True


def _predicate(child: Token) -> bool:
    """A copula's predicate: "is the largest exporter", "is ready", "is not out of control"."""
    if child.dep_ in ("attr", "acomp"):
        return True
    # right after the copula, or after its negation or adverbs only ("is not out of", "is now under way")
    between = child.doc[child.head.i + 1 : child.i] if child.i > child.head.i else None
    return (
        child.dep_ == "prep"
        and child.lower_ in _STATE_PREPS
        and between is not None
        and all(t.dep_ in ("neg", "advmod") and t.head.i == child.head.i for t in between)
    )


def _raising(governor: Token) -> bool:
    """A verb whose infinitive carries the event: "appears to", "is to", "is expected to", "sought to"."""
    if governor.lemma_ in HEDGE_GOVERNORS or (governor.lemma_ == "be" and governor.pos_ == "AUX"):
        return True
    if governor.lemma_ in CATENATIVE_VERBS and governor.pos_ == "VERB":
        return True
    return governor.lemma_ in REPORTING_VERBS and any(c.dep_ == "auxpass" for c in children_of(governor))


def _event_verb(token: Token) -> bool:
    if token.dep_ not in _CLAUSES or plain_report(token):
        return False
    if (
        token.lemma_ in CATENATIVE_VERBS
        and any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in children_of(token))
        and not any(c.dep_ == "dobj" for c in children_of(token))
    ):
        return False  # "has sought to reassure": the reassuring is the event
    if _inverted_report(token):
        return False  # "..., predicts the report by BT": the report frames the clause before it
    if token.pos_ != "VERB":
        # a copular clause states a fact too ("prints can be cheaper"), when it has a predicate
        copula = token.pos_ == "AUX" and token.lemma_ == "be" and token.dep_ in ("ROOT", "ccomp", "conj")
        if not (copula and any(_predicate(c) for c in children_of(token))):
            return False
    if not token.is_alpha or token.is_upper:
        return False  # tables and headings in capitals are not clauses
    if token.dep_ == "xcomp":
        # "appears to have sent": the sending is the event (hedged); "is to marry": the marrying;
        # "is expected to rule", "is said to have fled": the ruling, the fleeing (hedged)
        return _raising(token.head)
    if token.dep_ == "pcomp":
        return token.head.head.lemma_ in ACCUSATION_VERBS  # "accused Y of providing"
    return True


def _inverted_report(verb: Token) -> bool:
    """ "Millions will miss out, predicts the report by BT": a report after its clause, its subject
    after it, which the parser takes for a coordinated verb with an object ending the sentence."""
    if verb.dep_ != "conj" or not reports(verb) or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)):
        return False
    if any(c.dep_ == "cc" and c.i < verb.i for c in children_of(verb.head)):
        return False  # "... and warned the council": a second act of the same doer
    source = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
    end = max(t.i for t in verb.subtree)
    after = verb.doc[end + 1] if end + 1 < len(verb.doc) else None
    return (
        source is not None and source.pos_ in ("NOUN", "PROPN") and (after is None or after.is_punct or after.is_space)
    )


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
        self.by_cue = {a.cue_span.start: a for _, _, a in spans}

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


def _attribution(verb: Token, coref: Coref, contents: _Contents) -> tuple[str | None, bool]:
    """(who reported the event, whether the report is a belief) from the sources part, else the syntax."""
    found = contents.innermost(verb.idx)
    dateline = verb.doc[coref.floor].idx if coref.floor >= 0 else -1
    if found is not None and (found.source_span is None or found.source_span.start > dateline):
        return found.source, found.cue in _BELIEF_CUES  # never "TORONTO", the dateline
    token = verb
    for _ in range(8):
        for child in children_of(token):
            # "according to X" on the clause, or a trailing "..., X said" attached to it
            if child.lower_ == "according":
                for to in children_of(child):
                    for obj in children_of(to):
                        if obj.dep_ == "pobj":
                            return coref.name(obj), False
            if child.dep_ == "conj" and _inverted_report(child):
                source = next(c for c in children_of(child) if c.dep_ == "dobj")
                return coref.name(source), child.lemma_ in _BELIEF_CUES
            if child.dep_ in ("parataxis", "ccomp") and plain_report(child) and child.i > verb.i:
                subject, _ = subject_of(child, coref.floor)
                if subject is not None:
                    return coref.name(subject), child.lemma_ in _BELIEF_CUES
        head = token.head
        if head.i == token.i:
            break
        if token.dep_ in ("ccomp", "parataxis") and reports(head):
            subject, _ = subject_of(head, coref.floor)
            return (coref.name(subject) if subject is not None else None), head.lemma_ in _BELIEF_CUES
        if token.dep_ == "pcomp" and head.head.lemma_ in ACCUSATION_VERBS:
            subject, _ = subject_of(head.head, coref.floor)
            return (coref.name(subject) if subject is not None else None), True
        if token.dep_ not in ("conj", "xcomp", "prep", "pcomp"):
            break
        token = head
    return None, False


def negated(verb: Token) -> bool:
    """ "did not pay", "never paid", "is not expected to pay", "no longer pays"."""
    for token in (verb, verb.head if verb.dep_ == "xcomp" else None):
        if token is None:
            continue
        for child in children_of(token):
            if child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ in _NEGATIONS):
                return True
            if (
                child.dep_ == "advmod"
                and child.lower_ == "longer"
                and any(c.lower_ == "no" for c in children_of(child))
            ):
                return True
    return False


def hedged(verb: Token) -> bool:
    """Stated as possible, likely or reported: a modal, a hedging adverb or a hedging governor."""
    for child in children_of(verb):
        if child.dep_ == "aux" and child.lower_ in HEDGE_MODALS:
            return True
        if child.dep_ == "advmod" and child.lower_ in HEDGE_ADVERBS:
            return True
    if verb.dep_ == "xcomp" and (
        verb.head.lemma_ in HEDGE_GOVERNORS or (plain_report(verb.head) and verb.head.lemma_ not in CATENATIVE_VERBS)
    ):
        return True
    return (
        verb.dep_ == "conj"
        and verb.head.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.lower_ in HEDGE_MODALS for c in children_of(verb.head))
    )


def _object_token(verb: Token, children: list[Token]) -> Token | None:
    """The phrase that says what a verb without a direct object acted on."""
    found = next((c for c in children if c.dep_ in ("attr", "acomp", "oprd")), None)
    if found is None and speech_act(verb):
        # "warned that prices would rise", "vowed to fight on", "called for calm", and the
        # fronted claim of "Millions will lose their jobs, a charity has warned"
        found = next((c for c in children if c.dep_ in ("ccomp", "xcomp")), None)
    if found is None:
        # "have begun to offer buyouts": the infinitive says what was begun
        found = next((c for c in children if c.dep_ == "xcomp" and c.i > verb.i), None)
    if found is None:
        found = next((c for c in children if c.dep_ == "prep" and c.i > verb.i), None)
    return found


def _arguments(verb: Token, coref: Coref) -> tuple[str | None, str | None]:
    """(object text, recipient) of a verb."""
    doc = coref.doc
    children = list(children_of(verb))
    dobj = next((c for c in children if c.dep_ == "dobj"), None)
    dative = next((c for c in children if c.dep_ == "dative" and c.pos_ != "ADP"), None)
    recipient: str | None = None
    obj_token = dobj
    if verb.lemma_ in PROVIDE_VERBS and dobj is not None:
        with_ = next((c for c in children if c.dep_ == "prep" and c.lower_ == "with"), None)
        thing = next((c for c in children_of(with_) if c.dep_ == "pobj"), None) if with_ else None
        if thing is not None:  # "provided Russia with shells": Russia receives the shells
            recipient, obj_token = coref.name(dobj), thing
    if dative is not None:
        recipient = coref.name(dative)
    elif recipient is None and dobj is not None:
        to = next((c for c in children if c.dep_ in ("prep", "dative") and c.lower_ == "to" and c.i > dobj.i), None)
        target = next((c for c in children_of(to) if c.dep_ == "pobj"), None) if to else None
        if target is not None and coref.actor(target):
            recipient = coref.actor(target)
    if obj_token is None:
        obj_token = _object_token(verb, children)
    if obj_token is None:
        return None, recipient
    indices = phrase(obj_token, coref.floor)
    first, last = min(indices), max(indices)
    extension = next((c for c in children if c.dep_ == "xcomp" and c.i > last), None)
    if extension is not None and dobj is not None:  # "using its rail network to ship weapons"
        last = max(t.i for t in extension.subtree)
    if dobj is not None and verb.lemma_ in ACCUSATION_VERBS:
        # "accused Blunkett of confusion": what the accused is accused of belongs to the object
        of = next((c for c in children if c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i > last), None)
        if of is not None:
            last = max(t.i for t in of.subtree)
    return text_of(doc, first, last) or None, recipient


def clause_range(verb: Token) -> tuple[int, int]:
    """Token range of the clause: the verb's subtree without coordinated clauses and reporting frames."""
    keep = [verb.i]
    for child in children_of(verb):
        if child.dep_ in ("conj", "cc") and child.pos_ in ("VERB", "AUX", "CCONJ"):
            continue
        if child.dep_ in ("parataxis", "ccomp") and plain_report(child) and child.i > verb.i:
            continue
        keep += [t.i for t in child.subtree]
    first, last = min(keep), max(keep)
    doc = verb.doc
    while first < last and (doc[first].is_punct or doc[first].is_space):
        first += 1
    while last > first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return first, last


def title_words(title: str | None) -> tuple[str, ...]:
    """The content words of a title, folded: what its news is about ("eBay shares fall as profits
    miss forecasts" -> ebay, shares, fall, profits, miss, forecasts)."""
    if not title:
        return ()
    words = (w.casefold() for w in re.findall(r"[^\W_]+", title))
    return tuple(dict.fromkeys(w for w in words if w not in STOP_WORDS and (len(w) > 2 or w.isdigit())))


def same_word(a: str, b: str) -> bool:
    """Two folded words of one stem: "fired" and "fire", "upgrades" and "upgraded" (not "plan" and
    "plant" beyond four letters: the shorter may differ from the common part by two letters at most)."""
    if a == b:
        return True
    shorter = min(len(a), len(b))
    common = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), shorter)
    return shorter >= 4 and common >= max(4, shorter - 2)


class _TitleIndex:
    """Which title words each stretch of the article holds, by prefix counts per title word."""

    def __init__(self, doc: Doc, title: tuple[str, ...]) -> None:
        self.size = len(title)
        self.counts: list[list[int]] = []
        if not title:
            return
        hits: dict[str, list[int]] = {}
        rows = [[0] * (len(doc) + 1) for _ in title]
        for token in doc:
            key = token.lower_
            found = hits.get(key)
            if found is None:
                lemma = token.lemma_.lower()
                found = hits[key] = [j for j, w in enumerate(title) if same_word(w, key) or same_word(w, lemma)]
            for j, row in enumerate(rows):
                row[token.i + 1] = row[token.i] + (1 if j in found else 0)
        self.counts = rows
        self.words = title

    def overlap(self, first: int, last: int, verb: Token, actor: str | None) -> float:
        """Share of the title's words the clause ``first..last`` (with its doer's name) holds; the verb
        itself counts twice ("Moscow denies ..." titles the denial)."""
        if not self.size:
            return 0.0
        held = {j for j, row in enumerate(self.counts) if row[last + 1] > row[first]}
        names = [w.casefold() for w in re.findall(r"[^\W_]+", actor)] if actor else []
        held |= {j for j, w in enumerate(self.words) if any(same_word(w, n) for n in names)}
        verbal = any(self.counts[j][verb.i + 1] > self.counts[j][verb.i] for j in range(self.size))
        return (len(held) + int(verbal)) / (self.size + 1)


@dataclass(slots=True)
class _Context:
    """What every event of one article is read against."""

    doc: Doc
    text: str
    coref: Coref
    contents: _Contents
    sent_index: dict[int, int]
    lead: int
    furniture: list[bool]
    quoted: list[bool]
    kind: Kind
    title: _TitleIndex


def _context(doc: Doc, who: list[Actor], sources: list[Attribution], title: str | None = None) -> _Context:
    sents = sentences(doc)
    text = doc_text(doc)  # rebuilt by spaCy on every access: once per document
    marked = furniture(doc)
    furnished = [
        caption or marked.token(sent.root.i) for caption, sent in zip(captions(text, sents), sents, strict=True)
    ]
    for k in range(min(3, len(sents))):
        if present_caption(sents[k], sents[k + 1] if k + 1 < len(sents) else None):
            furnished[k] = True
    # the lead is the first sentence with a verb that is not furniture (a caption, a credit)
    lead = next((k for k, s in enumerate(sents) if not furnished[k] and _story_sentence(s)), 0)
    return _Context(
        doc=doc,
        text=text,
        coref=coref_for(doc, who),
        contents=_Contents(sources),
        sent_index={s.start: k for k, s in enumerate(sents)},
        lead=lead,
        furniture=furnished,
        quoted=quoted(doc),
        kind=article_kind(doc),
        title=_TitleIndex(doc, title_words(title)),
    )


def _story_sentence(sent: Span) -> bool:
    """A sentence of the story: a verb, and not a heading or a bare dateline."""
    words = [t for t in sent if t.is_alpha]
    return len(words) >= 4 and any(t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT" for t in sent)


def _event(verb: Token, ctx: _Context) -> tuple[float, Event] | None:
    """The event a verb states, with its news value; None when it states none."""
    coref, doc = ctx.coref, ctx.doc
    subject, passive = subject_of(verb, coref.floor)
    if subject is None or heading(subject):
        return None
    subject = _run_on(subject, coref.floor)
    if verb.dep_ == "xcomp":
        # "is expected to announce": the subject of "expected" announces (active)
        passive = any(c.dep_ == "auxpass" for c in children_of(verb))
    actor: str | None
    obj: str | None
    vague = False
    nominal = _nominal(verb, subject, coref)
    if nominal is not None:
        # "An investigation by the Standards Board is under way": the Board investigates
        actor, action, obj = nominal
        recipient, passive = None, False
    elif subject.lower_ in RELATIVE:
        # "..., that left 50 dead" hung on a verb: the doer is not in the parse
        actor, action, (obj, recipient) = None, _action(verb), _arguments(verb, coref)
    elif passive and verb.lemma_ in PSYCH_VERBS and subject.pos_ in ("PRON", "PROPN"):
        # "Johnson was horrified by the attack": the experiencer's reaction, the cause its object
        actor, action, passive = coref.name(subject), _action(verb), False
        cause = next(
            (c for c in children_of(verb) if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")), None
        )
        obj, recipient = (text_of(doc, cause.i + 1, max(t.i for t in cause.subtree)) if cause else None), None
    elif passive:
        agent = next((c for c in children_of(verb) if c.dep_ == "agent"), None)
        doer = next((c for c in children_of(agent) if c.dep_ == "pobj"), None) if agent else None
        actor = coref.name(doer) if doer is not None else None
        patient = phrase(subject, coref.floor)
        obj, recipient = text_of(doc, patient[0], patient[-1]), None
    else:
        actor = _measured(subject, coref) or coref.actor(subject)
        vague = actor is None and _vague(subject)
        obj, recipient = _arguments(verb, coref)
        if actor is None and not vague and _undergoes(verb, subject):
            # "A plane crashed": what it happened to, told like an agentless passive
            patient = phrase(subject, coref.floor)
            obj = text_of(doc, patient[0], patient[-1])
        else:
            actor = actor or coref.phrase(subject)
    if nominal is None:
        action = _action(verb)
    attributed, belief = _attribution(verb, coref, ctx.contents)
    first, last = _story_range(verb, ctx)
    span = char_span(ctx.text, doc[first].idx, doc[last].idx + len(doc[last].text))
    event = Event(
        actor=actor,
        action=action,
        object=obj,
        recipient=recipient,
        negated=negated(verb),
        hedged=hedged(verb) or belief,
        attributed_to=attributed,
        span=span,
    )
    titled = ctx.title.overlap(first, last, verb, actor)
    return _news_value(verb, event, ctx, passive=passive, vague=vague) * (1.0 + _TITLE_WEIGHT * titled), event


def _nominal(verb: Token, subject: Token, coref: Coref) -> tuple[str | None, str, str | None] | None:
    """(actor, action, object) of an event told as a noun: "An investigation by the Standards Board
    [into X] is under way" (the Board investigates X), "MPs are on a visit to Scotland" (the MPs
    visit Scotland), "Workers are on strike"; None for any other clause."""
    children = list(children_of(verb))
    noun = subject.lower_ if subject.lower_ in EVENT_NOUNS else subject.lemma_.lower()
    if noun in EVENT_NOUNS and subject.pos_ == "NOUN" and _in_progress(verb, children):
        doer = _by_whom(subject)
        actor = coref.name(doer) if doer is not None else None
        about = next((c for c in subject.rights if c.dep_ == "prep" and c.lower_ in ("into", "of", "on")), None)
        return actor, EVENT_NOUNS[noun], _pobj_text(about)
    if verb.lemma_ != "be":
        return None
    on = next((c for c in children if c.dep_ == "prep" and c.lower_ == "on" and c.i > verb.i), None)
    held = next((c for c in children_of(on) if c.dep_ == "pobj"), None) if on is not None else None
    if held is None or held.lemma_.lower() not in EVENT_NOUNS:
        return None
    actor = coref.actor(subject) or coref.phrase(subject)
    to = next((c for c in held.rights if c.dep_ == "prep" and c.lower_ in ("to", "of", "in")), None)
    return actor, EVENT_NOUNS[held.lemma_.lower()], _pobj_text(to)


def _in_progress(verb: Token, children: list[Token]) -> bool:
    """ "is under way", "is ongoing", "has begun", "got under way": the event a subject names is on."""
    if verb.lemma_ in EVENT_PROGRESS_VERBS and not any(c.dep_ == "dobj" for c in children):
        return True
    if verb.lemma_ not in ("be", "get"):
        return False
    for child in children:
        if child.lower_ in EVENT_IN_PROGRESS and child.dep_ in ("acomp", "advmod", "attr"):
            return True
        if child.dep_ == "prep" and child.lower_ == "under" and any(g.lower_ == "way" for g in children_of(child)):
            return True
    return False


def _by_whom(noun: Token) -> Token | None:
    """The doer of an event noun: "an investigation [by the Board]", "[the FBI's] investigation",
    "a [police] investigation"."""
    for child in children_of(noun):
        if child.dep_ == "prep" and child.lower_ == "by":
            return next((c for c in children_of(child) if c.dep_ == "pobj"), None)
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN"):
            return child
        if child.dep_ == "compound" and (child.pos_ == "PROPN" or child.lower_ == "police"):
            return child
    return None


def _pobj_text(prep: Token | None) -> str | None:
    """The words a preposition governs ("into [the claims]"), or None."""
    if prep is None or not any(True for _ in children_of(prep)):
        return None
    words = [t.i for t in prep.subtree if t.i != prep.i]
    return text_of(prep.doc, min(words), max(words)) if words else None


def claim_act(content: Token) -> str | None:
    """The act a reported clause performs when it is a claim rather than a stated fact: "forecast"
    for what will or may happen ("will rise", "are unlikely to happen", "is expected to climb"),
    "argue" for what should ("should be appointed"); None for a fact ("sales rose")."""
    for child in children_of(content):
        if child.dep_ != "aux":
            continue
        if child.lower_ in CLAIM_DEONTIC_AUX:
            return "argue"
        if child.lower_ in CLAIM_FUTURE_AUX:
            return "forecast"
    likely = content.lemma_.lower() in CLAIM_LIKELIHOOD or any(
        c.dep_ in ("acomp", "oprd") and c.lower_ in CLAIM_LIKELIHOOD for c in children_of(content)
    )
    infinitive = any(c.dep_ == "xcomp" for c in children_of(content)) or any(
        c.dep_ in ("acomp", "oprd") and any(g.dep_ == "xcomp" for g in children_of(c)) for c in children_of(content)
    )
    return "forecast" if likely and infinitive else None


def _claim(report: Token, ctx: _Context) -> tuple[float, Event] | None:
    """ "Reserves will rise to five billion, private bankers said": the bankers' forecast is an event
    (the reported clause stays one too, attributed to them) when a plain report frames a claim about
    someone or something other than the reporter ("GM said it will cut jobs" is GM's own act)."""
    if report.dep_ in ("ccomp", "parataxis") and report.i > report.head.i and report.head.pos_ in ("VERB", "AUX"):
        content: Token | None = report.head  # "..., bankers said": the parser hangs the report on its clause
    else:
        content = next((c for c in children_of(report) if c.dep_ in ("ccomp", "parataxis")), None)
    if content is None or content.pos_ not in ("VERB", "AUX"):
        return None
    act = claim_act(content)
    reporter, _ = subject_of(report, ctx.coref.floor)
    said, _ = subject_of(content, ctx.coref.floor)
    if act is None or said is None:
        return None
    coref = ctx.coref
    name = _reporter_name(report, reporter, ctx)
    if name is None or said.pos_ == "PRON" or coref.actor(said) == name:
        return None  # "X said it will ...": X's own plan, an act of X's (the clause is the event)
    passive = any(c.dep_ == "auxpass" for c in children_of(content))
    if act == "forecast" and passive and content.lemma_.lower() not in CLAIM_LIKELIHOOD:
        return None  # "the company said the gold model would be dropped": by the company, its own plan
    first, last = _story_range(content, ctx)
    doc = ctx.doc
    lo, hi = max(min(first, reporter.i if reporter is not None else report.i), ctx.coref.floor + 1), max(last, report.i)
    event = Event(
        actor=name,
        action=act,
        object=text_of(doc, first, last) or None,
        negated=negated(report),
        span=char_span(ctx.text, doc[lo].idx, doc[hi].idx + len(doc[hi].text)),
    )
    value = _news_value(content, event, ctx, passive=False, vague=False)
    return value * (1.0 + _TITLE_WEIGHT * ctx.title.overlap(lo, hi, report, name)), event


def _reporter_name(report: Token, reporter: Token | None, ctx: _Context) -> str | None:
    """Who makes a reported claim: the report's named subject, or, where the parser lost it ("...,
    senior economists, including X of Y, said"), the source the sources part read for this cue."""
    if reporter is not None:
        if reporter.pos_ == "PRON" or _vague(reporter):
            return None
        return ctx.coref.actor(reporter) or ctx.coref.phrase(reporter)
    found = ctx.contents.by_cue.get(report.idx)
    return found.source if found is not None else None


def _story_range(verb: Token, ctx: _Context) -> tuple[int, int]:
    """The clause's token range without the dateline before it ("LONDON, March 1 -")."""
    first, last = clause_range(verb)
    first = max(first, min(ctx.coref.floor + 1, verb.i))
    breaks = [i for i in range(first, verb.i) if ctx.doc[i].is_space and "\n" in ctx.doc[i].text]
    if breaks:
        first = breaks[-1] + 1  # a dateline paragraph the parser ran into the sentence
    return first, last


def _undergoes(verb: Token, subject: Token) -> bool:
    """The subject of an unaccusative verb without an object, a thing rather than a person
    ("a plane crashed", not "the pilot died" when the pilot is named: that is an actor)."""
    return (
        verb.lemma_.lower() in UNACCUSATIVE_VERBS
        and subject.pos_ in ("NOUN", "PROPN")
        and subject.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP")
        and not any(c.dep_ in ("dobj", "attr") for c in children_of(verb))
    )


def _run_on(subject: Token, floor: int) -> Token:
    """ "A saxophone belonging to jazz musician [Charlie Parker] is expected to fetch": a name the
    parser made a second subject though it runs on from the first subject's last word is part of
    the first, which is the subject."""
    earlier = [c for c in children_of(subject.head) if c.dep_ in ("nsubj", "nsubjpass") and floor < c.i < subject.i]
    if earlier and any(t.is_space and "\n" in t.text for t in subject.doc[earlier[-1].i : subject.i]):
        return subject  # a heading or dateline line above is never the subject
    if earlier and subject.left_edge.i == earlier[-1].right_edge.i + 1 and subject.pos_ == "PROPN":
        return earlier[-1]
    return subject


def _measured(subject: Token, coref: Coref) -> str | None:
    """ "eBay shares fell", "Apple's profits rose", "shares in BP fell": the organisation measured."""
    if subject.lemma_.lower() not in METRIC_NOUNS:
        return None
    for child in children_of(subject):
        if child.dep_ in ("poss", "compound") and child.pos_ == "PROPN":
            return coref.actor(child)
        if child.dep_ == "prep" and (
            child.lower_ == "of" or (child.lower_ == "in" and subject.lemma_ in ("share", "stock"))
        ):
            obj = next((c for c in children_of(child) if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ == "PROPN":
                return coref.actor(obj)
            after = subject.doc[obj.i + 1] if obj is not None and obj.i + 1 < len(subject.doc) else None
            if after is not None and after.pos_ == "PROPN" and after.dep_ in ("nsubj", "nsubjpass"):
                return coref.actor(after)  # "Shares in online retailer [Zalando] fell", parsed as two subjects
    return None


def _action(verb: Token) -> str:
    """The verb lemma with its particle ("vote down") or its speech-act preposition ("call for")."""
    action = verb.lemma_.lower()
    particle = next((c for c in children_of(verb) if c.dep_ == "prt"), None)
    if particle is not None:
        return f"{action} {particle.lower_}"
    if action == "call":
        prep = next((c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in CALL_PREPOSITIONS), None)
        if prep is not None:
            return f"call {prep.lower_}"
    return action


def _vague(subject: Token) -> bool:
    """A subject that names nobody: an unresolved pronoun, "the pair", "News"."""
    words = phrase(subject)
    text = text_of(subject.doc, words[0], words[-1]).lower()
    return subject.pos_ == "PRON" or text in VAGUE_SUBJECTS or subject.lower_ in VAGUE_SUBJECTS


def _news_value(verb: Token, event: Event, ctx: _Context, *, passive: bool, vague: bool) -> float:
    """Position (the lead first), centrality of the clause, salience of the doer, penalties."""
    k = sentence_of(ctx.doc, verb.i)
    # news puts the main event in the lead (the inverted pyramid): it outweighs the rest
    position = 1.0 if k <= ctx.lead else 0.55 / (1.0 + 0.3 * (k - ctx.lead - 1))
    clause = _centrality(verb)
    actor = event.actor
    doer = ctx.coref.salience.get(actor, 0.0) if actor else 0.0
    lemma = verb.lemma_
    weight = (
        position
        * clause
        * (0.8 + 0.2 * doer)
        * (1.2 if event.object and not passive else 1.0)
        * (_copula(verb) if lemma == "be" else 0.8 if lemma == "have" else 1.0)
        # a doer that names nobody ("they", "the pair") makes a poor main event
        * (0.7 if vague else 1.0)
        # words in quotation marks are what someone said, rarely the news event itself
        * (0.5 if ctx.quoted[verb.i] else 1.0)
        # the writer or speaker's own "I" / "we": a view or an anecdote, not the news
        * (0.6 if actor and actor.lower() in ("i", "we", "you") else 1.0)
        # background: "had been", "had won", "has previously planned"
        * (0.7 if any(_background(c) for c in children_of(verb)) else 1.0)
        # "Meanwhile, ...": a side story
        * (0.6 if _side_story(ctx.doc, k) else 1.0)
        # a photo caption describes a picture, not the story's news
        * (0.3 if ctx.furniture[k] else 1.0)
        # an interview's answers are what someone says, not news of the day
        * (0.5 if ctx.kind.name != "news" and ctx.kind.in_turn(verb.idx) else 1.0)
    )
    return weight


def _background(child: Token) -> bool:
    """A word that makes its clause background: "had" (past perfect), "previously"."""
    return (child.dep_ == "aux" and child.lower_ == "had") or (
        child.dep_ == "advmod" and child.lower_ in BACKGROUND_ADVERBS
    )


def _side_story(doc: Doc, k: int) -> bool:
    """A sentence that turns to a side story: "Meanwhile, ...", "Separately, ..."."""
    sent = sentences(doc)[k]
    words = [t for t in sent[:3] if not t.is_space and t.text not in ('"', "“", "'")]
    return len(words) >= 2 and words[0].lower_ in SIDE_STORY_OPENERS and words[1].text == ","


def _centrality(verb: Token) -> float:
    """How central a clause is: the product of its dependencies up to the sentence's root, a
    reported clause counting as its report ("Shin said [North Korea sent ...]" is central, "quit,
    saying [he made the decision]" is not)."""
    weight = 1.0
    token = verb
    for _ in range(8):
        head = token.head
        if token.dep_ == "ROOT" or head.i == token.i:
            break
        dep = token.dep_
        if main_relative(token):
            break  # "Chart-topping star Usher is leading the field": the parser's root is the noun
        if dep in ("ccomp", "parataxis") and reports(head):
            # "denied sending weapons": the denial is the news, the sending its object
            weight *= 0.85 if speech_act(head) else 1.0
        elif dep == "xcomp" and _raising(head):
            pass  # "appears to have sent", "is to marry": the embedded verb is the event
        else:
            weight *= _CLAUSES.get(dep, 0.5)
        token = head
        if token.pos_ not in ("VERB", "AUX"):
            # "amid fears [it could slam down]": a clause completing a noun is background
            weight *= 0.5 if dep in ("ccomp", "acl", "relcl") else 1.0
            break
    return weight


def main_relative(verb: Token) -> bool:
    """A clause the parser hung on a verbless root noun as a relative clause though it has a subject
    of its own ("[Chart-topping R&B star] Usher is leading the field"): the sentence's main clause."""
    head = verb.head
    return (
        verb.dep_ in ("relcl", "acl")
        and head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("PROPN", "NOUN") for c in children_of(verb))
    )


def _copula(verb: Token) -> float:
    """A copula states less than an action: a class ("is a company") least, a state ("is ready", "is
    not out of control") more, and "is ready to launch", "is set to", "is to" as much."""
    if any(c.dep_ in ("acomp", "xcomp") and any(g.dep_ == "xcomp" for g in children_of(c)) for c in children_of(verb)):
        return 1.0
    return 0.5 if any(c.dep_ == "attr" for c in children_of(verb)) else 0.75


def _askers(kind: Kind) -> set[str]:
    """The interviewers of an interview or transcript: speakers whose turns are mostly questions."""
    if kind.name == "news":
        return set()
    questions: dict[str, list[int]] = {}
    for start, end, speaker in kind.turns:
        questions.setdefault(speaker, [0, 0])
        questions[speaker][0] += 1
        questions[speaker][1] += int(kind.text[start:end].rstrip().endswith("?"))
    return {s for s, (n, asked) in questions.items() if asked * 2 >= n}


def _interview_event(
    doc: Doc, ctx: _Context, who: list[Actor], scored: list[tuple[float, int, Event]]
) -> tuple[float, int, Event] | None:
    """An interview's main event is the interview: the one interviewed talking about its topic."""
    if ctx.kind.name != "interview":
        return None
    found = interview(doc, ctx.kind, who)
    if found is None:
        return None
    top = max((w for w, *_ in scored), default=1.0)
    event = Event(
        actor=found.name,
        action="talk",
        object=found.topic,
        recipient=found.asker,
        span=char_span(ctx.text, found.start, found.end),
    )
    return top * 1.01, -1, event


def _distinct(ranked: list[tuple[float, int, Event]]) -> list[tuple[float, int, Event]]:
    """The same doer doing the same thing again ("Equifax admitted ... Equifax admitted") is the same
    news told twice: the repeat ranks at half its value, so the top events tell different things."""
    seen: set[tuple[str | None, str]] = set()
    out: list[tuple[float, int, Event]] = []
    for weight, i, event in ranked:
        key = (event.actor, event.action)
        out.append((weight * 0.5 if key in seen else weight, i, event))
        seen.add(key)
    return sorted(out, key=lambda x: (-x[0], x[1]))


def extract_what(
    doc: Doc,
    *,
    reference: date | None = None,
    who: list[Actor],
    sources: list[Attribution],
    title: str | None = None,
) -> list[Event]:
    """Events, most newsworthy first (``title``: the article's title, when the client sends one)."""
    if not len(doc) or not doc.has_annotation("DEP"):
        return []
    ctx = _context(doc, who, sources, title)
    scored: list[tuple[float, int, Event]] = []
    marked = furniture(doc)
    askers = _askers(ctx.kind)
    for verb in doc:
        if plain_report(verb) and not marked.token(verb.i):
            claim = _claim(verb, ctx)
            if claim is not None:
                scored.append((claim[0], verb.i, claim[1]))
        if not _event_verb(verb) or marked.token(verb.i):
            continue  # page furniture (a caption, a credit, a share prompt) states no event
        if askers and ctx.kind.speaker(verb.idx) in askers:
            continue  # an interviewer's question states no event
        found = _event(verb, ctx)
        if found is not None:
            scored.append((found[0], verb.i, found[1]))
    talk = _interview_event(doc, ctx, who, scored)
    if talk is not None:
        scored.append(talk)
    if not scored:
        return []
    ranked = _distinct(sorted(scored, key=lambda x: (-x[0], x[1])))[:_MAX_EVENTS]
    top = max(w for w, *_ in ranked) or 1.0
    return [msgspec.structs.replace(e, salience=round(min(1.0, w / top), 3)) for w, _, e in ranked]
