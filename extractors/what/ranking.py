"""News value: where a clause stands, how central it is, who does it, penalties; the ranking."""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Span, Token

from extractors.clauses import by_agent
from extractors.kinds import Kind, interview
from extractors.lexicons.attribution import JUDGING_VERBS, SPEECH_VERBS
from extractors.lexicons.events import (
    BACKGROUND_ADVERBS,
    BACKGROUND_MARKS,
    DEFINITE_DETERMINERS,
    EMPTY_LIGHT_VERBS,
    HAPPENING_VERBS,
    LISTING_VERBS,
    OPINION_VERBS,
    PRO_VERB_OBJECTS,
    PRO_VERBS,
    PSYCH_VERBS,
    SEQUEL_PREPOSITIONS,
    SEQUEL_VERBS,
    SIDE_STORY_OPENERS,
    SPEECH_ACT_EVENTS,
    VEHICLE_VERBS,
)
from extractors.spans import char_span
from extractors.tree import children_of, subtree_ids, tokens_of
from extractors.types import Actor, Event
from extractors.what.arguments import purpose
from extractors.what.context import _Context, line_break, years
from extractors.what.empty_acts import EMPTY_ANNOUNCEMENT, empty_announcement
from extractors.what.verbs import (
    _CLAUSES,
    _raising,
    as_named_subject,
    decider,
    main_participle,
    raising_adjective,
    reports,
    speech_act,
    stance_act,
)

_MAX_EVENTS = 30


# How much the title's words in a clause raise its news value (the title, when sent, states the news).
_TITLE_WEIGHT = 2.0


