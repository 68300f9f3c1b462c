"""Settings: read once from the environment into one frozen, typed object.

``Settings.from_env()`` is called by ``python -m api`` and by ``create_app()`` when no settings
are passed; tests build ``Settings(...)`` directly (or set the environment first). A bad value
stops start-up with a message naming the variable, instead of surfacing later as a 500.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from extractors.article import DEFAULT_MODEL
from extractors.inputs import DEFAULT_MAX_CHARS, DEFAULT_MAX_TOKENS

T = TypeVar("T")

_LOG_LEVELS = ("CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG")


class SettingsError(ValueError):
    """An environment variable holds a value newsum cannot use."""


_CGROUP_V2_CPU_MAX = Path("/sys/fs/cgroup/cpu.max")
_CGROUP_V1_CPU = Path("/sys/fs/cgroup/cpu")


def cgroup_cpu_limit(v2: Path = _CGROUP_V2_CPU_MAX, v1: Path = _CGROUP_V1_CPU) -> float | None:
    """The CPU limit of this container in cores (cgroup v2 ``cpu.max`` or v1 CFS quota), None when unlimited."""
    try:
        quota, period = v2.read_text().split()[:2]
    except (OSError, ValueError):
        try:
            quota = (v1 / "cpu.cfs_quota_us").read_text().strip()
            period = (v1 / "cpu.cfs_period_us").read_text().strip()
        except OSError:
            return None
    if quota in ("max", "-1"):
        return None
    try:
        cores = int(quota) / int(period)
    except (ValueError, ZeroDivisionError):
        return None
    return cores if cores > 0 else None


def default_workers() -> int:
    """One worker per core this process may use: the CPUs it may run on, capped by a container's CPU limit.

    ``os.cpu_count()`` counts the node's cores; in a container limited to 2 CPUs on a 64-core node
    it would start 64 workers of ~200 MB each, all throttled.
    """
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    limit = cgroup_cpu_limit()
    if limit is not None:
        cores = min(cores, int(limit))  # a fractional core left over does not pay for a whole model
    return max(1, cores)


def boolean(raw: str) -> bool:
    """An on/off setting: 1/true/yes/on or 0/false/no/off."""
    value = raw.lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    raise ValueError(raw)


def comma_list(raw: str) -> tuple[str, ...]:
    """A comma-separated list: items stripped, empty ones dropped."""
    return tuple(item.strip() for item in raw.split(",") if item.strip())


def _read_keys_file(path: str) -> tuple[str, ...]:
    """Keys from a file: one a line; blank lines and '#' comments skipped."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsError(f"NEWSUM_API_KEYS_FILE={path!r} cannot be read: {type(exc).__name__}") from None
    return tuple(line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#"))


def _valid_rate(value: str) -> bool:
    from api.ratelimit import parse_rate

    try:
        parse_rate(value)
    except ValueError:
        return False
    return True


# What a key may be: long enough not to guess, printable, and nothing a header or list would split.
_KEY = re.compile(r"[\x21-\x7e]{16,256}")

# A browser origin: scheme, host, optional port; no path (a trailing slash never matches).
_ORIGIN = re.compile(r"https?://[^\s/,]+")


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """Everything the service reads from its environment (variable names in brackets)."""

    host: str = "127.0.0.1"  # NEWSUM_HOST
    port: int = 8000  # NEWSUM_PORT
    # NEWSUM_METRICS_PORT: serve /metrics on this port only (on NEWSUM_HOST), not on the API port.
    metrics_port: int | None = None
    workers: int = field(default_factory=default_workers)  # NEWSUM_WORKERS (default: usable cores)
    redis_url: str | None = None  # REDIS_URL (unset: embedded in-process LRU cache)
    cache_ttl_s: int = 7 * 24 * 3600  # NEWSUM_CACHE_TTL_S
    # NEWSUM_CACHE_SIZE: entries of each worker's in-process LRU: the whole cache when REDIS_URL is
    # unset, else a front for hot summaries (0: none, every lookup goes to Redis).
    cache_size: int = 4096
    max_bytes: int = 1024 * 1024  # NEWSUM_MAX_BYTES: largest request body (1 MiB), a whole batch included
    # NEWSUM_MAX_CHARS, NEWSUM_MAX_TOKENS: the largest article text (code points, estimated tokens)
    # summarised; larger ones get a 413 before any parsing (docs/api.md, "Very long articles").
    max_chars: int = DEFAULT_MAX_CHARS
    max_tokens: int = DEFAULT_MAX_TOKENS
    # NEWSUM_MAX_RSS_MB: a parser process over this resident memory after a job is replaced (unset: never).
    max_rss_mb: float | None = None
    timeout_s: float = 30.0  # NEWSUM_TIMEOUT_S: longest extraction before a 503 (the work is stopped)
    # NEWSUM_READ_TIMEOUT_S: longest time a client may take to send its headers, a whole body, or
    # one line of a stream; past it 408 and the connection is closed (slow clients hold no worker).
    read_timeout_s: float = 30.0
    # NEWSUM_STREAM_MAX_BYTES: largest whole stream (each line is also limited by NEWSUM_MAX_BYTES).
    stream_max_bytes: int = 256 * 1024 * 1024
    spacy_model: str = DEFAULT_MODEL  # NEWSUM_SPACY_MODEL
    log_level: str = "INFO"  # NEWSUM_LOG_LEVEL
    server: str = "granian"  # NEWSUM_SERVER: granian (measured faster, see docs/api.md) or uvicorn
    # Redis is a cache, never worth waiting for: tens of milliseconds, then bypass.
    redis_timeout_s: float = 0.05  # NEWSUM_REDIS_TIMEOUT_S
    key_prefix: str = "newsum"  # NEWSUM_KEY_PREFIX: lets tests and benchmarks share a Redis safely
    # NEWSUM_REDIS_CLUSTER=1: REDIS_URL names a node of a Redis Cluster; the cache uses the cluster client.
    redis_cluster: bool = False
    # NEWSUM_CORS_ORIGINS: comma-separated origins a browser app may call the API from
    # ("https://cms.example.org", or "*"); none by default (no CORS headers at all).
    cors_origins: tuple[str, ...] = ()
    access_log: bool = True  # NEWSUM_ACCESS_LOG: one INFO line per request (method, route, status, time, id)
    # NEWSUM_API_KEYS (comma-separated) and/or NEWSUM_API_KEYS_FILE (one key a line, '#' comments):
    # when any is set, /v1 and /metrics need one. Never shown in repr (so never in a log).
    api_keys: tuple[str, ...] = field(default=(), repr=False)
    # NEWSUM_RATE_LIMIT: '60/minute', '1000 per hour'... per key (per client address without keys).
    rate_limit: str | None = None

    def __post_init__(self) -> None:
        checks: list[tuple[str, bool]] = [
            ("NEWSUM_PORT must be 1..65535", 0 < self.port < 65536),
            (
                "NEWSUM_METRICS_PORT must be 1..65535 and differ from NEWSUM_PORT",
                self.metrics_port is None or (0 < self.metrics_port < 65536 and self.metrics_port != self.port),
            ),
            ("NEWSUM_WORKERS must be >= 1", self.workers >= 1),
            ("NEWSUM_CACHE_TTL_S must be >= 1", self.cache_ttl_s >= 1),
            ("NEWSUM_CACHE_SIZE must be >= 1 (>= 0 with REDIS_URL)", self.cache_size >= (0 if self.redis_url else 1)),
            ("NEWSUM_MAX_BYTES must be >= 1", self.max_bytes >= 1),
            ("NEWSUM_MAX_CHARS must be >= 1", self.max_chars >= 1),
            ("NEWSUM_MAX_TOKENS must be >= 1", self.max_tokens >= 1),
            ("NEWSUM_MAX_RSS_MB must be > 0", self.max_rss_mb is None or self.max_rss_mb > 0),
            ("NEWSUM_TIMEOUT_S must be > 0", self.timeout_s > 0),
            ("NEWSUM_READ_TIMEOUT_S must be >= 1", self.read_timeout_s >= 1),
            ("NEWSUM_STREAM_MAX_BYTES must be >= NEWSUM_MAX_BYTES", self.stream_max_bytes >= self.max_bytes),
            ("NEWSUM_REDIS_TIMEOUT_S must be > 0", self.redis_timeout_s > 0),
            (f"NEWSUM_LOG_LEVEL must be one of {', '.join(_LOG_LEVELS)}", self.log_level in _LOG_LEVELS),
            ("NEWSUM_SERVER must be 'granian' or 'uvicorn'", self.server in ("granian", "uvicorn")),
            (
                "NEWSUM_CORS_ORIGINS must be '*' or origins like 'https://cms.example.org' (scheme://host[:port])",
                all(origin == "*" or _ORIGIN.fullmatch(origin) for origin in self.cors_origins),
            ),
            (
                "NEWSUM_RATE_LIMIT must be like '60/minute' or '1000 per hour' (a positive count per "
                "second, minute, hour or day)",
                self.rate_limit is None or _valid_rate(self.rate_limit),
            ),
            (
                "NEWSUM_API_KEYS keys must be 16 to 256 printable characters without spaces or commas",
                all(_KEY.fullmatch(key) for key in self.api_keys),
            ),
            (
                "NEWSUM_REDIS_CLUSTER=1 needs REDIS_URL (any node of the cluster)",
                bool(self.redis_url) or not self.redis_cluster,
            ),
        ]
        for message, ok in checks:
            if not ok:
                raise SettingsError(message)

    @property
    def log_level_number(self) -> int:
        """The log level as the ``logging`` module's number."""
        return logging.getLevelNamesMapping()[self.log_level]

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Read every setting from the environment (``os.environ`` by default); unset means default."""
        env = os.environ if environ is None else environ
        values: dict[str, object] = {}

        def read(var: str, name: str, parse: Callable[[str], T]) -> None:
            raw = env.get(var, "").strip()
            if not raw:
                return
            try:
                values[name] = parse(raw)
            except ValueError:
                raise SettingsError(f"{var}={raw!r} is not a valid {parse.__name__}") from None

        read("NEWSUM_HOST", "host", str)
        read("NEWSUM_PORT", "port", int)
        read("NEWSUM_METRICS_PORT", "metrics_port", int)
        read("NEWSUM_WORKERS", "workers", int)
        read("REDIS_URL", "redis_url", str)
        read("NEWSUM_CACHE_TTL_S", "cache_ttl_s", int)
        read("NEWSUM_CACHE_SIZE", "cache_size", int)
        read("NEWSUM_MAX_BYTES", "max_bytes", int)
        read("NEWSUM_MAX_CHARS", "max_chars", int)
        read("NEWSUM_MAX_TOKENS", "max_tokens", int)
        read("NEWSUM_MAX_RSS_MB", "max_rss_mb", float)
        read("NEWSUM_TIMEOUT_S", "timeout_s", float)
        read("NEWSUM_READ_TIMEOUT_S", "read_timeout_s", float)
        read("NEWSUM_STREAM_MAX_BYTES", "stream_max_bytes", int)
        read("NEWSUM_SPACY_MODEL", "spacy_model", str)
        read("NEWSUM_LOG_LEVEL", "log_level", str.upper)
        read("NEWSUM_SERVER", "server", str.lower)
        read("NEWSUM_REDIS_TIMEOUT_S", "redis_timeout_s", float)
        read("NEWSUM_KEY_PREFIX", "key_prefix", str)
        read("NEWSUM_REDIS_CLUSTER", "redis_cluster", boolean)
        read("NEWSUM_CORS_ORIGINS", "cors_origins", comma_list)
        read("NEWSUM_ACCESS_LOG", "access_log", boolean)
        read("NEWSUM_RATE_LIMIT", "rate_limit", str)
        keys = comma_list(env.get("NEWSUM_API_KEYS", ""))
        if path := env.get("NEWSUM_API_KEYS_FILE", "").strip():
            keys += _read_keys_file(path)
        if keys:
            values["api_keys"] = tuple(dict.fromkeys(keys))
        return cls(**values)  # type: ignore[arg-type]
