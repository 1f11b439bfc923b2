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
from collections.abc import Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_DATA = Path(os.environ.get("QA_MULTIHOP") or ROOT.parent / "shared" / "data" / "multihop-rag" / "dev.jsonl")
CITATION = "MultiHop-RAG (Tang & Yang, COLM 2024, arXiv:2401.15391), ODC-BY 1.0"
WINDOWS = (6, 9, 12, 16)
STRIDE = 2
MORE_WINDOWS = (5, 7, 8, 10, 11, 13, 14, 15, 18, 20)  # stride 1, only with --passages


def texts_from(data: Path, passages: int = 0, docstrings: bool = False) -> tuple[dict[str, list[str]], list[str]]:
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
        _windows(sentences, MORE_WINDOWS, seen, more)
        kinds["more piece"] = more[: max(0, passages - have)]
        have += len(kinds["more piece"])
        if have < passages:
            # Every other run of 3 to 40 words of the same sentences (the lengths not used above).
            rest: list[str] = []
            _windows(sentences, [n for n in range(3, 41) if n not in MORE_WINDOWS and n not in WINDOWS], seen, rest)
            kinds["other piece"] = rest[: passages - have]
            have += len(kinds["other piece"])
        if have < passages and docstrings:
            kinds["docstring piece"] = docstring_pieces(passages - have, seen)
            have += len(kinds["docstring piece"])
        if have < passages:
            raise SystemExit(f"real_vectors: only {have:,} distinct passages, fewer than --passages {passages:,}"
                             + ("" if docstrings else " (--docstrings adds English text of installed packages)"))
    return kinds, questions


def _windows(sentences: list[str], lengths: Sequence[int], seen: set[str], out: list[str]) -> None:
    """Append to `out` every run of each of `lengths` words of `sentences` (stride 1) not in `seen`."""
    for w in lengths:
        for s in sentences:
            words = s.split()
            for i in range(len(words) - w + 1):
                p = " ".join(words[i : i + w])
                if p not in seen:
                    seen.add(p)
                    out.append(p)


DOC_PACKAGES = ("transformers", "torch", "scipy", "numpy", "sympy", "pandas", "gradio", "llama_index", "networkx",
                "matplotlib", "huggingface_hub", "pydantic", "starlette", "fastapi", "PIL", "tokenizers", "onnx", "onnxruntime")


def docstring_sentences() -> list[str]:
    """English sentences from the first paragraph of every docstring of some installed packages
    (real prose written by people, if not news), mostly letters, 6 to 40 words, each once, in a
    fixed order (packages, files sorted)."""
    import ast
    import re
    import site

    roots = [Path(p) for p in site.getsitepackages()]
    out: dict[str, None] = {}
    for pkg in DOC_PACKAGES:
        base = next((r / pkg for r in roots if (r / pkg).is_dir()), None)
        if base is None:
            continue
        for f in sorted(base.rglob("*.py")):
            try:
                tree = ast.parse(f.read_text(encoding="utf-8", errors="ignore"))
            except (SyntaxError, ValueError):
                continue
            for node in ast.walk(tree):
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Module)):
                    doc = ast.get_docstring(node)
                    if not doc:
                        continue
                    for sent in re.split(r"(?<=[.!?])\s+", " ".join(doc.split("\n\n")[0].split())):
                        words = sent.split()
                        if 6 <= len(words) <= 40 and sum(c.isalpha() or c == " " for c in sent) > 0.9 * len(sent):
                            out.setdefault(sent, None)
    return list(out)


def docstring_pieces(n: int, seen: set[str]) -> list[str]:
    """`n` distinct passages from docstring sentences: the sentences, then word windows of them."""
    sents = [s for s in docstring_sentences() if s not in seen]
    pieces = []
    for s in sents:
        seen.add(s)
        pieces.append(s)
    for w in (6, 9, 12, 16, 5, 7, 8, 10, 11, 13, 14, 15, 18, 20):
        if len(pieces) >= n:
            break
        for s in sents:
            words = s.split()
            for i in range(0, len(words) - w + 1, 2):
                p = " ".join(words[i : i + w])
                if p not in seen:
                    seen.add(p)
                    pieces.append(p)
    return pieces[:n]


def load(out: Path) -> tuple[np.ndarray, np.ndarray, dict]:
    """(passages, queries, meta) from a cache written by this script."""
    return np.load(out / "passages.npy"), np.load(out / "queries.npy"), json.loads((out / "meta.json").read_text())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=ROOT / "out" / "real-vectors")
    ap.add_argument("--passages", type=int, default=0, help="this many passages (more word windows); 0: the default set")
    ap.add_argument("--variant", default="torch-fp32", help="how MiniLM runs: torch-fp32 (default), onnx-int8-fused, onnx-int8, onnx-fp32")
    ap.add_argument("--docstrings", action="store_true",
                    help="past the MultiHop-RAG text, add sentences and windows of installed packages' docstrings (for 1M)")
    ap.add_argument("--reuse", type=Path, help="a cache of this script whose passages are a prefix of these (same variant): "
                    "its vectors are taken, not embedded again")
    args = ap.parse_args()
    if (args.out / "meta.json").exists():
        print(f"real_vectors: {args.out} exists; nothing to do")
        return 0
    from index.embedding import make_embedder

    kinds, questions = texts_from(args.data, args.passages, args.docstrings)
    emb = make_embedder(None, args.variant)
    t0 = time.perf_counter()
    load0 = os.getloadavg()
    texts = [t for v in kinds.values() for t in v]
    reused = 0
    if args.reuse:
        old_p, _old_q, old_meta = load(args.reuse)
        if old_meta.get("variant") != args.variant:
            raise SystemExit(f"--reuse {args.reuse}: built with {old_meta.get('variant')}, not {args.variant}")
        reused = len(old_p)
        head = [t for v in texts_from(args.data, reused)[0].values() for t in v][:reused]
        if head != texts[:reused]:
            raise SystemExit(f"--reuse {args.reuse}: its passages are not a prefix of these")
    from tqdm import tqdm

    with tqdm(total=len(texts) - reused, desc="embedding passages", unit="text", mininterval=30) as bar:
        new = emb.embed(texts[reused:], batch_size=256, progress=bar)
    passages = np.ascontiguousarray(np.vstack([old_p, new]) if reused else new, dtype=np.float32)[: args.passages or None]
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
        "reused_from": str(args.reuse) if args.reuse else None,
        "reused": reused,
        "loadavg_before": [round(x, 2) for x in load0],
        "loadavg_after": [round(x, 2) for x in os.getloadavg()],
    }
    (args.out / "meta.json").write_text(json.dumps(meta, indent=2) + "\n")
    print(json.dumps(meta, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
