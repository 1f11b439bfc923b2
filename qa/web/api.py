"""The JSON API (`POST /api/ask`, `POST /api/search`, `GET /api/health`) and the error shapes /api and /v1 share.

A QAError becomes `{"error": message, "type": ...}` on /api (OpenAI's `{"error": {...}}` on /v1):
400 for a bad request (ConfigError), 503 with Retry-After when busy or the LLM is unavailable.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from fastapi import Depends, FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, field_validator
from starlette.exceptions import HTTPException as StarletteHTTPException

from index.filters import SearchFilter, parse_filter
from qa.assistant import clean_question
from qa.backends import BACKEND_NAMES
from qa.config import K_MAX
from qa.errors import BusyError, ConfigError, LLMUnavailableError, QAError
from qa.inert import inert
from qa.service import Service
from qa.web.guards import Access, Forbidden, QuestionGate, Unauthorized

BackendName = Literal[BACKEND_NAMES]  # type: ignore[valid-type]  # the registry's names, validated by pydantic


class Message(BaseModel):
    role: Literal["user", "assistant", "system"]
    content: str


class Filters(BaseModel):
    """`filters` of /api/ask, /api/search and /v1/chat/completions: only articles that match every
    field given (pushed into the search: k passages come back whenever k match)."""

    model_config = {"extra": "forbid"}
    sources: list[str] | None = Field(None, max_length=1000, description="outlets (any of them; case does not matter)")
    since: date | None = Field(None, description="published on or after, YYYY-MM-DD")
    until: date | None = Field(None, description="published on or before, YYYY-MM-DD")
    article_ids: list[str] | None = Field(None, max_length=10_000, description="only these articles")

    def to_filter(self) -> SearchFilter:
        """The SearchFilter; raises ConfigError (400) when since is after until."""
        return parse_filter(self.model_dump(exclude_none=True))


def search_filter(body: Filters | None, collection: str | None = None) -> SearchFilter | None:
    """The request's SearchFilter, restricted to `collection` (None: no restriction at all)."""
    f = (body.to_filter() if body is not None else SearchFilter()).in_collection(collection)
    return None if f.empty else f


def current_access(request: Request) -> Access:
    """The request's Access (a FastAPI dependency; `create_app` sets the guard on app.state)."""
    return request.app.state.access_guard(request)  # type: ignore[no-any-return]


class AskRequest(BaseModel):
    """Body of POST /api/ask."""

    model_config = {"extra": "forbid"}
    question: str = Field(min_length=1, description="the question")
    history: list[tuple[str, str]] | list[Message] | None = Field(None, description="earlier turns: [[user, assistant], ...] or messages")
    llm: BackendName | None = Field(None, description="answer backend (default: the server's)")
    k: int | None = Field(None, ge=1, le=K_MAX, description="passages per question")
    as_of: date | None = Field(None, description="the day the question is asked on, YYYY-MM-DD (default: today)")
    options: list[str] | None = Field(None, max_length=50, description="answer options: the reply says which the articles support best")
    filters: Filters | None = Field(None, description="answer from the articles these filters allow only")
    collection: str | None = Field(None, description="the collection to answer from (default: the token's only one, or all)")

    @field_validator("question")
    @classmethod
    def _clean(cls, v: str) -> str:
        try:
            return clean_question(v)
        except ConfigError as exc:
            raise ValueError(str(exc)) from None


class SearchRequest(BaseModel):
    """Body of POST /api/search."""

    model_config = {"extra": "forbid"}
    query: str = Field(min_length=1, max_length=4000, description="what to search for")
    k: int = Field(5, ge=1, le=K_MAX, description="how many passages")
    mode: Literal["hybrid", "dense", "bm25"] = "hybrid"
    filters: Filters | None = None
    collection: str | None = None


def hit_rows(hits: list[Any]) -> list[dict[str, Any]]:
    """Search hits as JSON rows (the same fields as `qa search --json`)."""
    return [{"rank": i + 1, "score": round(h.score, 6), "dense": None if h.dense is None else round(h.dense, 4),
             "bm25": None if h.bm25 is None else round(h.bm25, 4), "article_id": h.chunk.article_id, "title": h.chunk.title,
             "source": h.chunk.source, "published": h.chunk.published, "url": h.chunk.url, "chunk_id": h.chunk.chunk_id,
             "start": h.chunk.start, "end": h.chunk.end, "text": h.chunk.text} for i, h in enumerate(hits)]


def status_of(exc: QAError) -> int:
    if isinstance(exc, LLMUnavailableError | BusyError):
        return 503
    return 400 if isinstance(exc, ConfigError) else 500


def openai_error(status: int, message: str, param: str | None = None, kind: str = "invalid_request_error") -> JSONResponse:
    return JSONResponse({"error": {"message": message, "type": kind, "param": param, "code": None}}, status_code=status)


