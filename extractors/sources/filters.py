"""Filters: phrases cut off other contents, empty and nested stances dropped, duplicates dropped, and
(on the typed attributions) attributions nested in another's content dropped."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace

import msgspec
from spacy.tokens import Doc, Token

from extractors.lexicons import attribution as lex
from extractors.sources.context import Context, Rel
from extractors.sources.grammar import CLOSING_TOKENS, SUBJECTS, is_infinitive, verb_lemma
from extractors.tree import children_of
from extractors.types import Attribution, Span

# "and" / "but" left at the end of a content once a phrase after it is cut off.
_TRAILING_CONJUNCTION = re.compile(r"[\s,]+(?:and|but)$")


def cut_phrases(ctx: Context, rels: Sequence[Rel]) -> list[Rel]:
    """Pass: take 'according to X' and 'citing X' off the edges of the other contents they sit in."""
    text = ctx.text
    phrases = [r.phrase for r in rels if r.phrase is not None]
    # The phrases by start (with their place in ``rels``): a content is only cut by the phrases that
    # start inside it, found by bisection rather than by trying every phrase on every content.
    by_start = sorted((p[0], k) for k, p in enumerate(phrases))
    out: list[Rel] = []
    for rel in rels:
        if rel.content is None:
            out.append(rel)
            continue
        start, end = rel.content
        inside = by_start[bisect.bisect_left(by_start, (start, -1)) : bisect.bisect_left(by_start, (end, -1))]
        for k in sorted(k for _, k in inside):  # (in their order: each cut moves the content's ends)
            p_start, p_end = phrases[k]
            if not ((start <= p_start < end and p_end <= end) or start < p_start < end <= p_end):
                continue  # (a second cue's quote may end past the first content: "... and added, “...”")
            if (p_start, p_end) == (start, end):
                continue
            if _only(text, p_end, end, " ,.;:—–-\n"):
                end = p_start
            elif _only(text, start, p_start, " ,;:—–-\n"):
                start = p_end
        trimmed = _trimmed(text, start, end)
        if trimmed is not None:
            rel = replace(rel, content=trimmed)
        out.append(rel)
    return out


_EDGE = " ,;:—–-"


def _only(text: str, start: int, end: int, chars: str) -> bool:
    """Whether ``text[start:end]`` holds only ``chars`` (read up to the first other one, not copied)."""
    return all(text[i] in chars for i in range(start, end))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The content without edge space and punctuation (``_EDGE``) or a trailing 'and' / 'but'.

    Read from the content's two ends only: a content is a slice of the article, and nested reports
    give nested contents, so copying and rescanning each one made a text of many reports quadratic.
    """
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    first, last = start, end
    while first < last and text[first] in _EDGE:
        first += 1
    while last > first and text[last - 1] in _EDGE:
        last -= 1
    if text[last - 1 : last] == "\n":  # ('$' also matches before a final line break: the regex decides)
        piece = text[start:end]
        kept = _TRAILING_CONJUNCTION.sub("", piece.strip(_EDGE)).rstrip(_EDGE)
        at = piece.find(kept)  # (-1: 'and' cut from before the line break leaves no slice of the text)
        return (start + at, start + at + len(kept)) if kept and at >= 0 else None
    if last - first > 3 and text[last - 3 : last] in ("and", "but"):
        run = last - 3
        while run > first and (text[run - 1].isspace() or text[run - 1] == ","):
            run -= 1
        if run < last - 3:  # (_TRAILING_CONJUNCTION: at least one space or comma before the word)
            last = run
    while last > first and text[last - 1] in _EDGE:
        last -= 1
    return (first, last) if first < last else None


def drop_empty(ctx: Context, rels: Sequence[Rel]) -> list[Rel]:
    """Pass: drop what is left without a content (but 'declined to comment', a content of its own kind)."""
    return [r for r in rels if r.content is not None or r.no_comment]


def drop_nested_stances(ctx: Context, rels: Sequence[Rel]) -> list[Rel]:
    """Pass: 'said they want the next president to ...': a stance inside reported speech is part of that speech."""
    contents = [r.content for r in rels if r.content is not None and not r.weak]
    return [r for r in rels if not (r.weak and any(c[0] <= r.cue[0] and r.cue[1] <= c[1] for c in contents))]


def dedupe(ctx: Context, rels: Sequence[Rel]) -> list[Rel]:
    """Pass: one attribution per (cue, content, source); citing chains keep both sources on purpose."""
    seen: set[tuple[tuple[int, int], tuple[int, int] | None, tuple[int, int] | None]] = set()
    out: list[Rel] = []
    for rel in sorted(rels, key=lambda r: (r.cue[0], r.content or (0, 0))):
        key = (rel.cue, rel.content, rel.source)
        if key in seen:
            continue
        seen.add(key)
        out.append(rel)
    return out


_NESTED_KEPT = ("advcl", "conj")


