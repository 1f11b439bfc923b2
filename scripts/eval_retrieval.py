"""Article-level retrieval quality on MultiHop-RAG (dev split): dense, BM25 and fused.

Data: MultiHop-RAG, Tang & Yang, "MultiHop-RAG: Benchmarking Retrieval-Augmented Generation for
Multi-Hop Queries", COLM 2024, arXiv:2401.15391 (ODC-BY 1.0). The original article bodies are
not available, so, as the data's README says, gold evidence sentences are grouped by title into
pseudo-articles; figures are this project's own and not comparable with the paper's tables.

    .venv/bin/python scripts/eval_retrieval.py [--data PATH] [--limit N] [--out FILE.json]
        [--variants torch-fp32,onnx-int8,onnx-fp32] [--vector-store faiss,milvus-lite]

With several `--variants` (index.embedding.EMBED_VARIANTS) each gets its own index of the same
pseudo-articles, the same queries, and the deltas against the first; the cosine agreement of
each variant's chunk and query vectors with the first variant's is reported beside them.

With several `--vector-store`s (one variant), each store gets its own index of the same articles
and the same queries (each question embedded once), and the largest difference between them in
any figure is printed (`results_by_store` and `max_difference_between_stores` in the JSON).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.embedding import SentenceTransformerEmbedder, make_embedder
from index.vector_backends import decode_blobs
from qa.corpus import Corpus
from qa.evaluation.datasets import load_multihop
from qa.retrieve import rank_articles

# QA_MULTIHOP (the setting `qa eval multihop` reads), else the checkout's shared data folder.
DEFAULT_DATA = Path(os.environ.get("QA_MULTIHOP") or ROOT.parent / "shared" / "data" / "multihop-rag" / "dev.jsonl")
CITATION = "MultiHop-RAG (Tang & Yang, COLM 2024, arXiv:2401.15391), ODC-BY 1.0"


def open_multihop_corpus(emb: SentenceTransformerEmbedder, data: Path = DEFAULT_DATA, cache: Path | None = None) -> Corpus:
    """The MultiHop-RAG pseudo-articles in an index (built once under `out/` and reused)."""
    cache = cache or ROOT / "out" / "multihop-index"
    articles, _ = load_multihop(data)
    corpus = Corpus.open(cache, embedder=emb, create=True)
    if corpus.store.stats()["articles"] != len(articles):
        src = cache.parent / "multihop-articles.jsonl"
        src.write_text("\n".join(json.dumps(a) for a in articles), encoding="utf-8")
        corpus.ingest([src], progress=None)
    return corpus


def score(ranked_titles: list[str], gold: set[str]) -> dict[str, float]:
    top10 = ranked_titles[:10]
    rr = next((1.0 / (i + 1) for i, t in enumerate(top10) if t in gold), 0.0)
    return {
        "hits@1": float(any(t in gold for t in ranked_titles[:1])),
        "hits@4": float(any(t in gold for t in ranked_titles[:4])),
        "hits@10": float(any(t in gold for t in top10)),
        "recall@10": len(gold & set(top10)) / len(gold),
        "mrr@10": rr,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--limit", type=int, default=0, help="evaluate only the first N answerable queries")
    ap.add_argument("--out", type=Path, help="write the figures as JSON here")
    ap.add_argument("--variants", default="torch-fp32", help="comma-separated embedding variants; the first is the reference")
    ap.add_argument("--vector-store", default="faiss", help="comma-separated vector stores (faiss, milvus-lite); one variant only")
    args = ap.parse_args()
    if not args.data.exists():
        print(f"eval_retrieval: data file {args.data} not found (use --data)", file=sys.stderr)
        return 1
    articles, queries = load_multihop(args.data)
    answerable = [q for q in queries if q["gold_titles"]]
    if args.limit:
        answerable = answerable[: args.limit]
    variants = [v.strip() for v in args.variants.split(",") if v.strip()]
    if len(variants) > 1:
        return compare_variants(variants, articles, answerable, args.out)
    emb = make_embedder(None, variants[0])
    stores = [v.strip() for v in args.vector_store.split(",") if v.strip()]
    search_emb = CachedQueries(emb) if len(stores) > 1 else emb
    by_store: dict[str, dict[str, dict[str, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "multihop.jsonl"
        src.write_text("\n".join(json.dumps(a) for a in articles), encoding="utf-8")
        for name in stores:
            with Corpus.open(Path(tmp) / f"idx-{name}", embedder=search_emb, create=True, vector_store=name) as corpus:  # type: ignore[arg-type]
                t0 = time.perf_counter()
                res = corpus.ingest([src], progress=None)
                ingest_s = time.perf_counter() - t0
                by_store[name] = _evaluate(corpus, answerable, ("dense", "bm25", "hybrid"))
    results = by_store[stores[0]]
    summary = {
        "data": CITATION,
        "pseudo_articles": len(articles),
        "chunks": res.chunks_added,
        "ingest_seconds": round(ingest_s, 2),
        "answerable_queries": len(answerable),
        "embed_model": emb.name,
        "vector_store": stores[0],
        "results": results,
        "results_by_store": by_store,
    }
    print(json.dumps(summary, indent=2))
    print("\n| retrieval | Hits@1 | Hits@4 | Hits@10 | Recall@10 | MRR@10 | ms/query |\n|---|---|---|---|---|---|---|")
    for mode, r in results.items():
        print(f"| {mode} | {r['hits@1']:.3f} | {r['hits@4']:.3f} | {r['hits@10']:.3f} | {r['recall@10']:.3f} | {r['mrr@10']:.3f} | {r['ms_per_query']} |")
    if len(by_store) > 1:
        print("\n| store | mode | Hits@10 | MRR@10 | Recall@10 | ms/query |\n|---|---|---|---|---|---|")
        for name, figures in by_store.items():
            for mode, r in figures.items():
                print(f"| {name} | {mode} | {r['hits@10']:.4f} | {r['mrr@10']:.4f} | {r['recall@10']:.4f} | {r['ms_per_query']} |")
        runs = list(by_store.values())
        diff = max(abs(a[m][f] - b[m][f]) for a in runs for b in runs for m in a for f in a[m] if f != "ms_per_query")
        print(f"\nlargest difference between stores in any figure: {diff:.4f}")
        summary["max_difference_between_stores"] = round(diff, 4)
    print(f"\n{len(answerable)} answerable queries over {len(articles)} pseudo-articles; data: {CITATION}")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(summary, indent=2) + "\n")
    return 0


class CachedQueries:
    """The embedder, with `embed_query` remembered per text (the same vector for every store)."""

    def __init__(self, emb: SentenceTransformerEmbedder) -> None:
        self._emb = emb
        self._cache: dict[str, object] = {}

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self._emb, name)

    def embed_query(self, text: str):  # type: ignore[no-untyped-def]
        if text not in self._cache:
            self._cache[text] = self._emb.embed_query(text)
        return self._cache[text]


def _evaluate(corpus: Corpus, answerable: list[dict], modes: tuple[str, ...]) -> dict[str, dict[str, float]]:
    title_of = {a.id: a.title for a in corpus.store.iter_articles()}
    results: dict[str, dict[str, float]] = {}
    for mode in modes:
        totals: dict[str, float] = {}
        t0 = time.perf_counter()
        for q in answerable:
            hits = corpus.search(q["question"], k=10, mode=mode, per_article=1)  # type: ignore[arg-type]
            ranked = [title_of[a] for a in rank_articles(hits)]
            for key, v in score(ranked, set(q["gold_titles"])).items():
                totals[key] = totals.get(key, 0.0) + v
        results[mode] = {k: round(v / len(answerable), 4) for k, v in totals.items()}
        results[mode]["ms_per_query"] = round(1000 * (time.perf_counter() - t0) / len(answerable), 2)
    return results


def compare_variants(variants: list[str], articles: list[dict], answerable: list[dict], out: Path | None) -> int:
    """Each variant: its own index of the same articles, the same queries; deltas and cosines vs the first."""
    import numpy as np

    summary: dict = {"data": CITATION, "pseudo_articles": len(articles), "answerable_queries": len(answerable),
                     "reference": variants[0], "variants": {}}
    ref_chunks = ref_queries = None
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "multihop.jsonl"
        src.write_text("\n".join(json.dumps(a) for a in articles), encoding="utf-8")
        for v in variants:
            emb = make_embedder(None, v)
            with Corpus.open(Path(tmp) / f"idx-{v}", embedder=emb, create=True) as corpus:
                t0 = time.perf_counter()
                res = corpus.ingest([src], progress=None)
                ingest_s = time.perf_counter() - t0
                rows = corpus.store._db.execute("SELECT embed_text, vector FROM chunks ORDER BY id").fetchall()
                texts = [r[0] for r in rows]
                vecs = decode_blobs([r[1] for r in rows], emb.dim).astype(np.float32)
                qvecs = emb.embed([q["question"] for q in answerable])
                entry: dict = {"chunks": res.chunks_added, "ingest_seconds": round(ingest_s, 2),
                               "results": _evaluate(corpus, answerable, ("dense", "hybrid"))}
            if ref_chunks is None:
                ref_texts, ref_chunks, ref_queries = texts, vecs, qvecs
            else:
                entry["same_chunks_as_reference"] = texts == ref_texts
                if texts == ref_texts:
                    c = (vecs * ref_chunks).sum(axis=1)
                    entry["cosine_vs_reference_chunks"] = {"mean": round(float(c.mean()), 5), "p05": round(float(np.percentile(c, 5)), 5),
                                                           "min": round(float(c.min()), 5)}
                qc = (qvecs * ref_queries).sum(axis=1)
                entry["cosine_vs_reference_queries"] = {"mean": round(float(qc.mean()), 5), "p05": round(float(np.percentile(qc, 5)), 5),
                                                        "min": round(float(qc.min()), 5)}
                base = summary["variants"][variants[0]]["results"]
                entry["delta_vs_reference"] = {m: {k: round(entry["results"][m][k] - base[m][k], 4) for k in ("hits@10", "mrr@10", "hits@4")}
                                               for m in entry["results"]}
            summary["variants"][v] = entry
            print(f"{v}: {json.dumps(entry)}", file=sys.stderr)
    print(json.dumps(summary, indent=2))
    print("\n| variant | mode | Hits@10 | MRR@10 | Δ Hits@10 | Δ MRR@10 | cosine vs ref, chunks mean / min | queries mean / min |")
    print("|---|---|---|---|---|---|---|---|")
    for v, e in summary["variants"].items():
        for mode, r in e["results"].items():
            d = e.get("delta_vs_reference", {}).get(mode, {})
            cos = " | ".join(f"{c['mean']:.4f} / {c['min']:.4f}" if c else "–"
                             for c in (e.get("cosine_vs_reference_chunks"), e.get("cosine_vs_reference_queries")))
            print(f"| {v} | {mode} | {r['hits@10']:.4f} | {r['mrr@10']:.4f} | {d.get('hits@10', 0):+.4f} | {d.get('mrr@10', 0):+.4f} | {cos} |")
    print(f"\n{len(answerable)} answerable queries over {len(articles)} pseudo-articles; data: {CITATION}")
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(summary, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
