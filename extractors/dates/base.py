"""Dates: the small types shared by recognition, normalisation and anchoring.

A ``Rule`` is one named row of the rule table (``extractors.dates.rules``): a pattern, the
handler that normalises its matches, a priority for overlaps, a gate (a cheap regex the text must
contain near a match) and examples that ``tests/extractors/test_dates_rules.py`` runs. A handler
takes the match, the document context and the match's start, and returns a ``Norm`` or None
("not a date here"); it never raises on odd text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal, NamedTuple

from spacy.tokens import Doc, Token

from extractors.types import DateType

Tense = Literal["past", "future", "present"] | None


@dataclass(slots=True)
class Norm:
    """A normalised expression before it becomes a DateMention."""

    type: DateType
    value: str
    mod: str | None = None
    ambiguous: bool = False
    anchor: str | None = None  # a discourse rule to apply in the left-to-right pass
    interval: tuple[date, date] | None = None  # a range's own calendar interval (both ends inclusive)
    cut: int = 0  # characters of the match to leave out of the extent, at its end


@dataclass(slots=True)
class Ctx:
    """What the normalisers need about one document; built per call, never shared."""

    doc: Doc
    text: str
    ref: date | None
    starts: list[int] = field(default_factory=list)

    def token_at(self, char: int) -> Token | None:
        i = bisect_right(self.starts, char) - 1
        return self.doc[i] if 0 <= i < len(self.doc) else None


class Match:
    """A match as the normalisers see it: ``m["name"]`` is the group's text or None, also for a
    group the rule does not have, and a name ending in '2' stands in for the plain one ('mo2' for
    'mo') so that alternatives in one pattern can share a normaliser."""

    __slots__ = ("_m",)

    def __init__(self, m: re.Match[str]) -> None:
        self._m = m

    def __getitem__(self, name: str | int) -> Any:  # str, or None for an absent group
        if isinstance(name, int):
            return self._m[name]
        groups = self._m.re.groupindex
        v = self._m[name] if name in groups else None
        if v is None and f"{name}2" in groups:
            v = self._m[f"{name}2"]
        return v

    def start(self, name: str | int = 0) -> int:
        return self._m.start(name)

    def end(self, name: str | int = 0) -> int:
        return self._m.end(name)


class Alias(Match):
    """A match whose alternative branches name their groups differently ('d_' for 'd')."""

    __slots__ = ("_names",)

    def __init__(self, m: Match, names: dict[str, str]) -> None:
        super().__init__(m._m)
        self._names = names

    def __getitem__(self, name: str | int) -> Any:
        v = super().__getitem__(name)
        if v is None and isinstance(name, str) and name in self._names:
            v = super().__getitem__(self._names[name])
        return v


def lower_group(m: Match, name: str) -> str | None:
    """A named group, lower-cased, or None."""
    v = m[name]
    return v.lower() if v else None


Handler = Callable[[Match, Ctx, int], "Norm | None"]


class Example(NamedTuple):
    """A sentence a rule must read: the words it finds and the TIMEX3 value (None: no date there).
    Examples are resolved against ``EXAMPLE_REFERENCE``."""

    sentence: str
    words: str
    value: str | None
    type: str = "DATE"


EXAMPLE_REFERENCE = date(2024, 3, 18)  # a Monday


@dataclass(frozen=True, slots=True)
class Rule:
    """One row of the rule table."""

    name: str
    pattern: re.Pattern[str]
    handler: Handler
    priority: int  # among equally long overlapping matches, the lower wins
    gate: re.Pattern[str] | None  # the rule only runs near a match of this (None: everywhere)
    examples: tuple[Example, ...]


@dataclass(slots=True)
class Hit:
    """A rule's normalised match, as recognition and the discourse passes move it about."""

    start: int
    end: int
    rule: str
    norm: Norm