def drop_nested(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """Keep the outer attribution of 'X said Y thinks Z': PolNeAR annotates what X said, not the
    attributions inside it (under 1% of its relations are nested), so 'thinks' would be a false hit.

    Kept: a cue before the outer cue with the same speaker ('Biden suggested ..., Biden said'),
    where the outer content has run back over an attribution of its own.
    """

    def inside(inner: Attribution, outer: Attribution) -> bool:
        content = outer.content_span
        return content is not None and content.start <= inner.cue_span.start and inner.cue_span.end <= content.end

    def same_speaker_before(a: Attribution, o: Attribution) -> bool:
        same = a.source is not None and a.source.lower() == (o.source or "").lower()
        return same and a.cue_span.start < o.cue_span.start

    def same_speaker_after(a: Attribution, o: Attribution) -> bool:
        # 'X said A and proposed B', 'X said A, noting B': a second cue of the same speaker that the
        # parser hangs inside the first content is a report of its own (the first content ends before it)
        same = a.source is not None and a.source.lower() == (o.source or "").lower()
        inner = roots[a.cue_span]
        return (
            same
            and a.cue_span.start > o.cue_span.start
            and inner is not None
            and (inner.dep_ == "conj" or (inner.dep_ == "advcl" and inner.tag_ == "VBG"))
            and not any(c.dep_ in SUBJECTS for c in children_of(inner))
            and not is_infinitive(inner)
            and (verb_lemma(inner) in lex.SPEECH_VERBS or verb_lemma(inner) in lex.JUDGING_VERBS)
        )

    def root(a: Attribution) -> Token | None:
        piece = doc.char_span(a.cue_span.start, a.cue_span.end, alignment_mode="expand")
        return piece.root if piece is not None else None

    roots = {a.cue_span: root(a) for a in found}

    def linked(a: Attribution, o: Attribution) -> bool:
        inner, outer = roots[a.cue_span], roots[o.cue_span]
        if inner is None or outer is None:
            return False
        if _answers(outer, inner):
            return True  # 'Asked if ..., Cruz said no': the question's content ran over the answer
        if inner.dep_ == "ccomp" and inner.head.i == outer.i and inner.i < outer.i:
            return True  # 'Most voters said ..., according to exit polls': both are reports
        return inner.dep_ in _NESTED_KEPT and inner.head.i == outer.i and inner.i > outer.i

    # only attributions whose content starts at most the longest content's length before a cue can hold
    # it: look those up by content start instead of comparing every pair (long articles have thousands)
    outers = sorted(
        ((o.content_span.start, o.content_span.end, o) for o in found if o.content_span), key=lambda x: x[0]
    )
    starts = [start for start, _, _ in outers]
    longest = max((end - start for start, end, _ in outers), default=0)

    def nested(a: Attribution) -> bool:
        # (a generator: nested reports put every outer content around each inner cue, and the first
        # outer that holds the cue decides; a list of them all made nested reports quadratic)
        lo = bisect.bisect_left(starts, a.cue_span.start - longest)
        window = (outers[j][2] for j in range(lo, bisect.bisect_right(starts, a.cue_span.start)))
        return any(
            o.cue_span != a.cue_span
            and inside(a, o)
            and not inside(o, a)
            and not same_speaker_before(a, o)
            and not linked(a, o)
            and not same_speaker_after(a, o)
            for o in window
        )

    kept = [a for a in found if not nested(a)]
    seconds = [a for a in kept if (r := roots[a.cue_span]) is not None and r.dep_ in ("conj", "advcl")]
    kept = [
        _end_before_second_cue(doc, o, [a for a in seconds if inside(a, o) and same_speaker_after(a, o)]) for o in kept
    ]
    return [_trim_question(doc, o, roots, kept) for o in kept]


def _end_before_second_cue(doc: Doc, o: Attribution, seconds: list[Attribution]) -> Attribution:
    """End the content of 'X said A and proposed B' before the second cue's clause."""
    content = o.content_span
    if content is None or not seconds:
        return o
    cue = min(seconds, key=lambda a: a.cue_span.start)
    piece = doc.char_span(cue.cue_span.start, cue.cue_span.end, alignment_mode="expand")
    if piece is None:
        return o
    first = piece.root.left_edge.i
    if doc[first].idx <= max(content.start, o.cue_span.end):
        return o
    last = first - 1
    while (
        last >= 0
        and (doc[last].is_punct or doc[last].is_space or doc[last].dep_ == "cc")
        and doc[last].text not in CLOSING_TOKENS
    ):
        last -= 1
    if last < 0 or doc[last].idx < content.start:
        return o
    end = doc[last].idx + len(doc[last])
    if not content.start < end < content.end:
        return o
    cut = Span(start=content.start, end=end, text=content.text[: end - content.start])
    return msgspec.structs.replace(o, content_span=cut)


def _answers(question: Token, answer: Token) -> bool:
    """'Asked if ..., Cruz said no': the answer governs the question."""
    return question.dep_ == "advcl" and question.head.i == answer.i and question.i < answer.i


def _trim_question(doc: Doc, o: Attribution, roots: dict[Span, Token | None], kept: list[Attribution]) -> Attribution:
    """End the content of 'Asked if ..., Cruz said no' at the question, before the answer."""
    outer, content = roots[o.cue_span], o.content_span
    if outer is None or content is None or outer.dep_ != "advcl":
        return o  # only a question hung on its answer is trimmed (see _answers)
    answers = [r for a in kept if (r := roots[a.cue_span]) is not None and _answers(outer, r)]
    if not answers:
        return o
    last = outer.right_edge
    while last.i > outer.i and (last.is_punct or last.is_space):
        last = doc[last.i - 1]
    end = last.idx + len(last)
    if not content.start < end < content.end:
        return o
    cut = Span(start=content.start, end=end, text=content.text[: end - content.start])
    return msgspec.structs.replace(o, content_span=cut)
