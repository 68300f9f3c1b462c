"""Which verbs state an event, and how: speech acts, reports, raising verbs, negation, hedges."""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
from spacy.attrs import DEP, LEMMA
from spacy.tokens import Doc, Token

from extractors.arrays import any_of, columns
from extractors.clauses import (
    phrase,
    sentence_span,
    text_of,
)
from extractors.lexicons.actors import (
    ANNOUNCE_VERBS,
    HEDGE_ADVERBS,
    HEDGE_GOVERNORS,
    HEDGE_MODALS,
)
from extractors.lexicons.attribution import ACCUSATION_VERBS, LEMMA_FIXES, MANNER_OF_SAYING, REPORTING_VERBS
from extractors.lexicons.events import (
    BOUND_PARTICLES,
    CALL_PREPOSITIONS,
    CATENATIVE_VERBS,
    CLAUSE_REPORTS,
    DECIDED_ACT_NOUNS,
    DIRECTIVE_VERBS,
    EXPECTING_VERBS,
    NEGATING_ADJECTIVES,
    NOUN_PHRASE_DEPS,
    OPENER_DEPS,
    PSYCH_VERBS,
    RAISING_ADJECTIVES,
    SPEECH_ACT_EVENTS,
    STANCE_PARTICIPLES,
    VAGUE_SUBJECTS,
)
from extractors.tree import children_of, subtree_ids, subtree_range, tokens_of

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


_NEGATIONS = frozenset({"never", "no longer"})


# Prepositions of a state after a copula: "is out of control", "is in danger", "is under investigation".
_STATE_PREPS = frozenset({"out", "in", "under", "on", "at", "behind", "beyond", "off"})


# A one-syllable stem ending in one vowel and one consonant ("cop", "fin", "rat"): its own "-ed" and
# "-ing" forms double the consonant ("copped", "finning"), so an undoubled form is the silent-e verb's.
_SILENT_E_STEM = re.compile(r"^[^aeiouy]*[aeiou][^aeiouwxy]$")


def event_lemma(verb: Token) -> str:
    """The verb's lemma, mended where the small model drops a silent e: "coped", "coping" -> "cope"
    (it gives "cop"), "fined" -> "fine", "hoping" -> "hope"; "sanctioned", "rising", "caused" keep theirs."""
    return _mended_lemma(verb.lower_, verb.lemma_)


@lru_cache(maxsize=8192)
def _mended_lemma(form: str, lemma: str) -> str:
    """``event_lemma`` of a word form and its parsed lemma (cached: the same words are asked again and again)."""
    lemma = LEMMA_FIXES.get(form) or lemma.lower()
    if _SILENT_E_STEM.match(lemma) and form in (lemma + "ed", lemma + "ing"):
        return lemma + "e"
    return lemma


def speech_act(verb: Token) -> bool:
    """True for a speech act that is itself news: "denied", "urged", "called for"."""
    lemma = verb.lemma_.lower()
    if lemma in SPEECH_ACT_EVENTS:
        return lemma not in CLAUSE_REPORTS or not _reports_clause(verb)
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


def _reports_clause(verb: Token) -> bool:
    """ "confirmed that it had crashed", "It has crashed, X confirmed": the verb reports a clause
    (its own, or the one the parser hung it on) rather than acting on a noun."""
    children = list(children_of(verb))
    if any(c.dep_ == "dobj" for c in children):
        return False
    if any(c.dep_ in ("ccomp", "parataxis") for c in children):
        return True
    return verb.dep_ in ("ccomp", "parataxis") and verb.i > verb.head.i


def reports(verb: Token) -> bool:
    """True for a verb that frames a reported clause: its clause is attributed to its subject."""
    return verb.lemma_ in REPORTING_VERBS or verb.lemma_ in SPEECH_ACT_EVENTS


def plain_report(verb: Token) -> bool:
    """True for plain reporting or cognition ("said", "told", "believes"): attribution, not an event; and for
    a manner of saying with nothing it acts on ("'Hallelujah,' Albright exclaimed", "'No,' he replied")."""
    lemma = verb.lemma_  # (asked of every candidate verb, most of them no report: the lemma read once)
    if lemma in MANNER_OF_SAYING and not speech_act(verb):
        return not any(
            c.dep_ in _ACTED_ON or (c.dep_ == "prep" and c.lower_ in _ACTED_ON_PREPS) for c in children_of(verb)
        )
    if lemma not in REPORTING_VERBS or speech_act(verb):
        return False
    if lemma in EXPECTING_VERBS and own_expectation(verb):
        return False  # "Acme expects margins of 10%", "is considering bidding": the plan or forecast is the event
    if lemma in ANNOUNCE_VERBS:
        # "agreed a new deal ... to supply", "reported a loss": a noun object makes it the event
        if any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in children_of(verb)):
            # beside a noun object, only a clause with a subject of its own is reported ("found ways
            # to limit exports in the year started March 1": the parser's clause is a participle)
            return any(c.dep_ in ("ccomp", "parataxis") and _finite_clause(c) for c in children_of(verb))
        return any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in children_of(verb))
    return True


