"""The persisted index: SQLite for articles, chunks and vectors; FAISS and BM25 derived from it.

SQLite is the one source of truth and every write is a transaction, so a killed ingest leaves
the last committed state. The FAISS and BM25 files are caches tagged with the SQLite
generation they were built from; a stale or missing cache is rebuilt from SQLite on open, and
cache files are replaced atomically (write, fsync, rename), never edited in place.

A write that fails (disk full, file size limit, I/O error) raises `IndexWriteError`, naming the
index and what was kept: a failed batch is rolled back whole, and a failed cache save leaves the
previous `derived.json` in place (so the half-written files are never trusted; they are rebuilt
from SQLite on the next open, and leftover `*.tmp` files are removed by the next save).

Over 400 lines: one class owns the SQLite connection, the write lock and the derived caches,
whose failure handling must stay together; the annotation SQL lives in `index.annotate`.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import re
import shutil
import sqlite3
import threading
import warnings
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from index.annotate import (
    ANNOTATION_SCHEMA,
    Annotations,
    StoredDate,
    StoredQuotation,
    annotate,
    read_dates,
    read_quotations,
    read_speakers,
    stale_articles,
    write_annotations,
)
from index.articles import Article
from index.chunking import Chunk, ChunkParams
from index.errors import IndexCorruptError, IndexMismatchError, IndexNotFoundError, IndexWriteError
from index.filters import SearchFilter, allowed_article_ids, allowed_chunk_ids, ensure_filter_schema, filter_schema_current
from index.flags import ArticleFlag, count_screened, read_flags
from index.lexical import BM25Index
from index.vector_backends import VectorBackend, decode_blobs, encode_blob
from index.vectors import EXACT_MAX, VectorIndex, VectorStore  # noqa: F401 - VectorIndex: scripts/crash_test.py arms its save here

FORMAT_VERSION = 2  # 2: float16 vector blobs, vector store in the manifest; 1 is still read
READABLE_FORMATS = (1, 2)
DB_NAME = "store.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles(
    id TEXT PRIMARY KEY, source_key TEXT NOT NULL, file TEXT NOT NULL, title TEXT NOT NULL,
    text TEXT NOT NULL, url TEXT, source TEXT, published TEXT, byline TEXT, added_at TEXT NOT NULL,
    collection TEXT NOT NULL DEFAULT 'default');
CREATE INDEX IF NOT EXISTS articles_file ON articles(file);
CREATE TABLE IF NOT EXISTS chunks(
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ord INTEGER NOT NULL, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
    embed_text TEXT NOT NULL, tokens INTEGER NOT NULL, vector BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS chunks_article ON chunks(article_id);
"""


@dataclass(frozen=True)
class Manifest:
    """What an index was built with; opening it with anything else is an error."""

    format_version: int
    embed_model: str
    dim: int
    max_tokens: int
    overlap_tokens: int
    header_tokens: int
    chunk_tokens: int
    created: str
    # Which variant of the model built the vectors (index.embedding.EMBED_VARIANTS); an index
    # from before variants existed was built by the PyTorch reference.
    embed_variant: str = "torch-fp32"
    # Where the vectors live (index.vector_backends): "faiss" files in the index folder, or a
    # "milvus" collection (Lite or a server); and which engine does BM25 ("bm25s" or "milvus").
    vector_store: str = "faiss"
    lexical: str = "bm25s"
    milvus_collection: str | None = None

    @property
    def chunk_params(self) -> ChunkParams:
        return ChunkParams(self.max_tokens, self.overlap_tokens, self.header_tokens, self.chunk_tokens)


@dataclass(frozen=True)
class StoredChunk:
    """A chunk with its article's metadata, as search results need it."""

    chunk_id: int
    article_id: str
    ord: int
    start: int
    end: int
    text: str
    title: str
    url: str | None
    source: str | None
    published: str | None
    byline: str | None


