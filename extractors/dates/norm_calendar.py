"""Dates, normalisation of calendar expressions: the handlers of the rules that name a date or a
period outright ("Sept. 30, 1998", "5/17", "March", "1997", "the 1990s", "the third quarter",
"last summer", "fiscal 2023", ranges such as "November 18-19" and "2014-2018").

Each handler takes the match, the document context and the match's start, and returns a
``Norm`` or None when the words are no date here ("may" the verb, "Feb. 30", "in his 30s").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from extractors.dates.anchoring import resolve_month, resolve_month_day, tense_at
from extractors.dates.base import Alias, Ctx, Match, Norm, lower_group
from extractors.dates.norm_relative import n_day_of_month
from extractors.dates.values import (
    day_norm,
    day_of,
    holiday_date,
    iso_week,
    make_date,
    month_of,
    quarter_of,
    range_norm,
    reported_period,
    shift_quarter,
    spelled_year,
    year_of,
)
from extractors.lexicons import dates as lex


def n_iso(m: Match, ctx: Ctx, start: int) -> Norm | None:
    return day_norm(int(m["y"]), int(m["m"]), int(m["d"]))


def n_numeric(m: Match, ctx: Ctx, start: int) -> Norm | None:
    a, b = int(m["a"]), int(m["b"])
    y = year_of(m["y"], ctx.ref)
    mo, d = (a, b) if a <= 12 else (b, a)  # US order unless the first number cannot be a month
    return day_norm(y, mo, d, ambiguous=a <= 12 and b <= 12 and a != b)


def n_ymd(m: Match, ctx: Ctx, start: int) -> Norm | None:
    y = int(m["y"])
    if m["mo"]:
        return day_norm(y, month_of(m["mo"]), int(m["d2"]))
    return day_norm(y, int(m["m"]), int(m["d"]))


def n_year_month(m: Match, ctx: Ctx, start: int) -> Norm | None:
    """'2015-12', '2015-3', '2017 april', '12-2015', 'Dec-2018', 'Dec/2018'."""
    y = int(m["y"] or m["y2"])
    mo = int(m["m"] or m["m2"]) if (m["m"] or m["m2"]) else month_of(m["mo"] or m["mo2"])
    if m["y"] and m["m"] and " " in m[0]:
        return None  # "2015 3" is two numbers
    if m["mo"] and m["mo"].lower() in ("may", "march") and not m["mo"][0].isupper():
        return None
    return Norm("DATE", f"{y}-{mo:02d}")


def n_numeric_md(m: Match, ctx: Ctx, start: int) -> Norm | None:
    """'5/17', 'on 11/20', 'next 5/12', 'Oct/2': month and day (US order unless impossible)."""
    if m["mo"]:
        mo, d = month_of(m["mo"]), int(m["d"])
    else:
        a, b = int(m["a"]), int(m["b"])
        mo, d = (a, b) if a <= 12 else (b, a)
        before = ctx.text[max(0, start - 3) : start]
        if re.search(r"\d\s$", before) or (not m["rel"] and a < b and b in (2, 3, 4, 8, 16, 32, 64)):
            return None  # "2 1/2", "1/2", "7/8": fractions (stock prices are quoted in eighths)
    if make_date(2000, mo, d) is None:
        return None
    if m["rel"] and ctx.ref:
        rel = m["rel"].lower()
        return _this_next_last(ctx.ref, mo, d, rel)
    return resolve_month_day(ctx, start, mo, d)


def n_month_day_year(m: Match, ctx: Ctx, start: int) -> Norm | None:
    yw = m["y"] or m["y2"]
    y = year_of(yw, ctx.ref) if yw else spelled_year(m["sy"] or "")
    if y is None:
        return None
    return day_norm(y, month_of(m["mo"]), day_of(m["d"]))


def n_month_day(m: Match, ctx: Ctx, start: int) -> Norm | None:
    mo, d = month_of(m["mo"]), day_of(m["d"])
    if m["mo"].lower() == "may" and m["mo"] == "may":
        return None  # the modal verb 'may'
    if make_date(2000, mo, d) is None:
        return None  # "Feb. 30"
    rel = re.search(r"\b(next|last|this)\s+$", ctx.text[max(0, start - 6) : start].lower())
    if rel and ctx.ref:  # "next 6th of April": the coming one, not this year's past one
        return _this_next_last(ctx.ref, mo, d, rel[1])
    return resolve_month_day(ctx, start, mo, d)


def _this_next_last(ref: date, mo: int, d: int, rel: str) -> Norm | None:
    """'next 5/12', 'last April 6th': this year's day, or the one a year on or back when this
    year's is not on that side of the reference."""
    this = make_date(ref.year, mo, d)
    if this is None:
        return None
    if rel == "next" and this <= ref:
        this = make_date(ref.year + 1, mo, d)
    elif rel == "last" and this >= ref:
        this = make_date(ref.year - 1, mo, d)
    return Norm("DATE", this.isoformat()) if this else None


