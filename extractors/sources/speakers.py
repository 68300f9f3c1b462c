"""Who speaks for a verb cue: the source-climbing walk from the cue to its subject, its owner, or the
subject of the verb it hangs from (hand-written, like textacy's ``direct_quotations``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from extractors.lexicons import attribution as lex
from extractors.sources.context import Context
from extractors.sources.grammar import (
    CLOSING_TOKENS,
    RELATIVE,
    is_infinitive,
    is_reporting,
    subject_of,
    verb_lemma,
)
from extractors.sources.quotemarks import quote_at
from extractors.sources.spans import phrase_chars, sentence_of
from extractors.tree import children_of

_ASIDE_OPENERS = frozenset([",", "—", "–", "-", "--", "("])


_ASIDE_CLOSERS = frozenset([",", "—", "–", "-", "--", ")"])


# A quotation mark or paragraph break: what a parse that runs over sentences crosses.
_QUOTE_OR_BREAK = re.compile(r"[\n\"“”«»„‟]|''")


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a verb cue's words are attributed to (``span`` None: the parse names no one)."""

    span: tuple[int, int] | None = None
    head: Token | None = None
    antecedent: Token | None = None  # the noun a relative pronoun source stands for
    continues: bool = False  # "X said A, adding B": the cue goes on with the report of the verb it hangs on


def attach_source(token: Token, children: list[Token], quotes: list[tuple[int, int]]) -> Speaker:
    """The subject of the cue, or of the verb or noun it hangs from.

    'he said, adding that ...' (participle), 'likely to say' (adjective), 'by saying' (preposition),
    'voters saying they ...' (participle on a noun), 'who said' (relative clause).
    """
    agent = next((c for c in children if c.dep_ == "agent"), None)
    asker = next((c for c in children_of(agent) if c.dep_ == "pobj"), None) if agent is not None else None
    if asker is not None and token.tag_ == "VBN":
        # "Asked by a reporter whether ...": a participle without its auxiliary, its agent the source
        return Speaker(phrase_chars(token.doc, asker), asker)
    verb: Token = token
    continues = False
    for _ in range(4):
        subj = subject_of(verb, quotes)
        if subj is None and verb is not token:
            # "X was forced into damage control and said ...", "X was pressed to explain ...": the
            # passive subject of the verb the cue hangs from is who speaks
            subj = next(
                (c for c in children_of(verb) if c.dep_ == "nsubjpass" and c.lower_ not in ("it", "there")), None
            )
        if subj is not None:
            antecedent = verb.head if subj.lower_ in RELATIVE and verb.dep_ == "relcl" else None
            return Speaker(phrase_chars(token.doc, subj), subj, antecedent, continues)
        if verb is not token and verb.pos_ in ("NOUN", "PROPN"):
            # "Cruz's refusal to disavow ...", "their strategy of attacking ...": the noun's owner speaks;
            # "mounted a campaign to condemn ...", "took the step of criticizing ...": the one who acts
            owner = next((c for c in children_of(verb) if c.dep_ == "poss"), None)
            if owner is not None:
                return Speaker(phrase_chars(token.doc, owner), owner, continues=continues)
            holder = _noun_holder(verb)
            if holder is None:
                return Speaker(continues=continues)
            verb = holder
            continue
        head = verb.head
        controller = _object_controller(verb)
        if controller is not None:
            return Speaker(phrase_chars(token.doc, controller), controller, continues=continues)
        if verb.dep_ in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
            if (
                verb.dep_ == "acl"
                and verb.tag_ == "VB"
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))
            ):
                verb = head  # "an effort to paint X as ...": whoever makes the effort
                continue
            if verb.dep_ == "acl" and verb.tag_ != "VBG" and head.dep_ != "ROOT":
                # "the remarks made ...": a passive participle's noun is not its speaker
                return Speaker(continues=continues)
            if verb.dep_ == "acl" and _carrier(head):
                verb = head.head  # "the council approved a resolution condemning ...": the council speaks
                continue
            if verb.dep_ == "acl" and verb.tag_ == "VBG" and _carrier_in(head):
                verb = head.head.head  # "X shot back in an article stating ...": X speaks
                continue
            return Speaker(phrase_chars(token.doc, head), head, continues=continues)
        if verb.dep_ == "pcomp" and head.dep_ == "prep":
            verb = head.head  # "distanced himself by saying ..."
        elif verb.dep_ in ("conj", "xcomp", "advcl") and head.pos_ in ("VERB", "AUX", "ADJ"):
            if verb.dep_ == "advcl" and verb.tag_ != "VBG" and not any(c.lower_ == "to" for c in children_of(verb)):
                # participles ("..., saying") and purposes ("met to discuss") share the subject
                return Speaker(continues=continues)
            verb = head
            reporter = verb.head
            if (
                verb.dep_ == "ccomp"
                and verb.i > reporter.i
                and is_reporting(reporter)
                and not _QUOTE_OR_BREAK.search(token.doc[reporter.i : verb.left_edge.i].text_with_ws)
                and quote_at(quotes, reporter.idx, reporter.idx + len(reporter)) is None
                and _reports_again(token)
            ):
                # "X said he would win, adding ...": the parser hangs the second cue on the reported
                # clause, but it shares the subject of the reporting verb, not of what was reported
                verb = reporter
                continues = True
        elif verb.dep_ == "acomp" and head.pos_ in ("VERB", "AUX"):
            verb = head  # "X was quick to point out ...", "voters are more likely to say ..."
        else:
            return Speaker(continues=continues)
    return Speaker(continues=continues)


