"""``python -m api.healthcheck [--ready]``: exit 0 when the local server answers /healthz (or /readyz).

The container's ``HEALTHCHECK`` and anything else without curl (the slim image has none) use it.
It asks the server on this host at ``NEWSUM_PORT``, with a short timeout, and prints why it failed.
"""

from __future__ import annotations

import argparse
import sys
import urllib.error
import urllib.request

from api.settings import Settings, SettingsError


def _local_host(host: str) -> str:
    """Where to reach a server listening on ``host`` from the same machine."""
    if host in ("0.0.0.0", ""):
        return "127.0.0.1"
    if host == "::":
        return "[::1]"
    return f"[{host}]" if ":" in host else host


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m api.healthcheck", description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--ready", action="store_true", help="ask /readyz (model loaded, cache known) instead of /healthz")
    ap.add_argument("--timeout", type=float, default=2.0, help="seconds to wait for the answer")
    args = ap.parse_args(argv)
    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        print(f"unhealthy: {exc}", file=sys.stderr)
        return 1
    url = f"http://{_local_host(settings.host)}:{settings.port}/{'readyz' if args.ready else 'healthz'}"
    try:
        with urllib.request.urlopen(url, timeout=args.timeout) as response:
            status = response.status
    except urllib.error.HTTPError as exc:
        status = exc.code
    except (urllib.error.URLError, OSError) as exc:
        print(f"unhealthy: {url}: {exc}", file=sys.stderr)
        return 1
    if status != 200:
        print(f"unhealthy: {url} answered {status}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
