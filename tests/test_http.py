"""The HTTP faces against a running server: Gradio's API via gradio_client, the JSON endpoint,
the OpenAI-compatible endpoint via the official openai client, tokens, logins and `python app.py`."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from qa import web as srv
from qa.service import Service
from qa.settings import Settings
from tests.conftest import ROOT, build_seed_corpus

TOKEN = "test-token-123"
KALIN = "What did Kalın say about F-35?"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory, minilm) -> Iterator[Service]:  # type: ignore[no-untyped-def]
    d = tmp_path_factory.mktemp("http")
    corpus = build_seed_corpus(d / "idx", minilm)
    svc = Service(corpus, Settings(index=d / "idx", llm="extractive", k=6))
    yield svc
    svc.close()


@pytest.fixture(scope="module")
def url(service: Service) -> Iterator[str]:
    with srv.ServerThread(srv.create_app(service, token=TOKEN)) as u:
        yield u


@pytest.fixture(scope="module")
def expected(service: Service) -> dict[str, Any]:
    return service.ask(KALIN).to_dict()


def post(url: str, path: str, body: Any, headers: dict[str, str] | None = AUTH) -> httpx.Response:
    return httpx.post(url + path, json=body, headers=headers, timeout=60)


def test_gradio_client_ask(url: str, expected: dict[str, Any]) -> None:
    from gradio_client import Client

    client = Client(url, verbose=False)
    result = client.predict(KALIN, None, "extractive", 6, api_name="/ask")
    assert result["text"] == expected["text"] and result["citations"] == expected["citations"]
    refusal = client.predict("Who won the 2022 World Cup?", [[KALIN, expected["text"]]], "", 0, api_name="/ask")
    assert refusal["refused"] is True and refusal["citations"] == []
    from gradio_client.exceptions import AppError

    with pytest.raises(AppError, match="question is empty"):
        client.predict("   ", None, "extractive", 6, api_name="/ask")


def test_json_ask(url: str, expected: dict[str, Any]) -> None:
    r = post(url, "/api/ask", {"question": KALIN, "llm": "extractive", "k": 6})
    assert r.status_code == 200
    body = r.json()
    assert body["text"] == expected["text"] and not body["refused"]
    assert {"text", "refused", "citations", "timings", "backend", "question", "standalone_question", "notes"} <= body.keys()
    c = body["citations"][0]
    assert {"n", "article_id", "title", "url", "source", "published", "quote", "start", "end", "score"} <= c.keys()
    assert "[1]" in body["text"]


@pytest.mark.parametrize("history", [[[KALIN, "Kalın said so [1]."]], [{"role": "user", "content": KALIN}, {"role": "assistant", "content": "Kalın said so [1]."}]])
def test_json_ask_follow_up_with_either_history_form(url: str, history: Any) -> None:
    body = post(url, "/api/ask", {"question": "and when are the talks?", "history": history}).json()
    assert body["standalone_question"] == f"and when are the talks? (follow-up to: {KALIN})"
    assert not body["refused"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "question"),
        ({"question": "   "}, "question"),
        ({"question": KALIN, "k": 0}, "k"),
        ({"question": KALIN, "llm": "gpt-9"}, "llm"),
        ({"question": KALIN, "history": "nope"}, "history"),
        ({"question": KALIN, "colour": "red"}, "colour"),
    ],
)
def test_json_ask_bad_input_names_the_field(url: str, body: dict[str, Any], field: str) -> None:
    r = post(url, "/api/ask", body)
    assert r.status_code == 422
    assert r.json()["field"].startswith(field) and field in r.json()["error"]


def test_json_ask_backend_errors_are_json(url: str) -> None:
    r = post(url, "/api/ask", {"question": KALIN, "llm": "openai"})  # no QA_OPENAI_BASE_URL on this server
    assert r.status_code == 503
    assert r.json()["type"] == "LLMUnavailableError" and "QA_OPENAI_BASE_URL" in r.json()["error"]


def test_openai_client_non_streaming_and_streaming(url: str, expected: dict[str, Any]) -> None:
    from openai import OpenAI

    client = OpenAI(base_url=f"{url}/v1", api_key=TOKEN, max_retries=0)
    assert "article-qa" in [m.id for m in client.models.list()]
    messages = [{"role": "system", "content": "ignored"}, {"role": "user", "content": KALIN}]
    resp = client.chat.completions.create(model="article-qa", messages=messages)  # type: ignore[arg-type]
    assert resp.choices[0].message.content == expected["text"] and resp.choices[0].finish_reason == "stop"
    assert resp.model == "article-qa:extractive"
    assert resp.model_extra["citations"] == expected["citations"] and resp.model_extra["refused"] is False

    chunks = list(client.chat.completions.create(model="article-qa:extractive", messages=messages, stream=True))  # type: ignore[arg-type]
    assert "".join(c.choices[0].delta.content or "" for c in chunks) == expected["text"]
    assert chunks[-1].choices[0].finish_reason == "stop" and chunks[-1].model_extra["citations"] == expected["citations"]
    assert all("citations" not in (c.model_extra or {}) for c in chunks[:-1])

    follow = client.chat.completions.create(model="article-qa", messages=[
        {"role": "user", "content": KALIN}, {"role": "assistant", "content": expected["text"]},
        {"role": "user", "content": [{"type": "text", "text": "and who won the 2022 World Cup?"}]}])  # type: ignore[list-item]
    assert follow.choices[0].message.content == "The articles don't say." and follow.model_extra["refused"] is True


def test_openai_errors(url: str) -> None:
    import openai

    client = openai.OpenAI(base_url=f"{url}/v1", api_key=TOKEN, max_retries=0)
    with pytest.raises(openai.BadRequestError, match="last message must be a user message"):
        client.chat.completions.create(model="article-qa", messages=[{"role": "assistant", "content": "hi"}])
    with pytest.raises(openai.BadRequestError, match="messages"):
        client.chat.completions.create(model="article-qa", messages=[])
    with pytest.raises(openai.InternalServerError, match="QA_OPENAI_BASE_URL"):
        client.chat.completions.create(model="article-qa:openai", messages=[{"role": "user", "content": KALIN}])


def test_raw_sse_format(url: str) -> None:
    r = post(url, "/v1/chat/completions", {"model": "x", "stream": True, "messages": [{"role": "user", "content": KALIN}]})
    assert r.headers["content-type"].startswith("text/event-stream")
    events = [e for e in r.text.split("\n\n") if e]
    assert all(e.startswith("data: ") for e in events) and events[-1] == "data: [DONE]"


def test_token_is_required_on_api_routes(url: str) -> None:
    from openai import AuthenticationError, OpenAI

    for headers in (None, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}):
        assert post(url, "/api/ask", {"question": KALIN}, headers).status_code == 401
        r = httpx.get(url + "/v1/models", headers=headers)
        assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    assert httpx.get(url + "/api/health", headers=AUTH).json()["articles"] == 1
    with pytest.raises(AuthenticationError):
        OpenAI(base_url=f"{url}/v1", api_key="wrong", max_retries=0).models.list()
    assert httpx.get(url + "/", timeout=30).status_code == 200  # the UI itself is guarded by --auth, not the token


def test_concurrent_requests_share_one_assistant(url: str, service: Service, expected: dict[str, Any]) -> None:
    with ThreadPoolExecutor(4) as pool:
        texts = list(pool.map(lambda _: post(url, "/api/ask", {"question": KALIN}).json()["text"], range(6)))
    assert texts == [expected["text"]] * 6
    assert service.assistant() is service.assistant("extractive", 6)


def test_gradio_login_when_auth_is_set(service: Service, expected: dict[str, Any]) -> None:
    from gradio_client import Client
    from gradio_client.exceptions import AuthenticationError

    with srv.ServerThread(srv.create_app(service, auth=("alice", "s3cret"))) as u:
        assert httpx.post(u + "/api/ask", json={"question": KALIN}, timeout=60).status_code == 200  # no token configured
        with pytest.raises(AuthenticationError, match="login"):
            Client(u, verbose=False)
        client = Client(u, auth=("alice", "s3cret"), verbose=False)
        assert client.predict(KALIN, None, "extractive", 6, api_name="/ask")["text"] == expected["text"]


def test_exposure_rules() -> None:
    assert srv.is_loopback("127.0.0.1") and srv.is_loopback("localhost") and srv.is_loopback("::1")
    assert not srv.is_loopback("0.0.0.0") and not srv.is_loopback("192.168.1.5")
    assert srv.exposure_warning("127.0.0.1", None, None) is None
    assert "NO authentication" in (srv.exposure_warning("0.0.0.0", None, None) or "")
    assert "--auth" in (srv.exposure_warning("0.0.0.0", None, "t") or "")
    assert srv.exposure_warning("0.0.0.0", ("a", "b"), "t") is None
    assert srv.parse_auth("bob:pa:ss") == ("bob", "pa:ss")
    with pytest.raises(Exception, match="USER:PASSWORD"):
        srv.parse_auth("bob")
    assert srv.backend_for_model("article-qa:embedded", "extractive") == "embedded"
    assert srv.backend_for_model("gpt-4o", "extractive") == "extractive"


def test_python_app_py_serves_and_warns_when_exposed(service: Service, tmp_path: Path) -> None:
    """`python app.py` on 0.0.0.0 without auth prints the warning and serves the API (same index, read-only use)."""
    port = srv.free_port()
    env = {**os.environ, "QA_API_TOKEN": "", "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    log = tmp_path / "server.log"
    with open(log, "w") as fh:
        proc = subprocess.Popen([sys.executable, str(ROOT / "app.py"), "--host", "0.0.0.0", "--port", str(port),
                                 "--index", str(service.corpus.store.path), "--llm", "extractive"], cwd=ROOT, env=env,
                                stdout=fh, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=5)
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, log.read_text()
                time.sleep(0.5)
        assert r.json()["llm"] == "extractive" and r.json()["articles"] == 1
        assert "NO authentication" in log.read_text()
        from gradio_client import Client

        client = Client(f"http://127.0.0.1:{port}/", verbose=False)
        for _ in range(2):  # events through Gradio's queue (each one used to log pandas deprecations)
            assert client.predict(KALIN, None, "extractive", 6, api_name="/ask")["citations"]
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    # A quiet log: no library warnings (pandas deprecations, "unclosed event loop"), start to exit.
    noisy = [line for line in log.read_text().splitlines() if "Warning" in line or "unclosed" in line]
    assert noisy == [], noisy