def _news_value(verb: Token, event: Event, ctx: _Context, *, passive: bool, vague: bool, titled: float = 0.0) -> float:
    """Position (the lead first), centrality of the clause, salience of the doer, penalties (``titled``: the share
    of the title's words the clause holds)."""
    k = ctx.unit_of(verb.i)
    # news puts the main event in the lead (the inverted pyramid): it outweighs the rest; the act the title
    # states ("Netanyahu rejects ...") stands there too, wherever it is first told
    told = titled_act(verb, event, ctx, titled)
    lead = k <= ctx.lead or told
    position = 1.0 if lead else 0.55 / (1.0 + 0.3 * (k - ctx.lead - 1))
    # the title's act told as a fact in a relative clause, a participle, a clause of time or a report ("President
    # Obama, who endorsed Clinton on Thursday, is making his pitch" under "Obama's Endorsement ...") is the news:
    # its clause weighs as a main one
    clause = 1.0 if told and told_as_fact(verb) else _centrality(verb)
    actor = event.actor
    doer = ctx.coref.salience.get(actor, 0.0) if actor else 0.0
    lemma = verb.lemma_
    weight = (
        position
        * clause
        * (0.8 + 0.2 * doer)
        * (1.2 if event.object and not passive else 1.0)
        * (
            # "is prepared for a fight" (action *prepare*) weighs as the copula it is
            _copula(verb, lead=k <= ctx.lead, kept=event.negated or event.action not in ("be", stance_act(verb)))
            if lemma == "be"
            else _STATE
            if lemma == "have"
            else 1.0
        )
        # "X was horrified by the attack": a reaction to the news, not the news
        * (_REACTION if _reaction(verb) else 1.0)
        # "Other nominees include The Guardian ...": a list of members describes, as a copula does
        * (_copula_like(verb, lead=k <= ctx.lead) if lemma in LISTING_VERBS else 1.0)
        # "Wenger feels ...", "got into the enclosure", "can tax or seize the sites": a weak act (``weak_act``)
        * (_WEAK if weak_act(verb, event) else 1.0)
        # "Chelsea denied the meeting", "Brown vowed to ...": a named actor's speech act past the lead is news
        * (_SPOKEN_NEWS if k > ctx.lead and _named_speech_act(verb, actor, ctx) else 1.0)
        # "Celebrities might not welcome such a change" past the lead: a possibility, below what happened
        * (_HEDGED if event.hedged and k > ctx.lead else 1.0)
        # a doer that names nobody ("they", "the pair") makes a poor main event
        * (0.7 if vague else 1.0)
        # words in quotation marks are what someone said, rarely the news event itself
        * (0.5 if ctx.quoted[verb.i] else 1.0)
        # the writer or speaker's own "I" / "we": a view or an anecdote, not the news
        * (0.6 if actor and actor.lower() in ("i", "we", "you") else 1.0)
        # background: "had been", "had won", "has previously planned"
        * (0.7 if any(_background(c) for c in children_of(verb)) else 1.0)
        # "Last year, ...", "More than five years ago, ...": background told before the news
        * (0.7 if ctx.past[k] else 1.0)
        # "Mitch killed 10,000 people in 1998", "In 2002, she won ...": an act of years before the news
        * (0.7 if ctx.now is not None and dated_before(verb, ctx.now - 1) else 1.0)
        # a question or a scene set for the reader ("Imagine ...") states no news
        * (0.4 if ctx.aside[k] else 1.0)
        # "The probe follows the mayor's comments", "The deal comes as a boost": a frame for the news
        * (_SEQUEL if _sequel(verb, actor, ctx) else 1.0)
        # "The drumbeat grew louder as Patti Davis blasted Trump": a scene framing a named doer's act
        * (_SEQUEL if scene_frame(verb) else 1.0)
        # "I have two announcements": the act of announcing yields to what is announced
        * (EMPTY_ANNOUNCEMENT if empty_announcement(verb) else 1.0)
        # "Nasa is doing it": the act is told in another clause ("It is podcasting")
        * (_PRO_VERB if pro_verb(verb) else 1.0)
        # "The accident happened late Tuesday on the Rhine": when and where of an act told elsewhere
        * (_HAPPENING if happening_frame(verb) else 1.0)
        # "took to Twitter to announce ...": the taking to a medium is how, the announcing what
        * (_VEHICLE if vehicle(verb) else 1.0)
        # "Meanwhile, ...": a side story
        * (0.6 if _side_story_at(ctx, k) else 1.0)
        # a photo caption describes a picture, not the story's news
        * (0.3 if ctx.furniture[k] else 1.0)
        # an interview's answers are what someone says, not news of the day
        * (0.5 if ctx.kind.spoken and ctx.kind.in_turn(verb.idx) else 1.0)
    )
    return weight


# A decided act told by its noun ("Russia's decision to bar") counts as a speech act's clause does.
_DECIDED = 0.85
# "has no doubt", "have a special zone": possession states a state, like a copula with a noun.
_STATE = 0.5
# An experiencer's reaction ("was horrified by", "is saddened by"): a reply to the news, below it.
_REACTION = 0.6


# A weak act (an opinion with no object, a light verb with none, a verb whose object its conjunct
# takes) yields to the acts told in full: half, like a frame for the news.
_WEAK = 0.5
# A hedged act past the lead (may, could, reportedly, is expected to) is a possibility: below the acts
# that happened. The lead's hedge keeps its weight ("Acme is expected to announce ...": often the news).
_HEDGED = 0.75
# A speech act of another named actor past the lead (a denial, a warning, a reaction: ``SPEECH_ACT_EVENTS``)
# is often the news the annotators rank second or third ("Chelsea denied the meeting", "the Conservatives
# insisted voters face higher taxes"): it outweighs the plain facts told beside it.
_SPOKEN_NEWS = 1.3


# A clause past the lead that tells the title's act stands where the lead does (``titled_act``); an act other than
# a speech act must hold this many of the title's words (its doer's name and its verb among them): "Nadal puts
# Spain 2-0 up" is not told by "Nadal put the American under pressure" at the end of the report.
_TITLED_WORDS = 3
# Verbs that state no act of their own for a title to tell ("Obama is ...", "Apple has ...").
_STATELESS = frozenset(["be", "have"])


