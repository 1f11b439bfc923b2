"""Evaluation metrics as pure functions: retrieval, answers, refusals, citations, latency, CIs.

Nothing here touches an index or a model; every function takes plain lists and numbers, so each
can be checked by hand (tests/test_eval_metrics.py).
"""

from __future__ import annotations

import re
import string
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

from index.chunking import split_sentences
from index.lexical import fold

# --------------------------------------------------------------------------- retrieval


def _top(ranked: Sequence[str], k: int) -> list[str]:
    """The first k distinct items of `ranked`, in the order given (ties are not re-ordered)."""
    out: list[str] = []
    for r in ranked:
        if r not in out:
            out.append(r)
            if len(out) == k:
                break
    return out


def hits_at_k(ranked: Sequence[str], gold: Iterable[str], k: int) -> float:
    """1.0 if any gold article is among the first k ranked articles, else 0.0 (empty ranking: 0)."""
    g = set(gold)
    return float(any(r in g for r in _top(ranked, k)))


def recall_at_k(ranked: Sequence[str], gold: Iterable[str], k: int) -> float:
    """Share of the gold articles found among the first k ranked articles (empty gold: 0)."""
    g = set(gold)
    if not g:
        return 0.0
    return len(g & set(_top(ranked, k))) / len(g)


def mrr_at_k(ranked: Sequence[str], gold: Iterable[str], k: int = 10) -> float:
    """Reciprocal rank of the first gold article within the first k, else 0.0."""
    g = set(gold)
    for i, r in enumerate(_top(ranked, k)):
        if r in g:
            return 1.0 / (i + 1)
    return 0.0


def retrieval_scores(ranked: Sequence[str], gold: Iterable[str], ks: Sequence[int] = (1, 4, 10)) -> dict[str, float]:
    """Hits@k and Recall@k for each k, and MRR@10."""
    g = set(gold)
    out: dict[str, float] = {}
    for k in ks:
        out[f"hits@{k}"] = hits_at_k(ranked, g, k)
    for k in ks:
        out[f"recall@{k}"] = recall_at_k(ranked, g, k)
    out["mrr@10"] = mrr_at_k(ranked, g, 10)
    return out


# --------------------------------------------------------------------------- answers

_ARTICLES = re.compile(r"\b(a|an|the)\b")
_MARKERS = re.compile(r"\[\s*\d+(?:\s*(?:,|;|-|–|and)\s*\d+)*\s*\]")
_PUNCT = set(string.punctuation) | set("“”‘’«»–—…")


def strip_markers(text: str) -> str:
    """Answer text without its [n] citation markers."""
    return " ".join(_MARKERS.sub(" ", text).split())


def normalize_answer(text: str) -> str:
    """SQuAD normalisation: lower-case, drop punctuation and the articles a/an/the, squeeze spaces."""
    text = text.lower()
    text = "".join(ch for ch in text if ch not in _PUNCT)
    text = _ARTICLES.sub(" ", text)
    return " ".join(text.split())


def exact_match(prediction: str, golds: Sequence[str]) -> float:
    """1.0 if the normalised prediction equals any normalised gold answer."""
    p = normalize_answer(strip_markers(prediction))
    return float(any(p == normalize_answer(g) for g in golds))


def token_f1(prediction: str, golds: Sequence[str]) -> float:
    """SQuAD token F1 against the best-matching gold answer (0.0 when there is none)."""
    p = normalize_answer(strip_markers(prediction)).split()
    best = 0.0
    for g in golds:
        gt = normalize_answer(g).split()
        if not p or not gt:
            best = max(best, float(p == gt))
            continue
        common = sum((Counter(p) & Counter(gt)).values())
        if common == 0:
            continue
        prec, rec = common / len(p), common / len(gt)
        best = max(best, 2 * prec * rec / (prec + rec))
    return best


def contains_gold(text: str, golds: Sequence[str]) -> float:
    """1.0 if any gold answer occurs in text as whole words (case- and accent-folded, outer dots and
    spaces stripped): gold "No" is not found inside "not" or "November", gold "Dec. 3" is found in
    "on Dec. 3, 2023"."""
    t = fold(text)
    return float(any((g2 := fold(g).strip(" .")) and re.search(rf"(?<!\w){re.escape(g2)}(?!\w)", t) for g in golds))


