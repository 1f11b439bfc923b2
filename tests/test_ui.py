"""The chat UI's pure logic (qa/web/render.py, qa/service.py), without a server: escaping, markers, sources, refusals,
streaming drafts, errors, uploads."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from qa.answer import REFUSAL_TEXT, Answer, Citation
from qa.assistant import StreamEvent
from qa.corpus import Corpus
from qa.errors import LLMUnavailableError
from qa.settings import Settings
from qa.web import render as ui  # the page's HTML; `ui.Service` is qa.service.Service
from tests.conftest import build_seed_corpus, write
from tests.test_answer import ScriptedLLM

ARTICLE = "Headline\n\nFirst paragraph is here.\n\nSecond paragraph starts. The cited <b>span</b> & more. It ends here."
START = ARTICLE.index("The cited")
END = ARTICLE.index("more.") + len("more.")


def citation(**over: Any) -> Citation:
    base = {"n": 1, "article_id": "a1", "title": "T <i>itle</i>", "url": "https://example.org/a?x=1&y=2", "source": "Outlet",
                "published": "2019-11-26", "quote": ARTICLE[START:END], "start": START, "end": END, "score": 0.9}
    return Citation(**{**base, **over})


def answer(text: str = "It said so [1].", refused: bool = False, cits: tuple[Citation, ...] | None = None) -> Answer:
    return Answer(question="q", text=text, refused=refused, citations=() if refused else (cits or (citation(),)),
                  timings={"total_ms": 1234.0}, backend="extractive")


class FakeService:
    """Scripted `stream` results: events to yield, or an exception to raise."""

    def __init__(self, *scripts: Any) -> None:
        self.scripts = list(scripts)
        self.calls: list[tuple[str, Any, Any, Any]] = []

    def stream(self, question: str, history: Any = None, llm: Any = None, k: Any = None) -> Iterator[StreamEvent]:
        self.calls.append((question, history, llm, k))
        script = self.scripts.pop(0)
        if isinstance(script, BaseException):
            raise script
        yield from script

    def article_text(self, article_id: str) -> str | None:
        return ARTICLE


def run(service: Any, question: str, turns: Any = None) -> list[tuple[list[dict[str, Any]], list[dict[str, str]], str]]:
    return list(ui.respond(service, question, turns or [], "extractive", 6))


def test_esc_makes_markup_inert_and_keeps_line_breaks() -> None:
    out = ui.esc('<script>alert("x")</script>\n\n<img src=x onerror=\'y\'> &')
    assert "<script" not in out and "<img" not in out
    assert "&lt;script&gt;" in out and "&quot;x&quot;" in out and "&#x27;y&#x27;" in out and "&amp;" in out
    assert "\n" not in out and out.count("<br>") == 2


def test_markers_become_links_to_their_source_and_text_is_escaped() -> None:
    out = ui.answer_html("A <b>bold</b> claim [1]. Another [2]. Unknown [7].", [1, 2], turn=3)
    assert '<a class="cite" href="#src-3-1" title="show source 1">[1]</a>' in out
    assert 'href="#src-3-2"' in out
    assert "Unknown [7]." in out and "#src-3-7" not in out  # no citation 7: left as plain text
    assert "&lt;b&gt;bold&lt;/b&gt;" in out and "<b>" not in out


def test_sources_panel_highlights_exactly_the_quote() -> None:
    html = ui.source_html(ui.Answer.to_dict(answer())["citations"][0], ARTICLE, turn=2)
    assert 'id="src-2-1"' in html
    marked = re.findall(r"<mark>(.*?)</mark>", html)
    assert marked == [ui.esc(ARTICLE[START:END])]
    assert "The cited &lt;b&gt;span&lt;/b&gt; &amp; more." in marked[0]
    assert "Second paragraph starts. " in html and "It ends here." in html  # context on both sides
    assert "T &lt;i&gt;itle&lt;/i&gt;" in html and "Outlet" in html and "2019-11-26" in html
    assert 'href="https://example.org/a?x=1&amp;y=2"' in html and 'rel="noopener noreferrer nofollow"' in html


def test_source_without_safe_url_or_current_text() -> None:
    c = {**ui.Answer.to_dict(answer())["citations"][0], "url": "javascript:alert(1)"}
    html = ui.source_html(c, "the article has changed since", turn=1)
    assert "javascript:" not in html and "<a " not in html
    assert re.findall(r"<mark>(.*?)</mark>", html) == [ui.esc(c["quote"])]


def test_passage_window_cuts_at_words_with_ellipsis() -> None:
    text = " ".join(f"w{i}" for i in range(400))
    s = text.index("w200")
    before, quote, after = ui.passage_window(text, s, s + 4, width=30)
    assert quote == "w200"
    assert before.startswith("…w") and after.endswith("…") and len(before) <= 32
    assert ui.passage_window("abc def", 4, 7) == ("abc ", "def", "")
    assert ui.passage_window("one two\nthree four", 8, 13, width=6) == ("…two\n", "three", " four")


def test_streaming_shows_progress_never_draft_text_then_the_verified_answer() -> None:
    svc = FakeService([StreamEvent("progress", "writing a draft <1>"), StreamEvent("progress", "checking each sentence"), StreamEvent("answer", answer=answer())])
    steps = run(svc, "  What   happened? ")
    bots = [messages[-1]["content"] for _, messages, _ in steps]
    assert "searching the articles" in bots[0]
    assert 'class="pending progress"' in bots[1] and "writing a draft &lt;1&gt;" in bots[1]
    assert "checking each sentence" in bots[2]
    turns, messages, panel = steps[-1]
    assert 'class="pending' not in bots[-1] and '<div class="answer">It said so <a class="cite" href="#src-1-1"' in bots[-1]
    assert messages[0] == {"role": "user", "content": '<div class="question">What happened?</div>'}
    assert 'id="src-1-1"' in panel and "<mark>" in panel and turns[0]["status"] == "answer"
    # the next question carries the history, and its sources get their own ids
    svc.scripts.append([StreamEvent("answer", answer=answer("More [1]."))])
    turns2, _, panel2 = run(svc, "and then?", turns)[-1]
    assert svc.calls[-1][1] == [("What happened?", "It said so [1].")]
    assert 'id="src-2-1"' in panel2 and panel2.index("src-2-1") < panel2.index("src-1-1")
    assert len(turns2) == 2


def test_refusal_renders_the_refusal_state() -> None:
    turns, messages, panel = run(FakeService([StreamEvent("answer", answer=answer(REFUSAL_TEXT, refused=True))]), "Who won?")[-1]
    bot = messages[-1]["content"]
    assert bot.startswith('<div class="refusal" role="status">') and 'class="answer"' not in bot
    assert ui.esc(REFUSAL_TEXT) in bot
    assert "sources-empty" in panel and turns[-1]["status"] == "refused"


@pytest.mark.parametrize(
    ("exc", "shown", "hidden"),
    [
        (LLMUnavailableError("the openai LLM backend needs a server URL: set QA_OPENAI_BASE_URL <x>"), "set QA_OPENAI_BASE_URL &lt;x&gt;", None),
        (RuntimeError("secret internals"), "internal error (RuntimeError); see the server log", "secret internals"),
    ],
)
def test_errors_become_chat_messages(exc: BaseException, shown: str, hidden: str | None) -> None:
    turns, messages, _ = run(FakeService(exc), "q")[-1]
    bot = messages[-1]["content"]
    assert bot.startswith('<div class="error" role="alert">') and shown in bot
    assert "Traceback" not in bot and (hidden is None or hidden not in bot)
    assert turns[-1]["status"] == "error" and ui.history_of(turns) == []


def test_empty_question_does_nothing() -> None:
    assert run(FakeService(), "   ") == []


@pytest.fixture
def hash_service(tmp_path: Path, hash_embedder) -> Iterator[ui.Service]:  # type: ignore[no-untyped-def]
    corpus = Corpus.open(tmp_path / "idx", embedder=hash_embedder, create=True)
    svc = ui.Service(corpus, Settings(index=tmp_path / "idx", llm="extractive"))
    yield svc
    svc.close()


def test_upload_report_lists_each_file_with_reasons(hash_service: ui.Service, tmp_path: Path) -> None:
    d = tmp_path / "up"
    files = [
        write(d / "good.txt", "Zorbania signs treaty\n\nZorbania signed a river treaty on Monday."),
        write(d / "broken.json", '{"title": "x", "text": '),
        write(d / "notes.pdf", b"%PDF-1.4"),
        write(d / "mixed.jsonl", '{"title": "One", "text": "Some text about Veltrania."}\n{bad json}\n'),
        write(d / "<b>empty.md", ""),
    ]
    calls: list[tuple[float, str]] = []
    rows = hash_service.ingest_files(files, progress=lambda f, desc="": calls.append((f, desc)))
    by = {r["name"]: r for r in rows}
    assert by["good.txt"]["status"] == "indexed" and "1 article(s) added" in by["good.txt"]["detail"]
    assert by["broken.json"]["status"] == "skipped" and "broken JSON" in by["broken.json"]["detail"]
    assert by["notes.pdf"]["status"] == "skipped" and "unsupported file type .pdf" in by["notes.pdf"]["detail"]
    assert by["mixed.jsonl"]["status"] == "indexed" and "skipped line 2: broken JSON" in by["mixed.jsonl"]["detail"]
    assert by["<b>empty.md"]["status"] == "skipped" and "empty" in by["<b>empty.md"]["detail"]
    assert calls[0][0] == 0.0 and "good.txt" in calls[0][1] and calls[-1][0] == 1.0
    assert hash_service.stats()["articles"] == 2
    assert (hash_service.uploads_dir() / "good.txt").exists()
    html = ui.upload_report_html(rows)
    assert "2 indexed, 3 skipped" in html and "&lt;b&gt;empty.md" in html and "<b>empty" not in html
    again = hash_service.ingest_files([files[0]])
    assert again[0]["status"] == "unchanged"


def test_index_panel_shows_counts_and_models(hash_service: ui.Service) -> None:
    html = ui.index_panel_html(hash_service.stats(), hash_service.settings, "openai", 4)
    assert "<th>articles</th><td>0</td>" in html and hash_service.stats()["embed_model"] in html
    assert "openai: model default at (QA_OPENAI_BASE_URL not set)" in html and "<td>4</td>" in html
    assert "SmolLM2" in ui.index_panel_html(hash_service.stats(), hash_service.settings, "embedded")


def test_service_streams_progress_and_verified_answer_over_seeds(tmp_path: Path, minilm) -> None:  # type: ignore[no-untyped-def]
    corpus = build_seed_corpus(tmp_path / "idx", minilm)
    reply = "Kalın said the S-400 would not pose a threat to the F-35 fighter jet programme [1]. He likes tea [2]."
    llms: list[ScriptedLLM] = []
    svc = ui.Service(corpus, Settings(index=tmp_path / "idx", llm="scripted"), llm_factory=lambda name: llms.append(ScriptedLLM(reply, reply)) or llms[-1])
    try:
        assert svc.assistant("scripted", 3) is svc.assistant("scripted", 3) and svc.assistant("scripted", 4) is not svc.assistant("scripted", 3)
        steps = list(ui.respond(svc, "Will the S-400 pose a threat to the F-35 programme?", [], "scripted", 3))
        progress = [m[-1]["content"] for _, m, _ in steps if 'class="pending progress"' in m[-1]["content"]]
        assert len(progress) >= 2 and not any("tea" in p or "Kalın said" in p for p in progress)  # progress, never the draft
        turns, messages, panel = steps[-1]
        assert "He likes tea" not in messages[-1]["content"] and 'class="answer"' in messages[-1]["content"]
        cit = turns[-1]["citations"][0]
        assert re.findall(r'id="src-1-1".*?<mark>(.*?)</mark>', panel) == [ui.esc(cit["quote"])]
        assert corpus.store.get_article(cit["article_id"]).text[cit["start"]:cit["end"]] == cit["quote"]
        # a consumer that walks away mid-answer does not keep the lock
        gen = svc.stream("What did Kalın say about F-35?", None, "scripted", 3)
        next(gen)
        gen.close()
        done = threading.Event()
        threading.Thread(target=lambda: (svc.ask("Who won the 2022 World Cup?", llm="extractive"), done.set()), daemon=True).start()
        assert done.wait(30)
    finally:
        svc.close()


def test_a_specific_refusal_shows_its_own_words() -> None:
    assert "The articles don&#x27;t say." in ui.refusal_html() or "The articles don't say." in ui.refusal_html()
    html = ui.refusal_html("The articles quote Celia Falkner, but not on the F-35.")
    assert "Celia Falkner, but not on the F-35" in html and 'class="refusal"' in html
