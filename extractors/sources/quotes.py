"""Quote cues: a quote framed by a speaker and a verb, introduced by a name and a colon, a quoted
fragment in a verb's object, and quotes that continue the speaker before them."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from extractors.sources.context import Context, Rel
from extractors.sources.grammar import FINITE, QUOTE_TOKENS, is_reporting
from extractors.sources.quotemarks import (
    SpanCover,
    is_quoted,
    overlaps,
    paragraph_of,
    quote_at,
    rstrip,
    to_closing_mark,
    word_count,
)
from extractors.sources.spans import clip, span_union, trim_tokens
from extractors.sources.speakers import attach_source
from extractors.tree import children_of


def orphan_quotes(ctx: Context, rels: Sequence[Rel]) -> list[Rel]:
    """Pass: a quote with no cue of its own continues the speaker just before it (same or next paragraph).

    It extends that speaker's content, as one extent over both pieces: PolNeAR annotates
    '“...,” Axelrod said. “...”' and 'Axelrod said X. “...”' as one relation, not two.
    """
    text, paragraphs = ctx.text, ctx.paragraphs
    out = list(rels)
    covered = SpanCover(len(text), (span for r in out for span in (r.content, r.source, r.cue)))
    # The relations that can host a quote (a content and a source: amending one keeps both), by cue
    # start (a stable sort: ties keep their order), so that the host is found by bisection.
    hosts = sorted((k for k, r in enumerate(out) if r.content and r.source is not None), key=lambda k: out[k].cue[0])
    host_starts = [out[k].cue[0] for k in hosts]
    for q in ctx.quotes:
        if word_count(text[q[0] : q[1]]) < 4:
            continue  # scare quotes and titles, not speech
        if covered.overlaps(q):
            continue
        # the last host (in cue order) whose cue ends before the quote
        at = bisect.bisect_right(host_starts, q[0]) - 1
        while at >= 0 and out[hosts[at]].cue[1] > q[0]:
            at -= 1
        if at < 0:
            continue
        host = out[hosts[at]]
        para = paragraph_of(paragraphs, q[0])
        if para - paragraph_of(paragraphs, host.cue[0]) > 1:
            continue
        assert host.content is not None
        gap = text[max(host.content[1], host.cue[1]) : q[0]]
        # the same speaker's quote goes on
        direct = host.direct or is_quoted(text, host.content) or not gap.strip()
        content = (min(host.content[0], q[0]), max(host.content[1], q[1]))
        out[hosts[at]] = replace(host, direct=direct, content=content)
        covered.add(content)  # (the grown content holds the old one)
    return out


# A name and a colon right before a quote, opening its line or set off by a dash: 'Bush: "The mission is
# to destroy ISIS."', '... - Carl Bialik: “One of the biggest lessons ...”', 'Rep. Trey Gowdy (R-S.C.):"...'.
_COLON_SPEAKER = re.compile(
    r"(?:^|\n|[-–—][ \t])[ \t]*(?:(?:More[ \t])?[Ff]rom[ \t]+)?"
    r"(?P<who>(?:[Tt]he[ \t])?[A-Z][\w.’'&-]*(?:[ \t](?:and[ \t])?[A-Z][\w.’'&-]*){0,5}(?:[ \t]\([^()\n]{1,30}\))?)"
    r"[ \t]*(?P<cue>:)[ \t\u00a0]*$"
)


# How far before its quote a colon speaker may start: six long words, a parenthesis and a dash.
_COLON_REACH = 300


_OPENS_AFTER_COLON = re.compile(r":[ \t\u00a0]*(?P<mark>[“\"])")


def colon_quotes(ctx: Context, rels: Sequence[Rel]) -> list[Rel]:
    """Pass: 'Carl Bialik: “...”': a quote introduced by its speaker's name and a colon."""
    doc, text, quotes = ctx.doc, ctx.text, ctx.quotes
    found: list[Rel] = []
    for q in quotes + _unpaired_after_colon(text, quotes):
        # The name and colon lie within _COLON_REACH characters before the quote: searching from the
        # start of its line made an article written as one long line quadratic.
        reach = max(0, q[0] - _COLON_REACH)
        line_start = text.rfind("\n", reach, q[0]) + 1
        lo = max(line_start - 1, reach)
        colon = q[0]
        while colon > lo and text[colon - 1] in " \t\u00a0\n":
            colon -= 1
        if text[colon - 1 : colon] != ":":
            continue  # (what the pattern needs before the quote, checked before searching for it)
        m = _COLON_SPEAKER.search(text, lo, q[0])
        if m is None or word_count(text[q[0] : q[1]]) < 4:
            continue
        who = doc.char_span(m.start("who"), m.end("who"), alignment_mode="expand")
        if who is None or not any(t.pos_ == "PROPN" for t in who) or any(t.pos_ in ("VERB", "AUX") for t in who):
            continue
        found.append(Rel(cue=m.span("cue"), cue_label=":", source=m.span("who"), source_head=who.root, content=q))
    return [*rels, *found]