class IndexStore:
    """An index directory. Use `IndexStore.open` or `IndexStore.create`; close when done."""

    def __init__(self, path: Path, db: sqlite3.Connection, manifest: Manifest, backend: VectorBackend | None = None) -> None:
        self.path = path
        self.manifest = manifest
        self._db = db
        self._lock = threading.RLock()
        self.backend = backend or VectorBackend.for_index(path, db, manifest)
        self.vectors: VectorStore = self.backend.empty()
        self.bm25 = self.backend.empty_lexical(self.vectors)
        self._derived_generation = -1
        self.rebuilt_on_open = False

    # --- opening ---------------------------------------------------------------------------

    @classmethod
    def create(
        cls, path: str | os.PathLike[str], *, embed_model: str, dim: int, params: ChunkParams, embed_variant: str = "torch-fp32",
        vector_store: str | None = None, lexical: str | None = None, milvus_token: str | None = None,
    ) -> IndexStore:
        """Open the index at `path`, creating it if absent; an existing one must match.

        `vector_store` (the QA_VECTOR_STORE setting: "faiss", "milvus-lite", a Lite path, a
        Milvus URI; None: FAISS for a new index, the recorded one for an existing index) and
        `lexical` ("bm25s" or "milvus"; None: Milvus's BM25 on a Milvus server, bm25s elsewhere)
        are recorded in the manifest; see `index.vector_backends`.
        """
        p = Path(path)
        if (p / DB_NAME).exists() and _initialised(p):
            return cls.open(p, embed_model=embed_model, dim=dim, embed_variant=embed_variant, vector_store=vector_store,
                            milvus_token=milvus_token)
        # (A database file without a manifest is a creation cut short by a kill or a full disk:
        # the statements below are idempotent, so creating again finishes it.)
        kind, location, lex, collection = VectorBackend.choose(vector_store, lexical)
        manifest = Manifest(
            FORMAT_VERSION, embed_model, dim, params.max_tokens, params.overlap_tokens, params.header_tokens, params.chunk_tokens,
            datetime.now(UTC).isoformat(timespec="seconds"), embed_variant, kind, lex, collection,
        )
        try:
            p.mkdir(parents=True, exist_ok=True)
            db = _connect(p / DB_NAME)
            # One transaction: a reader (or a kill) sees either no index or a whole one, never
            # tables without their manifest and generation rows.
            db.execute("BEGIN IMMEDIATE")
            try:
                for statement in (_SCHEMA + ANNOTATION_SCHEMA).split(";"):
                    if statement.strip():
                        db.execute(statement)
                ensure_filter_schema(db)
                db.execute("INSERT OR IGNORE INTO meta VALUES('manifest', ?)", (json.dumps(asdict(manifest)),))
                db.execute("INSERT OR IGNORE INTO meta VALUES('generation', '0')")
                if location:
                    db.execute("INSERT OR REPLACE INTO meta VALUES('vector_location', ?)", (location,))
                db.execute("COMMIT")
            except BaseException:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise
        except (OSError, sqlite3.Error) as exc:
            if not _is_write_failure(exc):
                raise
            raise IndexWriteError(f"could not create the index at {p}: {_reason(exc)}. Free some space and run the command again.") from exc
        manifest = _read_manifest(db, p)
        store = cls(p, db, manifest, VectorBackend.connect(p, db, manifest, vector_store, milvus_token))
        store._write_manifest_file()
        store.load_derived()
        return store

    @classmethod
    def open(
        cls, path: str | os.PathLike[str], *, embed_model: str | None = None, dim: int | None = None, embed_variant: str | None = None,
        vector_store: str | None = None, milvus_token: str | None = None,
    ) -> IndexStore:
        """Open an existing index; with `embed_model`/`dim`/`embed_variant`, check they match what built it.

        `vector_store` (QA_VECTOR_STORE) None uses the store the index records; another kind
        than the recorded one is an `IndexMismatchError` naming the setting.

        Raises:
            IndexNotFoundError: no index at `path`.
            IndexMismatchError: built with another model, dimension, format or vector store.
            IndexCorruptError: the SQLite file cannot be read.
        """
        p = Path(path)
        if not (p / DB_NAME).exists() or not _initialised(p):
            raise IndexNotFoundError(f"no index at {p} (run `qa ingest PATH --index {p}` first)")
        try:
            db = _connect(p / DB_NAME)
            manifest = _read_manifest(db, p)
        except sqlite3.DatabaseError as exc:
            raise IndexCorruptError(f"index at {p} cannot be read: {exc}") from exc
        if manifest.format_version not in READABLE_FORMATS:
            raise IndexMismatchError(
                f"index at {p} has format version {manifest.format_version}; this version of article-qa reads "
                f"{', '.join(map(str, READABLE_FORMATS))}. Re-ingest the articles into a new index."
            )
        if embed_model is not None and embed_model != manifest.embed_model or dim is not None and dim != manifest.dim:
            raise IndexMismatchError(
                f"index at {p} was built with embedding model {manifest.embed_model!r} (dimension {manifest.dim}), "
                f"but this run uses {embed_model!r} (dimension {dim}). Use the same model (setting QA_EMBED_MODEL) "
                f"or ingest into a new index directory."
            )
        if embed_variant is not None and embed_variant != manifest.embed_variant:
            raise IndexMismatchError(variant_mismatch(p, manifest.embed_variant, embed_variant))
        store = cls(p, db, manifest, VectorBackend.connect(p, db, manifest, vector_store, milvus_token))
        store._ensure_schema()
        store.load_derived()
        store.ensure_annotations()
        return store

    def _ensure_schema(self) -> None:
        """Bring an index made by an older version up to the current tables (collection column,
        filter indexes); a read-only index is left as it is, with a warning."""
        if filter_schema_current(self._db):
            return
        try:
            with self.writing():
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    ensure_filter_schema(self._db)
                    self._db.execute("COMMIT")
                except BaseException:
                    if self._db.in_transaction:
                        self._db.execute("ROLLBACK")
                    raise
        except (sqlite3.Error, OSError, IndexWriteError) as exc:
            warnings.warn(f"index at {self.path}: could not add the filter indexes ({exc}); filtered search may be slow", stacklevel=2)

    @staticmethod
    def read_manifest(path: str | os.PathLike[str]) -> Manifest:
        """The manifest of the index at `path`, without loading vectors (cheap)."""
        p = Path(path)
        if not (p / DB_NAME).exists() or not _initialised(p):
            raise IndexNotFoundError(f"no index at {p} (run `qa ingest PATH --index {p}` first)")
        db = sqlite3.connect(p / DB_NAME, timeout=30)
        try:
            return _read_manifest(db, p)
        except sqlite3.DatabaseError as exc:
            raise IndexCorruptError(f"index at {p} cannot be read: {exc}") from exc
        finally:
            db.close()

    def reopen(self) -> IndexStore:
        """A second connection to this index, on the same vector store (its location and token)."""
        m = self.manifest
        return IndexStore.open(self.path, embed_model=m.embed_model, dim=m.dim, **self.backend.reopen_options())

    def close(self) -> None:
        self.backend.close()
        self._db.close()

    def __enter__(self) -> IndexStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- reading ---------------------------------------------------------------------------

    @property
    def connection(self) -> sqlite3.Connection:
        """The SQLite connection, for the index modules that keep their SQL beside this one
        (`index.ingest_sql`); writes go through `commit_batch`."""
        return self._db

    @property
    def generation(self) -> int:
        row = self._db.execute("SELECT value FROM meta WHERE key='generation'").fetchone()
        return int(row[0])

    def stats(self) -> dict[str, Any]:
        """Counts, sizes and the models in use."""
        articles = self._db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        chunks = self._db.execute("SELECT COUNT(*) FROM chunks").fetchone()[0]
        disk = sum(f.stat().st_size for f in self.path.rglob("*") if f.is_file())
        return {
            "index": str(self.path),
            "articles": articles,
            "chunks": chunks,
            "vectors": len(self.vectors),
            "bm25_docs": len(self.bm25),
            "vector_store": {**self.backend.describe(), **self.vectors.describe()},
            "embed_model": self.manifest.embed_model,
            "embed_variant": self.manifest.embed_variant,
            "dim": self.manifest.dim,
            "chunking": {
                "max_tokens": self.manifest.max_tokens,
                "chunk_tokens": self.manifest.chunk_tokens,
                "overlap_tokens": self.manifest.overlap_tokens,
            },
            "generation": self.generation,
            "disk_bytes": disk,
            **count_screened(self._db),
        }

    def article_ids(self) -> set[str]:
        return {r[0] for r in self._db.execute("SELECT id FROM articles")}

    def articles_in_file(self, file: str) -> set[str]:
        return {r[0] for r in self._db.execute("SELECT id FROM articles WHERE file=?", (file,))}

    def get_article(self, article_id: str) -> Article | None:
        row = self._db.execute(
            "SELECT id, source_key, title, text, file, url, source, published, byline, collection FROM articles WHERE id=?",
            (article_id,),
        ).fetchone()
        return Article(*row) if row else None

    def iter_articles(self) -> Iterator[Article]:
        yield from (
            Article(*r)
            for r in self._db.execute(
                "SELECT id, source_key, title, text, file, url, source, published, byline, collection FROM articles ORDER BY rowid"
            )
        )

    def get_chunks(self, chunk_ids: Sequence[int]) -> list[StoredChunk]:
        """Chunks by id, in the order asked; ids that no longer exist are left out."""
        if not chunk_ids:
            return []
        marks = ",".join("?" * len(chunk_ids))
        rows = self._db.execute(
            f"SELECT c.id, c.article_id, c.ord, c.start_char, c.end_char, substr(a.text, c.start_char + 1, "
            f"c.end_char - c.start_char), a.title, a.url, a.source, a.published, a.byline "
            f"FROM chunks c JOIN articles a ON a.id = c.article_id WHERE c.id IN ({marks})",
            list(chunk_ids),
        ).fetchall()
        by_id = {r[0]: StoredChunk(*r) for r in rows}
        return [by_id[i] for i in chunk_ids if i in by_id]

    def allowed_chunk_ids(self, f: SearchFilter | None) -> np.ndarray | None:
        """Sorted int64 ids of the chunks filter `f` allows (None: no restriction); see `index.filters`."""
        return allowed_chunk_ids(self._db, f)

    def allowed_article_ids(self, f: SearchFilter | None) -> set[str] | None:
        """Ids of the articles filter `f` allows (None: no restriction)."""
        return allowed_article_ids(self._db, f)

    def dense_search(
        self, vector: np.ndarray, k: int, allowed: np.ndarray | None = None, filters: SearchFilter | None = None
    ) -> list[tuple[int, float]]:
        """Top-k `(chunk_id, cosine)`; with `allowed` (`allowed_chunk_ids(filters)`), among those
        chunk ids only (k of them when k exist). FAISS gets `allowed` as an id selector; Milvus,
        given `filters`, evaluates them as an expression on its scalar fields instead."""
        return self.backend.search(self.vectors, vector, k, allowed, filters)

    def bm25_search(
        self, query: str, k: int, allowed: np.ndarray | None = None, filters: SearchFilter | None = None
    ) -> list[tuple[int, float]]:
        """Top-k `(chunk_id, score)` with a positive score; with `allowed`, among those chunk ids only."""
        return self.backend.bm25_search(self.bm25, query, k, allowed, filters)

    # --- who said what, and when ---------------------------------------------------------------

    def quotations(self, *, article_ids: Iterable[str] | None = None, speaker_keys: Iterable[str] | None = None) -> list[StoredQuotation]:
        """Quotations, by article and position; only those of `article_ids` / `speaker_keys` when given."""
        return read_quotations(self._db, article_ids=article_ids, speaker_keys=speaker_keys)

    def speakers(self) -> dict[str, tuple[str, int]]:
        """Every speaker key with its most frequent full form and how many quotations it has."""
        return read_speakers(self._db)

    def date_mentions(self, *, article_ids: Iterable[str] | None = None) -> list[StoredDate]:
        """Date mentions, by article and position; only those of `article_ids` when given."""
        return read_dates(self._db, article_ids=article_ids)

    def flagged(self, *, article_ids: Iterable[str] | None = None) -> dict[str, ArticleFlag]:
        """Articles whose body addresses an AI system (`index.flags`), by id."""
        return read_flags(self._db, article_ids=article_ids)

    def ensure_annotations(self) -> int:
        """Annotate the articles that have no quotations and dates yet, or were annotated by
        older rules (`ANNOTATION_VERSION`); returns how many. An index that cannot be written
        (read-only, disk full) is left as it is, with a warning: its answers then lack speakers
        and dates for those articles."""
        try:
            stale = stale_articles(self._db)
            if not stale:
                return 0
            with self.writing():
                db = self._db
                db.execute("BEGIN IMMEDIATE")
                try:
                    for aid in stale:
                        article = self.get_article(aid)
                        if article is not None:
                            write_annotations(db, aid, annotate(article))
                    db.execute("COMMIT")
                except BaseException:
                    if db.in_transaction:
                        db.execute("ROLLBACK")
                    raise
            return len(stale)
        except (sqlite3.Error, OSError, IndexWriteError) as exc:
            warnings.warn(f"index at {self.path}: could not store quotations and dates ({exc}); answers lack them", stacklevel=2)
            return 0

    # --- writing ---------------------------------------------------------------------------

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the index's write lock (one writer per index across processes)."""
        try:
            fh = open(self.path / "write.lock", "a+")  # noqa: SIM115 - closed below
        except OSError as exc:
            if not _is_write_failure(exc):
                raise
            raise IndexWriteError(f"could not write to the index at {self.path}: {_reason(exc)}; nothing was changed") from exc
        with self._lock, fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def commit_batch(
        self, articles: Sequence[Article], chunks: Sequence[Chunk], vectors: np.ndarray, remove_ids: Iterable[str] = (),
        annotations: Sequence[Annotations] | None = None,
    ) -> None:
        """Add articles with their chunks and vectors, and remove `remove_ids`, in one transaction
        (each article goes into its `collection`). `annotations[i]` is `annotate(articles[i])`
        when the caller made it already (ingest annotates while the model embeds)."""
        if len(chunks) != len(vectors):
            raise ValueError("one vector per chunk is required")
        if annotations is not None and len(annotations) != len(articles):
            raise ValueError("one annotation per article is required")
        now = datetime.now(UTC).isoformat(timespec="seconds")
        removed_chunks: list[int] = []
        new_ids: list[int] = []
        db = self._db
        try:
            db.execute("BEGIN IMMEDIATE")
            for aid in set(remove_ids):
                removed_chunks += [r[0] for r in db.execute("SELECT id FROM chunks WHERE article_id=?", (aid,))]
                db.execute("DELETE FROM articles WHERE id=?", (aid,))
            for n, a in enumerate(articles):
                file = a.source_key.split("#", 1)[0]
                db.execute(
                    "INSERT INTO articles(id, source_key, file, title, text, url, source, published, byline, added_at, collection) "
                    "VALUES(?,?,?,?,?,?,?,?,?,?,?)",
                    (a.id, a.source_key, file, a.title, a.text, a.url, a.source, a.published, a.byline, now, a.collection),
                )
                write_annotations(db, a.id, annotate(a) if annotations is None else annotations[n])
            vec32 = np.ascontiguousarray(vectors, dtype=np.float32)
            for c, v in zip(chunks, vec32):
                cur = db.execute(
                    "INSERT INTO chunks(article_id, ord, start_char, end_char, embed_text, tokens, vector) "
                    "VALUES(?,?,?,?,?,?,?)",
                    (c.article_id, c.ord, c.start, c.end, c.embed_text, c.tokens, encode_blob(v)),
                )
                new_ids.append(int(cur.lastrowid or 0))
            db.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key='generation'")
            db.execute("COMMIT")
        except BaseException as exc:
            if db.in_transaction:  # SQLite may already have rolled back (e.g. on SQLITE_FULL)
                try:
                    db.execute("ROLLBACK")
                except sqlite3.Error:
                    pass  # the original error matters more; an unfinished transaction never commits
            if isinstance(exc, sqlite3.Error | OSError) and _is_write_failure(exc):
                try:
                    kept = f"the {self._db.execute('SELECT COUNT(*) FROM articles').fetchone()[0]} articles"
                except sqlite3.Error:
                    kept = "the articles"
                raise IndexWriteError(
                    f"could not write to the index at {self.path}: {_reason(exc)}. The failed batch ({len(articles)} "
                    f"articles, {len(chunks)} chunks) was rolled back; {kept} committed before it are kept "
                    f"and nothing committed was lost. Free some space and re-run `qa ingest` to add the rest."
                ) from exc
            raise
        self.vectors.remove(removed_chunks)
        if new_ids:
            self.backend.add(self.vectors, np.asarray(new_ids, dtype=np.int64), vec32, [c.embed_text for c in chunks], db,
                             [c.article_id for c in chunks])

    def remove_articles(self, article_ids: Iterable[str]) -> int:
        """Delete articles from store, vectors and BM25 alike; returns how many existed."""
        ids = [a for a in set(article_ids) if self.get_article(a) is not None]
        if ids:
            self.commit_batch([], [], np.zeros((0, self.manifest.dim), dtype=np.float32), remove_ids=ids)
            self.save_derived()
        return len(ids)

    # --- derived indexes -------------------------------------------------------------------

    def load_derived(self) -> None:
        """Load FAISS and BM25 for the current generation, rebuilding them if stale or missing."""
        gen = self.generation
        info_path = self.path / "derived.json"
        try:
            info = json.loads(info_path.read_text()) if info_path.exists() else {}
        except (OSError, json.JSONDecodeError):
            info = {}
        if info.get("generation") == gen:
            try:
                self.vectors, self.bm25 = self._load_caches(info)
                self._derived_generation = gen
                return
            except (OSError, RuntimeError, ValueError, KeyError):
                pass  # a damaged cache is rebuilt below; SQLite still has everything
        try:
            self.rebuild_derived()
        except IndexWriteError as exc:
            # Searching works from the in-memory rebuild; the next successful save writes the caches.
            warnings.warn(str(exc), RuntimeWarning, stacklevel=2)
        self.rebuilt_on_open = True

    def refresh(self) -> bool:
        """Pick up caches another process (or store object) saved since we loaded ours.

        Cheap when nothing changed (one SQLite read). While a writer is mid-ingest its caches
        are not saved yet, so readers keep searching the last complete state.

        Returns:
            True if newer caches were loaded.
        """
        gen = self.generation
        if gen == self._derived_generation:
            return False
        try:
            info = json.loads((self.path / "derived.json").read_text())
            if info.get("generation") != gen:
                return False
            vectors, bm25 = self._load_caches(info)
        except (OSError, RuntimeError, ValueError, KeyError, json.JSONDecodeError):
            return False  # the writer replaced the files meanwhile; the next call catches up
        self.vectors, self.bm25, self._derived_generation = vectors, bm25, gen
        return True

    def _load_caches(self, info: dict[str, Any]) -> tuple[Any, Any]:
        """The saved vector index and BM25 of `derived.json`'s generation (KeyError/ValueError: not usable)."""
        vectors = self.backend.load(self.vectors, info)
        bm25 = self.backend.empty_lexical(vectors) if self.manifest.lexical == "milvus" else _load_bm25(self.path / info["bm25"])
        return vectors, bm25

    def rebuild_derived(self) -> None:
        """Rebuild the vector index and BM25 from the vectors and texts stored in SQLite, then save them."""
        ids: list[int] = []
        texts: list[str] = []
        vecs: list[bytes] = []
        owners: list[str] = []
        for cid, text, blob, aid in self._db.execute("SELECT id, embed_text, vector, article_id FROM chunks ORDER BY id"):
            ids.append(cid)
            texts.append(text)
            vecs.append(blob)
            owners.append(aid)
        id_arr = np.asarray(ids, dtype=np.int64)
        matrix = decode_blobs(vecs, self.manifest.dim)
        del vecs
        # The index type follows the size (exact below VectorIndex's threshold, IVF above).
        self.vectors = self.backend.rebuild(self.vectors, id_arr, matrix, texts, self._db, owners, exact_max=EXACT_MAX)
        self.bm25 = self.backend.empty_lexical(self.vectors) if self.manifest.lexical == "milvus" else BM25Index.build(ids, texts)
        self.save_derived(rebuild_bm25=False)

    def save_derived(self, *, rebuild_bm25: bool = True) -> None:
        """Write the caches for the current generation atomically, then drop older ones."""
        if rebuild_bm25 and self.vectors.kind == "flat" and len(self.vectors) >= EXACT_MAX:
            self.rebuild_derived()  # grown past exact search: re-pick the index type over all vectors
            return
        gen = self.generation
        bm25s = self.manifest.lexical != "milvus"
        if rebuild_bm25 and bm25s:
            # Streamed from the cursor: memory is the BM25 index, not every chunk's text at once.
            self.bm25 = BM25Index.build_from_rows(self._db.execute("SELECT id, embed_text FROM chunks ORDER BY id"))
        faiss_name, bm25_name = f"vectors-{gen}.faiss", f"bm25-{gen}"
        target = faiss_name
        try:
            record = self.backend.save(self.vectors, self.path / faiss_name)
            target = bm25_name
            if bm25s:
                _save_bm25(self.bm25, self.path / bm25_name)
                record["bm25"] = bm25_name
            # derived.json is written last: until it names this generation, a later open ignores these files.
            target = "derived.json"
            _atomic_write(self.path / "derived.json", json.dumps({"generation": gen, **record}))
        except (OSError, RuntimeError) as exc:  # faiss reports a failed fwrite as RuntimeError
            # Any OSError here is a failed write (numpy's tofile even raises one without an errno).
            if not isinstance(exc, OSError) and not _is_write_failure(exc):
                raise
            self._remove_tmp_files()
            raise IndexWriteError(
                f"could not save the search cache {target} of the index at {self.path}: {_reason(exc)}. Every article is "
                f"committed (generation {gen}); nothing was lost, and the caches are rebuilt from SQLite when the index "
                f"is next opened. Free some space."
            ) from exc
        self._derived_generation = gen
        try:
            self._write_manifest_file()
        except OSError as exc:
            if not _is_write_failure(exc):
                raise
            self._remove_tmp_files()  # manifest.json is a readable copy only; the one in SQLite is checked
        for old in self.path.iterdir():
            if old.name.startswith(("vectors-", "bm25-")) and old.name not in (faiss_name, bm25_name) or old.name.endswith(".tmp"):
                shutil.rmtree(old, ignore_errors=True) if old.is_dir() else old.unlink(missing_ok=True)

    def _remove_tmp_files(self) -> None:
        """Drop half-written `*.tmp` files of a failed save (never trusted, but they take space)."""
        for old in self.path.glob("*.tmp"):
            shutil.rmtree(old, ignore_errors=True) if old.is_dir() else old.unlink(missing_ok=True)

    def _write_manifest_file(self) -> None:
        # A readable copy for people and tools; the copy inside SQLite is the one checked.
        _atomic_write(self.path / "manifest.json", json.dumps(asdict(self.manifest), indent=2) + "\n")


