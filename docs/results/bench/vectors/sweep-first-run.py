import numpy as np, sys
sys.path.insert(0, ".")
from scripts.real_vectors import load
from index.vectors import VectorIndex, exact_search, noisy_queries, recall_at_k
from pathlib import Path; P, Q, _ = load(Path("out/real-vectors"))
ids = np.arange(1, len(P)+1)
vi = VectorIndex.build(ids, P, exact_max=0)
ivf = vi._ivf()
sets = {"questions": Q[:600]}
for noise in (0.5, 0.8, 1.0, 1.2):
    sets[f"noisy{noise}"] = noisy_queries(P, 300, noise=noise, seed=9)
gts = {k: ids[exact_search(v, P, 10)[1]] for k, v in sets.items()}
for nprobe in (8, 16, 32, 64):
    ivf.nprobe = nprobe
    row = [nprobe]
    for k, v in sets.items():
        _, got = vi._index.search(v, 10)
        row.append((k, round(recall_at_k(got, gts[k]), 4)))
    print(row, flush=True)
# cosine of questions to their nearest passage vs noisy
for k, v in sets.items():
    s, _ = exact_search(v, P, 1)
    print(k, "mean top1 cosine", round(float(s.mean()), 3))
