"""The article list the web face shows: each article's metadata with its chunk and quotation counts."""

from __future__ import annotations

from typing import Any

from index.flags import ArticleFlag
from index.store import IndexStore


def list_articles(store: IndexStore, collection: str | None = None) -> list[dict[str, Any]]:
    """Every article (newest publication first, undated last; with `collection`, of that collection
    only) without its text: id, title, source, published, url, chars, chunks, quotes (quotations
    found at ingest), and flag (why its text addresses an AI system, `index.flags`; None if not)."""
    where, args = ("WHERE a.collection = ? ", (collection,)) if collection else ("", ())
    rows = store._db.execute(
        "SELECT a.id, a.title, a.source, a.published, a.url, length(a.text), "
        "(SELECT COUNT(*) FROM chunks c WHERE c.article_id = a.id), "
        "(SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id) "
        f"FROM articles a {where}ORDER BY a.published IS NULL, a.published DESC, a.title", args
    ).fetchall()
    keys = ("id", "title", "source", "published", "url", "chars", "chunks", "quotes")
    flags = store.flagged()
    return [{**dict(zip(keys, r, strict=True)), "flag": flag_text(flags.get(r[0]))} for r in rows]


def flag_text(flag: ArticleFlag | None) -> str | None:
    """Why an article is flagged (`index.flags`), in words for a reader; None when it is not."""
    if flag is None:
        return None
    n = flag.sentences
    return f"{n} sentence{'s' if n != 1 else ''} of this article address{'es' if n == 1 else ''} an AI system ({flag.reason}); they are never quoted"
