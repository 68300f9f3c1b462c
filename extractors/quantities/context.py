"""Quantities, read on the parse: the item counted ("7,000 containers", "revenue of $5m"), whether
the quantity is a change ("rose 5%") and whether it is hedged ("possibly millions")."""

from __future__ import annotations

import re

from spacy.tokens import Token

from extractors.lexicons.quantities import CHANGE_DOWN, CHANGE_UP, HEDGES, PLURAL_SCALES, UNITS, VAGUE
from extractors.quantities.base import Cand, DocView

_TRANSITIVE_CHANGE = frozenset({
    "raise", "cut", "reduce", "lower", "add", "lose", "boost", "hike", "slash", "trim", "shed", "expand", "lift",
})  # fmt: skip
_PER_UNIT = re.compile(r"(?:,? (?:a|an|per|each) |/)(?P<w>[a-z]+)\b")  # "$80 a barrel", "12 cts per share", "$7/share"


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


def of_object(tok: Token) -> Token | None:
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def item_of(c: Cand, d: DocView) -> str | None:
    """What is counted, or None; never across a line break (headlines and lists run on)."""
    item = _item_phrase(c, d)
    if item is None:
        return None
    return item if "\n" not in item and "  " not in item else None


def _amount_item(c: Cand, toks: list[Token], d: DocView) -> str | None:
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


def _item_phrase(c: Cand, d: DocView) -> str | None:
    """What is counted: the noun the number modifies ("about 7,000 containers"), or the object of
    "of" ("millions of artillery shells", "500,000 barrels of oil")."""
    toks = d.tokens(c.start, c.end)
    if not toks:
        return None
    last = toks[-1]
    if c.kind in ("money", "percent", "measure"):
        obj = of_object(last)
        if obj is not None and obj.pos_ in ("NOUN", "PROPN") and obj.lemma_ not in UNITS:
            return _phrase(obj, obj.i)
        return _amount_item(c, toks, d) if c.kind in ("money", "percent") else None
    if c.num is not None and c.num.fraction and not c.num.scaled:
        obj = of_object(last)  # "a third of voters", "three quarters of its value"
        return _phrase(obj, obj.i - 3) if obj is not None and obj.pos_ in ("NOUN", "PROPN") else None
    num_toks = [t for t in toks if t.like_num or t.pos_ == "NUM" or t.lower_ in PLURAL_SCALES or t.lower_ in VAGUE]
    anchor = num_toks[-1] if num_toks else last
    if anchor.lower_ == "one" and d.text[c.end : c.end + 4] == " of ":
        obj = of_object(anchor)  # "one of the victims"
        return _phrase(obj, obj.i - 3) if obj is not None and obj.pos_ in ("NOUN", "PROPN") else None
    if anchor.lower_ in PLURAL_SCALES or anchor.lower_ in VAGUE or anchor.pos_ == "NOUN":
        obj = of_object(anchor)
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


def change_of(c: Cand, d: DocView) -> str | None:
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


def hedged(c: Cand, d: DocView) -> bool:
    toks = d.tokens(c.start, c.end)
    if not toks:
        return False
    first = toks[0]
    for k in range(1, 4):
        # Stop at the sentence start (read from the token: Token.sent walks the whole sentence, which
        # for a text of one long "sentence" made every number cost its length).
        if first.i - k < 0 or d.doc[first.i - k + 1].is_sent_start:
            break
        t = d.doc[first.i - k]
        if t.lower_ in HEDGES:
            return True
        if t.is_punct:
            break
    return False
