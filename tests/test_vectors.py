"""VectorIndex: exact below the size threshold, IVF above it, same API (ids, deletes, save/load)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from index.vectors import EXACT_MAX, VectorIndex, clustered_unit_vectors, noisy_queries, recall_at_k

DIM = 384


@pytest.fixture(scope="module")
def large() -> tuple[np.ndarray, np.ndarray, VectorIndex]:
    n = EXACT_MAX + 10_000  # 60k: just over the threshold
    vecs = clustered_unit_vectors(n, DIM, seed=1)
    ids = np.arange(n, dtype=np.int64) * 3 + 1000  # chunk ids are not row numbers
    return ids, vecs, VectorIndex.build(ids, vecs)


def _exact_top(ids: np.ndarray, vecs: np.ndarray, q: np.ndarray, k: int = 10) -> np.ndarray:
    scores = q @ vecs.T
    top = np.argsort(-scores, axis=1, kind="stable")[:, :k]
    return ids[top]


def test_small_index_stays_exact_flat() -> None:
    vecs = clustered_unit_vectors(2000, DIM, seed=2)
    ids = np.arange(10, 2010, dtype=np.int64)
    built = VectorIndex.build(ids, vecs)
    assert built.kind == "flat" and built.nprobe is None and len(built) == 2000
    plain = VectorIndex(DIM)
    plain.add(ids, vecs)
    assert type(built._index) is type(plain._index)  # the same IndexIDMap2(IndexFlatIP) as before
    q = noisy_queries(vecs, 20, seed=3)
    for v in q:
        assert built.search(v, 10) == plain.search(v, 10)
    got = np.array([[i for i, _ in built.search(v, 10)] for v in q])
    assert recall_at_k(got, _exact_top(ids, vecs, q)) == 1.0


def test_large_index_is_ivf_with_high_recall(large: tuple[np.ndarray, np.ndarray, VectorIndex]) -> None:
    ids, vecs, vi = large
    assert vi.kind == "ivf" and len(vi) == len(ids)
    assert vi.nlist == round(4 * np.sqrt(len(ids))) and vi.nprobe is not None and vi.nprobe >= 1
    # 8-bit codes: 384 bytes a vector plus its id and the centroids, not 1,536 (float32).
    assert vi.codec == "sq8" and vi.memory_bytes() < len(ids) * 450
    q = noisy_queries(vecs, 200, seed=11)  # other queries than the calibration's
    got = np.array([([i for i, _ in vi.search(v, 10)] + [-1] * 10)[:10] for v in q])
    assert recall_at_k(got, _exact_top(ids, vecs, q)) >= 0.9
    assert set(got[got != -1].tolist()) <= set(ids.tolist())  # ids are the given chunk ids
    # Retrieval reads 50 candidates deep: a query must get that many back.
    assert all(len(vi.search(v, 50)) == 50 for v in q[:20])


def test_ivf_remove_add_save_load(large: tuple[np.ndarray, np.ndarray, VectorIndex], tmp_path: Path) -> None:
    ids, vecs, vi = large
    v0 = vecs[0]
    assert vi.search(v0, 1)[0][0] == ids[0]
    assert vi.remove([int(ids[0]), int(ids[1])]) == 2
    assert len(vi) == len(ids) - 2
    assert int(ids[0]) not in {i for i, _ in vi.search(v0, 50)}
    assert vi.remove([int(ids[0])]) == 0  # already gone
    vi.add(np.array([7], dtype=np.int64), v0.reshape(1, -1))  # incremental add into the trained lists
    assert vi.search(v0, 1)[0][0] == 7
    path = tmp_path / "v.faiss"
    vi.save(path)
    back = VectorIndex.load(path, DIM)
    assert back.kind == "ivf" and back.nprobe == vi.nprobe and len(back) == len(vi)
    for v in noisy_queries(vecs, 10, seed=5):
        assert back.search(v, 10) == vi.search(v, 10)
    with pytest.raises(ValueError, match="dimension"):
        VectorIndex.load(path, 128)


def test_build_threshold_is_configurable() -> None:
    vecs = clustered_unit_vectors(3000, 32, seed=4, clusters=20)
    ids = np.arange(3000, dtype=np.int64)
    vi = VectorIndex.build(ids, vecs, exact_max=1000)
    assert vi.kind == "ivf" and vi.nlist == round(4 * np.sqrt(3000))
    assert VectorIndex.build(ids, vecs, exact_max=5000).kind == "flat"
    assert VectorIndex.build(ids[:0], vecs[:0]).kind == "flat"
    with pytest.raises(ValueError):
        VectorIndex.build(ids[:10], vecs[:11])


def test_store_switches_to_ivf_when_it_grows_past_exact_max(tmp_path, monkeypatch, vector_store) -> None:  # type: ignore[no-untyped-def]
    """An index that grows by ingest past the exact-search limit is rebuilt as IVF on save (FAISS:
    IVF-SQ8; Milvus: the collection re-indexed as IVF_SQ8)."""
    import index.store as store_mod
    from index.embedding import HashEmbedder
    from qa.corpus import Corpus
    from tests.conftest import write

    monkeypatch.setattr(store_mod, "EXACT_MAX", 40)
    emb = HashEmbedder(dim=64, max_tokens=64)
    docs = tmp_path / "docs"
    for i in range(60):
        write(docs / f"a{i}.txt", f"Headline {i}\n\nArticle {i} says minister{i} met envoy{i} in city{i}.")
    with Corpus.open(tmp_path / "idx", embedder=emb, create=True, vector_store=vector_store) as c:
        c.ingest([docs], progress=False)
        assert c.store.vectors.kind == "ivf" and len(c.store.vectors) == 60
        assert c.search("minister7 envoy7 city7", k=1, mode="dense")[0].chunk.title == "Headline 7"
