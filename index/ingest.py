"""Ingest: load files, chunk, embed in batches, commit each batch in one transaction.

Incremental by construction: an article whose id (source + content) is already stored is
skipped; a changed file's old articles are removed in the same transaction that adds the new
ones. A kill between batches loses only the uncommitted batch, and re-running the same ingest
finishes the job without doubling anything.
"""

from __future__ import annotations

import os
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from index.articles import DEFAULT_MAX_BYTES, Article, LoadReport, load_paths
from index.chunking import Chunk, chunk_article
from index.embedding import Embedder, variant_of
from index.store import IndexStore


@dataclass
class IngestResult:
    """What an ingest changed, and what it skipped."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: int = 0
    chunks_added: int = 0
    seconds: float = 0.0
    load: LoadReport = field(default_factory=LoadReport)

    @property
    def chunks_per_second(self) -> float:
        return self.chunks_added / self.seconds if self.seconds > 0 else 0.0


def open_or_create(path: str | os.PathLike[str], embedder: Embedder, **chunk_overrides: int) -> IndexStore:
    """Open the index at `path` for `embedder`, creating it with chunk limits that fit the model."""
    from index.chunking import ChunkParams

    params = ChunkParams(max_tokens=min(chunk_overrides.pop("max_tokens", embedder.max_tokens), embedder.max_tokens), **chunk_overrides)
    return IndexStore.create(path, embed_model=embedder.name, dim=embedder.dim, params=params, embed_variant=variant_of(embedder))


def ingest_paths(
    store: IndexStore,
    embedder: Embedder,
    paths: Iterable[str | os.PathLike[str]],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: bool | None = None,
    batch_chunks: int = 256,
    roots: Sequence[str | os.PathLike[str]] | None = None,
) -> IngestResult:
    """Load every article under `paths` and ingest it; bad files are reported, not fatal.

    `roots`: when given, nothing outside these folders is read (see `load_paths`)."""
    report = load_paths(paths, max_bytes=max_bytes, roots=roots)
    result = ingest_articles(store, embedder, report.articles, progress=progress, batch_chunks=batch_chunks)
    result.load = report
    return result


def ingest_articles(
    store: IndexStore,
    embedder: Embedder,
    articles: Sequence[Article],
    *,
    progress: bool | None = None,
    batch_chunks: int = 256,
) -> IngestResult:
    """Ingest already-loaded articles (see module docstring for the guarantees)."""
    t0 = time.perf_counter()
    result = IngestResult()
    with store.writing():
        existing = store.article_ids()
        by_file: dict[str, list[Article]] = defaultdict(list)
        seen: set[str] = set()
        for a in articles:
            if a.id in seen:
                continue
            seen.add(a.id)
            by_file[a.source_key.split("#", 1)[0]].append(a)

        # Plan first, so the progress bar knows the total and unchanged files cost nothing.
        plan: list[tuple[list[Article], list[Chunk], set[str]]] = []
        for file, arts in by_file.items():
            new = [a for a in arts if a.id not in existing]
            stale = store.articles_in_file(file) - {a.id for a in arts}
            result.unchanged += len(arts) - len(new)
            if not new and not stale:
                continue
            chunks = [c for a in new for c in chunk_article(a, embedder, store.manifest.chunk_params)]
            plan.append((new, chunks, stale))
            old_keys = {k for k in _source_keys(store, stale)}
            result.added += [a.id for a in new if a.source_key not in old_keys]
            result.replaced += [a.id for a in new if a.source_key in old_keys]

        total = sum(len(p[1]) for p in plan)
        bar = _progress_bar(total, progress)
        try:
            batch_arts: list[Article] = []
            batch_chunks_: list[Chunk] = []
            batch_stale: set[str] = set()
            for new, chunks, stale in plan:
                batch_arts += new
                batch_chunks_ += chunks
                batch_stale |= stale
                if len(batch_chunks_) >= batch_chunks:
                    _commit(store, embedder, batch_arts, batch_chunks_, batch_stale, bar)
                    result.chunks_added += len(batch_chunks_)
                    batch_arts, batch_chunks_, batch_stale = [], [], set()
            if batch_arts or batch_stale:
                _commit(store, embedder, batch_arts, batch_chunks_, batch_stale, bar)
                result.chunks_added += len(batch_chunks_)
        finally:
            if bar is not None:
                bar.close()
        if plan:
            store.save_derived()
    result.seconds = time.perf_counter() - t0
    return result


def _commit(store: IndexStore, embedder: Embedder, arts: list[Article], chunks: list[Chunk], stale: set[str], bar: object) -> None:
    vectors = embedder.embed([c.embed_text for c in chunks], progress=bar) if chunks else np.zeros((0, store.manifest.dim), np.float32)
    store.commit_batch(arts, chunks, vectors, remove_ids=stale)


def _source_keys(store: IndexStore, ids: Iterable[str]) -> set[str]:
    keys = set()
    for aid in ids:
        a = store.get_article(aid)
        if a is not None:
            keys.add(a.source_key)
    return keys


def _progress_bar(total: int, progress: bool | None) -> object:
    if total == 0 or progress is False:
        return None
    from tqdm import tqdm

    # Shown on a terminal or when asked for; quiet in pipes unless asked.
    disable = not sys.stderr.isatty() if progress is None else False
    return tqdm(total=total, unit="chunk", desc="embedding", disable=disable, file=sys.stderr)
