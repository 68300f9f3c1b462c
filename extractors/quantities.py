"""Quantities: numbers with value, bounds, qualifier, unit and what they count.

The numbers themselves are found on the characters by ``extractors.numbers`` (spaCy splits
numerals inconsistently); this module decides which are quantities and reads their context:

1. exclusions: years, dates, times of day, ordinals, phone numbers, addresses, version and
   model names ("F-16", "COVID-19", "Formula One"), numbers inside names (spaCy NER);
2. the unit: a currency before ("$", "US$", "€", "USD") or after ("yuan", "Swiss francs",
   "cents"), a percent, or a measurement unit normalised to its symbol ("km", "t", "°C");
3. the qualifier from the words around ("about", "more than", "or more", "between X and Y");
4. from the parse: the counted item (the noun the number modifies, or the "of" object),
   whether the quantity is a change ("rose 5%") and whether it is hedged ("possibly").
Vague amounts ("several", "dozens") and orders of magnitude ("millions of") come from tokens.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from types import MappingProxyType

import pycountry
from spacy.tokens import Doc, Token

from extractors.lexicons.quantities import (
    ATTACHED_ONLY,
    CASED_UNITS,
    CHANGE_DOWN,
    CHANGE_UP,
    CURRENCY_CODE_STOPLIST,
    CURRENCY_SUBUNITS,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    HEDGES,
    INDEX_NAMES,
    LABEL_WORDS,
    LOWERCASE_CODES,
    ONE_AS_ARTICLE,
    PLURAL_SCALES,
    POSTFIX_QUALIFIERS,
    PREFIX_QUALIFIERS,
    STREET_WORDS,
    TIME_OF_DAY,
    UNITS,
    VAGUE,
    VERSION_WORDS,
)
from extractors.numbers import Number, scan_numbers
from extractors.spans import char_span
from extractors.types import Quantity

VERSION = 2

# spaCy entity labels that are names: a number inside one is part of the name ("Apollo 11").
_NAME_LABELS = frozenset({"PERSON", "ORG", "PRODUCT", "FAC", "WORK_OF_ART", "LAW", "EVENT", "GPE", "LOC", "NORP"})
_DATE_WORDS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august"
    r"|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|(?:1[89]|20)\d\d|\d+(?:st|nd|rd|th)|today|yesterday|tomorrow)\b",
    re.IGNORECASE,
)
# Verbs whose object is a change only when it is a rate or "by" an amount ("raised prices by 5%",
# "cut 700 jobs" is not a change of 700): transitive uses of change verbs.
_TRANSITIVE_CHANGE = frozenset({
    "raise", "cut", "reduce", "lower", "add", "lose", "boost", "hike", "slash", "trim", "shed", "expand", "lift",
})  # fmt: skip
_NEXT_BOUND = re.compile(
    r"\s*(?:than\b|equal\b|or equal\b|to\s+\d|\$?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty"
    r"|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)\b)",
    re.IGNORECASE,
)
_AFTER_BARE_FRACTION = frozenset({
    "of", "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "all", "million", "billion", "those",
    "these",
})  # fmt: skip
_SCALE_WORDS = {"dozen": 12, "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_RESTATED = re.compile(r"\s*(?:\w+)?\s*,?\s*(?:\(\s*or|\(|or)\s*")
_AND_A_HALF = re.compile(r"\b(an?|one|\d+)\s+([A-Za-z]+)\s+and\s+$", re.IGNORECASE)  # "a year and a half"
_AGED = re.compile(r"\b(?:[Aa]ged?|[Aa]ges)\s$")
_A_UNIT = re.compile(r" (?:of )?an? (?=\w)")
_SCORE = re.compile(r"(?<![\w.,])(\d{1,3}) ?[-–—] ?(\d{1,3})(?![\w.,%/]?\d|%| ?(?:percent|per cent))")
_PHONE_SPACED = re.compile(r"(?:\+\d{1,3}|(?<![\w.,])0\d{1,4})(?:[ -]\d{2,5}){1,4}(?![\w.,]?\d)")
# Two 24-hour clock times joined as an interval ("a curfew between 2200 and 0700"); one has a leading zero.
_CLOCK = r"((?:[01]\d|2[0-3])[0-5]\d)"
_CLOCK_PAIR = re.compile(r"(?<![\w.,])" + _CLOCK + r" ?(?:and|to|until|till|-|–) ?" + _CLOCK + r"\b")
_SCORE_LINE = re.compile(r"(?<![\w.,])\d{1,2}[-–]\d{1,2}(?:,?\s+\(?\d{1,2}[-–]\d{1,2}\)?)+(?![\w.,%/]?\d|%)")
_OR_ALTERNATIVE = re.compile(r" or ")
_VERSUS = re.compile(r"^\W*(?:vs\.?|versus|v\.|against|compared with|from)\W*$", re.IGNORECASE)
_MODEL_PLURAL = re.compile(r"(?<![\w.,$£€])(\d{3,4})s\b")  # "787s", "A380s": a model in the plural
_PERIODS = frozenset({"year", "month", "week", "day", "decade", "century", "hour"})
# Verbs whose "over N years" is a bound on the time taken or served ("it took over 10 years").
_TAKE_VERBS = frozenset({"take", "last", "spend", "serve", "wait", "live", "work", "stay", "run", "age", "be"})
_PER_UNIT = re.compile(r",? (?:a|an|per|each) (?P<w>[a-z]+)\b")  # "$80 a barrel", "12 cts per share"
_DASH_CHAIN = re.compile(r"(?<![\w.])\d+(?:[-–]\d+){2,}(?![\w.])")
_WORDISH = re.compile(r"[\w/$]")
_BOUNDED = frozenset({"more_than", "at_least", "less_than", "at_most", "up_to"})
_LOWER = frozenset({"more_than", "at_least"})
_UPPER = frozenset({"less_than", "at_most", "up_to"})


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _plurals(word: str) -> list[str]:
    if not word[-1:].isalpha() or len(word) < 3 or word in ("feet", "inches", "kms", "lbs", "yds", "hrs", "mins"):
        return [word]
    if word.endswith("y") and word != "day":
        return [word, word[:-1] + "ies"]
    return [word, word + "s", word + "es"]


@cache
def _iso_codes() -> frozenset[str]:
    """ISO 4217 alphabetic codes (pycountry), plus BTC, which news treats as a currency."""
    return frozenset({c.alpha_3 for c in pycountry.currencies} | {"BTC", "XBT"})


@cache
def _currency_words() -> Mapping[str, str]:
    """Currency names after an amount: pycountry's multi-word names ("egyptian pound") plus ours."""
    words: dict[str, str] = {}
    for cur in pycountry.currencies:
        name = cur.name.lower()
        if " " in name and "(" not in name and not name.startswith(("unidad", "wir", "sdr")):
            words[name] = cur.alpha_3
    words.update(CURRENCY_WORDS)
    return MappingProxyType(words)  # cached: read-only


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """Regular expressions built once from the lexicons."""
    symbols = [s for s in CURRENCY_SYMBOLS if not (s.isascii() and s.replace(".", "").isalpha())]
    cur_words = _currency_words()
    word_forms: dict[str, str] = {}
    for name in cur_words:
        for form in _plurals(name):
            word_forms[form] = name
    unit_forms = [f for u in UNITS for f in _plurals(u)]
    prefix_q = _alternation(list(PREFIX_QUALIFIERS))
    postfix_q = _alternation([p for p in POSTFIX_QUALIFIERS if p not in ("+", "-odd")])
    return {
        # "$", "US$", "C $", "HK$", "€", "Rs.", "USD ", "MUSD": a currency written before the amount
        "cur_before": re.compile(
            r"(?:(?<![A-Za-z])(?P<letters>[A-Za-z](?:\.?[A-Za-z]){0,3}\.?)\s?)?(?P<sym>"
            + _alternation(symbols)
            + r")\s?$"
            r"|(?<![A-Za-z])(?P<code>M?[A-Z]{3}|usd|eur|gbp|jpy|cny|rmb|inr|aud|cad|chf|btc|hkd|Rs\.?|RM|PS)\s?$"
        ),
        "cur_sym_after": re.compile(r"[ \u00a0]?(?P<sym>" + _alternation(symbols) + r")(?![\w$])"),
        "cur_code_after": re.compile(
            r"[ \u00a0]?(?P<code>M?[A-Z]{3}|usd|eur|gbp|jpy|cny|rmb|inr|aud|cad|chf|btc|hkd)(?![A-Za-z])"
        ),
        "cur_word_after": re.compile(
            r"[ \u00a0-]?(?P<word>" + _alternation(list(word_forms)) + r")(?![A-Za-z])", re.IGNORECASE
        ),
        "subunit_after": re.compile(
            r"(?P<gap>[ \u00a0-]?)(?P<word>" + _alternation(list(CURRENCY_SUBUNITS)) + r")(?![A-Za-z])", re.IGNORECASE
        ),
        "percent_after": re.compile(
            r"(?:[ \u00a0]|-)?(?P<word>%|percentage points?|percent(?:age|s)?|per cent|pct|basis points?|bps|pp|ppt)"
            r"(?![A-Za-z])",
            re.IGNORECASE,
        ),
        "unit_after": re.compile(
            r"(?P<gap>[ \u00a0]?-?[ \u00a0]?|[ \u00a0]?[(\[{<])(?P<word>" + _alternation(unit_forms) + r")"
            r"(?P<close>[)\]}>])?(?![A-Za-z0-9²³])",
            re.IGNORECASE,
        ),
        "prefix_q": re.compile(
            r"(?:(?:^|(?<=[\s(\"'“‘\[]))(?P<q>" + prefix_q + r")|(?<![<>=])(?P<sym>[<>]\s?=?|[≤≥]))\s*$",
            re.IGNORECASE,  # a quote may open right before the words: '"At least seven people...'
        ),
        "postfix_q": re.compile(
            r"(?:\s(?P<q>" + postfix_q + r")(?![A-Za-z])|(?P<plus> ?\+|-plus|-odd)(?!\w)(?!\s*\d))", re.IGNORECASE
        ),
        "scale_after": re.compile(r"[ \u00a0](?P<w>million|billion|trillion|thousand|mn|bn|m|b)(?![A-Za-z])"),
        "vague": re.compile(
            r"\b(?:" + _alternation([*PLURAL_SCALES, *VAGUE, "few", "handful", "scores"]) + r")\b", re.IGNORECASE
        ),
        "age_after": re.compile(r"\s(?:old|of age)\b", re.IGNORECASE),
        "date_shape": re.compile(
            r"\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}(?P<sep>[-/.])\d{1,2}(?P=sep)\d{2,4}\b|\b\d{4}-\d{2}\b"
            r"|\b\d{1,2}:\d{2}(?::\d{2})?\b|\b\d+(?:\.\d+){2,}\b"
        ),
        "phone": re.compile(r"(?:\+\d{1,3}[-. ]?)?(?:\(\d{2,4}\)\s?|\d{2,4}[-.])\d{3,4}[-./]\d{3,4}(?:/\d+)?"),
        "month_near": re.compile(
            r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july"
            r"|august|september|october|november|december)\.?$",
            re.IGNORECASE,
        ),
        "month_day_and": re.compile(
            r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july"
            r"|august|september|october|november|december)\.? \d{1,2}(?:st|nd|rd|th)?"
            r"(?:(?:, ?| ?(?:,? and|,? or|to|through|-|–|&) ?)\d{1,2}(?:st|nd|rd|th)?)*"  # "Jan. 12, 19 and 26"
            r"(?:, ?| ?(?:,? and|,? or|to|through|-|–|&) ?)$",
            re.IGNORECASE,
        ),
        "label_list": re.compile(
            r"\b(?:" + _alternation([w for w in LABEL_WORDS if w.isalpha()]) + r")s? \d{1,5}"
            r"(?:, \d{1,5})*(?:,? (?:and|or|&) |, |-|–)$",
            re.IGNORECASE,
        ),
        "month_after": re.compile(
            r"^(?:st|nd|rd|th)?\s(?:of\s)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february"
            r"|march|april|june|july|august|september|october|november|december)\b",
            re.IGNORECASE,
        ),
        "time_after": re.compile(r"\s?(?:" + _alternation(list(TIME_OF_DAY)) + r")(?![A-Za-z])", re.IGNORECASE),
        "cents_tail": re.compile(r"^\s*(?:and\s+)?$", re.IGNORECASE),
        "feet_inches": re.compile(r"\s*(?:and\s+)?(?P<n>\d{1,2})\s?(?:in|inch|inches|\")(?![A-Za-z])"),
    }


