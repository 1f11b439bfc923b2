"""`qa bench`: ingest throughput, retrieval latency and memory by index size, answer latency,
cold start of `qa ask`. Writes `bench.json` and `bench.md` (qa/evaluation/bench_report.py);
answers and cold start are measured in new processes (qa/evaluation/bench_answer.py).

Ingest corpus: MultiHop-RAG pseudo-articles (Tang & Yang, "MultiHop-RAG", COLM 2024,
arXiv:2401.15391; ODC-BY 1.0). Retrieval sizes use synthetic clustered unit vectors (dim 384)
and synthetic texts from a pseudo-word vocabulary, in a real SQLite store.
"""

from __future__ import annotations

import gc
import json
import math
import os
import platform
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from tqdm import tqdm

from qa.errors import ConfigError
from qa.evaluation.bench_answer import bench_answer, bench_cold_start
from qa.evaluation.bench_report import to_markdown

CITATION = "MultiHop-RAG (Tang & Yang, COLM 2024, arXiv:2401.15391), ODC-BY 1.0"


@dataclass
class BenchConfig:
    out: Path = Path("out") / "bench"  # relative to the working directory, like `qa eval`'s out/eval
    sizes: list[int] = field(default_factory=lambda: [1000, 10000, 100000, 1000000])
    articles: int | None = None  # None = all MultiHop-RAG pseudo-articles
    repeats: int = 2  # best of this many runs for each ingest variant
    queries: int = 200  # latency and recall queries per size
    hybrid_queries: int = 100
    bm25_max: int = 1_000_000  # largest size BM25 / hybrid are built for
    llamaindex: bool = True
    answer_backends: list[str] = field(default_factory=lambda: ["embedded", "extractive"])
    answer_rounds: int = 1  # only the first round counts for first-token and total latency
    cold_runs: int = 3
    skip: set[str] = field(default_factory=set)  # of "ingest", "stream", "retrieval", "answer", "cold"
    stream_sizes: list[int] = field(default_factory=lambda: [1000, 2000, 4000])  # articles in the one large JSONL
    stream_embedder: str = "minilm"  # or "hash" (the test embedder: memory at large sizes, not speed)
    data: Path | None = None  # MultiHop-RAG dev.jsonl (setting QA_MULTIHOP, `qa bench --data`); needed by "ingest"
    quick: bool = False
    variants: list[str] = field(default_factory=lambda: ["torch-fp32", "onnx-int8-fused", "onnx-int8", "onnx-fp32"])  # ingest part
    quality: bool = True  # Hits@10 / MRR@10 of each variant's index beside the ingest figures
    quality_queries: int = 400  # of the 1,354 answerable dev queries (scripts/eval_retrieval.py --variants runs all)


def quick_config(**kw: Any) -> BenchConfig:
    base: dict[str, Any] = {"sizes": [1000, 10000], "articles": 50, "repeats": 1, "queries": 100, "hybrid_queries": 50,
                            "answer_backends": ["extractive"], "answer_rounds": 1, "cold_runs": 3, "quick": True,
                            "variants": ["torch-fp32", "onnx-int8-fused"], "quality": False,
                            "stream_sizes": [300, 600, 1200], "stream_embedder": "hash"}
    base.update(kw)
    return BenchConfig(**base)  # type: ignore[arg-type]


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, math.ceil(p * len(s)) - 1)] if s else float("nan")


def _lat(ms: list[float]) -> dict[str, float]:
    return {"p50_ms": round(pct(ms, 0.50), 3), "p95_ms": round(pct(ms, 0.95), 3), "p99_ms": round(pct(ms, 0.99), 3)}


def _rss() -> int | None:
    try:
        import psutil
    except ImportError:
        return None
    return int(psutil.Process().memory_info().rss)


def _load_multihop(path: Path | None) -> tuple[list[dict], list[dict]]:
    from qa.evaluation.datasets import load_multihop

    if path is None or not Path(path).is_file():
        where = f"{path} does not exist" if path else "no data file given"
        raise ConfigError(f"the ingest benchmark needs MultiHop-RAG's dev.jsonl: {where} (setting QA_MULTIHOP or "
                          f"`qa bench --data PATH`; or --skip ingest)")
    articles, queries = load_multihop(path)
    return articles, queries


# --- ingest -----------------------------------------------------------------------------------


