"""`qa bench` part "stream": streaming ingest of one large JSONL, by input size.

The input is one `.jsonl` file built from MultiHop-RAG's dev split (Tang & Yang, "MultiHop-RAG",
COLM 2024, arXiv:2401.15391; ODC-BY 1.0): its pseudo-articles (evidence sentences grouped by
title, `qa.evaluation.datasets.load_multihop`) repeated and varied — each repeat rotates the
article's sentences, numbers its title, and gets an outlet and a date of its own — so every
record is a distinct article with a distinct id and embedded text.

Every run is a new process (`python -m qa.evaluation.bench_stream child ...`); its peak RSS is
measured over the run itself (Linux: VmHWM reset through /proc/self/clear_refs after the imports
and the model load, which otherwise set the peak), beside the RSS it started from:

- **pipeline**: `Corpus.ingest([file])` into a new index (read, chunk, embed, SQLite, FAISS,
  BM25), the model loaded and warmed up before the clock starts;
- **raw encode**: `SentenceTransformer.encode(batch 32)` of the same chunk texts (read from the
  pipeline's index), same model, same warm-up — the ceiling the pipeline is compared with;
- **load-all** (fast embedder only): `load_paths` then `ingest_articles`, i.e. the whole file in
  memory first, as before streaming — the baseline the RSS is compared with;
- **checkpoint every batch** (fast embedder only): the search caches saved after every commit,
  to show what rebuilding BM25 per batch would cost.

With `--stream-embedder hash` the runs use the hashed bag-of-words test embedder instead of
MiniLM, labelled as such: it shows memory at sizes the real model cannot embed in minutes on
a small machine, but its chunks/s say nothing about the model.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

OUTLETS = ("Wire One", "The Daily Ledger", "Harbour Post", "Metro Times", "North Star", "Evening Standard Review")


def build_jsonl(path: Path, articles: list[dict[str, Any]], n: int) -> dict[str, Any]:
    """Write `n` varied records from `articles` (MultiHop-RAG pseudo-articles) to `path`, one a line."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            a = articles[i % len(articles)]
            v = i // len(articles)
            sents = a["text"].split("\n\n")
            r = v % len(sents)
            text = "\n\n".join(sents[r:] + sents[:r])
            if v and len(sents) == 1:
                text += f" (Update {v}.)"  # a one-sentence article still differs from its other repeats
            day = 1 + (i * 7) % 28
            rec = {"id": f"{a['id']}-{v}", "title": a["title"] if v == 0 else f"{a['title']} ({v + 1})", "text": text,
                   "source": OUTLETS[i % len(OUTLETS)], "published": f"{2023 - v % 5}-{1 + i % 12:02d}-{day:02d}"}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return {"records": n, "bytes": path.stat().st_size}


def bench_stream(sizes: list[int], data: Path | None, *, embedder: str = "minilm", batch_chunks: int | None = None,
                 baseline: bool = True, log: Any = print, out: dict[str, Any] | None = None, save: Any = None) -> dict[str, Any]:
    """Run the streaming-ingest benchmark at each size (articles); returns every figure (also
    filled into `out` as it goes, `save()` called after each size, so a run cut short keeps them)."""
    from qa.evaluation.bench import _load_multihop

    from index.ingest import BATCH_CHUNKS

    batch_chunks = batch_chunks or BATCH_CHUNKS
    articles = _load_multihop(data)[0]
    out = out if out is not None else {}
    out.update({"embedder": embedder, "batch_chunks": batch_chunks, "source_articles": len(articles), "runs": []})
    out["method"] = METHOD
    with tempfile.TemporaryDirectory() as tmp:
        for n in sorted(sizes):
            src = Path(tmp) / f"articles-{n}.jsonl"
            info = build_jsonl(src, articles, n)
            row: dict[str, Any] = {"articles": n, "file_bytes": info["bytes"]}
            idx = Path(tmp) / f"idx-{n}"
            row["pipeline"] = _child("pipeline", src, idx, embedder, batch_chunks)
            log(f"stream {n:,}: pipeline {row['pipeline']}")
            if embedder in ("minilm", "onnx"):
                row["raw_encode"] = _child("raw", src, idx, embedder, batch_chunks)
                row["pipeline_over_raw_chunks_per_s"] = round(row["pipeline"]["chunks_per_s"] / row["raw_encode"]["chunks_per_s"], 3)
                log(f"stream {n:,}: raw encode {row['raw_encode']}")
            elif baseline:
                row["load_all"] = _child("load-all", src, Path(tmp) / f"idx-all-{n}", embedder, batch_chunks)
                log(f"stream {n:,}: load-all {row['load_all']}")
            src.unlink()
            for p in Path(tmp).glob("idx-*"):
                _rmtree(p)
            out["runs"].append(row)
            if save is not None:
                save()
        if embedder == "hash" and baseline:
            n = min(sizes)
            src = Path(tmp) / "checkpoint.jsonl"
            build_jsonl(src, articles, n)
            out["checkpoint_every_batch"] = {"articles": n, **_child("checkpoint", src, Path(tmp) / "idx-cp", embedder, batch_chunks)}
            log(f"stream {n:,}: checkpoint every batch {out['checkpoint_every_batch']}")
    return out