@dataclass
class _Cand:
    """A quantity being assembled (mutable while its context is read)."""

    start: int
    end: int
    value: float | None
    num: Number | None = None
    low: float | None = None
    high: float | None = None
    qualifier: str = "exact"
    unit: str | None = None
    kind: str = "count"  # count | money | percent | measure | vague
    multiplier: float = 1.0
    item: str | None = None
    hedged: bool = False
    change: str | None = None
    prefix_start: int = -1
    tags: set[str] = field(default_factory=set)


class _Doc:
    """Character-offset helpers over one parsed Doc."""

    def __init__(self, doc: Doc, text: str):
        self.doc = doc
        self.text = text  # Doc.text rebuilds the string on every access
        self.starts: list[int] = doc.to_array("IDX").tolist() if len(doc) else []

    def token_at(self, char: int) -> Token | None:
        i = bisect_right(self.starts, char) - 1
        if i < 0:
            return None
        tok: Token = self.doc[i]
        return tok if tok.idx <= char < tok.idx + max(len(tok.text), 1) else None

    def tokens(self, start: int, end: int) -> list[Token]:
        lo = max(bisect_right(self.starts, start) - 1, 0)
        hi = bisect_right(self.starts, end - 1)
        return [t for t in self.doc[lo:hi] if t.idx < end and t.idx + len(t.text) > start]


# --- units --------------------------------------------------------------------------------


