"""Sentence-level quantity check in the NewsQuant style, on a gold file kept outside the repo.

    .venv/bin/python tests/bench/quantity_check.py GOLD.jsonl [--errors]

GOLD holds one sentence a line: ``{"id", "input", "expected": [{"value": "12" | "1-2", "change":
"=" | "~" | ">" | "<" | "up" | "down", "optional": bool}]}``. Each sentence is parsed alone and
``extract_quantities`` is run on it. Values are matched one to one within 1e-5 (a range at both
ends), as the maintainers' ``newsquant-heldout`` suite does; an optional gold entry (an ambiguous
case) counts neither as a miss nor, when found, as a false positive. Prints value P/R/F1 and the
share of matches whose qualifier agrees with the gold ``change``. Not a pass/fail test.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from extractors.pipeline import load_model  # noqa: E402
from extractors.quantities import extract_quantities  # noqa: E402
from extractors.types import Quantity  # noqa: E402

Value = float | tuple[float, float]
CHANGE = {"~": {"approximately"}, ">": {"more_than", "at_least"}, "<": {"less_than", "at_most", "up_to"}}


def gold_value(text: str) -> Value:
    """'1,200' -> 1200.0; '1.0-1.5' -> (1.0, 1.5)."""
    text = text.replace(",", "")
    lo, dash, hi = text[1:].partition("-")
    return (float(text[0] + lo), float(hi)) if dash else float(text)


def predicted(q: Quantity) -> Value | None:
    """A quantity as the suite compares it: (low, high) for a range, else one number."""
    if q.low is not None and q.high is not None and q.low != q.high:
        return q.low, q.high
    return next((x for x in (q.value, q.low, q.high) if x is not None), None)


def same(g: Value, p: Value) -> bool:
    """Equal within a relative 1e-5, both ends of a range."""
    if isinstance(g, tuple) != isinstance(p, tuple):
        return False
    pairs = zip(g, p, strict=True) if isinstance(g, tuple) and isinstance(p, tuple) else [(g, p)]
    return all(math.isclose(float(a), float(b), rel_tol=1e-5, abs_tol=1e-9) for a, b in pairs)  # type: ignore[arg-type]


def score(rows: list[dict[str, Any]], errors: bool) -> dict[str, float]:
    """Value P/R/F1 and qualifier agreement over the sentences."""
    nlp = load_model()
    tp = gold_n = pred_n = qual_ok = 0
    for row, doc in zip(rows, nlp.pipe(r["input"] for r in rows), strict=True):
        preds = [(v, q) for q in extract_quantities(doc) if (v := predicted(q)) is not None]
        gold = [(gold_value(e["value"]), e.get("change", "="), bool(e.get("optional"))) for e in row["expected"]]
        used: set[int] = set()
        for g, change, optional in sorted(gold, key=lambda e: e[2]):  # required entries claim first
            j = next((j for j, (v, _) in enumerate(preds) if j not in used and same(g, v)), None)
            if j is None:
                gold_n += not optional
                if errors and not optional:
                    print(f"  miss {g} [{row['id']}] {row['input'][:90]!r}")
                continue
            used.add(j)
            if optional:
                continue
            gold_n, pred_n, tp = gold_n + 1, pred_n + 1, tp + 1
            qual = preds[j][1].qualifier
            ok = change not in CHANGE or qual in CHANGE[change] or (change == "=" and qual in ("exact", "range"))
            qual_ok += ok
            if errors and not ok:
                print(f"  qual {g} {change} got {qual} [{row['id']}] {row['input'][:90]!r}")
        for j, (v, q) in enumerate(preds):
            if j not in used:
                pred_n += 1
                if errors:
                    print(f"  extra {v} {q.span.text!r} [{row['id']}] {row['input'][:90]!r}")
    p, r = tp / pred_n if pred_n else 0.0, tp / gold_n if gold_n else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"sentences {len(rows)}  gold {gold_n}  predicted {pred_n}  matched {tp}")
    print(f"value P {p:.3f}  R {r:.3f}  F1 {f1:.3f}  qualifier right on {qual_ok / tp if tp else 0:.3f} of matches")
    return {"P": p, "R": r, "F1": f1}


def main() -> int:
    """Score the gold file given on the command line."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--errors", action="store_true", help="list misses, extras and wrong qualifiers")
    args = ap.parse_args()
    rows = [json.loads(line) for line in args.gold.read_text().splitlines() if line.strip()]
    score(rows, args.errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
