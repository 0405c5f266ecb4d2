"""The FastAPI application: the JSON API under ``/api``, the web pages, the static files, and
the headers every response carries (a strict Content-Security-Policy: scripts and styles only
from this server, no inline script, no plug-ins, no framing)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import NotFound, SearchQueryError
from .context import AppState

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; "
    "frame-ancestors 'none'; object-src 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api") or path == "/openapi.json"


class Hardening:
    """ASGI middleware: every response gets :data:`SECURITY_HEADERS`; an empty query parameter
    (a filter form's empty field) is dropped, so that it filters nothing."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope.get("query_string"):
            parts = scope["query_string"].split(b"&")
            kept = [p for p in parts if p.partition(b"=")[2].strip(b"+ ")]
            if len(kept) != len(parts):
                scope = {**scope, "query_string": b"&".join(kept)}

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                have = {k.lower() for k, _ in message.get("headers", [])}
                extra = [
                    (k.lower().encode(), v.encode())
                    for k, v in SECURITY_HEADERS.items()
                    if k.lower().encode() not in have
                ]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(db: str | Path) -> FastAPI:
    """The app serving the store file ``db`` read-only."""
    from . import api, pages

    app = FastAPI(
        title="dashiji",
        version=__version__,
        description="Chinese news as a sourced chronicle of events (大事记): read-only API.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.dashiji = AppState(db)

    def error(request: Request, status: int, message: str, errors: Any = None) -> Response:
        if _wants_json(request):
            body: dict[str, Any] = {"detail": message, "status": status}
            if errors is not None:
                body["errors"] = errors
            return JSONResponse(body, status_code=status)
        return pages.error_page(request, status, message)

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return error(request, 404, str(exc))

    @app.exception_handler(SearchQueryError)
    async def bad_query(request: Request, exc: SearchQueryError) -> Response:
        return error(request, 422, str(exc))

    @app.exception_handler(RequestValidationError)
    async def bad_parameter(request: Request, exc: RequestValidationError) -> Response:
        errs = [
            {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
            for e in exc.errors()
        ]
        message = "; ".join(
            f"{'.'.join(str(x) for x in e['loc'][1:]) or 'request'}: {e['msg']}" for e in errs
        )
        return error(request, 422, f"bad parameter: {message}", errs)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return error(request, exc.status_code, str(exc.detail))

    app.add_middleware(Hardening)
    app.include_router(api.router)
    app.include_router(pages.router)
    static = resources.files("dashiji.serve") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    return app
