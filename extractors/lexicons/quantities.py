"""Lexicons for the quantities extractor: number words, qualifiers, currencies and units.

Sources: English number words and SI/imperial unit names and symbols are closed classes
(written from the SI brochure and NIST SP 811 usage); the qualifier, hedge and change
phrases were collected from news usage and from the categories used by the Recognizers-Text
and CQE quantity specifications (bounds: more/less than, at least/most, up to, ranges).
ISO 4217 codes themselves come from pycountry at run time; the lists here only add the
symbols, informal names and historic currencies that pycountry does not carry.
"""

from __future__ import annotations

# --- number words -------------------------------------------------------------------------

SMALL: dict[str, int] = {
    "zero": 0, "nought": 0, "naught": 0,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip

TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip

# Multipliers written as words. "lakh"/"crore" are the Indian-English scales.
SCALES: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "lakh": 1e5, "lac": 1e5, "crore": 1e7,
}  # fmt: skip

# Abbreviated multipliers after a numeral: "1.2bn", "10k", "2mil", "10 bln". "m"/"b" are
# only read as multipliers when attached to a numeral (or after a currency): "5 m" is metres.
SUFFIX_SCALES: dict[str, float] = {
    "k": 1e3, "K": 1e3, "thousand": 1e3,
    "m": 1e6, "M": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "mio": 1e6, "MM": 1e6, "mm": 1e6,
    "b": 1e9, "B": 1e9, "bn": 1e9, "bln": 1e9, "G": 1e9,
    "tn": 1e12, "tln": 1e12, "trn": 1e12, "T": 1e12,
}  # fmt: skip

# "dozen" multiplies only the number right before it ("three hundred and two dozen" = 324).
DOZENS: dict[str, float] = {"dozen": 12, "dozens": 12, "dz": 12, "dzs": 12, "doz": 12, "dozs": 12, "score": 20}

# Denominators of spoken fractions ("two thirds", "a quarter"). "second" is left out: "a second"
# is nearly always time or an ordinal in news.
FRACTIONS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "hundredth": 100,
    "thousandth": 1000, "millionth": 1_000_000, "billionth": 1_000_000_000,
    "trillionth": 1_000_000_000_000,
}  # fmt: skip

UNICODE_FRACTIONS: dict[str, float] = {
    "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5, "⅗": 3 / 5,
    "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8,
}  # fmt: skip

NEGATIVE_WORDS = frozenset({"minus", "negative"})

# Plural scale words used as an order of magnitude: "millions of shells" = at least a million.
# "dozens" stays vague (DESIGN.md: several/dozens/a few carry no value).
PLURAL_SCALES: dict[str, float] = {
    "hundreds": 1e2, "thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12,
    "tens": 10, "lakhs": 1e5, "crores": 1e7,
}  # fmt: skip

VAGUE = frozenset({"several", "dozens", "scores", "numerous", "few", "handful", "multiple", "countless"})

# One-word multiplicatives ("sixfold", "tenfold"): a number of times, unit "times".
MULTIPLICATIVES: dict[str, float] = {
    "twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6, "sevenfold": 7, "eightfold": 8,
    "ninefold": 9, "tenfold": 10, "twelvefold": 12, "fifteenfold": 15, "twentyfold": 20, "thirtyfold": 30,
    "fortyfold": 40, "fiftyfold": 50, "hundredfold": 100, "thousandfold": 1000, "millionfold": 1e6,
}  # fmt: skip

# --- qualifiers (lowercased token sequences before / after the number) ---------------------