def n_month_year(m: Match, ctx: Ctx, start: int) -> Norm | None:
    """'March 2022', 'Dec of '98', 'May nineteen ninety-one'."""
    if m["mo"] in ("may", "march") and not m["mo"][0].isupper():
        return None
    y = year_of(m["y"], ctx.ref) if m["y"] else spelled_year(m["sy"])
    return Norm("DATE", f"{y}-{month_of(m['mo']):02d}") if y else None


def n_month_rel(m: Match, ctx: Ctx, start: int) -> Norm | None:
    if m["mo"].lower() in ("may", "march") and m["mo"].islower():
        return None  # "this march" is a demonstration
    mo = month_of(m["mo"])
    rel = (lower_group(m, "rel") or "").split()
    yrel = lower_group(m, "yrel")
    if ctx.ref is None:
        return Norm("DATE", f"XXXX-{mo:02d}")
    ref = ctx.ref
    if yrel:
        y = ref.year + {"this": 0, "last": -1, "next": 1}[yrel]
    elif rel and rel[-1] in ("last", "past", "previous"):
        y = ref.year if mo < ref.month else ref.year - 1
    elif rel and rel[-1] in ("next", "coming"):
        y = ref.year if mo > ref.month else ref.year + 1
    else:  # "this September": the one of the reference year
        y = ref.year
    return Norm("DATE", f"{y}-{mo:02d}")


# Words after which even a lower-case month name is a month ("in may", "after feb").
_MONTH_PREPS = {
    "in", "since", "until", "till", "by", "of", "from", "to", "before", "after", "through", "during", "early",
    "late", "mid", "and", "or", "between", "last", "next", "this", "every", "each",
}  # fmt: skip


def n_month(m: Match, ctx: Ctx, start: int) -> Norm | None:
    word = m["mo"]
    low = word.lower().rstrip(".")
    before = ctx.text[max(0, start - 9) : start].lower().split()
    tok = ctx.token_at(start)
    if tok is not None and tok.ent_type_ in ("PERSON", "ORG", "GPE", "FAC", "WORK_OF_ART"):
        return None  # "Jan Kavan", "April Fools" the band, "Augusta"
    after_the = bool(before) and before[-1] == "the" and low not in ("may", "march") and len(low) > 3
    if before and (before[-1] in _MONTH_PREPS or after_the) and (tok is None or tok.tag_ not in ("MD", "VB", "VBP")):
        return resolve_month(ctx, start, month_of(word))  # "in may", "after feb": lower case, but a month
    if low in ("may", "march", "jan", "mar", "sept", "sep", "oct", "nov", "dec", "aug", "feb", "apr", "jun", "jul"):
        # Short or ambiguous words are months only when capitalised and tagged as names ("May" the modal,
        # "march" the verb); abbreviations alone are rare outside tables.
        tok = ctx.token_at(start)
        if not word[0].isupper() or (tok is not None and tok.tag_ not in ("NNP", "NNPS")):
            return None
        if low != "may" and low != "march" and not word.endswith("."):
            return None
    if not word[0].isupper():
        return None
    return resolve_month(ctx, start, month_of(word))


