"""The viewer: ``GET /viewer``, a page for editors, served from ``api/static`` with no build step.

The page is plain HTML, CSS and JavaScript (no CDN, no framework, no inline script, so a strict
Content-Security-Policy allows it). It calls the API like any client: ``POST /v1/summaries`` for
a pasted article and ``GET /v1/summaries/{id}`` for ``/viewer?id=<summary id>``. The page itself
holds no data and is open even when API keys are on; it asks its user for a key when the API
answers 401 and keeps it in the tab's sessionStorage.
"""

from __future__ import annotations

from pathlib import Path

from litestar import Response, get
from litestar.enums import MediaType
from litestar.static_files import create_static_files_router
from litestar.types import ControllerRouterHandler

STATIC = Path(__file__).resolve().parent / "static"
_INDEX = (STATIC / "index.html").read_bytes()
# Small files that change with each release: revalidate every time (no stale viewer after an upgrade).
_NO_CACHE = {"Cache-Control": "no-cache"}


@get("/viewer", include_in_schema=False, media_type=MediaType.HTML)
async def viewer_page() -> Response[bytes]:
    """The viewer's page; ``?id=<summary id>`` is read by its script."""
    return Response(_INDEX, media_type=MediaType.HTML, headers=_NO_CACHE)


def viewer_routes() -> list[ControllerRouterHandler]:
    """The page and its assets (``/viewer/assets/viewer.js``, ``viewer.css``)."""
    assets = create_static_files_router(
        path="/viewer/assets", directories=[STATIC], include_in_schema=False, name="viewer-assets"
    )
    return [viewer_page, assets]
