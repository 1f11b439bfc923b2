"""Ingest throughput of the whole pipeline beside raw `SentenceTransformer.encode`, same chunks.

The pipeline (load files, chunk with the model's tokenizer, embed, SQLite transaction, FAISS and
BM25 caches) ingests into a fresh index; the exact embedded texts it stored are encoded again
with a bare `model.encode`. Both use the same loaded model in the same process, after a warm-up
ingest, alternating, best of two each, so the ratio shows what the pipeline costs on top of the
model.

    .venv/bin/python scripts/bench_ingest.py [--data dev.jsonl] [--out FILE.json]

Corpus: MultiHop-RAG pseudo-articles (Tang & Yang, COLM 2024, arXiv:2401.15391; ODC-BY 1.0).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_retrieval import CITATION, DEFAULT_DATA, load_multihop

from index.embedding import SentenceTransformerEmbedder
from qa.corpus import Corpus


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    articles, _ = load_multihop(args.data)
    emb = SentenceTransformerEmbedder()
    model = emb.model
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "articles.jsonl"
        src.write_text("\n".join(json.dumps(a) for a in articles), encoding="utf-8")
        # Run 0 warms the model up on these shapes (the first pass over new sequence lengths is
        # slower in PyTorch); then pipeline and raw encode alternate, twice each.
        cold_s = _ingest(emb, src, Path(tmp) / "idx0")[0]
        with Corpus.open(Path(tmp) / "idx0", embedder=emb) as corpus:
            texts = [r[0] for r in corpus.store._db.execute("SELECT embed_text FROM chunks ORDER BY id")]
        pipeline_runs, raw_runs = [], []
        for i in (1, 2):
            pipeline_runs.append(_ingest(emb, src, Path(tmp) / f"idx{i}")[0])
            t0 = time.perf_counter()
            model.encode(texts, batch_size=32, normalize_embeddings=True, show_progress_bar=False)
            raw_runs.append(time.perf_counter() - t0)
        res = _ingest(emb, src, Path(tmp) / "idx3")[1]
    pipeline_s, raw_s = min(pipeline_runs), min(raw_runs)
    n = len(texts)
    toks = sum(len(model.tokenizer(t)["input_ids"]) for t in texts) / n
    out = {
        "corpus": f"{len(articles)} MultiHop-RAG pseudo-articles; {CITATION}",
        "chunks": n,
        "mean_tokens_per_chunk": round(toks, 1),
        "cold_first_pipeline_seconds": round(cold_s, 2),
        "pipeline_runs_seconds": [round(x, 2) for x in pipeline_runs],
        "raw_encode_runs_seconds": [round(x, 2) for x in raw_runs],
        "pipeline_seconds": round(pipeline_s, 2),
        "pipeline_chunks_per_s": round(n / pipeline_s, 1),
        "raw_encode_seconds": round(raw_s, 2),
        "raw_encode_chunks_per_s": round(n / raw_s, 1),
        "pipeline_over_raw_throughput": round((n / pipeline_s) / (n / raw_s), 3),
        "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores",
        "articles_added": len(res.added),
        "method": "best of 2 alternating runs each, after one warm-up ingest; same model object, same texts",
    }
    print(json.dumps(out, indent=2))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(out, indent=2) + "\n")
    return 0


def _ingest(emb: SentenceTransformerEmbedder, src: Path, idx: Path) -> tuple[float, object]:
    with Corpus.open(idx, embedder=emb, create=True) as corpus:
        t0 = time.perf_counter()
        res = corpus.ingest([src], progress=False)
        return time.perf_counter() - t0, res


if __name__ == "__main__":
    raise SystemExit(main())
