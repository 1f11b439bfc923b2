"""Retrieval filters pushed into the search: outlet, date range, article ids, collection.

A `SearchFilter` is turned into the set of chunk ids it allows, read from SQLite with indexes
on `articles(source)`, `articles(published)` and `articles(collection)`; the vector and BM25
searches then rank only those ids (`VectorIndex.search(..., allowed=)`, `BM25Index.search(...,
allowed=)`), so a filtered search still returns k hits when k exist, however few of the index's
chunks the filter allows. Nothing is filtered after ranking.

    f = parse_filter({"sources": ["Reuters"], "since": "2019-11-01", "until": "2019-11-30"})
    allowed = store.allowed_chunk_ids(f)         # int64 chunk ids, or None for "everything"

Every article belongs to one collection (`DEFAULT_COLLECTION` unless ingested with
`--collection`); a filter with `collection` set sees that collection only.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

import numpy as np

from index.errors import ConfigError

DEFAULT_COLLECTION = "default"
_COLLECTION_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
MAX_FILTER_ITEMS = 10_000  # sources or article ids in one filter

# Run on every open (idempotent): the collection column for indexes made before it existed,
# and the indexes the filters' SQL needs (and ingest's look-up of a record's key).
FILTER_INDEXES = """
CREATE INDEX IF NOT EXISTS articles_source ON articles(source COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS articles_collection ON articles(collection, published);
CREATE INDEX IF NOT EXISTS articles_source_key ON articles(source_key);
"""


@dataclass(frozen=True)
class SearchFilter:
    """What a search may return: chunks of articles that match every field given.

    Attributes:
        sources: outlets (`Article.source`, compared without case); any of them.
        since, until: publication date range, both ends included; an article without a
            date never matches a date range.
        article_ids: only these articles.
        collection: only this collection (None: every collection).
    """

    sources: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None
    article_ids: tuple[str, ...] = ()
    collection: str | None = None

    @property
    def empty(self) -> bool:
        """True when the filter restricts nothing."""
        return not (self.sources or self.since or self.until or self.article_ids or self.collection)

    def in_collection(self, collection: str | None) -> SearchFilter:
        """The same filter, restricted to `collection` (None leaves it as it is)."""
        return self if collection is None else replace(self, collection=check_collection(collection))

    def to_dict(self) -> dict[str, Any]:
        """The HTTP/JSON form (fields left empty are omitted)."""
        out: dict[str, Any] = {}
        if self.sources:
            out["sources"] = list(self.sources)
        if self.since:
            out["since"] = self.since.isoformat()
        if self.until:
            out["until"] = self.until.isoformat()
        if self.article_ids:
            out["article_ids"] = list(self.article_ids)
        if self.collection:
            out["collection"] = self.collection
        return out


def check_collection(name: str) -> str:
    """A collection name as given, if valid (letters, digits, `_ . -`, at most 64, starting with a
    letter or digit); raises ConfigError naming the field otherwise."""
    text = str(name).strip()
    if not _COLLECTION_NAME.fullmatch(text):
        raise ConfigError(f"collection: {name!r} is not a valid name (letters, digits, '_', '.', '-'; at most 64; "
                          f"starting with a letter or digit)")
    return text


def parse_filter(
    data: Mapping[str, Any] | None = None,
    *,
    sources: Iterable[str] | str | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    article_ids: Iterable[str] | str | None = None,
    collection: str | None = None,
) -> SearchFilter:
    """A SearchFilter from the HTTP form (`{"sources": [...], "since": "YYYY-MM-DD", ...}`) and/or
    keyword arguments (the CLI's flags; a keyword given beats the same key in `data`).

    Raises:
        ConfigError: an unknown field, a date that is not ISO `YYYY-MM-DD`, `since` after
            `until`, a bad collection name, or a list that is not a list of strings; the message
            names the field.
    """
    given = dict(data or {})
    unknown = sorted(set(given) - {"sources", "since", "until", "article_ids", "collection"})
    if unknown:
        raise ConfigError(f"filters: unknown field(s) {', '.join(unknown)}; expected sources, since, until, article_ids, collection")
    for key, value in (("sources", sources), ("since", since), ("until", until), ("article_ids", article_ids), ("collection", collection)):
        if value is not None:
            given[key] = value
    start = _date("since", given.get("since"))
    end = _date("until", given.get("until"))
    if start and end and start > end:
        raise ConfigError(f"filters.since: {start.isoformat()} is after filters.until {end.isoformat()}")
    coll = given.get("collection")
    return SearchFilter(
        sources=_strings("sources", given.get("sources")),
        since=start,
        until=end,
        article_ids=_strings("article_ids", given.get("article_ids")),
        collection=None if coll in (None, "") else check_collection(coll),
    )


def _date(field: str, value: Any) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise ConfigError(f"filters.{field}: {str(value)[:40]!r} is not a date; use YYYY-MM-DD (e.g. 2019-11-26)") from None


def _strings(field: str, value: Any) -> tuple[str, ...]:
    if value in (None, ""):
        return ()
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list | tuple | set | frozenset) or not all(isinstance(v, str) for v in items):
        raise ConfigError(f"filters.{field}: expected a list of strings")
    out = tuple(dict.fromkeys(s.strip() for s in items if s.strip()))
    if len(out) > MAX_FILTER_ITEMS:
        raise ConfigError(f"filters.{field}: {len(out):,} items, over the {MAX_FILTER_ITEMS:,} limit")
    return out


# --- SQL -------------------------------------------------------------------------------------------


def filter_schema_current(db: sqlite3.Connection) -> bool:
    """Whether the collection column and the filters' indexes exist (a cheap read)."""
    cols = {r[1] for r in db.execute("PRAGMA table_info(articles)")}
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='index' AND tbl_name='articles'")}
    return "collection" in cols and {"articles_source", "articles_published", "articles_collection", "articles_source_key"} <= names


def ensure_filter_schema(db: sqlite3.Connection) -> None:
    """Add the `collection` column (indexes made before it existed) and the filters' indexes."""
    cols = {r[1] for r in db.execute("PRAGMA table_info(articles)")}
    if "collection" not in cols:
        db.execute(f"ALTER TABLE articles ADD COLUMN collection TEXT NOT NULL DEFAULT '{DEFAULT_COLLECTION}'")
    for statement in FILTER_INDEXES.split(";"):
        if statement.strip():
            db.execute(statement)


def where_sql(f: SearchFilter, alias: str = "a") -> tuple[str, list[Any]]:
    """`(condition, args)` over the articles table (as `alias`) for `f`; `"1"` when it restricts nothing."""
    parts: list[str] = []
    args: list[Any] = []
    if f.collection:
        parts.append(f"{alias}.collection = ?")
        args.append(f.collection)
    if f.sources:
        parts.append(f"{alias}.source COLLATE NOCASE IN (SELECT value FROM json_each(?))")
        args.append(json.dumps(list(f.sources)))
    if f.since:
        # Dates are ISO strings (a day or a timestamp), so string order is date order.
        parts.append(f"{alias}.published >= ?")
        args.append(f.since.isoformat())
    if f.until:
        parts.append(f"{alias}.published < ?")
        args.append((f.until + timedelta(days=1)).isoformat())
    if f.article_ids:
        parts.append(f"{alias}.id IN (SELECT value FROM json_each(?))")
        args.append(json.dumps(list(f.article_ids)))
    return (" AND ".join(parts) or "1"), args


def allowed_chunk_ids(db: sqlite3.Connection, f: SearchFilter | None) -> np.ndarray | None:
    """Sorted int64 ids of the chunks `f` allows; None when it allows every chunk."""
    if f is None or f.empty or _whole_index(db, f):
        return None
    where, args = where_sql(f)
    rows = db.execute(f"SELECT c.id FROM articles a JOIN chunks c ON c.article_id = a.id WHERE {where} ORDER BY c.id", args)
    return np.fromiter((r[0] for r in rows), dtype=np.int64)


def allowed_article_ids(db: sqlite3.Connection, f: SearchFilter | None) -> set[str] | None:
    """Ids of the articles `f` allows; None when it allows every article."""
    if f is None or f.empty or _whole_index(db, f):
        return None
    where, args = where_sql(f)
    return {r[0] for r in db.execute(f"SELECT a.id FROM articles a WHERE {where}", args)}


def article_allowed(db: sqlite3.Connection, article_id: str, f: SearchFilter | None) -> bool:
    """Whether article `article_id` exists and `f` allows it."""
    where, args = where_sql(f or SearchFilter())
    return db.execute(f"SELECT 1 FROM articles a WHERE a.id = ? AND {where}", [article_id, *args]).fetchone() is not None


def _whole_index(db: sqlite3.Connection, f: SearchFilter) -> bool:
    """A filter by collection alone, on an index whose articles are all in it (the usual case of
    one collection): no restriction is needed, and none is built."""
    if f.sources or f.since or f.until or f.article_ids:
        return False
    # Two range scans of the collection index (a `!=` would read every row).
    return all(db.execute(f"SELECT 1 FROM articles WHERE collection {op} ? LIMIT 1", (f.collection,)).fetchone() is None
               for op in ("<", ">"))


def collection_counts(db: sqlite3.Connection, collection: str) -> dict[str, int]:
    """Articles and chunks of `collection`."""
    articles = db.execute("SELECT COUNT(*) FROM articles WHERE collection = ?", (collection,)).fetchone()[0]
    chunks = db.execute("SELECT COUNT(*) FROM chunks c JOIN articles a ON a.id = c.article_id WHERE a.collection = ?",
                        (collection,)).fetchone()[0]
    return {"articles": int(articles), "chunks": int(chunks)}


def list_collections(db: sqlite3.Connection) -> dict[str, int]:
    """Every collection with its number of articles."""
    return {r[0]: int(r[1]) for r in db.execute("SELECT collection, COUNT(*) FROM articles GROUP BY collection ORDER BY collection")}


def article_collection(db: sqlite3.Connection, article_id: str) -> str | None:
    row = db.execute("SELECT collection FROM articles WHERE id = ?", (article_id,)).fetchone()
    return row[0] if row else None
