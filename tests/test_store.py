"""The persisted index: round trip, mismatch, incremental ingest, delete, crash safety."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from index.embedding import HashEmbedder
from index.errors import IndexMismatchError, IndexNotFoundError
from index.ingest import ingest_paths, open_or_create
from index.store import IndexStore
from qa.corpus import Corpus
from tests.conftest import ROOT, SEEDS, write


def _articles(d: Path, n: int, tag: str = "") -> None:
    for i in range(n):
        write(d / f"a{i:03d}.txt", f"Headline {i}{tag}\n\nArticle {i} reports that the minister{i} visited city{i}. " * 3)


def _consistent(store: IndexStore) -> tuple[int, int]:
    s = store.stats()
    assert s["chunks"] == s["vectors"] == s["bm25_docs"]
    return s["articles"], s["chunks"]


def test_round_trip_and_search(tmp_path: Path, hash_embedder: HashEmbedder, vector_store: str) -> None:
    _articles(tmp_path / "docs", 5)
    with open_or_create(tmp_path / "idx", hash_embedder, store_args={"vector_store": vector_store}) as store:
        res = ingest_paths(store, hash_embedder, [tmp_path / "docs"], progress=False)
        assert len(res.added) == 5 and res.chunks_added > 0
        before = _consistent(store)
        q = hash_embedder.embed_query("minister3 visited city3")
        dense_before = store.dense_search(q, 3)
    with IndexStore.open(tmp_path / "idx", embed_model=hash_embedder.name, dim=hash_embedder.dim) as store:
        assert not store.rebuilt_on_open  # caches were saved for this generation
        assert _consistent(store) == before
        assert store.dense_search(q, 3) == dense_before
        top = store.get_chunks([store.bm25_search("minister3 city3", 1)[0][0]])[0]
        assert top.title == "Headline 3"
        article = store.get_article(top.article_id)
        assert article is not None and article.text[top.start : top.end] == top.text


def test_model_mismatch_is_an_error(tmp_path: Path, hash_embedder: HashEmbedder) -> None:
    open_or_create(tmp_path / "idx", hash_embedder).close()
    with pytest.raises(IndexMismatchError, match="hash-bow.*other-model"):
        IndexStore.open(tmp_path / "idx", embed_model="other-model", dim=128)
    with pytest.raises(IndexMismatchError, match="dimension 128"):
        Corpus.open(tmp_path / "idx", embedder=HashEmbedder(dim=64))
    with pytest.raises(IndexNotFoundError, match="no index at"):
        Corpus.open(tmp_path / "nothing", embedder=hash_embedder)


def test_reingest_is_idempotent_and_changes_replace(tmp_path: Path, hash_embedder: HashEmbedder, vector_store: str) -> None:
    docs = tmp_path / "docs"
    _articles(docs, 4)
    with Corpus.open(tmp_path / "idx", embedder=hash_embedder, create=True, vector_store=vector_store) as c:
        c.ingest([docs], progress=False)
        counts = _consistent(c.store)
        again = c.ingest([docs], progress=False)
        assert (again.added, again.replaced, again.unchanged, again.chunks_added) == ([], [], 4, 0)
        assert _consistent(c.store) == counts
        write(docs / "a001.txt", "Headline 1 changed\n\nA different body about a treaty signed in Oslo.")
        changed = c.ingest([docs], progress=False)
        assert len(changed.replaced) == 1 and changed.added == [] and changed.unchanged == 3
        arts, _ = _consistent(c.store)
        assert arts == 4
        titles = {a.title for a in c.store.iter_articles()}
        assert "Headline 1 changed" in titles and "Headline 1" not in titles
        hits = c.search("treaty Oslo", k=1)
        assert hits[0].chunk.title == "Headline 1 changed"


def test_remove_deletes_from_vectors_bm25_and_store(tmp_path: Path, hash_embedder: HashEmbedder, vector_store: str) -> None:
    docs = tmp_path / "docs"
    _articles(docs, 3)
    with Corpus.open(tmp_path / "idx", embedder=hash_embedder, create=True, vector_store=vector_store) as c:
        c.ingest([docs], progress=False)
        victim = next(a for a in c.store.iter_articles() if a.title == "Headline 2")
        assert c.remove([victim.id]) == 1
        assert _consistent(c.store)[0] == 2
        assert all(h.chunk.article_id != victim.id for h in c.search("minister2 city2", k=10))
        assert c.remove([str(docs / "a000.txt")]) == 1  # by file path
        assert c.remove(["no-such-id"]) == 0
    with Corpus.open(tmp_path / "idx", embedder=hash_embedder) as c:
        assert _consistent(c.store)[0] == 1


def _generation(idx: Path) -> int:
    import sqlite3

    try:
        with sqlite3.connect(idx / "store.sqlite", timeout=5) as db:
            return int(db.execute("SELECT value FROM meta WHERE key='generation'").fetchone()[0])
    except sqlite3.Error:
        return 0


KILL_SCRIPT = """
import sys, time
sys.path.insert(0, {root!r})
from index.embedding import HashEmbedder
from index.ingest import ingest_paths, open_or_create

