"""Numbers written in English text: numerals, number words and their mixtures, with values.

``scan_numbers(text)`` finds every maximal number expression ("7,000", "9.5 million", "1.2bn",
"two dozen", "a third", "one hundred and three and two thirds", "-4/5", "1.3x10^6") and parses
its value. It works on the characters, not on spaCy tokens, because the tokenizer splits
numerals inconsistently ("1.2bn" is one token, "$2.5 billion" three). Deciding which numbers
are quantities (not years, dates, model names...) is the job of ``extractors.quantities``.

The number-word libraries on PyPI were tried and not used: word2number reads "9.5 million" as
1,000,000 and "one hundred and three and two thirds" as 105; text2num and number-parser know
no fractions, dozens or "1.2bn"; none gives character offsets.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from extractors.lexicons.quantities import (
    DOZENS,
    FRACTIONS,
    NEGATIVE_WORDS,
    SCALES,
    SMALL,
    SUFFIX_SCALES,
    TENS,
    UNICODE_FRACTIONS,
)

# Plural forms of fraction words ("thirds", "fifths"); "halves" and "quarters" included.
_FRACTION_WORDS: dict[str, tuple[int, bool]] = {w: (d, False) for w, d in FRACTIONS.items()}
_FRACTION_WORDS.update({w + "s": (d, True) for w, d in FRACTIONS.items() if w not in ("half", "halves")})
_FRACTION_WORDS["halves"] = (2, True)

_WORD_KINDS: dict[str, tuple[str, float]] = {}
_WORD_KINDS.update({w: ("W", float(v)) for w, v in SMALL.items()})
_WORD_KINDS.update({w: ("W", float(v)) for w, v in TENS.items()})
_WORD_KINDS.update({w: ("S", v) for w, v in SCALES.items()})
# Wire copy abbreviates the scale after a number word too ("seven mln guilders"); these never
# start a number (see _SEED_WORDS), they only continue one.
_WIRE_SCALES = ("mln", "bln", "mn", "bn", "tln", "trn")
_WORD_KINDS.update({w: ("S", SUFFIX_SCALES[w]) for w in _WIRE_SCALES})
_WORD_KINDS.update({w + "s": ("S", v) for w, v in SCALES.items() if w in ("hundred", "lakh", "crore")})  # "five lakhs"
_WORD_KINDS.update({w: ("Z", v) for w, v in DOZENS.items() if w != "score"})
_WORD_KINDS.update({w: ("F", float(d)) for w, (d, _) in _FRACTION_WORDS.items()})
_WORD_KINDS.update({w: ("N", -1.0) for w in NEGATIVE_WORDS})
_WORD_KINDS.update({"a": ("A", 1.0), "an": ("A", 1.0), "and": ("&", 0.0), "point": ("P", 0.0), "of": ("O", 0.0)})
_WORD_KINDS.update({"over": ("V", 0.0), "out": ("V", 0.0)})

# Word atoms that can start a number (a seed); "a", "and", "of" only continue one.
_SEED_WORDS = sorted(
    (
        w
        for w, (k, _) in _WORD_KINDS.items()
        if k in "WSZFN" and w not in ("dz", "dzs", "doz", "dozs") and w not in _WIRE_SCALES
    ),
    key=len,
    reverse=True,
)

# A numeral: thousands with commas, Indian grouping, European "1.111,11", space-grouped
# thousands ("40 000"), a decimal comma ("5,00"), plain digits; then an exponent.
_DIGITS = r"""
    (?:\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![,.]?\d))
  | (?:\d{1,2},(?:\d{2},)+\d{3}(?:\.\d+)?(?![,.]?\d))
  | (?:\d{1,3}(?:\.\d{3})+,\d{1,2}(?!\d))
  | (?:\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:\.\d+)?(?![\d,.]?\d))
  | (?:(?<!\d,)\d{1,3},\d{1,2}(?![\d,]))
  | (?:\d+(?:\.\d+)?|\.\d+)
