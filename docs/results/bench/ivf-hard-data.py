import time

import faiss
import numpy as np

from index.vectors import VectorIndex, clustered_unit_vectors, noisy_queries, recall_at_k

for label, kw in [("uniform random", {"clusters": 1, "spread": 1000.0}), ("clustered spread 2", {"spread": 2.0})]:
    X = clustered_unit_vectors(100_000, 384, seed=9, **kw); ids = np.arange(100_000, dtype=np.int64)
    t = time.time(); vi = VectorIndex.build(ids, X); b = time.time() - t
    q = noisy_queries(X, 200, seed=77); _, gt = faiss.knn(q, X, 10, metric=faiss.METRIC_INNER_PRODUCT)
    ms = []; got = []
    for v in q:
        t = time.perf_counter(); h = vi.search(v, 10); ms.append((time.perf_counter() - t) * 1000); got.append(([i for i, _ in h] + [-1] * 10)[:10])
    print(label, vi.describe(), "build_s", round(b, 1), "recall", recall_at_k(np.array(got), gt), "p50_ms", round(float(np.median(ms)), 3))
