"""Vector-store figures: recall of compressed indexes on real-text vectors, and latency/memory by size.

    PYTHONPATH=. .venv/bin/python scripts/real_vectors.py            # once: real MiniLM vectors into out/
    PYTHONPATH=. .venv/bin/python scripts/bench_vectors.py recall     # compressed vs exact, real sizes
    PYTHONPATH=. .venv/bin/python scripts/bench_vectors.py sweep      # IVF-SQ8 recall by nprobe: questions vs noisy queries
    PYTHONPATH=. .venv/bin/python scripts/bench_vectors.py scale --sizes 10000,100000,1000000 --stores faiss,milvus-lite
    PYTHONPATH=. .venv/bin/python scripts/bench_vectors.py lexical --sizes 10000,100000

Data: MultiHop-RAG dev (Tang & Yang, COLM 2024, arXiv:2401.15391, ODC-BY 1.0), embedded by
scripts/real_vectors.py: ~29k real passages (pseudo-articles, evidence sentences, word windows of
them) and the 1,535 dev questions as queries. Sizes beyond the real passages ("scale") are made
from them: row i is real passage i mod N plus Gaussian noise of norm `--noise` (default 0.3),
renormalised — every vector is near a real one, but the copies form tight groups that real text
does not, so recall measured there is less trustworthy than at the real size.

Each mode prints a Markdown table and writes JSON (with the load average before and after) to --out.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.vectors import EXACT_MAX, VectorIndex, exact_search, noisy_queries, recall_at_k

REAL = ROOT / "out" / "real-vectors"
CITATION = "MultiHop-RAG (Tang & Yang, COLM 2024, arXiv:2401.15391), ODC-BY 1.0"


def rss() -> int:
    import psutil

    return int(psutil.Process().memory_info().rss)


def load_real() -> tuple[np.ndarray, np.ndarray, dict]:
    if not (REAL / "meta.json").exists():
        raise SystemExit("bench_vectors: run scripts/real_vectors.py first (it writes out/real-vectors/)")
    from scripts.real_vectors import load

    return load(REAL)


def grown(real: np.ndarray, n: int, noise: float, seed: int = 0) -> np.ndarray:
    """`n` unit vectors: up to the real count, a seeded random sample of the real rows (no noise);
    beyond it, real row i mod len(real) plus Gaussian noise of norm ~`noise` (block-wise)."""
    rng = np.random.default_rng(seed)
    if n <= len(real):
        return np.ascontiguousarray(real[np.sort(rng.choice(len(real), n, replace=False))], dtype=np.float32)
    out = np.empty((n, real.shape[1]), dtype=np.float32)
    step = 100_000
    for i in range(0, n, step):
        m = min(step, n - i)
        block = real[np.arange(i, i + m) % len(real)].copy()
        if n > len(real):
            block += rng.standard_normal(block.shape).astype(np.float32) * (noise / np.sqrt(real.shape[1]))
            block /= np.linalg.norm(block, axis=1, keepdims=True)
        out[i : i + m] = block
    return out


def recall_of(search, queries: np.ndarray, gt: np.ndarray, k: int = 10) -> float:  # type: ignore[no-untyped-def]
    got = []
    for q in queries:
        found = [i for i, _ in search(q, k)]
        got.append(found + [-1] * (k - len(found)))
    return recall_at_k(np.asarray(got, dtype=np.int64), gt)


SEARCH_THREADS = 1


def latency(search, queries: np.ndarray, k: int = 10) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """p50/p95 ms of one query at a time. FAISS searches with SEARCH_THREADS OpenMP threads (builds
    keep FAISS's default): one query needs no threads, and with the cores oversubscribed OpenMP's
    barriers turn a 1 ms search into 200 ms (seen at load 24 with FAISS's default 2 threads)."""
    import faiss

    before = faiss.omp_get_max_threads()
    if SEARCH_THREADS:
        faiss.omp_set_num_threads(SEARCH_THREADS)
    try:
        return _latency(search, queries, k)
    finally:
        faiss.omp_set_num_threads(before)


def _latency(search, queries: np.ndarray, k: int = 10) -> dict[str, float]:  # type: ignore[no-untyped-def]
    for q in queries[:10]:
        search(q, k)
    times = []
    for q in queries:
        t0 = time.perf_counter()
        search(q, k)
        times.append((time.perf_counter() - t0) * 1000)
    return {"p50_ms": round(float(np.percentile(times, 50)), 3), "p95_ms": round(float(np.percentile(times, 95)), 3)}


# --- recall at the real size -------------------------------------------------------------------


def faiss_variant(name: str, ids: np.ndarray, vecs: np.ndarray):  # type: ignore[no-untyped-def]
    import faiss

    n, d = vecs.shape
    nlist = max(1, round(4 * np.sqrt(n)))
    if name == "ivf-sq8 (default from EXACT_MAX)":
        return VectorIndex.build(ids, vecs, exact_max=0, codec="sq8")
    if name == "ivf-flat":
        return VectorIndex.build(ids, vecs, exact_max=0, codec="flat")
    if name == "flat-sq8":
        index = faiss.IndexIDMap2(faiss.IndexScalarQuantizer(d, faiss.ScalarQuantizer.QT_8bit, faiss.METRIC_INNER_PRODUCT))
        index.train(vecs)
        index.add_with_ids(vecs, ids)
        return VectorIndex(d, index)
    if name.startswith("ivf-pq"):
        m = int(name.split("m")[1].split(")")[0])
        ivf = faiss.IndexIVFPQ(faiss.IndexFlatIP(d), d, nlist, m, 8, faiss.METRIC_INNER_PRODUCT)
        ivf.cp.niter = 10
        ivf.train(vecs)
        ivf.add_with_ids(vecs, ids)
        out = VectorIndex(d, ivf)
        out.calibrate(ids, vecs)
        return out
    if name == "hnsw-sq8 (no deletes)":
        index = faiss.IndexHNSWSQ(d, faiss.ScalarQuantizer.QT_8bit, 32, faiss.METRIC_INNER_PRODUCT)
        index.train(vecs)
        index.add(vecs)
        index.hnsw.efSearch = 64
        return index
    raise ValueError(name)


def mode_recall(args: argparse.Namespace) -> dict:
    passages, queries, meta = load_real()
    n, d = passages.shape
    ids = np.arange(1, n + 1, dtype=np.int64)
    k = 10
    _, pos = exact_search(queries, passages, k)
    gt = ids[pos]
    rows = []
    names = ["ivf-sq8 (default from EXACT_MAX)", "ivf-flat", "flat-sq8", "ivf-pq (m48)", "ivf-pq (m96)", "hnsw-sq8 (no deletes)"]
    for name in [n for n in names if not args.variants or any(n.startswith(v) for v in args.variants)]:
        t0 = time.perf_counter()
        vi = faiss_variant(name, ids, passages)
        build = time.perf_counter() - t0
        if isinstance(vi, VectorIndex):
            search = vi.search
            mem = vi.memory_bytes()
            desc = vi.describe()
        else:
            import faiss

            def search(q, kk, _ix=vi):  # type: ignore[no-untyped-def]
                s, i = _ix.search(q.reshape(1, -1), kk)
                return [(int(a) + 1, float(b)) for a, b in zip(i[0], s[0]) if a != -1]

            mem = int(faiss.serialize_index(vi).nbytes)
            desc = {"type": "hnsw", "efSearch": 64}
        r_q = recall_of(search, queries, gt)
        noisy = noisy_queries(passages, 200, seed=5)
        _, npos = exact_search(noisy, passages, k)
        r_noisy = recall_of(search, noisy, ids[npos])
        lat = latency(search, queries[:300])
        rows.append({"index": name, **desc, "recall@10 questions": round(r_q, 4), "recall@10 noisy": round(r_noisy, 4),
                     "bytes/vector": round(mem / n, 1), "build_s": round(build, 2), **lat})
        print(rows[-1], flush=True)
    # SQLite's copy: rebuild quality of float16 and int8 against the float32 vectors.
    copies = []
    for codec in ("float16", "int8"):
        if codec == "float16":
            back = passages.astype(np.float16).astype(np.float32)
            size = 2 * d
        else:
            scale = np.abs(passages).max(axis=1, keepdims=True) / 127.0
            back = (np.round(passages / scale).astype(np.int8).astype(np.float32) * scale).astype(np.float32)
            size = d + 4
        _, p2 = exact_search(queries, back, k)
        got = ids[p2]
        err = float(np.abs(back - passages).max())
        copies.append({"codec": codec, "bytes/vector": size, "rebuild recall@10 vs float32 (exact, questions)": round(recall_at_k(got, gt), 4),
                       "max abs error": round(err, 5)})
        print(copies[-1], flush=True)
    # Milvus Lite on the same vectors (its IVF_SQ8 and FLAT).
    milvus = []
    if "milvus-lite" in args.stores:
        from index.milvus_store import MilvusVectors, release_lite

        with tempfile.TemporaryDirectory(dir=args.tmp) as tmp:
            uri = str(Path(tmp) / "m.db")
            mv = MilvusVectors(uri, "recall", d)
            t0 = time.perf_counter()
            mv.add(ids, passages)
            mv.flush()
            ins = time.perf_counter() - t0
            r_flat = recall_of(mv.search, queries[:500], gt[:500])
            t0 = time.perf_counter()
            mv.retype(ids, passages, exact_max=0)  # IVF_SQ8 at this size too
            build = time.perf_counter() - t0
            r_ivf = recall_of(mv.search, queries[:500], gt[:500])
            milvus.append({"index": "milvus-lite FLAT", "recall@10 questions (500)": round(r_flat, 4), "insert_s": round(ins, 1)})
            milvus.append({"index": f"milvus-lite IVF_SQ8 (nlist {mv._nlist}, nprobe {mv.nprobe})", "recall@10 questions (500)": round(r_ivf, 4),
                           "build_s": round(build, 1)})
            print(milvus, flush=True)
            mv.close()
            release_lite(uri)
    return {"passages": n, "queries": len(queries), "real": meta, "faiss": rows, "sqlite_copy": copies, "milvus": milvus}


def mode_sweep(args: argparse.Namespace) -> dict:
    """Recall@10 of the default IVF-SQ8 index by nprobe: real questions against noisy stored vectors."""
    passages, queries, meta = load_real()
    ids = np.arange(1, len(passages) + 1, dtype=np.int64)
    vi = VectorIndex.build(ids, passages, exact_max=0)
    sets = {"questions": queries[:600]}
    for noise in (0.5, 1.0):
        sets[f"noisy {noise}"] = noisy_queries(passages, 300, noise=noise, seed=9)
    gts = {name: ids[exact_search(v, passages, 10)[1]] for name, v in sets.items()}
    rows = []
    ivf = vi._ivf()
    for nprobe in (8, 16, 32, 64):
        ivf.nprobe = nprobe
        row: dict[str, object] = {"nprobe": nprobe}
        for name, v in sets.items():
            _, got = vi._index.search(np.ascontiguousarray(v, dtype=np.float32), 10)
            row[f"recall@10 {name}"] = round(recall_at_k(got, gts[name]), 4)
        rows.append(row)
        print(row, flush=True)
    cos = {name: round(float(exact_search(v, passages, 1)[0].mean()), 3) for name, v in sets.items()}
    return {"passages": len(passages), "nlist": vi.nlist, "calibrated_nprobe": vi.describe()["nprobe"], "rows": rows,
            "mean top-1 cosine": cos, "real": meta}


# --- latency and memory by size --------------------------------------------------------------


def mode_scale(args: argparse.Namespace) -> dict:
    passages, queries, meta = load_real()
    q = queries[: args.queries]
    out = []
    for n in args.sizes:
        vecs = grown(passages, n, args.noise)
        ids = np.arange(1, n + 1, dtype=np.int64)
        _, pos = exact_search(q, vecs, 10)
        gt = ids[pos]
        for store in args.stores:
            gc.collect()
            before = rss()
            t0 = time.perf_counter()
            tmp = tempfile.mkdtemp(dir=args.tmp)
            try:
                if store == "faiss":
                    vs = VectorIndex.build(ids, vecs)
                    mem = vs.memory_bytes()
                    vs.save(Path(tmp) / "v.faiss")
                else:
                    from index.milvus_store import MilvusVectors

                    vs = MilvusVectors(str(Path(tmp) / "m.db"), "scale", vecs.shape[1])
                    vs.add(ids, vecs)
                    vs.flush()
                    vs.retype(ids, vecs)
                    mem = None
                build = time.perf_counter() - t0
                gc.collect()
                after = rss()
                disk = sum(p.stat().st_size for p in Path(tmp).rglob("*") if p.is_file())
                row = {"store": store, "vectors": n, **vs.describe(), "build_s": round(build, 1),
                       "recall@10 questions": round(recall_of(vs.search, q, gt), 4), **latency(vs.search, q),
                       "index_bytes/vector": round(mem / n, 1) if mem else None, "disk_bytes/vector": round(disk / n, 1),
                       "rss_delta_bytes/vector": round((after - before) / n, 1),
                       "rss_delta_MiB": round((after - before) / 2**20, 1), "loadavg": [round(x, 2) for x in os.getloadavg()]}
                out.append(row)
                print(row, flush=True)
                if store != "faiss":
                    vs.close()
                    from index.milvus_store import release_lite

                    release_lite(str(Path(tmp) / "m.db"))
                del vs
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
        del vecs
    return {"queries": len(q), "noise": args.noise, "real": meta, "rows": out}


# --- BM25: bm25s vs Milvus's BM25 -----------------------------------------------------------------


def mode_lexical(args: argparse.Namespace) -> dict:
    from scripts.real_vectors import DEFAULT_DATA, texts_from

    kinds, questions = texts_from(DEFAULT_DATA)
    texts = [t for v in kinds.values() for t in v]
    out = []
    from index.lexical import BM25Index
    from index.milvus_store import MilvusBM25, MilvusVectors, bm25_tokens, release_lite

    for n in args.sizes:
        docs = [texts[i % len(texts)] + (f" copy{i // len(texts)}" if i >= len(texts) else "") for i in range(n)]
        ids = np.arange(1, n + 1, dtype=np.int64)
        t0 = time.perf_counter()
        bm = BM25Index.build(ids.tolist(), docs)
        b_build = time.perf_counter() - t0
        lat_b = latency(lambda qq, k, _bm=bm: _bm.search(qq, k), questions[: args.queries], 50)
        row = {"docs": n, "bm25s build_s": round(b_build, 1), "bm25s p50_ms": lat_b["p50_ms"], "bm25s p95_ms": lat_b["p95_ms"]}
        for store in [s for s in args.stores if s in ("milvus-lite", "milvus-server")]:
            with tempfile.TemporaryDirectory(dir=args.tmp) as tmp:
                # Milvus Lite in-process, or a Milvus server by URI (--milvus-uri; e.g. `python -m
                # milvus_lite server` on loopback): the same client, the server reached over TCP.
                uri = str(Path(tmp) / "m.db") if store == "milvus-lite" else args.milvus_uri
                if not uri:
                    raise SystemExit("--stores milvus-server needs --milvus-uri (e.g. http://127.0.0.1:19530)")
                mv = MilvusVectors(uri, f"lex_{os.getpid()}_{n}", 8, lexical=True)
                zeros = np.zeros((n, 8), dtype=np.float32)
                zeros[:, 0] = 1
                t0 = time.perf_counter()
                mv.add(ids, zeros, bm25_tokens(docs))
                mv.flush()
                m_build = time.perf_counter() - t0
                mb = MilvusBM25(mv)
                lat_m = latency(lambda qq, k, _mb=mb: _mb.search(qq, k), questions[: args.queries], 50)
                agree = np.mean([len({i for i, _ in bm.search(qq, 10)} & {i for i, _ in mb.search(qq, 10)}) / 10 for qq in questions[:100]])
                row.update({f"{store} build_s": round(m_build, 1), f"{store} p50_ms": lat_m["p50_ms"], f"{store} p95_ms": lat_m["p95_ms"],
                            f"{store} top-10 overlap with bm25s": round(float(agree), 3)})
                if store == "milvus-server":
                    mv._client.drop_collection(mv.collection)
                mv.close()
                if store == "milvus-lite":
                    release_lite(uri)
        row["loadavg"] = [round(x, 2) for x in os.getloadavg()]
        out.append(row)
        print(row, flush=True)
    return {"queries": args.queries, "rows": out}


def main() -> int:
    global SEARCH_THREADS, REAL
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("mode", choices=["recall", "sweep", "scale", "lexical"])
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--stores", default="faiss,milvus-lite")
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--noise", type=float, default=0.3)
    ap.add_argument("--milvus-uri", default=None, help="the Milvus server of --stores milvus-server (lexical mode)")
    ap.add_argument("--tmp", default=None, help="folder for Milvus Lite data (default: the system's)")
    ap.add_argument("--threads", type=int, default=1, help="FAISS OpenMP threads while timing searches (0: FAISS's default)")
    ap.add_argument("--variants", default="", help="recall: only the FAISS variants whose names start so (comma-separated)")
    ap.add_argument("--out", type=Path, default=ROOT / "out" / "bench-vectors")
    ap.add_argument("--real", type=Path, default=REAL, help="cache of scripts/real_vectors.py (e.g. out/real-vectors-100k)")
    args = ap.parse_args()
    REAL = args.real
    args.sizes = [int(s) for s in args.sizes.split(",") if s]
    args.stores = [s for s in args.stores.split(",") if s]
    args.variants = [v for v in args.variants.split(",") if v]
    SEARCH_THREADS = args.threads
    load0 = [round(x, 2) for x in os.getloadavg()]
    t0 = time.perf_counter()
    result = {"recall": mode_recall, "sweep": mode_sweep, "scale": mode_scale, "lexical": mode_lexical}[args.mode](args)
    result.update({"mode": args.mode, "data": CITATION, "exact_max": EXACT_MAX, "seconds": round(time.perf_counter() - t0, 1),
                   "loadavg_before": load0, "loadavg_after": [round(x, 2) for x in os.getloadavg()], "cpus": os.cpu_count(),
                   "faiss_threads": args.threads or "default"})
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / f"{args.mode}.json"
    path.write_text(json.dumps(result, indent=2) + "\n")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
