"""Command line: summarise articles to JSON lines.

    python -m extractors [FILE ...]            plain-text articles (``-`` reads stdin)
    python -m extractors --jsonl [FILE ...]    JSONL {"id", "text", "published"?, "title"?}

Writes one line per article, in input order: ``{"id": ..., "summary": <Summary>}``, or
``{"id": ..., "error": "..."}`` for an input line that cannot be read (the run goes on; the
exit status is then 1). The model loads once and articles are parsed with ``nlp.pipe``.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Iterator
from typing import IO

import msgspec

from extractors.pipeline import DEFAULT_MODEL, Article, ModelNotFound, Summarizer
from extractors.reference import parse_published
from extractors.types import Summary


class InputLine(msgspec.Struct, kw_only=True):
    """One JSONL input line."""

    id: str | int
    text: str
    published: str | None = None
    title: str | None = None


class Output(msgspec.Struct, kw_only=True):
    id: str
    summary: Summary


class Failure(msgspec.Struct, kw_only=True):
    id: str
    error: str


def _open(path: str) -> IO[str]:
    return sys.stdin if path == "-" else open(path, encoding="utf-8")


def read_inputs(paths: list[str], jsonl: bool) -> Iterator[tuple[str, Article | str]]:
    """(id, Article) for each readable input, (id, error message) for each unreadable one."""
    decoder = msgspec.json.Decoder(InputLine)
    for path in paths:
        try:
            fh = _open(path)
        except OSError as exc:
            yield path, f"cannot read {path}: {exc.strerror}"
            continue
        with fh if fh is not sys.stdin else contextlib.nullcontext(fh):
            if not jsonl:
                yield ("stdin" if path == "-" else path), Article(text=fh.read())
                continue
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    item = decoder.decode(line)
                    yield (
                        str(item.id),
                        Article(
                            text=item.text,
                            published=parse_published(item.published) if item.published else None,
                            title=item.title,
                        ),
                    )
                except (msgspec.DecodeError, ValueError) as exc:
                    yield f"{path}:{n}", f"line {n}: {exc}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m extractors", description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", default=["-"], help="article files, '-' for stdin (default)")
    ap.add_argument("--jsonl", action="store_true", help="inputs are JSON lines {id, text, published?, title?}")
    ap.add_argument("--model", default=os.environ.get("NEWSUM_SPACY_MODEL", DEFAULT_MODEL), help="spaCy model")
    ap.add_argument("--batch-size", type=int, default=32, help="articles per nlp.pipe batch")
    ap.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress bar on stderr (default: when stderr is a terminal)",
    )
    args = ap.parse_args(argv)
    logging.basicConfig(level=os.environ.get("NEWSUM_LOG_LEVEL", "WARNING").upper(), stream=sys.stderr)

    try:
        summarizer = Summarizer(args.model)
    except ModelNotFound as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2

    encoder = msgspec.json.Encoder()
    out = sys.stdout.buffer
    failures = 0
    show = sys.stderr.isatty() if args.progress is None else args.progress
    bar = None
    if show:
        from tqdm import tqdm

        bar = tqdm(unit=" articles", file=sys.stderr)

    # Streamed in input order: unreadable inputs ride through nlp.pipe as empty texts so that
    # their error lines keep their place without holding the whole input in memory.
    inputs = read_inputs(args.files, args.jsonl)
    pairs = ((item.text if isinstance(item, Article) else "", (id_, item)) for id_, item in inputs)
    for doc, (id_, item) in summarizer.parse_many(pairs, batch_size=args.batch_size):
        record: msgspec.Struct
        if isinstance(item, Article):
            record = Output(id=id_, summary=summarizer.from_doc(doc, item))
        else:
            failures += 1
            record = Failure(id=id_, error=item)
            print(f"error: {id_}: {item}", file=sys.stderr)
        out.write(encoder.encode(record) + b"\n")
        out.flush()
        if bar is not None:
            bar.update()
    if bar is not None:
        bar.close()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
