"""The application factory: routes, dependencies, errors, metrics and resources in one place."""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager

from litestar import Litestar
from litestar.datastructures import State
from litestar.di import Provide
from litestar.logging import LoggingConfig
from litestar.openapi import OpenAPIConfig
from litestar.openapi.plugins import ScalarRenderPlugin
from litestar.openapi.spec import Tag

from api.errors import EXCEPTION_HANDLERS
from api.metrics import metrics_middleware
from api.routes import ROUTES, provide_summaries
from api.settings import Settings
from api.stores import MemoryStore, RedisStore, Store, TieredStore
from api.summaries import Summaries, SummarizerLike
from extractors.registry import PACKAGE_VERSION

log = logging.getLogger(__name__)

# While the parser thread holds the GIL, the event loop waits up to this long to answer a cache
# hit; Python's default (5 ms) alone would exceed the cache-hit latency target.
_SWITCH_INTERVAL_S = 0.001
# Redis connections each worker opens at start-up (more open on demand).
_REDIS_CONNECTIONS = 8


def openapi_config() -> OpenAPIConfig:
    """The OpenAPI document's metadata; served at /schema and written to openapi/openapi.json."""
    return OpenAPIConfig(
        title="newsum",
        version=PACKAGE_VERSION,
        description=(
            "Structured summaries of news articles: who, what, quantities, dates, sources and denials, "
            "every item with code-point offsets into the text as sent (JavaScript clients count UTF-16 "
            "units and must convert outside the Basic Multilingual Plane). Errors are RFC 9457 problem details."
        ),
        path="/schema",
        render_plugins=[ScalarRenderPlugin()],
        use_handler_docstrings=True,
        tags=[
            Tag(name="summaries", description="Summarise articles."),
            Tag(name="operations", description="Health, readiness, versions and metrics."),
        ],
    )


def _load_pipeline(model: str) -> SummarizerLike:
    """Load the model, warm every extractor up, then take the heap out of the garbage collector.

    The model leaves ~100k long-lived objects; a full collection walks them all (over 100 ms
    measured), which would land on some unlucky request. ``gc.freeze()`` moves what exists now
    to a permanent generation, so collections only walk what requests allocate.
    """
    from extractors.pipeline import Article, Summarizer

    pipeline = Summarizer(model)
    # Lazily built matchers and lexicons are built now, not during the first request.
    pipeline.summarize(Article(text="WASHINGTON (AP) — The minister said on Monday that 40 people were hurt."))
    gc.collect()
    gc.freeze()
    return pipeline


def _make_lifespan(
    settings: Settings, summarizer: SummarizerLike | None
) -> Callable[[Litestar], AbstractAsyncContextManager[None]]:
    """Open the worker's resources before it serves, close them after: the model, the store."""

    @asynccontextmanager
    async def lifespan(app: Litestar) -> AsyncIterator[None]:
        # The model loads here, once per worker, before the first request is accepted.
        nlp_pipeline = summarizer
        if nlp_pipeline is None:
            nlp_pipeline = _load_pipeline(settings.spacy_model)
        store: Store
        if settings.redis_url:
            redis_store = RedisStore(
                settings.redis_url, timeout_s=settings.redis_timeout_s, cluster=settings.redis_cluster
            )
            if not await redis_store.warm(_REDIS_CONNECTIONS):
                log.warning("Redis at REDIS_URL does not answer; serving without it until it does")
            store = TieredStore(MemoryStore(settings.cache_size), redis_store) if settings.cache_size else redis_store
        else:
            store = MemoryStore(settings.cache_size)
        summaries = Summaries(
            nlp_pipeline,
            store,
            ttl_s=settings.cache_ttl_s,
            timeout_s=settings.timeout_s,
            key_prefix=settings.key_prefix,
            lock_across_workers=store.kind == "redis",
        )
        previous_interval = sys.getswitchinterval()
        sys.setswitchinterval(_SWITCH_INTERVAL_S)
        app.state.summaries = summaries
        try:
            yield
        finally:
            app.state.summaries = None
            sys.setswitchinterval(previous_interval)
            summaries.close()
            await store.close()

    return lifespan


def create_app(settings: Settings | None = None, *, summarizer: SummarizerLike | None = None) -> Litestar:
    """Build the newsum application.

    ``settings`` defaults to ``Settings.from_env()``. ``summarizer`` replaces the pipeline the
    lifespan would load from ``settings.spacy_model`` (tests pass the session's, or a double).
    """
    settings = settings or Settings.from_env()
    return Litestar(
        route_handlers=ROUTES,
        dependencies={"summaries": Provide(provide_summaries, sync_to_thread=False)},
        exception_handlers=EXCEPTION_HANDLERS,
        middleware=[metrics_middleware],
        lifespan=[_make_lifespan(settings, summarizer)],
        state=State({"settings": settings, "max_bytes": settings.max_bytes, "summaries": None}),
        request_max_body_size=settings.max_bytes,
        openapi_config=openapi_config(),
        logging_config=LoggingConfig(
            root={"level": settings.log_level, "handlers": ["queue_listener"]},
            log_exceptions="never",  # the catch-all handler logs unexpected errors once, with traceback
        ),
        debug=False,
    )
