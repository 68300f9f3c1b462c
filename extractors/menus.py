"""A page with no article on it: only site menus ("Home", "News", "Sport", "Sign in", "Contact Us", ...), as
a scraper returns a page whose story it missed. Nothing on it is content: every line is furniture of the kind
``menu`` (read by extractors/boilerplate.py), so that no headline, event or actor comes from a menu.

A page is menus only when none of its lines (outside the furniture other rules found) is prose — a sentence
that ends (at least ``_SENTENCE_WORDS`` words and a stop), or a long line of running words (at least
``_PROSE_WORDS`` words, a share of them lower case) — and it has ``_MENU_LINES`` lines at least, or is one long
line of capitalised words with no stop (a menu bar run into one line). A short text of a line or two ("Obama
visited Paris") is a text, however short, not a menu.
"""

from __future__ import annotations

import bisect
import re

_LINES = re.compile(r"[^\n]+")
_STOP = re.compile(r"[.!?…][\"”’')\]]*\s*$")
_SENTENCE_WORDS = 4
_PROSE_WORDS = 10
_LOWER_SHARE = 0.25  # running words: this share of them at least open in lower case
_MENU_LINES = 5
_BAR_WORDS = 15  # a menu bar on one line: this many words at least ...
_BAR_LOWER = 0.1  # ... and this share of them at most in lower case


def menu_lines(text: str, furniture: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The character ranges of the lines of a menus-only page (every line not yet furniture), else [];
    ``furniture`` sorted, merged ranges."""
    starts = [s for s, _ in furniture]
    free: list[tuple[int, int]] = []
    for m in _LINES.finditer(text):
        start, end = m.span()
        k = bisect.bisect_right(starts, start) - 1
        if not m.group().strip() or (k >= 0 and end <= furniture[k][1]):
            continue  # (a line inside furniture)
        if _prose(m.group()):
            return []  # an article's line: most texts stop at their first
        free.append((start, end))
    if len(free) >= _MENU_LINES or (len(free) == 1 and _bar(text[free[0][0] : free[0][1]])):
        return free
    return []


def _prose(line: str) -> bool:
    """A line of the article: a sentence that ends, or a long line of running words."""
    words = line.split()
    if len(words) >= _SENTENCE_WORDS and _STOP.search(line):
        return True
    return len(words) >= _PROSE_WORDS and _lower(words) >= _LOWER_SHARE


def _bar(line: str) -> bool:
    """A menu bar run into one line: many capitalised words, no stop."""
    words = line.split()
    return len(words) >= _BAR_WORDS and not _STOP.search(line) and _lower(words) <= _BAR_LOWER


def _lower(words: list[str]) -> float:
    return sum(w[:1].islower() for w in words) / len(words)
