# ruff: noqa: E501  (the rule patterns are long regular expressions; splitting them hides their shape)
"""Dates, recognition: the rule table.

One named row per kind of expression, as HeidelTime keeps its rule files: the pattern (built from
``extractors.dates.patterns``), the handler that normalises a match (``norm_calendar``,
``norm_relative``), a priority (among overlapping matches of the same length the lower wins; the
longest match always wins first), a gate and examples. The gate is a cheap regex searched once
per article: the rule's pattern only runs in windows around the gate's hits, since most text
holds no dates. The examples are sentences the rule must read (value against
``EXAMPLE_REFERENCE``, Monday 18 March 2024); ``tests/extractors/test_dates_rules.py`` runs them.
"""

from __future__ import annotations

import re
from functools import cache

from extractors.dates.base import Example, Handler, Rule
from extractors.dates.norm_calendar import (
    n_century,
    n_day_range,
    n_decade,
    n_decade_word,
    n_fiscal,
    n_holiday_weekend,
    n_iso,
    n_mixed_ymd,
    n_month,
    n_month_day,
    n_month_day_year,
    n_month_range,
    n_month_rel,
    n_month_year,
    n_month_year_range,
    n_nth_month,
    n_numeric,
    n_numeric_md,
    n_numeric_range,
    n_q_short,
    n_quarter,
    n_school_year,
    n_season,
    n_spelled_year,
    n_week_of_date,
    n_week_of_marked,
    n_year,
    n_year_month,
    n_year_range,
    n_ymd,
)
from extractors.dates.norm_relative import (
    n_ago,
    n_clock,
    n_current,
    n_day_of_month,
    n_day_word,
    n_duration,
    n_fortnight,
    n_freq,
    n_holiday,
    n_over_the_units,
    n_part_of_unit,
    n_past_unit,
    n_period,
    n_plural_weekday,
    n_pod_day,
    n_ref_word,
    n_relative,
    n_relative_marked,
    n_set,
    n_times_per,
    n_vague_units,
    n_week_after_next,
    n_weekday,
    n_weekday_date,
    n_weekday_of_week,
    n_year_part,
)
from extractors.dates.patterns import (
    CARDINAL_DAY,
    DAY,
    FREQ,
    HOLIDAY,
    MONTH,
    NUM,
    NUM_CORE,
    ORDINAL_DAY,
    REF_WORDS,
    SEASON,
    SMALL,
    SPELLED_YEAR,
    UNIT,
    WEEKDAY,
    WEEKDAY_ABBR,
    YEAR,
    YEAR4,
    B,
    alt,
)
from extractors.lexicons import dates as lex

_F = re.IGNORECASE

# Gates shared by many rules: a month name, a weekday, a unit of time, a digit.
MONTH_GATE = r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
WEEKDAY_GATE = r"\b(?:mon|tue|wed|thu|fri|sat|sun)"
UNIT_GATE = r"(?:second|min|hour|hr|day|night|week|fortnight|month|quarter|year|yr|decade|centur|millenni)"
DIGIT_GATE = r"\d"

_REL_WEEKDAY = r"(?:(?:the\s+)?(?P<rel>last|this|next|coming|past|this\s+past|this\s+coming|this\s+upcoming|upcoming|previous|following)\s+)?"
_RANGE_WORD = r"\s*(?:-|–|to|till|til|until|through|thru)\s*"
_YEAR_SEP = r"(?:\s*,\s*|\s+(?:in\s+|of\s+)?)"


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """One compiled pattern per distinct source (rules sharing a gate share its windows)."""
    return re.compile(pattern, _F)


def rule(
    name: str, pattern: str, handler: Handler, *, priority: int, gate: str | None, examples: tuple[Example, ...]
) -> Rule:
    """A row of the table, its pattern and gate compiled (a pattern that does not compile names its rule)."""
    try:
        compiled = _compiled(pattern)
    except re.error as exc:
        raise RuntimeError(f"dates rule {name!r} does not compile: {exc}") from exc
    return Rule(name, compiled, handler, priority, _compiled(gate) if gate else None, examples)


E = Example

