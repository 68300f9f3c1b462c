"""Verb cues: 'X said ...', 'X is expected to ...', 'X was asked whether ...', 'X is critical of ...'."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from extractors.lexicons import attribution as lex
from extractors.sources.contents import as_phrase_of, content_of, light_object, stance_content
from extractors.sources.context import Context, Rel
from extractors.sources.grammar import verb_lemma
from extractors.sources.quotemarks import quote_at, to_closing_mark
from extractors.sources.spans import clip, phrase_chars, subtree_chars, trim_tokens
from extractors.sources.speakers import Speaker, attach_source, opening_subject, stranded_subject
from extractors.tree import children_of

_PARTICLE_VERBS = frozenset(verb for verb, _ in lex.PARTICLE_CUES)


def verb_cues(ctx: Context, rels: Sequence[Rel]) -> list[Rel]:
    """Pass: every token that cues an attribution as a verb ('said', 'is expected to', 'is critical of')."""
    found: list[Rel] = []
    for token in ctx.doc:
        rel = (
            verb_cue(ctx.doc, token, ctx.quotes, ctx)
            or agentless(ctx.doc, token, ctx.quotes, ctx)
            or adjective_cue(ctx.doc, token, ctx.quotes, ctx)
        )
        if rel is not None:
            found.append(replace(rel, anchor=token.i))
    return [*rels, *found]


def verb_cue(doc: Doc, token: Token, quotes: list[tuple[int, int]], ctx: Context) -> Rel | None:
    """An attribution whose cue is this verb, or None."""
    if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBD", "VBZ", "VBP", "VBG", "VBN", "VB"):
        return None
    lemma = verb_lemma(token)
    speech, cognition = lemma in lex.SPEECH_VERBS, lemma in lex.COGNITION_VERBS
    stance = (
        lemma in lex.STANCE_VERBS
        or lemma in lex.INTENTION_VERBS
        or lemma in lex.VERB_PREPOSITION_CUES
        or lemma in _PARTICLE_VERBS
    )
    framing = lemma in lex.FRAMING_VERBS and as_phrase_of(token) is not None
    if not _cue_lemma(token, lemma, stance, framing):
        return None
    if quote_at(quotes, token.idx, token.idx + len(token)) is not None:
        return None  # words inside a quote belong to the quoted speaker, not the article's sourcing
    children = list(children_of(token))
    deps = {c.dep_ for c in children}
    if ((cognition or stance) and not speech) and any(c.dep_ == "nsubj" and c.lower_ == "you" for c in children):
        # "if you think ...": the generic reader holds no view. "I think ...", "we want ..." outside quotes (an
        # opinion column's writer) are attributions in PolNeAR train, held by the writer.
        return None
    if cognition and not speech and not framing and _idle_infinitive(token, lemma, children):
        return None  # "hard to imagine ...", "reason to believe ...", "went to see X speak": no one's view
    if token.dep_ == "xcomp" and verb_lemma(token.head) in lex.NO_COMMENT_VERBS:
        return None  # "declined to say whether ...": one attribution, cued by "declined"
    if token.i > 0 and doc[token.i - 1].text == "<":
        return None  # markup ("<tweet ...>") is not speech
    perfect = _contracted_perfect(token, children)
    if ("auxpass" in deps or "nsubjpass" in deps) and perfect is None:
        return _passive(doc, token, children, ctx)
    cue, cue_label = (token.idx, token.idx + len(token)), token.text.lower()
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in lex.SEEMING_VERBS and token.head.i < token.i:
        cue = (token.head.idx, cue[1])  # "seemed to urge": the hedge is part of the cue
        cue_label = doc[token.head.i : token.i + 1].text.lower()
    particle = ctx.particles.get(token.i)
    if particle is not None:  # "pointed out": the particle is part of the cue
        cue, cue_label = _cue_to(doc, token, particle)
    speaker = _speaker(token, children, perfect, quotes, ctx)
    rel = Rel(
        cue=cue, cue_label=cue_label, source=speaker.span, source_head=speaker.head, antecedent=speaker.antecedent
    )
    if lemma in lex.NO_COMMENT_VERBS:
        return _refusal(doc, token, children, rel, ctx)
    content = content_of(doc, token, children, lemma, quotes, ctx)
    weak = content is None
    if content is None:
        content, cue_end = stance_content(doc, token, children, lemma, rel.source is not None, quotes, ctx)
        if cue_end is not None:
            cue, cue_label = _cue_to(doc, token, cue_end)
    if content is None:
        return None
    return replace(
        rel,
        cue=cue,
        cue_label=cue_label,
        content=to_closing_mark(ctx.text, content, quotes),
        weak=weak,
        # "X said A, adding B": B is the second attribution, not part of what X said first
        phrase=(cue[0], content[1]) if speaker.continues else None,
        citing=lemma in lex.CITING_VERBS and token.tag_ == "VBG",
    )


def _cue_lemma(token: Token, lemma: str, stance: bool, framing: bool) -> bool:
    """Whether the verb's lemma is one of a cue (of saying, thinking, judging, refusing, stance, ...)."""
    if lemma in lex.SPEECH_VERBS or lemma in lex.COGNITION_VERBS or lemma in lex.JUDGING_VERBS:
        return True
    if lemma in lex.OBJECT_CONTENT_VERBS or lemma in lex.NO_COMMENT_VERBS or stance or framing:
        return True
    return (lemma in lex.LIGHT_VERBS and light_object(token) is not None) or lemma == "call"


