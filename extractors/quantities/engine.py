"""Quantities, the engine: numbers -> candidates (units, exclusions) -> qualifiers and ranges ->
vague amounts -> records with item, change and hedge. Linear in the article's length."""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc

from extractors.lexicons.quantities import SUBUNIT_NAMES, UNITS
from extractors.numbers import Number, scan_numbers
from extractors.quantities.base import Cand, DocView
from extractors.quantities.context import change_of, hedged, item_of
from extractors.quantities.exclusions import excluded_by, excluded_spans, inside, model_name, named_elsewhere
from extractors.quantities.patterns import patterns
from extractors.quantities.qualifiers import merge_ranges, period_over, qualify, set_bounds
from extractors.quantities.units import appositive_age, currency_before, glued_million, unit_after
from extractors.quantities.vague import multiplicatives, token_quantities
from extractors.spans import char_span
from extractors.types import Quantity, Span

_RESTATED = re.compile(r"\s*(?:\w+)?\s*,?\s*(?:\(\s*or|\(|or)\s*")
_AND_A_HALF = re.compile(r"\b(an?|one|\d+)\s+([A-Za-z]+)\s+and\s+$", re.IGNORECASE)  # "a year and a half"
_AGED = re.compile(r"\b(?:[Aa]ged?|[Aa]ges)\s$")
_OR_ALTERNATIVE = re.compile(r" or ")
_SPACED_BILLION = re.compile(r"[ \u00a0]B(?![\w$£€])")
_VERSUS = re.compile(r"^\W*(?:vs\.?|versus|v\.|against|compared with|from)\W*$", re.IGNORECASE)
_MODEL_PLURAL = re.compile(r"(?<![\w.,$£€])(\d{3,4})s\b")  # "787s", "A380s": a model in the plural
_PERIODS = frozenset({"year", "month", "week", "day", "decade", "century", "hour"})


def _build(num: Number, d: DocView, excluded: list[tuple[int, int, str]], prev_end: int) -> Cand | str:
    """The candidate quantity for a number, with its unit, or the name of the rule that excludes it."""
    text = d.text
    span_rule = inside(excluded, num.start, num.end)
    if span_rule is not None:
        return span_rule
    cand = Cand(start=num.start, end=num.end, value=num.value, num=num)
    if num.fraction and re.search(r"\s(?:quarters|halves)$", num.text, re.IGNORECASE) and not num.scaled:
        before = text[max(0, num.start - 12) : num.start]
        periods = re.search(r"\b(?:first|last|past|next|previous|recent|final|opening)\s+$", before)
        spans = re.search(r"\b(?:for|in|over|within|after)\s+$", before)
        if periods or (spans and not re.match(r"\s+of\b", text[num.end : num.end + 4])):
            cand.value = round(num.value * (4 if num.text.lower().endswith("quarters") else 2))
            return cand  # "the first two quarters", "two consecutive halves": a count of periods, not 2/4
    if num.scaled:
        mult = re.search(
            r"(hundred|thousand|million|billion|trillion|lakh|crore|bn|mn|mln|bln|tn|tln|trn|k|m|b)\b", num.text.lower()
        )
        if mult:
            cand.multiplier = {
                "hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6,
                "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "tln": 1e12,
                "trn": 1e12, "lakh": 1e5, "crore": 1e7,
            }[mult[1]]  # fmt: skip
    if num.text.lower() in ("a half", "half"):
        m = _AND_A_HALF.search(text, max(0, num.start - 30), num.start)
        unit = UNITS.get(m[2].lower().rstrip("s")) if m else None
        if m and unit:
            whole = 1.0 if not m[1][0].isdigit() else float(m[1])
            return Cand(start=m.start(), end=num.end, value=whole + 0.5, unit=unit, kind="measure", num=num)
    currency_before(text, cand, prev_end)
    spaced = _SPACED_BILLION.match(text, cand.end) if cand.unit is not None and not num.scaled else None
    if spaced and cand.value is not None:
        cand.value, cand.end, cand.multiplier = cand.value * 1e9, spaced.end(), 1e9  # "$8 B": wire copy's billion
    unit_after(text, cand, num)
    glued_million(text, cand, num, d)
    if cand.unit is None and (_AGED.search(text, max(0, num.start - 6), num.start) or appositive_age(num, d)):
        cand.unit, cand.kind = "year", "measure"  # "aged 87", "a man of age 87", "Mary Barra, 51, will lead"
    if (
        cand.end < len(text)
        and text[cand.end].isalnum()
        and cand.end == num.end
        and cand.unit is None
        and not num.suffix
    ):
        return "letters_after"  # "777F", "24703L202": digits glued to letters that are no unit
    if cand.unit is not None and cand.end < len(text) and text[cand.end].isdigit():
        return "code"  # "24703m212": a code
    return excluded_by(num, cand, d) or cand


