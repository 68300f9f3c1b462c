"""Quantities, exclusions: numbers that are no quantity, as tables of named rules with examples.

``SPAN_EXCLUSIONS`` are shapes of text found on the characters (dates, clock times, phone numbers,
scores, URLs); ``EXCLUSIONS`` look at one number with its unit and its tokens (years, days of the
month, ordinals, labels, model and index names, addresses, "one" as a pronoun). The first rule that
holds names the exclusion, so ``extractors.quantities.explain_numbers`` can say why a number is
not a quantity. ``tests/extractors/test_quantities_rules.py`` runs every rule's examples.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

from spacy.tokens import Token

from extractors.lexicons.quantities import INDEX_NAMES, LABEL_WORDS, ONE_AS_ARTICLE, STREET_WORDS, UNITS, VERSION_WORDS
from extractors.numbers import Number
from extractors.quantities.base import Cand, DocView
from extractors.quantities.context import of_object
from extractors.quantities.patterns import iso_codes, patterns
from extractors.quantities.qualifiers import prefix_qualifier

_NAME_LABELS = frozenset({"PERSON", "ORG", "PRODUCT", "FAC", "WORK_OF_ART", "LAW", "EVENT", "GPE", "LOC", "NORP"})
_DATE_WORDS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august"
    r"|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|(?:1[89]|20)\d\d|\d+(?:st|nd|rd|th)|today|yesterday|tomorrow)\b",
    re.IGNORECASE,
)
_AFTER_BARE_FRACTION = frozenset({
    "of", "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "all", "million", "billion", "those",
    "these",
})  # fmt: skip
_SCORE = re.compile(r"(?<![\w.,])(\d{1,3}) ?[-–—] ?(\d{1,3})(?![\w.,%/]?\d|%| ?(?:percent|per cent))")
_PHONE_SPACED = re.compile(r"(?:\+\d{1,3}|(?<![\w.,])0\d{1,4})(?:[ -]\d{2,5}){1,4}(?![\w.,]?\d)")
# Two 24-hour clock times joined as an interval ("a curfew between 2200 and 0700"); one has a leading zero.
_CLOCK = r"((?:[01]\d|2[0-3])[0-5]\d)"
_CLOCK_PAIR = re.compile(r"(?<![\w.,])" + _CLOCK + r" ?(?:and|to|until|till|-|–) ?" + _CLOCK + r"\b")
_SCORE_LINE = re.compile(r"(?<![\w.,])\d{1,2}[-–]\d{1,2}(?:,?\s+\(?\d{1,2}[-–]\d{1,2}\)?)+(?![\w.,%/]?\d|%)")
_DASH_CHAIN = re.compile(r"(?<![\w.])\d+(?:[-–]\d+){2,}(?![\w.])")
_NON_SPACE_RUN = re.compile(r"\S+")
_ADDRESS_MARKER = re.compile(r"https?://|www\.|@")


def _shapes(name: str) -> Callable[[str], Iterator[tuple[int, int]]]:
    def find(text: str) -> Iterator[tuple[int, int]]:
        return (m.span() for m in patterns()[name].finditer(text))

    return find


def _found(pattern: re.Pattern[str]) -> Callable[[str], Iterator[tuple[int, int]]]:
    def find(text: str) -> Iterator[tuple[int, int]]:
        return (m.span() for m in pattern.finditer(text))

    return find


def _addresses(text: str) -> Iterator[tuple[int, int]]:
    """Whitespace-delimited runs holding a URL or e-mail marker: the runs first, then the marker in each.

    ("\\S*(?:https?://|www\\.|@)\\S*" backtracked over every start of a long run without a space:
    quadratic, 20,000 characters took seconds and 1 MB about an hour, holding the GIL.)
    """
    return (m.span() for m in _NON_SPACE_RUN.finditer(text) if _ADDRESS_MARKER.search(m[0]))


def _clock_pairs(text: str) -> Iterator[tuple[int, int]]:
    """ "a curfew between 2200 and 0700": one of the two has a leading zero."""
    return (m.span() for m in _CLOCK_PAIR.finditer(text) if "0" in (m[1][0], m[2][0]))


def _scores(text: str) -> Iterator[tuple[int, int]]:
    """ "won 3 – 0": the winner's score first."""
    return (m.span() for m in _SCORE.finditer(text) if int(m[1]) >= int(m[2]))


