"""Bad input of every kind (tests/badinput.py): files, HTTP requests and settings.

Each bad file must be reported by name with a reason while every good article of the same batch
is indexed; each bad request must get a clear error naming the field, and the server must keep
answering; each bad setting must name the variable.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from index.articles import LoadReport, load_paths
from qa import web as srv
from qa.service import Service
from qa.settings import Settings
from tests.badinput import (
    FILE_CASES,
    GOOD,
    REQUEST_CASES,
    SECRET,
    SETTING_CASES,
    FileCase,
    RequestCase,
    SettingCase,
    about,
    make_batch,
)
from tests.conftest import ROOT, SEEDS, build_seed_corpus

QA = [sys.executable, "-m", "qa"]


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, FileCase]]:
    d = tmp_path_factory.mktemp("bad")
    cases = make_batch(d / "batch", d / "outside")
    yield d / "batch", cases
    (d / "batch" / "huge.txt").unlink(missing_ok=True)  # 200 MB: don't keep it around


@pytest.fixture(scope="module")
def report(batch: tuple[Path, dict[str, FileCase]]) -> LoadReport:
    folder, _ = batch
    started = time.monotonic()
    rep = load_paths([folder, folder / "report.pdf"])
    assert time.monotonic() - started < 60  # the pipe never blocked, the 200 MB file was not read
    return rep


@pytest.mark.parametrize("case", FILE_CASES, ids=[c.name for c in FILE_CASES])
def test_bad_file_reported_by_name(case: FileCase, batch: tuple[Path, dict[str, FileCase]], report: LoadReport) -> None:
    _, by_name = batch
    name = next(n for n, c in by_name.items() if c is case)
    skips, warns, arts = about(report, name)
    skips, warns = [x.lower() for x in skips], [x.lower() for x in warns]
    if case.outcome == "skip":
        assert not arts, f"{name} should not be indexed"
        assert skips and any(case.expect in s for s in skips), (name, skips)
    else:
        assert len(arts) == case.articles, (name, [a.title for a in arts], skips)
        if case.outcome == "warn":
            assert any(case.expect in m for m in skips + warns), (name, skips, warns)
        else:
            assert not warns and not skips, (name, skips, warns)
        for key, want in case.check.items():
            got = [a.title if key == "title" else a.text for a in arts]
            assert any(want == g if key == "title" else want in g for g in got), (name, key, got)


def test_good_articles_all_loaded_and_no_secret(report: LoadReport) -> None:
    titles = {a.title for a in report.articles}
    assert {"Kalın on the F-35", "Lira steadies", "Metro line opens"} <= titles
    assert not any(SECRET in a.text for a in report.articles)
    assert len(FILE_CASES) >= 30


def test_whole_batch_through_qa_ingest(batch: tuple[Path, dict[str, FileCase]], tmp_path: Path) -> None:
    """The real CLI on the hostile folder: exit 0, every bad file named, every good article indexed."""
    folder, by_name = batch
    env = {**os.environ, "QA_INDEX": str(tmp_path / "idx")}

    def run(*a: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*QA, *a], check=False, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)

    first = run("ingest", str(SEEDS), "--quiet", "--json")
    assert first.returncode == 0, first.stderr
    before = json.loads(first.stdout)["total_articles"]
    out = run("ingest", str(folder), "--quiet", "--json")
    assert out.returncode == 0, out.stderr
    rep = json.loads(out.stdout)
    expected = len(GOOD) + sum(c.articles for c in FILE_CASES)
    assert rep["added"] == expected and rep["total_articles"] == before + expected
    skipped = "\n".join(s["path"] for s in rep["skipped"])
    for name, case in by_name.items():
        if case.outcome == "skip" and case.name != "report.pdf":  # .pdf is not picked up by a folder walk
            assert name in skipped, name
    stats = json.loads(run("stats", "--json").stdout)
    assert stats["articles"] == before + expected and stats["vectors"] == stats["chunks"] == stats["bm25_docs"]
    hit = json.loads(run("search", "İBRAHİM KALIN F-35", "--json", "--k", "3").stdout)
    assert any("Kalın" in h["title"] or "Kalın" in h["text"] for h in hit)


# --- requests ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory, minilm) -> Iterator[Service]:  # type: ignore[no-untyped-def]
    d = tmp_path_factory.mktemp("badreq")
    svc = Service(build_seed_corpus(d / "idx", minilm), Settings(index=d / "idx", llm="extractive", k=6))
    yield svc
    svc.close()


@pytest.fixture(scope="module")
def url(service: Service) -> Iterator[str]:
    with srv.ServerThread(srv.create_app(service)) as u:
        yield u


def send(url: str, case: RequestCase) -> httpx.Response:
    if isinstance(case.body, bytes):
        return httpx.request(case.method, url + case.path, content=case.body, headers={"content-type": "application/json"}, timeout=60)
    return httpx.request(case.method, url + case.path, json=case.body, timeout=60)


@pytest.mark.parametrize("case", REQUEST_CASES, ids=[c.kind for c in REQUEST_CASES])
def test_bad_request_gets_clear_answer(case: RequestCase, url: str) -> None:
    resp = send(url, case)
    assert resp.status_code == case.status, resp.text[:500]
    body = resp.json()
    assert case.expect in json.dumps(body, ensure_ascii=False).lower(), body
    if case.status == 200:
        assert body["citations"] or body["refused"]
        for c in body["citations"]:
            assert f"[{c['n']}]" in body["text"]
    # The server keeps answering after every bad request.
    ok = httpx.post(url + "/api/ask", json={"question": "What did Kalın say about F-35?"}, timeout=60)
    assert ok.status_code == 200 and ok.json()["citations"]


def test_turkish_capitals_answer_like_lower_case(url: str) -> None:
    # İ/ı fold like I/i: the capitalised question cites the same passages as the plain one.
    def ask(q: str) -> dict[str, Any]:
        return httpx.post(url + "/api/ask", json={"question": q}, timeout=60).json()

    upper, plain = ask("WHAT DID İBRAHİM KALIN SAY ABOUT THE F-35?"), ask("What did Ibrahim Kalin say about the F-35?")
    assert not upper["refused"] and any("F-35" in c["quote"] for c in upper["citations"])
    assert [c["quote"] for c in upper["citations"]] == [c["quote"] for c in plain["citations"]]


# --- settings ------------------------------------------------------------------------------------


def _qa(*args: str, env: dict[str, str], cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*QA, *args], check=False, cwd=cwd, env={**os.environ, **env}, capture_output=True, text=True, timeout=300)


def test_unknown_setting_warns_and_runs(tmp_path: Path) -> None:
    out = _qa("ingest", str(SEEDS), "--quiet", env={"QA_INDEX": str(tmp_path / "i"), "QA_TOP_K": "3"})
    assert out.returncode == 0 and "unknown setting QA_TOP_K" in out.stderr and "QA_K" in out.stderr


@pytest.mark.parametrize("case", SETTING_CASES, ids=[c.kind for c in SETTING_CASES])
def test_bad_setting_names_the_variable(case: SettingCase, tmp_path: Path) -> None:
    out = _qa("ask", "What did Kalın say about F-35?", env={"QA_INDEX": str(tmp_path / "i"), **case.env})
    assert out.returncode == 1 and case.expect in out.stderr and "Traceback" not in out.stderr, out.stderr


def test_index_path_is_a_file(tmp_path: Path) -> None:
    f = tmp_path / "not-a-folder"
    f.write_text("x")
    out = _qa("ingest", str(SEEDS), env={"QA_INDEX": str(f)})
    assert out.returncode == 1 and str(f) in out.stderr and "Traceback" not in out.stderr, out.stderr


def test_corrupt_database_named(tmp_path: Path, hash_embedder) -> None:  # type: ignore[no-untyped-def]
    idx = tmp_path / "idx"
    idx.mkdir()
    (idx / "store.sqlite").write_bytes(b"this is not a database" * 100)
    out = _qa("search", "Kalin", env={"QA_INDEX": str(idx)})
    assert out.returncode == 1 and "store.sqlite" in out.stderr or str(idx) in out.stderr, out.stderr
    assert "Traceback" not in out.stderr


def test_damaged_cache_is_rebuilt(tmp_path: Path, hash_embedder) -> None:  # type: ignore[no-untyped-def]
    idx = tmp_path / "idx"
    build_seed_corpus(idx, hash_embedder).close()
    for f in idx.glob("vectors-*.faiss"):
        f.write_bytes(b"garbage")
    from qa.corpus import Corpus

    with Corpus.open(idx, embedder=hash_embedder) as c:
        assert c.store.rebuilt_on_open and c.search("Kalin F-35")