def n_year(m: Match, ctx: Ctx, start: int) -> Norm | None:
    y = int(m["y"])
    tok = ctx.token_at(start)
    if tok is None or (ctx.ref and y > ctx.ref.year + 50):
        return None
    if (
        tok.head.i == tok.i + 1
        and tok.head.tag_ == "NNS"
        and tok.head.lemma_ not in lex.UNITS
        and tok.dep_ in ("nummod", "compound")
    ):
        return None  # "1999 workers" counts workers ("1990 BellSouth earnings" is a year)
    modifies_noun = tok.dep_ in ("nummod", "compound", "amod", "nmod") and tok.head.tag_ == "NN"
    if tok.ent_type_ == "DATE" or _year_context(ctx, start) or modifies_noun:
        return Norm("DATE", f"{y:04d}")
    return None


_YEAR_PREPS = {
    "in", "since", "by", "of", "until", "till", "from", "to", "through", "during", "before", "after", "early",
    "late", "mid", "between", "and", "or", "fiscal", "year", "around", "circa", "spring", "summer", "fall",
    "autumn", "winter", "throughout", "for", "the", "mid-", "than", "as", "late-", "early-", "a", "an", "that",
    "this", "its", "his", "her", "their", "our", "'s", "post-", "pre-", "on", "at", "over", "into",
}  # fmt: skip


def _year_context(ctx: Ctx, start: int) -> bool:
    before = ctx.text[max(0, start - 12) : start].lower().split()
    return bool(before) and before[-1] in _YEAR_PREPS


def n_spelled_year(m: Match, ctx: Ctx, start: int) -> Norm | None:
    y = spelled_year(m["sy"])
    if y is None or not 1000 <= y <= 2100:
        return None
    if "the year" not in m[0].lower() and not _year_context(ctx, start):
        after = ctx.token_at(m.end() + 1) if ctx.text[m.end() : m.end() + 1] == " " else None
        if y < 1900 or (after is not None and after.pos_ in ("NOUN", "PROPN")):
            return None  # "nineteen hundred people" counts; "Atlanta, nineteen ninety-six." is a year
    return Norm("DATE", str(y))


def n_decade(m: Match, ctx: Ctx, start: int) -> Norm | None:
    if m["dec"]:
        value = m["dec"][:3]  # TimeML writes a decade as its first three digits: "the 1990s" = 199
    else:
        short = int(m["short"] or m["short2"])
        if (
            m["short2"]
            and not re.search(r"\bthe\s+$", ctx.text[max(0, start - 5) : start].lower())
            and not m[0].lower().startswith("the")
        ):
            return None  # "in his 30s" is an age
        century = 20 if ctx.ref is not None and 2000 + short <= ctx.ref.year else 19
        value = f"{century}{short // 10}"
    mod = {"early": "START", "mid": "MID", "late": "END"}.get((lower_group(m, "pos") or "").rstrip("- "))
    return Norm("DATE", value, mod)


def n_decade_word(m: Match, ctx: Ctx, start: int) -> Norm | None:
    digit = lex.DECADE_WORDS[m["dw"].lower()]
    mod = {"early": "START", "mid": "MID", "late": "END"}.get((lower_group(m, "pos") or "").rstrip("- "))
    return Norm("DATE", f"19{digit}", mod)


def n_century(m: Match, ctx: Ctx, start: int) -> Norm | None:
    n = day_of(m["c"])
    if not 1 <= n <= 21:
        return None
    return Norm("DATE", f"{n - 1:02d}")


