"""Dates, normalisation: values of the pieces of an expression and TIMEX3 value arithmetic.

Day, month, year and number words to integers; durations as TIMEX3 values (P3Y, PT5H, PXD);
ISO weeks, quarters, holidays; the calendar interval of a TIMEX3 value. Impossible dates are
None here (``make_date``, ``moved``), so that a handler says "no date" instead of raising.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from dateutil.easter import easter
from dateutil.relativedelta import MO, SU, TH, TU, relativedelta

from extractors.dates.base import Norm
from extractors.lexicons import dates as lex
from extractors.types import Interval


def make_date(year: int, month: int, day: int) -> date | None:
    """The date, or None if there is no such day ('February 30', month 13, year 0)."""
    if not (1 <= year <= 9999 and 1 <= month <= 12 and day >= 1):
        return None
    return date(year, month, day) if day <= calendar.monthrange(year, month)[1] else None


def day_norm(year: int, month: int, day: int, *, ambiguous: bool = False) -> Norm | None:
    """A DATE of one calendar day, or None if there is no such day."""
    d = make_date(year, month, day)
    return Norm("DATE", d.isoformat(), ambiguous=ambiguous) if d else None


def moved(d: date, unit: str, k: int) -> date | None:
    """``d`` moved by ``k`` days, weeks, months or years (``unit``), or None past the calendar's
    range ("a million days ago")."""
    try:
        step = {"days": relativedelta(days=k), "weeks": relativedelta(weeks=k), "months": relativedelta(months=k)}
        return d + step.get(unit, relativedelta(years=k))
    except (OverflowError, ValueError):  # only the date arithmetic itself: beyond year 1 or 9999
        return None


def month_of(word: str) -> int:
    """The month number of a month name or abbreviation ('Sept.' -> 9)."""
    return lex.MONTHS[word.lower().rstrip(".")]


def day_of(word: str) -> int:
    w = re.sub(r"\s+", " ", word.lower().removeprefix("the ").strip())
    if w in lex.ORDINALS:
        return lex.ORDINALS[w]
    if not re.search(r"\d", w):
        n = number_of(w)
        if n is not None:
            return int(n)
    digits = re.sub(r"\D", "", w)
    return int(digits) if digits else 0  # 0 is no day: make_date refuses it


def year_of(word: str, ref: date | None) -> int:
    """A year, with two-digit years taken within the century around the reference ('98 -> 1998)."""
    w = word.strip().lstrip("'")
    if len(w) == 2:
        base = (ref.year if ref else 2000) // 100 * 100
        y = base + int(w)
        return y - 100 if ref and y > ref.year + 20 else y
    return int(w) if w.isdigit() else 0  # 0 is no year: make_date refuses it


def spelled_year(words: str) -> int | None:
    w = re.sub(r"\s+", " ", words.lower().replace("-", " ")).removeprefix("the year ").strip()
    if w.startswith("two thousand"):
        rest = w.removeprefix("two thousand").removeprefix(" and").strip()
        n = number_of(rest) if rest else 0
        return 2000 + int(n) if n is not None else None
    parts = w.split(" ", 1)
    if len(parts) != 2 or parts[0] not in lex.NUMBER_WORDS:
        return None
    hi = int(lex.NUMBER_WORDS[parts[0]]) * 100
    if parts[1] == "hundred":
        return hi
    rest = parts[1].removeprefix("hundred ").removeprefix("and ").strip()
    lo = number_of(rest)
    return hi + int(lo) if lo is not None else None


def number_of(words: str) -> float | None:
    """The value of a number phrase ('twenty four', '1.5', 'a couple of'); None for vague ones."""
    w = re.sub(r"\s+", " ", words.lower().replace("-", " ")).strip()
    half = w.endswith((" and a half", " 1/2", "½"))
    w = w.removesuffix(" and a half").removesuffix(" 1/2").removesuffix("½").strip()
    if w in lex.VAGUE_NUMBERS or w in ("dozens of",):
        return None
    if w in lex.NUMBER_WORDS:
        v = float(lex.NUMBER_WORDS[w])
    elif re.fullmatch(r"\d+(\.\d+)?", w):
        v = float(w)
    else:
        total, current = 0.0, 0.0
        for part in w.split(" "):
            if part in lex.MULTIPLIERS:
                current = (current or 1) * lex.MULTIPLIERS[part]
                total, current = total + current, 0.0
            elif re.fullmatch(r"\d+(\.\d+)?", part):
                current += float(part)
            elif part in lex.NUMBER_WORDS:
                current += float(lex.NUMBER_WORDS[part])
            else:
                return None
        v = total + current
    return v + 0.5 if half else v


def fmt_num(v: float) -> str:
    return str(int(v)) if v == int(v) else f"{v:g}"


def unit_of(word: str) -> str:
    w = word.lower()
    if w == "workweek":
        return "week"
    return lex.UNIT_PLURALS.get(w, w)


def duration(n: float | None, unit: str) -> str:
    """TIMEX3 duration value: P3Y, PT5H, PXD (unknown amount), P1.5Y."""
    code, is_time = lex.UNITS[unit]
    if unit == "fortnight" and n is not None:
        n *= 2
    if unit in ("decade", "century", "millennium"):
        # TimeBank writes 'two decades' as P20Y; an unknown number of them stays in its own unit.
        if n is None:
            return "PXY"
        n, code = n * {"decade": 10, "century": 100, "millennium": 1000}[unit], "Y"
    if unit == "weekend":
        return f"P{fmt_num(n * 2) if n is not None else 'X'}D"
    if unit == "quarter" and n is not None:
        # ISO 8601 has no quarter unit: "the next three quarters" is P9M (TimeBank, Recognizers)
        n, code = n * 3, "M"
    if n is not None and n != int(n):
        # Fractions are written in the next smaller unit where TimeML has one: 1.5 hours -> PT1H30M.
        smaller = {"hour": ("M", 60), "minute": ("S", 60), "year": ("M", 12), "day": ("H", 24)}
        if unit in smaller:
            sc, k = smaller[unit]
            whole = int(n)
            rest = round((n - whole) * k)
            pre = "PT" if is_time or unit == "day" else "P"
            if unit == "day":
                return f"P{whole}DT{rest}H" if whole else f"PT{rest}H"
            return f"{pre}{whole}{code}{rest}{sc}" if whole else f"{pre}{rest}{sc}"
    amount = "X" if n is None else fmt_num(n)
    return f"PT{amount}{code}" if is_time else f"P{amount}{code}"


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def quarter_of(d: date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def shift_quarter(y: int, q: int, k: int) -> tuple[int, int]:
    n = y * 4 + (q - 1) + k
    return n // 4, n % 4 + 1


def holiday_date(name: str, year: int) -> date | None:
    key = name.lower()
    if not 1 <= year <= 9998:
        return None
    if key in lex.FIXED_HOLIDAYS:
        m, d = lex.FIXED_HOLIDAYS[key]
        return date(year, m, d)
    rule = lex.MOVABLE_HOLIDAYS.get(key)
    jan1, may1, jun1 = date(year, 1, 1), date(year, 5, 1), date(year, 6, 1)
    match rule:
        case "easter":
            return easter(year)
        case "good_friday":
            return easter(year) - timedelta(days=2)
        case "easter_monday":
            return easter(year) + timedelta(days=1)
        case "thanksgiving":
            return date(year, 11, 1) + relativedelta(weekday=TH(4))
        case "labor_day":
            return date(year, 9, 1) + relativedelta(weekday=MO(1))
        case "memorial_day":
            return date(year, 5, 31) + relativedelta(weekday=MO(-1))
        case "mothers_day":
            return may1 + relativedelta(weekday=SU(2))
        case "fathers_day":
            return jun1 + relativedelta(weekday=SU(3))
        case "black_friday":
            return date(year, 11, 1) + relativedelta(weekday=TH(4)) + timedelta(days=1)
        case "cyber_monday":
            return date(year, 11, 1) + relativedelta(weekday=TH(4)) + timedelta(days=4)
        case "mlk_day":
            return jan1 + relativedelta(weekday=MO(3))
        case "presidents_day":
            return date(year, 2, 1) + relativedelta(weekday=MO(3))
        case "columbus_day":
            return date(year, 10, 1) + relativedelta(weekday=MO(2))
        case "election_day":
            return date(year, 11, 2) + relativedelta(weekday=TU(1))
    return None


def interval_of(value: str) -> Interval | None:
    """The calendar interval (both ends inclusive) of a TIMEX3 DATE value, or None if it has none."""
    try:
        return _interval(value)
    except ValueError:
        return None


def _interval(value: str) -> Interval | None:
    v = value.split("T", 1)[0]
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", v)
    if m:
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return Interval(start=d.isoformat(), end=d.isoformat())
    m = re.fullmatch(r"(\d{4})-(\d\d)", v)
    if m:
        first = date(int(m[1]), int(m[2]), 1)
        return Interval(start=first.isoformat(), end=(first + relativedelta(months=1, days=-1)).isoformat())
    m = re.fullmatch(r"(\d{4})", v)
    if m:
        return Interval(start=f"{m[1]}-01-01", end=f"{m[1]}-12-31")
    m = re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", v)
    if m:
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            return Interval(start=(monday + timedelta(5)).isoformat(), end=(monday + timedelta(6)).isoformat())
        return Interval(start=monday.isoformat(), end=(monday + timedelta(6)).isoformat())
    m = re.fullmatch(r"(\d{4})-([QH])(\d)", v)
    if m:
        size = 3 if m[2] == "Q" else 6
        first = date(int(m[1]), (int(m[3]) - 1) * size + 1, 1)
        return Interval(start=first.isoformat(), end=(first + relativedelta(months=size, days=-1)).isoformat())
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v)
    if m:
        a, b = lex.SEASON_MONTHS[m[2]]
        y = int(m[1])
        first = date(y, a, 1)
        last = date(y + (1 if b < a else 0), b, 1) + relativedelta(months=1, days=-1)
        return Interval(start=first.isoformat(), end=last.isoformat())
    m = re.fullmatch(r"(\d{3})X?", v)
    if m:
        return Interval(start=f"{m[1]}0-01-01", end=f"{m[1]}9-12-31")
    m = re.fullmatch(r"(\d{2})", v)
    if m:
        return Interval(start=f"{m[1]}00-01-01", end=f"{m[1]}99-12-31")
    return None


def reported_period(ref: date, unit: str) -> tuple[int, int]:
    """The quarter (or half) a news report is most likely about: the last one that has ended."""
    if unit == "Q":
        return shift_quarter(*quarter_of(ref), -1)
    return (ref.year, 1) if ref.month > 6 else (ref.year - 1, 2)


def bounds_of(value: str, ref: date | None) -> tuple[date, date] | None:
    """First and last day of a DATE value; PRESENT_REF is the reference day."""
    if value == "PRESENT_REF":
        return (ref, ref) if ref else None
    iv = interval_of(value)
    return (date.fromisoformat(iv.start), date.fromisoformat(iv.end)) if iv else None


def range_norm(first: date, last: date, grain: str, last_start: date | None = None) -> Norm:
    """A range as a DURATION whose interval is the range itself (both ends inclusive) and whose value
    is the distance between the starts of its two ends, as TimeML and Recognizers write it ('from
    2014 to 2018' -> P4Y, 'November 18-19' -> P1D, 'from 2017 Q1 to 2018 Q1' -> P12M)."""
    end = last_start or last
    if grain == "Y":
        value = f"P{end.year - first.year}Y"
    elif grain == "M":
        value = f"P{(end.year - first.year) * 12 + end.month - first.month}M"
    else:
        value = f"P{(end - first).days}D"
    return Norm("DURATION", value, interval=(first, last))


def grain_of(value: str) -> str:
    if re.fullmatch(r"\d{4}", value):
        return "Y"
    return "M" if re.fullmatch(r"\d{4}-(\d\d|Q\d|H\d|SP|SU|FA|WI)", value) else "D"
