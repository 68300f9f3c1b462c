"""How each extractor's time grows with the article, on pathological inputs doubled in size.

    .venv/bin/python tests/bench/bench_scaling.py [--chars 5000] [--doublings 2] [--only NAME] [--cap 60] [--clock cpu]

Each input is a short pattern repeated to ``chars`` characters, then doubled ``doublings`` times. At
every size the text is parsed once (timed: the raw parse, the reference for linear growth), then
every registered extractor runs alone over that Doc (the model's objects frozen out of the garbage
collector, as in the parser process) (best of ``--repeat``, the parts it reads computed
beforehand and not timed). Prints seconds per size and the time ratio per doubling for each
extractor; a linear extractor doubles (target: at most 2.3x per doubling). An extractor slower than
``--cap`` seconds at one size is not run at the next. Prints figures; not a pass/fail test.

Times are this process's CPU seconds by default (``--clock cpu``): on a shared machine the wall
clock also counts the time other processes held the cores, which made ratios swing from 0.8 to
4.4 on the same input. ``--clock wall`` measures elapsed time instead.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from extractors.pipeline import Summarizer  # noqa: E402
from extractors.reference import reference_date  # noqa: E402
from extractors.registry import REGISTRY  # noqa: E402

# The inputs of issue 14 (each a pattern repeated): name -> pattern.
PATTERNS: dict[str, str] = {
    "digit-commas": "1,",
    "separators": "1 000 000 000 ",
    "dotted": "1.2.3.4.5.",
    "dash-chain": "1-2-3-4-5-",
    "date-run": "March 3 ",
    "said-run": "Smith said the plan was fine. ",
    "nested-quotes": "\"He said '",
    "prose": (
        "The minister said on Tuesday that 1,200 troops would leave by March 3, 2025, "
        '"as planned," according to officials. Opposition leader Jane Doe denied the claim. '
    ),
}


def _text(pattern: str, chars: int) -> str:
    return (pattern * (chars // len(pattern) + 1))[:chars]


_CLOCKS: dict[str, Callable[[], float]] = {"cpu": time.process_time, "wall": time.perf_counter}


def _time_extractors(
    summarizer: Summarizer, text: str, skip: set[str], repeat: int, clock: Callable[[], float]
) -> tuple[float, dict[str, float | None]]:
    t0 = clock()
    doc = summarizer.nlp(text)
    parse = clock() - t0
    reference = reference_date(text, None)[0]
    done: dict[str, Any] = {}
    times: dict[str, float | None] = {}
    for extractor in REGISTRY:
        facts = {"title": None, "text": text}
        kwargs = {need: done[need] for need in extractor.needs}
        kwargs.update({name: facts[name] for name in extractor.context})
        if extractor.part in skip:
            times[extractor.part] = None
            done[extractor.part] = _empty(extractor.part)
            continue
        best = float("inf")
        for _ in range(repeat):
            doc.user_data.clear()
            t = clock()
            done[extractor.part] = extractor.run(doc, reference=reference, **kwargs)
            best = min(best, clock() - t)
        times[extractor.part] = best
    return parse, times


def _empty(part: str) -> Any:
    from extractors.types import Sourcing

    return {"headline": None, "sourcing": Sourcing()}.get(part, [])


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--chars", type=int, default=5000, help="size of the smallest text")
    ap.add_argument("--doublings", type=int, default=2, help="how many times the text is doubled")
    ap.add_argument("--only", action="append", default=[], help="only these inputs (repeatable)")
    ap.add_argument("--repeat", type=int, default=2, help="best of R timings per extractor")
    ap.add_argument("--cap", type=float, default=60.0, help="skip an extractor at the next size past this many s")
    ap.add_argument("--clock", choices=tuple(_CLOCKS), default="cpu", help="cpu: this process's CPU time; wall")
    args = ap.parse_args()
    summarizer = Summarizer()
    summarizer.nlp("warm up")
    # As the parser process does after loading (api/parser.py): the model's objects leave the
    # collector, so full collections over them do not pass for the extractors' own cost.
    gc.freeze()
    worst: dict[str, float] = {}
    for name, pattern in PATTERNS.items():
        if args.only and name not in args.only:
            continue
        sizes = [args.chars * 2**i for i in range(args.doublings + 1)]
        rows: list[tuple[float, dict[str, float | None]]] = []
        skip: set[str] = set()
        for chars in sizes:
            parse, times = _time_extractors(summarizer, _text(pattern, chars), skip, args.repeat, _CLOCKS[args.clock])
            rows.append((parse, times))
            skip |= {part for part, seconds in times.items() if seconds is not None and seconds > args.cap}
        print(f"\n{name}: {pattern[:40]!r} x n, {' -> '.join(f'{c:,}' for c in sizes)} chars")
        print(f"  {'':<12} " + " ".join(f"{c:>9,}" for c in sizes) + "   ratio per doubling")
        _print_row("raw parse", [parse for parse, _ in rows])
        for part in rows[0][1]:
            ratios = _print_row(part, [times.get(part) for _, times in rows])
            if ratios:
                worst[part] = max(worst.get(part, 0.0), max(ratios))
    print("\nworst ratio per doubling (target <= 2.3; below ~5 ms a ratio is noise):")
    for part, ratio in worst.items():
        print(f"  {part:<12} {ratio:5.2f}")
    return 0


def _print_row(label: str, seconds: list[float | None]) -> list[float]:
    cells = " ".join(f"{s:>8.3f}s" if s is not None else f"{'-':>9}" for s in seconds)
    ratios = [b / a for a, b in itertools.pairwise(seconds) if a and b and a > 0.005]
    shown = ", ".join(f"{r:.2f}x" for r in ratios)
    print(f"  {label:<12} {cells}   {shown}")
    return ratios


if __name__ == "__main__":
    sys.exit(main())