class SpanExclusion(NamedTuple):
    """A named shape of text whose numbers are no quantities; examples are (sentence, a number in it)."""

    name: str
    find: Callable[[str], Iterator[tuple[int, int]]]
    examples: tuple[tuple[str, str], ...]


S = SpanExclusion

SPAN_EXCLUSIONS: tuple[SpanExclusion, ...] = (
    S(
        "date_or_time_shape",
        _shapes("date_shape"),
        (("It was filed on 2019-05-12.", "2019"), ("Doors open at 19:30.", "30")),
    ),
    S("phone", _shapes("phone"), (("Call (555) 123-4567 now.", "123"),)),
    S("dash_chain", _found(_DASH_CHAIN), (("They played a 2-3-2 formation.", "3"),)),
    S("score_line", _found(_SCORE_LINE), (("She won 6-3, 7-6 in the final.", "7"),)),
    S("clock_pair", _clock_pairs, (("A curfew runs between 2200 and 0700.", "2200"),)),
    S("phone_spaced", _found(_PHONE_SPACED), (("Ring 0207 782 4368 today.", "782"),)),
    S("score", _scores, (("Arsenal won 3-0 on Sunday.", "3"),)),
    S("url_or_email", _addresses, (("See www.example.com/?id=2024 now.", "2024"),)),
)


def excluded_spans(text: str) -> list[tuple[int, int, str]]:
    """Character ranges whose numbers are no quantities, sorted, each with its rule's name."""
    return sorted((a, b, rule.name) for rule in SPAN_EXCLUSIONS for a, b in rule.find(text))


def inside(spans: list[tuple[int, int, str]], start: int, end: int) -> str | None:
    """The name of a sorted span that holds [start, end), or None. (Spans are short: look back a few.)"""
    i = bisect_right(spans, (start, 10**12, "")) - 1
    return next((name for s, e, name in spans[max(0, i - 3) : i + 1] if s <= start and end <= e), None)


def bound_before(text: str, num: Number) -> bool:
    """A bounds word right before the number ("above 1000", "more than 2000"): not a year then."""
    m = patterns()["prefix_q"].search(text[max(0, num.start - 40) : num.start])
    return m is not None and prefix_qualifier(m["q"] or m["sym"]) not in ("approximately", "exact")


@dataclass(frozen=True, slots=True)
class Facts:
    """What the exclusion rules read about one number, computed once."""

    num: Number
    cand: Cand
    d: DocView
    text: str
    toks: list[Token]
    bare: bool  # digits only ("1998", not "1,998", "2m" or "two")
    is_int: bool
    plain: bool  # a whole number, unscaled, no fraction: a label's number
    dotted: bool  # "10.4"

    @property
    def first(self) -> Token:
        return self.toks[0]

    @property
    def prev(self) -> Token | None:
        return self.toks[0].nbor(-1) if self.toks and self.toks[0].i > 0 else None

    @property
    def nxt(self) -> Token | None:
        """The token after the number."""
        last = self.toks[-1] if self.toks else None
        return last.nbor(1) if last is not None and last.i + 1 < len(self.d.doc) else None

    @property
    def counts_noun_after(self) -> bool:
        """The number modifies a plural noun after it ("542 workers")."""
        last = self.toks[-1]
        return last.dep_ == "nummod" and last.head.tag_ == "NNS" and last.head.i > last.i


def facts(num: Number, cand: Cand, d: DocView) -> Facts:
    bare = num.digits and not num.words and not num.scaled and re.fullmatch(r"\d+", num.text) is not None
    is_int = num.value == int(num.value)
    plain = not num.scaled and not num.fraction and is_int and (bare or (num.words and not num.digits))
    dotted = num.digits and not num.words and re.fullmatch(r"\d+\.\d+", num.text) is not None
    toks = d.tokens(num.start, num.end)
    return Facts(num, cand, d, d.text, toks, bare, is_int, plain, dotted)


