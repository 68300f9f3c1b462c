"""Lexicons for the dates extractor: calendar names, number words, units, holidays, cue words.

All lists are written here from general knowledge of English and of the TimeML TIMEX3
guidelines (Pustejovsky et al., "TimeML Annotation Guidelines" 1.2.1, section 2.2: value
formats such as ``XXXX-SU`` for seasons, ``PRESENT_REF`` for "now", ``TNI`` for night).
Keys are lower case; the extractor lower-cases before looking up.
"""

from __future__ import annotations

# Month names and their usual newspaper abbreviations (AP style: Jan., Feb., Aug., Sept., ...).
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

# Weekday names (Monday = 0, as datetime.weekday()); abbreviations are only trusted next to a date.
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip

# TIMEX3 season codes (TimeML guidelines: SP, SU, FA, WI); months are the meteorological seasons
# of the northern hemisphere, which is what English-language wire copy means by default.
SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_MONTHS: dict[str, tuple[int, int]] = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

# Parts of the day and their TIMEX3 codes (TimeML guidelines: MO, AF, EV, NI, DT).
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "daytime": "DT", "noon": "12:00", "midday": "12:00", "midnight": "24:00",
}  # fmt: skip

# Cardinal number words (English grammar); compounds like "twenty four" are summed by the parser.
NUMBER_WORDS: dict[str, float] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a": 1, "an": 1, "one hundred": 100, "a hundred": 100, "hundred": 100, "a thousand": 1000,
    "thousand": 1000, "dozen": 12, "a dozen": 12, "a couple of": 2, "a couple": 2, "couple of": 2, "couple": 2,
    "half a": 0.5, "half an": 0.5,
}  # fmt: skip
MULTIPLIERS: dict[str, int] = {"hundred": 100, "thousand": 1000}

# Vague amounts: TIMEX3 writes the unknown number as X ("several years" -> PXY).
VAGUE_NUMBERS: tuple[str, ...] = (
    "several", "a few", "few", "many", "some", "a number of", "numerous", "a couple of", "countless",
)  # fmt: skip

# Decades spelled out ("the nineties", "the early seventies"): the tens digit of a 20th-century decade.
DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8,
    "nineties": 9,
}  # fmt: skip

# Ordinal words for quarters, halves, weeks, centuries and days of the month.
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "twenty-first": 21, "twenty first": 21, "twenty-second": 22, "twenty second": 22,
    "twenty-third": 23, "twenty third": 23, "twenty-fourth": 24, "twenty fourth": 24,
    "twenty-fifth": 25, "twenty fifth": 25, "twenty-sixth": 26, "twenty sixth": 26,
    "twenty-seventh": 27, "twenty seventh": 27, "twenty-eighth": 28, "twenty eighth": 28,
    "twenty-ninth": 29, "twenty ninth": 29, "thirtieth": 30, "thirty-first": 31, "thirty first": 31,
    "last": -1, "final": -1,
}  # fmt: skip

# Units of time -> (TIMEX3 duration code, is it a time-of-day unit written after "PT").
# "DE", "CE" and "L" are TimeML's decade, century and millennium; "Q" a quarter.
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True),
    "day": ("D", False), "night": ("D", False), "week": ("W", False), "fortnight": ("W", False),
    "month": ("M", False), "quarter": ("Q", False), "year": ("Y", False), "decade": ("DE", False),
    "century": ("CE", False), "millennium": ("L", False), "weekend": ("WE", False),
}  # fmt: skip
UNIT_PLURALS: dict[str, str] = {
    "seconds": "second", "minutes": "minute", "hours": "hour", "days": "day", "nights": "night",
    "weeks": "week", "fortnights": "fortnight", "months": "month", "quarters": "quarter", "years": "year",
    "decades": "decade", "centuries": "century", "millennia": "millennium", "weekends": "weekend",
    "mins": "minute", "min": "minute", "hrs": "hour", "hr": "hour", "yrs": "year", "yr": "year",
    "secs": "second", "sec": "second",
}  # fmt: skip

# Adverbs that make a frequency (TIMEX3 SET), with the period they repeat on. "Quarterly" is left out:
# in news it is nearly always the reporting adjective ("quarterly dividend"), not a frequency.
FREQUENCY_ADVERBS: dict[str, str] = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W",
    "fortnightly": "P2W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
    "semiannually": "P6M", "biannually": "P6M",
}  # fmt: skip