PREFIX_QUALIFIERS: dict[str, str] = {
    # approximately
    "about": "approximately", "around": "approximately", "roughly": "approximately",
    "approximately": "approximately", "approx": "approximately", "approx.": "approximately",
    "nearly": "approximately", "almost": "approximately", "some": "approximately",
    "an estimated": "approximately", "estimated": "approximately", "close to": "approximately",
    "circa": "approximately", "ca.": "approximately", "an average of": "approximately",
    "averaging": "approximately", "on average": "approximately", "barely": "approximately",
    "~": "approximately", "nigh on": "approximately", "in the region of": "approximately",
    # "just under 20 percent" is still a bound (NewsQuant's README example marks it '<')
    "just under": "less_than", "just below": "less_than", "just over": "more_than", "just above": "more_than",
    "slightly more than": "more_than", "slightly less than": "less_than",
    "upward of": "more_than", "upwards of": "more_than",
    # more than
    "more than": "more_than", "over": "more_than", "in excess of": "more_than", "above": "more_than",
    "greater than": "more_than", "larger than": "more_than", "bigger than": "more_than",
    "higher than": "more_than", "exceeding": "more_than", "exceeded": "more_than", "exceeds": "more_than",
    "exceed": "more_than", "surpass": "more_than", "surpassed": "more_than", "surpassing": "more_than",
    "north of": "more_than", "well over": "more_than", "well above": "more_than", ">": "more_than",
    "topping": "more_than",
    # at least
    "at least": "at_least", "no less than": "at_least", "no fewer than": "at_least",
    "not less than": "at_least", "not fewer than": "at_least", "a minimum of": "at_least",
    "minimum of": "at_least", ">=": "at_least", "> =": "at_least", "≥": "at_least",
    "at least or equal to": "at_least", "equal to or more than": "at_least",
    "equal to or greater than": "at_least", "greater than or equal to": "at_least",
    "more than or equal to": "at_least", "bigger or equal than": "at_least",
    "higher or equal than": "at_least", "larger or equal than": "at_least", "greater or equal than": "at_least",
    # less than
    "less than": "less_than", "fewer than": "less_than", "under": "less_than", "below": "less_than",
    "lower than": "less_than", "smaller than": "less_than", "short of": "less_than", "<": "less_than",
    "well under": "less_than", "well below": "less_than",
    # at most
    "at most": "at_most", "no more than": "at_most", "not more than": "at_most", "a maximum of": "at_most",
    "maximum of": "at_most", "<=": "at_most", "< =": "at_most", "≤": "at_most",
    "less than or equal to": "at_most", "fewer than or equal to": "at_most", "equal to or less than": "at_most",
    "smaller or equal than": "at_most", "lower or equal than": "at_most", "less or equal than": "at_most",
    "no greater than": "at_most", "no higher than": "at_most",
    # up to
    "up to": "up_to", "as many as": "up_to", "as much as": "up_to", "as high as": "up_to",
    # a stated minimum ("from as little as 70 euros", "as few as 10 people")
    "as little as": "at_least", "as few as": "at_least", "as low as": "at_least",
    # exact, stated as such
    "equal to": "exact", "equals": "exact", "equals to": "exact", "equaling to": "exact", "equaling": "exact",
    "exactly": "exact", "precisely": "exact", "equalling": "exact",
}  # fmt: skip

POSTFIX_QUALIFIERS: dict[str, str] = {
    "or more": "at_least", "and more": "at_least", "or greater": "at_least", "or higher": "at_least",
    "or above": "at_least", "or over": "at_least", "and above": "at_least", "and over": "at_least",
    "or greater than": "at_least", "or more than": "at_least", "or equal to": "at_least",
    "or less": "at_most", "or fewer": "at_most", "or lower": "at_most", "or below": "at_most",
    "and under": "at_most", "or under": "at_most", "and less": "at_most",
    "or so": "approximately", "-odd": "approximately", "odd": "approximately", "plus": "at_least",
    "+": "at_least",
}  # fmt: skip


# Hedges before a quantity mark it as uncertain ("possibly millions").
HEDGES = frozenset({
    "possibly", "perhaps", "maybe", "likely", "probably", "reportedly", "allegedly", "potentially",
    "purportedly", "supposedly", "apparently", "unconfirmed", "conceivably", "could", "might", "may",
})  # fmt: skip

# Verbs and words of change ("rose 5%", "fell by 3 points").
CHANGE_UP = frozenset({
    "rise", "raise", "increase", "grow", "climb", "jump", "gain", "surge", "soar", "rally", "advance",
    "add", "up", "boost", "expand", "spike", "rebound", "double", "triple", "widen", "accelerate", "hike",
    "lift", "swell", "balloon", "skyrocket", "leap", "growth", "upturn",
})  # fmt: skip
CHANGE_DOWN = frozenset({
    "fall", "drop", "decline", "decrease", "sink", "slide", "slip", "plunge", "tumble", "shrink", "lose",
    "cut", "reduce", "lower", "down", "dip", "ease", "contract", "slump", "plummet", "retreat", "shed",
    "narrow", "crash", "sag", "weaken", "slow", "trim", "slash", "halve", "reduction", "loss", "contraction",
    "downturn", "cutback", "shortfall",
})  # fmt: skip

