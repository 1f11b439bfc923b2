"""`qa bench`'s bench.md: the figures of bench.json as Markdown tables."""

from __future__ import annotations

from typing import Any


def _fmt_bytes(b: float | None) -> str:
    if b is None:
        return "–"
    for unit in ("B", "KiB", "MiB", "GiB"):
        if abs(b) < 1024:
            return f"{b:.0f} {unit}" if unit == "B" else f"{b:.1f} {unit}"
        b /= 1024
    return f"{b:.1f} TiB"


def _l(d: dict | None, key: str = "p50_ms") -> str:
    if not d:
        return "–"
    return f"{d['p50_ms']:.2f} / {d['p95_ms']:.2f} / {d['p99_ms']:.2f}"


def _variants_table(ing: dict[str, Any]) -> list[str]:
    sets = ing.get("sets")
    if not sets:
        return []
    load = ing.get("load_avg") or [0.0]
    lines = [
        (f"### Embedding variants: pipeline and raw encode, same chunks (device {ing.get('device')}; "
         f"default for a new index: {ing.get('default_variant')}; load average {min(load):.1f}–{max(load):.1f})"),
        "",
        "| texts | chunks (mean tokens) | runner | seconds | chunks/s | × fp32 raw encode |",
        "| --- | --- | --- | ---: | ---: | ---: |",
    ]
    for name, st in sets.items():
        for label, row in st["runs"].items():
            kind, variant = label.split(":", 1)
            what = f"pipeline, {variant}" if kind == "pipeline" else f"raw encode, {variant}"
            lines.append(f"| {name} | {st['chunks']} ({st['mean_tokens_per_chunk']}) | {what} | {row['seconds']:.2f} | "
                         f"{row['chunks_per_s']:.1f} | {row.get('over_fp32_raw_encode', '–')} |")
    q = ing.get("retrieval_quality")
    if q:
        lines += ["", (f"Retrieval quality of each variant's index (short texts; {q['queries']} answerable MultiHop-RAG dev queries, "
                  "article level):"), "",
                  "| variant | dense Hits@10 | dense MRR@10 | hybrid Hits@10 | hybrid MRR@10 | Δ Hits@10 / MRR@10 vs torch-fp32 (dense; hybrid) |",
                  "| --- | ---: | ---: | ---: | ---: | --- |"]
        for v, r in q["by_variant"].items():
            d = r.get("delta_vs_torch_fp32")
            delta = (f"{d['dense']['hits@10']:+.4f} / {d['dense']['mrr@10']:+.4f}; {d['hybrid']['hits@10']:+.4f} / "
                     f"{d['hybrid']['mrr@10']:+.4f}") if d else "–"
            lines.append(f"| {v} | {r['dense']['hits@10']:.4f} | {r['dense']['mrr@10']:.4f} | {r['hybrid']['hits@10']:.4f} | "
                         f"{r['hybrid']['mrr@10']:.4f} | {delta} |")
    return [*lines, ""]


