"""Log records that never carry an article: long values are cut to a short prefix when a record is made.

Installed once per process (the server's main process, each worker, each parser process) as the
``logging`` record factory, so it holds for every logger and handler, ours and the libraries':
a string argument, a message or an exception text longer than ``MAX_CHARS`` keeps its first
``MAX_CHARS`` characters and says how many it had. A traceback keeps its frames (file, line,
code), each line cut the same way.
"""

from __future__ import annotations

import contextvars
import logging
import traceback
from typing import Any

MAX_CHARS = 200

_base_factory = logging.getLogRecordFactory()

REQUEST_ID: contextvars.ContextVar[str] = contextvars.ContextVar("newsum_request_id", default="-")
"""The id of the request being handled (``api.request_id``); every record carries it as ``request_id``."""


def cut(value: str, limit: int = MAX_CHARS) -> str:
    """``value``, or its first ``limit`` characters and its length."""
    return value if len(value) <= limit else f"{value[:limit]}… ({len(value)} chars)"


def _short(arg: Any) -> Any:
    if isinstance(arg, str):
        return cut(arg)
    if isinstance(arg, bytes | bytearray):
        return cut(bytes(arg).decode("utf-8", "replace"))
    return arg


def _record(*args: Any, **kwargs: Any) -> logging.LogRecord:
    record = _base_factory(*args, **kwargs)
    record.request_id = REQUEST_ID.get()
    if isinstance(record.msg, str):
        record.msg = cut(record.msg, 10 * MAX_CHARS)
    if isinstance(record.args, tuple):
        record.args = tuple(_short(arg) for arg in record.args)
    elif isinstance(record.args, dict):
        record.args = {key: _short(value) for key, value in record.args.items()}
    if record.exc_info and record.exc_info[1] is not None:
        lines = traceback.format_exception(*record.exc_info)
        record.exc_text = "".join(
            cut(line.rstrip("\n")) + "\n" for chunk in lines for line in chunk.splitlines()
        ).rstrip("\n")
    return record


def install() -> None:
    """Make every log record of this process through ``_record`` (idempotent)."""
    if logging.getLogRecordFactory() is not _record:
        logging.setLogRecordFactory(_record)
