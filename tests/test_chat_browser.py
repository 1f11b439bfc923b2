"""The chat as people live in it, in headless Chromium against a real server: questions fired
while one is answered, Stop, New chat mid-answer, reloads and restarts, the conversation list,
settings kept per browser, copy / regenerate / export, safe Markdown, the documents panel, honest
labels, the backends offered, the phone layout and /v1 clients that go away.

The "embedded" backend here is a scripted model that writes slowly (so there is time to press
Stop), `extractive` the real extractive backend. Same requirements as tests/test_browser.py.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from qa.llm import ScriptedChatModel
from qa.service import Service
from qa.settings import Settings
from tests.conftest import build_seed_corpus, write
from tests.test_browser import CHROMIUM, CHROMIUM_ARGS, pytestmark, sync_playwright  # noqa: F401 - same skips

if sync_playwright is not None:
    from playwright.sync_api import Page, expect

    expect.set_options(timeout=20_000)  # a loaded 2-core CI box; every wait still ends in a check

GOOD = "Kalın said the S-400 would not pose a threat to the F-35 fighter jet programme [1]. " * 2
BAD = "The treaty was signed on the moon by twelve penguins [1]."
QUESTIONS = ["Will the S-400 pose a threat to the F-35 programme?", "Who won the 2022 World Cup?",
             "Will Ankara hold talks with the United States?", "Would the S-400 be integrated into NATO systems?",
             "What will the technical study prove?"]
ARTICLES = [
    {"id": "reuters-summit", "title": "NATO leaders gather in London", "source": "Reuters", "published": "2019-12-02",
     "text": "NATO leaders gathered in London on Monday for a two-day summit. The alliance marks its 70th anniversary at the summit."},
    {"id": "ap-budget", "title": "Allies raise defence budgets", "source": "AP", "published": "2019-11-20",
     "text": "Several NATO allies raised their defence budgets this year. Germany said it would spend more on defence."},
    {"id": "zorbania", "title": "Zorbania and Veltrania sign the Blue River Treaty", "source": "Kessel Times", "published": "2020-03-02",
     "text": "The foreign ministers of Zorbania and Veltrania signed the Blue River Treaty in Port Kessel on Monday. "
             "Under the treaty, Zorbania and Veltrania will share the water of the Blue River equally during droughts."},
    {"id": "qorvia", "title": "Qorvia port schedule", "source": "Harbour News", "published": "2020-01-10",
     "text": "The Qorvia port authority published the [harbour schedule](http://evil.example/schedule) for the winter on Monday. "
             "![crane photo](http://evil.example/crane.png) The Qorvia port authority said the winter schedule adds two ferries."},
]


class SlowModel(ScriptedChatModel):
    """Writes two characters every 40 ms; says where it stopped (`stopped_at`, None while writing)."""

    def __init__(self) -> None:
        super().__init__(GOOD)
        self.started = 0
        self.stopped_at: list[tuple[int, int]] = []

    def chat(self, messages: list[dict[str, str]], **kw: Any) -> str:
        return BAD if "agree in the Blue River Treaty" in messages[-1]["content"] else GOOD

    def stream_chat(self, messages: list[dict[str, str]], **kw: Any) -> Iterator[str]:
        text = self.chat(messages)
        self.started += 1
        i = 0
        try:
            for i in range(0, len(text), 2):
                time.sleep(0.04)
                yield text[i:i + 2]
        finally:
            self.stopped_at.append((i + 2, len(text)))


def make_server(index: Path, corpus: Any, model: SlowModel, port: int | None = None, **settings: Any) -> tuple[Service, Any]:
    from qa import web as srv

    service = Service(corpus, Settings(index=index, **{"llm": "embedded", "k": 6, **settings}), llm_factory=lambda _n: model)
    return service, srv.ServerThread(srv.create_app(service), port=port)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, minilm) -> Iterator[dict[str, Any]]:  # type: ignore[no-untyped-def]
    d = tmp_path_factory.mktemp("chat")
    corpus = build_seed_corpus(d / "idx", minilm, write(d / "more" / "articles.json", json.dumps(ARTICLES)))
    model = SlowModel()
    service, thread = make_server(d / "idx", corpus, model)
    with thread as url:
        yield {"url": url, "service": service, "model": model, "dir": d, "corpus": corpus}
    service.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


def open_page(browser: Any, url: str, **context: Any) -> Page:
    ctx = browser.new_context(**{"viewport": {"width": 1360, "height": 900}, **context})
    page = ctx.new_page()
    page.set_default_timeout(60_000)
    page.goto(url + "/")
    page.locator("#question textarea").wait_for()
    page.wait_for_timeout(300)  # the page's load events (conversation, settings) have run
    return page


@pytest.fixture
def page(browser: Any, world: dict[str, Any]) -> Iterator[Page]:
    pg = open_page(browser, world["url"])
    yield pg
    pg.context.close()


def send(page: Page, question: str) -> None:
    box = page.locator("#question textarea")
    box.fill(question)
    box.press("Enter")


def idle(page: Page) -> None:
    page.locator('#chat .conv[data-busy="0"]').wait_for(state="attached")


def outcomes(page: Page) -> list[tuple[str, str, int]]:
    """(question, status, how many final outcomes its message shows) for every question in the chat."""
    return page.evaluate("""() => Array.from(document.querySelectorAll('#chat .msg.user')).map((u) => {
        const bot = u.nextElementSibling;
        return [u.innerText.trim(), bot.dataset.status, bot.querySelectorAll('.answer, .refusal, .error, .stopped').length];
    })""")


def test_five_questions_in_quick_succession_and_a_stop_each_end_once_in_order_after_reload(page: Page) -> None:
    for q in QUESTIONS:
        send(page, q)
    page.locator("#chat .pending.progress").first.wait_for()
    expect(page.locator("#stop")).to_be_visible()
    expect(page.locator("#ask")).to_be_hidden()
    page.wait_for_function("document.querySelectorAll('#chat .msg.user').length === 5")
    page.locator("#chat .msg.bot .answer").first.wait_for()  # the first is answered; then Stop during a later one
    page.locator("#stop").click()
    idle(page)
    expect(page.locator("#ask")).to_be_visible()
    page.reload()
    page.locator("#chat .msg.user").first.wait_for()
    got = outcomes(page)
    assert [q for q, _, _ in got] == QUESTIONS  # every question, once, in the order typed
    assert all(n == 1 for _, _, n in got), got  # exactly one final outcome each: no draft or pending left
    statuses = [s for _, s, _ in got]
    assert statuses[0] == "answer" and "stopped" in statuses and set(statuses) <= {"answer", "refused", "stopped"}
    first_stop = statuses.index("stopped")
    assert all(s == "stopped" for s in statuses[first_stop:])  # Stop ends the answer and the questions behind it
    expect(page.locator("#chat .msg.bot .stopped").first).to_contain_text("Stopped")


def test_a_second_question_waits_for_the_first_and_both_are_answered(page: Page) -> None:
    send(page, QUESTIONS[0])
    page.locator("#chat .pending.progress").wait_for()
    send(page, QUESTIONS[2])
    expect(page.locator("#chat .msg.bot").nth(1)).to_contain_text("waiting for the answer above")
    idle(page)
    assert [(q, s) for q, s, _ in outcomes(page)] == [(QUESTIONS[0], "answer"), (QUESTIONS[2], "answer")]
    assert page.locator("#chat .pending").count() == 0


def test_stop_stops_the_model_and_frees_the_worker(page: Page, world: dict[str, Any]) -> None:
    model, service = world["model"], world["service"]
    before = len(model.stopped_at)
    send(page, QUESTIONS[0])
    expect(page.locator("#chat .pending.progress")).to_contain_text("writing a draft")
    page.locator("#stop").click()
    expect(page.locator("#chat .msg.bot .stopped")).to_contain_text("Stopped while it was being answered")
    deadline = time.monotonic() + 5
    while len(model.stopped_at) == before:
        assert time.monotonic() < deadline, "the model was not stopped"
        time.sleep(0.05)
    written, total = model.stopped_at[-1]
    assert written < total  # it stopped mid-reply, server-side
    assert service.lock.acquire(timeout=5)  # the worker let go of the index
    service.lock.release()


def test_new_chat_mid_answer_stops_it_and_is_not_undone(page: Page) -> None:
    send(page, QUESTIONS[0])
    page.locator("#chat .pending.progress").wait_for()
    page.locator("#new-chat").click()
    expect(page.locator("#chat .chat-empty")).to_be_visible()
    page.wait_for_timeout(4000)  # longer than the answer would have taken
    expect(page.locator("#chat .chat-empty")).to_be_visible()
    assert page.locator("#chat .msg").count() == 0
    page.locator("#convs .conv-open").first.click()
    expect(page.locator("#chat .msg.user")).to_have_text(QUESTIONS[0])
    expect(page.locator("#chat .msg.bot .stopped")).to_be_visible()


def test_conversations_are_listed_renamed_deleted_and_kept_across_a_restart(browser: Any, world: dict[str, Any]) -> None:
    from qa.web import free_port

    port = free_port()
    _, first = make_server(world["dir"] / "idx", world["corpus"], SlowModel(), port=port)
    with first as url:
        page = open_page(browser, url)
        send(page, "Who won the 2022 World Cup?")
        expect(page.locator("#chat .refusal")).to_be_visible()
        page.locator("#new-chat").click()
        send(page, QUESTIONS[2])
        page.locator("#chat .answer").wait_for()
        idle(page)
        items = page.locator("#convs .conv-item")
        assert items.count() >= 2
        expect(items.first).to_contain_text(QUESTIONS[2])  # newest first, titled by its first question
        page.once("dialog", lambda d: d.accept("Ankara talks"))
        page.locator("#convs .conv-item.current button[data-act=rename]").click()
        expect(page.locator("#convs .conv-item.current .conv-title")).to_have_text("Ankara talks")
        page.locator("#convs .conv-open", has_text="Who won the 2022 World Cup?").first.click()
        expect(page.locator("#chat .msg.user")).to_have_text("Who won the 2022 World Cup?")
        page.once("dialog", lambda d: d.accept())
        page.locator("#convs .conv-item.current button[data-act=delete]").click()
        expect(page.locator("#chat .chat-empty")).to_be_visible()
        expect(page.locator("#convs")).not_to_contain_text("Who won the 2022 World Cup?")
        page.locator("#convs .conv-open", has_text="Ankara talks").click()
        expect(page.locator("#chat .answer")).to_be_visible()
        page.reload()  # a reload reopens it
        expect(page.locator("#chat .msg.user")).to_have_text(QUESTIONS[2])
    # A restart: a new server (and conversation store) on the same index and port; the page reloads.
    _, second = make_server(world["dir"] / "idx", world["corpus"], SlowModel(), port=port)
    with second:
        page.reload()
        expect(page.locator("#chat .msg.user")).to_have_text(QUESTIONS[2])
        expect(page.locator("#chat .answer")).to_contain_text("S-400")
        expect(page.locator("#convs .conv-item.current")).to_contain_text("Ankara talks")
        expect(page.locator("#convs")).not_to_contain_text("Who won the 2022 World Cup?")
        page.context.close()


def test_two_logins_each_see_only_their_own_conversations(browser: Any, world: dict[str, Any]) -> None:
    from qa import web as srv

    service = Service(world["corpus"], Settings(index=world["dir"] / "idx", llm="extractive", k=6))
    logins = [("alice", "alice-pw"), ("bob", "bob-pw")]
    with srv.ServerThread(srv.create_app(service, auth=logins)) as url:
        pages = {}
        for user, password in logins:
            ctx = browser.new_context(viewport={"width": 1360, "height": 900})
            pg = ctx.new_page()
            pg.set_default_timeout(60_000)
            pg.goto(url + "/")
            pg.get_by_label("username").fill(user)
            pg.get_by_label("password").fill(password)
            pg.get_by_role("button", name="Login").click()
            pg.locator("#question textarea").wait_for()
            pg.wait_for_timeout(300)
            pages[user] = pg
        asked = {"alice": QUESTIONS[0], "bob": QUESTIONS[2]}
        for user, pg in pages.items():
            send(pg, asked[user])
            pg.locator("#chat .answer, #chat .refusal").first.wait_for()
            idle(pg)
        for user, pg in pages.items():
            other = asked["bob" if user == "alice" else "alice"]
            pg.reload()
            expect(pg.locator("#chat .msg.user")).to_have_text(asked[user])  # the reload reopens their own
            expect(pg.locator("#convs .conv-item")).to_have_count(1)
            expect(pg.locator("#convs")).to_contain_text(asked[user])
            expect(pg.locator("#convs")).not_to_contain_text(other)
            pg.context.close()


def test_settings_persist_per_browser(page: Page) -> None:
    page.locator("#settings").click()
    page.locator("#llm input").click()
    page.get_by_role("option", name="extractive", exact=False).click()
    k = page.locator("#k input[type=number]")
    k.fill("3")
    k.press("Enter")
    page.wait_for_timeout(800)
    page.reload()
    page.locator("#question textarea").wait_for()
    page.locator("#settings").click()
    expect(page.locator("#llm input")).to_have_value("extractive — no LLM: the best supporting passage sentences, cited")
    expect(page.locator("#k input[type=number]")).to_have_value("3")
    send(page, QUESTIONS[0])
    expect(page.locator("#chat .answer-meta")).to_contain_text("extractive")  # the kept setting is used


def test_copy_as_markdown_regenerate_and_export(browser: Any, world: dict[str, Any]) -> None:
    page = open_page(browser, world["url"], permissions=["clipboard-read", "clipboard-write"], accept_downloads=True)
    send(page, QUESTIONS[0])
    page.locator("#chat .answer").wait_for()
    idle(page)
    page.locator("#chat .msg.bot button[data-act=copy]").click()
    expect(page.locator("#chat .msg.bot button[data-act=copy]")).to_have_text("Copied")
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert copied.startswith(f"**Question:** {QUESTIONS[0]}\n\n")
    assert "**Sources**" in copied and "\n1. Ankara, Washington to discuss Russian S-400 issue next week, says Kalın" in copied
    assert "\n   > " in copied and "<div" not in copied  # Markdown with the quotes, not HTML
    with page.expect_download() as dl:
        page.locator("#exports button[data-act=export-md]").click()
    md = Path(dl.value.path()).read_text(encoding="utf-8")
    assert md.startswith(f"# {QUESTIONS[0]}") and "**Sources**" in md
    with page.expect_download() as dl:
        page.locator("#exports button[data-act=export-json]").click()
    data = json.loads(Path(dl.value.path()).read_text(encoding="utf-8"))
    assert data["turns"][0]["question"] == QUESTIONS[0] and data["turns"][0]["answer"]["citations"][0]["quote"]
    page.locator("#chat .msg.bot button[data-act=regen]").click()
    page.locator("#chat .pending.progress").wait_for()
    idle(page)
    assert outcomes(page) == [[QUESTIONS[0], "answer", 1]]  # answered again, in place
    page.context.close()


def test_answers_and_sources_never_activate_links_or_images_from_articles(page: Page) -> None:
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    page.locator("#settings").click()
    page.locator("#llm input").click()
    page.get_by_role("option", name="extractive", exact=False).click()
    send(page, "What did the Qorvia port authority publish for the winter? [x](http://evil.example/q) <img src=x onerror=alert(1)>")
    page.locator("#chat .answer, #chat .refusal").first.wait_for()
    page.wait_for_timeout(500)
    assert not [u for u in requested if "evil.example" in u]
    assert page.locator("#chat img, #sources img").count() == 0
    hrefs = page.evaluate("() => Array.from(document.querySelectorAll('#chat a, #sources a')).map(a => a.getAttribute('href'))")
    assert all(h.startswith("#src-") or h.startswith("http") and "evil" not in h for h in hrefs), hrefs
    expect(page.locator("#chat .msg.user")).to_contain_text("<img src=x onerror=alert(1)>")
    answers = page.locator("#chat .answer")
    if answers.count():  # answered from the article: its Markdown link is text with its domain
        text = answers.first.text_content() or ""
        # neither the link's target nor Markdown link syntax reaches the answer: the quote either stops
        # before the link (the screen keeps only the clause before it) or shows it as text with its domain
        assert "](http" not in text and "evil.example/" not in text, text
    # the article's own text, previewed: the link and the image are characters, not elements
    page.get_by_role("tab", name="Documents").click()
    page.locator("#docs tr", has_text="Qorvia port schedule").locator("button[data-act=preview]").click()
    expect(page.locator("#doc-preview .passage")).to_contain_text("![crane photo](http://evil.example/crane.png)")
    assert page.locator("#doc-preview a, #doc-preview img").count() == 0
    page.wait_for_timeout(300)
    assert not [u for u in requested if "evil.example" in u]


def test_documents_panel_lists_searches_previews_filters_and_deletes(page: Page, world: dict[str, Any]) -> None:
    page.get_by_role("tab", name="Documents").click()
    rows = page.locator("#docs table.docs tbody tr")
    rows.first.wait_for()
    assert rows.count() == 5
    reuters = page.locator("#docs tr", has_text="NATO leaders gather in London")
    cells = reuters.locator("td").all_inner_texts()
    assert cells[2:6] == ["Reuters", "2019-12-02", "1", "0"]
    kalin = page.locator("#docs tr", has_text="Ankara, Washington").locator("td").all_inner_texts()
    assert int(kalin[5]) > 0  # quotations found at ingest
    page.locator("#doc-search textarea, #doc-search input").first.fill("treaty")
    page.locator("#doc-search textarea, #doc-search input").first.press("Enter")
    expect(rows).to_have_count(1)
    expect(page.locator("#docs .docs-count")).to_have_text("1 of 5 articles shown")
    page.locator("#doc-search textarea, #doc-search input").first.fill("")
    page.locator("#doc-search textarea, #doc-search input").first.press("Enter")
    since = page.locator("#doc-since textarea, #doc-since input").first
    since.fill("2019-12-01")
    since.press("Enter")
    expect(rows).to_have_count(3)  # Reuters, Kessel Times, Harbour News; the undated seed is out
    page.locator("#docs tr", has_text="Blue River").locator("button[data-act=preview]").click()
    expect(page.locator("#doc-preview .passage")).to_contain_text("Port Kessel")
    page.locator("#docs tr", has_text="Blue River").locator("input.pick").check()
    expect(page.locator("#docs .docs-count")).to_contain_text("1 picked")
    page.locator("#docs-use-btn").click()
    expect(page.locator("#filter-summary")).to_contain_text("only 1 picked article (Zorbania and Veltrania sign the Blue River Treaty)")
    expect(page.locator("#filter-summary")).to_contain_text("published 2019-12-01 to …")
    page.screenshot(path=str(world["dir"] / "docs.png"))
    send(page, "What will Zorbania and Veltrania share?")
    page.locator("#chat .answer, #chat .refusal, #chat .error").first.wait_for()
    try:
        import index.filters  # noqa: F401
    except ImportError:  # retrieval without filters (issue 14): the page says so instead of ignoring the filter
        expect(page.locator("#chat .error")).to_contain_text("cannot limit a question")
    else:
        cited = page.evaluate("() => Array.from(document.querySelectorAll('#sources .src-title')).map(e => e.textContent)")
        assert cited and set(cited) == {"Zorbania and Veltrania sign the Blue River Treaty"}
    page.locator("#filter-summary button[data-act=clear-filters]").click()
    expect(page.locator("#filter-summary")).to_have_text("")
    # delete: gone from the list, the index and the next question's sources
    since.fill("")
    since.press("Enter")
    page.once("dialog", lambda d: d.accept())
    page.locator("#docs tr", has_text="Allies raise defence budgets").locator("button[data-act=delete]").click()
    expect(page.locator("#docs .docs-count")).to_contain_text("4 of 4 articles shown")
    assert world["service"].corpus.store.get_article("ap-budget") is None


def test_a_fallback_answer_says_so_and_shows_its_notes(page: Page) -> None:
    send(page, "What did Zorbania and Veltrania agree in the Blue River Treaty?")
    page.locator("#chat .answer, #chat .refusal").first.wait_for()
    label = page.locator("#chat .label.fallback")
    expect(label).to_contain_text("Quoted passages: the model's sentences did not pass the citation check")
    notes = page.locator("#chat details.notes")
    expect(notes.locator("summary")).to_contain_text("Notes")
    notes.locator("summary").click()
    expect(notes.locator("li").first).to_be_visible()


def test_only_configured_backends_and_an_unreachable_server_named_before_asking(browser: Any, world: dict[str, Any]) -> None:
    from qa import web as srv

    settings = Settings(index=world["dir"] / "idx", llm="openai", openai_base_url="http://127.0.0.1:9/v1",
                        llm_model_path=str(world["dir"] / "missing.gguf"))
    service = Service(world["corpus"], settings)
    with srv.ServerThread(srv.create_app(service)) as url:
        page = open_page(browser, url)
        page.locator("#settings").click()
        expect(page.locator("#backend-note")).to_contain_text("cannot reach the OpenAI-compatible server at http://127.0.0.1:9/v1")
        expect(page.locator("#backend-note")).to_contain_text("QA_OPENAI_BASE_URL")
        page.locator("#llm input").click()
        options = page.get_by_role("option").all_inner_texts()
        assert [o.replace("✓", "").split(" — ")[0].strip() for o in options] == ["openai", "extractive"], options  # no GGUF: no embedded
        page.context.close()


def test_phone_layout_opens_a_source_under_its_answer_with_a_way_back(browser: Any, world: dict[str, Any]) -> None:
    page = open_page(browser, world["url"], viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    send(page, QUESTIONS[0])
    page.locator("#chat .answer a.cite").first.wait_for()
    idle(page)
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 390  # nothing sticks out sideways
    top = page.evaluate("() => window.scrollY")
    page.locator("#chat .answer a.cite").first.click()
    box = page.locator("#chat .inline-source")
    expect(box).to_be_visible()
    expect(box.locator("mark")).to_be_visible()
    expect(box).to_be_in_viewport()
    assert abs(page.evaluate("() => window.scrollY") - top) < 300  # no jump to the bottom of the page
    page.screenshot(path=str(world["dir"] / "phone.png"))
    box.locator("button[data-act=close-source]").click()
    expect(box).to_have_count(0)
    sources = page.locator("#sources")
    assert sources.evaluate("e => getComputedStyle(e).overflowY") == "auto"
    assert sources.evaluate("e => e.getBoundingClientRect().height") <= 844 * 0.5 + 2  # scrolls within itself
    ask_row = page.evaluate("""() => ['#question textarea', '#ask'].map(s => {
        const r = document.querySelector(s).getBoundingClientRect(); return [r.top, r.bottom]; })""")
    assert abs((ask_row[0][0] + ask_row[0][1]) / 2 - (ask_row[1][0] + ask_row[1][1]) / 2) < 12  # the box and Ask line up
    fonts = page.evaluate("""() => Array.from(new Set(Array.from(document.querySelectorAll(
        '#layout strong, #layout b, #layout .src-title, #layout .conv-title, #layout .question, #layout .answer, #layout button, #layout th'))
        .map(e => getComputedStyle(e).fontFamily.split(',')[0].trim())))""")
    assert len(fonts) == 1, fonts  # one typeface, bold included
    page.context.close()


def test_a_v1_stream_whose_client_disconnects_stops_the_answer(world: dict[str, Any]) -> None:
    model, service = world["model"], world["service"]
    before, started = len(model.stopped_at), model.started
    body = {"model": "article-qa:embedded", "stream": True, "messages": [{"role": "user", "content": QUESTIONS[0]}]}
    with httpx.Client(timeout=30) as client, client.stream("POST", world["url"] + "/v1/chat/completions", json=body) as r:
        assert r.status_code == 200
        lines = r.iter_lines()  # kept: a dropped iterator would close the stream (a disconnect) at once
        first = next(lines)
        assert first.startswith("data: ") and json.loads(first[6:])["choices"][0]["delta"]["role"] == "assistant"
        deadline = time.monotonic() + 120
        while model.started == started:  # retrieval first; then the model writes, and the client goes away
            assert time.monotonic() < deadline
            time.sleep(0.05)
        time.sleep(0.3)
    deadline = time.monotonic() + 10
    while len(model.stopped_at) == before:
        assert time.monotonic() < deadline, "the answer went on after the client left"
        time.sleep(0.05)
    written, total = model.stopped_at[-1]
    assert written < total
    done = threading.Event()
    threading.Thread(target=lambda: (service.lock.acquire(timeout=5) and service.lock.release(), done.set()), daemon=True).start()
    assert done.wait(6)
