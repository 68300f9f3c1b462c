"""Dates on TempEval-3 train, scored separately on a held-back fifth and on the other four fifths.

    .venv/bin/python tests/bench/dates_split.py [--errors] [--harness]

One fifth of the train documents (those whose SHA-256 of the doc id is 0 modulo 5; the ids are
listed in ``dates_heldback.txt`` next to this script) is kept out of all rule work: rules are
written and tuned on the other four fifths only, and the errors on the held-back fifth are never
printed (``--errors`` lists those of the four fifths). A rule that helps the four fifths and not
the fifth fits the training documents' habits, not the news.

By default the documents are parsed here (as the pipeline parses them) and scored with the
shared ``score_timex.py``; ``--harness`` instead runs the shared harness on each part
(``evaluate.py dates-heldout --gold dates-heldout=PART``, through the CLI), which gives the same
figures more slowly. Prints value / strict / relaxed / type F1 per part. Not a test.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from spacy.tokens import Doc, DocBin  # noqa: E402

from extractors.dates import extract_dates  # noqa: E402
from extractors.pipeline import Summarizer  # noqa: E402

SHARED = ROOT.parent / "shared" / "bench"
if not SHARED.exists():
    SHARED = Path("/work/shared/bench")
TRAIN = SHARED / "tempeval3" / "train.jsonl"
LIST = Path(__file__).with_name("dates_heldback.txt")
PARTS = ("four fifths", "held-back fifth")


def held_back(doc_id: str) -> bool:
    """The deterministic one-fifth choice: SHA-256 of the doc id, 0 modulo 5."""
    return int(hashlib.sha256(doc_id.encode()).hexdigest(), 16) % 5 == 0


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_timex", SHARED / "tempeval3" / "score_timex.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _parsed(summarizer: Summarizer, texts: list[str]) -> list[Doc]:
    """The texts parsed as the pipeline parses them; cached in the temp directory between runs."""
    key = hashlib.sha256("\0".join([summarizer.version.model, *texts]).encode()).hexdigest()[:16]
    cache = Path(tempfile.gettempdir()) / f"newsum-dates-split-{key}.spacy"
    if cache.exists():
        return list(DocBin().from_disk(cache).get_docs(summarizer.nlp.vocab))
    docs = [doc for doc, _ in summarizer.parse_many((t, None) for t in texts)]
    DocBin(docs=docs).to_disk(cache)
    return docs


def _in_process(parts: dict[str, list[dict[str, Any]]], errors: bool) -> dict[str, dict[str, float]]:
    tx = _scorer()
    summarizer = Summarizer()
    rows = [(r, name) for name, part in parts.items() for r in part]
    counts = {name: tx.new_counts() for name in parts}
    for doc, (row, name) in zip(_parsed(summarizer, [r["text"] for r, _ in rows]), rows, strict=True):
        dates = extract_dates(doc, reference=date.fromisoformat(row["dct"]))
        pred = [{"start": d.span.start, "end": d.span.end, "type": d.type, "value": d.value} for d in dates]
        gold = row["timexes"]
        pairs, used_g, used_p = tx.pair_up(gold, pred)
        c = counts[name]
        c["gold"] += len(gold)
        c["pred"] += len(pred)
        c["relaxed"] += len(pairs)
        text = row["text"]

        def show(t: dict[str, Any], text: str = text) -> str:
            return f"{text[t['start'] : t['end']]!r} {t['type']} {t['value']}"

        lines = []
        for i, j, exact in pairs:
            c["strict"] += exact
            c["type_ok"] += tx.norm(gold[i]["type"]).upper() == tx.norm(pred[j]["type"]).upper()
            c["value_ok"] += tx.norm(gold[i]["value"]) == tx.norm(pred[j]["value"])
            if not exact or show(gold[i]) != show(pred[j]):
                lines.append(f"{show(gold[i])} <> {show(pred[j])}")
        lines += [f"missed {show(g)}" for i, g in enumerate(gold) if i not in used_g]
        lines += [f"spurious {show(p)}" for j, p in enumerate(pred) if j not in used_p]
        if errors and name == PARTS[0] and lines:  # never the held-back fifth's
            print(f"[{row['id']} dct {row['dct']}]\n  " + "\n  ".join(lines))
    out = {}
    for name, c in counts.items():
        s = tx.summarize(c)
        out[name] = {"value_F1": s["value_f1"], "strict_F1": s["strict"]["f1"], "relaxed_F1": s["relaxed"]["f1"]}
        out[name]["type_F1"] = s["type_f1"]
    return out


def _harness(parts: dict[str, list[dict[str, Any]]], errors: bool) -> dict[str, dict[str, float]]:
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, part in parts.items():
            gold, report = Path(tmp) / "part.jsonl", Path(tmp) / "out.json"
            gold.write_text("".join(json.dumps(r) + "\n" for r in part))
            cmd = [sys.executable, str(SHARED / "evaluate.py"), "dates-heldout", "--gold", f"dates-heldout={gold}"]
            cmd += ["--project", str(ROOT), "--json", str(report)]
            cmd += ["--errors"] if errors and name == PARTS[0] else []  # never the held-back fifth's
            run = subprocess.run(cmd, capture_output=True, text=True, check=False)
            if errors and name == PARTS[0]:
                print(run.stdout)
            out[name] = json.loads(report.read_text())["suites"]["dates-heldout"]["metrics"]
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--errors", action="store_true", help="list the errors of the four fifths (never of the fifth)")
    ap.add_argument("--harness", action="store_true", help="score through evaluate.py and the CLI")
    ap.add_argument("--dev-only", action="store_true", help="score the four fifths only (for rule work)")
    args = ap.parse_args()
    if not TRAIN.exists():
        print(f"skipped: {TRAIN} is absent (the team's internal benchmark data)")
        return 0
    rows = [json.loads(line) for line in TRAIN.open(encoding="utf-8")]
    parts = {PARTS[0]: [r for r in rows if not held_back(r["id"])], PARTS[1]: [r for r in rows if held_back(r["id"])]}
    if args.dev_only:
        del parts[PARTS[1]]
    listed = sorted(LIST.read_text().split()) if LIST.exists() else []
    if listed != sorted(r["id"] for r in rows if held_back(r["id"])):
        print(f"warning: {LIST.name} does not list the held-back ids this rule chooses")
    results = (_harness if args.harness else _in_process)(parts, args.errors)
    heads = ("value F1", "strict F1", "relaxed F1", "type F1")
    print(f"{'part':<16} {'docs':>5} {'timexes':>8} " + " ".join(f"{h:>10}" for h in heads))
    for name, m in results.items():
        cells = [m.get(k, float("nan")) for k in ("value_F1", "strict_F1", "relaxed_F1", "type_F1")]
        n = sum(len(r["timexes"]) for r in parts[name])
        print(f"{name:<16} {len(parts[name]):>5} {n:>8} " + " ".join(f"{c:>10.3f}" for c in cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