def titled_act(verb: Token, event: Event, ctx: _Context, titled: float) -> bool:
    """The first telling of the act the title states, past the lead: the verb holds a title word, the title names
    its doer (a `who` actor) before that word, no earlier verb of the same lemma holds one, and (but for a speech
    act of the news, ``SPEECH_ACT_EVENTS``, or a verb of judging, ``JUDGING_VERBS``) the clause holds
    ``_TITLED_WORDS`` of the title's words (``titled``: the share ``_TitleIndex.overlap`` gives) and is not hedged
    (a possibility is not the act done); a title word that names a doer by the act ("Sanders supporters") titles
    no act. "Netanyahu rejects Trump's remarks" for 'he tweeted that he "rejects Donald Trump's latest comments"',
    told in the sixth paragraph after a lead on the meeting. Never a negated clause ("Obama did not found ISIS"
    under a title quoting the claim), nor quoted words unless the title opens with that doer and verb (a quote
    holding the title's verb is often someone else's)."""
    actor = event.actor
    if actor is None or actor not in ctx.coref.salience or verb.i not in ctx.title.marked or event.negated:
        return False
    lemma = verb.lemma_.lower()
    if lemma in _STATELESS or ctx.title.told_before(verb):
        return False
    if all(_doer_noun(word, lemma) for word in ctx.title.held_by(verb.i)):
        return False  # "Sanders supporters threaten ..." titles no act of supporting
    if not (lemma in SPEECH_ACT_EVENTS or lemma in JUDGING_VERBS or speech_act(verb)) and (
        titled * (ctx.title.size + 1) < _TITLED_WORDS + 1 or event.hedged  # (the verb counts twice in ``titled``)
    ):
        return False
    if ctx.title.agent_of(verb) == actor:
        return True
    return not ctx.quoted[verb.i] and ctx.title.names_before(actor, verb)


def titled_participle(verb: Token, ctx: _Context) -> bool:
    """A past participle hung on a noun with a doer after "by", holding a title word: the title's act told as the
    noun's modifier ("In a 2013 video uncovered by Fox News, a diplomat said ..." under "Fox News Just Uncovered A
    Video ...", "an email released by Judicial Watch" under "The Email ... Was Just Released"), an event of its own.
    Not a participle the title does not tell ("a campaign backed by donors"): such a modifier describes its noun."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.i in ctx.title.marked
        and verb.lemma_.lower() not in _STATELESS
        and by_agent(verb) is not None
    )


# Clauses that tell an act as done, whatever they hang on: a relative clause or a participle ("Obama, [who endorsed
# Clinton], is ..."), and a clause of time by its opening word ("[after the government approved the funding]").
_FACT_CLAUSES = frozenset(["relcl", "acl"])
_TIME_MARKS = frozenset(["after", "when", "as"])


def told_as_fact(verb: Token) -> bool:
    """Whether a subordinate clause tells its act as done (``_FACT_CLAUSES``, a clause of time, a clause a report
    frames), not as asked, wished, conceded or earlier ("investigate [whether she perjured herself]", "has yet [to
    rally]", "[though he was paying fewer staff]", "[who had previously endorsed Bush]")."""
    children = list(children_of(verb))
    if any(_background(c) for c in children):
        return False
    marks = {c.lower_ for c in children if c.dep_ == "mark"}
    if verb.dep_ in _FACT_CLAUSES:
        return True
    if verb.dep_ == "advcl":
        return bool(marks & _TIME_MARKS)
    return verb.dep_ in ("ccomp", "parataxis") and reports(verb.head) and not marks & {"whether", "if"}


# Endings of a noun of the doer made from a verb ("supporters", "challenger", "investors").
_DOER_ENDINGS = ("r", "rs", "er", "ers", "or", "ors")


