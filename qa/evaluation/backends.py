"""The answer backends the measurement scripts compare, by name: "extractive" (no model),
"embedded" (the shipped GGUF in-process) and "openai" (the same GGUF behind a llama.cpp server on
loopback, started for the run and stopped with `stack`)."""

from __future__ import annotations

from contextlib import ExitStack
from typing import Any

from qa.assistant import make_backend

NAMES = ("extractive", "embedded", "openai")


def script_backend(name: str, stack: ExitStack, threads: int | None = None) -> Any:
    """The chat model for backend `name` (None for extractive); ValueError for another name."""
    if name == "extractive":
        return None
    if name == "embedded":
        return make_backend("embedded", threads=threads)
    if name == "openai":
        from qa.llm_server import start_llama_server

        server = stack.enter_context(start_llama_server(threads=threads))
        return make_backend("openai", base_url=server.base_url, model="smollm2")
    raise ValueError(f"unknown backend {name!r} (one of {', '.join(NAMES)})")