def _cue_to(doc: Doc, token: Token, last: Token) -> tuple[tuple[int, int], str]:
    """The cue from the verb to a later token of it (a particle, a preposition, a light verb's object)."""
    return (token.idx, last.idx + len(last)), doc[token.i : last.i + 1].text.lower()


def _speaker(
    token: Token, children: list[Token], perfect: Token | None, quotes: list[tuple[int, int]], ctx: Context
) -> Speaker:
    """The verb cue's source: its subject (see ``attach_source``), the subject of a contracted perfect ('he's
    said'), or a subject the parser left stranded before the verb."""
    speaker = attach_source(token, children, quotes)
    if perfect is not None and speaker.span is None:
        speaker = replace(speaker, span=phrase_chars(token.doc, perfect), head=perfect)
    stranded = stranded_subject(token, ctx) or opening_subject(token, ctx) if speaker.span is None else None
    if stranded is not None:
        speaker = replace(speaker, span=(stranded.start_char, stranded.end_char), head=stranded.root)
    return speaker


def _refusal(doc: Doc, token: Token, children: list[Token], rel: Rel, ctx: Context) -> Rel | None:
    """'declined to comment' (no comment), 'declined to say whether ...', 'refused to disavow X'."""
    xcomp = next((c for c in children if c.dep_ == "xcomp"), None)
    if xcomp is None or rel.source is None:
        return None
    content = subtree_chars(doc, xcomp, (), ctx, token)
    if xcomp.lemma_.lower() not in lex.NO_COMMENT_OBJECTS:
        # "declined to say whether ...", "refused to disavow X": the refusal is the cue, what is
        # refused its content (the inner verb is not a cue of its own, see verb_cue)
        return replace(rel, content=content) if content is not None else None
    return replace(rel, no_comment=True, cue_label=doc[token.i : xcomp.i + 1].text.lower(), content=content)


