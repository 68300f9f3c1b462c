"""Denials: who denied or rejected what claim, linked to the claim they contest.

A denial is a cue from ``lexicons.attribution.DENIAL_VERBS`` (or "brushed off", "called the
allegations baseless", "said it was not true") whose object is a claim: a clause ("denied that
..."), a gerund ("denied having ..."), or a claim-like noun ("the allegations", "reports of ...",
"the existence of an arms deal"). Refusals are not denials: "denied permits", "denied him
access", "rejected the plan/offer/bill". Negated cues ("did not deny", "refused to deny") are not
denials either.

``contests`` points at the attribution in ``sources`` that made the claim: the earlier
attribution, by someone other than the deniers, whose content is about the deniers (mentions
them) and shares the most words with the denied claim, preferring accusations.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Token

from extractors.actors import ActorIndex, actor_index
from extractors.lexicons import attribution as lex
from extractors.sources.spans import entity_text, fullest_person, phrase_chars, trim_tokens
from extractors.spans import char_span
from extractors.tree import children_of
from extractors.types import Actor, Attribution, Denial, Span

VERSION = 2

_CUE_LEMMAS = lex.DENIAL_VERBS | {verb for verb, _ in lex.DENIAL_PHRASALS}
_RELATIVE_OBJECTS = frozenset(["which", "that", "what"])
_NEGATORS = frozenset(["not", "n't", "never", "no", "neither", "nor"])
_NEGATING_HEADS = frozenset(["refuse", "decline", "fail", "hesitate", "stop", "cease", "try", "attempt", "seek"])
# cue words (by 5-letter stem) whose content is a claim someone may deny
_ACCUSING_STEMS = lex.words("accus alleg claim charg repor suspe")
_STOP = lex.words(
    """the a an of to in on for and or that this these those with by from as at is was were are be been has
    have had it its their his her they he she who which not no any between among two both"""
)


def extract_denials(
    doc: Doc, *, reference: date | None = None, who: list[Actor], sources: list[Attribution]
) -> list[Denial]:
    """Denials in order of appearance, each with its deniers, the claim denied and what it contests."""
    if len(doc) == 0:
        return []
    actors = actor_index(doc, who)
    text = doc.text  # Doc.text joins every token: read it once
    found: list[Denial] = []
    claims = _Claims(sources, actors)
    for token in doc:
        denial = _denial_at(doc, text, token, actors, sources, claims)
        if denial is not None:
            found.append(denial)
    return sorted(found, key=lambda d: d.cue_span.start)


def _denial_at(
    doc: Doc, text: str, token: Token, actors: ActorIndex, sources: list[Attribution], claims: _Claims
) -> Denial | None:
    lemma = token.lemma_.lower()
    if token.pos_ not in ("VERB", "AUX") or not (lemma in _CUE_LEMMAS or lemma in ("call", "say")):
        return None
    particle = next((c for c in children_of(token) if c.dep_ in ("prt", "advmod") and c.i == token.i + 1), None)
    phrasal = particle is not None and (lemma, particle.lower_) in lex.DENIAL_PHRASALS
    if lemma in lex.DENIAL_VERBS or phrasal:
        claim = _claim_object(token, lemma)
        cue_end = particle if phrasal and particle is not None else token
        cue = char_span(text, token.idx, cue_end.idx + len(cue_end))
        label = cue.text
    elif lemma == "call":
        claim = _called_false(token)
        cue, label = char_span(text, token.idx, token.idx + len(token)), token.text
        if claim is not None:
            adjective = next(c for c in children_of(token) if c.dep_ in ("oprd", "xcomp", "acomp"))
            label = f"{token.text} {adjective.text}"
    elif lemma == "say":
        claim = _said_false(token)
        cue, label = char_span(text, token.idx, token.idx + len(token)), token.text
        if claim is not None:
            label = f"{token.text} not true"
    else:
        return None
    if claim is None or _negated(token):
        return None
    denied = char_span(text, *claim)
    subject, heads = _deniers(token)
    denier_span = char_span(text, *subject) if subject is not None else None
    deniers = [_name(doc, h, actors, sources) for h in heads]
    return Denial(
        deniers=[d for d in deniers if d],
        denier_span=denier_span,
        cue=label,
        cue_span=cue,
        denied=denied.text,
        denied_span=denied,
        contests=_contested(doc, denied, cue, heads, deniers, actors, sources, claims),
    )


def _negated(token: Token) -> bool:
    """'did not deny', 'has never disputed', 'refused to deny'."""
    if any(c.dep_ == "neg" or c.lower_ in _NEGATORS for c in children_of(token) if c.i < token.i):
        return True
    subject = next((c for c in children_of(token) if c.dep_ == "nsubj"), None)
    if subject is not None and (
        subject.lower_ in ("nobody", "none") or any(c.lower_ == "no" for c in children_of(subject))
    ):
        return True  # "No one has disputed ..."
    if token.dep_ == "acl" and token.head.lemma_.lower() in ("attempt", "effort", "bid"):
        return True  # "an attempt to dispute the polls" is not a denial made
    head = token.head
    return token.dep_ == "xcomp" and (
        head.lemma_.lower() in _NEGATING_HEADS or any(c.dep_ == "neg" for c in children_of(head))
    )


def _claim_object(token: Token, lemma: str) -> tuple[int, int] | None:
    """The claim a denial verb takes, or None when it takes something else (a permit, a plan)."""
    doc = token.doc
    children = list(children_of(token))
    if any(c.dep_ in ("dative", "iobj") for c in children):
        return None  # "denied him access": a refusal
    ccomp = next((c for c in children if c.dep_ in ("ccomp",)), None)
    if ccomp is not None and lemma in ("deny", "dispute", "contest", "refute", "rebut"):
        return trim_tokens(doc, ccomp.left_edge.i, ccomp.right_edge.i)
    gerund = next((c for c in children if c.dep_ in ("xcomp", "pcomp") and _gerund(c)), None)
    if gerund is not None and lemma == "deny":
        return trim_tokens(doc, gerund.left_edge.i, gerund.right_edge.i)
    objects = [c for c in children if c.dep_ in ("dobj", "obj")]
    if len(objects) > 1:
        return None  # "denied victims their rights": two objects make a refusal
    obj = objects[0] if objects else None
    if obj is None:
        # "pushed back on the claims", "pushed back against accusations"
        prep = next((c for c in children if c.dep_ == "prep" and c.lower_ in ("on", "against")), None)
        obj = next((c for c in children_of(prep) if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None:
        return _relative_claim(token)
    if obj.lower_ in _RELATIVE_OBJECTS and token.dep_ == "relcl":
        # "allegations, which he has denied": the relative pronoun stands for the claim
        return (obj.idx, obj.idx + len(obj)) if _claim_like(token.head) or lemma == "deny" else None
    if obj.lemma_.lower() in lex.REFUSAL_NOUNS or obj.lower_ in lex.REFUSAL_NOUNS:
        return None
    if obj.pos_ == "PRON":
        # "rejected him" is about a person; "denied it" is about a claim
        ok = obj.lower_ in ("it", "this", "that", "something", "everything", "anything", "all")
        return (obj.idx, obj.idx + len(obj)) if ok else None
    if not _claim_like(obj):
        return None
    nxt = obj.right_edge.i + 1
    if (
        lemma == "deny"
        and nxt < len(doc)
        and doc[nxt].dep_ in ("dobj", "det", "compound")
        and doc[nxt].head.i == token.i
    ):
        return None  # "denied his party the victory"
    return trim_tokens(doc, obj.left_edge.i, obj.right_edge.i)


def _relative_claim(token: Token) -> tuple[int, int] | None:
    """'an allegation rejected by ...', 'something he denied', passive 'the claim was denied'."""
    doc = token.doc
    subject = next((c for c in children_of(token) if c.dep_ == "nsubjpass"), None)
    if subject is not None:
        if subject.lower_ in _RELATIVE_OBJECTS and token.dep_ == "relcl" and _claim_like(token.head):
            return (subject.idx, subject.idx + len(subject))
        return trim_tokens(doc, subject.left_edge.i, subject.right_edge.i) if _claim_like(subject) else None
    head = token.head
    if (
        token.dep_ in ("relcl", "acl")
        and head.pos_ in ("NOUN", "PRON")
        and (_claim_like(head) or head.lower_ == "something")
    ):
        first = min((c.i for c in head.lefts), default=head.i)
        return trim_tokens(doc, first, head.i)
    return None


def _gerund(verb: Token) -> bool:
    """'denied meeting him', 'denied having met him'."""
    return verb.tag_ == "VBG" or any(c.dep_ == "aux" and c.tag_ == "VBG" for c in children_of(verb))


def _claim_like(noun: Token) -> bool:
    """Whether a noun phrase is a claim: a claim noun, or one with a 'that' clause."""
    lemma = noun.lemma_.lower()
    if lemma in lex.CLAIM_NOUNS or noun.lower_ in lex.CLAIM_NOUNS:
        return True
    return any(
        c.dep_ in ("acl", "ccomp") and any(g.lower_ == "that" and g.dep_ == "mark" for g in children_of(c))
        for c in children_of(noun)
    )


def _called_false(token: Token) -> tuple[int, int] | None:
    """'called the allegations baseless': the object is the claim denied."""
    obj = next((c for c in children_of(token) if c.dep_ in ("dobj", "obj")), None)
    adjective = next((c for c in children_of(token) if c.dep_ in ("oprd", "xcomp", "acomp")), None)
    if obj is None or adjective is None:
        return None
    words = {adjective.lower_, *(c.lower_ for c in adjective.subtree)}
    if not (words & lex.FALSITY_ADJECTIVES):
        return None
    return trim_tokens(token.doc, obj.left_edge.i, obj.right_edge.i)


def _said_false(token: Token) -> tuple[int, int] | None:
    """'said it was not true', 'said the reports were false': the subject of that clause."""
    ccomp = next((c for c in children_of(token) if c.dep_ == "ccomp"), None)
    if ccomp is None or ccomp.lemma_ != "be":
        return None
    subject = next((c for c in children_of(ccomp) if c.dep_ == "nsubj"), None)
    predicate = next((c for c in children_of(ccomp) if c.dep_ in ("acomp", "attr")), None)
    if subject is None or predicate is None:
        return None
    negated = any(c.dep_ == "neg" for c in children_of(ccomp))
    word = predicate.lower_
    false = word in lex.FALSITY_ADJECTIVES or (negated and word in ("true", "accurate", "correct", "right", "so"))
    if not false or not (subject.lower_ in ("it", "this", "that") or _claim_like(subject)):
        return None
    return trim_tokens(token.doc, subject.left_edge.i, subject.right_edge.i)


def _deniers(token: Token) -> tuple[tuple[int, int] | None, list[Token]]:
    """The subject phrase of the cue (or the agent of a passive) and the head of each conjunct."""
    verb = token
    subject: Token | None = None
    for _ in range(3):
        subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "csubj")), None)
        if subject is None:
            agent = next((c for c in children_of(verb) if c.dep_ == "agent"), None)
            subject = next((c for c in children_of(agent) if c.dep_ == "pobj"), None) if agent is not None else None
        if subject is not None or verb.dep_ not in ("conj", "xcomp", "advcl", "pcomp") or verb.head.i == verb.i:
            break
        # "by publicly denying ...": through the preposition to the verb it modifies
        verb = verb.head.head if verb.dep_ == "pcomp" else verb.head
    if subject is None:
        return None, []
    span = phrase_chars(token.doc, subject)
    if subject.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
        subject = verb.head  # the span stays "who"; the name comes from the noun it stands for
    heads = [subject, *subject.conjuncts]
    return span, sorted(heads, key=lambda t: t.i)


def _name(doc: Doc, head: Token, actors: ActorIndex, sources: list[Attribution]) -> str:
    """Canonical name of one denier: the article's actor, else the name as written."""
    found = actors.at(head.idx, head.idx + len(head))
    if found:
        return found[0].name
    if head.pos_ == "PRON":
        # "He denied ...": the person most recently quoted before
        for attribution in reversed([s for s in sources if s.cue_span.start < head.idx]):
            if attribution.source and attribution.source_type in (
                ("person",) if head.lower_ in ("he", "she") else ("organization", "agency", "unnamed")
            ):
                return attribution.source
        return head.text
    if head.ent_type_ == "PERSON":
        return fullest_person(doc, head)
    if head.ent_type_:
        return re.sub(r"^(?:the|The)\s+", "", entity_text(head))
    first = min((t.i for t in head.lefts if t.dep_ not in ("det", "preconj", "cc", "punct")), default=head.i)
    return doc[first : head.i + 1].text