def error_response(exc: QAError, *, openai: bool) -> JSONResponse:
    """A QAError as the JSON error of /api or /v1; 'busy' carries Retry-After."""
    status = status_of(exc)
    if openai:
        kind = "server_busy" if isinstance(exc, BusyError) else "server_error" if status >= 500 else "invalid_request_error"
        resp = openai_error(status, str(exc), None, kind)
    else:
        resp = JSONResponse({"error": str(exc), "type": type(exc).__name__}, status_code=status)
    if isinstance(exc, BusyError):
        resp.headers["Retry-After"] = str(exc.retry_after)
    return resp


def install_error_handlers(app: FastAPI) -> None:
    """401 for a missing token, request validation (422 on /api, 400 on /v1) and HTTP errors in
    the shape of each API."""

    @app.exception_handler(Unauthorized)
    async def _unauthorized(request: Request, exc: Unauthorized) -> JSONResponse:
        msg = "missing or wrong API token: send 'Authorization: Bearer TOKEN'"
        resp = openai_error(401, msg, None, "authentication_error") if request.url.path.startswith("/v1") else JSONResponse({"error": msg}, status_code=401)
        resp.headers["WWW-Authenticate"] = "Bearer"
        return resp

    @app.exception_handler(QAError)
    async def _qa_error(request: Request, exc: QAError) -> JSONResponse:
        return error_response(exc, openai=request.url.path.startswith("/v1"))

    @app.exception_handler(Forbidden)
    async def _forbidden(request: Request, exc: Forbidden) -> JSONResponse:
        if request.url.path.startswith("/v1"):
            return openai_error(403, exc.message, "collection", "permission_error")
        return JSONResponse({"error": exc.message}, status_code=403)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        fields = [".".join(str(p) for p in e["loc"] if p != "body") or "body" for e in errors]
        message = "; ".join(f"{f}: {e['msg']}" for f, e in zip(fields, errors, strict=True))
        if request.url.path.startswith("/v1"):
            return openai_error(400, message, fields[0] if fields else None)
        return JSONResponse({"error": message, "field": fields[0] if fields else None,
                             "detail": [{"loc": list(e["loc"]), "msg": e["msg"], "type": e["type"]} for e in errors]}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Any:
        path = request.url.path
        if not path.startswith(("/api/", "/v1/")):
            return await http_exception_handler(request, exc)
        message = str(exc.detail)
        if message == "There was an error parsing the body":
            message = "could not read the request body: send JSON encoded as UTF-8"
        if path.startswith("/v1"):
            return openai_error(exc.status_code, message, None)
        return JSONResponse({"error": message}, status_code=exc.status_code, headers=exc.headers)


def add_routes(app: FastAPI, service: Service, gate: QuestionGate, dependencies: list[Any]) -> None:
    """`GET /api/health`, `POST /api/ask` and `POST /api/search` on `app`."""

    @app.get("/api/health", dependencies=dependencies)
    def health(collection: str | None = None, access: Access = Depends(current_access)) -> dict[str, Any]:  # noqa: B008
        """Counts (of the token's collection when it has one), default backend and k."""
        stats = service.stats(access.collection(collection))
        return {"ok": True, "articles": stats["articles"], "chunks": stats["chunks"], "llm": service.default_llm, "k": service.settings.k}

    @app.post("/api/ask", dependencies=dependencies)
    async def api_ask(body: AskRequest, access: Access = Depends(current_access)) -> Any:  # noqa: B008
        """Answer `question`; returns Answer.to_dict(): text with [n] markers, refused, citations, timings, ..."""
        history = [m.model_dump() for m in body.history] if body.history and isinstance(body.history[0], Message) else body.history
        try:
            as_of = body.as_of.isoformat() if body.as_of else None
            filters = search_filter(body.filters, access.collection(body.collection))
            if body.options:
                choice = await gate.run(service.choose, body.question, body.options, history, body.llm, body.k, as_of, filters)
                return {"question": body.question, "choice": choice.to_dict(), "as_of": as_of}
            answer = await gate.run(service.ask, body.question, history, body.llm, body.k, as_of, filters)
        except QAError as exc:
            return error_response(exc, openai=False)
        return {**answer.to_dict(), "text": inert(answer.text)}  # links from articles never live (qa.inert); quotes stay exact

    @app.post("/api/search", dependencies=dependencies)
    async def api_search(body: SearchRequest, access: Access = Depends(current_access)) -> Any:  # noqa: B008
        """Hybrid search without an answer: the best passages, with their article's metadata."""
        try:
            filters = search_filter(body.filters, access.collection(body.collection))
            hits = await gate.run(lambda: service.search(body.query, k=body.k, mode=body.mode, filters=filters))
        except QAError as exc:
            return error_response(exc, openai=False)
        return {"query": body.query, "hits": hit_rows(hits)}