Test = Callable[[Facts], bool]


class Exclusion(NamedTuple):
    """A named kind of number that is no quantity; examples are (sentence, the number as written)."""

    name: str
    test: Test
    examples: tuple[tuple[str, str], ...]
    needs_tokens: bool = True  # skipped (not excluding) when the number has no token of its own


# --- the tests, in the order the table runs them --------------------------------------------------


def _ordinal_suffix(f: Facts) -> bool:
    """ "4th", "21st", "the 15,599 th plane"; "the 80's", "1990s"."""
    after = f.text[f.num.end : f.num.end + 6]
    return bool(re.match(r" ?(?:st|nd|rd|th)(?![A-Za-z])|'?s\b", after, re.IGNORECASE)) and f.num.digits


def _letters_after(f: Facts) -> bool:
    """ "777F", "13F", "3D": letters glued to the digits make a name."""
    n, text = f.num, f.text
    return f.cand.unit is None and n.end < len(text) and (text[n.end].isalpha() or text[n.end] in "_")


def _hyphen_code(f: Facts) -> bool:
    """ "F-16", "COVID-19" (but not "5k-20k")."""
    n, text = f.num, f.text
    return (
        n.start > 1
        and text[n.start - 1] == "-"
        and re.search(r"(?:^|[^\w.,])[A-Za-z][A-Za-z0-9]*-$", text[max(0, n.start - 12) : n.start]) is not None
    )


def _letters_before(f: Facts) -> bool:
    """ "GPT4", "MH370"."""
    return f.num.start > 0 and f.text[f.num.start - 1].isalpha() and f.cand.unit is None


def _number_sign(f: Facts) -> bool:
    """ "#5", "№ 3"."""
    return f.num.start > 0 and f.text[f.num.start - 1] in "#№"


def _slash_label(f: Facts) -> bool:
    """ "3/Pine": a street corner or a label, not a fraction."""
    return f.cand.unit is None and re.match(r"/[A-Za-z]", f.text[f.num.end : f.num.end + 2]) is not None


def _comma_glued(f: Facts) -> bool:
    """ "Mr. Halaby,20": a footnote marker; "PS2,495": a code."""
    n, text = f.num, f.text
    return (
        n.start > 1
        and text[n.start - 1] == ","
        and re.search(r"[A-Za-z.)][\w.]*,$", text[max(0, n.start - 12) : n.start]) is not None
    )


def _no_label(f: Facts) -> bool:
    """ "No. 18": a label."""
    before = f.text[max(0, f.num.start - 5) : f.num.start]
    return re.search(r"\b(?:No|Nos|no|nos)\.?\s*$", before) is not None and f.cand.unit is None


def _apostrophe_year(f: Facts) -> bool:
    """ "since '47": a year."""
    return f.num.start > 0 and f.text[f.num.start - 1] in "'’" and re.fullmatch(r"\d\d", f.num.text) is not None


def _leading_zero(f: Facts) -> bool:
    """ "0800", "007": codes and phone numbers keep their leading zero."""
    return f.cand.unit is None and re.fullmatch(r"0\d{2,}", f.num.text) is not None and bool(f.num.value)


def _list_marker(f: Facts) -> bool:
    """ "[1.]", "(2)", "1. " at the start of a line: list markers."""
    n, text = f.num, f.text
    if f.cand.unit is not None or not re.fullmatch(r"\d{1,3}", n.text):
        return False
    opened = text[max(0, n.start - 2) : n.start].lstrip(" ")[-1:] in ("[", "(")
    closed = re.match(r"\.?[\])]", text[n.end : n.end + 2]) is not None
    line_start = re.match(r"[.)]\s", text[n.end : n.end + 2]) is not None and text[max(0, n.start - 1) : n.start] in (
        "",
        "\n",
    )
    return (opened and closed) or line_start


def _tech_generation(f: Facts) -> bool:
    """ "3G", "5G", "4K": technology names, not billions."""
    return f.num.suffix in ("G", "K") and len(f.num.text) == 2 and f.cand.unit is None


