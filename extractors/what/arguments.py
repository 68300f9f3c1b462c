"""An event's arguments: its object, its recipient, a doer told as a noun or a measure."""

from __future__ import annotations

from spacy.tokens import Token

from extractors.clauses import (
    breaks_between,
    phrase,
    sentence_span,
    text_of,
)
from extractors.coref import Coref
from extractors.lexicons.actors import PROVIDE_VERBS
from extractors.lexicons.attribution import (
    ACCUSATION_VERBS,
    DOCUMENT_NOUNS,
    FINDING_DOCUMENTS,
    NAMED_NEXT_ACCUSATIONS,
)
from extractors.lexicons.events import (
    DECLARING_VERBS,
    EVENT_IN_PROGRESS,
    EVENT_NOUNS,
    EVENT_PROGRESS_VERBS,
    FORCE_NOUNS,
    METRIC_NOUNS,
    POSSESSED_ACT_NOUNS,
    RECEIVED_ACT_NOUNS,
    RECEIVING_VERBS,
    UNACCUSATIVE_VERBS,
    WINNER_NOUNS,
)
from extractors.lexicons.names import VOCATIVES
from extractors.tree import children_of, subtree_range
from extractors.what.context import _Contents
from extractors.what.measures import results, told_as_results
from extractors.what.verbs import plain_report, speech_act

# First-person subjects of a quotation: the speaker ("'We apologise,' said Ann Berg of Acme").
_FIRST_PERSON = frozenset({"i", "we"})
# Heads of a "by" phrase that measure a change rather than name its doer ("cut by an average of £40").
_MEASURE_HEADS = frozenset({"average", "half", "third", "quarter", "factor", "margin", "point", "percent", "pct"})


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
    if found is None and not any(c.dep_ == "prep" and c.lower_ in ("to", "by") for c in children):
        # "sales rose 0.6% on the month": the amount of a change, before any place or time (but "rose
        # 28% to A$458m": where it went says more)
        found = next((c for c in children if c.dep_ == "npadvmod" and c.i > verb.i and _amount(c)), None)
    if found is None:
        found = next((c for c in children if c.dep_ == "prep" and c.i > verb.i), None)
    return found


def _amount(noun: Token) -> bool:
    """A share or a sum ("0.6%", "9.8 pct", "$2bn"): not a date, a time, a rank or a count of times."""
    return noun.ent_type_ in ("PERCENT", "MONEY")


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
    if obj_token is None or _other_line(verb, obj_token):
        return None, recipient
    indices = phrase(obj_token, coref.floor)
    first, last = min(indices), max(indices)
    extension = next((c for c in children if c.dep_ == "xcomp" and c.i > last), None)
    if extension is not None and dobj is not None:  # "using its rail network to ship weapons"
        last = subtree_range(extension)[1]
    if dobj is not None and verb.lemma_ in ACCUSATION_VERBS:
        # "accused Blunkett of confusion": what the accused is accused of belongs to the object
        of = next((c for c in children if c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i > last), None)
        if of is not None:
            last = subtree_range(of)[1]
    return text_of(doc, first, last) or None, recipient