def _currency_before(text: str, cand: _Cand, prev_end: int = 0) -> None:
    """A currency written before the amount: "$", "US$", "c $", "€", "USD", "MAUD"."""
    window = text[max(0, cand.start - 12) : cand.start]
    m = _patterns()["cur_before"].search(window)
    if not m:
        return
    code: str | None = None
    if m["sym"]:
        sym = m["sym"]
        letters = (m["letters"] or "").replace(".", "").upper()
        if (
            letters
            and m["letters"][-1:] != "."
            and window[m.end("letters") : m.start("sym")] == " "
            and letters not in ("C", "US", "HK", "NZ", "US", "MEX", "AU", "CA")
        ):
            letters = ""  # "a $300 million contract": the article, not A$
        code = CURRENCY_SYMBOLS.get(letters + sym) or CURRENCY_SYMBOLS.get(letters + "$") if letters else None
        if letters and code is None and sym == "$":
            code = CURRENCY_SYMBOLS.get(letters + "$") or (letters if letters in _iso_codes() else None)
        if code is None:
            code = CURRENCY_SYMBOLS[sym]
            start = m.start("sym")
        else:
            start = m.start("letters")
    else:
        raw = m["code"]
        scale = 1.0
        if raw.startswith("Rs"):
            code = "INR"
        elif raw == "RM":
            code = "MYR"  # Malaysian ringgit
        elif raw == "PS":
            if cand.num is None or not re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d{3,}", cand.num.text):
                return  # "PS4" is a games console; wire copy writes "PS2,495" or "PS1.50" for pounds
            code = "GBP"
        elif raw.lower() in LOWERCASE_CODES or raw.upper() in LOWERCASE_CODES:
            code = raw.upper() if raw.upper() != "RMB" else "CNY"
        elif len(raw) == 4 and raw[1:] in _iso_codes():
            code, scale = raw[1:], 1e6  # "MAUD 60", "MUSD"
        elif raw in _iso_codes() and raw not in CURRENCY_CODE_STOPLIST:
            code = raw
        if code is None:
            return
        if scale != 1.0 and cand.value is not None:
            cand.value *= scale
        start = m.start("code")
    if max(0, cand.start - 12) + start < prev_end:
        return  # "10 $ 30 $": that symbol belongs to the amount before
    cand.unit, cand.kind = code, "money"
    cand.start = max(0, cand.start - 12) + start


def _unit_after(text: str, cand: _Cand, num: Number) -> None:
    """The unit written after the amount: percent, currency, sub-unit or measurement unit."""
    p = _patterns()
    pos = cand.end
    if cand.unit is None:
        m = p["percent_after"].match(text, pos)
        if m:
            word = m["word"].lower()
            cand.unit = (
                "percentage point"
                if word.startswith("percentage point") or word in ("pp", "ppt")
                else "basis point"
                if word.startswith(("basis", "bps"))
                else "%"
            )
            cand.kind, cand.end = "percent", m.end()
            return
    if cand.unit is None:
        m = p["cur_code_after"].match(text, pos)
        if m:
            raw = m["code"]
            code = raw.upper() if raw.lower() in LOWERCASE_CODES else raw
            code = "CNY" if code == "RMB" else code
            scale = 1.0
            if len(code) == 4 and code.startswith("M") and code[1:] in _iso_codes():
                code, scale = code[1:], 1e6
            if (
                code in _iso_codes()
                and (code not in CURRENCY_CODE_STOPLIST or raw.isupper())
                and raw.isupper() == (raw == raw.upper())
            ):
                cand.unit, cand.kind, cand.end = code, "money", m.end()
                if cand.value is not None:
                    cand.value *= scale
                s = p["scale_after"].match(text, cand.end)  # "75 USD million"
                if s and s["w"] in ("million", "billion", "trillion", "thousand", "mn", "bn"):
                    mult = {"million": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}.get(s["w"], 1e3)
                    if cand.value is not None:
                        cand.value *= mult
                    cand.end = s.end()
                cand.tags.add("suffix_currency")
                return
        m = p["cur_sym_after"].match(text, pos)
        if m and m["sym"] in ("€", "$", "元", "₡", "₾", "₭", "ரூ", "£", "zł", "¥", "₿"):
            cand.unit, cand.kind, cand.end = CURRENCY_SYMBOLS[m["sym"]], "money", m.end()
            cand.tags.add("suffix_currency")
            return
        m = p["cur_word_after"].match(text, pos)
        if m:
            word = m["word"].lower()
            base = next((b for b in _currency_words() if word in _plurals(b)), word)
            code = _currency_words()[base]
            if base == "pound" and not (num.scaled or "sterling" in text[m.end() : m.end() + 10].lower()):
                code = "lb"  # "two pounds" of weight; "361 million pounds" is money
            if base == "won" and not num.digits:
                return  # "two won" is a verb far more often than Korean money
            if code == "lb":
                cand.unit, cand.kind, cand.end = "lb", "measure", m.end()
            else:
                cand.unit, cand.kind, cand.end = code, "money", m.end()
                cand.tags.add("suffix_currency")
            return
        m = p["subunit_after"].match(text, pos)
        if m:
            word = m["word"].lower()
            if word == "p" and m["gap"]:
                return  # "50p" is pence; "50 p" is not
            code, factor = CURRENCY_SUBUNITS[word]
            cand.unit, cand.kind, cand.end = code, "money", m.end()
            if cand.value is not None:
                cand.value *= factor
            return
    if cand.unit is not None and cand.kind == "money":
        return
    if num.fraction and not num.digits:
        article = _A_UNIT.match(text, pos)  # "half a century", "a quarter of a mile", "half an hour"
        if article:
            pos = article.end() - 1
    if text.startswith("C", pos) and not _WORDISH.match(text, pos + 1) and num.digits:
        cand.unit, cand.kind, cand.end = "°C", "measure", pos + 1  # "temperatures of 30C" (UK style)
        return
    m = p["unit_after"].match(text, pos)
    if not m:
        return
    word, gap = m["word"], m["gap"]
    low = word.lower()
    base = next((u for u in (low, low[:-1], low[:-2], low[:-3] + "y") if u in UNITS), None)
    if low in ("ies",) or base is None:
        return
    if base in ATTACHED_ONLY and gap:
        return
    opened = gap.strip(" \u00a0") in ("(", "[", "{", "<")
    if opened != bool(m["close"]):
        if opened:
            return  # "20 (kg" without its bracket closed
        end = m.end("word")  # "(28km)": the bracket closes an outer parenthesis, not the unit
    else:
        end = m.end()
    if gap.strip(" \u00a0") == "-" and len(base) <= 2 and not base.isalpha():
        return
    unit = CASED_UNITS.get(word, UNITS[base])
    if base == "degree" or base == "deg" or base == "°":
        unit = "°"
    cand.unit, cand.kind, cand.end = unit, "measure", end
    if unit in ("ft",):  # "5 ft 2 in", "5 feet and 2 inches"
        fi = p["feet_inches"].match(text, cand.end)
        if fi and cand.value is not None:
            cand.value += int(fi["n"]) / 12
            cand.end = fi.end()
    if unit in ("year", "month", "week", "day"):
        age = p["age_after"].match(text, cand.end)
        if age:
            cand.end = age.end()
            cand.tags.add("age")


