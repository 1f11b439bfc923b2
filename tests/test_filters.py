"""Filters pushed into the search (issue 14, item 3): outlet, dates, article ids, collection.

The point of each test: a filtered search returns k hits from a small allowed subset that the
plain top-k (or top-50) never reaches, so filtering after ranking would return nothing.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from index.errors import ConfigError
from index.filters import SearchFilter, parse_filter
from index.lexical import BM25Index
from index.vectors import VectorIndex, clustered_unit_vectors
from qa.assistant import Assistant
from qa.corpus import Corpus
from tests.conftest import write

# 200 articles about the summit from "Big Wire", 8 about it from "Small Paper" that use other words
# (so they rank below every Big Wire article), dates spread over November 2019.
BIG, SMALL = 200, 8


def _articles() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for i in range(BIG):
        rows.append({"id": f"big{i}", "title": f"NATO summit report {i}", "source": "Big Wire", "published": f"2019-11-{1 + i % 20:02d}",
                     "text": f"The NATO summit in London will discuss defence spending. Leaders meet at the summit, report {i}."})
    for i in range(SMALL):
        rows.append({"id": f"small{i}", "title": f"Local news {i}", "source": "Small Paper", "published": f"2019-11-{21 + i:02d}T09:30:00",
                     "text": f"A council meeting about parking fees happened, and the summit got one mention in item {i}."})
    return rows


@pytest.fixture
def corpus(tmp_path: Path, hash_embedder, vector_store: str) -> Corpus:  # type: ignore[no-untyped-def]
    # Each test of this corpus runs on every vector store (FAISS: an id selector; Milvus: an expression on its scalar fields).
    path = write(tmp_path / "news.jsonl", "\n".join(json.dumps(r) for r in _articles()) + "\n")
    c = Corpus.open(tmp_path / "idx", embedder=hash_embedder, create=True, vector_store=vector_store)
    c.ingest([path], progress=False)
    yield c
    c.close()


def _ids(corpus: Corpus, source: str) -> set[str]:
    return {a.id for a in corpus.store.iter_articles() if a.source == source}


def test_parse_filter_http_form_and_errors_name_the_field() -> None:
    f = parse_filter({"sources": ["Reuters", "Reuters", " AP "], "since": "2019-11-01", "until": "2019-11-30", "article_ids": ["a1"]})
    assert f == SearchFilter(("Reuters", "AP"), date(2019, 11, 1), date(2019, 11, 30), ("a1",), None)
    assert not f.empty and SearchFilter().empty and parse_filter(None).empty
    assert parse_filter(sources="Reuters", collection="news").to_dict() == {"sources": ["Reuters"], "collection": "news"}
    for bad, field in (({"since": "26/11/2019"}, "filters.since"), ({"until": "2019-02-30"}, "filters.until"),
                       ({"sources": "x", "since": "2019-12-01", "until": "2019-11-01"}, "filters.since"),
                       ({"sources": [1, 2]}, "filters.sources"), ({"outlet": ["x"]}, "unknown field(s) outlet"),
                       ({"collection": "../etc"}, "collection")):
        with pytest.raises(ConfigError, match=field.replace("(", r"\(").replace(")", r"\)")):
            parse_filter(bad)


def test_filtered_search_returns_k_hits_that_plain_top_k_misses(corpus: Corpus) -> None:
    small = _ids(corpus, "Small Paper")
    plain = corpus.search("NATO summit London defence spending", k=6, candidates=50)
    assert len(plain) == 6 and not {h.chunk.article_id for h in plain} & small  # post-filtering would leave nothing
    f = SearchFilter(sources=("small paper",))  # outlet names compare without case
    for mode in ("hybrid", "dense", "bm25"):
        hits = corpus.search("NATO summit London defence spending", k=6, mode=mode, filters=f)
        assert len(hits) == 6, mode
        assert {h.chunk.article_id for h in hits} <= small, mode
    # and the store's own searches, k deep, from the allowed ids only
    allowed = corpus.store.allowed_chunk_ids(f)
    assert allowed is not None and len(allowed) == SMALL and allowed.dtype == np.int64
    q = corpus.embedder.embed_query("NATO summit London defence spending")
    assert {cid for cid, _ in corpus.store.dense_search(q, 5, allowed)} <= set(allowed.tolist())
    assert len(corpus.store.dense_search(q, 5, allowed)) == 5
    assert len(corpus.store.bm25_search("summit", 5, allowed)) == 5


def test_date_range_ids_and_no_restriction(corpus: Corpus) -> None:
    store = corpus.store
    assert store.allowed_chunk_ids(SearchFilter()) is None
    assert store.allowed_chunk_ids(SearchFilter(collection="default")) is None  # every article is in it: no selector built
    # both ends included; a timestamp on the last day is inside
    f = SearchFilter(since=date(2019, 11, 21), until=date(2019, 11, 28))
    hits = corpus.search("NATO summit", k=10, filters=f)
    assert len(hits) == SMALL and all("2019-11-21" <= (h.chunk.published or "")[:10] <= "2019-11-28" for h in hits)
    assert store.allowed_article_ids(SearchFilter(until=date(2019, 11, 1))) == {a.id for a in store.iter_articles()
                                                                               if a.published == "2019-11-01"}
    some = sorted(_ids(corpus, "Big Wire"))[:3]
    assert {h.chunk.article_id for h in corpus.search("parking fees council", k=6, filters=SearchFilter(article_ids=tuple(some)))} == set(some)
    nothing = SearchFilter(sources=("No Such Outlet",))
    assert corpus.search("summit", filters=nothing) == [] and store.allowed_chunk_ids(nothing).size == 0  # type: ignore[union-attr]
    assert corpus.search("summit", filters=SearchFilter(collection="other")) == []


def test_ivf_filtered_search_finds_k_in_a_tiny_subset() -> None:
    """IVF reads nprobe lists only: a tiny allowed subset is mostly in lists it would not read,
    so nprobe is raised for that query and the answer is exact over the subset."""
    n = 3000
    vecs = clustered_unit_vectors(n, 32, clusters=50, seed=3)
    ids = np.arange(1, n + 1, dtype=np.int64)
    vi = VectorIndex.build(ids, vecs, exact_max=1000)
    assert vi.kind == "ivf" and vi.nprobe is not None and vi.nlist is not None and vi.nprobe < vi.nlist
    rng = np.random.default_rng(0)
    allowed = np.sort(rng.choice(ids, 12, replace=False))
    q = vecs[0]
    plain = {i for i, _ in vi.search(q, 10)}
    assert len(plain & set(allowed.tolist())) < 10
    got = vi.search(q, 10, allowed=allowed)
    exact = allowed[np.argsort(-(vecs[allowed - 1] @ q))[:10]]
    assert [i for i, _ in got] == exact.tolist()
    assert vi.search(q, 10, allowed=np.zeros(0, dtype=np.int64)) == []
    # flat index, ids outside the index are simply absent
    flat = VectorIndex.build(ids[:500], vecs[:500])
    assert flat.kind == "flat"
    assert {i for i, _ in flat.search(q, 10, allowed=np.array([3, 7, 99_999], dtype=np.int64))} == {3, 7}


def test_bm25_allowed_ranks_only_those() -> None:
    bm = BM25Index.build([1, 2, 3, 5, 8], ["kalin said f35", "pompeo said", "weather today", "kalin again", "kalin kalin kalin"])
    assert [i for i, _ in bm.search("kalin", 5)] == [8, 5, 1] or {i for i, _ in bm.search("kalin", 5)} == {1, 5, 8}
    assert [i for i, _ in bm.search("kalin", 5, allowed=np.array([1, 2, 9]))] == [1]
    assert bm.search("kalin", 5, allowed=np.array([2, 3])) == []  # allowed, but no match: nothing with a zero score


def test_bm25_built_from_streamed_rows_scores_as_bm25s_over_token_lists() -> None:
    """`BM25Index.build_from_rows` keeps 4-byte token numbers instead of token strings; its scores
    and vocabulary are bm25s's own over the token lists (real article text: the seed articles)."""
    import bm25s

    from index.lexical import tokenize

    texts = [p for f in sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
             for p in f.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    assert len(texts) > 10
    ids = [3 * i + 1 for i in range(len(texts))]
    ours = BM25Index.build_from_rows(iter(zip(ids, texts)))
    ref = bm25s.BM25()
    ref.index([tokenize(t) for t in texts], show_progress=False)
    assert set(ours._model.vocab_dict) == set(ref.vocab_dict)  # type: ignore[union-attr]
    for q in ("Kalin F35", "S-400 NATO systems", "Pompeo said Turks", "summit London December"):
        tokens = [t for t in tokenize(q) if t in ref.vocab_dict]
        assert tokens
        assert np.allclose(ours._model.get_scores(tokens), ref.get_scores(tokens), atol=1e-6)  # type: ignore[union-attr]
    # The matrix itself is bm25s's own from the same token numbers, array for array.
    vocab: dict[str, int] = {}
    numbered = [[vocab.setdefault(t, len(vocab)) for t in tokenize(t)] for t in texts]
    same = bm25s.BM25()
    same.index((numbered, vocab), show_progress=False)
    for key in ("data", "indices", "indptr"):
        assert np.array_equal(ours._model.scores[key], same.scores[key]), key  # type: ignore[union-attr]
        assert ours._model.scores[key].dtype == same.scores[key].dtype  # type: ignore[union-attr]
    assert ours._model.vocab_dict == same.vocab_dict  # type: ignore[union-attr]
    ref_scores = ref.get_scores([t for t in tokenize("Kalin F35") if t in ref.vocab_dict])
    assert [s for _, s in ours.search("Kalin F35", 5)] == pytest.approx(sorted((s for s in ref_scores if s > 0), reverse=True)[:5])
    assert len(BM25Index.build_from_rows(iter(()))) == 0


def test_answers_quotes_and_dates_stay_inside_the_filter(tmp_path: Path, hash_embedder, vector_store: str) -> None:  # type: ignore[no-untyped-def]
    rows = [
        {"id": "a", "title": "Kalın on the S-400", "source": "Anadolu", "published": "2019-11-26",
         "text": "Ibrahim Kalın, the presidential spokesman, said: \u201cThe S-400 will not be integrated into NATO systems.\u201d "
                 "The talks are on Dec. 3."},
        {"id": "b", "title": "Kalın on trade", "source": "Hurriyet", "published": "2019-11-20",
         "text": "Ibrahim Kalın said: \u201cThe S-400 purchase is final and the trade deal will grow.\u201d "
                 "The talks are on Dec. 9."},
    ]
    path = write(tmp_path / "k.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    corpus = Corpus.open(tmp_path / "idx", embedder=hash_embedder, create=True, vector_store=vector_store)
    corpus.ingest([path], progress=False)
    hurriyet = {a.id for a in corpus.store.iter_articles() if a.source == "Hurriyet"}
    with Assistant(corpus, None) as assistant:
        said_all = assistant.ask("What did Kalın say about the S-400?", as_of="2019-12-01")
        assert said_all.kind == "quotes" and {c.source for c in said_all.citations} == {"Anadolu", "Hurriyet"}
        only = assistant.ask("What did Kalın say about the S-400?", as_of="2019-12-01", filters=SearchFilter(sources=("Hurriyet",)))
        assert only.citations and {c.article_id for c in only.citations} <= hurriyet
        when = assistant.ask("When are the talks?", as_of="2019-12-01", filters=SearchFilter(sources=("Hurriyet",)))
        assert all(c.article_id in hurriyet for c in when.citations) and "Dec. 9" in when.text
        streamed = [e for e in assistant.stream("When are the talks?", as_of="2019-12-01", filters=SearchFilter(article_ids=("nope",)))]
        assert streamed[-1].answer is not None and streamed[-1].answer.refused


def test_http_filters_on_ask_search_and_v1(corpus: Corpus) -> None:
    from fastapi.testclient import TestClient

    from qa import web as srv
    from qa.service import Service
    from qa.settings import Settings

    service = Service(corpus, Settings(index=corpus.store.path, llm="extractive", k=6))
    client = TestClient(srv.create_app(service))
    small = _ids(corpus, "Small Paper")
    body = {"query": "NATO summit London defence spending", "k": 6, "filters": {"sources": ["Small Paper"], "since": "2019-11-21"}}
    r = client.post("/api/search", json=body)
    assert r.status_code == 200, r.text
    hits = r.json()["hits"]
    assert len(hits) == 6 and {h["article_id"] for h in hits} <= small and all(h["source"] == "Small Paper" for h in hits)
    assert {h["article_id"] for h in client.post("/api/search", json={"query": body["query"], "k": 6}).json()["hits"]}.isdisjoint(small)
    ans = client.post("/api/ask", json={"question": "What happened at the summit?", "filters": {"sources": ["Small Paper"]}}).json()
    assert ans["citations"] and {c["article_id"] for c in ans["citations"]} <= small
    v1 = client.post("/v1/chat/completions", json={"messages": [{"role": "user", "content": "What happened at the summit?"}],
                                                   "filters": {"article_ids": sorted(small)[:2]}}).json()
    assert v1["citations"] and {c["article_id"] for c in v1["citations"]} <= set(sorted(small)[:2])
    bad = client.post("/api/search", json={"query": "summit", "filters": {"since": "yesterday"}})
    assert bad.status_code == 422 and bad.json()["field"] == "filters.since"
    inverted = client.post("/api/ask", json={"question": "summit?", "filters": {"since": "2019-12-01", "until": "2019-11-01"}})
    assert inverted.status_code == 400 and "filters.since" in inverted.json()["error"]
    assert client.post("/v1/chat/completions", json={"messages": [{"role": "user", "content": "summit?"}],
                                                     "filters": {"outlet": "x"}}).status_code == 400


def test_cli_filter_flags(corpus: Corpus, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from qa.cli import indexing
    from qa.cli.main import build_parser

    monkeypatch.setattr(indexing, "open_corpus", lambda settings, **kw: _Borrowed(corpus))
    from qa.cli.main import main

    assert main(["search", "NATO summit London", "--json", "--k", "4", "--source", "Small Paper", "--source", "Nobody",
                 "--until", "2019-11-22"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["published"][:10] for r in rows] == ["2019-11-21", "2019-11-22"]  # k=4 asked, 2 exist in the range
    assert main(["search", "summit", "--since", "21.11.2019"]) == 1
    assert "filters.since" in capsys.readouterr().err
    args = build_parser().parse_args(["ask", "q", "--article", "x", "--article", "y", "--since", "2019-01-01"])
    assert args.article_ids == ["x", "y"] and args.since == "2019-01-01"
    assert build_parser().parse_args(["chat", "--source", "AP"]).sources == ["AP"]


class _Borrowed:
    """The test's corpus, lent to a command that closes what it opens."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus

    def __enter__(self) -> Corpus:
        return self.corpus

    def __exit__(self, *exc: object) -> None:
        pass
