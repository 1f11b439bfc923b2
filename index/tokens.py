"""API tokens scoped to collections, with read or write rights, stored hashed in the index.

    token = create_token(db, ["news"], write=False, label="newsroom app")   # shown once
    scope = lookup(db, token.secret)     # -> TokenScope(collections=("news",), write=False)

A token is `qa_<id>_<secret>`: `id` (8 hex characters) names it in `qa token list` and
`qa token revoke ID`; only the SHA-256 of the whole token is stored, so a copy of the index
never holds a usable token. A write token may also read its collections. Revoked tokens stay
listed (with the time of revocation) and never match again.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from index.errors import ConfigError
from index.filters import check_collection

TOKEN_SCHEMA = """
CREATE TABLE IF NOT EXISTS api_tokens(
    id TEXT PRIMARY KEY, hash TEXT NOT NULL UNIQUE, collections TEXT NOT NULL, rights TEXT NOT NULL,
    label TEXT, created TEXT NOT NULL, revoked TEXT);
"""


@dataclass(frozen=True)
class TokenScope:
    """What a token may do: read (or write) the articles of `collections`."""

    id: str
    collections: tuple[str, ...]
    write: bool

    def can_read(self, collection: str) -> bool:
        return collection in self.collections

    def can_write(self, collection: str) -> bool:
        return self.write and collection in self.collections


@dataclass(frozen=True)
class NewToken:
    id: str
    secret: str  # the whole token, shown once
    collections: tuple[str, ...]
    write: bool


@dataclass(frozen=True)
class TokenInfo:
    id: str
    collections: tuple[str, ...]
    rights: str
    label: str | None
    created: str
    revoked: str | None


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def ensure_token_schema(db: sqlite3.Connection) -> None:
    for statement in TOKEN_SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)


def create_token(db: sqlite3.Connection, collections: Sequence[str], *, write: bool, label: str | None = None) -> NewToken:
    """A new token for `collections` (read, or read and write); stored hashed."""
    names = tuple(dict.fromkeys(check_collection(c) for c in collections))
    if not names:
        raise ConfigError("--collection: a token needs at least one collection")
    ensure_token_schema(db)
    while True:
        tid = secrets.token_hex(4)
        if db.execute("SELECT 1 FROM api_tokens WHERE id = ?", (tid,)).fetchone() is None:
            break
    secret = f"qa_{tid}_{secrets.token_urlsafe(24)}"
    db.execute("INSERT INTO api_tokens VALUES(?,?,?,?,?,?,NULL)",
               (tid, _hash(secret), json.dumps(names), "write" if write else "read", label,
                datetime.now(UTC).isoformat(timespec="seconds")))
    return NewToken(tid, secret, names, write)


def list_tokens(db: sqlite3.Connection) -> list[TokenInfo]:
    ensure_token_schema(db)
    return [TokenInfo(r[0], tuple(json.loads(r[1])), r[2], r[3], r[4], r[5])
            for r in db.execute("SELECT id, collections, rights, label, created, revoked FROM api_tokens ORDER BY created, id")]


def revoke_token(db: sqlite3.Connection, token_id: str) -> bool:
    """Revoke token `token_id`; False when no live token has that id."""
    ensure_token_schema(db)
    cur = db.execute("UPDATE api_tokens SET revoked = ? WHERE id = ? AND revoked IS NULL",
                     (datetime.now(UTC).isoformat(timespec="seconds"), token_id))
    return cur.rowcount > 0


def any_tokens(db: sqlite3.Connection) -> bool:
    """Whether any live token exists (then the HTTP API requires one)."""
    ensure_token_schema(db)
    return db.execute("SELECT 1 FROM api_tokens WHERE revoked IS NULL LIMIT 1").fetchone() is not None


def lookup(db: sqlite3.Connection, token: str) -> TokenScope | None:
    """The scope of a live `token`, or None."""
    if not token.startswith("qa_"):
        return None
    ensure_token_schema(db)
    row = db.execute("SELECT id, collections, rights FROM api_tokens WHERE hash = ? AND revoked IS NULL", (_hash(token),)).fetchone()
    return TokenScope(row[0], tuple(json.loads(row[1])), row[2] == "write") if row else None


def token_db(index_dir: str | os.PathLike[str]) -> sqlite3.Connection:
    """The index's SQLite database, for managing tokens without loading the search caches."""
    from index.errors import IndexNotFoundError
    from index.store import DB_NAME

    path = Path(index_dir) / DB_NAME
    if not path.exists():
        raise IndexNotFoundError(f"no index at {index_dir} (run `qa ingest PATH --index {index_dir}` first)")
    db = sqlite3.connect(path, isolation_level=None, timeout=30)
    ensure_token_schema(db)
    return db
