"""The two vector stores (FAISS, Milvus Lite): same results, citations and deletes; filters; the setting."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from index.embedding import HashEmbedder
from index.errors import IndexMismatchError
from index.milvus_store import MilvusVectors, parse_vector_store
from index.store import IndexStore
from index.vector_backends import decode_blobs, encode_blob
from index.vectors import VectorIndex, clustered_unit_vectors, exact_search
from qa.assistant import Assistant
from qa.corpus import Corpus
from qa.errors import ConfigError
from qa.settings import Settings
from tests.conftest import build_seed_corpus, write

QUERIES = [
    "What did Kalın say about F-35?",
    "Kalin F35",
    "When is the NATO summit?",
    "S-400 stand-alone platform not integrated",
    "Pompeo Turkey sanctions",
]
EXTRA = {
    "oslo.txt": "Oslo treaty signed\n\nZorbania and Nordland signed a fishing treaty in Oslo on Monday, the foreign minister said.",
    "summit.txt": "Summit moved\n\nThe regional summit was moved to Vienna, organisers told reporters on Friday.",
}


def _hits(c: Corpus, q: str, mode: str) -> list[tuple[int, str, int, int]]:
    return [(h.chunk.chunk_id, h.chunk.title, h.chunk.start, h.chunk.end) for h in c.search(q, k=6, mode=mode)]  # type: ignore[arg-type]


def _citations(c: Corpus, q: str) -> list[tuple[str, int, int, str]]:
    answer = Assistant(c, None).ask(q)
    return [(x.article_id, x.start, x.end, x.quote) for x in answer.citations]


def test_same_results_citations_and_deletes_on_faiss_milvus_lite_and_a_milvus_server(tmp_path: Path, minilm, milvus_server: str) -> None:  # type: ignore[no-untyped-def]
    for name, text in EXTRA.items():
        write(tmp_path / "docs" / name, text)
    stores = {"faiss": "faiss", "milvus-lite": "milvus-lite", "milvus-server": milvus_server}
    corpora = {name: build_seed_corpus(tmp_path / name, minilm, tmp_path / "docs", vector_store=vs) for name, vs in stores.items()}
    try:
        faiss_c = corpora["faiss"]
        assert faiss_c.store.manifest.vector_store == "faiss"
        # On the server lexical search is Milvus's own BM25 (the default there); in Lite, bm25s.
        assert corpora["milvus-server"].store.manifest.lexical == "milvus" and corpora["milvus-lite"].store.manifest.lexical == "bm25s"
        victim = next(a.id for a in faiss_c.store.iter_articles() if a.title == "Oslo treaty signed")
        for name in ("milvus-lite", "milvus-server"):
            milvus_c = corpora[name]
            assert milvus_c.store.manifest.vector_store == "milvus"
            assert faiss_c.store.stats()["chunks"] == milvus_c.store.stats()["vectors"] == len(milvus_c.store.vectors) > 0
            for q in QUERIES:
                vec = minilm.embed_query(q)
                a, b = faiss_c.store.dense_search(vec, 10), milvus_c.store.dense_search(vec, 10)
                assert [i for i, _ in a] == [i for i, _ in b], name
                assert np.allclose([s for _, s in a], [s for _, s in b], atol=1e-5), name
                for mode in ("dense", "bm25", "hybrid"):
                    assert _hits(faiss_c, q, mode) == _hits(milvus_c, q, mode), (name, q, mode)
                assert _citations(faiss_c, q) == _citations(milvus_c, q), name
            assert milvus_c.remove([victim]) == 1
        assert faiss_c.remove([victim]) == 1
        for c in corpora.values():
            assert all(h.chunk.article_id != victim for h in c.search("Zorbania fishing treaty Oslo", k=10))
        for name in ("milvus-lite", "milvus-server"):
            milvus_c = corpora[name]
            assert _hits(faiss_c, "Zorbania fishing treaty Oslo", "hybrid") == _hits(milvus_c, "Zorbania fishing treaty Oslo", "hybrid"), name
            assert len(milvus_c.store.vectors) == milvus_c.store.stats()["chunks"] == faiss_c.store.stats()["chunks"], name
    finally:
        for c in corpora.values():
            c.close()
    with Corpus.open(tmp_path / "milvus-lite", embedder=minilm) as again:  # reopened: the Milvus rows are kept, not rebuilt
        assert not again.store.rebuilt_on_open and len(again.store.vectors) == again.store.stats()["chunks"]


def _stores(tmp_path: Path, ids: np.ndarray, vecs: np.ndarray, vector_store: str, exact_max: int):  # type: ignore[no-untyped-def]
    if vector_store == "faiss":
        return VectorIndex.build(ids, vecs, exact_max=exact_max)
    mv = MilvusVectors(str(tmp_path / "m.db"), "t", vecs.shape[1])
    mv.add(ids, vecs)
    return mv


@pytest.mark.parametrize("exact_max", [10_000, 1_000])  # flat, and IVF-SQ8 (FAISS) with the same data
def test_filtered_search_returns_k_hits_when_k_exist(tmp_path: Path, vector_store: str, exact_max: int) -> None:
    if vector_store != "faiss" and exact_max < 10_000:
        pytest.skip("Milvus re-types to IVF only past EXACT_MAX rows (covered by the benchmarks)")
    vecs = clustered_unit_vectors(4_000, 32, clusters=40, seed=3)
    ids = np.arange(10, 4_010, dtype=np.int64)
    store = _stores(tmp_path, ids, vecs, vector_store, exact_max)
    q = vecs[7]
    # Allowed rows far from the query (every 97th id): few of them sit in the probed IVF lists.
    allowed = ids[::97]
    hits = store.search(q, 10, allowed=allowed)
    assert len(hits) == 10 and {i for i, _ in hits} <= set(allowed.tolist())
    pos = np.searchsorted(ids, allowed)
    _, best = exact_search(q.reshape(1, -1), vecs[pos], 10)
    if exact_max == 10_000:  # exact: the very same ids as brute force over the allowed rows
        assert [i for i, _ in hits] == allowed[best[0]].tolist()
    assert len(store.search(q, 10, allowed=allowed[:3])) == 3  # fewer allowed than k: all of them
    assert store.search(q, 10, allowed=np.array([], dtype=np.int64)) == []
    assert store.search(q, 10, allowed=np.array([999_999])) == []  # an id that is not indexed


def test_vector_store_is_recorded_and_a_mismatch_names_the_setting(tmp_path: Path, hash_embedder: HashEmbedder) -> None:
    write(tmp_path / "docs" / "a.txt", "Headline\n\nThe minister visited the city.")
    with Corpus.open(tmp_path / "idx", embedder=hash_embedder, create=True, vector_store="milvus-lite") as c:
        c.ingest([tmp_path / "docs"], progress=False)
        assert c.store.manifest.vector_store == "milvus" and c.store.manifest.milvus_collection
        assert json.loads((tmp_path / "idx" / "manifest.json").read_text())["vector_store"] == "milvus"
    with pytest.raises(IndexMismatchError, match=r"QA_VECTOR_STORE.*Unset|keeps its vectors in Milvus.*'faiss'"):
        Corpus.open(tmp_path / "idx", embedder=hash_embedder, vector_store="faiss")
    with Corpus.open(tmp_path / "idx", embedder=hash_embedder) as c:  # unset: the index's own
        assert c.store.backend.kind == "milvus" and c.search("minister city", k=1)
    with pytest.raises(ConfigError, match="QA_VECTOR_STORE"):
        Settings.load(vector_store="elasticsearch")
    assert parse_vector_store("http://milvus:19530") == ("milvus", "http://milvus:19530")
    assert parse_vector_store("faiss") == ("faiss", None) and parse_vector_store(None) == ("", None)
    assert parse_vector_store("milvus-lite") == ("milvus", None)
    assert parse_vector_store(str(tmp_path / "x.db")) == ("milvus", str(tmp_path / "x.db"))


def test_milvus_location_moved_is_filled_from_sqlite(tmp_path: Path, hash_embedder: HashEmbedder) -> None:
    """A new Milvus location (a moved deployment, an empty server) is filled from SQLite on open."""
    for i in range(4):
        write(tmp_path / "docs" / f"a{i}.txt", f"Headline {i}\n\nMinister{i} visited city{i} on Monday. " * 3)
    with Corpus.open(tmp_path / "idx", embedder=hash_embedder, create=True, vector_store="milvus-lite") as c:
        c.ingest([tmp_path / "docs"], progress=False)
        before = [(h.chunk.chunk_id, round(h.score, 6)) for h in c.search("minister2 city2", k=4)]
    moved = str(tmp_path / "elsewhere.db")
    with Corpus.open(tmp_path / "idx", embedder=hash_embedder, vector_store=moved) as c:
        assert c.store.rebuilt_on_open and c.store.backend.location == moved
        assert len(c.store.vectors) == c.store.stats()["chunks"]
        assert [(h.chunk.chunk_id, round(h.score, 6)) for h in c.search("minister2 city2", k=4)] == before
    with Corpus.open(tmp_path / "idx", embedder=hash_embedder) as c:  # the new location is remembered
        assert c.store.backend.location == moved and not c.store.rebuilt_on_open


def test_milvus_bm25_scores_as_bm25s_on_one_segment(tmp_path: Path, hash_embedder: HashEmbedder) -> None:
    """Milvus's built-in BM25, fed the project's tokens, ranks and scores as bm25s does (one segment:
    Milvus Lite 3.2 keeps IDF per segment, a Milvus server across the collection)."""
    for i in range(12):
        write(tmp_path / "docs" / f"a{i}.txt", f"Headline {i}\n\nKalın said the F-35 programme {i} was safe; minister{i % 4} visited city{i % 3}.")
    with (
        Corpus.open(tmp_path / "m", embedder=hash_embedder, create=True, vector_store="milvus-lite", lexical="milvus") as m,
        Corpus.open(tmp_path / "f", embedder=hash_embedder, create=True) as f,
    ):
        m.ingest([tmp_path / "docs"], progress=False)
        f.ingest([tmp_path / "docs"], progress=False)
        assert m.store.manifest.lexical == "milvus" and not (tmp_path / "m" / "bm25-1").exists()
        for q in ("Kalin F35", "minister2 city1", "programme 7 safe"):
            a, b = f.store.bm25_search(q, 6), m.store.bm25_search(q, 6)
            assert [i for i, _ in a] == [i for i, _ in b]
            assert np.allclose([s for _, s in a], [s for _, s in b], rtol=1e-4)
        victim = next(a.id for a in m.store.iter_articles() if a.title == "Headline 7")
        m.remove([victim])
        assert all(h.chunk.article_id != victim for h in m.search("programme 7 safe", k=10, mode="bm25"))
    with pytest.raises(IndexMismatchError, match="QA_LEXICAL"):
        Corpus.open(tmp_path / "bad", embedder=hash_embedder, create=True, lexical="milvus")


def test_sqlite_keeps_float16_and_reads_float32_blobs(tmp_path: Path, hash_embedder: HashEmbedder) -> None:
    write(tmp_path / "docs" / "a.txt", "Headline\n\nThe minister visited the city on Monday.")
    with Corpus.open(tmp_path / "idx", embedder=hash_embedder, create=True) as c:
        c.ingest([tmp_path / "docs"], progress=False)
    with sqlite3.connect(tmp_path / "idx" / "store.sqlite") as db:
        (blob,) = db.execute("SELECT vector FROM chunks LIMIT 1").fetchone()
        assert len(blob) == 2 * hash_embedder.dim
        # An index written before float16 (format 1) keeps float32 blobs: both are read.
        v = np.random.default_rng(0).standard_normal(hash_embedder.dim).astype(np.float32)
        v /= np.linalg.norm(v)
        db.execute("UPDATE chunks SET vector=? WHERE id=(SELECT MIN(id) FROM chunks)", (v.tobytes(),))
    mixed = decode_blobs([v.tobytes(), encode_blob(v)], hash_embedder.dim)
    assert mixed is not None and mixed.dtype == np.float32 and np.allclose(mixed[0], mixed[1], atol=1e-3)
    (tmp_path / "idx" / "derived.json").unlink()  # force a rebuild from the mixed blobs
    with IndexStore.open(tmp_path / "idx", embed_model=hash_embedder.name, dim=hash_embedder.dim) as store:
        assert store.rebuilt_on_open and len(store.vectors) == store.stats()["chunks"]
        assert store.dense_search(v, 1)[0][1] == pytest.approx(1.0, abs=1e-5)


def _filter_rows() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    outlets = ("Big Wire", "big wire", "Ünal Press", "ünal press", "Small Paper")
    for i in range(60):
        row: dict[str, object] = {"id": f"r{i}", "title": f"Summit report {i}", "source": outlets[i % 5],
                                  "text": f"The summit in city{i % 7} discussed budget{i % 4} and ferries {i}."}
        if i % 6:  # every sixth article has no date: it never matches a date range
            row["published"] = f"2019-11-{1 + i % 28:02d}" + ("T09:30:00" if i % 2 else "")
        rows.append(row)
    return rows


def test_filters_are_expressions_on_milvus_and_give_faiss_results(tmp_path: Path, hash_embedder: HashEmbedder, monkeypatch, milvus_server: str) -> None:  # type: ignore[no-untyped-def]
    """Milvus gets a filter as an expression on its scalar fields (article_id, collection, source
    key, published), never the id list; the hits are the ones FAISS's id selector gives, k of
    them when k exist, and every hit is one SQLite's filter allows."""
    from datetime import date

    from index.filters import SearchFilter
    from index.milvus_filters import filter_expression

    sent: list[str] = []
    original = MilvusVectors._dense

    def spy(self, q, limit, expr, nprobe):  # type: ignore[no-untyped-def]
        sent.append(expr)
        return original(self, q, limit, expr, nprobe)

    monkeypatch.setattr(MilvusVectors, "_dense", spy)
    rows = _filter_rows()
    src = write(tmp_path / "news.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    other = write(tmp_path / "labs" / "news.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in rows[:10]) + "\n")
    corpora = {}
    # "milvus-server" keeps bm25s so that every mode can be compared hit for hit; "milvus-bm25" is
    # the server's default, Milvus's own BM25, whose statistics in the Lite engine are per segment
    # (two ingests here: two segments), so its filtered hits are checked for the filter, not the order.
    stores = (("faiss", "faiss", None), ("milvus-lite", "milvus-lite", None), ("milvus-server", milvus_server, "bm25s"),
              ("milvus-bm25", milvus_server, None))
    for name, vs, lexical in stores:
        c = Corpus.open(tmp_path / name, embedder=hash_embedder, create=True, vector_store=vs, lexical=lexical)
        c.ingest([src], progress=False)
        c.ingest([other], progress=False, collection="labs")
        corpora[name] = c
    try:
        some_ids = tuple(sorted(a.id for a in corpora["faiss"].store.iter_articles() if a.title.endswith((" 3", " 12", " 41"))))
        filters = [
            SearchFilter(sources=("BIG WIRE",)),  # both spellings, as NOCASE folds ASCII
            SearchFilter(sources=("Ünal Press",)),  # NOCASE leaves Ü/ü apart: one spelling only
            SearchFilter(since=date(2019, 11, 10), until=date(2019, 11, 20)),
            SearchFilter(until=date(2019, 11, 5)),  # undated articles stay out of an open range too
            SearchFilter(article_ids=(*some_ids, 'x" or id >= 0 or "')),
            SearchFilter(collection="labs"),
            SearchFilter(collection="default", sources=("small paper",), since=date(2019, 11, 3)),
        ]
        for f in filters:
            allowed = corpora["faiss"].store.allowed_chunk_ids(f)
            assert allowed is not None and len(allowed) > 0, f
            for mode in ("dense", "bm25", "hybrid"):
                got = {vs: [h.chunk.chunk_id for h in c.search("summit budget1 city3 ferries", k=8, mode=mode, filters=f)]  # type: ignore[arg-type]
                       for vs, c in corpora.items()}
                assert got["faiss"] == got["milvus-lite"] == got["milvus-server"], (f, mode)
                for name in ("faiss", "milvus-bm25"):
                    assert len(got[name]) == min(8, len(allowed)) and set(got[name]) <= set(allowed.tolist()), (name, f, mode)
                if mode == "dense":
                    assert got["milvus-bm25"] == got["faiss"], f
            assert sent and sent[-1] == filter_expression(f) and not sent[-1].startswith("id in")
        assert filter_expression(SearchFilter(article_ids=('x" or id >= 0 or "',))) == "id < 0"
        victim = some_ids[0]
        for c in corpora.values():
            c.remove([victim])
            assert victim not in {h.chunk.article_id for h in c.search("summit", k=8, filters=SearchFilter(article_ids=some_ids))}
    finally:
        for c in corpora.values():
            c.close()
