"""The application factory: routes, dependencies, errors, metrics and resources in one place."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager

from litestar import Litestar
from litestar.config.compression import CompressionConfig
from litestar.config.cors import CORSConfig
from litestar.datastructures import State
from litestar.di import Provide
from litestar.enums import ScopeType
from litestar.logging import LoggingConfig
from litestar.openapi import OpenAPIConfig
from litestar.openapi.spec import Components, License, SecurityScheme, Server, Tag
from litestar.static_files import create_static_files_router
from litestar.types import ASGIApp, Message, Receive, Scope, Send
from swagger_ui_bundle import swagger_ui_path

from api import logs
from api.access import Access, middleware_factory
from api.contract import FinishedJson, OfflineSwagger
from api.errors import EXCEPTION_HANDLERS
from api.metrics import metrics_middleware
from api.parser import InProcessRunner, ProcessRunner, Runner, SummarizerLike
from api.ratelimit import RateLimiter
from api.request_id import HEADER as REQUEST_ID_HEADER
from api.request_id import request_id_middleware
from api.routes import ROUTES, prometheus_metrics, provide_summaries
from api.settings import Settings
from api.stores import MemoryStore, RedisStore, Store, TieredStore
from api.summaries import Summaries
from api.viewer import viewer_routes
from extractors.types import PACKAGE_VERSION

log = logging.getLogger(__name__)

# Redis connections each worker opens at start-up (more open on demand).
_REDIS_CONNECTIONS = 8


DOCS_ASSETS = "/schema/assets"
"""Where Swagger UI's own files are served from (the swagger-ui-bundle-v2 package's copy): no CDN."""


def openapi_config() -> OpenAPIConfig:
    """The OpenAPI document's metadata; served at /schema and written to openapi/openapi.json."""
    return OpenAPIConfig(
        title="newsum",
        version=PACKAGE_VERSION,
        description=(
            "Structured summaries of news articles: who, what, quantities, dates, sources and denials, "
            "every item with offsets into the text as sent: code points by default, UTF-16 code units "
            "(JavaScript) or UTF-8 bytes with `?offsets=utf16|utf8`. Errors are RFC 9457 problem details."
        ),
        license=License(name="MIT", identifier="MIT"),
        # The first is the server the document came from (so the docs page tries requests there).
        servers=[
            Server(url="/", description="The server this document was fetched from"),
            Server(url="http://127.0.0.1:8000", description="`make serve` on this machine"),
        ],
        path="/schema",
        render_plugins=[
            OfflineSwagger(
                path=["/", "/swagger"],
                js_url=f"{DOCS_ASSETS}/swagger-ui-bundle.js",
                css_url=f"{DOCS_ASSETS}/swagger-ui.css",
                standalone_preset_js_url=f"{DOCS_ASSETS}/swagger-ui-standalone-preset.js",
                favicon=f"<link rel='icon' type='image/png' href='{DOCS_ASSETS}/favicon-32x32.png'>",
            ),
            FinishedJson(),
        ],
        use_handler_docstrings=True,
        # Keys are optional (NEWSUM_API_KEYS): "{}" says a request may go without one.
        components=Components(
            security_schemes={
                "bearer": SecurityScheme(type="http", scheme="bearer", description="NEWSUM_API_KEYS, when set."),
                "apiKey": SecurityScheme(
                    type="apiKey", name="X-API-Key", security_scheme_in="header", description="The same keys."
                ),
            }
        ),
        security=[{}, {"bearer": []}, {"apiKey": []}],
        tags=[
            Tag(name="summaries", description="Summarise articles."),
            Tag(name="operations", description="Health, readiness, versions and metrics."),
        ],
    )


# Headers a browser app may read from answers, and send with requests, when CORS is on.
_EXPOSED_HEADERS = [
    "ETag",
    "X-Cache",
    REQUEST_ID_HEADER,
    "Retry-After",
    "RateLimit-Limit",
    "RateLimit-Remaining",
    "RateLimit-Reset",
    "RateLimit-Policy",
]
_ALLOWED_HEADERS = ["Authorization", "X-API-Key", "Content-Type", "If-None-Match", REQUEST_ID_HEADER]
# Summaries are 2-20 KB of JSON that gzip to a fifth; small answers are not worth the CPU. The
# stream is left alone: gzip would hold back its lines until a block fills.
COMPRESSION_MIN_BYTES = 1024


def cors_config(settings: Settings) -> CORSConfig | None:
    """CORS for the origins in NEWSUM_CORS_ORIGINS; None (no CORS headers) when there are none."""
    if not settings.cors_origins:
        return None
    return CORSConfig(
        allow_origins=list(settings.cors_origins),
        allow_methods=["GET", "POST", "OPTIONS"],
        allow_headers=_ALLOWED_HEADERS,
        expose_headers=_EXPOSED_HEADERS,
        allow_credentials=False,  # keys travel in headers, never cookies
        max_age=600,
    )


