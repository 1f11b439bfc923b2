"""Crash safety of `qa ingest`: SIGKILL at random points and a simulated full disk.

The machinery lives in scripts/crash_test.py (which also writes docs/results/crash.json). The
default suite runs it with the fast hashed embedder through a wrapper around `qa.cli.main`;
`-m slow` runs the full 20 random kill points and the full-disk cases with the real `qa` command
and MiniLM.
"""

from __future__ import annotations

import errno
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from index.embedding import HashEmbedder
from index.errors import IndexNotFoundError, IndexWriteError
from index.store import IndexStore
from qa.corpus import Corpus
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import crash_test as ct

QUICK_ARTICLES, QUICK_BATCH, QUICK_DELAY = 40, 4, 0.05


@pytest.fixture(scope="module")
def quick(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A 40-article corpus and its reference ingest (hash embedder, 4 chunks per commit)."""
    work = tmp_path_factory.mktemp("crash")
    docs = work / "corpus"
    titles = ct.make_corpus(docs, QUICK_ARTICLES, seed=3)
    ref = ct.reference(docs, work, batch_chunks=QUICK_BATCH, hash_embedder=True, delay=QUICK_DELAY)
    query = next(iter(titles.values())).split(":")[0] + " plan cost"
    return {"work": work, "docs": docs, "ref": ref, "query": query, "emb": ct.make_embedder(True)}


def test_corpus_is_deterministic_and_distinct(tmp_path: Path, quick: dict[str, Any]) -> None:
    a = ct.make_corpus(tmp_path / "a", 30, seed=3)
    b = ct.make_corpus(tmp_path / "b", 30, seed=3)
    assert a == b and len(set(a.values())) == 30
    assert all((tmp_path / "a" / n).read_text() == (tmp_path / "b" / n).read_text() for n in a)
    ref = quick["ref"]
    assert ref["articles"] == QUICK_ARTICLES and ref["batches"] >= 8  # enough commits to land between
    assert len(ref["per_title"]) == QUICK_ARTICLES and {n for _, n in ref["per_title"]} != {1}  # varied chunk counts


def _kill_at_generation(docs: Path, idx: Path, generation: int) -> None:
    """Start `qa ingest` and SIGKILL it once SQLite has `generation` committed batches."""
    proc = subprocess.Popen(
        ct.cli_command(True) + ct.ingest_argv(docs, idx, QUICK_BATCH),
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ct.cli_env(hash_embedder=True, delay=QUICK_DELAY),
    )
    deadline = time.time() + 60
    while ct.snapshot(idx)["generation"] < generation and time.time() < deadline and proc.poll() is None:
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()


def test_kills_mid_ingest_then_continue_then_rerun_is_exact(quick: dict[str, Any]) -> None:
    """Two kills in a row on one index (the second continues the first), each landing between
    batches; the index opens, searches, and a re-run ends with exactly the reference contents."""
    ref, docs, idx = quick["ref"], quick["docs"], quick["work"] / "chain"
    half = ref["batches"] // 2
    for target in (1, half):
        _kill_at_generation(docs, idx, target)
        snap = ct.snapshot(idx)
        assert snap["generation"] >= target and 0 < snap["articles"] < ref["articles"], "the kill should land mid-ingest"
        assert snap["orphans"] == 0
        opened = ct.open_and_search(idx, quick["emb"], quick["query"])
        assert opened["opened"] and opened["consistent"] and opened["hits"] > 0
        assert opened["rebuilt_on_open"], "the caches were stale and must be rebuilt from SQLite"
    kept = ct.snapshot(idx)["articles"]
    rerun = ct.rerun_and_compare(docs, idx, ref, quick["emb"], quick["query"], batch_chunks=QUICK_BATCH, hash_embedder=True)
    assert rerun["rc"] == 0 and rerun["titles_match"] and rerun["exact"], rerun
    assert (rerun["articles"], rerun["chunks"]) == (ref["articles"], ref["chunks"])
    assert rerun["added"] == ref["articles"] - kept  # only what the kills lost was added, nothing twice


def test_sigkill_mid_file_of_one_large_jsonl_then_rerun_is_exact(quick: dict[str, Any]) -> None:
    """The same 40 articles as one .jsonl file: committed batch by batch while the file is read,
    so a SIGKILL lands mid-file with part of it committed; a re-run adds exactly the rest."""
    work = quick["work"]
    jsonl = work / "one-file" / "corpus.jsonl"
    ct.make_jsonl(jsonl, QUICK_ARTICLES, seed=3)
    ref = ct.reference(jsonl, work / "one-file", batch_chunks=QUICK_BATCH, hash_embedder=True, delay=QUICK_DELAY)
    assert ref["articles"] == QUICK_ARTICLES and ref["per_title"] == quick["ref"]["per_title"]
    assert ref["batches"] >= 8  # one file, many commits
    idx = work / "one-file" / "killed"
    _kill_at_generation(jsonl, idx, ref["batches"] // 2)
    snap = ct.snapshot(idx)
    assert 0 < snap["articles"] < ref["articles"] and snap["orphans"] == 0, "the kill should land mid-file"
    opened = ct.open_and_search(idx, quick["emb"], quick["query"])
    assert opened["opened"] and opened["consistent"] and opened["hits"] > 0
    rerun = ct.rerun_and_compare(jsonl, idx, ref, quick["emb"], quick["query"], batch_chunks=QUICK_BATCH, hash_embedder=True)
    assert rerun["exact"] and rerun["titles_match"], rerun
    assert rerun["added"] == ref["articles"] - snap["articles"]  # only what the kill lost, nothing twice


def test_three_random_kill_points(quick: dict[str, Any]) -> None:
    """The script's own loop (fresh and continuing kills at random times), three points."""
    results = ct.run_kills(quick["docs"], quick["work"] / "random", quick["ref"], quick["emb"], quick["query"], kills=3, seed=7,
                           batch_chunks=QUICK_BATCH, hash_embedder=True, delay=QUICK_DELAY, log=lambda _: None)
    assert [r["mode"] for r in results] == ["fresh", "continue", "fresh"]
    for r in results:
        assert r["survived"], r
        assert r["rerun"]["articles"] == quick["ref"]["articles"] and r["rerun"]["orphans"] == 0


def test_kills_inside_the_cache_save(quick: dict[str, Any]) -> None:
    """Killed after the last commit and the FAISS file but before the BM25 files, and before
    derived.json: the new cache files are not trusted, the caches are rebuilt, re-run is exact."""
    results = ct.targeted_kills(quick["docs"], quick["work"], quick["ref"], quick["emb"], quick["query"], batch_chunks=QUICK_BATCH,
                                hash_embedder=True, log=lambda _: None)
    assert len(results) == 2
    for r in results:
        assert r["killed"], r
        assert r["at_kill"]["articles"] == quick["ref"]["articles"]  # every batch was committed
        # derived.json still names the caches of the empty index: the new, partly saved ones are never trusted
        assert r["at_kill"]["derived_generation"] == 0 < r["at_kill"]["generation"]
        assert r["open_check"]["rebuilt_on_open"] and r["open_check"]["consistent"] and r["open_check"]["hits"] > 0
        assert r["rerun"]["exact"] and r["survived"]
    assert any(f.startswith("vectors-") for f in results[0]["files_at_kill"])  # the FAISS file had been written


@pytest.mark.parametrize("case", ["sqlite-commit", "faiss-save", "bm25-save"])
def test_disk_full_gives_clear_error_and_keeps_committed_state(quick: dict[str, Any], case: str) -> None:
    (r,) = ct.disk_full_cases(quick["docs"], quick["work"], quick["ref"], quick["emb"], quick["query"], batch_chunks=QUICK_BATCH,
                              hash_embedder=True, log=lambda _: None, only={case})
    expected = {"sqlite-commit": "SQLite commit", "faiss-save": "FAISS cache save", "bm25-save": "BM25 cache save"}[case]
    assert r["rc"] == 1 and not r["traceback"], r.get("stderr_tail")
    assert r["failed_in"] == expected, r["error"]
    assert r["clear_error"] and r["error"].startswith("qa: error: ") and "disk may be full" in r["error"]
    assert r["tmp_leftovers"] == []  # half-written cache files are removed
    if case == "sqlite-commit":
        assert 0 <= r["committed_after"] < quick["ref"]["articles"] and "rolled back" in r["error"]
    else:
        assert r["committed_after"] == quick["ref"]["articles"] and "nothing was lost" in r["error"]
    assert r["open_check"]["opened"] and r["open_check"]["consistent"] and r["open_check"]["search_ok"]
    assert r["rerun"]["exact"] and r["rerun"]["titles_match"] and r["survived"]


def test_half_created_index_is_finished_by_the_next_ingest(tmp_path: Path, hash_embedder: HashEmbedder) -> None:
    """A creation cut short (empty database file, e.g. a kill or full disk right after it was
    made) reads as "no index" and the next ingest completes it instead of failing forever."""
    idx = tmp_path / "idx"
    idx.mkdir()
    sqlite3.connect(idx / "store.sqlite").close()
    with pytest.raises(IndexNotFoundError, match="no index at"):
        Corpus.open(idx, embedder=hash_embedder)
    ct.make_corpus(tmp_path / "docs", 3, seed=1)
    with Corpus.open(idx, embedder=hash_embedder, create=True) as c:
        c.ingest([tmp_path / "docs"], progress=False)
        assert c.store.stats()["articles"] == 3


def test_cache_save_failure_on_open_still_serves_search(tmp_path: Path, hash_embedder: HashEmbedder,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Opening an index with stale caches on a full disk: the rebuild cannot be saved, but the
    index opens and searches from memory; an ingest's failed save is an IndexWriteError."""
    ct.make_corpus(tmp_path / "docs", 5, seed=2)
    with Corpus.open(tmp_path / "idx", embedder=hash_embedder, create=True) as c:
        c.ingest([tmp_path / "docs"], progress=False)
    (tmp_path / "idx" / "derived.json").unlink()  # stale: must be rebuilt on open

    def full(*_: object, **__: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("index.store._save_bm25", full)
    with pytest.warns(RuntimeWarning, match="could not save the search cache bm25-"):
        store = IndexStore.open(tmp_path / "idx", embed_model=hash_embedder.name, dim=hash_embedder.dim)
    with store:
        assert store.rebuilt_on_open and len(store.vectors) == store.stats()["chunks"] == len(store.bm25) > 0
        assert store.bm25_search("plan", 1)
        assert not (tmp_path / "idx" / "derived.json").exists() and not list((tmp_path / "idx").glob("*.tmp"))
        with pytest.raises(IndexWriteError, match=r"index at .*idx.*No space left on device.*nothing was lost"):
            store.save_derived()
    monkeypatch.undo()
    with IndexStore.open(tmp_path / "idx", embed_model=hash_embedder.name, dim=hash_embedder.dim) as store:
        assert store.rebuilt_on_open and (tmp_path / "idx" / "derived.json").exists()


def test_commit_failure_rolls_back_whole_batch(tmp_path: Path, hash_embedder: HashEmbedder) -> None:
    """A batch that fails in SQLite with SQLITE_FULL is rolled back whole and reported clearly."""
    ct.make_corpus(tmp_path / "docs", 4, seed=4)
    with Corpus.open(tmp_path / "idx", embedder=hash_embedder, create=True) as c:
        c.ingest([tmp_path / "docs"], progress=False)
        before = c.store.stats()
        db = c.store._db
        # Cap the database at its current page count: the next batch cannot grow it ("database or disk is full").
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count={pages}")
        ct.make_corpus(tmp_path / "more", 30, seed=5)
        with pytest.raises(IndexWriteError, match=r"index at .*idx.*disk is full.*rolled back.*4 articles committed"):
            c.ingest([tmp_path / "more"], progress=False)
        assert c.store.stats()["articles"] == before["articles"] and not db.in_transaction
        assert len(c.store.vectors) == before["vectors"]


@pytest.mark.slow
def test_twenty_random_kills_and_disk_full_real_cli(tmp_path: Path) -> None:
    """The full run with the real `qa` command and MiniLM (about 12 min on 2 cores)."""
    docs = tmp_path / "corpus"
    titles = ct.make_corpus(docs, 150, seed=1)
    query = next(iter(titles.values())).split(":")[0] + " plan cost"
    ref = ct.reference(docs, tmp_path, batch_chunks=24, hash_embedder=False, warm_up=True)
    assert ref["articles"] == 150 and ref["batches"] >= 8
    emb = ct.make_embedder(False)
    kills = ct.run_kills(docs, tmp_path, ref, emb, query, kills=20, seed=1, batch_chunks=24, hash_embedder=False)
    assert len(kills) == 20 and all(r["survived"] for r in kills), [r for r in kills if not r["survived"]]
    assert any(r["phase"].startswith("between batches") for r in kills)
    targeted = ct.targeted_kills(docs, tmp_path, ref, emb, query, batch_chunks=24, hash_embedder=False)
    assert all(r["survived"] for r in targeted), targeted
    disk = ct.disk_full_cases(docs, tmp_path, ref, emb, query, batch_chunks=24, hash_embedder=False)
    assert {r["failed_in"] for r in disk} >= {"SQLite commit", "FAISS cache save", "BM25 cache save"}
    assert all(r["survived"] for r in disk), [r for r in disk if not r["survived"]]