# Indexical words that TimeML normalises to a reference token rather than a calendar date.
REFERENCE_WORDS: dict[str, str] = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "presently": "PRESENT_REF",
    "at present": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "these days": "PRESENT_REF", "the present": "PRESENT_REF", "present day": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "someday": "FUTURE_REF",
    # TimeBank tags the horizon phrases of business news as the vague future
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
}  # fmt: skip

# Nouns after which "current" is a technical term, not the present ("current account", "current
# assets" in accounting and trade statistics); elsewhere TimeBank tags the adjective PRESENT_REF.
CURRENT_TERMS: frozenset[str] = frozenset(
    {"account", "asset", "liability", "dollar", "ratio", "yield", "income", "expenditure", "price"}
)

# Fixed-date holidays (month, day), and movable ones computed by the extractor (see dates.py).
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new year's": (1, 1), "new years day": (1, 1), "new year's eve": (12, 31),
    "valentine's day": (2, 14), "valentines day": (2, 14), "st. patrick's day": (3, 17),
    "st patrick's day": (3, 17),
    "saint patrick's day": (3, 17), "saint patrick": (3, 17), "april fools' day": (4, 1), "april fool's day": (4, 1),
    "independence day": (7, 4), "halloween": (10, 31), "veterans day": (11, 11),
    "veterans' day": (11, 11), "armistice day": (11, 11), "remembrance day": (11, 11),
    "christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25), "xmas": (12, 25),
    "boxing day": (12, 26), "may day": (5, 1), "bastille day": (7, 14), "guy fawkes day": (11, 5),
    "labour day": (5, 1), "international women's day": (3, 8), "earth day": (4, 22),
    "juneteenth": (6, 19), "freedom day": (6, 19), "flag day": (6, 14), "cinco de mayo": (5, 5),
    "fourth of july": (7, 4), "the fourth of july": (7, 4), "new year day": (1, 1), "new year": (1, 1),
}  # fmt: skip
# Movable holidays: name -> rule key understood by dates._holiday_date.
MOVABLE_HOLIDAYS: dict[str, str] = {
    "easter": "easter", "easter sunday": "easter", "good friday": "good_friday", "easter monday": "easter_monday",
    "thanksgiving": "thanksgiving", "thanksgiving day": "thanksgiving", "labor day": "labor_day",
    "memorial day": "memorial_day", "mother's day": "mothers_day", "father's day": "fathers_day",
    "martin luther king day": "mlk_day", "martin luther king jr. day": "mlk_day", "mlk day": "mlk_day",
    "presidents day": "presidents_day", "presidents' day": "presidents_day", "columbus day": "columbus_day",
    "election day": "election_day", "black friday": "black_friday", "cyber monday": "cyber_monday",
}  # fmt: skip

# Words before a temporal expression that TimeML keeps inside the extent and maps to a mod.
PREFIX_MODS: dict[str, str] = {
    "about": "APPROX",
    "around": "APPROX",
    "approximately": "APPROX",
    "roughly": "APPROX",
    "some": "APPROX",
    "nearly": "LESS_THAN",
    "almost": "LESS_THAN",
    "less than": "LESS_THAN",
    "under": "LESS_THAN",
    "more than": "MORE_THAN",
    "over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE",
    "no less than": "EQUAL_OR_MORE",
    "no more than": "EQUAL_OR_LESS",
    "at most": "EQUAL_OR_LESS",
    "up to": "EQUAL_OR_LESS",
    "just over": "MORE_THAN",
    "just under": "LESS_THAN",
    "well over": "MORE_THAN",
    "barely": "LESS_THAN",
}
# Of those, the ones the TimeBank gold leaves outside the extent (the mod is still set).
PREFIX_MODS_OUTSIDE: frozenset[str] = frozenset(
    {"about", "over", "under", "just over", "just under", "well over", "barely"}
)
# "Recently", "soon", "previously", "future" and "already" are TimeML timexes in some gold files but
# left untagged far more often (TimeBank: "previously" 3 of 23, "soon" 4 of 18), so they stay out.
# Position words: "early 2022", "the end of the year", "mid-November".
POSITION_MODS: dict[str, str] = {
    "early": "START", "the early": "START", "the beginning of": "START", "the start of": "START",
    "beginning of": "START", "start of": "START", "the dawn of": "START", "late": "END", "the late": "END",
    "the end of": "END", "end of": "END", "the close of": "END", "mid": "MID", "mid-": "MID", "the mid": "MID",
    "the middle of": "MID", "middle of": "MID", "the mid-": "MID",
}  # fmt: skip
