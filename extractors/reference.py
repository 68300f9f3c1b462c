"""The reference date of an article: the request's value, else its dateline, else a stated date.

Relative expressions ("Monday", "last year") are resolved against it. Dateline forms seen in
news copy and in our corpus:

* ``date 2024-03-18 SEOUL. –`` and other ISO dates at the very start of the first line;
* a first paragraph that is only a date (Wikinews: ``Monday, May 18, 2015``);
* a place-and-date line: ``WASHINGTON, March 3, 2021 (AP) —``, ``LONDON, 12 May 2019 -``;
* a byline stamp near the top: ``Published: 12 March 2019``, ``Updated on May 3, 2020``.

A dateline without a year (Reuters' ``RIO DE JANEIRO, Feb 26 -``) cannot be resolved on its own
and yields None.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Literal

from dateutil import parser as date_parser

Origin = Literal["request", "dateline", "text"]

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_WRITTEN_DATE = (
    rf"(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+{_YEAR})"
)
_ISO_DATE = r"(?<!\d)(?:19|20)\d\d-[01]\d-[0-3]\d(?!\d)"

# An ISO date in the first few words of the first line: "date 2024-03-18 SEOUL. –".
_ISO_LEAD = re.compile(rf"\A\W*(?:\w+\W+){{0,3}}?(?P<date>{_ISO_DATE})")
# A paragraph that is a written date and nothing else.
_DATE_ONLY = re.compile(rf"\A\s*(?P<date>{_WRITTEN_DATE})\s*\Z", re.IGNORECASE)
# "PLACE, <date> (AGENCY) —" within the first line.
_PLACE_DATE = re.compile(rf"\A[^\n]{{0,60}}?,\s*(?P<date>{_WRITTEN_DATE})\b", re.IGNORECASE)
# A stamp near the top: "Published: 12 March 2019".
_STAMP = re.compile(
    rf"\b(?:published|posted|updated|last updated|first published)(?:\s+on)?:?\s*(?P<date>{_WRITTEN_DATE}|{_ISO_DATE})",
    re.IGNORECASE,
)
_HEAD_CHARS = 400


def _parse(found: str) -> date | None:
    try:
        return date_parser.parse(found, default=datetime(2000, 1, 1)).date()
    except (ValueError, OverflowError):
        return None


def find_dateline(text: str) -> tuple[date | None, Origin | None]:
    """The date an article states for itself, and whether it came from the dateline or the text."""
    head = text[:_HEAD_CHARS]
    first_para = head.strip().split("\n", 1)[0]
    for pattern in (_ISO_LEAD, _DATE_ONLY, _PLACE_DATE):
        m = pattern.search(first_para)
        if m and (found := _parse(m.group("date"))):
            return found, "dateline"
    m = _STAMP.search(head)
    if m and (found := _parse(m.group("date"))):
        return found, "text"
    return None, None


# What a publication date may look like: 'YYYY-MM-DD', or that with a time ('T', seconds and
# fractions optional) and an offset. Python's fromisoformat alone also takes '20240318' and
# '2024-W12-1', which no newsroom system means as a date.
_PUBLISHED = re.compile(r"\d{4}-\d\d-\d\d(?:T\d\d:\d\d(?::\d\d(?:\.\d{1,6})?)?(?:Z|[+-]\d\d:?\d\d)?)?", re.ASCII)
# Years a reference date may have. Relative dates are resolved against it, up to a century either
# way ("next year", "a decade ago"): against 9999-12-31 "next year" would be '10000' and against
# 1000-01-01 "last year" '999', neither a TIMEX3 year, so the edges keep a century's margin.
PUBLISHED_YEARS = range(1100, 9900)


def parse_published(value: str) -> date:
    """A 'YYYY-MM-DD' date or an ISO 8601 datetime's own calendar date; ValueError on anything else.

    Years outside ``PUBLISHED_YEARS`` are refused: 'yesterday' against 0001-01-01 has no TIMEX3 value.
    """
    if not _PUBLISHED.fullmatch(value):
        raise ValueError(f"not YYYY-MM-DD or an ISO 8601 datetime: {value[:40]!r}")
    found = date.fromisoformat(value) if len(value) == 10 else datetime.fromisoformat(value).date()
    if found.year not in PUBLISHED_YEARS:
        raise ValueError(f"year {found.year} is outside {PUBLISHED_YEARS.start}-{PUBLISHED_YEARS.stop - 1}")
    return found


def reference_date(text: str, published: date | None) -> tuple[date | None, Origin | None]:
    """The request's date if given, else what the article states for itself."""
    if published is not None:
        return published, "request"
    return find_dateline(text)