# What an expected act's infinitive must hold to say what is expected: an object, a complement, a phrase.
_EXPECTED = frozenset(["dobj", "prep", "xcomp", "attr", "acomp", "prt", "dative"])


def own_expectation(verb: Token) -> bool:
    """ "Acme expects operating margins of 10%", "is considering bidding $600 million", "expects to report a charge":
    an active verb of expecting (``EXPECTING_VERBS``) whose one complement is a noun object, or a gerund or an
    infinitive with no subject of its own; not "expects that ...", "expects the firm to fail", "considers him a
    threat", "is expected to rise"."""
    # (a report after the clause that the parser hung on it, ", its officers told analysts", frames it: left out)
    children = [c for c in children_of(verb) if not (c.dep_ in ("ccomp", "parataxis") and _frame_after(verb, c))]
    if any(c.dep_ in ("auxpass", "nsubjpass", "ccomp", "parataxis", "oprd", "dative") for c in children):
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in children):
        return False  # "Saddam can expect air strikes", "they should expect little help": what is in store, told
    objects = [c for c in children if c.dep_ == "dobj"]
    clauses = [c for c in children if c.dep_ == "xcomp"]
    if objects and not clauses:
        return objects[0].pos_ in ("NOUN", "PROPN")
    if clauses and not objects:
        clause = clauses[0]
        # (not "expects to report [net income jumped 97%]": the clause reported is the news; nor a bare "expects to
        # report" whose clause the parser hung elsewhere)
        own = list(children_of(clause))
        return (
            clause.pos_ == "VERB"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in own)
            and any(c.dep_ in _EXPECTED for c in own)
            and not plain_report(clause)
        )
    return False


def _frame_after(verb: Token, clause: Token) -> bool:
    """ "Acme expects margins of 10%, its officers told analysts": a report verb after a comma, with a subject of
    its own, that the parser hung on the clause it frames."""
    if clause.i < verb.i or clause.lemma_ not in REPORTING_VERBS:
        return False
    subject = next((c for c in children_of(clause) if c.dep_ == "nsubj"), None)
    first = subject.left_edge.i if subject is not None else 0
    return first > verb.i and verb.doc[first - 1].text == ","


# What a manner-of-saying verb acts on when it is more than a quote's frame: "answered [five questions]",
# "replied [to the letter]", "joked [about stereotypes]", "responded [by cutting rates]"; a phrase of time or place
# ("at the end of the meeting": "at" is left out, too often one) or a clause of circumstance ("as the votes were
# read") is not.
_ACTED_ON = frozenset({"dobj", "dative", "iobj", "xcomp", "prt"})
_ACTED_ON_PREPS = frozenset({"to", "about", "by", "with", "on", "over", "against"})


def _finite_clause(clause: Token) -> bool:
    """A clause with a subject of its own or opened by "that": a reported clause, not a participle."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") or (c.dep_ == "mark" and c.lower_ == "that")
        for c in children_of(clause)
    )


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


def going_to(verb: Token) -> bool:
    """ "I am going to make", "the firm is going to cut": the future told with "going to", where the
    infinitive is the event (not a going anywhere: "is going to Paris" has no infinitive)."""
    return (
        verb.lemma_ == "go"
        and verb.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in children_of(verb))
        and any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in children_of(verb))
    )


def raising_adjective(adjective: Token) -> bool:
    """A copula's adjective whose infinitive carries the event: "is ready to launch", "will be able to
    vote", "are unlikely to happen" (the launching, the voting, the happening); not "too likely to
    kill", a judgement of the subject."""
    return (
        adjective.dep_ == "acomp"
        and adjective.lower_ in RAISING_ADJECTIVES
        and adjective.head.lemma_ == "be"
        and not any(c.dep_ == "advmod" and c.lower_ == "too" for c in children_of(adjective))
        and any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in children_of(adjective))
    )