def n_quarter(m: Match, ctx: Ctx, start: int) -> Norm | None:
    words = re.sub(r"[\s-]+", " ", m[0].lower()).strip()
    ordw = lower_group(m, "qo")
    q = None
    if ordw in ("last", "final") and (lower_group(m, "qofy") or re.search(r"\bof\s+(this|last|next|the)\b", words)):
        ordw = "fourth" if (lower_group(m, "qu") or "").startswith("quarter") else "second"  # "the last half of 1989"
    if ordw in ("last", "past", "previous", "next", "coming", "following"):
        ordw = None
        words = (
            words.replace("past", "last")
            .replace("previous", "last")
            .replace("following", "next")
            .replace("coming", "next")
        )
        if not re.search(r"\b(last|next)\b", words):
            return None
    if ordw:
        q = 4 if ordw in ("final", "fourth", "4th") else day_of(ordw)
        if not 1 <= q <= 4:
            return None
    elif not re.match(r"(the|this|last|next|that|its|their|current)\b", words):
        return None  # "a quarter of the vote" is a fraction
    if ctx.text[m.end() : m.end() + 1] == "-":
        return None  # "quarter-century", "quarter-to-quarter"
    if q is None and words.startswith("a "):
        return None
    unit = "H" if (lower_group(m, "qu") or "").startswith("half") else "Q"
    if unit == "H" and q is not None and q > 2:
        return None
    year = None
    qy = lower_group(m, "qy") or lower_group(m, "qofy")
    if qy:
        year = year_of(re.sub(r"\D", "", qy)[-4:] if len(re.sub(r"\D", "", qy)) >= 4 else qy, ctx.ref)
    if ctx.ref is None:
        return Norm("DATE", f"{year or 'XXXX'}-{unit}{q or 'X'}")
    ref = ctx.ref
    shift_y = 0
    if re.search(r"\b(last|previous|next|this) year's\b|\bof (last|next|this) year\b", words):
        shift_y = -1 if re.search(r"\b(last|previous)\b", words) else (1 if "next" in words else 0)
        year = ref.year + shift_y
    ago = bool(re.search(r"year (ago|earlier)|\bcomparable\b|\bsame\b|\bprior year\b", words))
    cur_y, cur_q = quarter_of(ref)
    if unit == "H":
        cur_q = 1 if ref.month <= 6 else 2
    if q is None:
        if re.search(r"\b(current|this)\b", words) and "latest" not in words:
            y, qq = cur_y, cur_q
        elif re.search(r"\b(last|past|previous|prior)\b", words) and not ago:
            y, qq = shift_quarter(cur_y, cur_q, -1) if unit == "Q" else ((cur_y, 1) if cur_q == 2 else (cur_y - 1, 2))
        elif re.search(r"\b(next|coming|following)\b", words):
            y, qq = shift_quarter(cur_y, cur_q, 1) if unit == "Q" else ((cur_y, 2) if cur_q == 1 else (cur_y + 1, 1))
        else:  # "the quarter", "the latest quarter": the one being reported on
            y, qq = reported_period(ref, unit)
        if year is not None:  # "the 1988 quarter": the reported quarter of that year
            y = year
        if ago:
            return Norm("DATE", f"{y - 1}-{unit}{qq}", anchor="year_ago_quarter" if unit == "Q" else None)
        return Norm("DATE", f"{y}-{unit}{qq}", anchor="quarter_seen" if unit == "Q" else None)
    if year is None:
        tense = tense_at(ctx, start)
        # The one of the reference year if it has started, else last year's (results are reported after).
        year = cur_y if q <= cur_q or tense == "future" else cur_y - 1
        if ago:
            year -= 1
    return Norm("DATE", f"{year}-{unit}{q}", anchor="quarter_seen" if unit == "Q" else None)


def n_q_short(m: Match, ctx: Ctx, start: int) -> Norm | None:
    """'Q1 2024', '2017-q1', 'q3 of 2019', '2019 H2'."""
    unit = (m["u"] or m["u2"] or m["u3"] or "Q").upper()
    q = int(m["n"] or m["n2"] or m["n3"])
    yw = m["y"] or m["y2"] or m["y3"]
    if unit == "H" and q > 2:
        return None
    y = year_of(yw, ctx.ref) if yw else (ctx.ref.year if ctx.ref else None)
    return Norm("DATE", f"{y or 'XXXX'}-{unit}{q}")