def bench_ingest(cfg: BenchConfig, emb: Any) -> dict[str, Any]:
    """Every embedding variant's pipeline and raw encode, short and long texts (qa/evaluation/bench_ingest.py),
    then llama-index's default VectorStoreIndex on the short set."""
    from qa.evaluation.bench_ingest import bench_ingest_variants

    articles, queries = _load_multihop(cfg.data)
    if cfg.articles:
        articles = articles[: cfg.articles]
    titles = {a["title"] for a in articles}
    answerable = [q for q in queries if q["gold_titles"] and set(q["gold_titles"]) <= titles]  # (with --articles: theirs only)
    step = max(1, len(answerable) // max(1, cfg.quality_queries))
    quality = answerable[::step][: cfg.quality_queries] if cfg.quality else []  # every n-th: an even spread
    out = bench_ingest_variants(cfg, articles, quality, cfg.variants)
    short = out["sets"]["short"]
    # The headline figures (and bench.md's first table): the short set, default variant's pipeline vs fp32 raw encode.
    out.update({"articles": short["articles"], "chunks": short["chunks"], "mean_tokens_per_chunk": short["mean_tokens_per_chunk"]})
    pipe = short["runs"].get(f"pipeline:{out['default_variant']}") or short["runs"][f"pipeline:{cfg.variants[0]}"]
    out["pipeline"], out["raw_encode"] = pipe, short["runs"]["encode:torch-fp32"]
    out["pipeline_over_raw_chunks_per_s"] = round(pipe["chunks_per_s"] / out["raw_encode"]["chunks_per_s"], 3)
    if cfg.llamaindex:
        li = _LlamaIndexPipeline(emb_path(), articles)
        li.run()  # warm-up
        best = min(li.run() for _ in range(cfg.repeats))
        out["llamaindex"] = {"seconds": round(best, 3), "chunks": li.nodes, "chunks_per_s": round(li.nodes / best, 1),
                             "articles_per_s": round(len(articles) / best, 2), "embed_batch_size": li.batch_size,
                             "chunking": "llama-index default SentenceSplitter (1024 tokens, 200 overlap); title in metadata"}
        out["pipeline_over_llamaindex_chunks_per_s"] = round(pipe["chunks_per_s"] / out["llamaindex"]["chunks_per_s"], 3)
        out["pipeline_over_llamaindex_articles_per_s"] = round(pipe["articles_per_s"] / out["llamaindex"]["articles_per_s"], 3)
    out["method"] = (
        f"best of {cfg.repeats} runs each after one warm-up of each, runners alternating (set by set, variant by variant); "
        "pipeline = Corpus.ingest into a fresh index (load, chunk, embed, SQLite, FAISS, BM25, quotations and dates) with "
        "the variant's embedder; raw = SentenceTransformer.encode(batch 32) for torch-fp32, the ONNX embedder's embed "
        "(batch 32) otherwise, of the pipeline's embedded texts (the same chunks for every variant); llama-index = "
        "VectorStoreIndex.from_documents with HuggingFaceEmbedding (same local MiniLM, cpu) and "
        "FaissVectorStore(IndexFlatIP(384)), its defaults otherwise, timed after the others"
    )
    return out


def emb_path() -> str:
    from index.embedding import default_model_path

    return default_model_path()


class _LlamaIndexPipeline:
    """llama-index's default indexing pipeline with the same model; global Settings untouched."""

    def __init__(self, model_path: str, articles: list[dict]) -> None:
        from llama_index.embeddings.huggingface import HuggingFaceEmbedding

        self.embed_model = HuggingFaceEmbedding(model_name=model_path, device="cpu")
        self.batch_size = int(self.embed_model.embed_batch_size)
        self.articles = articles
        self.nodes = 0

    def run(self) -> float:
        import faiss
        from llama_index.core import Document, StorageContext, VectorStoreIndex
        from llama_index.vector_stores.faiss import FaissVectorStore

        docs = [Document(text=a["text"], metadata={"title": a["title"]}, doc_id=a["id"]) for a in self.articles]
        t0 = time.perf_counter()
        store = FaissVectorStore(faiss_index=faiss.IndexFlatIP(384))
        ctx = StorageContext.from_defaults(vector_store=store)
        index = VectorStoreIndex.from_documents(docs, storage_context=ctx, embed_model=self.embed_model, show_progress=False)
        elapsed = time.perf_counter() - t0
        self.nodes = int(store._faiss_index.ntotal)  # type: ignore[attr-defined]
        del index
        return elapsed


# --- retrieval by size ------------------------------------------------------------------------


def _vocabulary(size: int, rng: np.random.Generator) -> list[str]:
    letters = np.array(list("abcdefghijklmnopqrstuvwxyz"))
    words: set[str] = set()
    while len(words) < size:
        n = int(rng.integers(4, 10))
        words.add("".join(rng.choice(letters, n)))
    return sorted(words)


def synthetic_texts(n: int, *, words: int = 40, vocab: int = 30_000, seed: int = 0) -> list[str]:
    """Chunk-like texts: `words` pseudo-words each, Zipf-distributed over `vocab` words."""
    rng = np.random.default_rng(seed)
    v = np.array(_vocabulary(vocab, rng))
    ranks = np.minimum(rng.zipf(1.1, size=(n, words)), vocab) - 1
    return [" ".join(row) for row in v[ranks]]


def bench_size(cfg: BenchConfig, n: int, emb: Any, dim: int = 384) -> dict[str, Any]:
    """Dense, BM25 and hybrid latency; index type, recall, memory and disk at `n` chunks."""
    import faiss

    from index.vectors import VectorIndex, clustered_unit_vectors, noisy_queries, recall_at_k

    res: dict[str, Any] = {"chunks": n, "data": "synthetic clustered unit vectors (1000 centres), dim 384"}
    bar = tqdm(total=7, desc=f"size {n:,}", unit="step")
    vecs = clustered_unit_vectors(n, dim, seed=n)
    ids = np.arange(1, n + 1, dtype=np.int64)
    bar.update()
    gc.collect()
    rss0 = _rss()
    t0 = time.perf_counter()
    vi = VectorIndex.build(ids, vecs)
    res["build_seconds"] = round(time.perf_counter() - t0, 2)
    rss1 = _rss()
    res["index"] = vi.describe()
    res["index_memory_bytes"] = vi.memory_bytes()
    res["rss_delta_bytes"] = None if rss0 is None or rss1 is None else rss1 - rss0
    bar.update()
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "v.faiss"
        vi.save(p)
        res["faiss_disk_bytes_per_chunk"] = round(p.stat().st_size / n, 1)
    res["sqlite_vector_bytes_per_chunk"] = 4 * dim
    q = noisy_queries(vecs, cfg.queries, seed=n + 7)
    _, pos = faiss.knn(q, vecs, 10, metric=faiss.METRIC_INNER_PRODUCT)
    gt = ids[pos]
    got, ms = [], []
    for v in q:
        t = time.perf_counter()
        hits = vi.search(v, 10)
        ms.append((time.perf_counter() - t) * 1000)
        got.append(([i for i, _ in hits] + [-1] * 10)[:10])
    res["recall_at_10_vs_exact"] = round(recall_at_k(np.array(got), gt), 4)
    res["dense"] = _lat(ms)
    bar.update()
    if vi.kind != "flat":  # exact search latency at the same size, for comparison
        exact = []
        for v in q[: min(len(q), 50)]:
            t = time.perf_counter()
            faiss.knn(v.reshape(1, -1), vecs, 10, metric=faiss.METRIC_INNER_PRODUCT)
            exact.append((time.perf_counter() - t) * 1000)
        res["dense_exact"] = _lat(exact)
    bar.update()
    if n <= cfg.bm25_max:
        res.update(_bench_text(cfg, n, vi, vecs, emb, bar))
    else:
        res["bm25"] = res["hybrid"] = res["hybrid_without_embedding"] = None
        res["bm25_note"] = f"not built above --bm25-max {cfg.bm25_max}"
        bar.update(3)
    bar.close()
    del vi, vecs
    gc.collect()
    return res


def _bench_text(cfg: BenchConfig, n: int, vi: Any, vecs: np.ndarray, emb: Any, bar: tqdm) -> dict[str, Any]:
    from index.chunking import ChunkParams
    from index.lexical import BM25Index
    from index.store import IndexStore
    from qa.retrieve import retrieve

    out: dict[str, Any] = {}
    texts = synthetic_texts(n, seed=n)
    t0 = time.perf_counter()
    bm25 = BM25Index.build(list(range(1, n + 1)), texts)
    out["bm25_build_seconds"] = round(time.perf_counter() - t0, 2)
    bar.update()
    rng = np.random.default_rng(n + 3)
    queries = [" ".join(rng.choice(texts[int(i)].split(), 3, replace=False)) for i in rng.integers(0, n, cfg.queries)]
    ms = []
    for qt in queries:
        t = time.perf_counter()
        bm25.search(qt, 50)
        ms.append((time.perf_counter() - t) * 1000)
    out["bm25"] = _lat(ms)
    bar.update()
    # Hybrid through the real `retrieve` over a real SQLite store (10 chunks per article).
    with tempfile.TemporaryDirectory() as tmp:
        store = IndexStore.create(Path(tmp) / "idx", embed_model=emb.name, dim=emb.dim, params=ChunkParams(128, 32, 16, 112))
        db = store._db
        db.execute("BEGIN")
        per = 10
        for a in range(0, n, per):
            chunk_texts = texts[a : a + per]
            body = "\n".join(chunk_texts)
            db.execute("INSERT INTO articles(id, source_key, file, title, text, url, source, published, byline, added_at) "
                       "VALUES(?,?,?,?,?,?,?,?,?,?)",
                       (f"s{a}", f"synthetic#{a}", "synthetic", f"Synthetic {a}", body, None, None, None, None, "2026-01-01"))
            rows, start = [], 0
            for j, t in enumerate(chunk_texts):
                rows.append((a + j + 1, f"s{a}", j, start, start + len(t), t, 0, b""))
                start += len(t) + 1
            db.executemany("INSERT INTO chunks(id, article_id, ord, start_char, end_char, embed_text, tokens, vector) VALUES(?,?,?,?,?,?,?,?)", rows)
        db.execute("COMMIT")
        store.vectors, store.bm25 = vi, bm25
        emb.embed_query("warm up")
        ms, embed_ms, no_embed_ms = [], [], []
        for qt in queries[: cfg.hybrid_queries]:
            t = time.perf_counter()
            qv = emb.embed_query(qt)
            embed_ms.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            retrieve(store, emb, qt, k=6)
            ms.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            retrieve(store, _Precomputed(qv), qt, k=6)
            no_embed_ms.append((time.perf_counter() - t) * 1000)
        store.vectors = None  # type: ignore[assignment]
        store.close()
    out["hybrid"] = _lat(ms)
    out["hybrid_without_embedding"] = _lat(no_embed_ms)
    out["query_embed"] = _lat(embed_ms)
    out["hybrid_note"] = "qa.retrieve.retrieve(k=6, 50 candidates each): MiniLM query embedding + FAISS + BM25 + RRF + SQLite fetch"
    bar.update()
    del bm25, texts
    return out


class _Precomputed:
    """An embedder stand-in returning an already computed query vector (retrieval cost alone)."""

    def __init__(self, vector: np.ndarray) -> None:
        self.vector = vector

    def embed_query(self, text: str) -> np.ndarray:
        return self.vector


# --- driver -----------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    info: dict[str, Any] = {"arch": platform.machine(), "cores": os.cpu_count(), "python": platform.python_version()}
    try:
        import psutil

        info["memory_gib"] = round(psutil.virtual_memory().total / 2**30, 1)
    except ImportError:
        pass
    try:
        import faiss
        import torch

        info["faiss"] = faiss.__version__
        info["torch"] = torch.__version__
        info["torch_threads"] = torch.get_num_threads()
    except ImportError:
        pass
    return info


def run_bench(cfg: BenchConfig) -> dict[str, Any]:
    """Run every part not in `cfg.skip`; write `bench.json` and `bench.md` under `cfg.out`."""
    from index.embedding import choose_variant, make_embedder

    cfg.out.mkdir(parents=True, exist_ok=True)
    emb = make_embedder(None, choose_variant(None))  # this machine's default for a new index
    emb.embed(["load before timing anything"])
    result: dict[str, Any] = {
        "started": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "quick": cfg.quick,
        "machine": machine(),
        "corpus": CITATION,
        "embed_variant": getattr(emb, "variant", "torch-fp32"),
    }
    t_all = time.perf_counter()

    def save() -> None:
        result["total_seconds"] = round(time.perf_counter() - t_all, 1)
        (cfg.out / "bench.json").write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (cfg.out / "bench.md").write_text(to_markdown(result), encoding="utf-8")

    if "ingest" not in cfg.skip:
        result["ingest"] = bench_ingest(cfg, emb)
        save()
    if "stream" not in cfg.skip:
        from qa.evaluation.bench_stream import bench_stream

        result["stream"] = {}
        bench_stream(cfg.stream_sizes, cfg.data, embedder=cfg.stream_embedder, log=lambda m: tqdm.write(m), out=result["stream"], save=save)
        save()
    if "answer" not in cfg.skip:
        result["answer"] = bench_answer(cfg)
        save()
    if "cold" not in cfg.skip:
        result["cold_start"] = bench_cold_start(cfg, emb)
        save()
    # Sizes last, smallest first: the largest takes longest, and partial results are kept.
    if "retrieval" not in cfg.skip:
        result["retrieval"] = []
        for n in sorted(cfg.sizes):
            result["retrieval"].append(bench_size(cfg, n, emb))
            save()  # partial results survive a later failure or timeout
    save()
    return result