def _raising(governor: Token) -> bool:
    """A verb whose infinitive carries the event: "appears to", "is to", "is expected to", "sought to",
    "is ready to"."""
    if governor.pos_ == "ADJ":
        return raising_adjective(governor)  # "is likely to", not "is too likely to"
    if governor.lemma_ in HEDGE_GOVERNORS or (governor.lemma_ == "be" and governor.pos_ == "AUX"):
        return True
    if going_to(governor):
        return True
    if governor.lemma_ in CATENATIVE_VERBS and governor.pos_ == "VERB":
        return True
    return governor.lemma_ in REPORTING_VERBS and any(c.dep_ == "auxpass" for c in children_of(governor))


def main_participle(verb: Token) -> bool:
    """The main verb of a sentence the parser read as a bare noun phrase with a reduced relative
    ("A meteor [streaked across the sky] on Tuesday", root "meteor"): a finite-looking verb right
    after the sentence's opening noun, the root, without a subject or a by-agent of its own."""
    if verb.dep_ != "acl":
        return False  # (asked of every token: the cheap test first)
    head = verb.head
    if head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN") or verb.i < head.i:
        return False
    if verb.tag_ not in ("VBD", "VBN", "VBZ", "VBP") or verb.i > head.i + 8:
        return False
    opening = head.left_edge
    if any(t.pos_ in ("VERB", "AUX") for t in verb.doc[opening.i : verb.i]):
        return False  # "The makers of programs that spy ...": an inner clause first
    return not any(c.dep_ in ("nsubj", "nsubjpass", "agent", "aux", "auxpass") for c in children_of(verb))


def reduced_relative(verb: Token) -> Token | None:
    """The main verb of a sentence the parser rooted on a reduced relative ("The candidate [labeled 'a leader
    ...'] continues to lead the field", root "labeled"): a bare past form right after its common-noun subject,
    with an object or a quote, and a present-tense verb later in the sentence, joined by no "and" and with no
    subject of its own; else None."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBN"):
        return None
    kids = children_of(verb)
    subjects = [c for c in kids if c.dep_ == "nsubj" and c.right_edge.i == verb.i - 1]
    if len(subjects) != 1 or subjects[0].pos_ != "NOUN" or any(c.dep_ in ("aux", "auxpass") for c in kids):
        return None
    doc = verb.doc
    quoted = verb.i + 1 < len(doc) and doc[verb.i + 1].tag_ == "``"
    if not quoted and not any(c.dep_ in ("dobj", "oprd", "ccomp") for c in kids):
        return None  # "net income rose 11%, ...": a labelling or naming participle has its object
    later = [c for c in kids if c.dep_ == "conj" and c.tag_ in ("VBZ", "VBP") and c.i > verb.i + 1]
    return next(
        (
            c
            for c in later
            if doc[c.i - 1].dep_ != "cc"
            and doc[c.i - 1].pos_ not in ("NOUN", "PROPN")  # "hedge fund billionaires": a noun tagged a verb
            and doc[c.i - 2].dep_ != "cc"
            and not any(s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN", "PRON") for s in children_of(c))
            and not any("\n" in t.text_with_ws for t in doc[verb.i : c.i])  # (a line break: two sentences run on)
        ),
        None,
    )  # "The candidate labeled 'a leader ..., and won' continues": the parser's subject of it is the quote's


# The dependencies of a verb that can state an event: a clause's (``_CLAUSES``) or a participle's ("acl").
_CANDIDATE_DEPS = frozenset(_CLAUSES) | {"acl"}


def candidates(doc: Doc) -> list[Token]:
    """The tokens that may state or report an event, in order: a clause's verb by its dependency, a
    participle (``main_participle``), a reporting verb (``plain_report``). Read from the Doc's
    arrays: testing every token would make a Python object of each."""
    if not len(doc):
        return []
    deps, lemmas = columns(doc, (DEP, LEMMA))
    mask = any_of(deps, _CANDIDATE_DEPS) | any_of(lemmas, REPORTING_VERBS)
    tokens = tokens_of(doc)
    return [tokens[i] for i in np.flatnonzero(mask).tolist()]


def decider(verb: Token) -> Token | None:
    """The possessor of a decided act's noun, for the act's infinitive: "Russia" for "bar" in
    "Russia's decision to bar foreign firms"; None for any other verb."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.lemma_.lower() not in DECIDED_ACT_NOUNS or noun.pos_ != "NOUN":
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)):
        return None
    return next((c for c in children_of(noun) if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)


def _event_verb(token: Token) -> bool:
    if token.dep_ == "acl" and decider(token) is not None:
        return token.is_alpha and not plain_report(token)  # "Russia's decision to bar": the barring
    if (token.dep_ not in _CLAUSES and not main_participle(token)) or plain_report(token):
        return False
    if (
        token.lemma_ in CATENATIVE_VERBS
        and any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in children_of(token))
        and not any(c.dep_ == "dobj" for c in children_of(token))
    ):
        return False  # "has sought to reassure": the reassuring is the event
    if going_to(token):
        return False  # "is going to cut": the cutting is the event
    if _inverted_report(token):
        return False  # "..., predicts the report by BT": the report frames the clause before it
    if token.lemma_ == "be" and any(raising_adjective(c) for c in children_of(token)):
        return False  # "is ready to launch": the launching is the event
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
    end = subtree_range(verb)[1]
    after = verb.doc[end + 1] if end + 1 < len(verb.doc) else None
    return (
        source is not None and source.pos_ in ("NOUN", "PROPN") and (after is None or after.is_punct or after.is_space)
    )


