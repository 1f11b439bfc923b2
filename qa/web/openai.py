"""The OpenAI-compatible API: `GET /v1/models` and `POST /v1/chat/completions` (stream or not).

The model `article-qa:NAME` picks backend NAME from the registry (any other model name, the
server's default). The answer is verified before it is sent; streaming sends it as
chat.completion.chunk events with the citations on the last one.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from typing import Any

from fastapi import FastAPI
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from qa.backends import REGISTRY, find_backend
from qa.config import K_MAX
from qa.errors import QAError
from qa.service import Service
from qa.web.api import Filters, error_response, openai_error, search_filter
from qa.web.guards import QuestionGate

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
    async def chat_completions(body: ChatRequest) -> Any:
        convo = [m for m in body.messages if m.role in ("user", "assistant")]
        if not convo or convo[-1].role != "user" or not convo[-1].text().strip():
            return openai_error(400, "the last message must be a user message with the question", "messages")
        history = [{"role": m.role, "content": m.text()} for m in convo[:-1]]
        backend = backend_for_model(body.model, service.default_llm)
        try:
            filters = search_filter(body.filters)
            answer = await gate.run(service.ask, convo[-1].text(), history or None, backend, body.k, None, filters)
        except QAError as exc:
            return error_response(exc, openai=True)
        extra = {"citations": [c for c in answer.to_dict()["citations"]], "refused": answer.refused}
        head = {"id": f"chatcmpl-{uuid.uuid4().hex[:24]}", "created": int(time.time()), "model": f"{MODEL_PREFIX}:{backend}"}
        if not body.stream:
            choice = {"index": 0, "message": {"role": "assistant", "content": answer.text}, "finish_reason": "stop"}
            return {**head, "object": "chat.completion", "choices": [choice], **extra}
        # The answer is complete and verified already: an async iterator sends it without
        # taking a worker thread per chunk (those are busy with waiting questions under load).
        return StreamingResponse(_aiter(_sse(head, answer.text, extra)), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache"})


async def _aiter(items: Iterator[str]) -> AsyncIterator[str]:
    for item in items:
        yield item


def _sse(head: dict[str, Any], text: str, extra: dict[str, Any]) -> Iterator[str]:
    """The verified answer as OpenAI chat.completion.chunk events, citations on the last one."""
    def chunk(delta: dict[str, Any], finish: str | None = None, **more: Any) -> str:
        body = {**head, "object": "chat.completion.chunk", "choices": [{"index": 0, "delta": delta, "finish_reason": finish}], **more}
        return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"

    yield chunk({"role": "assistant", "content": ""})
    for piece in re.findall(r"\S+\s*|\s+", text):
        yield chunk({"content": piece})
    yield chunk({}, "stop", **extra)
    yield "data: [DONE]\n\n"
