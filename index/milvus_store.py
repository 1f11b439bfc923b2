"""The Milvus backend of the vector store: Milvus Lite (in-process, a local folder) or a Milvus server.

What lives where: SQLite stays the source of truth for articles, chunks, spans, quotations,
dates and a float16 copy of every vector; Milvus holds, per chunk, its id (the SQLite chunk id)
and its vector, plus, when Milvus does the lexical search (`lexical=True`), the chunk's BM25
tokens (the project's own tokenizer's output, so "Kalın"/"Kalin" and "F-35"/"F35" fold the same
way as with bm25s) and the sparse field Milvus's BM25 function makes from them. Each row also carries
its article's scalar fields — `article_id`, `collection`, `source_key` (a hash of the outlet name,
folded as SQLite's NOCASE folds it) and `published` (ISO text, "" when unknown) — so a search
filter (`index.filters.SearchFilter`: outlet, date range, article ids, collection) is sent to
Milvus as a boolean expression on those fields (`filter_expression`), evaluated inside the
search: a filtered search sees exactly the rows the FAISS backend's id selector allows (the
same predicate as `index.filters.where_sql`), and returns k hits whenever k exist. Search
results, citations and deletes are therefore the same on both backends: citations are built from SQLite rows, which neither backend changes.

Index type follows the size, as with FAISS: `FLAT` (exact) below `EXACT_MAX` vectors, `IVF_SQ8`
(8-bit codes, nlist ~ 4*sqrt(n), nprobe calibrated as FAISS's is: `CALIBRATION_RECALL` on noisy queries)
from there up; `retype` re-indexes when the collection has grown past the threshold.

The collection is named after the index (`Manifest.milvus_collection`), so several indexes can
share one server. A collection that is missing, empty or behind SQLite is filled from SQLite by
`IndexStore` (ids compared, the missing rows inserted, the extra ones deleted) — a new server,
an interrupted ingest and a moved deployment all heal the same way.
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from index.filters import SearchFilter
from index.milvus_filters import SCALARS, filter_expression
from index.vectors import CALIBRATION_RECALL, EXACT_MAX, MIN_NPROBE, exact_search, noisy_queries, ranked, recall_at_k

LITE = "milvus-lite"
LITE_DIR = "milvus.db"  # Milvus Lite's data folder inside the index directory
INSERT_BATCH = 2_000
MAX_LIMIT = 16_384  # Milvus's largest top-k (and query limit)
RANGE = MAX_LIMIT  # ids per range query when listing the collection
BM25_K1, BM25_B = 1.5, 0.75  # bm25s's defaults (method "lucene"), so both lexical backends score alike


def parse_vector_store(value: str | None) -> tuple[str, str | None]:
    """`(backend, location)` for a `QA_VECTOR_STORE` value.

    - None: `("", None)`, i.e. whatever the index was built with (FAISS for a new index);
    - "faiss": `("faiss", None)`;
    - "milvus-lite": `("milvus", None)`, Milvus Lite in the index folder (`milvus.db/`);
    - a path ending in ".db": `("milvus", absolute path)`, Milvus Lite at that folder;
    - "http://", "https://", "tcp://", "unix:" URIs: `("milvus", uri)`, a Milvus server.

    Raises:
        ValueError: anything else (the message lists what is accepted).
    """
    if value is None or not value.strip():
        return "", None
    v = value.strip()
    if v.lower() == "faiss":
        return "faiss", None
    if v.lower() in (LITE, "milvus"):
        return "milvus", None
    if v.startswith(("http://", "https://", "tcp://", "grpc://", "unix:")):
        return "milvus", v
    if v.endswith(".db"):
        return "milvus", str(Path(v).expanduser().resolve())
    raise ValueError(
        f"unknown vector store {value!r}: use 'faiss', 'milvus-lite', a Milvus Lite path ending in .db, "
        f"or a Milvus server URI such as http://milvus:19530"
    )


def is_server(location: str | None) -> bool:
    return bool(location) and not str(location).endswith(".db")


def lite_location(index_dir: Path, location: str | None) -> str:
    """The URI pymilvus is given: the server URI, or a Milvus Lite folder (default: in the index)."""
    return location if location else str(Path(index_dir) / LITE_DIR)


class MilvusVectors:
    """One Milvus collection of chunk vectors (and, with `lexical`, their BM25 tokens)."""

    backend = "milvus"

    def __init__(self, uri: str, collection: str, dim: int, *, token: str | None = None, lexical: bool = False) -> None:
        from pymilvus import MilvusClient

        self.uri = uri
        self.collection = collection
        self.dim = dim
        self.lexical = lexical
        self.nprobe = MIN_NPROBE
        self._client = MilvusClient(uri=uri, token=token or "")
        self._index_type = "FLAT"
        self._nlist = 0
        self._ensure()

    # --- collection ------------------------------------------------------------------------

    def _ensure(self) -> None:
        from pymilvus import DataType, Function, FunctionType, MilvusClient

        c = self._client
        if c.has_collection(self.collection):
            fields = {f["name"] for f in c.describe_collection(self.collection).get("fields", [])}
            if set(SCALARS) <= fields:
                self._read_index_type()
                c.load_collection(self.collection)
                return
            # A collection of layout 1 (no scalar fields): made again, and filled from SQLite
            # (`VectorBackend` keys the saved state by LAYOUT, so the open sees it as behind).
            c.drop_collection(self.collection)
        schema = MilvusClient.create_schema(auto_id=False, enable_dynamic_field=False)
        schema.add_field("id", DataType.INT64, is_primary=True)
        schema.add_field("vector", DataType.FLOAT_VECTOR, dim=self.dim)
        schema.add_field("article_id", DataType.VARCHAR, max_length=64)
        schema.add_field("collection", DataType.VARCHAR, max_length=64)
        schema.add_field("source_key", DataType.VARCHAR, max_length=16)
        schema.add_field("published", DataType.VARCHAR, max_length=64)
        if self.lexical:
            schema.add_field("tokens", DataType.VARCHAR, max_length=65_535, enable_analyzer=True, analyzer_params={"tokenizer": "standard"})
            schema.add_field("sparse", DataType.SPARSE_FLOAT_VECTOR)
            schema.add_function(Function(name="bm25", function_type=FunctionType.BM25, input_field_names=["tokens"], output_field_names=["sparse"]))
        c.create_collection(self.collection, schema=schema, index_params=self._index_params("FLAT", 0), consistency_level="Strong")
        c.load_collection(self.collection)
        self._index_type, self._nlist = "FLAT", 0

    def _index_params(self, index_type: str, nlist: int, *, vector: bool = True, sparse: bool = True):  # type: ignore[no-untyped-def]
        ip = self._client.prepare_index_params()
        if vector:
            params = {"nlist": nlist} if index_type.startswith("IVF") else {}
            ip.add_index(field_name="vector", index_name="vector", index_type=index_type, metric_type="IP", params=params)
        if sparse and self.lexical:
            ip.add_index(field_name="sparse", index_name="sparse", index_type="SPARSE_INVERTED_INDEX", metric_type="BM25",
                         params={"bm25_k1": BM25_K1, "bm25_b": BM25_B})
        return ip

    def _read_index_type(self) -> None:
        try:
            info = self._client.describe_index(self.collection, index_name="vector")
        except Exception:  # noqa: BLE001 - no index yet: treat as exact
            info = {}
        self._index_type = str(info.get("index_type", "FLAT")).upper()
        params = info.get("params") or {}
        self._nlist = int(info.get("nlist") or params.get("nlist") or 0) if isinstance(params, dict) else int(info.get("nlist") or 0)

    def retype(self, ids: np.ndarray, vectors: np.ndarray, *, exact_max: int = EXACT_MAX) -> None:
        """Exact below `exact_max` rows, IVF_SQ8 (nprobe calibrated on `vectors`) from there up."""
        n = len(ids)
        if n < exact_max or self._index_type != "FLAT":
            if self._index_type.startswith("IVF") and n:
                self.calibrate(ids, vectors)
            return
        nlist = max(1, round(4 * math.sqrt(n)))
        c = self._client
        c.release_collection(self.collection)
        c.drop_index(self.collection, "vector")
        c.create_index(self.collection, self._index_params("IVF_SQ8", nlist, sparse=False))
        c.load_collection(self.collection)
        self._index_type, self._nlist = "IVF_SQ8", nlist
        self.calibrate(ids, vectors)

    def calibrate(self, ids: np.ndarray, vectors: np.ndarray, *, target_recall: float = CALIBRATION_RECALL, queries: int = 200) -> float:
        """The smallest nprobe (MIN_NPROBE times a power of two) reaching `target_recall` recall@10 vs exact."""
        if not self._index_type.startswith("IVF") or len(vectors) == 0:
            return 1.0
        q = noisy_queries(vectors, queries, seed=1)
        k = min(10, len(vectors))
        _, pos = exact_search(q, vectors, k)
        gt = np.where(pos >= 0, np.asarray(ids, dtype=np.int64)[pos], -1)
        nprobe = min(MIN_NPROBE, self._nlist)
        while True:
            self.nprobe = nprobe
            got = []
            for v in q:
                found = [i for i, _ in self.search(v, k)]
                got.append(found + [-1] * (k - len(found)))
            recall = recall_at_k(np.asarray(got, dtype=np.int64), gt)
            if recall >= target_recall or nprobe >= self._nlist:
                return recall
            nprobe = min(nprobe * 2, self._nlist)

    # --- rows ------------------------------------------------------------------------------

    def __len__(self) -> int:
        rows = self._client.query(self.collection, filter="", output_fields=["count(*)"])
        return int(rows[0]["count(*)"]) if rows else 0

    def ids(self, upto: int) -> np.ndarray:
        """Every chunk id below `upto` in the collection, sorted (range queries, within Milvus's limit)."""
        out: list[int] = []
        for lo in range(0, max(upto, 0), RANGE):
            rows = self._client.query(self.collection, filter=f"id >= {lo} and id < {lo + RANGE}", output_fields=["id"], limit=RANGE)
            out.extend(int(r["id"]) for r in rows)
        return np.unique(np.asarray(out, dtype=np.int64))

    def add(
        self, ids: np.ndarray, vectors: np.ndarray, tokens: Sequence[str] | None = None,
        scalars: Sequence[dict[str, str]] | None = None,
    ) -> None:
        """Insert rows (`tokens`: one BM25 token string per row, needed when `lexical`;
        `scalars`: each row's `SCALARS` fields, see `chunk_scalars`; None: no article, the
        default collection — benchmarks and tests of the store alone)."""
        if len(ids) == 0:
            return
        vecs = np.asarray(vectors)
        if vecs.shape[1] != self.dim:
            raise ValueError(f"vectors have dimension {vecs.shape[1]}, index has {self.dim}")
        if self.lexical and (tokens is None or len(tokens) != len(ids)):
            raise ValueError("Milvus does the lexical search for this index: one token string per row is required")
        if scalars is not None and len(scalars) != len(ids):
            raise ValueError("one set of scalar fields per row is required")
        blank = {"article_id": "", "collection": "default", "source_key": "", "published": ""}
        for i in range(0, len(ids), INSERT_BATCH):
            block = np.ascontiguousarray(vecs[i : i + INSERT_BATCH], dtype=np.float32)
            extra = scalars[i : i + INSERT_BATCH] if scalars is not None else [blank] * len(block)
            rows = [{"id": int(cid), "vector": v, **x} for cid, v, x in zip(ids[i : i + INSERT_BATCH], block, extra)]
            if self.lexical:
                for row, t in zip(rows, tokens[i : i + INSERT_BATCH]):  # type: ignore[index]
                    row["tokens"] = t[:60_000] or "_"
            self._client.upsert(self.collection, rows)

    def remove(self, ids: list[int]) -> int:
        if not len(ids):
            return 0
        todo = [int(i) for i in ids]
        for i in range(0, len(todo), INSERT_BATCH):
            self._client.delete(self.collection, ids=todo[i : i + INSERT_BATCH])
        return len(todo)

    def flush(self) -> None:
        self._client.flush(self.collection)

    # --- search ----------------------------------------------------------------------------

    @staticmethod
    def _filter(allowed: np.ndarray | None, where: SearchFilter | None) -> tuple[str, int] | None:
        """`(expression, rows allowed or -1)`; None when nothing is allowed. With `where`, the
        filter's expression on the scalar fields (`allowed` then only counts the rows); without,
        `allowed` as an id list (callers of the store alone: tests, benchmarks)."""
        if allowed is None:
            return "", -1
        allow = np.unique(np.asarray(allowed, dtype=np.int64))
        if len(allow) == 0:
            return None
        if where is not None:
            return filter_expression(where), len(allow)
        return f"id in [{','.join(map(str, allow.tolist()))}]", len(allow)

    def search(
        self, vector: np.ndarray, k: int, allowed: np.ndarray | None = None, where: SearchFilter | None = None
    ) -> list[tuple[int, float]]:
        """Top-k `(id, cosine)`; with `allowed` (the chunk ids a filter allows, from SQLite), only
        among those (k hits whenever k exist). With `where` (that filter), Milvus evaluates it as
        an expression on the rows' scalar fields instead of receiving the ids."""
        f = self._filter(allowed, where)
        if f is None or k <= 0:
            return []
        expr, n_allowed = f
        limit = min(k + 8, MAX_LIMIT)
        q = [np.ascontiguousarray(vector, dtype=np.float32).reshape(-1)]
        hits = self._dense(q, limit, expr, self.nprobe)
        if self._index_type.startswith("IVF") and n_allowed >= 0 and len(hits) < min(k, n_allowed):
            hits = self._dense(q, limit, expr, self._nlist)  # the probed lists held too few allowed rows
        return ranked(hits, k)

    def _dense(self, q: list[np.ndarray], limit: int, expr: str, nprobe: int) -> list[tuple[int, float]]:
        params: dict[str, object] = {"metric_type": "IP"}
        if self._index_type.startswith("IVF"):
            params["params"] = {"nprobe": max(1, nprobe)}
        res = self._client.search(self.collection, data=q, anns_field="vector", limit=limit, filter=expr,
                                  search_params=params, output_fields=["id"])
        return [(int(h["id"]), float(h["distance"])) for h in res[0]]

    def bm25_search(
        self, tokens: str, k: int, allowed: np.ndarray | None = None, where: SearchFilter | None = None
    ) -> list[tuple[int, float]]:
        """Milvus's BM25 over the stored token strings: top-k `(id, score)` with a positive score."""
        f = self._filter(allowed, where)
        if f is None or k <= 0 or not tokens.strip():
            return []
        expr, _ = f
        res = self._client.search(self.collection, data=[tokens], anns_field="sparse", limit=min(k + 8, MAX_LIMIT), filter=expr,
                                  search_params={"metric_type": "BM25"}, output_fields=["id"])
        # Milvus reports BM25 as a similarity (higher is better; Milvus Lite 3.2 sends it negated)
        # with a (k1 + 1) factor that bm25s's "lucene" scoring leaves out: divided here, the two
        # lexical backends give the same scores on the same statistics.
        hits = [(int(h["id"]), abs(float(h["distance"])) / (BM25_K1 + 1)) for h in res[0]]
        return ranked([h for h in hits if h[1] > 0], k)

    # --- about -----------------------------------------------------------------------------

    def describe(self) -> dict[str, object]:
        where = "milvus-server" if is_server(self.uri) else "milvus-lite"
        return {"backend": "milvus", "where": where, "collection": self.collection, "type": self._index_type.lower(),
                "vectors": len(self), "nlist": self._nlist or None, "nprobe": self.nprobe if self._index_type.startswith("IVF") else None,
                "lexical": "milvus-bm25" if self.lexical else "bm25s"}

    @property
    def kind(self) -> str:
        return "ivf" if self._index_type.startswith("IVF") else "flat"

    def close(self) -> None:
        try:
            self._client.close()
        except Exception:  # noqa: BLE001, S110 - closing a dead connection is not an error
            pass


class MilvusBM25:
    """The lexical index when Milvus does BM25: the same interface as `index.lexical.BM25Index`."""

    def __init__(self, vectors: MilvusVectors) -> None:
        self._vectors = vectors

    def search(
        self, query: str, k: int, allowed: np.ndarray | None = None, where: SearchFilter | None = None
    ) -> list[tuple[int, float]]:
        from index.lexical import tokenize

        return self._vectors.bm25_search(" ".join(tokenize(query)), k, allowed, where)

    def __len__(self) -> int:
        return len(self._vectors)


def bm25_tokens(texts: Sequence[str]) -> list[str]:
    """The strings Milvus's BM25 indexes: the project's tokens, space-separated."""
    from index.lexical import tokenize

    return [" ".join(tokenize(t)) for t in texts]


def release_lite(path: str | os.PathLike[str]) -> None:
    """Stop the in-process Milvus Lite server of `path` (tests, and before deleting its folder)."""
    try:
        from milvus_lite.server_manager import server_manager_instance
    except ImportError:
        return
    server_manager_instance.release_server(os.path.abspath(path))
