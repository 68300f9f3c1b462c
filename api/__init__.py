"""newsum's HTTP layer: the Litestar app factory, routes, cache, settings, errors and metrics.

Nothing here does NLP: on a cache miss it calls ``extractors.pipeline.Summarizer``.

``create_app`` and ``Settings`` are imported lazily: ``python -m api`` must set up the metrics
directory shared by its workers before anything imports prometheus_client (see api/server.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from api.app import create_app
    from api.settings import Settings

__all__ = ["Settings", "create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from api.app import create_app

        return create_app
    if name == "Settings":
        from api.settings import Settings

        return Settings
    raise AttributeError(f"module 'api' has no attribute {name!r}")
