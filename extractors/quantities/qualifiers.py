"""Quantities, qualifiers and ranges: bounds words before and after an amount ("about", "more
than", "or more", "+"), and two amounts joined into a range ("10-20", "between 10 and 20")."""

from __future__ import annotations

import re

from spacy.tokens import Token

from extractors.lexicons.quantities import CHANGE_DOWN, CHANGE_LEVEL, CHANGE_UP, POSTFIX_QUALIFIERS, PREFIX_QUALIFIERS
from extractors.quantities.base import Cand, DocView
from extractors.quantities.patterns import patterns

_NEXT_BOUND = re.compile(
    r"\s*(?:than\b|equal\b|or equal\b|to\s+\d|\$?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty"
    r"|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)\b)",
    re.IGNORECASE,
)
# Verbs whose "over N years" is a bound on the time taken or served ("it took over 10 years").
_TAKE_VERBS = frozenset({"take", "last", "spend", "serve", "wait", "live", "work", "stay", "run", "age", "be"})
_BOUNDED = frozenset({"more_than", "at_least", "less_than", "at_most", "up_to"})
_LOWER = frozenset({"more_than", "at_least"})
_UPPER = frozenset({"less_than", "at_most", "up_to"})


def prefix_qualifier(words: str) -> str:
    """The qualifier of a bounds phrase as matched ("More  than", "> =")."""
    key = " ".join(words.lower().split())
    return PREFIX_QUALIFIERS.get(key) or PREFIX_QUALIFIERS.get(key.replace(" ", ""), "exact")


def qualify(text: str, cand: Cand) -> None:
    """Bounds words before ("about", "more than") and after ("or more", "+") the amount."""
    p = patterns()
    window = text[max(0, cand.start - 40) : cand.start]
    m = p["prefix_q"].search(window)
    if m:
        group = "q" if m["q"] else "sym"
        cand.qualifier = prefix_qualifier(m[group])
        cand.prefix_start = max(0, cand.start - 40) + m.start(group)
    post = p["postfix_q"].match(text, cand.end)
    if post and _NEXT_BOUND.match(text, post.end()):
        post = None  # "5000 or less than 6000": the words bound the next number
    if post:
        word = (post["q"] or post["plus"]).lower().strip()  # "20 + versions"
        qual = POSTFIX_QUALIFIERS.get(word, POSTFIX_QUALIFIERS.get(word.lstrip("-"), "at_least"))
        cand.qualifier = qual  # "about five hundred or more": the explicit bound wins
        cand.end = post.end()
    if cand.prefix_start >= 0:
        cand.start = cand.prefix_start


def period_over(c: Cand, d: DocView) -> bool:
    """ "over 10 years" after a verb or an amount spans a period ("spread over 10 years", "$5bn over
    three years"); after "for", "in", "of", "after", a copula or an adverb it is a bound ("for over
    10 years", "in over a decade", "it took over 10 years")."""
    over = d.token_at(c.prefix_start) if c.prefix_start >= 0 else None
    if over is None or over.lower_ != "over" or over.i == 0:
        return False
    if re.match(r"\s+ago\b", d.text[c.end : c.end + 6]):
        return False  # "over 20 years ago"
    prev = over.nbor(-1)
    return prev.pos_ in ("NOUN", "PROPN", "NUM", "SYM") or (prev.pos_ == "VERB" and prev.lemma_ not in _TAKE_VERBS)


def set_bounds(c: Cand) -> None:
    if c.qualifier in _LOWER and c.low is None:
        c.low = c.value
    elif c.qualifier in _UPPER and c.high is None:
        c.high = c.value


def merge_ranges(text: str, cands: list[Cand], d: DocView) -> list[Cand]:
    """ "10-20", "between 10 and 20", "from 10 to 20", "more than 10 and less than 40" -> one range;
    a change between two levels ("rose from 5% to 7%", "narrowed to $3bn from $5bn") -> both levels,
    with the direction and the unit carried across, and a range over them."""
    out: list[Cand] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        b = cands[i + 1] if i + 1 < len(cands) else None
        if b is not None and a.value is not None and b.value is not None and a.kind != "vague" and b.kind != "vague":
            levels = _change_between(text, a, b, d)
            if levels is not None:
                out.extend(levels)
                i += 2
                continue
            merged = _range_of(text, a, b, d)
            if merged is not None:
                out.append(merged)
                i += 2
                continue
            if _score(text, a, b):
                i += 2  # "won 3-1", "a 131-115 win": a score, not two quantities
                continue
        out.append(a)
        i += 1
    return out


def _score(text: str, a: Cand, b: Cand) -> bool:
    """Two bare integers joined by a dash, the first not smaller: a score or a tally ("3-1", "20-0")."""
    if a.unit is not None or b.unit is not None or a.num is None or b.num is None:
        return False
    if text[a.end : b.start].strip(" ") not in ("-", "–", "—") or a.qualifier != "exact" or b.qualifier != "exact":
        return False
    return bool(re.fullmatch(r"\d+", a.num.text) and re.fullmatch(r"\d+", b.num.text)) and (a.value or 0) >= (
        b.value or 0
    )


