"""Hybrid retrieval: dense (FAISS) and BM25, fused by reciprocal rank, diversified by article.

BM25 wins on names, places and numbers; the dense model wins on paraphrase. Reciprocal-rank
fusion needs no score calibration between the two. Several chunks of one article would crowd
the top k, so each article contributes at most `per_article` chunks before others get a turn.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from index.embedding import Embedder
from index.filters import SearchFilter
from index.store import IndexStore, StoredChunk

Mode = Literal["hybrid", "dense", "bm25"]
RRF_K = 60  # the constant from Cormack et al. (2009); damps the head of each list


@dataclass(frozen=True)
class Hit:
    """A retrieved chunk with the evidence for its rank.

    Attributes:
        chunk: the chunk and its article's metadata.
        score: the fused score (RRF in hybrid mode; cosine or BM25 score otherwise).
        dense: cosine similarity to the query, when the dense search saw this chunk.
        bm25: BM25 score, when the lexical search saw this chunk.
    """

    chunk: StoredChunk
    score: float
    dense: float | None
    bm25: float | None


def retrieve(
    store: IndexStore,
    embedder: Embedder,
    query: str,
    *,
    k: int = 6,
    mode: Mode = "hybrid",
    candidates: int = 50,
    per_article: int = 2,
    filters: SearchFilter | None = None,
) -> list[Hit]:
    """Top-k chunks for `query`.

    Args:
        store: an open index.
        embedder: the model the index was built with.
        query: the question as the user typed it.
        k: how many chunks to return.
        mode: "hybrid" (default), "dense" or "bm25".
        candidates: how deep each list is read before fusion.
        per_article: most chunks one article may place before every other article has had
            its turn (0 = no limit).
        filters: only chunks of the articles it allows (outlet, dates, ids, collection); pushed
            into both searches, so k hits come back whenever k allowed chunks match.

    Returns:
        Hits, best first; empty when the index is empty or nothing matches.
    """
    depth = max(candidates, k)
    allowed = store.allowed_chunk_ids(filters)
    if allowed is not None and len(allowed) == 0:
        return []
    dense = store.dense_search(embedder.embed_query(query), depth, allowed, filters) if mode != "bm25" else []
    lexical = store.bm25_search(query, depth, allowed, filters) if mode != "dense" else []
    dense_score = dict(dense)
    bm25_score = dict(lexical)
    if mode == "dense":
        ranked = [(cid, s) for cid, s in dense]
    elif mode == "bm25":
        ranked = [(cid, s) for cid, s in lexical]
    else:
        fused: dict[int, float] = {}
        for results in (dense, lexical):
            for rank, (cid, _) in enumerate(results):
                fused[cid] = fused.get(cid, 0.0) + 1.0 / (RRF_K + rank + 1)
        ranked = sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))
    chunks = {c.chunk_id: c for c in store.get_chunks([cid for cid, _ in ranked])}
    hits = [Hit(chunks[cid], s, dense_score.get(cid), bm25_score.get(cid)) for cid, s in ranked if cid in chunks]
    return diversify(hits, k, per_article)


def diversify(hits: list[Hit], k: int, per_article: int) -> list[Hit]:
    """Keep rank order but let each article place at most `per_article` hits in a first pass."""
    if per_article <= 0:
        return hits[:k]
    taken: list[Hit] = []
    held: list[Hit] = []
    counts: dict[str, int] = {}
    for h in hits:
        n = counts.get(h.chunk.article_id, 0)
        if n < per_article:
            counts[h.chunk.article_id] = n + 1
            taken.append(h)
            if len(taken) == k:
                return taken
        else:
            held.append(h)
    return (taken + held)[:k]


def rank_articles(hits: list[Hit]) -> list[str]:
    """Article ids in order of their best hit (for article-level evaluation)."""
    seen: dict[str, None] = {}
    for h in hits:
        seen.setdefault(h.chunk.article_id, None)
    return list(seen)
