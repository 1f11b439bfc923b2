"""Answer latency per backend on the seed article: time to first token and total, p50/p95.

Each backend answers eight seed questions `--rounds` times over the same index in one process
(model loads are excluded and reported separately), so the figures compare side by side.
llama.cpp reuses a cached prompt prefix, so a repeated question is faster than a new one: only
the first round (every prompt new) counts for time to first token and total; later rounds are
reported apart as `repeat_total_ms_p50`.

    .venv/bin/python -m qa.evaluation.bench_answer [--rounds 3] [--llm embedded,extractive] [--out FILE.json]
    .venv/bin/python scripts/bench_answer.py ...   (the same; `--backends` is an alias of `--llm`)

`qa bench` runs this module in a new process (model loads and memory stay out of the parent),
and times the cold start of `qa ask` here too.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tqdm import tqdm

from qa.assistant import Assistant, make_backend
from qa.corpus import Corpus
from qa.settings import SEEDS_DIR

COLD_QUESTION = "What did Kalın say about F-35?"
QUESTIONS = [
    "What did Kalın say about F-35?",
    "What did Pompeo say?",
    "When is the NATO summit?",
    "Who won the 2022 World Cup?",
    "Why did the United States remove Turkey from the F-35 programme?",
    "Will the S-400 be integrated into NATO systems?",
    "Who is Robert O'Brien?",
    "What did Washington threaten Turkey with?",
]
WARM_UP = "What is the S-400?"


def _embedder(variant: str) -> Any:
    try:
        from index.embedding import choose_variant, make_embedder
    except ImportError:  # a checkout from before the variants (scripts/bench_answer_ab.py runs this file on one)
        from index.embedding import SentenceTransformerEmbedder

        return SentenceTransformerEmbedder()
    return make_embedder(None, choose_variant(variant))


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return round(s[min(len(s) - 1, round(p * (len(s) - 1)))], 1)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--llm", "--backends", dest="backends", default="embedded,extractive",
                    help="comma-separated answer backends (default embedded,extractive; --backends is the old name)")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--per-question", action="store_true", help="also list every question's first-token and total ms")
    ap.add_argument("--embed-variant", default="auto", help="embedding variant (default: this machine's default for a new index)")
    args = ap.parse_args(argv)
    emb = _embedder(args.embed_variant)
    results = {}
    with tempfile.TemporaryDirectory() as tmp, Corpus.open(Path(tmp) / "idx", embedder=emb, create=True) as corpus:
        corpus.ingest([SEEDS_DIR], progress=False)
        for name in args.backends.split(","):
            t0 = time.perf_counter()
            llm = make_backend(name)
            if llm is not None and hasattr(getattr(llm, "llm", None), "load"):
                llm.llm.load()
            load_s = time.perf_counter() - t0
            assistant = Assistant(corpus, llm, backend=name)
            assistant.ask(WARM_UP)
            ttft, total, repeat, refused, model_total = [], [], [], 0, []
            for r in range(args.rounds):
                for q in QUESTIONS:
                    answer = None
                    for ev in assistant.stream(q):
                        if ev.kind == "answer":
                            answer = ev.answer
                    assert answer is not None
                    if r > 0:
                        repeat.append(answer.timings["total_ms"])
                        continue
                    total.append(answer.timings["total_ms"])
                    if "first_token_ms" in answer.timings:
                        ttft.append(answer.timings["first_token_ms"])
                        model_total.append(answer.timings["total_ms"])
                    refused += answer.refused
            results[name] = {
                "model_load_s": round(load_s, 2),
                "answers_first_round": len(total),
                "refused": refused,
                "first_token_ms_p50": pct(ttft, 0.5) if ttft else None,
                "first_token_ms_p95": pct(ttft, 0.95) if ttft else None,
                "total_ms_p50": pct(total, 0.5),
                "total_ms_p95": pct(total, 0.95),
                "total_ms_mean": round(statistics.mean(total), 1),
                "repeat_total_ms_p50": pct(repeat, 0.5) if repeat else None,
                "model_calls": len(ttft),
                "embed_variant": getattr(emb, "variant", "torch-fp32"),
            }
            if args.per_question:
                results[name]["first_token_ms_all"] = ttft
                results[name]["total_ms_all"] = total
                results[name]["model_total_ms_all"] = model_total
    out = {"machine": f"{platform.machine()}, {os.cpu_count()} cores", "questions": QUESTIONS, "rounds": args.rounds, "results": results}
    print(json.dumps(out, indent=2, ensure_ascii=False))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
    return 0


# --- in the parent process: `qa bench`'s answer and cold-start parts -----------------------


def bench_answer(cfg: Any) -> dict[str, Any]:
    """`main` in a new process with `cfg.answer_rounds` and `cfg.answer_backends`."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "answer.json"
        cmd = [sys.executable, "-m", "qa.evaluation.bench_answer", "--rounds", str(cfg.answer_rounds),
               "--llm", ",".join(cfg.answer_backends), "--out", str(out)]
        with tqdm(total=1, desc=f"answers ({','.join(cfg.answer_backends)})", unit="run") as bar:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=1800, check=False)
            bar.update()
        if proc.returncode != 0:
            return {"error": proc.stderr[-2000:], "command": " ".join(cmd[1:])}
        data = json.loads(out.read_text())
    data["command"] = "python -m qa.evaluation.bench_answer " + " ".join(cmd[3:-2])
    return data


def bench_cold_start(cfg: Any, emb: Any) -> dict[str, Any]:
    """Wall time of `qa ask --llm extractive` in a new process, `cfg.cold_runs` times."""

    qa_bin = Path(sys.executable).parent / "qa"
    with tempfile.TemporaryDirectory() as tmp:
        idx = Path(tmp) / "seed-index"
        with Corpus.open(idx, embedder=emb, create=True) as corpus:
            corpus.ingest([SEEDS_DIR], progress=False)
        cmd = [str(qa_bin), "ask", COLD_QUESTION, "--llm", "extractive", "--json", "--index", str(idx)]
        env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
        times = []
        for _ in tqdm(range(cfg.cold_runs), desc="cold start qa ask", unit="run"):
            t0 = time.perf_counter()
            proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300, check=False)
            times.append(time.perf_counter() - t0)
            if proc.returncode != 0:
                return {"error": proc.stderr[-2000:]}
        refused = json.loads(proc.stdout).get("refused")
    return {
        "command": f'qa ask "{COLD_QUESTION}" --llm extractive --json --index SEED_INDEX',
        "runs_seconds": [round(t, 2) for t in times],
        "median_seconds": round(statistics.median(times), 2),
        "refused": refused,
    }


if __name__ == "__main__":
    raise SystemExit(main())