def n_season(m: Match, ctx: Ctx, start: int) -> Norm | None:
    code = lex.SEASONS[m["s"].lower()]
    rel = lower_group(m, "rel") or ""
    if m["y"]:
        return Norm("DATE", f"{year_of(m['y'], ctx.ref)}-{code}")
    if m["sy"]:
        y = spelled_year(m["sy"])
        return Norm("DATE", f"{y}-{code}") if y else None
    if not rel and not m["s"][0].isupper():
        return None  # "spring" and "fall" alone are verbs and nouns far more often than seasons
    if rel in ("", "the") and m["s"][0].isupper() and not m["y"] and _in_a_name(ctx, m.start("s"), m.end()):
        return None  # "the Summer Olympics", "Winter Storm Jonas", a title: a name, not a season
    if ctx.ref is None:
        return Norm("DATE", f"XXXX-{code}")
    ref = ctx.ref
    a, b = lex.SEASON_MONTHS[code]
    spans = []  # (label year, first day, last day) of the seasons around the reference
    for y in range(ref.year - 2, ref.year + 2):
        first = date(y, a, 1)
        last = date(y + (1 if b < a else 0), b, 1) + relativedelta(months=1, days=-1)
        spans.append((y, first, last))
    ended = [s for s in spans if s[2] < ref]
    upcoming = [s for s in spans if s[1] > ref]
    current = [s for s in spans if s[1] <= ref <= s[2]]
    if any(w in rel for w in ("past", "last", "previous")):
        return Norm("DATE", f"{ended[-1][0]}-{code}")
    if "next" in rel or "coming" in rel:
        return Norm("DATE", f"{upcoming[0][0]}-{code}")
    if current:
        return Norm("DATE", f"{current[0][0]}-{code}")
    if rel == "this":  # "this summer" said in November: the summer of the reference year
        return Norm("DATE", f"{ref.year - (1 if code == 'WI' and ref.month <= 2 else 0)}-{code}")
    tense = tense_at(ctx, start)
    if tense == "past":
        return Norm("DATE", f"{ended[-1][0]}-{code}")
    if tense == "future":
        return Norm("DATE", f"{upcoming[0][0]}-{code}")
    return Norm("DATE", f"{ref.year}-{code}", ambiguous=True)


_NAME_ENTITIES = ("ORG", "EVENT", "WORK_OF_ART", "FAC", "PRODUCT", "PERSON", "GPE", "LOC", "NORP", "LAW")


def _in_a_name(ctx: Ctx, start: int, end: int) -> bool:
    """A capitalised word that begins a name: the next word is capitalised too, or the named-entity
    tagger puts the word inside a name."""
    tok = ctx.token_at(start)
    if tok is not None and tok.ent_type_ in _NAME_ENTITIES:
        return True
    nxt = ctx.token_at(end + 1) if ctx.text[end : end + 1] == " " else None
    return nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha and not nxt.is_sent_start


def n_fiscal(m: Match, ctx: Ctx, start: int) -> Norm | None:
    if m["y"]:
        return Norm("DATE", str(year_of(m["y"], ctx.ref)))
    if ctx.ref is None:
        return Norm("DATE", "XXXX")
    rel = lower_group(m, "rel") or ""
    if not rel and re.match(r"\s+(?:ended|ending)\b", ctx.text[m.end() : m.end() + 8]):
        return Norm("DURATION", "P1Y")  # "the fiscal year ended Jan. 31": a year's length, as "the year ended"
    shift = -1 if rel in ("last", "previous", "past", "prior") else (1 if rel in ("next", "coming") else 0)
    return Norm("DATE", str(ctx.ref.year + shift))


