# ruff: noqa: E501  (the rule patterns are long regular expressions; splitting them hides their shape)
"""Dates: TIMEX3-style temporal expressions resolved against the reference date.

How it works (after HeidelTime's split of patterns, rules and normalisation, written anew here):

1. **Recognise.** A set of regular-expression rules over the article text, each paired with a
   normaliser, proposes candidates ("the third quarter", "two years ago", "Sept. 30, 1998",
   "every Monday"...). Overlaps are settled longest-first, then words that TimeML keeps inside the
   extent and turns into a ``mod`` are taken in from the left ("about", "early", "the end of").
2. **Normalise.** Each normaliser returns a TIMEX3 type and value. Underspecified expressions (a
   bare weekday, a month without a year, "the quarter") are resolved against the reference date
   in the direction the governing verb's tense points to: past tense -> the most recent one on or
   before the reference, future tense or a schedule -> the next one, no tense -> the nearest
   (flagged ``ambiguous``). Without a reference such values stay underspecified (``XXXX-09``).
3. **Anchor.** A left-to-right pass resolves the few expressions that depend on what the article
   said before ("the year-earlier quarter" is the quarter last discussed, a year back).

Extents follow the TempEval-3 gold: determiners and modifiers are in ("the past two months",
"nearly four years ago", "early next year"), prepositions are out ("on Monday" -> "Monday").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import pairwise
from typing import Any, Literal

from dateutil.easter import easter
from dateutil.relativedelta import MO, SU, TH, TU, relativedelta
from spacy.tokens import Doc, Token

from extractors.lexicons import dates as lex
from extractors.spans import char_span
from extractors.types import DateMention, DateType, Interval

VERSION = 3

Tense = Literal["past", "future", "present"] | None
_F = re.IGNORECASE

# ---------------------------------------------------------------------------------- patterns


def _alt(words: object) -> str:
    """A regex alternation of literal words, longest first so that 'sept' wins over 'sep'."""
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


_MONTH_NAMES = [m for m in lex.MONTHS if len(m) > 3 or m == "may"]
_MONTH_ABBR = [m for m in lex.MONTHS if len(m) <= 4 and m != "may" and m not in ("june", "july")]
MONTH = rf"(?:(?:{_alt(_MONTH_NAMES)})(?![\w])|(?:{_alt(_MONTH_ABBR)})(?:\.|(?![a-zA-Z_])))"
WEEKDAY = rf"(?:{_alt(lex.WEEKDAYS)})(?![\w])"
WEEKDAY_ABBR = rf"(?:{_alt(lex.WEEKDAY_ABBREVIATIONS)})\.?(?![\w])"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\w])"
ORDINAL_DAY = rf"(?:{_alt(k for k, v in lex.ORDINALS.items() if v > 0)})"
CARDINAL_DAY = (
    r"(?:(?:twenty|thirty)[\s-](?:one|two|three|four|five|six|seven|eight|nine)(?![\w-])|(?:twenty|thirty)(?![\w-]))"
)
YEAR4 = r"(?:1[5-9]\d\d|20\d\d)(?![\w])"
YEAR = rf"(?:{YEAR4}|'\d\d(?![\w]))"
_SMALL = _alt(
    k
    for k, v in lex.NUMBER_WORDS.items()
    if isinstance(v, int) and 0 < v < 20 and " " not in k and k not in ("a", "an", "dozen")
)
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_NUM_WORD = rf"(?:(?:{_TENS})(?:[\s-](?:{_SMALL}))?|{_SMALL}|a|an)(?:[\s-](?:hundred|thousand))?"
NUM_CORE = rf"(?:\d+(?:\.\d+)?(?:\s*(?:hundred|thousand)|\s+1/2|½)?|{_NUM_WORD}|a\s+dozen|dozens\s+of|a\s+couple(?:\s+of)?|couple(?:\s+of)?|half\s+an?)"
NUM = rf"(?:{NUM_CORE}(?:\s+and\s+a\s+half)?|a\s+few|several|few|many|a\s+number\s+of)"
UNIT = rf"(?:{_alt(list(lex.UNITS) + list(lex.UNIT_PLURALS))})(?![\w])"
SEASON = rf"(?:{_alt(lex.SEASONS)})(?![\w])"
SPELLED_YEAR = rf"(?:nineteen|eighteen|seventeen|sixteen)[\s-](?:hundred(?:\s+and)?[\s-])?(?:(?:{_TENS})(?:[\s-](?:{_SMALL}))?|{_SMALL}|hundred)|(?:the\s+year\s+)?two\s+thousand(?:\s+and)?(?:\s+(?:(?:{_TENS})(?:[\s-](?:{_SMALL}))?|{_SMALL}))?"
POS_PREFIX = r"(?:(?:early|late|mid)-?|the\s+(?:beginning|start|end|middle|close)\s+of|(?:beginning|end|middle)\s+of|(?:earlier|later)(?:\s+in)?)"
APPROX_PREFIX = rf"(?:{_alt(lex.PREFIX_MODS)})"
HOLIDAY = rf"(?:{_alt(list(lex.FIXED_HOLIDAYS) + list(lex.MOVABLE_HOLIDAYS))})(?![\w])"
REF_WORDS = rf"(?:{_alt(lex.REFERENCE_WORDS)})(?![\w])"
FREQ = rf"(?:{_alt(lex.FREQUENCY_ADVERBS)})(?![\w])"
PART_OF_DAY = r"(?:morning|afternoon|evening|night|overnight)"
B = r"(?<![\w$£€'./-])(?<!\d,)"  # a left word boundary that also refuses '$2024' and '3.2024'


# ------------------------------------------------------------------------------- the results


@dataclass(slots=True)
class _Norm:
    """A normalised expression before it becomes a DateMention."""

    type: DateType
    value: str
    mod: str | None = None
    ambiguous: bool = False
    anchor: str | None = None  # a discourse rule to apply in the left-to-right pass
    interval: tuple[date, date] | None = None  # a range's own calendar interval (both ends inclusive)
    cut: int = 0  # characters of the match to leave out of the extent, at its end


@dataclass(slots=True)
class _Ctx:
    """What the normalisers need about one document; built per call, never shared."""

    doc: Doc
    text: str
    ref: date | None
    starts: list[int] = field(default_factory=list)

    def token_at(self, char: int) -> Token | None:
        i = bisect_right(self.starts, char) - 1
        return self.doc[i] if 0 <= i < len(self.doc) else None


Handler = Callable[["_M", _Ctx, int], "_Norm | None"]


@dataclass(frozen=True, slots=True)
class _Rule:
    name: str
    pattern: re.Pattern[str]
    handler: Handler


# ---------------------------------------------------------------------------- small helpers


class _M:
    """A match as the normalisers see it: ``m["name"]`` is the group's text or None, also for a
    group the rule does not have, and a name ending in '2' stands in for the plain one ('mo2' for
    'mo') so that alternatives in one pattern can share a normaliser."""

    __slots__ = ("_m",)

    def __init__(self, m: re.Match[str]) -> None:
        self._m = m

    def __getitem__(self, name: str | int) -> Any:  # str, or None for an absent group
        if isinstance(name, int):
            return self._m[name]
        groups = self._m.re.groupindex
        v = self._m[name] if name in groups else None
        if v is None and f"{name}2" in groups:
            v = self._m[f"{name}2"]
        return v

    def end(self) -> int:
        return self._m.end()


class _Alias(_M):
    """A match whose alternative branches name their groups differently ('d_' for 'd')."""

    __slots__ = ("_names",)

    def __init__(self, m: _M, names: dict[str, str]) -> None:
        super().__init__(m._m)
        self._names = names

    def __getitem__(self, name: str | int) -> Any:
        v = super().__getitem__(name)
        if v is None and isinstance(name, str) and name in self._names:
            v = super().__getitem__(self._names[name])
        return v


def _g(m: _M, name: str) -> str | None:
    """A named group, lower-cased, or None."""
    v = m[name]
    return v.lower() if v else None


def _month(word: str) -> int:
    return lex.MONTHS[word.lower().rstrip(".")]


def _day(word: str) -> int:
    w = re.sub(r"\s+", " ", word.lower().removeprefix("the ").strip())
    if w in lex.ORDINALS:
        return lex.ORDINALS[w]
    if not re.search(r"\d", w):
        n = _number(w)
        if n is not None:
            return int(n)
    return int(re.sub(r"\D", "", w))


def _year(word: str, ref: date | None) -> int:
    """A year, with two-digit years taken within the century around the reference ('98 -> 1998)."""
    w = word.strip().lstrip("'")
    if len(w) == 2:
        base = (ref.year if ref else 2000) // 100 * 100
        y = base + int(w)
        return y - 100 if ref and y > ref.year + 20 else y
    return int(w)


def _spelled_year(words: str) -> int | None:
    w = re.sub(r"\s+", " ", words.lower().replace("-", " ")).removeprefix("the year ").strip()
    if w.startswith("two thousand"):
        rest = w.removeprefix("two thousand").removeprefix(" and").strip()
        n = _number(rest) if rest else 0
        return 2000 + int(n) if n is not None else None
    parts = w.split(" ", 1)
    if len(parts) != 2 or parts[0] not in lex.NUMBER_WORDS:
        return None
    hi = int(lex.NUMBER_WORDS[parts[0]]) * 100
    if parts[1] == "hundred":
        return hi
    rest = parts[1].removeprefix("hundred ").removeprefix("and ").strip()
    lo = _number(rest)
    return hi + int(lo) if lo is not None else None


def _number(words: str) -> float | None:
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


def _fmt_num(v: float) -> str:
    return str(int(v)) if v == int(v) else f"{v:g}"


def _unit(word: str) -> str:
    w = word.lower()
    if w == "workweek":
        return "week"
    return lex.UNIT_PLURALS.get(w, w)


def _duration(n: float | None, unit: str) -> str:
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
        return f"P{_fmt_num(n * 2) if n is not None else 'X'}D"
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
    amount = "X" if n is None else _fmt_num(n)
    return f"PT{amount}{code}" if is_time else f"P{amount}{code}"


def _week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _quarter(d: date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def _shift_quarter(y: int, q: int, k: int) -> tuple[int, int]:
    n = y * 4 + (q - 1) + k
    return n // 4, n % 4 + 1


# ------------------------------------------------------------------------------------ tense

_FUTURE_AUX = {"will", "shall", "'ll", "wo", "ll"}
_MODALS = {"would", "could", "may", "might", "should", "must", "can", "ca"}
_FORWARD_MODALS = {"may", "might", "should", "must"}
# Past-tense verbs that push something ahead: "postponed until Tuesday" is a coming Tuesday.
_DEFERRING = {"postpone", "delay", "defer", "adjourn", "extend", "give", "grant", "push", "put", "suspend"}
# Heads of an infinitive that schedule something ahead ("plans to meet Friday").
_FUTURE_HEADS = {
    "plan", "expect", "schedule", "intend", "hope", "aim", "want", "seek", "prepare", "set", "due", "go",
    "propose", "agree", "vow", "pledge", "promise", "threaten", "decide", "try", "wish", "like", "need",
}  # fmt: skip
# Present-tense reporting verbs narrate the past in headlines and leads ("Smith says Monday").
_REPORTING = {"say", "tell", "report", "announce", "confirm", "state", "add", "note", "claim", "insist"}


_SCHEDULING = {"schedule", "plan", "slate", "expect", "due", "intend", "prepare"}


def _verb_tense(v: Token, depth: int = 0) -> Tense:
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    if v.lemma_ in _SCHEDULING and not any(a.lower_ == "had" for a in auxes):
        return "future"  # "has scheduled a news conference Thursday", "planned a rally on Saturday"
    lowers = {a.lower_ for a in auxes}
    if lowers & _FUTURE_AUX:
        return "future"
    if any(a.lower_ == "going" for a in auxes) or (v.lower_ == "going" and any(c.lower_ == "to" for c in v.children)):
        return "future"
    has_have = any(a.lemma_ == "have" for a in auxes)
    if lowers & _MODALS:
        # "could have received": past; "could increase", "could not be located": no reliable direction
        return "past" if has_have else None
    if any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if has_have and (v.tag_ == "VBN" or (v.tag_ == "VBG" and "been" in lowers)):
        return "past"  # "has risen", "have been searching since ...": up to now, so the past
    if v.tag_ == "VBD":
        return "past"
    if v.tag_ == "VBN":
        return "past" if not auxes else ("future" if v.lemma_ in ("schedule", "set", "expect", "plan") else "present")
    if "to" in lowers or (v.tag_ == "VB" and any(a.lower_ == "to" for a in auxes)):
        head = v.head
        if head is v or depth > 3:
            return "future"
        if any(c.lower_ == "had" for t in (head, head.head) for c in t.children):
            return "past"  # "had been due to expire Friday": a schedule that has passed
        if head.lemma_ in _FUTURE_HEADS:
            return "future"
        if head.pos_ in ("VERB", "AUX"):
            t = _verb_tense(head, depth + 1)
            return "future" if t == "present" else t
        return "future"
    if v.tag_ in ("VBZ", "VBP"):
        if v.lemma_ in _REPORTING:
            return "past"
        if v.lemma_ in ("be",) and any(c.lemma_ in ("schedule", "due", "set", "expect") for c in v.children):
            return "future"
        return "present"
    if v.tag_ == "VBG":
        if not auxes and v.dep_ in ("advcl", "xcomp", "conj") and v.head.pos_ in ("VERB", "AUX") and depth < 3:
            return _verb_tense(v.head, depth + 1)  # "has fluctuated, rising to a high in June"
        return "present"
    return None


def _governor(ctx: _Ctx, start: int) -> Token | None:
    """The verb governing the expression at ``start``, if the parse gives one."""
    tok = ctx.token_at(start)
    for _ in range(8):
        if tok is None:
            return None
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod", "compound"):
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def _tense(ctx: _Ctx, start: int) -> Tense:
    """Tense of the verb governing the expression at ``start``: past, future, present or None."""
    verb = _governor(ctx, start)
    return _verb_tense(verb) if verb is not None else None


# "until Tuesday", "as early as Friday", "no later than Monday": a limit or a schedule ahead.
_FORWARD_CUE = re.compile(
    r"(?<![\w-])(?:until|till|as\s+(?:soon|early)\s+as|no\s+later\s+than|effective)\s+(?:the\s+)?$", _F
)


def _ahead_of_modal(ctx: _Ctx, start: int) -> bool:
    """A day named under a bare modal ("could come Tuesday", "would travel Thursday") or after a
    forward cue ("until Tuesday") is one still ahead: a past one takes "could have", "had until"."""
    verb = _governor(ctx, start)
    cue = _FORWARD_CUE.search(ctx.text[max(0, start - 24) : start])
    if cue:
        if verb is not None and any(c.lower_ == "had" for c in verb.children):
            return False
        if not cue[0].lower().startswith(("until", "till")):
            return True  # "effective Feb. 1", "as early as Tuesday": a start still to come
        # "lasted until Friday" looks back; "postponed until Tuesday" looks ahead
        return verb is None or verb.tag_ != "VBD" or verb.lemma_ in _DEFERRING
    if verb is None:
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    # "could" and "would" also narrate the past ("could not be located Wednesday"), so only the
    # modals of possibility and obligation count.
    return bool(auxes & _FORWARD_MODALS) and "have" not in auxes


# ------------------------------------------------------------------------------- resolution


def _pick(back: int, ahead: int, tense: Tense, near: int) -> tuple[int, bool]:
    """Choose between the candidate ``back`` units before the reference and the one ``ahead`` units
    after it: -1 for the past one, +1 for the future one, and whether the choice is a guess.

    News convention: an explicit future ("will", "plans to") looks forward; the past tense looks back
    unless the coming one is near and the past one far ("extended to Nov. 20", "payable Dec. 7", said
    in late October); otherwise the nearer one.
    """
    if back == 0 or ahead == 0:
        return (-1 if back == 0 else 1), False
    if tense == "future":
        # a deadline a few days gone is the same one, reported late, not next year's ("by Jan. 14")
        return (-1, False) if near > 31 and back <= 7 and ahead > 300 else (1, False)
    if tense == "past":
        return (1, False) if ahead <= near and back > 4 * near else (-1, False)
    if back <= ahead:
        return -1, tense is None and back > near
    return 1, tense is None and ahead > near


def _resolve_month_day(ctx: _Ctx, start: int, month: int, day: int) -> _Norm:
    if ctx.ref is None:
        return _Norm("DATE", f"XXXX-{month:02d}-{day:02d}")
    ref = ctx.ref
    cands = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            cands.append(date(y, month, day))
        except ValueError:
            continue
    if not cands:  # no such day in any year ('0/0', 'February 30'): not a date
        raise ValueError(f"no date {month}/{day}")
    past = [d for d in cands if d <= ref]
    future = [d for d in cands if d >= ref]
    if not past or not future:
        return _Norm("DATE", (past or future)[-1 if past else 0].isoformat())
    back, ahead = max(past), min(future)
    tense = "future" if _ahead_of_modal(ctx, start) else _tense(ctx, start)
    way, guess = _pick((ref - back).days, (ahead - ref).days, tense, 75)
    return _Norm("DATE", (back if way < 0 else ahead).isoformat(), ambiguous=guess)


def _resolve_month(ctx: _Ctx, start: int, month: int) -> _Norm:
    if ctx.ref is None:
        return _Norm("DATE", f"XXXX-{month:02d}")
    ref = ctx.ref
    back, ahead = (ref.month - month) % 12, (month - ref.month) % 12
    tense = "future" if _ahead_of_modal(ctx, start) else _tense(ctx, start)
    way, guess = _pick(back, ahead, tense, 2)
    y = ref.year - (1 if month > ref.month else 0) if way < 0 else ref.year + (1 if month < ref.month else 0)
    return _Norm("DATE", f"{y}-{month:02d}", ambiguous=guess)


def _resolve_weekday(ctx: _Ctx, start: int, wd: int, rel: str | None) -> tuple[date | None, bool]:
    """The date of a weekday: (date, ambiguous)."""
    if ctx.ref is None:
        return None, False
    ref = ctx.ref
    back = ref - timedelta(days=(ref.weekday() - wd) % 7)
    ahead = ref + timedelta(days=(wd - ref.weekday()) % 7)
    monday = ref - timedelta(days=ref.weekday())
    if rel in ("last", "previous", "the previous", "the last"):
        return monday - timedelta(days=7 - wd), False  # the one of the week before
    if rel in ("past", "this past"):
        return (back if back < ref else back - timedelta(days=7)), False
    if rel in ("next", "following", "the following", "the next"):
        return monday + timedelta(days=7 + wd), False  # the one of the week after
    if rel in ("coming", "this coming", "upcoming", "this upcoming"):
        return (ahead if ahead > ref else ahead + timedelta(days=7)), False
    if rel == "this":
        return ref - timedelta(days=ref.weekday()) + timedelta(days=wd), False
    tense = _tense(ctx, start)
    tok = ctx.token_at(start)
    if tok is not None and tok.i + 1 < len(ctx.doc) and ctx.doc[tok.i + 1].tag_ == "POS":
        tense = "past"  # "Tuesday's ruling": news refers back to an event already reported
    # Only an explicit future moves a bare weekday forward: news narrates in the past and in the
    # historic present ("closing unchanged Friday", "by the Tuesday deadline").
    if tense == "future" or _ahead_of_modal(ctx, start):
        return ahead, False
    return back, tense is None and back != ref


def _holiday(name: str, year: int) -> date | None:
    key = name.lower()
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


# ------------------------------------------------------------------------------ normalisers


def _n_iso(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    return _Norm("DATE", date(y, mo, d).isoformat())


def _n_numeric(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    a, b = int(m["a"]), int(m["b"])
    y = _year(m["y"], ctx.ref)
    mo, d = (a, b) if a <= 12 else (b, a)  # US order unless the first number cannot be a month
    return _Norm("DATE", date(y, mo, d).isoformat(), ambiguous=a <= 12 and b <= 12 and a != b)


def _n_ymd(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    y = int(m["y"])
    if m["mo"]:
        return _Norm("DATE", date(y, _month(m["mo"]), int(m["d2"])).isoformat())
    return _Norm("DATE", date(y, int(m["m"]), int(m["d"])).isoformat())


def _n_year_month(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    """'2015-12', '2015-3', '2017 april', '12-2015', 'Dec-2018', 'Dec/2018'."""
    y = int(m["y"] or m["y2"])
    mo = int(m["m"] or m["m2"]) if (m["m"] or m["m2"]) else _month(m["mo"] or m["mo2"])
    if m["y"] and m["m"] and " " in m[0]:
        return None  # "2015 3" is two numbers
    if m["mo"] and m["mo"].lower() in ("may", "march") and not m["mo"][0].isupper():
        return None
    return _Norm("DATE", f"{y}-{mo:02d}")


def _n_numeric_md(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    """'5/17', 'on 11/20', 'next 5/12', 'Oct/2': month and day (US order unless impossible)."""
    if m["mo"]:
        mo, d = _month(m["mo"]), int(m["d"])
    else:
        a, b = int(m["a"]), int(m["b"])
        mo, d = (a, b) if a <= 12 else (b, a)
        before = ctx.text[max(0, start - 3) : start]
        if re.search(r"\d\s$", before) or (not m["rel"] and a < b and b in (2, 3, 4, 8, 16, 32, 64)):
            return None  # "2 1/2", "1/2", "7/8": fractions (stock prices are quoted in eighths)
    date(2000, mo, d)
    if m["rel"] and ctx.ref:
        rel = m["rel"].lower()
        this = date(ctx.ref.year, mo, d)
        if rel == "next":
            this = this if this > ctx.ref else date(ctx.ref.year + 1, mo, d)
        elif rel == "last":
            this = this if this < ctx.ref else date(ctx.ref.year - 1, mo, d)
        return _Norm("DATE", this.isoformat())
    return _resolve_month_day(ctx, start, mo, d)


def _n_month_day_year(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    yw = m["y"] or m["y2"]
    y = _year(yw, ctx.ref) if yw else _spelled_year(m["sy"] or "")
    if y is None:
        return None
    return _Norm("DATE", date(y, _month(m["mo"]), _day(m["d"])).isoformat())


def _n_month_day(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    mo, d = _month(m["mo"]), _day(m["d"])
    if m["mo"].lower() == "may" and m["mo"] == "may":
        return None  # the modal verb 'may'
    date(2000, mo, d)  # raises ValueError for Feb 30
    rel = re.search(r"\b(next|last|this)\s+$", ctx.text[max(0, start - 6) : start].lower())
    if rel and ctx.ref:  # "next 6th of April": the coming one, not this year's past one
        this = date(ctx.ref.year, mo, d)
        if rel[1] == "next" and this <= ctx.ref:
            this = date(ctx.ref.year + 1, mo, d)
        elif rel[1] == "last" and this >= ctx.ref:
            this = date(ctx.ref.year - 1, mo, d)
        return _Norm("DATE", this.isoformat())
    return _resolve_month_day(ctx, start, mo, d)


def _n_month_year(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    if m["mo"] in ("may", "march") and not m["mo"][0].isupper():
        return None
    y = _year(m["y"], ctx.ref) if m["y"] else _spelled_year(m["sy"])
    return _Norm("DATE", f"{y}-{_month(m['mo']):02d}") if y else None


def _n_month_rel(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    if m["mo"].lower() in ("may", "march") and m["mo"].islower():
        return None  # "this march" is a demonstration
    mo = _month(m["mo"])
    rel = (_g(m, "rel") or "").split()
    yrel = _g(m, "yrel")
    if ctx.ref is None:
        return _Norm("DATE", f"XXXX-{mo:02d}")
    ref = ctx.ref
    if yrel:
        y = ref.year + {"this": 0, "last": -1, "next": 1}[yrel]
    elif rel and rel[-1] in ("last", "past", "previous"):
        y = ref.year if mo < ref.month else ref.year - 1
    elif rel and rel[-1] in ("next", "coming"):
        y = ref.year if mo > ref.month else ref.year + 1
    else:  # "this September": the one of the reference year
        y = ref.year
    return _Norm("DATE", f"{y}-{mo:02d}")


_MONTH_PREPS = {"in", "since", "until", "till", "by", "of", "from", "to", "before", "after", "through", "during", "early", "late", "mid", "and", "or", "between", "last", "next", "this", "every", "each"}  # fmt: skip


def _n_month(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    word = m["mo"]
    low = word.lower().rstrip(".")
    before = ctx.text[max(0, start - 9) : start].lower().split()
    tok = ctx.token_at(start)
    if tok is not None and tok.ent_type_ in ("PERSON", "ORG", "GPE", "FAC", "WORK_OF_ART"):
        return None  # "Jan Kavan", "April Fools" the band, "Augusta"
    after_the = bool(before) and before[-1] == "the" and low not in ("may", "march") and len(low) > 3
    if before and (before[-1] in _MONTH_PREPS or after_the) and (tok is None or tok.tag_ not in ("MD", "VB", "VBP")):
        return _resolve_month(ctx, start, _month(word))  # "in may", "after feb": lower case, but a month
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
    return _resolve_month(ctx, start, _month(word))


def _n_year(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
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
        return _Norm("DATE", f"{y:04d}")
    return None


_YEAR_PREPS = {
    "in", "since", "by", "of", "until", "till", "from", "to", "through", "during", "before", "after", "early",
    "late", "mid", "between", "and", "or", "fiscal", "year", "around", "circa", "spring", "summer", "fall",
    "autumn", "winter", "throughout", "for", "the", "mid-", "than", "as", "late-", "early-", "a", "an", "that",
    "this", "its", "his", "her", "their", "our", "'s", "post-", "pre-", "on", "at", "over", "into",
}  # fmt: skip


def _year_context(ctx: _Ctx, start: int) -> bool:
    before = ctx.text[max(0, start - 12) : start].lower().split()
    return bool(before) and before[-1] in _YEAR_PREPS


def _n_spelled_year(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    y = _spelled_year(m["sy"])
    if y is None or not 1000 <= y <= 2100:
        return None
    if "the year" not in m[0].lower() and not _year_context(ctx, start):
        return None
    return _Norm("DATE", str(y))


def _n_decade(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
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
    mod = {"early": "START", "mid": "MID", "late": "END"}.get((_g(m, "pos") or "").rstrip("- "))
    return _Norm("DATE", value, mod)


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}  # fmt: skip


def _n_decade_word(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    digit = _DECADE_WORDS[m["dw"].lower()]
    mod = {"early": "START", "mid": "MID", "late": "END"}.get((_g(m, "pos") or "").rstrip("- "))
    return _Norm("DATE", f"19{digit}", mod)


def _n_century(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    n = _day(m["c"])
    if not 1 <= n <= 21:
        return None
    return _Norm("DATE", f"{n - 1:02d}")


def _n_quarter(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    words = re.sub(r"[\s-]+", " ", m[0].lower()).strip()
    ordw = _g(m, "qo")
    q = None
    if ordw in ("last", "final") and (_g(m, "qofy") or re.search(r"\bof\s+(this|last|next|the)\b", words)):
        ordw = "fourth" if (_g(m, "qu") or "").startswith("quarter") else "second"  # "the last half of 1989"
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
        q = 4 if ordw in ("final", "fourth", "4th") else _day(ordw)
        if not 1 <= q <= 4:
            return None
    elif not re.match(r"(the|this|last|next|that|its|their|current)\b", words):
        return None  # "a quarter of the vote" is a fraction
    if ctx.text[m.end() : m.end() + 1] == "-":
        return None  # "quarter-century", "quarter-to-quarter"
    if q is None and words.startswith("a "):
        return None
    unit = "H" if (_g(m, "qu") or "").startswith("half") else "Q"
    if unit == "H" and q is not None and q > 2:
        return None
    year = None
    qy = _g(m, "qy") or _g(m, "qofy")
    if qy:
        year = _year(re.sub(r"\D", "", qy)[-4:] if len(re.sub(r"\D", "", qy)) >= 4 else qy, ctx.ref)
    if ctx.ref is None:
        return _Norm("DATE", f"{year or 'XXXX'}-{unit}{q or 'X'}")
    ref = ctx.ref
    shift_y = 0
    if re.search(r"\b(last|previous|next|this) year's\b|\bof (last|next|this) year\b", words):
        shift_y = -1 if re.search(r"\b(last|previous)\b", words) else (1 if "next" in words else 0)
        year = ref.year + shift_y
    ago = bool(re.search(r"year (ago|earlier)|\bcomparable\b|\bsame\b|\bprior year\b", words))
    cur_y, cur_q = _quarter(ref)
    if unit == "H":
        cur_q = 1 if ref.month <= 6 else 2
    if q is None:
        if re.search(r"\b(current|this)\b", words) and "latest" not in words:
            y, qq = cur_y, cur_q
        elif re.search(r"\b(last|past|previous|prior)\b", words) and not ago:
            y, qq = _shift_quarter(cur_y, cur_q, -1) if unit == "Q" else ((cur_y, 1) if cur_q == 2 else (cur_y - 1, 2))
        elif re.search(r"\b(next|coming|following)\b", words):
            y, qq = _shift_quarter(cur_y, cur_q, 1) if unit == "Q" else ((cur_y, 2) if cur_q == 1 else (cur_y + 1, 1))
        else:  # "the quarter", "the latest quarter": the one being reported on
            y, qq = _reporting(ref, unit)
        if year is not None:  # "the 1988 quarter": the reported quarter of that year
            y = year
        if ago:
            return _Norm("DATE", f"{y - 1}-{unit}{qq}", anchor="year_ago_quarter" if unit == "Q" else None)
        return _Norm("DATE", f"{y}-{unit}{qq}", anchor="quarter_seen" if unit == "Q" else None)
    if year is None:
        tense = _tense(ctx, start)
        # The one of the reference year if it has started, else last year's (results are reported after).
        year = cur_y if q <= cur_q or tense == "future" else cur_y - 1
        if ago:
            year -= 1
    return _Norm("DATE", f"{year}-{unit}{q}", anchor="quarter_seen" if unit == "Q" else None)


def _reporting(ref: date, unit: str) -> tuple[int, int]:
    """The quarter (or half) a news report is most likely about: the last one that has ended."""
    if unit == "Q":
        return _shift_quarter(*_quarter(ref), -1)
    return (ref.year, 1) if ref.month > 6 else (ref.year - 1, 2)


def _n_q_short(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    """'Q1 2024', '2017-q1', 'q3 of 2019', '2019 H2'."""
    unit = (m["u"] or m["u2"] or m["u3"] or "Q").upper()
    q = int(m["n"] or m["n2"] or m["n3"])
    yw = m["y"] or m["y2"] or m["y3"]
    if unit == "H" and q > 2:
        return None
    y = _year(yw, ctx.ref) if yw else (ctx.ref.year if ctx.ref else None)
    return _Norm("DATE", f"{y or 'XXXX'}-{unit}{q}")


def _n_season(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    code = lex.SEASONS[m["s"].lower()]
    rel = _g(m, "rel") or ""
    if m["y"]:
        return _Norm("DATE", f"{_year(m['y'], ctx.ref)}-{code}")
    if m["sy"]:
        y = _spelled_year(m["sy"])
        return _Norm("DATE", f"{y}-{code}") if y else None
    if not rel and not m["s"][0].isupper():
        return None  # "spring" and "fall" alone are verbs and nouns far more often than seasons
    if ctx.ref is None:
        return _Norm("DATE", f"XXXX-{code}")
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
        return _Norm("DATE", f"{ended[-1][0]}-{code}")
    if "next" in rel or "coming" in rel:
        return _Norm("DATE", f"{upcoming[0][0]}-{code}")
    if current:
        return _Norm("DATE", f"{current[0][0]}-{code}")
    if rel == "this":  # "this summer" said in November: the summer of the reference year
        return _Norm("DATE", f"{ref.year - (1 if code == 'WI' and ref.month <= 2 else 0)}-{code}")
    tense = _tense(ctx, start)
    if tense == "past":
        return _Norm("DATE", f"{ended[-1][0]}-{code}")
    if tense == "future":
        return _Norm("DATE", f"{upcoming[0][0]}-{code}")
    return _Norm("DATE", f"{ref.year}-{code}", ambiguous=True)


def _n_fiscal(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    if m["y"]:
        return _Norm("DATE", str(_year(m["y"], ctx.ref)))
    if ctx.ref is None:
        return _Norm("DATE", "XXXX")
    rel = _g(m, "rel") or ""
    if not rel and re.match(r"\s+(?:ended|ending)\b", ctx.text[m.end() : m.end() + 8]):
        return _Norm("DURATION", "P1Y")  # "the fiscal year ended Jan. 31": a year's length, as "the year ended"
    shift = -1 if rel in ("last", "previous", "past", "prior") else (1 if rel in ("next", "coming") else 0)
    return _Norm("DATE", str(ctx.ref.year + shift))


def _n_day_word(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
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
        return _Norm("TIME" if pod else "DATE", "PRESENT_REF" if shift == 0 else "XXXX-XX-XX")
    d = ctx.ref + timedelta(days=shift)
    return _Norm("TIME", f"{d.isoformat()}T{pod}") if pod else _Norm("DATE", d.isoformat())


def _n_weekday(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    wd = lex.WEEKDAYS.get(m["wd"].lower().rstrip("."), lex.WEEKDAY_ABBREVIATIONS.get(m["wd"].lower().rstrip(".")))
    if wd is None:
        return None
    rel = _g(m, "rel")
    rel = re.sub(r"\s+", " ", rel) if rel else None
    d, ambiguous = _resolve_weekday(ctx, start, wd, rel)
    pod = _g(m, "pod")
    code = lex.PARTS_OF_DAY[pod] if pod else None
    if d is None:
        return _Norm("TIME" if code else "DATE", f"XXXX-WXX-{wd + 1}" + (f"T{code}" if code else ""))
    if code:
        return _Norm("TIME", f"{d.isoformat()}T{code}", ambiguous=ambiguous)
    return _Norm("DATE", d.isoformat(), ambiguous=ambiguous)


def _n_weekday_date(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    """'Monday, March 18' or 'Monday 21': the date, checked against the weekday where possible."""
    if m["na"]:
        a, b = int(m["na"]), int(m["nb"])
        mo_n, d_n = (a, b) if a <= 12 else (b, a)
        if ctx.ref and re.match(r"(?:this|next|last|coming)\b", m[0], _F):
            return _Norm("DATE", date(ctx.ref.year, mo_n, d_n).isoformat())  # "this Friday 5/12"
        return _resolve_month_day(ctx, start, mo_n, d_n)
    mo = _month(m["mo"]) if m["mo"] else None
    d = _day(m["d"])
    if m["y"]:
        return _Norm("DATE", date(_year(m["y"], ctx.ref), mo or 1, d).isoformat())
    if mo is not None:
        return _resolve_month_day(ctx, start, mo, d)
    if ctx.ref is None:
        return _Norm("DATE", f"XXXX-XX-{d:02d}")
    wd = lex.WEEKDAYS.get(m["wd"].lower().rstrip("."), lex.WEEKDAY_ABBREVIATIONS.get(m["wd"].lower().rstrip(".")))
    # The month (around the reference) in which that day of the month falls on that weekday.
    for k in sorted(range(-12, 13), key=abs):
        base = ctx.ref + relativedelta(months=k)
        try:
            cand = date(base.year, base.month, d)
        except ValueError:
            continue
        if cand.weekday() == wd:
            return _Norm("DATE", cand.isoformat())
    return _Norm("DATE", f"XXXX-XX-{d:02d}")


def _n_relative(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    """this/last/next week, month, year, weekend, decade, century; the week; the past year."""
    rel = re.sub(r"\s+", " ", (_g(m, "rel") or "").removeprefix("the").strip())
    unit = _unit(m["u"])
    if m[0].istitle() and start > 0 and ctx.text[start - 1] in "\"'“‘":
        return None  # a quoted title: ABC's "This Week"
    if not rel and re.match(r"\s+(?:ended|ending)\b", ctx.text[m.end() : m.end() + 8]):
        return _Norm("DURATION", _duration(1, unit))  # "the year ended March 31": a fiscal year's length
    if rel in ("following", "same") or m[0].lower().startswith("that"):
        anchored = _Norm("DATE", "XXXX", anchor=f"rel:{unit}:{1 if rel == 'following' else 0}")
        if unit in ("year", "month", "day", "week"):
            return anchored
    if ctx.ref is None:
        return _Norm("DATE", {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX"}.get(unit, "XXXX"))
    ref = ctx.ref
    k = -1 if rel in ("last", "past", "previous", "prior") else 1 if rel in ("next", "coming", "following") else 0
    if not rel and unit == "weekend":
        tense = _tense(ctx, start)
        k = 0 if tense == "future" or ref.weekday() >= 4 or (tense is None and ref.weekday() >= 3) else -1
        if k == -1:
            return _Norm("DATE", _week(ref - timedelta(days=7)) + "-WE")
    match unit:
        case "week":
            return _Norm("DATE", _week(ref + timedelta(weeks=k)))
        case "weekend":
            return _Norm("DATE", _week(ref + timedelta(weeks=k)) + "-WE")
        case "month":
            d = ref + relativedelta(months=k)
            return _Norm("DATE", f"{d.year}-{d.month:02d}")
        case "year":
            return _Norm("DATE", str(ref.year + k))
        case "decade":
            return _Norm("DATE", f"{ref.year // 10 + k}")
        case "century":
            return _Norm("DATE", f"{ref.year // 100 + k:02d}")
        case "day":
            return _Norm("DATE", (ref + timedelta(days=k)).isoformat())
    return None


def _n_ago(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    """'two years ago', 'a year earlier', 'three days from now': a date at the unit's granularity."""
    n = _number(m["n"])
    unit = _unit(m["u"])
    if m["dir"].lower() == "later" and unit != "fortnight":
        # "Three days later" counts from an event of the story, not from the reference: TimeBank marks
        # the amount ("Three days") as a DURATION and leaves "later" out.
        return _Norm("DURATION", _duration(n, unit), cut=len(m[0]) - m._m.end("u") + m._m.start())
    direction = -1 if m["dir"].lower() in ("ago", "earlier", "before", "back", "previously") else 1
    if unit in ("second", "minute", "hour"):
        return _Norm("DATE", "PRESENT_REF" if direction > 0 else "PAST_REF")
    if n is None or ctx.ref is None:
        return _Norm("DATE", "PAST_REF" if direction < 0 else "FUTURE_REF")
    ref = ctx.ref
    whole = int(n)
    anchor = "year_ago" if unit == "year" and n == 1 and m["dir"].lower() in ("ago", "earlier") else None
    match unit:
        case "day" | "night":
            return _Norm("DATE", (ref + timedelta(days=direction * whole)).isoformat())
        case "fortnight":  # "a fortnight later": a day, as one says it
            return _Norm("DATE", (ref + timedelta(weeks=2 * direction * whole)).isoformat())
        case "week":
            return _Norm("DATE", _week(ref + timedelta(weeks=direction * whole)))
        case "month":
            d = ref + relativedelta(months=direction * whole)
            return _Norm("DATE", f"{d.year}-{d.month:02d}")
        case "quarter":
            y, q = _shift_quarter(*_quarter(ref), direction * whole)
            return _Norm("DATE", f"{y}-Q{q}")
        case "year":
            return _Norm("DATE", str(ref.year + direction * whole), anchor=anchor)
        case "decade":
            return _Norm("DATE", str(ref.year + 10 * direction * whole))  # "a decade ago": that year, not a decade
        case "century":
            return _Norm("DATE", f"{ref.year // 100 + direction * whole:02d}")
    return None


def _n_duration(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    unit = _unit(m["u"])
    after = ctx.text[m.end() : m.end() + 6].lower()
    if re.match(r"-?\s?old\b|s?-old", after) or re.match(r"-old", ctx.text[m.end() : m.end() + 4]):
        return None  # ages are not temporal expressions in TimeML
    nword = m["n"]
    n = _number(nword)
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
        return _Norm("DATE", "PAST_REF")  # "the past several quarters", like "recent months"
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
        and _tense(ctx, start) in ("future", None)
    ):
        # "will leave in two weeks": a point ahead of the reference, not a length of time
        if unit == "year":
            return _Norm("DATE", str(ctx.ref.year + int(n)))
        delta = {"day": relativedelta(days=int(n)), "week": relativedelta(weeks=int(n))}.get(
            unit, relativedelta(months=int(n))
        )
        return _Norm("DATE", (ctx.ref + delta).isoformat())
    return _Norm("DURATION", _duration(n, unit))


def _n_past_unit(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    """'the past year' (TempEval: the previous calendar unit), 'the last decade'."""
    unit = _unit(m["u"])
    if ctx.ref is None:
        return _Norm("DATE", "PAST_REF")
    ref = ctx.ref
    match unit:
        case "year":
            return _Norm("DATE", str(ref.year - 1))
        case "month":
            d = ref - relativedelta(months=1)
            return _Norm("DATE", f"{d.year}-{d.month:02d}")
        case "week":
            return _Norm("DATE", _week(ref - timedelta(weeks=1)))
        case "decade":
            return _Norm("DATE", f"{ref.year // 10 - 1}")
        case "day":
            return _Norm("DATE", (ref - timedelta(days=1)).isoformat())
        case "century":
            return _Norm("DATE", f"{ref.year // 100 - 1:02d}")
    return _Norm("DURATION", _duration(1, unit))


def _n_vague_units(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    """'recent months' (PAST_REF), 'coming weeks' and bare 'hours' / 'days' (PTXH, PXD)."""
    unit = _unit(m["u"])
    rel = re.sub(r"\s+", " ", (_g(m, "rel") or "").removeprefix("the ").strip())
    if unit in ("weekend", "night", "fortnight"):
        return None
    if re.match(r"[\s-]+old\b", ctx.text[m.end() : m.end() + 6]) or ctx.text[max(0, start - 3) : start] == "of ":
        return None  # "52 years old" is an age; "hundreds of years", "a matter of months" are not timexes
    tail = (_g(m, "tail") or "").lower()
    if tail == "ago":
        return _Norm("DATE", "PAST_REF")  # "years ago": some time back, as "recently"
    if tail == "ahead" or rel in ("first", "early", "initial", "final", "closing"):
        return _Norm("DURATION", _duration(None, unit))  # "the weeks ahead", "the first hours"
    if rel.split(" ")[0] in ("recent", "past", "last", "previous", "earlier", "prior"):
        return _Norm("DATE", "PAST_REF")  # "recent months", "the past several quarters": the vague past
    if rel.endswith(("several", "few")):
        return _Norm("DURATION", _duration(None, unit))
    if rel in ("future", "later") or (rel == "coming" and not m[0].lower().startswith("the")):
        return _Norm("DATE", "FUTURE_REF")  # "future quarters", "in coming months"
    return _Norm("DURATION", _duration(None, unit))


def _n_ref_word(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
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
    return _Norm("DATE", value)


def _n_current(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    """The adjective 'current' ("current market conditions"): TimeML's PRESENT_REF."""
    tok = ctx.token_at(start)
    if tok is None or tok.idx != start or tok.dep_ != "amod":
        return None
    nxt = tok.nbor(1) if tok.i + 1 < len(ctx.doc) else tok.head
    if {tok.head.lemma_.lower(), nxt.lemma_.lower()} & lex.CURRENT_TERMS:
        return None  # "current assets", "the current account deficit"
    if start >= 5 and ctx.text[start - 5 : start].lower() == "then ":
        return None  # "the then current price" is a past moment, not the present
    return _Norm("DATE", "PRESENT_REF")


def _n_set(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    what = re.sub(r"\s+", " ", m["what"].lower())
    n = _number(m["n"]) if _g(m, "n") else 1.0
    if what.rstrip("s") in lex.WEEKDAYS or what in lex.WEEKDAYS:
        return _Norm("SET", f"XXXX-WXX-{lex.WEEKDAYS[what.rstrip('s') if what not in lex.WEEKDAYS else what] + 1}")
    if what.rstrip(".") in lex.MONTHS:
        return _Norm("SET", f"XXXX-{_month(what):02d}")
    if what in lex.SEASONS:
        return _Norm("SET", f"XXXX-{lex.SEASONS[what]}")
    if what in ("morning", "afternoon", "evening", "night"):
        return _Norm("SET", f"XXXX-XX-XXT{lex.PARTS_OF_DAY[what]}")
    unit = _unit(what)
    if unit == "quarter":
        return _Norm("SET", f"P{_fmt_num(n) if n is not None else 'X'}Q")  # TimeBank: "every quarter" P1Q
    if unit in lex.UNITS:
        return _Norm("SET", _duration(n if n is not None else None, unit))
    return None


def _n_times_per(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    return _Norm("SET", _duration(1, _unit(m["u"])))


def _n_freq(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    return _Norm("SET", lex.FREQUENCY_ADVERBS[m["w"].lower()])


def _n_plural_weekday(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    if not m["wd"][0].isupper():
        return None
    wd = lex.WEEKDAYS[m["wd"].lower()]
    pod = (_g(m, "pod") or _g(m, "pod2") or "").lower()  # "Tuesday nights" repeats like "Tuesdays"
    return _Norm("SET", f"XXXX-WXX-{wd + 1}" + (f"T{lex.PARTS_OF_DAY[pod.removesuffix('s')]}" if pod else ""))


def _n_clock(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
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
        d, _ = _resolve_weekday(ctx, start, wd, None)
        day = d.isoformat() if d else f"XXXX-WXX-{wd + 1}"
    elif m["mo"]:
        day = _resolve_month_day(ctx, start, _month(m["mo"]), _day(m["d"])).value
    elif m["dw"]:
        shift = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}[m["dw"].lower()]
        day = (ctx.ref + timedelta(days=shift)).isoformat() if ctx.ref else None
    elif ctx.ref:
        day = ctx.ref.isoformat()
    value = f"{day or 'XXXX-XX-XX'}T{hh:02d}:{mm:02d}"
    return _Norm("TIME", value)


def _n_holiday(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    name = re.sub(r"\s+", " ", m["h"].lower())
    if name in ("may day",) and not m["h"][0].isupper():
        return None
    if m["y"]:
        d = _holiday(name, _year(m["y"], ctx.ref))
        return _Norm("DATE", d.isoformat()) if d else None
    if ctx.ref is None:
        d = _holiday(name, 2000)
        return _Norm("DATE", f"XXXX-{d.month:02d}-{d.day:02d}") if d else None
    ref = ctx.ref
    rel = _g(m, "rel")
    this_year = _holiday(name, ref.year)
    if this_year is None:
        return None
    if rel in ("last", "past", "previous"):
        d = this_year if this_year < ref else _holiday(name, ref.year - 1)
    elif rel in ("next", "coming", "following"):
        d = this_year if this_year > ref else _holiday(name, ref.year + 1)
    elif rel == "this":
        d = this_year
    else:
        back = this_year if this_year <= ref else _holiday(name, ref.year - 1)
        ahead = this_year if this_year >= ref else _holiday(name, ref.year + 1)
        if back is None or ahead is None:
            return None
        way, _ = _pick((ref - back).days, (ahead - ref).days, _tense(ctx, start), 75)
        d = back if way < 0 else ahead
    return _Norm("DATE", d.isoformat()) if d else None


def _n_period(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    """Financial-report periods: 'the latest period', 'the year-ago period', 'the 1988 period',
    and the bare modifiers 'year-earlier' / 'year-ago' (the period last discussed, a year back)."""
    words = re.sub(r"[\s-]+", " ", m[0].lower())
    ago = bool(
        re.search(r"year (ago|earlier)|a year (ago|earlier)|last year|corresponding|comparable|prior year", words)
    )
    if ctx.ref is None:
        return _Norm("DATE", "XXXX-QX")
    y, q = _reporting(ctx.ref, "Q")
    if m["qy"]:
        return _Norm("DATE", f"{int(m['qy'])}-Q{q}", anchor="period_year")
    if "period" not in words and "quarter" not in words:
        # a bare 'year-earlier' modifier: the year before, or the quarter before if one is discussed
        return _Norm("DATE", str(ctx.ref.year - 1), anchor="year_ago")
    if ago:
        return _Norm("DATE", f"{y - 1}-Q{q}", anchor="year_ago_quarter")
    return _Norm("DATE", f"{y}-Q{q}", anchor="quarter_seen")


def _n_year_part(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    """'the full year', 'year-end', "year's end": the reference year (with END for its end)."""
    if ctx.ref is None:
        return _Norm("DATE", "XXXX")
    words = m[0].lower()
    return _Norm("DATE", str(ctx.ref.year), mod="END" if "end" in words else None)


def _n_pod_day(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    """'mid-afternoon yesterday', 'early Friday morning' style: a part of a named day."""
    pod = lex.PARTS_OF_DAY[m["pod"].lower()]
    dw = (m["dw"] or "").lower()
    if dw in lex.WEEKDAYS:
        if not m["dw"][0].isupper():
            return None
        d, amb = _resolve_weekday(ctx, start, lex.WEEKDAYS[dw], None)
    else:
        shift = {"today": 0, "yesterday": -1, "tomorrow": 1}[dw]
        d, amb = (ctx.ref + timedelta(days=shift) if ctx.ref else None), False
    day = d.isoformat() if d else "XXXX-XX-XX"
    return _Norm("TIME", f"{day}T{pod}", ambiguous=amb)


def _bounds(value: str, ref: date | None) -> tuple[date, date] | None:
    """First and last day of a DATE value; PRESENT_REF is the reference day."""
    if value == "PRESENT_REF":
        return (ref, ref) if ref else None
    iv = interval_of(value)
    return (date.fromisoformat(iv.start), date.fromisoformat(iv.end)) if iv else None


def _range_norm(first: date, last: date, grain: str, last_start: date | None = None) -> _Norm:
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
    return _Norm("DURATION", value, interval=(first, last))


def _grain(value: str) -> str:
    if re.fullmatch(r"\d{4}", value):
        return "Y"
    return "M" if re.fullmatch(r"\d{4}-(\d\d|Q\d|H\d|SP|SU|FA|WI)", value) else "D"


# Rules whose expressions name a calendar date or period outright (they may end a range without "from").
_CALENDAR_RULES = frozenset(
    {"month_day", "day_month", "month_year", "year", "month", "weekday_month_day_year", "day_month_year", "iso",
     "numeric", "year_month", "numeric_md", "q_short", "quarter", "year_month_day"}
)  # fmt: skip


def _n_day_range(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    """'November 18-19', 'Nov 18-Dec 19, 2015', '9 to 12 of June', 'from April the ninth till the seventeenth'."""
    if m["mo2b"] and not re.search(r"[-–]", m[0]):
        return None  # "Aug. 26 to Oct. 20": two dates (and a range over them, added later)
    mo1 = _month(m["mo"])
    mo2 = _month(m["mo2b"]) if m["mo2b"] else mo1
    d1, d2 = _day(m["d"]), _day(m["d2"])
    if m["y"]:
        y = _year(m["y"], ctx.ref)
        first, last = date(y if mo1 <= mo2 else y - 1, mo1, d1), date(y, mo2, d2)
    else:
        base = _resolve_month_day(ctx, start, mo1, d1)
        if not base.value[:4].isdigit():
            return _Norm("DURATION", f"P{max(d2 - d1, 0) + 1}D") if mo1 == mo2 else None
        first = date.fromisoformat(base.value)
        last = date(first.year if (mo2, d2) >= (mo1, d1) else first.year + 1, mo2, d2)
    return _range_norm(first, last, "D") if last >= first else None


def _n_month_range(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    """'Jan-Feb 2017', 'Nov-Feb 2017' (the months up to and including the year's)."""
    mo1, mo2 = _month(m["mo"]), _month(m["mo2b"])
    y = _year(m["y"], ctx.ref)
    first = date(y if mo1 <= mo2 else y - 1, mo1, 1)
    last = date(y, mo2, 1) + relativedelta(months=1, days=-1)
    return _range_norm(first, last, "M")


def _n_year_range(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    """'2014-2018', '2014~2018'."""
    y1, y2 = int(m["y"]), int(m["y2"])
    if not y1 < y2 <= y1 + 200:
        return None
    return _range_norm(date(y1, 1, 1), date(y2, 12, 31), "Y")


def _n_numeric_range(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    """'10/1-11/7', '5/1-5/7, 2020', '10/1/2018 - 10/7/2018'."""
    a1, b1, a2, b2 = int(m["a"]), int(m["b"]), int(m["a2"]), int(m["b2"])
    if m["y"]:
        y = _year(m["y"], ctx.ref)
    elif ctx.ref:
        y = ctx.ref.year
    else:
        return None
    y1 = _year(m["y1"], ctx.ref) if m["y1"] else y
    first, last = date(y1, a1, b1), date(y, a2, b2)
    if last < first and not m["y"]:
        last = date(y + 1, a2, b2)
    return _range_norm(first, last, "D") if last >= first else None


_CONNECTOR = re.compile(r"\s*(?:-|–|—|~|to|till|til|until|through|thru|and)\s*", _F)
_RANGE_OPENER = re.compile(r"(?:from|between)\s+$", _F)


def _join_ranges(ctx: _Ctx, hits: list[_Hit]) -> list[_Hit]:
    """'from March to May', 'between 2007 and 2009', 'between now and May 21': an extra DURATION
    mention over the whole range, with the range as its interval. The two ends stay as they are:
    TimeML marks them as dates of their own."""
    extra: list[_Hit] = []
    for a, b in pairwise(hits):
        gap = ctx.text[a.end : b.start]
        cm = _CONNECTOR.fullmatch(gap)
        if not cm or a.norm.type != "DATE" or b.norm.type != "DATE":
            continue
        opener = _RANGE_OPENER.search(ctx.text[max(0, a.start - 10) : a.start])
        word = gap.strip().lower()
        if word == "and" and not (opener and opener.group(0).lower().startswith("between")):
            continue
        explicit = a.rule in _CALENDAR_RULES and b.rule in _CALENDAR_RULES
        if word not in ("-", "–", "—", "~") and not opener and not (explicit and word != "and"):
            continue  # "a revision Friday to December's figures" is no range
        ab, bb = _bounds(a.norm.value, ctx.ref), _bounds(b.norm.value, ctx.ref)
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
        grains = {_grain(a.norm.value), _grain(b.norm.value)}
        grain = grains.pop() if len(grains) == 1 else ("M" if grains == {"Y", "M"} else "D")
        start = a.start - len(opener.group(0)) if opener else a.start
        b_start = bb[0] + (last - bb[1])  # the second end's start, moved as its end was
        extra.append(_Hit(start, b.end, "range", _range_norm(first, last, grain, b_start)))
    return extra


def _n_weekday_of_week(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
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
    return _Norm("DATE", (monday + timedelta(days=wd)).isoformat())


def _n_week_of(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    """'week 31', 'the third week of 2018', 'last week of Dec 2016', 'the first week of January'."""
    ordw = (m["o"] or "").lower()
    n = -1 if ordw == "last" else (_day(ordw) if ordw else int(m["n"]))
    if n == 0 or n > 53:
        return None
    year: int | None = None
    if m["y"]:
        year = _year(m["y"], ctx.ref)
    elif m["yrel"] and ctx.ref:
        year = ctx.ref.year + {"this": 0, "last": -1, "next": 1}[m["yrel"].lower()]
    elif ctx.ref:
        year = ctx.ref.year
    if m["mo"] or m["mrel"]:
        if m["mo"]:
            mo = _month(m["mo"])
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
        return _Norm("DATE", f"{year}-{mo:02d}-W{n:02d}")
    if year is None:
        return None
    if n < 0:
        n = date(year, 12, 28).isocalendar()[1]
    return _Norm("DATE", f"{year}-W{n:02d}")


def _n_day_of_month(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    """'on the 18th', 'the 21st this month': a day of the current, previous or next month."""
    d = _day(m["d"])
    if not 1 <= d <= 31:
        return None
    if ctx.ref is None:
        return _Norm("DATE", f"XXXX-XX-{d:02d}")
    if m["mrel"]:
        base = ctx.ref + relativedelta(months={"this": 0, "last": -1, "next": 1}[m["mrel"].lower()])
        return _Norm("DATE", date(base.year, base.month, d).isoformat())
    tense = _tense(ctx, start)
    this = ctx.ref.replace(day=1)
    step = -1 if tense == "past" else 1  # the past looks back to the last such day, otherwise ahead
    for k in (0, step, 2 * step):
        base = this + relativedelta(months=k)
        try:
            cand = date(base.year, base.month, d)
        except ValueError:
            continue
        if (step < 0 and cand <= ctx.ref) or (step > 0 and cand >= ctx.ref):
            return _Norm("DATE", cand.isoformat(), ambiguous=tense is None)
    return None


def _n_part_of_unit(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    """'end of year', 'the end of the month', 'EOY': the unit of the reference, with its mod."""
    if ctx.ref is None:
        return None
    unit = (m["u"] or "year").lower()
    mod = {"end": "END", "beginning": "START", "start": "START", "middle": "MID", "eo": "END"}[(m["p"] or "eo").lower()]
    value = {"year": str(ctx.ref.year), "month": f"{ctx.ref.year}-{ctx.ref.month:02d}", "week": _week(ctx.ref)}[unit]
    return _Norm("DATE", value, mod=mod)


def _n_school_year(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    """'this school year' (SY2019), 'SY18', and the calendar year 'CY18': TimeML has no school-year
    value, so this follows the Recognizers-Text convention (SY + the year it ends in)."""
    if m["cy"]:
        return _Norm("DATE", str(_year(m["cy"], ctx.ref)))
    yw = m["y"] or m["y2"]
    if yw:
        return _Norm("DATE", f"SY{_year(yw, ctx.ref)}")
    if ctx.ref is None:
        return _Norm("DATE", "SYXXXX")
    end_year = ctx.ref.year + 1 if ctx.ref.month >= 9 else ctx.ref.year
    k = {"last": -1, "next": 1}.get((m["rel"] or "").lower(), 0)
    return _Norm("DATE", f"SY{end_year + k}")


def _n_week_of_date(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    """'the week of April 10', 'the week of the 18th': the ISO week holding that day."""
    if m["mo"]:
        n = _resolve_month_day(ctx, start, _month(m["mo"]), _day(m["d"]))
    else:
        n = _n_day_of_month(_Alias(m, {"d": "d2"}), ctx, start) or _Norm("DATE", "XXXX-XX-XX")
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", n.value):
        return _Norm("DATE", "XXXX-WXX")
    return _Norm("DATE", _week(date.fromisoformat(n.value)))


def _n_fortnight(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    """'the next fortnight' (P2W), 'a fortnight later' / 'in a fortnight' (two weeks on)."""
    if (m["in"] or m["later"]) and ctx.ref:
        k = -14 if (m["later"] or "").strip().lower() == "ago" else 14
        return _Norm("DATE", (ctx.ref + timedelta(days=k)).isoformat())
    return _Norm("DURATION", "P2W")


def _n_holiday_weekend(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    """'Labor Day weekend', 'the weekend of Halloween 2021': the weekend of the holiday's week."""
    name = re.sub(r"\s+", " ", (m["h"] or m["h2"] or "").lower())
    yw = m["y"] or m["y2"] or m["y3"]
    if yw:
        d = _holiday(name, int(yw))
    elif ctx.ref:
        d = _holiday(name, ctx.ref.year)
        if d is not None and d < ctx.ref:
            d = _holiday(name, ctx.ref.year + 1)
    else:
        return None
    if d is None:
        return None
    if d.weekday() == 0:  # a Monday holiday's weekend is the one before it (Labor Day weekend)
        d -= timedelta(days=2)
    return _Norm("DATE", _week(d) + "-WE")


def _n_nth_month(m: _M, ctx: _Ctx, start: int) -> _Norm | None:
    """'the third month of 2021', 'the 9th month of next year'."""
    n = _day(m["o"])
    if not 1 <= n <= 12:
        return None
    if m["y"]:
        y = int(m["y"])
    elif ctx.ref:
        y = ctx.ref.year + {"this": 0, "last": -1, "next": 1}[m["yrel"].lower()]
    else:
        return None
    return _Norm("DATE", f"{y}-{n:02d}")


def _combine_anchored(ctx: _Ctx, hits: list[_Hit]) -> list[_Hit]:
    """'two days after today', 'three weeks from tomorrow', '3 days after January 12th': a duration
    counted from a dated anchor becomes one DATE over both (the anchor's date moved by the amount)."""
    out: list[_Hit] = []
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
            step = {"days": relativedelta(days=n), "weeks": relativedelta(weeks=n), "months": relativedelta(months=n)}
            moved = anchor + step.get(unit, relativedelta(years=n))
            out.append(_Hit(a.start, b.end, "anchored", _Norm("DATE", moved.isoformat(), mod=a.norm.mod)))
            out.append(b)  # the anchor is a date of its own
            i += 2
            continue
        out.append(a)
        i += 1
    return out


# ------------------------------------------------------------------------------------ rules

_REL_WEEKDAY = r"(?:(?:the\s+)?(?P<rel>last|this|next|coming|past|this\s+past|this\s+coming|this\s+upcoming|upcoming|previous|following)\s+)?"

_RANGE_WORD = r"\s*(?:-|–|to|till|til|until|through|thru)\s*"
_YEAR_SEP = r"(?:\s*,\s*|\s+(?:in\s+|of\s+)?)"
_RULE_SPECS: list[tuple[str, str, Handler, int]] = [
    (
        "day_range",
        rf"{B}(?:(?:from|between)\s+)?(?:(?P<mo>{MONTH})\s*(?:the\s+)?(?P<d>{DAY}|{ORDINAL_DAY}){_RANGE_WORD}(?:(?P<mo2b>{MONTH})\s*)?(?:the\s+)?(?P<d2>{DAY}|{ORDINAL_DAY})|(?P<d_>{DAY}){_RANGE_WORD}(?P<d2_>{DAY})\s+(?:of\s+)?(?P<mo_>{MONTH}))(?:,?\s*(?P<y>{YEAR4}))?",
        lambda m, c, s: _n_day_range(_Alias(m, {"d": "d_", "d2": "d2_", "mo": "mo_"}), c, s),
        0,
    ),
    ("month_range", rf"{B}(?P<mo>{MONTH})\s*[-–]\s*(?P<mo2b>{MONTH}),?\s*(?P<y>{YEAR4})", _n_month_range, 0),
    ("year_range", rf"{B}(?:(?:from|between)\s+)?(?P<y>{YEAR4})\s*[-–~]\s*(?P<y2>{YEAR4})", _n_year_range, 0),
    (
        "numeric_range",
        rf"{B}(?:(?:from|between)\s+)?(?P<a>[01]?\d)/(?P<b>[0-3]?\d)(?:/(?P<y1>\d{{4}}))?\s*[-–]\s*(?P<a2>[01]?\d)/(?P<b2>[0-3]?\d)(?:(?:/|,\s*)(?P<y>\d{{4}}))?(?![\d/])",
        _n_numeric_range,
        0,
    ),
    ("iso", r"(?<![\d/.])(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)", _n_iso, 0),
    ("numeric_dash", r"(?<![\d/.-])(?P<a>[01]?\d)-(?P<b>[0-3]?\d)-(?P<y>\d{4})(?![\d])", _n_numeric, 0),
    ("numeric", rf"{B}(?P<a>[01]?\d|[0-3]\d)/(?P<b>[0-3]?\d)/(?P<y>\d{{4}}|\d\d)(?![\d/])", _n_numeric, 0),
    (
        "weekday_month_day_year",
        rf"{B}(?:(?:{WEEKDAY}),?\s+)?(?P<mo>{MONTH})\s*(?P<d>{DAY}|{ORDINAL_DAY}(?![\w-])|{CARDINAL_DAY}){_YEAR_SEP}(?:(?P<y>{YEAR})|(?P<sy>{SPELLED_YEAR}))",
        _n_month_day_year,
        0,
    ),
    (
        "day_month_year",
        rf"{B}(?:(?:{WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>{DAY}|{CARDINAL_DAY}|{_SMALL})(?:\s+(?:of\s+)?|-)(?P<mo>{MONTH})(?:{_YEAR_SEP}|-)(?:(?P<y>{YEAR})|of\s+(?P<y2>\d\d)(?![\w])|(?P<sy>{SPELLED_YEAR}))",
        _n_month_day_year,
        0,
    ),
    (
        "year_month_day",
        rf"{B}(?P<y>{YEAR4})[/\s](?:(?P<m>[01]?\d)[/\s](?P<d>[0-3]?\d)|(?P<d2>[0-3]?\d)/(?P<mo>{MONTH}))(?![\d/])",
        _n_ymd,
        0,
    ),
    (
        "mixed_ymd",
        rf"{B}(?:(?P<y>{YEAR4})[/-](?P<mo>{MONTH})[/-](?P<d>[0-3]?\d)|(?P<mo2>{MONTH})-(?P<d2>[0-3]?\d)-(?P<y2>{YEAR4})|(?P<d3>[0-3]?\d)/(?P<mo3>{MONTH})/(?P<y3>{YEAR4}))(?![\d])",
        lambda m, c, s: _Norm(
            "DATE",
            date(int(m["y"] or m["y2"] or m["y3"]), _month(m["mo"] or m["mo3"]), int(m["d"] or m["d3"])).isoformat(),
        ),
        0,
    ),
    ("compact", rf"{B}(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?![\w])", _n_iso, 0),
    (
        "year_month",
        rf"{B}(?:(?P<y>{YEAR4})(?:-|\s+)(?:(?P<m>0?[1-9]|1[0-2])(?![\d-])|(?P<mo>{MONTH}))|(?:(?P<m2>0?[1-9]|1[0-2])|(?P<mo2>{MONTH}))[-/](?P<y2>{YEAR4}))",
        _n_year_month,
        1,
    ),
    (
        "numeric_md",
        rf"{B}(?:(?P<rel>this|next|last)\s+)?(?:(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)|(?P<mo>{MONTH})/(?P<d>[0-3]?\d))(?![\d/]|\s*(?:of|inch|mile|cup|%|percent)\b)",
        _n_numeric_md,
        1,
    ),
    (
        "weekday_month_day",
        rf"{B}(?:(?:this|next|last|coming)\s+)?(?P<wd>{WEEKDAY}|{WEEKDAY_ABBR})[\s,(-]+(?:(?:the\s+)?(?P<d2>{DAY})\s+(?:of\s+)?(?P<mo2>{MONTH})|(?P<mo>{MONTH})[\s-]*(?P<d>{DAY}|the\s+{ORDINAL_DAY})|(?P<na>[01]?\d)[/.-](?P<nb>[0-3]?\d)(?![\d/]))\)?",
        _n_weekday_date,
        0,
    ),
    (
        "weekday_day",
        rf"{B}(?P<wd>{WEEKDAY}|{WEEKDAY_ABBR})\s+(?:the\s+)?(?P<d>{DAY})(?!\s*(?:%|percent))",
        _n_weekday_date,
        1,
    ),
    (
        "month_day",
        rf"{B}(?P<mo>{MONTH})\s*,?\s*(?:the\s+)?(?P<d>{DAY}|{ORDINAL_DAY}(?![\w-])|{CARDINAL_DAY})(?![\d,.]\d)",
        _n_month_day,
        1,
    ),
    ("day_month", rf"{B}(?:the\s+)?(?P<d>{DAY}|{ORDINAL_DAY})\s+(?:(?:day\s+)?of\s+)?(?P<mo>{MONTH})", _n_month_day, 2),
    (
        "nth_day_of",
        rf"{B}(?:the\s+)?(?P<d>{DAY}|{ORDINAL_DAY}|(?:twenty|thirty)[\s-](?:{ORDINAL_DAY}))\s+day\s+of\s+(?:the\s+)?(?:(?P<mrel>this|next|last)\s+)?month(?![\w])",
        _n_day_of_month,
        0,
    ),
    (
        "month_year",
        rf"{B}(?P<mo>{MONTH}),?\s+(?:of\s+|in\s+)?(?:(?P<y>{YEAR4})|(?P<sy>{SPELLED_YEAR}))|(?P<mo2>{MONTH})\s+of\s+(?P<y2>\d\d)(?![\w])",
        lambda m, c, s: _n_month_year(_Alias(m, {"y": "y2"}), c, s),
        1,
    ),
    (
        "month_rel",
        rf"{B}(?:(?P<rel>last|this|next|this\s+past|past|previous|coming)\s+(?P<mo>{MONTH})|(?P<mo2>{MONTH})\s+(?P<yrel>this|last|next)\s+year)",
        _n_month_rel,
        1,
    ),
    ("month", rf"(?:(?<=mid-)|(?<=late-)|(?<=early-)|{B})(?P<mo>{MONTH})", _n_month, 2),
    (
        "decade",
        rf"{B}(?:the\s+)?(?:(?P<pos>early|mid|late)[\s-]?)?(?:(?P<dec>1\d\d0|20\d0)|'(?P<short>\d0)|(?<![\d'])(?P<short2>[1-9]0)(?=\s?s\b))'?\s?s(?![\w])",
        _n_decade,
        0,
    ),
    (
        "decade_word",
        rf"{B}the\s+(?:(?P<pos>early|mid|late)[\s-]?)?(?P<dw>{_alt(_DECADE_WORDS)})(?![\w])",
        _n_decade_word,
        0,
    ),
    ("century", rf"{B}(?:the\s+)?(?P<c>\d{{1,2}}(?:st|nd|rd|th)|{ORDINAL_DAY})[\s-]+century(?![\w])", _n_century, 0),
    (
        "quarter",
        rf"{B}(?:(?:the|this|last|next|that|its|their|a)\s+)?(?:(?:(?P<qy>{YEAR4})|fiscal|current|latest|recent|same|comparable|prior[\s-]year|year[\s-](?:ago|earlier)|(?:this|last|next|previous)\s+year's|flat)\s+)*(?:(?P<qo>first|second|third|fourth|final|1st|2nd|3rd|4th|last|past|previous|next|coming|following)[\s-]+)?(?:fiscal\s+)?(?P<qu>quarter|half)(?![\w])(?:\s+of\s+(?:(?:fiscal\s+)?(?P<qofy>{YEAR})|(?:this|last|next|the)\s+(?:fiscal\s+)?year))?",
        _n_quarter,
        0,
    ),
    (
        "q_short",
        rf"{B}(?:(?-i:(?P<u>[QH]))(?P<n>[1-4])(?:\s*(?P<y>{YEAR}))?|(?P<u2>[QH])(?P<n2>[1-4])[\s-]*(?:of\s+)?(?P<y2>{YEAR4})|(?P<y3>{YEAR4})[\s-]*(?P<u3>[QH])(?P<n3>[1-4]))(?![\w])",
        _n_q_short,
        0,
    ),
    (
        "season",
        rf"{B}(?:(?P<rel>the|this|last|next|past|coming|this\s+past|early|late|mid-?)\s+)?(?P<s>{SEASON})(?:\s+(?:of\s+)?(?:(?P<y>{YEAR4})|(?P<sy>{SPELLED_YEAR})))?",
        _n_season,
        1,
    ),
    (
        "fiscal",
        rf"{B}(?:(?:the\s+)?(?:fiscal(?:\s+year)?|FY)\s*(?P<y>{YEAR4}|'?\d\d(?![\w]))|(?:the\s+)?(?:(?P<rel>current|latest|last|next|previous|past|prior|coming|this)\s+)?(?:fiscal|calendar)\s+year(?![\w]))",
        _n_fiscal,
        0,
    ),
    (
        "day_word",
        r"(?<![\w-])(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|yesterday(?:\s+(?:morning|afternoon|evening))?|tomorrow(?:\s+(?:morning|afternoon|evening|night))?|tmrw|last\s+night|this\s+(?:morning|afternoon|evening)|the\s+day\s+(?:before|after)(?=\s*(?:[.,;:!?)\"'”]|$))|the\s+previous\s+day|overnight)(?![\w-])",
        _n_day_word,
        1,
    ),
    (
        "weekday",
        rf"{B}{_REL_WEEKDAY}(?P<wd>{WEEKDAY})(?:\s+(?P<pod>morning|afternoon|evening|night)(?![\w]))?",
        _n_weekday,
        2,
    ),
    (
        "weekday_plural",
        rf"{B}(?P<wd>{_alt(lex.WEEKDAYS)})(?:s(?:\s+(?P<pod>mornings|afternoons|evenings|nights))?|\s+(?P<pod2>mornings|afternoons|evenings|nights))(?![\w])",
        _n_plural_weekday,
        2,
    ),
    (
        "relative",
        r"(?<![\w-])(?P<rel>this|last|next|past|previous|coming|current|following|that|the\s+(?:past|last|previous|coming|next|current|following|same))?\s*(?<![\w-])(?:working\s+|work\s+|business\s+|calendar\s+)?(?P<u>week|workweek|month|year|weekend|decade|century)(?![\w-])",
        lambda m, c, s: _n_relative(m, c, s) if (m["rel"] or "").strip() or m[0].lower().startswith("the") else None,
        3,
    ),
    ("the_unit", r"(?<![\w-])the\s+(?P<u>week|month|year|weekend)(?![\w-])", _n_relative, 3),
    (
        "past_unit",
        r"(?<![\w-])the\s+(?P<rel>past|last|previous)\s+(?P<u>year|month|decade|century)(?![\w-])",
        _n_past_unit,
        2,
    ),
    (
        "ago",
        rf"{B}(?P<n>{NUM})[\s-]+(?P<u>{UNIT})\s+(?:or\s+so\s+)?(?P<dir>ago|earlier|later|from\s+now|hence|back)(?![\w])",
        _n_ago,
        0,
    ),
    (
        "duration",
        rf"{B}(?:(?:the|a|an)\s+)?(?:(?P<rel>past|last|next|first|coming|previous|following|final|latest|preceding|ensuing|initial|remaining|subsequent|same|full|entire|whole|better\s+part\s+of\s+the|same|other)\s+)?(?P<n>{NUM})(?:\s+(?:to|or)\s+(?P<n2>{NUM}))?[\s-]+(?:(?:more|additional|further|extra|trading|business|working|calendar|school|upcoming|previous|past|next|coming|following)\s+)?(?P<u>{UNIT})(?P<half>\s+and\s+a\s+half)?(?:\s+(?:or|to)\s+(?:{NUM})\s+{UNIT})?",
        _n_duration,
        2,
    ),
    (
        "vague_units",
        rf"{B}(?:(?P<rel>(?:the\s+)?(?:recent|past|last|coming|next|previous|future|earlier|prior|ensuing|following|first|early|initial|final|closing)(?:\s+(?:several|few))?)\s+)?(?P<u>hours|days|weeks|months|years|decades|centuries|quarters)(?![\w-])(?:\s+(?:or|and)\s+(?:hours|days|weeks|months|years|decades))?(?:\s+(?P<tail>ago|ahead)(?![\w-]))?",
        _n_vague_units,
        3,
    ),
    (
        "over_the_units",  # "over the years", "the weeks ahead": an unspecified stretch
        r"(?:(?:(?<=over )|(?<=during )|(?<=throughout ))the\s+(?P<u>years|decades|months|weeks|days)|the\s+(?P<u2>hours|days|weeks|months|years)\s+ahead)(?![\w-])",
        lambda m, c, s: _Norm("DURATION", _duration(None, _unit(m["u"] or m["u2"]))),
        3,
    ),
    ("ref_word", rf"(?<![\w-])(?P<w>{REF_WORDS})", _n_ref_word, 3),
    ("current", r"(?<![\w-])current(?![\w-])", _n_current, 4),
    (
        "week_after_next",
        r"(?<![\w-])the\s+week\s+after\s+next(?![\w-])",
        lambda m, c, s: _Norm("DATE", _week(c.ref + timedelta(weeks=2))) if c.ref else None,
        0,
    ),
    (
        "school_year",
        rf"{B}(?:(?:the\s+)?(?:(?P<rel>this|last|next|current)\s+)?school\s+year(?:\s+(?P<y>{YEAR4}))?|(?-i:[Ss][Yy])\s?(?P<y2>{YEAR4}|\d\d)|(?-i:[Cc][Yy])\s?(?P<cy>{YEAR4}|\d\d))(?![\w])",
        _n_school_year,
        0,
    ),
    (
        "week_of_date",
        rf"{B}the\s+week\s+of\s+(?:(?P<mo>{MONTH})\s*(?P<d>{DAY})|(?:the\s+)?(?P<d2>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)))",
        _n_week_of_date,
        0,
    ),
    (
        "month_year_range",
        rf"{B}(?P<mo>{MONTH})[/-](?P<y>{YEAR4})\s*[-–]\s*(?P<mo2b>{MONTH})[/-](?P<y2>{YEAR4})",
        lambda m, c, s: _range_norm(
            date(int(m["y"]), _month(m["mo"]), 1),
            date(int(m["y2"]), _month(m["mo2b"]), 1) + relativedelta(months=1, days=-1),
            "M",
            date(int(m["y2"]), _month(m["mo2b"]), 1),
        ),
        0,
    ),
    (
        "fortnight",
        r"(?<![\w-])(?:(?:the\s+)?(?:(?P<rel>next|past|last|coming|previous)\s+)?fortnight|(?P<in>in\s+)?a\s+fortnight(?P<later>\s+later|\s+ago)?)(?![\w-])",
        _n_fortnight,
        1,
    ),
    (
        "holiday_weekend",
        rf"{B}(?:(?:the\s+)?weekend\s+of\s+(?P<h>{HOLIDAY})(?:\s+(?P<y>{YEAR4}))?|(?P<h2>{HOLIDAY})(?:\s+(?P<y2>{YEAR4}))?\s+weekend(?:\s+(?P<y3>{YEAR4}))?)",
        _n_holiday_weekend,
        0,
    ),
    (
        "nth_month",
        rf"{B}(?:the\s+)?(?P<o>{ORDINAL_DAY}|\d{{1,2}}(?:st|nd|rd|th))\s+month\s+of\s+(?:(?P<y>{YEAR4})|(?:the\s+)?(?P<yrel>this|last|next)\s+year)",
        _n_nth_month,
        0,
    ),
    (
        "weekday_of_week",
        rf"{B}(?:(?:(?P<wrel>this|next|last|previous|the\s+following|the\s+previous|the\s+next|following)\s+week(?:'s)?[\s,]*(?:on\s+|-\s*)?(?P<wd>{WEEKDAY}|{WEEKDAY_ABBR}))|(?:(?P<wd2>{WEEKDAY}|{WEEKDAY_ABBR}),?\s+(?:of\s+)?(?P<wrel2>this|next|last|previous|the\s+following|the\s+previous|the\s+next|following)\s+week))",
        _n_weekday_of_week,
        0,
    ),
    (
        "week_of",
        rf"{B}(?:the\s+)?(?:(?P<o>{ORDINAL_DAY}|last|\d(?:st|nd|rd|th))\s+week\s+of\s+(?:the\s+)?|week\s+(?P<n>\d{{1,2}})(?![\w])(?:\s+of\s+)?)(?:(?P<mo>{MONTH})(?:,?\s+(?P<y>{YEAR4}))?|(?P<y2>{YEAR4})|(?P<yrel>this|last|next)\s+year|(?P<mrel>this|last|next)\s+month)?",
        lambda m, c, s: (
            _n_week_of(_Alias(m, {"y": "y2"}), c, s)
            if (m["n"] or m["mo"] or m["y"] or m["y2"] or m["yrel"] or m["mrel"])
            else None
        ),
        0,
    ),
    (
        "day_of_month",
        rf"{B}(?:on\s+)?the\s+(?P<d>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)|{ORDINAL_DAY})(?:\s+(?:of\s+)?(?P<mrel>this|next|last)\s+month)?(?=\s*(?:[.,;!?)]|$|of\s+(?:this|next|last)\s+month|this|next|last))",
        _n_day_of_month,
        1,
    ),
    (
        "part_of_unit",
        r"(?<![\w-])(?:(?:the\s+)?(?P<p>end|beginning|start|middle)\s+of\s+(?:the\s+)?(?P<u>year|month|week)|(?-i:EO[YM])|(?-i:eoy))(?![\w-])",
        _n_part_of_unit,
        1,
    ),
    (
        "period",
        rf"{B}(?:(?:the\s+)?(?:(?P<qy>{YEAR4})|latest|comparable|corresponding|same|year[\s-](?:ago|earlier)|comparable\s+year[\s-](?:ago|earlier))\s+period(?:\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year))?|year[\s-](?:ago|earlier)(?![\w-]))",
        _n_period,
        2,
    ),
    (
        "year_part",
        r"(?<![\w-])(?:the\s+(?:full|whole|entire)\s+year|year[\s-]end|year's\s+end)(?![\w-])",
        _n_year_part,
        1,
    ),
    (
        "pod_day",
        rf"{B}(?:(?:early|late|mid-?)\s*)?(?P<pod>morning|afternoon|evening|night)\s+(?P<dw>yesterday|today|tomorrow|{WEEKDAY})",
        _n_pod_day,
        1,
    ),
    (
        "set",
        rf"{B}(?:every|each|per)\s+(?:other\s+)?(?:(?P<n>{NUM_CORE})\s+)?(?P<what>{UNIT}|{_alt(lex.WEEKDAYS)}s?(?![\w])|{MONTH}|{SEASON}|morning|afternoon|evening|night)",
        _n_set,
        1,
    ),
    (
        "times_per",
        rf"{B}(?:once|twice|thrice|(?:{NUM_CORE})\s+times)\s+(?:a|an|per|each)\s+(?P<u>{UNIT})",
        _n_times_per,
        0,
    ),
    ("freq", rf"(?<![\w-])(?P<w>{FREQ})", _n_freq, 3),
    (
        "clock",
        rf"{B}(?:(?P<h>[01]?\d|2[0-4])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|am(?![\w])|pm(?![\w]))|(?P<noon>noon|midnight|midday))(?:\s+(?:EST|EDT|CST|CDT|MST|PST|PDT|GMT|UTC|ET|PT|local\s+time)(?![\w]))?(?:,?\s+(?:on\s+)?(?:(?P<wd>{WEEKDAY})|(?P<mo>{MONTH})\s*(?P<d>{DAY})|(?P<dw>today|yesterday|tomorrow)))?",
        _n_clock,
        0,
    ),
    (
        "holiday",
        rf"{B}(?:(?P<rel>last|this|next|past|coming|following|previous)\s+)?(?P<h>{HOLIDAY})(?:(?:\s*,\s*|\s+(?:of\s+|in\s+)?)(?P<y>{YEAR4}))?",
        _n_holiday,
        1,
    ),
    ("spelled_year", rf"{B}(?P<sy>{SPELLED_YEAR})(?![\w-])", _n_spelled_year, 3),
    (
        "year",
        rf"(?:(?<=mid-)|(?<=late-)|(?<=early-)|(?<=post-)|(?<=pre-)|{B})(?P<y>{YEAR4})(?![\w]|[.,]\d|\s*(?:%|percent))",
        _n_year,
        3,
    ),
]


def _compile(name: str, pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern, _F)
    except re.error as exc:
        raise RuntimeError(f"dates rule {name!r} does not compile: {exc}") from exc


RULES: tuple[_Rule, ...] = tuple(_Rule(n, _compile(n, p), h) for n, p, h, _ in _RULE_SPECS)

# Speed: a rule only runs near a word it cannot match without ("quarter", a month name, a digit...).
# Each gate is searched once per article; the rule's pattern then runs in windows around the gate's
# hits instead of over the whole text (the patterns are long alternations; most text has no dates).
_MONTH_GATE = r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_WEEKDAY_GATE = r"\b(?:mon|tue|wed|thu|fri|sat|sun)"
_UNIT_GATE = r"(?:second|min|hour|hr|day|night|week|fortnight|month|quarter|year|yr|decade|centur|millenni)"
_GATES: dict[str, str] = {
    **dict.fromkeys(
        ("day_range", "month_range", "weekday_month_day_year", "day_month_year", "mixed_ymd", "month_day",
         "day_month", "month_year", "month_rel", "month"),
        _MONTH_GATE,
    ),
    **dict.fromkeys(
        ("year_range", "numeric_range", "iso", "numeric_dash", "numeric", "year_month_day", "compact", "year_month",
         "numeric_md", "decade", "year", "q_short"),
        r"\d",
    ),
    **dict.fromkeys(("weekday_day", "weekday", "weekday_plural", "weekday_of_week", "weekday_month_day"), _WEEKDAY_GATE),
    **dict.fromkeys(("relative", "the_unit", "past_unit", "ago", "duration", "vague_units", "year_part", "over_the_units",
                     "times_per", "week_of", "nth_month", "nth_day_of"), _UNIT_GATE),
    "period": r"period|year",
    "century": r"centur",
    "quarter": r"quarter|half",
    "season": r"spring|summer|fall|autumn|winter",
    "fiscal": r"fiscal|FY|calendar",
    "current": r"current",
    "day_word": r"today|tonight|yesterday|tomorrow|tmrw|night|morning|afternoon|evening|day|overnight",
    "pod_day": r"morning|afternoon|evening|night",
    "decade_word": r"ties\b",
    "fortnight": r"fortnight",
    "week_after_next": r"after\s+next",
    "week_of_date": r"week\s+of",
    "school_year": r"school|\b[sc]y\s?\d",
    "month_year_range": _MONTH_GATE,
    "holiday_weekend": r"weekend",
    "part_of_unit": r"end|beginning|start|middle|EO[YM]",
    "day_of_month": r"\bthe\b",
    "freq": r"ly\b",
    "clock": r"\d\s*[ap]\.?m|noon|midnight|midday",
    "spelled_year": r"nineteen|eighteen|seventeen|sixteen|thousand",
}  # fmt: skip
_GATE_PATTERNS = {g: re.compile(g, _F) for g in set(_GATES.values())}
_WINDOW_BEFORE, _WINDOW_AFTER = 60, 90


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


_PRIORITY = {n: p for n, _, _, p in _RULE_SPECS}

_PREFIX_POS = re.compile(rf"(?<![\w-])(?P<p>{POS_PREFIX})[\s]*$", _F)
_PREFIX_APPROX = re.compile(rf"(?<![\w-])(?P<p>{APPROX_PREFIX})\s+$", _F)
_POS_MODS = {k.removeprefix("the ").strip(): v for k, v in lex.POSITION_MODS.items()}


# ------------------------------------------------------------------------------ the extractor


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    rule: str
    norm: _Norm


def _rule_matches(ctx: _Ctx, rule: _Rule, windows: dict[str, list[tuple[int, int]]]) -> list[re.Match[str]]:
    gate = _GATES.get(rule.name)
    if gate is None:
        return list(rule.pattern.finditer(ctx.text))
    if gate not in windows:
        windows[gate] = _windows(ctx.text, _GATE_PATTERNS[gate])
    return [m for a, b in windows[gate] for m in rule.pattern.finditer(ctx.text, a, b)]


def _candidates(ctx: _Ctx) -> list[_Hit]:
    hits: list[_Hit] = []
    windows: dict[str, list[tuple[int, int]]] = {}
    for rule in RULES:
        for m in _rule_matches(ctx, rule, windows):
            start, end = m.start(), m.end()
            try:
                norm = rule.handler(_M(m), ctx, start)
            except (ValueError, KeyError, OverflowError, TypeError, AttributeError):
                continue  # "Feb. 30", a year out of range, a part the rule needs is absent: not a date
            if norm is None:
                continue
            end -= norm.cut
            while end > start and ctx.text[end - 1].isspace():
                end -= 1
            if end > start:
                hits.append(_Hit(start, end, rule.name, norm))
    return hits


def _select(hits: list[_Hit]) -> list[_Hit]:
    """Longest first, then by rule priority; no two chosen hits overlap."""
    chosen: list[_Hit] = []
    taken: list[tuple[int, int]] = []
    for h in sorted(hits, key=lambda h: (-(h.end - h.start), _PRIORITY[h.rule], h.start)):
        if any(h.start < e and s < h.end for s, e in taken):
            continue
        chosen.append(h)
        taken.append((h.start, h.end))
    chosen.sort(key=lambda h: h.start)
    return chosen


def _extend_left(ctx: _Ctx, hits: list[_Hit]) -> None:
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


_DETERMINER = re.compile(r"(?:a|an|the|its|their|his|her|that|this)\s+", _F)
_REL_WORD = re.compile(r"(?:past|last|next|first|coming|previous|following|final|latest|remaining|same)\b", _F)


def _trim_adjectival(ctx: _Ctx, hits: list[_Hit]) -> None:
    """Drop the determiner of a duration or quarter used as a modifier: TimeBank marks 'a [two-year]
    program' and 'its [third-quarter] loss', but 'in [the third quarter]'."""
    for h in hits:
        if h.norm.type != "DURATION" and not re.fullmatch(r"\d{4}-Q\d", h.norm.value):
            continue
        m = _DETERMINER.match(ctx.text, h.start, h.end)
        if not m or _REL_WORD.match(ctx.text, m.end()):
            continue
        nxt = ctx.token_at(h.end + len(ctx.text[h.end :]) - len(ctx.text[h.end :].lstrip()))
        if nxt is not None and nxt.idx >= h.end and nxt.pos_ in ("NOUN", "PROPN", "ADJ"):
            h.start = m.end()


def _anchor(hits: list[_Hit], ref: date | None) -> None:
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
                        "week": _week(ref + timedelta(weeks=1)),
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
                h.norm.value = _week(date.fromisoformat(last_date[:10]) + timedelta(weeks=int(k)))
            continue
        if h.rule in _CALENDAR_RULES and re.fullmatch(r"\d{4}(-\d\d){0,2}", h.norm.value):
            last_date = h.norm.value
        if a in ("quarter_seen", "period_year"):
            last_quarter = h.norm.value
        elif (a == "year_ago_quarter" and last_quarter) or (a == "year_ago" and last_quarter):
            qy, qn = last_quarter.split("-Q")
            h.norm.value = f"{int(qy) - 1}-Q{qn}"


def extract_dates(doc: Doc, *, reference: date | None = None) -> list[DateMention]:
    """Temporal expressions of the article as TIMEX3-style records, in order of appearance."""
    text = doc.text
    if not text.strip():
        return []
    ctx = _Ctx(doc=doc, text=text, ref=reference, starts=[t.idx for t in doc])
    hits = _select(_candidates(ctx))
    _extend_left(ctx, hits)
    _trim_adjectival(ctx, hits)
    _anchor(hits, reference)
    hits = _combine_anchored(ctx, hits)
    hits = sorted(hits + _join_ranges(ctx, hits), key=lambda h: (h.start, -h.end))
    out: list[DateMention] = []
    for h in hits:
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
