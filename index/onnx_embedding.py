"""The sentence-transformers model run by onnxruntime: exported once from the local folder,
optionally quantised to int8, and used without torch, transformers or sentence-transformers.

Variants (the index manifest records which one built an index):

- ``onnx-fp32``: the model exported to ONNX as is (vectors agree with PyTorch to ~1e-7).
- ``onnx-int8``: the same, with the weights of every MatMul dynamically quantised to int8 per
  output channel (activations quantised per tensor at run time). Per-tensor weights were tried
  and dropped: their vectors agreed with fp32 at cosine 0.93-0.96 only (0.99 per channel).
- ``onnx-int8-fused`` (the default for a new index on CPU): exported with the eager attention
  path, so that onnxruntime's BERT optimiser fuses each layer's attention, the embedding
  LayerNorm, bias+GELU and skip+LayerNorm into single operators, then every quantisable operator
  (attention included) dynamically quantised to int8 per channel. Same cosine agreement with
  fp32 as ``onnx-int8`` (0.993 mean); on 2 cores 1.16 times its speed at 32 texts a run and
  1.02-1.10 times at the 8 texts a run used now (docs/benchmarks.md).

Every ONNX variant runs in mini-batches of `RUN_BATCH` texts (whatever batch the caller
asks for): on 2 cores onnxruntime is fastest on small batches (8 texts: 2.4-2.5x torch-fp32's
encode at its batch of 32; 32 texts: 2.1x). The runs are data-parallel: `threads` caller threads
each run one mini-batch on a single onnxruntime thread, instead of one run at a time split over
`threads` intra-op threads, which wait for each other at every operator (measured on 2 cores
with AVX-512 VNNI, 2,099 MultiHop-RAG chunks: 13.4 s against 16.3 s; no gain on an AVX2-only
CPU). It costs 60-70 MiB more peak memory: two runs' activations at once. Texts are sorted by
token count, not length in characters, before they are cut into mini-batches: 9 % fewer padded
tokens.

The export (torch.onnx, then onnxruntime's `quantize_dynamic`) runs once, at set-up
(`python -m index.onnx_embedding`) or on first use, and is cached in the model folder's
``onnx/`` subfolder, or, where that folder is read-only, under the user cache directory. Only the
export needs torch; running the model needs onnxruntime, tokenizers and numpy.

Over 400 lines: one job, the model as onnxruntime runs it; the export and the runner share the
variant table, the cache layout and the tokenizer's settings, which must agree.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
import threading
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from index.errors import ConfigError

ONNX_VARIANTS = ("onnx-fp32", "onnx-int8", "onnx-int8-fused")
RUN_BATCH = 8  # texts per onnxruntime run (measured: 8 beat 16, 32, 64 and 128 on 2 cores)
EXPORT_VERSION = 2  # bump when the export or quantisation recipe changes: old caches are not reused
_FILES = {"onnx-fp32": "model.onnx", "onnx-int8": "model_int8_pc.onnx", "onnx-int8-fused": "model_int8_fused.onnx"}
_EXPORT_LOCK = threading.Lock()


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def check_exportable(model_dir: Path) -> tuple[int, int]:
    """(dimension, max tokens) of a folder this module can run: a BERT-like transformer with
    mean pooling (and normalisation). Anything else is a ConfigError naming the setting."""
    modules = _read_json(model_dir / "modules.json") or []
    kinds = [m.get("type", "").rsplit(".", 1)[-1] for m in modules]
    pooling = _read_json(model_dir / "1_Pooling" / "config.json") or {}
    config = _read_json(model_dir / "config.json") or {}
    ok = (kinds[:2] == ["Transformer", "Pooling"] and set(kinds[2:]) <= {"Normalize"} and pooling.get("pooling_mode_mean_tokens")
          and not any(v for k, v in pooling.items() if k.startswith("pooling_mode_") and k != "pooling_mode_mean_tokens")
          and (model_dir / "tokenizer.json").is_file() and "hidden_size" in config)
    if not ok:
        raise ConfigError(f"the model in {model_dir} is not a mean-pooled transformer with a tokenizer.json, which the ONNX "
                          "variants need; use QA_EMBED_VARIANT=torch-fp32 for it")
    max_tokens = int((_read_json(model_dir / "sentence_bert_config.json") or {}).get("max_seq_length") or 256)
    return int(pooling.get("word_embedding_dimension") or config["hidden_size"]), max_tokens


def _fingerprint(model_dir: Path) -> str:
    h = hashlib.sha256(f"v{EXPORT_VERSION}".encode())
    for name in ("config.json", "model.safetensors", "pytorch_model.bin"):
        p = model_dir / name
        if p.is_file():
            st = p.stat()
            h.update(f"{name}:{st.st_size}:{int(st.st_mtime)}".encode())
    return h.hexdigest()[:16]


def _writable(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".probe-"):
            return True
    except OSError:
        return False


def cache_dirs(model_dir: Path) -> list[Path]:
    """Where an export of `model_dir` is looked for, in order: beside the model, then the user cache."""
    from platformdirs import user_cache_dir

    return [model_dir / "onnx", Path(user_cache_dir("article-qa", appauthor=False)) / "onnx" / f"{model_dir.name}-{_fingerprint(model_dir)}"]


def find_export(model_dir: Path, variant: str) -> Path | None:
    """The cached ONNX file of `variant` for `model_dir`, if it was exported (with this recipe)."""
    fp = _fingerprint(model_dir)
    for folder in cache_dirs(model_dir):
        f = folder / _FILES[variant]
        info = _read_json(folder / "export.json") or {}
        if f.is_file() and info.get("fingerprint") == fp:
            return f
    return None


def ensure_export(model_dir: Path, variant: str, *, quiet: bool = False) -> Path:
    """The ONNX file of `variant`, exporting (and quantising) it first when not cached yet."""
    if variant not in _FILES:
        raise ConfigError(f"unknown ONNX variant {variant!r} (known: {', '.join(ONNX_VARIANTS)})")
    found = find_export(model_dir, variant)
    if found is not None:
        return found
    with _EXPORT_LOCK:
        found = find_export(model_dir, variant)
        if found is not None:
            return found
        folder = next((d for d in cache_dirs(model_dir) if _writable(d)), None)
        if folder is None:
            raise ConfigError(f"cannot export the embedding model to ONNX: neither {model_dir / 'onnx'} nor the user cache "
                              "directory is writable (or use QA_EMBED_VARIANT=torch-fp32)")
        if not quiet:
            print(f"exporting the embedding model to ONNX ({variant}) in {folder} (once) ...", file=sys.stderr)
        _export(model_dir, folder)
        found = find_export(model_dir, variant)
        assert found is not None
        return found


def _export(model_dir: Path, folder: Path) -> None:
    """torch.onnx export of the transformer (token embeddings out), then int8 per-channel quantisation.

    Files are written under temporary names and renamed, so a process killed here, or two
    processes exporting at once, never leave a half-written model behind."""
    try:
        import onnxruntime
        import torch
        from onnxruntime.quantization import QuantType, quantize_dynamic
        from transformers import AutoModel
    except ImportError as exc:
        raise ConfigError(f"exporting the embedding model to ONNX needs torch, transformers, onnx and onnxruntime ({exc}); "
                          "run ./setup.sh, or use QA_EMBED_VARIANT=torch-fp32") from exc
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # a "Loading weights" bar is noise here
    bert = AutoModel.from_pretrained(str(model_dir)).eval()
    # The eager attention path exports attention as plain MatMul/Softmax nodes, the pattern
    # onnxruntime's BERT optimiser fuses (the default SDPA export is not fused).
    eager = AutoModel.from_pretrained(str(model_dir), attn_implementation="eager").eval()

    class TokenEmbeddings(torch.nn.Module):
        def __init__(self, inner: Any) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            return self.inner(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids).last_hidden_state

    names = ["input_ids", "attention_mask", "token_type_ids"]
    sample = tuple(torch.ones(2, 16, dtype=torch.long) for _ in names)
    tag = f".tmp-{os.getpid()}-{threading.get_ident()}"
    fp32_tmp, int8_tmp = folder / f"model.onnx{tag}", folder / f"model_int8_pc.onnx{tag}"
    eager_tmp, fused_tmp, fused8_tmp = (folder / f"{n}{tag}" for n in ("eager.onnx", "fused.onnx", "model_int8_fused.onnx"))
    try:
        with warnings.catch_warnings(), torch.no_grad():
            warnings.simplefilter("ignore")
            for module, target in ((bert, fp32_tmp), (eager, eager_tmp)):
                torch.onnx.export(
                    TokenEmbeddings(module), sample, str(target), input_names=names, output_names=["token_embeddings"],
                    dynamic_axes={n: {0: "batch", 1: "tokens"} for n in [*names, "token_embeddings"]}, opset_version=17, dynamo=False,
                )
        import logging

        from onnxruntime.transformers.optimizer import optimize_model

        quiet_root = logging.getLogger().level
        logging.getLogger().setLevel(logging.ERROR)  # quantize_dynamic logs a pre-processing hint at WARNING
        try:
            quantize_dynamic(str(fp32_tmp), str(int8_tmp), weight_type=QuantType.QInt8, per_channel=True,
                             op_types_to_quantize=["MatMul"], extra_options={"DefaultTensorType": 1})
            cfg = bert.config
            fused = optimize_model(str(eager_tmp), model_type="bert", num_heads=cfg.num_attention_heads, hidden_size=cfg.hidden_size,
                                   opt_level=1)
            counts = fused.get_fused_operator_statistics()
            if not counts.get("Attention"):
                raise RuntimeError(f"onnxruntime's optimiser fused no attention in {model_dir} ({counts})")
            fused.save_model_to_file(str(fused_tmp))
            quantize_dynamic(str(fused_tmp), str(fused8_tmp), weight_type=QuantType.QInt8, per_channel=True,
                             extra_options={"DefaultTensorType": 1})
        finally:
            logging.getLogger().setLevel(quiet_root)
        os.replace(fp32_tmp, folder / _FILES["onnx-fp32"])
        os.replace(int8_tmp, folder / _FILES["onnx-int8"])
        os.replace(fused8_tmp, folder / _FILES["onnx-int8-fused"])
        info = {"fingerprint": _fingerprint(model_dir), "export_version": EXPORT_VERSION, "source": str(model_dir),
                "torch": torch.__version__, "onnxruntime": onnxruntime.__version__,
                "int8": "quantize_dynamic: MatMul weights int8 per channel, activations per tensor",
                "int8-fused": "eager-attention export, onnxruntime BERT fusion (opt_level 1: "
                              f"{ {k: v for k, v in counts.items() if v} }), quantize_dynamic of every operator, int8 per channel"}
        info_tmp = folder / f"export.json{tag}"
        info_tmp.write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
        os.replace(info_tmp, folder / "export.json")
    finally:
        for f in (fp32_tmp, int8_tmp, eager_tmp, fused_tmp, fused8_tmp):
            f.unlink(missing_ok=True)


def cpu_threads() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


class OnnxEmbedder:
    """The same model as `SentenceTransformerEmbedder`, run by onnxruntime (no torch).

    Tokenisation (the model's own tokenizer.json), truncation to the model's max_seq_length,
    mean pooling and L2 normalisation follow sentence-transformers, so chunk boundaries are
    the same as with the PyTorch path and the fp32 variant's vectors match it.

    Args:
        model_dir: a sentence-transformers folder (mean pooling).
        name: the model's name in the index manifest (the same for every variant).
        variant: "onnx-int8-fused", "onnx-int8" or "onnx-fp32".
        threads: mini-batches run side by side, each on one onnxruntime thread; default: the
            CPUs this process may use.
    """

    off_thread = True  # ingest may run it from a worker thread (index.ingest)

    def __init__(self, model_dir: str | Path, name: str, variant: str = "onnx-int8-fused", threads: int | None = None) -> None:
        if variant not in ONNX_VARIANTS:
            raise ConfigError(f"unknown ONNX variant {variant!r} (known: {', '.join(ONNX_VARIANTS)})")
        self.path = str(model_dir)
        self.name = name
        self.variant = variant
        self.device = "cpu"
        self.dim, self.max_tokens = check_exportable(Path(model_dir))
        self._threads = threads or cpu_threads()
        self._session: Any = None
        self._tok: Any = None
        self._offsets_tok: Any = None
        self._special: int | None = None  # special tokens around a text: asked once an article by the chunker
        self._lock = threading.Lock()
        self._pool: Any = None  # the threads that run mini-batches side by side (made on first need)
        self._wrap: tuple[list[int], list[int]] | None = None  # special ids around a text, when ids may be cut (`slices_tokens`)

    def _load(self) -> None:
        with self._lock:
            if self._session is not None:
                return
            import onnxruntime as ort
            from tokenizers import Tokenizer

            model_file = ensure_export(Path(self.path), self.variant)
            tok = Tokenizer.from_file(str(Path(self.path) / "tokenizer.json"))
            offsets_tok = Tokenizer.from_file(str(Path(self.path) / "tokenizer.json"))
            offsets_tok.no_truncation()
            offsets_tok.no_padding()
            tok.enable_truncation(self.max_tokens)
            tok.no_padding()  # each run pads to its own longest text (`_encode`)
            pad = tok.token_to_id("[PAD]")
            self._pad_id = 0 if pad is None else pad
            opts = ort.SessionOptions()
            opts.intra_op_num_threads = 1  # one thread a run; runs go side by side (see the module docstring)
            opts.inter_op_num_threads = 1
            # Threads that spin while waiting for work steal the CPU from a busy neighbour (and
            # from the other threads of this process), which collapses throughput on 2 cores.
            opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
            opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
            session = ort.InferenceSession(str(model_file), opts, providers=["CPUExecutionProvider"])
            self._inputs = {i.name for i in session.get_inputs()}
            self._wrap = _special_wrap(tok, offsets_tok, Path(self.path) / "tokenizer.json")
            self._tok, self._offsets_tok, self._session = tok, offsets_tok, session

    @property
    def special_tokens(self) -> int:
        if self._special is None:
            self._load()
            from index.embedding import _USE

            with _USE:
                self._special = len(self._tok.encode("", add_special_tokens=True).ids)
        return self._special

    def token_offsets(self, text: str) -> list[tuple[int, int]]:
        self._load()
        from index.embedding import _USE

        with _USE:
            enc = self._offsets_tok.encode(text, add_special_tokens=False)
        return enc.offsets  # a list of (start, end) int tuples already

    @property
    def slices_tokens(self) -> bool:
        """Whether a chunk's token ids may be cut from its article's (`token_ids_and_offsets`): the
        tokenizer is WordPiece behind BERT's normaliser and pre-tokeniser, which split words at
        whitespace and punctuation only, and wraps a text in fixed special tokens."""
        self._load()
        return self._wrap is not None

    def token_ids_and_offsets(self, text: str) -> tuple[list[int], list[tuple[int, int]]]:
        """Token ids and character offsets of `text`, without special tokens (one tokenizer call)."""
        self._load()
        from index.embedding import _USE

        with _USE:
            enc = self._offsets_tok.encode(text, add_special_tokens=False)
        return enc.ids, enc.offsets

    def _encode(self, ids: Sequence[np.ndarray]) -> np.ndarray:
        """Vectors of one mini-batch of token ids (each already truncated), padded to the longest."""
        width = max(len(x) for x in ids)
        feed_ids = np.full((len(ids), width), self._pad_id, dtype=np.int64)
        mask = np.zeros((len(ids), width), dtype=np.int64)
        for r, x in enumerate(ids):
            feed_ids[r, : len(x)] = x
            mask[r, : len(x)] = 1
        feeds = {"input_ids": feed_ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.zeros_like(feed_ids)
        hidden = self._session.run(None, feeds)[0]
        m = mask[..., None].astype(np.float32)
        pooled = (hidden * m).sum(axis=1) / np.clip(m.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)

    def embed(self, texts: Sequence[str], *, batch_size: int = 32, progress: Any = None,
              token_ids: Sequence[Sequence[int] | None] | None = None) -> np.ndarray:
        """Vectors of `texts`. `token_ids`: for each text, its ids without special tokens when
        already known (ingest cuts them from the article's, `index.chunking`), else None; only
        the others are tokenized here."""
        self._load()
        from index.embedding import _USE

        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        known = token_ids if token_ids is not None and self._wrap is not None else [None] * len(texts)
        todo = [i for i, k in enumerate(known) if k is None]
        ids: list[np.ndarray] = [np.zeros(0, np.int64)] * len(texts)
        if todo:
            with _USE:  # the tokenizer, one thread at a time; the session runs concurrently
                for i, e in zip(todo, self._tok.encode_batch([texts[i] for i in todo]), strict=True):
                    ids[i] = np.array(e.ids, dtype=np.int64)
        if len(todo) < len(texts):
            assert self._wrap is not None
            head, tail = self._wrap
            room = self.max_tokens - len(head) - len(tail)  # truncation as the tokenizer's own
            for i, k in enumerate(known):
                if k is not None:
                    ids[i] = np.array([*head, *k[:room], *tail], dtype=np.int64)
        # Longest first by tokens: each run of RUN_BATCH texts pads to similar lengths (sorting by
        # characters, as sentence-transformers does, padded 9 % more tokens on MultiHop-RAG chunks).
        # `batch_size` is how often progress moves.
        order = sorted(range(len(texts)), key=lambda i: -len(ids[i]))
        runs = [order[i + j : min(i + j + RUN_BATCH, i + batch_size)]
                for i in range(0, len(order), batch_size) for j in range(0, min(batch_size, len(order) - i), RUN_BATCH)]

        def one(run: list[int]) -> None:
            out[run] = self._encode([ids[k] for k in run])

        if len(runs) < 2 or self._threads < 2:
            for run in runs:  # a query (one run) or one thread: on this thread
                one(run)
            if progress is not None:
                progress.update(len(texts))
            return out
        pool = self._workers()
        futures = [pool.submit(one, run) for run in runs]
        try:
            for f, run in zip(futures, runs):
                f.result()
                if progress is not None:
                    progress.update(len(run))
        finally:
            for f in futures:
                f.cancel()
        return out

    def _workers(self) -> Any:
        with self._lock:
            if self._pool is None:
                from concurrent.futures import ThreadPoolExecutor

                self._pool = ThreadPoolExecutor(self._threads, thread_name_prefix="qa-onnx")
            return self._pool

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed([text])[0]


def _special_wrap(tok: Any, plain: Any, tokenizer_json: Path) -> tuple[list[int], list[int]] | None:
    """The special token ids the tokenizer puts before and after every text ([CLS], [SEP]), when
    token ids may be cut from a longer text's (`OnnxEmbedder.slices_tokens`); else None."""
    spec = _read_json(tokenizer_json) or {}
    kinds = [(spec.get(k) or {}).get("type") for k in ("normalizer", "pre_tokenizer", "model")]
    if kinds != ["BertNormalizer", "BertPreTokenizer", "WordPiece"]:
        return None
    empty = tok.encode("", add_special_tokens=True).ids
    probe = "Cutting token ids, checked once."
    inner, full = plain.encode(probe, add_special_tokens=False).ids, tok.encode(probe, add_special_tokens=True).ids
    for k in range(len(empty) + 1):
        if full == empty[:k] + inner + empty[k:]:
            return empty[:k], empty[k:]
    return None


def main(argv: list[str] | None = None) -> int:
    """`python -m index.onnx_embedding [MODEL_DIR]`: export (once) the ONNX variants of the
    shipped model or of MODEL_DIR; setup.sh runs it."""
    from index.embedding import default_model_path

    args = sys.argv[1:] if argv is None else argv
    model_dir = Path(args[0]) if args else Path(default_model_path())
    for variant in ONNX_VARIANTS:
        print(f"{variant}: {ensure_export(model_dir, variant)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
