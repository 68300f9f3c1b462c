"""``python -m api``: start the production server (see api/server.py)."""

from api.server import main

raise SystemExit(main())
