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
        [--passages N] [--variant torch-fp32|onnx-int8|onnx-fp32]

`--passages N` (for the 100k rows of the scale benchmark) adds further word windows of the same
sentences — lengths 5, 7, 8, 10, 11, 13, 14, 15, 18, 20 at stride 1, each piece once — until
there are N passages, and keeps the first N: every one is MiniLM's vector of a real run of words.
`--variant` picks how MiniLM runs (index.embedding.EMBED_VARIANTS; onnx-int8 is what a new index
uses on CPU, and about 9 times faster than torch-fp32 here).

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
MORE_WINDOWS = (5, 7, 8, 10, 11, 13, 14, 15, 18, 20)  # stride 1, only with --passages


def texts_from(data: Path, passages: int = 0) -> tuple[dict[str, list[str]], list[str]]:
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
    kinds = {"article": articles, "sentence": sentences, "piece": pieces}
    if passages:
        more: list[str] = []
        have = len(articles) + len(sentences) + len(pieces)
        for w in MORE_WINDOWS:
            for s in sentences:
                words = s.split()
                for i in range(len(words) - w + 1):
                    p = " ".join(words[i : i + w])
                    if p not in seen:
                        seen.add(p)
                        more.append(p)
        if have + len(more) < passages:
            raise SystemExit(f"real_vectors: only {have + len(more):,} distinct passages, fewer than --passages {passages:,}")
        kinds["more piece"] = more[: max(0, passages - have)]
    return kinds, questions


def load(out: Path) -> tuple[np.ndarray, np.ndarray, dict]:
    """(passages, queries, meta) from a cache written by this script."""
    return np.load(out / "passages.npy"), np.load(out / "queries.npy"), json.loads((out / "meta.json").read_text())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=ROOT / "out" / "real-vectors")
    ap.add_argument("--passages", type=int, default=0, help="this many passages (more word windows); 0: the default set")
    ap.add_argument("--variant", default="torch-fp32", help="how MiniLM runs: torch-fp32 (default), onnx-int8, onnx-fp32")
    args = ap.parse_args()
    if (args.out / "meta.json").exists():
        print(f"real_vectors: {args.out} exists; nothing to do")
        return 0
    from index.embedding import make_embedder

    kinds, questions = texts_from(args.data, args.passages)
    emb = make_embedder(None, args.variant)
    t0 = time.perf_counter()
    load0 = os.getloadavg()
    parts = [emb.embed(texts, batch_size=64) for texts in kinds.values()]
    passages = np.ascontiguousarray(np.vstack(parts), dtype=np.float32)[: args.passages or None]
    queries = np.ascontiguousarray(emb.embed(questions, batch_size=64), dtype=np.float32)
    seconds = time.perf_counter() - t0
    args.out.mkdir(parents=True, exist_ok=True)
    np.save(args.out / "passages.npy", passages)
    np.save(args.out / "queries.npy", queries)
    meta = {
        "data": CITATION,
        "model": emb.name,
        "variant": args.variant,
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
