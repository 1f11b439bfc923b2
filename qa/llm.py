"""Chat-model backends of the answer pipeline: embedded llama.cpp, OpenAI-compatible, any llama-index LLM.

The backend registry (`REGISTRY`, `backend`, `backend_options`; kept light in `qa/backends.py` and
re-exported here) is the one list of answer backends: names, aliases, descriptions and which
settings each needs. A new backend is one `Backend` entry there plus its branch in
`make_chat_model` here (docs/architecture.md).

This module reads no environment variables (the faces resolve settings and pass plain arguments) and
never touches llama-index's global ``Settings``. Secret redaction in log records (`qa/redaction.py`)
is installed by the faces at start-up (`install_redaction`); building a backend only registers its
secrets.

Importing it is cheap: the embedded model (`qa.llamacpp`) needs neither llama-index nor openai, and
the llama-index classes (`EmbeddedLlamaCpp`, the OpenAI-compatible client; `qa.llm_llamaindex`)
are imported when first used.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, NoReturn, Protocol

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
from qa.llamacpp import (  # noqa: F401 - re-exported
    DEFAULT_CONTEXT,
    GGUF_FILENAME,
    GGUF_PACKAGE,
    EmbeddedChatModel,
    LlamaCppEngine,
    _cpu_count,
    default_model_path,
    make_embedded,
    resolve_model_path,
)
from qa.redaction import hide_secrets, install_redaction, redact_url, url_secrets  # noqa: F401 - re-exported

if TYPE_CHECKING:
    from llama_index.core.base.llms.types import ChatMessage
    from llama_index.core.llms import LLM

# Settings as the faces name them (qa/settings.py); quoted in errors so users know what to fix.
SETTING_MODEL_PATH = "QA_LLM_MODEL_PATH"
SETTING_BASE_URL = "QA_OPENAI_BASE_URL"
SETTING_OPENAI_OTHERS = "QA_OPENAI_MODEL, QA_OPENAI_API_KEY"
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
        import httpx
        import openai

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
    from qa.llm_llamaindex import to_llama

    return to_llama(messages)


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
        A :class:`ChatModel` (embedded: `qa.llamacpp.EmbeddedChatModel`, whose engine is shared per
        (path, threads): the weights load once per process, lazily, at the first request).

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
        return make_embedded(model_path, threads)
    if key == "openai":
        if not base_url:
            raise LLMUnavailableError(f"the openai LLM backend needs a server URL: set {SETTING_BASE_URL} (or --openai-base-url)")
        hide_secrets(api_key, *url_secrets(base_url))
        # The "none" placeholder stops llama-index falling back to OPENAI_API_KEY from the environment.
        # llama-index retries on top of the client's own retries, waiting up to 20 s: max_retries=1 means
        # one llama-index attempt and one quick client retry.
        from qa.llm_llamaindex import OpenAICompatible

        llm = OpenAICompatible(model=model or DEFAULT_OPENAI_MODEL, api_base=base_url, api_key=api_key or "none",
                                is_chat_model=True, context_window=DEFAULT_CONTEXT, timeout=timeout, max_retries=1)
        return LlamaIndexChatModel(llm, f"openai:{llm.model}", where=f"the OpenAI-compatible server at {redact_url(base_url)}",
                                   setting=SETTING_BASE_URL, status_setting=f"{SETTING_BASE_URL}, {SETTING_OPENAI_OTHERS}",
                                   secrets=[api_key or ""])
    raise ConfigError(f"LLM backend {key!r} is registered but make_chat_model cannot build it")  # pragma: no cover


def __getattr__(name: str) -> Any:
    # The llama-index classes, imported on first use (llama-index takes seconds to import).
    if name == "EmbeddedLlamaCpp":
        from qa.llm_llamaindex import EmbeddedLlamaCpp

        return EmbeddedLlamaCpp
    raise AttributeError(f"module 'qa.llm' has no attribute {name!r}")
