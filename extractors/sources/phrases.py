"""Phrase cues: prepositional ('according to X'), view ('in X's view'), finding ('In a CBS poll, ...'),
nominal ('his criticism of X') and citing ('..., citing Y')."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from extractors.lexicons import attribution as lex
from extractors.sources.context import Context, Rel
from extractors.sources.grammar import RELATIVE, SUBJECTS
from extractors.sources.patterns import prepositional_matches, view_matches
from extractors.sources.quotemarks import quote_at
from extractors.sources.spans import clip, phrase_chars, sentence_of, subtree_chars, trim_tokens
from extractors.tree import children_of


def prepositional_cues(ctx: Context, found: Sequence[Rel]) -> list[Rel]:
    """Pass: '..., according to X.': the source is the object of the phrase, the content its clause."""
    doc, quotes = ctx.doc, ctx.quotes
    rels = list(found)
    for pattern, i in prepositional_matches(doc):
        n = len(pattern)
        last = doc[i + n - 1]
        pobj = next((c for c in children_of(last) if c.dep_ == "pobj"), None)
        if pobj is None and i + n < len(doc) and doc[i + n].dep_ == "pobj":
            pobj = doc[i + n]
        if pobj is None:
            continue
        cue = doc[i]
        if quote_at(quotes, cue.idx, cue.idx + 1) is not None:
            continue  # inside a quote: the quoted speaker's sourcing, not the article's
        # "according to a court filing made by the state": the state is the source
        agent = _agent_of(pobj)
        head = agent if agent is not None else pobj
        phrase = {t.i for t in doc[i : i + n]} | {t.i for t in pobj.subtree}
        content = _clause_around(doc, cue, phrase, ctx)
        source = phrase_chars(doc, head)
        source, content = _source_run_on(doc, source, content, cue, max(phrase), ctx)
        if content is not None:
            end = last.idx + len(last)
            rels.append(
                Rel(
                    cue=(cue.idx, end),
                    cue_label=" ".join(pattern),
                    source=source,
                    source_head=head,
                    content=content,
                    phrase=(cue.idx, max(end, source[1])),
                )
            )
    return rels


def _agent_of(noun: Token) -> Token | None:
    """The agent of a participle after a noun: 'a document filed by the county' -> 'county'."""
    for acl in children_of(noun):
        if acl.dep_ == "acl" and acl.i > noun.i and acl.tag_ == "VBN":
            by = next((c for c in children_of(acl) if c.dep_ == "agent"), None)
            obj = next((c for c in children_of(by) if c.dep_ == "pobj"), None) if by is not None else None
            if obj is not None:
                return obj
    return None


def _source_run_on(
    doc: Doc, source: tuple[int, int], content: tuple[int, int] | None, cue: Token, last: int, ctx: Context
) -> tuple[tuple[int, int], tuple[int, int] | None]:
    """'..., according to three officials who spoke on condition of anonymity but were not authorized to
    speak': the parse hangs the phrase on the source's own modifier after it. With words before the phrase
    and no break between the source and that clause, the modifier is the source's and the words before are
    the content. Returns the source and the content, moved or not."""
    if content is None or last + 1 >= len(doc):
        return source, content
    sent = sentence_of(cue)
    after = doc[last + 1]
    if content[0] < after.idx or after.is_punct or not any(t.is_alpha for t in doc[sent.start : cue.i]):
        return source, content
    before = clip(doc, trim_tokens(doc, sent.start, cue.i - 1), cue, ctx)
    if before is None:
        return source, content
    return (source[0], content[1]), before


def view_cues(ctx: Context, found: Sequence[Rel]) -> list[Rel]:
    """Pass: 'In Ash's view, the change would ...': the possessive is the source, the clause the content."""
    doc = ctx.doc
    rels = list(found)
    for prep, noun, owner in view_matches(doc):
        if quote_at(ctx.quotes, prep.idx, prep.idx + 1) is not None:
            continue
        last = noun
        if noun.lower_ == "point":  # "from Trump's point of view"
            of = next((c for c in children_of(noun) if c.lower_ == "of" and c.dep_ == "prep"), None)
            view = next((c for c in children_of(of) if c.lower_ == "view"), None) if of is not None else None
            if view is None:
                continue
            last = view
        end = last.idx + len(last)
        rel = _adverbial(ctx, prep, (noun.idx, end), doc[noun.i : last.i + 1].text.lower(), owner, phrase_end=end)
        if rel is not None:
            rels.append(rel)
    return rels