# Verbs and nouns of a movement between two levels without a direction of their own ("went from 5% to
# 7%", "revised from 1.2 to 1.5", "a shift from 40 to 60"): with "from X to Y" they make a change.
CHANGE_LEVEL = frozenset({
    "go", "move", "change", "shift", "swing", "turn", "edge", "inch", "revise", "adjust", "upgrade", "downgrade",
    "switch", "jump", "drift", "come",
})  # fmt: skip

# --- currencies ----------------------------------------------------------------------------

# Symbols and prefixed symbols written before (or after) the amount.
CURRENCY_SYMBOLS: dict[str, str] = {
    "$": "USD", "US$": "USD", "$US": "USD", "$A": "AUD", "$NZ": "NZD", "$HK": "HKD", "$C": "CAD",
    "U.S.$": "USD", "USD$": "USD", "U.S. $": "USD", "US $": "USD", "U.S $": "USD",
    "C$": "CAD", "CA$": "CAD", "CAD$": "CAD", "A$": "AUD", "AU$": "AUD", "AUD$": "AUD",
    "HK$": "HKD", "NZ$": "NZD", "NZD$": "NZD", "S$": "SGD", "NT$": "TWD", "R$": "BRL", "MX$": "MXN",
    "MXN$": "MXN", "MEX$": "MXN", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB",
    "₺": "TRY", "₴": "UAH", "₪": "ILS", "₦": "NGN", "₱": "PHP", "₫": "VND", "฿": "THB", "₡": "CRC",
    "₾": "GEL", "₭": "LAK", "₿": "BTC", "元": "CNY", "Rs": "INR", "Rs.": "INR", "ரூ": "LKR", "zł": "PLN",
}  # fmt: skip

# Currency names written after the amount, longest first when matched. Plurals are added
# by the matcher (dollars, euros). Adjective + name pairs pick the country's currency.
CURRENCY_WORDS: dict[str, str] = {
    "dollar": "USD", "buck": "USD", "dlr": "USD", "us dollar": "USD", "u.s. dollar": "USD", "american dollar": "USD",
    "united states dollar": "USD", "pound": "GBP", "canadian dollar": "CAD", "australian dollar": "AUD",
    "hong kong dollar": "HKD", "new zealand dollar": "NZD", "singapore dollar": "SGD",
    "taiwan dollar": "TWD", "new taiwan dollar": "TWD", "euro": "EUR", "pound sterling": "GBP",
    "british pound": "GBP", "sterling": "GBP", "yen": "JPY", "japanese yen": "JPY", "yuan": "CNY",
    "chinese yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "kuai": "CNY", "won": "KRW",
    "south korean won": "KRW", "korean won": "KRW", "rupee": "INR", "indian rupee": "INR",
    "pakistani rupee": "PKR", "sri lankan rupee": "LKR", "nepalese rupee": "NPR", "ruble": "RUB",
    "rouble": "RUB", "russian ruble": "RUB", "franc": "CHF", "swiss franc": "CHF", "french franc": "FRF",
    "cfa franc": "XOF", "peso": "MXN", "mexican peso": "MXN", "argentine peso": "ARS",
    "philippine peso": "PHP", "colombian peso": "COP", "chilean peso": "CLP", "lira": "TRY",
    "turkish lira": "TRY", "markka": "FIM", "finnish markka": "FIM", "guilder": "NLG",
    "dutch guilder": "NLG", "peseta": "ESP", "deutsche mark": "DEM", "bitcoin": "BTC", "shekel": "ILS",
    "rand": "ZAR", "naira": "NGN", "ringgit": "MYR", "baht": "THB", "dong": "VND", "hryvnia": "UAH",
    "hryvnias": "UAH", "zloty": "PLN", "zlotys": "PLN", "krona": "SEK", "kronor": "SEK", "krone": "NOK",
    "kroner": "NOK", "danish krone": "DKK", "norwegian krone": "NOK", "swedish krona": "SEK", "riyal": "SAR",
    "saudi riyal": "SAR", "dirham": "AED", "real": "BRL", "reais": "BRL", "brazilian real": "BRL",
    "rupiah": "IDR", "lari": "GEL", "kip": "LAK", "colón": "CRC", "colon": "CRC", "taka": "BDT",
    "forint": "HUF", "koruna": "CZK", "leu": "RON", "lei": "RON", "tenge": "KZT", "shilling": "KES",
    "kenyan shilling": "KES", "cedi": "GHS", "birr": "ETB", "kwacha": "ZMW", "dinar": "KWD", "pula": "BWP",
}  # fmt: skip

