"""Dates, normalisation of relative and vague expressions: the handlers of the rules that locate a
time against the reference date or say how long or how often ("yesterday", "Friday", "last week",
"two years ago", "three months", "recent months", "now", "every Monday", "10 p.m. Wednesday").

Each handler takes the match, the document context and the match's start, and returns a
``Norm`` or None when the words are no temporal expression here ("a second" the ordinal,
"$1.76 a year" a rate, "52 years old" an age).
"""

from __future__ import annotations

import re
from datetime import timedelta

from dateutil.relativedelta import relativedelta

from extractors.dates.anchoring import pick, resolve_month_day, resolve_weekday, tense_at
from extractors.dates.base import Ctx, Match, Norm, lower_group
from extractors.dates.patterns import NUM, UNIT
from extractors.dates.values import (
    day_norm,
    day_of,
    duration,
    fmt_num,
    holiday_date,
    iso_week,
    make_date,
    month_of,
    moved,
    number_of,
    quarter_of,
    reported_period,
    shift_quarter,
    unit_of,
    year_of,
)
from extractors.lexicons import dates as lex

_F = re.IGNORECASE


def n_day_word(m: Match, ctx: Ctx, start: int) -> Norm | None:
    w = re.sub(r"\s+", " ", m["w"].lower())
    shift = {
        "today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "tmrw": 1,
        "the day before yesterday": -2, "the day after tomorrow": 2, "last night": -1,
        "this morning": 0, "this afternoon": 0, "this evening": 0, "tomorrow night": 1,
        "yesterday morning": -1, "yesterday afternoon": -1, "yesterday evening": -1, "tomorrow morning": 1,
        "tomorrow afternoon": 1, "tomorrow evening": 1, "the day before": -1, "the previous day": -1,
        "the day after": 1, "the next day": 1, "the following day": 1, "overnight": -1,
    }[w]  # fmt: skip
    pod = next((lex.PARTS_OF_DAY[p] for p in ("morning", "afternoon", "evening", "night") if w.endswith(p)), None)
    if w in ("tonight", "overnight"):
        pod = "NI"
    if ctx.ref is None:
        return Norm("TIME" if pod else "DATE", "PRESENT_REF" if shift == 0 else "XXXX-XX-XX")
    d = ctx.ref + timedelta(days=shift)
    return Norm("TIME", f"{d.isoformat()}T{pod}") if pod else Norm("DATE", d.isoformat())


def n_weekday(m: Match, ctx: Ctx, start: int) -> Norm | None:
    wd = lex.WEEKDAYS.get(m["wd"].lower().rstrip("."), lex.WEEKDAY_ABBREVIATIONS.get(m["wd"].lower().rstrip(".")))
    if wd is None:
        return None
    rel = lower_group(m, "rel")
    rel = re.sub(r"\s+", " ", rel) if rel else None
    d, ambiguous = resolve_weekday(ctx, start, wd, rel)
    pod = lower_group(m, "pod")
    code = lex.PARTS_OF_DAY[pod] if pod else None
    if d is None:
        return Norm("TIME" if code else "DATE", f"XXXX-WXX-{wd + 1}" + (f"T{code}" if code else ""))
    if code:
        return Norm("TIME", f"{d.isoformat()}T{code}", ambiguous=ambiguous)
    return Norm("DATE", d.isoformat(), ambiguous=ambiguous)


def n_weekday_date(m: Match, ctx: Ctx, start: int) -> Norm | None:
    """'Monday, March 18' or 'Monday 21': the date, checked against the weekday where possible."""
    if m["na"]:
        a, b = int(m["na"]), int(m["nb"])
        mo_n, d_n = (a, b) if a <= 12 else (b, a)
        if ctx.ref and re.match(r"(?:this|next|last|coming)\b", m[0], _F):
            return day_norm(ctx.ref.year, mo_n, d_n)  # "this Friday 5/12"
        return resolve_month_day(ctx, start, mo_n, d_n)
    mo = month_of(m["mo"]) if m["mo"] else None
    d = day_of(m["d"])
    if m["y"]:
        return day_norm(year_of(m["y"], ctx.ref), mo or 1, d)
    if mo is not None:
        return resolve_month_day(ctx, start, mo, d)
    if ctx.ref is None:
        return Norm("DATE", f"XXXX-XX-{d:02d}")
    wd = lex.WEEKDAYS.get(m["wd"].lower().rstrip("."), lex.WEEKDAY_ABBREVIATIONS.get(m["wd"].lower().rstrip(".")))
    # The month (around the reference) in which that day of the month falls on that weekday.
    for k in sorted(range(-12, 13), key=abs):
        base = ctx.ref + relativedelta(months=k)
        cand = make_date(base.year, base.month, d)
        if cand is not None and cand.weekday() == wd:
            return Norm("DATE", cand.isoformat())
    return Norm("DATE", f"XXXX-XX-{d:02d}")