def _doer_noun(word: str, lemma: str) -> bool:
    """ "supporters" for "support", "challenger" for "challenge": the title names a doer by the act, not the act."""
    return word.startswith(lemma) and word[len(lemma) :] in _DOER_ENDINGS


def _named_speech_act(verb: Token, actor: str | None, ctx: _Context) -> bool:
    """A speech act (``SPEECH_ACT_EVENTS``) told by the writer, not quoted, whose doer is a `who` actor other
    than the article's main one (another voice: the main actor's own acts weigh by its salience and the
    lead already; "Christian Aid warned ... Christian Aid condemned the move" is the lead told again)."""
    if actor is None or verb.lemma_.lower() not in SPEECH_ACT_EVENTS or ctx.quoted[verb.i]:
        return False
    salience = ctx.coref.salience
    return actor in salience and salience[actor] < max(salience.values())


# What makes a clause more than a bare verb: an object or a complement of its own.
_FILLED = frozenset(["dobj", "attr", "acomp", "oprd", "dative", "xcomp", "ccomp", "prt", "agent"])


def weak_act(verb: Token, event: Event) -> bool:
    """A clause that tells little news of its own (``OPINION_VERBS``, ``EMPTY_LIGHT_VERBS``): an
    opinion or a feeling with no object ("Wenger feels ...": the stance, not the news), a light verb
    with no noun object nor particle ("a 3-year-old got into the enclosure"), and a verb with no
    object of its own whose conjunct, sharing its subject, has one ("the government can tax or seize
    unused farm sites": the seizing tells the act with its object). The event stays in the list, lower."""
    if event.negated:
        return False  # "did not want", "never got": a negation is often the news
    lemma = verb.lemma_.lower()
    children = list(children_of(verb))
    if lemma in OPINION_VERBS:
        # "wants Cuban diplomats to meet his son": the wish of another's act is the act told
        return event.object is None and not any(c.dep_ in ("ccomp", "xcomp") and wished(c) for c in children)
    if lemma in EMPTY_LIGHT_VERBS:
        return not any(c.dep_ in _FILLED for c in children) and not any(c.dep_ == "auxpass" for c in children)
    if event.object is not None or any(c.dep_ in _FILLED for c in children):
        return False
    # the conjunct shares the subject ("tax or seize the sites"; not "fled and two people suffered injuries")
    return any(
        c.dep_ == "conj"
        and any(g.dep_ == "dobj" for g in children_of(c))
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in children_of(c))
        for c in children
    )


# A frame for the news ("The probe follows ...", "It comes after ..."): context, like a clause completing a noun.
_SEQUEL = 0.5


def _sequel(verb: Token, actor: str | None, ctx: _Context) -> bool:
    """ "The probe follows the mayor's comments", "It comes after ...", "The alliance comes as a boost":
    a clause placing the news beside another event, its subject no actor (``SEQUEL_VERBS``)."""
    if verb.lemma_ not in SEQUEL_VERBS or (actor is not None and actor in ctx.coref.salience):
        return False
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("NOUN", "PRON") or subject.ent_type_:
        return False
    if verb.lemma_ == "follow":
        return any(c.dep_ == "dobj" for c in children_of(verb))
    return any(
        (c.dep_ == "prep" and c.lower_ in SEQUEL_PREPOSITIONS) or c.dep_ == "npadvmod" for c in children_of(verb)
    )


# The words opening a clause of time that tells the news a scene frames ("grew louder as ...", "took a turn when ...").
_FRAMED_MARKS = frozenset(["as", "when"])


