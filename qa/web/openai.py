"""The OpenAI-compatible API: `GET /v1/models` and `POST /v1/chat/completions` (stream or not).

The model `article-qa:NAME` picks backend NAME from the registry (any other model name, the
server's default). The answer is verified before it is sent; streaming sends it as
chat.completion.chunk events with the citations on the last one.
"""

from __future__ import annotations

import asyncio
import json
import re
import threading
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from typing import Any

import anyio
from fastapi import Depends, FastAPI, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from qa.backends import REGISTRY, find_backend
from qa.config import K_MAX
from qa.errors import QAError
from qa.inert import inert
from qa.service import Service
from qa.web.api import Filters, current_access, error_response, openai_error, search_filter
from qa.web.guards import Access, QuestionGate

MODEL_PREFIX = "article-qa"


class ChatMessage(BaseModel):
    model_config = {"extra": "allow"}
    role: str
    content: str | list[dict[str, Any]] | None = None

    def text(self) -> str:
        if isinstance(self.content, list):
            return " ".join(str(p.get("text", "")) for p in self.content if p.get("type") in ("text", "input_text"))
        return self.content or ""


class ChatRequest(BaseModel):
    """Body of POST /v1/chat/completions (unknown OpenAI fields such as temperature are ignored)."""

    model_config = {"extra": "allow"}
    model: str | None = None
    messages: list[ChatMessage] = Field(min_length=1)
    stream: bool = False
    k: int | None = Field(None, ge=1, le=K_MAX)
    # An extension (not OpenAI's): the same `filters` object as /api/ask.
    filters: Filters | None = None
    collection: str | None = None  # an extension too: the collection to answer from


def backend_for_model(model: str | None, default: str) -> str:
    """`article-qa:extractive` (or just `extractive`, or an alias) picks a backend; any other name, the default."""
    found = find_backend((model or "").rsplit(":", 1)[-1])
    return found.name if found else default


def add_routes(app: FastAPI, service: Service, gate: QuestionGate, dependencies: list[Any]) -> None:
    """`GET /v1/models` and `POST /v1/chat/completions` on `app`."""

    @app.get("/v1/models", dependencies=dependencies)
    def models() -> dict[str, Any]:
        ids = [(MODEL_PREFIX, f"the server's default backend ({service.default_llm})")]
        ids += [(f"{MODEL_PREFIX}:{b.name}", b.description) for b in REGISTRY.values()]
        return {"object": "list", "data": [{"id": i, "object": "model", "created": 0, "owned_by": "article-qa", "description": d}
                                           for i, d in ids]}

    @app.post("/v1/chat/completions", dependencies=dependencies)
    async def chat_completions(body: ChatRequest, request: Request, access: Access = Depends(current_access)) -> Any:  # noqa: B008
        convo = [m for m in body.messages if m.role in ("user", "assistant")]
        if not convo or convo[-1].role != "user" or not convo[-1].text().strip():
            return openai_error(400, "the last message must be a user message with the question", "messages")
        history = [{"role": m.role, "content": m.text()} for m in convo[:-1]]
        backend = backend_for_model(body.model, service.default_llm)
        head = {"id": f"chatcmpl-{uuid.uuid4().hex[:24]}", "created": int(time.time()), "model": f"{MODEL_PREFIX}:{backend}"}
        try:
            filters = search_filter(body.filters, access.collection(body.collection))
        except QAError as exc:
            return error_response(exc, openai=True)
        if body.stream:
            return await _stream(service, gate, request, head, convo[-1].text(), history or None, backend, body.k, filters)
        try:
            answer = await gate.run(service.ask, convo[-1].text(), history or None, backend, body.k, None, filters)
        except QAError as exc:
            return error_response(exc, openai=True)
        choice = {"index": 0, "message": {"role": "assistant", "content": inert(answer.text)}, "finish_reason": "stop"}
        return {**head, "object": "chat.completion", "choices": [choice], **_extra(answer)}


def _extra(answer: Any) -> dict[str, Any]:
    return {"citations": list(answer.to_dict()["citations"]), "refused": answer.refused}


async def _stream(service: Service, gate: QuestionGate, request: Request, head: dict[str, Any], question: str, history: Any,
                  backend: str, k: int | None, filters: Any) -> Any:
    """Stream the answer; a client that disconnects before it is done stops it (the model stops,
    the worker is freed). Errors known before the stream starts keep their HTTP status."""
    try:
        await anyio.to_thread.run_sync(service.assistant, backend, k)  # an unavailable backend is a 503, not a broken stream
        if gate.inside >= gate.limit:
            raise service.busy_error(gate.inside - 1)
    except QAError as exc:
        return error_response(exc, openai=True)
    cancel = threading.Event()

    def answer() -> Any:
        final = None
        for event in service.stream(question, history, backend, k, None, filters, cancel=cancel):
            if event.kind == "answer":
                final = event.answer
        return final

    task = asyncio.ensure_future(gate.run(answer))
    task.add_done_callback(lambda t: t.cancelled() or t.exception())  # a stopped answer's Cancelled is expected, not "never retrieved"

    async def events() -> AsyncIterator[str]:
        try:
            yield _chunk(head, {"role": "assistant", "content": ""})
            while not task.done():
                if await request.is_disconnected():
                    cancel.set()
                    return
                await asyncio.wait({task}, timeout=0.25)
            try:
                final = task.result()
            except QAError as exc:
                yield f"data: {json.dumps({'error': {'message': str(exc), 'type': type(exc).__name__, 'param': None, 'code': None}})}\n\n"
                yield "data: [DONE]\n\n"
                return
            for item in _sse(head, inert(final.text), _extra(final)):
                yield item
        finally:
            cancel.set()  # the client went away (or the stream ended): never answer for nobody

    return StreamingResponse(events(), media_type="text/event-stream", headers={"Cache-Control": "no-cache"})


def _chunk(head: dict[str, Any], delta: dict[str, Any], finish: str | None = None, **more: Any) -> str:
    body = {**head, "object": "chat.completion.chunk", "choices": [{"index": 0, "delta": delta, "finish_reason": finish}], **more}
    return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"


def _sse(head: dict[str, Any], text: str, extra: dict[str, Any]) -> Iterator[str]:
    """The verified answer as OpenAI chat.completion.chunk events after the role chunk, citations on the last one."""
    for piece in re.findall(r"\S+\s*|\s+", text):
        yield _chunk(head, {"content": piece})
    yield _chunk(head, {}, "stop", **extra)
    yield "data: [DONE]\n\n"