def _unpaired_after_colon(text: str, quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quotes opened after a colon that the pairing lost (a quote inside it used the same marks): each runs to
    the last closing mark of its paragraph, or to the paragraph's end."""
    starts = {q[0] for q in quotes}
    found: list[tuple[int, int]] = []
    for m in _OPENS_AFTER_COLON.finditer(text):
        at = m.start("mark")
        if at in starts or quote_at(quotes, at, at + 1) is not None:
            continue
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        close = text.rfind("”", at + 1, end)
        found.append((at, close + 1 if close > 0 else rstrip(text, end)))
    return found


_FRAME_STOPS = frozenset([".", ",", ";", ":", "?", "!", "(", ")", "—", "–"])


def quote_frames(ctx: Context, rels: Sequence[Rel]) -> list[Rel]:
    """Pass: '“Go back to Univision,” Trump barked.', 'Hillary shot back, “I suppose ...”': a quote framed by
    a speaker and a verb of any kind (the quotation marks, not the verb, say that it is speech), or by
    a reporting verb whose subject the parser lost ('“...,” Tulsa police Chief Chuck Jordan said')."""
    doc, text, quotes = ctx.doc, ctx.text, ctx.quotes
    # (A quote taken here covers none of the later ones: the quotes are sorted and disjoint.)
    covered = SpanCover(len(text), (span for r in rels for span in (r.content, r.cue, r.source)))
    cues = {r.cue[0] for r in rels}
    starts = [t.idx for t in doc]
    out = list(rels)
    # Sourceless relations (a cue whose speaker the parser lost), by content start: few, and each
    # leaves the list once a frame gives it a speaker.
    sourceless = [k for k, r in enumerate(out) if r.source is None and r.content]
    found: list[Rel] = []
    for q in quotes:
        if word_count(text[q[0] : q[1]]) < 2:
            continue
        if covered.overlaps(q):
            # a cue found with its quote but not its speaker: '“...,” tweeted Rubio spokesman Alex Conant'
            lost = [k for k in sourceless if overlaps(q, out[k].content or q)]
            frame = _speaker_after(doc, text, q, starts, quotes) if lost else None
            for k in lost:
                if frame is not None and overlaps(frame.cue, out[k].cue):
                    out[k] = replace(out[k], source=frame.source)
            if frame is not None and frame.source is not None:
                sourceless = [k for k in sourceless if out[k].source is None]
            continue
        rel = _speaker_after(doc, text, q, starts, quotes) or _speaker_before(doc, text, q, starts, quotes)
        if rel is None or rel.cue[0] in cues or rel.source is None:
            continue
        cues.add(rel.cue[0])
        found.append(rel)
    return [*out, *found]


def _frame_verb(tokens: list[Token]) -> Token | None:
    """The verb of a short 'X said' / 'said X' frame: a reporting verb, else its only finite verb."""
    verbs = [t for t in tokens if t.tag_ in FINITE and t.lemma_ != "be"]
    reporting = [t for t in tokens if t.pos_ in ("VERB", "AUX") and is_reporting(t)]
    if reporting:
        return reporting[0]
    return verbs[0] if len(verbs) == 1 else None


def _with_particle(doc: Doc, verb: Token) -> tuple[int, int]:
    """The cue: the verb and its particle ('shot back', 'went on', 'cut in')."""
    particle = next(
        (c for c in children_of(verb) if c.i == verb.i + 1 and (c.dep_ == "prt" or c.lower_ in ("back", "on", "in"))),
        None,
    )
    last = particle if particle is not None else verb
    return (verb.idx, last.idx + len(last))


def _speaker_after(
    doc: Doc, text: str, q: tuple[int, int], starts: list[int], quotes: list[tuple[int, int]]
) -> Rel | None:
    """'“...,” Trump barked.' / '“...?” asked Ann Lee.': the frame after a quote that breaks off."""
    inner = text[q[0] : q[1]].rstrip("\"”»' ")
    comma_after = text[q[1] : q[1] + 1] == ","
    if not (inner[-1:] in (",", "?", "!", "—", "–") or comma_after):
        return None
    before = text[text.rfind("\n", 0, q[0]) + 1 : q[0]].rstrip()
    if before and before[-1] not in '.!?:;"”':
        return None  # the quote must open its sentence
    i = bisect.bisect_left(starts, q[1])
    if i < len(doc) and doc[i].text == ",":
        i += 1
    window: list[Token] = []
    while i < len(doc) and len(window) <= 12:
        t = doc[i]
        if t.text in _FRAME_STOPS or t.text in QUOTE_TOKENS or "\n" in t.text:
            break
        window.append(t)
        i += 1
    else:
        if i < len(doc):
            return None  # no end to the frame: a sentence of its own, not a frame
    verb = _frame_verb(window)
    if verb is None or quote_at(quotes, verb.idx, verb.idx + len(verb)) is not None:
        return None
    at = window.index(verb)
    if at == 0:  # "said Hester", "asked a reporter from Fox"
        people = window[1:]
        while people and people[0].dep_ in ("prt", "advmod", "npadvmod"):
            people = people[1:]
    else:  # "Trump barked", "an angry Hollande retaliated"
        people = window[:at]
        while people and people[-1].dep_ in ("advmod", "neg"):
            people = people[:-1]
    if not people or any(t.pos_ in ("VERB", "AUX", "ADP") and not t.is_title for t in people):
        return None  # (a capitalised word is a name the tagger took for a verb: "Tulsa police Chief ...")
    if not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in people):
        return None
    if at > 0 and people[-1].pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    source = trim_tokens(doc, people[0].i, people[-1].i)
    if source is None:
        return None
    cue = _with_particle(doc, verb)
    return Rel(cue=cue, cue_label=text[cue[0] : cue[1]].lower(), source=source, content=q, direct=True)


