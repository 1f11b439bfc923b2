"""Many readers and one writer at once, and what happens past capacity.

Readers ask questions while an upload ingests through the same Service (the chat-while-upload
case of the UI); every answer must be well formed, its quotes exact slices of stored article
text (no torn reads), and the upload must be searchable when it is done. Past the question
queue's limit, requests get 503 "busy" with Retry-After; the server keeps answering.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from qa import web as srv
from qa.errors import BusyError
from qa.llm import ScriptedChatModel
from qa.service import Service
from qa.settings import Settings
from tests.conftest import build_seed_corpus, write

QUESTIONS = ["What did Kalın say about F-35?", "Where will Turkey and the US talk about the S-400?",
             "What did Washington threaten Turkey with?", "Who won the 2022 World Cup?"]


def _articles(folder: Path, n: int) -> list[Path]:
    paths = []
    for i in range(n):
        body = " ".join(
            f"The harbour authority of Port{i} said on Monday that cargo volume rose by {i + 3} percent in the third quarter. "
            f"Officials in City{i} credited a new container terminal and longer opening hours. "
            for _ in range(6)
        )
        paths.append(write(folder / f"port-{i:02d}.txt", f"Port{i} cargo rises\n\n{body}"))
    return paths


def _check_answer(service: Service, answer: Any) -> None:
    assert answer.refused or answer.citations, answer
    for c in answer.citations:
        text = service.article_text(c.article_id)
        assert text is not None and text[c.start:c.end] == c.quote  # exact, never torn
        assert f"[{c.n}]" in answer.text


def test_questions_answered_while_an_upload_ingests(tmp_path: Path, minilm) -> None:  # type: ignore[no-untyped-def]
    idx = tmp_path / "idx"
    service = Service(build_seed_corpus(idx, minilm), Settings(index=idx, llm="extractive", k=6))
    files = _articles(tmp_path / "upload", 40)
    errors: list[BaseException] = []
    answered: list[float] = []
    upload_done = threading.Event()
    rows: list[dict[str, Any]] = []

    def upload() -> None:
        try:
            rows.extend(service.ingest_files(files))
        except BaseException as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)
        finally:
            upload_done.set()

    def reader(i: int) -> None:
        n = 0
        while not upload_done.is_set() or n < 3:
            try:
                _check_answer(service, service.ask(QUESTIONS[(i + n) % len(QUESTIONS)]))
                answered.append(time.monotonic())
            except BaseException as exc:  # noqa: BLE001
                errors.append(exc)
                return
            n += 1

    try:
        started = time.monotonic()
        writer = threading.Thread(target=upload)
        readers = [threading.Thread(target=reader, args=(i,)) for i in range(4)]
        writer.start()
        for t in readers:
            t.start()
        writer.join(timeout=600)
        finished = time.monotonic()
        for t in readers:
            t.join(timeout=120)
        assert not errors, errors
        assert [r["status"] for r in rows] == ["indexed"] * 40, rows
        # Chat was not frozen for the length of the upload: questions finished while it ran.
        assert sum(started < t < finished for t in answered) >= 4, (len(answered), finished - started)
        # Once saved, the upload is what the readers see.
        hits = service.corpus.search("cargo volume Port17 third quarter", k=3)
        assert "Port17" in hits[0].chunk.title
        assert service.stats()["articles"] == 41
    finally:
        service.close()


class _Slow(ScriptedChatModel):
    """A model that takes its time, so questions pile up behind it."""

    def chat(self, messages: list[dict[str, str]], *, max_tokens: int = 256, temperature: float = 0.0) -> str:
        time.sleep(0.4)
        return super().chat(messages, max_tokens=max_tokens, temperature=temperature)


@pytest.fixture
def small_queue(tmp_path: Path, minilm) -> Iterator[tuple[str, Service]]:  # type: ignore[no-untyped-def]
    idx = tmp_path / "idx"
    reply = "Kalın said the S-400 would not pose any threat to the F-35 programme [1]."
    service = Service(build_seed_corpus(idx, minilm), Settings(index=idx, llm="embedded", k=4, max_queue=2, queue_timeout=60),
                      llm_factory=lambda _name: _Slow(reply))
    with srv.ServerThread(srv.create_app(service)) as url:
        yield url, service
    service.close()


def test_over_capacity_gets_busy_then_recovers(small_queue: tuple[str, Service]) -> None:
    url, service = small_queue

    def ask(i: int) -> httpx.Response:
        path, body = ("/api/ask", {"question": QUESTIONS[0]}) if i % 2 else (
            "/v1/chat/completions", {"messages": [{"role": "user", "content": QUESTIONS[0]}]})
        return httpx.post(url + path, json=body, timeout=120)

    with ThreadPoolExecutor(12) as pool:
        responses = list(pool.map(ask, range(12)))
    codes = sorted(r.status_code for r in responses)
    assert set(codes) == {200, 503}, codes
    assert codes.count(200) >= 3  # the one answering and the two allowed to wait, at least
    for r in responses:
        if r.status_code == 503:
            assert r.headers["Retry-After"].isdigit()
            text = r.text.lower()
            assert "busy" in text and "qa_max_queue" in text
        else:
            body = r.json()
            assert "F-35" in (body.get("text") or body["choices"][0]["message"]["content"])
    assert service.waiting == 0
    again = httpx.post(url + "/api/ask", json={"question": QUESTIONS[0]}, timeout=60)
    assert again.status_code == 200 and again.json()["citations"]


def test_queue_timeout_is_busy_not_a_hang(tmp_path: Path, hash_embedder) -> None:  # type: ignore[no-untyped-def]
    idx = tmp_path / "idx"
    service = Service(build_seed_corpus(idx, hash_embedder), Settings(index=idx, llm="extractive", queue_timeout=0.3))
    try:
        with service.lock:  # somebody else's long answer
            box: list[BaseException] = []
            t = threading.Thread(target=lambda: _catch(box, service.ask, QUESTIONS[0]))
            t.start()
            t.join(timeout=10)
        assert box and isinstance(box[0], BusyError) and "QA_QUEUE_TIMEOUT" in str(box[0])
        assert service.ask(QUESTIONS[0]).citations  # and the next one is answered
    finally:
        service.close()


def _catch(box: list[BaseException], fn: Any, *args: Any) -> None:
    try:
        fn(*args)
    except BaseException as exc:  # noqa: BLE001
        box.append(exc)