def _appositive_age(num: Number, d: _Doc) -> bool:
    """ "Mary Barra, 51, will be...": a bare number between commas right after a person's name is an age."""
    if not re.fullmatch(r"\d{1,3}", num.text) or not 0 < num.value < 120:
        return False
    text = d.text
    if text[num.start - 2 : num.start] != ", " or text[num.end : num.end + 1] not in (",", ")"):
        return False
    name = d.token_at(num.start - 3)
    return name is not None and name.ent_type_ == "PERSON"


def _glued_million(text: str, cand: _Cand, num: Number, d: _Doc) -> None:
    """ "48m" is metres, "€300m" and "5m people" millions: resolve a glued lowercase m/mm."""
    if num.suffix not in ("m", "mm") or cand.kind == "money":
        return
    after = d.token_at(num.end + 1) if num.end + 1 < len(text) and text[num.end] == " " else None
    if num.suffix == "m" and after is not None and after.pos_ == "ADJ" and after.i + 1 < len(d.doc):
        after = after.nbor(1)  # "5m new jobs"
    if num.suffix == "m" and after is not None and after.tag_ == "NNS" and after.lower_ not in UNITS:
        return  # "5m people": millions
    if num.suffix == "m" and re.match(r"-strong\b", text[num.end : num.end + 8]):
        return  # "a 20m-strong workforce": a head count in millions
    if cand.value is not None:
        cand.value /= 1e6
    cand.unit, cand.kind = num.suffix, "measure"


# --- exclusions ---------------------------------------------------------------------------


_NON_SPACE_RUN = re.compile(r"\S+")
_ADDRESS_MARKER = re.compile(r"https?://|www\.|@")


def _excluded_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges that are dates, times, versions, IP addresses or phone numbers."""
    p = _patterns()
    spans = [(m.start(), m.end()) for m in p["date_shape"].finditer(text)]
    spans += [(m.start(), m.end()) for m in p["phone"].finditer(text)]
    spans += [(m.start(), m.end()) for m in _DASH_CHAIN.finditer(text)]  # "4-4-2", "2-3-2 formation"
    spans += [(m.start(), m.end()) for m in _SCORE_LINE.finditer(text)]  # "3-6 7-6 (7-3) 6-1": set scores
    spans += [(m.start(), m.end()) for m in _CLOCK_PAIR.finditer(text) if "0" in (m[1][0], m[2][0])]  # "2200 and 0700"
    spans += [(m.start(), m.end()) for m in _PHONE_SPACED.finditer(text)]
    spans += [
        (m.start(), m.end()) for m in _SCORE.finditer(text) if int(m[1]) >= int(m[2])
    ]  # "won 3 – 0"  # "0207 782 4368", "+44 20 7946 0958"
    # Addresses: every whitespace-delimited run holding a URL or e-mail marker. Runs first, then
    # the marker inside each: "\S*(?:marker)\S*" backtracked over every start of a long run
    # (quadratic: 40,000 characters without a space took seconds).
    spans += [(m.start(), m.end()) for m in _NON_SPACE_RUN.finditer(text) if _ADDRESS_MARKER.search(m[0])]
    return sorted(spans)


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Is [start, end) within one of the sorted spans? (Spans are short: look back a few.)"""
    i = bisect_right(spans, (start, 10**12)) - 1
    return any(s <= start and end <= e for s, e in spans[max(0, i - 3) : i + 1])


def _prefix_qualifier(words: str) -> str:
    """The qualifier of a bounds phrase as matched ("More  than", "> =")."""
    key = " ".join(words.lower().split())
    return PREFIX_QUALIFIERS.get(key) or PREFIX_QUALIFIERS.get(key.replace(" ", ""), "exact")


def _bound_before(text: str, num: Number) -> bool:
    """A bounds word right before the number ("above 1000", "more than 2000"): not a year then."""
    m = _patterns()["prefix_q"].search(text[max(0, num.start - 40) : num.start])
    return m is not None and _prefix_qualifier(m["q"] or m["sym"]) not in ("approximately", "exact")


