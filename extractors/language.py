"""The language of an article, so that text newsum cannot read is refused instead of summarised badly.

The pipeline is English only: German text parsed as English gives events whose actor is "dass".
``unsupported_language`` names the language of a text that is confidently not English, using
py3langid (a maintained fork of langid.py: a naive Bayes model over byte n-grams for 97 languages,
shipped in its wheel; about 1.4 ms for a 2,400-character article, see tests/bench/bench_language.py).

Short texts are never refused: a headline-sized text ("Merkel said nein.") gives the detector too
little to go on, and refusing English by mistake is worse than summarising a short foreign text.
"""

from __future__ import annotations

import threading
from typing import Any

from extractors.inputs import SUPPORTED_LANGUAGES

# The detector's confidence (normalised probability) above which a text is refused.
MIN_CONFIDENCE = 0.95
# Fewer letters than this: too little text to tell, never refused.
MIN_LETTERS = 60
# Only the beginning is read: the cost stays bounded on long texts, and a news article's language
# is settled long before this.
SAMPLE_CHARS = 3000

_lock = threading.Lock()
_identifier: Any = None


def load() -> None:
    """Load the model (a few seconds: a 4.5 MB xz file decompressed to about 70 MB); idempotent."""
    global _identifier
    with _lock:
        if _identifier is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            _identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """The most likely ISO 639-1 language of ``text`` and the detector's confidence (0..1)."""
    load()
    language, confidence = _identifier.classify(text[:SAMPLE_CHARS])
    return str(language), float(confidence)


def unsupported_language(text: str) -> str | None:
    """The language code of a text that is confidently in a language newsum does not support, else None."""
    sample = text[:SAMPLE_CHARS]
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return None
    language, confidence = detect_language(sample)
    if language in SUPPORTED_LANGUAGES or confidence < MIN_CONFIDENCE:
        return None
    return language
