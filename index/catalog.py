"""The article list the web face shows: each article's metadata with its chunk and quotation counts."""

from __future__ import annotations

from typing import Any

from index.store import IndexStore


def list_articles(store: IndexStore, collection: str | None = None) -> list[dict[str, Any]]:
    """Every article (newest publication first, undated last; with `collection`, of that collection
    only) without its text: id, title, source, published, url, chars, chunks, quotes (quotations
    found at ingest)."""
    where, args = ("WHERE a.collection = ? ", (collection,)) if collection else ("", ())
    rows = store._db.execute(
        "SELECT a.id, a.title, a.source, a.published, a.url, length(a.text), "
        "(SELECT COUNT(*) FROM chunks c WHERE c.article_id = a.id), "
        "(SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id) "
        f"FROM articles a {where}ORDER BY a.published IS NULL, a.published DESC, a.title", args
    ).fetchall()
    keys = ("id", "title", "source", "published", "url", "chars", "chunks", "quotes")
    return [dict(zip(keys, r, strict=True)) for r in rows]