RULES: tuple[Rule, ...] = (
    rule(
        "day_range",
        rf"{B}(?:(?:from|between)\s+)?(?:(?P<mo>{MONTH})\s*(?:the\s+)?(?P<d>{DAY}|{ORDINAL_DAY}){_RANGE_WORD}(?:(?P<mo2b>{MONTH})\s*)?(?:the\s+)?(?P<d2>{DAY}|{ORDINAL_DAY})|(?P<d_>{DAY}){_RANGE_WORD}(?P<d2_>{DAY})\s+(?:of\s+)?(?P<mo_>{MONTH}))(?:,?\s*(?P<y>{YEAR4}))?",
        n_day_range,
        priority=0,
        gate=MONTH_GATE,
        examples=(
            E("The fair runs November 18-19, 2023.", "November 18-19, 2023", "P1D", "DURATION"),
            E("Polls open 9 to 12 of June.", "9 to 12 of June", "P3D", "DURATION"),
        ),
    ),
    rule(
        "month_range",
        rf"{B}(?P<mo>{MONTH})\s*[-–]\s*(?P<mo2b>{MONTH}),?\s*(?P<y>{YEAR4})",
        n_month_range,
        priority=0,
        gate=MONTH_GATE,
        examples=(E("Sales rose in Jan-Feb 2017.", "Jan-Feb 2017", "P1M", "DURATION"),),
    ),
    rule(
        "year_range",
        rf"{B}(?:(?:from|between)\s+)?(?P<y>{YEAR4})\s*[-–~]\s*(?P<y2>{YEAR4})",
        n_year_range,
        priority=0,
        gate=DIGIT_GATE,
        examples=(E("He served 2014-2018 as mayor.", "2014-2018", "P4Y", "DURATION"),),
    ),
    rule(
        "numeric_range",
        rf"{B}(?:(?:from|between)\s+)?(?P<a>[01]?\d)/(?P<b>[0-3]?\d)(?:/(?P<y1>\d{{4}}))?\s*[-–]\s*(?P<a2>[01]?\d)/(?P<b2>[0-3]?\d)(?:(?:/|,\s*)(?P<y>\d{{4}}))?(?![\d/])",
        n_numeric_range,
        priority=0,
        gate=DIGIT_GATE,
        examples=(E("The sale runs 5/1-5/7, 2020.", "5/1-5/7, 2020", "P6D", "DURATION"),),
    ),
    rule(
        "iso",
        r"(?<![\d/.])(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)",
        n_iso,
        priority=0,
        gate=DIGIT_GATE,
        examples=(
            E("The report is dated 2024-03-18.", "2024-03-18", "2024-03-18"),
            E("The part number is 1234-12-38.", "1234-12-38", None),
        ),
    ),
    rule(
        "numeric_dash",
        r"(?<![\d/.-])(?P<a>[01]?\d)-(?P<b>[0-3]?\d)-(?P<y>\d{4})(?![\d])",
        n_numeric,
        priority=0,
        gate=DIGIT_GATE,
        examples=(E("The filing is dated 03-18-2024.", "03-18-2024", "2024-03-18"),),
    ),
    rule(
        "numeric",
        rf"{B}(?P<a>[01]?\d|[0-3]\d)/(?P<b>[0-3]?\d)/(?P<y>\d{{4}}|\d\d)(?![\d/])",
        n_numeric,
        priority=0,
        gate=DIGIT_GATE,
        examples=(
            E("The order was signed 3/18/2024.", "3/18/2024", "2024-03-18"),
            E("The code reads 2/30/2024 on the box.", "2/30/2024", None),
        ),
    ),
    rule(
        "weekday_month_day_year",
        rf"{B}(?:(?:{WEEKDAY}),?\s+)?(?P<mo>{MONTH})\s*(?P<d>{DAY}|{ORDINAL_DAY}(?![\w-])|{CARDINAL_DAY}){_YEAR_SEP}(?:(?P<y>{YEAR})|(?P<sy>{SPELLED_YEAR}))",
        n_month_day_year,
        priority=0,
        gate=MONTH_GATE,
        examples=(
            E("The ceasefire began on Sept. 30, 1998.", "Sept. 30, 1998", "1998-09-30"),
            E("It opened Friday, May 3, 2019.", "Friday, May 3, 2019", "2019-05-03"),
        ),
    ),
    rule(
        "day_month_year",
        rf"{B}(?:(?:{WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>{DAY}|{CARDINAL_DAY}|{SMALL})(?:\s+(?:of\s+)?|-)(?P<mo>{MONTH})(?:{_YEAR_SEP}|-)(?:(?P<y>{YEAR})|of\s+(?P<y2>\d\d)(?![\w])|(?P<sy>{SPELLED_YEAR}))",
        n_month_day_year,
        priority=0,
        gate=MONTH_GATE,
        examples=(E("He was born on 12 June 1990.", "12 June 1990", "1990-06-12"),),
    ),
    rule(
        "year_month_day",
        rf"{B}(?P<y>{YEAR4})[/\s](?:(?P<m>[01]?\d)[/\s](?P<d>[0-3]?\d)|(?P<d2>[0-3]?\d)/(?P<mo>{MONTH}))(?![\d/])",
        n_ymd,
        priority=0,
        gate=DIGIT_GATE,
        examples=(E("The index hit a record on 2019/5/17.", "2019/5/17", "2019-05-17"),),
    ),
    rule(
        "mixed_ymd",
        rf"{B}(?:(?P<y>{YEAR4})[/-](?P<mo>{MONTH})[/-](?P<d>[0-3]?\d)|(?P<mo2>{MONTH})-(?P<d2>[0-3]?\d)-(?P<y2>{YEAR4})|(?P<d3>[0-3]?\d)/(?P<mo3>{MONTH})/(?P<y3>{YEAR4}))(?![\d])",
        n_mixed_ymd,
        priority=0,
        gate=MONTH_GATE,
        examples=(E("The form is dated 2015/Aug/21.", "2015/Aug/21", "2015-08-21"),),
    ),
    rule(
        "compact",
        rf"{B}(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?![\w])",
        n_iso,
        priority=0,
        gate=DIGIT_GATE,
        examples=(E("The release is dated 20150821.", "20150821", "2015-08-21"),),
    ),
    rule(
        "year_month",
        rf"{B}(?:(?P<y>{YEAR4})(?:-|\s+)(?:(?P<m>0?[1-9]|1[0-2])(?![\d-])|(?P<mo>{MONTH}))|(?:(?P<m2>0?[1-9]|1[0-2])|(?P<mo2>{MONTH}))[-/](?P<y2>{YEAR4}))",
        n_year_month,
        priority=1,
        gate=DIGIT_GATE,
        examples=(E("Sales data for 2015-12 were revised.", "2015-12", "2015-12"),),
    ),
    rule(
        "numeric_md",
        rf"{B}(?:(?P<rel>this|next|last)\s+)?(?:(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)|(?P<mo>{MONTH})/(?P<d>[0-3]?\d))(?![\d/]|\s*(?:of|inch|mile|cup|%|percent)\b)",
        n_numeric_md,
        priority=1,
        gate=DIGIT_GATE,
        examples=(
            E("The vote is set for 11/20.", "11/20", "2024-11-20"),
            E("Intel eased 1/8 to 31 7/8.", "1/8", None),
        ),
    ),
    rule(
        "weekday_month_day",
        rf"{B}(?:(?:this|next|last|coming)\s+)?(?P<wd>{WEEKDAY}|{WEEKDAY_ABBR})[\s,(-]+(?:(?:the\s+)?(?P<d2>{DAY})\s+(?:of\s+)?(?P<mo2>{MONTH})|(?P<mo>{MONTH})[\s-]*(?P<d>{DAY}|the\s+{ORDINAL_DAY})|(?P<na>[01]?\d)[/.-](?P<nb>[0-3]?\d)(?![\d/]))\)?",
        n_weekday_date,
        priority=0,
        gate=WEEKDAY_GATE,
        examples=(E("The talks open Monday, March 25.", "Monday, March 25", "2024-03-25"),),
    ),
    rule(
        "weekday_day",
        rf"{B}(?P<wd>{WEEKDAY}|{WEEKDAY_ABBR})\s+(?:the\s+)?(?P<d>{DAY})(?!\s*(?:%|percent))",
        n_weekday_date,
        priority=1,
        gate=WEEKDAY_GATE,
        examples=(E("The meeting is on Friday 22.", "Friday 22", "2024-03-22"),),
    ),
    rule(
        "month_day",
        rf"{B}(?P<mo>{MONTH})\s*,?\s*(?:the\s+)?(?P<d>{DAY}|{ORDINAL_DAY}(?![\w-])|{CARDINAL_DAY})(?![\d,.]\d)",
        n_month_day,
        priority=1,
        gate=MONTH_GATE,
        examples=(
            E("The company was founded on Dec. 12.", "Dec. 12", "2023-12-12"),
            E("The council will vote on April 10.", "April 10", "2024-04-10"),
        ),
    ),
    rule(
        "day_month",
        rf"{B}(?:the\s+)?(?P<d>{DAY}|{ORDINAL_DAY})\s+(?:(?:day\s+)?of\s+)?(?P<mo>{MONTH})",
        n_month_day,
        priority=2,
        gate=MONTH_GATE,
        examples=(E("The summit ended on 14 February.", "14 February", "2024-02-14"),),
    ),
    rule(
        "nth_day_of",
        rf"{B}(?:the\s+)?(?P<d>{DAY}|{ORDINAL_DAY}|(?:twenty|thirty)[\s-](?:{ORDINAL_DAY}))\s+day\s+of\s+(?:the\s+)?(?:(?P<mrel>this|next|last)\s+)?month(?![\w])",
        n_day_of_month,
        priority=0,
        gate=UNIT_GATE,
        examples=(E("Rent is due on the 5th day of next month.", "the 5th day of next month", "2024-04-05"),),
    ),
    rule(
        "month_year",
        rf"{B}(?P<mo>{MONTH}),?\s+(?:of\s+|in\s+)?(?:(?P<y>{YEAR4})|(?P<sy>{SPELLED_YEAR}))|(?P<mo2>{MONTH})\s+of\s+(?P<y2>\d\d)(?![\w])",
        n_month_year,
        priority=1,
        gate=MONTH_GATE,
        examples=(E("The war began in March 2022.", "March 2022", "2022-03"),),
    ),
    rule(
        "month_rel",
        rf"{B}(?:(?P<rel>last|this|next|this\s+past|past|previous|coming)\s+(?P<mo>{MONTH})|(?P<mo2>{MONTH})\s+(?P<yrel>this|last|next)\s+year)",
        n_month_rel,
        priority=1,
        gate=MONTH_GATE,
        examples=(E("Sales slowed last September.", "last September", "2023-09"),),
    ),
    rule(
        "month",
        rf"(?:(?<=mid-)|(?<=late-)|(?<=early-)|{B})(?P<mo>{MONTH})",
        n_month,
        priority=2,
        gate=MONTH_GATE,
        examples=(
            E("Arms deliveries accelerated after a summit in September.", "September", "2023-09"),
            E("The council will vote in September.", "September", "2024-09"),
            E("Lenders have extended credit through January.", "January", "2025-01"),
            E("He may resign.", "may", None),
        ),
    ),
    rule(
        "decade",
        rf"{B}(?:the\s+)?(?:(?P<pos>early|mid|late)[\s-]?)?(?:(?P<dec>1\d\d0|20\d0)|'(?P<short>\d0)|(?<![\d'])(?P<short2>[1-9]0)(?=\s?s\b))'?\s?s(?![\w])",
        n_decade,
        priority=0,
        gate=DIGIT_GATE,
        examples=(
            E("The firm was strong in the 1990s.", "the 1990s", "199"),
            E("He was in his 30s when he moved.", "30s", None),
        ),
    ),
    rule(
        "decade_word",
        rf"{B}the\s+(?:(?P<pos>early|mid|late)[\s-]?)?(?P<dw>{alt(lex.DECADE_WORDS)})(?![\w])",
        n_decade_word,
        priority=0,
        gate=r"ties\b",
        examples=(E("Rock peaked in the nineties.", "the nineties", "199"),),
    ),
    rule(
        "century",
        rf"{B}(?:the\s+)?(?P<c>\d{{1,2}}(?:st|nd|rd|th)|{ORDINAL_DAY})[\s-]+century(?![\w])",
        n_century,
        priority=0,
        gate=r"centur",
        examples=(E("It was a 20th century idea.", "20th century", "19"),),
    ),
    rule(
        "quarter",
        rf"{B}(?:(?:the|this|last|next|that|its|their|a)\s+)?(?:(?:(?P<qy>{YEAR4})|fiscal|current|latest|recent|same|comparable|prior[\s-]year|year[\s-](?:ago|earlier)|(?:this|last|next|previous)\s+year's|flat)\s+)*(?:(?P<qo>first|second|third|fourth|final|1st|2nd|3rd|4th|last|past|previous|next|coming|following)[\s-]+)?(?:fiscal\s+)?(?P<qu>quarter|half)(?![\w])(?:\s+of\s+(?:(?:fiscal\s+)?(?P<qofy>{YEAR})|(?:this|last|next|the)\s+(?:fiscal\s+)?year))?",
        n_quarter,
        priority=0,
        gate=r"quarter|half",
        examples=(
            E("Profit fell in the third quarter.", "the third quarter", "2023-Q3"),
            E("He won a quarter of the vote.", "quarter", None),
        ),
    ),
    rule(
        "q_short",
        rf"{B}(?:(?-i:(?P<u>[QH]))(?P<n>[1-4])(?:\s*(?P<y>{YEAR}))?|(?P<u2>[QH])(?P<n2>[1-4])[\s-]*(?:of\s+)?(?P<y2>{YEAR4})|(?P<y3>{YEAR4})[\s-]*(?P<u3>[QH])(?P<n3>[1-4]))(?![\w])",
        n_q_short,
        priority=0,
        gate=DIGIT_GATE,
        examples=(E("It was a record in Q1 2024.", "Q1 2024", "2024-Q1"),),
    ),
    rule(
        "season",
        rf"{B}(?:(?P<rel>the|this|last|next|past|coming|this\s+past|early|late|mid-?)\s+)?(?P<s>{SEASON})(?:\s+(?:of\s+)?(?:(?P<y>{YEAR4})|(?P<sy>{SPELLED_YEAR})))?",
        n_season,
        priority=1,
        gate=r"spring|summer|fall|autumn|winter",
        examples=(
            E("The plant was built last summer.", "last summer", "2023-SU"),
            E("The Summer Olympics opened in London.", "Summer", None),
            E("She sang Summer Days again.", "Summer Days", None),
        ),
    ),
    rule(
        "fiscal",
        rf"{B}(?:(?:the\s+)?(?:fiscal(?:\s+year)?|FY)\s*(?P<y>{YEAR4}|'?\d\d(?![\w]))|(?:the\s+)?(?:(?P<rel>current|latest|last|next|previous|past|prior|coming|this)\s+)?(?:fiscal|calendar)\s+year(?![\w]))",
        n_fiscal,
        priority=0,
        gate=r"fiscal|FY|calendar",
        examples=(E("Sales fell in fiscal 2023.", "fiscal 2023", "2023"),),
    ),
    rule(
        "day_word",
        r"(?<![\w-])(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|yesterday(?:\s+(?:morning|afternoon|evening))?|tomorrow(?:\s+(?:morning|afternoon|evening|night))?|tmrw|last\s+night|this\s+(?:morning|afternoon|evening)|the\s+day\s+(?:before|after)(?=\s*(?:[.,;:!?)\"'”]|$))|the\s+previous\s+day|overnight)(?![\w-])",
        n_day_word,
        priority=1,
        gate=r"today|tonight|yesterday|tomorrow|tmrw|night|morning|afternoon|evening|day|overnight",
        examples=(
            E("He arrived yesterday.", "yesterday", "2024-03-17"),
            E("What happened the day before?", "the day before", "2024-03-17"),
        ),
    ),
    rule(
        "weekday",
        rf"{B}{_REL_WEEKDAY}(?P<wd>{WEEKDAY})(?:\s+(?P<pod>morning|afternoon|evening|night)(?![\w]))?",
        n_weekday,
        priority=2,
        gate=WEEKDAY_GATE,
        examples=(
            E("The minister resigned Friday.", "Friday", "2024-03-15"),
            E("The leaders will meet on Friday.", "Friday", "2024-03-22"),
        ),
    ),
    rule(
        "weekday_plural",
        rf"{B}(?P<wd>{alt(lex.WEEKDAYS)})(?:s(?:\s+(?P<pod>mornings|afternoons|evenings|nights))?|\s+(?P<pod2>mornings|afternoons|evenings|nights))(?![\w])",
        n_plural_weekday,
        priority=2,
        gate=WEEKDAY_GATE,
        examples=(E("The market is closed on Sundays.", "Sundays", "XXXX-WXX-7", "SET"),),
    ),
    rule(
        "relative",
        r"(?<![\w-])(?P<rel>this|last|next|past|previous|coming|current|following|that|the\s+(?:past|last|previous|coming|next|current|following|same))?\s*(?<![\w-])(?:working\s+|work\s+|business\s+|calendar\s+)?(?P<u>week|workweek|month|year|weekend|decade|century)(?![\w-])",
        n_relative_marked,
        priority=3,
        gate=UNIT_GATE,
        examples=(
            E("Prices rose this week.", "this week", "2024-W12"),
            E("Exports have grown since last year.", "last year", "2023"),
        ),
    ),
    rule(
        "the_unit",
        r"(?<![\w-])the\s+(?P<u>week|month|year|weekend)(?![\w-])",
        n_relative,
        priority=3,
        gate=UNIT_GATE,
        examples=(E("Sales rose 5% for the year.", "the year", "2024"),),
    ),
    rule(
        "past_unit",
        r"(?<![\w-])the\s+(?P<rel>past|last|previous)\s+(?P<u>year|month|decade|century)(?![\w-])",
        n_past_unit,
        priority=2,
        gate=UNIT_GATE,
        examples=(E("Profit rose in the past year.", "the past year", "2023"),),
    ),
    rule(
        "ago",
        rf"{B}(?P<n>{NUM})[\s-]+(?P<u>{UNIT})\s+(?:or\s+so\s+)?(?P<dir>ago|earlier|later|from\s+now|hence|back)(?![\w])",
        n_ago,
        priority=0,
        gate=UNIT_GATE,
        examples=(
            E("The talks were held two years ago.", "two years ago", "2022"),
            E("Three days later he left.", "Three days", "P3D", "DURATION"),
        ),
    ),
    rule(
        "duration",
        rf"{B}(?:(?:the|a|an)\s+)?(?:(?P<rel>past|last|next|first|coming|previous|following|final|latest|preceding|ensuing|initial|remaining|subsequent|same|full|entire|whole|better\s+part\s+of\s+the|same|other)\s+)?(?P<n>{NUM})(?:\s+(?:to|or)\s+(?P<n2>{NUM}))?[\s-]+(?:(?:more|additional|further|extra|trading|business|working|calendar|school|upcoming|previous|past|next|coming|following)\s+)?(?P<u>{UNIT})(?P<half>\s+and\s+a\s+half)?(?:\s+(?:or|to)\s+(?:{NUM})\s+{UNIT})?",
        n_duration,
        priority=2,
        gate=UNIT_GATE,
        examples=(
            E("The strike lasted three weeks.", "three weeks", "P3W", "DURATION"),
            E("The dividend is $1.76 a year.", "a year", None),
        ),
    ),
    rule(
        "vague_units",
        rf"{B}(?:(?P<rel>(?:the\s+)?(?:recent|past|last|coming|next|previous|future|earlier|prior|ensuing|following|first|early|initial|final|closing)(?:\s+(?:several|few))?)\s+)?(?P<u>hours|days|weeks|months|years|decades|centuries|quarters)(?![\w-])(?:\s+(?:or|and)\s+(?:hours|days|weeks|months|years|decades))?(?:\s+(?P<tail>ago|ahead)(?![\w-]))?",
        n_vague_units,
        priority=3,
        gate=UNIT_GATE,
        examples=(
            E("Officials have warned in recent months.", "recent months", "PAST_REF"),
            E("The talks lasted hours.", "hours", "PTXH", "DURATION"),
        ),
    ),
    rule(
        "over_the_units",
        r"(?:(?:(?<=over )|(?<=during )|(?<=throughout ))the\s+(?P<u>years|decades|months|weeks|days)|the\s+(?P<u2>hours|days|weeks|months|years)\s+ahead)(?![\w-])",
        n_over_the_units,
        priority=3,
        gate=UNIT_GATE,
        examples=(E("Prices rose over the years.", "the years", "PXY", "DURATION"),),
    ),
    rule(
        "ref_word",
        rf"(?<![\w-])(?P<w>{REF_WORDS})",
        n_ref_word,
        priority=3,
        gate=None,
        examples=(
            E("Prices are now falling.", "now", "PRESENT_REF"),
            E("The firm recently cut prices.", "recently", "PAST_REF"),
        ),
    ),
    rule(
        "current",
        r"(?<![\w-])current(?![\w-])",
        n_current,
        priority=4,
        gate=r"current",
        examples=(
            E("The current market is weak.", "current", "PRESENT_REF"),
            E("The current account deficit grew.", "current", None),
        ),
    ),
    rule(
        "week_after_next",
        r"(?<![\w-])the\s+week\s+after\s+next(?![\w-])",
        n_week_after_next,
        priority=0,
        gate=r"after\s+next",
        examples=(E("The vote is due the week after next.", "the week after next", "2024-W14"),),
    ),
    rule(
        "school_year",
        rf"{B}(?:(?:the\s+)?(?:(?P<rel>this|last|next|current)\s+)?school\s+year(?:\s+(?P<y>{YEAR4}))?|(?-i:[Ss][Yy])\s?(?P<y2>{YEAR4}|\d\d)|(?-i:[Cc][Yy])\s?(?P<cy>{YEAR4}|\d\d))(?![\w])",
        n_school_year,
        priority=0,
        gate=r"school|\b[sc]y\s?\d",
        examples=(E("Enrolment rose this school year.", "this school year", "SY2024"),),
    ),
    rule(
        "week_of_date",
        rf"{B}the\s+week\s+of\s+(?:(?P<mo>{MONTH})\s*(?P<d>{DAY})|(?:the\s+)?(?P<d2>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)))",
        n_week_of_date,
        priority=0,
        gate=r"week\s+of",
        examples=(E("Talks resume the week of April 10.", "the week of April 10", "2024-W15"),),
    ),
    rule(
        "month_year_range",
        rf"{B}(?P<mo>{MONTH})[/-](?P<y>{YEAR4})\s*[-–]\s*(?P<mo2b>{MONTH})[/-](?P<y2>{YEAR4})",
        n_month_year_range,
        priority=0,
        gate=MONTH_GATE,
        examples=(E("Prices rose from Jan/2017 - Mar/2018.", "Jan/2017 - Mar/2018", "P14M", "DURATION"),),
    ),
    rule(
        "fortnight",
        r"(?<![\w-])(?:(?:the\s+)?(?:(?P<rel>next|past|last|coming|previous)\s+)?fortnight|(?P<in>in\s+)?a\s+fortnight(?P<later>\s+later|\s+ago)?)(?![\w-])",
        n_fortnight,
        priority=1,
        gate=r"fortnight",
        examples=(E("Talks resume within the next fortnight.", "the next fortnight", "P2W", "DURATION"),),
    ),
    rule(
        "holiday_weekend",
        rf"{B}(?:(?:the\s+)?weekend\s+of\s+(?P<h>{HOLIDAY})(?:\s+(?P<y>{YEAR4}))?|(?P<h2>{HOLIDAY})(?:\s+(?P<y2>{YEAR4}))?\s+weekend(?:\s+(?P<y3>{YEAR4}))?)",
        n_holiday_weekend,
        priority=0,
        gate=r"weekend",
        examples=(E("Traffic peaks on Labor Day weekend.", "Labor Day weekend", "2024-W35-WE"),),
    ),
    rule(
        "nth_month",
        rf"{B}(?:the\s+)?(?P<o>{ORDINAL_DAY}|\d{{1,2}}(?:st|nd|rd|th))\s+month\s+of\s+(?:(?P<y>{YEAR4})|(?:the\s+)?(?P<yrel>this|last|next)\s+year)",
        n_nth_month,
        priority=0,
        gate=UNIT_GATE,
        examples=(E("Output fell in the third month of 2021.", "the third month of 2021", "2021-03"),),
    ),
    rule(
        "weekday_of_week",
        rf"{B}(?:(?:(?P<wrel>this|next|last|previous|the\s+following|the\s+previous|the\s+next|following)\s+week(?:'s)?[\s,]*(?:on\s+|-\s*)?(?P<wd>{WEEKDAY}|{WEEKDAY_ABBR}))|(?:(?P<wd2>{WEEKDAY}|{WEEKDAY_ABBR}),?\s+(?:of\s+)?(?P<wrel2>this|next|last|previous|the\s+following|the\s+previous|the\s+next|following)\s+week))",
        n_weekday_of_week,
        priority=0,
        gate=WEEKDAY_GATE,
        examples=(E("They meet next week on Tuesday.", "next week on Tuesday", "2024-03-26"),),
    ),
    rule(
        "week_of",
        rf"{B}(?:the\s+)?(?:(?P<o>{ORDINAL_DAY}|last|\d(?:st|nd|rd|th))\s+week\s+of\s+(?:the\s+)?|week\s+(?P<n>\d{{1,2}})(?![\w])(?:\s+of\s+)?)(?:(?P<mo>{MONTH})(?:,?\s+(?P<y>{YEAR4}))?|(?P<y2>{YEAR4})|(?P<yrel>this|last|next)\s+year|(?P<mrel>this|last|next)\s+month)?",
        n_week_of_marked,
        priority=0,
        gate=UNIT_GATE,
        examples=(E("Sales peaked in the third week of 2018.", "the third week of 2018", "2018-W03"),),
    ),
    rule(
        "day_of_month",
        rf"{B}(?:on\s+)?the\s+(?P<d>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)|{ORDINAL_DAY})(?:\s+(?:of\s+)?(?P<mrel>this|next|last)\s+month)?(?=\s*(?:[.,;!?)]|$|of\s+(?:this|next|last)\s+month|this|next|last))",
        n_day_of_month,
        priority=1,
        gate=r"\bthe\b",
        examples=(E("The vote is on the 21st.", "on the 21st", "2024-03-21"),),
    ),
    rule(
        "part_of_unit",
        r"(?<![\w-])(?:(?:the\s+)?(?P<p>end|beginning|start|middle)\s+of\s+(?:the\s+)?(?P<u>year|month|week)|(?-i:EO[YM])|(?-i:eoy))(?![\w-])",
        n_part_of_unit,
        priority=1,
        gate=r"end|beginning|start|middle|EO[YM]",
        examples=(E("Rates will rise by the end of the year.", "the end of the year", "2024"),),
    ),
    rule(
        "period",
        rf"{B}(?:(?:the\s+)?(?:(?P<qy>{YEAR4})|latest|comparable|corresponding|same|year[\s-](?:ago|earlier)|comparable\s+year[\s-](?:ago|earlier))\s+period(?:\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year))?|year[\s-](?:ago|earlier)(?![\w-]))",
        n_period,
        priority=2,
        gate=r"period|year",
        examples=(E("Sales fell from the year-ago period.", "the year-ago period", "2022-Q4"),),
    ),
    rule(
        "year_part",
        r"(?<![\w-])(?:the\s+(?:full|whole|entire)\s+year|year[\s-]end|year's\s+end)(?![\w-])",
        n_year_part,
        priority=1,
        gate=UNIT_GATE,
        examples=(E("Profit rose for the full year.", "the full year", "2024"),),
    ),
    rule(
        "pod_day",
        rf"{B}(?:(?P<pos>early|late|mid-?)\s*)?(?P<pod>morning|afternoon|evening|night)(?:\s+(?P<dw>yesterday|today|tomorrow|{WEEKDAY}))?(?![\w-])",
        n_pod_day,
        priority=1,
        gate=r"morning|afternoon|evening|night",
        examples=(
            E("Fighting resumed late afternoon yesterday.", "late afternoon yesterday", "2024-03-17TAF", "TIME"),
            E("By mid afternoon, the sources said so.", "mid afternoon", "2024-03-18TAF", "TIME"),
            E("He works in the morning.", "morning", None),
        ),
    ),
    rule(
        "set",
        rf"{B}(?:every|each|per)\s+(?:other\s+)?(?:(?P<n>{NUM_CORE})\s+)?(?P<what>{UNIT}|{alt(lex.WEEKDAYS)}s?(?![\w])|{MONTH}|{SEASON}|morning|afternoon|evening|night)",
        n_set,
        priority=1,
        gate=None,
        examples=(E("The board meets every Monday.", "every Monday", "XXXX-WXX-1", "SET"),),
    ),
    rule(
        "times_per",
        rf"{B}(?:once|twice|thrice|(?:{NUM_CORE})\s+times)\s+(?:a|an|per|each)\s+(?P<u>{UNIT})",
        n_times_per,
        priority=0,
        gate=UNIT_GATE,
        examples=(E("The paper appears twice a week.", "twice a week", "P1W", "SET"),),
    ),
    rule(
        "freq",
        rf"(?<![\w-])(?P<w>{FREQ})",
        n_freq,
        priority=3,
        gate=r"ly\b",
        examples=(E("The index is updated daily.", "daily", "P1D", "SET"),),
    ),
    rule(
        "clock",
        rf"{B}(?:(?P<h>[01]?\d|2[0-4])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|am(?![\w])|pm(?![\w]))|(?P<noon>noon|midnight|midday))(?:\s+(?:EST|EDT|CST|CDT|MST|PST|PDT|GMT|UTC|ET|PT|local\s+time)(?![\w]))?(?:,?\s+(?:on\s+)?(?:(?P<wd>{WEEKDAY})|(?P<mo>{MONTH})\s*(?P<d>{DAY})|(?P<dw>today|yesterday|tomorrow)))?",
        n_clock,
        priority=0,
        gate=r"\d\s*[ap]\.?m|noon|midnight|midday",
        examples=(E("The polls closed at 10 p.m. Wednesday.", "10 p.m. Wednesday", "2024-03-13T22:00", "TIME"),),
    ),
    rule(
        "holiday",
        rf"{B}(?:(?P<rel>last|this|next|past|coming|following|previous)\s+)?(?P<h>{HOLIDAY})(?:(?:\s*,\s*|\s+(?:of\s+|in\s+)?)(?P<y>{YEAR4}))?",
        n_holiday,
        priority=1,
        gate=None,
        examples=(E("Sales jumped at Christmas.", "Christmas", "2023-12-25"),),
    ),
    rule(
        "spelled_year",
        rf"{B}(?P<sy>{SPELLED_YEAR})(?![\w-])",
        n_spelled_year,
        priority=3,
        gate=r"nineteen|eighteen|seventeen|sixteen|thousand",
        examples=(
            E("It happened in nineteen ninety-one.", "nineteen ninety-one", "1991"),
            E("Atlanta, nineteen ninety-six. A bomb went off.", "nineteen ninety-six", "1996"),
            E("Nineteen hundred people came.", "Nineteen hundred", None),
        ),
    ),
    rule(
        "year",
        rf"(?:(?<=mid-)|(?<=late-)|(?<=early-)|(?<=post-)|(?<=pre-)|{B})(?P<y>{YEAR4})(?![\w]|[.,]\d|\s*(?:%|percent))",
        n_year,
        priority=3,
        gate=DIGIT_GATE,
        examples=(
            E("Sales peaked in 1997.", "1997", "1997"),
            E("The firm hired 1999 workers.", "1999", None),
        ),
    ),
)
