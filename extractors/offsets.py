"""Restating a Summary's offsets in another unit: UTF-16 code units or UTF-8 bytes.

The pipeline counts code points (Python string indices). JavaScript, Java and C# index strings
in UTF-16 code units, where every character outside the Basic Multilingual Plane (emoji, flags,
some CJK) takes two; Go and Rust index bytes. Like Google's Natural Language API
(``encodingType``), a client names its unit and gets offsets it can slice with directly.

Every ``Span`` anywhere in the Summary is converted (the walk follows the Structs' own fields, so
a new record type with spans needs no change here); ``Span.text`` stays as it is.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable
from typing import Any, get_args

import msgspec

from extractors.types import OffsetUnit, Span, Summary

OFFSET_UNITS: tuple[OffsetUnit, ...] = get_args(OffsetUnit)
DEFAULT_UNIT: OffsetUnit = "codepoint"


class OffsetMap:
    """Code-point offsets of one text to another unit, in O(log n) each after O(n) set-up."""

    def __init__(self, text: str, unit: OffsetUnit) -> None:
        self.unit = unit
        self._astral: list[int] = []
        self._bytes: list[int] = []
        if unit == "utf16" and not text.isascii():
            self._astral = [i for i, char in enumerate(text) if ord(char) > 0xFFFF]
        elif unit == "utf8" and not text.isascii():
            self._bytes = list(
                itertools.accumulate((len(char.encode("utf-8", "surrogatepass")) for char in text), initial=0)
            )

    def __call__(self, offset: int) -> int:
        """The offset in this map's unit of the code-point offset ``offset``."""
        if self._astral:  # one extra unit for every astral character before the offset
            return offset + bisect.bisect_left(self._astral, offset)
        if self._bytes:
            return self._bytes[offset]
        return offset


def map_spans(value: Any, change: Callable[[Span], Span]) -> Any:
    """``value`` with ``change`` applied to every ``Span`` inside it (Structs and lists of them)."""
    if isinstance(value, Span):
        return change(value)
    if isinstance(value, msgspec.Struct):
        changes = {}
        for name in value.__struct_fields__:
            field = getattr(value, name)
            converted = map_spans(field, change)
            if converted is not field:
                changes[name] = converted
        return msgspec.structs.replace(value, **changes) if changes else value
    if isinstance(value, list) and value and isinstance(value[0], msgspec.Struct):
        return [map_spans(item, change) for item in value]
    return value


def _convert(value: Any, to: OffsetMap) -> Any:
    return map_spans(value, lambda span: msgspec.structs.replace(span, start=to(span.start), end=to(span.end)))


def retext_spans(summary: Summary, text: str) -> Summary:
    """``summary`` with every ``Span.text`` read again from ``text`` (same offsets).

    The parser reads a byte-order mark inside the text as a space (same length); the spans must
    still quote the text as sent.
    """

    def retext(span: Span) -> Span:
        quoted = text[span.start : span.end]
        return span if quoted == span.text else msgspec.structs.replace(span, text=quoted)

    result: Summary = map_spans(summary, retext)
    return result


def convert_offsets(summary: Summary, text: str, unit: OffsetUnit) -> Summary:
    """``summary`` (code-point offsets into ``text``) with every span in ``unit``, and ``offsets`` saying so."""
    if summary.offsets != DEFAULT_UNIT:
        raise ValueError(f"the summary's offsets are already in {summary.offsets}")
    if unit == DEFAULT_UNIT:
        return summary
    converted: Summary = _convert(summary, OffsetMap(text, unit))
    return msgspec.structs.replace(converted, offsets=unit)
