"""Short answers on MultiHop-RAG dev: exact match, token F1, contains-gold, per type; choose accuracy.

Data: MultiHop-RAG (Tang & Yang, "MultiHop-RAG: Benchmarking Retrieval-Augmented Generation for
Multi-Hop Queries", COLM 2024, arXiv:2401.15391; licence ODC-BY 1.0), dev split, indexed as
pseudo-articles (gold evidence sentences grouped by title; see qa/evaluation/datasets.py).

The dev questions are split by a hash of their id: `tune` (sha1 even) is the half the rules were
written and tuned on; `held` is the other half, run once with the rules frozen.

Usage:
    PYTHONPATH=. python scripts/eval_short.py --split tune [--json OUT] [--cache DIR] [--choices PATH] [--pipeline]

By default the module alone is scored (`should_refuse`, then `short_answer` over the hits). With
--pipeline every question goes through `Assistant.ask` (extractive backend) over the same cached
hits, so the intent routing ("said", "when"), the subset of articles naming the question's terms
and the refusals of the answer path count too, and contains-gold is also scored on the whole
answer text, as `qa eval` scores it; the figures then match `qa eval multihop --llm extractive`
up to retrieval (which is cached here).

Expensive work is cached under --cache (default /tmp/short-eval): the index, the k=6 retrieved
hits per question (the call Assistant makes: corpus.search(question, k=6)), and sentence vectors.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
# QA_MULTIHOP (the setting `qa eval multihop` reads), else the checkout's shared data folder.
DEFAULT_DATA = Path(os.environ.get("QA_MULTIHOP") or ROOT.parent / "shared" / "data" / "multihop-rag" / "dev.jsonl")
sys.path.insert(0, str(ROOT))

from qa import answer as A
from qa.evaluation import metrics as M
from qa.evaluation.datasets import MULTIHOP_CITATION, Question, multihop_dataset
from qa.evaluation.run import open_index
from qa.short_answer import choose, short_answer

K = 6
YESNO_GOLD = {"yes", "no", "true", "false"}


def in_split(qid: str, split: str) -> bool:
    """tune: sha1(question_id) even; held: odd; all: both."""
    even = int(hashlib.sha1(qid.encode()).hexdigest(), 16) % 2 == 0
    return split == "all" or (split == "tune") == even


class CachedEmbedder:
    """The real embedder with a persistent text -> vector cache (sentences recur across questions)."""

    def __init__(self, embedder: Any, path: Path) -> None:
        self._e = embedder
        self._path = path
        self._vecs: dict[str, np.ndarray] = pickle.loads(path.read_bytes()) if path.exists() else {}
        self._dirty = False

    def embed(self, texts: Sequence[str], **kw: Any) -> np.ndarray:
        missing = list(dict.fromkeys(t for t in texts if t not in self._vecs))
        if missing:
            for t, v in zip(missing, self._e.embed(missing, **kw)):
                self._vecs[t] = v
            self._dirty = True
        return np.stack([self._vecs[t] for t in texts]) if texts else np.zeros((0, self._e.dim), dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed([text])[0]

    def save(self) -> None:
        if self._dirty:
            self._path.write_bytes(pickle.dumps(self._vecs))
            self._dirty = False

    def __getattr__(self, name: str) -> Any:
        return getattr(self._e, name)


def cached_hits(questions: Sequence[Question], cache: Path, embedder: Any) -> dict[str, list[Any]]:
    """k=6 hits per question id, retrieved once into cache/hits.pkl and reused."""
    path = cache / "hits.pkl"
    hits: dict[str, list[Any]] = pickle.loads(path.read_bytes()) if path.exists() else {}
    todo = [q for q in questions if q.id not in hits]
    if todo:
        ds = multihop_dataset(DEFAULT_DATA)
        corpus = open_index(ds, embedder, cache / "index")
        try:
            t0 = time.perf_counter()
            for i, q in enumerate(todo, 1):
                hits[q.id] = corpus.search(q.question, k=K)
                if i % 100 == 0:
                    print(f"retrieved {i}/{len(todo)} ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
        finally:
            corpus.close()
        path.write_bytes(pickle.dumps(hits))
    return hits


class CachedCorpus:
    """A Corpus stand-in for `Assistant`: the cached k=6 hits for the questions, the real store."""

    def __init__(self, corpus: Any, hits: dict[str, list[Any]], questions: Sequence[Question], embedder: Any) -> None:
        self._corpus = corpus
        self._by_text = {q.question: hits[q.id] for q in questions}
        self.store = corpus.store
        self.embedder = embedder

    def search(self, query: str, *, k: int = K, **kw: Any) -> list[Any]:
        if k == K and query in self._by_text and kw.get("mode", "hybrid") == "hybrid" and not kw.get("filters"):
            return list(self._by_text[query])
        return self._corpus.search(query, k=k, **kw)


def gold_kind(q: Question) -> str:
    """"yesno" when the gold answer is Yes/No (or True/False), else "entity"; "null" for unanswerable."""
    if q.unanswerable:
        return "null"
    return "yesno" if q.answers[0].strip(" .").lower() in YESNO_GOLD else "entity"


def _block(rows: list[dict[str, Any]]) -> dict[str, Any]:
    ans = [r for r in rows if not r["unanswerable"]]
    una = [r for r in rows if r["unanswerable"]]

    def mean(key: str, rs: list[dict[str, Any]]) -> float | None:
        return round(float(np.mean([r[key] for r in rs])), 4) if rs else None

    def ci(key: str, rs: list[dict[str, Any]]) -> Any:
        return M.rate([r[key] for r in rs])["ci95"]  # percentile bootstrap, 1,000 resamples, seed 0

    return {
        "n": len(rows), "answerable": len(ans),
        "exact_match": mean("em", ans), "f1": mean("f1", ans), "contains_gold": mean("cg", ans),
        "coverage": mean("answered", ans),
        "null_refusal": mean("refused", una), "false_refusal": mean("refused", ans),
        **({"contains_gold_text": mean("cg_text", ans)} if ans and "cg_text" in ans[0] else {}),
        "ci95": {k: ci(key, rs) for k, key, rs in (("exact_match", "em", ans), ("contains_gold", "cg", ans), ("null_refusal", "refused", una),
                                                    ("false_refusal", "refused", ans))
                 + ((("contains_gold_text", "cg_text", ans),) if ans and "cg_text" in ans[0] else ())
                 if rs},
    }


def evaluate(split: str, cache: Path, choices_path: Path | None, pipeline: bool = False) -> dict[str, Any]:
    from index.embedding import SentenceTransformerEmbedder

    ds = multihop_dataset(DEFAULT_DATA)
    questions = [q for q in ds.questions if in_split(q.id, split)]
    cache.mkdir(parents=True, exist_ok=True)
    base = SentenceTransformerEmbedder()
    hits = cached_hits(questions, cache, base)
    emb = CachedEmbedder(base, cache / "vectors.pkl")
    rows: list[dict[str, Any]] = []
    assistant = corpus = None
    if pipeline:
        from qa.assistant import Assistant
        from qa.corpus import Corpus

        corpus = open_index(ds, base, cache / "index")
        assistant = Assistant(CachedCorpus(Corpus(corpus.store, emb), hits, questions, emb), None, backend="extractive")  # type: ignore[arg-type]
    t0 = time.perf_counter()
    for q in questions:
        h = hits[q.id]
        full = ""
        if assistant is not None:
            a = assistant.ask(q.question)
            refused, full = a.refused, ("" if a.refused else a.text)
            text, qtype, score, basis, answered = a.short or "", a.kind, None, "", a.short is not None
        else:
            refused = A.should_refuse(q.question, h)
            sa = None if refused else short_answer(q.question, h, emb)
            text, answered = (sa.text if sa else ""), sa is not None
            qtype, score, basis = (sa.qtype, round(sa.score, 4), sa.basis) if sa else (None, None, "")
        golds = list(q.answers)
        row = {
            "id": q.id, "type": q.type, "kind": gold_kind(q), "unanswerable": q.unanswerable, "question": q.question,
            "gold": golds[0] if golds else None, "refused": float(refused), "answered": float(answered),
            "short": text, "qtype": qtype, "score": score, "basis": basis,
        }
        if not q.unanswerable:
            norm_gold = [M.normalize_answer(g) for g in golds]
            norm_text = M.normalize_answer(text)
            row["em"] = M.exact_match(text, golds) if answered else 0.0
            row["f1"] = M.token_f1(text, golds) if answered else 0.0
            row["cg"] = float(answered and any(g and g in norm_text for g in norm_gold))
            if assistant is not None:
                row["cg_text"] = M.contains_gold(full, golds) if full else 0.0
                row["text"] = full
        rows.append(row)
    if corpus is not None:
        corpus.close()
    emb.save()
    seconds = round(time.perf_counter() - t0, 1)
    yes_no = Counter((r["kind"], r["short"]) for r in rows if r["short"] in ("Yes", "No"))
    gold_yes_no = Counter(r["gold"].strip(" .").lower() for r in rows if r["kind"] == "yesno")
    summary: dict[str, Any] = {
        "split": split, "pipeline": pipeline, "questions": len(rows), "seconds_short_answer": seconds,
        "overall": _block(rows),
        "by_type": {t: _block([r for r in rows if r["type"] == t]) for t in sorted({r["type"] for r in rows})},
        "by_half": ({h: _block([r for r in rows if in_split(r["id"], h)]) for h in ("tune", "held")} if split == "all" else {}),
        "by_gold_kind": {k: _block([r for r in rows if r["kind"] == k]) for k in ("entity", "yesno")},
        "produced_yes_no": {f"{k}:{v}": n for (k, v), n in sorted(yes_no.items())},
        "gold_yes_no": dict(gold_yes_no),
        "data_citation": MULTIHOP_CITATION,
    }
    if choices_path is not None:
        summary["choose"] = choose_accuracy(choices_path, split, hits, emb, cache)
        emb.save()
    return {"summary": summary, "questions": rows}


def choose_accuracy(path: Path, split: str, hits: dict[str, list[Any]], emb: Any, cache: Path) -> dict[str, Any]:
    """Share of multiple-choice rows of the split where choose() picks the gold option."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if in_split(str(r["id"]), split)]
    out: dict[str, list[float]] = {}
    halves = ("tune", "held") if split == "all" else ()
    none = 0
    for r in rows:
        h = hits.get(str(r["id"]))
        if h is None:
            continue
        res = choose(r["question"], r["options"], h, emb)
        none += res.best is None
        hit = float(res.best is not None and res.best == r["answer"])
        out.setdefault("all", []).append(hit)
        out.setdefault(r.get("kind", "entity"), []).append(hit)
        for h in halves:
            if in_split(str(r["id"]), h):
                out.setdefault(f"half:{h}", []).append(hit)
    report = {k: {"accuracy": round(float(np.mean(v)), 4), "n": len(v)} for k, v in out.items()}
    report["none_supported"] = none
    return report