def framed_act(clause: Token) -> bool:
    """ "The drumbeat grew louder [as Patti Davis blasted Trump]", "The showdown took a more personal turn [when
    Saddam Hussein called Bush a liar]": a clause of time after its head, whose subject is a name, told under a
    scene (``scene_frame``): the named doer's act is the news, the scene its frame."""
    if clause.dep_ != "advcl" or clause.i < clause.head.i or not _scene(clause.head):
        return False
    children = list(children_of(clause))
    if any(_background(c) for c in children) or (clause.tag_ == "VBG" and any(c.dep_ == "aux" for c in children)):
        return False  # "just as Kenya was hoping for an end to a slump", "as it had done": a state, background
    if reports(clause) and not any(c.dep_ in _FILLED for c in children):
        return False  # "The numbers changed, as Sanders has acknowledged": a comment on the clause, not an act
    subject = next((c for c in children if c.dep_ == "nsubj"), None) or as_named_subject(clause)
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ not in _NAMED_DOERS:
        return False
    opener = subject.head if subject.dep_ == "pobj" else None  # "as" the parser made a preposition
    return (opener is not None and opener.lower_ in _FRAMED_MARKS) or any(
        c.dep_ in ("mark", "advmod") and c.lower_ in _FRAMED_MARKS and c.i < clause.i for c in children
    )


# The entity types of a name that does an act (a person, an organisation, a country, a group).
_NAMED_DOERS = frozenset(["PERSON", "ORG", "GPE", "NORP"])


def _scene(verb: Token) -> bool:
    """A main clause whose subject is a definite description naming no one ("The drumbeat", "The angry crowd")."""
    if verb.dep_ != "ROOT" or verb.lemma_ in SPEECH_VERBS:
        return False
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and subject.pos_ == "NOUN"
        and not subject.ent_type_
        and any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in subject.children)
    )


def scene_frame(verb: Token) -> bool:
    """A scene (``_scene``) that frames a named doer's act told in its clause of time (``framed_act``)."""
    return any(framed_act(c) for c in children_of(verb) if c.dep_ == "advcl")


# A pro-verb ("Nasa is doing it") repeats an act told in another clause: far below that telling.
_PRO_VERB = 0.4


def pro_verb(verb: Token) -> bool:
    """ "Nasa is doing it", "couples did so", "as they did": a pro-verb (``PRO_VERBS``) whose object is
    a pro-form (``PRO_VERB_OBJECTS``, "the same") or left out, so the act is told elsewhere."""
    if verb.lemma_.lower() not in PRO_VERBS:
        return False
    children = list(children_of(verb))
    if any(c.dep_ in ("xcomp", "dative") for c in children):
        return False  # "did it to win", "did them a favour": more than a pro-form
    objects = [c for c in children if c.dep_ == "dobj"]
    if not objects and any(c.dep_ == "prep" for c in children):
        return False  # "did well in the exams", "done by anyone with a microphone"
    if not objects:
        # "did so", "did too", "as they did"; not "did well", "did badly"
        return not any(c.dep_ in ("acomp", "advmod") and c.lower_ not in PRO_VERB_OBJECTS for c in children)
    return all(
        o.lower_ in PRO_VERB_OBJECTS or (o.lower_ == "same" and o.i > 0 and o.nbor(-1).lower_ == "the") for o in objects
    )


# "The accident happened on Tuesday" tells no act of its own: its act ("the ship hit a pillar") is often
# told in a subordinate clause of the next sentence (0.55 x 0.5), so the frame must fall below that.
_HAPPENING = 0.25


def happening_frame(verb: Token) -> bool:
    """ "The accident happened late Tuesday on the Rhine", "The attack took place at dawn": a verb of
    happening (``HAPPENING_VERBS``, "take place") whose subject is a definite description (a common
    noun after "the", "this" ...: an act told elsewhere) dates and places that act."""
    lemma = verb.lemma_.lower()
    children = list(children_of(verb))
    if lemma not in HAPPENING_VERBS and not (
        lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" and not list(c.children) for c in children)
    ):
        return False
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and subject.pos_ == "NOUN"
        and not subject.ent_type_
        and any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in subject.children)
    )


# A verb of taking to a medium ("took to Twitter") yields to its purpose, the act it was taken for.
_VEHICLE = 0.5