def to_markdown(r: dict[str, Any]) -> str:
    m = r["machine"]
    lines = [
        f"# qa bench{' (--quick)' if r.get('quick') else ''}",
        "",
        (f"Machine: {m.get('arch')}, {m.get('cores')} cores, {m.get('memory_gib', '?')} GiB; Python {m.get('python')}, "
        f"torch {m.get('torch', '?')} ({m.get('torch_threads', '?')} threads), faiss {m.get('faiss', '?')}. "
        f"Started {r['started']}, took {r.get('total_seconds', '?')} s."),
        "",
        f"Ingest corpus: {r['corpus']}.",
        "",
    ]
    ing = r.get("ingest")
    if ing:
        lines += [
            (f"## Ingest throughput ({ing['articles']} articles, {ing['chunks']} pipeline chunks of "
            f"{ing['mean_tokens_per_chunk']} tokens on average)"),
            "",
            "| variant | chunks | seconds | chunks/s | articles/s |",
            "| --- | ---: | ---: | ---: | ---: |",
        ]
        for key, label in (("pipeline", f"article-qa pipeline (Corpus.ingest, {ing.get('default_variant', 'torch-fp32')})"),
                           ("raw_encode", "raw SentenceTransformer.encode (torch-fp32)"),
                           ("llamaindex", "llama-index VectorStoreIndex default")):
            v = ing.get(key)
            if v:
                lines.append(f"| {label} | {v['chunks']} | {v['seconds']:.2f} | {v['chunks_per_s']:.1f} | {v['articles_per_s']:.2f} |")
        lines += ["", f"- pipeline / raw encode (chunks/s): **{ing['pipeline_over_raw_chunks_per_s']}**"]
        if "pipeline_over_llamaindex_chunks_per_s" in ing:
            lines += [
                (f"- pipeline / llama-index (chunks/s): **{ing['pipeline_over_llamaindex_chunks_per_s']}**; "
                f"(articles/s): **{ing['pipeline_over_llamaindex_articles_per_s']}** — llama-index's default splitter "
                f"makes {ing['llamaindex']['chunks']} chunks of the same articles vs the pipeline's {ing['chunks']}, "
                "so articles/s is the like-for-like figure"),
            ]
        lines += [f"- method: {ing['method']}", ""]
        lines += _variants_table(ing)
    if r.get("stream"):
        from qa.evaluation.bench_stream import to_markdown as stream_markdown

        lines += stream_markdown(r["stream"])
    ret = r.get("retrieval")
    if ret:
        lines += [
            "## Retrieval latency and memory by index size",
            "",
            ("Latency is p50 / p95 / p99 in ms, one query at a time. Dense: `VectorIndex.search(k=10)`. BM25: "
            "`BM25Index.search(k=50)`, 3-word queries. Hybrid: `qa.retrieve.retrieve` (query embedding + dense + BM25 + "
            "RRF + SQLite). Synthetic clustered unit vectors (dim 384) and synthetic 40-word texts."),
            "",
            ("| chunks | FAISS type | recall@10 vs exact | dense | exact flat (same data) | BM25 | hybrid | hybrid, embedding excluded | "
            "index build s | FAISS memory | RSS delta | FAISS disk / chunk | SQLite vector / chunk |"),
            "| ---: | --- | ---: | --- | --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: |",
        ]
        for s in ret:
            ix = s["index"]
            typ = ix["type"] + (f" (nlist {ix['nlist']}, nprobe {ix['nprobe']})" if ix["type"] == "ivf" else "")
            exact = _l(s.get("dense_exact")) if s.get("dense_exact") else "(same)"
            lines.append(
                f"| {s['chunks']:,} | {typ} | {s['recall_at_10_vs_exact']:.3f} | {_l(s['dense'])} | {exact} | {_l(s.get('bm25'))} | "
                f"{_l(s.get('hybrid'))} | {_l(s.get('hybrid_without_embedding'))} | {s['build_seconds']} | {_fmt_bytes(s['index_memory_bytes'])} | "
                f"{_fmt_bytes(s['rss_delta_bytes'])} | {s['faiss_disk_bytes_per_chunk']:.0f} B | {s['sqlite_vector_bytes_per_chunk']} B |"
            )
        builds = [f"{s['chunks']:,}: {s['bm25_build_seconds']} s" for s in ret if "bm25_build_seconds" in s]
        if builds:
            lines += ["", f"BM25 build time: {'; '.join(builds)}."]
        lines.append("")
    ans = r.get("answer")
    if ans:
        lines += ["## Whole-answer latency (seed article, scripts/bench_answer.py)", ""]
        if "error" in ans:
            lines += [f"failed: `{ans['error'][-300:]}`", ""]
        else:
            lines += [
                f"`{ans['command']}`; {len(ans['questions'])} questions, first round counts.",
                "",
                "| backend | model load s | first token p50 / p95 ms | total p50 / p95 ms | refused |",
                "| --- | ---: | --- | --- | ---: |",
            ]
            for name, v in ans["results"].items():
                ft = "–" if v["first_token_ms_p50"] is None else f"{v['first_token_ms_p50']} / {v['first_token_ms_p95']}"
                lines.append(f"| {name} | {v['model_load_s']} | {ft} | {v['total_ms_p50']} / {v['total_ms_p95']} | {v['refused']} |")
            lines.append("")
    cold = r.get("cold_start")
    if cold:
        lines += ["## Cold start", ""]
        if "error" in cold:
            lines += [f"failed: `{cold['error'][-300:]}`", ""]
        else:
            lines += [
                (f"`{cold['command']}` (new process each time, wall time): median **{cold['median_seconds']} s** "
                f"of {cold['runs_seconds']}."),
                "",
            ]
    return "\n".join(lines)
