"""Measures the embedded SmolLM2 backend: load time, time to first token, total time; prints JSON.

Usage: python scripts/bench_llm.py [--runs 3] [--prompt-tokens 1000] [--new-tokens 64] [--threads N]

The prompt imitates the answer pipeline's (a system prompt, six numbered passages, a question). Each run
disables llama.cpp's prompt cache, so every run pays for the whole prompt, and ignores end-of-turn, so every
run generates exactly --new-tokens tokens.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qa.llm import EmbeddedLlamaCpp, _cpu_count, resolve_model_path

SENTENCES = [
    "The city council approved the budget on Tuesday after a debate that lasted more than six hours.",
    "Officials said the new tram line would open in the spring, two years later than first planned.",
    "Opposition members argued that the cost of the project had doubled since the tender was signed.",
    "The mayor told reporters that federal funds would cover about forty percent of the total bill.",
    "Residents of the northern districts have complained about noise from the construction sites.",
    "A spokesperson for the transport authority declined to comment on the delays before the vote.",
]


def build_messages(prompt_tokens: int, question_no: int) -> list[dict[str, str]]:
    """Six passages sized so that the whole prompt is about ``prompt_tokens`` tokens (~1.12 tokens/word)."""
    words_per_passage = max(20, int(prompt_tokens / 1.12 / 6) - 8)
    passages = []
    for i in range(6):
        words: list[str] = []
        j = i
        while len(words) < words_per_passage:
            words += SENTENCES[j % len(SENTENCES)].split()
            j += 1
        passages.append(f"[{i + 1}] " + " ".join(words[:words_per_passage]))
    system = "Answer the question using only the numbered passages. Cite passages like [1]."
    user = "\n\n".join(passages) + f"\n\nQuestion {question_no}: When will the tram line open, and who pays for it?"
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--prompt-tokens", type=int, default=1000)
    parser.add_argument("--new-tokens", type=int, default=64)
    parser.add_argument("--threads", type=int, default=None)
    args = parser.parse_args()

    from llama_index.core.base.llms.types import ChatMessage

    llm = EmbeddedLlamaCpp(model_path=resolve_model_path(None), n_threads=args.threads or _cpu_count())
    load_avg_before = os.getloadavg()
    started = time.perf_counter()
    llm.load()
    load_s = time.perf_counter() - started

    runs = []
    for n in range(args.runs):
        messages = [ChatMessage(role=m["role"], content=m["content"]) for m in build_messages(args.prompt_tokens, n)]
        cpu_before = sum(os.times()[:2])
        started = time.perf_counter()
        first = None
        pieces = 0
        usage = timings = None
        for response in llm.stream_chat(messages, max_tokens=args.new_tokens, temperature=0.0,
                                        cache_prompt=False, ignore_eos=True, stream_options={"include_usage": True}):
            if response.delta and first is None:
                first = time.perf_counter() - started
            pieces += bool(response.delta)
            usage = response.raw.get("usage") or usage
            timings = response.raw.get("timings") or timings
        total = time.perf_counter() - started
        # Share of the threads' CPU time we actually got: ~1.0 on an idle machine, much less when another
        # process competes for the cores (llama.cpp then slows down far more than proportionally).
        cpu_share = (sum(os.times()[:2]) - cpu_before) / (total * llm.n_threads)
        runs.append({
            "ttft_s": round(first or total, 3),
            "total_s": round(total, 3),
            "text_chunks": pieces,
            "prompt_tokens": (usage or {}).get("prompt_tokens"),
            "completion_tokens": (usage or {}).get("completion_tokens"),
            "llama_prompt_ms": round((timings or {}).get("prompt_ms", 0), 1),
            "llama_gen_tokens_per_s": round((timings or {}).get("predicted_per_second", 0), 1),
            "cpu_share": round(cpu_share, 2),
        })

    report = {
        "model": Path(llm.model_path).name,
        "threads": llm.n_threads,
        "cpus": os.cpu_count(),
        "machine": platform.machine(),
        "load_avg_before": [round(x, 2) for x in load_avg_before],
        "load_s": round(load_s, 3),
        "runs": runs,
        "median_ttft_s": round(statistics.median(r["ttft_s"] for r in runs), 3),
        "median_total_s": round(statistics.median(r["total_s"] for r in runs), 3),
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
