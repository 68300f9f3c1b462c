"""Credits: agency datelines and credit lines ('(AP) —', 'Reporting by ...'), a quote credited with a dash."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.lexicons import attribution as lex
from extractors.sources.context import Context, Rel
from extractors.sources.quotemarks import SpanCover

_DASH_CREDIT = re.compile(r"[ \t\u00a0]*[―—–][ \t\u00a0]*(?P<who>(?:[A-Z][\w.’'-]*[ \t\u00a0]?){1,4})")


def dash_credits(ctx: Context, rels: Sequence[Rel]) -> list[Rel]:
    """Pass: '“...” ― Sonya Herridge': a quote credited with a dash and a name after it."""
    text = ctx.text
    found: list[Rel] = []
    contents = SpanCover(len(text), (r.content for r in rels))
    for q in ctx.quotes:
        m = _DASH_CREDIT.match(text, q[1])
        if m is None or contents.overlaps(q):
            continue
        who = m.group("who").rstrip(" \t\u00a0.")
        start = m.start("who")
        dash = text.index(m.group().strip(" \t\u00a0")[0], q[1])
        found.append(
            Rel(
                cue=(dash, dash + 1),
                cue_label="―",
                source=(start, start + len(who)),
                content=q,
                direct=True,
                kind="person",
                name=who,
            )
        )
    return [*rels, *found]


_AGENCY_ALTERNATION = "|".join(sorted((re.escape(a) for a in lex.AGENCIES), key=len, reverse=True))


_DATELINE_CREDIT = re.compile(rf"\((?P<who>{_AGENCY_ALTERNATION})\)\s*(?:[—–-]{{1,2}}|:)")


_CREDIT_LINE = re.compile(
    r"(?im)^[ \t]*(?:source:\s*)?(?P<cue>"
    + "|".join(re.escape(c) for c in lex.CREDIT_CUES if " by" in c or " from" in c)
    + r")\s+(?P<who>[^\n;]+?)[ \t.]*(?:;|$)"
)


_CONTRIBUTED = re.compile(
    r"(?im)^[ \t]*(?P<who>[^\n]{2,120}?)\s+(?P<cue>contributed(?: reporting)?(?: to this report)?)\.?[ \t]*$"
)


def credit_lines(ctx: Context, found: Sequence[Rel]) -> list[Rel]:
    """Pass: agency credits: '(AP) —' in a dateline, 'Source: With information from AP', 'Reporting by ...'."""
    text = ctx.text
    rels = list(found)
    for m in _DATELINE_CREDIT.finditer(text):
        if m.start() > 400 and text[: m.start()].count("\n") > 3:
            continue  # a credit opens the article, not the middle of it
        rels.append(
            Rel(cue=m.span(), cue_label="dateline credit", source=m.span("who"), kind="agency", name=m.group("who"))
        )
    for m in (*_CREDIT_LINE.finditer(text), *_CONTRIBUTED.finditer(text)):
        rels.append(
            Rel(
                cue=m.span("cue"),
                cue_label=m.group("cue").lower(),
                source=m.span("who"),
                kind="agency",
                name=m.group("who").strip(),
            )
        )
    return rels
