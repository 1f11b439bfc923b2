"""Run a dataset through retrieval and answering, and aggregate the figures.

For each question: article-level retrieval in each mode (dense, BM25, hybrid; top 10, one chunk
per article), then `Assistant.ask` with the chosen backend, whose retrieved passages also give
the refusal gate's relevance features (`qa.answer.relevance`) for the threshold sweep.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from qa import answer as A
from qa.config import DEFAULT, AnswerConfig
from qa.corpus import Corpus
from qa.evaluation import metrics as M
from qa.evaluation.datasets import Dataset, Question
from qa.retrieve import rank_articles

MODES = ("dense", "bm25", "hybrid")
CURVE_K = 10
SWEEP = [round(float(t), 4) for t in np.arange(0.30, 1.1001, 0.0125)]


def open_index(ds: Dataset, embedder: Any, index_dir: Path | None = None) -> Corpus:
    """The dataset's articles in an index: `index_dir`, else the dataset's cache (built once, reused)."""
    cache = Path(index_dir) if index_dir else ds.cache_dir
    cache.parent.mkdir(parents=True, exist_ok=True)
    corpus = Corpus.open(cache, embedder=embedder, create=True)
    try:
        if ds.article_records:
            if corpus.store.stats()["articles"] != len(ds.article_records):
                src = cache.parent / f"{ds.name}-articles.jsonl"
                src.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in ds.article_records), encoding="utf-8")
                print(f"indexing {len(ds.article_records)} articles into {cache} ...", file=sys.stderr)
                corpus.ingest([src], progress=None)
        elif ds.article_paths:
            corpus.ingest(ds.article_paths, progress=None)
    except BaseException:
        corpus.close()
        raise
    return corpus


class _QueryCache:
    """An embedder stand-in that remembers the last query vectors: the retrieval modes scored
    after `ask` reuse the vector `ask` computed (its latency is measured without the cache)."""

    def __init__(self, embedder: Any) -> None:
        self._embedder = embedder
        self._cache: dict[str, Any] = {}

    def embed_query(self, text: str) -> Any:
        if text not in self._cache:
            if len(self._cache) > 8:
                self._cache.clear()
            self._cache[text] = self._embedder.embed_query(text)
        return self._cache[text]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._embedder, name)


class _Recording:
    """A Corpus stand-in that remembers the hits of the last search (what `ask` saw)."""

    def __init__(self, corpus: Corpus) -> None:
        self._corpus = corpus
        self.last_hits: list[Any] = []

    def search(self, query: str, **kw: Any) -> list[Any]:
        self.last_hits = self._corpus.search(query, **kw)
        return self.last_hits

    def __getattr__(self, name: str) -> Any:
        return getattr(self._corpus, name)


def half_of(question_id: object) -> str:
    """"tune" when the sha1 of the question id is even, else "held"."""
    import hashlib

    return "tune" if int(hashlib.sha1(str(question_id).encode()).hexdigest(), 16) % 2 == 0 else "held"


def half(questions: Sequence[Question], which: str) -> list[Question]:
    """The "tune" (sha1 of the question id even) or "held" (odd) half; "all" keeps every question.
    The short-answer rules were tuned on the tune half only (scripts/eval_short.py)."""
    if which == "all":
        return list(questions)
    return [q for q in questions if half_of(q.id) == which]


def sample(questions: Sequence[Question], n: int, seed: int) -> list[Question]:
    """`n` questions drawn at random (without replacement, `random.Random(seed)`), kept in file order."""
    if not n or n >= len(questions):
        return list(questions)
    import random

    picked = set(random.Random(seed).sample(range(len(questions)), n))
    return [q for i, q in enumerate(questions) if i in picked]


def stratified(questions: Sequence[Question], limit: int) -> list[Question]:
    """An evenly spread sample of `limit` questions, stratified by type (proportional
    allocation, every n-th question within a type), in file order."""
    if not limit or limit >= len(questions):
        return list(questions)
    by_type: dict[str, list[int]] = {}
    for i, q in enumerate(questions):
        by_type.setdefault(q.type, []).append(i)
    quota = {t: max(1, round(limit * len(ix) / len(questions))) for t, ix in by_type.items()}
    while sum(quota.values()) > limit:
        t = max(quota, key=lambda t: quota[t])
        quota[t] -= 1
    while sum(quota.values()) < limit:
        t = max(by_type, key=lambda t: len(by_type[t]) - quota[t])
        quota[t] += 1
    picked: list[int] = []
    for t, ix in by_type.items():
        step = len(ix) / quota[t]
        picked += [ix[int(j * step)] for j in range(quota[t])]
    return [questions[i] for i in sorted(picked)]


def _labels(article_ids: list[str], gold: set[str], title_of: dict[str, str]) -> list[str]:
    """Ranked articles as the gold set names them: the id where gold uses ids, else the title."""
    out: list[str] = []
    for aid in article_ids:
        lab = aid if aid in gold else title_of.get(aid, aid)
        if lab not in out:
            out.append(lab)
    return out


def evaluate(
    ds: Dataset,
    corpus: Corpus,
    llm: Any,
    *,
    backend: str,
    questions: Sequence[Question] | None = None,
    k: int | None = None,
    modes: Sequence[str] = MODES,
    log: Callable[[str], None] | None = None,
    config: AnswerConfig | None = None,
) -> dict[str, Any]:
    """Evaluate `questions` (default: all of the dataset); returns {"summary": ..., "questions": [...]}.

    `config` is the pipeline's AnswerConfig (default `AnswerConfig()`); `k` overrides its k. The
    refusal gate's score of each question is `qa.answer.gate_score` under that config.
    """
    from dataclasses import replace

    from qa.assistant import Assistant

    cfg = config or DEFAULT
    if k is not None:
        cfg = replace(cfg, k=k)

    questions = list(questions if questions is not None else ds.questions)
    title_of = {a.id: a.title for a in corpus.store.iter_articles()}
    cache = _QueryCache(corpus.embedder)
    cached = Corpus(corpus.store, cache)  # type: ignore[arg-type]
    rec = _Recording(cached)  # type: ignore[arg-type]
    assistant = Assistant(rec, llm, config=cfg, backend=backend)  # type: ignore[arg-type]
    rows: list[dict[str, Any]] = []
    t_start = time.perf_counter()
    for i, q in enumerate(questions, 1):
        gold = set(q.gold_articles)
        row: dict[str, Any] = {
            "id": q.id, "type": q.type, "question": q.question, "unanswerable": q.unanswerable,
            "answers": list(q.answers), "gold_articles": list(q.gold_articles),
        }
        cache._cache.clear()
        a = assistant.ask(q.question)  # first, so its latency includes embedding the question
        coverage, dense = A.relevance(q.question, rec.last_hits, config=cfg)
        retrieval: dict[str, Any] = {}
        if gold:
            for mode in modes:
                hits = cached.search(q.question, k=CURVE_K, mode=mode, per_article=1)  # type: ignore[arg-type]
                ranked = _labels(rank_articles(hits), gold, title_of)
                scores = M.retrieval_scores(ranked, gold, (1, 4, 10))
                scores["first_gold_rank"] = next((r + 1 for r, lab in enumerate(ranked[:CURVE_K]) if lab in gold), None)
                retrieval[mode] = scores
                if mode == "hybrid":
                    row["ranked_hybrid"] = ranked[:CURVE_K]
        row["retrieval"] = retrieval
        cites = [{"n": c.n, "article_id": c.article_id, "title": c.title, "quote": c.quote} for c in a.citations]
        exact = all((art := corpus.store.get_article(c.article_id)) is not None and art.text[c.start:c.end] == c.quote for c in a.citations)
        answerable = not q.unanswerable
        row.update({
            "refused": a.refused,
            "text": a.text,
            "citations": [{"n": c.n, "article_id": c.article_id, "title": c.title, "start": c.start, "end": c.end} for c in a.citations],
            "quotes_exact": exact,
            "exact_match": M.exact_match(a.text, q.answers) if answerable and not a.refused else (0.0 if answerable else None),
            "f1": M.token_f1(a.text, q.answers) if answerable and not a.refused else (0.0 if answerable else None),
            "contains_gold": M.contains_gold(a.text, q.answers) if answerable and not a.refused else (0.0 if answerable else None),
            # The short answer line alone ("Nvidia", "Yes"), scored as SQuAD scores a span; no line counts 0.
            "short": a.short,
            "short_exact_match": (M.exact_match(a.short, q.answers) if a.short and not a.refused else 0.0) if answerable else None,
            "short_f1": (M.token_f1(a.short, q.answers) if a.short and not a.refused else 0.0) if answerable else None,
            "kind": a.kind,
            "citation_precision": None if a.refused else M.citation_precision(cites, gold, q.answers),
            "citation_coverage": None if a.refused else M.citation_coverage(a.text, [c.n for c in a.citations]),
            "latency_ms": a.timings.get("total_ms"),
            "relevance": {"coverage": round(coverage, 4), "dense": round(dense, 4), "gate_score": round(A.gate_score(coverage, dense, cfg), 4)},
        })
        if q.options:
            # Which option the articles support (None: none supported); right when it is a gold answer,
            # or when none is supported for a question that has no answer.
            best = assistant.choose(q.question, q.options).best
            row["choice"] = best
            row["choice_correct"] = float(best is None) if q.unanswerable else float(best is not None and M.exact_match(best, q.answers) == 1.0)
        rows.append(row)
        if log and (i % 50 == 0 or i == len(questions)):
            log(f"{i}/{len(questions)} questions, {time.perf_counter() - t_start:.0f} s")
    summary = summarize(rows, modes)
    summary["config"] = {
        "dataset": ds.name, "source": ds.source, "backend": backend, "k": cfg.k, "retrieval_modes": list(modes),
        "embed_model": getattr(corpus.embedder, "name", None), "articles_indexed": len(title_of),
        "seconds": round(time.perf_counter() - t_start, 1), "refusal_gate": {"coverage_weight": cfg.coverage_weight, "min_relevance": cfg.min_relevance},
    }
    if ds.citation:
        summary["data_citation"] = ds.citation
    return {"summary": summary, "questions": rows}


def _answer_block(rows: list[dict[str, Any]]) -> dict[str, Any]:
    ans = [r for r in rows if not r["unanswerable"]]
    una = [r for r in rows if r["unanswerable"]]
    spoke = [r for r in rows if not r["refused"]]
    return {
        "questions": len(rows),
        "answerable": len(ans),
        "unanswerable": len(una),
        "refusal_rate_unanswerable": M.rate([float(r["refused"]) for r in una]),
        "false_refusal_rate_answerable": M.rate([float(r["refused"]) for r in ans]),
        "contains_gold": M.rate([r["contains_gold"] for r in ans]),
        "exact_match": M.rate([r["exact_match"] for r in ans]),
        "f1": M.rate([r["f1"] for r in ans]),
        "short_exact_match": M.rate([r.get("short_exact_match") for r in ans]),
        "short_f1": M.rate([r.get("short_f1") for r in ans]),
        "short_coverage": M.rate([float(bool(r.get("short"))) for r in ans]),
        "choose_accuracy": M.rate([r["choice_correct"] for r in rows if "choice_correct" in r]),
        "citation_precision": M.rate([r["citation_precision"] for r in spoke]),
        "citation_coverage": M.rate([r["citation_coverage"] for r in spoke]),
        "latency_ms": M.latency_percentiles([r["latency_ms"] for r in rows]),
    }


def _retrieval_block(rows: list[dict[str, Any]], modes: Sequence[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for mode in modes:
        scored = [r["retrieval"][mode] for r in rows if mode in r["retrieval"]]
        if not scored:
            continue
        block: dict[str, Any] = {"questions": len(scored)}
        for key in ("hits@1", "hits@4", "hits@10", "recall@10", "mrr@10"):
            block[key] = M.rate([s[key] for s in scored])
        ranks = [s["first_gold_rank"] for s in scored]
        block["hits_curve"] = [round(sum(1 for x in ranks if x is not None and x <= kk) / len(ranks), 4) for kk in range(1, CURVE_K + 1)]
        out[mode] = block
    return out


def summarize(rows: list[dict[str, Any]], modes: Sequence[str] = MODES) -> dict[str, Any]:
    """Overall and per-type figures (with bootstrap 95 % CIs), the retrieval curves and the refusal sweep."""
    types = sorted({r["type"] for r in rows})
    scores = [r["relevance"]["gate_score"] for r in rows]
    una = [r["unanswerable"] for r in rows]
    return {
        "overall": {"answers": _answer_block(rows), "retrieval": _retrieval_block(rows, modes)},
        "by_type": {t: {"answers": _answer_block([r for r in rows if r["type"] == t]),
                        "retrieval": _retrieval_block([r for r in rows if r["type"] == t], modes)} for t in types},
        # The short-answer rules were tuned on the tune half: the held half's figures are the honest ones.
        "by_half": {h: {"answers": _answer_block(sel)} for h in ("held", "tune") if (sel := [r for r in rows if half_of(r["id"]) == h])},
        "all_quotes_exact": all(r["quotes_exact"] for r in rows),
        "refusal_sweep": M.refusal_sweep(scores, una, SWEEP),
    }