def _is_name_or_date(num: Number, cand: _Cand, d: _Doc) -> bool:
    """A number that is not a quantity: year, date, time of day, ordinal, label, name, address."""
    text, p = d.text, _patterns()
    after = text[num.end : num.end + 6]
    if re.match(r" ?(?:st|nd|rd|th)(?![A-Za-z])|'?s\b", after, re.IGNORECASE) and num.digits:
        return True  # "4th", "21st", "the 15,599 th plane"; "the 80's", "1990s"
    if cand.unit is None and num.end < len(text) and (text[num.end].isalpha() or text[num.end] in "_"):
        return True  # "777F", "13F", "3D": letters glued to the digits make a name
    if (
        num.start > 1
        and text[num.start - 1] == "-"
        and re.search(r"(?:^|[^\w.,])[A-Za-z][A-Za-z0-9]*-$", text[max(0, num.start - 12) : num.start])
    ):
        return True  # "F-16", "COVID-19" (but not "5k-20k")
    if num.start > 0 and text[num.start - 1].isalpha() and cand.unit is None:
        return True  # "GPT4", "MH370"
    if num.start > 0 and text[num.start - 1] in "#№":
        return True
    if cand.unit is None and re.match(r"/[A-Za-z]", text[num.end : num.end + 2]):
        return True  # "3/Pine": a street corner or a label, not a fraction
    if (
        num.start > 1
        and text[num.start - 1] == ","
        and re.search(r"[A-Za-z.)][\w.]*,$", text[max(0, num.start - 12) : num.start])
    ):
        return True  # "Mr. Halaby,20": a footnote marker; "PS2,495": a code
    if re.search(r"\b(?:No|Nos|no|nos)\.?\s*$", text[max(0, num.start - 5) : num.start]) and cand.unit is None:
        return True  # "No. 18": a label
    if num.start > 0 and text[num.start - 1] in "'’" and re.fullmatch(r"\d\d", num.text):
        return True  # "since '47": a year
    if cand.unit is None and re.fullmatch(r"0\d{2,}", num.text) and num.value:
        return True  # "0800", "007": codes and phone numbers keep their leading zero
    if cand.unit is None and re.fullmatch(r"\d{1,3}", num.text):
        opened = text[max(0, num.start - 2) : num.start].lstrip(" ")[-1:] in ("[", "(")
        if (opened and re.match(r"\.?[\])]", text[num.end : num.end + 2])) or (
            re.match(r"[.)]\s", text[num.end : num.end + 2]) and text[max(0, num.start - 1) : num.start] in ("", "\n")
        ):
            return True  # "[1.]", "(2)", "1. " at the start of a line: list markers
    if num.suffix in ("G", "K") and len(num.text) == 2 and cand.unit is None:
        return True  # "3G", "5G", "4K": technology names, not billions
    if cand.unit is None and p["time_after"].match(text, num.end):
        return True
    before = text[max(0, num.start - 12) : num.start].rstrip()
    if p["month_near"].search(before) and num.digits and num.value < 32:
        return True  # "April 10", "May 4"
    if p["month_after"].match(text[num.end : num.end + 16]) and num.value < 32:
        return True  # "10 April", "4th of July"
    if p["month_day_and"].search(text[max(0, num.start - 40) : num.start]) and num.digits and num.value < 32:
        last = d.tokens(num.start, num.end)[-1:]
        nxt = last[0].nbor(1) if last and last[0].i + 1 < len(d.doc) else None
        if nxt is None or nxt.tag_ != "NNS":
            return True  # "between January 1 and 2", "May 3-4": the second day; "March 3 and 10 people" stays
    is_int = num.value == int(num.value)
    bare = num.digits and not num.words and not num.scaled and re.fullmatch(r"\d+", num.text) is not None
    if bare and len(num.text) == 4 and 1500 <= num.value <= 2100 and cand.unit == "year" and cand.end - num.end <= 5:
        return True  # "the 2005 year": a calendar year, not 2005 years
    if bare and len(num.text) == 4 and 1500 <= num.value <= 2100 and cand.unit is None and not _bound_before(text, num):
        toks = d.tokens(num.start, num.end)
        nxt = toks[-1].nbor(1) if toks and toks[-1].i + 1 < len(d.doc) else None
        if not (nxt is not None and nxt.tag_ == "NNS" and toks[-1].head == nxt and toks[-1].ent_type_ != "DATE"):
            return True  # "2022", "in 1998"; "2000 people" stays
    toks = d.tokens(num.start, num.end)
    if not toks:
        return False
    first = toks[0]
    prev = first.nbor(-1) if first.i > 0 else None
    if (
        prev is not None
        and cand.unit is None
        and (bare or re.fullmatch(r"\d+[eE]\d+", num.text))
        and prev.lower_ in ("'s", "’s", "the")
        and first.dep_ not in ("nummod", "quantmod")
        and (prev.lower_ != "the" or "e" in num.text.lower())
    ):
        return True  # "Boeing's 747", "the 7e7": model names
    if cand.unit is None and not num.scaled and any(t.ent_type_ in _NAME_LABELS for t in toks):
        ent = next((e for e in d.doc.ents if e.start <= first.i < e.end), None)
        if ent is not None and any(t.is_alpha and not t.like_num and t.i < first.i for t in ent):
            return True  # "Apollo 11", "Formula One", "Windows 10": a word of the name before the number
    if cand.unit is None and any(t.ent_type_ in ("DATE", "TIME") for t in toks):
        ent = next((e for e in d.doc.ents if e.start <= first.i < e.end), None)
        if ent is not None and _DATE_WORDS.search(ent.text):
            return True  # "the 10 days to March 1", "Monday 10"; NER alone also tags "between 10 and 20"
    if (
        prev is not None
        and prev.lower_ == "of"
        and prev.i > 0
        and cand.unit is None
        and is_int
        and not num.scaled
        and prev.nbor(-1).pos_ == "PROPN"
        and prev.nbor(-1).text.istitle()
        and not (toks[-1].dep_ == "nummod" and toks[-1].head.i > toks[-1].i and toks[-1].head.tag_ == "NNS")
    ):
        return True  # "Group of Seven", "Group of 20": the number names the group
    if prev is not None and bare and cand.unit is None and prev.lower_ in INDEX_NAMES:
        return True  # "S&P 500", "Nikkei 225", "Russell 2000"
    plain = not num.scaled and not num.fraction and is_int and (bare or (num.words and not num.digits))
    if (
        plain
        and cand.unit is None
        and p["label_list"].search(text[max(0, num.start - 40) : num.start])
        and not (toks[-1].dep_ == "nummod" and toks[-1].head.tag_ == "NNS" and toks[-1].head.i > toks[-1].i)
    ):
        return True  # "posts 542 and 543", "Articles 5, 6 and 7": later numbers of a list of labels
    label = prev.lower_ if prev is not None else ""
    label = label if label in LABEL_WORDS else label[:-1] if label.endswith("s") else ""  # "posts 542"
    if prev is not None and label in LABEL_WORDS and plain and cand.unit is None and prev.pos_ != "VERB":
        return True  # "Article 5", "Flight 370", "Exercise nr. 22"
    dotted = num.digits and not num.words and re.fullmatch(r"\d+\.\d+", num.text) is not None
    if prev is not None and prev.lower_ in VERSION_WORDS and dotted and cand.unit is None:
        return True  # "version 10.4", "Windows 8.1", "section 3.2"
    if (
        prev is not None
        and bare
        and cand.unit is None
        and prev.pos_ == "PROPN"
        and prev.text[:1].isupper()
        and (first.head == prev or prev.head == first)
        and first.dep_ in ("nummod", "compound", "appos", "npadvmod", "ROOT", "dobj", "pobj")
        and prev.dep_ not in ("nsubj", "nsubjpass")
        and prev.text not in _iso_codes()
    ):
        return True  # "Airbus 380", "Apollo 11"
    nxt_tok = toks[-1].nbor(1) if toks[-1].i + 1 < len(d.doc) else None
    if (
        prev is not None
        and bare
        and cand.unit is None
        and num.value < 1000
        and (prev.pos_ == "PROPN" or (first.head == prev and first.dep_ == "nummod"))
        and prev.text[:1].isupper()
        and prev.is_alpha
        and prev.text not in _iso_codes()
        and text[prev.idx + len(prev.text) : num.start] == " "
        and not (nxt_tok is not None and nxt_tok.pos_ == "NOUN" and first.head == nxt_tok)
    ):
        return True  # "Falcon 9", "Internet Explorer 6", "Band Aid 20": a number that ends a name
    if (
        prev is not None
        and bare
        and cand.unit is None
        and len(prev.text) >= 2
        and prev.text.replace("&", "").isupper()
        and prev.text not in _iso_codes()
        and not (first.i + 1 < len(d.doc) and d.doc[first.i + 1].tag_ == "NNS")
    ):
        return True  # "CAC 40", "FTSE 100", "S&P 500": index and product names
    nxt_words = text[num.end : num.end + 40].split()
    if (
        bare
        and len(nxt_words) >= 2
        and nxt_words[0][:1].isupper()
        and nxt_words[1].lower().rstrip(".,") in STREET_WORDS
    ):
        return True  # "123 Random Street"
    if bare and nxt_words and nxt_words[0].lower().rstrip(".,") in STREET_WORDS and nxt_words[0][:1].isupper():
        return True
    if (
        num.words
        and not num.digits
        and num.text[:1].isupper()
        and prev is not None
        and not first.is_sent_start
        and prev.is_alpha
        and (prev.text[:1].isupper() or (prev.lower_ == "the" and num.text.istitle()))
    ):
        return True  # "Formula One", "Big Ten", "the Five Hundred": a capitalised number word in a name
    if (
        num.words
        and num.fraction
        and re.search(r"(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$", num.text, re.I)
    ):
        nxt_tok = toks[-1].nbor(1) if toks[-1].i + 1 < len(d.doc) else None
        if (
            nxt_tok is not None
            and nxt_tok.is_alpha
            and nxt_tok.lower_ not in ("of", "million", "billion")
            and nxt_tok.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")
        ):
            return True  # "a third term", "a fifth straight day": ordinals; "one-third opposed it" stays
    if num.words and not num.digits and text[num.end : num.end + 1] == "-" and num.value == 1 and cand.unit is None:
        return True  # "one-man show", "one-off"
    if num.fraction and not num.digits and cand.unit is None and text[num.end : num.end + 1] == "-":
        joined = re.match(r"-([A-Za-z]+)", text[num.end :])
        if joined and joined[1].lower() not in UNITS and joined[1].lower() != "point":
            return True  # "a quarter-final", "half-time", "third-party"; "a half-hour" stays a measure
    if num.text == "1" and re.match(r" of (?:the|his|her|its|their|our|my|your|these|those)\b", text[num.end :]):
        return True  # "1 of the most notorious": the pronoun written as a digit
    if num.text.lower() in ("half", "quarter", "halves", "quarters"):
        nxt_tok = toks[-1].nbor(1) if toks[-1].i + 1 < len(d.doc) else None
        qualified = _patterns()["prefix_q"].search(text[max(0, num.start - 40) : num.start]) is not None
        followed = nxt_tok is not None and nxt_tok.lower_ in _AFTER_BARE_FRACTION
        if not (followed or qualified) or text[num.end : num.end + 1] == "-":
            return True  # "last quarter", "second half", "quarter-final"; "half the country" stays
        if prev is not None and (prev.lower_ in ("the", "this", "that", "each", "per", "every") or prev.like_num):
            return True
    if num.text.lower() in ("one", "a", "an") and cand.unit is None:
        tok = toks[0]
        one_of = _of_object(tok) is not None and text[num.end : num.end + 4] == " of "
        nxt1 = tok.nbor(1) if tok.i + 1 < len(d.doc) else None
        modifies = tok.tag_ == "CD" and (
            (tok.head.pos_ == "NOUN" and tok.head.i > tok.i) or (nxt1 is not None and nxt1.pos_ in ("ADJ", "NOUN"))
        )  # "one person", "one last time"
        if one_of or (tok.dep_ != "nummod" and not modifies):
            return True  # "the one you mentioned", "one of the best players": a pronoun, no count
        if prev is not None and prev.lower_ in ("no", "any", "every", "each", "the", "this", "that", "which"):
            return True
        head = tok.head if tok.dep_ == "nummod" and tok.head.i > tok.i else None
        lead = prev is None or tok.is_sent_start or prev.is_punct or prev.pos_ in ("CCONJ", "SCONJ")
        if head is not None and head.lemma_.lower() in ONE_AS_ARTICLE and lead:
            return True  # "One reason is that...", "One form of spyware": "a certain", not a count
        nxt_tok = toks[-1].nbor(1) if toks[-1].i + 1 < len(d.doc) else None
        if nxt_tok is not None and (
            nxt_tok.lower_ == "point"
            or (
                nxt_tok.lower_ == "day"
                and (prev is None or prev.lower_ not in ("for", "in", "within", "after", "than"))
            )
        ):
            return True  # "at one point", "may one day": idioms; "for one day" stays
    return False


