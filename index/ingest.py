"""Ingest as a stream: read, chunk, embed and commit every `batch_chunks` chunks, whatever the file size.

Files are read one at a time and a `.jsonl` file line by line (`index.articles.stream_file`);
articles are chunked as they arrive and, once `batch_chunks` chunks are waiting, embedded and
committed in one SQLite transaction (the first batch holds at most `FIRST_BATCH` chunks, so the
model does not wait for a whole batch to be read before it starts). Memory holds one batch (its
articles, chunks and vectors), never the input; the derived caches (FAISS takes each batch's
vectors as they are committed, BM25 is rebuilt once at the end, or at a checkpoint) are the only
part that grows with the index.

Incremental and resumable by construction: an article's id is a hash of its source key and
content, so an article already stored is skipped before it is chunked or embedded; a record whose
key is stored with other content replaces the old article in the same transaction that adds the
new one; at the end of a file, its stored articles that the file no longer holds are removed. A
kill loses only the batch being embedded, and re-running the same ingest commits only what is
missing. Progress: a tqdm bar on a terminal; elsewhere (a log, a pipe) a one-line summary every
`report_seconds` (articles, chunks, chunks/s, share of the input read, ETA).

Over 400 lines: one job, the run of one ingest. `_Run` owns the batch being filled, the batch
in flight and what has been decided about each article; the progress meter is the rest.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from typing import TextIO

import numpy as np

from index.annotate import Annotations, annotate
from index.articles import (
    DEFAULT_MAX_BYTES,
    Article,
    LoadReport,
    Skipped,
    article_id,
    file_key,
    iter_files,
    show_path,
    stream_file,
)
from index.chunking import Chunk, chunk_article
from index.embedding import Embedder, variant_of
from index.errors import ArticleFormatError
from index.filters import DEFAULT_COLLECTION, check_collection
from index.ingest_sql import IngestLedger
from index.store import IndexStore

# Chunks embedded and committed per transaction. The model sorts a batch's texts by length before
# cutting it into mini-batches, so a bigger batch pads less: on MultiHop-RAG chunks 256 padded 2.2 %
# more tokens than sorting all at once, 1,024 0.7 %, and embedding in batches of 256 took 3 % more
# time than one call (1,024: no measurable difference). Memory holds two batches, each about 4 MiB
# of chunks (texts and token ids, MultiHop-RAG's) and 1.5 MiB of vectors.
BATCH_CHUNKS = 1024
FIRST_BATCH = 128  # chunks of the first batch at most: the model waits for no more than these
REPORT_SECONDS = 10.0  # a summary line this often when stderr is not a terminal
CHECKPOINT_SECONDS = 300.0  # save the search caches this often during a long ingest (readers then see it)


@dataclass
class IngestResult:
    """What an ingest changed, and what it skipped."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: int = 0
    removed: int = 0
    chunks_added: int = 0
    batches: int = 0
    seconds: float = 0.0
    save_seconds: float = 0.0
    load: LoadReport = field(default_factory=LoadReport)

    @property
    def chunks_per_second(self) -> float:
        return self.chunks_added / self.seconds if self.seconds > 0 else 0.0


def open_or_create(
    path: str | os.PathLike[str], embedder: Embedder, *, store_args: dict[str, str | None] | None = None, **chunk_overrides: int
) -> IndexStore:
    """Open the index at `path` for `embedder`, creating it with chunk limits that fit the model.

    `store_args`: `vector_store`, `lexical`, `milvus_token` for `IndexStore.create`."""
    from index.chunking import ChunkParams

    params = ChunkParams(max_tokens=min(chunk_overrides.pop("max_tokens", embedder.max_tokens), embedder.max_tokens), **chunk_overrides)
    return IndexStore.create(path, embed_model=embedder.name, dim=embedder.dim, params=params, embed_variant=variant_of(embedder),
                             **(store_args or {}))


def in_collection(article: Article, collection: str) -> Article:
    """`article` as a member of `collection`: the default collection keeps the plain id (indexes
    made before collections existed stay valid); another collection's id hashes its name too, so
    one file can be in two collections."""
    if collection == DEFAULT_COLLECTION:
        return article if article.collection == collection else replace(article, collection=collection)
    return replace(article, id=article_id(f"{collection}\x00{article.source_key}", article.title, article.text), collection=collection)


