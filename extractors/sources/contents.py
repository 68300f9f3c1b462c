"""What a verb cue reports: an adjacent quote, its clause, its object, or the clause it interrupts
(the content-finding walk, hand-written)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Token

from extractors.lexicons import attribution as lex
from extractors.sources.context import Context
from extractors.sources.grammar import SUBJECTS, document_subject, is_reporting, subject_of, verb_lemma
from extractors.sources.quotemarks import paragraph_of, word_count
from extractors.sources.spans import clip, sentence_of, span_union, subtree_chars, trim_tokens, union
from extractors.tree import children_of

_LIGHT_PREPS = frozenset(["of", "about", "on", "at", "against", "over", "with", "that", "for"])


# Text allowed between a quote and the "X said" next to it: commas, dashes, colons and space.
_GAP = re.compile(r"[\s,:;—–-]*")


# A cue phrase that ends just before a quote: "X said Monday, “...”" or "X said: “...”".
_LEAD_IN = re.compile(r"[^.!?\"“”\n]{0,40}[,:]\s*")


def content_of(
    doc: Doc, token: Token, children: list[Token], lemma: str, quotes: list[tuple[int, int]], ctx: Context
) -> tuple[int, int] | None:
    """The content of a verb cue: an adjacent quote, its clause, its object, or the clause it interrupts."""
    adjacent = _adjacent_quotes(doc, token, quotes, ctx)
    if adjacent is not None:
        return adjacent
    interrupting = _interrupting_sentence(doc, token, children, ctx)
    if interrupting is not None:
        return interrupting
    ccomps = [c for c in children if c.dep_ == "ccomp" and not _inside_subject(c, token)]
    ccomps = [c for c in ccomps if not _parallel_report(c, token)] or ccomps
    if ccomps:
        # the clause after the verb ("said that ...") or before it ("..., Shin said"), without a second
        # speaker's report run on after it ("..., while 22 percent said ...": that one is its own)
        return clip(
            doc,
            union(subtree_chars(doc, c, _parallel_reports_in(c, token, ctx), ctx, token) for c in ccomps),
            token,
            ctx,
        )
    xcomp = next((c for c in children if c.dep_ == "xcomp"), None)
    dobj = next((c for c in children if c.dep_ in ("dobj", "obj")), None)
    as_phrase = as_phrase_of(token) if lemma in lex.FRAMING_VERBS else None
    if as_phrase is not None:  # "viewed Sanders' challenge as a nuisance": the framing is the content
        if dobj is not None and dobj.lower_ == "what":
            return None  # "what he sees as the real problem": a relative clause, not the sentence's claim
        return span_union(doc, [*([dobj] if dobj is not None else []), as_phrase], ctx, token)
    if lemma in lex.COGNITION_VERBS and lemma not in lex.SPEECH_VERBS:
        return None  # a clause or nothing ("voters see Clinton as electable" frames, above)
    if lemma in lex.HEARER_VERBS:
        if xcomp is not None and lemma in ("tell", "ask", "urge", "warn", "advise", "instruct", "promise"):
            return subtree_chars(doc, xcomp, (), ctx, token)
        return _following_clause(doc, token, ctx)
    if lemma in ("promise", "vow", "pledge", "threaten", "threat", "propose", "demand") and xcomp is not None:
        return subtree_chars(doc, xcomp, (), ctx, token)
    if lemma == "call":
        oprd = next((c for c in children if c.dep_ in ("oprd", "xcomp")), None)
        # after the verb: "on Tuesday called ..." is a date, not "called on Republicans to ..."
        prep_for = next((c for c in children if c.dep_ == "prep" and c.lower_ in ("for", "on") and c.i > token.i), None)
        if dobj is not None and oprd is not None:
            return span_union(doc, [dobj, oprd], ctx, token)
        if dobj is not None and any(_bare_appos(c) for c in children_of(dobj)):
            # "called Mr. Yanukovych an outstanding leader": the parser reads the name as an appositive
            return subtree_chars(doc, dobj, (), ctx, token)
        if prep_for is not None:
            # "called on Republicans to unendorse him": whom it calls on and what it asks of them
            objects = [c for c in children_of(prep_for) if c.dep_ in ("pobj", "pcomp")]
            xcomp = next((c for c in children if c.dep_ == "xcomp" and c.i > prep_for.i), None)
            return span_union(doc, [*objects, *([xcomp] if xcomp is not None else [])] or [prep_for], ctx, token)
        return _named_in_quotes(doc, ctx.text, token, quotes)
    if lemma in lex.JUDGING_VERBS and dobj is not None:
        preps = [c for c in children if c.dep_ == "prep" and c.lower_ in ("of", "for", "over", "as")]
        return span_union(doc, [dobj, *preps], ctx, token)
    if lemma in lex.FINDING_VERBS and dobj is not None and document_subject(token):
        # "many polls show Mrs. Clinton with a lead": the object and what it is shown with
        preps = [c for c in children if c.dep_ == "prep" and c.i > dobj.i]
        return span_union(doc, [dobj, *preps], ctx, token)
    if lemma in lex.OBJECT_CONTENT_VERBS and dobj is not None and dobj.lower_ not in ("it", "this", "that"):
        return subtree_chars(doc, dobj, (), ctx, token)
    gerund = next((c for c in children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i > token.i), None)
    if gerund is not None and lemma in lex.SPEECH_VERBS and lemma != "continue":  # "continued raising rates"
        # "reported spending $6 million", "recalled being told ...": the gerund clause is what was said
        return subtree_chars(doc, gerund, (), ctx, token)
    if lemma == "say":
        # "said the same of Sanders", "said so", "said yes", "said legalizing it could ...": what was said
        said = next((c for c in children if c.dep_ in ("dobj", "obj", "xcomp", "intj") and c.i > token.i), None)
        if said is None:
            said = next((c for c in children if c.dep_ == "advmod" and c.lower_ == "so" and c.i > token.i), None)
        if said is not None and said.lower_ not in ("it", "them", "little"):
            return subtree_chars(doc, said, (), ctx, token)
    parenthetical = _interrupted_clause(doc, token, ctx)
    if parenthetical is not None:
        return parenthetical
    if token.i + 1 < len(doc) and doc[token.i + 1].text == ":":
        return _following_clause(doc, token, ctx)
    return None


def _named_in_quotes(doc: Doc, text: str, token: Token, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """'called both Trump and Clinton “crazy”', 'called that “beyond preposterous”': what the verb
    names and the quoted name it gives, when the parser lost the second object."""
    if token.i + 1 >= len(doc) or doc[token.i + 1].is_punct:
        return None
    end = sentence_of(token).end_char
    q = next((q for q in quotes if token.idx < q[0] < end), None)
    if q is None or re.search(r"[,;:.!?()—–\n]", text[token.idx : q[0]]) or word_count(text[token.idx : q[0]]) > 12:
        return None
    return (doc[token.i + 1].idx, q[1])


def stance_content(
    doc: Doc,
    token: Token,
    children: list[Token],
    lemma: str,
    sourced: bool,
    quotes: list[tuple[int, int]],
    ctx: Context,
) -> tuple[tuple[int, int] | None, Token | None]:
    """'talked about X' (the cue grows to the preposition), 'pointed out X', 'endorsed X', 'wants to X'.

    Returns the content and, when the cue grows past the verb, the cue's last token. ``sourced``: the
    cue has a source (a gerund or object of a stance is content only then)."""
    light = light_object(token) if lemma in lex.LIGHT_VERBS else None
    if light is not None:
        return _light_content(doc, token, light, ctx), light
    particle = ctx.particles.get(token.i)
    if particle is not None:
        target = next((c for c in children if c.dep_ in ("ccomp", "dobj", "obj") and c.i > particle.i), None)
        if target is None:
            prep = next((c for c in children if c.dep_ == "prep" and c.i > particle.i), None)
            target = next((c for c in children_of(prep) if c.dep_ == "pobj"), None) if prep is not None else None
        if target is None:  # "shrugged off the criticism": the parser hangs the object on the particle
            target = next((c for c in children_of(particle) if c.dep_ == "pobj"), None)
        if target is not None:
            return subtree_chars(doc, target, (), ctx, token), particle
        return _adjacent_quotes(doc, token, quotes, ctx), particle
    preps = lex.VERB_PREPOSITION_CUES.get(lemma)
    if lemma in lex.SHARE_VERB_PREPOSITIONS and _share_subject(token):
        # "56 percent would vote for Clinton": a poll's share of respondents and their choice
        preps = (preps or frozenset()) | lex.SHARE_VERB_PREPOSITIONS[lemma]
    if preps:
        for child in children:
            if child.dep_ == "prep" and child.lower_ in preps and child.i > token.i:
                obj = next((c for c in children_of(child) if c.dep_ in ("pobj", "pcomp")), None)
                if obj is not None:
                    # "referred to Rubio as a bright leader": the "as" phrase is part of what was said
                    as_phrase = [c for c in children if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i]
                    return span_union(doc, [obj, *as_phrase], ctx, token), child
    if lemma in lex.STANCE_VERBS:
        dobj = next((c for c in children if c.dep_ in ("dobj", "obj")), None)
        if dobj is not None and dobj.pos_ != "PRON":
            return subtree_chars(doc, dobj, (), ctx, token), None
        gerund = next((c for c in children if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG" and c.i > token.i), None)
        if gerund is not None and sourced:
            # "Sanders supports raising the minimum wage": the gerund clause is what the stance is about
            return subtree_chars(doc, gerund, (), ctx, token), None
    if lemma in lex.INTENTION_VERBS:
        xcomp = next((c for c in children if c.dep_ == "xcomp" and any(g.lower_ == "to" for g in children_of(c))), None)
        if xcomp is not None:
            return subtree_chars(doc, xcomp, (), ctx, token), None
        dobj = next((c for c in children if c.dep_ in ("dobj", "obj") and c.i > token.i), None)
        if lemma in lex.DESIRE_VERBS and dobj is not None and dobj.pos_ != "PRON" and sourced:
            # "Sanders wants a vast expansion of ...": what is wanted
            return subtree_chars(doc, dobj, (), ctx, token), None
    return None, None


def _bare_appos(token: Token) -> bool:
    """An appositive not set off by a comma or dash ('Yanukovych an outstanding leader')."""
    return token.dep_ == "appos" and token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].pos_ != "PUNCT"


def as_phrase_of(token: Token) -> Token | None:
    """The 'as' phrase of a framing verb, on the verb or on its object ('cast X as Y')."""
    for child in children_of(token):
        if child.dep_ == "prep" and child.lower_ == "as":
            return child
        if child.dep_ in ("dobj", "obj"):
            found = next((g for g in children_of(child) if g.dep_ == "prep" and g.lower_ == "as"), None)
            if found is not None:
                return found
    return None


def light_object(token: Token) -> Token | None:
    """The object that makes a light verb a cue: 'made the case', 'raised questions', 'made (it) clear'."""
    objects = lex.LIGHT_VERB_OBJECTS.get(verb_lemma(token), frozenset())
    for child in children_of(token):
        if child.dep_ in ("dobj", "obj") and (child.lower_ in objects or child.lemma_ in objects):
            return child
        if child.lower_ == "clear" and "clear" in objects:
            return child
    return None


def _light_content(doc: Doc, token: Token, obj: Token, ctx: Context) -> tuple[int, int] | None:
    """What a light-verb cue is about (the cue runs to the object): a 'that' clause, the noun's or verb's
    preposition, else the noun."""
    if obj.lower_ == "it":
        return None  # "as X put it": only a quote or the clause it interrupts (found before) is content
    for child in children_of(obj):
        if child.dep_ in ("ccomp", "acl") or (child.dep_ == "prep" and child.lower_ in _LIGHT_PREPS):
            objects = (c for c in children_of(child) if c.dep_ in ("pobj", "pcomp"))
            target = child if child.dep_ != "prep" else next(objects, None)
            if target is not None:
                return subtree_chars(doc, target, (), ctx, token)
    for child in children_of(token):
        if child.dep_ == "prep" and child.lower_ in _LIGHT_PREPS and child.i > obj.i:
            target = next((c for c in children_of(child) if c.dep_ in ("pobj", "pcomp")), None)
            if target is not None:
                return subtree_chars(doc, target, (), ctx, token)
    if obj.lower_ == "clear" or obj.pos_ == "PRON":
        return None
    return subtree_chars(doc, obj, (), ctx, token)


_CONTRASTING = frozenset(["while", "whereas", "but", "although", "though"])


def _parallel_reports_in(clause: Token, cue: Token, ctx: Context) -> tuple[Token, ...]:
    """The parallel reports (``_parallel_report``) inside the clause's subtree, in order.

    Whether a verb is one depends on the cue only through the side of the cue it is on, and a
    clause under the cue lies on one side: the verbs of each side are found once per Doc and looked
    up by the clause's edges, instead of walking every cue's subtree (nested reports, 'He said "She
    said ...', made that quadratic).
    """
    after = clause.i > cue.i
    found: list[int] | None = ctx.memo.get(f"parallel-{after}")
    if found is None:
        found = ctx.memo[f"parallel-{after}"] = [t.i for t in ctx.doc if _parallel_side(t, after)]
    lo, hi = bisect_left(found, clause.left_edge.i), bisect_right(found, clause.right_edge.i)
    doc = clause.doc
    return tuple(doc[i] for i in found[lo:hi] if doc[i] != cue and (i == clause.i or clause.is_ancestor(doc[i])))


def _parallel_report(verb: Token, cue: Token) -> bool:
    """A second speaker's report set beside the cue's, which the parser hangs inside the cue's clause:
    '74 percent said A, while 22 percent said B', 'Six in 10 said A, and three-quarters said B',
    'Most said A; 46 percent said B'. Not 'X said Y said B' (a report inside what X said)."""
    return verb != cue and _parallel_side(verb, verb.i > cue.i)


def _parallel_side(verb: Token, after: bool) -> bool:
    """``_parallel_report`` for a verb on one side of its cue (``after``: to the right of it)."""
    if verb_lemma(verb) not in lex.SPEECH_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return False
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in ("it", "there") or subject.i > verb.i:
        return False
    doc = verb.doc
    before = doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    following = doc[verb.right_edge.i + 1] if verb.right_edge.i + 1 < len(doc) else None
    if verb.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in _CONTRASTING for c in children_of(verb))
    if verb.dep_ == "conj":
        return True
    if verb.dep_ == "ccomp" and after:
        return before is not None and before.lower_ in ("and", "but", ";")
    return verb.dep_ == "ccomp" and not after and following is not None and following.text == ";"


def _share_subject(verb: Token) -> bool:
    """The verb's subject is a share of a group, as polls report it: '56 percent', 'a majority of
    voters', 'more than half', 'six in 10', 'four out of 10 voters'."""
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.lemma_.lower() in lex.SHARE_NOUNS or subject.text == "%":
        return True
    return any(t.dep_ == "quantmod" and t.lower_ in ("in", "out") for t in subject.subtree)


def _inside_subject(clause: Token, cue: Token) -> bool:
    """A 'ccomp' that is really part of the cue's subject phrase (a parse slip)."""
    for ancestor in clause.ancestors:
        if ancestor == cue:
            return False  # above the cue no token has the cue for its head (a deep chain made this quadratic)
        if ancestor.dep_ in SUBJECTS and ancestor.head == cue:
            return True
    return False


def _adjacent_quotes(doc: Doc, token: Token, quotes: list[tuple[int, int]], ctx: Context) -> tuple[int, int] | None:
    """Quotes right before and/or after the 'X said' phrase: '“...,” she said, “...”'."""
    text = ctx.text
    subject = subject_of(token, quotes)
    lo = min(token.idx, subject.left_edge.idx if subject is not None else token.idx)
    hi = max(token.idx + len(token), subject.right_edge.idx + len(subject.right_edge) if subject is not None else 0)
    # let a short trailing adverbial ("said Monday") and appositions ride along with the phrase
    para = paragraph_of(ctx.paragraphs, token.idx)
    before = after = None
    # The quotes are sorted and disjoint: the one ending closest before the phrase, else the one before
    # it (a farther one's gap would hold a quote's own marks), and the first starting after it.
    # Found by bisection: a scan over every quote of the article for each cue was quadratic.
    closest = bisect_right(quotes, lo, key=_end)
    for q in reversed(quotes[max(0, closest - 2) : closest]):
        if paragraph_of(ctx.paragraphs, q[1] - 1) != para or not _GAP.fullmatch(text[q[1] : lo]):
            break
        if word_count(text[q[0] : q[1]]) >= 2 and _opens_sentence(text, q, ctx):
            before = q
            break
    following = bisect_left(quotes, hi, key=_start)
    if following < len(quotes):
        q = quotes[following]
        gap = text[hi : q[0]]
        if (
            paragraph_of(ctx.paragraphs, q[0]) in (para, para + 1)
            and (_GAP.fullmatch(gap) or _LEAD_IN.fullmatch(gap))
            and not ("\n" in gap and not gap.strip().endswith(":"))
            and word_count(text[q[0] : q[1]]) >= 2
            and (gap.strip() or before is not None)
            and not _cue_in(doc, hi, q[0])
        ):
            after = q
    if before is None and after is None:
        return None
    if before is not None and after is not None:
        return (before[0], after[1])
    return before or after


def _start(quote: tuple[int, int]) -> int:
    return quote[0]


def _end(quote: tuple[int, int]) -> int:
    return quote[1]


def _cue_in(doc: Doc, start: int, end: int) -> bool:
    """Whether a reporting verb of its own stands between the characters start and end: in '“...,” she
    said, adding, “...”' the second quote is what 'adding' reports, a relation of its own."""
    piece = doc.char_span(start, end, alignment_mode="contract")
    return piece is not None and any(t.pos_ == "VERB" and is_reporting(t) for t in piece)


def _opens_sentence(text: str, quote: tuple[int, int], ctx: Context) -> bool:
    """Whether a quote starts its sentence and stops mid-sentence ('“We will win,” she said'),
    unlike a title ('on “Fox News Sunday,” Pence said') or a finished sentence before a new one."""
    inner = text[quote[0] : quote[1]].rstrip("\"”»' ")
    if inner[-1:] == ".":
        return False
    start = ctx.paragraphs[paragraph_of(ctx.paragraphs, quote[0])]
    before = text[start : quote[0]].rstrip()
    return not before or before[-1] in '.!?:;"”'


def _interrupting_sentence(doc: Doc, token: Token, children: list[Token], ctx: Context) -> tuple[int, int] | None:
    """'Acts of protest, Mr. Obama said, are acts of patriotism': the cue phrase sits between commas
    inside the sentence it reports, which is then the content (as one extent, the phrase included)."""
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > token.i for c in children):
        return None
    subject = next((c for c in children if c.dep_ in SUBJECTS), None)
    if subject is None:
        return None
    first = min(token.i, subject.left_edge.i)
    last = max(token.i, subject.right_edge.i)
    while last + 1 < len(doc) and doc[last + 1].dep_ in ("npadvmod", "advmod") and doc[last + 1].head.i == token.i:
        last += 1  # "he said Monday,"
    if first == 0 or last + 1 >= len(doc) or doc[first - 1].text != "," or doc[last + 1].text != ",":
        return None
    sent = sentence_of(token)
    if first - 1 <= sent.start or last + 2 >= sent.end - 1:
        return None
    span = trim_tokens(doc, sent.start, sent.end - 1)
    return clip(doc, span, token, ctx)


