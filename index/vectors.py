"""The vector-store interface, and its embedded backend: FAISS keyed by chunk id (deletes are real).

`VectorStore` is what `IndexStore` asks of a backend: add, remove, `search(vector, k, allowed)`,
a length, a description. Two backends implement it: `VectorIndex` here (FAISS, in-process, the
default) and `index.milvus_store.MilvusVectors` (Milvus Lite or a Milvus server).

Vectors are L2-normalised, so inner product equals cosine similarity. The index type is picked
by size when the index is built from the whole store (`VectorIndex.build`, used on rebuild):

- below `EXACT_MAX` vectors: exact search, `IndexIDMap2(IndexFlatIP)`; at the sizes one laptop
  ingests it answers in milliseconds and needs no training.
- from `EXACT_MAX` up: IVF (inner product) with nlist ~ 4*sqrt(n) lists, k-means trained on a
  sample, and `nprobe` raised until recall@10 against exact search reaches `CALIBRATION_RECALL`
  on held-out noisy queries (a margin above `TARGET_RECALL`, which real questions must get).
  The lists hold 8-bit scalar-quantised codes (`IndexIVFScalarQuantizer`, `QT_8bit`: 384
  bytes a 384-d vector instead of 1,536), so 1M chunks fit in ~0.4 GiB
  (docs/benchmarks.md has recall on real-text vectors); `codec="flat"` keeps float32 lists. IVF
  stores the chunk ids itself (`add_with_ids`) and `remove_ids` really deletes, so ids and
  deletes behave exactly as with the flat index.

Filters (`search(..., allowed=)`) are pushed into FAISS as an id selector, so a filtered search
returns k hits whenever k allowed ids exist.

Incremental `add` keeps the current type: new vectors go into the trained IVF lists (or the flat
index, even if it has grown past `EXACT_MAX`); re-training and re-picking happen on rebuild.
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Protocol

import numpy as np

EXACT_MAX = 50_000  # below this many vectors, exact search
TARGET_RECALL = 0.95  # recall@10 vs exact that IVF must give real questions
# nprobe is raised until recall@10 vs exact on noisy stored vectors reaches this. Noisy vectors
# are easier than real questions: on 29k real MiniLM passages of MultiHop-RAG, nprobe 8 gave 0.950
# on noisy queries but 0.910 on the dev questions, nprobe 16 0.967 / 0.952, nprobe 32 0.976 /
# 0.974 (docs/benchmarks.md). Calibrating to 0.97 keeps questions above TARGET_RECALL at 29k, but
# not at 100k real passages, where noisy queries reach 0.977 already at nprobe 8 while the questions
# get 0.912 (16: 0.952, 32: 0.974): hence MIN_NPROBE 32, the first nprobe giving real questions
# 0.97 at both sizes (a search at nprobe 32 over 100k IVF-SQ8 vectors is still under 1 ms).
CALIBRATION_RECALL = 0.97
TRAIN_MAX = 100_000  # most vectors k-means is trained on
TRAIN_PER_LIST = 40  # training points per IVF list (FAISS wants >= 39)
CALIBRATION_QUERIES = 200
MIN_NPROBE = 32  # see CALIBRATION_RECALL
# A filtered IVF search reads every list when the lists nprobe reads are expected to hold fewer
# than this many allowed ids per hit wanted (see `VectorIndex.search`).
FILTER_DEPTH = 100
CODECS = ("sq8", "flat")  # what IVF lists hold: 8-bit scalar-quantised codes, or float32
DEFAULT_CODEC = "sq8"
ADD_BLOCK = 65_536  # vectors converted to float32 and added at a time (float16 input stays small)


class VectorStore(Protocol):
    """What the index asks of a vector backend (FAISS here, Milvus in `index.milvus_store`).

    Ids are chunk ids; vectors are unit rows, so inner product is cosine. `search` returns
    `(id, cosine)` best first, ties by id; `allowed` (chunk ids) restricts it to those ids.
    """

    backend: str  # "faiss" or "milvus"
    dim: int

    def __len__(self) -> int: ...

    def add(self, ids: np.ndarray, vectors: np.ndarray) -> None: ...

    def remove(self, ids: list[int]) -> int: ...

    def search(self, vector: np.ndarray, k: int, allowed: np.ndarray | None = None) -> list[tuple[int, float]]: ...

    def describe(self) -> dict[str, object]: ...


def ranked(pairs: list[tuple[int, float]], k: int) -> list[tuple[int, float]]:
    """Best first, near-ties (within 1e-6) by id, cut to k: the same order from every backend."""
    return sorted(pairs, key=lambda p: (-round(p[1], 6), p[0]))[:k]


class VectorIndex:
    """Inner-product search over vectors with int64 ids (exact, or IVF for large indexes)."""

    backend = "faiss"

    def __init__(self, dim: int, index: object | None = None) -> None:
        import faiss

        self.dim = dim
        self._index = index if index is not None else faiss.IndexIDMap2(faiss.IndexFlatIP(dim))

    @classmethod
    def build(
        cls,
        ids: np.ndarray,
        vectors: np.ndarray,
        *,
        exact_max: int = EXACT_MAX,
        target_recall: float = CALIBRATION_RECALL,
        seed: int = 0,
        codec: str = DEFAULT_CODEC,
    ) -> VectorIndex:
        """An index holding `vectors` under `ids`, of the type that suits their number.

        Exact below `exact_max` vectors, IVF (trained here, nprobe calibrated to
        `target_recall` recall@10 vs exact) from there up, its lists holding `codec` codes.
        `vectors` may be float16 (as SQLite stores them); they are converted block by block.
        """
        if codec not in CODECS:
            raise ValueError(f"codec must be one of {CODECS}, not {codec!r}")
        vecs = np.asarray(vectors)
        if vecs.dtype not in (np.float16, np.float32):
            vecs = vecs.astype(np.float32)
        if vecs.ndim != 2:
            raise ValueError("vectors must be a 2-D array")
        n, dim = vecs.shape
        ids64 = np.ascontiguousarray(ids, dtype=np.int64)
        if len(ids64) != n:
            raise ValueError("one id per vector is required")
        if n < exact_max:
            out = cls(dim)
            out.add(ids64, vecs)
            return out
        import faiss

        rng = np.random.default_rng(seed)
        nlist = max(1, round(4 * math.sqrt(n)))
        n_train = min(n, max(TRAIN_PER_LIST * nlist, 1), TRAIN_MAX)
        train = vecs[np.sort(rng.choice(n, n_train, replace=False))] if n_train < n else vecs
        quantizer = faiss.IndexFlatIP(dim)
        if codec == "sq8":
            ivf = faiss.IndexIVFScalarQuantizer(quantizer, dim, nlist, faiss.ScalarQuantizer.QT_8bit, faiss.METRIC_INNER_PRODUCT)
        else:
            ivf = faiss.IndexIVFFlat(quantizer, dim, nlist, faiss.METRIC_INNER_PRODUCT)
        ivf.cp.niter = 10  # k-means iterations; 10 is plenty for routing, and 2.5x faster than 25
        ivf.cp.seed = seed
        ivf.train(np.ascontiguousarray(train, dtype=np.float32))
        for i in range(0, n, ADD_BLOCK):
            ivf.add_with_ids(np.ascontiguousarray(vecs[i : i + ADD_BLOCK], dtype=np.float32), ids64[i : i + ADD_BLOCK])
        out = cls(dim, ivf)
        out.calibrate(ids64, vecs, target_recall=target_recall, seed=seed)
        return out

    @property
    def kind(self) -> str:
        """"flat" (exact) or "ivf"."""
        import faiss

        return "ivf" if isinstance(faiss.downcast_index(self._index), faiss.IndexIVF) else "flat"

    @property
    def nprobe(self) -> int | None:
        """IVF lists searched per query (None for exact)."""
        return int(self._ivf().nprobe) if self.kind == "ivf" else None

    @property
    def nlist(self) -> int | None:
        return int(self._ivf().nlist) if self.kind == "ivf" else None

    @property
    def codec(self) -> str:
        """What the index holds per vector: "sq8" (8-bit codes) or "flat" (float32)."""
        import faiss

        if self.kind != "ivf":
            return "flat"
        return "sq8" if isinstance(faiss.downcast_index(self._ivf()), faiss.IndexIVFScalarQuantizer) else "flat"

    def _ivf(self):  # type: ignore[no-untyped-def]
        import faiss

        return faiss.extract_index_ivf(self._index)

    def describe(self) -> dict[str, object]:
        """Type and parameters, for stats and benchmarks."""
        return {"backend": "faiss", "type": self.kind, "codec": self.codec, "vectors": len(self), "nlist": self.nlist, "nprobe": self.nprobe}

    def calibrate(
        self, ids: np.ndarray, vectors: np.ndarray, *, target_recall: float = CALIBRATION_RECALL, queries: int = CALIBRATION_QUERIES, seed: int = 0
    ) -> float:
        """Set the smallest nprobe (MIN_NPROBE times a power of two) whose recall@10 vs exact reaches `target_recall`.

        Queries are stored vectors with noise added (questions are near, not on, chunks); the
        exact neighbours are computed by brute force over `vectors` (the indexed ones, stored under
        `ids`). Returns
        the recall reached. No-op for an exact index.
        """
        if self.kind != "ivf" or len(vectors) == 0:
            return 1.0
        q = noisy_queries(vectors, queries, seed=seed + 1)
        k = min(10, len(self))
        _, pos = exact_search(q, vectors, k)
        gt = np.where(pos >= 0, np.asarray(ids, dtype=np.int64)[pos], -1)
        ivf = self._ivf()
        recall = 0.0
        # Never fewer than MIN_NPROBE lists: retrieval reads 50 candidates deep, and one short
        # list could return fewer than that.
        nprobe = min(MIN_NPROBE, int(ivf.nlist))
        while True:
            ivf.nprobe = nprobe
            _, got = self._index.search(q, k)  # type: ignore[attr-defined]
            recall = recall_at_k(got, gt)
            if recall >= target_recall or nprobe >= ivf.nlist:
                return recall
            nprobe = min(nprobe * 2, int(ivf.nlist))

    def __len__(self) -> int:
        return int(self._index.ntotal)  # type: ignore[attr-defined]

    def add(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        if len(ids) == 0:
            return
        vecs = np.ascontiguousarray(vectors, dtype=np.float32)
        if vecs.shape[1] != self.dim:
            raise ValueError(f"vectors have dimension {vecs.shape[1]}, index has {self.dim}")
        self._index.add_with_ids(vecs, np.ascontiguousarray(ids, dtype=np.int64))  # type: ignore[attr-defined]

    def remove(self, ids: list[int]) -> int:
        if not len(ids):
            return 0
        return int(self._index.remove_ids(np.asarray(ids, dtype=np.int64)))  # type: ignore[attr-defined]

    def search(self, vector: np.ndarray, k: int, allowed: np.ndarray | None = None) -> list[tuple[int, float]]:
        """Top-k `(id, cosine)` for one query vector; with `allowed` (int64 ids), among those only.

        The filter is pushed into FAISS (an `IDSelectorBatch`), never applied after ranking, so
        the result holds k ids whenever k allowed ids are indexed. An IVF index reads only
        `nprobe` lists, which may hold fewer than k allowed ids: nprobe is then doubled for this
        query until k are found or every list has been read (exact over the allowed ids).
        Near-ties (within 1e-6) are ordered by id, as on every backend (`ranked`).
        """
        if len(self) == 0 or k <= 0:
            return []
        import faiss

        q = np.ascontiguousarray(vector, dtype=np.float32).reshape(1, -1)
        if allowed is None:
            depth = min(k + 8, len(self))  # a little deeper, so near-ties at the cut are ordered by id
            scores, ids = self._index.search(q, depth)  # type: ignore[attr-defined]
            return ranked([(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i != -1], k)
        allowed = np.ascontiguousarray(allowed, dtype=np.int64)
        want = min(k, len(allowed), len(self))
        if want == 0:
            return []
        depth = min(want + 8, len(allowed), len(self))
        sel, _keep = id_selector(allowed)
        if self.kind == "flat":
            scores, ids = self._index.search(q, depth, params=faiss.SearchParameters(sel=sel))  # type: ignore[attr-defined]
        else:
            ivf = self._ivf()
            nprobe = int(ivf.nprobe)
            # Read enough lists to expect FILTER_DEPTH allowed ids per hit wanted (a small
            # subset reads many lists; at nlist, the search is exact over the allowed ids).
            nlist = int(ivf.nlist)
            nprobe = min(nlist, max(nprobe, math.ceil(FILTER_DEPTH * want * nlist / len(allowed))))
            while True:
                params = faiss.SearchParametersIVF(sel=sel, nprobe=nprobe)
                scores, ids = self._index.search(q, depth, params=params)  # type: ignore[attr-defined]
                if int((ids[0] != -1).sum()) >= want or nprobe >= ivf.nlist:
                    break
                nprobe = min(nprobe * 4, int(ivf.nlist))
        return ranked([(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i != -1], k)

    def memory_bytes(self) -> int:
        """Bytes of the serialised index (what it holds in memory, give or take)."""
        import faiss

        return int(faiss.serialize_index(self._index).nbytes)

    def save(self, path: Path) -> None:
        """Write the index to `path` atomically (write, fsync, rename)."""
        import faiss

        tmp = path.with_name(path.name + ".tmp")
        faiss.write_index(self._index, str(tmp))
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: Path, dim: int) -> VectorIndex:
        import faiss

        index = faiss.read_index(str(path))  # nprobe is stored in the file
        if index.d != dim:
            raise ValueError(f"{path} holds vectors of dimension {index.d}, expected {dim}")
        return cls(dim, index)


def id_selector(ids: np.ndarray) -> tuple[object, np.ndarray | None]:
    """A FAISS selector for the non-negative int64 `ids`, and the array it reads (keep it alive
    while the selector is used). A bitmap over 0..max(id) when that is small (chunk ids are
    dense: one bit per chunk of the index, built by numpy in microseconds), else an
    `IDSelectorBatch` (a hash set)."""
    import faiss

    top = int(ids.max()) + 1 if len(ids) else 0
    if top <= 64 * max(len(ids), 1) * 8 or top <= 1 << 24:  # the bitmap is at most 64x the ids' own bytes, or 2 MiB
        bits = np.zeros(top, dtype=bool)
        bits[ids] = True
        bitmap = np.packbits(bits, bitorder="little")
        return faiss.IDSelectorBitmap(len(bitmap), faiss.swig_ptr(bitmap)), bitmap
    return faiss.IDSelectorBatch(ids), None


def exact_search(q: np.ndarray, vecs: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Brute-force top-k inner products of `q` over `vecs` (float32 or float16): (scores, positions)."""
    import faiss

    q32 = np.ascontiguousarray(q, dtype=np.float32)
    if vecs.dtype == np.float32:
        return faiss.knn(q32, np.ascontiguousarray(vecs), k, metric=faiss.METRIC_INNER_PRODUCT)
    best_s = np.full((len(q32), k), -np.inf, dtype=np.float32)
    best_p = np.full((len(q32), k), -1, dtype=np.int64)
    for i in range(0, len(vecs), ADD_BLOCK):
        s, p = faiss.knn(q32, np.ascontiguousarray(vecs[i : i + ADD_BLOCK], dtype=np.float32), min(k, len(vecs) - i),
                         metric=faiss.METRIC_INNER_PRODUCT)
        p = np.where(p >= 0, p + i, -1)
        all_s, all_p = np.hstack([best_s, s]), np.hstack([best_p, p])
        top = np.argsort(-all_s, axis=1, kind="stable")[:, :k]
        best_s, best_p = np.take_along_axis(all_s, top, 1), np.take_along_axis(all_p, top, 1)
    return best_s, best_p


