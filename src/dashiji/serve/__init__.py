"""``dashiji serve``: a read-only HTTP API and web UI over a store file.

>>> from dashiji.serve import create_app
>>> app = create_app("demo.db")       # doctest: +SKIP  (FastAPI; run it with uvicorn)

FastAPI, uvicorn and Jinja2 come with the ``serve`` extra (``pip install 'dashiji[serve]'``);
they are imported only here, when the app is made.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import MissingDependency

if TYPE_CHECKING:
    from fastapi import FastAPI


def _require() -> None:
    for module, package in (("fastapi", "fastapi"), ("uvicorn", "uvicorn"), ("jinja2", "jinja2")):
        try:
            __import__(module)
        except ImportError as exc:
            raise MissingDependency(package, "serve") from exc


def create_app(db: str | Path) -> FastAPI:
    """The FastAPI app serving the store file ``db`` read-only."""
    _require()
    from .app import create_app as make

    return make(db)


#: Where a worker process of ``dashiji serve --workers N`` finds the store file.
DB_ENV = "DASHIJI_SERVE_DB"


def run(db: str | Path, host: str = "127.0.0.1", port: int = 8000, workers: int = 1) -> None:
    """Serve ``db`` at ``http://host:port/`` until interrupted, in ``workers`` processes.

    One process answers from one Python interpreter: the routes run in its thread pool, but
    only SQLite's own work leaves the GIL (a search's ranking, snippets and every answer's JSON
    hold it), so a second core serves little of a second request.  With ``workers`` > 1,
    uvicorn starts that many processes on the same socket, each with its own connections and
    caches (:func:`worker_app`)."""
    import uvicorn

    if workers > 1:
        from .db import connect_ro

        connect_ro(Path(db)).close()  # fail here, not in every worker
        os.environ[DB_ENV] = str(Path(db).resolve())
        uvicorn.run(
            "dashiji.serve:worker_app",
            factory=True,
            workers=workers,
            host=host,
            port=port,
            log_level="info",
        )
        return
    uvicorn.run(worker_app(db), host=host, port=port, log_level="info")


def worker_app(db: str | Path | None = None) -> FastAPI:
    """The app of one server process: the store ``db`` (default: ``$DASHIJI_SERVE_DB``), its
    views over the whole store (actor ranking, front page, facets…) made in a thread as the
    server starts, not by its first visitors (0.1-0.3 s each on 20,000 articles)."""
    import threading

    from .context import warm

    app = create_app(os.environ[DB_ENV] if db is None else db)
    threading.Thread(target=warm, args=(app.state.dashiji,), daemon=True).start()
    return app


__all__ = ["create_app", "run", "worker_app"]