"""
_NUMERAL = re.compile(
    rf"(?P<num>{_DIGITS})(?P<exp>[eE][-+]?\d+(?![\w]))?(?P<pow>\s?[x×]\s?10(?:\^[-+−]?\d+|−\d+)|\^[-+−]?-?\d+)?",
    re.VERBOSE,
)
# Denominators of written fractions ("3/4", "1/2 cup"); "9/11" or "24/7" are names, not ratios.
_DENOMINATORS = frozenset({2, 3, 4, 5, 6, 8, 10, 16, 32, 64, 100})
_DIGIT_FRACTION = re.compile(r"(?P<a>\d{1,3})[/\u2044](?P<b>\d{1,3})(?![/\u2044\d])")  # "3/4", "1⁄32"
_SLASHED = re.compile(r"\d+[/\u2044]\d")
_UNICODE_FRACTION = re.compile("[" + "".join(UNICODE_FRACTIONS) + "]")
_WORD = re.compile(r"[A-Za-z]+")
# Abbreviated multipliers glued to a numeral ("1.2bn", "10k", "1MM"), or after one space when
# unambiguous ("10 bln", "2.33 k", "1,674.5 G").
_SUFFIX_GLUED = re.compile(r"(?P<s>MM|mn|mln|mil|mio|bn|bln|tn|tln|trn|k|K|M|m|b|B|G)(?![A-Za-z0-9])")
_SUFFIX_SPACED = re.compile(r"[ \u00a0]{1,2}(?P<s>mn|mln|bln|bn|tln|trn|k|K|G|M)(?![A-Za-z0-9])")
_SEED = re.compile(
    r"(?<![\w.])(?:\d|\.\d)|(?<=(?<![A-Za-z])[A-Z]{3})\d|(?<=\$[A-Z])\d|(?<=\$[A-Z]{2})\d|(?<=\$[A-Z]{3})\d|(?<=(?<![A-Za-z])PS)\d|["
    + "".join(UNICODE_FRACTIONS)
    + r"]|\b(?:"
    + "|".join(_SEED_WORDS)
    + r")\b",
    re.IGNORECASE,
)
# "USD115", "$US1,000", "PS2,495" (wire copy's pound sign): a currency glued to the amount
_CODE_BEFORE = re.compile(r"(?<![A-Za-z])(?:[A-Z]{3}|PS)$|\$[A-Z]{1,3}$")
# A whole number joined to a fraction by a hyphen, as wire copy writes mixed numbers ("7-1/4 pct").
_MIXED_FRACTION = re.compile(r"-(?P<a>\d{1,2})/(?P<b>\d{1,3})(?![/\d])")
_GAP = re.compile(r"[ \t]*[-‐‑][ \t]*(?=[A-Za-z])|[ \t\u00a0\u202f]+|\n")


@dataclass(frozen=True, slots=True)
class Atom:
    """One lexical piece of a number expression."""

    kind: str  # D numeral, W number word, S scale, Z dozen, F fraction word, U fraction value,
    #            A "a/an", & "and", P "point", O "of", V "over/out of", N minus, X suffix scale
    value: float
    start: int
    end: int
    text: str
    plural: bool = False


@dataclass(frozen=True, slots=True)
class Number:
    """A number expression found in the text, with its parsed value."""

    start: int
    end: int
    value: float
    words: bool  # written (at least partly) in words
    digits: bool  # contains a numeral
    scaled: bool  # has a scale word or multiplier ("million", "bn", "k")
    suffix: str  # the multiplier glued to the numeral ("m", "bn"), "" if none
    fraction: bool  # a fraction ("a third", "3/4")
    text: str


def _digit_value(s: str) -> float:
    """The value of a numeral as matched by _DIGITS."""
    s = s.replace("\u00a0", "").replace("\u202f", "").replace("\u2009", "").replace(" ", "")
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+,\d{1,2}", s):  # European
        return float(s.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d{1,3},\d{1,2}", s):  # decimal comma
        return float(s.replace(",", "."))
    return float(s.replace(",", ""))


def _lex(text: str, pos: int, limit: int) -> list[Atom]:
    """Atoms from pos onwards while they are separated only by spaces (or hyphens between words)."""
    atoms: list[Atom] = []
    n = min(len(text), limit)
    while pos < n:
        if atoms:
            gap = _GAP.match(text, pos)
            glued = gap is None
            if gap:
                if "\n" in gap.group() and gap.group().count("\n") > 1:
                    break
                pos = gap.end()
            elif atoms[-1].kind == "N" and text[pos] in "-‐‑" and pos + 1 < n and text[pos + 1].isdigit():
                pos, glued = pos + 1, False  # "minus-130 degrees"
        else:
            glued = False
        if pos >= n:
            break
        ch = text[pos]
        if ch.isdigit() or (ch == "." and pos + 1 < n and text[pos + 1].isdigit()):
            if atoms and glued and atoms[-1].kind in "DU":
                break
            glued_code = _CODE_BEFORE.search(text, max(0, pos - 6), pos)
            if pos > 0 and (text[pos - 1].isalpha() or text[pos - 1] in "/") and not glued_code:
                break  # "F-16", "A380" glue letters to digits; "24/7" is handled as a fraction
            frac = _DIGIT_FRACTION.match(text, pos)
            if (
                frac
                and (pos == 0 or text[pos - 1] != "/")
                and int(frac["a"]) < int(frac["b"])
                and int(frac["b"]) in _DENOMINATORS
            ):
                atoms.append(Atom("U", int(frac["a"]) / int(frac["b"]), pos, frac.end(), frac.group(), plural=True))
                pos = frac.end()
                continue
            if _SLASHED.match(text, pos):
                break  # a date ("5/17/2018", "9/11"), "24/7" or a ratio: no quantity
            m = _NUMERAL.match(text, pos)
            if not m:
                break
            value = _digit_value(m["num"])
            if m["exp"]:
                exp10 = int(m["exp"][1:])
                if abs(exp10) > 300:
                    break  # beyond float range: not a quantity anyone writes
                value *= 10.0**exp10
            if m["pow"]:
                p = m["pow"].replace(" ", "").replace("−", "-")
                tail = p.split("^")[1] if "^" in p else p[3:]  # "x10^6" or "×10−5"
                exponent = int(tail.replace("--", "-").replace("+", ""))
                if abs(exponent) > 300:
                    break
                try:
                    value = value * 10.0**exponent if p[0] in "x×" else value**exponent
                except (OverflowError, ZeroDivisionError):
                    break
            end = m.end()
            mixed = _MIXED_FRACTION.match(text, end)
            if (
                mixed
                and re.fullmatch(r"\d{1,4}", m.group())
                and int(mixed["a"]) < int(mixed["b"])
                and int(mixed["b"]) in _DENOMINATORS
            ):
                value += int(mixed["a"]) / int(mixed["b"])  # "7-1/4" = 7.25
                end = mixed.end()
            atoms.append(Atom("D", value, pos, end, text[pos:end]))
            pos = end
            suf = _SUFFIX_GLUED.match(text, pos) or _SUFFIX_SPACED.match(text, pos)
            if suf:
                word = suf["s"]
                atoms.append(Atom("X", SUFFIX_SCALES[word], suf.start("s"), suf.end(), word))
                pos = suf.end()
            continue
        if ch in "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞":
            atoms.append(Atom("U", _unicode(ch), pos, pos + 1, ch))
            pos += 1
            continue
        m = _WORD.match(text, pos)
        if not m or (pos > 0 and text[pos - 1].isalnum() and not atoms):
            break
        word = m.group()
        low = word.lower()
        kind_value = _WORD_KINDS.get(low)
        if kind_value is None:
            break
        kind, value = kind_value
        if kind == "V" and low == "out":
            of = re.compile(r"\s+of\b", re.IGNORECASE).match(text, m.end())
            if not of:
                break
            atoms.append(Atom("V", 0.0, pos, of.end(), text[pos : of.end()]))
            pos = of.end()
            continue
        plural = kind == "F" and _FRACTION_WORDS[low][1]
        atoms.append(Atom(kind, value, pos, m.end(), word, plural=plural))
        pos = m.end()
    return atoms


def _unicode(ch: str) -> float:
    return UNICODE_FRACTIONS[ch]


class _Parser:
    """Greedy recursive descent over atoms; every method returns (value, next index) or None."""

    def __init__(self, atoms: list[Atom]):
        self.a = atoms

    def kind(self, i: int) -> str:
        return self.a[i].kind if i < len(self.a) else "#"

    def number(self, i: int) -> tuple[float, int] | None:
        neg = self.kind(i) == "N"
        j = i + 1 if neg else i
        got = self.mixed(j)
        if got is None:
            return None
        value, k = got
        # "1 over 3", "one out of three": a ratio, when the first number is the smaller
        if self.kind(k) == "V":
            den = self.cardinal(k + 1)
            if den and 0 < value < den[0]:
                value, k = value / den[0], den[1]
        return (-value if neg else value), k

    def mixed(self, i: int) -> tuple[float, int] | None:
        card = self.cardinal(i)
        if card is None:
            frac = self.fraction(i)
            if frac is None:
                return None
            return self.scale_fraction(*frac)
        value, j, last_scale = card
        if self.kind(j) == "F":
            den, plural = self.a[j].value, self.a[j].plural
            if plural or value == 1 or self.a[j].text.lower() in ("half", "quarter"):
                return self.scale_fraction(value / den, j + 1)
            return None if value == 1 else (value, j)
        if self.kind(j) == "U" and self.kind(j - 1) == "D" and self.a[j].plural and value == int(value):
            return value + self.a[j].value, j + 1  # "2 1/4"
        if self.kind(j) == "&":
            frac = self.fraction(j + 1)
            if frac and frac[0] < 1:
                fv, k = frac
                if last_scale and last_scale >= 1e6:
                    value += fv * last_scale  # "3 million and a half"
                else:
                    value += fv
                    if self.kind(k) in "SX" and self.a[k].value >= 1e3 and not last_scale:
                        value *= self.a[k].value  # "five and a half million"
                        k += 1
                return value, k
        return value, j

    def scale_fraction(self, value: float, j: int) -> tuple[float, int]:
        """A fraction followed by a scale: "half million", "two thirds of a million", "half a dozen"."""
        if self.kind(j) in "SX" and self.a[j].value >= 1e3:
            return value * self.a[j].value, j + 1
        if self.kind(j) == "O" and self.kind(j + 1) == "A" and self.kind(j + 2) == "S" and self.a[j + 2].value >= 1e3:
            return value * self.a[j + 2].value, j + 3
        if self.kind(j) == "A" and self.kind(j + 1) == "Z":
            return value * 12, j + 2
        if self.kind(j) == "A" and self.kind(j + 1) == "S" and self.a[j + 1].value >= 1e3:
            return value * self.a[j + 1].value, j + 2  # "half a million"
        return value, j

    def fraction(self, i: int) -> tuple[float, int] | None:
        """ "a half", "a third", "three quarters", "½", "3/4", bare "half"/"quarter"."""
        k = self.kind(i)
        if k == "U":
            return self.a[i].value, i + 1
        if k == "A" and self.kind(i + 1) == "F":
            return 1 / self.a[i + 1].value, i + 2
        if k == "F" and self.a[i].text.lower() in ("half", "quarter"):
            return 1 / self.a[i].value, i + 1
        card = self.cardinal(i)
        if card and self.kind(card[1]) == "F":
            value, j, _ = card
            if self.a[j].plural or value == 1:
                return value / self.a[j].value, j + 1
        return None

    def cardinal(self, i: int) -> tuple[float, int, float | None] | None:
        """Integer-style numbers: "twenty-one trillion three hundred", "4 thousand 3 hundred and 21"."""
        a, n = self.a, len(self.a)
        total, cur, last_small = 0.0, 0.0, 0.0
        last_scale: float | None = None
        seen = False
        j = i
        if self.kind(j) == "A" and self.kind(j + 1) in "SZ":
            cur, last_small, seen, j = 1.0, 1.0, True, j + 1
        while j < n:
            k = a[j].kind
            if k in "DW":
                if k == "D" and self.kind(j + 1) == "U" and self.a[j + 1].plural and not seen:
                    if a[j].value == int(a[j].value):  # "2 1/4", "10 1/2 miles", "$2 1/2 billion"
                        mixed = a[j].value + a[j + 1].value
                        if self.kind(j + 2) in "SX" and a[j + 2].value >= 1e3:
                            return mixed * a[j + 2].value, j + 3, a[j + 2].value
                        return mixed, j + 2, None
                    break
                if not seen:
                    cur, last_small, seen = a[j].value, a[j].value, True
                else:
                    p = a[j - 1]
                    after_scale = p.kind in "SX" and a[j].value < min(p.value, 1000)  # "hundred (and) 21"
                    tens_ones = p.kind == "W" and k == "W" and p.value >= 20 and p.value % 10 == 0  # "fifty two"
                    if not (after_scale or (tens_ones and 1 <= a[j].value <= 9)):
                        break
                    cur += a[j].value
                    last_small = a[j].value
                j += 1
            elif k in "SX" and seen and a[j - 1].kind not in "&":
                v = a[j].value
                if v == 100:
                    if cur >= 100 and cur % 100 == 0 and a[j - 1].kind != "D":
                        break
                    cur = (cur or 1) * 100
                else:
                    if last_scale is not None and v >= 1e3 and last_scale < v and total:
                        total = (total + cur) * v
                    else:
                        total += (cur or (0 if total else 1)) * v
                    cur = 0
                last_scale = v
                j += 1
            elif k == "Z" and seen and a[j - 1].kind in "DWA":
                cur = cur - last_small + last_small * 12
                last_small *= 12
                j += 1
            elif k == "&" and seen and last_scale is not None and a[j - 1].kind != "X":  # "3m and 5cm" are two
                # "one hundred and three": join a smaller number after a scale; never a zero,
                # never a number as large as the scale ("3 hundred and 2 hundred" are two).
                nxt = self.kind(j + 1)
                if nxt not in "DW" or a[j + 1].value == 0:
                    break
                sub, m = a[j + 1].value, j + 2
                if (
                    self.kind(m) == "W"
                    and a[j + 1].kind == "W"
                    and sub >= 20
                    and sub % 10 == 0
                    and 1 <= a[m].value <= 9
                ):
                    sub, m = sub + a[m].value, m + 1
                if self.kind(m) == "F":
                    break  # "one hundred and three quarters": the fraction is read by mixed()
                if self.kind(m) in "SX":
                    if a[m].value == last_scale:
                        break
                elif sub >= min(last_scale, 100):
                    break
                cur += sub
                last_small = sub
                j = m
            elif k == "P" and seen and self.kind(j + 1) in "DW":
                digits = ""
                m = j + 1
                while self.kind(m) in "DW":
                    v = a[m].value
                    if a[m].kind == "D":
                        digits += a[m].text
                    elif v >= 20 and v % 10 == 0 and self.kind(m + 1) == "W" and 1 <= a[m + 1].value <= 9:
                        digits += str(int(v + a[m + 1].value))
                        m += 1
                    else:
                        digits += str(int(v))
                    m += 1
                cur += float("0." + digits) if digits.isdigit() else 0.0
                j = m
            else:
                break
        if not seen:
            return None
        return total + cur, j, last_scale


def _negative_sign(text: str, start: int) -> bool:
    """A minus sign before a numeral: "-5", "<-30", or "- 1 4/5" at the very start; never the
    hyphen of a range ("10-20"), of a name ("F-16") or of a date."""
    if start >= 1 and text[start - 1] in "-−":
        before = text[: start - 1]
        if not before.strip():
            return True
        return before[-1] in " \t\n([<>=:" and not before.rstrip()[-1:].isdigit()
    if start >= 2 and text[start - 1] == " " and text[start - 2] in "-−":
        return not text[: start - 2].strip()
    return False


def scan_numbers(text: str) -> list[Number]:
    """Every maximal number expression in the text, in order, with its value."""
    out: list[Number] = []
    pos = 0
    for seed in _SEED.finditer(text):
        start = seed.start()
        if start < pos:
            continue
        # "a hundred", "a third", "an eighth": the article belongs to the number
        lead = start
        m = re.search(r"(?<![\w])(a|an)[ \t]+$", text[max(0, start - 4) : start], re.IGNORECASE)
        if m and seed.group().lower() not in SMALL and seed.group().lower() not in TENS:
            lead = start - (len(text[max(0, start - 4) : start]) - m.start())
        atoms = _lex(text, lead, len(text))
        if not atoms:
            continue
        parser = _Parser(atoms)
        i = 0
        while i < len(atoms):
            got = parser.number(i)
            if got is None:
                i += 1
                continue
            value, j = got
            if not math.isfinite(value):
                i = max(j, i + 1)
                continue
            used = atoms[i:j]
            while used and used[-1].kind in "A&OV":
                used = used[:-1]
            if not used or all(u.kind in "AN&OPV" for u in used):
                i += 1
                continue
            first, last = used[0], used[-1]
            begin = first.start
            if first.kind != "N" and _negative_sign(text, begin):
                begin, value = text.rindex("-" if "-" in text[max(0, begin - 2) : begin] else "−", 0, begin), -value
            out.append(
                Number(
                    start=begin,
                    end=last.end,
                    value=value,
                    words=any(u.kind in "WSZF" for u in used),
                    digits=any(u.kind == "D" for u in used),
                    scaled=any(u.kind in "SXZ" and u.value >= 12 for u in used),
                    suffix=next((u.text for u in used if u.kind == "X"), ""),
                    fraction=any(u.kind in "FU" for u in used),
                    text=text[begin : last.end],
                )
            )
            i = max(j, i + 1)
        pos = atoms[-1].end
    return out
