"""Real-text MiniLM vectors for the vector-store benchmarks, cached under out/ (never in git).

Synthetic vectors (uniform, or clustered around random centres) overstate how well compressed
and IVF indexes do on real text. This script embeds real text from the MultiHop-RAG dev data —
Tang & Yang, "MultiHop-RAG: Benchmarking Retrieval-Augmented Generation for Multi-Hop Queries",
COLM 2024, arXiv:2401.15391, ODC-BY 1.0 — with the shipped all-MiniLM-L6-v2:

- database ("passages"): every pseudo-article (its evidence sentences joined, as the pipeline's
  retrieval eval indexes them), every evidence sentence, and sentence-level pieces of each
  sentence: word windows of 6, 9, 12 and 16 words at stride 2 (each a real run of words, a
  phrase-sized query target; the pieces overlap, so neighbourhoods are denser than in a corpus
  of whole chunks, which makes search harder, not easier);
- queries: the 1,535 dev questions, real user-style questions that were never in the database.

    PYTHONPATH=. .venv/bin/python scripts/real_vectors.py [--data dev.jsonl] [--out out/real-vectors]

Writes `passages.npy` (float32, unit rows), `queries.npy`, and `meta.json` (counts by kind,
model, seconds). Re-running with the files present does nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_DATA = Path(os.environ.get("QA_MULTIHOP") or ROOT.parent / "shared" / "data" / "multihop-rag" / "dev.jsonl")
CITATION = "MultiHop-RAG (Tang & Yang, COLM 2024, arXiv:2401.15391), ODC-BY 1.0"
WINDOWS = (6, 9, 12, 16)
STRIDE = 2


def texts_from(data: Path) -> tuple[dict[str, list[str]], list[str]]:
    rows = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_title: dict[str, list[str]] = {}
    for r in rows:
        for c in r["contexts"]:
            sents = by_title.setdefault(c["title"], [])
            if c["paragraph_text"] not in sents:
                sents.append(c["paragraph_text"])
    sentences = list(dict.fromkeys(s for sents in by_title.values() for s in sents))
    articles = [f"{title}\n" + " ".join(sents) for title, sents in by_title.items()]
    pieces: list[str] = []
    seen: set[str] = set(sentences)
    for s in sentences:
        words = s.split()
        for w in WINDOWS:
            if len(words) <= w:
                continue
            for i in range(0, len(words) - w + 1, STRIDE):
                p = " ".join(words[i : i + w])
                if p not in seen:
                    seen.add(p)
                    pieces.append(p)
    questions = [r["question_text"] for r in rows]
    return {"article": articles, "sentence": sentences, "piece": pieces}, questions


def load(out: Path) -> tuple[np.ndarray, np.ndarray, dict]:
    """(passages, queries, meta) from a cache written by this script."""
    return np.load(out / "passages.npy"), np.load(out / "queries.npy"), json.loads((out / "meta.json").read_text())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=ROOT / "out" / "real-vectors")
    args = ap.parse_args()
    if (args.out / "meta.json").exists():
        print(f"real_vectors: {args.out} exists; nothing to do")
        return 0
    from index.embedding import SentenceTransformerEmbedder

    kinds, questions = texts_from(args.data)
    emb = SentenceTransformerEmbedder()
    t0 = time.perf_counter()
    load0 = os.getloadavg()
    parts = [emb.embed(texts, batch_size=64) for texts in kinds.values()]
    passages = np.ascontiguousarray(np.vstack(parts), dtype=np.float32)
    queries = np.ascontiguousarray(emb.embed(questions, batch_size=64), dtype=np.float32)
    seconds = time.perf_counter() - t0
    args.out.mkdir(parents=True, exist_ok=True)
    np.save(args.out / "passages.npy", passages)
    np.save(args.out / "queries.npy", queries)
    meta = {
        "data": CITATION,
        "model": emb.name,
        "counts": {k: len(v) for k, v in kinds.items()},
        "passages": len(passages),
        "queries": len(queries),
        "windows": WINDOWS,
        "stride": STRIDE,
        "seconds": round(seconds, 1),
        "loadavg_before": [round(x, 2) for x in load0],
        "loadavg_after": [round(x, 2) for x in os.getloadavg()],
    }
    (args.out / "meta.json").write_text(json.dumps(meta, indent=2) + "\n")
    print(json.dumps(meta, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
