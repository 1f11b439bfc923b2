"""`qa bench`: speed and memory benchmarks, written as bench.json and bench.md."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from qa.settings import Settings

PARTS = ("ingest", "stream", "retrieval", "answer", "cold")


def add_commands(command: Callable[..., argparse.ArgumentParser]) -> None:
    p = command("bench", cmd_bench, "Benchmark ingest throughput, retrieval latency/memory by size, answers and cold start.")
    p.add_argument("--quick", action="store_true", help="small run (sizes 1k,10k; 50 articles; extractive answers only): a minute or two")
    p.add_argument("--out", type=Path, help="output folder for bench.json and bench.md (default: out/bench)")
    p.add_argument("--sizes", help="index sizes in chunks, comma-separated (default 1000,10000,100000,1000000; quick 1000,10000)")
    p.add_argument("--articles", type=int, help="MultiHop-RAG pseudo-articles to ingest (default all; quick 50)")
    p.add_argument("--repeats", type=int, help="ingest runs per variant, best kept (default 2; quick 1)")
    p.add_argument("--queries", type=int, help="queries per size for latency and recall (default 200; quick 100)")
    p.add_argument("--bm25-max", type=int, help="largest size BM25 and hybrid are measured at (default 1000000)")
    p.add_argument("--llm", "--backends", dest="backends", metavar="LLM[,LLM]",
                   help="answer backends to time, comma-separated (default embedded,extractive; quick extractive; "
                        "--backends is the old name)")
    p.add_argument("--data", type=Path, help="MultiHop-RAG dev.jsonl for the ingest part (default: $QA_MULTIHOP)")
    p.add_argument("--skip", default="", help=f"comma-separated parts to leave out: {','.join(PARTS)}")
    p.add_argument("--no-llamaindex", action="store_true", help="leave llama-index out of the ingest comparison")
    p.add_argument("--variants", help="embedding variants of the ingest part, comma-separated "
                                      "(default torch-fp32,onnx-int8-fused,onnx-int8,onnx-fp32; quick torch-fp32,onnx-int8-fused)")
    p.add_argument("--no-quality", action="store_true", help="leave out Hits@10/MRR@10 of each variant's index")
    p.add_argument("--stream-sizes", metavar="N[,N]", help="articles in the one large JSONL of the streaming-ingest part, "
                   "comma-separated (default 1000,2000,4000; quick 300,600,1200)")
    p.add_argument("--stream-embedder", choices=["minilm", "onnx", "hash"],
                   help="embedder of the streaming-ingest part: minilm (the model in PyTorch fp32; default), onnx (the model as "
                        "a new CPU index runs it, onnx-int8-fused) or hash (the fast test embedder, for memory at sizes the "
                        "model cannot embed in minutes; quick's default)")


def cmd_bench(args: argparse.Namespace, settings: Settings) -> int:
    from qa.backends import backend
    from qa.errors import ConfigError
    from qa.evaluation.bench import BenchConfig, quick_config, run_bench

    cfg = quick_config() if args.quick else BenchConfig()
    if args.out:
        cfg.out = args.out
    if args.sizes:
        cfg.sizes = [int(float(s)) for s in args.sizes.split(",") if s.strip()]
    if args.articles is not None:
        cfg.articles = args.articles
    if args.repeats is not None:
        cfg.repeats = max(1, args.repeats)
    if args.queries is not None:
        cfg.queries = cfg.hybrid_queries = max(10, args.queries)
    if args.bm25_max is not None:
        cfg.bm25_max = args.bm25_max
    if args.backends:
        cfg.answer_backends = [backend(b).name for b in args.backends.split(",") if b]
    cfg.data = args.data or settings.multihop
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    unknown = skip - set(PARTS)
    if unknown:
        raise ConfigError(f"--skip: unknown part(s) {', '.join(sorted(unknown))} (known: {', '.join(PARTS)})")
    cfg.skip = skip
    cfg.llamaindex = not args.no_llamaindex
    if args.variants:
        from index.embedding import TORCH_FP32, check_variant

        cfg.variants = [check_variant(v.strip(), "--variants") for v in args.variants.split(",") if v.strip()]
        if TORCH_FP32 not in cfg.variants:
            cfg.variants.insert(0, TORCH_FP32)  # the reference the ratios are against
    if args.no_quality:
        cfg.quality = False
    if args.stream_sizes:
        cfg.stream_sizes = [int(float(s)) for s in args.stream_sizes.split(",") if s.strip()]
    if args.stream_embedder:
        cfg.stream_embedder = args.stream_embedder
    run_bench(cfg)
    print(f"wrote {cfg.out / 'bench.json'} and {cfg.out / 'bench.md'}")
    print((cfg.out / "bench.md").read_text(encoding="utf-8"))
    return 0
