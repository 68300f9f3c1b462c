"""Helpers shared by tests that check a summary's offsets."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def walk_spans(obj: Any) -> Iterator[dict[str, Any]]:
    """Every object in an encoded Summary that looks like a Span (``start``, ``end`` and ``text``)."""
    if isinstance(obj, dict):
        if {"start", "end", "text"} <= obj.keys():
            yield obj
        for value in obj.values():
            yield from walk_spans(value)
    elif isinstance(obj, list):
        for value in obj:
            yield from walk_spans(value)
