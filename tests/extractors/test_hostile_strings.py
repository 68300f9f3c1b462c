"""Every extractor on generated hostile strings: no exception, every span is the text at its offsets.

The pieces are those of issue 14's pathological inputs (digit runs with separators, dash chains,
date runs, attribution runs, nested and unbalanced quote marks) and odd characters (a byte-order
mark, zero-width and bidirectional marks, surrogate-free astral characters), shuffled together.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.pipeline import Article, Summarizer
from tests.spans import walk_spans

PIECES = [
    "1,", "1", ",", "1 000", "1.2.3", "-", "–", "1-2-3", "March 3", "May", "2024", "said", "Smith said",
    '"', "'", "“", "”", "‘", "’", "«", "»", "(", ")", " ", "\n", "\n\n", ".", "$", "%", "bn",
    "\ufeff", "\u200b", "\u202e", "😀", "é", "Peskov", "denied", "not", "about", "up to", "per cent",
]  # fmt: skip


def test_extractors_hostile_strings_raise_nothing_and_spans_match(summarizer: Summarizer) -> None:
    import msgspec

    @settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=120).map("".join))
    def check(text: str) -> None:
        summary = msgspec.to_builtins(summarizer.summarize(Article(text=text)))  # strict: an exception fails
        for span in walk_spans(summary):
            assert text[span["start"] : span["end"]] == span["text"], span

    check()