def negated(verb: Token) -> bool:
    """ "did not pay", "never paid", "is not expected to pay", "no longer pays", "is not able to pay",
    "is unable to pay"."""
    if _disjunct(verb):
        return negated(verb.head)  # "didn't seek or receive Obama's endorsement": the negation holds both
    governor = verb.head if verb.dep_ == "xcomp" else None
    copula = None
    if governor is not None and raising_adjective(governor):
        if governor.lower_ in NEGATING_ADJECTIVES:
            return True
        copula = governor.head  # "will no longer be able to force": the copula holds the negation
    for token in (verb, governor, copula):
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


def _disjunct(verb: Token) -> bool:
    """A verb joined by "or" / "nor" to the verb before it, with neither a subject nor an auxiliary of its own ("did
    not seek [or receive]"): within that verb's negation."""
    head = verb.head
    if verb.dep_ != "conj" or head.i >= verb.i or head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in children_of(verb)):
        return False
    return any(c.dep_ == "cc" and c.lower_ in ("or", "nor") and head.i < c.i < verb.i for c in children_of(head))


def hedged(verb: Token) -> bool:
    """Stated as possible, likely or reported: a modal, a hedging adverb or a hedging governor (a
    copula's adjective: "could be able to vote" holds its modal on the copula)."""
    holders = [verb]
    if verb.dep_ == "xcomp" and raising_adjective(verb.head):
        holders.append(verb.head.head)
    for child in (c for h in holders for c in children_of(h)):
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


def _action(verb: Token) -> str:
    """The verb lemma with its particle ("vote down") or its speech-act preposition ("call for")."""
    action = event_lemma(verb)
    particle = next((c for c in children_of(verb) if c.dep_ == "prt" and not _bound(c)), None)
    if particle is not None:
        return f"{action} {particle.lower_}"
    if action == "call":
        prep = next((c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in CALL_PREPOSITIONS), None)
        if prep is not None:
            return f"call {prep.lower_}"
    return action


def stance_participle(verb: Token) -> tuple[str, Token] | None:
    """(the act, the participle) of a copula whose complement is a participle of a stance its subject takes, with a
    phrase of its own ("Sanders is prepared [for a floor fight]", "Clinton is committed [to a strike]", "was worried
    [about the cost]": ``STANCE_PARTICIPLES``, ``PSYCH_VERBS``); None for "is ready", "is known as", "is determined
    [to win]" (the infinitive is the act) and a participle with no phrase ("the plan is flawed")."""
    if verb.lemma_ != "be":
        return None
    children = list(children_of(verb))
    if any(c.dep_ in ("attr", "xcomp", "auxpass") for c in children):
        return None
    for c in children:
        if c.dep_ != "acomp" or c.tag_ not in ("VBN", "JJ") or not c.lower_.endswith("ed"):
            continue
        grand = list(children_of(c))
        if any(g.dep_ in ("xcomp", "ccomp") for g in grand) or not any(g.dep_ == "prep" for g in grand):
            return None
        lemma = next((x for x in _participle_stems(c.lower_, c.lemma_.lower()) if x in _STANCES), None)
        return (lemma, c) if lemma is not None else None
    return None


_STANCES = STANCE_PARTICIPLES | PSYCH_VERBS