# --- qualifiers, ranges -------------------------------------------------------------------


def _qualify(text: str, cand: _Cand) -> None:
    """Bounds words before ("about", "more than") and after ("or more", "+") the amount."""
    p = _patterns()
    window = text[max(0, cand.start - 40) : cand.start]
    m = p["prefix_q"].search(window)
    if m:
        group = "q" if m["q"] else "sym"
        cand.qualifier = _prefix_qualifier(m[group])
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


def _period_over(c: _Cand, d: _Doc) -> bool:
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


def _bounds(c: _Cand) -> None:
    if c.qualifier in _LOWER and c.low is None:
        c.low = c.value
    elif c.qualifier in _UPPER and c.high is None:
        c.high = c.value


def _merge_ranges(text: str, cands: list[_Cand], d: _Doc) -> list[_Cand]:
    """ "10-20", "between 10 and 20", "from 10 to 20", "more than 10 and less than 40" -> one range."""
    out: list[_Cand] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        b = cands[i + 1] if i + 1 < len(cands) else None
        if b is not None and a.value is not None and b.value is not None and a.kind != "vague" and b.kind != "vague":
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


def _score(text: str, a: _Cand, b: _Cand) -> bool:
    """Two bare integers joined by a dash, the first not smaller: a score or a tally ("3-1", "20-0")."""
    if a.unit is not None or b.unit is not None or a.num is None or b.num is None:
        return False
    if text[a.end : b.start].strip(" ") not in ("-", "–", "—") or a.qualifier != "exact" or b.qualifier != "exact":
        return False
    return bool(re.fullmatch(r"\d+", a.num.text) and re.fullmatch(r"\d+", b.num.text)) and (a.value or 0) >= (
        b.value or 0
    )