def _idle_infinitive(token: Token, lemma: str, children: list[Token]) -> bool:
    """A verb of thinking in the infinitive that states no one's view: one not controlled by a verb ('it is
    hard to imagine ...', 'reason to believe ...', 'stood in the rain to hear X speak'), or one of perceiving
    ('wanted to see the bill pass', 'waited to see if ...')."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children) or any(c.dep_ == "auxpass" for c in children):
        return False  # a passive ("the chance to be considered a genius") frames its subject: see _passive
    return lemma in lex.PERCEPTION_VERBS or token.dep_ != "xcomp" or token.head.pos_ != "VERB"


def _contracted_perfect(token: Token, children: list[Token]) -> Token | None:
    """The subject of 'he's said (that) ...', which the parser reads as a passive ('he is said'): a
    contracted 'has' before a participle that takes a clause or object is the perfect, not the passive."""
    if token.tag_ not in ("VBN", "VBD") or not any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in children):
        return None
    if not any(c.dep_ in ("ccomp", "dobj", "obj") and c.i > token.i for c in children):
        return None
    return next((c for c in children if c.dep_ == "nsubjpass" and c.lower_ not in ("it", "there")), None)


def agentless(doc: Doc, token: Token, quotes: list[tuple[int, int]], ctx: Context) -> Rel | None:
    """Attributions without a source: 'X seemed to ...', 'X is expected to ...', 'X reportedly ...'."""
    lemma = token.lemma_.lower()
    if lemma not in lex.AGENTLESS_CUES or quote_at(quotes, token.idx, token.idx + len(token)) is not None:
        return None
    if token.pos_ == "ADV":
        head = token.head  # "reportedly": the clause it hedges is the content
        if head.pos_ not in ("VERB", "AUX") or verb_lemma(head) in lex.SPEECH_VERBS:
            return None  # "X reportedly said ...": one attribution, X's, cued by the verb
        content = clip(doc, trim_tokens(doc, head.left_edge.i, head.right_edge.i), token, ctx)
        if content is None:
            return None
        return Rel(cue=(token.idx, token.idx + len(token)), cue_label=token.text.lower(), content=content)
    children = list(children_of(token))
    if any(c.dep_ in ("nsubj", "agent") and c.lower_ not in ("it", "there") for c in children) and lemma not in (
        "seem",
        "appear",
    ):
        return None
    ccomp = next((c for c in children if c.dep_ == "ccomp"), None)
    xcomp = next((c for c in children if c.dep_ in ("xcomp", "acomp", "attr")), None)
    subject = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass")), None)
    aux = [c for c in children if c.dep_ in ("aux", "auxpass", "neg") and c.i < token.i]
    cue_start = min([token, *aux], key=lambda t: t.i)
    if ccomp is not None and (subject is None or subject.lower_ == "it"):
        content = subtree_chars(doc, ccomp, (), ctx, token)
    elif (
        lemma in lex.SEEMING_VERBS
        and xcomp is not None
        and xcomp.dep_ == "xcomp"
        and verb_cue(doc, xcomp, quotes, ctx) is not None
    ):
        return None  # "Rubio seemed to urge ...": the inner verb is the cue, and Rubio its source
    elif xcomp is not None and subject is not None and subject.lower_ not in ("it", "there"):
        content = trim_tokens(doc, subject.left_edge.i, xcomp.right_edge.i)
    else:
        return None
    if content is None:
        return None
    return Rel(
        cue=(cue_start.idx, token.idx + len(token)),
        cue_label=doc[cue_start.i : token.i + 1].text.lower(),
        content=content,
    )


def _passive(doc: Doc, token: Token, children: list[Token], ctx: Context) -> Rel | None:
    """'It is expected that ...', 'X was accused of ...', 'as reported by Y': source is the agent or none."""
    agent = next((c for c in children if c.dep_ == "agent"), None)
    lemma = token.lemma_.lower()
    ccomp = next((c for c in children if c.dep_ == "ccomp"), None)
    if agent is None and lemma in lex.ASKED_CUES:
        return _asked(doc, token, children, ctx)
    if agent is None and lemma not in lex.PASSIVE_CUES and lemma not in lex.PASSIVE_FRAMING_CUES:
        return None
    rel = Rel(cue=(token.idx, token.idx + len(token)), cue_label=token.text.lower())
    if agent is not None:
        pobj = next((c for c in children_of(agent) if c.dep_ == "pobj"), None)
        if pobj is None:
            return None
        rel = replace(rel, source=phrase_chars(doc, pobj), source_head=pobj)
    if ccomp is not None:
        rel = replace(rel, content=subtree_chars(doc, ccomp, (), ctx, token))
    elif agent is not None:
        subj = next((c for c in children if c.dep_ == "nsubjpass"), None)
        if subj is not None and subj.lower_ not in ("it", "there"):
            rel = replace(rel, content=subtree_chars(doc, subj, (), ctx, token))
    elif lemma in lex.PASSIVE_FRAMING_CUES:
        return _framing_passive(doc, token, children, rel, ctx)
    else:
        return None
    return rel if rel.content is not None else None


def _framing_passive(doc: Doc, token: Token, children: list[Token], rel: Rel, ctx: Context) -> Rel | None:
    """'X is best known for ...', 'X was said to be furious': the writer's hearsay, the whole clause its content."""
    framing = next((c for c in children if _framing_complement(c)), None)
    if framing is None or framing.i < token.i:
        return None
    subj = next((c for c in children if c.dep_ == "nsubjpass" and c.lower_ not in ("it", "there")), None)
    first = subj.left_edge.i if subj is not None and subj.i < token.i else framing.i
    content = clip(doc, trim_tokens(doc, first, framing.right_edge.i), token, ctx)
    if content is None:
        return None
    if framing.dep_ == "prep":  # "known as": the preposition belongs to the cue
        cue, cue_label = _cue_to(doc, token, framing)
        return replace(rel, cue=cue, cue_label=cue_label, content=content)
    return replace(rel, content=content)


