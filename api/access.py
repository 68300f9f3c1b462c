"""Who may call the API, and how often: API keys (NEWSUM_API_KEYS) and rate limits (NEWSUM_RATE_LIMIT).

Both apply to ``/v1/...`` (and to ``/metrics`` when keys are on); ``/healthz``, ``/readyz``, the
OpenAPI document and the viewer's page itself stay open (the viewer's page holds no data: it calls
``/v1`` with the key its user gives it). A key travels as ``Authorization: Bearer <key>`` or
``X-API-Key: <key>``. Only SHA-256 digests of the keys are kept in memory and compared, and a key
is never logged, counted in a metric or stored in Redis: rate limits count per digest prefix
(``key:<16 hex>``), or per client address without keys. A request without a valid key is counted
against its address first, so guessing keys is rate limited too.

This is Litestar middleware (inside routing): CORS preflights are answered before it, and its
problems go through the one error mapping, CORS headers included.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from typing import Any

from litestar.enums import ScopeType
from litestar.types import ASGIApp, Message, Receive, Scope, Send

from api.errors import RateLimited, Unauthorized
from api.ratelimit import RateLimiter

_BEARER = "bearer "
_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="newsum"'}


def _digest(key: str) -> bytes:
    return hashlib.sha256(key.encode("utf-8", "surrogateescape")).digest()


def protected(path: str, keys_on: bool) -> bool:
    """Whether a path needs a key (when keys are on) and counts against the rate limit."""
    return path.startswith("/v1/") or (keys_on and path == "/metrics")


@dataclass
class Access:
    """The configured keys (as digests) and rate limiter; either may be absent."""

    keys: frozenset[bytes] = frozenset()
    limiter: RateLimiter | None = None

    @classmethod
    def build(cls, keys: tuple[str, ...], limiter: RateLimiter | None) -> Access:
        """From plain keys (kept only as digests)."""
        return cls(keys=frozenset(_digest(key) for key in keys), limiter=limiter)

    @property
    def active(self) -> bool:
        return bool(self.keys) or self.limiter is not None

    def identify(self, scope: Scope) -> tuple[str, Unauthorized | None]:
        """The identity to count the request against, and the error when keys are on and it has none valid."""
        address = f"addr:{(scope.get('client') or ('unknown',))[0]}"
        if not self.keys:
            return address, None
        presented = _presented_key(scope)
        if presented is None:
            return address, Unauthorized(
                "This API needs a key: send 'Authorization: Bearer <key>' or 'X-API-Key: <key>'.", headers=_CHALLENGE
            )
        digest = _digest(presented)
        # Compare against every key, each in constant time, so timing tells nothing about which matched.
        matched = False
        for known in self.keys:
            matched |= hmac.compare_digest(digest, known)
        if not matched:
            return address, Unauthorized("The API key is not valid.", headers=_CHALLENGE)
        return f"key:{digest.hex()[:16]}", None


def _presented_key(scope: Scope) -> str | None:
    for name, value in scope.get("headers", ()):
        if name == b"authorization":
            text = value.decode("latin-1").strip()
            if text[: len(_BEARER)].lower() == _BEARER and text[len(_BEARER) :].strip():
                return text[len(_BEARER) :].strip()
        elif name == b"x-api-key" and value.strip():
            return value.decode("latin-1").strip()
    return None


def access_middleware(app: ASGIApp, access: Access) -> ASGIApp:
    """Check the key, count the request, and add the RateLimit-* headers to the answer."""

    async def middleware(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != ScopeType.HTTP or not protected(scope.get("path", ""), bool(access.keys)):
            await app(scope, receive, send)
            return
        identity, error = access.identify(scope)
        headers: dict[str, str] = {}
        if access.limiter is not None:
            decision = await access.limiter.hit(identity)
            headers = decision.headers()
            if not decision.allowed:
                raise RateLimited(
                    f"Over the limit of {decision.limit} requests per {decision.window_s} s "
                    f"(NEWSUM_RATE_LIMIT): retry after {headers['Retry-After']} s.",
                    headers=headers,
                )
        if error is not None:
            raise error
        if not headers:
            await app(scope, receive, send)
            return
        encoded = [(name.lower().encode(), value.encode()) for name, value in headers.items()]

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", ()), *encoded]
            await send(message)

        await app(scope, receive, send_with_headers)

    return middleware


def middleware_factory(access: Access) -> Any:
    """What ``Litestar(middleware=[...])`` takes: a callable from the next ASGI app to this middleware."""
    return lambda app: access_middleware(app, access)
