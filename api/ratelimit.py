"""Rate limits per API key (or per client address), counted in Redis so all workers share them.

The counting is the ``limits`` package's moving window (exact: at most N requests in any window
of the period), on its Redis storage through redis-py with the same fast-fail settings as the
cache: a Redis that does not answer within ``timeout_s`` is skipped for ``cooldown_s`` and each
worker counts in memory meanwhile (per worker, so the limit is looser during an outage, never
a reason to slow or refuse requests). Without REDIS_URL each worker counts in memory.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from dataclasses import dataclass

from limits import RateLimitItem, parse
from limits.aio.storage import MemoryStorage, RedisClusterStorage, RedisStorage
from limits.aio.strategies import MovingWindowRateLimiter
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff

log = logging.getLogger(__name__)


def parse_rate(value: str) -> RateLimitItem:
    """'60/minute', '1000 per hour', '10/second' -> a limit; ValueError for anything else."""
    item = parse(value)
    if item.amount < 1:
        raise ValueError(value)
    return item


@dataclass(frozen=True, slots=True)
class Decision:
    """Whether one request may go on, and what the RateLimit-* headers say."""

    allowed: bool
    limit: int
    remaining: int
    reset_s: int  # seconds until a request is allowed again (or the window is whole again)
    window_s: int

    def headers(self) -> dict[str, str]:
        """RateLimit-Limit/-Remaining/-Reset/-Policy (IETF httpapi draft), Retry-After when refused."""
        headers = {
            "RateLimit-Limit": str(self.limit),
            "RateLimit-Remaining": str(self.remaining),
            "RateLimit-Reset": str(self.reset_s),
            "RateLimit-Policy": f"{self.limit};w={self.window_s}",
        }
        if not self.allowed:
            headers["Retry-After"] = str(max(1, self.reset_s))
        return headers


class RateLimiter:
    """Counts requests per identity (a key's hash, or a client address) against one limit."""

    def __init__(
        self,
        rate: str,
        *,
        redis_url: str | None = None,
        cluster: bool = False,
        key_prefix: str = "newsum",
        timeout_s: float = 0.05,
        cooldown_s: float = 1.0,
    ) -> None:
        self.item = parse_rate(rate)
        self._memory = MovingWindowRateLimiter(MemoryStorage())
        self._redis: MovingWindowRateLimiter | None = None
        if redis_url:
            options = {
                "socket_timeout": timeout_s,
                "socket_connect_timeout": timeout_s,
                "retry": Retry(NoBackoff(), 0),  # one try, then in-memory counting (see the module doc)
            }
            storage_class = RedisClusterStorage if cluster else RedisStorage
            scheme_url = "async+" + (redis_url.replace("redis://", "redis+cluster://", 1) if cluster else redis_url)
            storage = storage_class(
                scheme_url,
                implementation="redispy",
                key_prefix=f"{key_prefix}:ratelimit",
                wrap_exceptions=True,
                **options,  # type: ignore[arg-type]
            )
            self._redis = MovingWindowRateLimiter(storage)
        self._cooldown_s = cooldown_s
        self._skip_until = 0.0

    @property
    def shared(self) -> bool:
        """Whether the counts are in Redis (shared by workers) right now."""
        return self._redis is not None and time.monotonic() >= self._skip_until

    async def hit(self, identity: str) -> Decision:
        """Count one request for ``identity``; the decision and the headers to send."""
        if self._redis is not None and time.monotonic() >= self._skip_until:
            try:
                return await self._hit(self._redis, identity)
            except Exception as exc:  # StorageError, a timeout: count here instead, for a while
                log.warning(
                    "rate limit counts: Redis unavailable (%s); counting in this worker for %.1f s",
                    type(exc).__name__,
                    self._cooldown_s,
                )
                self._skip_until = time.monotonic() + self._cooldown_s
        return await self._hit(self._memory, identity)

    async def _hit(self, limiter: MovingWindowRateLimiter, identity: str) -> Decision:
        allowed = await limiter.hit(self.item, identity)
        stats = await limiter.get_window_stats(self.item, identity)
        window = self.item.get_expiry()
        reset = math.ceil(max(0.0, stats.reset_time - time.time()))
        return Decision(
            allowed=allowed,
            limit=self.item.amount,
            remaining=max(0, stats.remaining),
            reset_s=min(reset, window),
            window_s=window,
        )

    async def close(self) -> None:
        """Release the Redis connections."""
        if self._redis is not None:
            storage = self._redis.storage
            bridge = getattr(storage, "bridge", None)
            client = getattr(bridge, "storage", None)
            if client is not None:
                await asyncio.wait_for(client.aclose(), 1.0)