def n_day_range(match: Match, ctx: Ctx, start: int) -> Norm | None:
    """'November 18-19', 'Nov 18-Dec 19, 2015', '9 to 12 of June', 'from April the ninth till the seventeenth'."""
    m = Alias(match, {"d": "d_", "d2": "d2_", "mo": "mo_"})  # the day-first branch names its groups so
    if m["mo2b"] and not re.search(r"[-–]", m[0]):
        return None  # "Aug. 26 to Oct. 20": two dates (and a range over them, added later)
    mo1 = month_of(m["mo"])
    mo2 = month_of(m["mo2b"]) if m["mo2b"] else mo1
    d1, d2 = day_of(m["d"]), day_of(m["d2"])
    if m["y"]:
        y = year_of(m["y"], ctx.ref)
        first, last = make_date(y if mo1 <= mo2 else y - 1, mo1, d1), make_date(y, mo2, d2)
    else:
        base = resolve_month_day(ctx, start, mo1, d1)
        if base is None:
            return None
        if not base.value[:4].isdigit():
            return Norm("DURATION", f"P{max(d2 - d1, 0) + 1}D") if mo1 == mo2 else None
        first = date.fromisoformat(base.value)
        last = make_date(first.year if (mo2, d2) >= (mo1, d1) else first.year + 1, mo2, d2)
    return range_norm(first, last, "D") if first and last and last >= first else None


def n_month_range(m: Match, ctx: Ctx, start: int) -> Norm | None:
    """'Jan-Feb 2017', 'Nov-Feb 2017' (the months up to and including the year's)."""
    mo1, mo2 = month_of(m["mo"]), month_of(m["mo2b"])
    y = year_of(m["y"], ctx.ref)
    first = date(y if mo1 <= mo2 else y - 1, mo1, 1)
    last = date(y, mo2, 1) + relativedelta(months=1, days=-1)
    return range_norm(first, last, "M")


def n_year_range(m: Match, ctx: Ctx, start: int) -> Norm | None:
    """'2014-2018', '2014~2018'."""
    y1, y2 = int(m["y"]), int(m["y2"])
    if not y1 < y2 <= y1 + 200:
        return None
    return range_norm(date(y1, 1, 1), date(y2, 12, 31), "Y")


def n_numeric_range(m: Match, ctx: Ctx, start: int) -> Norm | None:
    """'10/1-11/7', '5/1-5/7, 2020', '10/1/2018 - 10/7/2018'."""
    a1, b1, a2, b2 = int(m["a"]), int(m["b"]), int(m["a2"]), int(m["b2"])
    if m["y"]:
        y = year_of(m["y"], ctx.ref)
    elif ctx.ref:
        y = ctx.ref.year
    else:
        return None
    y1 = year_of(m["y1"], ctx.ref) if m["y1"] else y
    first, last = make_date(y1, a1, b1), make_date(y, a2, b2)
    if first is None or last is None:
        return None
    if last < first and not m["y"]:
        last = make_date(y + 1, a2, b2)
    return range_norm(first, last, "D") if last and last >= first else None


def n_week_of(m: Match, ctx: Ctx, start: int) -> Norm | None:
    """'week 31', 'the third week of 2018', 'last week of Dec 2016', 'the first week of January'."""
    ordw = (m["o"] or "").lower()
    n = -1 if ordw == "last" else (day_of(ordw) if ordw else int(m["n"]))
    if n == 0 or n > 53:
        return None
    year: int | None = None
    if m["y"]:
        year = year_of(m["y"], ctx.ref)
    elif m["yrel"] and ctx.ref:
        year = ctx.ref.year + {"this": 0, "last": -1, "next": 1}[m["yrel"].lower()]
    elif ctx.ref:
        year = ctx.ref.year
    if m["mo"] or m["mrel"]:
        if m["mo"]:
            mo = month_of(m["mo"])
        elif ctx.ref:
            d = ctx.ref + relativedelta(months={"this": 0, "last": -1, "next": 1}[m["mrel"].lower()])
            mo, year = d.month, d.year
        else:
            return None
        if year is None:
            return None
        first = date(year, mo, 1)
        weeks = (first.weekday() + (first + relativedelta(months=1, days=-1)).day + 6) // 7
        n = weeks if n < 0 else n
        return Norm("DATE", f"{year}-{mo:02d}-W{n:02d}")
    if year is None:
        return None
    if n < 0:
        n = date(year, 12, 28).isocalendar()[1]
    return Norm("DATE", f"{year}-W{n:02d}")


