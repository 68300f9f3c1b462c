"""Dates, anchoring to the reference date: which way an underspecified expression points.

A bare weekday, a month without a year, a holiday: news narrates in the past, so the tense and
aspect of the governing verb decide (past -> the most recent one, future or a schedule -> the
next one, no tense -> the nearer one, flagged ``ambiguous``). ``pick`` holds the convention;
the ``resolve_*`` functions apply it to months, month-days and weekdays.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Token

from extractors.dates.base import Ctx, Norm, Tense
from extractors.dates.values import make_date
from extractors.lexicons.attribution import SAYING_VERBS

_F = re.IGNORECASE

_FUTURE_AUX = {"will", "shall", "'ll", "wo", "ll"}
_MODALS = {"would", "could", "may", "might", "should", "must", "can", "ca"}
_FORWARD_MODALS = {"may", "might", "should", "must"}
# Past-tense verbs that push something ahead: "postponed until Tuesday" is a coming Tuesday.
_DEFERRING = {"postpone", "delay", "defer", "adjourn", "extend", "give", "grant", "push", "put", "suspend"}
# Heads of an infinitive that schedule something ahead ("plans to meet Friday").
_FUTURE_HEADS = {
    "plan", "expect", "schedule", "intend", "hope", "aim", "want", "seek", "prepare", "set", "due", "go",
    "propose", "agree", "vow", "pledge", "promise", "threaten", "decide", "try", "wish", "like", "need",
}  # fmt: skip
# Present-tense reporting verbs (SAYING_VERBS) narrate the past in headlines and leads ("Smith says Monday").

_SCHEDULING = {"schedule", "plan", "slate", "expect", "due", "intend", "prepare"}


def _verb_tense(v: Token, depth: int = 0) -> Tense:
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    if v.lemma_ in _SCHEDULING and not any(a.lower_ == "had" for a in auxes):
        return "future"  # "has scheduled a news conference Thursday", "planned a rally on Saturday"
    lowers = {a.lower_ for a in auxes}
    if lowers & _FUTURE_AUX:
        return "future"
    if any(a.lower_ == "going" for a in auxes) or (v.lower_ == "going" and any(c.lower_ == "to" for c in v.children)):
        return "future"
    has_have = any(a.lemma_ == "have" for a in auxes)
    if lowers & _MODALS:
        # "could have received": past; "could increase", "could not be located": no reliable direction
        return "past" if has_have else None
    if any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if has_have and (v.tag_ == "VBN" or (v.tag_ == "VBG" and "been" in lowers)):
        return "past"  # "has risen", "have been searching since ...": up to now, so the past
    if v.tag_ == "VBD":
        return "past"
    if v.tag_ == "VBN":
        return "past" if not auxes else ("future" if v.lemma_ in ("schedule", "set", "expect", "plan") else "present")
    if "to" in lowers or (v.tag_ == "VB" and any(a.lower_ == "to" for a in auxes)):
        head = v.head
        if head is v or depth > 3:
            return "future"
        if any(c.lower_ == "had" for t in (head, head.head) for c in t.children):
            return "past"  # "had been due to expire Friday": a schedule that has passed
        if head.lemma_ in _FUTURE_HEADS:
            return "future"
        if head.pos_ in ("VERB", "AUX"):
            t = _verb_tense(head, depth + 1)
            return "future" if t == "present" else t
        return "future"
    if v.tag_ in ("VBZ", "VBP"):
        if v.lemma_ in SAYING_VERBS:
            return "past"
        if v.lemma_ in ("be",) and any(c.lemma_ in ("schedule", "due", "set", "expect") for c in v.children):
            return "future"
        return "present"
    if v.tag_ == "VBG":
        if not auxes and v.dep_ in ("advcl", "xcomp", "conj") and v.head.pos_ in ("VERB", "AUX") and depth < 3:
            return _verb_tense(v.head, depth + 1)  # "has fluctuated, rising to a high in June"
        return "present"
    return None


def _governor(ctx: Ctx, start: int) -> Token | None:
    """The verb governing the expression at ``start``, if the parse gives one."""
    tok = ctx.token_at(start)
    for _ in range(8):
        if tok is None:
            return None
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod", "compound"):
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def tense_at(ctx: Ctx, start: int) -> Tense:
    """Tense of the verb governing the expression at ``start``: past, future, present or None."""
    verb = _governor(ctx, start)
    return _verb_tense(verb) if verb is not None else None


# "until Tuesday", "as early as Friday", "no later than Monday": a limit or a schedule ahead.
_FORWARD_CUE = re.compile(
    r"(?<![\w-])(?:until|till|through|thru|as\s+(?:soon|early)\s+as|no\s+later\s+than|effective)\s+(?:the\s+)?$", _F
)


def ahead_of_modal(ctx: Ctx, start: int) -> bool:
    """A day named under a bare modal ("could come Tuesday", "would travel Thursday") or after a
    forward cue ("until Tuesday") is one still ahead: a past one takes "could have", "had until"."""
    verb = _governor(ctx, start)
    cue = _FORWARD_CUE.search(ctx.text[max(0, start - 24) : start])
    if cue:
        if verb is not None and any(c.lower_ == "had" for c in verb.children):
            return False
        if not cue[0].lower().startswith(("until", "till", "thr")):
            return True  # "effective Feb. 1", "as early as Tuesday": a start still to come
        # "lasted until Friday" looks back; "postponed until Tuesday" looks ahead
        return verb is None or verb.tag_ != "VBD" or verb.lemma_ in _DEFERRING
    if verb is None:
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    # "could" and "would" also narrate the past ("could not be located Wednesday"), so only the
    # modals of possibility and obligation count.
    return bool(auxes & _FORWARD_MODALS) and "have" not in auxes


# ------------------------------------------------------------------------------- resolution


def pick(back: int, ahead: int, tense: Tense, near: int) -> tuple[int, bool]:
    """Choose between the candidate ``back`` units before the reference and the one ``ahead`` units
    after it: -1 for the past one, +1 for the future one, and whether the choice is a guess.

    News convention: an explicit future ("will", "plans to") looks forward; the past tense looks back
    unless the coming one is near and the past one far ("extended to Nov. 20", "payable Dec. 7", said
    in late October); otherwise the nearer one.
    """
    if back == 0 or ahead == 0:
        return (-1 if back == 0 else 1), False
    if tense == "future":
        # a deadline a few days gone is the same one, reported late, not next year's ("by Jan. 14")
        return (-1, False) if near > 31 and back <= 7 and ahead > 300 else (1, False)
    if tense == "past":
        return (1, False) if ahead <= near and back > 4 * near else (-1, False)
    if back <= ahead:
        return -1, tense is None and back > near
    return 1, tense is None and ahead > near


def resolve_month_day(ctx: Ctx, start: int, month: int, day: int) -> Norm | None:
    """A month and day without a year: the one the governing verb's tense points to (None if
    there is no such day in any year: '0/0', 'February 30')."""
    if ctx.ref is None:
        return Norm("DATE", f"XXXX-{month:02d}-{day:02d}")
    ref = ctx.ref
    cands = [d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := make_date(y, month, day)) is not None]
    if not cands:
        return None
    past = [d for d in cands if d <= ref]
    future = [d for d in cands if d >= ref]
    if not past or not future:
        return Norm("DATE", (past or future)[-1 if past else 0].isoformat())
    back, ahead = max(past), min(future)
    tense = "future" if ahead_of_modal(ctx, start) else tense_at(ctx, start)
    way, guess = pick((ref - back).days, (ahead - ref).days, tense, 75)
    return Norm("DATE", (back if way < 0 else ahead).isoformat(), ambiguous=guess)


def resolve_month(ctx: Ctx, start: int, month: int) -> Norm:
    """A month without a year: the one the governing verb's tense points to."""
    if ctx.ref is None:
        return Norm("DATE", f"XXXX-{month:02d}")
    ref = ctx.ref
    back, ahead = (ref.month - month) % 12, (month - ref.month) % 12
    tense = "future" if ahead_of_modal(ctx, start) else tense_at(ctx, start)
    way, guess = pick(back, ahead, tense, 2)
    y = ref.year - (1 if month > ref.month else 0) if way < 0 else ref.year + (1 if month < ref.month else 0)
    return Norm("DATE", f"{y}-{month:02d}", ambiguous=guess)