def print_summary(s: dict[str, Any]) -> None:
    def line(name: str, b: dict[str, Any]) -> str:
        def f(x: float | None) -> str:
            return "   -  " if x is None else f"{100 * x:5.1f}%"

        return (f"{name:<12} n={b['n']:<4} answerable={b['answerable']:<4} EM {f(b['exact_match'])}  F1 {f(b['f1'])}  "
                f"contains-gold {f(b['contains_gold'])}  coverage {f(b['coverage'])}  "
                f"null-refusal {f(b['null_refusal'])}  false-refusal {f(b['false_refusal'])}"
                + (f"  contains-gold(text, whole words) {f(b['contains_gold_text'])}" if "contains_gold_text" in b else ""))

    print(f"MultiHop-RAG dev, split={s['split']}{' (pipeline)' if s.get('pipeline') else ''}, {s['questions']} questions, k={K} (short answers in {s['seconds_short_answer']} s)")
    print(line("overall", s["overall"]))
    for t, b in s["by_type"].items():
        print(line(t, b))
    for t, b in s["by_gold_kind"].items():
        print(line(f"gold:{t}", b))
    for h, b in s.get("by_half", {}).items():
        print(line(f"half:{h}", b))
    print("produced Yes/No (gold kind:answer):", s["produced_yes_no"], " gold yes/no:", s["gold_yes_no"])
    if "choose" in s:
        print("choose accuracy:", json.dumps(s["choose"]))
    print("Data:", s["data_citation"])


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--split", choices=("tune", "held", "all"), default="tune")
    p.add_argument("--json", type=Path, help="write the summary and per-question rows here")
    p.add_argument("--cache", type=Path, default=Path("/tmp/short-eval"))
    p.add_argument("--choices", type=Path, help="multiple-choice JSONL (scripts/build_choices.py) for choose accuracy")
    p.add_argument("--pipeline", action="store_true", help="answer through Assistant.ask (extractive) over the cached hits")
    args = p.parse_args(argv)
    result = evaluate(args.split, args.cache, args.choices, args.pipeline)
    print_summary(result["summary"])
    if args.json:
        args.json.write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