def finding_cues(ctx: Context, found: Sequence[Rel]) -> list[Rel]:
    """Pass: 'In a CBS News poll, she led by 24 points': the poll is the source, the clause the content."""
    doc, quotes = ctx.doc, ctx.quotes
    taken = {r.anchor for r in found if r.anchor is not None}  # tokens the verb rules found a cue at
    rels = list(found)
    for token in doc:
        if token.lower_ != "in" or token.dep_ != "prep":
            continue
        pobj = next((c for c in children_of(token) if c.dep_ == "pobj"), None)
        if pobj is None or pobj.lemma_.lower() not in lex.FINDING_DOCUMENTS:
            continue
        if token.i > token.head.i:
            continue  # only fronted: "leads in the polls", "slid in the polls" are mostly not attributions
        if token.head.i in taken and pobj.lemma_.lower() not in lex.POLL_NOUNS:
            continue  # "In a report, X said" belongs to the verb; "In a poll, 60 percent said ..." is the poll's too
        if token.head.pos_ not in ("VERB", "AUX", "NOUN") or quote_at(quotes, token.idx, token.idx + 1) is not None:
            continue
        rel = _adverbial(ctx, token, (token.idx, token.idx + len(token)), "in", pobj, phrase_end=None)
        if rel is not None:
            rels.append(rel)
    return rels


def _adverbial(
    ctx: Context, prep: Token, cue: tuple[int, int], cue_label: str, holder: Token, *, phrase_end: int | None
) -> Rel | None:
    """The attribution of a cue in an adverbial phrase ('in Ash's view', 'in a CBS News poll'): the holder is
    the source, the clause around the phrase the content; the phrase (to ``phrase_end``, else to the end of
    the source) is cut off other contents."""
    content = _clause_around(ctx.doc, prep, {t.i for t in prep.subtree}, ctx)
    if content is None:
        return None
    source = phrase_chars(ctx.doc, holder)
    end = phrase_end if phrase_end is not None else source[1]
    return Rel(cue=cue, cue_label=cue_label, source=source, source_head=holder, content=content, phrase=(prep.idx, end))


def nominal_cues(ctx: Context, found: Sequence[Rel]) -> list[Rel]:
    """Pass: 'his critique of X', 'Kerry's announcement that X', 'a statement by the ministry that X'."""
    doc, quotes = ctx.doc, ctx.quotes
    rels = list(found)
    for token in doc:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in lex.NOMINAL_CUES:
            continue
        if quote_at(quotes, token.idx, token.idx + len(token)) is not None:
            continue
        source = next((c for c in children_of(token) if c.dep_ == "poss"), None)
        content: tuple[int, int] | None = None
        cue_end = token
        for child in children_of(token):
            if source is None and child.dep_ == "prep" and child.lower_ in ("by", "from"):
                # "a statement by the ministry", "complaints from his counterpart that ..."
                source = next((c for c in children_of(child) if c.dep_ == "pobj"), None)
            elif content is None and child.dep_ == "prep" and child.lower_ in ("of", "on", "about", "for", "against"):
                obj = next((c for c in children_of(child) if c.dep_ in ("pobj", "pcomp")), None)
                if obj is not None:
                    content, cue_end = subtree_chars(doc, obj, (), ctx, token), child
            elif (
                content is None
                and child.dep_ in ("acl", "ccomp")
                and any(g.lower_ == "that" and g.dep_ == "mark" for g in children_of(child))
            ):
                content = subtree_chars(doc, child, (), ctx, token)
        if source is None or content is None:
            continue
        source = _owner_as_subject(token, source)
        rels.append(
            Rel(
                cue=(token.idx, cue_end.idx + len(cue_end)),
                cue_label=doc[token.i : cue_end.i + 1].text.lower(),
                source=phrase_chars(doc, source),
                source_head=source,
                content=content,
            )
        )
    return rels