METHOD = (
    "one new process per run; peak RSS = VmHWM over the run (reset after imports and model load); seconds = Corpus.ingest (or encode) only, after the "
    "model is loaded and warmed up; raw encode = the same model's encode of the pipeline's chunk texts, all "
    "at once (minilm: SentenceTransformer.encode(batch 32, normalized); onnx: the embedder's embed(batch 32)); input = MultiHop-RAG dev pseudo-articles repeated and varied (rotated sentences, numbered titles, "
    "outlets and dates)"
)


def to_markdown(s: dict[str, Any]) -> list[str]:
    """The stream part of bench.md."""
    fake = s["embedder"] == "hash"
    label = ("hashed bag-of-words test embedder (NOT the model: memory only)" if fake
             else "all-MiniLM-L6-v2, onnx-int8-fused" if s["embedder"] == "onnx" else "all-MiniLM-L6-v2, torch-fp32")
    lines = [f"## Streaming ingest of one large JSONL ({label}; --batch-chunks {s['batch_chunks']})", "",
             (f"One `.jsonl` file of MultiHop-RAG dev pseudo-articles ({s['source_articles']}) repeated and varied. "
              "Peak RSS is over the run (VmHWM reset after imports and model load); 'after model' is the RSS the run started from."), ""]
    head = ("| articles | file | chunks | batches | seconds | chunks/s | peak RSS | RSS after model | search caches | "
            "peak RSS less caches | final cache save s |")
    if fake:
        head += " load-all peak RSS | load-all s |"
    else:
        head += " raw encode chunks/s | pipeline / raw |"
    lines += [head, "| " + " | ".join(["---:"] * (head.count("|") - 1)) + " |"]
    for r in s["runs"]:
        p = r["pipeline"]
        row = (f"| {r['articles']:,} | {r['file_bytes'] / 2**20:.1f} MiB | {p['chunks']:,} | {p['batches']} | {p['seconds']} | "
               f"{p['chunks_per_s']} | {p['peak_rss_mib']} MiB | {p['rss_after_model_mib']} MiB | {p.get('search_caches_mib', '–')} MiB | "
               f"{p.get('peak_rss_less_caches_mib', '–')} MiB | {p['final_cache_save_s']} |")
        if fake and "load_all" in r:
            row += f" {r['load_all']['peak_rss_mib']} MiB | {r['load_all']['seconds']} |"
        elif not fake:
            row += f" {r['raw_encode']['chunks_per_s']} | **{r['pipeline_over_raw_chunks_per_s']}** |"
        lines.append(row)
    cp = s.get("checkpoint_every_batch")
    if cp:
        same = next((r["pipeline"] for r in s["runs"] if r["articles"] == cp["articles"]), None)
        lines += ["", (f"Caches saved after every batch (BM25 rebuilt from all chunks each time), {cp['articles']:,} articles: "
                       f"{cp['seconds']} s for {cp['batches']} batches"
                       + (f", against {same['seconds']} s saving once at the end." if same else "."))]
    lines += ["", f"Method: {s['method']}.", ""]
    return lines


def _rmtree(p: Path) -> None:
    import shutil

    shutil.rmtree(p, ignore_errors=True)


