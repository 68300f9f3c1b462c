"""Quantities, vague amounts and orders of magnitude read on tokens: "several missiles", "dozens of
people", "a few", "millions of shells", "tens of thousands"."""

from __future__ import annotations

import re

from extractors.lexicons.quantities import MULTIPLICATIVES, PLURAL_SCALES, VAGUE
from extractors.numbers import Number
from extractors.quantities.base import Cand, DocView
from extractors.quantities.patterns import currency_words, patterns, plurals
from extractors.quantities.units import unit_after

_SCALE_WORDS = {"dozen": 12, "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def token_quantities(d: DocView, taken: list[tuple[int, int]]) -> list[Cand]:
    """ "several missiles", "dozens of people", "a few", "millions of shells", "tens of thousands"."""
    out: list[Cand] = []
    doc = d.doc
    occupied = bytearray(len(d.text))
    for s, e in taken:
        occupied[s:e] = b"\x01" * (e - s)
    # Only the tokens that can start one: a regex finds them faster than a pass over every token.
    starts = (d.token_at(m.start()) for m in patterns()["vague"].finditer(d.text))
    skip_to = -1
    for tok in starts:
        if tok is None or tok.i < skip_to:
            continue
        i = tok.i
        low = tok.lower_
        if low not in PLURAL_SCALES and low not in VAGUE and low not in ("few", "handful", "scores"):
            continue
        start, end = tok.idx, tok.idx + len(tok.text)
        if occupied.find(1, start, end) >= 0:
            continue
        if (
            tok.text[:1].isupper()
            and not tok.is_sent_start
            and tok.i > 0
            and doc[i - 1].text not in ('"', "“", "(", ":")
        ):
            continue  # "Billions No. 18" (a ship), "Several Ways" (a title): capitalised inside a sentence
        prev = doc[i - 1] if i > 0 else None
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if low in PLURAL_SCALES:
            value = PLURAL_SCALES[low]
            j = i
            # "tens of thousands", "hundreds of millions"
            if j + 2 < len(doc) and doc[j + 1].lower_ == "of" and doc[j + 2].lower_ in PLURAL_SCALES:
                value *= PLURAL_SCALES[doc[j + 2].lower_]
                j += 2
                end = doc[j].idx + len(doc[j].text)
            if low == "tens" and j == i:
                continue
            out.append(_order_of_magnitude(d, start, end, value, value * 10, "at_least"))
            skip_to = j + 1
            continue
        if low == "dozens":
            out.append(_order_of_magnitude(d, start, end, 12, 120, "vague"))
            continue
        if low in ("few", "handful"):
            if prev is None or prev.lower_ not in ("a", "an"):
                continue
            start = prev.idx
        if low == "scores" and not (nxt is not None and nxt.lower_ == "of"):
            continue
        if low in ("multiple", "numerous", "countless") and not (nxt is not None and nxt.tag_ == "NNS"):
            continue
        # "several hundred", "a few thousand", "a few hundred million": at least the scale
        j, value = i + 1, 1.0
        while j < len(doc) and doc[j].lower_ in _SCALE_WORDS:
            value *= _SCALE_WORDS[doc[j].lower_]
            j += 1
        if j > i + 1:
            end = doc[j - 1].idx + len(doc[j - 1].text)
            c = Cand(start=start, end=end, value=value, low=value, qualifier="at_least", kind="count")
            num = Number(start, end, value, words=True, digits=False, scaled=True, suffix="", fraction=False,
                         text=d.text[start:end])  # fmt: skip
            c.num = num
            unit_after(d.text, c, num)
            out.append(c)
            skip_to = j
            continue
        out.append(Cand(start=start, end=end, value=None, qualifier="vague", kind="vague"))
    return out


def _order_of_magnitude(d: DocView, start: int, end: int, low: float, high: float, qualifier: str) -> Cand:
    """ "thousands" (1,000 to 10,000), "tens of millions" (10^7 to 10^8), "dozens" (12 to 120): bounds
    over the order of magnitude, as NewsQuant writes them; the qualifier and the value stay what they
    were ("millions": at least a million; "dozens": vague). "Billions of dollars" is money."""
    value = low if qualifier == "at_least" else None
    c = Cand(start=start, end=end, value=value, low=low, high=high, qualifier=qualifier, kind="count")
    money = patterns()["cur_word_after"].match(d.text, end + 3) if d.text.startswith(" of ", end) else None
    if money:
        word = money["word"].lower()
        base = next((b for b in currency_words() if word in plurals(b)), word)
        c.unit, c.kind = currency_words()[base], "money"
    return c


_MULTIPLICATIVE = re.compile(r"\b(?:" + "|".join(MULTIPLICATIVES) + r")\b", re.IGNORECASE)


def multiplicatives(d: DocView, taken: list[tuple[int, int]]) -> list[Cand]:
    """ "rose sixfold", "a tenfold increase": a number of times (the one-word forms; "100-fold" and
    "three-fold" are a number with the unit "fold")."""
    out = []
    for m in _MULTIPLICATIVE.finditer(d.text):
        if not any(s <= m.start() < e for s, e in taken):
            value = MULTIPLICATIVES[m[0].lower()]
            out.append(Cand(start=m.start(), end=m.end(), value=value, unit="times", kind="measure"))
    return out
