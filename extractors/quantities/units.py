"""Quantities, units: a currency before or after the amount, a percent, a sub-unit, a measurement
unit normalised to its symbol; ages ("aged 87"); "48m" as metres or millions."""

from __future__ import annotations

import re

from extractors.lexicons.quantities import (
    ATTACHED_ONLY,
    CASED_UNITS,
    CURRENCY_CODE_STOPLIST,
    CURRENCY_SUBUNITS,
    CURRENCY_SYMBOLS,
    LOWERCASE_CODES,
    UNITS,
)
from extractors.numbers import Number
from extractors.quantities.base import Cand, DocView
from extractors.quantities.patterns import currency_words, iso_codes, patterns, plurals

_A_UNIT = re.compile(r" (?:of )?an? (?=\w)")
_WORDISH = re.compile(r"[\w/$]")


def currency_before(text: str, cand: Cand, prev_end: int = 0) -> None:
    """A currency written before the amount: "$", "US$", "c $", "€", "USD", "MAUD"."""
    window = text[max(0, cand.start - 12) : cand.start]
    m = patterns()["cur_before"].search(window)
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
            code = CURRENCY_SYMBOLS.get(letters + "$") or (letters if letters in iso_codes() else None)
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
            numeral = cand.num.text.removesuffix(cand.num.suffix) if cand.num is not None else ""
            if cand.num is None or not (
                cand.num.scaled or re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d{3,}", numeral)
            ):
                return  # "PS4" is a games console; wire copy writes "PS2,495", "PS1.50", "PS8.1bn" for pounds
            code = "GBP"
        elif raw.startswith("Y="):
            code = "JPY"  # the yen sign as wire copy mangles it: "Y=100 million"
        elif raw.lower() in LOWERCASE_CODES or raw.upper() in LOWERCASE_CODES:
            code = raw.upper() if raw.upper() != "RMB" else "CNY"
        elif len(raw) == 4 and raw[1:] in iso_codes():
            code, scale = raw[1:], 1e6  # "MAUD 60", "MUSD"
        elif raw in iso_codes() and raw not in CURRENCY_CODE_STOPLIST:
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


def unit_after(text: str, cand: Cand, num: Number) -> None:
    """The unit written after the amount: percent, currency, sub-unit or measurement unit."""
    if cand.unit is None and (_percent_after(text, cand) or _money_after(text, cand, num)):
        return
    _measure_after(text, cand, num)


def _percent_after(text: str, cand: Cand) -> bool:
    """ "5%", "5 percent", "2 percentage points", "25 basis points"."""
    m = patterns()["percent_after"].match(text, cand.end)
    if not m:
        return False
    word = m["word"].lower()
    cand.unit = (
        "percentage point"
        if word.startswith("percentage point") or word in ("pp", "ppt")
        else "basis point"
        if word.startswith(("basis", "bps"))
        else "%"
    )
    cand.kind, cand.end = "percent", m.end()
    return True


def _code_after(text: str, cand: Cand) -> bool:
    """ "75 USD", "75 USD million", "60 MAUD" (millions of AUD)."""
    p = patterns()
    m = p["cur_code_after"].match(text, cand.end)
    if not m:
        return False
    raw = m["code"]
    code = raw.upper() if raw.lower() in LOWERCASE_CODES else raw
    code = "CNY" if code == "RMB" else code
    scale = 1.0
    if len(code) == 4 and code.startswith("M") and code[1:] in iso_codes():
        code, scale = code[1:], 1e6
    if not (
        code in iso_codes()
        and (code not in CURRENCY_CODE_STOPLIST or raw.isupper())
        and raw.isupper() == (raw == raw.upper())
    ):
        return False
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
    return True


def _money_after(text: str, cand: Cand, num: Number) -> bool:
    """A currency code, symbol, name or sub-unit after the amount; True when the unit is settled
    (also when the word after rules a unit out: "two won")."""
    p = patterns()
    pos = cand.end
    if _code_after(text, cand):
        return True
    m = p["cur_sym_after"].match(text, pos)
    if m and m["sym"] in ("€", "$", "元", "₡", "₾", "₭", "ரூ", "£", "zł", "¥", "₿"):
        cand.unit, cand.kind, cand.end = CURRENCY_SYMBOLS[m["sym"]], "money", m.end()
        cand.tags.add("suffix_currency")
        return True
    m = p["cur_word_after"].match(text, pos)
    if m:
        word = m["word"].lower()
        base = next((b for b in currency_words() if word in plurals(b)), word)
        code = currency_words()[base]
        if base == "pound" and not (num.scaled or "sterling" in text[m.end() : m.end() + 10].lower()):
            code = "lb"  # "two pounds" of weight; "361 million pounds" is money
        if base == "won" and not num.digits:
            return True  # "two won" is a verb far more often than Korean money
        if code == "lb":
            cand.unit, cand.kind, cand.end = "lb", "measure", m.end()
        else:
            cand.unit, cand.kind, cand.end = code, "money", m.end()
            cand.tags.add("suffix_currency")
        return True
    m = p["subunit_after"].match(text, pos)
    if m:
        word = m["word"].lower()
        if word == "p" and m["gap"]:
            return True  # "50p" is pence; "50 p" is not
        cand.unit, cand.kind, cand.end = CURRENCY_SUBUNITS[word][0], "money", m.end()
        return True
    return False


def _measure_after(text: str, cand: Cand, num: Number) -> None:
    """A measurement unit after the amount ("48m", "5 km", "30C", "5 ft 2 in", "3 years old")."""
    p = patterns()
    pos = cand.end
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


def appositive_age(num: Number, d: DocView) -> bool:
    """ "Mary Barra, 51, will be...": a bare number between commas right after a person's name is an age."""
    if not re.fullmatch(r"\d{1,3}", num.text) or not 0 < num.value < 120:
        return False
    text = d.text
    if text[num.start - 2 : num.start] != ", " or text[num.end : num.end + 1] not in (",", ")"):
        return False
    name = d.token_at(num.start - 3)
    return name is not None and name.ent_type_ == "PERSON"


def glued_million(text: str, cand: Cand, num: Number, d: DocView) -> None:
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
