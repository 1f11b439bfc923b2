"""Run the whole bad-input catalogue (tests/badinput.py) and print the table of docs/reliability.md.

    .venv/bin/python scripts/bad_input.py [--out docs/results/bad_input.json]

Files: every bad file is written into one folder beside three good articles and the folder is
ingested with the real `qa ingest` (MiniLM) into an index that already holds the seed article;
the article counts before and after are printed. Requests: each bad request is sent to a real
server (`create_app`, extractive backend) followed by a good question that must still be
answered. Settings: `qa ask` is run with each bad environment variable.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index.articles import load_paths
from tests.badinput import FILE_CASES, GOOD, REQUEST_CASES, SETTING_CASES, about, make_batch

QA = [sys.executable, "-m", "qa"]


def _qa(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*QA, *args], check=False, cwd=ROOT, env={**os.environ, **env}, capture_output=True, text=True, timeout=900)


def _short(text: str, n: int = 110) -> str:
    flat = " ".join(text.replace("|", "/").split())
    return flat if len(flat) <= n else flat[: n - 1] + "…"


def run_files(work: Path) -> dict[str, Any]:
    folder = work / "batch"
    by_name = make_batch(folder, work / "outside")
    t0 = time.monotonic()
    report = load_paths([folder, folder / "report.pdf"])
    load_s = time.monotonic() - t0
    rows = []
    for name, case in by_name.items():
        skips, warns, arts = about(report, name)
        if case.outcome == "skip":
            ok = not arts and any(case.expect in s.lower() for s in skips)
            got = f"skipped: {skips[0].split(': ', 1)[1]}" if skips else "NOT SKIPPED"
        else:
            ok = len(arts) == case.articles and (case.outcome == "load" or any(case.expect in m.lower() for m in skips + warns))
            extra = "; ".join(warns + [s.split(": ", 1)[-1] for s in skips])
            got = f"indexed {len(arts)} article(s)" + (f"; {extra}" if extra else "")
        rows.append({"kind": case.kind, "file": name, "expected": case.outcome, "outcome": got, "ok": ok})
    env = {"QA_INDEX": str(work / "idx")}
    seeds = json.loads(_qa("ingest", str(ROOT / "seeds"), "--quiet", "--json", env=env).stdout)
    t0 = time.monotonic()
    run = _qa("ingest", str(folder), "--quiet", "--json", env=env)
    ingest_s = time.monotonic() - t0
    rep = json.loads(run.stdout)
    (folder / "huge.txt").unlink(missing_ok=True)
    return {
        "rows": rows,
        "load_seconds": round(load_s, 2),
        "ingest": {
            "exit_code": run.returncode,
            "articles_before": seeds["total_articles"],
            "articles_after": rep["total_articles"],
            "good_articles_in_batch": len(GOOD) + sum(c.articles for c in FILE_CASES),
            "added": rep["added"],
            "skipped_entries": len(rep["skipped"]),
            "warnings": len(rep["warnings"]),
            "seconds": round(ingest_s, 1),
        },
    }


def run_requests(work: Path) -> list[dict[str, Any]]:
    import httpx

    from index.embedding import SentenceTransformerEmbedder
    from qa import web as srv
    from qa.corpus import Corpus
    from qa.service import Service
    from qa.settings import Settings

    corpus = Corpus.open(work / "req-idx", embedder=SentenceTransformerEmbedder(), create=True)
    corpus.ingest([ROOT / "seeds"], progress=False)
    service = Service(corpus, Settings(index=work / "req-idx", llm="extractive"))
    rows = []
    try:
        with srv.ServerThread(srv.create_app(service)) as url:
            for case in REQUEST_CASES:
                if isinstance(case.body, bytes):
                    r = httpx.request(case.method, url + case.path, content=case.body, headers={"content-type": "application/json"}, timeout=60)
                else:
                    r = httpx.request(case.method, url + case.path, json=case.body, timeout=60)
                after = httpx.post(url + "/api/ask", json={"question": "What did Kalın say about F-35?"}, timeout=60)
                try:
                    body = r.json()
                except ValueError:
                    body = r.text
                if r.status_code == 200:
                    shown = "refused" if body.get("refused") else f"answered with {len(body.get('citations', []))} citation(s)"
                else:
                    err = body.get("error") if isinstance(body, dict) else body
                    shown = err.get("message") if isinstance(err, dict) else str(err)
                ok = (r.status_code == case.status and case.expect in json.dumps(body, ensure_ascii=False).lower()
                      and after.status_code == 200)
                rows.append({"kind": case.kind, "status": r.status_code, "outcome": shown, "server_answers_after": after.status_code == 200, "ok": ok})
    finally:
        service.close()
    return rows


def run_settings(work: Path) -> list[dict[str, Any]]:
    rows = []
    for case in SETTING_CASES:
        out = _qa("ask", "What did Kalın say about F-35?", env={"QA_INDEX": str(work / "set-idx"), **case.env})
        line = next((ln for ln in out.stderr.splitlines() if ln.startswith("qa: error")), out.stderr.strip()[-200:])
        ok = out.returncode == 1 and case.expect in out.stderr and "Traceback" not in out.stderr
        rows.append({"kind": case.kind, "exit_code": out.returncode, "outcome": line, "ok": ok})
    out = _qa("ingest", str(ROOT / "seeds"), "--quiet", env={"QA_INDEX": str(work / "unk-idx"), "QA_TOP_K": "3"})
    warn = next((ln for ln in out.stderr.splitlines() if "unknown setting" in ln), "")
    rows.append({"kind": "unknown setting QA_TOP_K", "exit_code": out.returncode, "outcome": warn[warn.find("unknown"):],
                 "ok": out.returncode == 0 and "QA_TOP_K" in warn})
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", help="write the results as JSON here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bad-input-") as tmp:
        work = Path(tmp)
        files = run_files(work)
        requests = run_requests(work)
        settings = run_settings(work)
    print("| # | bad file | expected | outcome | ok |\n| ---: | --- | --- | --- | --- |")
    for i, r in enumerate(files["rows"], 1):
        print(f"| {i} | {r['kind']} | {r['expected']} | {_short(r['outcome'])} | {'yes' if r['ok'] else '**NO**'} |")
    ing = files["ingest"]
    print(f"\n`qa ingest` of the whole folder: exit code {ing['exit_code']}, articles {ing['articles_before']} before -> "
          f"{ing['articles_after']} after ({ing['added']} added; {ing['good_articles_in_batch']} good articles in the batch), "
          f"{ing['skipped_entries']} skipped entries, {ing['warnings']} warnings, {ing['seconds']} s.\n")
    print("| # | bad request | HTTP status | outcome | next question answered | ok |\n| ---: | --- | ---: | --- | --- | --- |")
    for i, r in enumerate(requests, 1):
        print(f"| {i} | {r['kind']} | {r['status']} | {_short(r['outcome'])} | {'yes' if r['server_answers_after'] else 'NO'} | {'yes' if r['ok'] else '**NO**'} |")
    print("\n| # | bad setting | exit code | message | ok |\n| ---: | --- | ---: | --- | --- |")
    for i, r in enumerate(settings, 1):
        print(f"| {i} | {r['kind']} | {r['exit_code']} | {_short(r['outcome'], 140)} | {'yes' if r['ok'] else '**NO**'} |")
    total = len(files["rows"]) + len(requests) + len(settings)
    good = sum(r["ok"] for r in files["rows"] + requests + settings)
    print(f"\n{good}/{total} kinds behaved as expected.")
    if args.out:
        Path(args.out).write_text(json.dumps({"files": files, "requests": requests, "settings": settings}, ensure_ascii=False, indent=1) + "\n")
    return 0 if good == total else 1


if __name__ == "__main__":
    sys.exit(main())