def _other_line(verb: Token, obj: Token) -> bool:
    """Whether a line break parts a verb from its object: a title or heading the parser ran into the
    line below ("Acme Confirms Another Incident\nEnlarge this image ..."), whose words are no object."""
    low, high = sorted((verb.i, obj.i))
    return bool(breaks_between(verb.doc, low, high))


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
    winner = declared_winner(verb, children)
    if winner is not None:
        # "Sanders was projected as the winner of the primary": Sanders wins it
        of = next((c for c in winner.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        return coref.actor(subject) or coref.phrase(subject), "win", _pobj_text(of)
    if verb.lemma_ != "be":
        return None
    on = next((c for c in children if c.dep_ == "prep" and c.lower_ == "on" and c.i > verb.i), None)
    held = next((c for c in children_of(on) if c.dep_ == "pobj"), None) if on is not None else None
    if held is None or held.lemma_.lower() not in EVENT_NOUNS:
        return None
    actor = coref.actor(subject) or coref.phrase(subject)
    to = next((c for c in held.rights if c.dep_ == "prep" and c.lower_ in ("to", "of", "in")), None)
    return actor, EVENT_NOUNS[held.lemma_.lower()], _pobj_text(to)


# Prepositions of a possessed act's noun that take what the act is on or into ("accession [to NATO]").
_ACT_PREPOSITIONS = frozenset(["to", "into", "in", "of", "from", "over"])


def possessed_act(subject: Token, coref: Coref) -> tuple[str, str, str | None] | None:
    """(actor, action, object) of an act a clause's subject tells by its noun with a named possessor (a `who` actor):
    "Hungary's accession to NATO has brought about changes" (Hungary joins NATO), "Clinton's victory in the primary
    has brought Sanders to a crossroads" (``POSSESSED_ACT_NOUNS``); the clause's own verb says what the act brought,
    the act is the news. None for any other subject."""
    if subject.dep_ != "nsubj" or subject.pos_ != "NOUN":
        return None
    action = POSSESSED_ACT_NOUNS.get(subject.lemma_.lower())
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if action is None or owner is None or owner.pos_ != "PROPN":
        return None
    actor = coref.actor(owner)
    if actor is None:
        return None
    about = next((c for c in subject.rights if c.dep_ == "prep" and c.lower_ in _ACT_PREPOSITIONS), None)
    return actor, action, _pobj_text(about)


def received_act(verb: Token, subject: Token, coref: Coref) -> tuple[str, str, str] | None:
    """(actor, action, object) of an act its beneficiary, the subject, receives as a noun (``RECEIVING_VERBS``,
    ``RECEIVED_ACT_NOUNS``) from a named giver (a `who` actor: the noun's "of" or "from" phrase, or its possessor):
    "Cruz received the endorsement of Gov. Mike Pence" (Pence endorses Cruz), "won the union's backing"."""
    if verb.lemma_.lower() not in RECEIVING_VERBS or subject.dep_ == "nsubjpass":
        return None
    noun = next((c for c in children_of(verb) if c.dep_ == "dobj" and c.lemma_.lower() in RECEIVED_ACT_NOUNS), None)
    if noun is None:
        return None
    giver = next((c for c in noun.children if c.dep_ == "poss"), None)
    if giver is None:
        by = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in ("of", "from")), None)
        giver = next((c for c in children_of(by) if c.dep_ == "pobj"), None) if by is not None else None
    actor = coref.actor(giver) if giver is not None else None
    if actor is None:
        return None
    return actor, RECEIVED_ACT_NOUNS[noun.lemma_.lower()], coref.actor(subject) or coref.phrase(subject)


def declared_winner(verb: Token, children: list[Token]) -> Token | None:
    """The winner noun of "was projected as the winner", "was declared the winner", "emerged as the victor"
    (``DECLARING_VERBS`` in the passive, or "emerge"; ``WINNER_NOUNS``), else None."""
    lemma = verb.lemma_.lower()
    if lemma not in DECLARING_VERBS or (lemma != "emerge" and not any(c.dep_ == "auxpass" for c in children)):
        return None
    for child in children:
        if child.dep_ in ("oprd", "attr") and child.lemma_.lower() in WINNER_NOUNS:
            return child
        if child.dep_ == "prep" and child.lower_ == "as":
            found = next((g for g in children_of(child) if g.dep_ == "pobj"), None)
            if found is not None and found.lemma_.lower() in WINNER_NOUNS:
                return found
    return None


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


def _undergoes(verb: Token, subject: Token) -> bool:
    """The subject of an unaccusative verb without an object, a thing rather than a person
    ("a plane crashed", not "the pilot died" when the pilot is named: that is an actor)."""
    return (
        verb.lemma_.lower() in UNACCUSATIVE_VERBS
        and subject.pos_ in ("NOUN", "PROPN")
        and subject.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP")
        # a price is no object acted on ("is expected to fetch $1m")
        and not any(c.dep_ in ("dobj", "attr") and c.ent_type_ != "MONEY" for c in children_of(verb))
    )


def purpose(verb: Token) -> bool:
    """An infinitive of purpose on a verb, without a subject of its own ("issued shares [to acquire
    stakes]", "cut prices [to win back customers]"), not "in order" phrases hung elsewhere."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VB"
        and verb.head.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))
        and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in children_of(verb))
    )


def _force(subject: Token) -> bool:
    """A subject that is a force or a mishap, no doer: "A knee injury [has forced ...]", "the
    earthquake [that hammered ...]", "Floods [destroyed ...]" (not a name: "Storm Ciara" is one)."""
    return subject.pos_ == "NOUN" and subject.lemma_.lower() in FORCE_NOUNS and not subject.ent_type_


def _run_on(subject: Token, floor: int) -> Token:
    """ "A saxophone belonging to jazz musician [Charlie Parker] is expected to fetch": a name the
    parser made a second subject though it runs on from the first subject's last word is part of
    the first, which is the subject."""
    earlier = [c for c in children_of(subject.head) if c.dep_ in ("nsubj", "nsubjpass") and floor < c.i < subject.i]
    if earlier and breaks_between(subject.doc, earlier[-1].i, subject.i):
        return subject  # a heading or dateline line above is never the subject
    if earlier and subject.left_edge.i == earlier[-1].right_edge.i + 1 and subject.pos_ == "PROPN":
        # "his Democratic rival [Hillary Clinton] would bring war": a name right after the first subject's own
        # head noun (a noun phrase of its own: determiner, possessive or modifier before it) is that noun's
        # apposition, and the name is the subject
        head = earlier[-1]
        described = head.pos_ == "NOUN" and head.right_edge.i == head.i and head.left_edge.i < head.i
        return subject if described else head
    return subject


