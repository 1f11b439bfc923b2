"""Conversations without a browser: the store (qa/conversations.py), the runner that answers them
one at a time with Stop (qa/web/chat.py), Service.stream's cancel, the safe Markdown and the
Markdown written for copy and export (qa/web/markdown.py), the page's views (qa/web/views.py)
and which backends the page offers (qa/web/backends_ui.py)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from qa.answer import REFUSAL_TEXT, Answer, Citation
from qa.assistant import StreamEvent
from qa.conversations import ConversationStore, NotFound
from qa.errors import Cancelled, LLMUnavailableError
from qa.llm import ScriptedChatModel
from qa.service import Service
from qa.settings import Settings
from qa.web import views
from qa.web.backends_ui import BackendCheck
from qa.web.chat import STOPPED, STOPPED_QUEUED, ChatRunner
from qa.web.markdown import conversation_markdown, inert_links, render_markdown, turn_markdown
from tests.conftest import build_seed_corpus

CIT = Citation(n=1, article_id="a1", title="Talks <b>next</b> week", url="https://example.org/a", source="Daily Sabah",
               published="2019-11-26", quote="Ankara will hold talks", start=0, end=22, score=0.9)


def answer(text: str = "Ankara will hold talks [1].", refused: bool = False, notes: tuple[str, ...] = ()) -> Answer:
    return Answer(question="q", text=text, refused=refused, citations=() if refused else (CIT,), timings={"total_ms": 800.0},
                  backend="extractive", notes=notes)


class FakeService:
    """`stream` with scripted outcomes; a `gate` event holds an answer until released (or cancelled)."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []
        self.gate = threading.Event()
        self.hold = False
        self.cancelled: list[str] = []

    def stream(self, question: str, history: Any = None, llm: Any = None, k: Any = None, *, cancel: threading.Event, **_: Any
               ) -> Iterator[StreamEvent]:
        self.calls.append((question, history))
        yield StreamEvent("progress", "writing a draft <1>")
        while self.hold and not self.gate.is_set():
            if cancel.wait(0.01):
                self.cancelled.append(question)
                raise Cancelled("stopped")
        if "boom" in question:
            raise LLMUnavailableError("cannot reach the server (setting QA_OPENAI_BASE_URL)")
        if "crash" in question:
            raise RuntimeError("secret internals")
        yield StreamEvent("answer", answer=answer(REFUSAL_TEXT, refused=True) if "refuse" in question else answer(f"About {question} [1]."))