def n_relative(m: Match, ctx: Ctx, start: int) -> Norm | None:
    """this/last/next week, month, year, weekend, decade, century; the week; the past year."""
    rel = re.sub(r"\s+", " ", (lower_group(m, "rel") or "").removeprefix("the").strip())
    unit = unit_of(m["u"])
    if m[0].istitle() and start > 0 and ctx.text[start - 1] in "\"'“‘":
        return None  # a quoted title: ABC's "This Week"
    if not rel and re.match(r"\s+(?:ended|ending)\b", ctx.text[m.end() : m.end() + 8]):
        return Norm("DURATION", duration(1, unit))  # "the year ended March 31": a fiscal year's length
    if rel in ("following", "same") or m[0].lower().startswith("that"):
        anchored = Norm("DATE", "XXXX", anchor=f"rel:{unit}:{1 if rel == 'following' else 0}")
        if unit in ("year", "month", "day", "week"):
            return anchored
    if ctx.ref is None:
        return Norm("DATE", {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX"}.get(unit, "XXXX"))
    ref = ctx.ref
    k = -1 if rel in ("last", "past", "previous", "prior") else 1 if rel in ("next", "coming", "following") else 0
    if not rel and unit == "weekend":
        tense = tense_at(ctx, start)
        k = 0 if tense == "future" or ref.weekday() >= 4 or (tense is None and ref.weekday() >= 3) else -1
        if k == -1:
            return Norm("DATE", iso_week(ref - timedelta(days=7)) + "-WE")
    match unit:
        case "week":
            return Norm("DATE", iso_week(ref + timedelta(weeks=k)))
        case "weekend":
            return Norm("DATE", iso_week(ref + timedelta(weeks=k)) + "-WE")
        case "month":
            d = ref + relativedelta(months=k)
            return Norm("DATE", f"{d.year}-{d.month:02d}")
        case "year":
            return Norm("DATE", str(ref.year + k))
        case "decade":
            return Norm("DATE", f"{ref.year // 10 + k}")
        case "century":
            return Norm("DATE", f"{ref.year // 100 + k:02d}")
        case "day":
            return Norm("DATE", (ref + timedelta(days=k)).isoformat())
    return None


def n_ago(m: Match, ctx: Ctx, start: int) -> Norm | None:
    """'two years ago', 'a year earlier', 'three days from now': a date at the unit's granularity."""
    n = number_of(m["n"])
    unit = unit_of(m["u"])
    if m["dir"].lower() == "later" and unit != "fortnight":
        # "Three days later" counts from an event of the story, not from the reference: TimeBank marks
        # the amount ("Three days") as a DURATION and leaves "later" out.
        return Norm("DURATION", duration(n, unit), cut=m.end() - m.end("u"))
    direction = -1 if m["dir"].lower() in ("ago", "earlier", "before", "back", "previously") else 1
    if unit in ("second", "minute", "hour"):
        return Norm("DATE", "PRESENT_REF" if direction > 0 else "PAST_REF")
    if n is None or ctx.ref is None:
        return Norm("DATE", "PAST_REF" if direction < 0 else "FUTURE_REF")
    ref = ctx.ref
    whole = int(n)
    anchor = "year_ago" if unit == "year" and n == 1 and m["dir"].lower() in ("ago", "earlier") else None
    step = {"day": ("days", 1), "night": ("days", 1), "fortnight": ("weeks", 2), "week": ("weeks", 1)}
    step["month"] = ("months", 1)
    if unit in step:
        d = moved(ref, step[unit][0], step[unit][1] * direction * whole)
        if d is None:
            return None  # "a million days ago" is no calendar date
        if unit == "week":
            return Norm("DATE", iso_week(d))
        return Norm("DATE", f"{d.year}-{d.month:02d}" if unit == "month" else d.isoformat())
    match unit:
        case "quarter":
            y, q = shift_quarter(*quarter_of(ref), direction * whole)
            return Norm("DATE", f"{y}-Q{q}")
        case "year":
            return Norm("DATE", str(ref.year + direction * whole), anchor=anchor)
        case "decade":
            return Norm("DATE", str(ref.year + 10 * direction * whole))  # "a decade ago": that year, not a decade
        case "century":
            return Norm("DATE", f"{ref.year // 100 + direction * whole:02d}")
    return None


def n_duration(m: Match, ctx: Ctx, start: int) -> Norm | None:
    unit = unit_of(m["u"])
    after = ctx.text[m.end() : m.end() + 6].lower()
    if re.match(r"-?\s?old\b|s?-old", after) or re.match(r"-old", ctx.text[m.end() : m.end() + 4]):
        return None  # ages are not temporal expressions in TimeML
    nword = m["n"]
    n = number_of(nword)
    if unit == "second" and nword.lower() in ("a", "an"):
        return None  # "a second" is nearly always the ordinal
    tok = ctx.token_at(start)
    if nword.lower() in ("a", "an") and tok is not None and tok.i > 0:
        prev = ctx.doc[tok.i - 1]
        if prev.like_num or prev.pos_ in ("NUM", "SYM") or prev.text in ("%", "percent") or prev.tag_ == "NNS":
            return None  # "$1.76 a year", "four flights a week": a rate, not a length of time
    if unit in ("quarter", "half") and re.match(r"\s+of\b", after):
        return None  # "a quarter of the voters" is a fraction
    if n is None and m["rel"] and m["rel"].lower() in ("past", "last", "previous", "preceding"):
        return Norm("DATE", "PAST_REF")  # "the past several quarters", like "recent months"
    if m["half"] and n is not None:
        n += 0.5
    before = ctx.text[max(0, start - 4) : start].lower()
    if (
        re.search(r"(?<![a-z])in\s$", before)
        and re.fullmatch(rf"{NUM}[\s-]+{UNIT}", m[0], _F)
        and n is not None
        and not m["rel"]
        and not m["n2"]
        and ctx.ref is not None
        and unit in ("day", "week", "month", "year")
        and tense_at(ctx, start) in ("future", None)
    ):
        # "will leave in two weeks": a point ahead of the reference, not a length of time
        if unit == "year":
            return Norm("DATE", str(ctx.ref.year + int(n)))
        ahead = moved(ctx.ref, {"day": "days", "week": "weeks"}.get(unit, "months"), int(n))
        return Norm("DATE", ahead.isoformat()) if ahead else None
    return Norm("DURATION", duration(n, unit))


def n_past_unit(m: Match, ctx: Ctx, start: int) -> Norm | None:
    """'the past year' (TempEval: the previous calendar unit), 'the last decade'."""
    unit = unit_of(m["u"])
    if ctx.ref is None:
        return Norm("DATE", "PAST_REF")
    ref = ctx.ref
    match unit:
        case "year":
            return Norm("DATE", str(ref.year - 1))
        case "month":
            d = ref - relativedelta(months=1)
            return Norm("DATE", f"{d.year}-{d.month:02d}")
        case "week":
            return Norm("DATE", iso_week(ref - timedelta(weeks=1)))
        case "decade":
            return Norm("DATE", f"{ref.year // 10 - 1}")
        case "day":
            return Norm("DATE", (ref - timedelta(days=1)).isoformat())
        case "century":
            return Norm("DATE", f"{ref.year // 100 - 1:02d}")
    return Norm("DURATION", duration(1, unit))


def n_vague_units(m: Match, ctx: Ctx, start: int) -> Norm | None:
    """'recent months' (PAST_REF), 'coming weeks' and bare 'hours' / 'days' (PTXH, PXD)."""
    unit = unit_of(m["u"])
    rel = re.sub(r"\s+", " ", (lower_group(m, "rel") or "").removeprefix("the ").strip())
    if unit in ("weekend", "night", "fortnight"):
        return None
    tok = ctx.token_at(start)
    if m[0][:1].isupper() and tok is not None and not tok.is_sent_start:
        return None  # "Summer Days", "The Hours": a capitalised word inside a sentence is a title
    if re.match(r"[\s-]+old\b", ctx.text[m.end() : m.end() + 6]) or ctx.text[max(0, start - 3) : start] == "of ":
        return None  # "52 years old" is an age; "hundreds of years", "a matter of months" are not timexes
    tail = (lower_group(m, "tail") or "").lower()
    if tail == "ago":
        return Norm("DATE", "PAST_REF")  # "years ago": some time back, as "recently"
    if tail == "ahead" or rel in ("first", "early", "initial", "final", "closing"):
        return Norm("DURATION", duration(None, unit))  # "the weeks ahead", "the first hours"
    if rel.split(" ")[0] in ("recent", "past", "last", "previous", "earlier", "prior"):
        return Norm("DATE", "PAST_REF")  # "recent months", "the past several quarters": the vague past
    if rel.endswith(("several", "few")):
        return Norm("DURATION", duration(None, unit))
    if rel in ("future", "later") or (rel == "coming" and not m[0].lower().startswith("the")):
        return Norm("DATE", "FUTURE_REF")  # "future quarters", "in coming months"
    return Norm("DURATION", duration(None, unit))


def n_ref_word(m: Match, ctx: Ctx, start: int) -> Norm | None:
    w = re.sub(r"\s+", " ", m["w"].lower())
    value = lex.REFERENCE_WORDS[w]
    if w == "once":
        tok = ctx.token_at(start)
        if tok is None or tok.dep_ != "advmod" or tok.head.tag_ not in ("VBD", "VBN"):
            return None
    if w == "future":
        tok = ctx.token_at(start)
        if tok is None or tok.dep_ not in ("amod", "pobj"):
            return None
    return Norm("DATE", value)


def n_current(m: Match, ctx: Ctx, start: int) -> Norm | None:
    """The adjective 'current' ("current market conditions"): TimeML's PRESENT_REF."""
    tok = ctx.token_at(start)
    if tok is None or tok.idx != start or tok.dep_ != "amod":
        return None
    nxt = tok.nbor(1) if tok.i + 1 < len(ctx.doc) else tok.head
    if {tok.head.lemma_.lower(), nxt.lemma_.lower()} & lex.CURRENT_TERMS:
        return None  # "current assets", "the current account deficit"
    if start >= 5 and ctx.text[start - 5 : start].lower() == "then ":
        return None  # "the then current price" is a past moment, not the present
    return Norm("DATE", "PRESENT_REF")


def n_set(m: Match, ctx: Ctx, start: int) -> Norm | None:
    what = re.sub(r"\s+", " ", m["what"].lower())
    n = number_of(m["n"]) if lower_group(m, "n") else 1.0
    if what.rstrip("s") in lex.WEEKDAYS or what in lex.WEEKDAYS:
        return Norm("SET", f"XXXX-WXX-{lex.WEEKDAYS[what.rstrip('s') if what not in lex.WEEKDAYS else what] + 1}")
    if what.rstrip(".") in lex.MONTHS:
        return Norm("SET", f"XXXX-{month_of(what):02d}")
    if what in lex.SEASONS:
        return Norm("SET", f"XXXX-{lex.SEASONS[what]}")
    if what in ("morning", "afternoon", "evening", "night"):
        return Norm("SET", f"XXXX-XX-XXT{lex.PARTS_OF_DAY[what]}")
    unit = unit_of(what)
    if unit == "quarter":
        return Norm("SET", f"P{fmt_num(n) if n is not None else 'X'}Q")  # TimeBank: "every quarter" P1Q
    if unit in lex.UNITS:
        return Norm("SET", duration(n if n is not None else None, unit))
    return None


def n_times_per(m: Match, ctx: Ctx, start: int) -> Norm | None:
    return Norm("SET", duration(1, unit_of(m["u"])))


def n_freq(m: Match, ctx: Ctx, start: int) -> Norm | None:
    return Norm("SET", lex.FREQUENCY_ADVERBS[m["w"].lower()])


def n_plural_weekday(m: Match, ctx: Ctx, start: int) -> Norm | None:
    if not m["wd"][0].isupper():
        return None
    wd = lex.WEEKDAYS[m["wd"].lower()]
    pod = (lower_group(m, "pod") or lower_group(m, "pod2") or "").lower()  # "Tuesday nights" repeats like "Tuesdays"
    return Norm("SET", f"XXXX-WXX-{wd + 1}" + (f"T{lex.PARTS_OF_DAY[pod.removesuffix('s')]}" if pod else ""))


def n_clock(m: Match, ctx: Ctx, start: int) -> Norm | None:
    """'10 p.m. Wednesday', 'noon Thursday', '5 p.m. EST Nov. 9', '7:15 p.m.'."""
    if m["noon"]:
        hh, mm = (12, 0) if m["noon"].lower() in ("noon", "midday") else (24, 0)
    else:
        hh, mm = int(m["h"]), int(m["mi"] or 0)
        ap = (m["ap"] or "").lower().replace(".", "")
        if ap == "pm" and hh < 12:
            hh += 12
        elif ap == "am" and hh == 12:
            hh = 0
        if hh > 24 or mm > 59:
            return None
    day: str | None = None
    if m["wd"]:
        wd = lex.WEEKDAYS[m["wd"].lower()]
        d, _ = resolve_weekday(ctx, start, wd, None)
        day = d.isoformat() if d else f"XXXX-WXX-{wd + 1}"
    elif m["mo"]:
        on = resolve_month_day(ctx, start, month_of(m["mo"]), day_of(m["d"]))
        if on is None:
            return None
        day = on.value
    elif m["dw"]:
        shift = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}[m["dw"].lower()]
        day = (ctx.ref + timedelta(days=shift)).isoformat() if ctx.ref else None
    elif ctx.ref:
        day = ctx.ref.isoformat()
    value = f"{day or 'XXXX-XX-XX'}T{hh:02d}:{mm:02d}"
    return Norm("TIME", value)


def n_holiday(m: Match, ctx: Ctx, start: int) -> Norm | None:
    name = re.sub(r"\s+", " ", m["h"].lower())
    if name in ("may day",) and not m["h"][0].isupper():
        return None
    if m["y"]:
        d = holiday_date(name, year_of(m["y"], ctx.ref))
        return Norm("DATE", d.isoformat()) if d else None
    if ctx.ref is None:
        d = holiday_date(name, 2000)
        return Norm("DATE", f"XXXX-{d.month:02d}-{d.day:02d}") if d else None
    ref = ctx.ref
    rel = lower_group(m, "rel")
    this_year = holiday_date(name, ref.year)
    if this_year is None:
        return None
    if rel in ("last", "past", "previous"):
        d = this_year if this_year < ref else holiday_date(name, ref.year - 1)
    elif rel in ("next", "coming", "following"):
        d = this_year if this_year > ref else holiday_date(name, ref.year + 1)
    elif rel == "this":
        d = this_year
    else:
        back = this_year if this_year <= ref else holiday_date(name, ref.year - 1)
        ahead = this_year if this_year >= ref else holiday_date(name, ref.year + 1)
        if back is None or ahead is None:
            return None
        way, _ = pick((ref - back).days, (ahead - ref).days, tense_at(ctx, start), 75)
        d = back if way < 0 else ahead
    return Norm("DATE", d.isoformat()) if d else None


def n_period(m: Match, ctx: Ctx, start: int) -> Norm | None:
    """Financial-report periods: 'the latest period', 'the year-ago period', 'the 1988 period',
    and the bare modifiers 'year-earlier' / 'year-ago' (the period last discussed, a year back)."""
    words = re.sub(r"[\s-]+", " ", m[0].lower())
    ago = bool(
        re.search(r"year (ago|earlier)|a year (ago|earlier)|last year|corresponding|comparable|prior year", words)
    )
    if ctx.ref is None:
        return Norm("DATE", "XXXX-QX")
    y, q = reported_period(ctx.ref, "Q")
    if m["qy"]:
        return Norm("DATE", f"{int(m['qy'])}-Q{q}", anchor="period_year")
    if "period" not in words and "quarter" not in words:
        # a bare 'year-earlier' modifier: the year before, or the quarter before if one is discussed
        return Norm("DATE", str(ctx.ref.year - 1), anchor="year_ago")
    if ago:
        return Norm("DATE", f"{y - 1}-Q{q}", anchor="year_ago_quarter")
    return Norm("DATE", f"{y}-Q{q}", anchor="quarter_seen")


def n_year_part(m: Match, ctx: Ctx, start: int) -> Norm | None:
    """'the full year', 'year-end', "year's end": the reference year (with END for its end)."""
    if ctx.ref is None:
        return Norm("DATE", "XXXX")
    words = m[0].lower()
    return Norm("DATE", str(ctx.ref.year), mod="END" if "end" in words else None)


def n_pod_day(m: Match, ctx: Ctx, start: int) -> Norm | None:
    """'mid-afternoon yesterday', 'early Friday morning' style: a part of a named day; 'by mid
    afternoon', 'late evening' without a day: the part of the day of the report."""
    pod = lex.PARTS_OF_DAY[m["pod"].lower()]
    dw = (m["dw"] or "").lower()
    if not dw:
        if not m["pos"]:
            return None  # "in the morning": no day to anchor it to
        return Norm("TIME", f"{ctx.ref.isoformat() if ctx.ref else 'XXXX-XX-XX'}T{pod}")
    if dw in lex.WEEKDAYS:
        if not m["dw"][0].isupper():
            return None
        d, amb = resolve_weekday(ctx, start, lex.WEEKDAYS[dw], None)
    else:
        shift = {"today": 0, "yesterday": -1, "tomorrow": 1}[dw]
        d, amb = (ctx.ref + timedelta(days=shift) if ctx.ref else None), False
    day = d.isoformat() if d else "XXXX-XX-XX"
    return Norm("TIME", f"{day}T{pod}", ambiguous=amb)


def n_weekday_of_week(m: Match, ctx: Ctx, start: int) -> Norm | None:
    """'next week on Tuesday', 'Monday of the following week', 'previous week - Monday'."""
    wd = lex.WEEKDAYS.get(
        (m["wd"] or "").lower().rstrip("."), lex.WEEKDAY_ABBREVIATIONS.get((m["wd"] or "").lower().rstrip("."))
    )
    if wd is None or ctx.ref is None:
        return None
    rel = re.sub(r"\s+", " ", (m["wrel"] or "").lower()).removeprefix("the ")
    k = {"this": 0, "next": 1, "following": 1, "coming": 1, "last": -1, "previous": -1, "past": -1}.get(rel)
    if k is None:
        return None
    monday = ctx.ref - timedelta(days=ctx.ref.weekday()) + timedelta(weeks=k)
    return Norm("DATE", (monday + timedelta(days=wd)).isoformat())


def n_day_of_month(m: Match, ctx: Ctx, start: int) -> Norm | None:
    """'on the 18th', 'the 21st this month': a day of the current, previous or next month."""
    d = day_of(m["d"])
    if not 1 <= d <= 31:
        return None
    if ctx.ref is None:
        return Norm("DATE", f"XXXX-XX-{d:02d}")
    if m["mrel"]:
        base = ctx.ref + relativedelta(months={"this": 0, "last": -1, "next": 1}[m["mrel"].lower()])
        return day_norm(base.year, base.month, d)
    tense = tense_at(ctx, start)
    this = ctx.ref.replace(day=1)
    step = -1 if tense == "past" else 1  # the past looks back to the last such day, otherwise ahead
    for k in (0, step, 2 * step):
        base = this + relativedelta(months=k)
        cand = make_date(base.year, base.month, d)
        if cand is None:
            continue
        if (step < 0 and cand <= ctx.ref) or (step > 0 and cand >= ctx.ref):
            return Norm("DATE", cand.isoformat(), ambiguous=tense is None)
    return None


def n_part_of_unit(m: Match, ctx: Ctx, start: int) -> Norm | None:
    """'end of year', 'the end of the month', 'EOY': the unit of the reference, with its mod."""
    if ctx.ref is None:
        return None
    unit = (m["u"] or "year").lower()
    mod = {"end": "END", "beginning": "START", "start": "START", "middle": "MID", "eo": "END"}[(m["p"] or "eo").lower()]
    value = {"year": str(ctx.ref.year), "month": f"{ctx.ref.year}-{ctx.ref.month:02d}", "week": iso_week(ctx.ref)}[unit]
    return Norm("DATE", value, mod=mod)


def n_fortnight(m: Match, ctx: Ctx, start: int) -> Norm | None:
    """'the next fortnight' (P2W), 'a fortnight later' / 'in a fortnight' (two weeks on)."""
    if (m["in"] or m["later"]) and ctx.ref:
        k = -14 if (m["later"] or "").strip().lower() == "ago" else 14
        return Norm("DATE", (ctx.ref + timedelta(days=k)).isoformat())
    return Norm("DURATION", "P2W")


def n_relative_marked(m: Match, ctx: Ctx, start: int) -> Norm | None:
    """'last week', 'this year', 'the week': a bare 'week' or 'year' is no temporal expression."""
    if not (m["rel"] or "").strip() and not m[0].lower().startswith("the"):
        return None
    return n_relative(m, ctx, start)


def n_over_the_units(m: Match, ctx: Ctx, start: int) -> Norm | None:
    """'over the years', 'the weeks ahead': an unspecified stretch of that unit."""
    return Norm("DURATION", duration(None, unit_of(m["u"])))


def n_week_after_next(m: Match, ctx: Ctx, start: int) -> Norm | None:
    """'the week after next': two weeks on."""
    return Norm("DATE", iso_week(ctx.ref + timedelta(weeks=2))) if ctx.ref else None