def _time_of_day(f: Facts) -> bool:
    """ "at 9 am", "10 o'clock"."""
    return f.cand.unit is None and patterns()["time_after"].match(f.text, f.num.end) is not None


def _month_before(f: Facts) -> bool:
    """ "April 10", "May 4": a day of the month."""
    before = f.text[max(0, f.num.start - 12) : f.num.start].rstrip()
    return patterns()["month_near"].search(before) is not None and f.num.digits and f.num.value < 32


def _month_after(f: Facts) -> bool:
    """ "10 April", "4th of July"."""
    return patterns()["month_after"].match(f.text[f.num.end : f.num.end + 16]) is not None and f.num.value < 32


def _day_list(f: Facts) -> bool:
    """ "between January 1 and 2", "May 3-4": the second day; "March 3 and 10 people" stays."""
    n = f.num
    if not (patterns()["month_day_and"].search(f.text[max(0, n.start - 40) : n.start]) and n.digits and n.value < 32):
        return False
    last = f.toks[-1:]
    nxt = last[0].nbor(1) if last and last[0].i + 1 < len(f.d.doc) else None
    return nxt is None or nxt.tag_ != "NNS"


def _year_of_unit(f: Facts) -> bool:
    """ "the 2005 year": a calendar year, not 2005 years."""
    n, c = f.num, f.cand
    return f.bare and len(n.text) == 4 and 1500 <= n.value <= 2100 and c.unit == "year" and c.end - n.end <= 5


def _bare_year(f: Facts) -> bool:
    """ "2022", "in 1998"; "2000 people" stays, and so does "more than 2000"."""
    n = f.num
    if not (f.bare and len(n.text) == 4 and 1500 <= n.value <= 2100 and f.cand.unit is None):
        return False
    if bound_before(f.text, n):
        return False
    toks = f.toks
    nxt = toks[-1].nbor(1) if toks and toks[-1].i + 1 < len(f.d.doc) else None
    return not (nxt is not None and nxt.tag_ == "NNS" and toks[-1].head == nxt and toks[-1].ent_type_ != "DATE")


def _model_after_possessive(f: Facts) -> bool:
    """ "Boeing's 747", "the 7e7": model names."""
    prev, first = f.prev, f.first
    return (
        prev is not None
        and f.cand.unit is None
        and (f.bare or re.fullmatch(r"\d+[eE]\d+", f.num.text) is not None)
        and prev.lower_ in ("'s", "’s", "the")
        and first.dep_ not in ("nummod", "quantmod")
        and (prev.lower_ != "the" or "e" in f.num.text.lower())
    )


def _inside_name(f: Facts) -> bool:
    """ "Apollo 11", "Formula One", "Windows 10": a word of the named entity before the number."""
    if f.cand.unit is not None or f.num.scaled or not any(t.ent_type_ in _NAME_LABELS for t in f.toks):
        return False
    ent = f.d.entity_of(f.first)
    return ent is not None and any(t.is_alpha and not t.like_num and t.i < f.first.i for t in ent)


def _inside_date(f: Facts) -> bool:
    """ "the 10 days to March 1", "Monday 10"; NER alone also tags "between 10 and 20"."""
    if f.cand.unit is not None or not any(t.ent_type_ in ("DATE", "TIME") for t in f.toks):
        return False
    ent = f.d.entity_of(f.first)
    return ent is not None and f.d.entity_has(ent, _DATE_WORDS)


def _group_of(f: Facts) -> bool:
    """ "Group of Seven", "Group of 20": the number names the group."""
    prev = f.prev
    return (
        prev is not None
        and prev.lower_ == "of"
        and prev.i > 0
        and f.cand.unit is None
        and f.is_int
        and not f.num.scaled
        and prev.nbor(-1).pos_ == "PROPN"
        and prev.nbor(-1).text.istitle()
        and not (f.toks[-1].dep_ == "nummod" and f.toks[-1].head.i > f.toks[-1].i and f.toks[-1].head.tag_ == "NNS")
    )


def _index_name(f: Facts) -> bool:
    """ "S&P 500", "Nikkei 225", "Russell 2000"."""
    return f.prev is not None and f.bare and f.cand.unit is None and f.prev.lower_ in INDEX_NAMES


