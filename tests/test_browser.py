"""End to end in headless Chromium: the real server over seeds/, asked through the page.

Needs the `playwright` Python package and Debian's Chromium at /usr/bin/chromium (Playwright's
own browser download is not used); skipped with the reason when either is missing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from qa.settings import Settings
from tests.conftest import build_seed_corpus, write

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
try:
    from playwright.sync_api import Page, expect, sync_playwright
except ImportError:  # pragma: no cover - depends on the environment
    sync_playwright = None  # type: ignore[assignment]

pytestmark = [
    pytest.mark.skipif(sync_playwright is None, reason="the playwright package is not installed (pip install playwright==1.65.2)"),
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is missing (apt-get install chromium)"),
]

KALIN = "What did Kalın say about F-35?"
ZORBANIA = (
    "Zorbania and Veltrania sign the Blue River Treaty\n\n"
    "The foreign ministers of Zorbania and Veltrania signed the Blue River Treaty in Port Kessel on Monday. "
    "Under the treaty, Zorbania and Veltrania will share the water of the Blue River equally during droughts. "
    "A joint commission of twelve engineers will monitor the river's flow.\n"
)
XSS_TITLE = "Blorvia festival <b>notice</b>"
SCRIPT = "<script>window.__xss=1</script>"
IMG = '<img src=x onerror="window.__xss=2">'
XSS_ARTICLE = (
    f"{XSS_TITLE}\n\n"
    f"The Blorvia harbour festival organisers posted the notice {SCRIPT} on their website. "
    f"The Blorvia festival banner displayed {IMG} beside the pier. "
    "The Blorvia festival organisers said the notice announced a fireworks show on Saturday.\n"
)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, minilm) -> Iterator[str]:  # type: ignore[no-untyped-def]
    from qa import web as srv
    from qa.service import Service

    d = tmp_path_factory.mktemp("browser")
    corpus = build_seed_corpus(d / "idx", minilm)
    service = Service(corpus, Settings(index=d / "idx", llm="extractive", k=6))
    with srv.ServerThread(srv.create_app(service)) as url:
        yield url
    service.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(60_000)
    pg.goto(server + "/")
    pg.locator("#question textarea").wait_for()
    yield pg
    context.close()


def ask(page: Page, question: str) -> Any:
    """Type the question, send it, and return the new bot message once it is final."""
    bots = page.locator("#chat .msg.bot")
    before = bots.count()
    box = page.locator("#question textarea")
    box.fill(question)
    box.press("Enter")
    last = bots.nth(before)
    last.locator(".answer, .refusal, .error, .stopped").wait_for()
    return last


def upload(page: Page, path: Path) -> str:
    page.get_by_role("tab", name="Add articles").click()
    page.locator("#upload input[type=file]").set_input_files(str(path))
    row = page.locator("#upload-report tr", has_text=path.name)
    row.wait_for()
    return row.inner_text()


def test_answer_citation_click_shows_the_highlighted_quote(page: Page, server: str) -> None:
    expected = httpx.post(server + "/api/ask", json={"question": KALIN, "llm": "extractive"}, timeout=60).json()
    assert not expected["refused"] and expected["citations"]
    last = ask(page, KALIN)
    assert last.locator(".answer").text_content() == expected["text"]
    cite = last.locator("a.cite", has_text="[1]")
    cite.click()
    assert page.url.rstrip("/") == server  # handled in the page: no navigation, no new tab
    source = page.locator("#src-1-1")
    expect(source).to_be_in_viewport()
    mark = source.locator("mark")
    assert mark.count() == 1
    assert mark.text_content() == expected["citations"][0]["quote"]
    c = expected["citations"][0]
    assert source.locator(".src-title").text_content() == c["title"]
    meta = source.locator(".src-meta").text_content()
    assert all(x in meta for x in (c["source"], c["published"]) if x)


def test_refusal_state_is_shown(page: Page) -> None:
    last = ask(page, "Who won the 2022 World Cup?")
    refusal = last.locator(".refusal")
    expect(refusal).to_be_visible()
    expect(refusal).to_contain_text("The articles don't say.")
    assert last.locator(".answer").count() == 0
    assert refusal.evaluate("e => getComputedStyle(e).borderLeftStyle") == "solid"  # styled, not plain text
    expect(page.locator("#sources .sources-empty")).to_be_visible()


def test_uploaded_article_is_indexed_and_cited(page: Page, tmp_path: Path) -> None:
    path = write(tmp_path / "zorbania-treaty.txt", ZORBANIA)
    assert "indexed" in upload(page, path)
    expect(page.locator("#index-panel")).to_contain_text("articles")
    articles = page.locator("#index-panel tr", has_text="articles").first.inner_text()
    assert "2" in articles
    last = ask(page, "What did Zorbania and Veltrania agree in the Blue River Treaty?")
    expect(last.locator(".answer")).to_contain_text("Blue River")
    last.locator("a.cite").first.click()
    source = page.locator("#src-1-1")
    expect(source).to_be_in_viewport()
    assert source.locator(".src-title").text_content() == "Zorbania and Veltrania sign the Blue River Treaty"
    assert source.locator("mark").text_content() in ZORBANIA


def test_markup_in_articles_and_questions_is_shown_as_text(page: Page, tmp_path: Path) -> None:
    assert "indexed" in upload(page, write(tmp_path / "blorvia.txt", XSS_ARTICLE))
    question = f"What notice did the Blorvia festival organisers post? {SCRIPT} {IMG}"
    last = ask(page, question)
    page.wait_for_timeout(500)  # give an injected handler the chance to run
    assert page.evaluate("typeof window.__xss") == "undefined"
    user = page.locator("#chat .msg.user").last
    expect(user).to_contain_text(SCRIPT)
    expect(user).to_contain_text(IMG)
    # Sentences carrying markup are never citable (they read as injection), so the answer cites
    # the clean sentence; the markup still shows, as text, in the passage around the quote.
    expect(last.locator(".answer")).to_contain_text("fireworks")
    sources = page.locator("#sources")
    expect(sources).to_contain_text(XSS_TITLE)
    assert SCRIPT in sources.text_content() or IMG in sources.text_content()
    assert page.locator('img[src="x"]').count() == 0 and page.locator("#sources b, #chat .answer b").count() == 0
    assert page.evaluate("typeof window.__xss") == "undefined"
