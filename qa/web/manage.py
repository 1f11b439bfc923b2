"""The index over HTTP, per collection: `GET /api/stats`, `GET /api/collections`,
`GET`/`DELETE /api/articles/{id}` and `POST /api/upload`.

Every route takes the request's `Access` (qa/web/guards.py): a token scoped to collections reads
(and, with write rights, uploads to or removes from) those collections only. An article of a
collection the token may not read is answered exactly as an article that does not exist (404),
so a token for A learns nothing of B, not even that an id exists there.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, File, Form, UploadFile
from fastapi.responses import JSONResponse

from index.filters import article_collection, list_collections
from qa.service import Service
from qa.web.api import current_access
from qa.web.guards import Access, Forbidden

MAX_UPLOAD_FILES = 50


def _not_found(article_id: str) -> JSONResponse:
    return JSONResponse({"error": f"no article {article_id!r}"}, status_code=404)


def add_routes(app: FastAPI, service: Service, dependencies: list[Any]) -> None:
    """The routes above on `app`."""

    def readable(access: Access, article_id: str) -> str | None:
        """The article's collection if it exists and `access` may read it, else None."""
        coll = article_collection(service.corpus.store.connection, article_id)
        if coll is None or access.collections is not None and coll not in access.collections:
            return None
        return coll

    @app.get("/api/stats", dependencies=dependencies)
    def stats(collection: str | None = None, access: Access = Depends(current_access)) -> dict[str, Any]:  # noqa: B008
        """Counts and models: the whole index, or one collection (a scoped token: its own)."""
        return service.stats(access.collection(collection))

    @app.get("/api/collections", dependencies=dependencies)
    def collections(access: Access = Depends(current_access)) -> dict[str, Any]:  # noqa: B008
        """The collections this request may read, with their article counts."""
        found = list_collections(service.corpus.store.connection)
        if access.collections is not None:
            found = {c: found.get(c, 0) for c in access.collections}
        return {"collections": [{"name": c, "articles": n} for c, n in found.items()]}

    @app.get("/api/articles/{article_id}", dependencies=dependencies)
    def article(article_id: str, access: Access = Depends(current_access)) -> Any:  # noqa: B008
        """An article's text and metadata (the text citations' `start`/`end` index into)."""
        coll = readable(access, article_id)
        a = service.corpus.store.get_article(article_id) if coll else None
        if a is None:
            return _not_found(article_id)
        return {"id": a.id, "collection": a.collection, "title": a.title, "source": a.source, "published": a.published,
                "url": a.url, "byline": a.byline, "text": a.text}

    @app.delete("/api/articles/{article_id}", dependencies=dependencies)
    def remove(article_id: str, access: Access = Depends(current_access)) -> Any:  # noqa: B008
        """Delete an article from store, vectors and BM25 (write rights on its collection)."""
        coll = readable(access, article_id)
        if coll is None:
            return _not_found(article_id)
        access.collection(coll, write=True)  # Forbidden (403) for a read-only token
        return {"removed": service.remove([article_id], coll)}

    @app.post("/api/upload", dependencies=dependencies)
    def upload(files: list[UploadFile] = File(...), collection: str | None = Form(None),  # noqa: B008
               access: Access = Depends(current_access)) -> Any:  # noqa: B008
        """Index uploaded article files into a collection (write rights); one report row per file."""
        if access.collections is not None and not access.write:
            raise Forbidden("this API token may read but not write")
        target = access.collection(collection, write=True)
        if len(files) > MAX_UPLOAD_FILES:
            return JSONResponse({"error": f"at most {MAX_UPLOAD_FILES} files per upload"}, status_code=400)
        with tempfile.TemporaryDirectory(prefix="qa-upload-") as tmp:
            paths = []
            for f in files:
                name = Path(f.filename or "upload").name.lstrip(".") or "upload"
                dest = Path(tmp) / name
                with dest.open("wb") as out:
                    shutil.copyfileobj(f.file, out, 1 << 20)
                paths.append(dest)
            rows = service.ingest_files(paths, roots=[tmp], collection=target)
        return {"collection": target or "default", "files": rows}
