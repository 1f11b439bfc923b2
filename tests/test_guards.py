"""Unit tests of the HTTP guards (qa/web/guards.py) and error shapes (qa/web/api.py) on tiny apps,
without the Gradio page or an index: token, body-size cap, admission, errors."""

from __future__ import annotations

import threading
from types import SimpleNamespace
from typing import Any

import anyio
import pytest
from fastapi import Depends, FastAPI, Request
from fastapi.testclient import TestClient

from qa.errors import BusyError, ConfigError, LLMUnavailableError, QAError
from qa.web.api import AskRequest, error_response, install_error_handlers
from qa.web.guards import BodyLimit, QuestionGate, TokenGuard


def _app(*, token: str | None = None, limit: int | None = None) -> FastAPI:
    app = FastAPI()
    install_error_handlers(app)
    deps = [Depends(TokenGuard(token))]

    @app.post("/api/echo", dependencies=deps)
    async def echo(request: Request) -> dict[str, int]:
        return {"bytes": len(await request.body())}

    @app.post("/v1/echo", dependencies=deps)
    async def echo_v1(request: Request) -> dict[str, int]:
        return {"bytes": len(await request.body())}

    @app.post("/gradio_api/upload")
    async def upload(request: Request) -> dict[str, int]:
        return {"bytes": len(await request.body())}

    @app.post("/api/ask")
    def ask(body: AskRequest) -> dict[str, Any]:
        return {"question": body.question, "llm": body.llm}

    if limit is not None:
        app.add_middleware(BodyLimit, limit=limit)
    return app


def test_token_guard() -> None:
    client = TestClient(_app(token="s3cret"))
    assert client.post("/api/echo", headers={"Authorization": "Bearer s3cret"}).status_code == 200
    assert client.post("/api/echo", headers={"Authorization": "bearer  s3cret "}).status_code == 200
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic s3cret"}):
        r = client.post("/api/echo", headers=headers)
        assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer" and "API token" in r.json()["error"]
    r = client.post("/v1/echo")
    assert r.status_code == 401 and r.json()["error"]["type"] == "authentication_error"
    assert TestClient(_app(token=None)).post("/api/echo").status_code == 200  # no token set: open


def test_body_limit() -> None:
    client = TestClient(_app(limit=100))
    assert client.post("/api/echo", content=b"x" * 100).json() == {"bytes": 100}
    r = client.post("/api/echo", content=b"x" * 101)
    assert r.status_code == 413 and "request body too large" in r.json()["error"]
    r = client.post("/v1/echo", content=b"x" * 101)
    assert r.status_code == 413 and r.json()["error"]["type"] == "invalid_request_error"
    # No Content-Length (chunked): counted while read.
    r = client.post("/api/echo", content=iter([b"x" * 60, b"x" * 60]))
    assert r.status_code == 413
    assert client.post("/api/echo", content=iter([b"x" * 40, b"x" * 40])).json() == {"bytes": 80}
    # Gradio's upload route has its own limit (QA_MAX_FILE_BYTES).
    assert client.post("/gradio_api/upload", content=b"x" * 500).json() == {"bytes": 500}
    bad = client.post("/api/echo", content=b"x", headers={"Content-Length": "ten"})
    assert bad.status_code in (400, 413)


def test_request_validation_shapes() -> None:
    client = TestClient(_app())
    assert client.post("/api/ask", json={"question": "  What\tdid Kalın say? "}).json() == {"question": "What did Kalın say?", "llm": None}
    r = client.post("/api/ask", json={"question": "q?", "llm": "smollm3"})
    assert r.status_code == 422 and r.json()["field"] == "llm" and "'embedded', 'openai' or 'extractive'" in r.json()["error"]
    r = client.post("/api/ask", json={"question": " \x07 "})
    assert r.status_code == 422 and "empty" in r.json()["error"]
    r = client.post("/api/ask", json={"question": "q?", "k": 51})
    assert r.status_code == 422 and r.json()["field"] == "k"


@pytest.mark.parametrize(("exc", "status"), [(BusyError("busy", retry_after=7), 503), (LLMUnavailableError("down"), 503),
                                             (ConfigError("bad"), 400), (QAError("odd"), 500)])
def test_error_response(exc: QAError, status: int) -> None:
    plain, oa = error_response(exc, openai=False), error_response(exc, openai=True)
    assert plain.status_code == oa.status_code == status
    assert (plain.headers.get("retry-after") == "7") == isinstance(exc, BusyError)
    assert b'"type":"' + type(exc).__name__.encode() + b'"' in plain.body
    assert b'"server_busy"' in oa.body if isinstance(exc, BusyError) else b'"message":"' in oa.body


def test_question_gate_admits_max_queue_plus_one() -> None:
    busy = []
    service = SimpleNamespace(settings=SimpleNamespace(max_queue=1),
                              busy_error=lambda waiting: busy.append(waiting) or BusyError(f"busy: {waiting} waiting"))
    gate = QuestionGate(service)  # type: ignore[arg-type]
    release = threading.Event()
    results: list[Any] = []

    def slow() -> str:
        release.wait(10)
        return "answered"

    async def main() -> None:
        async def call() -> None:
            try:
                results.append(await gate.run(slow))
            except BusyError as exc:
                results.append(exc)

        async with anyio.create_task_group() as tg:
            for _ in range(3):
                tg.start_soon(call)
            await anyio.sleep(0.2)
            assert gate.inside == 2  # one answered + one waiting; the third was turned away at once
            release.set()

    anyio.run(main)
    assert sorted(map(str, results)) == ["answered", "answered", "busy: 1 waiting"] and busy == [1]
    assert gate.inside == 0