def _initialised(path: Path) -> bool:
    """Whether the database at `path` got as far as its manifest (an unreadable file counts as
    initialised, so that opening it reports the damage rather than overwriting anything)."""
    try:
        db = sqlite3.connect(path / DB_NAME, timeout=30)
    except sqlite3.Error:
        return True
    try:
        if db.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'").fetchone() is None:
            return False
        return db.execute("SELECT 1 FROM meta WHERE key='manifest'").fetchone() is not None
    except sqlite3.DatabaseError:
        return True
    finally:
        db.close()


_WRITE_ERRNOS = {errno.ENOSPC, errno.EFBIG, errno.EDQUOT, errno.EIO, errno.EROFS}


def _is_write_failure(exc: BaseException) -> bool:
    """A full disk, a file size limit or an I/O error, as opposed to a bug or a locked database."""
    if isinstance(exc, OSError):
        return exc.errno in _WRITE_ERRNOS
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        msg = str(exc).lower()
        return code in (sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR, sqlite3.SQLITE_READONLY) or "disk is full" in msg or "disk i/o" in msg
    if isinstance(exc, RuntimeError):  # faiss: "Error: 'ret == (n)' failed: write error in ...: 0 != 1 (File too large)"
        msg = str(exc).lower()
        return "write" in msg and ("error" in msg or "failed" in msg)
    return False


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
        return f"the disk is full or a file size limit was reached ({exc.strerror or exc})"
    if isinstance(exc, OSError):
        return f"write failed, the disk may be full ({exc.strerror or exc})"
    text = " ".join(str(exc).split())
    if isinstance(exc, sqlite3.Error) and getattr(exc, "sqlite_errorcode", 0) & 0xFF == sqlite3.SQLITE_FULL:
        return f"the disk is full or a file size limit was reached (SQLite: {text})"
    if isinstance(exc, RuntimeError):  # faiss: "Error: 'ret == (n)' failed: write error in FILE: 0 != 1 (File too large)"
        m = re.search(r"\(([^()]*)\)$", text)
        return f"write failed, the disk may be full ({m.group(1) if m else text[-120:]})"
    return f"write failed, the disk may be full or failing (SQLite: {text})"