def vehicle(verb: Token) -> bool:
    """ "took to Twitter to announce", "went on television to deny": a verb of taking to a medium with
    its preposition (``VEHICLE_VERBS``) and an infinitive of purpose that says something (a verb of saying
    or a speech act), which carries the act; not "went on holiday to relax"."""
    preps = VEHICLE_VERBS.get(verb.lemma_.lower())
    if preps is None:
        return False
    children = list(children_of(verb))
    return any(c.dep_ == "prep" and c.lower_ in preps for c in children) and any(
        purpose(c) and (c.lemma_.lower() in SPEECH_VERBS or c.lemma_.lower() in SPEECH_ACT_EVENTS) for c in children
    )


def _reaction(verb: Token) -> bool:
    """ "Johnson was horrified by the attack", "fans were stunned": a feeling the news caused."""
    return verb.lemma_ in PSYCH_VERBS and any(c.dep_ == "auxpass" for c in children_of(verb))


def _background(child: Token) -> bool:
    """A word that makes its clause background: "had" (past perfect), "previously"."""
    return (child.dep_ == "aux" and child.lower_ == "had") or (
        child.dep_ == "advmod" and child.lower_ in BACKGROUND_ADVERBS
    )


# Prepositions of a time adjunct that dates its clause ("in 1998", "during 2001", "on 3 May 2001"); not
# "since 1998" (a state up to now) nor "by 2050".
_DATING_PREPOSITIONS = frozenset(["in", "during", "on", "at"])


def dated_before(verb: Token, year: int) -> bool:
    """Whether a clause dates its act to a year before ``year``, by a time adjunct of its own verb or of
    a verb coordinated with it ("killed 10,000 people and caused damage in 1998"), or of a clause of time
    it governs ("when it was sold in 2001"): background to the news, told for context."""
    written = years(verb.doc)  # (the years the Doc writes, by token: none asked of a Token here)
    if not written:
        return False
    verbs = [verb, *(c for c in children_of(verb) if c.dep_ in ("conj", "advcl") and c.pos_ in ("VERB", "AUX"))]
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verbs.append(verb.head)
    dated = [
        found
        for v in verbs
        for c in children_of(v)
        if (c.dep_ == "prep" and c.lower_ in _DATING_PREPOSITIONS) or c.dep_ in ("npadvmod", "tmod")
        for i in subtree_ids(c)
        if (found := written.get(i)) is not None
    ]
    return bool(dated) and max(dated) < year


def _side_story_at(ctx: _Context, k: int) -> bool:
    """``_side_story`` of unit ``k``, read once per unit (its events ask it one by one)."""
    found = ctx.side.get(k)
    if found is None:
        found = ctx.side[k] = _side_story(ctx.units[k])
    return found


def _side_story(sent: Span) -> bool:
    """A sentence that turns to a side story: "Meanwhile, ...", "Separately, ..."."""
    opening = tokens_of(sent.doc)[sent.start : min(sent.start + 3, sent.end)]  # (sent[:3] without a Span)
    words = [t for t in opening if not t.is_space and t.text not in ('"', "“", "'")]
    return len(words) >= 2 and words[0].lower_ in SIDE_STORY_OPENERS and words[1].text == ","


