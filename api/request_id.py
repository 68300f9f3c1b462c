"""Request ids: every request gets one (the client's ``X-Request-ID`` or a new one), echoed and logged.

The id is kept in a context variable for the request's lifetime; the log-record factory
(``api.logs``) puts it on every record made meanwhile (``%(request_id)s`` in the log format, ``-``
outside a request), so a warning logged deep in the cache code names the request it belongs to. The access log line
(``NEWSUM_ACCESS_LOG``) gives method, route, status and time, never headers or the query string:
keys and texts stay out of the logs.
"""

from __future__ import annotations

import logging
import re
import time
import uuid

from litestar.enums import ScopeType
from litestar.types import ASGIApp, Message, Receive, Scope, Send

from api import logs

HEADER = "X-Request-ID"
_HEADER_KEY = HEADER.lower().encode()
# What a client's id may look like to be echoed: short, printable, no spaces or quotes (it goes
# into logs and headers). Anything else is replaced by a new id.
_VALID = re.compile(rb"[A-Za-z0-9._:/+=@-]{1,128}")

current = logs.REQUEST_ID

access_log = logging.getLogger("api.access")


def _incoming(scope: Scope) -> str | None:
    for name, value in scope.get("headers", ()):
        if name == _HEADER_KEY:
            return value.decode("ascii") if _VALID.fullmatch(value) else None
    return None


def request_id_middleware(app: ASGIApp, *, log_access: bool) -> ASGIApp:
    """Give each HTTP request an id, answer it in ``X-Request-ID``, and (optionally) log the request."""

    async def middleware(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != ScopeType.HTTP:
            await app(scope, receive, send)
            return
        request_id = _incoming(scope) or uuid.uuid4().hex
        token = current.set(request_id)
        started = time.perf_counter()
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", ()), (_HEADER_KEY, request_id.encode())]
            await send(message)

        try:
            await app(scope, receive, send_with_id)
        finally:
            if log_access:
                access_log.info(
                    "%s %s %d %.1f ms",
                    scope.get("method", ""),
                    scope.get("path_template") or "unmatched",
                    status,
                    (time.perf_counter() - started) * 1000,
                )
            current.reset(token)

    return middleware
