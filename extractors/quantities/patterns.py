"""Quantities: the regular expressions and code lists built once from the lexicons."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType

import pycountry

from extractors.lexicons.quantities import (
    CURRENCY_SUBUNITS,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    LABEL_WORDS,
    PLURAL_SCALES,
    POSTFIX_QUALIFIERS,
    PREFIX_QUALIFIERS,
    TIME_OF_DAY,
    UNITS,
    VAGUE,
)


def alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def plurals(word: str) -> list[str]:
    if not word[-1:].isalpha() or len(word) < 3 or word in ("feet", "inches", "kms", "lbs", "yds", "hrs", "mins"):
        return [word]
    if word.endswith("y") and word != "day":
        return [word, word[:-1] + "ies"]
    return [word, word + "s", word + "es"]


@cache
def iso_codes() -> frozenset[str]:
    """ISO 4217 alphabetic codes (pycountry), plus BTC, which news treats as a currency."""
    return frozenset({c.alpha_3 for c in pycountry.currencies} | {"BTC", "XBT"})


@cache
def currency_words() -> Mapping[str, str]:
    """Currency names after an amount: pycountry's multi-word names ("egyptian pound") plus ours."""
    words: dict[str, str] = {}
    for cur in pycountry.currencies:
        name = cur.name.lower()
        if " " in name and "(" not in name and not name.startswith(("unidad", "wir", "sdr")):
            words[name] = cur.alpha_3
    words.update(CURRENCY_WORDS)
    return MappingProxyType(words)  # cached: read-only


@cache
def patterns() -> dict[str, re.Pattern[str]]:
    """Regular expressions built once from the lexicons."""
    symbols = [s for s in CURRENCY_SYMBOLS if not (s.isascii() and s.replace(".", "").isalpha())]
    cur_words = currency_words()
    word_forms: dict[str, str] = {}
    for name in cur_words:
        for form in plurals(name):
            word_forms[form] = name
    unit_forms = [f for u in UNITS for f in plurals(u)]
    prefix_q = alternation(list(PREFIX_QUALIFIERS))
    postfix_q = alternation([p for p in POSTFIX_QUALIFIERS if p not in ("+", "-odd")])
    return {
        # "$", "US$", "C $", "HK$", "€", "Rs.", "USD ", "MUSD": a currency written before the amount
        "cur_before": re.compile(
            r"(?:(?<![A-Za-z])(?P<letters>[A-Za-z](?:\.?[A-Za-z]){0,3}\.?)\s?)?(?P<sym>"
            + alternation(symbols)
            + r")\s?$"
            r"|(?<![A-Za-z])(?P<code>M?[A-Z]{3}|usd|eur|gbp|jpy|cny|rmb|inr|aud|cad|chf|btc|hkd|Rs\.?|RM|PS|Y=)\s?$"
        ),
        "cur_sym_after": re.compile(r"[ \u00a0]?(?P<sym>" + alternation(symbols) + r")(?![\w$])"),
        "cur_code_after": re.compile(
            r"[ \u00a0]?(?P<code>M?[A-Z]{3}|usd|eur|gbp|jpy|cny|rmb|inr|aud|cad|chf|btc|hkd)(?![A-Za-z])"
        ),
        "cur_word_after": re.compile(
            r"[ \u00a0-]?(?P<word>" + alternation(list(word_forms)) + r")(?![A-Za-z])", re.IGNORECASE
        ),
        "subunit_after": re.compile(
            r"(?P<gap>[ \u00a0-]?)(?P<word>" + alternation(list(CURRENCY_SUBUNITS)) + r")(?![A-Za-z])", re.IGNORECASE
        ),
        "percent_after": re.compile(
            r"(?:[ \u00a0]|-)?(?P<word>%|percentage points?|percent(?:age|s)?|per cent|pct|(?-i:pc)|basis points?"
            r"|bps|pp|ppt)"
            r"(?![A-Za-z])",
            re.IGNORECASE,
        ),
        "unit_after": re.compile(
            r"(?P<gap>[ \u00a0]?-?[ \u00a0]?|[ \u00a0]?[(\[{<])(?P<word>" + alternation(unit_forms) + r")"
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
            r"\b(?:" + alternation([*PLURAL_SCALES, *VAGUE, "few", "handful", "scores"]) + r")\b", re.IGNORECASE
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
            r"\b(?:" + alternation([w for w in LABEL_WORDS if w.isalpha()]) + r")s? \d{1,5}"
            r"(?:, \d{1,5})*(?:,? (?:and|or|&) |, |-|–)$",
            re.IGNORECASE,
        ),
        "month_after": re.compile(
            r"^(?:st|nd|rd|th)?\s(?:of\s)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february"
            r"|march|april|june|july|august|september|october|november|december)\b",
            re.IGNORECASE,
        ),
        "time_after": re.compile(r"\s?(?:" + alternation(list(TIME_OF_DAY)) + r")(?![A-Za-z])", re.IGNORECASE),
        "cents_tail": re.compile(r"^\s*(?:and\s+)?$", re.IGNORECASE),
        "feet_inches": re.compile(r"\s*(?:and\s+)?(?P<n>\d{1,2})\s?(?:in|inch|inches|\")(?![A-Za-z])"),
    }
