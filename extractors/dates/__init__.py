"""Dates: TIMEX3-style temporal expressions resolved against the reference date.

How it works (after HeidelTime's split of patterns, rules and normalisation, written anew here):

1. **Recognise** (``patterns``, ``rules``, ``engine``). A table of named rules, each a regular
   expression with a handler, a priority, a gate and examples, proposes candidates ("the third
   quarter", "two years ago", "Sept. 30, 1998", "every Monday"...). Overlaps are settled
   longest-first, then words that TimeML keeps inside the extent and turns into a ``mod`` are
   taken in from the left ("about", "early", "the end of").
2. **Normalise** (``norm_calendar``, ``norm_relative``, ``values``). Each handler returns a TIMEX3
   type and value, or None where the words are no date.
3. **Anchor** (``anchoring``, ``discourse``). Underspecified expressions (a bare weekday, a month
   without a year, "the quarter") are resolved against the reference date in the direction the
   governing verb's tense points to: past tense -> the most recent one on or before the
   reference, future tense or a schedule -> the next one, no tense -> the nearest (flagged
   ``ambiguous``). Without a reference such values stay underspecified (``XXXX-09``). A
   left-to-right pass resolves what depends on what the article said before ("the year-earlier
   quarter" is the quarter last discussed, a year back) and joins ranges.

Extents follow the TempEval-3 gold: determiners and modifiers are in ("the past two months",
"nearly four years ago", "early next year"), prepositions are out ("on Monday" -> "Monday").
"""

from __future__ import annotations

from extractors.dates.engine import extract_dates, find_hits
from extractors.dates.values import interval_of

VERSION = 4

__all__ = ["VERSION", "extract_dates", "find_hits", "interval_of"]