# Sub-units of currencies are units of their own (NewsQuant / CQE: "19 cents" is 19 cents, not
# 0.19 dollars): surface -> (unit, the currency it divides, its share of one). The share joins
# "3 dollars 50 cents" into one amount of the main currency.
CURRENCY_SUBUNITS: dict[str, tuple[str, str, float]] = {
    "cent": ("cent", "USD", 0.01), "cents": ("cent", "USD", 0.01), "cts": ("cent", "USD", 0.01),
    "¢": ("cent", "USD", 0.01), "penny": ("pence", "GBP", 0.01), "pence": ("pence", "GBP", 0.01),
    "pennies": ("pence", "GBP", 0.01), "p": ("pence", "GBP", 0.01), "satoshi": ("satoshi", "BTC", 1e-8),
    "satoshis": ("satoshi", "BTC", 1e-8), "kopeck": ("kopeck", "RUB", 0.01), "kopecks": ("kopeck", "RUB", 0.01),
    "paise": ("paise", "INR", 0.01), "sen": ("sen", "JPY", 0.01),
}  # fmt: skip
SUBUNIT_NAMES = frozenset(unit for unit, _, _ in CURRENCY_SUBUNITS.values())

# ISO 4217 codes that are also English words or common abbreviations: never read as a currency
# unless written in capitals right next to the amount ("ALL 5 solutions" is not 5 Albanian lek).
CURRENCY_CODE_STOPLIST = frozenset({
    "ALL", "CUP", "TOP", "MOP", "BOB", "PEN", "MAD", "SOS", "TRY", "GEL", "NAD", "BAM", "AMD", "ANG",
    "LAK", "MRO", "MRU", "CUC", "SHP", "XXX", "XTS", "HUF", "DOP", "GIP", "LSL", "MNT", "STD", "SVC",
})  # fmt: skip

# Common ISO codes also accepted in lower case ("usd 200").
LOWERCASE_CODES = frozenset({"usd", "eur", "gbp", "jpy", "cny", "rmb", "inr", "aud", "cad", "chf", "btc", "hkd"})

# --- units ---------------------------------------------------------------------------------

