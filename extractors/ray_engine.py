"""``python -m extractors --engine ray``: the command line's pipeline on Ray Data, for archive backfills.

The inputs are read by Ray (local paths or any URI pyarrow knows: ``s3://``, ``gs://``, ...),
one read task per file, each row keeping its file and line number so that error ids are the
command line's own. ``map_batches`` sends batches to a pool of actors, each loading the spaCy
model once and parsing its batch with ``nlp.pipe`` (``Summarizer.parse_many``); with
``preserve_order`` the records come back in input order and the driver writes them with the same
functions as the local engine, so the output is byte-identical. ``RAY_ADDRESS`` points
``ray.init`` at a cluster; unset, a local Ray starts (and stops) in this process. Needs the
``ray`` extra: ``pip install 'newsum[ray]'``.
"""

from __future__ import annotations

import io
import logging
import os
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import msgspec
import ray
from ray.data.datasource import FileBasedDatasource

from extractors.batch import (
    Item,
    Record,
    decode_file,
    decode_line,
    decode_row,
    is_parquet,
    jsonl_lines,
    parquet_rows,
    summarize_items,
)
from extractors.inputs import SizeLimits
from extractors.pipeline import ModelNotFound, Summarizer, model_installed

if TYPE_CHECKING:
    import pyarrow

log = logging.getLogger(__name__)

# The rows read from the inputs: the file, the position in it (from 1), how to decode it, and the raw input.
# kind: "jsonl" (payload: the line), "parquet" (payload: the row as JSON), "text" (payload: the whole file).
_ROW_SCHEMA = ("path", "n", "kind", "payload")


def _block(rows: list[dict[str, Any]]) -> pyarrow.Table:
    import pyarrow as pa

    return pa.table(
        {
            "path": pa.array([r["path"] for r in rows], pa.string()),
            "n": pa.array([r["n"] for r in rows], pa.int64()),
            "kind": pa.array([r["kind"] for r in rows], pa.string()),
            "payload": pa.array([r["payload"] for r in rows], pa.binary()),
        }
    )


class _InputDatasource(FileBasedDatasource):  # type: ignore[misc]
    """Articles from JSONL, Parquet or plain-text files, numbered as the command line numbers them."""

    _ROWS_PER_BLOCK = 256

    def __init__(self, paths: list[str], *, jsonl: bool) -> None:
        super().__init__(paths)
        self._jsonl = jsonl

    def _read_stream(self, f: pyarrow.NativeFile, path: str) -> Iterator[pyarrow.Table]:
        rows: list[dict[str, Any]] = []
        for row in self._rows(f, path):
            rows.append(row)
            if len(rows) >= self._ROWS_PER_BLOCK:
                yield _block(rows)
                rows = []
        if rows:
            yield _block(rows)

    def _rows(self, f: pyarrow.NativeFile, path: str) -> Iterator[dict[str, Any]]:
        if is_parquet(path):
            import pyarrow as pa

            encoder = msgspec.json.Encoder()
            # Parquet needs a seekable file and Ray hands a stream: read it whole (one file per task).
            for n, row in enumerate(parquet_rows(pa.BufferReader(f.readall())), 1):
                yield {"path": path, "n": n, "kind": "parquet", "payload": encoder.encode(row)}
            return
        data = f.readall()
        if not self._jsonl:
            yield {"path": path, "n": 1, "kind": "text", "payload": data}
            return
        for n, line in jsonl_lines(io.BytesIO(data)):
            yield {"path": path, "n": n, "kind": "jsonl", "payload": line}


def _item(path: str, n: int, kind: str, payload: bytes, limits: SizeLimits | None = None) -> Item:
    """The command line's own decoding (``extractors.batch``), on the actor: the same items, the same errors."""
    if kind == "jsonl":
        return decode_line(path, n, payload, limits=limits)
    if kind == "parquet":
        return decode_row(path, n, msgspec.json.decode(payload), limits)
    return decode_file(path, payload, limits=limits)


class SummarizeBatch:
    """One Ray actor: the model, loaded once; each batch of input rows becomes records in order."""

    def __init__(self, model: str, batch_size: int, limits: SizeLimits | None = None) -> None:
        self.summarizer = Summarizer(model)
        self.batch_size = batch_size
        self.limits = limits

    def __call__(self, batch: pyarrow.Table) -> pyarrow.Table:
        import pyarrow as pa

        rows = zip(*(batch.column(name).to_pylist() for name in _ROW_SCHEMA), strict=True)
        items = [_item(path, n, kind, payload, self.limits) for path, n, kind, payload in rows]
        records = list(summarize_items(self.summarizer, items, batch_size=self.batch_size))
        return pa.table(
            {
                "id": pa.array([r.id for r in records], pa.string()),
                "summary": pa.array([r.summary for r in records], pa.binary()),
                "error": pa.array([r.error for r in records], pa.string()),
            }
        )


def _dataset(files: list[str], *, jsonl: bool) -> Any:
    if files == ["-"]:  # stdin is read here, on the driver
        fh = sys.stdin.buffer
        if not jsonl:
            return ray.data.from_arrow(_block([{"path": "stdin", "n": 1, "kind": "text", "payload": fh.read()}]))
        rows = [{"path": "-", "n": n, "kind": "jsonl", "payload": line} for n, line in jsonl_lines(fh)]
        return ray.data.from_arrow(_block(rows)) if rows else ray.data.from_items([])
    if "-" in files:
        raise SystemExit("error: --engine ray reads stdin ('-') only as the sole input")
    missing = [path for path in files if "://" not in path and not os.path.exists(path)]
    if missing:
        raise SystemExit(f"error: cannot read {', '.join(missing)}")
    # Reading is light; a read task that needed a CPU would wait forever behind actors holding them all.
    return ray.data.read_datasource(_InputDatasource(files, jsonl=jsonl), num_cpus=0)


def ray_records(
    files: list[str],
    *,
    jsonl: bool,
    model: str,
    batch_size: int,
    actors: int | None,
    progress: bool,
    limits: SizeLimits | None = None,
) -> Iterator[Record]:
    """The records for ``files``, in input order, computed by Ray actors."""
    if not model_installed(model):
        # Checked here, before Ray starts: an actor that cannot load it would be restarted in a loop.
        raise ModelNotFound(f"spaCy model {model!r} is not installed here (the actors need it too)")
    started_here = not ray.is_initialized()
    if started_here:
        # RAY_ADDRESS (read by ray.init itself) names a cluster; unset, a local Ray starts here.
        local: dict[str, Any] = {} if os.environ.get("RAY_ADDRESS") else {"include_dashboard": False}
        ray.init(logging_level=logging.WARNING, log_to_driver=False, **local)
    try:
        context = ray.data.DataContext.get_current()
        context.execution_options.preserve_order = True  # records come back in input order
        context.enable_progress_bars = progress
        pool = actors or max(1, int(ray.cluster_resources().get("CPU", 1)))
        summaries = _dataset(files, jsonl=jsonl).map_batches(
            SummarizeBatch,
            fn_constructor_kwargs={"model": model, "batch_size": batch_size, "limits": limits},
            batch_size=batch_size,
            batch_format="pyarrow",
            compute=ray.data.ActorPoolStrategy(size=pool),
            num_cpus=1,
        )
        for batch in summaries.iter_batches(batch_format="pyarrow", batch_size=None, prefetch_batches=2):
            columns = (batch.column(name).to_pylist() for name in ("id", "summary", "error"))
            for id_, summary, error in zip(*columns, strict=True):
                yield Record(id_, summary=summary, error=error)
    finally:
        if started_here:
            ray.shutdown()
