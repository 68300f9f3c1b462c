# ruff: noqa: E501  (the patterns are long regular expressions; splitting them hides their shape)
"""Dates, recognition: the regular-expression building blocks the rules are written with.

Each block is a non-capturing group of literal alternatives (from ``extractors.lexicons.dates``)
or a bounded character pattern; the rules in ``extractors.dates.rules`` put them together. No
block repeats an alternation under an unbounded quantifier, so every rule runs in linear time.
"""

from __future__ import annotations

import re

from extractors.lexicons import dates as lex


def alt(words: object) -> str:
    """A regex alternation of literal words, longest first so that 'sept' wins over 'sep'."""
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


_MONTH_NAMES = [m for m in lex.MONTHS if len(m) > 3 or m == "may"]
_MONTH_ABBR = [m for m in lex.MONTHS if len(m) <= 4 and m != "may" and m not in ("june", "july")]
MONTH = rf"(?:(?:{alt(_MONTH_NAMES)})(?![\w])|(?:{alt(_MONTH_ABBR)})(?:\.|(?![a-zA-Z_])))"
WEEKDAY = rf"(?:{alt(lex.WEEKDAYS)})(?![\w])"
WEEKDAY_ABBR = rf"(?:{alt(lex.WEEKDAY_ABBREVIATIONS)})\.?(?![\w])"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\w])"
ORDINAL_DAY = rf"(?:{alt(k for k, v in lex.ORDINALS.items() if v > 0)})"
CARDINAL_DAY = (
    r"(?:(?:twenty|thirty)[\s-](?:one|two|three|four|five|six|seven|eight|nine)(?![\w-])|(?:twenty|thirty)(?![\w-]))"
)
YEAR4 = r"(?:1[5-9]\d\d|20\d\d)(?![\w])"
YEAR = rf"(?:{YEAR4}|'\d\d(?![\w]))"
SMALL = alt(
    k
    for k, v in lex.NUMBER_WORDS.items()
    if isinstance(v, int) and 0 < v < 20 and " " not in k and k not in ("a", "an", "dozen")
)
TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_NUM_WORD = rf"(?:(?:{TENS})(?:[\s-](?:{SMALL}))?|{SMALL}|a|an)(?:[\s-](?:hundred|thousand))?"
NUM_CORE = rf"(?:\d+(?:\.\d+)?(?:\s*(?:hundred|thousand)|\s+1/2|½)?|{_NUM_WORD}|a\s+dozen|dozens\s+of|a\s+couple(?:\s+of)?|couple(?:\s+of)?|half\s+an?)"
NUM = rf"(?:{NUM_CORE}(?:\s+and\s+a\s+half)?|a\s+few|several|few|many|a\s+number\s+of)"
UNIT = rf"(?:{alt(list(lex.UNITS) + list(lex.UNIT_PLURALS))})(?![\w])"
SEASON = rf"(?:{alt(lex.SEASONS)})(?![\w])"
SPELLED_YEAR = rf"(?:nineteen|eighteen|seventeen|sixteen)[\s-](?:hundred(?:\s+and)?[\s-])?(?:(?:{TENS})(?:[\s-](?:{SMALL}))?|{SMALL}|hundred)|(?:the\s+year\s+)?two\s+thousand(?:\s+and)?(?:\s+(?:(?:{TENS})(?:[\s-](?:{SMALL}))?|{SMALL}))?"
POS_PREFIX = r"(?:(?:early|late|mid)-?|the\s+(?:beginning|start|end|middle|close)\s+of|(?:beginning|end|middle)\s+of|(?:earlier|later)(?:\s+in)?)"
APPROX_PREFIX = rf"(?:{alt(lex.PREFIX_MODS)})"
HOLIDAY = rf"(?:{alt(list(lex.FIXED_HOLIDAYS) + list(lex.MOVABLE_HOLIDAYS))})(?![\w])"
REF_WORDS = rf"(?:{alt(lex.REFERENCE_WORDS)})(?![\w])"
FREQ = rf"(?:{alt(lex.FREQUENCY_ADVERBS)})(?![\w])"
PART_OF_DAY = r"(?:morning|afternoon|evening|night|overnight)"
B = r"(?<![\w$£€'./-])(?<!\d,)"  # a left word boundary that also refuses '$2024' and '3.2024'
