"""``dashiji serve``: a read-only HTTP API and web UI over a store file.

>>> from dashiji.serve import create_app
>>> app = create_app("demo.db")       # doctest: +SKIP  (FastAPI; run it with uvicorn)

FastAPI, uvicorn and Jinja2 come with the ``serve`` extra (``pip install 'dashiji[serve]'``);
they are imported only here, when the app is made.
"""

from __future__ import annotations

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


def run(db: str | Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve ``db`` at ``http://host:port/`` until interrupted."""
    app = create_app(db)
    import threading

    import uvicorn

    from .context import warm

    # the views over the whole store (actor ranking, front page, facets…): made while the
    # server starts, not by its first visitors (0.1-0.3 s each on 20,000 articles)
    threading.Thread(target=warm, args=(app.state.dashiji,), daemon=True).start()

    uvicorn.run(app, host=host, port=port, log_level="info")


__all__ = ["create_app", "run"]