def ingest_paths(
    store: IndexStore,
    embedder: Embedder,
    paths: Iterable[str | os.PathLike[str]],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: bool | None = None,
    batch_chunks: int = BATCH_CHUNKS,
    roots: Sequence[str | os.PathLike[str]] | None = None,
    collection: str = DEFAULT_COLLECTION,
    report_seconds: float = REPORT_SECONDS,
    checkpoint_seconds: float = CHECKPOINT_SECONDS,
    log: TextIO | None = None,
) -> IngestResult:
    """Stream every article under `paths` into the index; bad files are reported, not fatal.

    Args:
        max_bytes: files over this size are skipped (a `.jsonl` file streams: the limit is per line).
        progress: None = a bar on a terminal, summary lines otherwise; True = always a bar;
            False = nothing.
        batch_chunks: chunks embedded and committed per transaction.
        roots: when given, nothing outside these folders is read (see `index.articles.load_paths`).
        collection: the collection the articles go into (see `index.filters`).
        report_seconds, checkpoint_seconds: how often a summary line is written (when not on a
            terminal), and the search caches saved.
        log: where progress goes (default stderr).
    """
    if batch_chunks < 1:
        raise ValueError("batch_chunks must be at least 1")
    collection = check_collection(collection)
    result = IngestResult()
    report = result.load
    t0 = time.perf_counter()
    files = list(iter_files(paths, report, roots=roots))
    total = sum(_size(f) for f in files)
    with store.writing():
        run = _Run(store, embedder, result, batch_chunks, collection, _Meter(total, progress, report_seconds, log or sys.stderr, t0),
                   checkpoint_seconds)
        try:
            for f in files:
                name = show_path(f)
                report.files.append(name)
                run.start_file(file_key(f))
                try:
                    for article in stream_file(f, max_bytes=max_bytes, warnings=report.warnings, skipped=report.skipped, read=run.meter.read):
                        run.add(in_collection(article, collection))
                except ArticleFormatError as exc:
                    report.skipped.append(Skipped(exc.path, exc.reason))
                    run.abandon_file()
                    continue
                run.end_file()
            run.flush()
        finally:
            run.close()
            run.meter.close(result)
            run.ledger.close()
        if run.changed_since_save:
            t1 = time.perf_counter()
            store.save_derived()
            result.save_seconds = time.perf_counter() - t1
    result.seconds = time.perf_counter() - t0
    return result


def ingest_articles(
    store: IndexStore,
    embedder: Embedder,
    articles: Sequence[Article],
    *,
    progress: bool | None = None,
    batch_chunks: int = BATCH_CHUNKS,
    collection: str = DEFAULT_COLLECTION,
) -> IngestResult:
    """Ingest already-loaded articles, grouped by the file they came from (same guarantees as
    `ingest_paths`)."""
    t0 = time.perf_counter()
    result = IngestResult()
    collection = check_collection(collection)
    by_file: dict[str, list[Article]] = {}
    for a in articles:
        by_file.setdefault(a.source_key.split("#", 1)[0], []).append(a)
    with store.writing():
        run = _Run(store, embedder, result, batch_chunks, collection, _Meter(0, False, REPORT_SECONDS, sys.stderr, t0), CHECKPOINT_SECONDS)
        try:
            for file, arts in by_file.items():
                run.start_file(file)
                for a in arts:
                    run.add(in_collection(a, collection))
                run.end_file()
            run.flush()
        finally:
            run.close()
            run.ledger.close()
        if run.changed_since_save:
            store.save_derived()
    result.seconds = time.perf_counter() - t0
    return result