class Slow(HashEmbedder):
    def embed(self, texts, **kw):
        time.sleep(0.2)
        return super().embed(texts, **kw)

emb = Slow(dim=128, max_tokens=64)
store = open_or_create({idx!r}, emb)
print("started", flush=True)
ingest_paths(store, emb, [{docs!r}], progress=False, batch_chunks=8)
print("done", flush=True)
"""


def test_killed_ingest_leaves_loadable_index_and_rerun_completes(tmp_path: Path) -> None:
    docs, idx = tmp_path / "docs", tmp_path / "idx"
    _articles(docs, 60)
    script = KILL_SCRIPT.format(root=str(ROOT), idx=str(idx), docs=str(docs))
    emb = HashEmbedder(dim=128, max_tokens=64)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "started"
    deadline = time.time() + 30
    while _generation(idx) < 2 and time.time() < deadline:  # some batches committed, others not
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with Corpus.open(idx, embedder=emb) as c:
        arts, _ = _consistent(c.store)
        assert 0 < arts < 60, "the kill should land mid-ingest"
        assert c.store.rebuilt_on_open  # caches were stale and rebuilt from SQLite
        assert c.search("minister1 city1", k=1)
        c.ingest([docs], progress=False)
        assert _consistent(c.store)[0] == 60
    # A clean ingest of the same files gives exactly the same counts: nothing lost or doubled.
    with Corpus.open(tmp_path / "clean", embedder=emb, create=True) as clean:
        clean.ingest([docs], progress=False)
        with Corpus.open(idx, embedder=emb) as c:
            assert _consistent(c.store) == _consistent(clean.store)


def test_seed_search_kalin_f35(tmp_path: Path, minilm, vector_store: str) -> None:  # type: ignore[no-untyped-def]
    with Corpus.open(tmp_path / "idx", embedder=minilm, create=True, vector_store=vector_store) as c:
        c.ingest([SEEDS], progress=False)
        for query in ("what did Kalın say about F-35", "what did Kalin say about F35", "Kalin F35"):
            top = c.search(query, k=3)[0].chunk
            assert "not pose any threat to the" in top.text and "F-35" in top.text, query


def test_cli_ingest_search_stats_remove(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from qa.cli import main

    idx = str(tmp_path / "cli-idx")
    bad = write(tmp_path / "bad.json", "{nope")
    assert main(["ingest", str(SEEDS), str(bad), "--index", idx, "--json", "--quiet"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["added"] == 1 and report["skipped"][0]["path"] == str(bad)
    assert main(["search", "Kalin F35", "--index", idx, "--json", "--k", "2"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["rank"] == 1 and {"title", "score", "start", "end", "text"} <= rows[0].keys()
    assert main(["stats", "--index", idx, "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["articles"] == 1 and stats["embed_model"] == "all-MiniLM-L6-v2" and stats["dim"] == 384
    assert main(["remove", rows[0]["article_id"], "--index", idx]) == 0
    assert main(["search", "x", "--index", str(tmp_path / "none")]) == 1
    assert "no index at" in capsys.readouterr().err


def test_vectors_match_stored_blobs(tmp_path: Path, hash_embedder: HashEmbedder) -> None:
    _articles(tmp_path / "docs", 2)
    with Corpus.open(tmp_path / "idx", embedder=hash_embedder, create=True) as c:
        c.ingest([tmp_path / "docs"], progress=False)
        vec = hash_embedder.embed_query("Headline 0\nArticle 0 reports")
        assert np.isclose(c.store.dense_search(vec, 1)[0][1], max(s for _, s in c.store.dense_search(vec, 10)))


def test_reader_sees_what_another_writer_finished(tmp_path: Path, hash_embedder: HashEmbedder, vector_store: str) -> None:
    """A chat server's open index picks up a `qa ingest` run by another process."""
    docs = tmp_path / "docs"
    _articles(docs, 2)
    with Corpus.open(tmp_path / "idx", embedder=hash_embedder, create=True, vector_store=vector_store) as writer:
        writer.ingest([docs], progress=False)
        with Corpus.open(tmp_path / "idx", embedder=hash_embedder) as reader:
            assert reader.search("treaty Oslo Zorbania", k=1, mode="bm25") == []
            write(docs / "new.txt", "Oslo treaty\n\nZorbania signed a treaty in Oslo.")
            writer.ingest([docs], progress=False)
            hits = reader.search("treaty Oslo Zorbania", k=1, mode="bm25")
            assert hits and hits[0].chunk.title == "Oslo treaty"
            assert len(reader.store.vectors) == len(writer.store.vectors)