# Surface form (lower case unless case matters) -> normalised unit. Matched after the number,
# longest first. Forms listed in ATTACHED_ONLY count only written right after the digits
# ("48m", "100t"), never as free-standing words, so that ordinary words never become units.
UNITS: dict[str, str] = {
    # length
    "km": "km", "kilometer": "km", "kilometre": "km", "kms": "km", "m": "m", "meter": "m", "metre": "m",
    "cm": "cm", "centimeter": "cm", "centimetre": "cm", "mm": "mm", "millimeter": "mm", "millimetre": "mm",
    "dm": "dm", "decimeter": "dm", "decimetre": "dm", "µm": "μm", "μm": "μm", "micrometer": "μm",
    "micrometre": "μm", "micron": "μm", "nm": "nm", "nanometer": "nm", "nanometre": "nm",
    "mi": "mi", "mile": "mi", "nautical mile": "nmi", "ft": "ft", "foot": "ft", "feet": "ft",
    "inch": "in", "inches": "in", "yard": "yd", "yd": "yd", "yds": "yd", "light year": "ly",
    "light-year": "ly",
    # multiplicatives: "a 100-fold increase", "three-fold" (one-word forms: MULTIPLICATIVES)
    "fold": "times",
    # area
    "km2": "km2", "km²": "km2", "sq km": "km2", "square kilometer": "km2", "square kilometre": "km2",
    "m2": "m2", "m²": "m2", "sq m": "m2", "square meter": "m2", "square metre": "m2",
    "square mile": "mi2", "sq mi": "mi2", "square foot": "ft2", "square feet": "ft2", "sq ft": "ft2",
    "acre": "acre", "hectare": "ha", "ha": "ha",
    # volume
    "l": "l", "liter": "l", "litre": "l", "ml": "ml", "milliliter": "ml", "millilitre": "ml",
    "gallon": "gal", "gal": "gal", "barrel": "barrel", "bbl": "barrel", "cubic foot": "ft3",
    "cubic feet": "ft3", "cu ft": "ft3", "cubic meter": "m3", "cubic metre": "m3", "m3": "m3",
    "bcm": "bcm", "tablespoon": "tbsp", "tbsp": "tbsp", "teaspoon": "tsp", "tsp": "tsp",
    # mass
    "kg": "kg", "kilogram": "kg", "kilogramme": "kg", "kilo": "kg", "g": "g", "gram": "g", "gramme": "g",
    "mg": "mg", "milligram": "mg", "μg": "μg", "µg": "μg", "mcg": "μg", "microgram": "μg",
    "microgramme": "μg", "lb": "lb", "lbs": "lb", "pound": "lb", "oz": "oz", "ounce": "oz",
    "t": "t", "tonne": "t", "ton": "t", "metric ton": "t", "short ton": "t", "long ton": "t",
    "kilotonne": "kt", "kiloton": "kt", "megatonne": "Mt", "megaton": "Mt", "carat": "ct",
    # speed
    "mph": "mph", "miles per hour": "mph", "miles an hour": "mph", "mile per hour": "mph",
    "mi/h": "mph", "km/h": "km/h", "kph": "km/h", "kmh": "km/h", "kmph": "km/h", "km/hr": "km/h",
    "kilometers per hour": "km/h", "kilometres per hour": "km/h", "kilometers an hour": "km/h",
    "kilometres an hour": "km/h", "knot": "kn", "kt": "kn", "m/s": "m/s",
    "meters per second": "m/s", "metres per second": "m/s", "meters per millisecond": "m/ms",
    "metres per millisecond": "m/ms", "m/ms": "m/ms", "km/ms": "km/ms", "centimeters/millisecond": "cm/ms",
    "centimetres/millisecond": "cm/ms", "cm/ms": "cm/ms",
    # temperature
    "°c": "°C", "℃": "°C", "degc": "°C", "°f": "°F", "℉": "°F", "degf": "°F",
    "degrees celsius": "°C", "degree celsius": "°C", "degrees centigrade": "°C", "celsius": "°C",
    "celcius": "°C", "centigrade": "°C", "centigrate": "°C", "degrees fahrenheit": "°F",
    "degree fahrenheit": "°F", "degrees farenheit": "°F", "degree farenheit": "°F",
    "° celsius": "°C", "° fahrenheit": "°F", "°celsius": "°C", "°fahrenheit": "°F", "fahrenheit": "°F",
    "farenheit": "°F", "degrees c": "°C", "degree c": "°C",
    "degrees f": "°F", "degree f": "°F", "deg c": "°C", "deg f": "°F", "deg celsius": "°C",
    "deg fahrenheit": "°F", "deg. c": "°C", "deg. f": "°F", "kelvin": "K", "°": "°", "degree": "°",
    "deg": "°", "deg.": "°", "radian": "rad", "rad": "rad",
    # energy, power, data, frequency
    "kwh": "kWh", "mwh": "MWh", "gwh": "GWh", "twh": "TWh", "kw": "kW", "mw": "MW", "gw": "GW",
    "watt": "W", "kilowatt": "kW", "megawatt": "MW", "gigawatt": "GW", "kilowatt-hour": "kWh",
    "kilowatt hour": "kWh", "megawatt-hour": "MWh", "gigawatt-hour": "GWh", "terawatt-hour": "TWh",
    "volt": "V", "kv": "kV", "kilovolt": "kV", "hz": "Hz", "khz": "kHz", "mhz": "MHz", "ghz": "GHz",
    "calorie": "cal", "kcal": "kcal", "joule": "J", "horsepower": "hp", "hp": "hp",
    "bit": "bit", "byte": "B", "kb": "kB", "mb": "MB", "gb": "GB", "tb": "TB", "megabit": "Mb", "mbit": "Mb",
    "megabyte": "MB", "gigabyte": "GB", "terabyte": "TB", "kilobyte": "kB", "mbps": "Mbit/s",
    "gbps": "Gbit/s",
    # time (durations and ages)
    "year": "year", "yr": "year", "yrs": "year", "month": "month", "week": "week", "day": "day",
    "hour": "hour", "hr": "hour", "hrs": "hour", "minute": "minute", "min": "minute", "mins": "minute",
    "second": "second", "sec": "second", "secs": "second", "decade": "decade", "century": "century",
    "centuries": "century", "millennium": "millennium", "yo": "year",
    # angles and turns
    "turn": "turn",
}  # fmt: skip

