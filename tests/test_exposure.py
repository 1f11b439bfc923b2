"""Exposure: what a network client can make the server read, upload or see.

Uploads are read only from Gradio's upload folder (or QA_ARTICLE_ROOTS), whatever path a client
names; uploads have size and type limits; `qa ingest` honours QA_ARTICLE_ROOTS; an API key never
shows in a response, a log line or the page.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from qa import web as srv
from qa.service import Service
from qa.settings import Settings
from tests.conftest import ROOT, SEEDS, build_seed_corpus, write

KEY = "sk-LEAK-7c1e"
URL_PASSWORD = "pw-LEAK-93ab"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory, minilm) -> Iterator[tuple[str, Service, Path]]:  # type: ignore[no-untyped-def]
    d = tmp_path_factory.mktemp("exposed")
    settings = Settings(index=d / "idx", llm="extractive", max_file_bytes=20_000, openai_api_key=KEY,
                        openai_base_url=f"http://user:{URL_PASSWORD}@127.0.0.1:9/v1?api_key={KEY}")
    service = Service(build_seed_corpus(d / "idx", minilm), settings)
    with srv.ServerThread(srv.create_app(service)) as url:
        yield url, service, d
    service.close()


def _gradio_call(url: str, api: str, data: list[Any]) -> str:
    """Call a Gradio event the raw way a hostile client would; returns the event stream text."""
    event = httpx.post(f"{url}/gradio_api/call/{api}", json={"data": data}, timeout=60)
    if event.status_code != 200:
        return event.text
    return httpx.get(f"{url}/gradio_api/call/{api}/{event.json()['event_id']}", timeout=120).text


def test_upload_event_never_reads_a_path_outside_the_upload_folder(served: tuple[str, Service, Path]) -> None:
    url, service, d = served
    secret = write(d / "private" / "secret.txt", "Private memo\n\nThe vault code is VAULT-5521 and nobody may know it.")
    before = service.stats()["articles"]
    stream = _gradio_call(url, "upload", [[{"path": str(secret), "meta": {"_type": "gradio.FileData"}}], "extractive", 6])
    assert "VAULT-5521" not in stream
    assert service.stats()["articles"] == before
    assert all("VAULT" not in h.chunk.text for h in service.corpus.search("vault code VAULT-5521", k=3))
    assert "not uploaded by a user" in stream  # Gradio's own check, switched on by create_app
    # Nor can a client fetch files through Gradio's file route: the index, the code, the secret.
    for path in (secret, Path(service.corpus.store.path) / "store.sqlite", ROOT / "pyproject.toml"):
        assert httpx.get(f"{url}/gradio_api/file={path}", timeout=30).status_code == 403, path


def test_service_refuses_paths_outside_roots(served: tuple[str, Service, Path]) -> None:
    _, service, d = served
    inside = write(d / "inbox" / "ok.txt", "Harbour news\n\nThe harbour of Samsun reopened after the storm on Friday.")
    outside = write(d / "elsewhere" / "notes.txt", "Notes\n\nThese notes must stay private, says the owner.")
    link = d / "inbox" / "link.txt"
    link.symlink_to(outside)
    rows = service.ingest_files([inside, outside, link], roots=[d / "inbox"])
    assert [r["status"] for r in rows] == ["indexed", "skipped", "skipped"], rows
    assert all("outside the upload and article folders" in r["detail"] for r in rows[1:])


def test_upload_size_and_type_limits(served: tuple[str, Service, Path]) -> None:
    url, service, d = served
    big = write(d / "big.txt", "Big\n\n" + "word " * 10_000)  # 50 kB, over the 20 kB limit
    resp = httpx.post(f"{url}/gradio_api/upload", files={"files": ("big.txt", big.read_bytes(), "text/plain")}, timeout=60)
    assert resp.status_code == 413, resp.text
    rows = service.ingest_files([big, write(d / "tool.exe", "MZ not an article")])
    assert rows[0]["status"] == "skipped" and "20,000-byte limit" in rows[0]["detail"]
    assert rows[1]["status"] == "skipped" and "unsupported file type .exe" in rows[1]["detail"]


def test_secrets_never_shown(served: tuple[str, Service, Path], caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]) -> None:
    url, service, _ = served
    caplog.set_level(logging.DEBUG)
    seen: list[str] = []
    # Not a "said" question: those are answered from stored quotes without calling the model.
    r = httpx.post(f"{url}/api/ask", json={"question": "Why was Turkey removed from the F-35 programme?", "llm": "openai"}, timeout=60)
    assert r.status_code == 503 and "QA_OPENAI_BASE_URL" in r.text or "127.0.0.1:9" in r.text, r.text
    seen.append(r.text)
    seen.append(httpx.post(f"{url}/v1/chat/completions", json={"model": "article-qa:openai", "messages": [
        {"role": "user", "content": "Why was Turkey removed from the F-35 programme?"}]}, timeout=60).text)
    seen += [httpx.get(url + p, timeout=60).text for p in ("/", "/api/health", "/config", "/gradio_api/info", "/api/openapi.json")]
    from qa.web.render import backend_description, index_panel_html

    seen.append(index_panel_html(service.stats(), service.settings, "openai"))
    seen.append(backend_description(service.settings, "openai"))
    seen.append(repr(service.settings))
    out, err = capfd.readouterr()
    seen += [out, err, caplog.text]
    for text in seen:
        assert KEY not in text and URL_PASSWORD not in text


def test_qa_ingest_honours_article_roots(tmp_path: Path) -> None:
    roots = tmp_path / "articles"
    good = write(roots / "a.txt", "Bridge opens\n\nA new bridge over the river opened on Monday.")
    outside = write(tmp_path / "private" / "b.txt", "Private\n\nThis file lies outside the article folders.")
    (roots / "sneaky.txt").symlink_to(outside)
    env = {**os.environ, "QA_INDEX": str(tmp_path / "idx"), "QA_ARTICLE_ROOTS": str(roots)}
    out = subprocess.run([sys.executable, "-m", "qa", "ingest", str(good.parent), str(outside), str(SEEDS), "--json", "--quiet"],
                         check=False, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    rep = json.loads(out.stdout)
    assert rep["added"] == 1
    reasons = {Path(s["path"]).name: s["reason"] for s in rep["skipped"]}
    assert "outside the allowed article folders" in reasons["b.txt"]
    assert "outside the allowed article folders" in reasons["seeds"]
    assert "outside" in reasons["sneaky.txt"]
