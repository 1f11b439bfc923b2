"""`qa bench`'s ingest part: every embedding variant's pipeline and raw encode on the same chunks.

Two text sets from MultiHop-RAG (Tang & Yang, COLM 2024, arXiv:2401.15391; ODC-BY 1.0): "short",
the pseudo-articles themselves (one or two short chunks each), and "long", the same sentences
joined eight pseudo-articles to an article, so that chunks fill up to the 128-token limit. For
each set and each variant (index.embedding.EMBED_VARIANTS) it times

- the pipeline: `Corpus.ingest` into a fresh index (load, chunk, embed, SQLite, FAISS, BM25,
  quotations and dates) with that variant's embedder;
- the raw encode of the pipeline's chunk texts: `SentenceTransformer.encode(batch 32)` for
  torch-fp32 (the reference, "fp32 raw encode"), the ONNX embedder's own `embed` for the others;

alternating runner by runner, `repeats` times after a warm-up of each, best run kept. The
article-level Hits@10 and MRR@10 of the MultiHop-RAG dev queries over each variant's short-set
index (dense and hybrid) are reported beside, with their deltas against torch-fp32.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
from tqdm import tqdm

LONG_GROUP = 8  # pseudo-articles joined into one "long" article


def long_articles(articles: list[dict]) -> list[dict]:
    """The same sentences as longer articles: `LONG_GROUP` pseudo-articles each, one title."""
    out = []
    for i in range(0, len(articles), LONG_GROUP):
        group = articles[i : i + LONG_GROUP]
        out.append({"id": f"long-{i}", "title": group[0]["title"], "text": "\n\n".join(a["text"] for a in group)})
    return out


def _score(ranked: list[str], gold: set[str]) -> tuple[float, float]:
    top = ranked[:10]
    return float(any(t in gold for t in top)), next((1.0 / (i + 1) for i, t in enumerate(top) if t in gold), 0.0)


def retrieval_quality(corpus: Any, queries: list[dict]) -> dict[str, dict[str, float]]:
    """Article-level Hits@10 and MRR@10 (dense and hybrid, one chunk per article) of `queries`."""
    from qa.retrieve import rank_articles, retrieve

    title_of = {a.id: a.title for a in corpus.store.iter_articles()}
    vectors = corpus.embedder.embed([q["question"] for q in queries])
    out: dict[str, dict[str, float]] = {}
    for mode in ("dense", "hybrid"):
        hits_sum = rr_sum = 0.0
        for q, v in zip(queries, vectors):
            hits = retrieve(corpus.store, _Fixed(v), q["question"], k=10, mode=mode, per_article=1)  # type: ignore[arg-type]
            h, rr = _score([title_of[a] for a in rank_articles(hits)], set(q["gold_titles"]))
            hits_sum += h
            rr_sum += rr
        out[mode] = {"hits@10": round(hits_sum / len(queries), 4), "mrr@10": round(rr_sum / len(queries), 4)}
    return out


class _Fixed:
    def __init__(self, vector: np.ndarray) -> None:
        self.vector = vector

    def embed_query(self, text: str) -> np.ndarray:
        return self.vector


def bench_ingest_variants(cfg: Any, articles: list[dict], queries: list[dict], variants: list[str]) -> dict[str, Any]:
    from index.embedding import TORCH_FP32, choose_variant, make_embedder
    from qa.corpus import Corpus

    embedders = {v: make_embedder(None, v) for v in variants}
    for e in embedders.values():
        e.embed(["warm up the model"])  # load before timing
    reference = embedders.get(TORCH_FP32)
    sets = {"short": articles, "long": long_articles(articles)}
    out: dict[str, Any] = {"variants": variants, "default_variant": choose_variant(None), "sets": {},
                           "device": getattr(reference, "device", "cpu") if reference else "cpu", "load_avg": []}
    with tempfile.TemporaryDirectory() as tmp:
        runs: dict[str, dict[str, list[float]]] = {s: {} for s in sets}
        texts: dict[str, list[str]] = {}
        srcs = {}
        for name, arts in sets.items():
            srcs[name] = Path(tmp) / f"{name}.jsonl"
            srcs[name].write_text("\n".join(json.dumps(a) for a in arts), encoding="utf-8")
        counter = iter(range(1_000_000))

        def pipeline(set_name: str, v: str) -> tuple[float, Any]:
            idx = Path(tmp) / f"idx-{set_name}-{v}-{next(counter)}"
            corpus = Corpus.open(idx, embedder=embedders[v], create=True)
            t0 = time.perf_counter()
            corpus.ingest([srcs[set_name]], progress=False)
            return time.perf_counter() - t0, corpus

        def encode(set_name: str, v: str) -> float:
            e, t = embedders[v], texts[set_name]
            t0 = time.perf_counter()
            if v == TORCH_FP32:
                e.model.encode(t, batch_size=32, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)
            else:
                e.embed(t, batch_size=32)
            return time.perf_counter() - t0

        steps = len(sets) * len(variants) * 2 * (cfg.repeats + 1)
        bar = tqdm(total=steps, desc="ingest (variants)", unit="run")
        # Warm-up: one pipeline run of each (its chunks are the texts the raw encodes get) and one encode.
        last: dict[tuple[str, str], Any] = {}
        for name in sets:
            for v in variants:
                _, corpus = pipeline(name, v)
                chunk_texts = [r[0] for r in corpus.store._db.execute("SELECT embed_text FROM chunks ORDER BY id")]
                texts.setdefault(name, chunk_texts)
                if chunk_texts != texts[name]:
                    raise RuntimeError(f"variant {v} chunked the {name} set differently from {variants[0]}")
                corpus.close()
                bar.update()
                encode(name, v)
                bar.update()
        for _ in range(cfg.repeats):
            for name in sets:
                for v in variants:
                    out["load_avg"].append(round(os.getloadavg()[0], 2))
                    seconds, corpus = pipeline(name, v)
                    runs[name].setdefault(f"pipeline:{v}", []).append(seconds)
                    if (name, v) in last:
                        last[name, v].close()
                    last[name, v] = corpus
                    bar.update()
                    runs[name].setdefault(f"encode:{v}", []).append(encode(name, v))
                    bar.update()
        bar.close()
        tok = reference or next(iter(embedders.values()))
        for name, arts in sets.items():
            n = len(texts[name])
            mean_tokens = sum(len(tok.token_offsets(t)) + tok.special_tokens for t in texts[name]) / max(n, 1)
            table: dict[str, Any] = {}
            for label, r in runs[name].items():
                best = min(r)
                table[label] = {"runs_seconds": [round(x, 3) for x in r], "seconds": round(best, 3), "chunks": n,
                                "chunks_per_s": round(n / best, 1), "articles_per_s": round(len(arts) / best, 2)}
            ref = table.get(f"encode:{TORCH_FP32}")
            if ref:
                for row in table.values():
                    row["over_fp32_raw_encode"] = round(row["chunks_per_s"] / ref["chunks_per_s"], 3)
            out["sets"][name] = {"articles": len(arts), "chunks": n, "mean_tokens_per_chunk": round(mean_tokens, 1), "runs": table}
        if queries:
            quality = {v: retrieval_quality(last["short", v], queries) for v in variants}
            base = quality.get(TORCH_FP32)
            for q in quality.values():
                if base:
                    q["delta_vs_torch_fp32"] = {m: {k: round(q[m][k] - base[m][k], 4) for k in ("hits@10", "mrr@10")}
                                                for m in ("dense", "hybrid")}
            out["retrieval_quality"] = {"queries": len(queries), "by_variant": quality}
        for corpus in last.values():
            corpus.close()
    return out