def _stems(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP and len(w) > 2}


class _Claims:
    """The attributions' contents, indexed once per article by stem and by actor, so that a denial
    only scores the claims that share a word or an actor with it (scoring every earlier claim for
    every denial was quadratic in long articles)."""

    def __init__(self, sources: list[Attribution], actors: ActorIndex) -> None:
        self._sources, self._actors = sources, actors
        self.stems: dict[int, set[str]] = {}
        self.actors: dict[int, list[int]] = {}  # index -> ids of the actors its content names
        self._by_stem: dict[str, list[int]] = {}
        self._by_actor: dict[int, list[int]] = {}
        self._built = False

    def _build(self) -> None:  # (on the first denial: most articles have none)
        self._built = True
        actors = self._actors
        for index, attribution in enumerate(self._sources):
            content = attribution.content_span
            if content is None:
                continue
            self.stems[index] = _stems(content.text)
            self.actors[index] = [id(a) for a in actors.at(content.start, content.end)]
            for stem in self.stems[index]:
                self._by_stem.setdefault(stem, []).append(index)
            for actor in set(self.actors[index]):
                self._by_actor.setdefault(actor, []).append(index)

    def sharing(self, stems: set[str], actors: set[int]) -> list[int]:
        """The attributions whose content has one of these stems or names one of these actors, in order."""
        if not self._built:
            self._build()
        found = {i for stem in stems for i in self._by_stem.get(stem, ())}
        found.update(i for actor in actors for i in self._by_actor.get(actor, ()))
        return sorted(found)