class _Run:
    """One ingest: the batch being filled, and what has been decided about each article."""

    def __init__(self, store: IndexStore, embedder: Embedder, result: IngestResult, batch_chunks: int, collection: str,
                 meter: _Meter, checkpoint_seconds: float) -> None:
        self.store, self.embedder, self.result = store, embedder, result
        self.batch_chunks, self.collection, self.meter = batch_chunks, collection, meter
        self.ledger = IngestLedger(store.connection, collection)
        self.params = store.manifest.chunk_params
        self.pending: list[Article] = []  # read, not yet looked up in the store
        self.arts: list[Article] = []
        self.chunks: list[Chunk] = []
        self.remove: set[str] = set()
        self.file: str | None = None
        self.changed_since_save = False
        self.checkpoint_seconds = checkpoint_seconds
        self.last_save = time.perf_counter()
        # One annotation thread for the whole run (not a new thread per batch), and, for a model
        # that may run off this thread, one that drives it (see `_commit`).
        self._pool: ThreadPoolExecutor | None = None
        self._model: ThreadPoolExecutor | None = None
        self._inflight: tuple[_Batch, Future[tuple[np.ndarray, list[Annotations]]]] | None = None

    def close(self) -> None:
        """Stop the threads. A batch still in flight (an error stopped the run) is not committed."""
        self._inflight = None
        for pool in (self._model, self._pool):
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)
        self._pool = self._model = None

    def start_file(self, file: str) -> None:
        self.file = file
        self.ledger.start_file(file)

    def add(self, article: Article) -> None:
        self.pending.append(article)
        # Look up in groups (one query per 64 articles), chunk only what is new.
        if len(self.pending) >= 64:
            self._resolve()

    def _resolve(self) -> None:
        if not self.pending:
            return
        pending, self.pending = self.pending, []
        if self._inflight is not None and self._inflight[0].collides(pending):
            self._drain()  # the lookups below must see that batch stored
        stored = self.ledger.stored_ids([a.id for a in pending])
        old_by_key = self.ledger.ids_by_key([a.source_key for a in pending])
        batch_ids = {a.id for a in self.arts}
        batch_keys = {a.source_key for a in self.arts}
        self.ledger.seen([a.id for a in pending])
        for a in pending:
            if a.id in stored or a.id in batch_ids:
                self.result.unchanged += 1
                self.meter.unchanged += 1
                continue
            if a.source_key in batch_keys:
                # New content under a key met earlier in this run and not looked up as stored
                # (the same record id twice in one file): store what waits, then look it up again,
                # so the later record replaces the earlier one as a changed file would.
                if self.arts or self.remove:
                    self._commit()
                self._drain()
                old_by_key[a.source_key] = self.ledger.ids_by_key([a.source_key]).get(a.source_key, set())
            batch_ids.add(a.id)
            batch_keys.add(a.source_key)
            old = old_by_key.get(a.source_key, set()) - {a.id}
            if old:
                self.remove |= old
                self.result.replaced.append(a.id)
            else:
                self.result.added.append(a.id)
            self.arts.append(a)
            self.chunks += chunk_article(a, self.embedder, self.params)
            # Until the first commit (which starts the annotation pool) a batch is at most FIRST_BATCH chunks.
            if len(self.chunks) >= (self.batch_chunks if self._pool is not None else min(self.batch_chunks, FIRST_BATCH)):
                self._commit()

    def end_file(self) -> None:
        self._resolve()
        # The file's stored articles that this reading of it did not meet (records deleted from it).
        gone = self.ledger.unseen_in_file() - self.remove  # (replaced ones are counted as replaced)
        if self._inflight is not None:
            gone -= self._inflight[0].remove
        if gone:
            self.remove |= gone
            self.result.removed += len(gone)
        self.file = None

    def abandon_file(self) -> None:
        """The file could not be read: what was read of it is still ingested; nothing of it is removed."""
        self._resolve()
        self.file = None

    def flush(self) -> None:
        self._resolve()
        if self.arts or self.remove:
            self._commit()
        self._drain()

    def _commit(self) -> None:
        """Embed, annotate and commit the batch being filled.

        A worker thread finds the batch's quotations, dates and flags while the model embeds it
        (onnxruntime and torch release the GIL): the annotation is hidden behind the embedding
        instead of following it. A model that may run off this thread (`off_thread`: the ONNX
        and test embedders) is also driven from a worker, and the batch is committed only when
        the next one has been read and chunked (or at the end), so the model never waits for
        reading, chunking or SQLite; memory holds two batches. The torch model stays on this
        thread: run from a worker, torch-fp32's peak RSS was about 100 MiB higher at every size
        measured (998 / 1,164 / 1,228 against 900 / 1,080 / 1,131 MiB at 1,000 / 2,000 / 4,000
        articles)."""
        batch = _Batch(self.arts, self.chunks, self.remove)
        self.arts, self.chunks, self.remove = [], [], set()
        texts = [c.embed_text for c in batch.chunks]
        ids = [c.token_ids for c in batch.chunks]
        first = self._pool is None
        if self._pool is None:
            self._pool = ThreadPoolExecutor(1, thread_name_prefix="qa-annotate")
        arts = batch.articles
        notes = self._pool.submit(lambda: [annotate(a) for a in arts])
        if first and self.store.manifest.lexical != "milvus":
            # bm25s (and scipy) load while the model runs, not after it, when the search caches
            # are saved and one core has nothing else to do.
            self._pool.submit(_import_bm25s)
        if getattr(self.embedder, "off_thread", False):
            if self._model is None:
                self._model = ThreadPoolExecutor(1, thread_name_prefix="qa-embed")
            future = self._model.submit(lambda: (self._vectors(texts, ids), notes.result()))
            self._drain()
            self._inflight = (batch, future)
            return
        try:
            vectors = self._vectors(texts, ids)
        finally:
            annotations = notes.result()
        self._store(batch, vectors, annotations)

    def _vectors(self, texts: list[str], ids: list[tuple[int, ...] | None]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.store.manifest.dim), np.float32)
        # Token ids the chunker cut from the article's (index.chunking): the text is not tokenized twice.
        if any(i is not None for i in ids) and getattr(self.embedder, "slices_tokens", False):
            return self.embedder.embed(texts, token_ids=ids)  # type: ignore[call-arg]
        return self.embedder.embed(texts)

    def _drain(self) -> None:
        """Commit the batch in flight, once the model and the annotation are done with it."""
        if self._inflight is None:
            return
        batch, future = self._inflight
        self._inflight = None
        vectors, annotations = future.result()
        self._store(batch, vectors, annotations)

    def _store(self, batch: _Batch, vectors: np.ndarray, annotations: list[Annotations]) -> None:
        self.store.commit_batch(batch.articles, batch.chunks, vectors, remove_ids=batch.remove, annotations=annotations)
        self.result.chunks_added += len(batch.chunks)
        self.result.batches += 1
        self.meter.committed(len(batch.articles), len(batch.chunks))
        self.changed_since_save = True
        if time.perf_counter() - self.last_save >= self.checkpoint_seconds:
            self.store.save_derived()  # readers see the articles so far; a kill after this needs no rebuild
            self.last_save = time.perf_counter()
            self.changed_since_save = False


