"""The page's HTML building blocks (qa/web/render.py) and uploads (qa/service.py), without a server:
escaping, sources, refusals, the upload report and the index panel. Conversations, Stop and the
safe Markdown are tests/test_chat.py."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from qa.answer import Answer, Citation
from qa.corpus import Corpus
from qa.service import Service
from qa.settings import Settings
from qa.web import render as ui  # the page's HTML building blocks
from tests.conftest import write

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


def test_esc_makes_markup_inert_and_keeps_line_breaks() -> None:
    out = ui.esc('<script>alert("x")</script>\n\n<img src=x onerror=\'y\'> &')
    assert "<script" not in out and "<img" not in out
    assert "&lt;script&gt;" in out and "&quot;x&quot;" in out and "&#x27;y&#x27;" in out and "&amp;" in out
    assert "\n" not in out and out.count("<br>") == 2


def test_sources_panel_highlights_exactly_the_quote() -> None:
    html = ui.source_html(Answer.to_dict(answer())["citations"][0], ARTICLE, turn=2)
    assert 'id="src-2-1"' in html
    marked = re.findall(r"<mark>(.*?)</mark>", html)
    assert marked == [ui.esc(ARTICLE[START:END])]
    assert "The cited &lt;b&gt;span&lt;/b&gt; &amp; more." in marked[0]
    assert "Second paragraph starts. " in html and "It ends here." in html  # context on both sides
    assert "T &lt;i&gt;itle&lt;/i&gt;" in html and "Outlet" in html and "2019-11-26" in html
    assert 'href="https://example.org/a?x=1&amp;y=2"' in html and 'rel="noopener noreferrer nofollow"' in html


def test_source_without_safe_url_or_current_text() -> None:
    c = {**Answer.to_dict(answer())["citations"][0], "url": "javascript:alert(1)"}
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


@pytest.fixture
def hash_service(tmp_path: Path, hash_embedder) -> Iterator[Service]:  # type: ignore[no-untyped-def]
    corpus = Corpus.open(tmp_path / "idx", embedder=hash_embedder, create=True)
    svc = Service(corpus, Settings(index=tmp_path / "idx", llm="extractive"))
    yield svc
    svc.close()


def test_upload_report_lists_each_file_with_reasons(hash_service: Service, tmp_path: Path) -> None:
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


def test_index_panel_shows_counts_and_models(hash_service: Service) -> None:
    html = ui.index_panel_html(hash_service.stats(), hash_service.settings, "openai", 4)
    assert "<th>articles</th><td>0</td>" in html and hash_service.stats()["embed_model"] in html
    assert "openai: model default at (QA_OPENAI_BASE_URL not set)" in html and "<td>4</td>" in html
    assert "SmolLM2" in ui.index_panel_html(hash_service.stats(), hash_service.settings, "embedded")


def test_a_specific_refusal_shows_its_own_words() -> None:
    assert "The articles don&#x27;t say." in ui.refusal_html() or "The articles don't say." in ui.refusal_html()
    html = ui.refusal_html("The articles quote Celia Falkner, but not on the F-35.")
    assert "Celia Falkner, but not on the F-35" in html and 'class="refusal"' in html
