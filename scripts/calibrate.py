"""Tune the refusal gate and the support threshold on MultiHop-RAG dev, and print the trade-off.

Refusal gate: for every query, the share of its content words found in the top passages
(coverage) and the best dense cosine; null queries should be refused, answerable ones not.
Support threshold: a proxy, since the data has no generated claims. Positives are gold evidence
sentences cut to their first 60 % of words (an answer sentence usually restates part of a
sentence); negatives are gold evidence sentences scored against the passages of the top
retrieved article that is not gold (same topic, other facts). The threshold keeps 95 % of
negatives out.

Data: MultiHop-RAG (Tang & Yang, COLM 2024, arXiv:2401.15391), ODC-BY 1.0.

    .venv/bin/python scripts/calibrate.py [--limit N] [--out FILE.json]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_retrieval import CITATION, DEFAULT_DATA, load_multihop, open_multihop_corpus

from index.embedding import SentenceTransformerEmbedder
from qa import answer as A
from qa.verify import passage_quotes, support_matrix


def _flip(sentence: str) -> str:
    """Negate the first auxiliary ("is" -> "is not") or drop an existing "not"."""
    import re

    if re.search(r"\bnot\b", sentence):
        return re.sub(r"\s*\bnot\b", "", sentence, count=1)
    return re.sub(r"\b(is|are|was|were|will|would|has|have|had|can|could)\b", r"\1 not", sentence, count=1)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    _, queries = load_multihop(DEFAULT_DATA)
    if args.limit:
        queries = queries[: args.limit]
    emb = SentenceTransformerEmbedder()
    corpus = open_multihop_corpus(emb)
    feats = []
    pos, neg = [], []
    neg_stitched, neg_negated = [], []
    best_extractive: list[float] = []
    rng = np.random.default_rng(0)
    for q in queries:
        hits = corpus.search(q["question"], k=6)
        cov, dense = A.relevance(q["question"], hits)
        feats.append((cov, dense, not q["gold_titles"]))
        if q["gold_titles"] and not A.should_refuse(q["question"], hits):
            quotes = passage_quotes(hits, pairs=False)
            best_extractive.append(float(support_matrix([q["question"]], quotes, emb, strict=False).max()))
        if q["gold_titles"] and rng.random() < 0.25:
            gold = set(q["gold_titles"])
            evid = [h for h in hits if h.chunk.title in gold]
            other = [h for h in hits if h.chunk.title not in gold][:1]
            if evid and other:
                sent = A.split_sentences(evid[0].chunk.text)[0]
                claim = evid[0].chunk.text[sent[0]:sent[1]]
                words = claim.split()
                partial = " ".join(words[: max(4, int(len(words) * 0.6))])
                ctx = [evid[0].chunk.text]
                quotes = passage_quotes(evid[:1])
                pos.append(float(support_matrix([partial], quotes, emb, ctx * len(quotes)).max()))
                oq = passage_quotes(other)
                neg.append(float(support_matrix([claim], oq, emb, [other[0].chunk.text] * len(oq)).max()))
                # What small models do: stitch halves of two sentences of the same topic, or flip polarity.
                other_sent = other[0].chunk.text.split()
                stitched = " ".join(words[: len(words) // 2] + other_sent[len(other_sent) // 2 :])
                neg_stitched.append(float(support_matrix([stitched], quotes, emb, ctx * len(quotes)).max()))
                flipped = _flip(claim)
                if flipped != claim:
                    neg_negated.append(float(support_matrix([flipped], quotes, emb, ctx * len(quotes)).max()))
    f = np.array([(c, d) for c, d, _ in feats])
    is_null = np.array([n for _, _, n in feats])
    # One relevance score, dense + alpha * coverage: long questions are judged mostly by meaning,
    # short ones ("What did Pompeo say?") by whether their names appear at all.
    grid = []
    for alpha in np.arange(0.0, 1.01, 0.125):
        score = f[:, 1] + alpha * f[:, 0]
        for t in np.arange(0.2, 1.2, 0.0125):
            refuse = score < t
            grid.append((round(float(alpha), 3), round(float(t), 4), float(refuse[is_null].mean()), float(refuse[~is_null].mean())))
    ok = [g for g in grid if g[3] <= 0.05]
    best = max(ok, key=lambda g: (g[2], -g[3]))
    code = A.COVERAGE_WEIGHT, A.MIN_RELEVANCE
    sc = f[:, 1] + code[0] * f[:, 0]
    current = (code[0], code[1], float((sc < code[1])[is_null].mean()), float((sc < code[1])[~is_null].mean()))
    neg_arr, pos_arr = np.array(neg), np.array(pos)
    thr = float(np.quantile(neg_arr, 0.95)) if len(neg_arr) else float("nan")
    out = {
        "data": CITATION,
        "queries": len(queries),
        "null_queries": int(is_null.sum()),
        "refusal_gate_best_at_5pct_false_refusal": {"coverage_weight": best[0], "min_relevance": best[1], "null_refused": round(best[2], 3), "answerable_refused": round(best[3], 3)},
        "refusal_gate_in_code": {"coverage_weight": current[0], "min_relevance": current[1], "null_refused": round(current[2], 3), "answerable_refused": round(current[3], 3)},
        "coverage_quantiles": {"null": np.quantile(f[is_null, 0], [0.1, 0.5, 0.9]).round(3).tolist(), "answerable": np.quantile(f[~is_null, 0], [0.05, 0.1, 0.5]).round(3).tolist()},
        "dense_quantiles": {"null": np.quantile(f[is_null, 1], [0.1, 0.5, 0.9]).round(3).tolist(), "answerable": np.quantile(f[~is_null, 1], [0.05, 0.1, 0.5]).round(3).tolist()},
        "support_pairs": {"positives": len(pos), "negatives": len(neg)},
        "support_threshold_95pct_negatives_rejected": round(thr, 3),
        "support_positive_acceptance_at_that_threshold": round(float((pos_arr >= thr).mean()), 3) if len(pos_arr) else None,
        "support_threshold_in_code": A.SUPPORT_MIN,
        "stitched_claims_rejected_at_code_threshold": round(float((np.array(neg_stitched) < A.SUPPORT_MIN).mean()), 3),
        "negated_claims_rejected_at_code_threshold": round(float((np.array(neg_negated) < A.SUPPORT_MIN).mean()), 3),
        "negated_claims_tested": len(neg_negated),
        "extractive_best_score_quantiles_answerable_passing_gate": np.quantile(best_extractive, [0.05, 0.1, 0.5]).round(3).tolist(),
        "extractive_min_in_code": A.EXTRACTIVE_MIN,
        "support_at_code_threshold": {"positives_kept": round(float((pos_arr >= A.SUPPORT_MIN).mean()), 3), "negatives_rejected": round(float((neg_arr < A.SUPPORT_MIN).mean()), 3)},
        "trade_off": [{"coverage_weight": g[0], "min_relevance": g[1], "null_refused": round(g[2], 3), "answerable_refused": round(g[3], 3)} for g in grid],
    }
    print(json.dumps({k: v for k, v in out.items() if k != "trade_off"}, indent=2))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(out, indent=2) + "\n")
    corpus.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
