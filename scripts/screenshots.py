"""Screenshots of the chat UI for README.md and docs/ui.md, taken with headless Chromium.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

Builds a throwaway index over seeds/ plus three dated articles from different outlets in a temp
folder, starts the server on a free port and saves: chat-conversations.png (the conversation
list beside an answer with its source open), chat-answer.png, chat-refusal.png,
chat-not-quoted.png, chat-documents.png (the documents panel with an outlet and date filter
applied, a preview open), chat-stop.png (Stop pressed while the embedded model writes),
chat-phone.png (390×844, a source opened under its answer) and chat-upload.png. Answers are
extractive except the Stop shot (the embedded SmolLM2, really writing). Needs
`pip install playwright==1.65.2` and /usr/bin/chromium.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
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
UPLOAD = ("Zorbania and Veltrania sign the Blue River Treaty\n\nThe foreign ministers of Zorbania and Veltrania signed "
          "the Blue River Treaty in Port Kessel on Monday. Under the treaty, the two countries will share the water of "
          "the Blue River equally during droughts.\n")
MORE = [
    {"id": "reuters-summit", "title": "NATO leaders gather in London for 70th anniversary summit", "source": "Reuters",
     "published": "2019-12-03", "text": "NATO leaders gathered in London on Tuesday for a two-day summit marking the alliance's "
     "70th anniversary. Turkey's purchase of the Russian S-400 system was expected to come up in talks."},
    {"id": "ap-budgets", "title": "Allies raise defence spending before summit", "source": "AP", "published": "2019-11-29",
     "text": "Several NATO allies raised their defence budgets this year, officials said on Friday."},
    {"id": "reuters-s400", "title": "Turkey says S-400 tests do not concern NATO", "source": "Reuters", "published": "2019-11-26",
     "text": "Turkey tested its Russian S-400 radar systems against F-16 jets, state media said. Officials said the tests "
     "did not concern NATO."},
]


def ask(page: Page, question: str, final: bool = True) -> None:
    n = page.locator("#chat .msg.bot").count()
    page.locator("#question textarea").fill(question)
    page.locator("#question textarea").press("Enter")
    bot = page.locator("#chat .msg.bot").nth(n)
    bot.wait_for()
    if final:
        bot.locator(".answer, .refusal, .error, .stopped").wait_for()
        page.wait_for_timeout(400)


def new_chat(page: Page) -> None:
    page.locator("#new-chat").click()
    page.locator("#chat .chat-empty").wait_for()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        more = Path(tmp) / "more.json"
        more.write_text(json.dumps(MORE), encoding="utf-8")
        corpus = Corpus.open(Path(tmp) / "idx", create=True)
        corpus.ingest([SEEDS_DIR, more], progress=False)
        service = Service(corpus, Settings(index=Path(tmp) / "idx", llm="extractive"))
        upload_file = Path(tmp) / "zorbania-treaty.txt"
        upload_file.write_text(UPLOAD, encoding="utf-8")
        with srv.ServerThread(srv.create_app(service)) as url, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1360, "height": 900}, device_scale_factor=1)
            page.set_default_timeout(300_000)

            def shot(name: str, target: Page | None = None, **kw: object) -> None:
                path = args.out / name
                (target or page).screenshot(path=str(path), **kw)  # type: ignore[arg-type]
                saved.append(path)

            page.goto(url + "/")
            page.locator("#question textarea").wait_for()
            ask(page, "Who won the 2022 World Cup?")
            page.locator("#chat").screenshot(path=str(args.out / "chat-refusal.png"))
            saved.append(args.out / "chat-refusal.png")
            new_chat(page)
            ask(page, "What did Pompeo say about integrating the S-400 into NATO systems?")
            page.locator("#chat").screenshot(path=str(args.out / "chat-not-quoted.png"))
            saved.append(args.out / "chat-not-quoted.png")
            new_chat(page)
            ask(page, "What did Kalın say about F-35?")
            ask(page, "and when are the talks?")
            page.locator("#chat .msg.bot").first.locator("a.cite").first.click()
            page.wait_for_timeout(1000)
            shot("chat-answer.png")
            shot("chat-conversations.png")
            # Stop while the embedded model writes (a real model, so there is something to stop)
            new_chat(page)
            page.locator("#settings").click()
            page.locator("#llm input").click()
            page.get_by_role("option", name="embedded", exact=False).click()
            ask(page, "Will the S-400 be integrated into NATO systems?", final=False)
            page.locator("#chat .pending.progress", has_text="writing a draft").wait_for()
            page.wait_for_timeout(700)
            shot("chat-stop-before.png")
            page.locator("#stop").click()
            page.locator("#chat .stopped").wait_for()
            page.wait_for_timeout(300)
            shot("chat-stop.png")
            (args.out / "chat-stop-before.png").replace(args.out / "chat-stopping.png")
            saved[-2] = args.out / "chat-stopping.png"
            page.locator("#llm input").click()
            page.get_by_role("option", name="extractive", exact=False).click()
            page.locator("#settings").click()
            # documents, filtered by outlet and date, one previewed and picked
            page.get_by_role("tab", name="Documents").click()
            page.locator("#doc-outlets input").click()
            page.get_by_role("option", name="Reuters").click()
            page.keyboard.press("Escape")
            since = page.locator("#doc-since textarea, #doc-since input").first
            since.fill("2019-11-25")
            since.press("Enter")
            page.locator("#docs tr", has_text="S-400 tests").wait_for()
            page.locator("#docs tr", has_text="S-400 tests").locator("input.pick").check()
            page.locator("#docs tr", has_text="S-400 tests").locator("button[data-act=preview]").click()
            page.locator("#doc-preview .passage").wait_for()
            page.locator("#docs-use-btn").click()
            page.locator("#filter-summary .filter-summary").wait_for()
            new_chat(page)
            ask(page, "What did Turkey test its S-400 radars against?")
            shot("chat-documents.png")
            page.locator("#filter-summary button[data-act=clear-filters]").click()
            # upload
            page.get_by_role("tab", name="Add articles").click()
            page.locator("#upload input[type=file]").set_input_files(str(upload_file))
            page.locator("#upload-report tr", has_text=upload_file.name).wait_for()
            page.wait_for_timeout(500)
            shot("chat-upload.png")
            # phone
            phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True).new_page()
            phone.set_default_timeout(300_000)
            phone.goto(url + "/")
            phone.locator("#question textarea").wait_for()
            ask(phone, "What did Kalın say about F-35?")
            phone.locator("#chat .answer a.cite").nth(1).click()
            phone.locator("#chat .inline-source").wait_for()
            phone.wait_for_timeout(800)
            # the answer's last lines above the opened source, both in view
            phone.evaluate("""() => { const chat = document.querySelector('#chat'); chat.scrollIntoView({block: 'start'});
                const box = chat.querySelector('.inline-source');
                chat.scrollTop += box.getBoundingClientRect().top - chat.getBoundingClientRect().top - 140; }""")
            phone.wait_for_timeout(300)
            shot("chat-phone.png", phone)
            browser.close()
        service.close()
    for path in saved:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