def _label_list(f: Facts) -> bool:
    """ "posts 542 and 543", "Articles 5, 6 and 7": later numbers of a list of labels."""
    before = f.text[max(0, f.num.start - 40) : f.num.start]
    return (
        f.plain
        and f.cand.unit is None
        and patterns()["label_list"].search(before) is not None
        and not f.counts_noun_after
    )


def _label_word(f: Facts) -> bool:
    """ "Article 5", "Flight 370", "Exercise nr. 22", "posts 542"."""
    prev = f.prev
    if prev is None:
        return False
    label = prev.lower_
    label = label if label in LABEL_WORDS else label[:-1] if label.endswith("s") else ""
    return label in LABEL_WORDS and f.plain and f.cand.unit is None and prev.pos_ != "VERB"


def _version(f: Facts) -> bool:
    """ "version 10.4", "Windows 8.1", "section 3.2"."""
    return f.prev is not None and f.prev.lower_ in VERSION_WORDS and f.dotted and f.cand.unit is None


def _proper_noun_number(f: Facts) -> bool:
    """ "Airbus 380", "Apollo 11": a number the parse ties to a proper noun before it."""
    prev, first = f.prev, f.first
    return (
        prev is not None
        and f.bare
        and f.cand.unit is None
        and prev.pos_ == "PROPN"
        and prev.text[:1].isupper()
        and (first.head == prev or prev.head == first)
        and first.dep_ in ("nummod", "compound", "appos", "npadvmod", "ROOT", "dobj", "pobj")
        and prev.dep_ not in ("nsubj", "nsubjpass")
        and prev.text not in iso_codes()
    )


def _name_final_number(f: Facts) -> bool:
    """ "Falcon 9", "Internet Explorer 6", "Band Aid 20": a number that ends a name."""
    prev, first, nxt = f.prev, f.first, f.nxt
    return (
        prev is not None
        and f.bare
        and f.cand.unit is None
        and f.num.value < 1000
        and (prev.pos_ == "PROPN" or (first.head == prev and first.dep_ == "nummod"))
        and prev.text[:1].isupper()
        and prev.is_alpha
        and prev.text not in iso_codes()
        and f.text[prev.idx + len(prev.text) : f.num.start] == " "
        and not (nxt is not None and nxt.pos_ == "NOUN" and first.head == nxt)
    )


def _capitals_code(f: Facts) -> bool:
    """ "CAC 40", "FTSE 100", "S&P 500": index and product names in capitals."""
    prev, first = f.prev, f.first
    return (
        prev is not None
        and f.bare
        and f.cand.unit is None
        and len(prev.text) >= 2
        and prev.text.replace("&", "").isupper()
        and prev.text not in iso_codes()
        and not (first.i + 1 < len(f.d.doc) and f.d.doc[first.i + 1].tag_ == "NNS")
    )


def _street_address(f: Facts) -> bool:
    """ "123 Random Street", "10 Downing St."."""
    if not f.bare:
        return False
    words = f.text[f.num.end : f.num.end + 40].split()
    if len(words) >= 2 and words[0][:1].isupper() and words[1].lower().rstrip(".,") in STREET_WORDS:
        return True
    return bool(words) and words[0].lower().rstrip(".,") in STREET_WORDS and words[0][:1].isupper()


def _capitalised_number_word(f: Facts) -> bool:
    """ "Formula One", "Big Ten", "the Five Hundred": a capitalised number word in a name."""
    n, prev, first = f.num, f.prev, f.first
    return (
        n.words
        and not n.digits
        and n.text[:1].isupper()
        and prev is not None
        and not first.is_sent_start
        and prev.is_alpha
        and (prev.text[:1].isupper() or (prev.lower_ == "the" and n.text.istitle()))
    )


def _ordinal_word(f: Facts) -> bool:
    """ "a third term", "a fifth straight day": ordinals; "one-third opposed it" stays."""
    n = f.num
    if not (
        n.words and n.fraction and re.search(r"(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$", n.text, re.I)
    ):
        return False
    nxt = f.nxt
    return (
        nxt is not None
        and nxt.is_alpha
        and nxt.lower_ not in ("of", "million", "billion")
        and nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")
    )


