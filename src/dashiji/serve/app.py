"""The FastAPI application: the JSON API under ``/api``, the web pages, the static files, and
the headers every response carries (a strict Content-Security-Policy: scripts and styles only
from this server, no inline script, no plug-ins, no framing)."""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import BadParameter, NotFound, SearchQueryError
from ..messages import text, word
from .context import AppState
from .problems import parameter_problems, request_lang
from .queries import DATE_RULE

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


API_DESCRIPTION = f"""Chinese news as a sourced chronicle of events (大事记): read-only API.

**Dates.** {DATE_RULE}

**Errors** are JSON: `{{"code": "bad_date", "detail": "…", "status": 422}}`. `code` is stable,
for programs (`no_event`, `no_article`, `no_story`, `no_actor`, `no_page`, `bad_date`,
`date_order`, `bad_parameter` with each problem in `errors`, the search query's own codes such
as `unbalanced_quote` or `lone_dash`); `detail` says what is wrong in Chinese or English: the
`lang` parameter (`zh`, `en`), else the preferred of the two in `Accept-Language`, else
Chinese."""


def create_app(db: str | Path) -> FastAPI:
    """The app serving the store file ``db`` read-only."""
    from . import api, pages

    app = FastAPI(
        title="dashiji",
        version=__version__,
        description=API_DESCRIPTION,
        docs_url=None,
        redoc_url=None,
    )
    app.state.dashiji = AppState(db)

    def error(
        request: Request,
        status: int,
        code: str,
        message: Callable[[str], str],
        errors: Callable[[str], Any] | None = None,
    ) -> Response:
        """JSON ``{code, detail, status}`` (problems.py) for the API, else the error page;
        ``message(lang)`` in the reader's language (the API's: ``lang``, ``Accept-Language``,
        else Chinese; a page's: the UI's own)."""
        if _wants_json(request):
            lang = request_lang(request.query_params, request.headers)
            body: dict[str, Any] = {"code": code, "detail": message(lang), "status": status}
            if errors is not None:
                body["errors"] = errors(lang)
            return JSONResponse(body, status_code=status)
        return pages.error_page(request, status, message(pages.lang_of(request)))

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return error(request, 404, exc.key or "not_found", lambda lang: word(exc, lang))

    @app.exception_handler(SearchQueryError)
    async def bad_query(request: Request, exc: SearchQueryError) -> Response:
        return error(request, 422, exc.key or "bad_query", lambda lang: word(exc, lang))

    @app.exception_handler(BadParameter)
    async def bad_value(request: Request, exc: BadParameter) -> Response:
        return error(request, 422, exc.key, lambda lang: word(exc, lang))

    @app.exception_handler(RequestValidationError)
    async def bad_parameter(request: Request, exc: RequestValidationError) -> Response:
        errs = exc.errors()
        return error(
            request,
            422,
            "bad_parameter",
            lambda lang: parameter_problems(errs, lang)[0],
            lambda lang: parameter_problems(errs, lang)[1],
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        key: str = "http_error"
        params: dict[str, object] = {"status": exc.status_code}
        if exc.status_code == 404:
            key, params = "no_page", {"path": request.url.path}
        elif exc.status_code == 405:
            key, params = "bad_method", {"path": request.url.path, "method": request.method}
        return error(request, exc.status_code, key, lambda lang: text(key, lang, **params))

    app.add_middleware(Hardening)
    app.include_router(api.router)
    app.include_router(pages.router)
    static = resources.files("dashiji.serve") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    return app