def _reports_again(token: Token) -> bool:
    """A second cue that reports on its own ('said A, adding B'), not one more thing in what was reported
    ('said he would sit Putin down and tell him ...', 'said they are going ahead and will see ...')."""
    lemma = verb_lemma(token)
    if is_infinitive(token):
        return False
    held = lemma in lex.STANCE_VERBS or lemma in lex.INTENTION_VERBS or lemma in lex.COGNITION_VERBS
    return lemma in lex.SPEECH_VERBS or lemma in lex.JUDGING_VERBS or not held


def _noun_holder(noun: Token) -> Token | None:
    """The verb a noun is the object of, directly or through a preposition ('look for chances to ...')."""
    if noun.dep_ in ("dobj", "obj", "attr") and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX"):
        return noun.head.head
    return None


def stranded_subject(token: Token, ctx: Context) -> SpacySpan | None:
    """The noun phrase that opens a finite cue's clause but that the parser hung elsewhere:
    'Sen. Jane Doe, facing a close race, said ...', '“...,” said retired judge Ann Lee', or a
    paragraph's first words read into the sentence before (sentences run over paragraph breaks)."""
    if token.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    doc = token.doc
    i = token.i - 1
    while i >= 0 and doc[i].dep_ == "advmod" and doc[i].head == token:
        i -= 1  # "also accused", "bluntly suggested"
    if i >= 0 and doc[i].text == ",":
        j = i - 1
        while j > max(i - 30, 0) and doc[j].text not in (",", "\n") and not doc[j].is_space:
            j -= 1
        if doc[j].text != ",":
            return None
        i = j - 1
    chunk = ctx.chunk_at(i) if i >= 0 else None
    if chunk is None or chunk.end != i + 1 or (chunk.root.pos_ == "PRON" and chunk.root.lower_ in RELATIVE):
        chunk = None
    elif chunk.start > 0 and not (doc[chunk.start - 1].text == "," or doc[chunk.start - 1].is_space):
        chunk = None  # the clause must open with it (or an introductory phrase before a comma)
    if chunk is None and _after_quote(token) and token.i + 1 < len(doc):
        chunk = ctx.chunk_at(token.i + 1, starting=True)
    if chunk is not None and chunk.root.tag_ in ("WP", "WDT", "WP$"):
        return None  # "Asked what ...": a question, not a speaker
    return chunk


def opening_subject(token: Token, ctx: Context) -> SpacySpan | None:
    """'Sen. Jane Doe, facing a close race in Iowa, a swing state, said ...': the noun phrase that opens the
    sentence (or its paragraph), when only asides set off by commas, dashes or brackets lie between it and
    a finite cue the parser left without a subject."""
    if token.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    doc = token.doc
    i = token.i - 1
    while i >= 0 and doc[i].head == token and doc[i].dep_ in ("advmod", "npadvmod", "aux", "neg"):
        i -= 1  # "also said", "last week said"
    if i < 0 or doc[i].text not in _ASIDE_CLOSERS:
        return None
    start = sentence_of(token).start
    for k in range(i, start - 1, -1):
        if "\n" in doc[k].text:
            start = k + 1  # sentences run over paragraph breaks
            break
    chunk = ctx.chunk_at(start, starting=True) if start < len(doc) else None
    if chunk is not None and chunk.text.isupper() and doc[chunk.end].text in _ASIDE_OPENERS:
        # a dateline ("WASHINGTON -- President Obama, ..., said"): the sentence opens after its dash
        dash = next((t for t in doc[chunk.end : i] if t.text in ("—", "–", "--")), None)
        chunk = ctx.chunk_at(dash.i + 1, starting=True) if dash is not None else None
    if chunk is None or chunk.end >= i or doc[chunk.end].text not in _ASIDE_OPENERS:
        return None
    if chunk.root.tag_ in ("WP", "WDT", "WP$") or chunk.root.lower_ in ("it", "there", "this", "that"):
        return None
    return chunk


def _after_quote(token: Token) -> bool:
    """The token follows a closing quotation mark, with at most a comma between ('“...,” added X')."""
    i = token.i - 1
    while i >= 0 and (token.doc[i].is_space or token.doc[i].text in (",", "—", "–")):
        i -= 1
    return i >= 0 and token.doc[i].text in CLOSING_TOKENS


def _object_controller(verb: Token) -> Token | None:
    """The object that is the understood subject of an infinitive: 'led some to speculate ...',
    'forced his rival to distance herself from ...' (the object speaks, not the subject)."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)):
        return None
    head = verb.head
    if verb_lemma(head) not in lex.OBJECT_CONTROL_VERBS:
        return None
    return next((c for c in children_of(head) if c.dep_ in ("dobj", "obj") and c.i < verb.i), None)


def _carrier(noun: Token) -> bool:
    """A thing that carries someone's words as the object of what they did ('released a statement')."""
    if noun.dep_ not in ("dobj", "obj") or noun.pos_ != "NOUN" or noun.head.pos_ not in ("VERB", "AUX"):
        return False
    lemma = noun.lemma_.lower()
    return not (noun.ent_type_ or lemma in lex.UNNAMED_PERSON_NOUNS or lemma in lex.TITLE_NOUNS)


def _carrier_in(noun: Token) -> bool:
    """A thing someone speaks in or during ('in an article', 'during a speech'), the phrase on their verb."""
    prep = noun.head
    if noun.dep_ != "pobj" or noun.pos_ != "NOUN" or prep.lower_ not in ("in", "during", "on", "at"):
        return False
    if prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    lemma = noun.lemma_.lower()
    return not (noun.ent_type_ or lemma in lex.UNNAMED_PERSON_NOUNS or lemma in lex.TITLE_NOUNS)