def _child(kind: str, src: Path, idx: Path, embedder: str, batch_chunks: int) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "qa.evaluation.bench_stream", "child", kind, str(src), str(idx), embedder, str(batch_chunks)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).resolve().parents[2]), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"bench child {kind} failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _make_embedder(kind: str) -> Any:
    from index.embedding import HashEmbedder, SentenceTransformerEmbedder

    if kind == "hash":
        return HashEmbedder(dim=384, max_tokens=256, name="hash-bow")
    if kind == "onnx":  # the variant a new index uses on CPU (onnx-int8-fused)
        from index.embedding import CPU_DEFAULT_VARIANT, make_embedder

        emb = make_embedder(None, CPU_DEFAULT_VARIANT)
        emb.embed(["warm-up " * n for n in (4, 32, 128)])
        return emb
    emb = SentenceTransformerEmbedder()
    emb.embed(["warm-up " * n for n in (4, 32, 128)])  # load and warm up before the clock starts
    return emb


def _peak_rss() -> int:
    """Peak resident memory in bytes: VmHWM since `_reset_peak` (Linux), else the process's ru_maxrss."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) * 1024  # kB on Linux


def _reset_peak() -> bool:
    """Start the peak from the current RSS (Linux: writing 5 to /proc/self/clear_refs resets VmHWM),
    so imports and model loading before the measured part do not set the peak."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def _rss_now() -> int:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return _peak_rss()


def child(kind: str, src: Path, idx: Path, embedder_kind: str, batch_chunks: int) -> dict[str, Any]:
    """One measured run in this process (see the module docstring)."""
    emb = _make_embedder(embedder_kind)
    from qa.corpus import Corpus  # imported before the peak is reset

    base = _rss_now()
    _reset_peak()
    if kind == "raw":
        import sqlite3

        db = sqlite3.connect(idx / "store.sqlite")
        texts = [r[0] for r in db.execute("SELECT embed_text FROM chunks ORDER BY id")]
        db.close()
        t0 = time.perf_counter()
        if embedder_kind == "onnx":
            emb.embed(texts, batch_size=32)
        else:
            emb.model.encode(texts, batch_size=32, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)
        seconds = time.perf_counter() - t0
        return {"seconds": round(seconds, 2), "chunks": len(texts), "chunks_per_s": round(len(texts) / seconds, 1),
                "peak_rss_mib": round(_peak_rss() / 2**20, 1), "rss_after_model_mib": round(base / 2**20, 1)}
    with Corpus.open(idx, embedder=emb, create=True) as corpus:
        t0 = time.perf_counter()
        if kind == "load-all":
            from index.articles import load_paths
            from index.ingest import ingest_articles

            report = load_paths([src], max_bytes=1 << 40)
            result = ingest_articles(corpus.store, emb, report.articles, progress=False, batch_chunks=batch_chunks)
        else:
            from index.ingest import ingest_paths

            result = ingest_paths(corpus.store, emb, [src], progress=False, batch_chunks=batch_chunks,
                                  checkpoint_seconds=0.0 if kind == "checkpoint" else 300.0)
        seconds = time.perf_counter() - t0
        stats = corpus.store.stats()
        # What the index being built holds in memory (and writes as its caches): the vector index
        # and BM25, which grow with the index, not with the input file.
        derived = sum(_size_of(p) for p in idx.iterdir() if p.name.startswith(("vectors-", "bm25-")))
    peak = _peak_rss()
    return {"seconds": round(seconds, 2), "articles": stats["articles"], "chunks": stats["chunks"], "batches": result.batches,
            "chunks_per_s": round(stats["chunks"] / seconds, 1), "final_cache_save_s": round(result.save_seconds, 2),
            "peak_rss_mib": round(peak / 2**20, 1), "rss_after_model_mib": round(base / 2**20, 1),
            "index_disk_mib": round(stats["disk_bytes"] / 2**20, 1), "search_caches_mib": round(derived / 2**20, 1),
            "peak_rss_less_caches_mib": round((peak - derived) / 2**20, 1)}


def _size_of(p: Path) -> int:
    return sum(f.stat().st_size for f in p.rglob("*") if f.is_file()) if p.is_dir() else p.stat().st_size


if __name__ == "__main__":
    if len(sys.argv) == 7 and sys.argv[1] == "child":
        print(json.dumps(child(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]), sys.argv[5], int(sys.argv[6]))))
    else:
        raise SystemExit("usage: python -m qa.evaluation.bench_stream child KIND JSONL INDEX EMBEDDER BATCH_CHUNKS")