# --------------------------------------------------------------------------- refusals


def refusal_rate(refused: Sequence[bool]) -> float | None:
    """Share refused (use it on unanswerable questions); None for no questions."""
    return float(np.mean(refused)) if len(refused) else None


def false_refusal_rate(refused: Sequence[bool]) -> float | None:
    """Share refused among answerable questions; None for no questions."""
    return refusal_rate(refused)


# --------------------------------------------------------------------------- citations


def citation_precision(citations: Sequence[dict[str, Any]], gold_articles: Iterable[str], golds: Sequence[str]) -> float | None:
    """Share of citations whose quote comes from a gold article (by id or title) or contains a
    gold answer. Citations are dicts with `article_id`, `title`, `quote`. None without citations."""
    if not citations:
        return None
    g = set(gold_articles)
    good = sum(1 for c in citations if c.get("article_id") in g or c.get("title") in g or contains_gold(c.get("quote", ""), golds))
    return good / len(citations)


def answer_sentences(text: str) -> list[str]:
    """Sentences of an answer text."""
    return [text[s:e] for s, e in split_sentences(text) if text[s:e].strip()]


def citation_coverage(text: str, citation_numbers: Iterable[int]) -> float | None:
    """Share of the answer's sentences that carry an [n] marker resolving to a citation.
    None for an empty text."""
    sents = answer_sentences(text)
    if not sents:
        return None
    valid = set(citation_numbers)
    covered = 0
    for s in sents:
        nums: set[int] = set()
        for m in _MARKERS.finditer(s):
            nums |= {int(x) for x in re.findall(r"\d+", m.group())}
        covered += bool(nums & valid)
    return covered / len(sents)


# --------------------------------------------------------------------------- aggregates


def latency_percentiles(values_ms: Sequence[float]) -> dict[str, float | None]:
    """p50, p95, p99 (linear interpolation) and the mean; None for no values."""
    v = np.asarray([x for x in values_ms if x is not None], dtype=float)
    if not len(v):
        return {"p50": None, "p95": None, "p99": None, "mean": None}
    p = np.percentile(v, [50, 95, 99])
    return {"p50": round(float(p[0]), 1), "p95": round(float(p[1]), 1), "p99": round(float(p[2]), 1), "mean": round(float(v.mean()), 1)}


def bootstrap_ci(values: Sequence[float], *, resamples: int = 1000, seed: int = 0, level: float = 0.95) -> tuple[float, float] | None:
    """Percentile bootstrap confidence interval of the mean (fixed seed: reproducible)."""
    v = np.asarray(values, dtype=float)
    if not len(v):
        return None
    rng = np.random.default_rng(seed)
    means = v[rng.integers(0, len(v), size=(resamples, len(v)))].mean(axis=1)
    lo, hi = np.quantile(means, [(1 - level) / 2, 1 - (1 - level) / 2])
    return round(float(lo), 4), round(float(hi), 4)


def rate(values: Sequence[float | None], *, resamples: int = 1000, seed: int = 0) -> dict[str, Any]:
    """Mean of the defined values, with its bootstrap 95 % CI and the count."""
    v = [float(x) for x in values if x is not None]
    if not v:
        return {"value": None, "ci95": None, "n": 0}
    return {"value": round(float(np.mean(v)), 4), "ci95": bootstrap_ci(v, resamples=resamples, seed=seed), "n": len(v)}


def refusal_sweep(scores: Sequence[float], unanswerable: Sequence[bool], thresholds: Sequence[float]) -> list[dict[str, float | None]]:
    """Refusal trade-off of a gate `refuse if score < t`: for each t, the refusal rate on
    unanswerable questions and the false-refusal rate on answerable ones."""
    s = np.asarray(scores, dtype=float)
    u = np.asarray(unanswerable, dtype=bool)
    out = []
    for t in thresholds:
        refuse = s < t
        out.append({
            "threshold": round(float(t), 4),
            "refusal_on_unanswerable": round(float(refuse[u].mean()), 4) if u.any() else None,
            "false_refusal_on_answerable": round(float(refuse[~u].mean()), 4) if (~u).any() else None,
        })
    return out