def n_school_year(m: Match, ctx: Ctx, start: int) -> Norm | None:
    """'this school year' (SY2019), 'SY18', and the calendar year 'CY18': TimeML has no school-year
    value, so this follows the Recognizers-Text convention (SY + the year it ends in)."""
    if m["cy"]:
        return Norm("DATE", str(year_of(m["cy"], ctx.ref)))
    yw = m["y"] or m["y2"]
    if yw:
        return Norm("DATE", f"SY{year_of(yw, ctx.ref)}")
    if ctx.ref is None:
        return Norm("DATE", "SYXXXX")
    end_year = ctx.ref.year + 1 if ctx.ref.month >= 9 else ctx.ref.year
    k = {"last": -1, "next": 1}.get((m["rel"] or "").lower(), 0)
    return Norm("DATE", f"SY{end_year + k}")


def n_week_of_date(m: Match, ctx: Ctx, start: int) -> Norm | None:
    """'the week of April 10', 'the week of the 18th': the ISO week holding that day."""
    if m["mo"]:
        n = resolve_month_day(ctx, start, month_of(m["mo"]), day_of(m["d"]))
        if n is None:
            return None
    else:
        n = n_day_of_month(Alias(m, {"d": "d2"}), ctx, start) or Norm("DATE", "XXXX-XX-XX")
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", n.value):
        return Norm("DATE", "XXXX-WXX")
    return Norm("DATE", iso_week(date.fromisoformat(n.value)))


def n_holiday_weekend(m: Match, ctx: Ctx, start: int) -> Norm | None:
    """'Labor Day weekend', 'the weekend of Halloween 2021': the weekend of the holiday's week."""
    name = re.sub(r"\s+", " ", (m["h"] or m["h2"] or "").lower())
    yw = m["y"] or m["y2"] or m["y3"]
    if yw:
        d = holiday_date(name, int(yw))
    elif ctx.ref:
        d = holiday_date(name, ctx.ref.year)
        if d is not None and d < ctx.ref:
            d = holiday_date(name, ctx.ref.year + 1)
    else:
        return None
    if d is None:
        return None
    if d.weekday() == 0:  # a Monday holiday's weekend is the one before it (Labor Day weekend)
        d -= timedelta(days=2)
    return Norm("DATE", iso_week(d) + "-WE")


def n_nth_month(m: Match, ctx: Ctx, start: int) -> Norm | None:
    """'the third month of 2021', 'the 9th month of next year'."""
    n = day_of(m["o"])
    if not 1 <= n <= 12:
        return None
    if m["y"]:
        y = int(m["y"])
    elif ctx.ref:
        y = ctx.ref.year + {"this": 0, "last": -1, "next": 1}[m["yrel"].lower()]
    else:
        return None
    return Norm("DATE", f"{y}-{n:02d}")


def n_mixed_ymd(m: Match, ctx: Ctx, start: int) -> Norm | None:
    """'2015/Aug/21', 'Aug-21-2015', '21/Aug/2015'."""
    return day_norm(int(m["y"] or m["y3"]), month_of(m["mo"] or m["mo3"]), int(m["d"] or m["d3"]))


def n_month_year_range(m: Match, ctx: Ctx, start: int) -> Norm | None:
    """'Jan/2017 - Mar/2018': the months from the first to the last, both whole."""
    last_start = date(int(m["y2"]), month_of(m["mo2b"]), 1)
    first = date(int(m["y"]), month_of(m["mo"]), 1)
    return range_norm(first, last_start + relativedelta(months=1, days=-1), "M", last_start)


def n_week_of_marked(m: Match, ctx: Ctx, start: int) -> Norm | None:
    """'week 31', 'the third week of 2018': only with a number, a month or a year to count in."""
    if not (m["n"] or m["mo"] or m["y"] or m["yrel"] or m["mrel"]):
        return None  # "the first week" alone is a duration's business
    return n_week_of(m, ctx, start)
