"""Answer quality per backend on MultiHop-RAG dev: refusals, false refusals, gold answer found.

For every query the assistant answers over the pseudo-article index (see eval_retrieval.py).
Null queries ("Insufficient information.") should be refused; answerable ones should not, and
their answer should contain the gold answer (an entity, or Yes/No). Citation exactness is
checked on every answer: each quote must equal the article text at its span.

Data: MultiHop-RAG (Tang & Yang, COLM 2024, arXiv:2401.15391), ODC-BY 1.0. Figures on
pseudo-articles are this project's own, not comparable with the paper's.

    .venv/bin/python scripts/eval_answers.py --backend extractive [--limit N] [--out FILE.json]
    .venv/bin/python scripts/eval_answers.py --backend embedded --limit 120
    .venv/bin/python scripts/eval_answers.py --backend openai --limit 120   # starts a llama.cpp server on loopback
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_retrieval import CITATION, DEFAULT_DATA, load_multihop, open_multihop_corpus

from index.embedding import SentenceTransformerEmbedder
from index.lexical import fold
from qa.assistant import Assistant, make_backend


def stratified(queries: list[dict], limit: int) -> list[dict]:
    """Every n-th query in file order: an evenly spread sample (its mix of types is reported)."""
    if not limit or limit >= len(queries):
        return queries
    step = len(queries) / limit
    return [queries[int(i * step)] for i in range(limit)]


def contains_gold(text: str, gold: str) -> bool:
    return fold(gold).strip(" .") in fold(text)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--backend", choices=["extractive", "embedded", "openai"], default="extractive")
    ap.add_argument("--limit", type=int, default=0, help="a stratified sample of N queries (0 = all 1,535)")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    _, queries = load_multihop(DEFAULT_DATA)
    queries = stratified(queries, args.limit)
    emb = SentenceTransformerEmbedder()
    with ExitStack() as stack:
        corpus = stack.enter_context(open_multihop_corpus(emb))
        if args.backend == "openai":
            from qa.llm_server import start_llama_server

            server = stack.enter_context(start_llama_server())
            llm = make_backend("openai", base_url=server.base_url)
        else:
            llm = make_backend(args.backend)
        assistant = Assistant(corpus, llm, backend=args.backend)
        rows = []
        t_start = time.perf_counter()
        for i, q in enumerate(queries, 1):
            a = assistant.ask(q["question"])
            exact = all(
                (art := corpus.store.get_article(c.article_id)) is not None and art.text[c.start : c.end] == c.quote
                for c in a.citations
            )
            rows.append({
                "id": q["id"], "type": q["type"], "null": not q["gold_titles"], "gold": q["answer"],
                "refused": a.refused, "contains_gold": (not a.refused) and contains_gold(a.text, q["answer"]),
                "citations": len(a.citations), "quotes_exact": exact, "total_ms": a.timings.get("total_ms"),
                "first_token_ms": a.timings.get("first_token_ms"), "text": a.text,
            })
            if i % 25 == 0:
                print(f"{i}/{len(queries)} queries, {time.perf_counter() - t_start:.0f} s", file=sys.stderr)
    null = [r for r in rows if r["null"]]
    ans = [r for r in rows if not r["null"]]
    lat = [r["total_ms"] for r in rows]
    summary = {
        "data": CITATION,
        "backend": args.backend,
        "queries": len(rows),
        "null_queries": len(null),
        "refusal_rate_on_null": round(sum(r["refused"] for r in null) / max(len(null), 1), 3),
        "false_refusal_rate_on_answerable": round(sum(r["refused"] for r in ans) / max(len(ans), 1), 3),
        "contains_gold_on_answerable": round(sum(r["contains_gold"] for r in ans) / max(len(ans), 1), 3),
        "contains_gold_by_type": {
            t: round(sum(r["contains_gold"] for r in ans if r["type"] == t) / max(1, sum(r["type"] == t for r in ans)), 3)
            for t in sorted({r["type"] for r in ans})
        },
        "answers_with_citations": round(sum(r["citations"] > 0 for r in rows if not r["refused"]) / max(1, sum(not r["refused"] for r in rows)), 3),
        "all_quotes_exact": all(r["quotes_exact"] for r in rows),
        "latency_ms_p50": round(statistics.median(lat), 1),
        "latency_ms_p95": round(sorted(lat)[int(0.95 * (len(lat) - 1))], 1),
    }
    print(json.dumps(summary, indent=2))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps({"summary": summary, "rows": rows}, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