def settle(runner: ChatRunner, cid: str, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while runner.busy(cid):
        assert time.monotonic() < deadline, "the runner did not finish"
        runner.watch(cid, runner.version(cid), 0.05)


@pytest.fixture
def store() -> Iterator[ConversationStore]:
    s = ConversationStore.open(":memory:")
    yield s
    s.close()


def test_store_keeps_conversations_per_user_and_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "conversations.sqlite"
    s = ConversationStore.open(path)
    a = s.create("alice")
    s.add_turn(a, "alice", "What did Kalın say about the F-35 programme?")
    s.add_turn(a, "alice", "and Pompeo?")
    s.finish_turn(a, 1, status="answer", text="He said so [1].", answer=answer().to_dict())
    assert [c.title for c in s.list("alice")] == ["What did Kalın say about the F-35 programme?"]
    assert s.list("bob") == [] and not s.exists(a, "bob")
    with pytest.raises(NotFound):
        s.get(a, "bob")
    with pytest.raises(NotFound):
        s.delete(a, "bob")
    s.close()
    # A restart: the question left waiting is stopped, never left "waiting" forever; the answer is kept.
    s = ConversationStore.open(path)
    conv = s.get(a, "alice")
    assert [(t.seq, t.status) for t in conv.turns] == [(1, "answer"), (2, "stopped")]
    assert "server restarted" in conv.turns[1].text and conv.turns[0].answer["citations"][0]["quote"] == CIT.quote
    s.rename(a, "alice", "  Kalın   on F-35 ")
    assert s.get(a, "alice").title == "Kalın on F-35"
    assert s.history(a, 3) == [("What did Kalın say about the F-35 programme?", "He said so [1].")]
    s.delete(a, "alice")
    assert s.list("alice") == []
    s.close()


def test_runner_answers_questions_one_at_a_time_in_order(store: ConversationStore) -> None:
    svc = FakeService()
    runner = ChatRunner(svc, store)  # type: ignore[arg-type]
    cid = store.create("")
    for q in ("first", "refuse this", "boom", "crash", "last"):
        runner.submit(cid, "", q)
    settle(runner, cid)
    turns = store.get(cid, "").turns
    assert [(t.question, t.status) for t in turns] == [("first", "answer"), ("refuse this", "refused"), ("boom", "error"),
                                                        ("crash", "error"), ("last", "answer")]
    assert "QA_OPENAI_BASE_URL" in turns[2].text
    assert turns[3].text == "internal error (RuntimeError); see the server log"  # the message never leaks
    # each question saw the answered ones before it as history, in order, and nothing else
    assert svc.calls[-1] == ("last", [("first", "About first [1]."), ("refuse this", REFUSAL_TEXT)])


def test_stop_cancels_the_answer_and_the_questions_behind_it(store: ConversationStore) -> None:
    svc = FakeService()
    svc.hold = True
    runner = ChatRunner(svc, store)  # type: ignore[arg-type]
    cid = store.create("")
    for q in ("one", "two", "three"):
        runner.submit(cid, "", q)
    deadline = time.monotonic() + 5
    while runner.progress(cid) != (1, "writing a draft <1>"):
        assert time.monotonic() < deadline
        time.sleep(0.01)
    assert runner.stop(cid, "")
    settle(runner, cid)
    assert svc.cancelled == ["one"] and [c[0] for c in svc.calls] == ["one"]  # two and three were never started
    assert [(t.status, t.text) for t in store.get(cid, "").turns] == [("stopped", STOPPED), ("stopped", STOPPED_QUEUED),
                                                                     ("stopped", STOPPED_QUEUED)]
    # regenerate answers a stopped question again; the conversation goes on
    svc.hold = False
    runner.regenerate(cid, "", 2)
    settle(runner, cid)
    assert [t.status for t in store.get(cid, "").turns] == ["stopped", "answer", "stopped"]
    assert not runner.stop(cid, "bob")  # someone else's conversation: nothing happens


def test_a_tabs_commands_apply_in_the_browsers_order_whatever_order_they_arrive_in(monkeypatch: pytest.MonkeyPatch) -> None:
    from qa.web import tabs as tabs_mod

    woken: list[str] = []
    tab = tabs_mod.Tabs(woken.append).get("s1", "alice", None)
    done: list[int] = []
    for n in (3, 1, 4, 2):  # the requests reach the server out of order
        tab.run(n, lambda _t, n=n: done.append(n))
    assert done == [1, 2, 3, 4] and woken == ["s1"] * 4
    tab.run(0, lambda _t: done.append(0))  # unnumbered: at once
    assert done[-1] == 0
    # a number that never arrives holds the ones after it for GAP_S at most; a late one is still applied
    monkeypatch.setattr(tabs_mod, "GAP_S", 0.1)
    tab.run(7, lambda _t: done.append(7))
    tab.run(6, lambda _t: done.append(6))
    assert done[-1] == 0
    deadline = time.monotonic() + 5
    while done[-1] != 7:
        assert time.monotonic() < deadline, "the commands after a lost number were never applied"
        time.sleep(0.01)
    assert done[-2:] == [6, 7]
    tab.run(5, lambda _t: done.append(5))
    assert done[-1] == 5
    # a failing command neither stops the ones after it nor is retried
    tab.run(8, lambda _t: 1 / 0)
    tab.run(9, lambda _t: done.append(9))
    assert done[-1] == 9
    assert tabs_mod.Tabs(woken.append).get("s1", "alice", "c1").conv == "c1"


def test_runner_changed_waits_without_a_thread_until_a_version_moves(store: ConversationStore) -> None:
    import asyncio

    runner = ChatRunner(FakeService(), store)  # type: ignore[arg-type]

    async def main() -> tuple[Any, Any]:
        seen = runner.version("tab:x")
        quiet = await runner.changed(lambda: runner.version("tab:x"), seen, 0.05)  # nothing moves: times out
        threading.Timer(0.05, runner.touch, args=("tab:x",)).start()  # bumped from another thread
        moved = await asyncio.wait_for(runner.changed(lambda: runner.version("tab:x"), seen, 10), 5)
        return quiet, moved

    quiet, moved = asyncio.run(main())
    assert quiet == 0 and moved == 1


def test_service_stream_cancel_stops_the_model_and_frees_the_lock(tmp_path: Path, minilm) -> None:  # type: ignore[no-untyped-def]
    read: list[int] = []
    closed = threading.Event()

    class Slow(ScriptedChatModel):
        def stream_chat(self, messages: Any, **kw: Any) -> Iterator[str]:
            try:
                for i in range(400):
                    read.append(i)
                    time.sleep(0.01)
                    yield "word "
            finally:
                closed.set()

    corpus = build_seed_corpus(tmp_path / "idx", minilm)
    svc = Service(corpus, Settings(index=tmp_path / "idx", llm="slow"), llm_factory=lambda _n: Slow("x"))
    try:
        cancel = threading.Event()
        events = svc.stream("Will the S-400 pose a threat to the F-35 programme?", None, "slow", 3, cancel=cancel)
        assert next(events).kind == "progress"
        while len(read) < 20:
            time.sleep(0.01)
        cancel.set()
        with pytest.raises(Cancelled):
            list(events)
        assert closed.wait(5) and len(read) < 100  # the model stopped long before its 400 tokens
        assert svc.lock.acquire(timeout=5)  # and the worker let go of the index
        svc.lock.release()
        # a consumer that walks away mid-answer stops it too
        closed.clear()
        gen = svc.stream("Will the S-400 pose a threat to the F-35 programme?", None, "slow", 3)
        next(gen)
        gen.close()
        assert closed.wait(5)
    finally:
        svc.close()


def test_markdown_renders_safely_and_never_makes_links_or_images() -> None:
    text = ("**Kalın** said *no* [1].\n\n- first <script>alert(1)</script> [2]\n- `code` [9]\n\n"
            "See [the plan](https://evil.example/plan?a=1) and ![map](http://img.example/x.png) <img src=x onerror=alert(1)>.")
    html = render_markdown(text, [1, 2], turn=4)
    assert "<strong>Kalın</strong>" in html and "<em>no</em>" in html and "<ul><li>" in html and "<code>code</code>" in html
    assert '<a class="cite" href="#src-4-1"' in html and '<a class="cite" href="#src-4-2"' in html and "[9]" in html
    assert "the plan (evil.example)" in html and "image: map (img.example)" in html
    assert "<script" not in html and "<img" not in html and "evil.example/plan" not in html and "x.png" not in html
    assert html.count("<a ") == 2  # only the page's own [n] links
    assert inert_links("[a](javascript:alert(1))") == "a (javascript:)"


def test_copy_and_export_markdown_carry_numbered_sources() -> None:
    turn = {"seq": 1, "question": "Will there be talks?", "status": "answer", "text": "", "answer": answer().to_dict()}
    md = turn_markdown(turn)
    assert md.startswith("**Question:** Will there be talks?\n\nAnkara will hold talks [1].")
    assert "1. Talks <b>next</b> week — Daily Sabah, 2019-11-26 — <https://example.org/a>\n   > Ankara will hold talks" in md
    stopped = {"seq": 2, "question": "and then?", "status": "stopped", "text": STOPPED, "answer": None}
    conv = {"title": "Talks", "created": 0, "turns": [turn, stopped]}
    out = conversation_markdown(conv)
    assert out.startswith("# Talks") and "## 1. Will there be talks?" in out and f"## 2. and then?\n\n**Question:** and then?\n\n_{STOPPED}_" in out


def test_views_label_fallbacks_show_notes_and_escape_everything(store: ConversationStore) -> None:
    cid = store.create("")
    store.add_turn(cid, "", "<b>q</b>")
    fallback = answer(notes=(views.FALLBACK_NOTE, "sentence 1 dropped: <i>no support</i>"))
    store.finish_turn(cid, 1, status="answer", text=fallback.text, answer=fallback.to_dict())
    store.add_turn(cid, "", "second")
    store.set_status(cid, 2, "answering")
    html = views.conversation_html(store.get(cid, ""), (2, "writing a draft"), busy=True)
    assert 'data-busy="1"' in html and "&lt;b&gt;q&lt;/b&gt;" in html and "<b>q</b>" not in html
    assert "Quoted passages: the model's sentences did not pass the citation check" in html.replace("&#x27;", "'")
    assert "<summary>Notes (2)</summary>" in html and "&lt;i&gt;no support&lt;/i&gt;" in html
    assert "writing a draft…" in html and 'data-act="regen"' not in html  # no regenerate while an answer is written
    data = json.loads(views.conversation_html(store.get(cid, "")).split('<pre class="export-json" hidden>')[1].split("</pre>")[0]
                      .replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">").replace("&#x27;", "'").replace("&amp;", "&"))
    assert [t["question"] for t in data["turns"]] == ["<b>q</b>", "second"]
    panel = views.sources_html(store.get(cid, ""), lambda _id: "Ankara will hold talks next week.")
    assert 'id="src-1-1"' in panel and "<mark>Ankara will hold talks</mark>" in panel and "Talks &lt;b&gt;next&lt;/b&gt; week" in panel