def _measured(subject: Token, coref: Coref) -> str | None:
    """ "eBay shares fell", "Apple's profits rose", "shares in BP fell", "shares in auction house
    eBay fell": the organisation measured; "Dutch feed usage fell": the country measured."""
    if subject.lemma_.lower() not in METRIC_NOUNS or not told_as_results(subject):
        return None
    for child in children_of(subject):
        if child.dep_ in ("poss", "compound") and child.pos_ == "PROPN":
            return coref.actor(child)
        if child.dep_ == "poss" and child.lower_ in ("its", "their"):
            # "after its quarterly profits failed to meet forecasts": the organisation it stands for
            found = coref.actor(child)
            if found is not None and coref.types.get(found) in ("organization", "location"):
                return found
        if child.dep_ == "amod" and child.ent_type_ in ("NORP", "GPE"):
            found = coref.actor(child)
            if found is not None and coref.types.get(found) == "location":
                return found
        if child.dep_ == "prep" and (
            child.lower_ == "of"
            or (child.lower_ == "in" and subject.lemma_ in ("share", "stock"))
            # "net at GM's finance arm, General Motors Acceptance Corp., fell 3.1%"
            or (child.lower_ == "at" and results(subject))
        ):
            obj = next((c for c in children_of(child) if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ == "PROPN":
                return coref.actor(obj)
            named = next((c for c in children_of(obj) if c.dep_ == "appos"), None) if obj is not None else None
            if named is not None and named.pos_ == "PROPN" and coref.actor(named):
                return coref.actor(named)  # "shares in online auction house [eBay]"
            after = subject.doc[obj.i + 1] if obj is not None and obj.i + 1 < len(subject.doc) else None
            if after is not None and after.pos_ == "PROPN" and after.dep_ in ("nsubj", "nsubjpass"):
                return coref.actor(after)  # "Shares in online retailer [Zalando] fell", parsed as two subjects
    if (
        subject.lemma_.lower() == "share"  # bare "stocks" are a market ("In Singapore, stocks hit a low")
        and subject.tag_ == "NNS"
        and not any(c.dep_ in ("amod", "compound", "nmod", "poss") for c in children_of(subject))
    ):
        # "Shares closed down 8%", "Shares in the drug maker fell": the shares of the story's company,
        # when its first actor is an organisation (not "European shares", "bank stocks", "stocks": a market)
        top = max(coref.salience, key=lambda n: coref.salience[n], default=None)
        if top is not None and coref.types.get(top) == "organization":
            return top
    return None


def unquoted_subject(verb: Token, subject: Token, coref: Coref) -> Token:
    """ "The 65-year-old coach, known for his 'no risk it, no reward' motto, announced": a pronoun in quotation
    marks that the parser made a second subject of a verb outside them ("it") is not its subject; the subject
    outside them is (the nearest before the verb). Any other subject is kept (a quoted name may be the subject:
    "The longest episode, 'USS Callister', creates")."""
    inside = coref._quoted
    if subject.pos_ != "PRON" or subject.head.i != verb.i or not inside[subject.i] or inside[verb.i]:
        return subject
    others = [
        c
        for c in children_of(verb)
        if c.dep_ in ("nsubj", "nsubjpass") and c.i != subject.i and c.i > coref.floor and not inside[c.i]
    ]
    before = [c for c in others if c.i < verb.i]
    return before[-1] if before else subject


def vocative(subject: Token) -> bool:
    """ "Ladies and gentlemen, the purpose ... is to report": an address opening its sentence and closed
    by a comma, which the parser may make the subject, is spoken to and does no act."""
    if subject.lower_ not in VOCATIVES:
        return False
    address = [subject, *(t for t in subject.subtree if t.dep_ == "conj" and t.head.i >= subject.i)]
    first, last = subject.left_edge.i, max(t.i for t in address)  # "Ladies and gentlemen", without an apposition
    doc = subject.doc
    opens = first == sentence_span(subject).start or doc[first - 1].is_punct or doc[first - 1].is_space
    return opens and last + 1 < len(doc) and doc[last + 1].text == ","


def authored(subject: Token, coref: Coref) -> str | None:
    """ "A Ruritanian Embassy report said", "The latest Acme poll placed him", "Early estimates from the
    Fund put aid at $5bn": a document does what its author does through it; the author is the actor
    (a name as its possessor, its compound, or the object of "by" / "from"), when `who` knows it."""
    if subject.dep_ != "nsubj" or (
        subject.lemma_.lower() not in DOCUMENT_NOUNS and subject.lower_ not in DOCUMENT_NOUNS
    ):
        return None  # a subject, not the noun a participle hangs on ("Acme's plan, hailed by all")
    found = _author(subject, coref)
    if found is None and subject.lemma_.lower() in FINDING_DOCUMENTS:
        found = _named_study(subject, coref)
    return found


def _author(document: Token, coref: Coref) -> str | None:
    """The author a document noun names: its possessor or compound name, or its "by" / "from" phrase."""
    for child in children_of(document):
        author: Token | None = None
        if child.dep_ in ("poss", "compound") and child.pos_ == "PROPN":
            author = child
        elif child.dep_ == "prep" and child.lower_ in ("by", "from"):
            author = next((c for c in children_of(child) if c.dep_ == "pobj"), None)
        found = coref.actor(author) if author is not None else None
        if found is not None:
            return found
    return None


# How many sentences after an unnamed study the article may name its author in.
_STUDY_NAMED_WITHIN = 2


def _named_study(study: Token, coref: Coref) -> str | None:
    """ "..., says a study. ..., predicts the report by BT": a lead's unnamed study (poll, survey,
    report) is the one whose author the next sentences name (news introduces, then names)."""
    if any(c.dep_ == "det" and c.lower_ not in ("a", "an", "the", "this", "one") for c in children_of(study)):
        return None  # "another study", "no report": not the one named later
    sent = coref.sent_of(study.i)
    if sent > 1:
        return None  # the lead introduces; a later study is named where it stands
    for token in study.doc[study.i + 1 :]:
        if coref.sent_of(token.i) > sent + _STUDY_NAMED_WITHIN:
            break
        if token.lemma_.lower() in FINDING_DOCUMENTS and token.pos_ == "NOUN":
            found = _author(token, coref)
            if found is not None:
                return found
    return None


def quoted_speaker(subject: Token, verb: Token, coref: Coref, contents: _Contents) -> str | None:
    """ "'I regret the failure,' said Ann Berg": "I" in quoted words is their speaker, when `who` knows the
    speaker; "we" the body the speaker speaks for, when `who` knows it (`Coref.first_person`)."""
    if subject.lower_ not in _FIRST_PERSON or subject.pos_ != "PRON":
        return None
    found = contents.innermost(verb.idx)
    if found is None or not found.direct or found.source not in coref.salience:
        return None
    return coref.first_person(found.source, subject)  # "we": the body the speaker speaks for


def measure(doer: Token) -> bool:
    """A "by" phrase that says how much, not who: "cut by 5%", "by an average of £40", "by 0.5 point"."""
    if doer.ent_type_ in ("PERCENT", "MONEY", "QUANTITY") or doer.lemma_.lower() in _MEASURE_HEADS:
        return True
    # "by two", not "by two of our visitors" (those counted do it)
    counted = any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(doer))
    return (doer.like_num or doer.ent_type_ == "CARDINAL") and not counted


def own_plan(verb: Token, reporter: str | None, coref: Coref, contents: _Contents) -> str | None:
    """An agentless passive in the future that an organisation reports is its own plan: "Acme said the
    blue model would be dropped" (dropped by Acme; "the company said" too); a person's report is not
    ("Ann said the bill would be passed"). The organisation, or None."""
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in children_of(verb)):
        return None
    if reporter is not None and reporter not in coref.types:  # "the company": the sources part's phrase
        found = contents.innermost(verb.idx)
        span = found.source_span if found is not None else None
        said = coref.doc.char_span(span.start, span.end, alignment_mode="expand") if span is not None else None
        found_name = coref.actor(said.root) if said is not None and len(said) else None
        reporter = found_name if found_name == coref.main_org else None  # the story's own company, no other
    return reporter if reporter is not None and coref.types.get(reporter) == "organization" else None


# How many sentences after a lead's agentless accusation the article may name its accuser in.
_ACCUSER_NAMED_WITHIN = 2


def accuser(verb: Token, coref: Coref) -> str | None:
    """ "X has been accused of using the 'politics of confusion'. Tory spokesman David Davis told MPs
    ...": a lead's agentless passive accusation is the next sentences' first speaker's (news reports
    the charge, then who made it), when `who` knows the speaker and it is not the accused."""
    if verb.lemma_ not in NAMED_NEXT_ACCUSATIONS or coref.sent_of(verb.i) > 1:
        return None
    accused = {coref.actor(c) for c in children_of(verb) if c.dep_ == "nsubjpass"}
    sent = coref.sent_of(verb.i)
    for token in verb.doc[verb.i + 1 :]:
        at = coref.sent_of(token.i)
        if at > sent + _ACCUSER_NAMED_WITHIN:
            break
        if at == sent or not plain_report(token):
            continue
        speaker = next((c for c in children_of(token) if c.dep_ == "nsubj"), None)
        found = coref.actor(speaker) if speaker is not None else None
        if found is not None and found not in accused and coref.types.get(found) != "location":
            return found
    return None