def access_for(settings: Settings) -> Access:
    """The keys and rate limiter the settings ask for (neither: everything open and unlimited)."""
    limiter = None
    if settings.rate_limit:
        limiter = RateLimiter(
            settings.rate_limit,
            redis_url=settings.redis_url,
            cluster=settings.redis_cluster,
            key_prefix=settings.key_prefix,
            timeout_s=settings.redis_timeout_s,
        )
    return Access.build(settings.api_keys, limiter)


def _make_lifespan(
    settings: Settings, runner: Runner, access: Access
) -> Callable[[Litestar], AbstractAsyncContextManager[None]]:
    """Open the worker's resources before it serves, close them after: the parser, the store."""

    @asynccontextmanager
    async def lifespan(app: Litestar) -> AsyncIterator[None]:
        # The parser process loads the model before the worker accepts its first request.
        await runner.start()
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
            runner,
            store,
            ttl_s=settings.cache_ttl_s,
            timeout_s=settings.timeout_s,
            key_prefix=settings.key_prefix,
            lock_across_workers=store.kind == "redis",
        )
        app.state.summaries = summaries
        try:
            yield
        finally:
            # In-flight requests finish first (the server drains them); then the parser stops.
            app.state.summaries = None
            await summaries.close()
            await store.close()
            if access.limiter is not None:
                await access.limiter.close()

    return lifespan


# Sent with every response, errors and streams included. The Server header is the ASGI server's
# own ("granian", "uvicorn"), which names no version.
SECURITY_HEADERS = ((b"x-content-type-options", b"nosniff"),)


def security_headers(app: ASGIApp) -> ASGIApp:
    """Add ``SECURITY_HEADERS`` to every HTTP response (one the handler set is not repeated)."""

    async def middleware(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != ScopeType.HTTP:
            await app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(name, value) for name, value in SECURITY_HEADERS if name not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await app(scope, receive, send_with_headers)

    return middleware


def create_app(
    settings: Settings | None = None, *, summarizer: SummarizerLike | None = None, runner: Runner | None = None
) -> Litestar:
    """Build the newsum application.

    ``settings`` defaults to ``Settings.from_env()``. The pipeline runs in a parser process that
    loads ``settings.spacy_model`` (``api.parser.ProcessRunner``). ``summarizer`` runs a pipeline
    object on a thread of this process instead (tests pass the session's, or a double), and
    ``runner`` replaces the runner altogether.
    """
    settings = settings or Settings.from_env()
    logs.install()  # no article text in any log line of this worker
    if runner is None:
        runner = (
            InProcessRunner(summarizer)
            if summarizer is not None
            else ProcessRunner(settings.spacy_model, close_grace_s=settings.timeout_s, max_rss_mb=settings.max_rss_mb)
        )
    routes = [route for route in ROUTES if not (settings.metrics_port and route is prometheus_metrics)]
    access = access_for(settings)
    app = Litestar(
        middleware=[middleware_factory(access)] if access.active else [],
        route_handlers=[
            *routes,
            *viewer_routes(),
            create_static_files_router(DOCS_ASSETS, directories=[swagger_ui_path], include_in_schema=False),
        ],
        dependencies={"summaries": Provide(provide_summaries, sync_to_thread=False)},
        exception_handlers=EXCEPTION_HANDLERS,
        lifespan=[_make_lifespan(settings, runner, access)],
        state=State({"settings": settings, "max_bytes": settings.max_bytes, "summaries": None}),
        request_max_body_size=settings.max_bytes,
        openapi_config=openapi_config(),
        cors_config=cors_config(settings),
        compression_config=CompressionConfig(
            backend="gzip",
            minimum_size=COMPRESSION_MIN_BYTES,
            gzip_compress_level=5,  # within a few percent of 9's size, at a fraction of its CPU
            exclude=["/v1/summaries/stream", "/metrics"],
        ),
        logging_config=LoggingConfig(
            root={"level": settings.log_level, "handlers": ["queue_listener"]},
            formatters={
                "standard": {"format": "%(levelname)s - %(asctime)s - %(name)s - [%(request_id)s] %(message)s"}
            },
            log_exceptions="never",  # the catch-all handler logs unexpected errors once, with traceback
        ),
        debug=False,
    )
    # Outermost, not per route: requests that match no route (404) or method (405) count too, and
    # get a request id.
    app.asgi_handler = request_id_middleware(
        metrics_middleware(security_headers(app.asgi_handler)), log_access=settings.access_log
    )
    return app
