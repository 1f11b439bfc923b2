"""An index together with the embedding model that reads it: what every face opens first."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from index.embedding import Embedder, choose_variant, make_embedder, variant_of
from index.errors import IndexMismatchError, IndexNotFoundError
from index.filters import SearchFilter
from index.ingest import BATCH_CHUNKS, IngestResult, ingest_paths, open_or_create
from index.store import DB_NAME, IndexStore, variant_mismatch
from qa.config import default_index_dir
from qa.retrieve import Hit, Mode, retrieve

__all__ = ["Corpus", "default_index_dir", "embedder_for"]


def embedder_for(index_dir: str | os.PathLike[str], embed_model: str | None = None, embed_variant: str | None = None) -> Embedder:
    """The embedder `Corpus.open` would use for the index at `index_dir` (its own variant when
    `embed_variant` is None or "auto"; for a new index, the default of this machine)."""
    path = Path(index_dir).expanduser()
    built = None
    if (path / DB_NAME).exists():
        try:
            built = IndexStore.read_manifest(path).embed_variant
        except IndexNotFoundError:
            pass
    return make_embedder(embed_model, choose_variant(embed_variant, built))


@dataclass
class Corpus:
    """An open index and its embedder. Close it (or use `with`) to release the database."""

    store: IndexStore
    embedder: Embedder

    @classmethod
    def open(
        cls,
        index_dir: str | os.PathLike[str],
        *,
        embed_model: str | None = None,
        embedder: Embedder | None = None,
        create: bool = False,
        embed_variant: str | None = None,
        vector_store: str | None = None,
        lexical: str | None = None,
        milvus_token: str | None = None,
    ) -> Corpus:
        """Open (or with `create`, create) the index at `index_dir`.

        Args:
            index_dir: index directory.
            embed_model: sentence-transformers folder; None for the shipped MiniLM.
            embedder: an embedder object instead of `embed_model` (tests, custom models).
            create: create the index if it does not exist.
            embed_variant: torch-fp32, onnx-int8-fused, onnx-int8, onnx-fp32; None or "auto": the
                variant the index was built with, or for a new index onnx-int8-fused on CPU, torch-fp32 on a GPU.
            vector_store: "faiss", "milvus-lite", a Milvus Lite path (.db) or a Milvus server URI
                (QA_VECTOR_STORE); None: the index's own (FAISS for a new one).
            lexical: "bm25s" or "milvus" for a new index (QA_LEXICAL); None: Milvus's BM25 on a
                Milvus server, bm25s otherwise.
            milvus_token: token for a Milvus server (QA_MILVUS_TOKEN).

        Raises:
            IndexNotFoundError: no index and `create` is false.
            IndexMismatchError: the index was built with another model.
        """
        path = Path(index_dir).expanduser()
        if not create and not (path / DB_NAME).exists():
            raise IndexNotFoundError(f"no index at {path} (run `qa ingest PATH --index {path}` first)")
        manifest = None
        if (path / DB_NAME).exists():
            try:
                manifest = IndexStore.read_manifest(path)
            except IndexNotFoundError:  # a creation cut short (killed, disk full): finish it below
                if not create:
                    raise
        emb = embedder if embedder is not None else make_embedder(embed_model, choose_variant(embed_variant, manifest.embed_variant if manifest else None))
        if manifest is not None:
            # Check the model name before loading anything big, then the dimension.
            if manifest.embed_model != emb.name:
                raise IndexMismatchError(
                    f"index at {path} was built with embedding model {manifest.embed_model!r} (dimension {manifest.dim}), "
                    f"but this run uses {emb.name!r}. Use the same model (setting QA_EMBED_MODEL) or ingest into a new "
                    f"index directory."
                )
            if manifest.embed_variant != variant_of(emb):
                raise IndexMismatchError(variant_mismatch(path, manifest.embed_variant, variant_of(emb)))
            store = IndexStore.open(path, embed_model=emb.name, dim=emb.dim, embed_variant=variant_of(emb),
                                    vector_store=vector_store, milvus_token=milvus_token)
        else:
            store = open_or_create(path, emb, store_args={"vector_store": vector_store, "lexical": lexical, "milvus_token": milvus_token})
        return cls(store, emb)

    def ingest(
        self,
        paths: Iterable[str | os.PathLike[str]],
        *,
        progress: bool | None = None,
        max_bytes: int | None = None,
        batch_chunks: int = BATCH_CHUNKS,
        roots: Iterable[str | os.PathLike[str]] | None = None,
        collection: str | None = None,
    ) -> IngestResult:
        """Stream files and folders into the index; see `index.ingest.ingest_paths` (`batch_chunks`
        chunks per transaction; with `roots`, nothing outside those folders is read; `collection`:
        the collection the articles go into, default "default")."""
        if batch_chunks < 1:
            raise ValueError("batch_chunks must be at least 1")
        kwargs: dict[str, Any] = {"progress": progress, "batch_chunks": batch_chunks, "roots": None if roots is None else list(roots)}
        if collection is not None:
            kwargs["collection"] = collection
        if max_bytes is not None:
            kwargs["max_bytes"] = max_bytes
        return ingest_paths(self.store, self.embedder, paths, **kwargs)

    def search(
        self, query: str, *, k: int = 6, mode: Mode = "hybrid", per_article: int = 2, candidates: int = 50,
        filters: SearchFilter | None = None,
    ) -> list[Hit]:
        """Hybrid search; see `qa.retrieve.retrieve` (`filters`: outlet, dates, article ids,
        collection, pushed into the search). Sees what other writers have finished."""
        self.store.refresh()
        return retrieve(self.store, self.embedder, query, k=k, mode=mode, per_article=per_article, candidates=candidates, filters=filters)

    def remove(self, targets: Iterable[str], *, collection: str | None = None) -> int:
        """Remove articles by id, or every article of a file path (with `collection`: only those
        in it); returns how many."""
        ids: set[str] = set()
        for t in targets:
            if self.store.get_article(t) is not None:
                ids.add(t)
            else:
                ids |= self.store.articles_in_file(str(Path(t).resolve()))
        if collection is not None:
            ids = {i for i in ids if (a := self.store.get_article(i)) is not None and a.collection == collection}
        with self.store.writing():
            return self.store.remove_articles(ids)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
