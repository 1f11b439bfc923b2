"""Embedded answer latency, before and after, quiet and with a busy neighbour, alternating.

    PYTHONPATH=. .venv/bin/python scripts/bench_answer_ab.py --tree BEFORE_CHECKOUT --tree . [--repeats 2] [--out FILE.json]

Each run is this checkout's `qa/evaluation/bench_answer.py --rounds 1 --llm embedded
--per-question` (copied and run as a file) in a new process with one tree's code on PYTHONPATH (the seed article, eight seed questions, first round only:
every prompt new). Runs alternate tree by tree and condition by condition, `--repeats` times:
"quiet" (nothing of ours running beside it) and "busy" (one neighbour process spinning on one
core the whole run, as another job sharing a 2-core machine would). Figures are p50/p95 of the
per-question first token and total over every run of a (tree, condition), with the 1-minute
load average at each run's start.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
from pathlib import Path

BUSY = "import time\nt = time.time()\nwhile time.time() - t < 1800:\n    pass\n"


def pct(values: list[float], p: float) -> float | None:
    if not values:
        return None
    s = sorted(values)
    return round(s[min(len(s) - 1, math.ceil(p * len(s)) - 1)], 1)


HERE = Path(__file__).resolve().parent.parent / "qa" / "evaluation" / "bench_answer.py"


def one_run(tree: Path, python: str, extra_env: dict[str, str]) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "answer.json"
        # This checkout's bench_answer (a copy, run as a file) over `tree`'s code on PYTHONPATH: the
        # same measurement for every tree, per-question figures included.
        script = Path(tmp) / "bench_answer_run.py"
        script.write_text(HERE.read_text(encoding="utf-8"), encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(tree), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", **extra_env}
        cmd = [python, str(script), "--rounds", "1", "--llm", "embedded", "--out", str(out), "--per-question"]
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=tree, timeout=1800, check=False)
        if proc.returncode != 0:
            raise RuntimeError(f"{tree}: {proc.stderr[-2000:]}")
        return json.loads(out.read_text())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tree", type=Path, action="append", required=True)
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--conditions", default="quiet,busy")
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args(argv)
    trees = [t.resolve() for t in args.tree]
    conditions = args.conditions.split(",")
    runs: dict[str, dict[str, list[dict]]] = {str(t): {c: [] for c in conditions} for t in trees}
    for _ in range(args.repeats):
        for cond in conditions:
            for tree in trees:
                neighbour = subprocess.Popen([args.python, "-c", BUSY]) if cond == "busy" else None
                try:
                    load = os.getloadavg()[0]
                    data = one_run(tree, args.python, {})
                finally:
                    if neighbour is not None:
                        neighbour.kill()
                        neighbour.wait()
                data["load_avg_1min_at_start"] = round(load, 2)
                runs[str(tree)][cond].append(data)
                r = data["results"]["embedded"]
                print(f"{tree.name} {cond}: first token p50 {r['first_token_ms_p50']} ms, total p50 {r['total_ms_p50']} ms, "
                      f"load {load:.1f}", file=sys.stderr)
    summary: dict = {"trees": [str(t) for t in trees], "repeats": args.repeats, "runs": runs, "table": []}
    for tree in trees:
        for cond in conditions:
            rs = runs[str(tree)][cond]
            ft = [x for d in rs for x in d["results"]["embedded"]["first_token_ms_all"]]
            tot = [x for d in rs for x in d["results"]["embedded"]["total_ms_all"]]
            mtot = [x for d in rs for x in d["results"]["embedded"]["model_total_ms_all"]]
            summary["table"].append({
                "tree": tree.name, "condition": cond, "answers": len(tot),
                "first_token_ms_p50": pct(ft, 0.5), "first_token_ms_p95": pct(ft, 0.95),
                "total_ms_p50": pct(tot, 0.5), "total_ms_p95": pct(tot, 0.95),
                "model_answer_total_ms_p50": pct(mtot, 0.5), "model_answer_total_ms_p95": pct(mtot, 0.95),
                "model_calls": sum(d["results"]["embedded"]["model_calls"] for d in rs),
                "embed_variant": rs[0]["results"]["embedded"]["embed_variant"] if rs else None,
                "load_avg": [d["load_avg_1min_at_start"] for d in rs],
            })
    print(json.dumps(summary["table"], indent=2))
    print("\n| tree | condition | answers (model calls) | first token p50 / p95 ms | total p50 / p95 ms | "
          "total of model answers p50 / p95 ms | load avg at start |")
    print("| --- | --- | ---: | --- | --- | --- | --- |")
    for r in summary["table"]:
        print(f"| {r['tree']} | {r['condition']} | {r['answers']} ({r['model_calls']}) | {r['first_token_ms_p50']} / "
              f"{r['first_token_ms_p95']} | {r['total_ms_p50']} / {r['total_ms_p95']} | {r['model_answer_total_ms_p50']} / "
              f"{r['model_answer_total_ms_p95']} | {', '.join(f'{x:.1f}' for x in r['load_avg'])} |")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(summary, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