def _contested(
    doc: Doc,
    denied: Span,
    cue: Span,
    heads: list[Token],
    deniers: list[str],
    actors: ActorIndex,
    sources: list[Attribution],
    claims: _Claims,
) -> int | None:
    """Index of the earlier attribution whose claim the denial answers, or None."""
    denied_stems = _stems(denied.text)
    denier_actors = {id(a) for h in heads for a in actors.at(h.idx, h.idx + len(h))}
    denier_words = {w for name in deniers for w in _stems(name)} | {w for h in heads for w in _stems(h.text)}
    best: tuple[float, int] | None = None
    # (an attribution sharing no stem and no actor with the denial scores nothing: only the others are read)
    for index in claims.sharing(denied_stems | denier_words, denier_actors):
        attribution = sources[index]
        content = attribution.content_span
        if content is None or attribution.cue_span.start >= cue.start or attribution.cue_span == cue:
            continue
        if attribution.source and attribution.source in deniers:
            continue  # a denier's own words are not the claim it denies
        about = sum(1 for a in claims.actors[index] if a in denier_actors)
        content_stems = claims.stems[index]
        about += len(denier_words & content_stems)
        shared = len(denied_stems & content_stems)
        if not about and not shared:
            continue
        score = about + shared + (1.5 if attribution.cue.split()[-1][:5] in _ACCUSING_STEMS else 0.0)
        score -= (cue.start - attribution.cue_span.start) / 5000  # nearer claims first on ties
        if best is None or score > best[0]:
            best = (score, index)
    return best[1] if best is not None else None
