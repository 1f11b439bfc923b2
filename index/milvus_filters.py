"""The article fields each Milvus row carries, and a search filter as a Milvus expression on them.

A `SearchFilter` (outlet, date range, article ids, collection; `index.filters`) is one predicate
written twice: SQL over the articles table for FAISS's id selector (`index.filters.where_sql`),
and here a Milvus boolean expression over the rows' scalar fields, evaluated inside the search.
`tests/test_vector_stores.py` checks both give the same hits for every kind of filter.

Only fixed hex hashes, validated names and ISO dates are written into an expression, never a
user's text: the outlet is kept as a hash of its name (`source_key`), so no quoting is needed.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Sequence
from datetime import timedelta

from index.filters import DEFAULT_COLLECTION, SearchFilter

LAYOUT = 2  # 2: rows carry the article's scalar fields (filters as expressions); 1: ids and vectors only
SCALARS = ("article_id", "collection", "source_key", "published")
_SAFE_ID = re.compile(r"[0-9A-Za-z_.-]{1,64}")  # article ids and collection names put into expressions as they are
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def source_key(source: str | None) -> str:
    """What a row keeps of its outlet: a hash of the name folded as SQLite's NOCASE folds it
    (ASCII letters only), so the expression compares fixed hex strings, never quoted user text."""
    if not source:
        return ""
    folded = source.translate(_ASCII_LOWER)
    return hashlib.blake2b(folded.encode("utf-8"), digest_size=8).hexdigest()


def filter_expression(f: SearchFilter) -> str:
    """The Milvus boolean expression for `f` over the rows' scalar fields ("" restricts nothing).

    The same predicate as `index.filters.where_sql`: outlets without case (ASCII, as NOCASE), both
    date ends included (an article without a date never matches a range), article ids, collection.
    Only hex hashes, validated names and ISO dates go into it; an article id that could not be
    stored (not `[0-9A-Za-z_.-]`) is left out, as it matches nothing.
    """
    parts: list[str] = []
    if f.collection:
        if not _SAFE_ID.fullmatch(f.collection):
            return "id < 0"
        parts.append(f'collection == "{f.collection}"')
    if f.sources:
        parts.append("source_key in [" + ",".join(f'"{source_key(s)}"' for s in f.sources) + "]")
    if f.since or f.until:
        parts.append('published != ""')
    if f.since:
        parts.append(f'published >= "{f.since.isoformat()}"')
    if f.until:
        parts.append(f'published < "{(f.until + timedelta(days=1)).isoformat()}"')
    if f.article_ids:
        ids = [a for a in f.article_ids if _SAFE_ID.fullmatch(a)]
        parts.append("article_id in [" + ",".join(f'"{a}"' for a in ids) + "]" if ids else "id < 0")
    return " and ".join(parts)


def chunk_scalars(db: sqlite3.Connection, article_ids: Sequence[str]) -> list[dict[str, str]]:
    """The `SCALARS` fields of each chunk, from its article's row in SQLite (one per id given)."""
    wanted = list(dict.fromkeys(article_ids))
    by_id: dict[str, dict[str, str]] = {}
    for i in range(0, len(wanted), 900):  # under SQLite's bound-parameter limit
        part = wanted[i : i + 900]
        rows = db.execute(f"SELECT id, collection, source, published FROM articles WHERE id IN ({','.join('?' * len(part))})", part)
        for aid, coll, src, pub in rows:
            by_id[aid] = {"article_id": aid, "collection": coll or DEFAULT_COLLECTION, "source_key": source_key(src), "published": (pub or "")[:64]}
    return [by_id.get(a) or {"article_id": a, "collection": DEFAULT_COLLECTION, "source_key": "", "published": ""} for a in article_ids]
