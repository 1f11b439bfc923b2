"""Headless Chromium (issue 16): an article carrying a Markdown image that points at a loopback
listener is quoted in an answer, and the page never requests that URL.

Same set-up as tests/test_browser.py (Playwright driving Debian's /usr/bin/chromium, the real
server over seeds/ plus the article); skipped with the reason when either is missing.
"""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import httpx
import pytest

from qa.settings import Settings
from tests.conftest import build_seed_corpus, write
from tests.test_browser import CHROMIUM, CHROMIUM_ARGS, ask, sync_playwright

pytestmark = [
    pytest.mark.skipif(sync_playwright is None, reason="the playwright package is not installed (pip install playwright==1.65.2)"),
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is missing (apt-get install chromium)"),
]


class _Recorder(http.server.BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        type(self).requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def listener() -> Iterator[tuple[str, list[str]]]:
    """A loopback HTTP server that records every request it gets."""
    _Recorder.requests = []
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}", _Recorder.requests
    srv.shutdown()


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory: pytest.TempPathFactory, minilm, listener: tuple[str, list[str]]) -> Iterator[str]:  # type: ignore[no-untyped-def]
    from qa import web as srv
    from qa.service import Service

    base, _ = listener
    d = tmp_path_factory.mktemp("browser-hostile")
    article = write(d / "articles" / "korvath-pier.md", (
        "# Korvath harbour opens a new pier\n\n"
        "The Korvath harbour authority opened a 240-metre pier on Monday, the authority said.\n\n"
        f"![Korvath pier at dusk]({base}/pixel.png?q=SECRET-CONVERSATION)\n\n"
        f"Harbour master Elin Vask said ferries would use it from May. [Timetable]({base}/timetable)\n\n"
        f"<img src=\"{base}/html-pixel.png\">\n"
    ))
    corpus = build_seed_corpus(d / "idx", minilm, article.parent)
    service = Service(corpus, Settings(index=d / "idx", llm="extractive", k=6))
    with srv.ServerThread(srv.create_app(service)) as url:
        yield url
    service.close()


def test_article_image_is_quoted_but_never_fetched(hostile_server: str, listener: tuple[str, list[str]]) -> None:
    base, requests = listener
    question = "How long is the new pier in Korvath harbour?"
    api = httpx.post(hostile_server + "/api/ask", json={"question": question, "llm": "extractive"}, timeout=60).json()
    assert not api["refused"] and "240-metre" in api["text"]
    assert any("Korvath" in c["title"] for c in api["citations"])
    assert base not in api["text"] and all(base not in c["quote"] for c in api["citations"])
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.set_default_timeout(60_000)
            seen: list[str] = []
            page.on("request", lambda r: seen.append(r.url))
            page.goto(hostile_server + "/")
            page.locator("#question textarea").wait_for()
            last = ask(page, question)
            assert "240-metre" in last.text_content()
            # Nothing in the page links to or loads the article's image or link.
            assert page.locator(f'img[src^="{base}"], a[href^="{base}"], [style*="{base}"]').count() == 0
            page.wait_for_timeout(1500)  # give a lazy image the time to load
        finally:
            browser.close()
    assert not [u for u in seen if u.startswith(base)], seen
    assert requests == []