def stance_act(verb: Token) -> str | None:
    """The act a copula states by a stance participle ("is prepared for": *prepare*; ``stance_participle``)."""
    found = stance_participle(verb)
    return found[0] if found is not None else None


def _participle_stems(form: str, lemma: str) -> tuple[str, ...]:
    """The verbs a participle in -ed may come from: the parser's lemma, "worried" -> "worry", "committed" ->
    "commit", "prepared" -> "prepare", "opposed" -> "oppose" (the small model leaves an adjective's form as lemma)."""
    stem = form[:-2]
    return (lemma, stem, stem[:-1], form[:-1], form[:-3] + "y")


def _bound(particle: Token) -> bool:
    """ "earned up to £820,000", "cut down to 3%": "up to" bounds the figure after it (``BOUND_PARTICLES``),
    no particle of the verb's."""
    doc, i = particle.doc, particle.i
    if particle.lower_ not in BOUND_PARTICLES or i + 2 >= len(doc) or doc[i + 1].lower_ != "to":
        return False
    after = doc[i + 2]
    return after.like_num or after.pos_ == "SYM" or after.tag_ == "$"


def lost_subject(verb: Token, floor: int = -1) -> Token | None:
    """The subject of a finite main verb the parser left without one, when the sentence opens with it
    ("Brazil's plan, initially hailed as the saviour of the economy, is limping": "plan", hung on the
    dateline; "To mark the anniversary, Rob Partridge - his head of press - remembers the man"): the first
    noun after the floor and after an opening adverbial's comma, climbed to its phrase's head
    (``NOUN_PHRASE_DEPS``); None when a verb or nothing stands before it. Never a pronoun ("There",
    "I", "we"): the parser seldom loses one, and a pronoun it left over is no subject ("There ... forced")."""
    if verb.dep_ != "ROOT" or verb.pos_ != "VERB":
        return None
    children = list(children_of(verb))
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in children
    )
    if not finite or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl") for c in children):
        return None
    doc = verb.doc
    start = max(sentence_span(verb).start, floor + 1)
    words = [t for t in doc[start : verb.i] if not (t.is_space or (t.is_punct and t.text != ","))]
    if not words:
        return None
    if words[0].dep_ in OPENER_DEPS or words[0].pos_ in ("ADP", "SCONJ", "PART", "ADV"):
        comma = next((t for t in words if t.text == ","), None)
        if comma is None:
            return None  # "In a recently-accepted paper Bos and colleagues describe": no telling where it ends
        words = [t for t in words if t.i > comma.i]
    for t in words:
        if t.pos_ in ("VERB", "AUX"):
            return None  # a clause of its own before the verb
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("npadvmod", "tmod", "pobj", "dobj", "attr"):
            while (
                t.dep_ in NOUN_PHRASE_DEPS
                and t.i < t.head.i < verb.i
                and t.head.pos_ in ("NOUN", "PROPN")
                and not any(g.pos_ == "PUNCT" and not g.is_quote for g in doc[t.i + 1 : t.head.i])
            ):
                t = t.head  # (not across a dash or a comma: "Rob Partridge - Marley's head of press")
            return t
    return None


def _vague(subject: Token) -> bool:
    """A subject that names nobody: an unresolved pronoun, "the pair", "News"."""
    if subject.pos_ == "PRON" or subject.lower_ in VAGUE_SUBJECTS:
        return True  # (the word alone tells: its phrase is not read)
    words = phrase(subject)
    return text_of(subject.doc, words[0], words[-1]).lower() in VAGUE_SUBJECTS


def as_named_subject(clause: Token) -> Token | None:
    """The name the parser hung on "as" as its object where it is the subject of the clause of time after it ("grew
    louder [as Patti Davis, Reagan's daughter, lashed out at ...]": "as" a preposition, "Davis" its object, "lashed"
    a clause with no subject of its own); None for any other clause."""
    if clause.dep_ != "advcl" or clause.tag_ != "VBD":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark", "aux", "auxpass") for c in children_of(clause)):
        return None
    before = [c for c in children_of(clause.head) if c.dep_ == "prep" and c.lower_ == "as" and c.i < clause.i]
    objects = [g for c in before[-1:] for g in children_of(c) if g.dep_ == "pobj" and g.pos_ == "PROPN"]
    if not objects:
        return None
    # (only the name's own words, its apposition and commas, between the name and the verb)
    held = subtree_ids(objects[0])
    return objects[0] if all(t.i in held or t.is_punct for t in clause.doc[objects[0].i + 1 : clause.i]) else None
