"""Screenshots of the chat UI for docs/ui.md, taken with headless Chromium.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--llm extractive]

Builds a throwaway index over seeds/ in a temp folder, starts the server on a free port, asks
three questions and saves chat-answer.png (answer with its source opened), chat-refusal.png,
chat-not-quoted.png ("quoted, but not on that") and chat-upload.png. Needs `pip install playwright==1.65.2` and /usr/bin/chromium.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright

from qa import web as srv
from qa.corpus import Corpus
from qa.service import Service
from qa.settings import SEEDS_DIR, Settings

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
UPLOAD = ("Zorbania and Veltrania sign the Blue River Treaty\n\nThe foreign ministers of Zorbania and Veltrania signed "
          "the Blue River Treaty in Port Kessel on Monday. Under the treaty, the two countries will share the water of "
          "the Blue River equally during droughts.\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    ap.add_argument("--llm", default="extractive", help="answer backend (default extractive: deterministic)")
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Corpus.open(Path(tmp) / "idx", create=True)
        corpus.ingest([SEEDS_DIR], progress=False)
        service = Service(corpus, Settings(index=Path(tmp) / "idx", llm=args.llm))
        upload_file = Path(tmp) / "zorbania-treaty.txt"
        upload_file.write_text(UPLOAD, encoding="utf-8")
        with srv.ServerThread(srv.create_app(service)) as url, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1360, "height": 900}, device_scale_factor=1)
            page.set_default_timeout(120_000)

            def ask(question: str) -> None:
                n = page.locator('#chat [data-testid="bot"]').count()
                page.locator("#question textarea").fill(question)
                page.locator("#question textarea").press("Enter")
                page.locator('#chat [data-testid="bot"]').nth(n).locator(".answer, .refusal, .error").wait_for()

            page.goto(url + "/")
            page.locator("#question textarea").wait_for()
            ask("What did Kalın say about F-35?")
            page.locator("#chat a.cite").first.click()
            page.wait_for_timeout(1000)  # smooth scroll, then the flash outline
            page.screenshot(path=str(args.out / "chat-answer.png"))
            ask("Who won the 2022 World Cup?")
            page.wait_for_timeout(500)
            page.locator("#chat").screenshot(path=str(args.out / "chat-refusal.png"))
            ask("What did Pompeo say about integrating the S-400 into NATO systems?")
            page.wait_for_timeout(500)
            page.locator("#chat").screenshot(path=str(args.out / "chat-not-quoted.png"))
            page.locator("#upload input[type=file]").set_input_files(str(upload_file))
            page.locator("#upload-report tr", has_text=upload_file.name).wait_for()
            page.locator("#upload-report").scroll_into_view_if_needed()
            page.wait_for_timeout(500)
            page.screenshot(path=str(args.out / "chat-upload.png"), full_page=True)
            browser.close()
        service.close()
    for name in ("chat-answer.png", "chat-refusal.png", "chat-not-quoted.png", "chat-upload.png"):
        print(args.out / name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
