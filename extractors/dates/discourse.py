"""Dates, anchoring in the discourse: the passes over the chosen expressions, left to right.

- ``anchor_discourse``: "the year-ago quarter" is the quarter last discussed, a year back; "the
  following week" counts from the last explicit date.
- ``combine_anchored``: "two days after Jan 12" is one DATE (the anchor moved by the amount).
- ``join_ranges``: "from March to May", "between 2007 and 2009" add a DURATION over the range,
  whose ``resolved`` interval is the range; the two ends stay dates of their own (TimeML).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import pairwise

from dateutil.relativedelta import relativedelta

from extractors.dates.base import Ctx, Hit, Norm
from extractors.dates.values import bounds_of, grain_of, iso_week, moved, range_norm
from extractors.lexicons import dates as lex

_F = re.IGNORECASE

# Rules whose expressions name a calendar date or period outright (they may end a range without "from").
CALENDAR_RULES = frozenset(
    {"month_day", "day_month", "month_year", "year", "month", "weekday_month_day_year", "day_month_year", "iso",
     "numeric", "year_month", "numeric_md", "q_short", "quarter", "year_month_day"}
)  # fmt: skip

_CONNECTOR = re.compile(r"\s*(?:-|–|—|~|to|till|til|until|through|thru|and)\s*", _F)
_RANGE_OPENER = re.compile(r"(?:from|between)\s+$", _F)


def join_ranges(ctx: Ctx, hits: list[Hit]) -> list[Hit]:
    """'from March to May', 'between 2007 and 2009', 'between now and May 21': an extra DURATION
    mention over the whole range, with the range as its interval. The two ends stay as they are:
    TimeML marks them as dates of their own."""
    extra: list[Hit] = []
    for a, b in pairwise(hits):
        gap = ctx.text[a.end : b.start]
        cm = _CONNECTOR.fullmatch(gap)
        if not cm or a.norm.type != "DATE" or b.norm.type != "DATE":
            continue
        opener = _RANGE_OPENER.search(ctx.text[max(0, a.start - 10) : a.start])
        word = gap.strip().lower()
        if word == "and" and not (opener and opener.group(0).lower().startswith("between")):
            continue
        explicit = a.rule in CALENDAR_RULES and b.rule in CALENDAR_RULES
        if word not in ("-", "–", "—", "~") and not opener and not (explicit and word != "and"):
            continue  # "a revision Friday to December's figures" is no range
        ab, bb = bounds_of(a.norm.value, ctx.ref), bounds_of(b.norm.value, ctx.ref)
        if ab is None or bb is None:
            continue
        a_text, b_text = ctx.text[a.start : a.end], ctx.text[b.start : b.end]
        first, last = ab[0], bb[1]
        a_explicit, b_explicit = bool(re.search(r"\d{4}", a_text)), bool(re.search(r"\d{4}", b_text))
        a_rel = re.match(r"(?:this|last|next|coming)\b", a_text, _F)
        if b_explicit and not a_explicit and not a_rel and a.norm.value[:4].isdigit():
            # "from January to April 2015": the first end takes the year of the second
            shift = bb[0].year - ab[0].year - (1 if ab[0].replace(year=bb[0].year) > bb[0] else 0)
            first = ab[0] + relativedelta(years=shift)
        if last < first and not b_explicit:
            # "from November to March": the March after; "from next Monday to Friday": that Friday
            weekday = b_text.lower().rstrip(".") in lex.WEEKDAYS
            while last < first:
                last += timedelta(days=7) if weekday else relativedelta(years=1)
        if last < first:
            continue
        grains = {grain_of(a.norm.value), grain_of(b.norm.value)}
        grain = grains.pop() if len(grains) == 1 else ("M" if grains == {"Y", "M"} else "D")
        start = a.start - len(opener.group(0)) if opener else a.start
        b_start = bb[0] + (last - bb[1])  # the second end's start, moved as its end was
        extra.append(Hit(start, b.end, "range", range_norm(first, last, grain, b_start)))
    return extra


def combine_anchored(ctx: Ctx, hits: list[Hit]) -> list[Hit]:
    """'two days after today', 'three weeks from tomorrow', '3 days after January 12th': a duration
    counted from a dated anchor becomes one DATE over both (the anchor's date moved by the amount)."""
    out: list[Hit] = []
    i = 0
    while i < len(hits):
        a = hits[i]
        b = hits[i + 1] if i + 1 < len(hits) else None
        m = re.fullmatch(r"\s+(after|before|from|since)\s+", ctx.text[a.end : b.start]) if b else None
        dm = re.fullmatch(r"P(\d+)([DWMY])", a.norm.value) if a.norm.type == "DURATION" else None
        if b and m and dm and b.norm.type == "DATE" and re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", b.norm.value):
            n = int(dm[1]) * (-1 if m[1].lower() == "before" else 1)
            unit = {"D": "days", "W": "weeks", "M": "months", "Y": "years"}[dm[2]]
            base = b.norm.value
            anchor = (
                date.fromisoformat(base)
                if len(base) == 10
                else date(int(base[:4]), int(base[5:7]) if len(base) >= 7 else 1, 1)
            )
            there = moved(anchor, unit, n)
            if there is not None:
                out.append(Hit(a.start, b.end, "anchored", Norm("DATE", there.isoformat(), mod=a.norm.mod)))
                out.append(b)  # the anchor is a date of its own
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def anchor_discourse(hits: list[Hit], ref: date | None) -> None:
    """Discourse anchoring: 'a year earlier' and 'the year-ago quarter' after a quarter was discussed."""
    last_quarter: str | None = None
    last_date: str | None = None  # the last explicit calendar date (YYYY-MM-DD, YYYY-MM or YYYY)
    for h in hits:
        a = h.norm.anchor
        if a and a.startswith("rel:"):
            _, unit, k = a.split(":")
            if last_date is None:
                # nothing said before: "the following week" counts from the reference, "the same
                # month" stays unknown
                if k == "1" and ref is not None:
                    nxt = {
                        "year": str(ref.year + 1),
                        "month": f"{(ref + relativedelta(months=1)):%Y-%m}",
                        "week": iso_week(ref + timedelta(weeks=1)),
                        "day": (ref + timedelta(days=1)).isoformat(),
                    }
                    h.norm.value = nxt.get(unit, h.norm.value)
                else:
                    h.norm.value = {"month": "XXXX-XX", "week": "XXXX-WXX", "day": "XXXX-XX-XX"}.get(unit, "XXXX")
                continue
            y = int(last_date[:4]) + (int(k) if unit == "year" else 0)
            if unit == "year":
                h.norm.value = str(y)
            elif unit == "month" and len(last_date) >= 7:
                d = date(y, int(last_date[5:7]), 1) + relativedelta(months=int(k))
                h.norm.value = f"{d.year}-{d.month:02d}"
            elif unit == "day" and len(last_date) >= 10:
                h.norm.value = (date.fromisoformat(last_date[:10]) + timedelta(days=int(k))).isoformat()
            elif unit == "week" and len(last_date) >= 10:
                h.norm.value = iso_week(date.fromisoformat(last_date[:10]) + timedelta(weeks=int(k)))
            continue
        if h.rule in CALENDAR_RULES and re.fullmatch(r"\d{4}(-\d\d){0,2}", h.norm.value):
            last_date = h.norm.value
        if a in ("quarter_seen", "period_year"):
            last_quarter = h.norm.value
        elif (a == "year_ago_quarter" and last_quarter) or (a == "year_ago" and last_quarter):
            qy, qn = last_quarter.split("-Q")
            h.norm.value = f"{int(qy) - 1}-Q{qn}"
