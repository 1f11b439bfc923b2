"""Time from Ask to the first visible progress and to the final answer, in the chat page, per backend.

    .venv/bin/python scripts/ui_latency.py [--backends extractive,embedded,openai] [--out docs/results/ui_latency.json]

A throwaway index over seeds/, the real server on a free port, headless Chromium at 1360×900.
For each backend, 10 questions about the seed article are asked, each in a new chat; the page
itself records when Enter is pressed, when the question's reply slot first shows anything
(progress such as "searching the articles…") and when the final answer, refusal or error
appears (a MutationObserver on the chat, performance.now(), so Playwright's polling adds
nothing). One warm-up question per backend is not counted (model loading). `openai` is the
SmolLM2 GGUF served over HTTP by a loopback llama.cpp server (qa/llm_server.py). Prints p50
and max per backend and writes all times to --out.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import Page, sync_playwright

from qa import web as srv
from qa.corpus import Corpus
from qa.service import Service
from qa.settings import SEEDS_DIR, Settings

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
QUESTIONS = [
    "What did Kalın say about F-35?",
    "Will the S-400 pose a threat to the F-35 programme?",
    "When is the NATO summit?",
    "Will Ankara hold talks with the United States?",
    "Would the S-400 be integrated into NATO systems?",
    "What could a detailed technical study prove?",
    "What did Pompeo say?",
    "Who won the 2022 World Cup?",
    "Where did Kalın speak about the S-400?",
    "What did Turkey begin to take delivery of in July?",
]
WARMUP = "What does the S-400 mean for NATO?"

ARM = """() => {
  const box = document.querySelector('#question textarea');
  const before = document.querySelectorAll('#chat .msg.bot').length;
  let t0 = null, first = null;
  window.addEventListener('keydown', (e) => { if (e.key === 'Enter' && t0 === null) t0 = performance.now(); }, {capture: true});
  window.qaLatency = new Promise((resolve) => {
    const obs = new MutationObserver(() => {
      const bots = document.querySelectorAll('#chat .msg.bot');
      if (t0 === null || bots.length <= before) return;
      const bot = bots[before];
      if (first === null) first = performance.now() - t0;
      if (bot.querySelector('.answer, .refusal, .error, .stopped')) {
        obs.disconnect(); resolve({first_ms: first, final_ms: performance.now() - t0, status: bot.dataset.status});
      }
    });
    obs.observe(document.body, {childList: true, subtree: true, characterData: true});
  });
}"""


def timed_ask(page: Page, question: str) -> dict[str, object]:
    """Ask through the page (a real Enter key press) and return the page's own timings."""
    box = page.locator("#question textarea")
    box.fill(question)
    page.evaluate(ARM)
    box.press("Enter")
    return page.evaluate("() => window.qaLatency")


def new_chat(page: Page) -> None:
    page.locator("#new-chat").click()
    page.locator("#chat .chat-empty").wait_for()


def pick_backend(page: Page, name: str) -> None:
    page.locator("#llm input").click()
    page.get_by_role("option", name=f"{name} — ", exact=False).click()
    page.wait_for_timeout(500)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--backends", default="extractive,embedded,openai")
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "results" / "ui_latency.json")
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    args = ap.parse_args()
    backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    results: dict[str, list[dict[str, object]]] = {}
    llama = None
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Corpus.open(Path(tmp) / "idx", create=True)
        corpus.ingest([SEEDS_DIR], progress=False)
        extra = {}
        if "openai" in backends:
            from qa.llm_server import start_llama_server

            llama = start_llama_server()
            extra = {"openai_base_url": llama.base_url, "openai_model": llama.model}
        threads = int(os.environ.get("QA_LLM_THREADS", "0")) or None
        service = Service(corpus, Settings(index=Path(tmp) / "idx", llm="extractive", llm_threads=threads, **extra))
        try:
            with srv.ServerThread(srv.create_app(service)) as url, sync_playwright() as p:
                browser = p.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
                page = browser.new_page(viewport={"width": 1360, "height": 900})
                page.set_default_timeout(600_000)
                page.goto(url + "/")
                page.locator("#question textarea").wait_for()
                page.locator("#settings").click()
                for backend in backends:
                    pick_backend(page, backend)
                    new_chat(page)
                    timed_ask(page, WARMUP)
                    rows = []
                    for q in QUESTIONS:
                        new_chat(page)
                        r = timed_ask(page, q)
                        rows.append({"question": q, **r})
                        print(f"{backend:10} first {r['first_ms']:7.0f} ms  final {r['final_ms']:7.0f} ms  {r['status']:8} {q}", flush=True)
                    results[backend] = rows
                browser.close()
        finally:
            service.close()
            if llama is not None:
                llama.close()
    summary = {b: {"n": len(rows),
                   "first_progress_p50_ms": round(statistics.median(r["first_ms"] for r in rows)),  # type: ignore[misc]
                   "final_p50_ms": round(statistics.median(r["final_ms"] for r in rows)),  # type: ignore[misc]
                   "final_max_ms": round(max(r["final_ms"] for r in rows))}  # type: ignore[type-var]
               for b, rows in results.items()}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"cpus": os.cpu_count(), "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
                                    "summary": summary, "questions": results}, indent=2, ensure_ascii=False), encoding="utf-8")
    for b, s in summary.items():
        print(f"{b:10} p50 first progress {s['first_progress_p50_ms']} ms, p50 final {s['final_p50_ms']} ms (max {s['final_max_ms']} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