def _framing_complement(child: Token) -> bool:
    """What a framing passive says of its subject: 'as a bully', 'for his temper', 'to be furious',
    'a contender' (not a participle: 'was seen sobbing' is a sighting, not a view)."""
    if child.dep_ == "prep":
        return child.lower_ in ("as", "for")
    if child.dep_ == "xcomp":
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(child))
    return child.dep_ == "oprd"


def _asked(doc: Doc, token: Token, children: list[Token], ctx: Context) -> Rel | None:
    """'X was asked whether ...', 'X was asked about Y': an attribution with no source, the question its content."""
    start = token
    while (
        start.i > 0 and doc[start.i - 1].head == token and doc[start.i - 1].dep_ in ("aux", "auxpass", "neg", "advmod")
    ):
        start = doc[start.i - 1]  # "has even been asked": the auxiliaries right before the verb
    asked = next((c for c in children if c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > token.i), None)
    if asked is None:
        asked = next((c for c in children if c.dep_ == "prep" and c.lower_ == "about" and c.i > token.i), None)
    if asked is None:
        return None
    content = subtree_chars(doc, asked, (), ctx, token)
    if content is None:
        return None
    return Rel(
        cue=(start.idx, token.idx + len(token)), cue_label=doc[start.i : token.i + 1].text.lower(), content=content
    )


def adjective_cue(doc: Doc, token: Token, quotes: list[tuple[int, int]], ctx: Context) -> Rel | None:
    """'X is critical of Y', 'X was adamant that Y', 'X is eager to Y': a stance adjective after a copula.

    The cue runs from the copula (with its auxiliaries) to the adjective and its preposition; the
    source is the copula's subject, the content the preposition's object, the clause or the infinitive.
    """
    if token.dep_ != "acomp" or token.lemma_.lower() not in lex.STANCE_ADJECTIVES:
        return None
    copula = token.head
    if copula.lemma_.lower() not in lex.COPULAS or quote_at(quotes, token.idx, token.idx + len(token)) is not None:
        return None
    if any(c.dep_ == "nsubj" and c.lower_ in ("you", "it", "there") for c in children_of(copula)):
        return None  # "you are right to ...": the generic reader; "it is clear that ...": no one holds it
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(copula)) and copula.head.pos_ != "VERB":
        return None  # "it is easy to be cynical about ...", "reason to be skeptical": no one holds it
    target: Token | None = None
    cue_end = token
    for child in children_of(token):
        if child.dep_ == "prep" and child.lower_ in lex.STANCE_ADJECTIVE_PREPS and child.i > token.i:
            target = next((c for c in children_of(child) if c.dep_ in ("pobj", "pcomp")), None)
            cue_end = child
        elif child.i > token.i and (
            child.dep_ == "ccomp" or (child.dep_ == "xcomp" and token.lemma_.lower() in lex.WILLING_ADJECTIVES)
        ):
            target = child  # "is sure that ...", but "is sure to win" is a forecast, not a stance
        if target is not None:
            break
    if target is None:
        return None
    auxiliaries = [c for c in children_of(copula) if c.dep_ in ("aux", "neg") and c.i < copula.i]
    start = min([copula, *auxiliaries], key=lambda t: t.i)
    speaker = attach_source(copula, list(children_of(copula)), quotes)
    if speaker.span is None:
        return None
    content = subtree_chars(doc, target, (), ctx, token)
    if content is None:
        return None
    return Rel(
        cue=(start.idx, cue_end.idx + len(cue_end)),
        cue_label=doc[start.i : cue_end.i + 1].text.lower(),
        source=speaker.span,
        source_head=speaker.head,
        antecedent=speaker.antecedent,
        content=content,
        weak=True,
    )
