"""What stands between a request and the service: the API token, the body-size cap, admission.

- `TokenGuard`: `Authorization: Bearer TOKEN` on /api/* and /v1/* (401 otherwise).
- `AccessGuard`: the same, with API tokens scoped to collections (`qa token create`): each
  request gets an `Access`, and a collection its token does not cover is 403 (`Forbidden`).
- `BodyLimit`: request bodies over 1 MB get 413 before they are read (Gradio's upload route excepted).
- `QuestionGate`: questions arriving over HTTP are admitted on the event loop before a worker
  thread is taken; beyond the service's queue they get 'busy' (503) at once.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import anyio
import anyio.to_thread
from fastapi import Request
from fastapi.responses import JSONResponse

from index.filters import check_collection
from index.tokens import any_tokens, lookup
from qa.service import Service

T = TypeVar("T")

MAX_BODY_BYTES = 1024 * 1024  # a question with its history; files go to the upload route, which has its own limit
UPLOAD_ROUTES = ("/gradio_api/upload", "/upload")  # multipart file uploads: Gradio enforces QA_MAX_FILE_BYTES there


class Unauthorized(Exception):
    """Raised by `TokenGuard`; the app turns it into 401 with WWW-Authenticate (qa/web/api.py)."""


class TokenGuard:
    """A FastAPI dependency: with a token set, requests must carry `Authorization: Bearer TOKEN`
    (compared in constant time); without one, every request passes."""

    def __init__(self, token: str | None) -> None:
        self.token = token

    def __call__(self, request: Request) -> None:
        if not self.token:
            return
        given = request.headers.get("authorization", "")
        scheme, _, value = given.partition(" ")
        if scheme.lower() != "bearer" or not secrets.compare_digest(value.strip().encode(), self.token.encode()):
            raise Unauthorized()


class Forbidden(Exception):
    """Raised when a token may not use the collection a request names; the app answers 403."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Access:
    """What a request may see: every collection (`collections` None: no token needed, or the
    server's own `--token`), or the collections of its API token, read or write."""

    collections: tuple[str, ...] | None = None
    write: bool = True
    token_id: str | None = None

    def collection(self, asked: str | None, *, write: bool = False) -> str | None:
        """The collection a request works on: the one it names (if this access may use it) or,
        when it names none, the token's only collection (None: every collection).

        Raises:
            Forbidden: the token does not cover `asked` (or cannot write to it), or covers several
                collections and the request names none.
        """
        name = check_collection(asked) if asked else None
        if self.collections is None:
            return name
        if write and not self.write:
            raise Forbidden(f"this API token may read but not write (collection {name or self.collections[0]!r})")
        if name is None:
            if len(self.collections) == 1:
                return self.collections[0]
            raise Forbidden(f"this API token covers several collections ({', '.join(self.collections)}); name one in 'collection'")
        if name not in self.collections:
            raise Forbidden(f"this API token may not use collection {name!r}")
        return name


class AccessGuard:
    """A FastAPI dependency returning the request's `Access`.

    `Authorization: Bearer TOKEN` is the server's own token (`--token`; every collection) or an
    API token from `qa token create` (its collections and rights; looked up hashed in the index,
    so tokens made or revoked while the server runs count at once). Without either configured
    every request passes with full access, as before collections existed; once a server token or
    any API token exists, a request without a valid one gets 401.
    """

    def __init__(self, service: Service, token: str | None) -> None:
        self.service, self.token = service, token

    def __call__(self, request: Request) -> Access:
        given = request.headers.get("authorization", "")
        scheme, _, value = given.partition(" ")
        value = value.strip()
        db = self.service.corpus.store.connection
        if scheme.lower() == "bearer" and value:
            if self.token and secrets.compare_digest(value.encode(), self.token.encode()):
                return Access()
            scope = lookup(db, value)
            if scope is not None:
                return Access(scope.collections, scope.write, scope.id)
            raise Unauthorized()
        if self.token or any_tokens(db):
            raise Unauthorized()
        return Access()


class QuestionGate:
    """Admission for questions arriving over HTTP, decided on the event loop before a thread is
    taken: at most `max_queue + 1` questions are in the service (one answered, the rest waiting
    for their turn); any more get BusyError at once. Without it, requests beyond the worker
    thread pool (40) would wait unseen in anyio's queue, where neither QA_MAX_QUEUE nor
    QA_QUEUE_TIMEOUT applies."""

    def __init__(self, service: Service) -> None:
        self.service = service
        self.limit = service.settings.max_queue + 1
        self.limiter = anyio.CapacityLimiter(self.limit)  # own threads: never behind other work
        self.inside = 0  # touched only on the event loop thread

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        if self.inside >= self.limit:
            raise self.service.busy_error(self.inside - 1)
        self.inside += 1
        try:
            return await anyio.to_thread.run_sync(lambda: fn(*args), limiter=self.limiter)
        finally:
            self.inside -= 1


T = TypeVar("T")

MAX_BODY_BYTES = 1024 * 1024  # a question with its history; files go to the upload route, which has its own limit
UPLOAD_ROUTES = ("/gradio_api/upload", "/upload")  # multipart file uploads: Gradio enforces QA_MAX_FILE_BYTES there


class _TooLarge(Exception):
    pass


class BodyLimit:
    """ASGI middleware: request bodies over `limit` bytes get 413 before they are read into memory.

    Gradio's file-upload route is left to Gradio, which enforces QA_MAX_FILE_BYTES there.
    """

    def __init__(self, app: Any, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["path"].rstrip("/") in UPLOAD_ROUTES:
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.limit):
            await self._refuse(scope, send)
            return
        received = 0
        started = False

        async def limited_receive() -> Any:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise _TooLarge
            return message

        async def tracking_send(message: Any) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLarge:
            if not started:
                await self._refuse(scope, send)

    async def _refuse(self, scope: Any, send: Any) -> None:
        msg = f"request body too large: over {self.limit:,} bytes (upload articles through the upload form instead)"
        body = {"error": {"message": msg, "type": "invalid_request_error", "param": None, "code": None}} if scope["path"].startswith("/v1") else {"error": msg}
        resp = JSONResponse(body, status_code=413)
        await resp(scope, None, send)
