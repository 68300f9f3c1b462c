"""newsum's NLP: pure functions from a parsed spaCy Doc (plus a reference date) to Summary parts.

Nothing here knows about HTTP. ``summarize`` is the one entry point for a single article;
``Summarizer`` loads the model once and also pipes many articles.

The names below are imported lazily: the HTTP workers import ``extractors.article`` and
``extractors.types`` without paying for spaCy (the model lives in their parser process).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from extractors.article import Article
    from extractors.pipeline import Summarizer, summarize
    from extractors.types import Summary

__all__ = ["Article", "Summarizer", "Summary", "summarize"]


def __getattr__(name: str) -> Any:
    if name == "Article":
        from extractors.article import Article

        return Article
    if name in ("Summarizer", "summarize"):
        from extractors import pipeline

        return getattr(pipeline, name)
    if name == "Summary":
        from extractors.types import Summary

        return Summary
    raise AttributeError(f"module 'extractors' has no attribute {name!r}")