def _centrality(verb: Token) -> float:
    """How central a clause is: the product of its dependencies up to the sentence's root, a
    reported clause counting as its report ("Shin said [North Korea sent ...]" is central, "quit,
    saying [he made the decision]" is not)."""
    if decider(verb) is not None:
        # "reacted to Russia's decision to bar foreign firms": the decided act counts as a speech
        # act's clause in the clause that holds its noun
        holder = verb.head
        while holder.pos_ not in ("VERB", "AUX") and holder.head.i != holder.i:
            holder = holder.head
        return _DECIDED * (_centrality(holder) if holder.pos_ in ("VERB", "AUX") else 1.0)
    weight = 1.0
    token = verb
    for _ in range(8):
        head = token.head
        if token.dep_ == "ROOT" or head.i == token.i or line_break(token.doc, token.i, head.i):
            break  # a clause on a line after its head's starts a sentence of its own (``units``)
        dep = token.dep_
        if main_relative(token) or main_participle(token):
            break  # "Chart-topping star Usher is leading the field": the parser's root is the noun
        if dep in ("ccomp", "xcomp") and wished(token) and not reports(head):
            # "wants Cuban diplomats [to meet his son]", "would allow the government [to push for ...]": an act
            # wished, asked or allowed, not done: below the wanting, the asking
            weight *= _WISHED
        elif dep in ("ccomp", "parataxis") and reports(head):
            # "denied sending weapons": the denial is the news, the sending its object
            weight *= 0.85 if speech_act(head) else 1.0
        elif dep == "xcomp" and _raising(head):
            pass  # "appears to have sent", "is to marry": the embedded verb is the event
        elif dep == "advcl" and purpose(token) and vehicle(head):
            pass  # "took to Twitter to announce": the announcing stands where the taking does
        elif framed_act(token):
            pass  # "grew louder [as Patti Davis blasted Trump]": the named doer's act stands where its frame does
        else:
            weight *= _CLAUSES.get(dep, 0.5)
            if dep == "advcl" and any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in children_of(token)):
                weight *= 0.5  # "since he took office": the time the news is measured from, background
        token = head
        if raising_adjective(token):
            token = token.head  # "is ready to launch": the launching stands where the copula does
        if token.pos_ not in ("VERB", "AUX"):
            # "amid fears [it could slam down]": a clause completing a noun is background
            weight *= 0.5 if dep in ("ccomp", "acl", "relcl") else 1.0
            break
    return weight


# An act another wants, asks for or allows ("wants X to meet", "allow X to push"): not done, below the wish.
_WISHED = 0.5


def wished(clause: Token) -> bool:
    """ "[Cuban diplomats] to meet his son": an infinitive clause with a subject of its own, the object of a
    verb of wanting, asking or allowing (not "said the company expects ...": a report)."""
    children = list(children_of(clause))
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in children
    )


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


# A copula's description yields to an act (x0.6 on each weight below: "Vantor is a quiet town" below
# "rebels shelled its market", "it was Sun" below "the flight experienced a delay"); a negated one ("the
# station is not out of control") or a comparison ("were better than expected") is often the news itself
# and keeps its weight.
_COPULA_LOW = 0.6


def _copula(verb: Token, *, lead: bool, kept: bool = False) -> float:
    """A copula states less than an action: a class ("is a company") least, a state ("is ready", "is
    not out of control") more, and "is ready to launch", "is set to", "is to" as much. Past the lead a
    copula is a description ("She is the first athlete to ...", "The ocean is full of eddies") rather
    than the news the lead may state by one ("UK retail sales were better than expected"): lower still.
    Any copula yields to an act (``_COPULA_LOW``) but a compared one and those ``kept``: a negated one, or
    one whose event is an act told by its noun ("An investigation is under way": *investigate*)."""
    if any(c.dep_ in ("acomp", "xcomp") and any(g.dep_ == "xcomp" for g in children_of(c)) for c in children_of(verb)):
        return 1.0
    # "were better than expected": a result measured against a forecast is the news, as a negation is
    compared = any(c.dep_ == "acomp" and c.tag_ in ("JJR", "RBR") for c in children_of(verb))
    low = 1.0 if kept or compared else _COPULA_LOW
    if any(c.dep_ == "attr" for c in children_of(verb)):
        return (0.5 if lead else 0.35) * low
    return (0.75 if lead else 0.5) * low


def _copula_like(verb: Token, *, lead: bool) -> float:
    """ "Other items include an evening gown", "The nominees include ...": a listing verb with an object
    describes the set its subject names, weighed as a copula with a noun is (``_copula``)."""
    if not any(c.dep_ == "dobj" for c in children_of(verb)):
        return 1.0
    return (0.5 if lead else 0.35) * _COPULA_LOW