def _one_compound(f: Facts) -> bool:
    """ "one-man show", "one-off"."""
    n = f.num
    return n.words and not n.digits and f.text[n.end : n.end + 1] == "-" and n.value == 1 and f.cand.unit is None


def _fraction_compound(f: Facts) -> bool:
    """ "a quarter-final", "half-time", "third-party"; "a half-hour" stays a measure."""
    n = f.num
    if not (n.fraction and not n.digits and f.cand.unit is None and f.text[n.end : n.end + 1] == "-"):
        return False
    joined = re.match(r"-([A-Za-z]+)", f.text[n.end : n.end + 40])
    return joined is not None and joined[1].lower() not in UNITS and joined[1].lower() != "point"


def _period_half_quarter(f: Facts) -> bool:
    """ "last quarter", "second half", "quarter-final"; "half the country" stays."""
    n, text, prev = f.num, f.text, f.prev
    if n.text.lower() not in ("half", "quarter", "halves", "quarters"):
        return False
    qualified = patterns()["prefix_q"].search(text[max(0, n.start - 40) : n.start]) is not None
    followed = f.nxt is not None and f.nxt.lower_ in _AFTER_BARE_FRACTION
    if not (followed or qualified) or text[n.end : n.end + 1] == "-":
        return True
    return prev is not None and (prev.lower_ in ("the", "this", "that", "each", "per", "every") or prev.like_num)


def _one_as_pronoun(f: Facts) -> bool:
    """ "the one you mentioned", "one of them", "no one": "one" that counts nothing. "One of the best
    players" counts one of the players (NewsQuant counts it; see docs/parts.md)."""
    if f.num.text.lower() not in ("one", "a", "an") or f.cand.unit is not None:
        return False
    tok, prev = f.first, f.prev
    of = of_object(tok) if f.text[f.num.end : f.num.end + 4] == " of " else None
    if of is not None:
        return of.pos_ == "PRON"  # "one of them", "one of those"
    nxt1 = tok.nbor(1) if tok.i + 1 < len(f.d.doc) else None
    modifies = tok.tag_ == "CD" and (
        (tok.head.pos_ == "NOUN" and tok.head.i > tok.i) or (nxt1 is not None and nxt1.pos_ in ("ADJ", "NOUN"))
    )  # "one person", "one last time"
    if tok.dep_ != "nummod" and not modifies:
        return True
    return prev is not None and prev.lower_ in ("no", "any", "every", "each", "the", "this", "that", "which")


def _one_as_article(f: Facts) -> bool:
    """ "One reason is that...", "One form of spyware": "a certain", not a count."""
    if f.num.text.lower() not in ("one", "a", "an") or f.cand.unit is not None:
        return False
    tok, prev = f.first, f.prev
    head = tok.head if tok.dep_ == "nummod" and tok.head.i > tok.i else None
    lead = prev is None or tok.is_sent_start or prev.is_punct or prev.pos_ in ("CCONJ", "SCONJ")
    return head is not None and head.lemma_.lower() in ONE_AS_ARTICLE and lead


def _one_idiom(f: Facts) -> bool:
    """ "at one point", "may one day"; "for one day" stays."""
    if f.num.text.lower() not in ("one", "a", "an") or f.cand.unit is not None:
        return False
    nxt, prev = f.nxt, f.prev
    if nxt is None:
        return False
    after_prep = prev is not None and prev.lower_ in ("for", "in", "within", "after", "than")
    return nxt.lower_ == "point" or (nxt.lower_ == "day" and not after_prep)


E = Exclusion

