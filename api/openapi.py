"""Write the OpenAPI document: ``python -m api.openapi`` (``--check`` only compares, ``--examples`` first
writes the example summaries again from the pipeline).

The committed ``openapi/openapi.json`` is what SDK generators and reviewers read; it must match
what the app serves at ``/schema/openapi.json``. Run this after any change to a route or to a
Struct in ``extractors/types.py`` or ``api/schemas.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import msgspec

from api import examples
from api.app import create_app
from api.contract import finish
from api.settings import Settings

DOCUMENT = Path(__file__).resolve().parent.parent / "openapi" / "openapi.json"
COMMAND = "python -m api.openapi"


def render() -> str:
    """The OpenAPI document the app serves, as stable, diff-friendly JSON text."""
    schema = finish(create_app(Settings()).openapi_schema.to_schema())
    # msgspec first: defaults in the schema can be Structs (``sourcing: Sourcing()``). Keys sorted:
    # Litestar keeps response headers in a set, so its order changes from run to run.
    return json.dumps(json.loads(msgspec.json.encode(schema)), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def example_summaries(summarizer: Any = None) -> dict[Path, str]:
    """The example summaries as the pipeline writes them now, by file (``summarizer``: a loaded pipeline)."""
    from extractors.pipeline import Article, Summarizer  # the pipeline: only for this command, never the app

    summarizer = summarizer or Summarizer(strict=True)
    found = {}
    for path, text in (
        (examples.SEED_SUMMARY_FILE, examples.seed_text()),
        (examples.SHORT_SUMMARY_FILE, examples.SHORT_TEXT),
    ):
        summary = msgspec.json.decode(msgspec.json.encode(summarizer.summarize(Article(text=text))))
        found[path] = json.dumps(summary, indent=2, ensure_ascii=False) + "\n"
    return found


def main(argv: list[str] | None = None) -> int:
    """Write (or with --check, compare) openapi/openapi.json."""
    parser = argparse.ArgumentParser(prog=COMMAND, description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when the committed document differs")
    parser.add_argument("--output", type=Path, default=DOCUMENT, help=f"where to write (default: {DOCUMENT})")
    parser.add_argument(
        "--examples", action="store_true", help="first write the example summaries again from the pipeline"
    )
    args = parser.parse_args(argv)
    if args.examples:
        for path, example in example_summaries().items():
            path.write_text(example, encoding="utf-8")
            print(f"wrote {path}")
        examples.seed_summary.cache_clear()
        examples.short_summary.cache_clear()
    text = render()
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is out of date: run `{COMMAND}`", file=sys.stderr)
            return 1
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
