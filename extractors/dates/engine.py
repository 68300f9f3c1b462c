"""Dates, the engine: run the rule table, settle overlaps, take in modifiers, run the discourse passes.

Linear in the article's length: each gate is searched once, each rule runs only in the windows
around its gate's hits, overlaps are settled on a bitmap of taken characters, and the passes after
look only at a few characters around each expression.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc

from extractors.dates.base import Ctx, Hit, Match, Rule
from extractors.dates.discourse import anchor_discourse, combine_anchored, join_ranges
from extractors.dates.patterns import APPROX_PREFIX, POS_PREFIX
from extractors.dates.rules import RULES
from extractors.dates.values import interval_of
from extractors.lexicons import dates as lex
from extractors.spans import char_span
from extractors.types import DateMention, Interval

_F = re.IGNORECASE
_WINDOW_BEFORE, _WINDOW_AFTER = 60, 90
_PRIORITY = {r.name: r.priority for r in RULES}
_PREFIX_POS = re.compile(rf"(?<![\w-])(?P<p>{POS_PREFIX})[\s]*$", _F)
_PREFIX_APPROX = re.compile(rf"(?<![\w-])(?P<p>{APPROX_PREFIX})\s+$", _F)
_POS_MODS = {k.removeprefix("the ").strip(): v for k, v in lex.POSITION_MODS.items()}
_DETERMINER = re.compile(r"(?:a|an|the|its|their|his|her|that|this)\s+", _F)
_REL_WORD = re.compile(r"(?:past|last|next|first|coming|previous|following|final|latest|remaining|same)\b", _F)
# A reference this near the ends of the calendar leaves no room for "last year" or "next week".
_FIRST_REFERENCE, _LAST_REFERENCE = date(3, 1, 1), date(9997, 12, 31)


def _windows(text: str, gate: re.Pattern[str]) -> list[tuple[int, int]]:
    """Merged stretches of ``text`` around the gate's hits."""
    out: list[tuple[int, int]] = []
    for m in gate.finditer(text):
        a, b = max(0, m.start() - _WINDOW_BEFORE), min(len(text), m.end() + _WINDOW_AFTER)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _rule_matches(ctx: Ctx, rule: Rule, windows: dict[re.Pattern[str], list[tuple[int, int]]]) -> list[re.Match[str]]:
    if rule.gate is None:
        return list(rule.pattern.finditer(ctx.text))
    if rule.gate not in windows:
        windows[rule.gate] = _windows(ctx.text, rule.gate)
    return [m for a, b in windows[rule.gate] for m in rule.pattern.finditer(ctx.text, a, b)]


def _candidates(ctx: Ctx, rules: tuple[Rule, ...]) -> list[Hit]:
    """Every rule's normalised matches, in table order (the handlers say None where no date is)."""
    hits: list[Hit] = []
    windows: dict[re.Pattern[str], list[tuple[int, int]]] = {}
    for rule in rules:
        for m in _rule_matches(ctx, rule, windows):
            start, end = m.start(), m.end()
            norm = rule.handler(Match(m), ctx, start)
            if norm is None:
                continue
            end -= norm.cut
            while end > start and ctx.text[end - 1].isspace():
                end -= 1
            if end > start:
                hits.append(Hit(start, end, rule.name, norm))
    return hits


def _select(hits: list[Hit], size: int) -> list[Hit]:
    """Longest first, then by rule priority; no two chosen hits overlap."""
    chosen: list[Hit] = []
    taken = bytearray(size)
    for h in sorted(hits, key=lambda h: (-(h.end - h.start), _PRIORITY[h.rule], h.start)):
        if taken.find(1, h.start, h.end) >= 0:
            continue
        chosen.append(h)
        taken[h.start : h.end] = b"\x01" * (h.end - h.start)
    chosen.sort(key=lambda h: h.start)
    return chosen


def _extend_left(ctx: Ctx, hits: list[Hit]) -> None:
    """Take in 'early', 'the end of', 'about', 'more than'... that TimeML keeps in the extent."""
    prev_end = 0
    for h in hits:
        window = ctx.text[max(prev_end, h.start - 30) : h.start]
        m = None
        if h.norm.type in ("DATE", "TIME") and not h.norm.value.endswith("_REF"):
            m = _PREFIX_POS.search(window)
            if m:
                word = re.sub(r"\s+", " ", m["p"].lower()).removeprefix("the ").strip()
                word = word.removesuffix(" in")
                h.start -= len(window) - m.start("p")
                h.norm.mod = _POS_MODS.get(word, _POS_MODS.get(word.rstrip("-"), h.norm.mod))
        if m is None and (h.norm.type in ("DURATION", "TIME") or h.rule in ("ago", "month_day", "month_day_year")):
            m = _PREFIX_APPROX.search(window)
            if m:
                word = re.sub(r"\s+", " ", m["p"].lower())
                h.norm.mod = lex.PREFIX_MODS.get(word)
                if word not in lex.PREFIX_MODS_OUTSIDE:
                    h.start -= len(window) - m.start("p")
        prev_end = h.end


def _trim_adjectival(ctx: Ctx, hits: list[Hit]) -> None:
    """Drop the determiner of a duration or quarter used as a modifier: TimeBank marks 'a [two-year]
    program' and 'its [third-quarter] loss', but 'in [the third quarter]'."""
    for h in hits:
        if h.norm.type != "DURATION" and not re.fullmatch(r"\d{4}-Q\d", h.norm.value):
            continue
        m = _DETERMINER.match(ctx.text, h.start, h.end)
        if not m or _REL_WORD.match(ctx.text, m.end()):
            continue
        after = h.end
        while after < len(ctx.text) and ctx.text[after].isspace():
            after += 1
        nxt = ctx.token_at(after)
        if nxt is not None and nxt.idx >= h.end and nxt.pos_ in ("NOUN", "PROPN", "ADJ"):
            h.start = m.end()


def find_hits(doc: Doc, reference: date | None = None, rules: tuple[Rule, ...] = RULES) -> list[Hit]:
    """The article's temporal expressions as rule hits (each names the rule that found it), in order."""
    text = doc.text
    if not text.strip():
        return []
    if reference is not None and not _FIRST_REFERENCE <= reference <= _LAST_REFERENCE:
        reference = None
    ctx = Ctx(doc=doc, text=text, ref=reference, starts=[t.idx for t in doc])
    hits = _select(_candidates(ctx, rules), len(text))
    _extend_left(ctx, hits)
    _trim_adjectival(ctx, hits)
    anchor_discourse(hits, reference)
    hits = combine_anchored(ctx, hits)
    return sorted(hits + join_ranges(ctx, hits), key=lambda h: (h.start, -h.end))


def extract_dates(doc: Doc, *, reference: date | None = None) -> list[DateMention]:
    """Temporal expressions of the article as TIMEX3-style records, in order of appearance."""
    text = doc.text
    out: list[DateMention] = []
    for h in find_hits(doc, reference):
        span = char_span(text, h.start, h.end)
        if not span.text:
            continue
        n = h.norm
        if n.interval:
            resolved: Interval | None = Interval(start=n.interval[0].isoformat(), end=n.interval[1].isoformat())
        elif n.type == "DATE" or (n.type == "TIME" and "T" in n.value):
            resolved = interval_of(n.value)
        else:
            resolved = None
        out.append(
            DateMention(span=span, type=n.type, value=n.value, mod=n.mod, resolved=resolved, ambiguous=n.ambiguous)
        )
    return out
