"""Start-up time of each `qa` command: whole-process wall time, median of N runs.

    PYTHONPATH=. .venv/bin/python scripts/bench_startup.py [--runs 5] [--tree DIR] [--out FILE.json]

Each command runs in a new process (`python -m qa ...`, the same as the `qa` script) against an
index of the seed articles built beforehand by the same tree's code (`qa ingest seeds/`), so the
figures are the start of the command plus its own work, never a first ingest:

- `qa --help`
- `qa search "Kalin F35"`
- `qa ask QUESTION --llm extractive --json`
- `qa ask QUESTION --json` (the embedded model; a question that reaches the model)
- `qa serve` until `GET /` answers 200 (then the server is stopped)

`--tree DIR` measures another checkout (its code on PYTHONPATH), e.g. the main branch before a
change, so before and after come from one script. `--embed-variant` sets QA_EMBED_VARIANT for
the index build and the commands (a tree that does not know the setting ignores it). The load
average is recorded beside every command: on a shared machine, compare runs made side by side.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

QUESTION_MODEL = "Why did the United States remove Turkey from the F-35 programme?"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _timed(cmd: list[str], env: dict[str, str], cwd: Path) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=cwd, timeout=600, check=False)
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}: {proc.stderr[-1500:]}")
    return elapsed


def _serve_until_page(cmd: list[str], env: dict[str, str], cwd: Path, port: int) -> float:
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=cwd)
    try:
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"qa serve exited {proc.returncode}: {proc.stderr.read()[-1500:] if proc.stderr else ''}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as r:
                    if r.status == 200:
                        return time.perf_counter() - t0
            except OSError:
                pass
            if time.perf_counter() - t0 > 300:
                raise RuntimeError("qa serve did not answer within 300 s")
            time.sleep(0.05)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--tree", type=Path, action="append",
                    help="checkout whose code runs (repeat: the trees alternate run by run); default this one")
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--embed-variant", help="QA_EMBED_VARIANT for the indexes and the commands")
    ap.add_argument("--only", help="comma-separated command names to run (help,search,ask-extractive,ask,serve)")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args(argv)
    trees = [t.resolve() for t in (args.tree or [Path(__file__).resolve().parent.parent])]
    results: dict[str, dict[str, dict]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        port = _free_port()
        setups = []
        for n, tree in enumerate(trees):
            env = {**os.environ, "PYTHONPATH": str(tree), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
            if args.embed_variant:
                env["QA_EMBED_VARIANT"] = args.embed_variant
            idx = str(Path(tmp) / f"seed-index-{n}")
            env["QA_INDEX"] = idx
            qa = [args.python, "-m", "qa"]
            _timed([*qa, "ingest", str(tree / "seeds"), "--index", idx], env, tree)
            commands = {
                "help": ("qa --help", [*qa, "--help"]),
                "search": ('qa search "Kalin F35"', [*qa, "search", "Kalin F35", "--index", idx]),
                "ask-extractive": (f'qa ask "{QUESTION_MODEL}" --llm extractive --json',
                                   [*qa, "ask", QUESTION_MODEL, "--llm", "extractive", "--json", "--index", idx]),
                "ask": (f'qa ask "{QUESTION_MODEL}" --json (embedded)', [*qa, "ask", QUESTION_MODEL, "--json", "--index", idx]),
                "serve": ("qa serve, until GET / answers 200", [*qa, "serve", "--index", idx, "--port", str(port)]),
            }
            only = set(args.only.split(",")) if args.only else set(commands)
            setups.append((str(tree), env, {k: v for k, v in commands.items() if k in only}))

        def once(tree: str, env: dict[str, str], cmd: list[str], name: str) -> float:
            return _serve_until_page(cmd, env, Path(tree), port) if name == "serve" else _timed(cmd, env, Path(tree))

        # Warm the file cache once per command (the first run after a build reads every file
        # from disk; later ones do not), then alternate trees and commands run by run.
        for tree, env, commands in setups:
            for name, (_, cmd) in commands.items():
                once(tree, env, cmd, name)
        times = {tree: {n: [] for n in commands} for tree, _, commands in setups}
        loads = {tree: {n: [] for n in commands} for tree, _, commands in setups}
        for _ in range(args.runs):
            for name in setups[0][2]:
                for tree, env, commands in setups:
                    loads[tree][name].append(os.getloadavg()[0])
                    times[tree][name].append(once(tree, env, commands[name][1], name))
        for tree, _, commands in setups:
            results[tree] = {}
            for name, ts in times[tree].items():
                results[tree][name] = {
                    "command": commands[name][0],
                    "median_s": round(statistics.median(ts), 2),
                    "runs_s": [round(t, 2) for t in ts],
                    "load_avg_1min": [round(x, 2) for x in loads[tree][name]],
                }
    out = {"trees": [str(t) for t in trees], "runs": args.runs, "embed_variant": args.embed_variant, "cores": os.cpu_count(),
           "results": results}
    print(json.dumps(out, indent=2))
    first = str(trees[0])
    heads = " | ".join(f"{Path(t).name} median s" for t in results)
    print(f"\n| command | {heads} | load avg (1 min) |\n| --- |{' ---: |' * len(results)} --- |")
    for name, r in results[first].items():
        cells = " | ".join(f"{results[t][name]['median_s']:.2f}" for t in results)
        lo = min(min(results[t][name]["load_avg_1min"]) for t in results)
        hi = max(max(results[t][name]["load_avg_1min"]) for t in results)
        print(f"| `{r['command']}` | {cells} | {lo:.1f}–{hi:.1f} |")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(out, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
