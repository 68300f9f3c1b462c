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

The steps, each a module of this package: ``verbs`` (which verbs state an event, negation, hedges),
``context`` (what an article's events are read against: attributions, the title, the lead),
``arguments`` (objects, recipients, doers told as nouns), ``claims`` (reported forecasts and
arguments), ``ranking`` (news value); this module reads each verb's event and ranks them.
"""

from __future__ import annotations

from datetime import date

import msgspec
from spacy.tokens import Doc, Token

from extractors.clauses import (
    RELATIVE,
    by_agent,
    furniture,
    heading,
    heading_end,
    phrase,
    subject_of,
    text_of,
)
from extractors.heading import named_subject
from extractors.lexicons.events import PSYCH_VERBS
from extractors.spans import char_span
from extractors.tree import children_of, subtree_range, tokens_of
from extractors.types import Actor, Attribution, Event
from extractors.voices import speaks_for
from extractors.what.arguments import (
    _arguments,
    _force,
    _measured,
    _nominal,
    _run_on,
    _undergoes,
    accuser,
    authored,
    measure,
    own_plan,
    possessed_act,
    purpose,
    quoted_speaker,
    received_act,
    unquoted_subject,
    vocative,
)
from extractors.what.claims import CLAIM_ACTS, _claim, claim_act
from extractors.what.context import (
    _attribution,
    _Context,
    _context,
    _story_range,
    above_floor,
    clause_range,
    question,
    same_word,
    title_words,
)
from extractors.what.measures import measured_object, result_owner
from extractors.what.ranking import (
    _MAX_EVENTS,
    _TITLE_WEIGHT,
    _askers,
    _distinct,
    _interview_event,
    _news_value,
    main_relative,
    titled_participle,
)
from extractors.what.speech_nouns import noun_act, speech_noun_act
from extractors.what.verbs import (
    _action,
    _event_verb,
    _vague,
    as_named_subject,
    candidates,
    decider,
    event_lemma,
    hedged,
    lost_subject,
    main_participle,
    negated,
    plain_report,
    reduced_relative,
    reports,
    speech_act,
    stance_act,
    stance_participle,
)

__all__ = [
    "CLAIM_ACTS",
    "VERSION",
    "claim_act",
    "clause_range",
    "decider",
    "event_lemma",
    "extract_what",
    "hedged",
    "main_participle",
    "main_relative",
    "negated",
    "noun_act",
    "plain_report",
    "question",
    "reduced_relative",
    "reports",
    "same_word",
    "speech_act",
    "stance_act",
    "title_words",
]

VERSION = 69


def _subject(verb: Token, ctx: _Context, floor: int) -> tuple[Token | None, bool]:
    """(the doer's or patient's token, passive) of a verb's event: its subject, else the noun a participle hangs
    on, a decider, the head's subject for a purpose, a lost subject; None when it has none (or a heading's)."""
    subject, passive = subject_of(verb, floor)
    if subject is not None:
        outside = unquoted_subject(verb, subject, ctx.coref)
        if outside is not subject:  # not a quoted word the parser made a second subject
            subject, passive = outside, outside.dep_ == "nsubjpass"
    if subject is not None and vocative(subject):  # "Ladies and gentlemen, the aim ... is to": its apposition
        subject = next((c for c in subject.children if c.dep_ == "appos"), None)
    if verb.dep_ == "xcomp" and verb.head.dep_ == "acomp":
        # "Baxley looks set to take the place", "is ready to be signed": the subject is the linking
        # verb's (subject_of), the voice the infinitive's own
        passive = any(c.dep_ == "auxpass" for c in children_of(verb))
    if subject is None and titled_participle(verb, ctx):
        subject, passive = verb.head, True  # "a video uncovered by Fox News": Fox News uncovered the video
    elif subject is None and decider(verb) is not None:
        subject = decider(verb)  # "Russia's decision to bar foreign firms": Russia bars them
    elif subject is None and main_participle(verb):
        subject = verb.head  # "A meteor streaked across the sky": the root noun is the subject
    elif subject is None and purpose(verb):
        # "agreed to issue shares [to acquire stakes in three mines]": the doer of the purpose is its head's
        subject, _ = subject_of(verb.head, floor)
        passive = any(c.dep_ == "auxpass" for c in children_of(verb))
    elif subject is None and (named := as_named_subject(verb)) is not None:
        # "as Patti Davis, Reagan's daughter, lashed out": the parser made "as" a preposition, the name its object
        subject = named
    elif subject is None:
        # "Brazil's plan, initially hailed as ..., is limping": a main verb the parser left without its subject
        subject = lost_subject(verb, floor)
        passive = any(c.dep_ == "auxpass" for c in children_of(verb))
    if subject is None or heading(subject):
        return None, False
    subject = _run_on(subject, floor)
    if verb.dep_ == "xcomp":
        # "is expected to announce": the subject of "expected" announces (active)
        passive = any(c.dep_ == "auxpass" for c in children_of(verb))
    elif verb.dep_ == "conj" and not passive and any(c.dep_ == "auxpass" for c in children_of(verb)):
        # "The price is set at 52 cents and will be further adjusted": a coordinated verb's own passive (the
        # subject it shares is the active verb's); an agentless one keeps its doer null
        passive = True
    return subject, passive


def _event(verb: Token, ctx: _Context) -> tuple[float, Event] | None:
    """The event a verb states, with its news value; None when it states none."""
    coref, doc = ctx.coref, ctx.doc
    floor = above_floor(verb, coref.floor)
    subject, passive = _subject(verb, ctx, floor)
    if subject is None:
        return None
    actor: str | None
    obj: str | None
    vague = False
    attributed, belief = _attribution(verb, coref, ctx.contents)
    # "Hungary's accession to NATO has brought about changes": the possessor's act, neither negated nor hedged by
    # the clause that tells what it brought
    owned = possessed_act(subject, coref)
    # "Cruz received the endorsement of Gov. Pence": Pence endorses Cruz
    nominal = owned or received_act(verb, subject, coref) or _nominal(verb, subject, coref)
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
        obj, recipient = (text_of(doc, cause.i + 1, subtree_range(cause)[1]) if cause else None), None
    elif passive:
        doer = by_agent(verb)
        if doer is not None and measure(doer):
            doer = None  # "prices were cut by an average of £40": how much, not by whom
        # "The girls were released" under the title "... Released by Boko Haram": the title's agent
        actor = coref.name(doer) if doer is not None else ctx.title.agent_of(verb)
        if actor is None and not belief:
            actor = own_plan(verb, attributed, coref, ctx.contents)  # "Acme said the model would be dropped"
        if actor is None:
            actor = accuser(verb, coref)  # "X was accused of ... Y told MPs": Y accuses
        patient = phrase(subject, floor)
        if verb.dep_ == "acl" and verb.head.i == subject.i:  # "a video [uncovered by Fox News]": the noun alone
            patient = [i for i in patient if i < verb.i and not doc[i].is_punct] or [subject.i]
        obj, recipient = text_of(doc, patient[0], patient[-1]), None
    else:
        # "Aetna's net income fell", "GM Hughes said net income fell": the organisation measured (measures.py)
        owner = _measured(subject, coref) or result_owner(subject, attributed, coref)
        actor = (
            owner
            or coref.actor(subject)
            or authored(subject, coref)
            or quoted_speaker(subject, verb, coref, ctx.contents)
        )
        # "Hugh McGuire: We are only doing public domain works": the body the guest speaks for
        actor = speaks_for(subject, verb, actor, ctx.kind, ctx.bodies) or actor
        vague = actor is None and _vague(subject)
        obj, recipient = _arguments(verb, coref)
        if owner is not None:
            obj = measured_object(subject, verb, obj)  # what was measured stays: "third-quarter net income 22%"
        if actor is None and _force(subject):
            pass  # "A knee injury has forced Smith out": a cause, not a doer (actor null)
        elif actor is None and not vague and _undergoes(verb, subject):
            # "A plane crashed": what it happened to, told like an agentless passive
            patient = phrase(subject, floor)
            obj = text_of(doc, patient[0], patient[-1])
        else:
            # "The flight landed": the airline that runs it
            actor = actor or coref.operator(subject) or coref.antecedent(subject) or coref.phrase(subject)
    if nominal is None:
        action = _action(verb)
        told = speech_noun_act(verb, coref) if not passive else None
        if told is not None:
            # "issued a warning that prices would rise": the act the noun names, on the noun's complement
            action, recipient = told[0], told[2] or recipient
            obj = obj if told[1] is None else told[1] or None
        stance = stance_participle(verb) if told is None and not passive else None
        if stance is not None:
            # "Sanders is prepared for a floor fight": the stance taken is the act, its phrase what it is taken on
            phrases = [subtree_range(c)[1] for c in children_of(stance[1]) if c.dep_ == "prep"]
            action, obj = stance[0], text_of(doc, stance[1].i + 1, max(phrases))
    first, last = _story_range(verb, ctx)
    tokens = tokens_of(doc)
    span = char_span(ctx.text, tokens[first].idx, tokens[last].idx + len(tokens[last].text))
    event = Event(
        actor=actor,
        action=action,
        object=obj,
        recipient=recipient,
        negated=negated(verb) and owned is None,
        hedged=(hedged(verb) or belief) and owned is None,
        attributed_to=attributed,
        span=span,
    )
    titled = ctx.title.overlap(first, last, verb, actor)
    value = _news_value(verb, event, ctx, passive=passive, vague=vague, titled=titled)
    return value * (1.0 + _TITLE_WEIGHT * titled), event


def _named_heading_clause(verb: Token, floor: int, who: list[Actor], *, deck: bool = False) -> bool:
    """A clause of the heading block whose subject names a `who` actor ("Sanders lays off 200 staffers");
    not "Mayor urges ferry inquiry", "Council leader says harbour board has to answer" (extractors/heading.py).
    A heading above a wire dateline is read above its floor (``above_floor``) when it is the title (none sent, or
    the sent one repeated), not a deck under another sent title ("Trump is outworked in states ..." under "Cruz
    wins most Wyo. delegates"), which stays no event."""
    subject, _ = subject_of(verb, floor if deck else above_floor(verb, floor))
    return subject is not None and subject.i < verb.i and named_subject(subject, who)


def _repeats_title(heading: str, title: str | None) -> bool:
    """Whether the heading block is the article's title: none sent, or half the sent title's words in it."""
    if title is None:
        return True
    sent, held = title_words(title), set(title_words(heading))
    return 2 * sum(1 for w in sent if w in held) >= len(sent)


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
    ctx = _context(doc, who, sources, title, reference)
    scored: list[tuple[float, int, Event]] = []
    marked = furniture(doc)
    askers = _askers(ctx.kind)
    heading_last = heading_end(doc)  # the heading block the text opens with: an event only where it names its doer
    deck = heading_last >= 0 and not _repeats_title(doc[: heading_last + 1].text, title)
    for verb in candidates(doc):  # (a verb that is neither a clause's, a participle nor a report states none)
        if verb.i <= heading_last and not _named_heading_clause(verb, ctx.coref.floor, who, deck=deck):
            continue
        if plain_report(verb) and not marked.token(verb.i):
            claim = _claim(verb, ctx)
            if claim is not None:
                scored.append((claim[0], verb.i, claim[1]))
        if not (_event_verb(verb) or titled_participle(verb, ctx)) or marked.token(verb.i):
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