def _speaker_before(
    doc: Doc, text: str, q: tuple[int, int], starts: list[int], quotes: list[tuple[int, int]]
) -> Rel | None:
    """'Trump barked, “Go back to Univision.”', 'he demurred: “Whichever one I'm in.”': a quote
    that closes the sentence of its speaker and verb."""
    k = bisect.bisect_left(starts, q[0]) - 1
    if k < 1:
        return None
    punct = doc[k].text in (",", ":")
    if punct:
        k -= 1
    verb = doc[k]
    while verb.dep_ in ("prt", "advmod") and verb.head.i < verb.i and verb.i - verb.head.i <= 3:
        verb = verb.head  # "shot back,", "went even further:"
    if (verb.tag_ not in FINITE and verb.tag_ != "VBG") or verb.lemma_ == "be" or verb.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.idx < q[0] for c in children_of(verb)):
        return None
    if quote_at(quotes, verb.idx, verb.idx + len(verb)) is not None:
        return None
    words = re.findall(r"[A-Za-z]\w*", text[q[0] : q[1]])
    if not punct and (verb.tag_ == "VBG" or all(w[0].isupper() for w in words)):
        return None  # 'chanted “What curfew?”' is speech; 'watched “The Apprentice”' a title
    first = text[q[0] + 1 : q[0] + 3].lstrip("'")
    if not first[:1].isupper():
        return None
    after = text[q[1] : q[1] + 2]
    if after.strip() and after.strip()[0] not in ".\n" and text[q[1] - 2 : q[1] - 1] not in (".", "?", "!"):
        return None  # the quote must close the sentence
    cue = _with_particle(doc, verb)
    speaker = attach_source(verb, list(children_of(verb)), quotes)
    return Rel(
        cue=cue,
        cue_label=text[cue[0] : cue[1]].lower(),
        source=speaker.span,
        source_head=speaker.head,
        antecedent=speaker.antecedent,
        content=q,
        direct=True,
    )


