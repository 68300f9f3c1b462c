"""Regular expressions over a whole article must take time linear in its length.

One regex call holds the GIL for as long as it runs: a pattern that backtracks quadratically on
hostile input (a long run without whitespace, say) froze a worker for minutes. Timing is compared
with a linear baseline measured on the same text in the same run (one Python-level match object
per character, far slower per character than a linear regex pass), never with a wall-clock
threshold: on a loaded machine both slow down together, while a quadratic pass on 20,000
characters is still two orders of magnitude over the baseline.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

import pytest

from extractors.lexicons.pieces import BYLINE, PIECE_CUES, WRITER_CUES
from extractors.quantities.exclusions import excluded_spans

_EVERY_CHARACTER = re.compile(".", re.DOTALL)
_LENGTH = 20_000
# A linear pass measured 0.5-3x the baseline (up to 15x for one sample on a machine at a load
# average of 8); the quadratic address pattern 130x on 20,000 characters.
_MAX_RATIO = 30.0


def _best_of(fn: Callable[[], object], repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
    return best


def _linear_baseline(text: str) -> float:
    return _best_of(lambda: [m.span() for m in _EVERY_CHARACTER.finditer(text)])


@pytest.mark.parametrize(
    "unit",
    ["a", "@", "a@", "http://", "www.", "x.www", "1", "1-", "1-2 ", "0207 ", "3-6 ", "12:30 ", "+44 "],
)
def test_excluded_spans_time_is_linear_on_hostile_runs(unit: str) -> None:
    text = unit * (_LENGTH // len(unit))
    excluded_spans("")  # builds the patterns once
    elapsed = _best_of(lambda: excluded_spans(text), repeats=1)  # one run: a quadratic one takes seconds
    baseline = _linear_baseline(text)
    for _ in range(4):  # a hiccup of a loaded machine, or really slow? Interleaved, best of each.
        if elapsed <= _MAX_RATIO * baseline:
            break
        elapsed = min(elapsed, _best_of(lambda: excluded_spans(text), repeats=1))
        baseline = min(baseline, _linear_baseline(text))
    assert elapsed <= _MAX_RATIO * baseline, f"{elapsed:.3f} s on {len(text)} chars of {unit!r}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("see https://example.com/a?b=1 now", ["https://example.com/a?b=1"]),
        ("mail desk@example.org, or www.example.org.", ["desk@example.org,", "www.example.org."]),
        ("(http://x.y/1)\n@handle 5", ["(http://x.y/1)", "@handle"]),
        ("no address here, 5 km", []),
    ],
)
def test_excluded_spans_still_cover_whole_addresses(text: str, expected: list[str]) -> None:
    spans = [text[start:end] for start, end, _ in excluded_spans(text)]
    assert [span for span in spans if any(marker in span for marker in ("://", "www.", "@"))] == expected


@pytest.mark.parametrize(
    "unit", ["a", " ", "★", "Comment: ", "By Ana ", "4/5 ", "Rating: 4 out of ", "Ana Ruiz is ", "Ana Ruiz. ", "The A "]
)
def test_piece_cues_time_is_linear_on_hostile_lines(unit: str) -> None:
    """The cue rows of opinion pieces and reviews (lexicons/pieces.py) run on every line of the text."""
    text = unit * (_LENGTH // len(unit))

    def run() -> None:
        for cue in PIECE_CUES:
            cue.regex.search(text.strip())
        for writer in WRITER_CUES:  # (matched on a line's start)
            writer.regex.match(text.strip())
        list(BYLINE.finditer(text))

    elapsed = _best_of(run, repeats=1)
    baseline = _linear_baseline(text)
    for _ in range(4):
        if elapsed <= _MAX_RATIO * baseline:
            break
        elapsed = min(elapsed, _best_of(run, repeats=1))
        baseline = min(baseline, _linear_baseline(text))
    assert elapsed <= _MAX_RATIO * baseline, f"{elapsed:.3f} s on {len(text)} chars of {unit!r}"
