"""newsum's HTTP layer: the Litestar app factory, routes, cache, settings, errors and metrics.

Nothing here does NLP: on a cache miss it calls ``extractors.pipeline.Summarizer``.
"""

from api.app import create_app
from api.settings import Settings

__all__ = ["Settings", "create_app"]