def _candidates(d: DocView) -> tuple[list[Cand], list[tuple[Number, str]]]:
    """The numbers of the text as candidate quantities, and the excluded ones with the rule's name."""
    text = d.text
    excluded = excluded_spans(text)
    cands: list[Cand] = []
    dropped: list[tuple[Number, str]] = []
    numbers = scan_numbers(text)
    names = {num.text for num in numbers if model_name(num, d)}
    names.update(m[1] for m in _MODEL_PLURAL.finditer(text) if not 1500 <= int(m[1]) <= 2100)  # "787s"
    for num in numbers:
        cand = _build(num, d, excluded, cands[-1].end if cands else 0)
        if isinstance(cand, str):
            dropped.append((num, cand))
        elif named_elsewhere(num, cand, names, d):
            dropped.append((num, "model_named_elsewhere"))
        else:
            cands.append(cand)
    return cands, dropped


def _assembled(d: DocView, cands: list[Cand]) -> list[Cand]:
    """Cents joined, qualifiers read, ranges merged, vague amounts added; in order of appearance."""
    text = d.text
    absorb_cents(text, cands)
    for c in cands:
        qualify(text, c)
    for c in cands:
        if c.qualifier == "more_than" and c.unit in _PERIODS and period_over(c, d):
            c.qualifier, c.prefix_start = "exact", -1  # "cost $1.5tn over 10 years": a period, no bound
            c.start = c.num.start if c.num is not None else c.start
    cands = merge_ranges(text, cands, d)
    taken = [(c.start, c.end) for c in cands]
    extra = token_quantities(d, taken) + multiplicatives(d, taken)
    for c in extra:
        if c.kind != "vague":
            qualify(text, c)
    return sorted(cands + extra, key=lambda c: (c.start, -c.end))


def extract_quantities(doc: Doc, *, reference: date | None = None) -> list[Quantity]:
    """Quantities in order of appearance, each with value or bounds, qualifier, unit and item."""
    text = doc.text
    if not text.strip():
        return []
    d = DocView(doc, text)
    out: list[Quantity] = []
    last_end = -1
    for c in _assembled(d, _candidates(d)[0]):
        if c.start < last_end:
            continue
        span = char_span(text, c.start, c.end)
        if not span.text:
            continue
        change = c.change or change_of(c, d)
        gap = text[last_end : c.start] if out else ""
        if out and _RESTATED.fullmatch(gap):
            change = change or out[-1].change  # "lost 400 points, or 1.2%": the same change restated
            if "(" in gap and c.qualifier == "exact" and out[-1].qualifier not in ("exact", "range", "vague"):
                c.qualifier = out[-1].qualifier  # "more than US$370m (£196m)": the conversion is bounded too
        if (
            out
            and c.qualifier == "exact"
            and c.prefix_start < 0
            and _OR_ALTERNATIVE.fullmatch(gap)
            and out[-1].qualifier != "range"
        ):
            c.qualifier = out[-1].qualifier  # "about five or six", "more than 10 or 20": one bound for both
        if c.qualifier != "range":
            set_bounds(c)
        item = item_of(c, d)
        if item is None and out and out[-1].unit == c.unit and _VERSUS.search(gap):
            item = out[-1].item  # "profit 1.5 mln dlrs vs 900,000 dlrs": the same item a period before
        if "levels" not in c.tags:  # the levels of a change follow the range over them
            last_end = c.end
        out.append(
            Quantity(
                span=span,
                value=tidy(c.value),
                low=tidy(c.low),
                high=tidy(c.high),
                qualifier=c.qualifier,  # type: ignore[arg-type]
                unit=c.unit,
                item=item,
                hedged=hedged(c, d),
                change=change,  # type: ignore[arg-type]
            )
        )
    return out


def explain_numbers(doc: Doc) -> list[tuple[Span, str | None]]:
    """Every number written in the text with the name of the exclusion rule that keeps it from being
    a quantity, or None for the numbers that become (part of) a quantity."""
    text = doc.text
    if not text.strip():
        return []
    d = DocView(doc, text)
    cands, dropped = _candidates(d)
    out: list[tuple[Span, str | None]] = [(char_span(text, c.num.start, c.num.end), None) for c in cands if c.num]
    out += [(char_span(text, num.start, num.end), name) for num, name in dropped]
    return sorted(out, key=lambda pair: pair[0].start)


def tidy(value: float | None) -> float | None:
    """Round away binary noise ("$2.07 billion" is 2070000000, not 2069999999.9999998)."""
    return None if value is None else float(f"{value:.12g}")


def absorb_cents(text: str, cands: list[Cand]) -> None:
    """ "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50" -> one amount."""
    p = patterns()
    i = 0
    while i + 1 < len(cands):
        a, b = cands[i], cands[i + 1]
        if (
            "suffix_currency" in a.tags
            and a.value is not None
            and b.value is not None
            and b.num is not None
            and p["cents_tail"].match(text[a.end : b.start])
            and (b.unit is None or b.unit in SUBUNIT_NAMES)
            and b.value == int(b.value)
            and 0 < b.value < 100
        ):
            a.value += b.value / 100
            a.end = b.end
            del cands[i + 1]
        i += 1
