"""Batch input and output shared by the command line's engines (local and Ray).

Inputs are plain-text files, JSON lines ``{"id", "text", "published"?, "title"?, "language"?}`` or
Parquet files with those columns, checked as the HTTP API checks a request (``extractors.inputs``).
Each input becomes ``(id, Article)`` or, when it cannot be read, ``(id, error message)``; each
result becomes one ``Record`` and is written as a JSON line (``{"id", "summary"}`` or ``{"id", "error"}``)
or a Parquet row (``id``, ``summary`` as JSON text, ``error``).
Both engines use these same functions, so their output is byte-identical.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from typing import IO, Any

import msgspec
from spacy.tokens import Doc

from extractors.inputs import (
    InputError,
    SizeLimits,
    check_article,
    decode_json,
    decode_text,
    for_parsing,
    validation_error,
)
from extractors.pipeline import Article, Summarizer

Item = tuple[str, Article | str]  # (id, the article or why it could not be read)

PARQUET_SUFFIXES = (".parquet", ".pq")


class InputLine(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """One JSONL input line (or one Parquet row): the API's request fields and an ``id``.

    Checked exactly as the API checks a request (``extractors.inputs``): unknown fields, blank text,
    the language and ``published`` are refused with the API's own messages.
    """

    id: str | int
    text: str
    published: str | None = None
    title: str | None = None
    language: str | None = None


class Record(msgspec.Struct, frozen=True):
    """One output row: the input id, and the encoded summary or the error."""

    id: str
    summary: bytes | None = None  # the Summary as JSON
    error: str | None = None


class _SummaryLine(msgspec.Struct):
    id: str
    summary: msgspec.Raw


class _ErrorLine(msgspec.Struct):
    id: str
    error: str


_LINE_DECODER = msgspec.json.Decoder(InputLine)
_ENCODER = msgspec.json.Encoder()


def is_parquet(path: str) -> bool:
    return path.lower().endswith(PARQUET_SUFFIXES)


def _article(item: InputLine, where: str, limits: SizeLimits | None) -> Item:
    """The item for a decoded line: refused fields (and a text over ``limits``) are reported under the line's own id."""
    try:
        return str(item.id), check_article(
            item.text, title=item.title, published=item.published, language=item.language, limits=limits
        )
    except InputError as exc:
        return str(item.id), f"{where}: {_message(exc)}"


def _message(exc: InputError) -> str:
    return f"{exc.detail} (field {exc.field})" if exc.field else exc.detail


def decode_line(
    path: str, n: int, line: bytes | str, encoding: str = "utf-8", limits: SizeLimits | None = None
) -> Item:
    """The item for line ``n`` (from 1) of JSONL file ``path``; blank lines are skipped by the callers.

    The line's bytes must be UTF-8 (or the file's declared ``encoding``); a bad line becomes an
    error item naming the byte at fault, and the run goes on. So does a text over ``limits``.
    """
    data = line.encode("utf-8", "surrogatepass") if isinstance(line, str) else line
    try:
        if encoding != "utf-8":
            data = decode_text(data, encoding, what="The line").encode("utf-8")
        return _article(decode_json(_LINE_DECODER, data, what="The line"), f"line {n}", limits)
    except InputError as exc:
        return f"{path}:{n}", f"line {n}: {_message(exc)}"


def decode_row(path: str, n: int, row: Mapping[str, Any], limits: SizeLimits | None = None) -> Item:
    """The item for row ``n`` (from 1) of Parquet file ``path`` (columns as for JSONL)."""
    values = {key: value for key, value in row.items() if value is not None}
    if isinstance(values.get("published"), date):
        values["published"] = values["published"].isoformat()
    try:
        return _article(msgspec.convert(values, InputLine), f"row {n}", limits)
    except msgspec.ValidationError as exc:
        return f"{path}:{n}", f"row {n}: {_message(validation_error(exc))}"


def decode_file(id_: str, data: bytes, encoding: str = "utf-8", limits: SizeLimits | None = None) -> Item:
    """The item for a whole plain-text file: its bytes in ``encoding`` (strict), newlines as ``open()`` reads them."""
    try:
        text = decode_text(data, encoding, what="The file")
        # Universal newlines, as open(path, encoding=...) reads a text file.
        text = text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text
        return id_, check_article(text, limits=limits)
    except InputError as exc:
        return id_, _message(exc)


