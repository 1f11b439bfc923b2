"""What stands between a request and the service: the API token, the body-size cap, admission.

- `TokenGuard`: `Authorization: Bearer TOKEN` on /api/* and /v1/* (401 otherwise).
- `BodyLimit`: request bodies over 1 MB get 413 before they are read (Gradio's upload route excepted).
- `QuestionGate`: questions arriving over HTTP are admitted on the event loop before a worker
  thread is taken; beyond the service's queue they get 'busy' (503) at once.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import Any, TypeVar

import anyio
import anyio.to_thread
from fastapi import Request
from fastapi.responses import JSONResponse

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