_COMPLEMENTS = frozenset(["dobj", "prep", "oprd", "ccomp", "xcomp", "dative", "attr", "acomp"])


_SPEAKING_ENTITIES = frozenset(["PERSON", "ORG", "NORP", "GPE"])


_SPEAKING_PRONOUNS = frozenset(["he", "she", "they", "we", "i", "who"])


def fragment_cues(ctx: Context, rels: Sequence[Rel]) -> list[Rel]:
    """Pass: 'Bush described his skills as a “work in progress.”', 'Clinton decried the GOP for “turning its back”':
    a quoted fragment in the object or complement of a verb of any kind whose subject is a person or an
    organisation is that subject's words; the verb is the cue, its complement the content. Quotes whose
    words are all capitalised are titles, not words of the subject."""
    doc, text, quotes = ctx.doc, ctx.text, ctx.quotes
    covered = SpanCover(len(text), (span for r in rels for span in (r.content, r.cue, r.source)))
    cues = {r.cue[0] for r in rels}
    found: list[Rel] = []
    starts = [t.idx for t in doc]
    for q in quotes:
        words = re.findall(r"[A-Za-z]\w*", text[q[0] : q[1]])
        if not words or all(w[0].isupper() for w in words) or covered.overlaps(q):
            continue
        inside = doc[bisect.bisect_left(starts, q[0]) : bisect.bisect_left(starts, q[1])]
        top = next((t for t in inside if not t.is_punct and not (q[0] <= t.head.idx < q[1])), None)
        if top is None:
            continue
        child, verb = top, top.head
        while verb.i != child.i and verb.pos_ not in ("VERB", "AUX"):
            child, verb = verb, verb.head
        if verb.i == child.i or child.dep_ not in _COMPLEMENTS or verb.i > child.i or verb.lemma_ == "be":
            continue
        if quote_at(quotes, verb.idx, verb.idx + len(verb)) is not None:
            continue
        if verb.idx in cues:
            continue  # '“...,” he said on “Meet the Press.”': the verb already cues its own quote
        speaker = attach_source(verb, list(children_of(verb)), quotes)
        head = speaker.head
        if head is None or not (
            head.ent_type_ in _SPEAKING_ENTITIES or head.lower_ in _SPEAKING_PRONOUNS or head.pos_ == "NOUN"
        ):
            continue
        parts = [c for c in children_of(verb) if c.i > verb.i and c.dep_ in _COMPLEMENTS]
        content = clip(doc, span_union(doc, parts, ctx, verb), verb, ctx)
        if content is None or covered.overlaps(content):
            continue
        content = to_closing_mark(text, content, quotes)
        covered.add(content)
        cue = _with_particle(doc, verb)
        found.append(
            Rel(
                cue=cue,
                cue_label=text[cue[0] : cue[1]].lower(),
                source=speaker.span,
                source_head=head,
                antecedent=speaker.antecedent,
                content=content,
            )
        )
    return [*rels, *found]
