"""llama-index classes of the LLM backends: the embedded engine as a llama-index `CustomLLM`, and
the OpenAI-compatible client. Imported only when one is used (llama-index and openai take seconds
to import), through `qa.llm`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from llama_index.core.base.llms.types import (
    ChatMessage,
    ChatResponse,
    ChatResponseGen,
    CompletionResponse,
    CompletionResponseGen,
    LLMMetadata,
)
from llama_index.core.llms import CustomLLM
from llama_index.core.llms.callbacks import llm_chat_callback, llm_completion_callback
from llama_index.llms.openai_like import OpenAILike
from pydantic import Field, PrivateAttr

from qa.llamacpp import DEFAULT_CONTEXT, LlamaCppEngine, _cpu_count


def _accumulate(pieces: Iterator[tuple[str, Any]], make: Callable[[str, str, Any], Any]) -> Iterator[Any]:
    text = ""
    for delta, chunk in pieces:
        text += delta
        yield make(text, delta, chunk)


class EmbeddedLlamaCpp(CustomLLM):
    """A GGUF chat model run in-process by llama.cpp (`qa.llamacpp.LlamaCppEngine`), as a llama-index LLM.

    The model loads on first use, once, under a lock; the engine queues concurrent requests itself,
    so one instance can serve many threads.
    """

    model_path: str = Field(description="GGUF file to load.")
    n_ctx: int = Field(default=DEFAULT_CONTEXT, description="Context size in tokens.")
    n_threads: int = Field(default_factory=_cpu_count, description="CPU threads for prompt and generation.")
    max_new_tokens: int = Field(default=256, description="Tokens to generate when the call does not say.")
    temperature: float = Field(default=0.0, description="Sampling temperature when the call does not say.")
    _engine: Any = PrivateAttr(default=None)

    def model_post_init(self, context: Any) -> None:
        self._engine = LlamaCppEngine(self.model_path, self.n_threads, self.n_ctx)

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
        return self._engine.load()

    def _request(self, kwargs: dict[str, Any], prompt: str, formatted: bool) -> tuple[str, dict[str, Any]]:
        # Unformatted prompts become one user turn so that the GGUF's chat template wraps them.
        body = {"max_tokens": self.max_new_tokens, "temperature": self.temperature}
        body.update({k: v for k, v in kwargs.items() if v is not None})
        if formatted:
            return "handle_completions", {**body, "prompt": prompt}
        return "handle_chat_completions", {**body, "messages": [{"role": "user", "content": prompt}]}

    @llm_chat_callback()
    def chat(self, messages: Sequence[ChatMessage], **kwargs: Any) -> ChatResponse:
        _, body = self._request(kwargs, "", formatted=False)
        result = self._engine.call("handle_chat_completions", {**body, "messages": _from_llama(messages)})
        text = result["choices"][0]["message"].get("content") or ""
        return ChatResponse(message=ChatMessage(role="assistant", content=text), raw=result)

    @llm_chat_callback()
    def stream_chat(self, messages: Sequence[ChatMessage], **kwargs: Any) -> ChatResponseGen:
        method, body = self._request(kwargs, "", formatted=False)
        pieces = self._engine.stream(method, {**body, "messages": _from_llama(messages)})
        return _accumulate(pieces, lambda text, delta, raw: ChatResponse(
            message=ChatMessage(role="assistant", content=text), delta=delta, raw=raw))

    @llm_completion_callback()
    def complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponse:
        """Completes ``prompt``: raw text if ``formatted``, else one user turn through the chat template."""
        method, body = self._request(kwargs, prompt, formatted)
        result = self._engine.call(method, body)
        choice = result["choices"][0]
        return CompletionResponse(text=choice.get("text") or choice.get("message", {}).get("content") or "", raw=result)

    @llm_completion_callback()
    def stream_complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponseGen:
        """Streams :meth:`complete`."""
        pieces = self._engine.stream(*self._request(kwargs, prompt, formatted))
        return _accumulate(pieces, lambda text, delta, raw: CompletionResponse(text=text, delta=delta, raw=raw))


def _from_llama(messages: Sequence[ChatMessage]) -> list[dict[str, str]]:
    return [{"role": str(getattr(m.role, "value", m.role)), "content": m.content or ""} for m in messages]


def to_llama(messages: list[dict[str, str]]) -> list[ChatMessage]:
    return [ChatMessage(role=m["role"], content=m["content"]) for m in messages]


class OpenAICompatible(OpenAILike):
    # Re-declared only to keep the key out of repr(), model_dump() and llama-index's to_dict()/logs.
    api_key: str | None = Field(default=None, repr=False, exclude=True)