_POSS_SUBJECT = {"his": ("he",), "her": ("she",), "their": ("they",), "its": ("it",), "our": ("we",), "my": ("i",)}


def _owner_as_subject(noun: Token, owner: Token) -> Token:
    """'Trump is doubling down on his support for X': the subject of the verb that takes the noun is the source.

    Only for a possessive pronoun that agrees with that subject (a name for 'his' / 'her', a plural for 'their')."""
    pronouns = _POSS_SUBJECT.get(owner.lower_)
    if pronouns is None or owner.tag_ != "PRP$":
        return owner
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return owner
    while verb.dep_ == "xcomp" and not any(c.dep_ in SUBJECTS for c in children_of(verb)):
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return owner
    subj = next((c for c in children_of(verb) if c.dep_ in SUBJECTS), None)
    if subj is None:
        return owner
    if subj.pos_ == "PRON":
        return subj if subj.lower_ in pronouns or subj.lower_ in RELATIVE else owner
    plural = subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in children_of(subj))
    if plural == (owner.lower_ in ("their", "our")) and subj.pos_ in ("PROPN", "NOUN") and owner.lower_ != "its":
        return subj
    return owner


def _clause_around(doc: Doc, cue: Token, phrase: set[int], ctx: Context) -> tuple[int, int] | None:
    """The clause an adverbial phrase attaches to, without the phrase itself."""
    head = cue.head
    while head.dep_ not in ("ROOT", "ccomp", "conj", "advcl", "relcl") and head.head.i != head.i:
        if head.pos_ in ("VERB", "AUX"):
            break
        head = head.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    if head.i in phrase:
        return None
    sent = sentence_of(cue)
    kept = [t.i for t in head.subtree if t.i not in phrase and sent.start <= t.i < sent.end]
    lo, hi = min(phrase), max(phrase)
    left = [i for i in kept if i < lo]
    right = [i for i in kept if i > hi]
    # the content is the side of the clause holding its verb, or both sides when the phrase interrupts
    if left and right:
        if head.i < lo and not any(doc[i].pos_ in ("VERB", "AUX") for i in right):
            kept = left + [i for i in right if not doc[i].is_punct]
    elif not left and not right:
        return None
    span = trim_tokens(doc, min(kept), max(kept))
    return clip(doc, span, cue, ctx)


def fill_citing(ctx: Context, rels: Sequence[Rel]) -> list[Rel]:
    """Pass: 'X said, citing Y': X is the source and Y the content (PolNeAR reads what is cited as
    the content of 'citing', whether a report or a reason); the phrase is then cut off X's
    other contents like 'according to' phrases.

    Adds the chain's other link: Y as a source of what X said, so that the sourcing profile
    counts the claim's own sources ("citing two people familiar with the plan": unnamed).
    """
    doc = ctx.doc
    out = list(rels)
    cited: list[Rel] = []
    for k, rel in enumerate(rels):
        if not rel.citing:
            continue
        token = doc.char_span(rel.cue[0], rel.cue[1])
        if token is None:
            continue
        cue = token[0]
        dobj = next((c for c in children_of(cue) if c.dep_ in ("dobj", "obj")), None)
        if dobj is None:
            continue
        out[k] = replace(
            rel,
            content=trim_tokens(doc, dobj.left_edge.i, dobj.right_edge.i),
            phrase=(rel.cue[0], max(rel.cue[1], dobj.right_edge.idx + len(dobj.right_edge))),
        )
        # the claim X reported rests on Y too: Y is a source of the attribution 'citing' hangs on
        sent = sentence_of(cue)
        hosts = [
            r for r in rels if not r.citing and sent.start_char <= r.cue[0] < sent.end_char and r.content is not None
        ]
        if hosts:
            host = min(hosts, key=lambda r: abs(r.cue[0] - rel.cue[0]))
            cited.append(
                Rel(
                    cue=rel.cue,
                    cue_label=rel.cue_label,
                    source=phrase_chars(doc, dobj),
                    source_head=dobj,
                    content=host.content,
                )
            )
    return [*out, *cited]