# The table, in order: the first rule that holds names the exclusion.
EXCLUSIONS: tuple[Exclusion, ...] = (
    E(
        "ordinal_suffix",
        _ordinal_suffix,
        (("The 15,599 th plane rolled out.", "15,599"), ("Music of the 80's was loud.", "80")),
        False,
    ),
    E(
        "letters_after",
        _letters_after,
        (("The 777F freighter landed.", "777"), ("A 3D printer.", "3"), ("He came 4th.", "4")),
        False,
    ),
    E("hyphen_code", _hyphen_code, (("An F-16 crashed.", "16"), ("COVID-19 spread fast.", "19")), False),
    E("letters_before", _letters_before, (("The XYZ123 router failed.", "123"),), False),
    E("number_sign", _number_sign, (("He wore #23 all season.", "23"),), False),
    E("slash_label", _slash_label, (("Meet at 3/Pine tonight.", "3"),), False),
    E("comma_glued", _comma_glued, (("Mr. Halaby,20 said so.", "20"),), False),
    E("no_label", _no_label, (("The ship Billions No. 18 sank.", "18"),), False),
    E("apostrophe_year", _apostrophe_year, (("The club has not won since '47.", "47"),), False),
    E("leading_zero", _leading_zero, (("Call 0800 for help.", "0800"),), False),
    E("list_marker", _list_marker, (("The steps:\n1. Open the box.", "1"), ("See note (2) below.", "2")), False),
    E("tech_generation", _tech_generation, (("The 5G network opened.", "5G"),), False),
    E("time_of_day", _time_of_day, (("The vote starts at 9 am.", "9"),), False),
    E("month_before", _month_before, (("The vote is on April 10.", "10"),), False),
    E("month_after", _month_after, (("He left on 10 April.", "10"),), False),
    E("day_list", _day_list, (("Talks run between January 1 and 2.", "2"),), False),
    E("year_of_unit", _year_of_unit, (("It was the 2005 year of reform.", "2005"),), False),
    E("bare_year", _bare_year, (("Sales peaked in 1998.", "1998"),), False),
    E("model_after_possessive", _model_after_possessive, (("Boeing's 747 flew again.", "747"),)),
    E("inside_name", _inside_name, (("Windows 10 was released by Microsoft.", "10"),)),
    E("inside_date", _inside_date, (("We met on Tuesday 14 and left.", "14"),)),
    E("group_of", _group_of, (("The Group of Seven met.", "Seven"),)),
    E("index_name", _index_name, (("The Nikkei 225 fell.", "225"),)),
    E("label_list", _label_list, (("Articles 5, 6 and 7 apply.", "7"),)),
    E("label_word", _label_word, (("Flight 370 vanished.", "370"),)),
    E("version", _version, (("He installed version 10.4 yesterday.", "10.4"),)),
    E("proper_noun_number", _proper_noun_number, (("He launched the Falcon 9.", "9"),)),
    E("name_final_number", _name_final_number, (("The Airbus 380 is large.", "380"),)),
    E("capitals_code", _capitals_code, (("The XJS 3000 sold well.", "3000"),)),
    E("street_address", _street_address, (("He lives at 123 Random Street.", "123"),)),
    E("capitalised_number_word", _capitalised_number_word, (("He won the Formula One title.", "One"),)),
    E("ordinal_word", _ordinal_word, (("She sought a third term.", "a third"),)),
    E("one_compound", _one_compound, (("It was a one-man show.", "one"),)),
    E("fraction_compound", _fraction_compound, (("They reached the quarter-final.", "quarter"),)),
    E("period_half_quarter", _period_half_quarter, (("Sales fell last quarter.", "quarter"),)),
    E("one_as_pronoun", _one_as_pronoun, (("She is one of them.", "one"), ("He is the one you mentioned.", "one"))),
    E("one_as_article", _one_as_article, (("One reason is that prices rose.", "One"),)),
    E("one_idiom", _one_idiom, (("At one point he left.", "one"),)),
)


def excluded_by(num: Number, cand: Cand, d: DocView) -> str | None:
    """The name of the first exclusion rule that holds for this number, or None: a quantity."""
    f = facts(num, cand, d)
    for rule in EXCLUSIONS:
        if rule.needs_tokens and not f.toks:
            return None
        if rule.test(f):
            return rule.name
    return None


def model_name(num: Number, d: DocView) -> bool:
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
        and prev.text not in iso_codes()
    )


def named_elsewhere(num: Number, cand: Cand, names: set[str], d: DocView) -> bool:
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