def noisy_queries(vecs: np.ndarray, n: int, *, noise: float = 0.5, seed: int = 0) -> np.ndarray:
    """`n` unit query vectors near stored ones: a stored vector plus Gaussian noise of norm ~`noise`."""
    rng = np.random.default_rng(seed)
    base = vecs[rng.choice(len(vecs), n, replace=len(vecs) < n)].astype(np.float32)
    q = base + rng.standard_normal(base.shape).astype(np.float32) * (noise / math.sqrt(vecs.shape[1]))
    q /= np.linalg.norm(q, axis=1, keepdims=True)
    return np.ascontiguousarray(q, dtype=np.float32)


def recall_at_k(got: np.ndarray, gt: np.ndarray) -> float:
    """Mean share of the exact top-k ids found in the approximate top-k."""
    hits = sum(len(set(g[g != -1].tolist()) & set(t[t != -1].tolist())) for g, t in zip(got, gt))
    total = sum(int((t != -1).sum()) for t in gt)
    return hits / total if total else 1.0


def clustered_unit_vectors(n: int, dim: int, *, clusters: int = 1000, spread: float = 1.0, seed: int = 0) -> np.ndarray:
    """Synthetic embeddings: unit vectors scattered around `clusters` random topic centres.

    Real sentence embeddings are clustered by topic; uniform random vectors are the worst case
    for IVF. Generated in blocks so 1M x 384 needs no temporary copies beyond the result.
    """
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((clusters, dim)).astype(np.float32)
    centres /= np.linalg.norm(centres, axis=1, keepdims=True)
    out = np.empty((n, dim), dtype=np.float32)
    step = 100_000
    for i in range(0, n, step):
        m = min(step, n - i)
        block = centres[rng.integers(0, clusters, m)]
        block += rng.standard_normal((m, dim)).astype(np.float32) * (spread / math.sqrt(dim))
        block /= np.linalg.norm(block, axis=1, keepdims=True)
        out[i : i + m] = block
    return out