def test_documents_filter_and_summary() -> None:
    docs = [{"id": "a", "title": "S-400 talks", "source": "Reuters", "published": "2019-11-26", "chunks": 3, "quotes": 2},
            {"id": "b", "title": "Summit <dates>", "source": "AP", "published": "2019-12-02", "chunks": 1, "quotes": 0},
            {"id": "c", "title": "Undated", "source": None, "published": None, "chunks": 1, "quotes": 0}]
    assert [d["id"] for d in docs if views.matches(d, "s-400", [], "", "")] == ["a"]
    assert [d["id"] for d in docs if views.matches(d, "", ["AP"], "", "")] == ["b"]
    assert [d["id"] for d in docs if views.matches(d, "", [], "2019-12-01", "")] == ["b"]
    assert [d["id"] for d in docs if views.matches(d, "", [], "", "2019-11-30")] == ["a"]
    html = views.documents_html(docs, ["b"], 3)
    assert "Summit &lt;dates&gt;" in html and html.count('class="pick"') == 3 and html.count(" checked") == 1
    line = views.filter_summary({"article_ids": ["a", "b", "c"], "sources": ["AP"], "since": "2019-12-01"}, {"a": "S-400 talks"})
    assert "only 3 picked articles (S-400 talks, b and 1 more)" in line and "outlet AP" in line and "2019-12-01 to …" in line


def test_only_configured_backends_are_offered_and_an_unreachable_server_is_named(tmp_path: Path) -> None:
    bare = BackendCheck(Settings(index=tmp_path, llm="embedded", llm_model_path=str(tmp_path / "missing.gguf")))
    assert bare.names == ["extractive"] and bare.default() == "extractive" and not bare.offered("openai")
    check = BackendCheck(Settings(index=tmp_path, llm="openai", openai_base_url="http://user:pw@127.0.0.1:9/v1",
                                  llm_model_path=str(tmp_path / "missing.gguf")))
    assert check.names == ["openai", "extractive"] and check.default() == "openai"
    assert all(" — " in label for label, _ in check.choices())
    note = check.note("openai")
    assert "cannot reach the OpenAI-compatible server at http://***@127.0.0.1:9/v1" in note and "QA_OPENAI_BASE_URL" in note
    assert "pw" not in note
