"""Shared fixtures: offline always, every data directory under tmp_path, fast fakes that keep meaning."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from index.embedding import HashEmbedder, SentenceTransformerEmbedder
from qa.corpus import Corpus

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
# MultiHop-RAG dev, where this checkout's shared data lives; tests that need it skip without it.
MULTIHOP = ROOT.parent / "shared" / "data" / "multihop-rag" / "dev.jsonl"


# "milvus-server": a Milvus Lite engine started as its own gRPC server on loopback
# (`python -m index.milvus_lite_server`: milvus_lite's server command), reached by URI as a Milvus server or cluster is: the server code
# path (`QA_VECTOR_STORE=http://…`, collections on a shared server, Milvus's built-in BM25).
VECTOR_STORES = ("faiss", "milvus-lite", "milvus-server")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--vector-store", default=",".join(VECTOR_STORES),
        help="vector stores the backend-parametrised tests run on, comma-separated: faiss, milvus-lite, "
             "milvus-server (a loopback Milvus Lite server) or a Milvus server URI (default: all three)",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    # Any test (or fixture) that asks for `vector_store` runs once per backend; a module-scoped
    # fixture that asks for it is built once per backend.
    if "vector_store" in metafunc.fixturenames:
        stores = [s.strip() for s in metafunc.config.getoption("vector_store").split(",") if s.strip()]
        metafunc.parametrize("vector_store", stores, scope="module", indirect=True)


@pytest.fixture(scope="module")
def vector_store(request: pytest.FixtureRequest) -> str:
    """The `QA_VECTOR_STORE` value a parametrised test runs on ("milvus-server": the loopback server's URI)."""
    return request.getfixturevalue("milvus_server") if request.param == "milvus-server" else request.param


@pytest.fixture(scope="session")
def milvus_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A Milvus Lite gRPC server on a free loopback port for the session; yields its URI."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    data = tmp_path_factory.mktemp("milvus-server")
    log = (data.parent / "milvus-server.log").open("w")
    # Milvus Lite's own server command, with a Milvus server's gRPC keepalive policy (see the launcher).
    proc = subprocess.Popen([sys.executable, "-m", "index.milvus_lite_server", "server", "--data-dir", str(data), "--host", "127.0.0.1",
                             "--port", str(port)], stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"}, cwd=ROOT)
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"the Milvus Lite server exited ({proc.returncode}); log: {log.name}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"the Milvus Lite server did not listen on port {port} within 60 s; log: {log.name}") from None
                time.sleep(0.2)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture(autouse=True)
def _offline(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    monkeypatch.setenv("QA_INDEX", str(tmp_path / "default-index"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    if MULTIHOP.is_file():
        monkeypatch.setenv("QA_MULTIHOP", str(MULTIHOP))  # `qa eval multihop` and `qa bench` read the setting


@pytest.fixture
def hash_embedder() -> HashEmbedder:
    return HashEmbedder(dim=128, max_tokens=64)


@pytest.fixture(scope="session")
def minilm() -> SentenceTransformerEmbedder:
    """The shipped all-MiniLM-L6-v2, loaded once per test session."""
    emb = SentenceTransformerEmbedder()
    assert emb.dim == 384
    return emb


def build_seed_corpus(index_dir: Path, embedder: Any, *extra: Path, vector_store: str | None = None) -> Corpus:
    """A new index at `index_dir` holding the seed articles (and `extra` files or folders)."""
    corpus = Corpus.open(index_dir, embedder=embedder, create=True, vector_store=vector_store)
    corpus.ingest([SEEDS, *extra], progress=False)
    return corpus


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path