def _range_of(text: str, a: Cand, b: Cand, d: DocView) -> Cand | None:
    assert a.value is not None and b.value is not None
    between = text[a.end : b.start if b.prefix_start < 0 else b.prefix_start]
    joiner = between.strip().lower()
    if len(between) > 12:
        return None
    if a.unit is not None and b.unit is not None and a.unit != b.unit:
        return None
    # two bounds: "more than 10 and less than 40", "at most 100 and at least 20"
    if a.qualifier in _BOUNDED and b.qualifier in _BOUNDED and joiner in ("and", "but", ",", "and also", ", and"):
        lo, hi = (a, b) if a.qualifier in _LOWER and b.qualifier in _UPPER else (b, a)
        if (
            lo.qualifier in _LOWER
            and hi.qualifier in _UPPER
            and lo.value is not None
            and hi.value is not None
            and lo.value < hi.value
        ):
            return Cand(
                start=min(a.start, b.start), end=max(a.end, b.end), value=None, low=lo.value, high=hi.value,
                qualifier="range", unit=a.unit or b.unit, kind=b.kind if b.kind != "count" else a.kind, num=b.num,
            )  # fmt: skip
        return None
    if b.qualifier != "exact" or a.qualifier not in ("exact", "approximately", "up_to", "more_than", "at_least"):
        return None
    opener = re.search(r"(?:^|\s)(between|from)\s*$", text[max(0, a.start - 10) : a.start], re.IGNORECASE)
    if joiner in ("-", "–", "—", "~", "to", "through", "thru") or (
        joiner == "and" and opener and opener[1].lower() == "between"
    ):
        if joiner in ("-", "–", "—") and between not in (joiner, f" {joiner} "):
            return None  # "75 -300mm": lopsided spacing is not a range
        digits = a.num is not None and b.num is not None and a.num.digits and b.num.digits
        if joiner in ("-", "–") and not digits:
            return None
        lo_v, hi_v = a.value, b.value
        if (
            b.num is not None
            and a.num is not None
            and b.multiplier > 1
            and a.multiplier == 1
            and lo_v * b.multiplier < hi_v
        ):
            lo_v *= b.multiplier  # "5 to 10 million", "$5-10 billion"
        if not lo_v < hi_v:
            return None
        years = all(c.num is not None and re.fullmatch(r"(1[89]|20)\d\d", c.num.text) for c in (a, b))
        if years and a.unit is None and b.unit is None:
            return None
        if (opener and opener[1].lower() == "from") or joiner == "to":
            at = max(0, a.start - 10) + opener.start(1) if opener else text.find("to", a.end)
            tok = d.token_at(at)
            heads = [tok.head, tok.head.head] if tok is not None else []
            if any(h.lemma_.lower() in CHANGE_UP or h.lemma_.lower() in CHANGE_DOWN for h in heads):
                return None  # "rose from 5% to 7%", "increased from 9 to 10": two levels, not a range
        start = a.start
        if opener:
            start = max(0, a.start - 10) + opener.start(1)
            if a.prefix_start >= 0:
                start = min(start, a.start)
        return Cand(
            start=start, end=b.end, value=None, low=lo_v, high=hi_v, qualifier="range", unit=b.unit or a.unit,
            kind=b.kind if b.kind != "count" else a.kind, num=b.num, multiplier=b.multiplier,
        )  # fmt: skip
    return None


_FROM_BEFORE = re.compile(r"(?:^|\s)(from)\s*$", re.IGNORECASE)
_TO_BEFORE = re.compile(r"(?:^|\s)(to)\s*$", re.IGNORECASE)


def _change_between(text: str, a: Cand, b: Cand, d: DocView) -> list[Cand] | None:
    """ "fell from 4.8 to 4.7 percent", "went from $5m to $7m", "narrowed to $3bn from $5bn": the two
    levels of a change, each its own quantity with the direction (up or down) and the unit carried
    across, then a range over the two (NewsQuant marks both forms). None if a and b are no change."""
    if a.qualifier not in ("exact", "approximately") or b.qualifier != "exact" or b.prefix_start >= 0:
        return None
    if a.unit is not None and b.unit is not None and a.unit != b.unit:
        return None
    joiner = text[a.end : b.start].strip().lower()
    before = text[max(0, a.start - 6) : a.start]
    cue = _FROM_BEFORE.search(before) if joiner == "to" else _TO_BEFORE.search(before) if joiner == "from" else None
    if cue is None:
        return None
    cue_at = max(0, a.start - 6) + cue.start(1)
    direction = _direction_of(d.token_at(cue_at), d.token_at(text.find(joiner, a.end, b.start + 1)))
    if direction is None:
        return None  # "from 10 to 20 people": a range, not a change
    old, new = (a, b) if joiner == "to" else (b, a)
    for x, y in ((a, b), (b, a)):
        if x.unit is None and y.unit is not None:
            x.unit, x.kind = y.unit, y.kind  # "from 4.8 to 4.7 percent"
            scalable = y.multiplier > 1 and x.multiplier == 1 and x.value is not None and y.value is not None
            if scalable and y.value / 100 < x.value * y.multiplier < y.value * 100:  # type: ignore[operator]
                x.value, x.multiplier = x.value * y.multiplier, y.multiplier  # type: ignore[operator]
    assert old.value is not None and new.value is not None
    if direction == "level":
        if old.value == new.value:
            return None
        direction = "up" if new.value > old.value else "down"
    a.change = b.change = direction
    whole = Cand(
        start=min(a.start, cue_at), end=b.end, value=None, low=min(a.value or 0, b.value or 0),
        high=max(a.value or 0, b.value or 0), qualifier="range", unit=a.unit, kind=a.kind, change=direction,
        num=b.num, tags={"levels"},
    )  # fmt: skip
    return [whole, a, b] if whole.low != whole.high else None


def _direction_of(*cues: Token | None) -> str | None:
    """The direction of the verb or noun that "from" or "to" hangs on: up, down, "level" (a move
    between levels with no direction of its own: "went", "revised"), or None (no change)."""
    for tok in cues:
        if tok is None:
            continue
        for head in (tok.head, tok.head.head):
            lemma = head.lemma_.lower()
            if lemma in CHANGE_UP:
                return "up"
            if lemma in CHANGE_DOWN:
                return "down"
            if lemma in CHANGE_LEVEL:
                return "level"
    return None