def _askers(kind: Kind) -> set[str]:
    """The interviewers of an interview or transcript: speakers whose turns are mostly questions."""
    if not kind.spoken:
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
    """One act told twice (a title line and the lead, the lead and a later paragraph: "Equifax confirms
    ..." twice, "An Egyptian court sentenced Mohamed Morsi ..." twice) is one event: the repeat folds into
    the first telling, the one the title, the lead and the clause's place rank higher, unless the repeat,
    placed near as high, tells more of it (a doer or an object the first leaves out); the telling kept
    keeps its own clause and offsets. The same doer doing the same thing to something else ("Boko Haram released the
    girls ... a boy was released") ranks at half its value, so the top events tell different things."""
    kept: list[tuple[float, int, Event]] = []
    by_action: dict[str, list[int]] = {}  # (the places in ``kept`` of each verb's events)
    seen: set[tuple[str | None, str]] = set()
    for weight, i, event in ranked:
        places = by_action.setdefault(event.action, [])
        k = next((k for k in places if same_act(kept[k][2], event)), None)
        if k is not None:
            first_weight, _, first = kept[k]
            if _support(event) > _support(first) and weight * 2 >= first_weight:
                # "Harlow Bank Confirms" (a title line run into the page) over the lead's "the bank
                # has confirmed an earlier incident": the telling that says what, in the first's place
                kept[k] = (first_weight, i, event)
            continue  # told again: the first telling stands for both
        key = (event.actor, event.action)
        places.append(len(kept))
        kept.append((weight * 0.5 if key in seen else weight, i, event))
        seen.add(key)
    return sorted(kept, key=lambda x: (-x[0], x[1]))


def _support(event: Event) -> int:
    """How much of who-did-what an event tells: its doer, its object."""
    return int(event.actor is not None) + int(event.object is not None)


# Words that say nothing of which thing an object is: "the", "of" ... and counting words ("mln",
# "pct": figures are compared as numbers).
_FILLER = frozenset(["the", "a", "an", "of", "to", "in", "on", "for", "and", "or", "its", "his", "her", "their"])


@functools.lru_cache(maxsize=4096)
def _words(phrase: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """(content words, numbers) of a phrase, folded (cached: each event's object is compared with many)."""
    words = {w.casefold().removesuffix("'s").removesuffix("’s") for w in re.findall(r"[\w'’.,-]+", phrase or "")}
    numbers = frozenset(w.strip(".,") for w in words if any(ch.isdigit() for ch in w))
    content = {w.strip(".,") for w in words if w not in numbers and w.strip(".,") not in _FILLER} - {""}
    return frozenset(content), numbers


def _same_doer(a: str | None, b: str | None) -> bool:
    """The same doer: one name, or one description inside the other ("a new iceberg", "The new iceberg")."""
    if a == b:
        return True
    if a is None or b is None:
        return False
    x, y = _words(a)[0], _words(b)[0]
    return bool(x) and bool(y) and (x <= y or y <= x)


def same_act(a: Event, b: Event) -> bool:
    """Two events that tell one act: the same verb, the same doer (or one doer untold: "Soybean imports
    are forecast to rise", "the embassy said"), the same negation and hedging ("could have received aid"
    is not "has received aid"), and objects that name the same thing (a content word in common and, when
    both give figures, a figure in common: "net income of 790,000 dlrs" and "a net loss of 6.5 mln dlrs"
    are two results) or one object untold ("Equifax confirms" over "Equifax confirmed an incident")."""
    if a.action != b.action or a.negated != b.negated or a.hedged != b.hedged:
        return False
    if not (_same_doer(a.actor, b.actor) or (a.actor is None) != (b.actor is None)):
        return False
    if a.object is None or b.object is None:
        return a.actor is not None and b.actor is not None
    (wa, na), (wb, nb) = _words(a.object), _words(b.object)
    return bool(wa & wb) and (not na or not nb or bool(na & nb))