def jsonl_lines(fh: IO[bytes]) -> Iterator[tuple[int, bytes]]:
    """(line number, line) for every non-blank line, as the command line reads them (bytes, undecoded)."""
    for n, line in enumerate(fh, 1):
        if line.strip():
            yield n, line


def parquet_rows(
    source: Any, columns: Iterable[str] = ("id", "text", "published", "title")
) -> Iterator[dict[str, Any]]:
    """The rows of a Parquet file (a path or an open file), the known columns only, in order."""
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(source)
    wanted = [name for name in columns if name in parquet.schema_arrow.names]
    for batch in parquet.iter_batches(columns=wanted, batch_size=1024):
        yield from batch.to_pylist()


def read_inputs(
    paths: list[str], jsonl: bool, encoding: str = "utf-8", limits: SizeLimits | None = None
) -> Iterator[Item]:
    """(id, Article) for each readable input, (id, error message) for each unreadable one.

    Files are read as bytes and decoded here (strict UTF-8 unless ``encoding`` is declared), so a
    bad byte costs one item, not the run; so does a text over ``limits`` (none: no size limit).
    """
    for path in paths:
        if is_parquet(path):
            try:
                yield from (decode_row(path, n, row, limits) for n, row in enumerate(parquet_rows(path), 1))
            except OSError as exc:
                yield path, f"cannot read {path}: {exc}"
            continue
        try:
            fh = sys.stdin.buffer if path == "-" else open(path, "rb")  # noqa: SIM115
        except OSError as exc:
            yield path, f"cannot read {path}: {exc.strerror}"
            continue
        with fh if path != "-" else contextlib.nullcontext(fh):
            if not jsonl:
                yield decode_file("stdin" if path == "-" else path, fh.read(), encoding, limits)
                continue
            for n, line in jsonl_lines(fh):
                yield decode_line(path, n, line, encoding, limits)


def summarize_items(summarizer: Summarizer, items: Iterable[Item], *, batch_size: int) -> Iterator[Record]:
    """One record per item, in order; unreadable items ride through ``nlp.pipe`` as empty texts
    so that their error records keep their place without holding the whole input in memory."""
    pairs = ((for_parsing(item.text) if isinstance(item, Article) else "", (id_, item)) for id_, item in items)
    for doc, (id_, item) in summarizer.parse_many(pairs, batch_size=batch_size):
        yield _record(summarizer, doc, id_, item)


def _record(summarizer: Summarizer, doc: Doc, id_: str, item: Article | str) -> Record:
    if isinstance(item, Article):
        return Record(id_, summary=_ENCODER.encode(summarizer.from_doc(doc, item)))
    return Record(id_, error=item)


def jsonl_line(record: Record) -> bytes:
    """The output line (with its newline) for one record."""
    if record.summary is not None:
        return _ENCODER.encode(_SummaryLine(record.id, msgspec.Raw(record.summary))) + b"\n"
    return _ENCODER.encode(_ErrorLine(record.id, record.error or "")) + b"\n"


class ParquetSink:
    """Records written to one Parquet file, in order (``id``, ``summary`` JSON text, ``error``)."""

    def __init__(self, where: str | IO[bytes], *, rows_per_group: int = 1024) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self._pa = pa
        self._schema = pa.schema([("id", pa.string()), ("summary", pa.string()), ("error", pa.string())])
        self._writer = pq.ParquetWriter(where, self._schema)
        self._rows: list[Record] = []
        self._rows_per_group = rows_per_group

    def write(self, record: Record) -> None:
        self._rows.append(record)
        if len(self._rows) >= self._rows_per_group:
            self._flush()

    def _flush(self) -> None:
        if not self._rows:
            return
        columns = {
            "id": [r.id for r in self._rows],
            "summary": [r.summary.decode() if r.summary is not None else None for r in self._rows],
            "error": [r.error for r in self._rows],
        }
        self._writer.write_table(self._pa.table(columns, schema=self._schema))
        self._rows = []

    def close(self) -> None:
        self._flush()
        self._writer.close()