def _range_of(text: str, a: _Cand, b: _Cand, d: _Doc) -> _Cand | None:
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
            return _Cand(
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
        return _Cand(
            start=start, end=b.end, value=None, low=lo_v, high=hi_v, qualifier="range", unit=b.unit or a.unit,
            kind=b.kind if b.kind != "count" else a.kind, num=b.num, multiplier=b.multiplier,
        )  # fmt: skip
    return None


# --- the parse: item, change, hedge --------------------------------------------------------


def _phrase(tok: Token, stop: int) -> str:
    """A noun with its compound and adjective modifiers to its left (not before ``stop``)."""
    first = tok.i
    for child in reversed(list(tok.lefts)):
        if child.i < stop:
            break
        if (child.dep_ in ("compound", "amod", "nmod") and child.i == first - 1) or (
            child.dep_ in ("compound", "amod") and child.i >= stop
        ):
            first = min(first, child.left_edge.i if child.left_edge.i >= stop else child.i)
    words = [t for t in tok.doc[first : tok.i + 1] if t.pos_ not in ("NUM", "PUNCT", "DET") or t.text in "-"]
    text = "".join(t.text_with_ws for t in words).strip().lstrip("-").strip()
    return text or tok.text


def _of_object(tok: Token) -> Token | None:
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def _item(c: _Cand, d: _Doc) -> str | None:
    """What is counted, or None; never across a line break (headlines and lists run on)."""
    item = _item_phrase(c, d)
    if item is None:
        return None
    return item if "\n" not in item and "  " not in item else None


def _amount_item(c: _Cand, toks: list[Token], d: _Doc) -> str | None:
    """What an amount of money or a percentage is of: a rate's unit ("$80 a barrel" -> "per barrel"),
    the noun it modifies ("a $18bn loan"), the noun it is "of" ("revenues of 1.2 bln dlrs") or the
    subject of a copula or change verb ("profit was 5 mln dlrs", "Revenue rose 5%")."""
    rate = _PER_UNIT.match(d.text, c.end)
    if rate:
        unit = d.token_at(rate.start("w"))
        if unit is not None and unit.pos_ == "NOUN" and unit.lemma_ not in ("year", "month", "week", "day", "time"):
            return f"per {unit.lower_}"  # "12 cts a share"; "$234,000 a year" is a salary, not a rate of years
    inside = {t.i for t in toks}
    root = next((t for t in toks if t.head.i not in inside), None)
    if root is None:
        return None
    head = root.head
    if root.dep_ in ("compound", "nmod", "amod", "nummod") and head.i > root.i and head.pos_ == "NOUN":
        return _phrase(head, toks[-1].i + 1)  # "a $18bn loan"
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and head.head.lemma_ not in UNITS:
        return _phrase(head.head, head.head.i - 3)  # "revenues of 1.2 billion dlrs", "a loss of $5m"
    verb = None
    if root.dep_ in ("attr", "npadvmod"):
        verb = head if head.pos_ in ("VERB", "AUX") else head.head  # "closed down 8%": via "down"
    elif root.dep_ == "pobj" and head.lower_ in ("to", "by"):
        verb = head.head  # "rose to $3bn", "fell by 3%"
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.i > toks[0].i:
        return None
    return _phrase(subj, subj.i - 3)


def _item_phrase(c: _Cand, d: _Doc) -> str | None:
    """What is counted: the noun the number modifies ("about 7,000 containers"), or the object of
    "of" ("millions of artillery shells", "500,000 barrels of oil")."""
    toks = d.tokens(c.start, c.end)
    if not toks:
        return None
    last = toks[-1]
    if c.kind in ("money", "percent", "measure"):
        obj = _of_object(last)
        if obj is not None and obj.pos_ in ("NOUN", "PROPN") and obj.lemma_ not in UNITS:
            return _phrase(obj, obj.i)
        return _amount_item(c, toks, d) if c.kind in ("money", "percent") else None
    if c.num is not None and c.num.fraction and not c.num.scaled:
        obj = _of_object(last)  # "a third of voters", "three quarters of its value"
        return _phrase(obj, obj.i - 3) if obj is not None and obj.pos_ in ("NOUN", "PROPN") else None
    num_toks = [t for t in toks if t.like_num or t.pos_ == "NUM" or t.lower_ in PLURAL_SCALES or t.lower_ in VAGUE]
    anchor = num_toks[-1] if num_toks else last
    if anchor.lower_ == "one" and d.text[c.end : c.end + 4] == " of ":
        obj = _of_object(anchor)  # "one of the victims"
        return _phrase(obj, obj.i - 3) if obj is not None and obj.pos_ in ("NOUN", "PROPN") else None
    if anchor.lower_ in PLURAL_SCALES or anchor.lower_ in VAGUE or anchor.pos_ == "NOUN":
        obj = _of_object(anchor)
        if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
            return _phrase(obj, obj.i - 3)
    head = anchor.head
    if anchor.dep_ in ("nummod", "amod", "compound", "quantmod", "det") and head.i > anchor.i:
        while (
            head.dep_ == "quantmod"
            or (head.pos_ == "NUM" and head.head.i > head.i)
            or (
                head.lower_ in ("dozen", "dozens", "hundred", "thousand", "million", "billion") and head.head.i > head.i
            )
        ):
            head = head.head
        if head.pos_ in ("NOUN", "PROPN") and toks[-1].i < head.i <= anchor.i + 6 and head.lemma_ not in UNITS:
            return _phrase(head, max(anchor.i, toks[-1].i) + 1)  # past "mln" in "20 mln shares"
    end = max(anchor.i, toks[-1].i)  # past a scale word inside the amount ("12.3 mln")
    nxt = d.doc[end + 1] if end + 1 < len(d.doc) else None
    if nxt is not None and nxt.tag_ == "NNS" and nxt.lemma_ not in UNITS:
        return _phrase(nxt, end + 1)
    return None


def _change(c: _Cand, d: _Doc) -> str | None:
    """ "rose 5%", "fell by 3 points", "up 5%", "a 5% increase": the direction of the change."""
    toks = d.tokens(c.start, c.end)
    if not toks:
        return None
    prev = toks[0].nbor(-1) if toks[0].i > 0 else None
    if prev is not None and prev.lower_ in ("to", "from", "at", "reach", "reached", "hit"):
        return None  # "dropped to minus 5C", "rose from 5%": a level, not the change
    if prev is not None and prev.lower_ in ("up", "down") and prev.dep_ != "prt":
        return "up" if prev.lower_ == "up" else "down"  # "shares were up 5%"; not "made up $7.1 billion"
    root = next((t for t in toks if not (c.start <= t.head.idx < c.end) or t.head == t), toks[-1])
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "by":
        root, head = head, head.head
    elif root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        root, head = head, head.head  # "an increase of 5%"
    elif root.dep_ == "pobj":
        return None  # "rose to 7%", "from 5%": levels
    if root.dep_ == "nummod" and head.lemma_ == "point" and head.i > root.i:
        root, head = head, head.head  # "lost 400 points": the points are the change
    elif root.dep_ in ("compound", "amod", "nummod", "nmod") and c.kind == "count":
        return None  # "five rallies" counts rallies; "a 5% rise" is a change
    if root.dep_ in ("dobj", "npadvmod", "advmod", "prep", "obj", "attr", "nmod", "compound", "amod", "nummod"):
        lemma = head.lemma_.lower()
        points = d.text[c.end : c.end + 7].strip().lower().startswith("point")  # "lost 400 points"
        if lemma in _TRANSITIVE_CHANGE and root.lower_ != "by" and c.kind != "percent" and not points:
            return None
        if lemma in CHANGE_UP:
            return "up"
        if lemma in CHANGE_DOWN:
            return "down"
    return None


def _hedged(c: _Cand, d: _Doc) -> bool:
    toks = d.tokens(c.start, c.end)
    if not toks:
        return False
    first = toks[0]
    for k in range(1, 4):
        if first.i - k < first.sent.start:
            break
        t = d.doc[first.i - k]
        if t.lower_ in HEDGES:
            return True
        if t.is_punct:
            break
    return False


# --- vague amounts and orders of magnitude -------------------------------------------------


def _token_quantities(d: _Doc, taken: list[tuple[int, int]]) -> list[_Cand]:
    """ "several missiles", "dozens of people", "a few", "millions of shells", "tens of thousands"."""
    out: list[_Cand] = []
    doc = d.doc
    # Only the tokens that can start one: a regex finds them faster than a pass over every token.
    starts = (d.token_at(m.start()) for m in _patterns()["vague"].finditer(d.text))
    skip_to = -1
    for tok in starts:
        if tok is None or tok.i < skip_to:
            continue
        i = tok.i
        low = tok.lower_
        if low not in PLURAL_SCALES and low not in VAGUE and low not in ("few", "handful", "scores"):
            continue
        start, end = tok.idx, tok.idx + len(tok.text)
        if any(s < end and start < e for s, e in taken):
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
            out.append(_Cand(start=start, end=end, value=value, qualifier="at_least", low=value, kind="count"))
            skip_to = j + 1
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
            c = _Cand(start=start, end=end, value=value, low=value, qualifier="at_least", kind="count")
            num = Number(start, end, value, words=True, digits=False, scaled=True, suffix="", fraction=False,
                         text=d.text[start:end])  # fmt: skip
            c.num = num
            _unit_after(d.text, c, num)
            out.append(c)
            skip_to = j
            continue
        out.append(_Cand(start=start, end=end, value=None, qualifier="vague", kind="vague"))
    return out


# --- the extractor ------------------------------------------------------------------------


def _build(num: Number, d: _Doc, excluded: list[tuple[int, int]], prev_end: int) -> _Cand | None:
    text = d.text
    if _inside(excluded, num.start, num.end):
        return None
    cand = _Cand(start=num.start, end=num.end, value=num.value, num=num)
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
            return _Cand(start=m.start(), end=num.end, value=whole + 0.5, unit=unit, kind="measure", num=num)
    _currency_before(text, cand, prev_end)
    _unit_after(text, cand, num)
    _glued_million(text, cand, num, d)
    if cand.unit is None and (_AGED.search(text, max(0, num.start - 6), num.start) or _appositive_age(num, d)):
        cand.unit, cand.kind = "year", "measure"  # "aged 87", "a man of age 87", "Mary Barra, 51, will lead"
    if (
        cand.end < len(text)
        and text[cand.end].isalnum()
        and cand.end == num.end
        and cand.unit is None
        and not num.suffix
    ):
        return None  # "777F", "24703L202": digits glued to letters that are no unit
    if cand.unit is not None and cand.end < len(text) and text[cand.end].isdigit():
        return None  # "24703m212": a code
    if _is_name_or_date(num, cand, d):
        return None
    return cand


def _model_name(num: Number, d: _Doc) -> bool:
    """ "Boeing 787", "Airbus 320": three or more bare digits right after a capitalised proper noun."""
    if not re.fullmatch(r"\d{3,4}", num.text) or 1500 <= num.value <= 2100 or num.start < 2:
        return False
    prev = d.token_at(num.start - 2)
    return (
        prev is not None
        and prev.pos_ == "PROPN"
        and prev.is_alpha
        and prev.text[:1].isupper()
        and d.text[prev.idx + len(prev.text) : num.start] == " "
        and prev.text not in _iso_codes()
    )


def _named_elsewhere(num: Number, cand: _Cand, names: set[str], d: _Doc) -> bool:
    """ "the 787" after "Boeing 787" (or "787s") in the same article, or "the 747 is" as a singular
    subject: the bare model number, not a count ("the 239 were rescued" stays a count)."""
    if cand.unit is not None or cand.start != num.start or not re.fullmatch(r"\d{3,4}", num.text):
        return False
    toks = d.tokens(num.start, num.end)
    if not toks:
        return False
    tok = toks[-1]
    before = tok.nbor(-1) if tok.i > 0 else None
    while before is not None and before.pos_ == "ADJ" and before.i > 0 and before.i > tok.i - 3:
        before = before.nbor(-1)
    if before is not None and before.like_num and before.head == tok.head and tok.head.i > tok.i:
        return True  # "five new 737 aircraft": a count, then the model number of the same noun
    if tok.dep_ == "nummod" and tok.head.i > tok.i:
        return False
    if num.text in names:
        return True
    verbs = [tok.head, *(c for c in tok.head.children if c.dep_ in ("aux", "auxpass"))]
    singular = tok.dep_ == "nsubj" and any(v.tag_ == "VBZ" or v.lower_ in ("was", "is", "has") for v in verbs)
    after = tok.nbor(1) if tok.i + 1 < len(d.doc) else None
    ends = tok.dep_ in ("pobj", "dobj") and (after is None or after.text in (".", ",", ")", ";", ":", "!", "?"))
    return (singular or ends) and num.value % 10 != 0 and tok.i > 0 and tok.nbor(-1).lower_ == "the"


def extract_quantities(doc: Doc, *, reference: date | None = None) -> list[Quantity]:
    """Quantities in order of appearance, each with value or bounds, qualifier, unit and item."""
    text = doc.text
    if not text.strip():
        return []
    d = _Doc(doc, text)
    excluded = _excluded_spans(text)
    cands: list[_Cand] = []
    numbers = scan_numbers(text)
    names = {num.text for num in numbers if _model_name(num, d)}
    names.update(m[1] for m in _MODEL_PLURAL.finditer(text) if not 1500 <= int(m[1]) <= 2100)  # "787s"
    for num in numbers:
        cand = _build(num, d, excluded, cands[-1].end if cands else 0)
        if cand is not None and not _named_elsewhere(num, cand, names, d):
            cands.append(cand)
    _absorb_cents(text, cands)
    for c in cands:
        _qualify(text, c)
    for c in cands:
        if c.qualifier == "more_than" and c.unit in _PERIODS and _period_over(c, d):
            c.qualifier, c.prefix_start = "exact", -1  # "cost $1.5tn over 10 years": a period, no bound
            c.start = c.num.start if c.num is not None else c.start
    cands = _merge_ranges(text, cands, d)
    taken = [(c.start, c.end) for c in cands]
    extra = _token_quantities(d, taken)
    for c in extra:
        _qualify(text, c) if c.kind != "vague" else None
    cands = sorted(cands + extra, key=lambda c: (c.start, -c.end))
    out: list[Quantity] = []
    last_end = -1
    for c in cands:
        if c.start < last_end:
            continue
        span = char_span(text, c.start, c.end)
        if not span.text:
            continue
        change = _change(c, d)
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
            _bounds(c)
        item = _item(c, d)
        if item is None and out and out[-1].unit == c.unit and _VERSUS.search(gap):
            item = out[-1].item  # "profit 1.5 mln dlrs vs 900,000 dlrs": the same item a period before
        last_end = c.end
        out.append(
            Quantity(
                span=span,
                value=_tidy(c.value),
                low=_tidy(c.low),
                high=_tidy(c.high),
                qualifier=c.qualifier,  # type: ignore[arg-type]
                unit=c.unit,
                item=item,
                hedged=_hedged(c, d),
                change=change,  # type: ignore[arg-type]
            )
        )
    return out


def _tidy(value: float | None) -> float | None:
    """Round away binary noise ("$2.07 billion" is 2070000000, not 2069999999.9999998)."""
    return None if value is None else float(f"{value:.12g}")


def _absorb_cents(text: str, cands: list[_Cand]) -> None:
    """ "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50" -> one amount."""
    p = _patterns()
    i = 0
    while i + 1 < len(cands):
        a, b = cands[i], cands[i + 1]
        if (
            "suffix_currency" in a.tags
            and a.value is not None
            and b.value is not None
            and b.num is not None
            and p["cents_tail"].match(text[a.end : b.start])
            and (
                (b.unit is None and b.value == int(b.value) and 0 < b.value < 100)
                or (b.unit == a.unit and 0 < b.value < 1)
            )
        ):
            a.value += b.value / 100 if b.unit is None else b.value
            a.end = b.end
            del cands[i + 1]
        i += 1
