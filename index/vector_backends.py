"""Which vector store an index uses, and how `IndexStore` loads, saves, rebuilds and fills it.

The setting (`QA_VECTOR_STORE`, `index.milvus_store.parse_vector_store`) picks the backend when
an index is created, and the manifest records it (`Manifest.vector_store`, `lexical`,
`milvus_collection`; the Milvus location in the `meta` table):

| backend | vectors | BM25 | derived.json records |
| --- | --- | --- | --- |
| `faiss` (default) | `vectors-<generation>.faiss` in the index folder | bm25s files | the FAISS file |
| `milvus` | a collection in Milvus Lite (`<index>/milvus.db/`, or a `.db` path) or a Milvus server | bm25s files, or Milvus's BM25 (`lexical="milvus"`, the default on a server) | the collection and nprobe |

Opening an index with a `QA_VECTOR_STORE` of the other backend is an `IndexMismatchError` that
names the setting. Pointing a Milvus index at another Milvus location (a Lite file moved to a
server, a new server) is allowed: the new location is recorded and the collection filled from
SQLite, as a stale cache is — SQLite holds every vector (float16, `encode_blob`).
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from index.errors import IndexMismatchError
from index.lexical import BM25Index
from index.milvus_store import is_server, lite_location, parse_vector_store
from index.vectors import EXACT_MAX, VectorIndex, VectorStore

LEXICAL = ("bm25s", "milvus")


def encode_blob(vector: np.ndarray) -> bytes:
    """A vector as SQLite keeps it: float16 (768 bytes for 384-d; rebuild recall in docs/benchmarks.md)."""
    return np.asarray(vector, dtype=np.float16).tobytes()


def decode_blobs(blobs: Sequence[bytes], dim: int) -> np.ndarray | None:
    """Vectors from SQLite blobs, float16 (this version) or float32 (indexes written before it)."""
    if not blobs:
        return None
    half = 2 * dim
    if all(len(b) == half for b in blobs):
        return np.frombuffer(b"".join(blobs), dtype=np.float16).reshape(len(blobs), dim)
    out = np.empty((len(blobs), dim), dtype=np.float32)
    for i, b in enumerate(blobs):
        out[i] = np.frombuffer(b, dtype=np.float16 if len(b) == half else np.float32)
    return out


class VectorBackend:
    """The vector backend of one open index (FAISS files, or a Milvus collection)."""

    def __init__(self, index_dir: Path, dim: int, kind: str, lexical: str, collection: str | None,
                 location: str | None, token: str | None) -> None:
        self.index_dir = index_dir
        self.dim = dim
        self.kind = kind
        self.lexical = lexical
        self.collection = collection
        self.location = location
        self._token = token
        self._milvus: Any = None

    # --- choosing -----------------------------------------------------------------------------

    @staticmethod
    def choose(vector_store: str | None, lexical: str | None) -> tuple[str, str | None, str, str | None]:
        """`(kind, location, lexical, collection)` for a new index."""
        try:
            kind, location = parse_vector_store(vector_store)
        except ValueError as exc:
            raise IndexMismatchError(f"{exc} (setting QA_VECTOR_STORE)") from None
        kind = kind or "faiss"
        if lexical is not None and lexical not in LEXICAL:
            raise IndexMismatchError(f"unknown lexical search {lexical!r}: use 'bm25s' or 'milvus' (setting QA_LEXICAL)")
        if lexical == "milvus" and kind != "milvus":
            raise IndexMismatchError("Milvus's BM25 needs the Milvus vector store (settings QA_LEXICAL=milvus, QA_VECTOR_STORE)")
        lex = lexical or ("milvus" if kind == "milvus" and is_server(location) else "bm25s")
        collection = f"qa_{secrets.token_hex(8)}" if kind == "milvus" else None
        return kind, location, lex, collection

    @classmethod
    def for_index(cls, path: Path, db: sqlite3.Connection, manifest: Any) -> VectorBackend:
        """The backend the index records, at its recorded location."""
        return cls.connect(path, db, manifest, None, None)

    @classmethod
    def connect(cls, path: Path, db: sqlite3.Connection, manifest: Any, vector_store: str | None, token: str | None) -> VectorBackend:
        """The index's backend; `vector_store` of the other backend is an error naming the setting."""
        try:
            kind, location = parse_vector_store(vector_store)
        except ValueError as exc:
            raise IndexMismatchError(f"{exc} (setting QA_VECTOR_STORE)") from None
        recorded = getattr(manifest, "vector_store", "faiss")
        if kind and kind != recorded:
            where = "in FAISS files in its folder" if recorded == "faiss" else "in Milvus"
            raise IndexMismatchError(
                f"index at {path} keeps its vectors {where} (vector store {recorded!r}), but this run asks for "
                f"{vector_store!r} (setting QA_VECTOR_STORE). Unset QA_VECTOR_STORE to use the index's own store, "
                f"or ingest into a new index directory to use another."
            )
        row = db.execute("SELECT value FROM meta WHERE key='vector_location'").fetchone()
        stored = row[0] if row else None
        if kind == "milvus" and vector_store is not None and location != stored:
            try:  # a moved deployment: remember where the collection lives now (filled from SQLite on open)
                if location:
                    db.execute("INSERT OR REPLACE INTO meta VALUES('vector_location', ?)", (location,))
                else:
                    db.execute("DELETE FROM meta WHERE key='vector_location'")
            except sqlite3.Error:
                pass  # a read-only index: use the new location for this run only
            stored = location
        return cls(Path(path), manifest.dim, recorded, getattr(manifest, "lexical", "bm25s"),
                   getattr(manifest, "milvus_collection", None), stored, token)

    # --- the store's hooks ----------------------------------------------------------------------

    def _connection(self) -> Any:
        if self._milvus is None:
            from index.milvus_store import MilvusVectors

            uri = lite_location(self.index_dir, self.location)
            self._milvus = MilvusVectors(uri, self.collection or "qa_chunks", self.dim, token=self._token, lexical=self.lexical == "milvus")
        return self._milvus

    def empty(self) -> VectorStore:
        """What the store holds before its caches are loaded (FAISS: empty; Milvus: the collection)."""
        return VectorIndex(self.dim) if self.kind == "faiss" else self._connection()

    def empty_lexical(self, vectors: Any) -> Any:
        if self.lexical == "milvus":
            from index.milvus_store import MilvusBM25

            return MilvusBM25(vectors)
        return BM25Index(np.zeros(0, dtype=np.int64), None)

    def add(self, vectors: Any, ids: np.ndarray, vecs: np.ndarray, texts: Sequence[str], db: sqlite3.Connection,
            article_ids: Sequence[str]) -> None:
        """New rows: FAISS takes ids and vectors; Milvus also each chunk's article fields (read
        from `db`, for filter expressions) and, when it does BM25, the chunk's tokens."""
        if self.kind != "milvus":
            vectors.add(ids, vecs)
            return
        from index.milvus_filters import chunk_scalars
        from index.milvus_store import bm25_tokens

        tokens = bm25_tokens(texts) if self.lexical == "milvus" else None
        vectors.add(ids, vecs, tokens, chunk_scalars(db, article_ids))

    def search(self, vectors: Any, vector: np.ndarray, k: int, allowed: np.ndarray | None, filters: Any) -> list[tuple[int, float]]:
        """Dense top-k: FAISS ranks among the `allowed` ids (an id selector); Milvus evaluates
        `filters` as an expression on its scalar fields (`allowed` None: no restriction)."""
        if self.kind == "milvus":
            return vectors.search(vector, k, allowed=allowed, where=filters if allowed is not None else None)
        return vectors.search(vector, k, allowed=allowed)

    def bm25_search(self, bm25: Any, query: str, k: int, allowed: np.ndarray | None, filters: Any) -> list[tuple[int, float]]:
        if self.lexical == "milvus":
            return bm25.search(query, k, allowed=allowed, where=filters if allowed is not None else None)
        return bm25.search(query, k, allowed=allowed)

    def load(self, current: Any, info: dict[str, Any]) -> Any:
        """The saved vectors of `derived.json` (KeyError/ValueError when they are not this generation's)."""
        if self.kind == "faiss":
            return VectorIndex.load(self.index_dir / info["faiss"], self.dim)
        if info.get("vectors") != self._key():
            raise KeyError("vectors")  # another location or collection: fill it from SQLite
        if "nprobe" in info:
            current.nprobe = int(info["nprobe"])
        return current

    def save(self, vectors: Any, faiss_path: Path) -> dict[str, Any]:
        """Persist the vectors; returns what derived.json records about them."""
        if self.kind == "faiss":
            vectors.save(faiss_path)
            return {"faiss": faiss_path.name}
        vectors.flush()
        return {"vectors": self._key(), "nprobe": vectors.nprobe}

    def rebuild(self, current: Any, ids: np.ndarray, matrix: np.ndarray | None, texts: Sequence[str], db: sqlite3.Connection,
                article_ids: Sequence[str], *, exact_max: int = EXACT_MAX) -> Any:
        """Vectors from SQLite: a new FAISS index, or the Milvus collection brought in line (ids compared);
        exact search below `exact_max` vectors, IVF from there up."""
        if self.kind == "faiss":
            return VectorIndex.build(ids, matrix, exact_max=exact_max) if matrix is not None else VectorIndex(self.dim)
        have = current.ids(upto=int(ids.max()) + 1 if len(ids) else 0)
        extra = np.setdiff1d(have, ids)
        if len(extra):
            current.remove(extra.tolist())
        missing = ~np.isin(ids, have)
        if missing.any() and matrix is not None:
            rows = np.flatnonzero(missing)
            from index.milvus_filters import chunk_scalars
            from index.milvus_store import bm25_tokens

            tokens = bm25_tokens([texts[i] for i in rows]) if self.lexical == "milvus" else None
            current.add(ids[rows], matrix[rows], tokens, chunk_scalars(db, [article_ids[i] for i in rows]))
        if matrix is not None:
            current.retype(ids, matrix, exact_max=exact_max)
        return current

    def reopen_options(self) -> dict[str, str | None]:
        """`IndexStore.open`'s `vector_store` and `milvus_token` for another connection to this store."""
        if self.kind != "milvus":
            return {"vector_store": None, "milvus_token": None}
        return {"vector_store": self.location or None, "milvus_token": self._token}

    def _key(self) -> str:
        from index.milvus_filters import LAYOUT

        return f"v{LAYOUT}:{lite_location(self.index_dir, self.location) if is_server(self.location) else 'lite:' + (self.location or '')}#{self.collection}"

    def describe(self) -> dict[str, Any]:
        if self.kind == "faiss":
            return {"backend": "faiss", "lexical": "bm25s"}
        where = _without_userinfo(self.location) if is_server(self.location) else lite_location(self.index_dir, self.location)
        return {"backend": "milvus", "where": where, "collection": self.collection, "lexical": self.lexical}

    def close(self) -> None:
        if self._milvus is not None:
            self._milvus.close()
            self._milvus = None


def _without_userinfo(uri: str | None) -> str:
    """A URI without `user:password@` (stats and logs never show credentials)."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(uri or "")
    if "@" not in parts.netloc:
        return uri or ""
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))