def resolve_weekday(ctx: Ctx, start: int, wd: int, rel: str | None) -> tuple[date | None, bool]:
    """The date of a weekday: (date, ambiguous)."""
    if ctx.ref is None:
        return None, False
    ref = ctx.ref
    back = ref - timedelta(days=(ref.weekday() - wd) % 7)
    ahead = ref + timedelta(days=(wd - ref.weekday()) % 7)
    monday = ref - timedelta(days=ref.weekday())
    if rel in ("last", "previous", "the previous", "the last"):
        return monday - timedelta(days=7 - wd), False  # the one of the week before
    if rel in ("past", "this past"):
        return (back if back < ref else back - timedelta(days=7)), False
    if rel in ("next", "following", "the following", "the next"):
        return monday + timedelta(days=7 + wd), False  # the one of the week after
    if rel in ("coming", "this coming", "upcoming", "this upcoming"):
        return (ahead if ahead > ref else ahead + timedelta(days=7)), False
    if rel == "this":
        return ref - timedelta(days=ref.weekday()) + timedelta(days=wd), False
    tense = tense_at(ctx, start)
    tok = ctx.token_at(start)
    if tok is not None and tok.i + 1 < len(ctx.doc) and ctx.doc[tok.i + 1].tag_ == "POS":
        tense = "past"  # "Tuesday's ruling": news refers back to an event already reported
    # Only an explicit future moves a bare weekday forward: news narrates in the past and in the
    # historic present ("closing unchanged Friday", "by the Tuesday deadline").
    if tense == "future" or ahead_of_modal(ctx, start):
        return ahead, False
    return back, tense is None and back != ref