def _interrupted_clause(doc: Doc, token: Token, ctx: Context) -> tuple[int, int] | None:
    """'..., Shin said.' parsed with the cue hanging from the clause it reports."""
    if _as_clause(token) and verb_lemma(token) in lex.SPEECH_VERBS:
        # "As The Post reported, Sanders would need ...", "..., as Comey noted": the clause it hangs from
        return clip(doc, subtree_chars(doc, token.head, (token,), ctx, token), token, ctx)
    if token.dep_ not in ("parataxis", "ccomp", "conj", "advcl") or token.head.i >= token.i:
        return None
    has_subject = any(c.dep_ in SUBJECTS for c in children_of(token))
    if not has_subject or any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in children_of(token)):
        return None
    if token.dep_ != "parataxis" and not (token.i > 0 and _comma_before_phrase(token)):
        return None
    head = token.head
    return clip(doc, subtree_chars(doc, head, (token,), ctx, token), token, ctx)


def _as_clause(token: Token) -> bool:
    """'as X noted' / 'as X reported': a reporting clause with a subject and no object of its own."""
    if token.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in children_of(token)):
        return False
    deps = {c.dep_ for c in children_of(token)}
    preps = lex.VERB_PREPOSITION_CUES.get(verb_lemma(token), frozenset())
    if any(c.dep_ == "prep" and c.lower_ in preps for c in children_of(token)):
        return False  # "as he spoke of his faith": the preposition's object is the content
    return bool(deps & set(SUBJECTS)) and not deps & {"ccomp", "dobj", "obj", "xcomp"}


def _comma_before_phrase(token: Token) -> bool:
    """Whether the 'X said' phrase is set off by a comma from what precedes it."""
    first = min([token, *(c.left_edge for c in children_of(token) if c.dep_ in SUBJECTS)], key=lambda t: t.i)
    return first.i > 0 and first.nbor(-1).text in (",", "—", "–", "--")


def _following_clause(doc: Doc, token: Token, ctx: Context) -> tuple[int, int] | None:
    """After 'X said:' or 'X told reporters': the rest of the sentence (or the next paragraph after ':')."""
    sent = sentence_of(token)
    start = token.i + 1
    while start < sent.end and doc[start].dep_ in ("dobj", "dative", "punct", "npadvmod", "prep", "pobj", "det"):
        if doc[start].text == ":":
            start += 1
            break
        if doc[start].dep_ == "prep":
            return None
        start += 1
    if start >= sent.end:
        return None
    end = sent.end - 1
    piece = trim_tokens(doc, start, end)
    if piece is None:
        return None
    return clip(doc, piece, token, ctx)