def _connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA foreign_keys=ON")
    return db


def variant_mismatch(path: Path, built: str, running: str) -> str:
    """The error for an index opened with another variant of its model than the one that built it."""
    return (f"index at {path} was built with embedding variant {built!r}, but this run uses {running!r}. Leave "
            f"QA_EMBED_VARIANT unset (or 'auto') to use the index's own, set QA_EMBED_VARIANT={built}, or ingest into a new "
            "index directory.")


def _read_manifest(db: sqlite3.Connection, path: Path) -> Manifest:
    row = db.execute("SELECT value FROM meta WHERE key='manifest'").fetchone()
    if row is None:
        raise IndexCorruptError(f"index at {path} has no manifest")
    try:
        return Manifest(**json.loads(row[0]))
    except (TypeError, json.JSONDecodeError) as exc:
        raise IndexMismatchError(f"index at {path} has a manifest this version cannot read: {exc}") from exc


def _atomic_write(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def _save_bm25(bm25: BM25Index, target: Path) -> None:
    tmp = target.with_name(target.name + ".tmp")
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir()
    np.save(tmp / "ids.npy", bm25.ids)
    if bm25._model is not None:
        bm25._model.save(str(tmp), show_progress=False)  # type: ignore[attr-defined]
    if target.exists():
        shutil.rmtree(target)
    os.replace(tmp, target)


def _load_bm25(path: Path) -> BM25Index:
    ids = np.load(path / "ids.npy")
    if len(ids) == 0:
        return BM25Index(ids, None)
    import bm25s

    model = bm25s.BM25.load(str(path), show_progress=False, verbosity=0)
    return BM25Index(ids, model)
