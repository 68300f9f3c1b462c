"""newsum's NLP: pure functions from a parsed spaCy Doc (plus a reference date) to Summary parts.

Nothing here knows about HTTP. ``summarize`` is the one entry point for a single article;
``Summarizer`` loads the model once and also pipes many articles.
"""

from extractors.pipeline import Article, Summarizer, summarize
from extractors.types import Summary

__all__ = ["Article", "Summarizer", "Summary", "summarize"]
