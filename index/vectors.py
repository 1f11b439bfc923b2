"""FAISS vector index keyed by chunk id, so deletes are real deletes.

Vectors are L2-normalised, so inner product equals cosine similarity. An exact flat index is
used: at the sizes one laptop ingests it answers in milliseconds and needs no training.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np


class VectorIndex:
    """Exact inner-product search over vectors with int64 ids."""

    def __init__(self, dim: int, index: object | None = None) -> None:
        import faiss

        self.dim = dim
        self._index = index if index is not None else faiss.IndexIDMap2(faiss.IndexFlatIP(dim))

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
        if not ids:
            return 0
        return int(self._index.remove_ids(np.asarray(ids, dtype=np.int64)))  # type: ignore[attr-defined]

    def search(self, vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        """Top-k `(id, cosine)` for one query vector."""
        if len(self) == 0 or k <= 0:
            return []
        q = np.ascontiguousarray(vector, dtype=np.float32).reshape(1, -1)
        scores, ids = self._index.search(q, min(k, len(self)))  # type: ignore[attr-defined]
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i != -1]

    def save(self, path: Path) -> None:
        import faiss

        tmp = path.with_name(path.name + ".tmp")
        faiss.write_index(self._index, str(tmp))
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: Path, dim: int) -> VectorIndex:
        import faiss

        index = faiss.read_index(str(path))
        if index.d != dim:
            raise ValueError(f"{path} holds vectors of dimension {index.d}, expected {dim}")
        return cls(dim, index)