# Units that are only units when glued to the digits ("48m", "100t", "5g", "1.8m"), or written
# with a space but case-sensitive (handled in the matcher): a free "m", "t", "g" or "l" in text
# is far more often something else.
ATTACHED_ONLY = frozenset({"t", "g", "l", "kt", "nm", "ha", "p", "mi", "rad", "min", "sec", "hr"})

# Megabit vs megabyte are told apart by case: "MB" is bytes, "Mb" bits.
CASED_UNITS: dict[str, str] = {"MB": "MB", "Mb": "Mb", "mb": "Mb", "GB": "GB", "TB": "TB", "KB": "kB", "kB": "kB"}

# Street words: "123 Random Street" is an address, not 123 of anything.
STREET_WORDS = frozenset({
    "street", "st", "st.", "avenue", "ave", "ave.", "road", "rd", "rd.", "boulevard", "blvd", "lane", "drive",
    "way", "place", "square", "court", "terrace", "highway", "hwy", "parkway", "route",
})  # fmt: skip

# Words after a number that make it a time of day ("6 pm", "10 o'clock").
TIME_OF_DAY = frozenset({"am", "a.m.", "pm", "p.m.", "o'clock", "oclock", "hrs", "gmt", "utc", "bst", "est", "edt"})

# Words before a bare number that make it a label, not a count ("Article 5", "Flight 370").
LABEL_WORDS = frozenset({
    "article", "section", "chapter", "page", "pages", "line", "flight", "room", "no", "no.", "nos.", "number",
    "route", "highway", "interstate", "exit", "gate", "platform", "seat", "version", "v", "episode", "season",
    "series", "model", "type", "class", "level", "grade", "phase", "stage", "act", "rule", "resolution",
    "paragraph", "clause", "amendment", "title", "bill", "h.r.", "s.", "item", "figure", "fig.", "table", "step",
    "vol", "vol.", "volume", "issue", "unit", "block", "lot", "apartment", "apt", "suite", "floor", "pier",
    "terminal", "channel", "ward", "district", "precinct", "nr", "nr.", "nrs.", "exercise", "exercises",
    "week", "day", "year", "game", "match", "round", "lap", "hole", "test", "category", "covid",
    "tier", "code", "jersey", "gen", "generation", "windows", "iphone", "galaxy", "pixel", "ios", "android",
    "res", "res.", "stat", "stat.", "law", "u.s.c.", "sec.", "art.", "para", "para.", "p.", "pp.", "turn", "post",
})  # fmt: skip

# Label words that also take a dotted number ("version 10.4", "Windows 8.1", "section 3.2").
VERSION_WORDS = frozenset({
    "version", "v", "ver", "ver.", "release", "windows", "ios", "android", "macos", "section", "sec.", "chapter",
    "article", "art.", "figure", "fig.", "table", "paragraph", "para", "para.", "clause", "rule", "firmware",
})  # fmt: skip

# Words before a number that make it part of an index or list name ("S&P 500", "FTSE 100",
# "Nikkei 225", "Russell 2000", "Fortune 500"): the number is no quantity. Market index names.
INDEX_NAMES = frozenset({
    "s&p", "sp", "ftse", "nikkei", "russell", "stoxx", "cac", "dax", "asx", "ibex", "nifty", "kospi", "fortune",
    "sensex", "msci", "topix", "aex", "smi", "omx", "bux", "wig", "tsx", "jse", "mib", "ftsemib", "hsi", "forbes",
})  # fmt: skip

# Nouns after a leading "one" that make it "a certain" rather than a count: "One reason is that...",
# "One form of spyware", "One thing they had in common". Abstract nouns that news copy introduces
# this way (hand-written from news style; a count of them is rare).
ONE_AS_ARTICLE = frozenset({
    "thing", "form", "difference", "problem", "reason", "way", "example", "issue", "question", "option",
    "possibility", "idea", "factor", "aspect", "concern", "explanation", "theory", "answer", "solution",
    "challenge", "sign", "lesson", "source", "thought", "suggestion", "proposal", "criticism", "complaint",
    "advantage", "drawback", "benefit", "risk", "worry", "fear", "hope", "goal", "aim", "priority", "feature",
    "change", "consequence", "effect", "result", "outcome", "finding", "study", "report", "analyst", "official",
})  # fmt: skip
