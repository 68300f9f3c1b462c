"""Command line: summarise articles to JSON lines (or Parquet).

    python -m extractors [FILE ...]            plain-text articles (``-`` reads stdin)
    python -m extractors --jsonl [FILE ...]    JSONL {"id", "text", "published"?, "title"?}
    python -m extractors --jsonl IN --engine ray --output OUT.parquet   the same on a Ray cluster

Writes one line per article, in input order: ``{"id": ..., "summary": <Summary>}``, or
``{"id": ..., "error": "..."}`` for an input that cannot be read or is refused (the run goes on;
the exit status is then 1). Inputs are checked exactly as the HTTP API checks a request: strict
UTF-8 (or ``--encoding``), unknown fields, blank text, ``language``, ``published``, and the size
of the text (``--max-chars`` and ``--max-tokens``, by default NEWSUM_MAX_CHARS and
NEWSUM_MAX_TOKENS or the API's defaults; 0: no limit).

The model loads once (per Ray actor) and articles are parsed with
``nlp.pipe``. Files ending in ``.parquet`` are read and written as Parquet (columns ``id``,
``text``, ``published``, ``title`` in; ``id``, ``summary`` as JSON text, ``error`` out).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import IO

from extractors.batch import ParquetSink, Record, is_parquet, jsonl_line, read_inputs, summarize_items
from extractors.inputs import InputError, SizeLimits, charset
from extractors.pipeline import DEFAULT_MODEL, ModelNotFound, Summarizer

Write = Callable[[Record], None]


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m extractors", description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("files", nargs="*", default=["-"], help="article files, '-' for stdin (default)")
    ap.add_argument("--jsonl", action="store_true", help="inputs are JSON lines {id, text, published?, title?}")
    ap.add_argument(
        "--encoding",
        default="utf-8",
        help=(
            "the files' charset: utf-8 (default; strict: an input with a bad byte is reported and the run goes on), "
            "ascii, latin-1 or cp1252 (windows-1252). Nothing is guessed: declare it, as an HTTP client does."
        ),
    )
    ap.add_argument(
        "--max-chars",
        type=_limit,
        default=None,
        help=f"longest text summarised, in characters; longer ones are reported and the run goes on "
        f"(default: NEWSUM_MAX_CHARS, else {SizeLimits().chars}; 0: no limit)",
    )
    ap.add_argument(
        "--max-tokens",
        type=_limit,
        default=None,
        help=f"most (estimated) tokens in a text summarised (default: NEWSUM_MAX_TOKENS, else {SizeLimits().tokens}; "
        "0: no limit)",
    )
    ap.add_argument("--model", default=os.environ.get("NEWSUM_SPACY_MODEL", DEFAULT_MODEL), help="spaCy model")
    ap.add_argument("--batch-size", type=int, default=32, help="articles per nlp.pipe batch")
    ap.add_argument("--output", "-o", default="-", help="output file ('-' = stdout; '.parquet' writes Parquet)")
    ap.add_argument(
        "--engine",
        choices=("local", "ray"),
        default="local",
        help="local: this process; ray: Ray Data on the cluster at RAY_ADDRESS (a local one when unset)",
    )
    ap.add_argument("--actors", type=int, default=None, help="Ray: model-holding actors (default: the cluster's CPUs)")
    ap.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress bar on stderr (default: when stderr is a terminal)",
    )
    return ap


def _limit(value: str) -> int:
    """A size limit: a whole number >= 0 (0: none)."""
    if not value.strip().isdigit():
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number >= 0")
    return int(value)


def _size_limits(args: argparse.Namespace) -> SizeLimits:
    """The limits of the flags, else of the API's environment variables, else the API's defaults."""
    default = SizeLimits()
    values = {"chars": args.max_chars, "tokens": args.max_tokens}
    for name, var in (("chars", "NEWSUM_MAX_CHARS"), ("tokens", "NEWSUM_MAX_TOKENS")):
        if values[name] is None:
            raw = os.environ.get(var, "").strip()
            try:
                values[name] = _limit(raw) if raw else getattr(default, name)
            except argparse.ArgumentTypeError:
                raise InputError("invalid-field", f"{var}={raw!r} is not a whole number >= 0.") from None
    return SizeLimits(**{name: value or sys.maxsize for name, value in values.items()})


def _open_output(output: str) -> IO[bytes]:
    """``output`` opened for writing: a local path, or a URI pyarrow knows (``s3://``, ``gs://``, ...)."""
    if "://" in output:
        from pyarrow import fs

        filesystem, path = fs.FileSystem.from_uri(output)
        stream: IO[bytes] = filesystem.open_output_stream(path)
        return stream
    return open(output, "wb")


@contextmanager
def _sink(output: str) -> Iterator[Write]:
    """A function that writes one record to ``output``, in order; closed at the end."""
    if output == "-":

        def write_stdout(record: Record) -> None:
            sys.stdout.buffer.write(jsonl_line(record))
            sys.stdout.buffer.flush()

        yield write_stdout
        return
    out = _open_output(output)
    try:
        if is_parquet(output):
            parquet = ParquetSink(out)
            try:
                yield parquet.write
            finally:
                parquet.close()
        else:

            def write_file(record: Record) -> None:
                out.write(jsonl_line(record))

            yield write_file
    finally:
        out.close()


def _emit(records: Iterable[Record], output: str, show: bool) -> int:
    """Write every record in order; the number of failed inputs."""
    failures = 0
    bar = None
    if show:
        from tqdm import tqdm

        bar = tqdm(unit=" articles", file=sys.stderr)
    with _sink(output) as write:
        for record in records:
            if record.error is not None:
                failures += 1
                print(f"error: {record.id}: {record.error}", file=sys.stderr)
            write(record)
            if bar is not None:
                bar.update()
    if bar is not None:
        bar.close()
    return failures


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=os.environ.get("NEWSUM_LOG_LEVEL", "WARNING").upper(), stream=sys.stderr)
    show = sys.stderr.isatty() if args.progress is None else args.progress
    try:
        encoding = charset(args.encoding)
        limits = _size_limits(args)
    except InputError as exc:
        print(f"error: {exc.detail}", file=sys.stderr)
        return 2
    try:
        if args.engine == "ray":
            if encoding != "utf-8":
                print("error: --engine ray reads UTF-8 inputs only", file=sys.stderr)
                return 2
            from extractors.ray_engine import ray_records

            records = ray_records(
                args.files,
                jsonl=args.jsonl,
                model=args.model,
                batch_size=args.batch_size,
                actors=args.actors,
                progress=show,
                limits=limits,
            )
            show = False  # Ray Data draws its own progress bars
        else:
            summarizer = Summarizer(args.model)  # loaded before anything is written
            items = read_inputs(args.files, args.jsonl, encoding, limits)
            records = summarize_items(summarizer, items, batch_size=args.batch_size)
        return 1 if _emit(records, args.output, show) else 0
    except ModelNotFound as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except ImportError as exc:
        missing = exc.name or str(exc)
        print(
            f"error: {missing} is not installed (--engine ray and Parquet need: pip install 'newsum[ray]')",
            file=sys.stderr,
        )
        return 2


if __name__ == "__main__":
    sys.exit(main())