def _import_bm25s() -> None:
    try:
        import bm25s  # noqa: F401
    except ImportError:  # reported where it is needed (index.lexical)
        pass


@dataclass
class _Batch:
    """Articles and their chunks on their way to one transaction, and the ids it removes."""

    articles: list[Article]
    chunks: list[Chunk]
    remove: set[str]

    def collides(self, articles: Sequence[Article]) -> bool:
        """Whether one of `articles` has the id or source key of one in this batch (or one this
        batch removes), so that looking them up before this batch is committed would go wrong."""
        ids = {a.id for a in self.articles} | self.remove
        keys = {a.source_key for a in self.articles}
        return any(a.id in ids or a.source_key in keys for a in articles)


class _Meter:
    """Progress: bytes read (for the share and the ETA), articles and chunks committed."""

    def __init__(self, total_bytes: int, progress: bool | None, every: float, out: TextIO, t0: float) -> None:
        self.total, self.out, self.every, self.t0 = total_bytes, out, every, t0
        self.read_bytes = self.done_bytes = 0
        self.articles = self.chunks = self.unchanged = 0
        self.last = t0
        tty = bool(getattr(out, "isatty", lambda: False)())
        self.bar = None
        self.lines = progress is None and not tty
        if progress is True or progress is None and tty:
            from tqdm import tqdm

            self.bar = tqdm(total=total_bytes, unit="B", unit_scale=True, unit_divisor=1024, desc="ingest", file=out, dynamic_ncols=True)

    def read(self, n: int) -> None:
        self.read_bytes += n

    def committed(self, articles: int, chunks: int) -> None:
        self.articles += articles
        self.chunks += chunks
        # A batch's bytes count as done when it is committed (reading runs ahead by one batch).
        done, self.done_bytes = self.done_bytes, self.read_bytes
        now = time.perf_counter()
        if self.bar is not None:
            self.bar.update(self.done_bytes - done)
            self.bar.set_postfix_str(f"{self.articles:,} articles, {self.chunks:,} chunks, {self._rate(now):.1f} chunks/s", refresh=False)
        elif self.lines and now - self.last >= self.every:
            self.last = now
            print(self.summary(now), file=self.out, flush=True)

    def _rate(self, now: float) -> float:
        return self.chunks / max(now - self.t0, 1e-9)

    def summary(self, now: float, final: bool = False) -> str:
        elapsed = now - self.t0
        share = self.done_bytes / self.total if self.total else 1.0
        eta = elapsed * (1 - share) / share if share > 0 and not final else 0.0
        tail = f"done in {_hms(elapsed)}" if final else f"{100 * share:.0f}% of {_mb(self.total)} read, ETA {_hms(eta) if share else '?'}"
        return (f"ingest: {self.articles:,} articles added ({self.unchanged:,} unchanged), {self.chunks:,} chunks, "
                f"{self._rate(now):.1f} chunks/s, {tail}")

    def close(self, result: IngestResult) -> None:
        if self.bar is not None:
            self.bar.update(max(self.total - self.bar.n, 0))
            self.bar.close()
        elif self.lines and (self.articles or self.unchanged):
            print(self.summary(time.perf_counter(), final=True), file=self.out, flush=True)


def _size(p: os.PathLike[str]) -> int:
    try:
        return os.stat(p).st_size
    except OSError:
        return 0


def _hms(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}"


def _mb(n: int) -> str:
    return f"{n / 2**20:.1f} MB"
